//! Any text through the script compiler; any compiled script through the runtime with
//! replies taken from the rest of the input (a line starting `%w ` submits a worksheet
//! with the rest of the line as its one field).
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeMap;
use steady_script::session::compile;
use steady_script::session::runtime::Runtime;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (script, replies) = text.split_once("\n%%\n").unwrap_or((&text, ""));
    let compiled = compile(script);
    if let Some(program) = compiled.program {
        let (mut rt, _) = Runtime::start(&program, BTreeMap::new());
        for reply in replies.lines() {
            match reply.strip_prefix("%w ") {
                Some(field) => {
                    let _ = rt.submit(&[("f".to_string(), field.to_string())]);
                }
                None => {
                    let _ = rt.reply(reply);
                }
            }
            let position = rt.position();
            let _ = Runtime::resume(&program, &position);
        }
    }
});
