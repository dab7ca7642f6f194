//! The programme rules, driven through the timeline simulator as `guide simulate` drives
//! them. Each test is a timeline: lines in, the lines printed out.

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use serde_json::{json, Value};
use steady_rules::simulate::Simulator;
use steady_rules::Programme;

/// Four sessions: two in week 1, two in week 2. Session 2 asks for 48 hours of reflection.
fn programme() -> Programme {
    Programme::from_weeks([
        (1, Duration::hours(24)),
        (1, Duration::hours(48)),
        (2, Duration::hours(24)),
        (2, Duration::hours(24)),
    ])
}

const T0: &str = "2026-03-01T09:00:00Z";

fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(T0)
        .unwrap()
        .with_timezone(&Utc)
}

/// `T0` plus an offset like "25h", "23:59:59", "3d" or "-2h".
fn at(offset: &str) -> String {
    let (sign, body) = match offset.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, offset),
    };
    let d = if let Some(h) = body.strip_suffix('h') {
        Duration::hours(h.parse().unwrap())
    } else if let Some(d) = body.strip_suffix('d') {
        Duration::days(d.parse().unwrap())
    } else {
        let parts: Vec<i64> = body.split(':').map(|p| p.parse().unwrap()).collect();
        Duration::hours(parts[0]) + Duration::minutes(parts[1]) + Duration::seconds(parts[2])
    };
    (t0() + d * sign).to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// A line at `offset` with the event or query in `rest` (a JSON object's fields).
fn line(offset: &str, rest: Value) -> String {
    let mut v = rest;
    v["at"] = json!(at(offset));
    v.to_string()
}

fn open(offset: &str) -> String {
    line(offset, json!({"event": "open"}))
}
fn start(offset: &str, n: u32) -> String {
    line(offset, json!({"event": "start", "session": n}))
}
fn complete(offset: &str, n: u32) -> String {
    line(offset, json!({"event": "complete", "session": n}))
}
fn today(offset: &str) -> String {
    line(offset, json!({"query": "today"}))
}
fn gad7(offset: &str) -> String {
    line(
        offset,
        json!({"event": "questionnaire", "name": "GAD-7", "answers": [1, 1, 1, 1, 1, 1, 1]}),
    )
}
fn phq9(offset: &str, item9: i64) -> String {
    line(
        offset,
        json!({"event": "questionnaire", "name": "PHQ-9", "answers": [1, 1, 1, 1, 0, 0, 0, 0, item9]}),
    )
}

/// Sets `online`, `reboot` or `device_time` on a line.
fn with(l: String, extra: Value) -> String {
    let mut v: Value = serde_json::from_str(&l).unwrap();
    for (k, x) in extra.as_object().unwrap() {
        v[k] = x.clone();
    }
    v.to_string()
}
fn offline(l: String) -> String {
    with(l, json!({"online": false}))
}

/// Plays the lines; returns every printed line, parsed.
fn run(lines: &[String]) -> Vec<Value> {
    let mut sim = Simulator::new(programme());
    lines
        .iter()
        .filter_map(|l| sim.step(l))
        .map(|out| serde_json::from_str(&out).unwrap())
        .collect()
}

/// The last `today` answer of a run.
fn last(lines: &[String]) -> Value {
    run(lines).pop().expect("the run printed nothing")
}

/// Session 1 done at `done` (questionnaires answered at 0h, started at 1h).
fn session_1_done_at(done: &str) -> Vec<String> {
    vec![
        open("0h"),
        gad7("0h"),
        phq9("0h", 0),
        start("1h", 1),
        complete(done, 1),
    ]
}

#[test]
fn a_new_patient_sees_session_1_with_both_questionnaires_due() {
    let out = last(&[today("0h")]);
    assert_eq!(
        out,
        json!({
            "at": T0, "state": "available", "next_session": 1, "unlocks_at": null,
            "in_progress": null, "expires_at": null, "on_open": null,
            "questionnaires_due": ["GAD-7", "PHQ-9"], "completed": [],
            "unfinished_attempts": 0, "latest_scores": {}, "risk_flag": false
        })
    );
}

#[test]
fn questionnaires_come_before_the_session() {
    let out = run(&[
        open("0h"),
        start("0h", 1),
        gad7("0h"),
        start("0h", 1),
        today("0h"),
    ]);
    assert_eq!(out[0]["rejected"], "questionnaires_due");
    assert_eq!(out[1]["rejected"], "questionnaires_due");
    assert_eq!(out[2]["questionnaires_due"], json!(["PHQ-9"]));
    let out = last(&[
        open("0h"),
        gad7("0h"),
        phq9("0h", 0),
        start("0h", 1),
        today("0h"),
    ]);
    assert_eq!(out["state"], "in_progress");
}

