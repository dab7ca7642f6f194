//! Any text through reply understanding, against every kind of expected answer.
#![no_main]
use libfuzzer_sys::fuzz_target;
use steady_understand::{understand, ChoiceOption, Expectation};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for expected in [
        Expectation::FreeText,
        Expectation::YesNo,
        Expectation::Choice(vec![ChoiceOption::new("Morning"), ChoiceOption::new("Evening")]),
        Expectation::Number { min: 0, max: 10 },
    ] {
        let _ = understand(&text, &expected);
    }
});
