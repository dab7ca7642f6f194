//! The programme content the app ships with, embedded at build time so it works offline and
//! on every platform (the web build has no file system).

use std::rc::Rc;
use steady_script::{Manifest, ManifestErrors};

/// The programme manifest as the app sees it: parsed once, shared by every screen.
#[derive(Clone)]
pub struct Programme(pub Rc<Result<Manifest, ManifestErrors>>);

impl Programme {
    /// Parses the manifest compiled into the app from `content/programme.toml`.
    pub fn embedded() -> Self {
        Self::from_source(include_str!("../content/programme.toml"))
    }

    pub fn from_source(source: &str) -> Self {
        Programme(Rc::new(Manifest::parse(source)))
    }
}
