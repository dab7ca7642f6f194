//! Trusted time.
//!
//! The phone's wall clock can be changed by anyone, so the rules never read it. Instead the
//! app feeds the [`Clock`] with [`Observation`]s: the server's time whenever it is online,
//! and always the monotonic clock (time since the phone booted, which the user cannot set).
//!
//! - Online: the time is the server's.
//! - Offline, same boot as the last server time: server time plus monotonic time elapsed
//!   since. Exact.
//! - Offline after a reboot: the monotonic clock restarted, so the time is not known. The
//!   clock keeps a safe *lower bound* (the last time it knew plus the time since boot) and
//!   marks it inexact. Rules that end or unlock things use lower bounds of elapsed time, so
//!   uncertainty can only delay them, never bring them forward.
//!
//! The central guarantee: `stamp.earliest` is never later than the true time.

use chrono::{DateTime, Duration, Utc};

/// What the phone knows about time at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Observation {
    /// The server's time, when it has just been received.
    pub server_time: Option<DateTime<Utc>>,
    /// Which boot of the phone this is; it changes whenever the phone restarts.
    pub boot: u64,
    /// Time since this boot began, from the monotonic clock.
    pub since_boot: Duration,
}

/// When something happened, as well as the phone can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    /// The true time is at or after this.
    pub earliest: DateTime<Utc>,
    /// The true time is at or before this, when known. Equal to `earliest` when exact.
    pub latest: Option<DateTime<Utc>>,
    /// The boot it was taken in, and the monotonic time since that boot began.
    pub boot: u64,
    pub since_boot: Duration,
}

impl Stamp {
    pub fn is_exact(&self) -> bool {
        self.latest == Some(self.earliest)
    }

    /// A lower bound on the true time that passed from `self` to `later`.
    ///
    /// Within one boot the monotonic clock measures it exactly. Across a reboot, `self`
    /// happened before the reboot, so at least the time since boot has passed, and at least
    /// `later.earliest - self.latest` when `self` has a known latest time.
    pub fn elapsed_until(&self, later: &Stamp) -> Duration {
        if self.boot == later.boot && later.since_boot >= self.since_boot {
            return later.since_boot - self.since_boot;
        }
        let since_reboot = later.since_boot.max(Duration::zero());
        match self.latest {
            Some(latest) => (later.earliest - latest).max(since_reboot),
            None => since_reboot,
        }
    }

    /// The best single time to show a person for this stamp.
    pub fn estimate(&self) -> DateTime<Utc> {
        self.earliest
    }
}

/// The last server time, and where the monotonic clock stood when it arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Anchor {
    server_time: DateTime<Utc>,
    boot: u64,
    since_boot: Duration,
}

/// Turns observations into [`Stamp`]s. Its state is small and plain so the app can save it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clock {
    anchor: Anchor,
    last: Stamp,
}

impl Clock {
    /// Starts from a server time, as every account does: activation needs the server.
    pub fn new(server_time: DateTime<Utc>, boot: u64, since_boot: Duration) -> Self {
        let anchor = Anchor {
            server_time,
            boot,
            since_boot,
        };
        Clock {
            anchor,
            last: Stamp {
                earliest: server_time,
                latest: Some(server_time),
                boot,
                since_boot,
            },
        }
    }

    /// The time now, from a fresh observation.
    pub fn observe(&mut self, obs: Observation) -> Stamp {
        let stamp = if let Some(server_time) = obs.server_time {
            self.anchor = Anchor {
                server_time,
                boot: obs.boot,
                since_boot: obs.since_boot,
            };
            exact(server_time, obs)
        } else if obs.boot == self.anchor.boot && obs.since_boot >= self.anchor.since_boot {
            exact(
                self.anchor.server_time + (obs.since_boot - self.anchor.since_boot),
                obs,
            )
        } else {
            // Since the last server time the phone restarted: keep a lower bound.
            let gained = if obs.boot == self.last.boot && obs.since_boot >= self.last.since_boot {
                obs.since_boot - self.last.since_boot
            } else {
                // A new boot began after `last`, and has run for `since_boot`.
                obs.since_boot.max(Duration::zero())
            };
            Stamp {
                earliest: self.last.earliest + gained,
                latest: None,
                boot: obs.boot,
                since_boot: obs.since_boot,
            }
        };
        // Time never runs backwards, whatever a server or clock says.
        let stamp = Stamp {
            earliest: stamp.earliest.max(self.last.earliest),
            latest: stamp.latest.map(|l| l.max(self.last.earliest)),
            ..stamp
        };
        self.last = stamp;
        stamp
    }

