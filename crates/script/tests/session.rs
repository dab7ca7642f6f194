//! Session scripts: compiling, diagnostics, playing and resuming.

use std::collections::BTreeMap;
use steady_script::session::runtime::{Event, Reply, Runtime, RuntimeError};
use steady_script::session::{compile, Severity};

const SCRIPT: &str = r#"---
id: what-worry-is
week: 1
number: 1
title: What worry is
minutes: 15
---
# A small session that uses every kind of step.
== start
Hello {name}. It's good to see you.   #id:hello
@pause 2
? yesno tried: Have you ever written your worries down?   #id:ask-tried
  rephrase: Have you kept a list of things that worry you?
  reprompt: Sorry, I didn't catch that. Was that a yes or a no?
  suggest: Yes | No | Not sure
@if tried == yes
  Good, then some of this will feel familiar.
@elif tried == no
  That's fine. We'll start from the beginning.
@else
  No problem at all.
@endif
-> feelings

== feelings
? choice mood: How has this week been?   #id:ask-mood
  rephrase: Overall, has this week felt better, worse or about the same?
  reprompt: Better, worse, or about the same?
  * better: Better | good, fine
  * same: About the same | no change
  * worse: Worse | bad, awful
  else -> unsure
@if mood == worse
  I'm sorry it's been hard.
@endif
? number(0..10) worry: How much has worry got in your way, from 0 to 10?
  rephrase: If 0 is not at all and 10 is all the time, where would you put it?
  reprompt: Could you give me a number from 0 to 10?
? text note: What's one worry on your mind today?
  rephrase: Tell me one thing you've been worrying about.
  reprompt: Just a few words is fine.
  save: journal
@video worry-cycle.mp4 captions=worry-cycle.vtt
@task worry-diary: Write down three worries each evening this week
Thanks, {name}. See you next time.
-> end

== unsure
That's okay. Let's keep going.
-> end
"#;

fn vars() -> BTreeMap<String, String> {
    BTreeMap::from([("name".to_string(), "Sam".to_string())])
}

