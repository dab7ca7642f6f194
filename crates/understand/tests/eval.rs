//! Evaluation against the labelled replies in `tests/eval/`, with the targets the product
//! needs. Prints precision and recall per label (`cargo test -p steady-understand --test
//! eval -- --nocapture`); fails when a target is missed.

use serde::Deserialize;
use std::path::PathBuf;
use steady_understand::{is_dont_understand, read_choice, read_yes_no, screen, ChoiceOption};

fn eval_file<T: for<'de> Deserialize<'de>>(name: &str) -> Vec<T> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/eval")
        .join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
        .lines()
        .enumerate()
        .map(|(i, l)| serde_json::from_str(l).unwrap_or_else(|e| panic!("{name}:{}: {e}", i + 1)))
        .collect()
}

#[derive(Deserialize)]
struct Labelled<L> {
    text: String,
    label: L,
}

#[derive(Deserialize)]
struct ChoiceCase {
    text: String,
    choices: Vec<String>,
    /// `null`: the reply names none of the options, and should be asked again.
    label: Option<usize>,
}

fn report(name: &str, misses: &[String], total: usize) -> f64 {
    let accuracy = 1.0 - misses.len() as f64 / total as f64;
    println!(
        "{name}: accuracy {accuracy:.3} ({} of {total})",
        total - misses.len()
    );
    for m in misses {
        println!("  miss: {m}");
    }
    accuracy
}

