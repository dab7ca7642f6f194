//! The programme content the app plays, embedded at build time (see `build.rs`) so it works
//! offline and on every platform (the web build has no file system).

use std::collections::BTreeMap;
use std::rc::Rc;
use steady_script::session::Program;
use steady_script::{Bundle, Library, Manifest, ManifestErrors, Problem};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/content_files.rs"));
}

/// Every content file compiled into the app, `(path under content/, text)`.
pub const CONTENT_FILES: &[(&str, &str)] = embedded::CONTENT_FILES;

/// The parsed programme: the manifest the screens show, the plan the rules use, and the
/// compiled sessions the conversation plays.
pub struct Loaded {
    pub manifest: Manifest,
    pub plan: steady_rules::Programme,
    /// Compiled sessions by number. `'static` because a conversation in progress borrows
    /// its program for as long as the screen lives; content is loaded once per launch (and
    /// on each save while an author works in development mode), so this is bounded.
    pub sessions: BTreeMap<u32, &'static Program>,
    /// The worksheets and cards the sessions show.
    pub library: Library,
    /// Compiler errors and warnings, shown on screen in development mode.
    pub problems: Vec<Problem>,
}

/// The programme as the app sees it: parsed once, shared by every screen.
#[derive(Clone)]
pub struct Programme(pub Rc<Result<Loaded, ManifestErrors>>);

impl Programme {
    /// The worksheets and cards (empty when the content cannot be read).
    pub fn library(&self) -> Option<&Library> {
        self.0.as_ref().as_ref().ok().map(|l| &l.library)
    }

    /// The content compiled into the app from `content/`.
    pub fn embedded() -> Self {
        Self::from_files(CONTENT_FILES.iter().copied())
    }

    /// A programme with a manifest and no sessions (for tests of the manifest's handling).
    #[cfg(test)]
    pub fn from_source(source: &str) -> Self {
        Self::from_files([("programme.toml", source)])
    }

    pub fn from_files<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let bundle = Bundle::from_files(files);
        let sessions = bundle
            .sessions
            .into_iter()
            .map(|(n, p)| (n, &*Box::leak(Box::new(p))))
            .collect();
        let (problems, library) = (bundle.problems, bundle.library);
        Programme(Rc::new(bundle.manifest.map(|manifest| Loaded {
            plan: steady_rules::Programme::from_manifest(&manifest),
            manifest,
            sessions,
            library,
            problems,
        })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_programme_compiles_without_errors() {
        let Programme(p) = Programme::embedded();
        let loaded = p.as_ref().as_ref().expect("programme.toml parses");
        let errors: Vec<String> = loaded
            .problems
            .iter()
            .filter(|p| p.diagnostic.severity == steady_script::session::Severity::Error)
            .map(Problem::headline)
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
        assert!(loaded.sessions.contains_key(&1), "session 1 is embedded");
        for (n, program) in &loaded.sessions {
            let entry = loaded
                .manifest
                .session(*n)
                .expect("every script is in the manifest");
            assert_eq!(entry.id, program.meta.id);
        }
    }
}
