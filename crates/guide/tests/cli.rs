//! The `guide` binary, run as authors and tools run it.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn content_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

fn guide(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_guide"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn check_passes_on_the_shipped_content() {
    let out = guide(&["check", "--content", content_dir().to_str().unwrap()], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("18 sessions"));
}

#[test]
fn check_reports_every_problem_with_a_caret_and_fails() {
    let dir = std::env::temp_dir().join(format!("guide-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("programme.toml"),
        "title = \"T\"\n[[week]]\nnumber = 1\ntheme = \"W\"\n[[session]]\nnumber = 2\nweek = 1\nid = \"Bad Id\"\ntitle = \"S\"\nminutes = 10\n",
    )
    .unwrap();
    let out = guide(&["check", "--content", dir.to_str().unwrap()], "");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("programme.toml:5:1: error[E100]: session 2 is out of order"),
        "{err}"
    );
    assert!(err.contains("session id \"Bad Id\""), "{err}");
    assert!(err.contains("   5 | [[session]]\n     | ^"), "{err}");
    assert!(err.contains("2 error(s), 0 warning(s)"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn check_compiles_every_script_and_speaks_json_for_tools() {
    let dir = std::env::temp_dir().join(format!("guide-scripts-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("week-1")).unwrap();
    std::fs::copy(
        content_dir().join("programme.toml"),
        dir.join("programme.toml"),
    )
    .unwrap();
    std::fs::write(
        dir.join("week-1/session-1.guide"),
        "---\nid: what-worry-is\nweek: 1\nnumber: 1\ntitle: What worry is, and what keeps it going\nminutes: 15\n---\n== start\nHi {nmae}\n-> chek\n",
    )
    .unwrap();
    let out = guide(&["check", dir.to_str().unwrap()], "");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("session-1.guide:9:4: error[E040]: `nmae` is not defined"),
        "{err}"
    );
    assert!(
        err.contains("session-1.guide:10:4: error[E011]: there is no section `chek`"),
        "{err}"
    );
    let out = guide(&["check", dir.to_str().unwrap(), "--format", "json"], "");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2, "{v}");
    assert_eq!(v[0]["code"], "E040");
    assert_eq!(v[0]["severity"], "error");
    assert_eq!(v[0]["line"], 9);
    // The script's front matter must agree with the manifest.
    let script = dir.join("week-1/session-1.guide");
    let text = std::fs::read_to_string(&script).unwrap();
    let fixed = text
        .replace("{nmae}", "{name}")
        .replace("-> chek", "-> end");
    std::fs::write(&script, fixed.replace("minutes: 15", "minutes: 20")).unwrap();
    let out = guide(&["check", dir.to_str().unwrap()], "");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "session-1.guide:1:1: error[E101]: minutes is `20` here but `15` in programme.toml"
        ),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn check_on_a_missing_folder_is_a_clear_error() {
    let out = guide(&["check", "--content", "/no/such/folder"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("cannot read /no/such/folder/programme.toml")
    );
}

#[test]
fn simulate_reads_a_timeline_and_answers_queries() {
    let timeline = r#"{"at":"2026-03-01T09:00:00Z","query":"today"}
{"at":"2026-03-01T09:00:00Z","event":"start","session":1}
not json
{"at":"2026-03-01T09:01:00Z","event":"questionnaire","name":"GAD-7","answers":[0,1,2,3,0,1,2]}
{"at":"2026-03-01T09:02:00Z","event":"questionnaire","name":"PHQ-9","answers":[0,0,0,0,0,0,0,0,1]}
{"at":"2026-03-01T09:03:00Z","event":"start","session":1}
{"at":"2026-03-01T09:30:00Z","event":"complete","session":1}
{"at":"2026-03-01T10:00:00Z","query":"today"}
"#;
    let out = guide(
        &["simulate", "--content", content_dir().to_str().unwrap()],
        timeline,
    );
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4, "{lines:?}");
    assert_eq!(lines[0]["state"], "available");
    assert_eq!(lines[1]["rejected"], "questionnaires_due");
    assert_eq!(lines[2]["rejected"], "bad_input");
    assert_eq!(lines[2]["line"], 3);
    let today = &lines[3];
    assert_eq!(today["state"], "locked");
    assert_eq!(today["next_session"], 2);
    assert_eq!(today["unlocks_at"], "2026-03-02T09:30:00Z");
    assert_eq!(today["completed"], serde_json::json!([1]));
    assert_eq!(today["risk_flag"], true);
    assert_eq!(
        today["latest_scores"]["GAD-7"],
        serde_json::json!({"score": 9, "band": "mild"})
    );
}

#[test]
fn classify_answers_each_line_and_survives_bad_ones() {
    let input = r#"{"text": "I want to kill myself"}
{"text": "wdym", "choices": ["Morning", "Evening"]}
{"text": "the second one", "choices": ["Morning", "Evening"]}
{"text": "yeah"}
{"text": 5}
not json
{"text": "evening", "choices": "Morning"}
"#;
    let out = guide(&["classify"], input);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 7);
    assert_eq!(
        lines[0],
        serde_json::json!({"risk": true, "risk_kind": "suicide", "dont_understand": false, "yes_no": null, "choice": null})
    );
    assert_eq!(lines[1]["dont_understand"], true);
    assert_eq!(lines[2]["choice"], 1);
    assert_eq!(lines[3]["yes_no"], "yes");
    for bad in &lines[4..] {
        assert!(bad["error"].is_string(), "{bad}");
    }
}

#[test]
fn play_holds_the_conversation_from_a_pipe() {
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check-in.guide");
    let out = guide(
        &["play", fixture.to_str().unwrap(), "--name", "Ali"],
        "wdym\nblue\norange\nI want to die, it's been awful\n",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let transcript = String::from_utf8_lossy(&out.stdout);
    let expected = [
        "guide: Hello Ali. Let's take a moment to check in.",
        "guide: How has this week been?",
        "you: wdym",
        "guide: Overall, has this week felt better, worse or about the same?",
        "you: blue",
        "guide: Was it better, worse, or about the same?",
        "you: orange",
        "guide: Was it better, worse, or about the same?",
        "  (tap: Better | About the same | Worse)",
        "you: I want to die, it's been awful",
        "[crisis card (suicide): help is available now]",
        "  Emergency services: Call 999",
        "  NHS 111: Call 111",
        "  Samaritans: Call 116 123",
        "  Shout: Text SHOUT to 85258",
        "[saved mood = worse]",
        "guide: I'm sorry it's been hard.",
        "[task: Notice one moment each day when worry starts]",
        "guide: Thanks, Ali.",
        "[session complete]",
    ];
    assert_eq!(
        transcript.lines().collect::<Vec<_>>(),
        expected,
        "{transcript}"
    );
}

#[test]
fn play_stops_kindly_when_replies_run_out() {
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check-in.guide");
    let out = guide(&["play", fixture.to_str().unwrap()], "");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).ends_with("[stopped: no more replies]\n"));
}

#[test]
fn test_runs_golden_transcripts_reports_a_diff_and_coverage() {
    let dir = std::env::temp_dir().join(format!("guide-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fixture = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/check-in.guide");
    std::fs::copy(&fixture, dir.join("check-in.guide")).unwrap();
    std::fs::write(dir.join("check-in.transcript"), "you: better\n").unwrap();
    // Bless writes the conversation; then it passes.
    let out = guide(&["test", dir.to_str().unwrap(), "--bless"], "");
    assert!(out.status.success());
    let out = guide(&["test", dir.to_str().unwrap()], "");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(
        stdout.contains("1 transcript(s), 4 of 5 lines reached (80%)"),
        "{stdout}"
    );
    assert!(stdout.ends_with("1 passed, 0 failed\n"), "{stdout}");
    // A changed line in the script fails with a diff.
    let script = std::fs::read_to_string(dir.join("check-in.guide")).unwrap();
    std::fs::write(
        dir.join("check-in.guide"),
        script.replace("Thanks, {name}.", "Well done, {name}."),
    )
    .unwrap();
    let out = guide(&["test", dir.to_str().unwrap()], "");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("first difference at line 6"), "{stdout}");
    assert!(stdout.contains("  - guide: Thanks, Sam.\n"), "{stdout}");
    assert!(stdout.contains("  + guide: Well done, Sam.\n"), "{stdout}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn list_and_graph_describe_the_shipped_sessions() {
    let content = content_dir();
    let out = guide(&["list", content.to_str().unwrap(), "--format", "json"], "");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &v[0];
    assert_eq!(first["id"], "what-worry-is");
    assert_eq!(first["number"], 1);
    assert_eq!(first["reflection_hours"], 24);
    assert!(first["questions"].as_u64().unwrap() >= 1);
    let out = guide(
        &[
            "graph",
            "what-worry-is",
            "--content",
            content.to_str().unwrap(),
        ],
        "",
    );
    let dot = String::from_utf8_lossy(&out.stdout);
    assert!(dot.starts_with("digraph \"what-worry-is\""), "{dot}");
    assert!(dot.contains("-> \"end\""), "{dot}");
    let out = guide(&["graph", "99", "--content", content.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no session `99`"));
}

#[test]
fn check_uses_shared_snippets_and_knows_the_media() {
    let root = std::env::temp_dir().join(format!("guide-lib-{}", std::process::id()));
    let content = root.join("content");
    std::fs::create_dir_all(content.join("week-1")).unwrap();
    std::fs::create_dir_all(content.join("shared")).unwrap();
    std::fs::create_dir_all(root.join("assets/media")).unwrap();
    std::fs::copy(
        content_dir().join("programme.toml"),
        content.join("programme.toml"),
    )
    .unwrap();
    std::fs::write(
        content.join("shared/hello.snippet"),
        "Hello {name}, welcome back.\n",
    )
    .unwrap();
    std::fs::write(root.join("assets/media/calm.ogg"), b"").unwrap();
    std::fs::write(root.join("assets/media/unused.ogg"), b"").unwrap();
    std::fs::write(
        content.join("week-1/session-1.guide"),
        "---\nid: what-worry-is\nweek: 1\nnumber: 1\ntitle: What worry is, and what keeps it going\nminutes: 15\n---\n@include hello\n@audio calm.ogg\n@audio missing.ogg\n",
    )
    .unwrap();
    let out = guide(&["check", content.to_str().unwrap()], "");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("session-1.guide:10:1: error[E070]: `missing.ogg` is not in assets/media/"),
        "{err}"
    );
    assert!(!err.contains("E009"), "{err}");
    // With the script fixed, the unused file is reported, and only as a warning.
    let script = content.join("week-1/session-1.guide");
    let text = std::fs::read_to_string(&script).unwrap();
    std::fs::write(&script, text.replace("@audio missing.ogg\n", "")).unwrap();
    let out = guide(&["check", content.to_str().unwrap()], "");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("unused.ogg:1:1: warning[W071]"), "{err}");
    assert!(!err.contains("calm.ogg` is not used"), "{err}");
    std::fs::remove_dir_all(&root).unwrap();
}
