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
        use_context_provider(|| Signal::new(props.programme.clone()));
        use_context_provider(crate::services::AppClock::at_launch);
        use_context_provider(crate::services::StoreHandle::memory);
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

/// Renders the whole app at `path` (with the router), with `progress` as the patient's.
fn render_route(path: &'static str, progress: steady_rules::Progress) -> String {
    render_route_with(Programme::embedded(), path, progress)
}

/// Renders the whole app at `path` with `programme` as its content.
fn render_route_with(
    programme: Programme,
    path: &'static str,
    progress: steady_rules::Progress,
) -> String {
    #[derive(Props, Clone)]
    struct AppProps {
        programme: Programme,
        path: &'static str,
        progress: steady_rules::Progress,
    }
    impl PartialEq for AppProps {
        fn eq(&self, _: &Self) -> bool {
            false
        }
    }
    #[allow(non_snake_case)]
    fn Host(props: AppProps) -> Element {
        use std::rc::Rc;
        dioxus::history::provide_history_context(Rc::new(
            dioxus::history::MemoryHistory::with_initial_path(props.path),
        ));
        use_context_provider(|| Signal::new(props.programme.clone()));
        use_context_provider(crate::services::AppClock::at_launch);
        let store = use_context_provider(crate::services::StoreHandle::memory);
        store.save_progress(&props.progress);
        use_context_provider(|| Signal::new(props.progress.clone()));
        rsx! { Router::<crate::Route> {} }
    }
    let mut dom = VirtualDom::new_with_props(
        Host,
        AppProps {
            programme,
            path,
            progress,
        },
    );
    dom.rebuild_in_place();
    dioxus_ssr::render(&dom)
}

/// The Session screen in each of its states.
mod session {
    use super::*;
    use crate::components::{CrisisCard, CrisisReason};
    use crate::conversation::{Conversation, Item};
    use crate::views::session::{Chat, CheckInIntro, CheckInItem, Composer, SessionComplete};
    use steady_rules::{Progress, Questionnaire};
    use steady_script::session::Media;

    fn checked_in() -> Progress {
        let clock = crate::services::AppClock::at_launch();
        let mut p = Progress::new();
        p.questionnaire(Questionnaire::Gad7, &[1; 7], clock.now())
            .unwrap();
        p.questionnaire(
            Questionnaire::Phq9,
            &[1, 1, 1, 1, 1, 1, 1, 1, 0],
            clock.now(),
        )
        .unwrap();
        p
    }

    #[test]
    fn opening_session_1_first_asks_the_check_in() {
        let html = render_route("/session/1", Progress::new());
        assert!(html.contains("First, a quick check-in"), "{html}");
        assert!(
            html.contains("16 short questions about your anxiety and mood"),
            "{html}"
        );
        assert!(
            html.contains("Urgent help"),
            "urgent help is in the session's header"
        );
    }

    #[test]
    fn after_the_check_in_the_conversation_opens_with_a_reply_box_to_come() {
        let html = render_route("/session/1", checked_in());
        assert!(html.contains("role=\"log\""), "{html}");
        assert!(!html.contains("check-in"), "{html}");
        assert!(html.contains("Session 1"), "{html}");
        assert!(
            html.contains("What worry is, and what keeps it going"),
            "{html}"
        );
    }

    #[test]
    fn a_locked_session_says_so_and_leads_back_to_today() {
        let html = render_route("/session/2", checked_in());
        assert!(html.contains("This session isn&#39;t open yet"), "{html}");
        assert!(html.contains("Back to Today"), "{html}");
    }

    #[test]
    fn a_session_that_is_not_written_yet_says_so_kindly() {
        // A manifest whose sessions have no scripts yet.
        let manifest = crate::content::CONTENT_FILES
            .iter()
            .find(|(path, _)| *path == "programme.toml")
            .map(|(_, text)| *text)
            .unwrap();
        let html = render_route_with(Programme::from_source(manifest), "/session/1", checked_in());
        assert!(html.contains("This session isn&#39;t ready yet"), "{html}");
        assert!(html.contains("Back to Today"), "{html}");
    }

