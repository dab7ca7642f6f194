//! All the content the app plays, built from `(path, text)` pairs: the manifest, every
//! session compiled with the shared snippets, and every problem found.
//!
//! The app builds one from the files embedded at build time, and (in development) from the
//! `content/` folder on disk when an author saves a change. Paths are relative to `content/`
//! and use `/`.

use crate::library::Library;
use crate::manifest::{Manifest, ManifestErrors};
use crate::session::{compile_with, Context, Diagnostic, Program, Severity};
use std::collections::BTreeMap;

/// The programme's content, ready to play.
#[derive(Debug)]
pub struct Bundle {
    pub manifest: Result<Manifest, ManifestErrors>,
    /// Compiled sessions by session number (from each script's front matter).
    pub sessions: BTreeMap<u32, Program>,
    /// The worksheets and cards scripts refer to.
    pub library: Library,
    /// Every diagnostic, errors and warnings, with the file it is in.
    pub problems: Vec<Problem>,
}

/// One diagnostic and the file it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub diagnostic: Diagnostic,
}

impl Problem {
    /// `path:line:col: error[CODE]: message`, as `guide check` prints it.
    pub fn headline(&self) -> String {
        let d = &self.diagnostic;
        let severity = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        format!(
            "{}:{}:{}: {}[{}]: {}",
            self.path, d.line, d.col, severity, d.code, d.message
        )
    }
}

impl Bundle {
    /// Builds the bundle. `programme.toml` is the manifest, `shared/NAME.snippet` files are
    /// snippets, `shared/worksheets.toml` and `shared/cards.toml` the library, and every
    /// `.guide` file is a session. Never panics on any input.
    pub fn from_files<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Bundle {
        let mut manifest_source = None;
        let mut snippets = BTreeMap::new();
        let mut scripts = Vec::new();
        let mut library = Library::default();
        let mut problems = Vec::new();
        for (path, text) in files {
            let library_problems = match path {
                "shared/worksheets.toml" => library.add_worksheets(text),
                "shared/cards.toml" => library.add_cards(text),
                _ => Vec::new(),
            };
            problems.extend(library_problems.into_iter().map(|diagnostic| Problem {
                path: path.to_string(),
                diagnostic,
            }));
            if path == "programme.toml" {
                manifest_source = Some(text);
            } else if let Some(name) = path
                .strip_prefix("shared/")
                .and_then(|p| p.strip_suffix(".snippet"))
            {
                snippets.insert(name.to_string(), text.to_string());
            } else if path.ends_with(".guide") {
                scripts.push((path, text));
            }
        }
        let manifest = Manifest::parse(manifest_source.unwrap_or("")).map_err(|mut e| {
            if manifest_source.is_none() {
                e.errors.insert(
                    0,
                    crate::manifest::ManifestError {
                        message: "programme.toml is missing".to_string(),
                        span: None,
                    },
                );
            }
            e
        });
        let ctx = Context {
            snippets: Some(&snippets),
            assets: None,
            library: Some(&library),
        };
        let mut sessions = BTreeMap::new();
        for (path, text) in scripts {
            let compiled = compile_with(text, &ctx);
            problems.extend(compiled.diagnostics.into_iter().map(|diagnostic| Problem {
                path: path.to_string(),
                diagnostic,
            }));
            if let Some(program) = compiled.program {
                sessions.insert(program.meta.number, program);
            }
        }
        Bundle {
            manifest,
            sessions,
            library,
            problems,
        }
    }

    /// The errors only (warnings do not stop a session from playing).
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.diagnostic.severity == Severity::Error)
    }
}

/// Small valid content for tests in this crate and its users.
#[doc(hidden)]
pub mod tests_support {
    /// A manifest with one week and one session, `one`.
    pub const MANIFEST_ONE_SESSION: &str = r#"
title = "Test"
[[week]]
number = 1
theme = "One"
[[session]]
id = "one"
week = 1
number = 1
title = "First"
minutes = 10
"#;
}

#[cfg(test)]
mod tests {
    use super::tests_support::MANIFEST_ONE_SESSION as MANIFEST;
    use super::*;

    const SESSION: &str = "---\nid: one\nweek: 1\nnumber: 1\ntitle: First\nminutes: 10\n---\n== start\n@include hello\n-> end\n";

    #[test]
    fn compiles_sessions_with_snippets() {
        let b = Bundle::from_files([
            ("programme.toml", MANIFEST),
            ("shared/hello.snippet", "Hello {name}.\n"),
            ("week-1/one.guide", SESSION),
        ]);
        assert!(b.manifest.is_ok(), "{:?}", b.manifest);
        assert_eq!(b.errors().count(), 0, "{:?}", b.problems);
        assert!(b.sessions.contains_key(&1));
    }

    #[test]
    fn reports_problems_with_their_file_and_keeps_the_rest() {
        let broken = "---\nid: two\nweek: 1\nnumber: 2\ntitle: Two\nminutes: 10\n---\n== start\n-> nowhere\n";
        let b = Bundle::from_files([
            ("week-1/one.guide", SESSION),
            ("week-1/two.guide", broken),
            ("shared/hello.snippet", "Hi.\n"),
        ]);
        assert!(b.manifest.is_err(), "a missing manifest is an error");
        let errors: Vec<String> = b.errors().map(Problem::headline).collect();
        assert!(
            errors.iter().any(|e| e.starts_with("week-1/two.guide:9:")),
            "{errors:?}"
        );
        assert!(b.sessions.contains_key(&1) && !b.sessions.contains_key(&2));
    }
}