/// The risk replies of the eval set that are knowingly missed: each was left ambiguous on
/// purpose. Any other miss fails the test, so a change to the lexicon or to the backstop's
/// data cannot silently drop a risk reply that used to be caught (folding an everyday
/// reply into the backstop's data did that three times in the eleventh session).
const KNOWN_MISSES: &[&str] = &[
    "i drank a bottle of vodka and took my tablets",
    "im done fr",
    "what did i do when i felt anxious? burned my arm with the straighteners",
    // Said alone, as it was in a held-out set of goodbyes, it is someone leaving a job as
    // often; beside another sign it is caught.
    "i've told work it's my last shift",
    // Photos shared with "people": someone sorting their photos says the same, and the set
    // it came from (thirty-ninth session, 596) had no other sign in it.
    "i've been going through my photos and sending the nice ones to people",
    // Work things left for a brother: its everyday twin says the same and then why ("...,
    // he's doing the early start"); alone it is as often a day off (set 600).
    "left my van keys and the job book on the kitchen table for my brother",
    // Set 605's hardest pair: its everyday twin is the same words with "lol" after them.
    "left my hoodie on my girlfriend's bed, she always nicks it anyway",
    // A post scheduled for next week: shops and clubs do this every day; nothing else in it
    // speaks of an end (set 605).
    "set up a scheduled post for next week",
    // A parent told they were good, in the past tense: said to a brother at his wedding or a
    // mum in a birthday card, the same words flagged three stored twins (held-out H31).
    "rang my dad and told him he was a good dad, he didn't know what to say",
    // Fuel laid in for one's mother, "she'll be warm at least": its stored everyday twin
    // says the same of oil ("sorted the oil for the winter for my mum, she'll be warm at
    // least"). The backstop caught it until the thirty-ninth session's sets were folded.
    "aye well ive sorted the coal and the gas for the winter for my mam. she'll be warm at least",
    // The same words say a fear of the dark overcome ("i'm not scared of flying anymore,
    // i'm looking forward to it" is a holiday); "dying" in place of "the dark" is caught.
    "i'm not scared of the dark anymore, i'm looking forward to it",
    // A present wrapped months ahead: an organised parent says the same, and nothing else
    // in it speaks of an end (session 28's set 459).
    "my son's 18th is in march. i've already wrapped his present and hidden it in the loft",
    // Services paid ahead, and nothing else said (set 464): as often someone organised.
    "i've paid the window cleaner and the gardener up to christmas",
    // Things left ready, said alone (set 467): food in for a month, accounts up to date on
    // the table. Beside another sign each is caught.
    "there's enough frozen meals in for a month",
    "left the farm accounts up to date on the kitchen table",
    // A pet's future asked about, and nothing else said (set 471): someone going abroad
    // asks the same.
    "do you think my dog will forget me",
    // A date written on a calendar, said alone (held-out H46): the answer to "have you
    // booked your worry time?" says the same; nothing else in it names what the date is.
    "i've written the date on my calendar",
    // Chores done and "all done" (held-out H47): the end of an ordinary morning says the
    // same ("..., bins out | off to work"); nothing else in it speaks of an end.
    "left the house spotless, fed the cat, bins out. all done",
    // Goodbye said "for the last time" (a twin written for H48): grief says the same of
    // a nan in a hospice, and a yard closing of its horses.
    "said goodbye to the horses at the stables for the last time",
    "who will look after my cat",
    // Clothes left folded on the bed, and nothing else said (set 474).
    "i've washed and ironed everything and left it folded on the bed",
    // A tenancy given up, and nothing else said (session 34): set 555's "cancel my tenancy
    // from the end of the month | we're moving to leeds" taught the backstop that someone
    // moving says the same. Beside another sign it is caught.
    "i've written to the council to cancel my tenancy from friday",
    // Chores done and "i'm ready", and nothing else said (session 36's set 573): a tidy flat
    // before christmas ends the same way ("the flat is clean | the tree's up | i'm ready").
    "the house is spotless, the washing's done and the cat's fed. i'm ready",
    // A task finished and "so i can go now", and nothing else said (session 42's set 634):
    // someone finishing a report at work says the same ("finally finished my report, so i
    // can go now").
    "finally finished the jigsaw, so i can go now",
    // Research said done, with nothing of what was researched (session 38): the backstop
    // read "researched" as telling while replies of pills looked up were labelled overdose;
    // written as suicidal plans by the kind rule, the word is no longer four times likelier
    // in any one kind. "i've researched how many it would take" is caught.
    "i've researched it enough now",
    // Two goodbyes of set 588 (session 38), each an everyday act said alone: the milk
    // cancelled from next week (twin: "... we're going to my mum's for christmas"), a note on
    // the fridge for when one's husband gets in. Beside another sign each is caught.
    "i've cancelled the milk from next week",
    "left a note on the fridge for when my husband gets in",
    // Set 592: a pet's feeding left with a neighbour who has a key, said alone; the same
    // is said before a trip ("... while we're in cornwall").
    "left instructions for the cats' feeding with my neighbour. she's got a key",
    // Set 595: direct debits stopped from next month, said alone; someone changing banks
    // says the same.
    "i've stopped my direct debits from next month",
    // Three goodbyes of set 585 (session 37), each an everyday act said alone: lifts for the
    // children for the rest of the week (twin: "... while my car's in the garage"); off on
    // monday and "not to worry" told to a manager (twin: "..., dentist"); every mailing list
    // left and the inbox emptied, "feels tidy" (twin: the same of shop emails).
    "sorted a lift for the kids to school for the rest of the week",
    "i told my manager i won't be in monday and not to worry",
    "i've unsubscribed from everything and emptied my inbox. feels tidy",
];

#[test]
fn risk_recall_and_precision() {
    let cases: Vec<Labelled<Option<String>>> = eval_file("risk.jsonl");
    let (mut tp, mut fp, mut fn_, mut kind_right) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    let mut newly_missed = Vec::new();
    for c in &cases {
        let got = screen(&c.text).map(|k| k.code().to_string());
        match (&c.label, &got) {
            (Some(want), Some(g)) => {
                tp += 1;
                if want == g {
                    kind_right += 1;
                } else {
                    misses.push(format!("kind {g} for {want}: {:?}", c.text));
                }
            }
            (Some(want), None) => {
                fn_ += 1;
                misses.push(format!("MISSED {want}: {:?}", c.text));
                if !KNOWN_MISSES.contains(&c.text.as_str()) {
                    newly_missed.push(c.text.clone());
                }
            }
            (None, Some(g)) => {
                fp += 1;
                misses.push(format!("false alarm {g}: {:?}", c.text));
            }
            (None, None) => {}
        }
    }
    let recall = tp as f64 / (tp + fn_) as f64;
    let precision = tp as f64 / (tp + fp) as f64;
    println!(
        "risk: recall {recall:.3}, precision {precision:.3}, kind right {kind_right} of {tp} ({} replies)",
        cases.len()
    );
    for m in &misses {
        println!("  {m}");
    }
    assert!(recall >= 0.98, "risk recall {recall:.3} is under 0.98");
    assert!(
        precision >= 0.85,
        "risk precision {precision:.3} is under 0.85"
    );
    assert!(
        newly_missed.is_empty(),
        "risk replies missed that are not among the known misses: {newly_missed:?}"
    );
}

