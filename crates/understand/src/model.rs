//! A small statistical backstop for risk screening over words and word pairs, trained from
//! labelled example replies (`data/risk_examples.tsv`, the same replies as
//! `tests/eval/risk.jsonl`) the first time it is used: a logistic regression decides
//! whether there is risk, and multinomial naive Bayes says which kind (and gates the
//! regression: it needs a word much likelier in some risk than in none).
//!
//! It only speaks when the lexicon found nothing at all: a lexicon match that negation or a
//! resolved past set aside stays set aside. Its job is to catch phrasings nobody wrote a
//! pattern for, erring towards help.

use crate::risk::RiskKind;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Words too common to carry meaning on their own.
const STOPWORDS: &[&str] = &[
    "|", "?", "_", "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "it", "is", "was",
    "be", "that", "this", "with", "for", "so", "just", "really", "tbh", "honestly", "my", "i",
    "i'm", "me", "im", "am", "have", "had", "has", "been", "do", "did",
];

/// The fewest words a reply needs before the model speaks.
const MIN_WORDS: usize = 4;

/// The least a reply of two sentences must score as a whole before each is read alone. A
/// risk said in one sentence scores lower over the whole than alone; an everyday reason
/// said in the next breath scores the whole near nothing ("wanted them to have something
/// to laugh at after the funeral, so we showed the old videos": 0.0007 over the whole,
/// 0.107 for its first sentence). On 5-fold cross-validation this gate set aside 33 of 650
/// false alarms and 1 of 9,826 catches (forty-third session).
const SENTENCE_GATE: f64 = 0.02;

/// The prior probability that a reply shows no risk.
const PRIOR_NONE: f64 = 0.6;

/// Classes: index 0 is "no risk", then the kinds in [`RiskKind::ALL`] order.
const CLASSES: usize = 1 + RiskKind::ALL.len();

/// A trained model.
#[derive(Debug, Clone)]
pub struct Model {
    /// log P(feature | class), per feature.
    log_likelihood: HashMap<String, [f64; CLASSES]>,
    /// Logistic regression, risk against none: a weight per feature, and the bias.
    weights: HashMap<String, f64>,
    bias: f64,
    /// Probability of risk above which the model reports it.
    threshold: f64,
    /// Words of the training replies that weigh in the regression, with their vectors: a
    /// word the model never saw stands in as the nearest of these when the two are near in
    /// the word-vector table ("slice" as "slash").
    stand_ins: Vec<(String, &'static [f32])>,
}

/// How much a word must weigh in the regression, either way, to stand in for unseen words.
const STAND_IN_WEIGHT: f64 = 0.5;

fn class_of(label: Option<RiskKind>) -> usize {
    match label {
        None => 0,
        Some(k) => 1 + RiskKind::ALL.iter().position(|x| *x == k).unwrap_or(0),
    }
}

/// A word lightly stemmed, as the model counts it.
fn stem(word: &str) -> &str {
    let w = word.trim_end_matches('\'');
    ["ing", "ed", "s"]
        .iter()
        .find_map(|s| w.strip_suffix(s).filter(|b| b.len() >= 3))
        .unwrap_or(w)
}

/// Words (lightly stemmed) and adjacent word pairs of normalised, idiom-blanked text.
fn features(text: &str) -> Vec<String> {
    features_of(text.split_whitespace())
}

fn features_of<'a>(words: impl Iterator<Item = &'a str>) -> Vec<String> {
    let words: Vec<String> = words
        .filter(|w| !STOPWORDS.contains(w))
        .map(|w| stem(w).to_string())
        .collect();
    let pairs = words.windows(2).map(|p| format!("{} {}", p[0], p[1]));
    words.iter().cloned().chain(pairs).collect()
}

