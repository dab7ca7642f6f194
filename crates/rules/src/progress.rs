//! What the patient has done, and what they may do next.

use crate::clock::{Clock, Stamp};
use crate::programme::Programme;
use crate::questionnaire::{InvalidAnswers, Questionnaire, Score};
use chrono::{DateTime, Duration, Utc};

/// How long a started session stays open for resuming.
pub const WINDOW: Duration = Duration::hours(24);

/// Identifies one attempt at a session; its transcript in the journal is kept under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AttemptId(pub u64);

#[derive(Debug, Clone, PartialEq, Eq)]
struct Attempt {
    id: AttemptId,
    session: u32,
    started: Stamp,
    /// The sitting in which the patient last started or resumed it.
    sitting: u64,
}

/// How an attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttemptOutcome {
    Completed,
    /// Not completed within its 24-hour window. Its transcript stays in the journal.
    Unfinished,
}

/// An attempt that has ended. Attempts are only ever added, never removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClosedAttempt {
    pub id: AttemptId,
    pub session: u32,
    pub started: Stamp,
    pub closed: Stamp,
    pub outcome: AttemptOutcome,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct QuestionnaireRecord {
    questionnaire: Questionnaire,
    score: Score,
    at: Stamp,
    /// Position in the patient's history, to tell what came after a completion.
    seq: u64,
}

/// A possible sign of risk, kept for the supervisor: what kind and when, never what was typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskFlag {
    /// `phq9_item_9`, or a screening kind such as `suicide` or `self_harm`.
    pub kind: String,
    pub at: Stamp,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Completion {
    at: Stamp,
    seq: u64,
}

/// Why an action was refused. Nothing changes when an action is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Rejection {
    #[error("that session is not unlocked yet")]
    Locked,
    #[error("questionnaires are due before this session: {0:?}")]
    QuestionnairesDue(Vec<Questionnaire>),
    #[error("that session has not been started")]
    NotStarted,
    #[error("that session is already complete")]
    AlreadyComplete,
    #[error("the answers are not valid: {0}")]
    InvalidAnswers(#[from] InvalidAnswers),
    #[error("there is no session {0} in the programme")]
    NoSuchSession(u32),
}

impl Rejection {
    /// The stable code `guide simulate` prints.
    pub fn code(&self) -> &'static str {
        match self {
            Rejection::Locked => "locked",
            Rejection::QuestionnairesDue(_) => "questionnaires_due",
            Rejection::NotStarted => "not_started",
            Rejection::AlreadyComplete => "already_complete",
            Rejection::InvalidAnswers(_) => "invalid_answers",
            Rejection::NoSuchSession(_) => "bad_input",
        }
    }
}

/// What starting a session did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Started {
    /// A new attempt from the beginning, with a new 24-hour window.
    New(AttemptId),
    /// The attempt in progress, exactly where the patient left off.
    Resumed(AttemptId),
    /// The previous attempt's window had ended: it was closed as unfinished and a new attempt
    /// starts from the beginning.
    Restarted { closed: AttemptId, new: AttemptId },
}

/// What opening the app will do with a session in progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnOpen {
    Resume,
    Restart,
}

/// The overall state the Today screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Available,
    Locked,
    InProgress,
    Finished,
}

/// Everything the Today screen needs, at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Today {
    pub state: State,
    /// The session to do next (also while it is in progress); `None` when finished.
    pub next_session: Option<u32>,
    /// When the next session unlocks, while it is locked.
    pub unlocks_at: Option<DateTime<Utc>>,
    pub in_progress: Option<u32>,
    /// When the 24-hour window of the session in progress ends.
    pub expires_at: Option<DateTime<Utc>>,
    pub on_open: Option<OnOpen>,
    pub questionnaires_due: Vec<Questionnaire>,
    pub completed: Vec<u32>,
    pub unfinished_attempts: usize,
    pub latest_scores: Vec<(Questionnaire, Score)>,
    pub risk_flag: bool,
}

/// The patient's history in the programme. Change it only through its methods, each of
/// which takes the time now as a [`Stamp`] from the [`Clock`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Progress {
    completions: Vec<Completion>,
    attempt: Option<Attempt>,
    closed: Vec<ClosedAttempt>,
    questionnaires: Vec<QuestionnaireRecord>,
    risk_flags: Vec<RiskFlag>,
    /// Sittings are counted from 1; `None` when the app is not in the foreground.
    sitting: Option<u64>,
    sittings: u64,
    seq: u64,
    next_attempt: u64,
}

impl Progress {
    pub fn new() -> Self {
        Self::default()
    }

