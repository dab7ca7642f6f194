//! Evaluation against the labelled replies in `tests/eval/`, with the targets the product
//! needs. Prints precision and recall per label (`cargo test -p steady-understand --test
//! eval -- --nocapture`); fails when a target is missed.

use serde::Deserialize;
use std::path::PathBuf;
use steady_understand::{is_dont_understand, read_choice, read_yes_no, screen, ChoiceOption};

fn eval_file<T: for<'de> Deserialize<'de>>(name: &str) -> Vec<T> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/eval")
        .join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
        .lines()
        .enumerate()
        .map(|(i, l)| serde_json::from_str(l).unwrap_or_else(|e| panic!("{name}:{}: {e}", i + 1)))
        .collect()
}

#[derive(Deserialize)]
struct Labelled<L> {
    text: String,
    label: L,
}

#[derive(Deserialize)]
struct ChoiceCase {
    text: String,
    choices: Vec<String>,
    label: usize,
}

fn report(name: &str, misses: &[String], total: usize) -> f64 {
    let accuracy = 1.0 - misses.len() as f64 / total as f64;
    println!(
        "{name}: accuracy {accuracy:.3} ({} of {total})",
        total - misses.len()
    );
    for m in misses {
        println!("  miss: {m}");
    }
    accuracy
}

#[test]
fn risk_recall_and_precision() {
    let cases: Vec<Labelled<Option<String>>> = eval_file("risk.jsonl");
    let (mut tp, mut fp, mut fn_, mut kind_right) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    for c in &cases {
        let got = screen(&c.text).map(|k| k.code().to_string());
        match (&c.label, &got) {
            (Some(want), Some(g)) => {
                tp += 1;
                if want == g {
                    kind_right += 1;
                } else {
                    misses.push(format!("kind {g} for {want}: {:?}", c.text));
                }
            }
            (Some(want), None) => {
                fn_ += 1;
                misses.push(format!("MISSED {want}: {:?}", c.text));
            }
            (None, Some(g)) => {
                fp += 1;
                misses.push(format!("false alarm {g}: {:?}", c.text));
            }
            (None, None) => {}
        }
    }
    let recall = tp as f64 / (tp + fn_) as f64;
    let precision = tp as f64 / (tp + fp) as f64;
    println!(
        "risk: recall {recall:.3}, precision {precision:.3}, kind right {kind_right} of {tp} ({} replies)",
        cases.len()
    );
    for m in &misses {
        println!("  {m}");
    }
    assert!(recall >= 0.98, "risk recall {recall:.3} is under 0.98");
    assert!(
        precision >= 0.85,
        "risk precision {precision:.3} is under 0.85"
    );
}

#[test]
fn dont_understand_accuracy() {
    let cases: Vec<Labelled<bool>> = eval_file("dont_understand.jsonl");
    let misses: Vec<String> = cases
        .iter()
        .filter(|c| is_dont_understand(&c.text) != c.label)
        .map(|c| format!("expected {}: {:?}", c.label, c.text))
        .collect();
    assert!(report("dont_understand", &misses, cases.len()) >= 0.95);
}

#[test]
fn yes_no_accuracy() {
    let cases: Vec<Labelled<String>> = eval_file("yes_no.jsonl");
    let misses: Vec<String> = cases
        .iter()
        .filter_map(|c| {
            let got = read_yes_no(&c.text).map(|a| a.code());
            (got != Some(c.label.as_str()))
                .then(|| format!("{got:?} for {}: {:?}", c.label, c.text))
        })
        .collect();
    assert!(report("yes_no", &misses, cases.len()) >= 0.93);
}

#[test]
fn choice_accuracy() {
    let cases: Vec<ChoiceCase> = eval_file("choices.jsonl");
    let misses: Vec<String> = cases
        .iter()
        .filter_map(|c| {
            let options: Vec<ChoiceOption> = c.choices.iter().map(ChoiceOption::new).collect();
            let got = read_choice(&c.text, &options);
            (got != Some(c.label))
                .then(|| format!("{got:?} for {}: {:?} in {:?}", c.label, c.text, c.choices))
        })
        .collect();
    assert!(report("choices", &misses, cases.len()) >= 0.90);
}
