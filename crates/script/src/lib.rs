//! The guide script language and the content types the app shows.
//!
//! **Invariant:** this crate is pure. It does no IO, reads no clock and uses no randomness:
//! callers hand it text and get typed values or typed errors back. That keeps it
//! deterministic, testable and buildable for wasm32 and mobile targets.
//!
//! Today it holds the programme manifest ([`Manifest`]) and the built-in crisis contacts;
//! the session-script compiler and runtime join it here.

pub mod bundle;
pub mod crisis;
pub mod library;
pub mod manifest;
pub mod session;

pub use bundle::{Bundle, Problem};
pub use crisis::{CrisisContact, UK_CRISIS_CONTACTS};
pub use library::{Card, Field, FieldKind, Library, Worksheet};
pub use manifest::{
    Manifest, ManifestError, ManifestErrors, SessionEntry, Week, DEFAULT_REFLECTION_HOURS,
};
