//! GAD-7 and PHQ-9: validation, scoring and severity bands.

use std::fmt;

/// The questionnaires asked before sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Questionnaire {
    /// Generalised Anxiety Disorder 7: before every session.
    Gad7,
    /// Patient Health Questionnaire 9: before the first session of each week.
    Phq9,
}

/// Severity band of a total score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    Minimal,
    Mild,
    Moderate,
    ModeratelySevere,
    Severe,
}

/// A scored questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub total: u32,
    pub band: Band,
    /// PHQ-9 item 9 (thoughts of being better off dead or of self-harm) answered above 0.
    pub risk: bool,
}

/// Why answers were refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidAnswers {
    #[error("{name} has {expected} items, but {got} answers were given")]
    WrongCount {
        name: &'static str,
        expected: usize,
        got: usize,
    },
    #[error("answer {item} is {value}; each answer is 0, 1, 2 or 3")]
    OutOfRange { item: usize, value: i64 },
}

/// The four answers every item offers, with their scores (the same for both questionnaires).
pub const ANSWER_OPTIONS: [(&str, i64); 4] = [
    ("Not at all", 0),
    ("Several days", 1),
    ("More than half the days", 2),
    ("Nearly every day", 3),
];

const GAD7_ITEMS: [&str; 7] = [
    "Feeling nervous, anxious or on edge",
    "Not being able to stop or control worrying",
    "Worrying too much about different things",
    "Trouble relaxing",
    "Being so restless that it is hard to sit still",
    "Becoming easily annoyed or irritable",
    "Feeling afraid as if something awful might happen",
];

const PHQ9_ITEMS: [&str; 9] = [
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself, or that you are a failure or have let yourself or your family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed, or the opposite: being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead, or of hurting yourself in some way",
];

impl Questionnaire {
    pub const ALL: [Questionnaire; 2] = [Questionnaire::Gad7, Questionnaire::Phq9];

    pub fn name(self) -> &'static str {
        match self {
            Questionnaire::Gad7 => "GAD-7",
            Questionnaire::Phq9 => "PHQ-9",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|q| q.name() == name)
    }

    pub fn items(self) -> usize {
        self.item_texts().len()
    }

    /// The official question stem, shown above every item.
    pub fn stem(self) -> &'static str {
        match self {
            Questionnaire::Gad7 => {
                "Over the last 2 weeks, how often have you been bothered by the following problems?"
            }
            Questionnaire::Phq9 => {
                "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
            }
        }
    }

    /// The official items, in order. The wording is validated and must not be edited.
    pub fn item_texts(self) -> &'static [&'static str] {
        match self {
            Questionnaire::Gad7 => &GAD7_ITEMS,
            Questionnaire::Phq9 => &PHQ9_ITEMS,
        }
    }

    /// Whether this answer (item counted from 1) must show the crisis card at once:
    /// PHQ-9 item 9 (thoughts of being better off dead or of self-harm) above 0.
    pub fn answer_shows_risk(self, item: usize, value: i64) -> bool {
        self == Questionnaire::Phq9 && item == 9 && value > 0
    }

    /// Checks and scores a full set of answers (each 0-3, in item order).
    pub fn score(self, answers: &[i64]) -> Result<Score, InvalidAnswers> {
        if answers.len() != self.items() {
            return Err(InvalidAnswers::WrongCount {
                name: self.name(),
                expected: self.items(),
                got: answers.len(),
            });
        }
        if let Some((i, &v)) = answers
            .iter()
            .enumerate()
            .find(|(_, v)| !(0..=3).contains(*v))
        {
            return Err(InvalidAnswers::OutOfRange {
                item: i + 1,
                value: v,
            });
        }
        let total = answers.iter().sum::<i64>() as u32;
        let band = match (self, total) {
            (_, 0..=4) => Band::Minimal,
            (_, 5..=9) => Band::Mild,
            (_, 10..=14) => Band::Moderate,
            (Questionnaire::Gad7, _) => Band::Severe,
            (Questionnaire::Phq9, 15..=19) => Band::ModeratelySevere,
            (Questionnaire::Phq9, _) => Band::Severe,
        };
        let risk = answers
            .iter()
            .enumerate()
            .any(|(i, &v)| self.answer_shows_risk(i + 1, v));
        Ok(Score { total, band, risk })
    }
}

