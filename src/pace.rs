//! Pacing the guide's messages like typing: a short wait before each, longer for longer
//! messages, and none at all when the system asks for reduced motion.

use crate::conversation::Item;
use std::time::Duration;

/// How long the guide "types" before showing `item`. Only guide messages and pauses wait.
pub fn delay(item: &Item) -> Duration {
    match item {
        Item::Guide { text, .. } => {
            let ms = 350 + 12 * text.chars().count() as u64;
            Duration::from_millis(ms.min(1600))
        }
        Item::Pause { seconds } => Duration::from_secs((*seconds).min(5) as u64),
        Item::Media { .. } | Item::Worksheet { .. } | Item::Task { .. } => {
            Duration::from_millis(400)
        }
        _ => Duration::ZERO,
    }
}

/// Whether the system asks for reduced motion (`prefers-reduced-motion: reduce`).
pub async fn reduced_motion() -> bool {
    dioxus::document::eval("return window.matchMedia('(prefers-reduced-motion: reduce)').matches;")
        .join::<bool>()
        .await
        .unwrap_or(false)
}

#[cfg(target_arch = "wasm32")]
pub async fn sleep(d: Duration) {
    gloo_timers::future::sleep(d).await;
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn sleep(d: Duration) {
    tokio::time::sleep(d).await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longer_messages_wait_longer_up_to_a_limit() {
        let say = |n: usize| Item::Guide {
            id: String::new(),
            text: "a".repeat(n),
        };
        assert!(delay(&say(10)) < delay(&say(80)));
        assert_eq!(delay(&say(10_000)), Duration::from_millis(1600));
        assert_eq!(delay(&Item::Patient { text: "hi".into() }), Duration::ZERO);
        assert_eq!(delay(&Item::Pause { seconds: 60 }), Duration::from_secs(5));
    }
}
