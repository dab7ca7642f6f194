//! The timeline simulator behind `guide simulate`: JSON lines in, JSON lines out.
//!
//! Each input line says what truly happened at a true time (`at`), and what the phone could
//! see: its wall clock (`device_time`, which the rules ignore), whether it was online, and
//! whether it had restarted. The simulator plays the phone: it feeds the [`Clock`] what a
//! phone would observe (the server's time when online; always the monotonic time since boot)
//! and applies the event to [`Progress`].
//!
//! The timeline begins at the first line's `at`, when the account was activated; activation
//! needs the server, so that is the first trusted time.

use crate::clock::{Clock, Observation, Stamp};
use crate::programme::Programme;
use crate::progress::{OnOpen, Progress, Rejection, State, Today};
use crate::questionnaire::Questionnaire;
use chrono::{DateTime, Duration, SecondsFormat, Utc};
use serde_json::{json, Map, Value};

/// A phone and a patient, driven line by line.
pub struct Simulator {
    programme: Programme,
    progress: Progress,
    phone: Option<Phone>,
    line: usize,
}

struct Phone {
    clock: Clock,
    boot: u64,
    booted_at: DateTime<Utc>,
    last_at: DateTime<Utc>,
}

/// What the simulator needs from one input line.
struct Line {
    at: DateTime<Utc>,
    online: bool,
    reboot: bool,
    action: Action,
}

enum Action {
    Open,
    Start(u32),
    Complete(u32),
    Questionnaire(Questionnaire, Vec<i64>),
    QueryToday,
}

impl Simulator {
    pub fn new(programme: Programme) -> Self {
        Simulator {
            programme,
            progress: Progress::new(),
            phone: None,
            line: 0,
        }
    }

    /// The patient's progress so far (for tests).
    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// Takes one input line; returns the output line, if this input prints one.
    pub fn step(&mut self, input: &str) -> Option<String> {
        self.line += 1;
        if input.trim().is_empty() {
            return None;
        }
        let value: Value = match serde_json::from_str(input) {
            Ok(v) => v,
            Err(e) => return Some(self.bad_input(None, &format!("malformed JSON: {e}"))),
        };
        let at = value.get("at").and_then(Value::as_str).and_then(parse_time);
        let line = match parse_line(&value) {
            Ok(line) => line,
            Err(message) => return Some(self.bad_input(at, &message)),
        };
        if let Some(phone) = &self.phone {
            if line.at < phone.last_at {
                return Some(self.bad_input(
                    Some(line.at),
                    "\"at\" is earlier than the line before; true time only moves forward",
                ));
            }
        }
        let now = self.observe(&line);
        self.apply(line, now)
    }

    /// Plays the phone's side: what it observes at this line.
    fn observe(&mut self, line: &Line) -> Stamp {
        let phone = self.phone.get_or_insert_with(|| Phone {
            clock: Clock::new(line.at, 0, Duration::zero()),
            boot: 0,
            booted_at: line.at,
            last_at: line.at,
        });
        if line.reboot {
            // The restart happened some time since the last line; assuming it happened just
            // now gives the phone the least monotonic time, the hardest case for the rules.
            phone.boot += 1;
            phone.booted_at = line.at;
            self.progress.leave();
        }
        phone.last_at = line.at;
        let now = phone.clock.observe(Observation {
            server_time: line.online.then_some(line.at),
            boot: phone.boot,
            since_boot: line.at - phone.booted_at,
        });
        self.progress.settle(&phone.clock);
        now
    }

    fn apply(&mut self, line: Line, now: Stamp) -> Option<String> {
        let result = match line.action {
            Action::Open => {
                self.progress.open(now);
                Ok(())
            }
            Action::Start(n) => self.progress.start(&self.programme, n, now).map(drop),
            Action::Complete(n) => self.progress.complete(&self.programme, n, now).map(drop),
            Action::Questionnaire(q, answers) => {
                self.progress.questionnaire(q, &answers, now).map(drop)
            }
            Action::QueryToday => {
                let today = self.progress.today(&self.programme, now);
                return Some(today_json(line.at, &today).to_string());
            }
        };
        match result {
            Ok(()) => None,
            Err(rejection) => Some(rejected(line.at, &rejection, self.line).to_string()),
        }
    }

    fn bad_input(&self, at: Option<DateTime<Utc>>, message: &str) -> String {
        json!({
            "at": at.map(format_time),
            "rejected": "bad_input",
            "line": self.line,
            "error": message,
        })
        .to_string()
    }
}

