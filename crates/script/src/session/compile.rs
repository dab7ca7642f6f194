//! From script text to a [`Program`], collecting every problem on the way.

use super::*;
use std::collections::{BTreeSet, HashMap, HashSet};

/// What a script may refer to outside itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    /// Shared snippets by name, for `@include name`: lines without front matter.
    pub snippets: Option<&'a BTreeMap<String, String>>,
    /// The media files that exist (names under `assets/media/`). When given, every media
    /// line must name one of them.
    pub assets: Option<&'a BTreeSet<String>>,
    /// The worksheets and cards that exist. When given, every `@worksheet` and `@card`
    /// must name one of them.
    pub library: Option<&'a crate::library::Library>,
}

/// Where an expanded line came from.
#[derive(Clone)]
enum Origin {
    Script(usize),
    Snippet {
        include_line: usize,
        name: String,
        line: usize,
    },
}

/// Replaces `@include name` lines with the snippet's lines.
fn expand(source: &str, ctx: &Context) -> (Vec<String>, Vec<Origin>, Vec<Diagnostic>) {
    let (mut lines, mut origins, mut diagnostics) = (Vec::new(), Vec::new(), Vec::new());
    for (i, line) in source.lines().enumerate() {
        let Some(name) = line.trim().strip_prefix("@include") else {
            lines.push(line.to_string());
            origins.push(Origin::Script(i + 1));
            continue;
        };
        let name = name.trim();
        match ctx.snippets.and_then(|s| s.get(name)) {
            Some(snippet) => {
                for (j, l) in snippet.lines().enumerate() {
                    if l.trim().starts_with("@include") {
                        diagnostics.push(Diagnostic {
                            severity: Severity::Error,
                            code: "E009",
                            message: format!("in snippet `{name}`, line {}: a snippet cannot include another snippet", j + 1),
                            line: i + 1,
                            col: 1,
                            len: line.len().max(1),
                        });
                        continue;
                    }
                    lines.push(l.to_string());
                    origins.push(Origin::Snippet {
                        include_line: i + 1,
                        name: name.to_string(),
                        line: j + 1,
                    });
                }
            }
            None => {
                let known: Vec<&str> = ctx
                    .snippets
                    .map(|s| s.keys().map(String::as_str).collect())
                    .unwrap_or_default();
                let hint = closest(name, &known)
                    .map(|k| format!("; did you mean `{k}`?"))
                    .unwrap_or_default();
                diagnostics.push(Diagnostic {
                    severity: Severity::Error,
                    code: "E009",
                    message: format!("there is no snippet `{name}` in content/shared/{hint}"),
                    line: i + 1,
                    col: 1,
                    len: line.len().max(1),
                });
            }
        }
    }
    (lines, origins, diagnostics)
}

