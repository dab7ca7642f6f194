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
    /// Check the programme content and report every problem found.
    Check {
        /// The content folder.
        #[arg(long, default_value = "content")]
        content: PathBuf,
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
        Command::Check { content } => check(&content),
        Command::Simulate { content } => simulate(&content),
        Command::Classify => classify(),
    }
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
    json!({
        "risk": risk.is_some(),
        "risk_kind": risk.map(u::RiskKind::code),
        "dont_understand": u::is_dont_understand(text),
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

fn check(content: &Path) -> anyhow::Result<ExitCode> {
    let path = content.join("programme.toml");
    let source = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    match Manifest::parse(&source) {
        Ok(m) => {
            println!(
                "{}: ok ({} weeks, {} sessions)",
                path.display(),
                m.weeks.len(),
                m.sessions.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(errors) => {
            for e in &errors.errors {
                eprint!(
                    "{}",
                    render(&path, &source, &e.message, e.line_col(&source))
                );
            }
            eprintln!("{} error(s) in {}", errors.errors.len(), path.display());
            Ok(ExitCode::FAILURE)
        }
    }
}

/// `path:line:col: error: message`, then the source line with a caret under the column.
fn render(path: &Path, source: &str, message: &str, at: Option<(usize, usize)>) -> String {
    match at {
        Some((line, col)) => {
            let text = source.lines().nth(line - 1).unwrap_or("");
            format!(
                "{}:{line}:{col}: error: {message}\n{line:>4} | {text}\n     | {}^\n",
                path.display(),
                " ".repeat(col - 1)
            )
        }
        None => format!("{}: error: {message}\n", path.display()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_a_caret_under_the_column() {
        let out = render(
            Path::new("content/programme.toml"),
            "a = 1\nb = x\n",
            "bad",
            Some((2, 5)),
        );
        assert_eq!(
            out,
            "content/programme.toml:2:5: error: bad\n   2 | b = x\n     |     ^\n"
        );
    }
}
