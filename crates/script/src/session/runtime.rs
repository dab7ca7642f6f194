//! Plays a compiled [`Program`]: the caller steps it and gets [`Event`]s back.
//!
//! **Invariant:** pure and deterministic. No IO, no clock, no randomness; the same program,
//! variables and answers always give the same events. It never panics on any compiled
//! program or any input.

use super::{AnswerKind, Condition, Instr, Media, Op, Program, Question};
use std::collections::BTreeMap;
use steady_understand::{understand, AfterMiss, Answer, Expectation, Misses, Reading};

pub use steady_understand::RiskKind;

/// What the caller must do, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Show a guide message (variables already filled in).
    Say { id: String, text: String },
    /// Wait this many seconds before the next message (skip when motion is reduced).
    Pause { seconds: u32 },
    /// Show media inline.
    Show { id: String, media: Media },
    /// Open this worksheet inside the conversation and wait: call [`Runtime::submit`] with
    /// what the patient wrote (nothing, to skip it).
    Worksheet { id: String, worksheet: String },
    /// A filled worksheet: keep it in the journal. Fields are `(field id, value)`, in the
    /// order given, blanks left out.
    WorksheetSaved {
        worksheet: String,
        fields: Vec<(String, String)>,
    },
    /// Ask this questionnaire (`GAD-7` or `PHQ-9`) and wait: the caller records the answers
    /// with the programme rules, then calls [`Runtime::questionnaire_done`].
    Questionnaire { id: String, name: String },
    /// Record a between-session task.
    AssignTask {
        id: String,
        task: String,
        text: String,
    },
    /// Ask the patient and wait: call [`Runtime::answer`] with their understood reply.
    Ask { id: String, question: Question },
    /// An answer was saved to a variable (and the journal, when `to_journal`).
    Saved {
        variable: String,
        value: String,
        to_journal: bool,
    },
    /// The reply may show risk: show the crisis card over the conversation at once and
    /// record a flag (kind and time, never the text). The conversation then carries on.
    Crisis { kind: RiskKind },
    /// The patient does not understand: say the question's rephrasing, then wait again.
    Rephrase { id: String, text: String },
    /// The reply was not understood: say the reprompt and wait again; when `options` is
    /// not empty, offer them as tappable replies.
    Reprompt {
        id: String,
        text: String,
        options: Vec<String>,
    },
    /// The session is over: record it as complete.
    Complete,
}

/// An understood reply to the pending question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    Text(String),
    /// `yes`, `no` or `unsure`.
    YesNo(String),
    /// The index of the chosen option.
    Choice(usize),
    Number(i64),
    /// Nothing matched, even after the reprompts: take the question's way out.
    NoMatch,
}

/// Why a reply or a saved position was refused. Nothing changes when one is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuntimeError {
    #[error("no question is waiting for an answer")]
    NotWaiting,
    #[error("that reply does not fit the question")]
    WrongReply,
    #[error("the saved position was made for another compiled format")]
    Format,
    #[error("the session changed too much to resume: it must start again")]
    MustRestart,
}

/// Where a conversation stands: small, plain, and saved by the app (it derives serde's
/// traits because it is stored, not because it crosses the network).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Position {
    pub format: u32,
    pub content_hash: u64,
    /// The stable id of the step to continue at (the pending question, usually).
    pub step_id: String,
    /// The section that step was in, as a fallback when the step is gone.
    pub section: Option<String>,
    pub variables: BTreeMap<String, String>,
}

/// A conversation in progress.
#[derive(Debug, Clone)]
pub struct Runtime<'p> {
    program: &'p Program,
    pc: usize,
    variables: BTreeMap<String, String>,
    waiting: bool,
    done: bool,
    misses: Misses,
    /// Decision outcomes taken, as `(step index, outcome)` (see `Program::branch_outcomes`).
    taken: std::collections::BTreeSet<(usize, usize)>,
}

/// The most steps one call may run before it must reach a question or the end. Compiled
/// programs cannot loop without a question (the compiler's flow check), so this only
/// guards against a malformed program built by hand.
const MAX_STEPS: usize = 100_000;

