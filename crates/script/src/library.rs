//! Worksheets and educational cards: the shared definitions that scripts refer to with
//! `@worksheet NAME` and `@card NAME`.
//!
//! Authors write them in `content/shared/worksheets.toml` and `content/shared/cards.toml`
//! (see `docs/script-language.md`). Parsing is pure and reports every problem it finds,
//! with where it is.

use crate::session::Diagnostic;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;

/// A structured form the patient fills in inside the conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Worksheet {
    pub id: String,
    pub title: String,
    /// A sentence or two on what the worksheet is for.
    pub intro: String,
    pub fields: Vec<Field>,
}

/// One box of a worksheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub id: String,
    pub label: String,
    /// An example answer, shown faintly in the empty box.
    pub hint: String,
    pub kind: FieldKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKind {
    /// A line of text.
    Text,
    /// Several lines of text.
    LongText,
    /// A whole number on a scale, e.g. 0 to 10.
    Scale { min: i64, max: i64 },
    /// One of a few options.
    Choice(Vec<String>),
}

/// A short educational card shown in the conversation and kept in the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub id: String,
    pub title: String,
    /// Paragraphs separated by blank lines; lines starting `- ` are list items.
    pub body: String,
    /// An illustration from `assets/media/`, with its description.
    pub image: Option<(String, String)>,
}

