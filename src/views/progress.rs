use super::ContentUnavailable;
use crate::content::Programme;
use dioxus::prelude::*;

/// The programme at a glance and, once answered, questionnaire scores over time.
#[component]
pub fn Progress() -> Element {
    let Programme(programme) = crate::content::use_programme();
    let Ok(loaded) = programme.as_ref() else {
        return rsx! { ContentUnavailable {} };
    };
    rsx! {
        h1 { class: "screen-title", "Progress" }
        section { class: "card empty",
            h2 { "Your check-ins" }
            p {
                "Before each session you'll answer a few short questions about how you've been. "
                "Your scores will show here as a chart, so you can see how things change."
            }
        }
        section { class: "card",
            h2 { "{loaded.manifest.subtitle}" }
            ol { class: "weeks",
                for week in loaded.manifest.weeks.iter() {
                    li { key: "{week.number}",
                        span { class: "week-number", "Week {week.number}" }
                        span { class: "week-theme", "{week.theme}" }
                    }
                }
            }
        }
    }
}
