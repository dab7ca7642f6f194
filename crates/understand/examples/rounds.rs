//! Latency on a first reading and on later ones: every reply of the evaluation sets, read
//! round after round in one process, with the percentiles of each round. A reply never
//! seen before (every patient's reply) makes the lazy DFAs build new states, which the
//! bench's twenty rounds mostly hide; round 0 shows it.
//! `cargo run --release -p steady-understand --example rounds -- [all|screen|lex|norm] [rounds]`
//! (`lex`: the lexicon without the backstop; `norm`: normalising only).
use std::hint::black_box;
use std::time::Instant;
use steady_understand::understand;
#[path = "../benches/support/eval_replies.rs"]
mod eval_replies;

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_else(|| "all".into());
    let rounds: usize = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(3);
    let replies = eval_replies::load();
    let t = Instant::now();
    steady_understand::warm_up();
    println!("warm-up {:?}", t.elapsed());
    for round in 0..rounds {
        let mut samples: Vec<u128> = replies
            .iter()
            .map(|r| {
                let t = Instant::now();
                match mode.as_str() {
                    "lex" => {
                        black_box(steady_understand::screen_lexicon_only(black_box(&r.text)));
                    }
                    "screen" => {
                        black_box(steady_understand::screen(black_box(&r.text)));
                    }
                    "norm" => {
                        black_box(steady_understand::normalise(black_box(&r.text)));
                    }
                    _ => {
                        black_box(understand(black_box(&r.text), &r.expected));
                    }
                }
                t.elapsed().as_nanos()
            })
            .collect();
        samples.sort();
        let pct = |q: f64| samples[((samples.len() as f64 - 1.0) * q) as usize] / 1000;
        println!(
            "{mode} round {round}: p50 {}us p90 {}us p99 {}us p999 {}us max {}us",
            pct(0.5),
            pct(0.9),
            pct(0.99),
            pct(0.999),
            samples[samples.len() - 1] / 1000
        );
    }
}
