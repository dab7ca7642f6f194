//! The Session screen: the conversation with the guide, and the check-in questionnaires the
//! rules say are due before it.
//!
//! The screen holds no rules. The rules crate says whether the session may start (and which
//! questionnaires come first); the script runtime says what the guide says and asks, and
//! screens every typed reply for risk; this screen shows that and sends the patient's input.

use super::ContentUnavailable;
use crate::components::{CrisisCard, CrisisReason};
use crate::content::{Loaded, Programme};
use crate::conversation::{Conversation, Effects, Item, Prompt};
use crate::pace;
use crate::services::{AppClock, StoreHandle};
use crate::Route;
use dioxus::prelude::*;
use std::collections::BTreeMap;
use steady_rules::{AttemptId, Progress, Questionnaire, Rejection, Started, ANSWER_OPTIONS};
use steady_script::session::Media;

/// What the screen shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Stage {
    /// Questionnaires to answer before the session starts.
    CheckIn(Vec<Questionnaire>),
    /// The conversation of this attempt.
    Talking(AttemptId),
    /// The session cannot be opened now; says why.
    Notice { title: String, text: String },
}

/// Records check-in answers with the rules (which score them and raise any risk flag).
fn record_check_in(
    progress: &mut Progress,
    answers: &[(Questionnaire, Vec<i64>)],
    now: steady_rules::Stamp,
) {
    for (q, a) in answers {
        // Answers come from the four buttons, so the rules never refuse them.
        let _ = progress.questionnaire(*q, a, now);
    }
}

/// Opens session `number` as the rules allow, starting or resuming its conversation.
fn open(
    number: u32,
    loaded: &Loaded,
    progress: &mut Progress,
    store: &StoreHandle,
    clock: &AppClock,
) -> (Stage, Option<(Conversation, Effects)>) {
    let notice = |title: &str, text: &str| {
        (
            Stage::Notice {
                title: title.to_string(),
                text: text.to_string(),
            },
            None,
        )
    };
    let Some(program) = loaded.sessions.get(&number).copied() else {
        return notice(
            "This session isn't ready yet",
            "We're still writing it. Please check back after the next update of Steady.",
        );
    };
    let variables = BTreeMap::from([("name".to_string(), store.patient_name())]);
    let started = progress.start(&loaded.plan, number, clock.now());
    store.save_progress(progress);
    match started {
        Ok(Started::New(id)) => (
            Stage::Talking(id),
            Some(Conversation::start(program, variables, None)),
        ),
        Ok(Started::Restarted { new, .. }) => (
            Stage::Talking(new),
            Some(Conversation::start(
                program,
                variables,
                Some(
                    "More than 24 hours have passed, so this session starts again from the \
                     beginning. What you wrote last time is kept in your journal."
                        .to_string(),
                ),
            )),
        ),
        Ok(Started::Resumed(id)) => {
            let resumed = store
                .load_conversation(id)
                .and_then(|saved| Conversation::resume(program, &saved).ok());
            let conversation = resumed.unwrap_or_else(|| {
                Conversation::start(
                    program,
                    variables,
                    Some(
                        "This session has been updated since you were last here, so it starts \
                         again from the beginning."
                            .to_string(),
                    ),
                )
            });
            (Stage::Talking(id), Some(conversation))
        }
        Err(Rejection::QuestionnairesDue(due)) => (Stage::CheckIn(due), None),
        Err(Rejection::Locked) => notice(
            "This session isn't open yet",
            "It opens after some time to reflect on the last one. Today shows when.",
        ),
        Err(Rejection::AlreadyComplete) => notice(
            "You've done this session",
            "Well done. Today shows what comes next.",
        ),
        Err(_) => notice(
            "We can't open this session",
            "Please go back to Today and try again.",
        ),
    }
}

