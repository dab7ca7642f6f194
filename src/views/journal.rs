use dioxus::prelude::*;

/// Transcripts, worksheets and the patient's own entries.
#[component]
pub fn Journal() -> Element {
    rsx! {
        h1 { class: "screen-title", "Journal" }
        section { class: "card empty",
            h2 { "Nothing here yet" }
            p {
                "After your first session, your conversations with the guide and anything you "
                "write will be kept here. Only you can read them."
            }
        }
    }
}
