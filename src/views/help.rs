use crate::components::CrisisContacts;
use dioxus::prelude::*;

/// Urgent help, reachable from every screen.
#[component]
pub fn Help() -> Element {
    rsx! {
        h1 { class: "screen-title", "Help" }
        section { class: "card crisis", aria_labelledby: "urgent-help",
            h2 { id: "urgent-help", "If you need help now" }
            p { "You don't have to wait. These services are free and open all day, every day." }
            CrisisContacts {}
        }
        section { class: "card soft",
            h3 { "About Steady" }
            p {
                "Steady is not an emergency service, and nobody reads your messages as you write "
                "them. If you are worried about your safety, please use the contacts above."
            }
        }
    }
}
