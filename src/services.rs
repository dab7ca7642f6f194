//! Services the screens share, provided once as context by `App`.

use crate::conversation::{JournalEntry, Saved, Unmatched};
use chrono::{DateTime, Duration, Utc};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use steady_rules::{AttemptId, Clock, Observation, Progress, Stamp};
use web_time::{Instant, SystemTime, UNIX_EPOCH};

/// Trusted time for the rules (see `steady_rules::clock`).
///
/// Each app launch counts as a new boot for the monotonic clock, which is conservative.
/// Until the sync protocol brings the server's time, the clock is anchored to the phone's
/// clock at launch: changing the phone's clock while the app runs has no effect, but a
/// change before launch does. The anchor moves to server time when sync lands.
#[derive(Clone)]
pub struct AppClock {
    clock: Rc<RefCell<Clock>>,
    launched: Instant,
}

impl AppClock {
    pub fn at_launch() -> Self {
        let wall = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .ok()
            .and_then(|d| DateTime::from_timestamp(d.as_secs() as i64, d.subsec_nanos()))
            .unwrap_or(DateTime::<Utc>::UNIX_EPOCH);
        AppClock {
            clock: Rc::new(RefCell::new(Clock::new(wall, 0, Duration::zero()))),
            launched: Instant::now(),
        }
    }

    /// The trusted time now.
    pub fn now(&self) -> Stamp {
        let since_boot = Duration::from_std(self.launched.elapsed()).unwrap_or(Duration::zero());
        self.clock.borrow_mut().observe(Observation {
            server_time: None,
            boot: 0,
            since_boot,
        })
    }
}

/// Where the patient's progress, conversations and journal are kept. Screens only use this
/// trait, so the local SQLite store can take over from [`MemoryStore`] without touching
/// them.
pub trait Store {
    fn load_progress(&self) -> Progress;
    fn save_progress(&self, progress: &Progress);
    fn load_conversation(&self, attempt: AttemptId) -> Option<Saved>;
    fn save_conversation(&self, attempt: AttemptId, saved: &Saved);
    fn add_journal(&self, entry: JournalEntry);
    /// Journal entries, oldest first.
    fn journal(&self) -> Vec<JournalEntry>;
    /// What the guide calls the patient.
    fn patient_name(&self) -> String;
    /// Keeps a reply the guide could not understand, on the phone only. Sending it (to
    /// help authors add example phrasings) needs the patient's consent and the backend.
    fn keep_unmatched(&self, reply: Unmatched);
    /// The between-session task the guide set most recently: `(session, text)`.
    fn set_task(&self, session: u32, text: String);
    fn current_task(&self) -> Option<(u32, String)>;
    #[cfg(test)]
    fn unmatched(&self) -> Vec<Unmatched>;
}

/// The store the screens use, provided once as context by `App`.
#[derive(Clone)]
pub struct StoreHandle(pub Rc<dyn Store>);

impl StoreHandle {
    pub fn memory() -> Self {
        StoreHandle(Rc::new(MemoryStore::default()))
    }
}

impl std::ops::Deref for StoreHandle {
    type Target = dyn Store;
    fn deref(&self) -> &Self::Target {
        &*self.0
    }
}

/// Keeps everything in memory for this launch: the stand-in until the local store lands.
/// The demo account's name is "Sam".
#[derive(Default)]
pub struct MemoryStore {
    progress: RefCell<Progress>,
    conversations: RefCell<BTreeMap<AttemptId, Saved>>,
    journal: RefCell<Vec<JournalEntry>>,
    unmatched: RefCell<Vec<Unmatched>>,
    task: RefCell<Option<(u32, String)>>,
}

impl Store for MemoryStore {
    fn load_progress(&self) -> Progress {
        self.progress.borrow().clone()
    }
    fn save_progress(&self, progress: &Progress) {
        *self.progress.borrow_mut() = progress.clone();
    }
    fn load_conversation(&self, attempt: AttemptId) -> Option<Saved> {
        self.conversations.borrow().get(&attempt).cloned()
    }
    fn save_conversation(&self, attempt: AttemptId, saved: &Saved) {
        self.conversations
            .borrow_mut()
            .insert(attempt, saved.clone());
    }
    fn add_journal(&self, entry: JournalEntry) {
        self.journal.borrow_mut().push(entry);
    }
    fn journal(&self) -> Vec<JournalEntry> {
        self.journal.borrow().clone()
    }
    fn patient_name(&self) -> String {
        "Sam".to_string()
    }
    fn keep_unmatched(&self, reply: Unmatched) {
        self.unmatched.borrow_mut().push(reply);
    }
    fn set_task(&self, session: u32, text: String) {
        *self.task.borrow_mut() = Some((session, text));
    }
    fn current_task(&self) -> Option<(u32, String)> {
        self.task.borrow().clone()
    }
    #[cfg(test)]
    fn unmatched(&self) -> Vec<Unmatched> {
        self.unmatched.borrow().clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_memory_store_keeps_what_it_is_given() {
        let store = StoreHandle::memory();
        let miss = Unmatched {
            session: 1,
            question: "ask-feeling".into(),
            text: "purple".into(),
        };
        store.keep_unmatched(miss.clone());
        assert_eq!(store.unmatched(), [miss]);
        let entry = JournalEntry {
            session: 1,
            prompt: "One worry?".into(),
            text: "money".into(),
        };
        store.add_journal(entry.clone());
        assert_eq!(store.journal(), [entry]);
        let mut progress = Progress::new();
        progress.flag_risk("suicide", AppClock::at_launch().now());
        store.save_progress(&progress);
        assert_eq!(store.load_progress(), progress);
    }
}