/// The result of compiling: a program when there were no errors, and every diagnostic.
#[derive(Debug, Clone)]
pub struct Compiled {
    pub program: Option<Program>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Compiled {
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// Variables every script may use without defining them.
pub const BUILT_INS: &[&str] = &["name"];

/// The longest line a phone bubble shows comfortably.
const MAX_BUBBLE_CHARS: usize = 280;
/// Sentences longer than this are hard to read on a small screen when anxious.
const MAX_SENTENCE_WORDS: usize = 30;

struct Pending {
    /// Step index of a jump whose target is a label, with the label and where it was named.
    jumps: Vec<(usize, String, usize, usize)>,
}

struct IfFrame {
    line: usize,
    /// The `JumpUnless` waiting for its target (the next branch).
    open_test: Option<usize>,
    /// Jumps to the `@endif`.
    to_end: Vec<usize>,
    seen_else: bool,
}

struct Compiler<'a> {
    lines: Vec<&'a str>,
    diagnostics: Vec<Diagnostic>,
    steps: Vec<Step>,
    labels: BTreeMap<String, (usize, usize)>,
    pending: Pending,
    ifs: Vec<IfFrame>,
    section: String,
    ids: HashMap<String, usize>,
    /// Variables by name: the kind that defines them, and where.
    variables: HashMap<String, (VarKind, usize)>,
    /// Uses of variables to check once all are known: name, line, col, compared value.
    uses: Vec<(String, usize, usize, Option<String>)>,
}

#[derive(Clone, PartialEq)]
enum VarKind {
    Text,
    YesNo,
    Choice(Vec<String>),
    Number,
    Set,
}

/// Compiles a session script. Pure: the text comes in, a program and diagnostics go out.
pub fn compile(source: &str) -> Compiled {
    compile_with(source, &Context::default())
}

/// Compiles a session script with its snippets and the media files that exist.
pub fn compile_with(source: &str, ctx: &Context) -> Compiled {
    let (expanded, origins, expand_diagnostics) = expand(source, ctx);
    let mut c = Compiler {
        lines: expanded.iter().map(String::as_str).collect(),
        diagnostics: Vec::new(),
        steps: Vec::new(),
        labels: BTreeMap::new(),
        pending: Pending { jumps: Vec::new() },
        ifs: Vec::new(),
        section: String::new(),
        ids: HashMap::new(),
        variables: HashMap::new(),
        uses: Vec::new(),
    };
    let (meta, body_start) = c.front_matter();
    c.body(body_start);
    c.finish();
    if let Some(assets) = ctx.assets {
        c.check_assets(assets);
    }
    if let Some(library) = ctx.library {
        c.check_library(library);
    }
    // Point every diagnostic and step at the script's own lines.
    let map = |line: usize| origins.get(line.saturating_sub(1)).cloned();
    for d in &mut c.diagnostics {
        if let Some(Origin::Snippet {
            include_line,
            name,
            line,
        }) = map(d.line)
        {
            d.message = format!("in snippet `{name}`, line {line}: {}", d.message);
            d.line = include_line;
            d.col = 1;
        } else if let Some(Origin::Script(line)) = map(d.line) {
            d.line = line;
        }
    }
    for step in &mut c.steps {
        step.line = match map(step.line) {
            Some(Origin::Script(l)) => l,
            Some(Origin::Snippet { include_line, .. }) => include_line,
            None => step.line,
        };
    }
    c.diagnostics.extend(expand_diagnostics);
    let content_hash = fnv1a(expanded.join("\n").as_bytes());
    let has_errors = c.diagnostics.iter().any(|d| d.severity == Severity::Error);
    c.diagnostics.sort_by_key(|d| (d.line, d.col));
    Compiled {
        program: match meta {
            Some(meta) if !has_errors => Some(Program {
                format: FORMAT,
                meta,
                steps: c.steps,
                labels: c.labels.into_iter().map(|(k, (i, _))| (k, i)).collect(),
                content_hash,
            }),
            _ => None,
        },
        diagnostics: c.diagnostics,
    }
}

impl<'a> Compiler<'a> {
    fn error(&mut self, code: &'static str, line: usize, col: usize, len: usize, message: String) {
        self.diagnostics
            .push(Diagnostic::error(code, line, col, len, message));
    }

    fn warning(
        &mut self,
        code: &'static str,
        line: usize,
        col: usize,
        len: usize,
        message: String,
    ) {
        self.diagnostics
            .push(Diagnostic::warning(code, line, col, len, message));
    }

    /// Reads `---` front matter; returns the metadata and the index of the first body line.
    fn front_matter(&mut self) -> (Option<Meta>, usize) {
        let first = self.lines.iter().position(|l| !is_blank_or_comment(l));
        let Some(first) = first.filter(|&i| self.lines[i].trim() == "---") else {
            self.error("E001", 1, 1, 1, "a script starts with front matter between two `---` lines (id, week, number, title, minutes)".into());
            return (None, 0);
        };
        let mut fields: HashMap<&str, (String, usize)> = HashMap::new();
        let mut end = None;
        for i in first + 1..self.lines.len() {
            let line = self.lines[i];
            if line.trim() == "---" {
                end = Some(i);
                break;
            }
            if is_blank_or_comment(line) {
                continue;
            }
            match line.split_once(':') {
                Some((k, v)) if ["id", "week", "number", "title", "minutes", "reflection_hours"].contains(&k.trim()) => {
                    let key = k.trim();
                    if fields.insert(key, (v.trim().to_string(), i + 1)).is_some() {
                        self.error("E002", i + 1, 1, key.len(), format!("`{key}` is given twice"));
                    }
                }
                _ => self.error("E002", i + 1, 1, line.len().max(1), format!("unknown front matter line `{}`; expected `key: value` with key one of id, week, number, title, minutes, reflection_hours", line.trim())),
            }
        }
        let Some(end) = end else {
            self.error(
                "E001",
                first + 1,
                1,
                3,
                "the front matter is not closed: add a `---` line after it".into(),
            );
            return (None, self.lines.len());
        };
        let text = |key: &str, c: &mut Self| -> Option<String> {
            match fields.get(key) {
                Some((v, _)) if !v.is_empty() => Some(v.clone()),
                _ => {
                    c.error(
                        "E001",
                        first + 1,
                        1,
                        3,
                        format!("the front matter needs `{key}:`"),
                    );
                    None
                }
            }
        };
        let id = text("id", self);
        let title = text("title", self);
        let number = |key: &str, default: Option<u32>, c: &mut Self| -> Option<u32> {
            match fields.get(key) {
                Some((v, line)) => match v.parse::<u32>() {
                    Ok(n) => Some(n),
                    Err(_) => {
                        c.error(
                            "E002",
                            *line,
                            key.len() + 3,
                            v.len().max(1),
                            format!("`{key}` must be a whole number, not `{v}`"),
                        );
                        None
                    }
                },
                None => default.or_else(|| {
                    c.error(
                        "E001",
                        first + 1,
                        1,
                        3,
                        format!("the front matter needs `{key}:`"),
                    );
                    None
                }),
            }
        };
        let week = number("week", None, self);
        let num = number("number", None, self);
        let minutes = number("minutes", None, self);
        let reflection_hours = number("reflection_hours", Some(24), self);
        let meta = match (id, week, num, title, minutes, reflection_hours) {
            (
                Some(id),
                Some(week),
                Some(number),
                Some(title),
                Some(minutes),
                Some(reflection_hours),
            ) => Some(Meta {
                id,
                week,
                number,
                title,
                minutes,
                reflection_hours,
            }),
            _ => None,
        };
        (meta, end + 1)
    }

