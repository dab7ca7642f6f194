//! What a compiled session contains, for `guide list` and `guide graph`.

use super::{Instr, Media, Program};
use std::collections::BTreeSet;
use std::fmt::Write;

/// A session at a glance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub questions: usize,
    /// Conditions (`@if`, `@elif`) plus choice options: the ways a conversation can differ.
    pub branches: usize,
    pub media: Vec<String>,
    pub worksheets: Vec<String>,
}

/// The outcome of a choice question that took its way out (`else ->`).
pub const WAY_OUT: usize = usize::MAX;

/// One way a conversation can go at a decision: a condition held or not (`outcome` 1 or 0),
/// or a choice question's option (`outcome` = its index, or [`WAY_OUT`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Branch {
    pub step: usize,
    pub outcome: usize,
    /// The script line of the decision.
    pub line: usize,
    /// In words, for coverage reports: "`feeling == anxious` held", "option `calm`".
    pub describe: String,
}

impl Program {
    /// Every outcome of every decision, for branch coverage (`guide test`). Compare with
    /// [`super::runtime::Runtime::branches_taken`].
    pub fn branch_outcomes(&self) -> Vec<Branch> {
        let mut out = Vec::new();
        for (i, step) in self.steps.iter().enumerate() {
            let mut push = |outcome: usize, describe: String| {
                out.push(Branch {
                    step: i,
                    outcome,
                    line: step.line,
                    describe,
                })
            };
            match &step.instr {
                Instr::JumpUnless(c, _) => {
                    let op = match c.op {
                        super::Op::Eq => "==",
                        super::Op::Ne => "!=",
                        super::Op::Lt => "<",
                        super::Op::Le => "<=",
                        super::Op::Gt => ">",
                        super::Op::Ge => ">=",
                    };
                    let cond = format!("`{} {op} {}`", c.variable, c.value);
                    push(1, format!("{cond} held"));
                    push(0, format!("{cond} did not hold"));
                }
                Instr::Ask(q) => {
                    if let super::AnswerKind::Choice(options) = &q.kind {
                        for (k, o) in options.iter().enumerate() {
                            push(k, format!("`{}` answered `{}`", q.variable, o.key));
                        }
                        if q.otherwise.is_some() {
                            push(WAY_OUT, format!("`{}` matched no option", q.variable));
                        }
                    }
                }
                _ => {}
            }
        }
        out
    }

    pub fn summary(&self) -> Summary {
        let mut s = Summary {
            questions: 0,
            branches: 0,
            media: Vec::new(),
            worksheets: Vec::new(),
        };
        for step in &self.steps {
            match &step.instr {
                Instr::Ask(q) => {
                    s.questions += 1;
                    if let super::AnswerKind::Choice(options) = &q.kind {
                        s.branches += options.len();
                    }
                }
                Instr::JumpUnless(..) => s.branches += 1,
                Instr::Show(m) => s.media.push(match m {
                    Media::Video { file, .. }
                    | Media::Audio { file }
                    | Media::Image { file, .. } => file.clone(),
                    Media::Card { id } => format!("card:{id}"),
                }),
                Instr::Worksheet(w) => s.worksheets.push(w.clone()),
                _ => {}
            }
        }
        s
    }

    /// The section a step belongs to (`start` for steps before any section).
    fn section_at(&self, index: usize) -> &str {
        self.labels
            .iter()
            .filter(|(_, &i)| i <= index)
            .max_by_key(|(_, &i)| i)
            .map_or("start", |(k, _)| k.as_str())
    }

