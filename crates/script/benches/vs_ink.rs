//! Our side of the side-by-side benchmark with inkjs (see `benches/vs-ink/` and
//! `scripts/bench-vs-ink.sh`): compiles the three sample sessions and plays them with the
//! same choices as the ink version, timing each step; prints one JSON object.
//!
//! A step is what inkjs's `ChooseChoiceIndex` + `ContinueMaximally` does: take the
//! patient's choice and run on to the next question. `answer` takes a tapped option (as
//! ink does); `reply` takes the option's words as typed text, so it also screens for risk
//! and understands the reply, which ink does not do at all.

use std::collections::BTreeMap;
use std::time::Instant;
use steady_script::session::runtime::{Event, Reply, Runtime};
use steady_script::session::{compile, AnswerKind, Program};

fn quantile(xs: &mut [f64], q: f64) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[((q * xs.len() as f64) as usize).min(xs.len() - 1)]
}

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/vs-ink");
    let sources: Vec<String> = (1..=3)
        .map(|n| {
            std::fs::read_to_string(format!("{dir}/session-{n}.guide")).expect("sample session")
        })
        .collect();
    let choices: Vec<Vec<usize>> =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/choices.json")).unwrap())
            .unwrap();

    let compile_all = || -> Vec<Program> {
        sources
            .iter()
            .map(|s| {
                let c = compile(s);
                assert!(!c.has_errors(), "{:?}", c.diagnostics);
                c.program.unwrap()
            })
            .collect()
    };
    let t = Instant::now();
    let programs = compile_all();
    let cold_ms = t.elapsed().as_secs_f64() * 1e3;
    let mut compile_runs: Vec<f64> = (0..200)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(compile_all());
            t.elapsed().as_secs_f64() * 1e3
        })
        .collect();

    // Typed replies: each option's label, as a patient would type it.
    let label = |p: &Program, step_id: &str, index: usize| -> String {
        p.steps
            .iter()
            .find(|s| s.id == step_id)
            .and_then(|s| match &s.instr {
                steady_script::session::Instr::Ask(q) => match &q.kind {
                    AnswerKind::Choice(o) => o.get(index).map(|o| o.label.clone()),
                    _ => None,
                },
                _ => None,
            })
            .expect("a choice question")
    };
    let _ = steady_understand::screen(""); // build the screening model before timing
    let (mut tapped, mut typed) = (Vec::new(), Vec::new());
    let mut position_bytes = 0;
    let mut said = 0;
    for round in 0..400 {
        if round == 100 {
            tapped.clear();
            typed.clear();
        }
        for (program, picks) in programs.iter().zip(&choices) {
            for typed_mode in [false, true] {
                let (mut rt, events) = Runtime::start(program, BTreeMap::new());
                said += events.len();
                let mut asked = match events.last() {
                    Some(Event::Ask { id, .. }) => id.clone(),
                    _ => panic!("the session opens with a question"),
                };
                for &pick in picks {
                    let text = label(program, &asked, pick);
                    let t = Instant::now();
                    let events = if typed_mode {
                        rt.reply(&text).unwrap()
                    } else {
                        rt.answer(Reply::Choice(pick)).unwrap()
                    };
                    let us = t.elapsed().as_secs_f64() * 1e6;
                    if typed_mode {
                        typed.push(us)
                    } else {
                        tapped.push(us)
                    }
                    said += events.len();
                    if let Some(Event::Ask { id, .. }) = events.last() {
                        asked = id.clone();
                    }
                    position_bytes =
                        position_bytes.max(serde_json::to_vec(&rt.position()).unwrap().len());
                }
                assert!(rt.is_complete(), "every session plays to its end");
            }
        }
    }
    let steps = tapped.len();
    println!(
        "{}",
        serde_json::json!({
            "engine": "steady-script",
            "source_bytes": sources.iter().map(String::len).sum::<usize>(),
            "compile_cold_ms": cold_ms,
            "compile_ms": quantile(&mut compile_runs, 0.5),
            "steps": steps,
            "step_median_us": quantile(&mut tapped, 0.5),
            "step_p99_us": quantile(&mut tapped, 0.99),
            "typed_step_median_us": quantile(&mut typed, 0.5),
            "typed_step_p99_us": quantile(&mut typed, 0.99),
            "saved_state_bytes": position_bytes,
            "said": said,
        })
    );
}