/// The Session screen for session `number`.
#[component]
pub fn Session(number: u32) -> Element {
    let Programme(programme) = crate::content::use_programme();
    let clock = use_context::<AppClock>();
    let store = use_context::<StoreHandle>();
    let mut progress = use_context::<Signal<Progress>>();
    let mut crisis = use_signal(|| None::<CrisisReason>);
    // Opened once, when the screen appears: the rules decide what it shows.
    let (first_stage, first_conversation, first_shown) = use_hook(|| {
        let Ok(loaded) = programme.as_ref() else {
            return (
                Stage::Notice {
                    title: String::new(),
                    text: String::new(),
                },
                None,
                0,
            );
        };
        let (stage, started) = open(number, loaded, &mut progress.write(), &store, &clock);
        let conversation = started.map(|(c, _)| c);
        // A resumed transcript is shown at once; a new one is paced like typing.
        let shown = match (&stage, &conversation) {
            (Stage::Talking(id), Some(c)) if store.load_conversation(*id).is_some() => {
                c.items.len()
            }
            _ => 0,
        };
        if let (Stage::Talking(id), Some(c)) = (&stage, &conversation) {
            store.save_conversation(*id, &c.saved());
        }
        (stage, conversation, shown)
    });
    let mut stage = use_signal(|| first_stage);
    let mut conversation = use_signal(|| first_conversation);
    // How many transcript items are on screen: the rest are still being "typed".
    let mut shown = use_signal(|| first_shown);
    let mut typing = use_signal(|| false);

    // Reveals transcript items one by one, like typing. Woken after every change.
    let pacer = use_coroutine(move |mut rx: UnboundedReceiver<()>| async move {
        use futures_util::StreamExt;
        let reduced = pace::reduced_motion().await;
        loop {
            loop {
                let next = conversation
                    .peek()
                    .as_ref()
                    .and_then(|c| c.items.get(*shown.peek()).cloned());
                let Some(item) = next else { break };
                let wait = pace::delay(&item);
                if !reduced && !wait.is_zero() {
                    typing.set(matches!(item, Item::Guide { .. } | Item::Pause { .. }));
                    pace::sleep(wait).await;
                }
                typing.set(false);
                shown += 1;
                scroll_to_end(reduced);
            }
            if rx.next().await.is_none() {
                return;
            }
        }
    });
    use_effect(move || {
        // Build what reading replies needs (patterns, both learned backstops, the word
        // vectors) while the patient reads the first messages: on a thread of its own where
        // there are threads (about 0.2 s on a desktop, more on a phone, and the first
        // messages keep animating); on the web, once the first message is on screen. A
        // reply sent before it finishes waits for it, not for a second build.
        #[cfg(not(target_arch = "wasm32"))]
        std::thread::spawn(steady_understand::warm_up);
        #[cfg(target_arch = "wasm32")]
        spawn(async move {
            pace::sleep(std::time::Duration::from_millis(50)).await;
            steady_understand::warm_up();
        });
        pacer.send(());
    });

    let Ok(loaded) = programme.as_ref() else {
        return rsx! {
            SessionFrame { title: "Session", ContentUnavailable {} }
        };
    };
    let title = loaded
        .manifest
        .session(number)
        .map(|s| s.title.clone())
        .unwrap_or_default();

    // Applies a turn's effects: risk flag and crisis card, journal, completion; then saves.
    let after_turn = {
        let (store, clock, loaded_plan) = (store.clone(), clock.clone(), programme.clone());
        move |effects: Effects, attempt: AttemptId| {
            let now = clock.now();
            if let Some(kind) = effects.crisis {
                progress.write().flag_risk(kind.code(), now);
                crisis.set(Some(CrisisReason::Typed));
            }
            for entry in effects.journal {
                store.add_journal(entry);
            }
            for (_, text) in effects.tasks {
                store.set_task(number, text);
            }
            if let Some(reply) = effects.unmatched {
                store.keep_unmatched(reply);
            }
            for (id, fields) in effects.worksheets {
                let sheet = loaded_plan
                    .as_ref()
                    .as_ref()
                    .ok()
                    .and_then(|l| l.library.worksheets.get(&id));
                let label = |field: &str| {
                    sheet
                        .and_then(|w| w.fields.iter().find(|f| f.id == field))
                        .map_or(field.to_string(), |f| f.label.clone())
                };
                store.add_journal(crate::conversation::JournalEntry {
                    session: number,
                    prompt: sheet.map_or(id.clone(), |w| w.title.clone()),
                    text: fields
                        .iter()
                        .map(|(k, v)| format!("{}\n{v}", label(k)))
                        .collect::<Vec<_>>()
                        .join("\n\n"),
                });
            }
            if effects.complete {
                if let Ok(loaded) = loaded_plan.as_ref() {
                    // Refused only if the window closed mid-sentence; Today then shows why.
                    let _ = progress.write().complete(&loaded.plan, number, now);
                }
            }
            store.save_progress(&progress.peek());
            if let Some(c) = conversation.peek().as_ref() {
                store.save_conversation(attempt, &c.saved());
            }
            pacer.send(());
        }
    };

    let body = match stage() {
        Stage::Notice { title, text } if title.is_empty() && text.is_empty() => {
            rsx! { ContentUnavailable {} }
        }
        Stage::Notice { title, text } => rsx! {
            section { class: "card notice-calm", role: "status",
                h2 { "{title}" }
                p { "{text}" }
                Link { class: "button", to: Route::Today {}, "Back to Today" }
            }
        },
        Stage::CheckIn(due) => {
            let (store, clock, programme) = (store.clone(), clock.clone(), programme.clone());
            rsx! {
                CheckIn {
                    due,
                    on_risk: move |_| crisis.set(Some(CrisisReason::Questionnaire)),
                    on_done: move |answers: Vec<(Questionnaire, Vec<i64>)>| {
                        record_check_in(&mut progress.write(), &answers, clock.now());
                        let Ok(loaded) = programme.as_ref() else { return };
                        let (next, started) = open(number, loaded, &mut progress.write(), &store, &clock);
                        if let Some((c, _)) = started {
                            shown.set(0);
                            conversation.set(Some(c));
                        }
                        stage.set(next);
                        pacer.send(());
                    },
                }
            }
        }
        Stage::Talking(attempt) => {
            let snapshot = conversation.read().clone();
            let Some(c) = snapshot else {
                return rsx! { ContentUnavailable {} };
            };
            let visible = shown().min(c.items.len());
            let busy = visible < c.items.len();
            let mut after_send = after_turn.clone();
            let mut after_tap = after_turn.clone();
            let mut after_submit = after_turn.clone();
            let mut after_questionnaire = after_turn.clone();
            let clock_for_questionnaire = clock.clone();
            rsx! {
                Chat { items: c.items[..visible].to_vec(), typing: typing() }
                if !busy {
                    if c.is_complete() {
                        SessionComplete {
                            number,
                            on_back: move |_| {
                                navigator().push(Route::Today {});
                            },
                        }
                    } else if let Some(q) = c
                        .questionnaire
                        .as_deref()
                        .and_then(Questionnaire::from_name)
                    {
                        CheckIn {
                            due: vec![q],
                            heading: "A quick check-in".to_string(),
                            on_risk: move |_| crisis.set(Some(CrisisReason::Questionnaire)),
                            on_done: move |answers: Vec<(Questionnaire, Vec<i64>)>| {
                                record_check_in(
                                    &mut progress.write(),
                                    &answers,
                                    clock_for_questionnaire.now(),
                                );
                                let effects = match conversation.write().as_mut() {
                                    Some(c) => c.questionnaire_done(),
                                    None => return,
                                };
                                after_questionnaire(effects, attempt);
                            },
                        }
                    } else if let Some(sheet) = c
                        .worksheet
                        .as_ref()
                        .and_then(|w| loaded.library.worksheets.get(w))
                        .cloned()
                    {
                        WorksheetForm {
                            worksheet: sheet,
                            on_submit: move |fields: Vec<(String, String)>| {
                                let effects = match conversation.write().as_mut() {
                                    Some(c) => c.submit(fields),
                                    None => return,
                                };
                                after_submit(effects, attempt);
                            },
                        }
                    } else if let Some(prompt) = c.prompt.clone() {
                        Composer {
                            prompt,
                            on_send: move |text: String| {
                                let effects = match conversation.write().as_mut() {
                                    Some(c) => c.send(&text),
                                    None => return,
                                };
                                after_send(effects, attempt);
                            },
                            on_tap: move |chip: String| {
                                let effects = match conversation.write().as_mut() {
                                    Some(c) => c.tap(&chip),
                                    None => return,
                                };
                                after_tap(effects, attempt);
                            },
                        }
                    }
                }
            }
        }
    };

    let window_title = match stage() {
        Stage::CheckIn(_) => "Check-in · Steady".to_string(),
        _ => format!("Session {number} · Steady"),
    };
    rsx! {
        document::Title { "{window_title}" }
        SessionFrame { title: "Session {number}", subtitle: title,
            {body}
        }
        if let Some(reason) = crisis() {
            CrisisCard { reason, on_close: move |_| crisis.set(None) }
        }
    }
}