    /// Brings every recorded time up to date with what the clock knows now (call after each
    /// observation; see [`Clock::settle`]).
    pub fn settle(&mut self, clock: &Clock) {
        let stamps = self
            .completions
            .iter_mut()
            .map(|c| &mut c.at)
            .chain(self.attempt.iter_mut().map(|a| &mut a.started))
            .chain(
                self.closed
                    .iter_mut()
                    .flat_map(|c| [&mut c.started, &mut c.closed]),
            )
            .chain(self.questionnaires.iter_mut().map(|q| &mut q.at))
            .chain(self.risk_flags.iter_mut().map(|f| &mut f.at));
        for s in stamps {
            clock.settle(s);
        }
    }

    /// The app came to the foreground: a new sitting. A session whose 24-hour window has
    /// ended is closed as unfinished; returns its id if so.
    pub fn open(&mut self, now: Stamp) -> Option<AttemptId> {
        self.sittings += 1;
        self.sitting = Some(self.sittings);
        match self.attempt.take() {
            Some(a) if window_ended(&a, &now) => {
                Some(self.close(a, now, AttemptOutcome::Unfinished))
            }
            other => {
                self.attempt = other;
                None
            }
        }
    }

    /// The app went away (killed, or the phone restarted): the sitting is over.
    pub fn leave(&mut self) {
        self.sitting = None;
    }

    /// Begin or resume a session.
    pub fn start(
        &mut self,
        programme: &Programme,
        session: u32,
        now: Stamp,
    ) -> Result<Started, Rejection> {
        self.check_not_done(programme, session)?;
        let next = self.completions.len() as u32 + 1;
        if session != next {
            return Err(Rejection::Locked);
        }
        if let Some(mut a) = self.attempt.take() {
            if self.may_continue(&a, &now) {
                let id = a.id;
                a.sitting = self.current_sitting();
                self.attempt = Some(a);
                return Ok(Started::Resumed(id));
            }
            // A restart of the same session does not ask the questionnaires again.
            let closed = self.close(a, now, AttemptOutcome::Unfinished);
            let new = self.begin_attempt(session, now);
            return Ok(Started::Restarted { closed, new });
        }
        if !self.is_unlocked(programme, session, &now) {
            return Err(Rejection::Locked);
        }
        let due = self.questionnaires_due(programme, session);
        if !due.is_empty() {
            return Err(Rejection::QuestionnairesDue(due));
        }
        Ok(Started::New(self.begin_attempt(session, now)))
    }

    /// The patient reached the end of the session.
    pub fn complete(
        &mut self,
        programme: &Programme,
        session: u32,
        now: Stamp,
    ) -> Result<AttemptId, Rejection> {
        self.check_not_done(programme, session)?;
        match self.attempt.take() {
            // A stale attempt (its window over, and not the sitting under way) must be
            // restarted before it can be finished.
            Some(a) if a.session == session && self.may_continue(&a, &now) => {
                let seq = self.next_seq();
                self.completions.push(Completion { at: now, seq });
                Ok(self.close(a, now, AttemptOutcome::Completed))
            }
            other => {
                self.attempt = other;
                Err(Rejection::NotStarted)
            }
        }
    }

    /// Record a questionnaire. Returns its score; `score.risk` means a risk flag was raised.
    pub fn questionnaire(
        &mut self,
        questionnaire: Questionnaire,
        answers: &[i64],
        now: Stamp,
    ) -> Result<Score, Rejection> {
        let score = questionnaire.score(answers)?;
        let seq = self.next_seq();
        self.questionnaires.push(QuestionnaireRecord {
            questionnaire,
            score,
            at: now,
            seq,
        });
        if score.risk {
            self.risk_flags.push(RiskFlag {
                kind: format!(
                    "{}_item_9",
                    questionnaire.name().to_lowercase().replace('-', "")
                ),
                at: now,
            });
        }
        Ok(score)
    }

    /// Records that something the patient typed may show risk, for the supervisor: the kind
    /// (e.g. `suicide`) and the time, never the text.
    pub fn flag_risk(&mut self, kind: &str, now: Stamp) {
        self.risk_flags.push(RiskFlag {
            kind: kind.to_string(),
            at: now,
        });
    }

    /// Every risk flag raised, oldest first.
    pub fn risk_flags(&self) -> &[RiskFlag] {
        &self.risk_flags
    }

    /// Every attempt that has ended, oldest first.
    pub fn closed_attempts(&self) -> &[ClosedAttempt] {
        &self.closed
    }

    /// The attempt in progress, if any, with its session number.
    pub fn current_attempt(&self) -> Option<(AttemptId, u32)> {
        self.attempt.as_ref().map(|a| (a.id, a.session))
    }

