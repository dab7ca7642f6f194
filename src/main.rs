//! Steady: the patient app. Screens render state from the crates under `crates/` and send
//! the patient's intents back; no programme rule lives here.

use dioxus::prelude::*;

mod components;
mod content;
mod services;
mod views;

use components::Shell;
use views::{Help, Journal, Progress, Today};

/// The app's styles, inlined so that every build carries them, whether bundled by `dx` or
/// built by plain `cargo` (as the desktop smoke test does). About 5 KB.
const MAIN_CSS: &str = include_str!("../assets/main.css");

/// Every screen of the app. The tab screens share the [`Shell`] layout.
#[derive(Debug, Clone, Routable, PartialEq)]
#[rustfmt::skip]
pub enum Route {
    #[layout(Shell)]
        #[route("/")]
        Today {},
        #[route("/journal")]
        Journal {},
        #[route("/progress")]
        Progress {},
        #[route("/help")]
        Help {},
}

fn main() {
    #[cfg(feature = "desktop")]
    {
        use dioxus::desktop::{Config, LogicalSize, WindowBuilder};
        // A phone-sized window, so desktop development shows what patients see.
        let window = WindowBuilder::new()
            .with_title("Steady")
            .with_inner_size(LogicalSize::new(390.0, 844.0));
        dioxus::LaunchBuilder::desktop()
            .with_cfg(Config::new().with_window(window).with_menu(None))
            .launch(App);
    }
    #[cfg(not(feature = "desktop"))]
    dioxus::launch(App);
}

#[component]
fn App() -> Element {
    use_context_provider(content::Programme::embedded);
    use_context_provider(services::AppClock::at_launch);
    // In memory until the local store lands; screens only see the Progress value.
    use_context_provider(|| Signal::new(steady_rules::Progress::new()));
    rsx! {
        document::Title { "Steady" }
        document::Meta { name: "viewport", content: "width=device-width, initial-scale=1, viewport-fit=cover" }
        document::Meta { name: "theme-color", content: "#f6f4ef" }
        document::Style { {MAIN_CSS} }
        Router::<Route> {}
    }
}