fn scroll_to_end(reduced: bool) {
    let behavior = if reduced { "auto" } else { "smooth" };
    // After the next frames, so the message (and any reply box) is on screen first.
    document::eval(&format!(
        "requestAnimationFrame(() => requestAnimationFrame(() => \
         window.scrollTo({{ top: document.body.scrollHeight, behavior: '{behavior}' }})));"
    ));
}

/// Media files from `assets/media/`, bundled as one folder on every platform.
const MEDIA: Asset = asset!("/assets/media", AssetOptions::folder());

/// Where the app finds a media file named in a script or card.
fn media_url(file: &str) -> String {
    format!("{MEDIA}/{file}")
}

/// The session's own frame: a way back to Today, the title, and urgent help.
#[component]
pub fn SessionFrame(title: String, subtitle: Option<String>, children: Element) -> Element {
    rsx! {
        div { class: "app session",
            header { class: "top-bar session-bar",
                Link { class: "back", to: Route::Today {}, aria_label: "Back to Today", "‹ Today" }
                div { class: "session-heading",
                    h1 { "{title}" }
                    if let Some(s) = subtitle.filter(|s| !s.is_empty()) {
                        p { "{s}" }
                    }
                }
                Link { class: "urgent-help", to: Route::Help {}, "Urgent help" }
            }
            main { class: "screen conversation", {children} }
        }
    }
}