fn says(events: &[Event]) -> Vec<String> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Say { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_good_script_compiles_without_errors() {
    let c = compile(SCRIPT);
    assert!(!c.has_errors(), "{:#?}", c.diagnostics);
    let p = c.program.unwrap();
    assert_eq!(p.meta.id, "what-worry-is");
    assert_eq!(p.meta.reflection_hours, 24);
}

#[test]
fn plays_a_whole_session_through_every_kind_of_step() {
    let program = compile(SCRIPT).program.unwrap();
    let (mut rt, events) = Runtime::start(&program, vars());
    assert_eq!(says(&events), ["Hello Sam. It's good to see you."]);
    assert!(matches!(events[1], Event::Pause { seconds: 2 }));
    assert!(matches!(&events[2], Event::Ask { id, .. } if id == "ask-tried"));

    let events = rt.answer(Reply::YesNo("no".into())).unwrap();
    assert!(
        matches!(&events[0], Event::Saved { variable, value, .. } if variable == "tried" && value == "no")
    );
    assert_eq!(
        says(&events),
        ["That's fine. We'll start from the beginning."]
    );

    let events = rt.answer(Reply::Choice(2)).unwrap();
    assert_eq!(says(&events), ["I'm sorry it's been hard."]);
    let events = rt.answer(Reply::Number(7)).unwrap();
    assert!(matches!(events.last(), Some(Event::Ask { .. })));
    let events = rt.answer(Reply::Text("money".into())).unwrap();
    assert!(matches!(
        &events[0],
        Event::Saved {
            to_journal: true,
            ..
        }
    ));
    assert!(events.iter().any(|e| matches!(e, Event::Show { .. })));
    assert!(events
        .iter()
        .any(|e| matches!(e, Event::AssignTask { task, .. } if task == "worry-diary")));
    assert_eq!(says(&events), ["Thanks, Sam. See you next time."]);
    assert_eq!(events.last(), Some(&Event::Complete));
    assert!(rt.is_complete());
    assert_eq!(
        rt.answer(Reply::Text("x".into())),
        Err(RuntimeError::NotWaiting)
    );
}

#[test]
fn unmatched_choice_takes_the_way_out() {
    let program = compile(SCRIPT).program.unwrap();
    let (mut rt, _) = Runtime::start(&program, vars());
    rt.answer(Reply::YesNo("yes".into())).unwrap();
    let events = rt.answer(Reply::NoMatch).unwrap();
    assert_eq!(says(&events), ["That's okay. Let's keep going."]);
    assert_eq!(events.last(), Some(&Event::Complete));
}

#[test]
fn wrong_replies_are_refused_and_change_nothing() {
    let program = compile(SCRIPT).program.unwrap();
    let (mut rt, _) = Runtime::start(&program, vars());
    assert_eq!(rt.answer(Reply::Choice(0)), Err(RuntimeError::WrongReply));
    assert_eq!(
        rt.answer(Reply::YesNo("perhaps".into())),
        Err(RuntimeError::WrongReply)
    );
    rt.answer(Reply::YesNo("yes".into())).unwrap();
    assert_eq!(rt.answer(Reply::Choice(9)), Err(RuntimeError::WrongReply));
    rt.answer(Reply::Choice(0)).unwrap();
    assert_eq!(rt.answer(Reply::Number(11)), Err(RuntimeError::WrongReply));
}

#[test]
fn resumes_exactly_where_it_left_off() {
    let program = compile(SCRIPT).program.unwrap();
    let (mut rt, _) = Runtime::start(&program, vars());
    rt.answer(Reply::YesNo("yes".into())).unwrap();
    let saved = rt.position();
    assert_eq!(saved.step_id, "ask-mood");
    let (mut again, events) = Runtime::resume(&program, &saved).unwrap();
    assert!(matches!(&events[0], Event::Ask { id, .. } if id == "ask-mood"));
    assert_eq!(again.variables()["tried"], "yes");
    again.answer(Reply::Choice(0)).unwrap();
}

#[test]
fn resumes_after_edits_elsewhere_and_falls_back_safely() {
    let program = compile(SCRIPT).program.unwrap();
    let (mut rt, _) = Runtime::start(&program, vars());
    rt.answer(Reply::YesNo("yes".into())).unwrap();
    let saved = rt.position();
    // An edit to another line keeps the tagged question.
    let edited = SCRIPT.replace("It's good to see you.", "Welcome back.");
    let edited = compile(&edited).program.unwrap();
    assert_ne!(edited.content_hash, program.content_hash);
    let (_, events) = Runtime::resume(&edited, &saved).unwrap();
    assert!(matches!(&events[0], Event::Ask { id, .. } if id == "ask-mood"));
    // The question's id gone: the start of its section.
    let moved = compile(&SCRIPT.replace("#id:ask-mood", "#id:ask-week"))
        .program
        .unwrap();
    let (_, events) = Runtime::resume(&moved, &saved).unwrap();
    assert!(matches!(&events[0], Event::Ask { id, .. } if id == "ask-week"));
    // Section gone too: the session must restart.
    let gone = compile(
        &SCRIPT
            .replace("-> feelings", "-> chat")
            .replace("== feelings", "== chat")
            .replace("#id:ask-mood", ""),
    )
    .program
    .unwrap();
    assert_eq!(
        Runtime::resume(&gone, &saved).err(),
        Some(RuntimeError::MustRestart)
    );
}

fn codes(source: &str) -> Vec<(&'static str, usize)> {
    compile(source)
        .diagnostics
        .iter()
        .map(|d| (d.code, d.line))
        .collect()
}

const HEAD: &str = "---\nid: s\nweek: 1\nnumber: 1\ntitle: T\nminutes: 10\n---\n";

#[test]
fn reports_every_problem_in_one_run() {
    let source = format!(
        "{HEAD}== start\n-> nowhere\n== start\n? yesno x: Ok?\n@if y == yes\nHi\n@frobnicate\n"
    );
    let got = codes(&source);
    assert!(got.contains(&("E011", 9)), "{got:?}"); // undefined section
    assert!(got.contains(&("E010", 10)), "{got:?}"); // duplicate section
    assert!(got.contains(&("E031", 11)), "{got:?}"); // no rephrase / reprompt
    assert!(got.contains(&("E040", 12)), "{got:?}"); // undefined variable
    assert!(got.contains(&("E007", 14)), "{got:?}"); // unknown command
    assert!(got.contains(&("E020", 12)), "{got:?}"); // unclosed @if
    assert!(compile(&source).program.is_none());
}

#[test]
fn checks_choices_values_and_ids() {
    let source = format!("{HEAD}== start\n? choice c: Pick\n  rephrase: r\n  reprompt: r\n  * a: A\n  * b: B\n@if c == z\nHi #id:dup\n@endif\nBye #id:dup\n");
    let got = codes(&source);
    assert!(got.contains(&("E033", 9)), "no way out: {got:?}");
    assert!(got.contains(&("E041", 14)), "wrong value: {got:?}");
    assert!(got.contains(&("E012", 17)), "duplicate id: {got:?}");
}

#[test]
fn flow_problems_are_found() {
    let unreachable = format!("{HEAD}== start\nHi\n-> end\n== lost\nNever said\n");
    let d = compile(&unreachable).diagnostics;
    assert!(
        d.iter()
            .any(|d| d.code == "W050" && d.severity == Severity::Warning),
        "{d:?}"
    );
    let looping = format!("{HEAD}== start\nHi\n-> again\n== again\nRound we go\n-> start\n");
    assert!(
        codes(&looping).iter().any(|(c, _)| *c == "E051"),
        "{:?}",
        codes(&looping)
    );
}

#[test]
fn front_matter_is_required_and_checked() {
    assert!(codes("Hello\n").contains(&("E001", 1)));
    let got = codes("---\nid: s\nweek: one\ntitle: T\nminutes: 10\ncolour: red\n---\nHi\n");
    assert!(got.contains(&("E002", 3)), "{got:?}");
    assert!(got.contains(&("E002", 6)), "{got:?}");
    assert!(
        got.iter().any(|(c, _)| *c == "E001"),
        "number missing: {got:?}"
    );
}

#[test]
fn unclosed_bold_gets_a_warning() {
    let head = "---\nid: s\nweek: 1\nnumber: 1\ntitle: T\nminutes: 5\n---\n== start\n";
    assert_eq!(codes(&format!("{head}This is **fine**.\n- a point\n")), []);
    assert_eq!(
        codes(&format!("{head}This is **not fine.\n")),
        [("W063", 9)]
    );
}

#[test]
fn long_lines_get_a_warning() {
    let long = "word ".repeat(70);
    let d = compile(&format!("{HEAD}{long}\n")).diagnostics;
    assert!(d.iter().any(|d| d.code == "W060"), "{d:?}");
    assert!(d.iter().any(|d| d.code == "W061"), "{d:?}");
}

#[test]
fn derived_ids_are_stable_across_edits_elsewhere() {
    let a = compile(&format!("{HEAD}== start\nOne\nTwo\n"))
        .program
        .unwrap();
    let b = compile(&format!("{HEAD}== start\nZero\nOne\nTwo\n"))
        .program
        .unwrap();
    let id = |p: &steady_script::session::Program, i: usize| p.steps[i].id.clone();
    assert_eq!(id(&a, 0), id(&b, 1));
    assert_eq!(id(&a, 1), id(&b, 2));
}

#[test]
fn never_panics_on_odd_text() {
    let many_ifs = "@if a == b\n".repeat(500);
    for s in [
        "",
        "---",
        "---\n---",
        "== \n->\n?\n@\n{",
        "---\nid: x\n---\n? choice\n  *\n  else ->\n@if\n@elif\n@else\n@else\n@endif\n@endif",
        "\u{0}\u{feff}===",
        many_ifs.as_str(),
    ] {
        let c = compile(s);
        if let Some(p) = c.program {
            let (mut rt, _) = Runtime::start(&p, BTreeMap::new());
            let _ = rt.answer(Reply::NoMatch);
        }
    }
}

mod typed_replies {
    use super::*;
    use steady_script::session::runtime::RiskKind;

    fn at_mood() -> (steady_script::session::Program, BTreeMap<String, String>) {
        (compile(SCRIPT).program.unwrap(), vars())
    }

    #[test]
    fn typed_replies_are_understood() {
        let (program, vars) = at_mood();
        let (mut rt, _) = Runtime::start(&program, vars);
        let events = rt.reply("yeah I have").unwrap();
        assert!(matches!(&events[0], Event::Saved { value, .. } if value == "yes"));
        let events = rt.reply("pretty bad tbh").unwrap();
        assert!(matches!(&events[0], Event::Saved { value, .. } if value == "worse"));
        let events = rt.reply("about 7").unwrap();
        assert!(matches!(&events[0], Event::Saved { value, .. } if value == "7"));
    }

    #[test]
    fn i_dont_understand_gets_the_rephrasing_and_keeps_waiting() {
        let (program, vars) = at_mood();
        let (mut rt, _) = Runtime::start(&program, vars);
        let events = rt.reply("wdym").unwrap();
        assert_eq!(
            events,
            [Event::Rephrase {
                id: "ask-tried".into(),
                text: "Have you kept a list of things that worry you?".into()
            }]
        );
        assert!(matches!(&rt.reply("no").unwrap()[0], Event::Saved { .. }));
    }

    #[test]
    fn misses_reprompt_then_offer_options() {
        let (program, vars) = at_mood();
        let (mut rt, _) = Runtime::start(&program, vars);
        rt.reply("yes").unwrap();
        let first = rt.reply("purple").unwrap();
        assert!(matches!(&first[0], Event::Reprompt { options, .. } if options.is_empty()));
        let second = rt.reply("giraffe").unwrap();
        assert!(
            matches!(&second[0], Event::Reprompt { options, .. } if options == &["Better", "About the same", "Worse"]),
            "{second:?}"
        );
        // A tap answers it.
        assert!(
            matches!(&rt.answer(Reply::Choice(1)).unwrap()[0], Event::Saved { value, .. } if value == "same")
        );
    }

    #[test]
    fn a_third_miss_takes_the_way_out_so_nobody_is_stuck() {
        let (program, vars) = at_mood();
        let (mut rt, _) = Runtime::start(&program, vars);
        rt.reply("yes").unwrap();
        rt.reply("purple").unwrap();
        rt.reply("giraffe").unwrap();
        let third = rt.reply("elephant").unwrap();
        assert!(
            !third.iter().any(|e| matches!(e, Event::Reprompt { .. })),
            "{third:?}"
        );
        assert_eq!(
            says(&third),
            ["That's okay. Let's keep going."],
            "the `else` section"
        );
        assert!(rt.branches_taken().contains(&(
            program
                .branch_outcomes()
                .iter()
                .find(|b| b.outcome == steady_script::session::WAY_OUT)
                .unwrap()
                .step,
            steady_script::session::WAY_OUT
        )));
    }

    #[test]
    fn a_yes_no_question_keeps_offering_its_options_after_three_misses() {
        // The sample's first question is a yes/no, which has no way out to take.
        let program = compile(SCRIPT).program.unwrap();
        let (mut rt, _) = Runtime::start(&program, BTreeMap::new());
        for _ in 0..4 {
            let e = rt.reply("purple").unwrap();
            assert!(matches!(&e[0], Event::Reprompt { .. }), "{e:?}");
        }
    }

    #[test]
    fn risk_shows_the_crisis_card_and_the_conversation_carries_on() {
        let (program, vars) = at_mood();
        let (mut rt, _) = Runtime::start(&program, vars);
        let events = rt.reply("no, honestly I want to die").unwrap();
        assert_eq!(
            events[0],
            Event::Crisis {
                kind: RiskKind::Suicide
            }
        );
        assert!(matches!(&events[1], Event::Saved { value, .. } if value == "no"));
        // A risky reply that answers nothing: crisis card, then the reprompt.
        let events = rt.reply("I've been cutting again").unwrap();
        assert_eq!(
            events[0],
            Event::Crisis {
                kind: RiskKind::SelfHarm
            }
        );
        assert!(matches!(&events[1], Event::Reprompt { .. }));
    }
}

#[test]
fn summary_and_graph() {
    let program = compile(SCRIPT).program.unwrap();
    let s = program.summary();
    assert_eq!(s.questions, 4);
    assert_eq!(s.branches, 2 + 3 + 1); // @if and @elif on `tried`, three options, @if on `mood`
    assert_eq!(s.media, ["worry-cycle.mp4"]);
    let dot = program.to_dot();
    assert!(dot.starts_with("digraph \"what-worry-is\" {"), "{dot}");
    assert!(dot.contains("\"start\" -> \"feelings\";"), "{dot}");
    assert!(
        dot.contains("\"feelings\" -> \"unsure\" [label=\"no match\", style=dashed];"),
        "{dot}"
    );
    assert!(dot.contains("\"feelings\" -> \"end\";"), "{dot}");
    assert!(dot.contains("\"unsure\" -> \"end\";"), "{dot}");
}

mod snippets_and_assets {
    use super::*;
    use std::collections::BTreeSet;
    use steady_script::session::{compile_with, Context};

    fn snippets() -> BTreeMap<String, String> {
        BTreeMap::from([
            ("check-in".to_string(), "How are you, {name}?\n? yesno ok: Are you ok?\n  rephrase: Are you alright?\n  reprompt: Yes or no?\n".to_string()),
            ("broken".to_string(), "-> nowhere\n".to_string()),
            ("nested".to_string(), "@include check-in\n".to_string()),
        ])
    }

    #[test]
    fn include_inlines_a_shared_snippet() {
        let s = snippets();
        let ctx = Context {
            snippets: Some(&s),
            assets: None,
            library: None,
        };
        let c = compile_with(
            &format!("{HEAD}== start\n@include check-in\n@if ok == yes\nGood.\n@endif\n"),
            &ctx,
        );
        assert!(!c.has_errors(), "{:?}", c.diagnostics);
        let program = c.program.unwrap();
        let (_, events) = Runtime::start(&program, vars());
        assert_eq!(says(&events), ["How are you, Sam?"]);
        // Steps from the snippet point at the @include line.
        assert!(program.steps.iter().all(|s| s.line <= 12));
    }

    #[test]
    fn snippet_problems_point_at_the_include_line() {
        let s = snippets();
        let ctx = Context {
            snippets: Some(&s),
            assets: None,
            library: None,
        };
        let d = compile_with(
            &format!("{HEAD}== start\n@include broken\n@include nested\n@include chek-in\n"),
            &ctx,
        )
        .diagnostics;
        let find = |code: &str| {
            d.iter()
                .find(|d| d.code == code)
                .unwrap_or_else(|| panic!("{code}: {d:?}"))
        };
        assert_eq!(find("E011").line, 9);
        assert!(
            find("E011")
                .message
                .starts_with("in snippet `broken`, line 1: "),
            "{d:?}"
        );
        assert!(
            d.iter()
                .any(|d| d.code == "E009" && d.line == 10 && d.message.contains("cannot include")),
            "{d:?}"
        );
        assert!(
            d.iter().any(|d| d.code == "E009"
                && d.line == 11
                && d.message.contains("did you mean `check-in`")),
            "{d:?}"
        );
    }

    #[test]
    fn media_must_exist_when_assets_are_known() {
        let assets = BTreeSet::from(["cycle.mp4".to_string(), "cycle.vtt".to_string()]);
        let ctx = Context {
            snippets: None,
            assets: Some(&assets),
            library: None,
        };
        let ok = compile_with(
            &format!("{HEAD}@video cycle.mp4 captions=cycle.vtt\n"),
            &ctx,
        );
        assert!(!ok.has_errors(), "{:?}", ok.diagnostics);
        let d = compile_with(
            &format!("{HEAD}@video cycle.mp4 captions=cycle.srt\n@audio calm.ogg\n"),
            &ctx,
        )
        .diagnostics;
        let codes: Vec<(&str, usize)> = d.iter().map(|d| (d.code, d.line)).collect();
        assert_eq!(codes, [("E070", 8), ("E070", 9)]);
    }
}

/// Worksheets and cards: references are checked against the library, and the runtime waits
/// at a worksheet until it is submitted (or skipped), screening every field for risk.
mod worksheets {
    use super::*;
    use steady_script::session::{compile_with, Context};
    use steady_script::Library;

    const HEAD: &str = "---\nid: w\nweek: 1\nnumber: 1\ntitle: W\nminutes: 10\n---\n== start\n";

    fn library() -> Library {
        let mut lib = Library::default();
        let d = lib.add_worksheets(
            "[[worksheet]]\nid = \"worry-log\"\ntitle = \"Worry log\"\n[[worksheet.field]]\nid = \"worry\"\nlabel = \"The worry\"\n",
        );
        assert_eq!(d, []);
        assert_eq!(
            lib.add_cards("[[card]]\nid = \"cycle\"\ntitle = \"Cycle\"\nbody = \"B\"\n"),
            []
        );
        lib
    }

    fn program() -> steady_script::session::Program {
        let lib = library();
        let ctx = Context {
            library: Some(&lib),
            ..Context::default()
        };
        let c = compile_with(
            &format!("{HEAD}@card cycle\nFill this in.\n@worksheet worry-log   #id:log\nThanks.\n? yesno ok: All right?\n  rephrase: Is that all right?\n  reprompt: Yes or no?\n-> end\n"),
            &ctx,
        );
        assert!(!c.has_errors(), "{:?}", c.diagnostics);
        c.program.unwrap()
    }

    #[test]
    fn unknown_worksheets_and_cards_are_errors_with_a_suggestion() {
        let lib = library();
        let ctx = Context {
            library: Some(&lib),
            ..Context::default()
        };
        let d = compile_with(
            &format!("{HEAD}@worksheet worry-logs\n@card cylce\n@card other\n"),
            &ctx,
        )
        .diagnostics;
        let found: Vec<(&str, usize)> = d.iter().map(|d| (d.code, d.line)).collect();
        assert_eq!(found, [("E071", 9), ("E072", 10), ("E072", 11)], "{d:?}");
        assert!(
            d[0].message.contains("did you mean `worry-log`?"),
            "{}",
            d[0].message
        );
        assert!(
            d[1].message.contains("did you mean `cycle`?"),
            "{}",
            d[1].message
        );
        // Without a library (a single script on its own) references are not checked.
        assert!(!compile(&format!("{HEAD}@worksheet anything\n")).has_errors());
    }

    #[test]
    fn waits_at_a_worksheet_until_it_is_submitted() {
        let p = program();
        let (mut rt, events) = Runtime::start(&p, vars());
        assert!(matches!(&events[0], Event::Show { .. }));
        assert!(
            matches!(events.last(), Some(Event::Worksheet { worksheet, .. }) if worksheet == "worry-log")
        );
        assert_eq!(
            rt.reply("hello"),
            Err(RuntimeError::NotWaiting),
            "not a question"
        );
        assert_eq!(
            rt.answer(Reply::YesNo("yes".into())),
            Err(RuntimeError::NotWaiting)
        );
        // Resuming at the worksheet shows it again.
        let (_, again) = Runtime::resume(&p, &rt.position()).unwrap();
        assert!(matches!(again.last(), Some(Event::Worksheet { .. })));
        let events = rt.submit(&[("worry".into(), "  money  ".into())]).unwrap();
        assert_eq!(
            events[0],
            Event::WorksheetSaved {
                worksheet: "worry-log".into(),
                fields: vec![("worry".into(), "money".into())]
            }
        );
        assert_eq!(says(&events), ["Thanks."]);
        assert!(matches!(events.last(), Some(Event::Ask { .. })));
        assert_eq!(
            rt.submit(&[]),
            Err(RuntimeError::NotWaiting),
            "no worksheet now"
        );
    }

    #[test]
    fn a_skipped_worksheet_saves_nothing_and_moves_on() {
        let p = program();
        let (mut rt, _) = Runtime::start(&p, vars());
        let events = rt.submit(&[("worry".into(), " ".into())]).unwrap();
        assert!(!events
            .iter()
            .any(|e| matches!(e, Event::WorksheetSaved { .. })));
        assert_eq!(says(&events), ["Thanks."]);
    }

    #[test]
    fn every_worksheet_field_is_screened_for_risk() {
        let p = program();
        let (mut rt, _) = Runtime::start(&p, vars());
        let events = rt
            .submit(&[(
                "worry".into(),
                "i keep thinking everyone would be better off without me".into(),
            )])
            .unwrap();
        assert!(matches!(events[0], Event::Crisis { .. }), "{events:?}");
        assert!(
            matches!(events[1], Event::WorksheetSaved { .. }),
            "what was written is kept"
        );
        assert_eq!(says(&events), ["Thanks."], "the conversation carries on");
    }
}

#[test]
fn waits_at_a_questionnaire_until_the_app_says_it_is_done() {
    let head = "---\nid: q\nweek: 1\nnumber: 1\ntitle: Q\nminutes: 5\n---\n== start\n";
    let c = compile(&format!(
        "{head}First, a check-in.\n@questionnaire GAD-7\nThank you.\n-> end\n"
    ));
    assert!(!c.has_errors(), "{:?}", c.diagnostics);
    let p = c.program.unwrap();
    let (mut rt, events) = Runtime::start(&p, vars());
    assert!(matches!(events.last(), Some(Event::Questionnaire { name, .. }) if name == "GAD-7"));
    assert_eq!(rt.reply("fine"), Err(RuntimeError::NotWaiting));
    assert_eq!(
        rt.submit(&[]),
        Err(RuntimeError::NotWaiting),
        "not a worksheet"
    );
    let (_, again) = Runtime::resume(&p, &rt.position()).unwrap();
    assert!(
        matches!(again.last(), Some(Event::Questionnaire { .. })),
        "resumes at it"
    );
    let events = rt.questionnaire_done().unwrap();
    assert_eq!(says(&events), ["Thank you."]);
    assert!(rt.is_complete());
    assert_eq!(rt.questionnaire_done(), Err(RuntimeError::NotWaiting));
    assert!(
        compile(&format!("{head}@questionnaire GAD-8\n")).has_errors(),
        "only GAD-7 and PHQ-9"
    );
}
