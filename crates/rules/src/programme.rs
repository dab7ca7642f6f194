//! The shape of the programme as the rules need it.

use chrono::Duration;
use steady_script::Manifest;

/// One session's place in the programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionPlan {
    pub number: u32,
    pub week: u32,
    /// How long after completing this session the next one unlocks.
    pub reflection: Duration,
}

/// Sessions in the order they are taken; `sessions[i].number == i + 1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Programme {
    sessions: Vec<SessionPlan>,
}

impl Programme {
    /// Builds the plan from a validated manifest.
    pub fn from_manifest(manifest: &Manifest) -> Self {
        Programme {
            sessions: manifest
                .sessions
                .iter()
                .map(|s| SessionPlan {
                    number: s.number,
                    week: s.week,
                    reflection: Duration::hours(i64::from(s.reflection_hours)),
                })
                .collect(),
        }
    }

    /// A plan from `(week, reflection)` pairs, numbered from 1. For tests and tools.
    pub fn from_weeks(sessions: impl IntoIterator<Item = (u32, Duration)>) -> Self {
        Programme {
            sessions: sessions
                .into_iter()
                .enumerate()
                .map(|(i, (week, reflection))| SessionPlan {
                    number: i as u32 + 1,
                    week,
                    reflection,
                })
                .collect(),
        }
    }

    pub fn len(&self) -> u32 {
        self.sessions.len() as u32
    }

    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty()
    }

    pub fn session(&self, number: u32) -> Option<&SessionPlan> {
        number
            .checked_sub(1)
            .and_then(|i| self.sessions.get(i as usize))
    }

    /// Whether `number` is the first session of its week (PHQ-9 is asked before it).
    pub fn is_first_of_week(&self, number: u32) -> bool {
        match (
            self.session(number),
            number.checked_sub(1).and_then(|p| self.session(p)),
        ) {
            (Some(s), Some(prev)) => s.week != prev.week,
            (Some(_), None) => true,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_of_week() {
        let p = Programme::from_weeks([1, 1, 2, 3, 3].map(|w| (w, Duration::hours(24))));
        let firsts: Vec<u32> = (0..=6).filter(|&n| p.is_first_of_week(n)).collect();
        assert_eq!(firsts, vec![1, 3, 4]);
    }

    #[test]
    fn from_the_shipped_manifest() {
        let m = Manifest::parse(include_str!("../../../content/programme.toml")).unwrap();
        let p = Programme::from_manifest(&m);
        assert_eq!(p.len() as usize, m.sessions.len());
        assert_eq!(p.session(1).unwrap().reflection, Duration::hours(24));
    }
}
