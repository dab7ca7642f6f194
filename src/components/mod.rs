//! Widgets shared by several screens.

mod crisis;
mod icons;
mod shell;

pub use crisis::{CrisisCard, CrisisContacts, CrisisReason};
pub use shell::Shell;