    fn body(&mut self, start: usize) {
        let mut i = start;
        while i < self.lines.len() {
            let raw = self.lines[i];
            let line_no = i + 1;
            i += 1;
            if is_blank_or_comment(raw) {
                continue;
            }
            let (text, tag) = split_tag(raw);
            let indent = text.len() - text.trim_start().len();
            let col = indent + 1;
            let t = text.trim();
            if let Some(label) = t.strip_prefix("==") {
                self.label(label.trim(), line_no, col);
            } else if let Some(target) = t.strip_prefix("->") {
                self.jump(target.trim(), line_no, col + 2);
            } else if let Some(rest) = t.strip_prefix('@') {
                self.command(rest, line_no, col, tag);
            } else if let Some(rest) = t.strip_prefix('?') {
                // The question's properties are the indented lines after it.
                let mut props = Vec::new();
                while i < self.lines.len() {
                    let next = self.lines[i];
                    let next_indent = next.len() - next.trim_start().len();
                    if is_blank_or_comment(next) {
                        i += 1;
                        continue;
                    }
                    if next_indent <= indent || !is_property(next.trim()) {
                        break;
                    }
                    props.push((i + 1, next_indent + 1, next.trim()));
                    i += 1;
                }
                self.question(rest.trim(), line_no, col, tag, props);
            } else {
                self.say(t, line_no, col, tag);
            }
        }
    }

    fn push(&mut self, line: usize, tag: Option<&str>, text_for_id: &str, instr: Instr) -> usize {
        let id = match tag {
            Some(id) => id.to_string(),
            None => {
                let base = format!(
                    "{}-{:08x}",
                    if self.section.is_empty() {
                        "top"
                    } else {
                        &self.section
                    },
                    fnv1a(text_for_id.as_bytes()) as u32
                );
                let mut id = base.clone();
                let mut n = 2;
                while self.ids.contains_key(&id) {
                    id = format!("{base}-{n}");
                    n += 1;
                }
                id
            }
        };
        if let Some(&first) = self.ids.get(&id) {
            if tag.is_some() {
                self.error("E012", line, 1, id.len(), format!("line id `{id}` is already used on line {first}; ids must be unique in a session"));
            }
        }
        self.ids.insert(id.clone(), line);
        self.steps.push(Step { id, line, instr });
        self.steps.len() - 1
    }

    fn label(&mut self, label: &str, line: usize, col: usize) {
        if !is_name(label) {
            self.error("E003", line, col, label.len().max(1) + 3, format!("`{label}` is not a section name: use lower-case letters, digits, `-` and `_`, like `== check_in`"));
            return;
        }
        if label == "end" {
            self.error(
                "E003",
                line,
                col,
                6,
                "`end` is reserved: `-> end` finishes the session".into(),
            );
            return;
        }
        if let Some((_, first)) = self.labels.get(label) {
            let first = *first;
            self.error(
                "E010",
                line,
                col,
                label.len() + 3,
                format!("section `{label}` is already defined on line {first}"),
            );
            return;
        }
        if !self.ifs.is_empty() {
            self.error(
                "E020",
                line,
                col,
                label.len() + 3,
                "a section cannot start inside `@if`: close it with `@endif` first".into(),
            );
        }
        self.labels
            .insert(label.to_string(), (self.steps.len(), line));
        self.section = label.to_string();
    }

    fn jump(&mut self, target: &str, line: usize, col: usize) {
        if target == "end" {
            self.push(line, None, "-> end", Instr::End);
        } else if !is_name(target) {
            self.error(
                "E003",
                line,
                col,
                target.len().max(1),
                format!("`-> {target}` should name a section, like `-> check_in`, or `-> end`"),
            );
        } else {
            let at = self.push(line, None, &format!("-> {target}"), Instr::Jump(usize::MAX));
            self.pending
                .jumps
                .push((at, target.to_string(), line, col + 1));
        }
    }

    fn say(&mut self, text: &str, line: usize, col: usize, tag: Option<&str>) {
        self.check_text(text, line, col);
        self.push(line, tag, text, Instr::Say(text.to_string()));
    }

