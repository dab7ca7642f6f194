//! Crisis contacts shown on every screen's help and whenever risk is detected.
//!
//! **Invariant:** these are compiled into the app. No content file or setting can remove
//! or change them, so help is always one tap away even if content is broken.

/// A service a person in crisis can contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CrisisContact {
    /// The service's name, as a patient would recognise it.
    pub name: &'static str,
    /// When to use it, in plain words.
    pub when: &'static str,
    /// What to do, as shown on the button.
    pub action: &'static str,
    /// The link the button opens (`tel:` or `sms:`).
    pub href: &'static str,
}

/// UK crisis contacts, most urgent first.
pub const UK_CRISIS_CONTACTS: [CrisisContact; 4] = [
    CrisisContact {
        name: "Emergency services",
        when: "If you might act on thoughts of harming yourself, or you are in danger now.",
        action: "Call 999",
        href: "tel:999",
    },
    CrisisContact {
        name: "NHS 111",
        when: "For urgent help with your mental health, day or night. Choose the mental health option.",
        action: "Call 111",
        href: "tel:111",
    },
    CrisisContact {
        name: "Samaritans",
        when: "To talk to someone who will listen, any time. Free to call.",
        action: "Call 116 123",
        href: "tel:116123",
    },
    CrisisContact {
        name: "Shout",
        when: "If you would rather text than talk. Free, any time.",
        action: "Text SHOUT to 85258",
        href: "sms:85258?body=SHOUT",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_four_uk_services_are_present_with_working_links() {
        let hrefs: Vec<&str> = UK_CRISIS_CONTACTS.iter().map(|c| c.href).collect();
        assert_eq!(
            hrefs,
            ["tel:999", "tel:111", "tel:116123", "sms:85258?body=SHOUT"]
        );
        for c in UK_CRISIS_CONTACTS {
            assert!(!c.name.is_empty() && !c.when.is_empty() && !c.action.is_empty());
        }
    }
}