fn parse_line(v: &Value) -> Result<Line, String> {
    let obj = v.as_object().ok_or("each line must be a JSON object")?;
    let at = match obj.get("at") {
        Some(Value::String(s)) => {
            parse_time(s).ok_or_else(|| format!("\"at\" is not an RFC 3339 time: {s:?}"))?
        }
        Some(_) => return Err("\"at\" must be a string".into()),
        None => return Err("every line needs \"at\"".into()),
    };
    if let Some(device) = obj.get("device_time") {
        // The rules never use the phone's wall clock, but a malformed one is still an error.
        device
            .as_str()
            .and_then(parse_time)
            .ok_or("\"device_time\" is not an RFC 3339 time")?;
    }
    let online = flag(obj, "online", true)?;
    let reboot = flag(obj, "reboot", false)?;
    let action = match (obj.get("event"), obj.get("query")) {
        (Some(_), Some(_)) => return Err("a line has an \"event\" or a \"query\", not both".into()),
        (None, Some(Value::String(q))) if q == "today" => Action::QueryToday,
        (None, Some(q)) => return Err(format!("unknown query {q}")),
        (Some(Value::String(e)), None) => match e.as_str() {
            "open" => Action::Open,
            "start" => Action::Start(session(obj)?),
            "complete" => Action::Complete(session(obj)?),
            "questionnaire" => {
                let name = obj
                    .get("name")
                    .and_then(Value::as_str)
                    .ok_or("a questionnaire needs a \"name\"")?;
                let q = Questionnaire::from_name(name).ok_or_else(|| {
                    format!("unknown questionnaire {name:?}; expected \"GAD-7\" or \"PHQ-9\"")
                })?;
                let answers = obj
                    .get("answers")
                    .and_then(Value::as_array)
                    .ok_or("a questionnaire needs \"answers\", a list of numbers")?
                    .iter()
                    .map(|a| a.as_i64().ok_or("each answer must be a whole number"))
                    .collect::<Result<Vec<_>, _>>()?;
                Action::Questionnaire(q, answers)
            }
            other => return Err(format!("unknown event {other:?}")),
        },
        (Some(e), None) => return Err(format!("unknown event {e}")),
        (None, None) => return Err("a line needs an \"event\" or a \"query\"".into()),
    };
    Ok(Line {
        at,
        online,
        reboot,
        action,
    })
}

fn flag(obj: &Map<String, Value>, key: &str, default: bool) -> Result<bool, String> {
    match obj.get(key) {
        None => Ok(default),
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(format!("\"{key}\" must be true or false")),
    }
}

fn session(obj: &Map<String, Value>) -> Result<u32, String> {
    obj.get("session")
        .and_then(Value::as_u64)
        .and_then(|n| u32::try_from(n).ok())
        .filter(|&n| n >= 1)
        .ok_or_else(|| "\"session\" must be a session number from 1".into())
}

fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

fn format_time(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn rejected(at: DateTime<Utc>, rejection: &Rejection, line: usize) -> Value {
    let mut v = json!({ "at": format_time(at), "rejected": rejection.code() });
    if let Rejection::NoSuchSession(_) = rejection {
        v["line"] = json!(line);
        v["error"] = json!(rejection.to_string());
    }
    v
}

fn today_json(at: DateTime<Utc>, t: &Today) -> Value {
    let scores: Map<String, Value> = t
        .latest_scores
        .iter()
        .map(|(q, s)| {
            (
                q.name().to_string(),
                json!({ "score": s.total, "band": s.band.to_string() }),
            )
        })
        .collect();
    json!({
        "at": format_time(at),
        "state": match t.state {
            State::Available => "available",
            State::Locked => "locked",
            State::InProgress => "in_progress",
            State::Finished => "finished",
        },
        "next_session": t.next_session,
        "unlocks_at": t.unlocks_at.map(format_time),
        "in_progress": t.in_progress,
        "expires_at": t.expires_at.map(format_time),
        "on_open": t.on_open.map(|o| match o {
            OnOpen::Resume => "resume",
            OnOpen::Restart => "restart",
        }),
        "questionnaires_due": t.questionnaires_due.iter().map(|q| q.name()).collect::<Vec<_>>(),
        "completed": t.completed,
        "unfinished_attempts": t.unfinished_attempts,
        "latest_scores": scores,
        "risk_flag": t.risk_flag,
    })
}