    /// Interpolations must name known variables; long lines and sentences get warnings.
    fn check_text(&mut self, text: &str, line: usize, col: usize) {
        let mut rest = text;
        let mut offset = 0;
        while let Some(open) = rest.find('{') {
            match rest[open..].find('}') {
                Some(close) => {
                    let name = rest[open + 1..open + close].trim();
                    if !is_name(name) {
                        self.error(
                            "E004",
                            line,
                            col + offset + open,
                            close + 1,
                            format!("`{{{name}}}` is not a variable name"),
                        );
                    } else {
                        self.uses
                            .push((name.to_string(), line, col + offset + open, None));
                    }
                    offset += open + close + 1;
                    rest = &rest[open + close + 1..];
                }
                None => {
                    self.error(
                        "E004",
                        line,
                        col + offset + open,
                        1,
                        "`{` is not closed: write `{name}` to show a variable".into(),
                    );
                    break;
                }
            }
        }
        if text.matches("**").count() % 2 == 1 {
            let at = text.rfind("**").map_or(0, |i| text[..i].chars().count());
            self.warning(
                "W063",
                line,
                col + at,
                2,
                "`**` is not closed: write **words** to show them in bold".into(),
            );
        }
        let chars = text.chars().count();
        if chars > MAX_BUBBLE_CHARS {
            self.warning("W060", line, col, chars, format!("this line has {chars} characters; a phone bubble shows {MAX_BUBBLE_CHARS} comfortably: split it"));
        }
        for sentence in text.split(['.', '!', '?']) {
            let words = sentence.split_whitespace().count();
            if words > MAX_SENTENCE_WORDS {
                self.warning("W061", line, col, chars, format!("a sentence of {words} words is hard to read when anxious; aim for under {MAX_SENTENCE_WORDS}"));
                break;
            }
        }
    }