#[test]
fn scores_and_bands_are_reported() {
    let out = last(&[gad7("0h"), phq9("0h", 0), today("0h")]);
    assert_eq!(
        out["latest_scores"],
        json!({"GAD-7": {"score": 7, "band": "mild"}, "PHQ-9": {"score": 4, "band": "minimal"}})
    );
}

#[test]
fn invalid_answers_are_rejected_and_change_nothing() {
    let bad = [
        json!({"event": "questionnaire", "name": "GAD-7", "answers": [1, 1, 1]}),
        json!({"event": "questionnaire", "name": "GAD-7", "answers": [0, 0, 0, 0, 0, 0, 4]}),
        json!({"event": "questionnaire", "name": "PHQ-9", "answers": [0, 0, 0, 0, 0, 0, 0, 0, -1]}),
    ];
    let mut lines: Vec<String> = bad.into_iter().map(|b| line("0h", b)).collect();
    lines.push(today("0h"));
    let out = run(&lines);
    for o in &out[..3] {
        assert_eq!(o["rejected"], "invalid_answers", "{o}");
    }
    assert_eq!(out[3]["latest_scores"], json!({}));
    assert_eq!(out[3]["questionnaires_due"], json!(["GAD-7", "PHQ-9"]));
}

#[test]
fn phq9_item_9_raises_the_risk_flag() {
    assert_eq!(last(&[phq9("0h", 0), today("0h")])["risk_flag"], false);
    for item9 in 1..=3 {
        assert_eq!(last(&[phq9("0h", item9), today("0h")])["risk_flag"], true);
    }
}

#[test]
fn the_24_hour_window_boundary() {
    // (when the app is next opened, after start at 1h) -> what happens
    for (opened, expect) in [
        ("1h", "resume"),
        ("24:59:59", "resume"), // 23:59:59 after starting
        ("25h", "restart"),     // exactly 24 hours after starting
        ("3d", "restart"),
    ] {
        let mut lines = vec![open("0h"), gad7("0h"), phq9("0h", 0), start("1h", 1)];
        lines.push(today(opened));
        let before = last(&lines);
        assert_eq!(before["on_open"], expect, "at {opened}");
        assert_eq!(before["expires_at"], at("25h"));
        lines.push(open(opened));
        lines.push(today(opened));
        let after = last(&lines);
        if expect == "resume" {
            assert_eq!(after["state"], "in_progress", "at {opened}");
            assert_eq!(after["unfinished_attempts"], 0);
        } else {
            // Closed as unfinished; the session is available again, no questionnaires.
            assert_eq!(after["state"], "available", "at {opened}");
            assert_eq!(after["next_session"], 1);
            assert_eq!(after["unfinished_attempts"], 1);
            assert_eq!(after["questionnaires_due"], json!([]));
        }
    }
}

#[test]
fn a_restart_opens_a_new_window_and_does_not_ask_questionnaires_again() {
    let lines = [
        open("0h"),
        gad7("0h"),
        phq9("0h", 0),
        start("1h", 1),
        open("30h"),
        start("30h", 1),
        today("31h"),
    ];
    let out = last(&lines);
    assert_eq!(out["state"], "in_progress");
    assert_eq!(out["expires_at"], at("54h"));
    assert_eq!(out["unfinished_attempts"], 1);
}

#[test]
fn starting_after_the_window_without_opening_also_restarts() {
    let out = last(&[
        open("0h"),
        gad7("0h"),
        phq9("0h", 0),
        start("1h", 1),
        with(start("26h", 1), json!({"reboot": true})),
        today("26h"),
    ]);
    assert_eq!(out["expires_at"], at("50h"));
    assert_eq!(out["unfinished_attempts"], 1);
}

#[test]
fn resuming_does_not_extend_the_window() {
    let out = last(&[
        open("0h"),
        gad7("0h"),
        phq9("0h", 0),
        start("1h", 1),
        open("20h"),
        start("20h", 1),
        today("20h"),
    ]);
    assert_eq!(out["expires_at"], at("25h"));
    assert_eq!(out["on_open"], "resume");
}

#[test]
fn a_sitting_under_way_when_the_window_ends_may_finish() {
    let mut lines = vec![
        open("0h"),
        gad7("0h"),
        phq9("0h", 0),
        start("1h", 1),
        open("24h"),
        start("24h", 1),
        complete("25:30:00", 1),
        today("25:30:00"),
    ];
    assert_eq!(last(&lines)["completed"], json!([1]));
    // But at the next open the check applies.
    lines.truncate(6);
    lines.extend([open("25:30:00"), complete("25:30:00", 1), today("25:30:00")]);
    let out = run(&lines);
    assert_eq!(out[0]["rejected"], "not_started");
    assert_eq!(out[1]["unfinished_attempts"], 1);
}

