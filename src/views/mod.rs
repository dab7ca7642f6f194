//! One file per screen.

mod help;
pub(crate) mod journal;
mod progress;
pub(crate) mod session;
pub(crate) mod today;

pub use help::Help;
pub use journal::Journal;
pub use progress::Progress;
pub use session::Session;
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

/// For authors, in development builds only: every error and warning in the content, so a
/// broken script is seen on screen at once rather than as a missing session.
#[component]
pub fn ContentProblems() -> Element {
    let crate::content::Programme(programme) = crate::content::use_programme();
    if !cfg!(debug_assertions) {
        return rsx! {};
    }
    let Ok(loaded) = programme.as_ref() else {
        return rsx! {};
    };
    if loaded.problems.is_empty() {
        return rsx! {};
    }
    rsx! {
        ContentProblemList { problems: loaded.problems.iter().map(|p| p.headline()).collect::<Vec<_>>() }
    }
}

#[component]
pub fn ContentProblemList(problems: Vec<String>) -> Element {
    rsx! {
        section { class: "card dev-problems", role: "alert",
            h2 { "Content problems (development build)" }
            p { "Run `guide check` for the details. Patients never see this panel." }
            ul {
                for (i, p) in problems.into_iter().enumerate() {
                    li { key: "{i}", code { "{p}" } }
                }
            }
        }
    }
}
