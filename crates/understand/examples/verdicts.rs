//! Prints, for each JSON line `{"text": ...}` on stdin, the lexicon's verdict, the backstop's
//! probability of risk and the normalised text, as JSON lines: for studying the parts of
//! screening (`cargo run -p steady-understand --example verdicts < FILE`).

use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("readable stdin");
        let v: serde_json::Value = serde_json::from_str(&line).expect("JSON line");
        let text = v["text"].as_str().unwrap_or_default();
        let normalised = steady_understand::normalise(text);
        let (p, _) = steady_understand::model::shipped().score(&normalised);
        println!(
            "{}",
            serde_json::json!({
                "lexicon": steady_understand::lexicon_verdict(text),
                "backstop": p,
                "normalised": normalised,
            })
        );
    }
}