#[test]
fn the_reflection_boundary() {
    let mut lines = session_1_done_at("2h");
    for (when, state) in [("25:59:59", "locked"), ("26h", "available")] {
        lines.push(today(when));
        let out = last(&lines);
        assert_eq!(out["state"], state, "at {when}");
        assert_eq!(out["next_session"], 2);
        if state == "locked" {
            assert_eq!(out["unlocks_at"], at("26h"));
        }
        // GAD-7 only: session 2 is not the first of its week, and the GAD-7 from before
        // session 1 does not count.
        assert_eq!(out["questionnaires_due"], json!(["GAD-7"]));
    }
    let mut early = session_1_done_at("2h");
    early.extend([
        gad7("3h"),
        start("25:59:59", 2),
        start("26h", 2),
        today("26h"),
    ]);
    let out = run(&early);
    assert_eq!(out[0]["rejected"], "locked");
    assert_eq!(out[1]["in_progress"], 2);
}

#[test]
fn per_session_reflection_time_and_weekly_phq9() {
    let mut lines = session_1_done_at("2h");
    lines.extend([
        gad7("26h"),
        start("26h", 2),
        complete("27h", 2),
        today("74:59:59"),
    ]);
    let out = last(&lines);
    assert_eq!(out["state"], "locked");
    assert_eq!(out["unlocks_at"], at("75h")); // 48 h after session 2
    assert_eq!(out["questionnaires_due"], json!(["GAD-7", "PHQ-9"]));
    lines.extend([gad7("75h"), start("75h", 3)]);
    assert_eq!(run(&lines).pop().unwrap()["rejected"], "questionnaires_due");
    lines.extend([phq9("75h", 0), start("75h", 3), today("75h")]);
    assert_eq!(last(&lines)["in_progress"], 3);
}

#[test]
fn questionnaires_answered_while_locked_count() {
    let mut lines = session_1_done_at("2h");
    lines.extend([gad7("3h"), start("26h", 2), today("26h")]);
    assert_eq!(last(&lines)["state"], "in_progress");
}

#[test]
fn the_last_session_finishes_the_programme() {
    let mut lines = session_1_done_at("2h");
    lines.extend([
        gad7("26h"),
        start("26h", 2),
        complete("27h", 2),
        gad7("75h"),
        phq9("75h", 0),
        start("75h", 3),
        complete("76h", 3),
        gad7("100h"),
        start("100h", 4),
        complete("101h", 4),
        today("200h"),
    ]);
    let out = last(&lines);
    assert_eq!(out["state"], "finished");
    assert_eq!(out["next_session"], Value::Null);
    assert_eq!(out["completed"], json!([1, 2, 3, 4]));
    assert_eq!(out["questionnaires_due"], json!([]));
    lines.push(start("201h", 4));
    assert_eq!(run(&lines).pop().unwrap()["rejected"], "already_complete");
}

#[test]
fn out_of_order_and_unknown_sessions_are_rejected() {
    let mut lines = session_1_done_at("2h");
    lines.extend([
        start("100h", 3),
        complete("100h", 2),
        complete("100h", 1),
        start("100h", 1),
        start("100h", 5),
        line("100h", json!({"event": "start", "session": 0})),
    ]);
    let codes: Vec<Value> = run(&lines)
        .into_iter()
        .map(|o| o["rejected"].clone())
        .collect();
    assert_eq!(
        codes,
        [
            "locked",
            "not_started",
            "already_complete",
            "already_complete",
            "bad_input",
            "bad_input"
        ]
    );
}

#[test]
fn moving_the_phone_clock_changes_nothing() {
    // Session 1 completed at 2h; session 2 unlocks at 26h. The phone's clock is moved
    // forward and back by hours and days, online and offline.
    for online in [true, false] {
        for shift in ["-3d", "-5h", "5h", "3d", "30d"] {
            let device = |offset: &str| {
                let true_t = DateTime::parse_from_rfc3339(&at(offset)).unwrap();
                let shifted = DateTime::parse_from_rfc3339(&at(shift))
                    .unwrap()
                    .with_timezone(&Utc)
                    - t0();
                (true_t + shifted).to_rfc3339()
            };
            let mut lines = session_1_done_at("2h");
            for (when, expect) in [
                ("3h", "locked"),
                ("25:59:59", "locked"),
                ("26h", "available"),
            ] {
                lines.push(with(
                    today(when),
                    json!({"online": online, "device_time": device(when)}),
                ));
                assert_eq!(
                    last(&lines)["state"],
                    expect,
                    "{shift} online={online} at {when}"
                );
            }
        }
    }
}