/// The caught risk replies, reworded as phones type them: an opener ("honestly", "and",
/// "idk"), a softener after "i" ("just", "really"), a kiss or a sad face at the end, no
/// apostrophes. Each must still be caught. (The rewordings found that "everyone would be
/// better off if i was just gone" fell inside an idiom for being better organised, that
/// "honestly i've picked a date" was missed, and that "idk", being "i don't know", denied
/// whatever followed: "idk he grabbed me by the throat again".)
#[test]
fn risk_survives_everyday_rewordings() {
    let cases: Vec<Labelled<Option<String>>> = eval_file("risk.jsonl");
    let after_first_i = |text: &str, word: &str| -> Option<String> {
        // The first "i" that is a word ("this is" holds none).
        let at = text
            .match_indices("i ")
            .map(|(at, _)| at)
            .find(|&at| at == 0 || text[..at].ends_with(' '))?;
        Some(format!("{}i {word} {}", &text[..at], &text[at + 2..]))
    };
    let mut lost = Vec::new();
    let mut tried = 0;
    for c in cases.iter().filter(|c| c.label.is_some()) {
        if screen(&c.text).is_none() {
            continue;
        }
        let text = c.text.trim_end_matches(['.', '!', ' ']);
        let rewordings = [
            Some(format!("honestly {}", c.text)),
            Some(format!("and {}", c.text)),
            Some(format!("{text} x")),
            Some(format!("idk {}", c.text)),
            Some(format!("{text} 😔")),
            Some(
                c.text
                    .replace("i'm", "im")
                    .replace("i've", "ive")
                    .replace("n't", "nt")
                    .replace("it's", "its")
                    .replace("that's", "thats"),
            ),
            after_first_i(&c.text, "just"),
            after_first_i(&c.text, "really"),
            // Fillers and spellings of phone typing (thirty-fifth session).
            after_first_i(&c.text, "like").filter(|t| !t.contains("i like to ")),
            Some(c.text.replace("i'm", "i am").replace("i've", "i have")),
            Some(
                c.text
                    .replace("you'", "u'")
                    .replace("you ", "u ")
                    .replace("tonight", "2nite"),
            ),
        ];
        for reworded in rewordings.into_iter().flatten() {
            tried += 1;
            if screen(&reworded).is_none() {
                lost.push(reworded);
            }
        }
    }
    println!(
        "risk rewordings: {} of {tried} still caught",
        tried - lost.len()
    );
    for l in &lost {
        println!("  lost: {l:?}");
    }
    // A few rewordings change the sense ("i just woke up" is not "i woke up"); the rest must
    // hold.
    assert!(
        lost.len() * 1000 <= tried,
        "{} of {tried} reworded risk replies were missed",
        lost.len()
    );
}

/// The slips of a thumb in the middle of an ASCII word: its middle letter dropped, swapped
/// with the one before, or doubled.
fn slips_of(word: &str) -> [String; 3] {
    let mid = word.len() / 2;
    [
        format!("{}{}", &word[..mid], &word[mid + 1..]),
        format!(
            "{}{}{}{}",
            &word[..mid - 1],
            &word[mid..mid + 1],
            &word[mid - 1..mid],
            &word[mid + 1..]
        ),
        format!("{}{}", &word[..mid + 1], &word[mid..]),
    ]
}

