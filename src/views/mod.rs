//! One file per screen.

mod help;
mod journal;
mod progress;
pub(crate) mod today;

pub use help::Help;
pub use journal::Journal;
pub use progress::Progress;
pub use today::Today;

use dioxus::prelude::*;

/// Shown instead of a screen's content when the programme bundled with the app cannot be
/// read. This only happens if a broken content build slipped through `guide check`.
#[component]
fn ContentUnavailable() -> Element {
    rsx! {
        section { class: "card notice", role: "alert",
            h2 { "We can't show your programme right now" }
            p {
                "Something is wrong with this version of the app. Your journal and answers are safe. "
                "Please update Steady, or contact your therapy service if this keeps happening."
            }
        }
    }
}

#[cfg(test)]
mod tests;
