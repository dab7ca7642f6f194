//! Understanding what patients type.
//!
//! **Invariants:** pure (no IO, no clock, no network, no model download); and risk screening
//! runs first on every reply, with no parameter, content field or setting that can skip it.
//! [`understand`] is the one entry point the app and the script runtime use.

mod clock;
pub mod data;
mod intent;
pub mod model;
mod normalise;
mod risk;
pub mod vectors;

pub use intent::{number_in_range, ChoiceOption, YesNo};
pub use normalise::normalise;
pub use risk::RiskKind;

/// What the current question expects. Content decides this; nothing here can turn off
/// risk screening.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expectation {
    /// Any non-empty text (saved to a variable or the journal).
    FreeText,
    YesNo,
    Choice(Vec<ChoiceOption>),
    Number {
        min: i64,
        max: i64,
    },
}

/// An answer to the question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Text(String),
    YesNo(YesNo),
    /// 0-based index into the options.
    Choice(usize),
    Number(i64),
}

/// What the reply asks of the conversation, after risk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    /// The patient does not understand the question: ask its rephrasing.
    DontUnderstand,
    Answer(Answer),
    /// Nothing matched: ask the question's reprompt (see [`Misses`]).
    NotUnderstood,
}

/// The result of reading one reply, in the order the checks run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Understanding {
    /// Possible risk: show the crisis card and record a flag (kind and time, never the
    /// text), then carry on with `reading`.
    pub risk: Option<RiskKind>,
    pub reading: Reading,
}

/// Reads one typed reply: risk screening first, then "I don't understand", then the
/// expected answer.
pub fn understand(reply: &str, expected: &Expectation) -> Understanding {
    let text = normalise(reply);
    let risk = risk::screen_normalised(&text);
    // A reply that is an option's own label is that answer, whatever it says: "Too hard"
    // among "Easy" ... "Too hard" is no request to rephrase. (Checked only for a request.)
    let an_option =
        || matches!(expected, Expectation::Choice(options) if intent::names_option(&text, options));
    let reading = if intent::dont_understand(&text) && !an_option() {
        Reading::DontUnderstand
    } else {
        match expected {
            Expectation::FreeText => {
                let trimmed = reply.trim();
                if trimmed.is_empty() {
                    Reading::NotUnderstood
                } else {
                    Reading::Answer(Answer::Text(trimmed.to_string()))
                }
            }
            Expectation::YesNo => intent::yes_no(&text).map_or(Reading::NotUnderstood, |a| {
                Reading::Answer(Answer::YesNo(a))
            }),
            Expectation::Choice(options) => intent::choice(&text, options)
                .map_or(Reading::NotUnderstood, |i| {
                    Reading::Answer(Answer::Choice(i))
                }),
            Expectation::Number { min, max } => intent::number_in_range(&text, *min, *max)
                .map_or(Reading::NotUnderstood, |n| {
                    Reading::Answer(Answer::Number(n))
                }),
        }
    };
    Understanding { risk, reading }
}

/// Builds everything understanding needs on first use (the patterns, both learned
/// backstops and the word vectors: 0.23-0.31 s on a desktop), so that no patient's reply
/// waits for it. Call it once, early, off the path of a reply; calling it again is free.
pub fn warm_up() {
    let _ = screen("warm up");
    let _ = crate::vectors::shipped();
    intent::warm_up();
}

/// Screens a reply with the lexicon and a given backstop model (for cross-validation).
pub fn screen_with_model(reply: &str, model: &model::Model) -> Option<RiskKind> {
    risk::screen_with_model(&normalise(reply), model)
}

/// Screens a reply with the lexicon alone (for measuring what the model adds).
pub fn screen_lexicon_only(reply: &str) -> Option<RiskKind> {
    risk::screen_lexicon_only(&normalise(reply))
}

/// Screens a reply for risk alone (for worksheet fields and journal entries).
pub fn screen(reply: &str) -> Option<RiskKind> {
    risk::screen_normalised(&normalise(reply))
}

/// Whether the reply says "I don't understand", in any phrasing.
pub fn is_dont_understand(reply: &str) -> bool {
    intent::dont_understand(&normalise(reply))
}

/// Whether a reply is, word for word, one option's label ("too hard." for "Too hard").
pub fn names_option(reply: &str, options: &[ChoiceOption]) -> bool {
    intent::names_option(&normalise(reply), options)
}

/// Reads a yes/no/unsure answer.
pub fn read_yes_no(reply: &str) -> Option<YesNo> {
    intent::yes_no(&normalise(reply))
}

/// Reads a choice among options; returns the 0-based index.
pub fn read_choice(reply: &str, options: &[ChoiceOption]) -> Option<usize> {
    intent::choice(&normalise(reply), options)
}

/// The policy for replies that match nothing: reprompt once, then offer the options as
/// tappable replies, and after a third miss move on (where the question has a way out) so
/// nobody gets stuck.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Misses(u8);

/// What to do after a miss.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterMiss {
    /// Ask the question's reprompt.
    Reprompt,
    /// Ask the reprompt and show every option as a tappable reply.
    RepromptWithOptions,
    /// Stop asking: take the question's way out if it has one (otherwise keep offering the
    /// options).
    MoveOn,
}

impl Misses {
    /// Misses before the options are offered.
    pub const BEFORE_OPTIONS: u8 = 2;
    /// Misses before the guide moves on.
    pub const BEFORE_MOVING_ON: u8 = 3;

    pub fn record(&mut self) -> AfterMiss {
        self.0 = self.0.saturating_add(1);
        if self.0 >= Self::BEFORE_MOVING_ON {
            AfterMiss::MoveOn
        } else if self.0 >= Self::BEFORE_OPTIONS {
            AfterMiss::RepromptWithOptions
        } else {
            AfterMiss::Reprompt
        }
    }

    /// A new question starts with no misses.
    pub fn reset(&mut self) {
        self.0 = 0;
    }
}

/// What the lexicon alone makes of a reply: `"risk"`, `"set_aside"` (negated or past),
/// `"idiom"` (idioms explained some clauses; the backstop reads the rest) or `"nothing"`.
/// For measuring the parts of screening separately.
pub fn lexicon_verdict(reply: &str) -> &'static str {
    risk::lexicon_verdict(&normalise(reply))
}
