//! The programme rules: what the patient may do next.
//!
//! **Invariant:** pure. No IO, no clock, no randomness. Every function takes the time as a
//! [`Stamp`] from a [`Clock`] that the caller feeds with observations (server time when
//! online, the monotonic clock since boot), so changing the phone's wall clock can neither
//! unlock a session early nor end a 24-hour window early.
//!
//! - [`Programme`]: session order, weeks and reflection times, from the manifest.
//! - [`Progress`]: what the patient has done, changed only through its methods.
//! - [`Progress::today`]: the state the Today screen shows.
//! - [`simulate`]: the JSON-lines timeline simulator behind `guide simulate`.

pub mod clock;
pub mod programme;
pub mod progress;
pub mod questionnaire;
pub mod simulate;

pub use clock::{Clock, Observation, Stamp};
pub use programme::{Programme, SessionPlan};
pub use progress::{
    AttemptId, AttemptOutcome, ClosedAttempt, OnOpen, Progress, Rejection, RiskFlag, Started,
    State, Today, WINDOW,
};
pub use questionnaire::{Band, Questionnaire, Score, ANSWER_OPTIONS};
