//! `guide`: the command-line tool content authors use to check the programme.

use anyhow::Context;
use clap::{Parser, Subcommand};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use steady_script::Manifest;

#[derive(Parser)]
#[command(name = "guide", version, about = "Check Steady's programme content")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check the programme content (the manifest and every `.guide` script) and report
    /// every problem found. Exit 0 when there are no errors, 1 when there are.
    Check {
        /// The content folder.
        #[arg(default_value = "content")]
        dir: Option<PathBuf>,
        /// The content folder (same as DIR).
        #[arg(long)]
        content: Option<PathBuf>,
        /// `text` for people, `json` for tools.
        #[arg(long, default_value = "text", value_parser = ["text", "json"])]
        format: String,
    },
    /// Hold a session's conversation in the terminal: the guide's lines on stdout, your
    /// replies typed on stdin (works in a pipe) or read from a file.
    Play {
        /// A `.guide` file, or a session number or id found under the content folder.
        session: String,
        /// The content folder.
        #[arg(long, default_value = "content")]
        content: PathBuf,
        /// Play these replies, one a line, instead of reading stdin.
        #[arg(long)]
        replies: Option<PathBuf>,
        /// The name the guide calls you.
        #[arg(long, default_value = "Sam")]
        name: String,
    },
    /// List the sessions that have scripts, with what each contains.
    List {
        /// The content folder.
        #[arg(default_value = "content")]
        dir: PathBuf,
        /// `text` for people, `json` for tools.
        #[arg(long, default_value = "text", value_parser = ["text", "json"])]
        format: String,
    },
    /// Write a stable `#id:` on every question, worksheet and questionnaire line that has
    /// none, so saved positions survive later edits to its words. The id written is the
    /// one the line has now, so conversations in progress are not disturbed.
    Tag {
        /// The content folder.
        #[arg(default_value = "content")]
        dir: PathBuf,
    },
    /// Print a session's flow between sections as Graphviz DOT.
    Graph {
        /// A `.guide` file, or a session number or id found under the content folder.
        session: String,
        /// The content folder.
        #[arg(long, default_value = "content")]
        content: PathBuf,
    },
    /// Run the golden transcripts beside each script and report how much of each session
    /// they reach.
    Test {
        /// The content folder.
        #[arg(default_value = "content")]
        dir: PathBuf,
        /// Rewrite each transcript from its replies (after checking the change is right).
        #[arg(long)]
        bless: bool,
        /// Fail when the transcripts leave a branch of some session untaken.
        #[arg(long)]
        all_branches: bool,
    },
    /// Read replies (JSON lines on stdin: {"text", "choices"?}) and print how the guide
    /// understands each one (JSON lines on stdout).
    Classify,
    /// Play a timeline of patient events (JSON lines on stdin) through the programme rules
    /// and print what the rules say (JSON lines on stdout). See docs/programme-rules.md.
    Simulate {
        /// The content folder.
        #[arg(long, default_value = "content")]
        content: PathBuf,
    },
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run() -> anyhow::Result<ExitCode> {
    match Cli::parse().command {
        Command::Check {
            dir,
            content,
            format,
        } => {
            let dir = content.or(dir).unwrap_or_else(|| PathBuf::from("content"));
            check(&dir, format == "json")
        }
        Command::Simulate { content } => simulate(&content),
        Command::Classify => classify(),
        Command::Test {
            dir,
            bless,
            all_branches,
        } => test(&dir, bless, all_branches),
        Command::List { dir, format } => list(&dir, format == "json"),
        Command::Tag { dir } => tag(&dir),
        Command::Graph { session, content } => {
            print!(
                "{}",
                load_program(&find_script(&session, &content)?, &Library::load(&content)?)?
                    .to_dot()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Play {
            session,
            content,
            replies,
            name,
        } => play(&session, &content, replies.as_deref(), &name),
    }
}

/// Finds a session script by path, number or id.
fn find_script(session: &str, content: &Path) -> anyhow::Result<PathBuf> {
    let direct = PathBuf::from(session);
    if direct.extension().is_some_and(|e| e == "guide") {
        return Ok(direct);
    }
    let mut scripts = Vec::new();
    collect_scripts(content, &mut scripts)?;
    for path in scripts {
        let source = std::fs::read_to_string(&path)?;
        if let Some(p) =
            steady_script::session::compile_with(&source, &Library::load(content)?.context())
                .program
        {
            if p.meta.id == session || p.meta.number.to_string() == session {
                return Ok(path);
            }
        }
    }
    anyhow::bail!(
        "no session `{session}` under {} (give a .guide file, a number or an id)",
        content.display()
    )
}

/// What scripts may refer to: snippets in `content/shared/*.snippet`, and the media files
/// in `assets/media/` beside the content folder (when that folder exists).
struct Library {
    snippets: std::collections::BTreeMap<String, String>,
    media: Option<std::collections::BTreeSet<String>>,
    /// Worksheets and cards from `shared/worksheets.toml` and `shared/cards.toml`.
    shared: steady_script::Library,
    /// Problems in those two files, with the file and its text.
    problems: Vec<(PathBuf, String, steady_script::session::Diagnostic)>,
}

impl Library {
    fn load(content: &Path) -> anyhow::Result<Self> {
        let mut snippets = std::collections::BTreeMap::new();
        let shared = content.join("shared");
        if shared.is_dir() {
            for entry in std::fs::read_dir(&shared)? {
                let path = entry?.path();
                if path.extension().is_some_and(|e| e == "snippet") {
                    let name = path
                        .file_stem()
                        .and_then(|s| s.to_str())
                        .unwrap_or_default()
                        .to_string();
                    let text = std::fs::read_to_string(&path)
                        .with_context(|| format!("cannot read {}", path.display()))?;
                    snippets.insert(name, text);
                }
            }
        }
        let media_dir = content
            .parent()
            .unwrap_or(Path::new("."))
            .join("assets/media");
        let media = if media_dir.is_dir() {
            let mut files = std::collections::BTreeSet::new();
            for entry in std::fs::read_dir(&media_dir)? {
                if let Some(name) = entry?.file_name().to_str() {
                    files.insert(name.to_string());
                }
            }
            Some(files)
        } else {
            None
        };
        let mut shared = steady_script::Library::default();
        let mut problems = Vec::new();
        for (file, add) in [
            (
                "worksheets.toml",
                steady_script::Library::add_worksheets
                    as fn(&mut steady_script::Library, &str) -> Vec<_>,
            ),
            ("cards.toml", steady_script::Library::add_cards),
        ] {
            let path = content.join("shared").join(file);
            if path.is_file() {
                let text = std::fs::read_to_string(&path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                for d in add(&mut shared, &text) {
                    problems.push((path.clone(), text.clone(), d));
                }
            }
        }
        Ok(Library {
            snippets,
            media,
            shared,
            problems,
        })
    }

    fn context(&self) -> steady_script::session::Context<'_> {
        steady_script::session::Context {
            snippets: Some(&self.snippets),
            assets: self.media.as_ref(),
            library: Some(&self.shared),
        }
    }
}

fn load_program(path: &Path, library: &Library) -> anyhow::Result<steady_script::session::Program> {
    let source =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    steady_script::session::compile_with(&source, &library.context())
        .program
        .with_context(|| format!("{} does not compile: run `guide check`", path.display()))
}

fn play(
    session: &str,
    content: &Path,
    replies: Option<&Path>,
    name: &str,
) -> anyhow::Result<ExitCode> {
    let library = Library::load(content)?;
    let program = load_program(&find_script(session, content)?, &library)?;
    let mut input: Box<dyn Iterator<Item = String>> = match replies {
        Some(file) => {
            let text = std::fs::read_to_string(file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            Box::new(
                text.lines()
                    .map(String::from)
                    .collect::<Vec<_>>()
                    .into_iter(),
            )
        }
        None => Box::new(std::io::stdin().lock().lines().map_while(Result::ok)),
    };
    let mut out = std::io::stdout().lock();
    converse(
        &program,
        &library.shared,
        name,
        || input.next(),
        |line| {
            let _ = writeln!(out, "{line}");
            let _ = out.flush();
        },
    )?;
    Ok(ExitCode::SUCCESS)
}

fn tag(content: &Path) -> anyhow::Result<ExitCode> {
    let mut scripts = Vec::new();
    collect_scripts(content, &mut scripts)?;
    scripts.sort();
    let library = Library::load(content)?;
    for script in &scripts {
        let source = std::fs::read_to_string(script)
            .with_context(|| format!("cannot read {}", script.display()))?;
        let program = load_program(script, &library)?;
        let (tagged, added) = tag_source(&source, &program);
        if added > 0 {
            std::fs::write(script, tagged)?;
        }
        println!("{}: {added} id(s) added", script.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// Adds `#id:` to each line where the conversation can stop (a question, worksheet or
/// questionnaire) that has none, using the id the compiler gives it now.
fn tag_source(source: &str, program: &steady_script::session::Program) -> (String, usize) {
    use steady_script::session::Instr;
    let mut lines: Vec<String> = source.lines().map(String::from).collect();
    let mut added = 0;
    for step in &program.steps {
        if !matches!(
            step.instr,
            Instr::Ask(_) | Instr::Worksheet(_) | Instr::Questionnaire(_)
        ) {
            continue;
        }
        let Some(line) = lines.get_mut(step.line.wrapping_sub(1)) else {
            continue;
        };
        let t = line.trim_start();
        let stops =
            t.starts_with("? ") || t.starts_with("@worksheet") || t.starts_with("@questionnaire");
        if stops && !line.contains("#id:") {
            line.push_str(&format!("   #id:{}", step.id));
            added += 1;
        }
    }
    let mut out = lines.join("\n");
    if source.ends_with('\n') {
        out.push('\n');
    }
    (out, added)
}

/// What a played conversation reached: the ids of the lines the guide said or asked, and
/// the decision outcomes it took (see `Program::branch_outcomes`).
type Reached = (
    std::collections::BTreeSet<String>,
    std::collections::BTreeSet<(usize, usize)>,
);

/// Plays a conversation: takes replies from `next_reply` and hands each transcript line
/// to `emit`. Returns what it reached.
fn converse(
    program: &steady_script::session::Program,
    shared: &steady_script::Library,
    name: &str,
    mut next_reply: impl FnMut() -> Option<String>,
    mut emit: impl FnMut(&str),
) -> anyhow::Result<Reached> {
    use steady_script::session::runtime::{Event, Runtime};
    let mut seen = std::collections::BTreeSet::new();
    let vars = std::collections::BTreeMap::from([("name".to_string(), name.to_string())]);
    let (mut rt, mut events) = Runtime::start(program, vars);
    loop {
        let mut pending_worksheet = None;
        let mut pending_questionnaire = false;
        for e in &events {
            match e {
                Event::Say { id, text } => {
                    seen.insert(id.clone());
                    emit(&format!("guide: {text}"));
                }
                Event::Pause { seconds } => emit(&format!("[pause {seconds}s]")),
                Event::Show { id, media } => {
                    seen.insert(id.clone());
                    emit(&format!("[show {media:?}]"));
                }
                Event::Worksheet { id, worksheet } => {
                    seen.insert(id.clone());
                    emit(&format!("[worksheet {worksheet}]"));
                    pending_worksheet = Some(worksheet.clone());
                }
                Event::WorksheetSaved { worksheet, fields } => {
                    let fields: Vec<String> =
                        fields.iter().map(|(k, v)| format!("{k} = {v}")).collect();
                    emit(&format!(
                        "[saved worksheet {worksheet}: {}]",
                        fields.join("; ")
                    ));
                }
                Event::Questionnaire { id, name } => {
                    seen.insert(id.clone());
                    emit(&format!("[questionnaire {name}: answered in the app]"));
                    pending_questionnaire = true;
                }
                Event::AssignTask { id, text, .. } => {
                    seen.insert(id.clone());
                    emit(&format!("[task: {text}]"));
                }
                Event::Ask { id, question } => {
                    seen.insert(id.clone());
                    emit(&format!("guide: {}", question.prompt));
                    if !question.suggestions.is_empty() {
                        emit(&format!(
                            "  (suggested: {})",
                            question.suggestions.join(" | ")
                        ));
                    }
                }
                Event::Saved {
                    variable, value, ..
                } => emit(&format!("[saved {variable} = {value}]")),
                Event::Crisis { kind } => {
                    emit(&format!(
                        "[crisis card ({}): help is available now]",
                        kind.code()
                    ));
                    for c in steady_script::UK_CRISIS_CONTACTS {
                        emit(&format!("  {}: {}", c.name, c.action));
                    }
                }
                Event::Rephrase { text, .. } => emit(&format!("guide: {text}")),
                Event::Reprompt { text, options, .. } => {
                    emit(&format!("guide: {text}"));
                    if !options.is_empty() {
                        emit(&format!("  (tap: {})", options.join(" | ")));
                    }
                }
                Event::Complete => emit("[session complete]"),
            }
        }
        if rt.is_complete() {
            return Ok((seen, rt.branches_taken().clone()));
        }
        if pending_questionnaire {
            events = rt.questionnaire_done()?;
            continue;
        }
        if let Some(worksheet) = pending_worksheet {
            // One reply a field, in order ("-" leaves a field blank).
            let fields = shared
                .worksheets
                .get(&worksheet)
                .map(|w| w.fields.clone())
                .unwrap_or_default();
            let mut filled = Vec::new();
            for field in fields {
                emit(&format!("  {}", field.label));
                let Some(reply) = next_reply() else {
                    emit("[stopped: no more replies]");
                    return Ok((seen, rt.branches_taken().clone()));
                };
                emit(&format!("you: {reply}"));
                filled.push((field.id, if reply == "-" { String::new() } else { reply }));
            }
            events = rt.submit(&filled)?;
            continue;
        }
        let Some(reply) = next_reply() else {
            emit("[stopped: no more replies]");
            return Ok((seen, rt.branches_taken().clone()));
        };
        emit(&format!("you: {reply}"));
        events = rt.reply(&reply)?;
    }
}

fn list(content: &Path, json: bool) -> anyhow::Result<ExitCode> {
    let mut scripts = Vec::new();
    collect_scripts(content, &mut scripts)?;
    let library = Library::load(content)?;
    let mut programs = scripts
        .iter()
        .map(|p| load_program(p, &library))
        .collect::<anyhow::Result<Vec<_>>>()?;
    programs.sort_by_key(|p| p.meta.number);
    if json {
        let items: Vec<serde_json::Value> = programs
            .iter()
            .map(|p| {
                let s = p.summary();
                serde_json::json!({
                    "id": p.meta.id, "week": p.meta.week, "number": p.meta.number,
                    "title": p.meta.title, "minutes": p.meta.minutes,
                    "reflection_hours": p.meta.reflection_hours, "questions": s.questions,
                    "branches": s.branches, "media": s.media, "worksheets": s.worksheets,
                })
            })
            .collect();
        println!("{}", serde_json::Value::Array(items));
    } else {
        for p in &programs {
            let s = p.summary();
            println!(
                "week {} session {:>2}  {}  ({} min, {} questions, {} branches)",
                p.meta.week, p.meta.number, p.meta.title, p.meta.minutes, s.questions, s.branches
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs every golden transcript under `content`: each `NAME*.transcript` beside
/// `NAME.guide` holds the replies (`you:` lines) and the expected conversation. Reports
/// mismatches with a diff, and the share of each session's lines and branches (every
/// outcome of every `@if`/`@elif` and every choice option) the transcripts reach.
fn test(content: &Path, bless: bool, all_branches: bool) -> anyhow::Result<ExitCode> {
    let mut untaken_total = 0;
    let mut scripts = Vec::new();
    collect_scripts(content, &mut scripts)?;
    scripts.sort();
    let (mut passed, mut failed) = (0, 0);
    let library = Library::load(content)?;
    for script in &scripts {
        let program = load_program(script, &library)?;
        let stem = script
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let dir = script.parent().unwrap_or(Path::new("."));
        let mut transcripts: Vec<PathBuf> = std::fs::read_dir(dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.extension().is_some_and(|e| e == "transcript")
                    && p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                        n == format!("{stem}.transcript") || n.starts_with(&format!("{stem}."))
                    })
            })
            .collect();
        transcripts.sort();
        let mut seen = std::collections::BTreeSet::new();
        let mut taken = std::collections::BTreeSet::new();
        for t in &transcripts {
            let expected = std::fs::read_to_string(t)?;
            let mut replies = expected
                .lines()
                .filter_map(|l| l.strip_prefix("you: "))
                .map(String::from)
                .collect::<Vec<_>>()
                .into_iter();
            let mut actual = String::new();
            let (lines, branches) = converse(
                &program,
                &library.shared,
                "Sam",
                || replies.next(),
                |l| {
                    actual.push_str(l);
                    actual.push('\n');
                },
            )?;
            seen.extend(lines);
            taken.extend(branches);
            if bless {
                std::fs::write(t, &actual)?;
                println!("blessed {}", t.display());
                passed += 1;
            } else if actual == expected {
                passed += 1;
            } else {
                failed += 1;
                println!("FAILED {}", t.display());
                print!("{}", diff(&expected, &actual));
            }
        }
        let visible: std::collections::BTreeSet<&str> = program
            .steps
            .iter()
            .filter(|s| {
                !matches!(
                    s.instr,
                    steady_script::session::Instr::Jump(_)
                        | steady_script::session::Instr::JumpUnless(..)
                        | steady_script::session::Instr::End
                        | steady_script::session::Instr::Set { .. }
                        | steady_script::session::Instr::Pause(_)
                )
            })
            .map(|s| s.id.as_str())
            .collect();
        let covered = visible.iter().filter(|id| seen.contains(**id)).count();
        let outcomes = program.branch_outcomes();
        let untaken: Vec<_> = outcomes
            .iter()
            .filter(|b| !taken.contains(&(b.step, b.outcome)))
            .collect();
        println!(
            "{}: {} transcript(s), {covered} of {} lines reached ({:.0}%), {} of {} branches taken ({:.0}%)",
            script.display(),
            transcripts.len(),
            visible.len(),
            100.0 * covered as f64 / visible.len().max(1) as f64,
            outcomes.len() - untaken.len(),
            outcomes.len(),
            100.0 * (outcomes.len() - untaken.len()) as f64 / outcomes.len().max(1) as f64
        );
        for b in &untaken {
            println!("  branch not taken: line {}: {}", b.line, b.describe);
        }
        untaken_total += untaken.len();
    }
    println!("{passed} passed, {failed} failed");
    if all_branches && untaken_total > 0 {
        println!("{untaken_total} branch(es) not taken by any transcript: add transcripts that take them");
        return Ok(ExitCode::FAILURE);
    }
    Ok(if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// A line diff: `-` expected, `+` actual, from the first difference.
fn diff(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let first = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let mut out = format!("  first difference at line {}:\n", first + 1);
    for l in e.iter().skip(first).take(5) {
        out.push_str(&format!("  - {l}\n"));
    }
    for l in a.iter().skip(first).take(5) {
        out.push_str(&format!("  + {l}\n"));
    }
    out
}

fn classify() -> anyhow::Result<ExitCode> {
    let stdin = std::io::stdin().lock();
    let mut stdout = std::io::stdout().lock();
    for line in stdin.split(b'\n') {
        let line = line.context("cannot read stdin")?;
        let text = String::from_utf8_lossy(&line);
        if text.trim().is_empty() {
            continue;
        }
        writeln!(stdout, "{}", classify_line(&text))?;
        stdout.flush()?;
    }
    Ok(ExitCode::SUCCESS)
}

/// One `guide classify` answer. Never prints the reply itself.
fn classify_line(line: &str) -> serde_json::Value {
    use serde_json::{json, Value};
    use steady_understand as u;
    let value: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return json!({ "error": format!("malformed JSON: {e}") }),
    };
    let Some(text) = value.get("text").and_then(Value::as_str) else {
        return json!({ "error": "each line needs \"text\", a string" });
    };
    let choices = match value.get("choices") {
        None | Some(Value::Null) => None,
        Some(Value::Array(items)) => match items
            .iter()
            .map(|c| c.as_str().map(u::ChoiceOption::new))
            .collect::<Option<Vec<_>>>()
        {
            Some(options) => Some(options),
            None => return json!({ "error": "\"choices\" must be a list of strings" }),
        },
        Some(_) => return json!({ "error": "\"choices\" must be a list of strings" }),
    };
    let risk = u::screen(text);
    // As in the conversation: a reply that is an option's label is that answer.
    let an_option = choices
        .as_ref()
        .is_some_and(|options| u::names_option(text, options));
    json!({
        "risk": risk.is_some(),
        "risk_kind": risk.map(u::RiskKind::code),
        "dont_understand": u::is_dont_understand(text) && !an_option,
        "yes_no": u::read_yes_no(text).map(u::YesNo::code),
        "choice": choices.and_then(|options| u::read_choice(text, &options)),
    })
}

fn simulate(content: &Path) -> anyhow::Result<ExitCode> {
    let path = content.join("programme.toml");
    let source = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let manifest = Manifest::parse(&source)
        .map_err(|e| anyhow::anyhow!("{e}; run `guide check` for details"))?;
    let mut sim =
        steady_rules::simulate::Simulator::new(steady_rules::Programme::from_manifest(&manifest));
    let stdin = std::io::stdin().lock();
    let mut stdout = std::io::stdout().lock();
    for line in stdin.split(b'\n') {
        let line = line.context("cannot read stdin")?;
        // Invalid UTF-8 is bad input for that line, like malformed JSON.
        let text = String::from_utf8_lossy(&line);
        if let Some(out) = sim.step(&text) {
            writeln!(stdout, "{out}")?;
            stdout.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// One problem found by `guide check`, in any file.
struct Finding {
    file: PathBuf,
    line: usize,
    col: usize,
    len: usize,
    code: &'static str,
    error: bool,
    message: String,
}

fn check(content: &Path, json: bool) -> anyhow::Result<ExitCode> {
    let mut findings = Vec::new();
    let mut sources = std::collections::HashMap::new();
    let path = content.join("programme.toml");
    let source = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let mut summary = String::new();
    let manifest = Manifest::parse(&source);
    match &manifest {
        Ok(m) => summary.push_str(&format!(
            "{} weeks, {} sessions",
            m.weeks.len(),
            m.sessions.len()
        )),
        Err(errors) => {
            for e in &errors.errors {
                let (line, col) = e.line_col(&source).unwrap_or((1, 1));
                findings.push(Finding {
                    file: path.clone(),
                    line,
                    col,
                    len: 1,
                    code: "E100",
                    error: true,
                    message: e.message.clone(),
                });
            }
        }
    }
    sources.insert(path, source);
    let mut scripts = Vec::new();
    collect_scripts(content, &mut scripts)?;
    scripts.sort();
    let library = Library::load(content)?;
    for (file, text, d) in &library.problems {
        findings.push(Finding {
            file: file.clone(),
            line: d.line,
            col: d.col,
            len: d.len,
            code: d.code,
            error: d.severity == steady_script::session::Severity::Error,
            message: d.message.clone(),
        });
        sources.insert(file.clone(), text.clone());
    }
    let mut used_media = std::collections::BTreeSet::new();
    // Card illustrations are media too: they must exist, and they count as used.
    for card in library.shared.cards.values() {
        if let Some((image, _)) = &card.image {
            used_media.insert(image.clone());
            if library.media.as_ref().is_some_and(|m| !m.contains(image)) {
                findings.push(Finding {
                    file: content.join("shared/cards.toml"),
                    line: 1,
                    col: 1,
                    len: 1,
                    code: "E070",
                    error: true,
                    message: format!("card `{}`: `{image}` is not in assets/media/", card.id),
                });
            }
        }
    }
    let mut all_compiled = true;
    let mut ease_report = Vec::new();
    for script in &scripts {
        let source = std::fs::read_to_string(script)
            .with_context(|| format!("cannot read {}", script.display()))?;
        let compiled = steady_script::session::compile_with(&source, &library.context());
        all_compiled &= compiled.program.is_some();
        if let Some(ease) = compiled.program.as_ref().and_then(|p| p.reading_ease()) {
            if ease < 60.0 {
                findings.push(Finding {
                    file: script.clone(),
                    line: 1,
                    col: 1,
                    len: 3,
                    code: "W062",
                    error: false,
                    message: format!("this session reads at Flesch reading ease {ease:.0}; aim for 60 or more with shorter sentences and plainer words"),
                });
            }
            ease_report.push(format!(
                "{} {ease:.0}",
                script
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or_default()
            ));
        }
        if let Some(p) = &compiled.program {
            for step in &p.steps {
                if let steady_script::session::Instr::Show(m) = &step.instr {
                    used_media.extend(match m {
                        steady_script::session::Media::Video { file, captions } => {
                            vec![file.clone(), captions.clone()]
                        }
                        steady_script::session::Media::Audio { file }
                        | steady_script::session::Media::Image { file, .. } => vec![file.clone()],
                        steady_script::session::Media::Card { .. } => vec![],
                    });
                }
            }
        }
        if let (Some(program), Ok(m)) = (&compiled.program, &manifest) {
            for message in disagreements(&program.meta, m) {
                findings.push(Finding {
                    file: script.clone(),
                    line: 1,
                    col: 1,
                    len: 3,
                    code: "E101",
                    error: true,
                    message,
                });
            }
        }
        for d in compiled.diagnostics {
            findings.push(Finding {
                file: script.clone(),
                line: d.line,
                col: d.col,
                len: d.len,
                code: d.code,
                error: d.severity == steady_script::session::Severity::Error,
                message: d.message,
            });
        }
        sources.insert(script.clone(), source);
    }
    // Captions must be WebVTT that a phone can show.
    let media_dir = content
        .parent()
        .unwrap_or(Path::new("."))
        .join("assets/media");
    for vtt in used_media.iter().filter(|m| m.ends_with(".vtt")) {
        let path = media_dir.join(vtt);
        if let Ok(text) = std::fs::read_to_string(&path) {
            if let Some((line, message)) = vtt_problem(&text) {
                findings.push(Finding {
                    file: path.clone(),
                    line,
                    col: 1,
                    len: 1,
                    code: "E073",
                    error: true,
                    message,
                });
                sources.insert(path, text);
            }
        }
    }
    // Which media are used is only known when every script compiles.
    if let Some(media) = library.media.as_ref().filter(|_| all_compiled) {
        let dir = content
            .parent()
            .unwrap_or(Path::new("."))
            .join("assets/media");
        for unused in media.iter().filter(|m| !used_media.contains(*m)) {
            findings.push(Finding {
                file: dir.join(unused),
                line: 1,
                col: 1,
                len: 1,
                code: "W071",
                error: false,
                message: format!("`{unused}` is not used by any session: remove it, or show it with a media line"),
            });
        }
    }
    let errors = findings.iter().filter(|f| f.error).count();
    if json {
        let items: Vec<serde_json::Value> = findings
            .iter()
            .map(|f| {
                serde_json::json!({
                    "file": f.file.display().to_string(), "line": f.line, "col": f.col,
                    "code": f.code, "severity": if f.error { "error" } else { "warning" },
                    "message": f.message,
                })
            })
            .collect();
        println!("{}", serde_json::Value::Array(items));
    } else {
        for f in &findings {
            let source = sources.get(&f.file).map_or("", String::as_str);
            eprint!("{}", render(&f.file, source, f));
        }
        let warnings = findings.len() - errors;
        if findings.is_empty() {
            println!(
                "{}: ok ({summary}, {} scripts; reading ease: {})",
                content.display(),
                scripts.len(),
                if ease_report.is_empty() {
                    "-".to_string()
                } else {
                    ease_report.join(", ")
                }
            );
        } else {
            eprintln!(
                "{errors} error(s), {warnings} warning(s) in {}",
                content.display()
            );
        }
    }
    Ok(if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// The first problem in a WebVTT captions file, with its line: the header, and every cue
/// timing (`00:00:01.000 --> 00:00:03.500`, start before end, in order).
fn vtt_problem(text: &str) -> Option<(usize, String)> {
    fn seconds(t: &str) -> Option<f64> {
        let (hms, ms) = t.trim().split_once('.')?;
        let parts: Vec<&str> = hms.split(':').collect();
        if ms.len() != 3 || !(2..=3).contains(&parts.len()) {
            return None;
        }
        let mut total = 0.0;
        for p in &parts {
            total = total * 60.0 + p.parse::<u32>().ok()? as f64;
        }
        Some(total + ms.parse::<u32>().ok()? as f64 / 1000.0)
    }
    let first = text
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or("");
    if !first.starts_with("WEBVTT") {
        return Some((1, "captions must start with `WEBVTT`".to_string()));
    }
    let mut last_start = 0.0;
    let mut cues = 0;
    for (i, line) in text.lines().enumerate() {
        let Some((a, b)) = line.split_once("-->") else {
            continue;
        };
        let b = b.split_whitespace().next().unwrap_or("");
        match (seconds(a), seconds(b)) {
            (Some(a), Some(b)) if a < b && a >= last_start => {
                last_start = a;
                cues += 1;
            }
            _ => {
                return Some((
                    i + 1,
                    "a cue's timing must be `HH:MM:SS.mmm --> HH:MM:SS.mmm`, start before end, cues in order".to_string(),
                ))
            }
        }
    }
    (cues == 0).then(|| (1, "the captions file has no cues".to_string()))
}

/// Where a script's front matter disagrees with its entry in the manifest.
fn disagreements(meta: &steady_script::session::Meta, m: &Manifest) -> Vec<String> {
    let Some(entry) = m.session(meta.number) else {
        return vec![format!("session {} is not in programme.toml", meta.number)];
    };
    let mut out = Vec::new();
    let mut differ = |what: &str, script: String, manifest: String| {
        if script != manifest {
            out.push(format!(
                "{what} is `{script}` here but `{manifest}` in programme.toml"
            ));
        }
    };
    differ("id", meta.id.clone(), entry.id.clone());
    differ("week", meta.week.to_string(), entry.week.to_string());
    differ("title", meta.title.clone(), entry.title.clone());
    differ(
        "minutes",
        meta.minutes.to_string(),
        entry.minutes.to_string(),
    );
    differ(
        "reflection_hours",
        meta.reflection_hours.to_string(),
        entry.reflection_hours.to_string(),
    );
    out
}

fn collect_scripts(dir: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            collect_scripts(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "guide") {
            out.push(path);
        }
    }
    Ok(())
}

/// `path:line:col: error[CODE]: message`, then the source line with carets under the span.
fn render(path: &Path, source: &str, f: &Finding) -> String {
    let kind = if f.error { "error" } else { "warning" };
    let text = source.lines().nth(f.line.saturating_sub(1)).unwrap_or("");
    let width = text
        .chars()
        .count()
        .saturating_sub(f.col - 1)
        .clamp(1, f.len.max(1));
    format!(
        "{}:{}:{}: {kind}[{}]: {}\n{:>4} | {text}\n     | {}{}\n",
        path.display(),
        f.line,
        f.col,
        f.code,
        f.message,
        f.line,
        " ".repeat(f.col.saturating_sub(1)),
        "^".repeat(width)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tagging_writes_the_ids_lines_have_now_and_only_where_missing() {
        let source = "---\nid: t\nweek: 1\nnumber: 1\ntitle: T\nminutes: 5\n---\n== start\nHello.\n? yesno ok: All right?\n  rephrase: Is that all right?\n  reprompt: Yes or no?\n? yesno again: Again?   #id:again\n  rephrase: Once more?\n  reprompt: Yes or no?\n-> end\n";
        let before = steady_script::session::compile(source).program.unwrap();
        let (tagged, added) = tag_source(source, &before);
        assert_eq!(added, 1);
        let after = steady_script::session::compile(&tagged).program.unwrap();
        let ids = |p: &steady_script::session::Program| -> Vec<String> {
            p.steps.iter().map(|s| s.id.clone()).collect()
        };
        assert_eq!(
            ids(&before),
            ids(&after),
            "no id changes, so saved positions still resume"
        );
        assert!(
            tagged.contains("? yesno ok: All right?   #id:start-"),
            "{tagged}"
        );
        assert_eq!(
            tag_source(&tagged, &after).1,
            0,
            "running it again adds nothing"
        );
    }

    #[test]
    fn captions_must_be_webvtt_with_ordered_cues() {
        let good = "WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.200\nHello.\n\n2\n00:00:02.650 --> 00:00:07.690 line:90%\nAgain.\n";
        assert_eq!(vtt_problem(good), None);
        assert_eq!(
            vtt_problem("1\n00:00:00.000 --> 00:00:01.000\nHi\n")
                .unwrap()
                .0,
            1
        );
        assert_eq!(
            vtt_problem("WEBVTT\n\n00:00:02.000 --> 00:00:01.000\nBackwards\n")
                .unwrap()
                .0,
            3
        );
        assert_eq!(
            vtt_problem("WEBVTT\n\n00:02.000 --> 00:03,000\nComma\n")
                .unwrap()
                .0,
            3
        );
        assert!(vtt_problem("WEBVTT\n").is_some(), "no cues");
    }

    #[test]
    fn renders_carets_under_the_span() {
        let f = Finding {
            file: PathBuf::from("content/s.guide"),
            line: 2,
            col: 5,
            len: 3,
            code: "E011",
            error: true,
            message: "bad".into(),
        };
        let out = render(&f.file, "a = 1\nb = xyz\n", &f);
        assert_eq!(
            out,
            "content/s.guide:2:5: error[E011]: bad\n   2 | b = xyz\n     |     ^^^\n"
        );
    }
}