    /// Tightens an older stamp with what the clock knows now: once the server time is back
    /// in the same boot, an inexact stamp from that boot becomes exact; one from an earlier
    /// boot at least gets a latest time (the moment the current boot began).
    pub fn settle(&self, stamp: &mut Stamp) {
        if stamp.latest.is_some() || !self.last.is_exact() {
            return;
        }
        let a = self.anchor;
        let latest = if stamp.boot == a.boot && a.since_boot >= stamp.since_boot {
            a.server_time - (a.since_boot - stamp.since_boot)
        } else {
            a.server_time - a.since_boot
        };
        stamp.earliest = stamp.earliest.min(latest);
        stamp.latest = Some(latest);
        if stamp.boot == a.boot {
            stamp.earliest = latest;
        }
    }
}

fn exact(at: DateTime<Utc>, obs: Observation) -> Stamp {
    Stamp {
        earliest: at,
        latest: Some(at),
        boot: obs.boot,
        since_boot: obs.since_boot,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000, 0).unwrap() + Duration::hours(h)
    }

    fn obs(server: Option<i64>, boot: u64, since_boot_h: i64) -> Observation {
        Observation {
            server_time: server.map(t),
            boot,
            since_boot: Duration::hours(since_boot_h),
        }
    }

    #[test]
    fn online_uses_the_server_time() {
        let mut c = Clock::new(t(0), 0, Duration::zero());
        let s = c.observe(obs(Some(5), 0, 5));
        assert_eq!((s.earliest, s.latest), (t(5), Some(t(5))));
    }

    #[test]
    fn offline_in_the_same_boot_is_exact() {
        let mut c = Clock::new(t(0), 0, Duration::hours(1));
        let s = c.observe(obs(None, 0, 11));
        assert!(s.is_exact());
        assert_eq!(s.earliest, t(10));
    }

    #[test]
    fn offline_after_a_reboot_is_a_lower_bound() {
        let mut c = Clock::new(t(0), 0, Duration::zero());
        c.observe(obs(None, 0, 3)); // last known: t(3)
                                    // Rebooted some time later; 2 h since boot. True time is at least t(5).
        let s = c.observe(obs(None, 1, 2));
        assert!(!s.is_exact());
        assert_eq!(s.earliest, t(5));
        assert_eq!(s.latest, None);
        // Later in the same boot the bound moves with the monotonic clock.
        assert_eq!(c.observe(obs(None, 1, 7)).earliest, t(10));
    }

    #[test]
    fn elapsed_is_exact_within_a_boot_and_a_lower_bound_across_one() {
        let mut c = Clock::new(t(0), 0, Duration::zero());
        let a = c.observe(obs(None, 0, 1));
        let b = c.observe(obs(None, 0, 25));
        assert_eq!(a.elapsed_until(&b), Duration::hours(24));
        // After a reboot with 3 h since boot, only 3 h are known for sure (a had no latest
        // time if it were inexact; here it is exact, so t(now.earliest) - t(1) counts).
        let r = c.observe(obs(None, 1, 3));
        assert_eq!(r.earliest, t(28));
        assert_eq!(a.elapsed_until(&r), Duration::hours(27));
    }

    #[test]
    fn server_time_back_settles_stamps_from_this_boot_exactly() {
        let mut c = Clock::new(t(0), 0, Duration::zero());
        let mut uncertain = c.observe(obs(None, 1, 1)); // rebooted: lower bound t(1)
        assert_eq!(uncertain.latest, None);
        // Online again 2 h later in the same boot; true time turns out to be t(30).
        c.observe(obs(Some(30), 1, 3));
        c.settle(&mut uncertain);
        assert!(uncertain.is_exact());
        assert_eq!(uncertain.earliest, t(28));
    }

    #[test]
    fn settling_a_stamp_from_an_earlier_boot_bounds_it_by_the_reboot() {
        let mut c = Clock::new(t(0), 0, Duration::zero());
        let mut s = c.observe(obs(None, 1, 1));
        c.observe(obs(Some(50), 2, 4)); // boot 2 began at t(46)
        c.settle(&mut s);
        assert_eq!(s.latest, Some(t(46)));
        assert_eq!(s.earliest, t(1));
    }

    #[test]
    fn time_never_runs_backwards() {
        let mut c = Clock::new(t(10), 0, Duration::zero());
        let s = c.observe(obs(Some(2), 0, 1));
        assert_eq!(s.earliest, t(10));
    }
}