#[test]
fn a_window_is_not_ended_early_by_the_phone_clock() {
    for shift in ["2d", "-2d"] {
        let out = last(&[
            open("0h"),
            gad7("0h"),
            phq9("0h", 0),
            start("1h", 1),
            offline(with(open("10h"), json!({"device_time": at(shift)}))),
            today("10h"),
        ]);
        assert_eq!(out["on_open"], "resume", "{shift}");
        assert_eq!(out["unfinished_attempts"], 0);
    }
}

#[test]
fn offline_after_a_reboot_never_unlocks_early_and_extends_rather_than_resets() {
    // Completed at 2h (online). Rebooted offline at 10h: the phone only knows that at least
    // the time since boot has passed since 2h, so unlocking waits until 24 h after the reboot.
    let mut lines = session_1_done_at("2h");
    lines.push(offline(with(
        open("10h"),
        json!({"reboot": true, "device_time": at("40d")}),
    )));
    for (when, expect) in [
        ("26h", "locked"),
        ("33:59:59", "locked"),
        ("34h", "available"),
    ] {
        lines.push(offline(today(when)));
        assert_eq!(last(&lines)["state"], expect, "at {when}");
    }
    // Back online, the true time is known again and the lock is already over.
    let mut lines = session_1_done_at("2h");
    lines.extend([
        offline(with(open("10h"), json!({"reboot": true}))),
        today("27h"),
    ]);
    assert_eq!(last(&lines)["state"], "available");
}

#[test]
fn a_window_survives_a_reboot_offline() {
    let base = [open("0h"), gad7("0h"), phq9("0h", 0), start("1h", 1)];
    let mut lines = base.to_vec();
    // Rebooted at 20h, offline; at 30h the phone can only be sure of 10 h since the
    // reboot, so it resumes (extends) rather than restarting.
    lines.extend([
        offline(with(open("20h"), json!({"reboot": true}))),
        offline(open("30h")),
        offline(today("30h")),
    ]);
    let out = last(&lines);
    assert_eq!(out["on_open"], "resume");
    assert_eq!(out["unfinished_attempts"], 0);
    // Online again: 29 true hours have passed, so the next open restarts.
    lines.extend([open("31h"), today("31h")]);
    assert_eq!(last(&lines)["unfinished_attempts"], 1);
}

#[test]
fn completing_offline_after_a_reboot_is_timed_by_the_server_once_back() {
    // Started at 1h, phone restarted at 5h (offline), completed at 6h offline; the phone
    // does not know when that was until it is online again at 8h, in the same boot.
    let lines = [
        open("0h"),
        gad7("0h"),
        phq9("0h", 0),
        start("1h", 1),
        offline(with(open("5h"), json!({"reboot": true}))),
        offline(start("5h", 1)),
        offline(complete("6h", 1)),
        today("8h"),
        today("29:59:59"),
        today("30h"),
    ];
    let out = run(&lines);
    assert_eq!(out[0]["unlocks_at"], at("30h"));
    assert_eq!(out[1]["state"], "locked");
    assert_eq!(out[2]["state"], "available");
}

#[test]
fn bad_input_is_reported_with_its_line_and_the_run_goes_on() {
    let lines = vec![
        "{not json".to_string(),
        json!({"event": "open"}).to_string(),
        line("0h", json!({"event": "dance"})),
        line("0h", json!({"query": "tomorrow"})),
        json!({"at": "yesterday", "event": "open"}).to_string(),
        line(
            "0h",
            json!({"event": "questionnaire", "name": "BDI", "answers": [1]}),
        ),
        line("0h", json!({"event": "open", "online": "yes"})),
        "[]".to_string(),
        line("5h", json!({"query": "today"})),
        line("1h", json!({"query": "today"})),
        today("6h"),
    ];
    let out = run(&lines);
    assert_eq!(out.len(), 11);
    // Lines 1-8 are malformed, and line 10 goes back in time.
    for (o, expected_line) in out[..8]
        .iter()
        .chain([&out[9]])
        .zip([1, 2, 3, 4, 5, 6, 7, 8, 10])
    {
        assert_eq!(o["rejected"], "bad_input", "{o}");
        assert_eq!(o["line"], expected_line, "{o}");
        assert!(o["error"].as_str().is_some_and(|e| !e.is_empty()));
    }
    assert_eq!(out[8]["state"], "available");
    assert_eq!(out[10]["state"], "available");
}

#[test]
fn times_are_printed_in_utc_with_seconds() {
    let out = last(&[line("0h", json!({"query": "today"})).replace("09:00:00Z", "10:00:00+01:00")]);
    assert_eq!(out["at"], "2026-03-01T09:00:00Z");
}