/// The transcript: the guide's messages, the patient's replies, media and notes.
#[component]
pub fn Chat(items: Vec<Item>, typing: bool) -> Element {
    rsx! {
        div { class: "chat", role: "log", aria_live: "polite", aria_label: "Conversation",
            for (i, item) in items.into_iter().enumerate() {
                ChatItem { key: "{i}", item }
            }
            if typing {
                div { class: "bubble guide typing", aria_label: "Your guide is typing",
                    span {} span {} span {}
                }
            }
        }
    }
}

#[component]
fn ChatItem(item: Item) -> Element {
    match item {
        Item::Guide { text, .. } => match text.strip_prefix("- ") {
            // A line starting "- " is one point of a list.
            Some(point) => {
                rsx! { p { class: "bubble guide point", Formatted { text: point.to_string() } } }
            }
            None => rsx! { p { class: "bubble guide", Formatted { text } } },
        },
        Item::Patient { text } => rsx! { p { class: "bubble patient", "{text}" } },
        Item::Note { text } => rsx! { p { class: "chat-note", "{text}" } },
        Item::Task { text } => rsx! {
            div { class: "inline-card task",
                p { class: "eyebrow", "Your task before next time" }
                p { "{text}" }
            }
        },
        Item::Media { media, .. } => rsx! { MediaItem { media } },
        Item::Worksheet { worksheet, .. } => {
            let programme = crate::content::use_programme();
            let title = programme
                .library()
                .and_then(|l| l.worksheets.get(&worksheet))
                .map_or(worksheet.clone(), |w| w.title.clone());
            rsx! {
                div { class: "inline-card",
                    p { class: "eyebrow", "Worksheet" }
                    p { class: "card-title", "{title}" }
                }
            }
        }
        Item::Filled { worksheet, fields } => {
            let programme = crate::content::use_programme();
            let sheet = programme
                .library()
                .and_then(|l| l.worksheets.get(&worksheet))
                .cloned();
            let label = |id: &str| {
                sheet
                    .as_ref()
                    .and_then(|w| w.fields.iter().find(|f| f.id == id))
                    .map_or(id.to_string(), |f| f.label.clone())
            };
            let rows: Vec<(String, String)> =
                fields.iter().map(|(k, v)| (label(k), v.clone())).collect();
            rsx! {
                div { class: "inline-card filled",
                    p { class: "eyebrow", "You wrote" }
                    dl {
                        for (i, (label, value)) in rows.into_iter().enumerate() {
                            div { key: "{i}",
                                dt { "{label}" }
                                dd { "{value}" }
                            }
                        }
                    }
                }
            }
        }
        Item::Questionnaire { name, .. } => rsx! {
            div { class: "inline-card",
                p { class: "eyebrow", "Check-in" }
                p { "{name}" }
            }
        },
        Item::Pause { .. } | Item::Complete => rsx! {},
    }
}

