//! The slowest path's parts alone, for counting instructions where wall-clock time is too
//! noisy: `valgrind --tool=callgrind target/release/examples/choice_only 50` (reading the
//! choice) or `... 50 screen` (screening), less the same with 0 rounds (the warm-up).
#[path = "../benches/support/slow_choice.rs"]
mod slow_choice;
use std::hint::black_box;
use steady_understand::*;
fn main() {
    let body = slow_choice::question();
    let Expectation::Choice(opts) = &body else {
        panic!("a choice")
    };
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(400);
    let screening = std::env::args().nth(2).is_some_and(|a| a == "screen");
    warm_up();
    for _ in 0..rounds {
        for r in slow_choice::MISSES {
            if screening {
                black_box(screen(r));
            } else {
                black_box(read_choice(r, opts));
            }
        }
    }
}
