use crate::conversation::JournalEntry;
use crate::services::StoreHandle;
use dioxus::prelude::*;

/// Transcripts, worksheets and the patient's own entries.
#[component]
pub fn Journal() -> Element {
    let store = use_context::<StoreHandle>();
    rsx! {
        h1 { class: "screen-title", "Journal" }
        JournalEntries { entries: store.journal() }
    }
}

/// The patient's journal, newest first.
#[component]
pub fn JournalEntries(entries: Vec<JournalEntry>) -> Element {
    if entries.is_empty() {
        return rsx! {
            section { class: "card empty",
                h2 { "Nothing here yet" }
                p {
                    "After your first session, what you write to the guide will be kept here. "
                    "Only you can read it."
                }
            }
        };
    }
    rsx! {
        ul { class: "journal",
            for (i, entry) in entries.into_iter().enumerate().rev() {
                li { key: "{i}", class: "card",
                    p { class: "eyebrow", "Session {entry.session}" }
                    h2 { class: "journal-prompt", "{entry.prompt}" }
                    p { "{entry.text}" }
                }
            }
        }
    }
}
