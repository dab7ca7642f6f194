//! The order of checks, the reprompt-then-options policy, and that nothing a content
//! author writes can switch risk screening off.

use steady_understand::{
    understand, AfterMiss, Answer, ChoiceOption, Expectation, Misses, Reading, RiskKind, YesNo,
};

fn every_expectation() -> Vec<Expectation> {
    vec![
        Expectation::FreeText,
        Expectation::YesNo,
        Expectation::Choice(vec![ChoiceOption::new("Yes"), ChoiceOption::new("No")]),
        Expectation::Number { min: 0, max: 10 },
    ]
}

#[test]
fn risk_is_screened_first_whatever_the_question_expects() {
    for expected in every_expectation() {
        let u = understand("yes I want to die", &expected);
        assert_eq!(u.risk, Some(RiskKind::Suicide), "{expected:?}");
    }
}

#[test]
fn a_risky_reply_still_answers_the_question_so_the_conversation_carries_on() {
    let u = understand("no, and I've been cutting again", &Expectation::YesNo);
    assert_eq!(u.risk, Some(RiskKind::SelfHarm));
    assert_eq!(u.reading, Reading::Answer(Answer::YesNo(YesNo::No)));
}

#[test]
fn dont_understand_comes_before_the_expected_answer() {
    // "what?" could be read as free text; asking for the rephrasing comes first.
    let u = understand("what do you mean?", &Expectation::FreeText);
    assert_eq!(u.reading, Reading::DontUnderstand);
    // And risk still comes before that.
    let u = understand(
        "I don't understand, I just want to die",
        &Expectation::YesNo,
    );
    assert_eq!(u.risk, Some(RiskKind::Suicide));
}

#[test]
fn an_answer_about_not_understanding_oneself_is_an_answer() {
    let u = understand(
        "I don't understand why I worry so much",
        &Expectation::FreeText,
    );
    assert_eq!(
        u.reading,
        Reading::Answer(Answer::Text(
            "I don't understand why I worry so much".into()
        ))
    );
    assert_eq!(u.risk, None);
}

#[test]
fn content_cannot_switch_screening_off() {
    // An option whose own words are risky, or that a patient picks by number, does not
    // hide the risk in a reply that repeats it.
    let options = vec![
        ChoiceOption::new("I want to kill myself"),
        ChoiceOption::new("Something else"),
    ];
    let u = understand(
        "I want to kill myself",
        &Expectation::Choice(options.clone()),
    );
    assert_eq!(u.risk, Some(RiskKind::Suicide));
    assert_eq!(u.reading, Reading::Answer(Answer::Choice(0)));
    // Expectation has no field that disables screening: this is every variant.
    for expected in every_expectation() {
        assert!(understand("took all my tablets", &expected).risk.is_some());
    }
}

#[test]
fn negation_idioms_and_past_are_handled() {
    for (text, risk) in [
        ("I'm not suicidal, just stressed", None),
        ("this commute is killing me", None),
        ("I self harmed years ago but I'm fine now", None),
        (
            "I'm not suicidal but I've been cutting",
            Some(RiskKind::SelfHarm),
        ),
        (
            "I used to cut and lately it's started again",
            Some(RiskKind::SelfHarm),
        ),
    ] {
        assert_eq!(
            understand(text, &Expectation::FreeText).risk,
            risk,
            "{text}"
        );
    }
}

#[test]
fn unmatched_replies_reprompt_then_offer_options() {
    let u = understand("purple", &Expectation::YesNo);
    assert_eq!(u.reading, Reading::NotUnderstood);
    let mut misses = Misses::default();
    assert_eq!(misses.record(), AfterMiss::Reprompt);
    assert_eq!(misses.record(), AfterMiss::RepromptWithOptions);
    assert_eq!(misses.record(), AfterMiss::MoveOn);
    assert_eq!(misses.record(), AfterMiss::MoveOn);
    misses.reset();
    assert_eq!(misses.record(), AfterMiss::Reprompt);
}

#[test]
fn empty_free_text_is_not_an_answer() {
    assert_eq!(
        understand("   ", &Expectation::FreeText).reading,
        Reading::NotUnderstood
    );
    assert_eq!(
        understand("", &Expectation::Number { min: 0, max: 10 }).reading,
        Reading::NotUnderstood
    );
}

#[test]
fn numbers_in_range() {
    let e = Expectation::Number { min: 0, max: 10 };
    assert_eq!(
        understand("about 7", &e).reading,
        Reading::Answer(Answer::Number(7))
    );
    assert_eq!(
        understand("seven out of ten", &e).reading,
        Reading::Answer(Answer::Number(7))
    );
    assert_eq!(understand("15", &e).reading, Reading::NotUnderstood);
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "",
        "\u{0}",
        "🙂🙂🙂",
        "' ' '",
        "||||",
        "????",
        &"a".repeat(10_000),
        "İstanbul ß ﬁ",
        "-1",
        "9999999999999999999999",
    ] {
        for expected in every_expectation() {
            let _ = understand(text, &expected);
        }
    }
}

#[test]
fn warming_up_changes_nothing_but_the_wait() {
    let reply = "is that asking about today or in general?";
    let before: Vec<_> = every_expectation()
        .iter()
        .map(|e| understand(reply, e))
        .collect();
    steady_understand::warm_up();
    steady_understand::warm_up();
    let after: Vec<_> = every_expectation()
        .iter()
        .map(|e| understand(reply, e))
        .collect();
    assert_eq!(before, after);
}

#[test]
fn an_options_own_label_is_that_answer_not_a_request_to_rephrase() {
    let options = Expectation::Choice(vec![
        ChoiceOption::new("Easy"),
        ChoiceOption::new("Manageable"),
        ChoiceOption::new("Hard"),
        ChoiceOption::new("Too hard"),
    ]);
    // "too hard" alone reads as "I don't understand"...
    assert_eq!(
        understand("too hard", &Expectation::FreeText).reading,
        Reading::DontUnderstand
    );
    // ...but not where it is an option's label.
    assert_eq!(
        understand("Too hard.", &options).reading,
        Reading::Answer(Answer::Choice(3))
    );
    // Risk is still screened first.
    let u = understand("too hard, I want to die", &options);
    assert_eq!(u.risk, Some(RiskKind::Suicide));
}