impl fmt::Display for Band {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Band::Minimal => "minimal",
            Band::Mild => "mild",
            Band::Moderate => "moderate",
            Band::ModeratelySevere => "moderately severe",
            Band::Severe => "severe",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers_totalling(items: usize, total: i64) -> Vec<i64> {
        let mut v = vec![0; items];
        let mut left = total;
        for a in v.iter_mut() {
            *a = left.min(3);
            left -= *a;
        }
        v
    }

    #[test]
    fn official_items_stems_and_answers() {
        assert_eq!(Questionnaire::Gad7.items(), 7);
        assert_eq!(Questionnaire::Phq9.items(), 9);
        assert!(Questionnaire::Phq9.item_texts()[8]
            .starts_with("Thoughts that you would be better off dead"));
        assert_eq!(ANSWER_OPTIONS.map(|(_, v)| v), [0, 1, 2, 3]);
        for q in Questionnaire::ALL {
            assert!(q.stem().starts_with("Over the last 2 weeks"));
        }
    }

    #[test]
    fn only_phq9_item_9_above_0_shows_the_crisis_card() {
        for q in Questionnaire::ALL {
            for item in 1..=q.items() {
                for v in 0..=3 {
                    let expected = q == Questionnaire::Phq9 && item == 9 && v > 0;
                    assert_eq!(q.answer_shows_risk(item, v), expected, "{q:?} {item} {v}");
                }
            }
        }
    }

    #[test]
    fn gad7_bands_at_every_boundary() {
        for (total, band) in [
            (0, Band::Minimal),
            (4, Band::Minimal),
            (5, Band::Mild),
            (9, Band::Mild),
            (10, Band::Moderate),
            (14, Band::Moderate),
            (15, Band::Severe),
            (21, Band::Severe),
        ] {
            let s = Questionnaire::Gad7
                .score(&answers_totalling(7, total))
                .unwrap();
            assert_eq!(
                (s.total, s.band, s.risk),
                (total as u32, band, false),
                "{total}"
            );
        }
    }

    #[test]
    fn phq9_bands_at_every_boundary() {
        for (total, band) in [
            (0, Band::Minimal),
            (4, Band::Minimal),
            (5, Band::Mild),
            (9, Band::Mild),
            (10, Band::Moderate),
            (14, Band::Moderate),
            (15, Band::ModeratelySevere),
            (19, Band::ModeratelySevere),
            (20, Band::Severe),
            (27, Band::Severe),
        ] {
            let s = Questionnaire::Phq9
                .score(&answers_totalling(9, total))
                .unwrap();
            assert_eq!((s.total, s.band), (total as u32, band), "{total}");
        }
    }

    #[test]
    fn phq9_item_9_above_zero_is_a_risk() {
        let mut a = vec![0; 9];
        assert!(!Questionnaire::Phq9.score(&a).unwrap().risk);
        for v in 1..=3 {
            a[8] = v;
            let s = Questionnaire::Phq9.score(&a).unwrap();
            assert!(s.risk, "item 9 = {v}");
            assert_eq!(
                s.band,
                Band::Minimal,
                "risk is flagged even with a minimal total"
            );
        }
        // Other items never raise it, and GAD-7 has no such item.
        assert!(
            !Questionnaire::Phq9
                .score(&[3, 3, 3, 3, 3, 3, 3, 3, 0])
                .unwrap()
                .risk
        );
        assert!(!Questionnaire::Gad7.score(&[3; 7]).unwrap().risk);
    }

    #[test]
    fn invalid_answers_are_refused() {
        assert_eq!(
            Questionnaire::Gad7.score(&[0; 6]),
            Err(InvalidAnswers::WrongCount {
                name: "GAD-7",
                expected: 7,
                got: 6
            })
        );
        assert!(Questionnaire::Phq9.score(&[0; 10]).is_err());
        assert_eq!(
            Questionnaire::Gad7.score(&[0, 0, 4, 0, 0, 0, 0]),
            Err(InvalidAnswers::OutOfRange { item: 3, value: 4 })
        );
        assert!(Questionnaire::Gad7.score(&[0, 0, 0, -1, 0, 0, 0]).is_err());
    }

    #[test]
    fn names_round_trip() {
        for q in Questionnaire::ALL {
            assert_eq!(Questionnaire::from_name(q.name()), Some(q));
        }
        assert_eq!(Questionnaire::from_name("gad7"), None);
    }
}
