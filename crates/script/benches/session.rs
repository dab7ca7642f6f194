//! Script compiler and runtime speed, release build: `cargo bench -p steady-script`.
//! Targets: compile the whole programme in under 50 ms; a runtime step median under 5 µs
//! and p99 under 20 µs; a saved position under 1 KB.
//!
//! Until all 18 sessions are written, "the whole programme" is session 1 compiled 18
//! times (about the size of the finished programme's scripts).

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::{Duration, Instant};
use steady_script::session::compile;
use steady_script::session::runtime::{Event, Reply, Runtime};

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() as f64 - 1.0) * p) as usize]
}

fn main() {
    let session = include_str!("../../../content/week-1/session-1.guide");
    let programme: Vec<String> = (1..=18)
        .map(|n| session.replace("number: 1", &format!("number: {n}")))
        .collect();
    let bytes: usize = programme.iter().map(String::len).sum();

    let mut compile_times = Vec::new();
    for _ in 0..30 {
        let t = Instant::now();
        for s in &programme {
            black_box(compile(black_box(s)));
        }
        compile_times.push(t.elapsed());
    }
    let compile_median = percentile(&mut compile_times, 0.5);

    // Runtime steps: answers already understood, as the app passes taps; and typed replies
    // (which include understanding and risk screening).
    let program = compile(session).program.expect("session 1 compiles");
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
        }
    }
    println!(
        "compile: {} scripts, {} KB, median {:?} for all",
        programme.len(),
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
