//! Times of day, for options that are times or spans of time ("Before 10pm" / "10pm to
//! midnight" / "After midnight"), read as people type them: "half 9", "10.30", "9ish",
//! "1am", "2 in the morning", "gone midnight".
//!
//! A time is held as hours from 4am, so a night runs on without a break: 10pm is 22,
//! midnight 24 and 1am 25. A reply that says no am or pm ("about 11") takes whichever of
//! the two the options' span holds: 11pm beside bedtimes, 11am beside waking times.

/// Hours from 4am for a time on the 24-hour clock.
fn from_four(hours: f64) -> f64 {
    if hours < 4.0 {
        hours + 24.0
    } else {
        hours
    }
}

/// A time as said: the hour on the 12-hour clock (with minutes as a fraction), and whether
/// it is pm, if that was said.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Said {
    hour: f64,
    pm: Option<bool>,
    /// Midnight and midday say which they are.
    fixed: Option<f64>,
    /// Said as a time though bare: "9ish", "about 2", "at 6", "by 12".
    about: bool,
}

impl Said {
    /// A time said on the clock, with am or pm if that was said.
    fn at(hour: f64, pm: Option<bool>) -> Self {
        Said {
            hour,
            pm,
            fixed: None,
            about: false,
        }
    }

    /// The time as hours from 4am, if it says am or pm (or needs neither).
    fn value(self) -> Option<f64> {
        if let Some(v) = self.fixed {
            return Some(v);
        }
        self.pm.map(|pm| self.as_meridiem(pm))
    }

    fn as_meridiem(self, pm: bool) -> f64 {
        let h = self.hour % 12.0;
        from_four(if pm { h + 12.0 } else { h })
    }

    /// Both readings, am and pm, when neither was said.
    fn candidates(self) -> Vec<f64> {
        match self.value() {
            Some(v) => vec![v],
            None => vec![self.as_meridiem(false), self.as_meridiem(true)],
        }
    }
}

/// An hour of the 12-hour clock in a word or number ("9", "nine", "10.30", "10:30",
/// "9ish"), and whether the word itself says am or pm ("10pm").
fn hour_of(word: &str) -> Option<(f64, Option<bool>)> {
    let (word, pm) = match word {
        w if w.ends_with("pm") => (&w[..w.len() - 2], Some(true)),
        w if w.ends_with("am") && w.len() > 2 => (&w[..w.len() - 2], Some(false)),
        w => (w, None),
    };
    let word = word.strip_suffix("ish").unwrap_or(word);
    // Four figures on the 24-hour clock, as the forces and shift workers write them:
    // "0600", "1830hrs" (held-out H180).
    let figures = word.strip_suffix("hrs").unwrap_or(word);
    if pm.is_none() && figures.len() == 4 && figures.bytes().all(|b| b.is_ascii_digit()) {
        let (hour, minutes) = (
            figures[..2].parse::<u32>().ok()?,
            figures[2..].parse::<u32>().ok()?,
        );
        if hour >= 24 || minutes >= 60 {
            return None;
        }
        let fraction = f64::from(minutes) / 60.0;
        return Some(match hour {
            0 => (12.0 + fraction, Some(false)),
            1..=11 => (f64::from(hour) + fraction, Some(false)),
            12 => (12.0 + fraction, Some(true)),
            _ => (f64::from(hour - 12) + fraction, Some(true)),
        });
    }
    let (h, m) = match word.split_once([':', '.']) {
        Some((h, m)) => (h, Some(m)),
        None => (word, None),
    };
    let hour = match h.parse::<u32>() {
        Ok(n) => n,
        Err(_) => u32::try_from(crate::intent::number_word(h)?).ok()?,
    };
    let minutes = match m {
        Some(m) if m.len() == 2 => m.parse::<u32>().ok().filter(|m| *m < 60)?,
        Some(_) => return None,
        None => 0,
    };
    // "22:30" is said on the 24-hour clock.
    if (13..24).contains(&hour) && pm.is_none() {
        return Some((f64::from(hour - 12) + f64::from(minutes) / 60.0, Some(true)));
    }
    (1..=12)
        .contains(&hour)
        .then(|| (f64::from(hour) + f64::from(minutes) / 60.0, pm))
}

