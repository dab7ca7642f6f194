//! Session scripts: the conversation of one session, as authors write it.
//!
//! A script is plain text, one statement a line (see `docs/script-language.md`):
//!
//! ```text
//! ---
//! id: what-worry-is
//! week: 1
//! number: 1
//! title: What worry is
//! minutes: 15
//! ---
//! == start
//! Hello {name}. Today we'll look at what worry is.   #id:hello
//! ? yesno tried: Have you tried writing your worries down before?
//!   rephrase: Have you ever kept a list of things you worry about?
//!   reprompt: Sorry, I didn't catch that. Was that a yes or a no?
//! @if tried == yes
//!   Good, then some of this will feel familiar.
//! @endif
//! -> end
//! ```
//!
//! [`compile`] turns the text into a [`Program`] and reports every problem it finds as a
//! [`Diagnostic`], not just the first. The runtime that plays a program is in
//! [`runtime`].

mod compile;
mod inspect;
pub mod runtime;

pub use compile::{compile, compile_with, Compiled, Context};
pub use inspect::{Branch, Summary, WAY_OUT};

use std::collections::BTreeMap;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One problem in a script, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable code, documented in `docs/script-language.md` (e.g. `E003`).
    pub code: &'static str,
    pub message: String,
    /// 1-based line and column, and the length of the span in characters.
    pub line: usize,
    pub col: usize,
    pub len: usize,
}

impl Diagnostic {
    /// An error at `line`:`col` (1-based), `len` characters long.
    pub fn error(code: &'static str, line: usize, col: usize, len: usize, message: String) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message,
            line,
            col,
            len,
        }
    }

    /// A warning at `line`:`col` (1-based), `len` characters long.
    pub fn warning(
        code: &'static str,
        line: usize,
        col: usize,
        len: usize,
        message: String,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, line, col, len, message)
        }
    }
}

/// Session metadata from the script's front matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    pub id: String,
    pub week: u32,
    pub number: u32,
    pub title: String,
    pub minutes: u32,
    pub reflection_hours: u32,
}

/// What kind of answer a question expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerKind {
    Text,
    YesNo,
    Choice(Vec<ChoiceOption>),
    Number { min: i64, max: i64 },
}

/// One option of a choice question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceOption {
    /// The value saved to the variable.
    pub key: String,
    /// What the patient sees.
    pub label: String,
    /// The author's example phrasings, for the reply matcher.
    pub examples: Vec<String>,
}

/// A question the guide asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    pub variable: String,
    pub prompt: String,
    pub kind: AnswerKind,
    /// The question in other words, for "I don't understand".
    pub rephrase: String,
    /// Asked when a reply is not understood.
    pub reprompt: String,
    /// Tappable suggested replies.
    pub suggestions: Vec<String>,
    /// Save the answer to the journal too.
    pub to_journal: bool,
    /// Where to go when a choice reply matches no option (after the reprompts).
    pub otherwise: Option<usize>,
}

/// A condition on a variable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition {
    pub variable: String,
    pub op: Op,
    pub value: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// Media the guide shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Media {
    Video { file: String, captions: String },
    Audio { file: String },
    Image { file: String, alt: String },
    Card { id: String },
}

/// One step of a compiled program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Instr {
    Say(String),
    Pause(u32),
    Show(Media),
    Worksheet(String),
    Questionnaire(String),
    Task {
        id: String,
        text: String,
    },
    Ask(Question),
    Set {
        variable: String,
        value: String,
    },
    Jump(usize),
    /// Jump when the condition is false.
    JumpUnless(Condition, usize),
    End,
}

/// A step with its stable id (authored with `#id:` or derived from the section and text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub id: String,
    pub line: usize,
    pub instr: Instr,
}

/// A compiled session, ready for the runtime. Versioned so a saved position can tell
/// when it was made for other content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Program {
    pub format: u32,
    pub meta: Meta,
    pub steps: Vec<Step>,
    pub labels: BTreeMap<String, usize>,
    /// A hash of the script's text, so a saved position can tell the content changed.
    pub content_hash: u64,
}

/// The compiled format the runtime reads.
pub const FORMAT: u32 = 1;
