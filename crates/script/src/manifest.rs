//! The programme manifest (`content/programme.toml`): the weeks and sessions of the
//! programme, in the order patients take them.
//!
//! Parsing is pure: callers read the file themselves (the app embeds it at build time,
//! the `guide` tool reads it from disk) and hand over its text.

use serde::Deserialize;
use std::collections::HashSet;
use std::fmt;
use std::ops::Range;

/// The most weeks a programme may have.
pub const MAX_WEEKS: u32 = 6;
/// The most sessions one week may hold.
pub const MAX_SESSIONS_PER_WEEK: usize = 3;

/// A validated programme manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    pub title: String,
    pub subtitle: String,
    pub weeks: Vec<Week>,
    /// Sessions in the order they are taken; `sessions[i].number == i + 1`.
    pub sessions: Vec<SessionEntry>,
}

/// One week (module) of the programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Week {
    pub number: u32,
    pub theme: String,
}

/// One session as listed in the manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionEntry {
    /// 1-based position across the whole programme.
    pub number: u32,
    pub week: u32,
    /// Stable identifier, lower-case words joined by hyphens.
    pub id: String,
    pub title: String,
    /// Estimated length in minutes.
    pub minutes: u32,
    /// How long after completing this session the next one unlocks.
    pub reflection_hours: u32,
}

/// Reflection time when a session does not set one.
pub const DEFAULT_REFLECTION_HOURS: u32 = 24;
/// The longest reflection time a session may set (two weeks).
pub const MAX_REFLECTION_HOURS: u32 = 336;

impl Manifest {
    /// Parses and validates a manifest. Every problem found is reported, not just the first.
    pub fn parse(source: &str) -> Result<Manifest, ManifestErrors> {
        let raw: RawManifest = toml::from_str(source).map_err(|e| ManifestErrors {
            errors: vec![ManifestError {
                message: e.message().to_string(),
                span: e.span(),
            }],
        })?;
        raw.validate()
    }

    /// The session with this 1-based number, if the programme has it.
    pub fn session(&self, number: u32) -> Option<&SessionEntry> {
        number
            .checked_sub(1)
            .and_then(|i| self.sessions.get(i as usize))
    }

    /// The week with this number, if declared.
    pub fn week(&self, number: u32) -> Option<&Week> {
        self.weeks.iter().find(|w| w.number == number)
    }
}

/// One problem in a manifest, with the byte range it concerns when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManifestError {
    pub message: String,
    pub span: Option<Range<usize>>,
}

impl ManifestError {
    /// 1-based line and column of the start of the span in `source`.
    pub fn line_col(&self, source: &str) -> Option<(usize, usize)> {
        let start = self.span.as_ref()?.start.min(source.len());
        let before = &source[..start];
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        Some((line, col))
    }
}

/// Every problem found in a manifest.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ManifestErrors {
    pub errors: Vec<ManifestError>,
}

