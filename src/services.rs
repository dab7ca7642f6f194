//! Services the screens share, provided once as context by `App`.

use chrono::{DateTime, Duration, Utc};
use std::cell::RefCell;
use std::rc::Rc;
use steady_rules::{Clock, Observation, Stamp};
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