    #[test]
    fn today_shows_the_task_from_the_last_session() {
        let html = render(|| {
            rsx! { crate::views::today::CurrentTask { session: 1, text: "Notice one worry a day." } }
        });
        assert!(html.contains(">Your task</h2>"), "{html}");
        assert!(html.contains("From session 1"), "{html}");
        assert!(html.contains("Notice one worry a day."), "{html}");
        let none = render_route("/", Progress::new());
        assert!(
            !none.contains("Your task"),
            "no task before the first session: {none}"
        );
    }

    #[test]
    fn today_offers_to_start_session_1() {
        let html = render_route("/", Progress::new());
        assert!(html.contains(">Start session 1</button>"), "{html}");
    }

    #[test]
    fn check_in_intro_counts_the_questions() {
        let html = render(|| {
            rsx! {
                CheckInIntro { due: vec![Questionnaire::Gad7], heading: "First, a quick check-in", on_start: |_| {} }
            }
        });
        assert!(
            html.contains("7 short questions about your anxiety over"),
            "{html}"
        );
        assert!(html.contains("Start the check-in"), "{html}");
    }

    #[test]
    fn check_in_item_shows_the_official_wording_and_four_answers() {
        let html = render(|| {
            rsx! {
                CheckInItem {
                    questionnaire: Questionnaire::Phq9,
                    item: 8,
                    position: 16,
                    total: 16,
                    on_answer: |_| {},
                    on_back: |_| {},
                }
            }
        });
        assert!(html.contains("Question 16 of 16"), "{html}");
        assert!(
            html.contains("Thoughts that you would be better off dead"),
            "{html}"
        );
        assert!(html.contains("Over the last 2 weeks"), "{html}");
        for a in [
            "Not at all",
            "Several days",
            "More than half the days",
            "Nearly every day",
        ] {
            assert!(html.contains(&format!(">{a}</button>")), "{a}: {html}");
        }
    }

    #[test]
    fn chat_shows_each_kind_of_item() {
        let items = vec![
            Item::Note {
                text: "This session starts again.".into(),
            },
            Item::Guide {
                id: "a".into(),
                text: "Hello Sam.".into(),
            },
            Item::Patient { text: "hi".into() },
            Item::Pause { seconds: 1 },
            Item::Media {
                id: "v".into(),
                media: Media::Video {
                    file: "cycle.mp4".into(),
                    captions: "cycle.vtt".into(),
                },
            },
            Item::Task {
                text: "Notice one worry a day.".into(),
            },
            Item::Complete,
        ];
        let html = dioxus_ssr::render_element(rsx! { Chat { items, typing: false } });
        assert!(
            html.contains("class=\"bubble guide\">Hello Sam.</p>"),
            "{html}"
        );
        assert!(html.contains("class=\"bubble patient\">hi</p>"), "{html}");
        assert!(html.contains("This session starts again."), "{html}");
        assert!(html.contains("playsinline"), "{html}");
        assert!(html.contains("media/cycle.vtt\""), "{html}");
        assert!(html.contains("kind=\"captions\""), "{html}");
        assert!(html.contains("Your task before next time"), "{html}");
        assert!(!html.contains("typing"), "{html}");
        let typing = dioxus_ssr::render_element(rsx! { Chat { items: vec![], typing: true } });
        assert!(typing.contains("Your guide is typing"), "{typing}");
    }

    #[test]
    fn composer_has_a_labelled_reply_box_send_and_chips() {
        let html = render(|| {
            let vars = std::collections::BTreeMap::new();
            let Programme(p) = Programme::embedded();
            let program = p.as_ref().as_ref().ok().unwrap().sessions[&1];
            let (mut c, _) = Conversation::start(program, vars, None);
            c.send("calm");
            c.send("money");
            c.submit(Vec::new());
            let prompt = c.prompt.clone().expect("the body question");
            rsx! { Composer { prompt, on_send: |_| {}, on_tap: |_| {} } }
        });
        assert!(html.contains("aria-label=\"Your reply\""), "{html}");
        assert!(html.contains(">Send</button>"), "{html}");
        assert!(
            html.contains("disabled"),
            "Send is disabled until something is typed"
        );
        for chip in [
            "Tense muscles",
            "Racing heart",
            "Stomach",
            "Tiredness",
            "Sleep",
        ] {
            assert!(
                html.contains(&format!(">{chip}</button>")),
                "{chip}: {html}"
            );
        }
    }

