//! Which replies are slowest: times every reply of the evaluation sets (the fastest of a
//! few rounds, so noise from the machine counts less) and prints the p50/p99 by kind and
//! the slowest replies' kinds and lengths, or with `text` their text (the labelled sets
//! are written by us, not typed by patients):
//! `cargo run --release -p steady-understand --example slowest -- 5 [text]`.
use std::hint::black_box;
use std::time::{Duration, Instant};
use steady_understand::{understand, Expectation};
#[path = "../benches/support/eval_replies.rs"]
mod eval_replies;

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5);
    let show_text = std::env::args().nth(2).is_some_and(|a| a == "text");
    let replies = eval_replies::load();
    steady_understand::warm_up();
    let mut best = vec![Duration::MAX; replies.len()];
    for _ in 0..rounds {
        for (i, reply) in replies.iter().enumerate() {
            let t = Instant::now();
            black_box(understand(black_box(&reply.text), &reply.expected));
            best[i] = best[i].min(t.elapsed());
        }
    }
    let mut order: Vec<usize> = (0..replies.len()).collect();
    order.sort_by_key(|&i| best[i]);
    let pct = |ix: &[usize], p: f64| best[ix[((ix.len() as f64 - 1.0) * p) as usize]];
    println!(
        "all {}: p50 {:?} p99 {:?}",
        order.len(),
        pct(&order, 0.5),
        pct(&order, 0.99)
    );
    for file in eval_replies::FILES {
        let ix: Vec<usize> = order
            .iter()
            .copied()
            .filter(|&i| replies[i].file == file)
            .collect();
        println!(
            "{file} {}: p50 {:?} p99 {:?}",
            ix.len(),
            pct(&ix, 0.5),
            pct(&ix, 0.99)
        );
    }
    let cut = pct(&order, 0.99);
    println!("over p99 ({cut:?}):");
    for &i in order.iter().rev().take_while(|&&i| best[i] >= cut) {
        let eval_replies::Reply {
            file,
            text: reply,
            expected,
        } = &replies[i];
        let n = match expected {
            Expectation::Choice(o) => o.len(),
            _ => 0,
        };
        if show_text {
            println!("{:?}\t{file}\t{n}\t{}", best[i], reply);
        } else {
            println!("{:?}\t{file}\toptions {n}\tchars {}", best[i], reply.len());
        }
    }
}