impl<'p> Runtime<'p> {
    /// Starts a session from the beginning with the given variables (e.g. `name`).
    pub fn start(program: &'p Program, variables: BTreeMap<String, String>) -> (Self, Vec<Event>) {
        let mut rt = Runtime {
            program,
            pc: 0,
            variables,
            waiting: false,
            done: false,
            misses: Misses::default(),
            taken: Default::default(),
        };
        let events = rt.run();
        (rt, events)
    }

    /// Takes what the patient typed: screens it for risk first (always), then checks for
    /// "I don't understand", then reads it as the pending question's answer.
    pub fn reply(&mut self, text: &str) -> Result<Vec<Event>, RuntimeError> {
        if !self.waiting {
            return Err(RuntimeError::NotWaiting);
        }
        let Some(step) = self.program.steps.get(self.pc) else {
            return Err(RuntimeError::NotWaiting);
        };
        let Instr::Ask(q) = &step.instr else {
            return Err(RuntimeError::NotWaiting);
        };
        let expectation = match &q.kind {
            AnswerKind::Text => Expectation::FreeText,
            AnswerKind::YesNo => Expectation::YesNo,
            AnswerKind::Choice(options) => Expectation::Choice(
                options
                    .iter()
                    .map(|o| {
                        steady_understand::ChoiceOption::new(o.label.clone())
                            .with_examples(o.examples.clone())
                    })
                    .collect(),
            ),
            AnswerKind::Number { min, max } => Expectation::Number {
                min: *min,
                max: *max,
            },
        };
        let understood = understand(text, &expectation);
        let mut events = Vec::new();
        if let Some(kind) = understood.risk {
            events.push(Event::Crisis { kind });
        }
        let id = step.id.clone();
        match understood.reading {
            Reading::DontUnderstand => events.push(Event::Rephrase {
                id,
                text: self.fill(&q.rephrase),
            }),
            Reading::NotUnderstood => {
                let after = self.misses.record();
                let way_out = matches!(q.kind, AnswerKind::Choice(_)) && q.otherwise.is_some();
                if after == AfterMiss::MoveOn && way_out {
                    // Three misses: stop asking and take the author's way out.
                    events.extend(self.answer(Reply::NoMatch)?);
                    return Ok(events);
                }
                let options = match after {
                    AfterMiss::Reprompt => Vec::new(),
                    AfterMiss::RepromptWithOptions | AfterMiss::MoveOn => match &q.kind {
                        AnswerKind::Choice(options) => {
                            options.iter().map(|o| o.label.clone()).collect()
                        }
                        AnswerKind::YesNo if q.suggestions.is_empty() => {
                            vec!["Yes".into(), "No".into(), "Not sure".into()]
                        }
                        _ => q.suggestions.clone(),
                    },
                };
                events.push(Event::Reprompt {
                    id,
                    text: self.fill(&q.reprompt),
                    options,
                });
            }
            Reading::Answer(answer) => {
                let reply = match answer {
                    Answer::Text(t) => Reply::Text(t),
                    Answer::YesNo(y) => Reply::YesNo(y.code().to_string()),
                    Answer::Choice(i) => Reply::Choice(i),
                    Answer::Number(n) => Reply::Number(n),
                };
                events.extend(self.answer(reply)?);
            }
        }
        Ok(events)
    }

