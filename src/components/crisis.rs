use dioxus::prelude::*;
use steady_script::UK_CRISIS_CONTACTS;

/// The UK crisis contacts, each with a button that calls or texts. Compiled into the app:
/// no content or setting can change them.
#[component]
pub fn CrisisContacts() -> Element {
    rsx! {
        ul { class: "contacts",
            for contact in UK_CRISIS_CONTACTS {
                li { key: "{contact.href}",
                    div {
                        h3 { "{contact.name}" }
                        p { "{contact.when}" }
                    }
                    a { class: "button", href: contact.href, "{contact.action}" }
                }
            }
        }
    }
}

/// Why the crisis card is showing, so its words fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CrisisReason {
    /// Something the patient typed may show risk.
    Typed,
    /// PHQ-9 item 9 was answered above "Not at all".
    Questionnaire,
}

/// Shown over whatever is on screen when there may be risk. Closing it returns the patient
/// to exactly where they were.
#[component]
pub fn CrisisCard(reason: CrisisReason, on_close: EventHandler<()>) -> Element {
    let why = match reason {
        CrisisReason::Typed => {
            "Something you wrote makes me think you may be going through a very hard time \
             right now. You deserve support from a person."
        }
        CrisisReason::Questionnaire => {
            "You said you've had thoughts of being better off dead or of hurting yourself. \
             Thank you for being honest. You deserve support from a person."
        }
    };
    rsx! {
        div { class: "overlay",
            section {
                class: "card crisis crisis-card",
                role: "alertdialog",
                aria_modal: "true",
                aria_labelledby: "crisis-title",
                aria_describedby: "crisis-why",
                h2 { id: "crisis-title", "You don't have to face this alone" }
                p { id: "crisis-why", "{why}" }
                p {
                    "If you might act on these thoughts, or you are in danger, call 999 now. "
                    "Otherwise, these free services are there any time:"
                }
                CrisisContacts {}
                p { class: "small",
                    "Your therapy team will also see that you may need support. They won't see "
                    "what you wrote."
                }
                button {
                    class: "button secondary",
                    r#type: "button",
                    onmounted: move |e| async move {
                        let _ = e.set_focus(true).await;
                    },
                    onclick: move |_| on_close.call(()),
                    "Back to the conversation"
                }
            }
        }
    }
}
