//! Each screen rendered to HTML without a browser.

use super::*;
use crate::content::Programme;

/// Renders `screen` with `programme` provided as the app provides it.
fn render_with(programme: Programme, screen: fn() -> Element) -> String {
    #[derive(Props, Clone)]
    struct HostProps {
        programme: Programme,
        screen: fn() -> Element,
    }
    impl PartialEq for HostProps {
        fn eq(&self, _: &Self) -> bool {
            false
        }
    }
    #[allow(non_snake_case)]
    fn Host(props: HostProps) -> Element {
        use_context_provider(|| props.programme.clone());
        (props.screen)()
    }
    let mut dom = VirtualDom::new_with_props(Host, HostProps { programme, screen });
    dom.rebuild_in_place();
    dioxus_ssr::render(&dom)
}

fn render(screen: fn() -> Element) -> String {
    render_with(Programme::embedded(), screen)
}

fn broken_programme() -> Programme {
    Programme::from_source("title = \"Steady\"\n[[session]]\nnumber = \"one\"\n")
}

#[test]
fn today_shows_the_first_session_from_the_manifest() {
    let html = render(|| rsx! { Today {} });
    assert!(html.contains("Session 1"), "{html}");
    assert!(
        html.contains("What worry is, and what keeps it going"),
        "{html}"
    );
    assert!(html.contains("Week 1 · Understanding worry"), "{html}");
    assert!(html.contains("About 15 minutes"), "{html}");
}

#[test]
fn today_explains_itself_kindly_when_content_is_broken() {
    let html = render_with(broken_programme(), || rsx! { Today {} });
    assert!(!html.contains("Session 1"), "{html}");
    assert!(
        html.contains("We can&#39;t show your programme right now")
            || html.contains("We can't show your programme right now"),
        "{html}"
    );
    assert!(html.contains("role=\"alert\""), "{html}");
}

#[test]
fn progress_lists_every_week_of_the_programme() {
    let html = render(|| rsx! { Progress {} });
    for (n, theme) in [(1, "Understanding worry"), (6, "Staying well")] {
        assert!(html.contains(&format!("Week {n}")), "{html}");
        assert!(html.contains(theme), "{html}");
    }
    let broken = render_with(broken_programme(), || rsx! { Progress {} });
    assert!(!broken.contains("Week 1"), "{broken}");
}

#[test]
fn journal_says_honestly_that_it_is_empty() {
    let html = render(|| rsx! { Journal {} });
    assert!(html.contains("Nothing here yet"), "{html}");
}

#[test]
fn help_lists_every_crisis_contact_as_a_link() {
    // Help does not depend on content: it must work even when content is broken.
    let html = render_with(broken_programme(), || rsx! { Help {} });
    for href in ["tel:999", "tel:111", "tel:116123", "sms:85258?body=SHOUT"] {
        assert!(
            html.contains(&format!("href=\"{href}\"")),
            "{href} missing: {html}"
        );
    }
    assert!(html.contains("Text SHOUT to 85258"), "{html}");
}