    #[test]
    fn crisis_card_lists_every_contact_and_a_way_back() {
        let typed =
            render(|| rsx! { CrisisCard { reason: CrisisReason::Typed, on_close: |_| {} } });
        let phq9 = render(
            || rsx! { CrisisCard { reason: CrisisReason::Questionnaire, on_close: |_| {} } },
        );
        assert!(phq9.contains("better off dead"), "{phq9}");
        assert!(typed.contains("Something you wrote"), "{typed}");
        for html in [typed, phq9] {
            for href in ["tel:999", "tel:111", "tel:116123", "sms:85258?body=SHOUT"] {
                assert!(html.contains(&format!("href=\"{href}\"")), "{href}: {html}");
            }
            assert!(html.contains("role=\"alertdialog\""), "{html}");
            assert!(html.contains("Back to the conversation"), "{html}");
        }
    }

    #[test]
    fn worksheet_form_has_a_labelled_box_or_scale_for_every_field() {
        let html = render(|| {
            let Programme(p) = Programme::embedded();
            let sheet = p.as_ref().as_ref().ok().unwrap().library.worksheets["worry-log"].clone();
            rsx! { crate::views::session::WorksheetForm { worksheet: sheet, on_submit: |_| {} } }
        });
        assert!(html.contains(">Worry log</h2>"), "{html}");
        assert!(
            html.contains("<label for=\"f-when\">When did it start, and where were you?</label>"),
            "{html}"
        );
        assert!(html.contains("<textarea id=\"f-worry\""), "{html}");
        assert!(html.contains("role=\"radiogroup\""), "{html}");
        for n in 0..=10 {
            assert!(
                html.contains(&format!(">{n}</button>")),
                "scale point {n}: {html}"
            );
        }
        assert!(
            html.contains(">Save</button>") && html.contains(">Skip for now</button>"),
            "{html}"
        );
    }

    #[test]
    fn education_card_shows_its_title_paragraphs_list_and_image() {
        let html = render(|| {
            let Programme(p) = Programme::embedded();
            let card = p.as_ref().as_ref().ok().unwrap().library.cards["worry-cycle"].clone();
            rsx! { crate::views::session::EducationCard { card } }
        });
        assert!(html.contains(">The worry cycle</h3>"), "{html}");
        assert!(
            html.contains("<li>Body: tense muscles, a racing heart, poor sleep</li>"),
            "{html}"
        );
        assert!(
            html.contains("worry-cycle.svg\" alt=\"Three circles"),
            "{html}"
        );
    }

    #[test]
    fn session_complete_thanks_and_leads_back_to_today() {
        let html = render(|| rsx! { SessionComplete { number: 1, on_back: |_| {} } });
        assert!(html.contains("Session 1 complete"), "{html}");
        assert!(html.contains(">Back to Today</button>"), "{html}");
    }

    #[test]
    fn journal_lists_what_the_patient_wrote_newest_first() {
        use crate::conversation::JournalEntry;
        use crate::views::journal::JournalEntries;
        let entry = |prompt: &str, text: &str| JournalEntry {
            session: 1,
            prompt: prompt.into(),
            text: text.into(),
        };
        let entries = vec![
            entry("One worry?", "money"),
            entry("To remember?", "breathe"),
        ];
        let html = dioxus_ssr::render_element(rsx! { JournalEntries { entries } });
        let (money, breathe) = (html.find("money").unwrap(), html.find("breathe").unwrap());
        assert!(breathe < money, "newest first: {html}");
        assert!(html.contains("One worry?"), "{html}");
    }
}

#[test]
fn development_builds_show_content_errors_on_today() {
    fn broken_script() -> Programme {
        let manifest = steady_script::bundle::tests_support::MANIFEST_ONE_SESSION;
        Programme::from_files([
            ("programme.toml", manifest),
            ("week-1/one.guide", "---\nid: one\nweek: 1\nnumber: 1\ntitle: First\nminutes: 10\n---\n== start\n-> nowhere\n"),
        ])
    }
    let html = render_with(broken_script(), || rsx! { Today {} });
    assert!(
        html.contains("Content problems (development build)"),
        "{html}"
    );
    assert!(html.contains("week-1/one.guide:9:"), "{html}");
    let clean = render(|| rsx! { Today {} });
    assert!(!clean.contains("Content problems"), "{clean}");
}
