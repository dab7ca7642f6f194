//! The compiler never panics on any text, and the runtime never panics on any compiled
//! script or any reply.

use proptest::prelude::*;
use std::collections::BTreeMap;
use steady_script::session::compile;
use steady_script::session::runtime::{Reply, Runtime};

/// Lines that look like the language, so some generated scripts compile (about 1 in 12)
/// and the runtime gets to play them.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("== a".to_string()),
        Just("== b".to_string()),
        Just("-> a".to_string()),
        Just("-> b".to_string()),
        Just("-> end".to_string()),
        Just("Hello {name}".to_string()),
        Just("@pause 2".to_string()),
        Just("@if x == yes".to_string()),
        Just("@elif x == no".to_string()),
        Just("@else".to_string()),
        Just("@endif".to_string()),
        Just("@set x = yes".to_string()),
        Just("? yesno x: Ok?\n  rephrase: Is it ok?\n  reprompt: Yes or no?".to_string()),
        Just(
            "? choice c: Pick\n  rephrase: r\n  reprompt: r\n  * p: P\n  * q: Q\n  else -> b"
                .to_string()
        ),
        Just("? number(0..10) n: How much?\n  rephrase: r\n  reprompt: r".to_string()),
        Just("? text t: Say?\n  rephrase: r\n  reprompt: r".to_string()),
        Just("@task t: Do it".to_string()),
        Just("@video v.mp4 captions=v.vtt".to_string()),
        Just("@worksheet w".to_string()),
        "[ -~]{0,40}".prop_map(String::from),
    ]
}

fn reply() -> impl Strategy<Value = (Option<String>, Reply)> {
    prop_oneof![
        ".{0,30}".prop_map(|s| (Some(s), Reply::NoMatch)),
        Just((Some("yes".to_string()), Reply::NoMatch)),
        Just((Some("wdym".to_string()), Reply::NoMatch)),
        Just((None, Reply::YesNo("no".to_string()))),
        (0usize..4).prop_map(|i| (None, Reply::Choice(i))),
        (-5i64..15).prop_map(|n| (None, Reply::Number(n))),
        Just((None, Reply::NoMatch)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn compile_and_run_never_panic(
        body in prop::collection::vec(line(), 0..30),
        replies in prop::collection::vec(reply(), 0..20),
    ) {
        let source = format!("---\nid: s\nweek: 1\nnumber: 1\ntitle: T\nminutes: 5\n---\n{}\n", body.join("\n"));
        let compiled = compile(&source);
        if let Some(program) = compiled.program {
            let (mut rt, _) = Runtime::start(&program, BTreeMap::new());
            for (text, r) in replies {
                let _ = match (text, r) {
                    (Some(t), _) => rt.reply(&t),
                    // A number stands for a worksheet submission, with it as a field.
                    (None, Reply::Number(n)) => rt
                        .submit(&[("f".to_string(), n.to_string())])
                        .or_else(|_| rt.answer(Reply::Number(n))),
                    (None, r) => rt.answer(r),
                };
                let saved = rt.position();
                let _ = Runtime::resume(&program, &saved);
            }
        }
    }

    #[test]
    fn compile_never_panics_on_any_text(text in ".{0,400}") {
        let _ = compile(&text);
    }
}