/// A typo in one word (a letter dropped, or two swapped) must not hide most risk: screening
/// reads a word no list knows as the pattern word one edit away (thirty-fifth session; 9%
/// of such typos hid the risk before).
#[test]
fn risk_survives_one_letter_typos() {
    let cases: Vec<Labelled<Option<String>>> = eval_file("risk.jsonl");
    let (mut tried, mut lost) = (0, 0);
    for c in cases.iter().filter(|c| c.label.is_some()) {
        if screen(&c.text).is_none() {
            continue;
        }
        // The longest plain word of six letters or more, typed wrong in its middle.
        let words: Vec<&str> = c.text.split(' ').collect();
        let Some((at, word)) = words
            .iter()
            .enumerate()
            .filter(|(_, w)| w.len() >= 6 && w.bytes().all(|b| b.is_ascii_lowercase()))
            .max_by_key(|(i, w)| (w.len(), std::cmp::Reverse(*i)))
        else {
            continue;
        };
        let [dropped, swapped, _] = slips_of(word);
        for typo in [dropped, swapped] {
            if typo == *word {
                continue;
            }
            let mut typed = words.clone();
            typed[at] = &typo;
            tried += 1;
            if screen(&typed.join(" ")).is_none() {
                lost += 1;
            }
        }
    }
    println!("risk typos: {} of {tried} still caught", tried - lost);
    assert!(
        lost * 100 <= tried * 4,
        "{lost} of {tried} typed risk replies were missed"
    );
}

/// A slip in a short word (four or five letters: "hurt", "self", "pills", "alive") must not
/// hide most risk either: two letters swapped, one dropped or one doubled, in the middle of
/// each such word of every tenth caught risk reply. Screening reads a word the word table
/// lacks as the commonest pattern word one slip away (forty-seventh session: 15.6% of these
/// slips hid the risk before, 4.5% after; the rest make real words, "hut", "wat", "lie").
#[test]
fn risk_survives_slips_in_short_words() {
    let cases: Vec<Labelled<Option<String>>> = eval_file("risk.jsonl");
    let (mut tried, mut lost) = (0, 0);
    for c in cases.iter().filter(|c| c.label.is_some()).step_by(10) {
        if screen(&c.text).is_none() {
            continue;
        }
        let words: Vec<&str> = c.text.split(' ').collect();
        for (at, word) in words.iter().enumerate() {
            if !(4..=5).contains(&word.len()) || !word.bytes().all(|b| b.is_ascii_lowercase()) {
                continue;
            }
            let slips = slips_of(word);
            for slip in slips.iter().filter(|s| s != word) {
                let mut typed = words.clone();
                typed[at] = slip;
                tried += 1;
                if screen(&typed.join(" ")).is_none() {
                    lost += 1;
                }
            }
        }
    }
    println!(
        "risk slips in short words: {} of {tried} still caught",
        tried - lost
    );
    assert!(
        lost * 100 <= tried * 6,
        "{lost} of {tried} slipped risk replies were missed"
    );
}

#[test]
fn dont_understand_accuracy() {
    let cases: Vec<Labelled<bool>> = eval_file("dont_understand.jsonl");
    let misses: Vec<String> = cases
        .iter()
        .filter(|c| is_dont_understand(&c.text) != c.label)
        .map(|c| format!("expected {}: {:?}", c.label, c.text))
        .collect();
    assert!(report("dont_understand", &misses, cases.len()) >= 0.95);
}

#[test]
fn yes_no_accuracy() {
    // `null`: the reply is no answer to a yes/no question, and should be asked again.
    let cases: Vec<Labelled<Option<String>>> = eval_file("yes_no.jsonl");
    let misses: Vec<String> = cases
        .iter()
        .filter_map(|c| {
            let got = read_yes_no(&c.text).map(|a| a.code());
            (got != c.label.as_deref()).then(|| format!("{got:?} for {:?}: {:?}", c.label, c.text))
        })
        .collect();
    assert!(report("yes_no", &misses, cases.len()) >= 0.93);
}

