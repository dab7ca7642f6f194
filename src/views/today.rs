use super::ContentUnavailable;
use crate::content::Programme;
use dioxus::prelude::*;

/// The home screen: what to do next in the programme.
#[component]
pub fn Today() -> Element {
    let Programme(programme) = use_context::<Programme>();
    let Ok(manifest) = programme.as_ref() else {
        return rsx! { ContentUnavailable {} };
    };
    // Until programme progress is recorded, the first session is the next one.
    let Some(session) = manifest.session(1) else {
        return rsx! { ContentUnavailable {} };
    };
    let theme = manifest
        .week(session.week)
        .map(|w| w.theme.as_str())
        .unwrap_or_default();
    rsx! {
        h1 { class: "screen-title", "Today" }
        section { class: "card session-card", aria_labelledby: "next-session",
            p { class: "eyebrow", "Week {session.week} · {theme}" }
            h2 { id: "next-session", "Session {session.number}" }
            p { class: "session-title", "{session.title}" }
            p { class: "meta", "About {session.minutes} minutes" }
        }
        section { class: "card soft",
            h3 { "How sessions work" }
            p {
                "Each session is a short conversation with your guide. You can stop at any point "
                "and carry on where you left off within 24 hours."
            }
        }
    }
}
