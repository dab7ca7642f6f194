//! Compares the statistical backstop with and without stand-ins for unseen words, by 5-fold
//! cross-validation over `data/risk_examples.tsv`: the model alone, and the lexicon with
//! the model behind it (`cargo run --release -p steady-understand --example backstop_cv`).
//! Optional JSON-lines files of labelled replies (`{"text", "label"}`) are then scored
//! with the shipped data's model, both ways.

use steady_understand::model::{parse_examples, Model};

fn main() {
    let tsv = include_str!("../data/risk_examples.tsv");
    let examples = parse_examples(tsv);
    let raw: Vec<(bool, &str)> = tsv
        .lines()
        .filter_map(|line| line.split_once('\t'))
        .map(|(label, text)| (label != "none", text))
        .collect();
    for stand_ins in [false, true] {
        let models: Vec<Model> = (0..5)
            .map(|fold| {
                let m = Model::train(
                    examples
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| i % 5 != fold)
                        .map(|(_, (k, t))| (*k, t.as_str())),
                );
                if stand_ins {
                    m
                } else {
                    m.without_stand_ins()
                }
            })
            .collect();
        for threshold in [0.05, 0.08, 0.1, 0.12, 0.15, 0.2] {
            let (mut alone, mut full) = ([0usize; 3], [0usize; 3]);
            for (fold, model) in models.iter().enumerate() {
                let model = model.clone().with_threshold(threshold);
                for (i, (risk, text)) in raw.iter().enumerate().skip(fold).step_by(5) {
                    let by_model = model.predict(&examples[i].1).is_some();
                    let by_all = steady_understand::screen_with_model(text, &model).is_some();
                    for (tally, got) in [(&mut alone, by_model), (&mut full, by_all)] {
                        match (*risk, got) {
                            (true, true) => tally[0] += 1,
                            (true, false) => tally[1] += 1,
                            (false, true) => tally[2] += 1,
                            _ => {}
                        }
                    }
                }
            }
            let show = |t: [usize; 3]| {
                format!(
                    "recall {:.3} precision {:.3}",
                    t[0] as f64 / (t[0] + t[1]) as f64,
                    t[0] as f64 / (t[0] + t[2]) as f64
                )
            };
            println!(
                "stand-ins {stand_ins} threshold {threshold}: model alone {}; with lexicon {}",
                show(alone),
                show(full)
            );
        }
    }
    let shipped = Model::train(examples.iter().map(|(k, t)| (*k, t.as_str())))
        .with_threshold(steady_understand::model::SHIPPED_THRESHOLD);
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("readable file");
        for (name, model) in [
            ("without", shipped.clone().without_stand_ins()),
            ("with", shipped.clone()),
        ] {
            let (mut tp, mut fp, mut fn_) = (0, 0, 0);
            for line in text.lines() {
                let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
                let want = !v["label"].is_null();
                let got = steady_understand::screen_with_model(
                    v["text"].as_str().unwrap_or_default(),
                    &model,
                )
                .is_some();
                match (want, got) {
                    (true, true) => tp += 1,
                    (true, false) => fn_ += 1,
                    (false, true) => fp += 1,
                    _ => {}
                }
            }
            println!(
                "{path} {name} stand-ins: recall {:.3} precision {:.3}",
                tp as f64 / (tp + fn_) as f64,
                tp as f64 / (tp + fp) as f64
            );
        }
    }
}