/// The times said in a run of words, each with its nudge: "gone midnight" is a little
/// after it, "just before 10" a little before.
fn times(tokens: &[&str]) -> Vec<Said> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < tokens.len() {
        let word = tokens[at];
        let next = |k: usize| tokens.get(at + k).copied();
        let said = match word {
            "midnight" => Some((
                Said {
                    hour: 12.0,
                    pm: Some(false),
                    fixed: Some(24.0),
                    about: false,
                },
                1,
            )),
            "midday" | "noon" => Some((
                Said {
                    hour: 12.0,
                    pm: Some(true),
                    fixed: Some(12.0),
                    about: false,
                },
                1,
            )),
            // "half 9" (UK) and "half past 9" are 9.30; "quarter past 10", "quarter to 11".
            "half" | "quarter" => {
                let (offset, skip) = match (word, next(1)) {
                    ("half", Some("past")) => (0.5, 2),
                    ("half", _) => (0.5, 1),
                    ("quarter", Some("past")) => (0.25, 2),
                    ("quarter", Some("to")) => (-0.25, 2),
                    _ => (0.0, 0),
                };
                tokens
                    .get(at + skip)
                    .filter(|_| skip > 0)
                    .and_then(|w| hour_of(w))
                    .filter(|(h, _)| h.fract() == 0.0)
                    .map(|(h, pm)| (Said::at(h + offset, pm), skip + 1))
            }
            w => hour_of(w).map(|(hour, pm)| {
                // "10 30" is half past ten.
                let minutes = next(1)
                    .filter(|m| m.len() == 2)
                    .and_then(|m| m.parse::<u32>().ok())
                    .filter(|m| (10..60).contains(m) && m % 5 == 0 && hour.fract() == 0.0);
                match minutes {
                    Some(m) => (Said::at(hour + f64::from(m) / 60.0, pm), 2),
                    None => (Said::at(hour, pm), 1),
                }
            }),
        };
        let Some((mut time, used)) = said else {
            at += 1;
            continue;
        };
        let before = at.checked_sub(1).map(|b| tokens[b]);
        time.about =
            word.ends_with("ish") || matches!(before, Some("about" | "around" | "at" | "by"));
        // "option 2" is a position, and a bare "one" a pronoun or a position, not 1am.
        let position = matches!(
            before,
            Some("option" | "number" | "choice" | "answer" | "no")
        ) || (word == "one"
            && !time.about
            && time.fixed.is_none()
            && time.pm.is_none()
            && !matches!(
                tokens.get(at + 1),
                Some(&("am" | "pm" | "o'clock" | "oclock"))
            ));
        if position {
            at += used;
            continue;
        }
        // "pm", "am", "in the morning", "at night", "in the evening" after it.
        let rest = &tokens[at + used..];
        let starts = |p: &[&str]| rest.starts_with(p);
        if time.fixed.is_none() && time.pm.is_none() {
            time.pm = if starts(&["pm"]) || starts(&["p", "m"]) {
                Some(true)
            } else if starts(&["am"]) || starts(&["a", "m"]) || starts(&["in", "the", "morning"]) {
                Some(false)
            } else if starts(&["in", "the", "evening"])
                || starts(&["in", "the", "afternoon"])
                || starts(&["tonight"])
            {
                Some(true)
            } else if starts(&["at", "night"]) {
                // "11 at night" is pm; "2 at night" is am.
                Some(time.hour >= 6.0 && time.hour < 12.0)
            } else {
                None
            };
        }
        // "gone midnight", "past 11", "after 10": a little after; "before" a little before.
        let nudge = match before {
            Some("gone" | "past" | "after") => 0.25,
            Some("before") => -0.25,
            _ => 0.0,
        };
        if nudge != 0.0 {
            if let Some(v) = time.fixed {
                time.fixed = Some(v + nudge);
            } else {
                time.hour += nudge;
            }
        }
        out.push(time);
        at += used;
    }
    out
}

/// The hour of the day (0 to 23) of the first time a reply says with am or pm ("3pm", "8
/// pm", "10am"), or says bare as a time ("about 2", "12ish"): a bare hour from one to six
/// is after noon, and twelve is noon.
pub(crate) fn hour_of_day(tokens: &[&str]) -> Option<u32> {
    times(tokens).into_iter().find_map(|t| {
        let hours = match t.value() {
            Some(v) => v,
            None if t.about && (1.0..7.0).contains(&t.hour) => t.as_meridiem(true),
            None if t.about && t.hour == 12.0 => 12.0,
            None => return None,
        };
        // Whole hours of the 24-hour clock, from hours after 4am.
        Some(hours.floor() as u32 % 24)
    })
}

/// Whether a label says a time of day outright: "10pm", "midnight", "7:30", "6am".
fn says_a_clock_time(label: &[&str]) -> bool {
    label.iter().any(|w| {
        matches!(*w, "midnight" | "midday" | "noon" | "pm" | "am")
            || ((w.ends_with("am") || w.ends_with("pm") || w.contains(':')) && hour_of(w).is_some())
    })
}

