//! The programme content the app ships with, embedded at build time so it works offline and
//! on every platform (the web build has no file system).

use std::rc::Rc;
use steady_script::{Manifest, ManifestErrors};

/// The parsed programme: the manifest the screens show, and the plan the rules use.
pub struct Loaded {
    pub manifest: Manifest,
    pub plan: steady_rules::Programme,
}

/// The programme as the app sees it: parsed once, shared by every screen.
#[derive(Clone)]
pub struct Programme(pub Rc<Result<Loaded, ManifestErrors>>);

impl Programme {
    /// Parses the manifest compiled into the app from `content/programme.toml`.
    pub fn embedded() -> Self {
        Self::from_source(include_str!("../content/programme.toml"))
    }

    pub fn from_source(source: &str) -> Self {
        Programme(Rc::new(Manifest::parse(source).map(|manifest| Loaded {
            plan: steady_rules::Programme::from_manifest(&manifest),
            manifest,
        })))
    }
}
