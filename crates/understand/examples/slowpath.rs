//! Times the slowest reading path (a choice read by meaning) for profiling:
//! `cargo run --release -p steady-understand --example slowpath`.
use std::hint::black_box;
use std::time::Instant;
use steady_understand::{understand, ChoiceOption, Expectation};

fn main() {
    let body = Expectation::Choice(vec![
        ChoiceOption::new("Tense muscles").with_examples([
            "tight shoulders",
            "tension",
            "stiff neck",
            "clenched jaw",
            "headaches",
        ]),
        ChoiceOption::new("Racing heart").with_examples([
            "heart pounding",
            "breathless",
            "short of breath",
            "chest",
        ]),
        ChoiceOption::new("Stomach").with_examples(["butterflies", "sick", "nausea", "tummy"]),
        ChoiceOption::new("Tiredness").with_examples(["exhausted", "drained", "worn out"]),
        ChoiceOption::new("Sleep").with_examples(["can't sleep", "insomnia", "awake at night"]),
    ]);
    let misses = [
        "elephant",
        "purple giraffe",
        "my dog ate my homework",
        "the weather is nice today",
        "knackered",
        "shattered all week",
        "my jaw aches",
        "pounding",
        "queasy",
        "wiped out",
        "restless nights",
        "my shoulders",
        "a bit wobbly",
        "hmm hard to pick one",
        "chocolate biscuits",
    ];
    steady_understand::warm_up();
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200);
    let t = Instant::now();
    for _ in 0..rounds {
        for reply in misses {
            black_box(understand(black_box(reply), &body));
        }
    }
    println!(
        "mean {:?} a reply",
        t.elapsed() / (rounds * misses.len()) as u32
    );
}