impl Model {
    /// Trains on `(label, text)` pairs, the text normalised and read as screening reads it
    /// (see [`parse_examples`]).
    pub fn train<'a>(examples: impl IntoIterator<Item = (Option<RiskKind>, &'a str)>) -> Self {
        let mut counts: HashMap<String, [f64; CLASSES]> = HashMap::new();
        let mut totals = [0.0; CLASSES];
        let mut rows: Vec<(bool, Vec<String>)> = Vec::new();
        let mut texts: Vec<String> = Vec::new();
        for (label, text) in examples {
            let c = class_of(label);
            let blanked = crate::risk::blank_idioms(text);
            let fs = features(&blanked);
            texts.push(blanked);
            rows.push((label.is_some(), fs.clone()));
            for f in fs {
                counts.entry(f).or_insert([0.0; CLASSES])[c] += 1.0;
                totals[c] += 1.0;
            }
        }
        let (weights, bias) = logistic(&rows, 2.0);
        let vectors = crate::vectors::shipped();
        let mut stand_ins: Vec<(String, &'static [f32])> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for text in &texts {
            for w in text.split_whitespace() {
                if STOPWORDS.contains(&w) || !seen.insert(w.to_string()) {
                    continue;
                }
                let weighs = weights
                    .get(stem(w))
                    .is_some_and(|x| x.abs() >= STAND_IN_WEIGHT);
                if let (true, Some(v)) = (weighs, vectors.get(w)) {
                    stand_ins.push((w.to_string(), v));
                }
            }
        }
        let vocabulary = counts.len() as f64;
        let alpha = 0.5;
        let log_likelihood = counts
            .into_iter()
            .map(|(f, n)| {
                let mut l = [0.0; CLASSES];
                for c in 0..CLASSES {
                    l[c] = ((n[c] + alpha) / (totals[c] + alpha * vocabulary)).ln();
                }
                (f, l)
            })
            .collect();
        Model {
            log_likelihood,
            weights,
            bias,
            threshold: 0.5,
            stand_ins,
        }
    }

    /// The same model, with no stand-ins for unseen words (for comparison).
    pub fn without_stand_ins(mut self) -> Self {
        self.stand_ins.clear();
        self
    }

    /// The features of normalised, idiom-blanked text, an unseen word replaced by its
    /// stand-in if it has one.
    fn features_standing_in(&self, blanked: &str) -> Vec<String> {
        let vectors = crate::vectors::shipped();
        let words = blanked.split_whitespace().map(|w| {
            if self.stand_ins.is_empty()
                || STOPWORDS.contains(&w)
                || self.log_likelihood.contains_key(stem(w))
            {
                return w;
            }
            let Some(v) = vectors.get(w) else { return w };
            self.stand_ins
                .iter()
                .map(|(t, u)| (t, crate::vectors::dot(v, u)))
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .filter(|(t, _)| vectors.near(w, t))
                .map_or(w, |(t, _)| t.as_str())
        });
        features_of(words)
    }

    /// The same model, reporting risk above another probability.
    pub fn with_threshold(mut self, threshold: f64) -> Self {
        self.threshold = threshold;
        self
    }

    /// The probability of any risk, and the most likely kind, for normalised text.
    pub fn score(&self, text: &str) -> (f64, RiskKind) {
        self.score_blanked(&crate::risk::blank_idioms(text))
    }

    /// As [`Model::score`], for text whose idioms are already blanked.
    fn score_blanked(&self, text: &str) -> (f64, RiskKind) {
        // Prior: 60% none, the rest shared among the kinds. Even odds flagged ordinary
        // replies such as "be kinder to myself"; in 5-fold cross-validation 0.6 keeps recall
        // at 0.977 (0.980 at even odds) and lifts precision from 0.855 to 0.886.
        // Short replies are left to the lexicon: every risk reply of three words or fewer in
        // our labelled sets (28, including a held-out set) is caught by the lexicon, while
        // the model flagged short everyday answers ("last night", "start small").
        if text.split_whitespace().filter(|w| *w != "|").count() < MIN_WORDS {
            return (0.0, RiskKind::Suicide);
        }
        let mut log_p = [((1.0 - PRIOR_NONE) / (CLASSES - 1) as f64).ln(); CLASSES];
        log_p[0] = PRIOR_NONE.ln();
        let mut known = 0;
        let mut telling = false;
        let features = self.features_standing_in(text);
        for f in &features {
            // Only features seen in training move the scores; unknown words say nothing.
            if let Some(l) = self.log_likelihood.get(f) {
                known += 1;
                // A word or pair at least four times likelier in some risk than in none.
                telling |= l[1..].iter().any(|r| r - l[0] >= 4f64.ln());
                for c in 0..CLASSES {
                    log_p[c] += l[c];
                }
            }
        }
        // One known word is too little to go on, and so is text with no telling word.
        if known < 2 || !telling {
            return (0.0, RiskKind::Suicide);
        }
        let max = log_p.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let p: Vec<f64> = log_p.iter().map(|l| (l - max).exp()).collect();
        // Whether there is risk: the logistic model; which kind: naive Bayes.
        let z = self.bias
            + features
                .iter()
                .filter_map(|f| self.weights.get(f))
                .sum::<f64>();
        let risk = 1.0 / (1.0 + (-z).exp());
        let kind = (1..CLASSES)
            .max_by(|&a, &b| p[a].total_cmp(&p[b]))
            .map(|c| RiskKind::ALL[c - 1])
            .unwrap_or(RiskKind::Suicide);
        (risk, kind)
    }

    /// The kind of risk, when the probability of risk is above the threshold.
    ///
    /// A long entry is also read sentence by sentence, and its most worrying sentence
    /// counts: the ordinary sentences around a risky one ("Monday was fine, Tuesday I had
    /// the dentist...") weigh against risk in the sum and would otherwise hide it. But a
    /// reply of two sentences that scores near nothing as a whole ([`SENTENCE_GATE`]) is not
    /// read by sentence: its other sentence has said what the worrying-sounding one was
    /// about. Longer entries always are, since many ordinary sentences sum low anyway.
    pub fn predict(&self, text: &str) -> Option<RiskKind> {
        // Idioms are blanked once, over the whole entry, so an idiom's clause can be read
        // with the clause after it ("burned my arm, on purpose").
        let blanked = crate::risk::blank_idioms(text);
        let sentences: Vec<&str> = blanked
            .split(['|', '?'])
            .filter(|c| c.split_whitespace().count() >= MIN_WORDS)
            .collect();
        let mut best = self.score_blanked(&blanked);
        if sentences.len() > 1 && (sentences.len() > 2 || best.0 >= SENTENCE_GATE) {
            for sentence in sentences {
                let scored = self.score_blanked(sentence);
                if scored.0 > best.0 {
                    best = scored;
                }
            }
        }
        let (p, kind) = best;
        (p > self.threshold).then_some(kind)
    }
}