/// A guide line with its `**bold**` parts in bold.
#[component]
fn Formatted(text: String) -> Element {
    let parts: Vec<(bool, String)> = text
        .split("**")
        .enumerate()
        .map(|(i, part)| (i % 2 == 1, part.to_string()))
        .collect();
    // An unclosed `**` (the compiler warns) shows as written rather than bolding the rest.
    let plain = parts.len() == 1 || parts.len() % 2 == 0;
    rsx! {
        if plain {
            "{text}"
        } else {
            for (i, (bold, part)) in parts.into_iter().enumerate() {
                if bold {
                    strong { key: "{i}", "{part}" }
                } else {
                    span { key: "{i}", "{part}" }
                }
            }
        }
    }
}

/// Media shown inline, from `assets/media/`.
#[component]
fn MediaItem(media: Media) -> Element {
    match media {
        Media::Video { file, captions } => rsx! {
            figure { class: "inline-card media",
                video {
                    controls: true,
                    playsinline: true,
                    preload: "metadata",
                    src: media_url(&file),
                    track { kind: "captions", src: media_url(&captions), srclang: "en", label: "English", default: true }
                }
            }
        },
        Media::Audio { file } => rsx! {
            figure { class: "inline-card media",
                audio { controls: true, preload: "metadata", src: media_url(&file) }
            }
        },
        Media::Image { file, alt } => rsx! {
            figure { class: "inline-card media",
                img { src: media_url(&file), alt: "{alt}" }
            }
        },
        Media::Card { id } => {
            let programme = crate::content::use_programme();
            match programme.library().and_then(|l| l.cards.get(&id)).cloned() {
                Some(card) => rsx! { EducationCard { card } },
                // The compiler refuses unknown cards, so this is a content build gone wrong.
                None => rsx! {},
            }
        }
    }
}