    /// Answers the pending question with an understood reply (a tapped option, say) and
    /// runs on to the next one.
    pub fn answer(&mut self, reply: Reply) -> Result<Vec<Event>, RuntimeError> {
        if !self.waiting {
            return Err(RuntimeError::NotWaiting);
        }
        let Some(Instr::Ask(q)) = self.program.steps.get(self.pc).map(|s| &s.instr) else {
            return Err(RuntimeError::NotWaiting);
        };
        let value = match (&q.kind, reply) {
            (AnswerKind::Text, Reply::Text(t)) if !t.trim().is_empty() => t,
            (AnswerKind::YesNo, Reply::YesNo(v))
                if ["yes", "no", "unsure"].contains(&v.as_str()) =>
            {
                v
            }
            (AnswerKind::Choice(options), Reply::Choice(i)) => match options.get(i) {
                Some(o) => {
                    self.taken.insert((self.pc, i));
                    o.key.clone()
                }
                None => return Err(RuntimeError::WrongReply),
            },
            (AnswerKind::Number { min, max }, Reply::Number(n)) if (*min..=*max).contains(&n) => {
                n.to_string()
            }
            (kind, Reply::NoMatch) => {
                if matches!(kind, AnswerKind::Choice(_)) && q.otherwise.is_some() {
                    self.taken.insert((self.pc, super::inspect::WAY_OUT));
                }
                self.waiting = false;
                self.misses.reset();
                self.pc = q.otherwise.unwrap_or(self.pc + 1);
                return Ok(self.run());
            }
            _ => return Err(RuntimeError::WrongReply),
        };
        let mut events = vec![Event::Saved {
            variable: q.variable.clone(),
            value: value.clone(),
            to_journal: q.to_journal,
        }];
        self.variables.insert(q.variable.clone(), value);
        self.waiting = false;
        self.pc += 1;
        events.extend(self.run());
        Ok(events)
    }