/// Trains a logistic regression by gradient descent with L2 regularisation, in a fixed
/// order with no randomness, so the same data always gives the same model. Positive
/// examples count `positive_weight` times (risk counts double, erring towards help).
pub(crate) fn logistic(
    rows: &[(bool, Vec<String>)],
    positive_weight: f64,
) -> (HashMap<String, f64>, f64) {
    // Features become indices once, so the epochs do no hashing; the arithmetic, and its
    // order, are as they would be over a map of names.
    let mut index: HashMap<&str, usize> = HashMap::new();
    let rows: Vec<(bool, Vec<usize>)> = rows
        .iter()
        .map(|(risk, fs)| {
            let ids = fs
                .iter()
                .map(|f| {
                    let next = index.len();
                    *index.entry(f.as_str()).or_insert(next)
                })
                .collect();
            (*risk, ids)
        })
        .collect();
    let mut w = vec![0.0; index.len()];
    let mut b = 0.0;
    let lambda = 0.01;
    for epoch in 0..40 {
        let rate = 0.3 / (1.0 + epoch as f64 * 0.1);
        for (risk, fs) in &rows {
            let z = b + fs.iter().map(|&f| w[f]).sum::<f64>();
            let p = 1.0 / (1.0 + (-z).exp());
            let weight = if *risk { positive_weight } else { 1.0 };
            let g = weight * (p - f64::from(u8::from(*risk)));
            b -= rate * g;
            for &f in fs {
                w[f] -= rate * (g + lambda * w[f]);
            }
        }
    }
    let weights = index
        .into_iter()
        .map(|(name, i)| (name.to_string(), w[i]))
        .collect();
    (weights, b)
}

/// Parses `label TAB text` lines; labels are risk codes or `none`. Each text is normalised
/// and read as screening reads it (`risk::read_as_screened`), so the model learns from the
/// words it will be shown: "idk" before a clause, a filler "like" after "i", a medicine's
/// name, read as they are in use.
pub fn parse_examples(tsv: &str) -> Vec<(Option<RiskKind>, String)> {
    tsv.lines()
        .filter_map(|line| {
            let (label, text) = line.split_once('\t')?;
            let kind = RiskKind::ALL.into_iter().find(|k| k.code() == label);
            if kind.is_none() && label != "none" {
                return None;
            }
            let normalised = crate::normalise::normalise(text);
            Some((
                kind,
                crate::risk::read_as_screened(&normalised).into_owned(),
            ))
        })
        .collect()
}

/// The model shipped with the app.
pub fn shipped() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        let examples = parse_examples(crate::data::risk_examples());
        Model::train(examples.iter().map(|(k, t)| (*k, t.as_str())))
            .with_threshold(SHIPPED_THRESHOLD)
    })
}

