//! Property tests of the safety invariants over random timelines: random gaps, online and
//! offline stretches, reboots, a phone clock set to anything, and random patient actions.
//!
//! - No session starts before its true unlock time, whatever the phone's clock says.
//! - No 24-hour window ends before 24 true hours.
//! - No attempt (and so no transcript) is ever removed.

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use proptest::prelude::*;
use serde_json::json;
use std::collections::{BTreeMap, BTreeSet};
use steady_rules::simulate::Simulator;
use steady_rules::{AttemptId, AttemptOutcome, Programme};

#[derive(Debug, Clone)]
enum Act {
    Open,
    Start(u32),
    Complete(u32),
    /// Answer both questionnaires, then start the next session: a diligent patient.
    StartNext,
    CompleteCurrent,
    Gad7,
    Phq9,
    Today,
}

#[derive(Debug, Clone)]
struct Step {
    gap_minutes: i64,
    online: bool,
    reboot: bool,
    device_shift_hours: i64,
    act: Act,
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        2 => Just(Act::Open),
        2 => (1u32..=4).prop_map(Act::Start),
        4 => Just(Act::StartNext),
        3 => Just(Act::CompleteCurrent),
        3 => (1u32..=4).prop_map(Act::Complete),
        2 => Just(Act::Gad7),
        1 => Just(Act::Phq9),
        1 => Just(Act::Today),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    (
        prop_oneof![
            0i64..=90,
            0i64..=(36 * 60),
            (23 * 60i64)..=(25 * 60),
            (47 * 60i64)..=(49 * 60)
        ],
        prop::bool::weighted(0.6),
        prop::bool::weighted(0.1),
        -24 * 40i64..=24 * 40,
        act(),
    )
        .prop_map(
            |(gap_minutes, online, reboot, device_shift_hours, act)| Step {
                gap_minutes,
                online,
                reboot,
                device_shift_hours,
                act,
            },
        )
}

fn programme() -> Programme {
    Programme::from_weeks([
        (1, Duration::hours(24)),
        (1, Duration::hours(48)),
        (2, Duration::zero()),
        (2, Duration::hours(24)),
    ])
}

