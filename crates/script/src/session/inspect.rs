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

impl Program {
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