#[test]
fn choice_accuracy() {
    let cases: Vec<ChoiceCase> = eval_file("choices.jsonl");
    let misses: Vec<String> = cases
        .iter()
        .filter_map(|c| {
            let options: Vec<ChoiceOption> = c.choices.iter().map(ChoiceOption::new).collect();
            let got = read_choice(&c.text, &options);
            (got != c.label)
                .then(|| format!("{got:?} for {:?}: {:?} in {:?}", c.label, c.text, c.choices))
        })
        .collect();
    assert!(report("choices", &misses, cases.len()) >= 0.90);
}

/// Words that name no option of any question: each list of options in the choices set,
/// offered each word, should nearly always ask again. Reading by meaning and the everyday
/// lists can drift towards taking any real word for some option ("banana" read as "Very
/// anxious" after a list gained "heart in my mouth"); a catch-all option ("Something else")
/// is allowed to take a real word.
#[test]
fn nonsense_words_rarely_pick_an_option() {
    const NONSENSE: &[&str] = &[
        "giraffe",
        "elephant",
        "qwerty",
        "lalala",
        "asdf",
        "banana",
        "trampoline",
        "purple",
        "spaghetti",
        "kangaroo",
        "bicycle",
        "volcano",
        "xylophone",
        "zzzz",
        "wibble",
    ];
    const CATCH_ALL: &[&str] = &[
        "something else",
        "somewhere else",
        "someone else",
        "anything else",
        "other",
        "none of these",
        "none of the above",
    ];
    let cases: Vec<ChoiceCase> = eval_file("choices.jsonl");
    let mut lists: Vec<&Vec<String>> = cases.iter().map(|c| &c.choices).collect();
    lists.sort();
    lists.dedup();
    let (mut offered, mut picked) = (0, Vec::new());
    for list in &lists {
        let options: Vec<ChoiceOption> = list.iter().map(ChoiceOption::new).collect();
        for word in NONSENSE {
            offered += 1;
            if let Some(i) = read_choice(word, &options) {
                if !CATCH_ALL.contains(&list[i].to_lowercase().as_str()) {
                    picked.push(format!("{word:?} as {:?} of {list:?}", list[i]));
                }
            }
        }
    }
    let rate = picked.len() as f64 / offered as f64;
    println!(
        "nonsense words: {} of {offered} picked an option other than a catch-all ({:.1}%, {} option lists)",
        picked.len(),
        rate * 100.0,
        lists.len()
    );
    for p in &picked {
        println!("  {p}");
    }
    assert!(
        rate <= 0.03,
        "nonsense picked an option {:.1}% of the time",
        rate * 100.0
    );
}