    /// Takes a filled worksheet: screens every field for risk first (always), keeps what was
    /// written, and runs on. All blank means the patient skipped it.
    pub fn submit(&mut self, fields: &[(String, String)]) -> Result<Vec<Event>, RuntimeError> {
        if !self.waiting {
            return Err(RuntimeError::NotWaiting);
        }
        let Some(Instr::Worksheet(worksheet)) = self.program.steps.get(self.pc).map(|s| &s.instr)
        else {
            return Err(RuntimeError::NotWaiting);
        };
        let mut events = Vec::new();
        if let Some(kind) = fields
            .iter()
            .find_map(|(_, v)| steady_understand::screen(v))
        {
            events.push(Event::Crisis { kind });
        }
        let kept: Vec<(String, String)> = fields
            .iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| (k.clone(), v.trim().to_string()))
            .collect();
        if !kept.is_empty() {
            events.push(Event::WorksheetSaved {
                worksheet: worksheet.clone(),
                fields: kept,
            });
        }
        self.waiting = false;
        self.pc += 1;
        events.extend(self.run());
        Ok(events)
    }

    /// The questionnaire the conversation is waiting at has been answered (or set aside):
    /// run on.
    pub fn questionnaire_done(&mut self) -> Result<Vec<Event>, RuntimeError> {
        let at_questionnaire = matches!(
            self.program.steps.get(self.pc).map(|s| &s.instr),
            Some(Instr::Questionnaire(_))
        );
        if !self.waiting || !at_questionnaire {
            return Err(RuntimeError::NotWaiting);
        }
        self.waiting = false;
        self.pc += 1;
        Ok(self.run())
    }

    /// The decision outcomes this conversation took, as `(step index, outcome)`; compare
    /// with `Program::branch_outcomes` for branch coverage.
    pub fn branches_taken(&self) -> &std::collections::BTreeSet<(usize, usize)> {
        &self.taken
    }

    /// Whether the session is over.
    pub fn is_complete(&self) -> bool {
        self.done
    }

    pub fn variables(&self) -> &BTreeMap<String, String> {
        &self.variables
    }

    /// Where the conversation stands, to save and [`Runtime::resume`] later.
    pub fn position(&self) -> Position {
        let step_id = self
            .program
            .steps
            .get(self.pc)
            .map_or_else(|| "end".to_string(), |s| s.id.clone());
        Position {
            format: self.program.format,
            content_hash: self.program.content_hash,
            step_id,
            section: self.section_of(self.pc),
            variables: self.variables.clone(),
        }
    }

    /// Continues a saved conversation: exactly where it was when the content is unchanged
    /// or the step still exists; otherwise at the start of the section it was in; otherwise
    /// it reports that the session must start again. Re-emits the pending question.
    pub fn resume(
        program: &'p Program,
        position: &Position,
    ) -> Result<(Self, Vec<Event>), RuntimeError> {
        if position.format != program.format {
            return Err(RuntimeError::Format);
        }
        let pc = program
            .steps
            .iter()
            .position(|s| s.id == position.step_id)
            .or_else(|| {
                position
                    .section
                    .as_ref()
                    .and_then(|s| program.labels.get(s).copied())
            })
            .ok_or(RuntimeError::MustRestart)?;
        let mut rt = Runtime {
            program,
            pc,
            variables: position.variables.clone(),
            waiting: false,
            done: false,
            misses: Misses::default(),
            taken: Default::default(),
        };
        let events = rt.run();
        Ok((rt, events))
    }

    fn section_of(&self, pc: usize) -> Option<String> {
        self.program
            .labels
            .iter()
            .filter(|(_, &i)| i <= pc)
            .max_by_key(|(_, &i)| i)
            .map(|(k, _)| k.clone())
    }

    /// Runs until a question or the end.
    fn run(&mut self) -> Vec<Event> {
        let mut events = Vec::new();
        for _ in 0..MAX_STEPS {
            let Some(step) = self.program.steps.get(self.pc) else {
                self.finish(&mut events);
                return events;
            };
            let id = step.id.clone();
            match &step.instr {
                Instr::Say(text) => events.push(Event::Say {
                    id,
                    text: self.fill(text),
                }),
                Instr::Pause(seconds) => events.push(Event::Pause { seconds: *seconds }),
                Instr::Show(media) => events.push(Event::Show {
                    id,
                    media: media.clone(),
                }),
                Instr::Worksheet(w) => {
                    events.push(Event::Worksheet {
                        id,
                        worksheet: w.clone(),
                    });
                    self.waiting = true;
                    return events;
                }
                Instr::Questionnaire(q) => {
                    events.push(Event::Questionnaire {
                        id,
                        name: q.clone(),
                    });
                    self.waiting = true;
                    return events;
                }
                Instr::Task { id: task, text } => events.push(Event::AssignTask {
                    id,
                    task: task.clone(),
                    text: self.fill(text),
                }),
                Instr::Ask(q) => {
                    let mut q = q.clone();
                    q.prompt = self.fill(&q.prompt);
                    q.rephrase = self.fill(&q.rephrase);
                    q.reprompt = self.fill(&q.reprompt);
                    events.push(Event::Ask { id, question: q });
                    self.waiting = true;
                    return events;
                }
                Instr::Set { variable, value } => {
                    self.variables.insert(variable.clone(), value.clone());
                }
                Instr::Jump(t) => {
                    self.pc = *t;
                    continue;
                }
                Instr::JumpUnless(cond, t) => {
                    let held = self.holds(cond);
                    self.taken.insert((self.pc, usize::from(held)));
                    if !held {
                        self.pc = *t;
                        continue;
                    }
                }
                Instr::End => {
                    self.finish(&mut events);
                    return events;
                }
            }
            self.pc += 1;
        }
        // Only a hand-built program can loop without a question; end it safely.
        self.finish(&mut events);
        events
    }

    fn finish(&mut self, events: &mut Vec<Event>) {
        if !self.done {
            self.done = true;
            events.push(Event::Complete);
        }
        self.pc = self.program.steps.len();
    }

    fn holds(&self, c: &Condition) -> bool {
        let Some(value) = self.variables.get(&c.variable) else {
            return c.op == Op::Ne;
        };
        match (value.parse::<i64>(), c.value.parse::<i64>()) {
            (Ok(a), Ok(b)) => match c.op {
                Op::Eq => a == b,
                Op::Ne => a != b,
                Op::Lt => a < b,
                Op::Le => a <= b,
                Op::Gt => a > b,
                Op::Ge => a >= b,
            },
            _ => match c.op {
                Op::Eq => *value == c.value,
                Op::Ne => *value != c.value,
                _ => false,
            },
        }
    }

    /// Fills `{variable}` with its value; an unknown one is left empty rather than shown raw.
    fn fill(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            match rest[open..].find('}') {
                Some(close) => {
                    let name = rest[open + 1..open + close].trim();
                    out.push_str(self.variables.get(name).map_or("", String::as_str));
                    rest = &rest[open + close + 1..];
                }
                None => {
                    out.push_str(&rest[open..]);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        out
    }
}