    /// The flow between sections as Graphviz DOT.
    pub fn to_dot(&self) -> String {
        let mut edges: BTreeSet<(String, String, &str)> = BTreeSet::new();
        let section_starts: BTreeSet<usize> = self.labels.values().copied().collect();
        let target_name = |t: usize| -> String {
            if matches!(self.steps.get(t).map(|s| &s.instr), Some(Instr::End) | None)
                && !section_starts.contains(&t)
            {
                "end".to_string()
            } else {
                self.section_at(t).to_string()
            }
        };
        for (i, step) in self.steps.iter().enumerate() {
            let from = self.section_at(i).to_string();
            match &step.instr {
                Instr::Jump(t) => {
                    let to = target_name(*t);
                    if to != from {
                        edges.insert((from.clone(), to, ""));
                    }
                }
                Instr::End => {
                    edges.insert((from.clone(), "end".to_string(), ""));
                }
                Instr::Ask(q) => {
                    if let Some(t) = q.otherwise {
                        edges.insert((from.clone(), target_name(t), "no match"));
                    }
                }
                _ => {}
            }
            // Running on into the next section.
            if section_starts.contains(&(i + 1))
                && !matches!(step.instr, Instr::Jump(_) | Instr::End)
            {
                edges.insert((from, self.section_at(i + 1).to_string(), ""));
            }
        }
        let mut dot = format!(
            "digraph \"{}\" {{\n  rankdir=TB;\n  node [shape=box, style=rounded];\n",
            self.meta.id
        );
        for label in self.labels.keys() {
            let _ = writeln!(dot, "  \"{label}\";");
        }
        dot.push_str("  \"end\" [shape=doublecircle];\n");
        for (from, to, label) in edges {
            if label.is_empty() {
                let _ = writeln!(dot, "  \"{from}\" -> \"{to}\";");
            } else {
                let _ = writeln!(
                    dot,
                    "  \"{from}\" -> \"{to}\" [label=\"{label}\", style=dashed];"
                );
            }
        }
        dot.push_str("}\n");
        dot
    }
}

/// Flesch reading ease of the text a patient reads (guide lines and questions): 60 or
/// more is plain English most adults read easily. Syllables are counted by vowel groups,
/// which is close enough for a screening check.
pub fn reading_ease<'a>(texts: impl IntoIterator<Item = &'a str>) -> Option<f64> {
    let (mut sentences, mut words, mut syllables) = (0usize, 0usize, 0usize);
    for text in texts {
        let ends = text.matches(['.', '!', '?']).count();
        sentences += ends.max(1);
        for word in text.split_whitespace() {
            let w: String = word
                .chars()
                .filter(|c| c.is_ascii_alphabetic())
                .collect::<String>()
                .to_ascii_lowercase();
            if w.is_empty() {
                continue;
            }
            words += 1;
            syllables += syllables_in(&w);
        }
    }
    (words > 0).then(|| {
        206.835
            - 1.015 * (words as f64 / sentences as f64)
            - 84.6 * (syllables as f64 / words as f64)
    })
}

fn syllables_in(word: &str) -> usize {
    let mut count = 0;
    let mut in_vowels = false;
    for c in word.chars() {
        let vowel = "aeiouy".contains(c);
        if vowel && !in_vowels {
            count += 1;
        }
        in_vowels = vowel;
    }
    if word.ends_with('e') && !word.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

impl Program {
    /// [`reading_ease`] of everything this session says and asks.
    pub fn reading_ease(&self) -> Option<f64> {
        reading_ease(self.steps.iter().filter_map(|s| match &s.instr {
            Instr::Say(t) => Some(t.as_str()),
            Instr::Ask(q) => Some(q.prompt.as_str()),
            _ => None,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_ease_tells_plain_from_dense() {
        let plain = reading_ease(["It is a good day. We can take a short walk."]).unwrap();
        let dense = reading_ease(["Psychoeducational interventions facilitate metacognitive reappraisal of maladaptive intolerance of uncertainty."]).unwrap();
        assert!(plain > 90.0, "{plain}");
        assert!(dense < 0.0, "{dense}");
        assert_eq!(reading_ease([""]), None);
        assert_eq!(syllables_in("worry"), 2);
        assert_eq!(syllables_in("time"), 1);
        assert_eq!(syllables_in("little"), 2);
    }
}
