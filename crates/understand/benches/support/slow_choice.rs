//! The slowest reading path, shared by the bench and `examples/slowpath.rs`: a choice with
//! many example phrasings that no word of the reply matches, so it is read by meaning (a
//! pass over the word vectors per reply word and per near word).

use steady_understand::{ChoiceOption, Expectation};

/// A five-option question about the body in anxiety, with the authors' examples.
pub fn question() -> Expectation {
    Expectation::Choice(vec![
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
    ])
}

/// Replies no phrase of the question matches.
pub const MISSES: [&str; 15] = [
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