/// Chosen to favour recall (erring towards help). It was 0.2, then 0.15 (seventh session).
/// In the eighth session the start-of-session code, scored on that session's ten fresh sets
/// (776 replies, 462 risk, written before any change), caught 0.877 of the risk replies at
/// 0.15 with precision 0.904, 0.892 / 0.892 at 0.1 and 0.926 / 0.865 at 0.05; 5-fold
/// cross-validation gives 0.983 / 0.952 at 0.15 and 0.989 / 0.937 at 0.1, about 1.4% of
/// held-out ordinary replies flagged against 1.0% (2.2% at 0.05, which would show a
/// needless crisis card about once a session). So 0.1 (BENCHMARKS.md).
pub const SHIPPED_THRESHOLD: f64 = 0.1;

#[cfg(test)]
mod tests {
    use super::*;

    fn small_model() -> Model {
        let examples = [
            (Some(RiskKind::SelfHarm), "i want to slash my arms open"),
            (Some(RiskKind::SelfHarm), "i slash my arms when it gets bad"),
            (Some(RiskKind::SelfHarm), "i keep wanting to slash my arms"),
            (None, "i want to open my arms to new people"),
            (None, "i want to go for a walk when it gets bad"),
            (None, "my arms ache from the gym"),
            (None, "i keep wanting to phone my mum"),
            (None, "i want to read a book"),
        ];
        Model::train(examples.iter().map(|(k, t)| (*k, *t))).with_threshold(0.5)
    }

    #[test]
    fn an_unseen_word_near_a_telling_one_stands_in_for_it() {
        let model = small_model();
        // "slice" never occurs in training; it is near "slash" in the word vectors.
        let text = "i want to slice my arms";
        let (with, _) = model.score(text);
        let (without, _) = model.clone().without_stand_ins().score(text);
        assert!(with > without, "with {with}, without {without}");
        assert!(model.predict(text).is_some());
        // A word with no near telling word changes nothing.
        let text = "i want to paint my arms";
        assert_eq!(
            model.score(text).0,
            model.clone().without_stand_ins().score(text).0
        );
    }

    #[test]
    fn a_long_entry_is_judged_by_its_most_worrying_sentence() {
        let model = small_model();
        let entry = "i want to read a book | i want to go for a walk when it gets bad | \
                     my arms ache from the gym | i keep wanting to slash my arms";
        // Summed over the whole entry, the ordinary sentences hide the risky one.
        assert!(model.score(entry).0 <= 0.5, "{}", model.score(entry).0);
        assert_eq!(model.predict(entry), Some(RiskKind::SelfHarm));
        // An entry of ordinary sentences stays ordinary.
        let ordinary = "i want to read a book | my arms ache from the gym";
        assert_eq!(model.predict(ordinary), None);
    }

    #[test]
    fn a_sentence_explained_by_the_rest_of_its_reply_stays_quiet() {
        // A small model, so the test holds whatever the shipped data becomes (the shipped
        // case was "wanted them to have something to laugh at after the funeral | so we
        // showed the old videos").
        let model = small_model();
        let said = "i open my arms when it gets bad";
        let whole = "i open my arms when it gets bad | \
                     i keep wanting to open my arms to new people and phone my mum and read a book";
        // Alone, the first sentence is over the threshold; the whole reply is far under
        // the gate, so the sentence is not read alone.
        assert!(
            model.score(said).0 > model.threshold,
            "{}",
            model.score(said).0
        );
        assert!(
            model.score(whole).0 < SENTENCE_GATE,
            "{}",
            model.score(whole).0
        );
        assert_eq!(model.predict(whole), None);
        // A whole reply at or over the gate is read sentence by sentence, so the first
        // sentence still speaks.
        let near = "i open my arms when it gets bad | i want to open my arms to new people";
        assert!(
            (SENTENCE_GATE..model.threshold).contains(&model.score(near).0),
            "{}",
            model.score(near).0
        );
        assert_eq!(model.predict(near), Some(RiskKind::SelfHarm));
        let model = shipped();
        // A reply that is not clearly everyday is still read sentence by sentence.
        let entry = "work was fine today and i had a nice tea with my sister | \
                     i keep thinking everyone would be better off without me around";
        assert!(
            model.score(entry).0 >= SENTENCE_GATE,
            "{}",
            model.score(entry).0
        );
        assert!(model.predict(entry).is_some());
    }

    #[test]
    fn words_seen_in_training_are_never_replaced() {
        let model = small_model();
        let text = "i keep wanting to phone my mum";
        assert_eq!(
            model.score(text).0,
            model.clone().without_stand_ins().score(text).0
        );
    }
}
