//! Times the slowest reading path (a choice read by meaning, as in the bench) for
//! profiling: `cargo run --release -p steady-understand --example slowpath -- 300`, or
//! under `perf record`.

#[path = "../benches/support/slow_choice.rs"]
mod slow_choice;

use std::hint::black_box;
use std::time::Instant;
use steady_understand::understand;

fn main() {
    let body = slow_choice::question();
    steady_understand::warm_up();
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    let t = Instant::now();
    for _ in 0..rounds {
        for reply in slow_choice::MISSES {
            black_box(understand(black_box(reply), &body));
        }
    }
    let replies = rounds * slow_choice::MISSES.len();
    println!("mean {:?} a reply", t.elapsed() / replies as u32);
}