/// Every worksheet and card, by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Library {
    pub worksheets: BTreeMap<String, Worksheet>,
    pub cards: BTreeMap<String, Card>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWorksheets {
    #[serde(default)]
    worksheet: Vec<toml::Spanned<RawWorksheet>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWorksheet {
    id: String,
    title: String,
    #[serde(default)]
    intro: String,
    #[serde(default)]
    field: Vec<toml::Spanned<RawField>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawField {
    id: String,
    label: String,
    #[serde(default)]
    hint: String,
    #[serde(default = "text_kind")]
    kind: String,
    min: Option<i64>,
    max: Option<i64>,
    #[serde(default)]
    options: Vec<String>,
}

fn text_kind() -> String {
    "text".to_string()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCards {
    #[serde(default)]
    card: Vec<toml::Spanned<RawCard>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCard {
    id: String,
    title: String,
    body: String,
    image: Option<String>,
    alt: Option<String>,
}

/// Collects diagnostics against one file's text.
struct Report<'s> {
    source: &'s str,
    diagnostics: Vec<Diagnostic>,
}

impl Report<'_> {
    fn error(&mut self, code: &'static str, span: Option<Range<usize>>, message: String) {
        let span = span.unwrap_or(0..0);
        let start = span.start.min(self.source.len());
        let before = &self.source[..start];
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        let len = self
            .source
            .get(start..span.end.min(self.source.len()))
            .map_or(1, |s| {
                s.lines().next().map_or(1, |l| l.chars().count().max(1))
            });
        self.diagnostics
            .push(Diagnostic::error(code, line, col, len, message));
    }
}

fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

impl Library {
    /// Parses `worksheets.toml` into the library; problems are returned, the valid
    /// worksheets are kept.
    pub fn add_worksheets(&mut self, source: &str) -> Vec<Diagnostic> {
        let mut r = Report {
            source,
            diagnostics: Vec::new(),
        };
        let raw: RawWorksheets = match toml::from_str(source) {
            Ok(raw) => raw,
            Err(e) => {
                r.error("E110", e.span(), e.message().to_string());
                return r.diagnostics;
            }
        };
        for spanned in raw.worksheet {
            let span = spanned.span();
            let w = spanned.into_inner();
            let before = r.diagnostics.len();
            if !is_name(&w.id) {
                r.error(
                    "E111",
                    Some(span.clone()),
                    format!(
                        "worksheet id `{}` must be lower-case words joined by hyphens",
                        w.id
                    ),
                );
            }
            if self.worksheets.contains_key(&w.id) {
                r.error(
                    "E112",
                    Some(span.clone()),
                    format!("worksheet `{}` is defined twice", w.id),
                );
            }
            if w.title.trim().is_empty() {
                r.error(
                    "E113",
                    Some(span.clone()),
                    format!("worksheet `{}` needs a title", w.id),
                );
            }
            if w.field.is_empty() {
                r.error(
                    "E113",
                    Some(span.clone()),
                    format!(
                        "worksheet `{}` needs at least one [[worksheet.field]]",
                        w.id
                    ),
                );
            }
            let mut fields = Vec::new();
            let mut seen = std::collections::BTreeSet::new();
            for f in w.field {
                let fspan = f.span();
                let f = f.into_inner();
                if !is_name(&f.id) || !seen.insert(f.id.clone()) {
                    r.error("E111", Some(fspan.clone()), format!("field id `{}` in `{}` must be a unique name (lower-case words joined by hyphens)", f.id, w.id));
                }
                if f.label.trim().is_empty() {
                    r.error(
                        "E113",
                        Some(fspan.clone()),
                        format!("field `{}` in `{}` needs a label", f.id, w.id),
                    );
                }
                let kind = match f.kind.as_str() {
                    "text" => FieldKind::Text,
                    "long_text" => FieldKind::LongText,
                    "scale" => match (f.min, f.max) {
                        (Some(min), Some(max)) if min < max && max - min <= 100 => {
                            FieldKind::Scale { min, max }
                        }
                        _ => {
                            r.error("E114", Some(fspan.clone()), format!("field `{}` is a scale: give `min` and `max` with min < max, like min = 0, max = 10", f.id));
                            FieldKind::Text
                        }
                    },
                    "choice"
                        if f.options.len() >= 2
                            && f.options.iter().all(|o| !o.trim().is_empty()) =>
                    {
                        FieldKind::Choice(f.options.clone())
                    }
                    "choice" => {
                        r.error(
                            "E114",
                            Some(fspan.clone()),
                            format!("field `{}` is a choice: give at least two `options`", f.id),
                        );
                        FieldKind::Text
                    }
                    other => {
                        r.error("E114", Some(fspan.clone()), format!("field `{}` has kind `{other}`; kinds are text, long_text, scale, choice", f.id));
                        FieldKind::Text
                    }
                };
                fields.push(Field {
                    id: f.id,
                    label: f.label,
                    hint: f.hint,
                    kind,
                });
            }
            if r.diagnostics.len() == before {
                self.worksheets.insert(
                    w.id.clone(),
                    Worksheet {
                        id: w.id,
                        title: w.title,
                        intro: w.intro,
                        fields,
                    },
                );
            }
        }
        r.diagnostics
    }

    /// Parses `cards.toml` into the library; problems are returned, the valid cards kept.
    pub fn add_cards(&mut self, source: &str) -> Vec<Diagnostic> {
        let mut r = Report {
            source,
            diagnostics: Vec::new(),
        };
        let raw: RawCards = match toml::from_str(source) {
            Ok(raw) => raw,
            Err(e) => {
                r.error("E110", e.span(), e.message().to_string());
                return r.diagnostics;
            }
        };
        for spanned in raw.card {
            let span = spanned.span();
            let c = spanned.into_inner();
            let before = r.diagnostics.len();
            if !is_name(&c.id) {
                r.error(
                    "E111",
                    Some(span.clone()),
                    format!(
                        "card id `{}` must be lower-case words joined by hyphens",
                        c.id
                    ),
                );
            }
            if self.cards.contains_key(&c.id) {
                r.error(
                    "E112",
                    Some(span.clone()),
                    format!("card `{}` is defined twice", c.id),
                );
            }
            if c.title.trim().is_empty() || c.body.trim().is_empty() {
                r.error(
                    "E113",
                    Some(span.clone()),
                    format!("card `{}` needs a title and a body", c.id),
                );
            }
            let image = match (c.image, c.alt) {
                (Some(file), Some(alt)) if !file.is_empty() && !alt.trim().is_empty() => {
                    Some((file, alt))
                }
                (None, None) => None,
                _ => {
                    r.error("E114", Some(span.clone()), format!("card `{}`: an image needs both `image` and `alt` (a description for people who cannot see it)", c.id));
                    None
                }
            };
            if r.diagnostics.len() == before {
                self.cards.insert(
                    c.id.clone(),
                    Card {
                        id: c.id,
                        title: c.title,
                        body: c.body,
                        image,
                    },
                );
            }
        }
        r.diagnostics
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORKSHEETS: &str = r#"
[[worksheet]]
id = "worry-log"
title = "Worry log"
intro = "Catch a worry as it happens."

[[worksheet.field]]
id = "worry"
label = "What was the worry?"
hint = "What if I lose my job?"

[[worksheet.field]]
id = "strength"
label = "How strong was it?"
kind = "scale"
min = 0
max = 10

[[worksheet.field]]
id = "type"
label = "What kind of worry?"
kind = "choice"
options = ["Practical", "Hypothetical"]
"#;

    #[test]
    fn parses_worksheets_with_every_kind_of_field() {
        let mut lib = Library::default();
        assert_eq!(lib.add_worksheets(WORKSHEETS), []);
        let w = &lib.worksheets["worry-log"];
        assert_eq!(w.fields.len(), 3);
        assert_eq!(w.fields[1].kind, FieldKind::Scale { min: 0, max: 10 });
        assert_eq!(
            w.fields[2].kind,
            FieldKind::Choice(vec!["Practical".into(), "Hypothetical".into()])
        );
    }

    #[test]
    fn reports_every_problem_with_its_line() {
        let bad = r#"
[[worksheet]]
id = "Bad Name"
title = ""

[[worksheet]]
id = "scale"
title = "Scale"
[[worksheet.field]]
id = "s"
label = "S"
kind = "scale"
min = 5
max = 1
"#;
        let mut lib = Library::default();
        let d = lib.add_worksheets(bad);
        let codes: Vec<&str> = d.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["E111", "E113", "E113", "E114"], "{d:?}");
        assert_eq!(d[0].line, 2);
        assert_eq!(d[3].line, 9);
        assert!(lib.worksheets.is_empty(), "invalid worksheets are not kept");
        let d = lib.add_worksheets("[[worksheet]\nid=");
        assert_eq!(d[0].code, "E110");
        let d = lib.add_worksheets("[[worksheet]]\nid = \"a\"\ntitle = \"A\"\ncolour = \"red\"\n");
        assert_eq!(d[0].code, "E110", "unknown keys are refused: {d:?}");
    }

    #[test]
    fn parses_cards_and_insists_on_alt_text() {
        let mut lib = Library::default();
        let ok = "[[card]]\nid = \"cycle\"\ntitle = \"The worry cycle\"\nbody = \"Thoughts.\\n\\n- one\\n- two\"\nimage = \"cycle.svg\"\nalt = \"Three arrows in a circle\"\n";
        assert_eq!(lib.add_cards(ok), []);
        assert_eq!(lib.cards["cycle"].image.as_ref().unwrap().0, "cycle.svg");
        let d = lib
            .add_cards("[[card]]\nid = \"pic\"\ntitle = \"T\"\nbody = \"B\"\nimage = \"x.svg\"\n");
        assert_eq!(d[0].code, "E114");
    }
}