    fn command(&mut self, rest: &str, line: usize, col: usize, tag: Option<&str>) {
        let (name, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
        let args = args.trim();
        let arg_col = col + 1 + name.len() + 1;
        match name {
            "if" | "elif" => match self.condition(args, line, arg_col) {
                Some(cond) => {
                    if name == "elif" {
                        let Some(frame) = self.ifs.last() else {
                            self.error("E020", line, col, 5, "`@elif` without `@if`".into());
                            return;
                        };
                        if frame.seen_else {
                            self.error("E020", line, col, 5, "`@elif` after `@else`".into());
                            return;
                        }
                        self.close_branch(line, "@elif-jump");
                    }
                    let t = self.push(line, None, &format!("@{name} {args}"), Instr::JumpUnless(cond, usize::MAX));
                    if name == "if" {
                        self.ifs.push(IfFrame { line, open_test: Some(t), to_end: Vec::new(), seen_else: false });
                    } else if let Some(frame) = self.ifs.last_mut() {
                        frame.open_test = Some(t);
                    }
                }
                None => {
                    if name == "if" {
                        // Keep the block structure so later lines are still checked.
                        self.ifs.push(IfFrame { line, open_test: None, to_end: Vec::new(), seen_else: false });
                    }
                }
            },
            "else" => {
                if self.ifs.last().is_none_or(|f| f.seen_else) {
                    self.error("E020", line, col, 5, "`@else` without a matching `@if`".into());
                    return;
                }
                self.close_branch(line, "@else-jump");
                if let Some(frame) = self.ifs.last_mut() {
                    frame.seen_else = true;
                }
            }
            "endif" => match self.ifs.pop() {
                Some(frame) => {
                    let here = self.steps.len();
                    if let Some(t) = frame.open_test {
                        patch(&mut self.steps[t].instr, here);
                    }
                    for j in frame.to_end {
                        patch(&mut self.steps[j].instr, here);
                    }
                }
                None => self.error("E020", line, col, 6, "`@endif` without `@if`".into()),
            },
            "pause" => match args.parse::<u32>() {
                Ok(s) if (1..=30).contains(&s) => {
                    self.push(line, tag, &format!("@pause {s}"), Instr::Pause(s));
                }
                _ => self.error("E005", line, arg_col, args.len().max(1), "`@pause` takes a number of seconds from 1 to 30, like `@pause 2`".into()),
            },
            "video" => {
                let (file, opts) = split_options(args);
                match opts.get("captions") {
                    Some(captions) if !file.is_empty() => {
                        let captions = captions.clone();
                        self.push(line, tag, args, Instr::Show(Media::Video { file, captions }));
                    }
                    _ => self.error("E006", line, arg_col, args.len().max(1), "a video needs a file and captions, like `@video intro.mp4 captions=intro.vtt`".into()),
                }
            }
            "audio" if !args.is_empty() => {
                self.push(line, tag, args, Instr::Show(Media::Audio { file: args.to_string() }));
            }
            "image" => {
                let (file, opts) = split_options(args);
                match opts.get("alt") {
                    Some(alt) if !file.is_empty() && !alt.is_empty() => {
                        let alt = alt.clone();
                        self.push(line, tag, args, Instr::Show(Media::Image { file, alt }));
                    }
                    _ => self.error("E006", line, arg_col, args.len().max(1), "an image needs a file and a description, like `@image cycle.svg alt=\"The worry cycle\"`".into()),
                }
            }
            "card" if is_name(args) => {
                self.push(line, tag, args, Instr::Show(Media::Card { id: args.to_string() }));
            }
            "worksheet" if is_name(args) => {
                self.push(line, tag, args, Instr::Worksheet(args.to_string()));
            }
            "questionnaire" if ["GAD-7", "PHQ-9"].contains(&args) => {
                self.push(line, tag, args, Instr::Questionnaire(args.to_string()));
            }
            "task" => match args.split_once(':') {
                Some((id, text)) if is_name(id.trim()) && !text.trim().is_empty() => {
                    self.check_text(text.trim(), line, arg_col);
                    self.push(line, tag, args, Instr::Task { id: id.trim().to_string(), text: text.trim().to_string() });
                }
                _ => self.error("E006", line, arg_col, args.len().max(1), "a task needs an id and what to do, like `@task worry-time: Try worry time each evening`".into()),
            },
            "set" => match args.split_once('=') {
                Some((var, value)) if is_name(var.trim()) && !value.trim().is_empty() => {
                    let var = var.trim().to_string();
                    self.variables.entry(var.clone()).or_insert((VarKind::Set, line));
                    self.push(line, tag, args, Instr::Set { variable: var, value: value.trim().to_string() });
                }
                _ => self.error("E006", line, arg_col, args.len().max(1), "`@set` takes a variable and a value, like `@set tried = yes`".into()),
            },
            "end" => {
                self.push(line, tag, "@end", Instr::End);
            }
            "audio" | "card" | "worksheet" | "questionnaire" => self.error("E006", line, arg_col, args.len().max(1), format!("`@{name}` needs a name: see docs/script-language.md")),
            _ => self.error("E007", line, col, name.len() + 1, format!("unknown command `@{name}`; commands are if, elif, else, endif, pause, video, audio, image, card, worksheet, questionnaire, task, set, end")),
        }
    }

    /// Ends the current branch of the innermost `@if`: a jump to its `@endif`, and the
    /// pending test now falls through to the next branch, which starts here.
    fn close_branch(&mut self, line: usize, id_text: &str) {
        let j = self.push(line, None, id_text, Instr::Jump(usize::MAX));
        let here = self.steps.len();
        if let Some(frame) = self.ifs.last_mut() {
            frame.to_end.push(j);
            if let Some(t) = frame.open_test.take() {
                patch(&mut self.steps[t].instr, here);
            }
        }
    }

    fn condition(&mut self, text: &str, line: usize, col: usize) -> Option<Condition> {
        for (sym, op) in [
            ("==", Op::Eq),
            ("!=", Op::Ne),
            ("<=", Op::Le),
            (">=", Op::Ge),
            ("<", Op::Lt),
            (">", Op::Gt),
        ] {
            if let Some((l, r)) = text.split_once(sym) {
                let (var, value) = (l.trim(), r.trim());
                if is_name(var) && !value.is_empty() {
                    self.uses
                        .push((var.to_string(), line, col, Some(value.to_string())));
                    return Some(Condition {
                        variable: var.to_string(),
                        op,
                        value: value.to_string(),
                    });
                }
            }
        }
        self.error(
            "E008",
            line,
            col,
            text.len().max(1),
            format!("`{text}` is not a condition; write `variable == value` (or !=, <, <=, >, >=)"),
        );
        None
    }

    fn question(
        &mut self,
        header: &str,
        line: usize,
        col: usize,
        tag: Option<&str>,
        props: Vec<(usize, usize, &str)>,
    ) {
        // `? kind variable: prompt`, with kind text, yesno, choice or number(min..max).
        let Some((head, prompt)) = header.split_once(':') else {
            self.error("E030", line, col, header.len() + 1, "a question is `? kind variable: the question`, like `? yesno tried: Did you try it?`".into());
            return;
        };
        let mut words = head.split_whitespace();
        let (kind_word, var) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        let prompt = prompt.trim();
        if !is_name(var) || words.next().is_some() || prompt.is_empty() {
            self.error("E030", line, col, header.len() + 1, "a question is `? kind variable: the question`, like `? yesno tried: Did you try it?`".into());
            return;
        }
        let mut kind = match kind_word {
            "text" => Some(AnswerKind::Text),
            "yesno" => Some(AnswerKind::YesNo),
            "choice" => Some(AnswerKind::Choice(Vec::new())),
            k if k.starts_with("number(") && k.ends_with(')') => {
                let range = &k[7..k.len() - 1];
                match range
                    .split_once("..")
                    .and_then(|(a, b)| Some((a.parse::<i64>().ok()?, b.parse::<i64>().ok()?)))
                {
                    Some((min, max)) if min < max => Some(AnswerKind::Number { min, max }),
                    _ => None,
                }
            }
            _ => None,
        };
        if kind.is_none() {
            self.error("E030", line, col + 2, kind_word.len().max(1), format!("`{kind_word}` is not a kind of question; use text, yesno, choice or number(0..10)"));
            return;
        }
        self.check_text(prompt, line, col);
        let (mut rephrase, mut reprompt, mut suggestions, mut to_journal, mut otherwise) =
            (String::new(), String::new(), Vec::new(), false, None);
        let mut otherwise_target = None;
        for (pline, pcol, p) in props {
            if let Some(opt) = p.strip_prefix('*') {
                let Some(AnswerKind::Choice(options)) = kind.as_mut() else {
                    self.error(
                        "E032",
                        pline,
                        pcol,
                        p.len(),
                        "options (`* key: Label`) belong to `choice` questions".into(),
                    );
                    continue;
                };
                match opt.split_once(':') {
                    Some((key, rest)) if is_name(key.trim()) => {
                        let (label, examples) = rest.split_once('|').unwrap_or((rest, ""));
                        options.push(ChoiceOption {
                            key: key.trim().to_string(),
                            label: label.trim().to_string(),
                            examples: examples
                                .split(',')
                                .map(str::trim)
                                .filter(|e| !e.is_empty())
                                .map(String::from)
                                .collect(),
                        });
                    }
                    _ => self.error(
                        "E032",
                        pline,
                        pcol,
                        p.len(),
                        "an option is `* key: Label | example, example`".into(),
                    ),
                }
            } else if let Some(target) = p.strip_prefix("else") {
                match target.trim().strip_prefix("->").map(str::trim) {
                    Some(t) if is_name(t) || t == "end" => {
                        otherwise_target = Some((t.to_string(), pline, pcol))
                    }
                    _ => self.error(
                        "E033",
                        pline,
                        pcol,
                        p.len(),
                        "write the way out as `else -> section`".into(),
                    ),
                }
            } else if let Some((key, value)) = p.split_once(':') {
                let value = value.trim();
                match key.trim() {
                    "rephrase" => rephrase = value.to_string(),
                    "reprompt" => reprompt = value.to_string(),
                    "suggest" => suggestions = value.split('|').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect(),
                    "save" if value == "journal" => to_journal = true,
                    other => self.error("E034", pline, pcol, other.len(), format!("unknown question property `{other}`; use rephrase, reprompt, suggest, save: journal, `* option` or `else -> section`")),
                }
                if ["rephrase", "reprompt"].contains(&key.trim()) {
                    self.check_text(value, pline, pcol);
                }
            }
        }
        if rephrase.is_empty() {
            self.error("E031", line, col, header.len() + 1, format!("question `{var}` needs `rephrase:`, the question in other words for someone who doesn't understand it"));
        }
        if reprompt.is_empty() {
            self.error(
                "E031",
                line,
                col,
                header.len() + 1,
                format!(
                    "question `{var}` needs `reprompt:`, what to say when a reply isn't understood"
                ),
            );
        }
        let var_kind = match kind.as_ref() {
            Some(AnswerKind::Choice(options)) => {
                if options.len() < 2 {
                    self.error(
                        "E032",
                        line,
                        col,
                        header.len() + 1,
                        format!("choice `{var}` needs at least two options (`* key: Label`)"),
                    );
                }
                if otherwise_target.is_none() {
                    self.error("E033", line, col, header.len() + 1, format!("choice `{var}` needs a way out for replies that match no option: add `else -> section`"));
                }
                VarKind::Choice(options.iter().map(|o| o.key.clone()).collect())
            }
            Some(AnswerKind::YesNo) => VarKind::YesNo,
            Some(AnswerKind::Number { .. }) => VarKind::Number,
            _ => VarKind::Text,
        };
        if let Some((prev, first)) = self.variables.get(var) {
            if *prev != var_kind && *prev != VarKind::Set {
                let first = *first;
                self.error(
                    "E041",
                    line,
                    col,
                    header.len() + 1,
                    format!(
                        "`{var}` was already asked on line {first} as another kind of question"
                    ),
                );
            }
        }
        self.variables.insert(var.to_string(), (var_kind, line));
        let at = self.push(
            line,
            tag,
            prompt,
            Instr::Ask(Question {
                variable: var.to_string(),
                prompt: prompt.to_string(),
                kind: kind.unwrap_or(AnswerKind::Text),
                rephrase,
                reprompt,
                suggestions,
                to_journal,
                otherwise,
            }),
        );
        if let Some((target, l, c)) = otherwise_target.take() {
            if target == "end" {
                otherwise = Some(usize::MAX - 1);
                if let Instr::Ask(q) = &mut self.steps[at].instr {
                    q.otherwise = otherwise;
                }
            } else {
                self.pending.jumps.push((at, target, l, c));
            }
        }
    }

    fn finish(&mut self) {
        if let Some(frame) = self.ifs.pop() {
            self.error(
                "E020",
                frame.line,
                1,
                3,
                "`@if` is not closed: add `@endif`".into(),
            );
        }
        // Falling off the last line ends the session.
        let end_line = self.lines.len().max(1);
        self.steps.push(Step {
            id: "end".into(),
            line: end_line,
            instr: Instr::End,
        });
        let end_index = self.steps.len() - 1;
        // Resolve jumps.
        for (at, target, line, col) in std::mem::take(&mut self.pending.jumps) {
            match self.labels.get(&target) {
                Some((index, _)) => {
                    let index = *index;
                    match &mut self.steps[at].instr {
                        Instr::Jump(t) => *t = index,
                        Instr::Ask(q) => q.otherwise = Some(index),
                        _ => {}
                    }
                }
                None => {
                    let known: Vec<&str> = self.labels.keys().map(String::as_str).collect();
                    let hint = closest(&target, &known)
                        .map(|k| format!("; did you mean `{k}`?"))
                        .unwrap_or_default();
                    self.error(
                        "E011",
                        line,
                        col,
                        target.len(),
                        format!("there is no section `{target}`{hint}"),
                    );
                }
            }
        }
        // `else -> end`.
        for s in &mut self.steps {
            if let Instr::Ask(q) = &mut s.instr {
                if q.otherwise == Some(usize::MAX - 1) {
                    q.otherwise = Some(end_index);
                }
            }
        }
        // Variables: defined, and compared with values of their kind.
        for (name, line, col, value) in std::mem::take(&mut self.uses) {
            if BUILT_INS.contains(&name.as_str()) {
                continue;
            }
            match self.variables.get(&name).cloned() {
                None => self.error(
                    "E040",
                    line,
                    col,
                    name.len(),
                    format!("`{name}` is not defined: no question or `@set` gives it a value"),
                ),
                Some((kind, _)) => {
                    let Some(value) = value else { continue };
                    let ok = match &kind {
                        VarKind::YesNo => ["yes", "no", "unsure"].contains(&value.as_str()),
                        VarKind::Choice(keys) => keys.contains(&value),
                        VarKind::Number => value.parse::<i64>().is_ok(),
                        VarKind::Text | VarKind::Set => true,
                    };
                    if !ok {
                        let expected = match kind {
                            VarKind::YesNo => "yes, no or unsure".to_string(),
                            VarKind::Choice(keys) => keys.join(", "),
                            _ => "a number".to_string(),
                        };
                        self.error(
                            "E041",
                            line,
                            col,
                            name.len(),
                            format!("`{name}` is never `{value}`; it can be {expected}"),
                        );
                    }
                }
            }
        }
        if self
            .diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
        {
            return;
        }
        self.check_flow(end_index);
    }

    /// Every media line names a file that exists.
    fn check_assets(&mut self, assets: &BTreeSet<String>) {
        let missing: Vec<(usize, String)> = self
            .steps
            .iter()
            .filter_map(|s| match &s.instr {
                Instr::Show(Media::Video { file, captions }) => {
                    Some((s.line, vec![file.clone(), captions.clone()]))
                }
                Instr::Show(Media::Audio { file }) | Instr::Show(Media::Image { file, .. }) => {
                    Some((s.line, vec![file.clone()]))
                }
                _ => None,
            })
            .flat_map(|(line, files)| files.into_iter().map(move |f| (line, f)))
            .filter(|(_, f)| !assets.contains(f))
            .collect();
        for (line, file) in missing {
            self.error(
                "E070",
                line,
                1,
                file.len(),
                format!("`{file}` is not in assets/media/"),
            );
        }
    }

    /// Every `@worksheet` and `@card` names one that is defined.
    fn check_library(&mut self, library: &crate::library::Library) {
        let unknown: Vec<(usize, &'static str, String, Option<String>)> = self
            .steps
            .iter()
            .filter_map(|s| match &s.instr {
                Instr::Worksheet(w) if !library.worksheets.contains_key(w) => Some((
                    s.line,
                    "E071",
                    format!("no worksheet is called `{w}` in content/shared/worksheets.toml"),
                    closest(
                        w,
                        &library
                            .worksheets
                            .keys()
                            .map(String::as_str)
                            .collect::<Vec<_>>(),
                    )
                    .map(str::to_string),
                )),
                Instr::Show(Media::Card { id }) if !library.cards.contains_key(id) => Some((
                    s.line,
                    "E072",
                    format!("no card is called `{id}` in content/shared/cards.toml"),
                    closest(
                        id,
                        &library.cards.keys().map(String::as_str).collect::<Vec<_>>(),
                    )
                    .map(str::to_string),
                )),
                _ => None,
            })
            .collect();
        for (line, code, message, suggestion) in unknown {
            let message = match suggestion {
                Some(s) => format!("{message}; did you mean `{s}`?"),
                None => message,
            };
            let len = self
                .lines
                .get(line - 1)
                .map_or(1, |l| l.trim_end().chars().count());
            self.error(code, line, 1, len.max(1), message);
        }
    }

    /// Unreachable sections, and steps from which the end can never be reached.
    fn check_flow(&mut self, end_index: usize) {
        let n = self.steps.len();
        let successors = |i: usize| -> Vec<usize> {
            match &self.steps[i].instr {
                Instr::End => vec![],
                Instr::Jump(t) => vec![*t],
                Instr::JumpUnless(_, t) => vec![i + 1, *t],
                Instr::Ask(q) => std::iter::once(i + 1).chain(q.otherwise).collect(),
                _ => vec![i + 1],
            }
        };
        let mut reachable = vec![false; n];
        let mut stack = vec![0];
        while let Some(i) = stack.pop() {
            if i >= n || reachable[i] {
                continue;
            }
            reachable[i] = true;
            stack.extend(successors(i));
        }
        // Reverse: which steps can reach an End.
        let mut finishes = vec![false; n];
        let mut changed = true;
        for (i, s) in self.steps.iter().enumerate() {
            finishes[i] = matches!(s.instr, Instr::End);
        }
        while changed {
            changed = false;
            for i in (0..n).rev() {
                if !finishes[i] && successors(i).iter().any(|&s| s < n && finishes[s]) {
                    finishes[i] = true;
                    changed = true;
                }
            }
        }
        let labels: Vec<(String, usize, usize)> = self
            .labels
            .iter()
            .map(|(k, (i, l))| (k.clone(), *i, *l))
            .collect();
        for (label, index, line) in labels {
            if index < n && !reachable[index] && index != 0 {
                self.warning(
                    "W050",
                    line,
                    1,
                    label.len() + 3,
                    format!("section `{label}` is never reached: no `->` or `else ->` leads to it"),
                );
            }
        }
        let mut reported: HashSet<usize> = HashSet::new();
        for i in 0..n {
            if reachable[i] && !finishes[i] && i != end_index {
                let line = self.steps[i].line;
                if reported.insert(line) && reported.len() == 1 {
                    self.error("E051", line, 1, 1, "from here the session can never reach its end: every path loops back; add a way to `-> end`".into());
                }
            }
        }
    }
}

fn patch(instr: &mut Instr, target: usize) {
    match instr {
        Instr::Jump(t) | Instr::JumpUnless(_, t) => *t = target,
        _ => {}
    }
}

fn is_blank_or_comment(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || (t.starts_with('#') && !t.starts_with("#id:"))
}

/// Whether an indented line after a question is one of its properties: an option, the
/// way out, or `key: value` with a short lower-case key (so a misspelt key is reported
/// rather than spoken).
fn is_property(t: &str) -> bool {
    t.starts_with('*')
        || t.starts_with("else ")
        || t.starts_with("else->")
        || t.split_once(':').is_some_and(|(k, _)| {
            k.len() <= 10 && !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        })
}

/// Splits a trailing `#id:xyz` tag from a line.
fn split_tag(line: &str) -> (&str, Option<&str>) {
    match line.rfind("#id:") {
        Some(at) => {
            let id = line[at + 4..].trim();
            if is_name(id) {
                (line[..at].trim_end(), Some(id))
            } else {
                (line, None)
            }
        }
        None => (line, None),
    }
}

/// `file key=value key="quoted value"`.
fn split_options(args: &str) -> (String, HashMap<String, String>) {
    let mut opts = HashMap::new();
    let (file, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    let mut rest = rest.trim();
    while let Some((key, after)) = rest.split_once('=') {
        let after = after.trim_start();
        let (value, next) = if let Some(q) = after.strip_prefix('"') {
            q.split_once('"').unwrap_or((q, ""))
        } else {
            after.split_once(char::is_whitespace).unwrap_or((after, ""))
        };
        opts.insert(key.trim().to_string(), value.to_string());
        rest = next.trim();
    }
    (file.to_string(), opts)
}

fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

fn closest<'k>(target: &str, known: &[&'k str]) -> Option<&'k str> {
    known
        .iter()
        .map(|k| (k, strsim::levenshtein(target, k)))
        .filter(|(_, d)| *d <= 2)
        .min_by_key(|(_, d)| *d)
        .map(|(k, _)| *k)
}

/// FNV-1a: a small, stable hash for content and derived line ids.
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100000001b3)
    })
}