fn fmt(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The timing fields of a step's lines; only a step's first line carries its reboot.
fn lines_first_value(
    key: &str,
    now: DateTime<Utc>,
    s: &Step,
    i: usize,
    j: usize,
) -> serde_json::Value {
    match key {
        "at" => json!(fmt(now)),
        "device_time" => json!(fmt(now + Duration::hours(s.device_shift_hours))),
        // The first line is the account's activation, which needs the server.
        "online" => json!(s.online || i == 0),
        _ => json!(s.reboot && i > 0 && j == 0),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn safety_invariants_hold(steps in prop::collection::vec(step(), 1..80)) {
        let programme = programme();
        let mut sim = Simulator::new(programme.clone());
        let mut now = DateTime::from_timestamp(1_780_000_000, 0).unwrap();
        // True times at which attempts began, and sessions were completed.
        let mut began: BTreeMap<AttemptId, DateTime<Utc>> = BTreeMap::new();
        let mut completed_at: BTreeMap<u32, DateTime<Utc>> = BTreeMap::new();
        let mut seen_closed = 0;
        let mut ever: BTreeSet<AttemptId> = BTreeSet::new();

        for (i, s) in steps.iter().enumerate() {
            now += Duration::minutes(s.gap_minutes);
            let next = sim
                .progress()
                .closed_attempts()
                .iter()
                .filter(|c| c.outcome == AttemptOutcome::Completed)
                .count() as u32
                + 1;
            let current = sim.progress().current_attempt().map_or(next, |(_, n)| n);
            let mut lines = Vec::new();
            let act = match &s.act {
                Act::StartNext | Act::CompleteCurrent if next > programme.len() => Act::Today,
                Act::StartNext => {
                    lines.push(json!({"event": "questionnaire", "name": "GAD-7", "answers": vec![2; 7]}));
                    lines.push(json!({"event": "questionnaire", "name": "PHQ-9", "answers": vec![1; 9]}));
                    Act::Start(next)
                }
                Act::CompleteCurrent => Act::Complete(current),
                other => other.clone(),
            };
            let line = match &act {
                Act::Open => json!({"event": "open"}),
                Act::Start(n) => json!({"event": "start", "session": n}),
                Act::Complete(n) => json!({"event": "complete", "session": n}),
                Act::Gad7 => json!({"event": "questionnaire", "name": "GAD-7", "answers": vec![2; 7]}),
                Act::Phq9 => json!({"event": "questionnaire", "name": "PHQ-9", "answers": vec![1; 9]}),
                Act::Today => json!({"query": "today"}),
                Act::StartNext | Act::CompleteCurrent => unreachable!(),
            };
            lines.push(line);
            let mut outs = Vec::new();
            for (j, l) in lines.iter_mut().enumerate() {
                for key in ["at", "device_time", "online", "reboot"] {
                    if l.get(key).is_none() {
                        l[key] = lines_first_value(key, now, s, i, j);
                    }
                }
                outs.extend(sim.step(&l.to_string()));
            }
            for out in &outs {
                let v: serde_json::Value = serde_json::from_str(out).unwrap();
                prop_assert_ne!(&v["rejected"], "bad_input", "{}", out);
            }

            let progress = sim.progress();
            // A new attempt: its session must truly have unlocked.
            if let Some((id, session)) = progress.current_attempt() {
                if let std::collections::btree_map::Entry::Vacant(e) = began.entry(id) {
                    e.insert(now);
                    if session > 1 {
                        let prev_done = completed_at[&(session - 1)];
                        let wait = programme.session(session - 1).unwrap().reflection;
                        prop_assert!(
                            now >= prev_done + wait,
                            "session {} started at {} but unlocks at {}",
                            session, now, prev_done + wait
                        );
                    }
                }
                ever.insert(id);
            }
            // Newly closed attempts.
            let closed = progress.closed_attempts();
            prop_assert!(closed.len() >= seen_closed, "a closed attempt disappeared");
            for c in &closed[seen_closed..] {
                began.entry(c.id).or_insert(now);
                ever.insert(c.id);
                match c.outcome {
                    AttemptOutcome::Unfinished => prop_assert!(
                        now - began[&c.id] >= Duration::hours(24),
                        "attempt {:?} was ended after only {}",
                        c.id, now - began[&c.id]
                    ),
                    AttemptOutcome::Completed => {
                        completed_at.insert(c.session, now);
                    }
                }
            }
            seen_closed = closed.len();
            // Every attempt ever begun is still there, closed or current.
            let present: BTreeSet<AttemptId> = closed
                .iter()
                .map(|c| c.id)
                .chain(progress.current_attempt().map(|(id, _)| id))
                .collect();
            prop_assert!(ever.is_subset(&present), "an attempt was removed");
        }
    }

    #[test]
    fn never_panics_on_arbitrary_lines(lines in prop::collection::vec(".{0,80}", 0..20)) {
        let mut sim = Simulator::new(programme());
        for l in &lines {
            let _ = sim.step(l);
        }
    }

    #[test]
    fn never_panics_on_arbitrary_json_values(
        sessions in prop::collection::vec(any::<i64>(), 1..10),
        answers in prop::collection::vec(any::<i64>(), 0..12),
        hours in prop::collection::vec(-100_000i64..100_000, 1..10),
    ) {
        let mut sim = Simulator::new(programme());
        let base = DateTime::from_timestamp(1_780_000_000, 0).unwrap();
        for (n, h) in sessions.iter().zip(hours.iter()) {
            let at = fmt(base + Duration::hours(*h));
            for line in [
                json!({"at": at, "event": "start", "session": n}),
                json!({"at": at, "event": "complete", "session": n}),
                json!({"at": at, "event": "questionnaire", "name": "PHQ-9", "answers": answers}),
                json!({"at": at, "query": "today", "reboot": true, "online": false}),
            ] {
                let _ = sim.step(&line.to_string());
            }
        }
    }
}
