//! The conversation as the Session screen shows it: the script runtime's events turned into
//! transcript items, and what the patient can do next.
//!
//! No programme rule lives here: the runtime decides what is said and asked (and screens
//! every typed reply for risk before anything else), and the rules crate decides what may be
//! started. This module only keeps the transcript and hands the screen its effects.

use std::collections::BTreeMap;
use steady_script::session::runtime::{Event, Position, Reply, RiskKind, Runtime, RuntimeError};
use steady_script::session::{AnswerKind, Media, Program, Question};

/// One entry of the transcript, in the order the patient sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Guide {
        id: String,
        text: String,
    },
    Patient {
        text: String,
    },
    /// Not shown: the guide waits this long before the next message (unless motion is
    /// reduced).
    Pause {
        seconds: u32,
    },
    Media {
        id: String,
        media: Media,
    },
    Worksheet {
        id: String,
        worksheet: String,
    },
    /// What the patient wrote in a worksheet: `(field id, value)`.
    Filled {
        worksheet: String,
        fields: Vec<(String, String)>,
    },
    Questionnaire {
        id: String,
        name: String,
    },
    Task {
        text: String,
    },
    /// A message from the app rather than the guide (e.g. "this session starts again").
    Note {
        text: String,
    },
    Complete,
}

impl Item {
    /// The script step an item shows, for items that have one.
    fn step_id(&self) -> Option<&str> {
        match self {
            Item::Guide { id, .. }
            | Item::Worksheet { id, .. }
            | Item::Questionnaire { id, .. }
            | Item::Media { id, .. } => Some(id),
            _ => None,
        }
    }
}

/// What the patient is being asked, and the replies to offer as chips.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub question: Question,
    /// Tappable replies: the options offered after two misses, or else the author's
    /// suggested replies.
    pub chips: Vec<String>,
}

/// Something the patient wrote that belongs in their journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalEntry {
    pub session: u32,
    /// The question it answers.
    pub prompt: String,
    pub text: String,
}

/// What the screen must do after a turn, besides showing the new items.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Effects {
    /// Show the crisis card over the conversation and record a risk flag of this kind.
    pub crisis: Option<RiskKind>,
    pub journal: Vec<JournalEntry>,
    /// Between-session tasks assigned: `(task id, text)`.
    pub tasks: Vec<(String, String)>,
    /// Filled worksheets to keep in the journal: `(worksheet id, fields)`.
    pub worksheets: Vec<(String, Vec<(String, String)>)>,
    /// A typed reply the guide could not understand, to keep on the phone (so authors can
    /// later add example phrasings, with the patient's consent).
    pub unmatched: Option<Unmatched>,
    /// The session reached its end: record it as complete.
    pub complete: bool,
}

/// A reply that matched nothing, and the question it was meant for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmatched {
    pub session: u32,
    /// The stable id of the question.
    pub question: String,
    pub text: String,
}

/// What is kept so the conversation survives the app being closed: the runtime's position
/// and the transcript so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub position: Position,
    pub items: Vec<Item>,
}

/// A conversation in progress with one session's program.
#[derive(Clone)]
pub struct Conversation {
    session: u32,
    runtime: Runtime<'static>,
    pub items: Vec<Item>,
    pub prompt: Option<Prompt>,
    /// The worksheet waiting to be filled in, if any.
    pub worksheet: Option<String>,
    /// The questionnaire waiting to be answered (`GAD-7` or `PHQ-9`), if any.
    pub questionnaire: Option<String>,
}

impl Conversation {
    /// Starts the session from the beginning; `note` (if any) is shown first.
    pub fn start(
        program: &'static Program,
        variables: BTreeMap<String, String>,
        note: Option<String>,
    ) -> (Self, Effects) {
        let (runtime, events) = Runtime::start(program, variables);
        let mut c = Conversation {
            session: program.meta.number,
            runtime,
            items: note.map(|text| Item::Note { text }).into_iter().collect(),
            prompt: None,
            worksheet: None,
            questionnaire: None,
        };
        let effects = c.apply(events, None);
        (c, effects)
    }

    /// Continues a saved conversation where it was. The pending question is asked again
    /// only if the saved transcript does not already end with it.
    pub fn resume(
        program: &'static Program,
        saved: &Saved,
    ) -> Result<(Self, Effects), RuntimeError> {
        let (runtime, events) = Runtime::resume(program, &saved.position)?;
        let mut c = Conversation {
            session: program.meta.number,
            runtime,
            items: saved.items.clone(),
            prompt: None,
            worksheet: None,
            questionnaire: None,
        };
        let effects = c.apply(events, None);
        Ok((c, effects))
    }