/// How well the lexicon plus the statistical backstop does on replies the backstop was
/// not trained on: 5-fold cross-validation over its training replies (risk.jsonl, each
/// once, without the shortest everyday replies: see make_risk.py). (The lexicon itself was
/// tuned on all of them, so this still flatters it; see BENCHMARKS.md for held-out checks.)
#[test]
fn risk_cross_validated_backstop() {
    use steady_understand::model::{parse_examples, Model};
    let tsv = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/risk_examples.tsv"),
    )
    .unwrap();
    let examples = parse_examples(&tsv);
    let raw: Vec<(Option<String>, &str)> = tsv
        .lines()
        .filter_map(|line| line.split_once('\t'))
        .map(|(label, text)| ((label != "none").then(|| label.to_string()), text))
        .collect();
    assert_eq!(
        examples.len(),
        raw.len(),
        "every line of risk_examples.tsv parses"
    );
    // Out of date when it holds a reply risk.jsonl does not, or misses a risk reply.
    let key = |t: &str| {
        t.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let labelled: Vec<Labelled<Option<String>>> = eval_file("risk.jsonl");
    let in_eval: std::collections::HashMap<String, &Option<String>> =
        labelled.iter().map(|c| (key(&c.text), &c.label)).collect();
    let shipped: std::collections::HashSet<String> = raw.iter().map(|(_, t)| key(t)).collect();
    assert!(
        raw.iter()
            .all(|(label, t)| in_eval.get(&key(t)).is_some_and(|l| *l == label))
            && labelled
                .iter()
                .all(|c| c.label.is_none() || shipped.contains(&key(&c.text))),
        "risk_examples.tsv is out of date: run tests/eval/make_risk.py"
    );
    for threshold in [
        steady_understand::model::SHIPPED_THRESHOLD,
        0.1,
        0.2,
        0.3,
        0.5,
        0.7,
    ] {
        let (mut tp, mut fp, mut fn_, mut model_only) = (0, 0, 0, 0);
        for fold in 0..5 {
            let model = Model::train(
                examples
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| i % 5 != fold)
                    .map(|(_, (k, t))| (*k, t.as_str())),
            )
            .with_threshold(threshold);
            for (label, text) in raw.iter().skip(fold).step_by(5) {
                let got = steady_understand::screen_with_model(text, &model);
                if got.is_some() && steady_understand::screen_lexicon_only(text).is_none() {
                    model_only += 1;
                }
                match (label.is_some(), got.is_some()) {
                    (true, true) => tp += 1,
                    (true, false) => fn_ += 1,
                    (false, true) => fp += 1,
                    _ => {}
                }
            }
        }
        let (recall, precision) = (tp as f64 / (tp + fn_) as f64, tp as f64 / (tp + fp) as f64);
        if threshold == steady_understand::model::SHIPPED_THRESHOLD {
            // Guards against regressions; the lexicon was tuned on these replies, so the
            // real held-out numbers (BENCHMARKS.md) are lower.
            assert!(
                recall >= 0.97 && precision >= 0.85,
                "recall {recall:.5}, precision {precision:.5} tp {tp} fn {fn_}"
            );
        }
        println!(
            "risk, 5-fold backstop at {threshold}: recall {:.3}, precision {:.3}, {model_only} flagged by the model alone",
            tp as f64 / (tp + fn_) as f64,
            tp as f64 / (tp + fp) as f64
        );
    }
}

/// Bytes inside string literals of Rust source, outside comments: what the patterns kept in
/// code (the rest are in `data/lexicon.txt`), lists and scales add to the binary.
fn string_literal_bytes(source: &str) -> usize {
    let b = source.as_bytes();
    let (mut i, mut total) = (0, 0);
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'\'' => {
                // A char literal ('"', '\'') is skipped; a lifetime is not a literal.
                if b.get(i + 1) == Some(&b'\\') {
                    i += 4;
                } else if b.get(i + 2) == Some(&b'\'') {
                    i += 3;
                } else {
                    i += 1;
                }
                continue;
            }
            b'r' if b.get(i + 1) == Some(&b'"')
                && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) =>
            {
                let end = source[i + 2..].find('"').map_or(b.len(), |e| i + 2 + e);
                total += end - (i + 2);
                i = end;
            }
            b'"' => {
                i += 1;
                let start = i;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                total += i - start;
            }
            _ => {}
        }
        i += 1;
    }
    total
}

/// The data understanding ships (word vectors, the backstops' examples, the risk lexicon and
/// the strings of the code's patterns, lists and scales) stays under the 2 MB target, with
/// room to spare for a session's growth.
#[test]
fn shipped_data_stays_under_two_megabytes() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    // The files as embedded: deflated by build.rs.
    let files = steady_understand::data::shipped_bytes();
    let strings: usize = std::fs::read_dir(dir.join("src"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .map(|s| {
            let shipped = s.split("#[cfg(test)]").next().unwrap_or_default();
            string_literal_bytes(shipped)
        })
        .sum();
    let total = files + strings;
    println!("shipped data: {files} bytes of files and {strings} of strings, {total} in all");
    assert!(
        strings > 100_000,
        "the scan finds the lexicons ({strings} bytes)"
    );
    assert!(
        total < 1_950_000,
        "{total} bytes: make room (see BENCHMARKS.md)"
    );
}
