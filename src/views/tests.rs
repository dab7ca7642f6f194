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
        use_context_provider(crate::services::AppClock::at_launch);
        use_context_provider(|| Signal::new(steady_rules::Progress::new()));
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
    assert!(
        html.contains("First, a few quick questions about your anxiety and mood."),
        "{html}"
    );
}

mod next_session {
    use super::*;
    use crate::views::today::NextSession;
    use chrono::{DateTime, Duration, Utc};
    use steady_rules::{OnOpen, Questionnaire, State, Today as TodayState};
    use steady_script::Manifest;

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000, 0).unwrap()
    }

    fn state(state: State) -> TodayState {
        TodayState {
            state,
            next_session: Some(2),
            unlocks_at: None,
            in_progress: None,
            expires_at: None,
            on_open: None,
            questionnaires_due: vec![],
            completed: vec![1],
            unfinished_attempts: 0,
            latest_scores: vec![],
            risk_flag: false,
        }
    }

    fn card(today: TodayState) -> String {
        let manifest = Manifest::parse(include_str!("../../content/programme.toml")).unwrap();
        let session = manifest.session(2).cloned();
        dioxus_ssr::render_element(rsx! {
            NextSession { today, session, theme: "Understanding worry".to_string(), now: now() }
        })
    }

    #[test]
    fn available_with_a_checkin_due() {
        let mut t = state(State::Available);
        t.questionnaires_due = vec![Questionnaire::Gad7];
        let html = card(t);
        assert!(html.contains("Session 2"), "{html}");
        assert!(html.contains("Body, thoughts and actions"), "{html}");
        assert!(html.contains("about your anxiety."), "{html}");
    }

    #[test]
    fn locked_shows_a_kind_countdown() {
        let mut t = state(State::Locked);
        t.unlocks_at = Some(now() + Duration::hours(5));
        let html = card(t);
        assert!(html.contains("Opens in about 5 hours."), "{html}");
        assert!(html.contains("session-card locked"), "{html}");
    }

    #[test]
    fn in_progress_shows_the_time_left() {
        let mut t = state(State::InProgress);
        t.in_progress = Some(2);
        t.on_open = Some(OnOpen::Resume);
        t.expires_at = Some(now() + Duration::minutes(30));
        let html = card(t);
        assert!(
            html.contains("Carry on where you left off; you have 30 minutes left."),
            "{html}"
        );
    }

    #[test]
    fn in_progress_past_its_window_explains_the_restart() {
        let mut t = state(State::InProgress);
        t.in_progress = Some(2);
        t.on_open = Some(OnOpen::Restart);
        let html = card(t);
        assert!(html.contains("start again from the beginning"), "{html}");
        assert!(html.contains("kept in your journal"), "{html}");
    }

    #[test]
    fn finished() {
        let mut t = state(State::Finished);
        t.next_session = None;
        let html = card(t);
        assert!(html.contains("finished the programme"), "{html}");
        assert!(!html.contains("Session 2"), "{html}");
    }
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
