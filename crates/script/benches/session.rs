//! Script compiler and runtime speed, release build: `cargo bench -p steady-script`.
//! Targets: compile the whole programme in under 50 ms; a runtime step median under 5 µs
//! and p99 under 20 µs; a saved position under 1 KB.
//!
//! "The whole programme" is every file in `content/` (18 session scripts, snippets,
//! worksheets and cards), built the way the app builds it (`Bundle::from_files`).

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::{Duration, Instant};
use steady_script::session::compile;
use steady_script::session::runtime::{Event, Reply, Runtime};

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() as f64 - 1.0) * p) as usize]
}

fn content_files(dir: &std::path::Path, base: &std::path::Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir)
        .expect("content/ is readable")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            content_files(&path, base, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("toml" | "guide" | "snippet")
        ) {
            let relative = path
                .strip_prefix(base)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.push((relative, std::fs::read_to_string(&path).unwrap()));
        }
    }
}

fn main() {
    let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let mut programme = Vec::new();
    content_files(&content, &content, &mut programme);
    let bytes: usize = programme.iter().map(|(_, t)| t.len()).sum();
    let scripts = programme
        .iter()
        .filter(|(p, _)| p.ends_with(".guide"))
        .count();
    let build = || {
        steady_script::Bundle::from_files(programme.iter().map(|(p, t)| (p.as_str(), t.as_str())))
    };
    let bundle = build();
    assert_eq!(bundle.sessions.len(), 18, "{:?}", bundle.problems);
    let mut compile_times = Vec::new();
    for _ in 0..30 {
        let t = Instant::now();
        black_box(build());
        compile_times.push(t.elapsed());
    }
    let compile_median = percentile(&mut compile_times, 0.5);
    let session = include_str!("../../../content/week-1/session-1.guide");

    // Runtime steps: answers already understood, as the app passes taps; and typed replies
    // (which include understanding and risk screening).
    let program = bundle.sessions[&1].clone();
    let _ = compile(session);
    let vars = BTreeMap::from([("name".to_string(), "Sam".to_string())]);
    let taps = [
        Reply::Choice(1),
        Reply::Text("money".into()),
        Reply::Choice(0),
        Reply::YesNo("yes".into()),
        Reply::YesNo("no".into()),
        Reply::Text("noticing".into()),
    ];
    let typed = [
        "a bit on edge",
        "money and bills",
        "tight shoulders",
        "yeah",
        "not sure",
        "worry is trying to help",
    ];
    let (mut step_times, mut reply_times) = (Vec::new(), Vec::new());
    let mut largest_position = 0;
    for _ in 0..500 {
        let (mut rt, _) = Runtime::start(&program, vars.clone());
        for r in &taps {
            let t = Instant::now();
            let events = rt.answer(r.clone()).expect("valid tap");
            step_times.push(t.elapsed());
            // The worry log after the worry: its fields are screened for risk like typed
            // replies, so it is timed with them.
            if matches!(events.last(), Some(Event::Worksheet { .. })) {
                let t = Instant::now();
                black_box(
                    rt.submit(&[("worry".into(), "money".into())])
                        .expect("at the worksheet"),
                );
                reply_times.push(t.elapsed());
            }
            black_box(events);
            largest_position = largest_position.max(
                serde_json::to_vec(&rt.position())
                    .expect("serialises")
                    .len(),
            );
        }
        let (mut rt, _) = Runtime::start(&program, vars.clone());
        for r in typed {
            let t = Instant::now();
            let events = rt.reply(r).expect("waiting");
            reply_times.push(t.elapsed());
            assert!(!events.iter().any(|e| matches!(e, Event::Crisis { .. })));
            if matches!(events.last(), Some(Event::Worksheet { .. })) {
                rt.submit(&[]).expect("at the worksheet");
            }
        }
    }
    println!(
        "compile: {} files ({} scripts), {} KB, median {:?} for all",
        programme.len(),
        scripts,
        bytes / 1024,
        compile_median
    );
    println!(
        "runtime step (understood answer): median {:?}, p99 {:?}",
        percentile(&mut step_times, 0.5),
        percentile(&mut step_times, 0.99)
    );
    println!(
        "runtime step (typed reply, with understanding): median {:?}, p99 {:?}",
        percentile(&mut reply_times, 0.5),
        percentile(&mut reply_times, 0.99)
    );
    println!("largest saved position: {largest_position} bytes as JSON");
}
