//! Steady: the patient app. Screens render state from the crates under `crates/` and send
//! the patient's intents back; no programme rule lives here.

use dioxus::prelude::*;

mod components;
mod content;
mod conversation;
mod pace;
mod services;
mod views;

use components::Shell;
use views::{Help, Journal, Progress, Session, Today};

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
    #[end_layout]
    // A session has its own frame (no tabs), with urgent help still in the header.
    #[route("/session/:number")]
    Session { number: u32 },
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
    let programme = use_context_provider(|| Signal::new(content::Programme::embedded()));
    #[cfg(all(debug_assertions, not(target_arch = "wasm32")))]
    use_hook(|| spawn(content::watch(programme)));
    #[cfg(not(all(debug_assertions, not(target_arch = "wasm32"))))]
    let _ = programme;
    let clock = use_context_provider(services::AppClock::at_launch);
    // In memory until the local store lands; screens only see the `Store` trait.
    let store = use_context_provider(services::StoreHandle::memory);
    use_context_provider(|| {
        let mut progress = store.load_progress();
        // Each launch is a new sitting; a session whose 24 hours are over is closed.
        progress.open(clock.now());
        store.save_progress(&progress);
        Signal::new(progress)
    });
    rsx! {
        document::Meta { name: "viewport", content: "width=device-width, initial-scale=1, viewport-fit=cover" }
        document::Meta { name: "theme-color", content: "#f6f4ef" }
        document::Style { {MAIN_CSS} }
        Router::<Route> {}
    }
}
