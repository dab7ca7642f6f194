//! Scores a JSON-lines file of labelled replies (`{"text", "label"}`, label a risk code or
//! null) with the lexicon alone and with the statistical backstop at several thresholds:
//! `cargo run -p steady-understand --example holdout -- FILE`. For held-out checks.

use steady_understand::model::{parse_examples, Model};

fn main() {
    let path = std::env::args().nth(1).expect("usage: holdout FILE");
    let text = std::fs::read_to_string(&path).expect("readable file");
    let rows: Vec<(String, bool)> = text
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("JSON line");
            (
                v["text"].as_str().unwrap_or_default().to_string(),
                !v["label"].is_null(),
            )
        })
        .collect();
    let examples = parse_examples(include_str!("../data/risk_examples.tsv"));
    let score = |name: &str, f: &dyn Fn(&str) -> bool| {
        let (mut tp, mut fp, mut fn_) = (0, 0, 0);
        for (t, want) in &rows {
            match (*want, f(t)) {
                (true, true) => tp += 1,
                (true, false) => fn_ += 1,
                (false, true) => fp += 1,
                _ => {}
            }
        }
        println!(
            "{name}: recall {:.3}, precision {:.3} ({} replies, {} risk)",
            tp as f64 / (tp + fn_) as f64,
            tp as f64 / (tp + fp).max(1) as f64,
            rows.len(),
            tp + fn_
        );
    };
    score("lexicon only", &|t| {
        steady_understand::screen_lexicon_only(t).is_some()
    });
    for threshold in [0.2, 0.3, 0.5, 0.7, 0.9] {
        let model =
            Model::train(examples.iter().map(|(k, t)| (*k, t.as_str()))).with_threshold(threshold);
        score(&format!("lexicon + backstop at {threshold}"), &|t| {
            steady_understand::screen_with_model(t, &model).is_some()
        });
    }
}
