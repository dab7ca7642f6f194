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

/// The programme the screens show: read from context, so a screen redraws when the content
/// is reloaded in development.
pub fn use_programme() -> Programme {
    use dioxus::prelude::ReadableExt;
    dioxus::prelude::use_context::<dioxus::prelude::Signal<Programme>>()
        .read()
        .clone()
}

/// Development only (desktop debug builds): watches `content/` and reloads it when an
/// author saves a change, so an edited script plays, or shows its errors on Today,
/// without a rebuild. The folder is `STEADY_CONTENT_DIR`, else this source tree's.
#[cfg(all(debug_assertions, not(target_arch = "wasm32")))]
pub async fn watch(mut programme: dioxus::prelude::Signal<Programme>) {
    use dioxus::prelude::WritableExt;
    use std::path::{Path, PathBuf};
    let dir = std::env::var_os("STEADY_CONTENT_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("content"));
    if !dir.is_dir() {
        return;
    }
    fn read_all(dir: &Path, base: &Path, out: &mut Vec<(String, String, std::time::SystemTime)>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                read_all(&path, base, out);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("toml" | "guide" | "snippet")
            ) {
                let modified = entry
                    .metadata()
                    .and_then(|m| m.modified())
                    .unwrap_or(std::time::UNIX_EPOCH);
                let relative = path
                    .strip_prefix(base)
                    .map(|p| p.to_string_lossy().replace('\\', "/"))
                    .unwrap_or_default();
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                out.push((relative, text, modified));
            }
        }
    }
    let mut last = None;
    loop {
        let mut files = Vec::new();
        read_all(&dir, &dir, &mut files);
        files.sort();
        let signature: Vec<(String, std::time::SystemTime, usize)> = files
            .iter()
            .map(|(p, t, m)| (p.clone(), *m, t.len()))
            .collect();
        if last.as_ref().is_some_and(|l| *l != signature) {
            programme.set(Programme::from_files(
                files.iter().map(|(p, t, _)| (p.as_str(), t.as_str())),
            ));
        }
        last = Some(signature);
        crate::pace::sleep(std::time::Duration::from_secs(1)).await;
    }
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