    /// The state for the Today screen.
    pub fn today(&self, programme: &Programme, now: Stamp) -> Today {
        let completed: Vec<u32> = (1..=self.completions.len() as u32).collect();
        let unfinished_attempts = self
            .closed
            .iter()
            .filter(|c| c.outcome == AttemptOutcome::Unfinished)
            .count();
        let latest_scores = Questionnaire::ALL
            .into_iter()
            .filter_map(|q| {
                self.questionnaires
                    .iter()
                    .rev()
                    .find(|r| r.questionnaire == q)
                    .map(|r| (q, r.score))
            })
            .collect();
        let mut today = Today {
            state: State::Finished,
            next_session: None,
            unlocks_at: None,
            in_progress: None,
            expires_at: None,
            on_open: None,
            questionnaires_due: Vec::new(),
            completed,
            unfinished_attempts,
            latest_scores,
            risk_flag: !self.risk_flags.is_empty(),
        };
        let next = self.completions.len() as u32 + 1;
        if next > programme.len() {
            return today;
        }
        today.next_session = Some(next);
        if let Some(a) = &self.attempt {
            today.state = State::InProgress;
            today.in_progress = Some(a.session);
            today.expires_at = Some(deadline(&a.started, WINDOW, &now));
            today.on_open = Some(if window_ended(a, &now) {
                OnOpen::Restart
            } else {
                OnOpen::Resume
            });
            return today;
        }
        today.questionnaires_due = self.questionnaires_due(programme, next);
        if self.is_unlocked(programme, next, &now) {
            today.state = State::Available;
        } else {
            today.state = State::Locked;
            today.unlocks_at = self
                .unlock_wait(programme, next)
                .map(|(done, wait)| deadline(done, wait, &now));
        }
        today
    }

    /// Questionnaires still to answer before starting `session` (when it is the next one).
    /// A questionnaire counts if it was answered after the previous session was completed
    /// (any time, for session 1). A restart never asks again.
    pub fn questionnaires_due(&self, programme: &Programme, session: u32) -> Vec<Questionnaire> {
        if self.closed.iter().any(|c| c.session == session) {
            return Vec::new();
        }
        let since = session
            .checked_sub(2)
            .and_then(|i| self.completions.get(i as usize))
            .map_or(0, |c| c.seq);
        let mut due = vec![Questionnaire::Gad7];
        if programme.is_first_of_week(session) {
            due.push(Questionnaire::Phq9);
        }
        due.retain(|q| {
            !self
                .questionnaires
                .iter()
                .any(|r| r.questionnaire == *q && r.seq > since)
        });
        due
    }

    /// The session exists and is not complete yet.
    fn check_not_done(&self, programme: &Programme, session: u32) -> Result<(), Rejection> {
        programme
            .session(session)
            .ok_or(Rejection::NoSuchSession(session))?;
        if self.is_complete(session) {
            return Err(Rejection::AlreadyComplete);
        }
        Ok(())
    }

    /// An attempt may go on while its window is open, or after it ended if the patient is
    /// in the sitting that was under way (the 24-hour check applies at the next open).
    fn may_continue(&self, a: &Attempt, now: &Stamp) -> bool {
        !window_ended(a, now) || self.sitting == Some(a.sitting)
    }

    fn is_complete(&self, session: u32) -> bool {
        session >= 1 && session as usize <= self.completions.len()
    }

    /// Whether `session` has unlocked: the previous one is complete and its reflection time
    /// has certainly passed.
    fn is_unlocked(&self, programme: &Programme, session: u32, now: &Stamp) -> bool {
        match self.unlock_wait(programme, session) {
            None => session == 1 || self.is_complete(session - 1),
            Some((done, wait)) => done.elapsed_until(now) >= wait,
        }
    }

    /// The completion that `session` waits on, and its reflection time.
    fn unlock_wait(&self, programme: &Programme, session: u32) -> Option<(&Stamp, Duration)> {
        let prev = session.checked_sub(1).filter(|&p| p >= 1)?;
        let done = self.completions.get(prev as usize - 1)?;
        Some((&done.at, programme.session(prev)?.reflection))
    }

    fn current_sitting(&mut self) -> u64 {
        match self.sitting {
            Some(s) => s,
            None => {
                // Starting a session brings the app to the foreground.
                self.sittings += 1;
                self.sitting = Some(self.sittings);
                self.sittings
            }
        }
    }

    fn begin_attempt(&mut self, session: u32, now: Stamp) -> AttemptId {
        self.next_attempt += 1;
        let id = AttemptId(self.next_attempt);
        let sitting = self.current_sitting();
        self.attempt = Some(Attempt {
            id,
            session,
            started: now,
            sitting,
        });
        id
    }

    fn close(&mut self, a: Attempt, now: Stamp, outcome: AttemptOutcome) -> AttemptId {
        self.closed.push(ClosedAttempt {
            id: a.id,
            session: a.session,
            started: a.started,
            closed: now,
            outcome,
        });
        a.id
    }

    fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }
}

/// Whether the attempt's 24 hours have certainly passed (elapsed >= 24 h exactly).
fn window_ended(a: &Attempt, now: &Stamp) -> bool {
    a.started.elapsed_until(now) >= WINDOW
}

/// When `wait` after `from` falls, as best known at `now`.
fn deadline(from: &Stamp, wait: Duration, now: &Stamp) -> DateTime<Utc> {
    now.estimate() + (wait - from.elapsed_until(now))
}