/// An educational card: a title, short paragraphs and lists, and an illustration.
#[component]
pub fn EducationCard(card: steady_script::Card) -> Element {
    // Paragraphs are separated by blank lines; lines starting "- " are list items.
    let blocks: Vec<(bool, Vec<String>)> = card
        .body
        .split("\n\n")
        .map(|block| {
            let lines: Vec<&str> = block
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            let list = !lines.is_empty() && lines.iter().all(|l| l.starts_with("- "));
            let items = if list {
                lines.iter().map(|l| l[2..].to_string()).collect()
            } else {
                vec![lines.join(" ")]
            };
            (list, items)
        })
        .filter(|(_, items)| items.iter().any(|i| !i.is_empty()))
        .collect();
    rsx! {
        article { class: "inline-card education",
            if let Some((file, alt)) = card.image.clone() {
                img { src: media_url(&file), alt: "{alt}" }
            }
            p { class: "eyebrow", "Card" }
            h3 { "{card.title}" }
            for (i, (list, items)) in blocks.into_iter().enumerate() {
                if list {
                    ul { key: "{i}",
                        for (j, item) in items.into_iter().enumerate() {
                            li { key: "{j}", "{item}" }
                        }
                    }
                } else {
                    p { key: "{i}", "{items.join(\" \")}" }
                }
            }
        }
    }
}