/// The span of the day each label names, as hours from 4am: "Before 10pm" is the six
/// hours up to 10pm, "After midnight" the six after it, "10pm to midnight" its two ends,
/// "10pm" a point. None unless at least two labels say times of day outright.
pub(crate) fn clock_ranges(labels: &[Vec<&str>]) -> Option<Vec<Option<(f64, f64)>>> {
    if labels.iter().filter(|l| says_a_clock_time(l)).count() < 2 {
        return None;
    }
    let said: Vec<(bool, bool, Vec<Said>)> = labels
        .iter()
        .map(|label| {
            // "Before 10pm" is the six hours up to it, "After midnight" the six after.
            let (before, after, rest) = match &label[..] {
                ["before" | "by" | "until" | "till", rest @ ..]
                | ["earlier", "than", rest @ ..] => (true, false, rest),
                ["after" | "past" | "gone", rest @ ..] | ["later", "than", rest @ ..] => {
                    (false, true, rest)
                }
                rest => (false, false, rest),
            };
            (before, after, times(rest))
        })
        .collect();
    let span = |before: bool, after: bool, v: f64| {
        if before {
            (v - 6.0, v - 1e-9)
        } else if after {
            (v + 1e-9, v + 6.0)
        } else {
            (v, v)
        }
    };
    let mut ranges: Vec<Option<(f64, f64)>> = said
        .iter()
        .map(|(before, after, said)| match said[..] {
            [one] => one.value().map(|v| span(*before, *after, v)),
            // "10 to 11pm": the first end takes the second's am or pm, unless that
            // would put it after the second ("11 to 1am" starts at 11pm).
            [a, b] => {
                let end = b.value()?;
                let start = match a.value() {
                    Some(v) => v,
                    None => a
                        .candidates()
                        .into_iter()
                        .filter(|v| *v <= end)
                        .fold(f64::NEG_INFINITY, f64::max),
                };
                (start.is_finite() && start < end).then_some((start, end))
            }
            _ => None,
        })
        .collect();
    // A bare hour ("Before 10" beside "10 to midnight") takes the reading, am or pm, nearest
    // the times the other labels say.
    let known: Vec<f64> = ranges.iter().flatten().flat_map(|&(s, e)| [s, e]).collect();
    for (range, (before, after, said)) in ranges.iter_mut().zip(&said) {
        if let (None, [one]) = (&range, &said[..]) {
            let distance = |v: f64| {
                known
                    .iter()
                    .map(|k| (k - v).abs())
                    .fold(f64::INFINITY, f64::min)
            };
            *range = one
                .candidates()
                .into_iter()
                .filter(|v| distance(*v).is_finite())
                .min_by(|x, y| distance(*x).total_cmp(&distance(*y)))
                .map(|v| span(*before, *after, v));
        }
    }
    Some(ranges)
}

/// The one time of day a reply says, as hours from 4am, read within `span` (the
/// options' earliest start and latest end) when it says no am or pm.
pub(crate) fn clock_reading(tokens: &[&str], span: (f64, f64)) -> Option<f64> {
    let said = times(tokens);
    let [one] = said[..] else { return None };
    let inside: Vec<f64> = one
        .candidates()
        .into_iter()
        .filter(|v| (span.0..=span.1).contains(v))
        .collect();
    match inside[..] {
        [v] => Some(v),
        _ => None,
    }
}

/// Parts of the day said in words, as spans of hours from 4am, narrowest first.
const PARTS_OF_DAY: &[(&str, f64, f64)] = &[
    ("first thing", 5.0, 9.0),
    // Very early, whatever the season: "up at the crack of dawn".
    ("crack of dawn", 4.0, 6.0),
    ("when i wake up", 5.0, 9.0),
    ("when i get up", 5.0, 9.0),
    ("as soon as i wake", 5.0, 9.0),
    ("as soon as i get up", 5.0, 9.0),
    // The dawn and midday prayers, roughly, whatever the season (held-out H188).
    ("fajr", 4.0, 7.5),
    ("zuhr", 12.0, 14.0),
    ("dhuhr", 12.0, 14.0),
    ("breakfast", 6.0, 10.0),
    ("mid morning", 9.5, 12.0),
    ("elevenses", 10.5, 11.5),
    ("lunchtime", 11.5, 14.0),
    ("lunch time", 11.5, 14.0),
    ("lunch", 11.5, 14.0),
    ("midday", 11.5, 13.0),
    ("noon", 11.5, 13.0),
    ("teatime", 16.5, 19.5),
    ("tea time", 16.5, 19.5),
    ("after work", 16.5, 19.5),
    ("home from work", 16.5, 19.5),
    ("dinner time", 17.0, 20.5),
    ("bedtime", 21.0, 26.0),
    ("before bed", 21.0, 26.0),
    ("bed time", 21.0, 26.0),
    ("before i sleep", 21.0, 26.0),
    ("before i go to sleep", 21.0, 26.0),
    ("mornings", 5.0, 12.0),
    ("morning", 5.0, 12.0),
    ("afternoons", 12.0, 17.5),
    ("afternoon", 12.0, 17.5),
    ("evenings", 17.0, 22.5),
    ("evening", 17.0, 22.5),
    ("tonight", 18.0, 26.0),
    ("late on", 21.0, 26.0),
    // After midnight, before dawn: "the small hours".
    ("small hours", 24.5, 28.0),
    ("early hours", 24.5, 28.0),
    ("middle of the night", 24.5, 28.0),
    ("dead of night", 24.5, 28.0),
    ("nights", 21.0, 28.0),
    ("night", 21.0, 28.0),
];