impl fmt::Display for ManifestErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let messages: Vec<&str> = self.errors.iter().map(|e| e.message.as_str()).collect();
        write!(
            f,
            "the programme manifest has problems: {}",
            messages.join("; ")
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    title: toml::Spanned<String>,
    #[serde(default)]
    subtitle: String,
    #[serde(default, rename = "week")]
    weeks: Vec<toml::Spanned<RawWeek>>,
    #[serde(default, rename = "session")]
    sessions: Vec<toml::Spanned<RawSession>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWeek {
    number: u32,
    theme: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSession {
    number: u32,
    week: u32,
    id: String,
    title: String,
    minutes: u32,
    #[serde(default = "default_reflection_hours")]
    reflection_hours: u32,
}

fn default_reflection_hours() -> u32 {
    DEFAULT_REFLECTION_HOURS
}

impl RawManifest {
    fn validate(self) -> Result<Manifest, ManifestErrors> {
        let mut errors = Vec::new();
        let mut err = |span: Range<usize>, message: String| {
            errors.push(ManifestError {
                message,
                span: Some(span),
            })
        };

        if self.title.get_ref().trim().is_empty() {
            err(self.title.span(), "the programme needs a title".into());
        }

        for (i, week) in self.weeks.iter().enumerate() {
            let expected = i as u32 + 1;
            if week.get_ref().number != expected {
                err(
                    week.span(),
                    format!(
                        "week {} is out of order: weeks are numbered 1, 2, 3 ... and this one should be {expected}",
                        week.get_ref().number
                    ),
                );
            }
            if week.get_ref().theme.trim().is_empty() {
                err(week.span(), format!("week {expected} needs a theme"));
            }
        }
        if self.weeks.len() > MAX_WEEKS as usize {
            err(
                self.weeks[MAX_WEEKS as usize].span(),
                format!(
                    "the programme has {} weeks; the most is {MAX_WEEKS}",
                    self.weeks.len()
                ),
            );
        }

        if self.sessions.is_empty() {
            err(self.title.span(), "the programme has no sessions".into());
        }
        let mut ids = HashSet::new();
        let mut last_week = 0;
        for (i, spanned) in self.sessions.iter().enumerate() {
            let s = spanned.get_ref();
            let span = spanned.span();
            let expected = i as u32 + 1;
            if s.number != expected {
                err(
                    span.clone(),
                    format!(
                        "session {} is out of order: sessions are numbered 1, 2, 3 ... with no gaps, so this one should be {expected}",
                        s.number
                    ),
                );
            }
            if !self.weeks.iter().any(|w| w.get_ref().number == s.week) {
                err(
                    span.clone(),
                    format!(
                        "session {} is in week {}, which is not declared",
                        s.number, s.week
                    ),
                );
            }
            if s.week < last_week {
                err(
                    span.clone(),
                    format!(
                        "session {} is in week {} but comes after a session in week {last_week}; weeks never go backwards",
                        s.number, s.week
                    ),
                );
            }
            last_week = last_week.max(s.week);
            if !is_valid_id(&s.id) {
                err(
                    span.clone(),
                    format!(
                        "session id \"{}\" should be lower-case letters and digits joined by hyphens, like \"what-worry-is\"",
                        s.id
                    ),
                );
            }
            if !ids.insert(s.id.as_str()) {
                err(
                    span.clone(),
                    format!("session id \"{}\" is used twice", s.id),
                );
            }
            if s.title.trim().is_empty() {
                err(span.clone(), format!("session {} needs a title", s.number));
            }
            if s.reflection_hours > MAX_REFLECTION_HOURS {
                err(
                    span.clone(),
                    format!(
                        "session {} has {} hours of reflection time; the most is {MAX_REFLECTION_HOURS} (two weeks)",
                        s.number, s.reflection_hours
                    ),
                );
            }
            if !(1..=60).contains(&s.minutes) {
                err(
                    span.clone(),
                    format!(
                        "session {} is estimated at {} minutes; give a number from 1 to 60",
                        s.number, s.minutes
                    ),
                );
            }
        }
        for week in &self.weeks {
            let n = week.get_ref().number;
            let count = self
                .sessions
                .iter()
                .filter(|s| s.get_ref().week == n)
                .count();
            if count > MAX_SESSIONS_PER_WEEK {
                err(
                    week.span(),
                    format!("week {n} has {count} sessions; the most is {MAX_SESSIONS_PER_WEEK}"),
                );
            }
        }

        if !errors.is_empty() {
            return Err(ManifestErrors { errors });
        }
        Ok(Manifest {
            title: self.title.into_inner(),
            subtitle: self.subtitle,
            weeks: self
                .weeks
                .into_iter()
                .map(|w| {
                    let w = w.into_inner();
                    Week {
                        number: w.number,
                        theme: w.theme,
                    }
                })
                .collect(),
            sessions: self
                .sessions
                .into_iter()
                .map(|s| {
                    let s = s.into_inner();
                    SessionEntry {
                        number: s.number,
                        week: s.week,
                        id: s.id,
                        title: s.title,
                        minutes: s.minutes,
                        reflection_hours: s.reflection_hours,
                    }
                })
                .collect(),
        })
    }
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
title = "Steady"
subtitle = "Six weeks"

[[week]]
number = 1
theme = "Understanding worry"

[[week]]
number = 2
theme = "Worry time"

[[session]]
number = 1
week = 1
id = "what-worry-is"
title = "What worry is"
minutes = 15

[[session]]
number = 2
week = 2
id = "worry-time"
title = "Worry time"
minutes = 12
"#;

    fn messages(source: &str) -> Vec<String> {
        Manifest::parse(source)
            .unwrap_err()
            .errors
            .into_iter()
            .map(|e| e.message)
            .collect()
    }

    #[test]
    fn parses_a_valid_manifest() {
        let m = Manifest::parse(GOOD).unwrap();
        assert_eq!(m.title, "Steady");
        assert_eq!(m.sessions.len(), 2);
        assert_eq!(m.session(1).unwrap().id, "what-worry-is");
        assert_eq!(m.session(2).unwrap().week, 2);
        assert_eq!(
            m.session(1).unwrap().reflection_hours,
            DEFAULT_REFLECTION_HOURS
        );
        assert_eq!(m.session(0), None);
        assert_eq!(m.session(3), None);
        assert_eq!(m.week(2).unwrap().theme, "Worry time");
    }

    #[test]
    fn the_shipped_manifest_is_valid() {
        let source = include_str!("../../../content/programme.toml");
        let m = Manifest::parse(source).unwrap();
        assert_eq!(m.session(1).unwrap().number, 1);
        assert!(m.week(1).is_some());
    }

    #[test]
    fn syntax_errors_point_at_the_line() {
        let source = "title = \"Steady\"\n[[session]]\nnumber = one\n";
        let e = Manifest::parse(source).unwrap_err();
        assert_eq!(e.errors.len(), 1);
        assert_eq!(e.errors[0].line_col(source), Some((3, 10)));
    }

    #[test]
    fn reflection_time_is_per_session_and_bounded() {
        let source = GOOD.replace("minutes = 15", "minutes = 15\nreflection_hours = 48");
        assert_eq!(
            Manifest::parse(&source).unwrap().sessions[0].reflection_hours,
            48
        );
        let source = GOOD.replace("minutes = 15", "minutes = 15\nreflection_hours = 0");
        assert_eq!(
            Manifest::parse(&source).unwrap().sessions[0].reflection_hours,
            0
        );
        let source = GOOD.replace("minutes = 15", "minutes = 15\nreflection_hours = 337");
        assert!(messages(&source)[0].contains("the most is 336"));
    }

    #[test]
    fn unknown_keys_are_rejected_not_ignored() {
        let source = GOOD.replace("minutes = 12", "minutes = 12\nreflection = 0");
        let m = messages(&source);
        assert!(m[0].contains("reflection"), "{m:?}");
    }

    #[test]
    fn reports_every_problem_at_once() {
        let source = GOOD
            .replace("number = 2\nweek = 2", "number = 3\nweek = 9")
            .replace("id = \"worry-time\"", "id = \"what-worry-is\"")
            .replace("minutes = 12", "minutes = 0");
        let m = messages(&source);
        assert_eq!(m.len(), 4, "{m:?}");
        assert!(m[0].contains("should be 2"));
        assert!(m[1].contains("week 9, which is not declared"));
        assert!(m[2].contains("used twice"));
        assert!(m[3].contains("from 1 to 60"));
    }

    #[test]
    fn weeks_never_go_backwards() {
        let source = GOOD
            .replace("number = 1\nweek = 1", "number = 1\nweek = 2")
            .replace("number = 2\nweek = 2", "number = 2\nweek = 1");
        let m = messages(&source);
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(m[0].contains("weeks never go backwards"));
    }

    #[test]
    fn at_most_three_sessions_a_week() {
        let mut source = String::from("title = \"T\"\n[[week]]\nnumber = 1\ntheme = \"A\"\n");
        for n in 1..=4 {
            source.push_str(&format!(
                "[[session]]\nnumber = {n}\nweek = 1\nid = \"s{n}\"\ntitle = \"S\"\nminutes = 10\n"
            ));
        }
        let m = messages(&source);
        assert_eq!(m, vec!["week 1 has 4 sessions; the most is 3".to_string()]);
    }

    #[test]
    fn ids_are_checked() {
        for bad in ["", "Upper", "two words", "-lead", "trail-", "dou--ble"] {
            assert!(!is_valid_id(bad), "{bad:?}");
        }
        for good in ["a", "what-worry-is", "week-2-session-1"] {
            assert!(is_valid_id(good), "{good:?}");
        }
    }

    #[test]
    fn empty_programme_and_title_are_errors() {
        let m = messages("title = \" \"\n");
        assert_eq!(m.len(), 2, "{m:?}");
    }

    #[test]
    fn too_many_weeks() {
        let mut source = String::from("title = \"T\"\n");
        for n in 1..=7 {
            source.push_str(&format!("[[week]]\nnumber = {n}\ntheme = \"W\"\n"));
        }
        source.push_str(
            "[[session]]\nnumber = 1\nweek = 1\nid = \"a\"\ntitle = \"S\"\nminutes = 10\n",
        );
        let m = messages(&source);
        assert_eq!(
            m,
            vec!["the programme has 7 weeks; the most is 6".to_string()]
        );
    }
}
