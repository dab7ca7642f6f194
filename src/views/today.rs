use super::ContentUnavailable;
use crate::content::Programme;
use crate::services::AppClock;
use chrono::{DateTime, Utc};
use dioxus::prelude::*;
use steady_rules::{OnOpen, Progress, Questionnaire, State, Today as TodayState};
use steady_script::SessionEntry;

/// The home screen: what to do next in the programme, as the rules say.
#[component]
pub fn Today() -> Element {
    let Programme(programme) = crate::content::use_programme();
    let clock = use_context::<AppClock>();
    let store = use_context::<crate::services::StoreHandle>();
    let progress = use_context::<Signal<Progress>>();
    let Ok(loaded) = programme.as_ref() else {
        return rsx! { ContentUnavailable {} };
    };
    let now = clock.now();
    let today = progress.read().today(&loaded.plan, now);
    let session = today
        .next_session
        .and_then(|n| loaded.manifest.session(n))
        .cloned();
    let theme = session
        .as_ref()
        .and_then(|s| loaded.manifest.week(s.week))
        .map(|w| w.theme.clone())
        .unwrap_or_default();
    rsx! {
        super::ContentProblems {}
        h1 { class: "screen-title", "Today" }
        NextSession {
            today,
            session,
            theme,
            now: now.estimate(),
            on_open: move |n: u32| {
                navigator().push(crate::Route::Session { number: n });
            },
        }
        if let Some((from, text)) = store.current_task() {
            CurrentTask { session: from, text }
        }
        section { class: "card soft",
            h3 { "How sessions work" }
            p {
                "Each session is a short conversation with your guide. You can stop at any point "
                "and carry on where you left off within 24 hours."
            }
        }
    }
}

/// The task the guide set at the end of the last session, to try before the next one.
#[component]
pub fn CurrentTask(session: u32, text: String) -> Element {
    rsx! {
        section { class: "card task-card", aria_labelledby: "current-task",
            p { class: "eyebrow", "From session {session}" }
            h2 { id: "current-task", "Your task" }
            p { "{text}" }
        }
    }
}

/// The card for the next session, in whichever state the rules give it.
#[component]
pub fn NextSession(
    today: TodayState,
    session: Option<SessionEntry>,
    theme: String,
    now: DateTime<Utc>,
    /// Opens the session screen for this session number.
    on_open: Option<EventHandler<u32>>,
) -> Element {
    let Some(session) = session.filter(|_| today.state != State::Finished) else {
        return rsx! {
            section { class: "card session-card", aria_labelledby: "next-session",
                h2 { id: "next-session", "You've finished the programme" }
                p {
                    "Well done for seeing it through. Your journal and everything you've "
                    "practised stay here whenever you need them."
                }
            }
        };
    };
    let detail = match today.state {
        State::Available => format!("About {} minutes", session.minutes),
        State::Locked => match today.unlocks_at {
            Some(t) => format!(
                "Opens {}. Until then, take time to reflect and try your task.",
                from_now(now, t)
            ),
            None => "Opens soon.".to_string(),
        },
        State::InProgress if today.on_open == Some(OnOpen::Restart) => {
            "More than 24 hours have passed, so this session will start again from the beginning. \
             What you wrote last time is kept in your journal."
                .to_string()
        }
        State::InProgress => match today.expires_at {
            Some(t) => format!(
                "You're part of the way through. Carry on where you left off; you have {} left.",
                remaining(now, t)
            ),
            None => "You're part of the way through. Carry on where you left off.".to_string(),
        },
        State::Finished => String::new(),
    };
    let checkins: Vec<&str> = today
        .questionnaires_due
        .iter()
        .map(|q| match q {
            Questionnaire::Gad7 => "anxiety",
            Questionnaire::Phq9 => "mood",
        })
        .collect();
    let locked = today.state == State::Locked;
    let action = match (today.state, today.on_open) {
        (State::Available, _) => Some(format!("Start session {}", session.number)),
        (State::InProgress, Some(OnOpen::Restart)) => {
            Some(format!("Start session {} again", session.number))
        }
        (State::InProgress, _) => Some(format!("Continue session {}", session.number)),
        _ => None,
    };
    let number = session.number;
    rsx! {
        section {
            class: if locked { "card session-card locked" } else { "card session-card" },
            aria_labelledby: "next-session",
            p { class: "eyebrow", "Week {session.week} · {theme}" }
            h2 { id: "next-session", "Session {session.number}" }
            p { class: "session-title", "{session.title}" }
            p { class: "meta", "{detail}" }
            if !checkins.is_empty() {
                p { class: "checkins",
                    "First, a few quick questions about your {checkins.join(\" and \")}."
                }
            }
            if let Some(label) = action {
                button {
                    class: "button on-dark",
                    r#type: "button",
                    onclick: move |_| {
                        if let Some(h) = on_open {
                            h.call(number);
                        }
                    },
                    "{label}"
                }
            }
        }
    }
}

/// "in 40 minutes", "in about 5 hours", "in 2 days": kind and not falsely precise.
fn from_now(now: DateTime<Utc>, then: DateTime<Utc>) -> String {
    let minutes = (then - now).num_minutes();
    match minutes {
        ..=0 => "any moment now".to_string(),
        1..=59 => format!("in {} minute{}", minutes, plural(minutes)),
        60..=1439 => {
            let hours = (minutes + 59) / 60;
            format!("in about {} hour{}", hours, plural(hours))
        }
        _ => {
            let days = (minutes + 1439) / 1440;
            format!("in {} day{}", days, plural(days))
        }
    }
}

fn remaining(now: DateTime<Utc>, until: DateTime<Utc>) -> String {
    from_now(now, until)
        .trim_start_matches("in ")
        .replace("any moment now", "a moment")
}

fn plural(n: i64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn countdowns_are_kind_and_round_up() {
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        let cases = [
            (Duration::seconds(-5), "any moment now"),
            (Duration::minutes(1), "in 1 minute"),
            (Duration::minutes(40), "in 40 minutes"),
            (Duration::minutes(61), "in about 2 hours"),
            (Duration::hours(23), "in about 23 hours"),
            (Duration::hours(24), "in 1 day"),
            (Duration::hours(49), "in 3 days"),
        ];
        for (d, text) in cases {
            assert_eq!(from_now(now, now + d), text, "{d}");
        }
        assert_eq!(remaining(now, now + Duration::hours(5)), "about 5 hours");
    }
}