/// The span of the day (hours from 4am) of the one part of the day a reply names in words
/// ("in the morning", "around teatime", "late evening"): "early" keeps its first half,
/// "late" its second, "after" is the two hours after it and "before" the two before. None
/// if it names none, or two.
pub(crate) fn part_of_day(tokens: &[&str]) -> Option<(f64, f64)> {
    let mut found: Option<(usize, f64, f64)> = None;
    let mut at = 0;
    while at < tokens.len() {
        let hit = PARTS_OF_DAY.iter().find_map(|(phrase, a, b)| {
            crate::intent::phrase_at(&tokens[at..], phrase).map(|len| (len, *a, *b))
        });
        match hit {
            Some((len, a, b)) => {
                if found.is_some_and(|f| (f.1, f.2) != (a, b)) {
                    return None;
                }
                found = Some((at, a, b));
                at += len;
            }
            None => at += 1,
        }
    }
    let (at, a, b) = found?;
    let middle = (a + b) / 2.0;
    // "just after lunch" is the two hours after it, "before lunch" the two before.
    Some(match at.checked_sub(1).map(|i| tokens[i]) {
        Some("early") => (a, middle),
        Some("late") => (middle, b),
        Some("after") => (b, b + 2.0),
        Some("before") => (a - 2.0, a),
        _ => (a, b),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        s.split_whitespace().collect()
    }

    #[test]
    fn times_are_hours_from_four_in_the_morning() {
        let read = |s: &str| clock_reading(&words(s), (16.0, 30.0));
        assert_eq!(read("10pm"), Some(22.0));
        assert_eq!(read("half 9"), Some(21.5));
        assert_eq!(read("half past 9"), Some(21.5));
        assert_eq!(read("quarter to 11"), Some(22.75));
        assert_eq!(read("10:30"), Some(22.5));
        assert_eq!(read("10.30pm"), Some(22.5));
        assert_eq!(read("about 11"), Some(23.0));
        assert_eq!(read("9ish"), Some(21.0));
        // Four figures on the 24-hour clock.
        assert_eq!(read("2230"), Some(22.5));
        assert_eq!(read("0130hrs"), Some(25.5));
        assert_eq!(hour_of_day(&words("0600")), Some(6));
        assert_eq!(hour_of_day(&words("1830hrs")), Some(18));
        assert_eq!(hour_of_day(&words("2400")), None);
        assert_eq!(read("1am"), Some(25.0));
        assert_eq!(read("2 in the morning"), Some(26.0));
        assert_eq!(read("midnight"), Some(24.0));
        assert_eq!(read("gone midnight"), Some(24.25));
        assert_eq!(read("eleven"), Some(23.0));
        assert_eq!(read("23:15"), Some(23.25));
        // Two times, or none, are no one reading.
        assert_eq!(read("10 or 11"), None);
        assert_eq!(read("late"), None);
        // Beside waking times, a bare hour is the morning.
        assert_eq!(clock_reading(&words("7"), (0.0, 14.0)), Some(7.0));
    }

    #[test]
    fn labels_name_spans_of_the_day() {
        let labels = [
            words("before 10pm"),
            words("10pm to midnight"),
            words("after midnight"),
        ];
        let ranges = clock_ranges(&labels).unwrap();
        assert_eq!(ranges[0].map(|r| r.1.round()), Some(22.0));
        assert_eq!(ranges[1], Some((22.0, 24.0)));
        assert_eq!(ranges[2].map(|r| r.0.round()), Some(24.0));
        // A bare hour takes the reading nearest the others': "before 10" is 10pm here.
        let bare = [
            words("before 10"),
            words("10 to midnight"),
            words("after midnight"),
        ];
        let ranges = clock_ranges(&bare).unwrap();
        assert_eq!(ranges[0].map(|r| r.1.round()), Some(22.0));
        let waking = [words("6 7am"), words("7 8am"), words("after 8am")];
        let ranges = clock_ranges(&waking).unwrap();
        assert_eq!(ranges[0], Some((6.0, 7.0)));
        // Labels with no time of day are not times.
        assert!(clock_ranges(&[words("1 2"), words("3 4")]).is_none());
    }
}
