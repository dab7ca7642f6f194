//! Every reply of the evaluation sets with what its question expects, shared by the bench
//! and `examples/slowest.rs`.

use std::path::PathBuf;
use steady_understand::{ChoiceOption, Expectation};

/// The evaluation files, in the order they are read.
pub const FILES: [&str; 4] = [
    "risk.jsonl",
    "dont_understand.jsonl",
    "yes_no.jsonl",
    "choices.jsonl",
];

/// One stored reply: the file it came from, its text and what its question expects.
pub struct Reply {
    // The bench does not read it; `examples/slowest.rs` does.
    #[allow(dead_code)]
    pub file: &'static str,
    pub text: String,
    pub expected: Expectation,
}

/// Reads every reply of `tests/eval/`.
pub fn load() -> Vec<Reply> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/eval");
    let mut replies = Vec::new();
    for file in FILES {
        let text = std::fs::read_to_string(dir.join(file)).expect("eval sets are present");
        for line in text.lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("valid JSON");
            let expected = match v.get("choices").and_then(|c| c.as_array()) {
                Some(c) => Expectation::Choice(
                    c.iter()
                        .filter_map(|o| o.as_str())
                        .map(ChoiceOption::new)
                        .collect(),
                ),
                None if file == "yes_no.jsonl" => Expectation::YesNo,
                None => Expectation::FreeText,
            };
            replies.push(Reply {
                file,
                text: v["text"].as_str().unwrap_or_default().to_string(),
                expected,
            });
        }
    }
    replies
}