/// A worksheet to fill in inside the conversation. Every field may be left blank, and the
/// whole worksheet may be skipped.
#[component]
pub fn WorksheetForm(
    worksheet: steady_script::Worksheet,
    on_submit: EventHandler<Vec<(String, String)>>,
) -> Element {
    use steady_script::FieldKind;
    let fields = worksheet.fields.clone();
    let mut values = use_signal(|| vec![String::new(); fields.len()]);
    let collect = {
        let fields = fields.clone();
        move || -> Vec<(String, String)> {
            fields
                .iter()
                .zip(values.peek().iter())
                .map(|(f, v)| (f.id.clone(), v.clone()))
                .collect()
        }
    };
    let skip_fields = fields.clone();
    rsx! {
        form {
            class: "card worksheet",
            aria_labelledby: "worksheet-title",
            onsubmit: move |e: FormEvent| {
                e.prevent_default();
                on_submit.call(collect());
            },
            p { class: "eyebrow", "Worksheet" }
            h2 { id: "worksheet-title", "{worksheet.title}" }
            if !worksheet.intro.is_empty() {
                p { class: "intro", "{worksheet.intro}" }
            }
            for (i, field) in fields.into_iter().enumerate() {
                div { key: "{field.id}", class: "field",
                    match field.kind.clone() {
                        FieldKind::Text => rsx! {
                            label { r#for: "f-{field.id}", "{field.label}" }
                            input {
                                id: "f-{field.id}",
                                r#type: "text",
                                placeholder: "{field.hint}",
                                value: "{values.read()[i]}",
                                oninput: move |e: FormEvent| values.write()[i] = e.value(),
                            }
                        },
                        FieldKind::LongText => rsx! {
                            label { r#for: "f-{field.id}", "{field.label}" }
                            textarea {
                                id: "f-{field.id}",
                                rows: "3",
                                placeholder: "{field.hint}",
                                value: "{values.read()[i]}",
                                oninput: move |e: FormEvent| values.write()[i] = e.value(),
                            }
                        },
                        FieldKind::Scale { min, max } => rsx! {
                            p { class: "label", id: "f-{field.id}", "{field.label}" }
                            div { class: "scale", role: "radiogroup", aria_labelledby: "f-{field.id}",
                                for n in min..=max {
                                    button {
                                        key: "{n}",
                                        r#type: "button",
                                        role: "radio",
                                        aria_checked: "{values.read()[i] == n.to_string()}",
                                        class: if values.read()[i] == n.to_string() { "scale-point chosen" } else { "scale-point" },
                                        onclick: move |_| values.write()[i] = n.to_string(),
                                        "{n}"
                                    }
                                }
                            }
                            if !field.hint.is_empty() {
                                p { class: "hint", "{field.hint}" }
                            }
                        },
                        FieldKind::Choice(options) => rsx! {
                            p { class: "label", id: "f-{field.id}", "{field.label}" }
                            div { class: "options", role: "radiogroup", aria_labelledby: "f-{field.id}",
                                for option in options {
                                    button {
                                        key: "{option}",
                                        r#type: "button",
                                        role: "radio",
                                        aria_checked: "{values.read()[i] == option}",
                                        class: if values.read()[i] == option { "option chosen" } else { "option" },
                                        onclick: {
                                            let option = option.clone();
                                            move |_| values.write()[i] = option.clone()
                                        },
                                        "{option}"
                                    }
                                }
                            }
                        },
                    }
                }
            }
            button { class: "button", r#type: "submit", "Save" }
            button {
                class: "text-button",
                r#type: "button",
                onclick: move |_| {
                    on_submit.call(skip_fields.iter().map(|f| (f.id.clone(), String::new())).collect());
                },
                "Skip for now"
            }
        }
    }
}

/// The reply box, the Send button and any tappable replies.
#[component]
pub fn Composer(
    prompt: Prompt,
    on_send: EventHandler<String>,
    on_tap: EventHandler<String>,
) -> Element {
    let mut draft = use_signal(String::new);
    let send = move || {
        let text = draft.peek().trim().to_string();
        if !text.is_empty() {
            draft.set(String::new());
            on_send.call(text);
        }
    };
    let mut send_on_submit = send;
    rsx! {
        div { class: "composer",
            if !prompt.chips.is_empty() {
                div { class: "chips", role: "group", aria_label: "Suggested replies",
                    for chip in prompt.chips.clone() {
                        button {
                            key: "{chip}",
                            class: "chip",
                            r#type: "button",
                            onclick: {
                                let chip = chip.clone();
                                move |_| on_tap.call(chip.clone())
                            },
                            "{chip}"
                        }
                    }
                }
            }
            form {
                class: "reply",
                onsubmit: move |e: FormEvent| {
                    e.prevent_default();
                    send_on_submit();
                },
                input {
                    r#type: "text",
                    aria_label: "Your reply",
                    placeholder: "Your reply",
                    autocomplete: "off",
                    enterkeyhint: "send",
                    value: "{draft}",
                    oninput: move |e: FormEvent| draft.set(e.value()),
                }
                button {
                    class: "send",
                    r#type: "submit",
                    disabled: draft().trim().is_empty(),
                    "Send"
                }
            }
        }
    }
}

/// Shown at the end of the session.
#[component]
pub fn SessionComplete(number: u32, on_back: EventHandler<()>) -> Element {
    rsx! {
        section { class: "card done", role: "status",
            h2 { "Session {number} complete" }
            p { "Thank you for your time today. What you wrote is saved in your journal." }
            button { class: "button", r#type: "button", onclick: move |_| on_back.call(()), "Back to Today" }
        }
    }
}

/// The check-in questionnaires, one item per screen with large answers.
#[component]
pub fn CheckIn(
    due: Vec<Questionnaire>,
    /// The intro's heading; "First, a quick check-in" before a session.
    heading: Option<String>,
    on_risk: EventHandler<()>,
    on_done: EventHandler<Vec<(Questionnaire, Vec<i64>)>>,
) -> Element {
    // `None` before the patient starts; then (questionnaire index, answers so far).
    let mut at = use_signal(|| None::<(usize, Vec<i64>)>);
    let mut finished = use_signal(Vec::<(Questionnaire, Vec<i64>)>::new);
    let total: usize = due.iter().map(|q| q.items()).sum();
    let Some((qi, answers)) = at() else {
        return rsx! {
            CheckInIntro {
                due: due.clone(),
                heading: heading.clone().unwrap_or_else(|| "First, a quick check-in".to_string()),
                on_start: move |_| at.set(Some((0, Vec::new()))),
            }
        };
    };
    let Some(&q) = due.get(qi) else {
        return rsx! {};
    };
    let item = answers.len();
    let done_before: usize = due[..qi].iter().map(|q| q.items()).sum();
    let due_for_answer = due.clone();
    rsx! {
        CheckInItem {
            questionnaire: q,
            item,
            position: done_before + item + 1,
            total,
            on_answer: move |value: i64| {
                if q.answer_shows_risk(item + 1, value) {
                    on_risk.call(());
                }
                let mut answers = answers.clone();
                answers.push(value);
                if answers.len() < q.items() {
                    at.set(Some((qi, answers)));
                    return;
                }
                finished.write().push((q, answers));
                if qi + 1 < due_for_answer.len() {
                    at.set(Some((qi + 1, Vec::new())));
                } else {
                    on_done.call(finished.peek().clone());
                }
            },
            on_back: move |_| {
                let mut answers = at.peek().clone().map(|(_, a)| a).unwrap_or_default();
                if answers.pop().is_some() {
                    at.set(Some((qi, answers)));
                } else if qi > 0 {
                    // Back into the previous questionnaire, at its last item.
                    let last = finished.write().pop();
                    at.set(last.map(|(_, mut a)| { a.pop(); (qi - 1, a) }));
                } else {
                    at.set(None);
                }
            },
        }
    }
}

#[component]
pub fn CheckInIntro(
    due: Vec<Questionnaire>,
    heading: String,
    on_start: EventHandler<()>,
) -> Element {
    let count: usize = due.iter().map(|q| q.items()).sum();
    let about = if due.len() > 1 {
        "your anxiety and mood"
    } else {
        "your anxiety"
    };
    rsx! {
        section { class: "card checkin-intro",
            h2 {
                tabindex: "-1",
                onmounted: move |e| async move {
                    let _ = e.set_focus(true).await;
                },
                "{heading}"
            }
            p {
                "{count} short questions about {about} over the last 2 weeks. "
                "There are no right or wrong answers. It helps you and your therapist see how "
                "things change."
            }
            button { class: "button", r#type: "button", onclick: move |_| on_start.call(()), "Start the check-in" }
        }
    }
}

/// One questionnaire item: the official stem and item, and the four answers.
#[component]
pub fn CheckInItem(
    questionnaire: Questionnaire,
    item: usize,
    position: usize,
    total: usize,
    on_answer: EventHandler<i64>,
    on_back: EventHandler<()>,
) -> Element {
    let text = questionnaire
        .item_texts()
        .get(item)
        .copied()
        .unwrap_or_default();
    // Focus moves to each new question, so screen readers announce it and the keyboard
    // starts from it. The elements are reused between items, hence the effect.
    let mut heading = use_signal(|| None::<std::rc::Rc<MountedData>>);
    use_effect(use_reactive!(|position| {
        let _ = position;
        if let Some(h) = heading.peek().clone() {
            spawn(async move {
                let _ = h.set_focus(true).await;
            });
        }
    }));
    rsx! {
        section { class: "card checkin", aria_labelledby: "checkin-item",
            div { class: "checkin-progress",
                span { "Question {position} of {total}" }
                progress { max: "{total}", value: "{position}" }
            }
            p { class: "stem", "{questionnaire.stem()}" }
            h2 {
                id: "checkin-item",
                tabindex: "-1",
                onmounted: move |e| async move {
                    heading.set(Some(e.data()));
                    let _ = e.set_focus(true).await;
                },
                "{text}"
            }
            div { class: "answers", role: "group", aria_labelledby: "checkin-item",
                for (label, value) in ANSWER_OPTIONS {
                    button {
                        key: "{value}",
                        class: "answer",
                        r#type: "button",
                        onclick: move |_| on_answer.call(value),
                        "{label}"
                    }
                }
            }
            button { class: "text-button", r#type: "button", onclick: move |_| on_back.call(()), "Back" }
        }
    }
}
