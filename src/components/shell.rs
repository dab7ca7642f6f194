use crate::components::icons::{Icon, IconKind};
use crate::Route;
use dioxus::prelude::*;

/// The frame around every tab: a header with urgent help always one tap away, the screen,
/// and the bottom navigation.
#[component]
pub fn Shell() -> Element {
    rsx! {
        document::Title { "Steady" }
        div { class: "app",
            header { class: "top-bar",
                span { class: "brand", "Steady" }
                Link { class: "urgent-help", to: Route::Help {}, "Urgent help" }
            }
            main { class: "screen", Outlet::<Route> {} }
            BottomNav {}
        }
    }
}

#[component]
fn BottomNav() -> Element {
    let current = use_route::<Route>();
    let tabs = [
        (Route::Today {}, "Today", IconKind::Today),
        (Route::Journal {}, "Journal", IconKind::Journal),
        (Route::Progress {}, "Progress", IconKind::Progress),
        (Route::Help {}, "Help", IconKind::Help),
    ];
    rsx! {
        nav { class: "bottom-nav", aria_label: "Main",
            for (route, label, icon) in tabs {
                Link {
                    key: "{label}",
                    class: if current == route { "tab active" } else { "tab" },
                    aria_current: if current == route { "page" } else { "false" },
                    to: route.clone(),
                    Icon { kind: icon }
                    span { "{label}" }
                }
            }
        }
    }
}
