//! Trains the backstop on a given TSV of labelled replies and prints, for each JSON line
//! `{"text"}` on stdin, its probability of risk and whether it would be flagged (at the
//! shipped threshold): `replay TSV < FILE`. For replaying held-out rounds against the data
//! as it stood when they were scored.

use std::io::BufRead;
use steady_understand::model::{parse_examples, Model, SHIPPED_THRESHOLD};

fn main() {
    let path = std::env::args().nth(1).expect("usage: replay TSV");
    let tsv = std::fs::read_to_string(path).expect("readable TSV");
    let examples = parse_examples(&tsv);
    let model = Model::train(examples.iter().map(|(k, t)| (*k, t.as_str())))
        .with_threshold(SHIPPED_THRESHOLD);
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("readable stdin");
        let v: serde_json::Value = serde_json::from_str(&line).expect("JSON line");
        let normalised = steady_understand::normalise(v["text"].as_str().unwrap_or_default());
        let (p, _) = model.score(&normalised);
        let flagged = model.predict(&normalised).is_some();
        println!("{}", serde_json::json!({"p": p, "flagged": flagged}));
    }
}