    pub fn is_complete(&self) -> bool {
        self.runtime.is_complete()
    }

    pub fn saved(&self) -> Saved {
        Saved {
            position: self.runtime.position(),
            items: self.items.clone(),
        }
    }

    /// The patient typed a reply. Empty replies are ignored.
    pub fn send(&mut self, text: &str) -> Effects {
        let text = text.trim();
        if text.is_empty() || self.prompt.is_none() {
            return Effects::default();
        }
        self.patient_turn(text, |rt| rt.reply(text))
    }

    /// The patient tapped a chip. An option of a choice question is taken as that option;
    /// any other chip is read like typed text (so it is screened like everything else).
    pub fn tap(&mut self, chip: &str) -> Effects {
        let option = self.prompt.as_ref().and_then(|p| match &p.question.kind {
            AnswerKind::Choice(options) => options.iter().position(|o| o.label == chip),
            _ => None,
        });
        match option {
            Some(index) => self.patient_turn(chip, |rt| rt.answer(Reply::Choice(index))),
            None => self.send(chip),
        }
    }

    /// Shows the patient's reply, hands it to the runtime and applies what comes back. A
    /// reply the guide could not understand is kept (with its question) in the effects. If
    /// the runtime refuses it (nothing is waiting, which cannot happen while a prompt is
    /// shown), the prompt stays as it was.
    fn patient_turn(
        &mut self,
        shown: &str,
        act: impl FnOnce(&mut Runtime<'static>) -> Result<Vec<Event>, RuntimeError>,
    ) -> Effects {
        self.items.push(Item::Patient {
            text: shown.to_string(),
        });
        let asked = self.prompt.take();
        match act(&mut self.runtime) {
            Ok(events) => {
                let missed = events.iter().find_map(|e| match e {
                    Event::Reprompt { id, .. } => Some(id.clone()),
                    _ => None,
                });
                let mut effects = self.apply(events, asked);
                effects.unmatched = missed.map(|question| Unmatched {
                    session: self.session,
                    question,
                    text: shown.to_string(),
                });
                effects
            }
            Err(_) => {
                self.prompt = asked;
                Effects::default()
            }
        }
    }

    /// The patient saved the pending worksheet (or skipped it, with every field blank).
    pub fn submit(&mut self, fields: Vec<(String, String)>) -> Effects {
        if self.worksheet.is_none() {
            return Effects::default();
        }
        match self.runtime.submit(&fields) {
            Ok(events) => {
                if fields.iter().all(|(_, v)| v.trim().is_empty()) {
                    self.items.push(Item::Note {
                        text: "Skipped for now. That's fine.".to_string(),
                    });
                }
                self.worksheet = None;
                self.apply(events, None)
            }
            Err(_) => Effects::default(),
        }
    }

    /// The patient answered the pending questionnaire (the screen records the answers
    /// with the programme rules).
    pub fn questionnaire_done(&mut self) -> Effects {
        if self.questionnaire.is_none() {
            return Effects::default();
        }
        match self.runtime.questionnaire_done() {
            Ok(events) => {
                self.questionnaire = None;
                self.apply(events, None)
            }
            Err(_) => Effects::default(),
        }
    }

    /// Adds the item for a step the conversation waits at (a question, worksheet or
    /// questionnaire), unless the transcript already ends with it: on resume the runtime
    /// asks again at the step where the saved transcript stopped.
    fn push_step(&mut self, item: Item) {
        if self.items.last().and_then(Item::step_id) != item.step_id() {
            self.items.push(item);
        }
    }

    /// Turns the runtime's events into transcript items and effects. `asked` is the prompt
    /// that was pending when the patient replied (it stays pending unless answered).
    fn apply(&mut self, events: Vec<Event>, asked: Option<Prompt>) -> Effects {
        let mut effects = Effects::default();
        let mut prompt = asked;
        for event in events {
            match event {
                Event::Say { id, text } => self.items.push(Item::Guide { id, text }),
                Event::Pause { seconds } => self.items.push(Item::Pause { seconds }),
                Event::Show { id, media } => self.items.push(Item::Media { id, media }),
                Event::Worksheet { id, worksheet } => {
                    self.push_step(Item::Worksheet {
                        id,
                        worksheet: worksheet.clone(),
                    });
                    self.worksheet = Some(worksheet);
                    prompt = None;
                }
                Event::WorksheetSaved { worksheet, fields } => {
                    self.items.push(Item::Filled {
                        worksheet: worksheet.clone(),
                        fields: fields.clone(),
                    });
                    effects.worksheets.push((worksheet, fields));
                }
                Event::Questionnaire { id, name } => {
                    self.push_step(Item::Questionnaire {
                        id,
                        name: name.clone(),
                    });
                    self.questionnaire = Some(name);
                    prompt = None;
                }
                Event::AssignTask { task, text, .. } => {
                    self.items.push(Item::Task { text: text.clone() });
                    effects.tasks.push((task, text));
                }
                Event::Ask { id, question } => {
                    self.push_step(Item::Guide {
                        id,
                        text: question.prompt.clone(),
                    });
                    prompt = Some(Prompt {
                        chips: question.suggestions.clone(),
                        question,
                    });
                }
                Event::Saved {
                    value, to_journal, ..
                } => {
                    if to_journal {
                        if let Some(p) = &prompt {
                            effects.journal.push(JournalEntry {
                                session: self.session,
                                prompt: p.question.prompt.clone(),
                                text: value,
                            });
                        }
                    }
                    prompt = None;
                }
                Event::Crisis { kind } => effects.crisis = Some(kind),
                Event::Rephrase { id, text } => self.items.push(Item::Guide { id, text }),
                Event::Reprompt { id, text, options } => {
                    self.items.push(Item::Guide { id, text });
                    if let Some(p) = prompt.as_mut() {
                        if !options.is_empty() {
                            p.chips = options;
                        }
                    }
                }
                Event::Complete => {
                    self.items.push(Item::Complete);
                    effects.complete = true;
                    prompt = None;
                }
            }
        }
        self.prompt = prompt;
        effects
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Programme;

    fn session_one() -> &'static Program {
        let Programme(p) = Programme::embedded();
        let loaded = p.as_ref().as_ref().expect("content loads");
        loaded.sessions[&1]
    }

    fn start() -> Conversation {
        let vars = BTreeMap::from([("name".to_string(), "Sam".to_string())]);
        Conversation::start(session_one(), vars, None).0
    }

    fn last_guide(c: &Conversation) -> &str {
        c.items
            .iter()
            .rev()
            .find_map(|i| match i {
                Item::Guide { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .unwrap_or_default()
    }

    #[test]
    fn starts_with_a_greeting_by_name_and_waits_for_a_reply() {
        let c = start();
        assert!(matches!(&c.items[0], Item::Guide { text, .. } if text.starts_with("Hello Sam")));
        let prompt = c.prompt.as_ref().expect("asks how the patient feels");
        assert!(prompt.question.prompt.contains("how are you feeling"));
        assert_eq!(last_guide(&c), prompt.question.prompt);
    }

    #[test]
    fn a_reply_that_matches_nothing_is_kept_with_its_question() {
        let mut c = start();
        let effects = c.send("purple giraffe");
        assert_eq!(
            effects.unmatched,
            Some(Unmatched {
                session: 1,
                question: "ask-feeling".into(),
                text: "purple giraffe".into()
            })
        );
        assert_eq!(c.send("calm").unmatched, None);
    }

    #[test]
    fn dont_understand_gets_the_rephrasing_and_the_question_stays() {
        let mut c = start();
        let effects = c.send("wdym");
        assert_eq!(effects, Effects::default());
        assert!(last_guide(&c).starts_with("Right at this moment"));
        assert!(c.prompt.is_some());
    }

    #[test]
    fn two_misses_offer_the_options_as_chips_and_a_chip_answers() {
        let mut c = start();
        assert!(c.prompt.as_ref().unwrap().chips.is_empty());
        c.send("purple giraffe");
        assert!(last_guide(&c).starts_with("Sorry, I didn't quite catch that"));
        assert!(c.prompt.as_ref().unwrap().chips.is_empty());
        c.send("xylophone");
        let chips = c.prompt.as_ref().unwrap().chips.clone();
        assert_eq!(chips, ["Fairly calm", "A bit on edge", "Very anxious"]);
        c.tap("A bit on edge");
        assert!(c.items.iter().any(|i| matches!(i, Item::Guide { text, .. } if text.contains("a bit on edge is very common"))));
    }

    #[test]
    fn a_risk_phrase_asks_for_the_crisis_card_and_the_conversation_carries_on() {
        let mut c = start();
        let effects = c.send("honestly i just want to end it all");
        assert_eq!(effects.crisis, Some(RiskKind::Suicide));
        let prompt = c.prompt.as_ref().expect("still at the question");
        assert_eq!(prompt.question.variable, "feeling");
        assert!(c.prompt.is_some(), "the conversation carries on");
    }

    #[test]
    fn journal_answers_and_the_task_come_out_as_effects() {
        let mut c = start();
        c.send("calm");
        let effects = c.send("money and the mortgage");
        assert_eq!(
            effects.journal,
            [JournalEntry {
                session: 1,
                prompt: "What is one worry that has been on your mind this week?".into(),
                text: "money and the mortgage".into()
            }]
        );
        c.submit(Vec::new());
        c.send("tense shoulders");
        c.send("yes");
        let effects = c.send("not sure");
        assert_eq!(effects.tasks.len(), 1, "{:?}", c.items);
        let effects = c.send("that worry shows up in my body");
        assert!(effects.complete);
        assert!(c.is_complete() && c.prompt.is_none());
        assert_eq!(c.items.last(), Some(&Item::Complete));
        assert_eq!(
            c.send("hello?"),
            Effects::default(),
            "nothing to answer after the end"
        );
    }

    #[test]
    fn resumes_from_saved_without_repeating_the_question() {
        let mut c = start();
        c.send("calm");
        let saved = c.saved();
        let (resumed, _) = Conversation::resume(session_one(), &saved).unwrap();
        assert_eq!(resumed.items, saved.items, "nothing repeated");
        assert_eq!(resumed.prompt, c.prompt);
    }

    #[test]
    fn the_worry_log_waits_for_the_patient_then_goes_on() {
        let mut c = start();
        c.send("calm");
        c.send("money");
        assert_eq!(c.worksheet.as_deref(), Some("worry-log"));
        assert!(
            c.prompt.is_none(),
            "no question while the worksheet is open"
        );
        assert_eq!(
            c.send("hello"),
            Effects::default(),
            "typing is not an answer now"
        );
        let effects = c.submit(vec![
            ("when".into(), "sunday night".into()),
            ("strength".into(), "7".into()),
            ("body".into(), String::new()),
        ]);
        assert_eq!(
            effects.worksheets,
            [(
                "worry-log".to_string(),
                vec![
                    ("when".to_string(), "sunday night".to_string()),
                    ("strength".to_string(), "7".to_string())
                ]
            )]
        );
        assert!(c.worksheet.is_none());
        assert!(c.items.iter().any(|i| matches!(i, Item::Filled { .. })));
        assert!(c.prompt.is_some(), "on to the body question");
    }

    #[test]
    fn a_skipped_worksheet_says_so() {
        let mut c = start();
        c.send("calm");
        c.send("money");
        let effects = c.submit(vec![("when".into(), String::new())]);
        assert!(effects.worksheets.is_empty());
        assert!(c
            .items
            .iter()
            .any(|i| matches!(i, Item::Note { text } if text.starts_with("Skipped for now"))));
    }

    #[test]
    fn an_in_session_questionnaire_waits_then_goes_on() {
        let source = "---\nid: q\nweek: 1\nnumber: 1\ntitle: Q\nminutes: 5\n---\n== start\n@questionnaire PHQ-9\nThanks, {name}.\n-> end\n";
        let program: &'static Program = Box::leak(Box::new(
            steady_script::session::compile(source).program.unwrap(),
        ));
        let vars = BTreeMap::from([("name".to_string(), "Sam".to_string())]);
        let (mut c, _) = Conversation::start(program, vars, None);
        assert_eq!(c.questionnaire.as_deref(), Some("PHQ-9"));
        assert!(c.prompt.is_none() && c.worksheet.is_none());
        let effects = c.questionnaire_done();
        assert!(effects.complete);
        assert!(c.questionnaire.is_none());
        assert_eq!(last_guide(&c), "Thanks, Sam.");
        assert_eq!(
            c.questionnaire_done(),
            Effects::default(),
            "nothing waiting now"
        );
    }

    #[test]
    fn resuming_at_a_worksheet_shows_it_once() {
        let mut c = start();
        c.send("calm");
        c.send("money");
        assert_eq!(c.worksheet.as_deref(), Some("worry-log"));
        let saved = c.saved();
        let (resumed, _) = Conversation::resume(session_one(), &saved).unwrap();
        assert_eq!(
            resumed.items, saved.items,
            "the worksheet is not shown twice"
        );
        assert_eq!(resumed.worksheet.as_deref(), Some("worry-log"));
    }

    #[test]
    fn blank_replies_are_ignored() {
        let mut c = start();
        let n = c.items.len();
        assert_eq!(c.send("   "), Effects::default());
        assert_eq!(c.items.len(), n);
    }
}
