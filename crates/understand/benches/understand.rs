//! Latency of `understand` per reply, over every reply in the evaluation sets, in a release
//! build: `cargo bench -p steady-understand`. Prints the median, p99 and maximum.
//! Target: p99 under 1 ms a reply. On Linux it also prints the peak resident memory after
//! warm-up and after every reply, since a regex whose lazy DFA gives up falls back to an
//! engine that can grow to gigabytes (see `PAIR_DFA_LIMIT` in risk.rs).

use std::hint::black_box;
use std::time::Instant;
#[path = "support/eval_replies.rs"]
mod eval_replies;
#[path = "support/slow_choice.rs"]
mod slow_choice;

use steady_understand::understand;

fn main() {
    let replies = eval_replies::load();
    // Everything is built once, on first use; time that separately, as the app does it
    // (`warm_up` while the patient reads the first messages).
    let start = Instant::now();
    steady_understand::warm_up();
    let first = start.elapsed();
    let warm = peak_memory();

    let rounds = 20;
    let mut samples = Vec::with_capacity(replies.len() * rounds);
    for _ in 0..rounds {
        for reply in &replies {
            let t = Instant::now();
            black_box(understand(black_box(&reply.text), &reply.expected));
            samples.push(t.elapsed());
        }
    }
    report(
        &format!(
            "understand: {} replies x {rounds} rounds; warm-up (patterns, both backstops, word vectors) {first:?};",
            replies.len()
        ),
        samples,
    );
    if let (Some(warm), Some(peak)) = (warm, peak_memory()) {
        println!(
            "peak resident memory: {} MB after warm-up, {} MB after every reply",
            warm / 1024,
            peak / 1024
        );
    }

    // The slowest path (see `support/slow_choice.rs`).
    let body = slow_choice::question();
    let misses = slow_choice::MISSES;
    let mut samples = Vec::new();
    for _ in 0..rounds {
        for reply in misses {
            let t = Instant::now();
            black_box(understand(black_box(reply), &body));
            samples.push(t.elapsed());
        }
    }
    report(
        &format!(
            "choice read by meaning: {} replies x {rounds} rounds;",
            misses.len()
        ),
        samples,
    );
}

/// The process's peak resident memory in kB (Linux only).
fn peak_memory() -> Option<u64> {
    std::fs::read_to_string("/proc/self/status")
        .ok()?
        .lines()
        .find(|l| l.starts_with("VmHWM"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn report(what: &str, mut samples: Vec<std::time::Duration>) {
    samples.sort();
    let pct = |p: f64| samples[((samples.len() as f64 - 1.0) * p) as usize];
    println!(
        "{what} median {:?}, p99 {:?}, max {:?}",
        pct(0.5),
        pct(0.99),
        samples[samples.len() - 1]
    );
}
