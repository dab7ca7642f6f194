//! Widgets shared by several screens.

mod icons;
mod shell;

pub use shell::Shell;
