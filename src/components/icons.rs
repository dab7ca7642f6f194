use dioxus::prelude::*;

/// The tab icons, drawn as simple strokes so they take the text colour.
#[derive(Clone, Copy, PartialEq)]
pub enum IconKind {
    Today,
    Journal,
    Progress,
    Help,
}

#[component]
pub fn Icon(kind: IconKind) -> Element {
    let d = match kind {
        // A sun rising over a horizon.
        IconKind::Today => "M4 18h16M7 18a5 5 0 0 1 10 0M12 6v3M5.6 9.6l1.8 1.8M18.4 9.6l-1.8 1.8",
        // An open book.
        IconKind::Journal => "M4 5.5C6.5 4.5 9.5 4.5 12 6c2.5-1.5 5.5-1.5 8-.5V19c-2.5-1-5.5-1-8 .5-2.5-1.5-5.5-1.5-8-.5zM12 6v13.5",
        // A gently rising line.
        IconKind::Progress => "M4 19h16M5 15l4-4 3 3 6-6M15 8h3v3",
        // A heart.
        IconKind::Help => "M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z",
    };
    rsx! {
        svg {
            class: "icon",
            view_box: "0 0 24 24",
            width: "24",
            height: "24",
            fill: "none",
            stroke: "currentColor",
            stroke_width: "1.8",
            stroke_linecap: "round",
            stroke_linejoin: "round",
            "aria-hidden": "true",
            path { d }
        }
    }
}
