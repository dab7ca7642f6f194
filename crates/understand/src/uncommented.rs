// Shared by `build.rs` (which packs the lexicon) and the data tests (which check what it
// packed), so the two cannot drift apart: included with `include!`, not a module.

/// A commented data file as the app reads it: without its comment lines (starting "#") and
/// blank lines, which are for its readers; each line kept ends with "\n".
fn uncommented(text: &str) -> String {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .flat_map(|l| [l, "\n"])
        .collect()
}
