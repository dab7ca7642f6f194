//! Word vectors for matching by meaning: "my job" is close to "Work", "a stroll" to
//! "Going for a walk", "finances" to "Money". One 48-byte vector per word for the 22,000
//! most frequent English words (`data/word_vectors.bin`, 1.29 MB, shipped packed: see
//! `data.rs`), distilled from the sentence model all-MiniLM-L6-v2 by
//! `data/make_word_vectors.py`; the model itself is not shipped. The next 2,000 words are
//! known by name alone, so the spelling check still takes them for real words.
//! Only directions matter (cosine similarity), so the bytes (values from -25 to 25) are
//! used as they are.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// The table of word vectors.
pub struct Vectors {
    dims: usize,
    /// How many nearest words count as near (see [`Vectors::near`]).
    near: usize,
    index: HashMap<&'static str, usize>,
    /// Real words without a vector, for the spelling check ([`Vectors::knows`]).
    by_name: HashSet<&'static str>,
    /// Each word's vector, as floats divided by its length, so a dot product is a cosine.
    unit: &'static [f32],
    /// Each word's similarity to its `near`-th nearest other word.
    kth: &'static [f32],
}

/// Reads the table, or says why it cannot.
fn parse(data: &'static [u8]) -> Result<Vectors, String> {
    let take = |at: usize, n: usize| {
        data.get(at..at + n)
            .ok_or_else(|| format!("word vectors end early, at byte {at}"))
    };
    if take(0, 4)? != b"SWV4" {
        return Err("word vectors: not a SWV4 file".to_string());
    }
    let u32_at = |at: usize| -> Result<usize, String> {
        let b = take(at, 4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    };
    let count = u32_at(4)?;
    let u16_at = |at: usize| -> Result<usize, String> {
        let b = take(at, 2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]) as usize)
    };
    let dims = u16_at(8)?;
    let near = u16_at(10)?;
    let words_len = u32_at(12)?;
    let words = std::str::from_utf8(take(16, words_len)?)
        .map_err(|_| "word vectors: words are not UTF-8".to_string())?;
    let bytes = take(16 + words_len, count * dims)?;
    // Each word's threshold, a similarity in [-1, 1] kept in 16 bits, rounded down.
    let kth: Vec<f32> = take(16 + words_len + count * dims, count * 2)?
        .chunks_exact(2)
        .map(|b| f32::from(u16::from_le_bytes([b[0], b[1]])) / 65535.0 * 2.0 - 1.0)
        .collect();
    let named_at = 16 + words_len + count * dims + count * 2;
    let named_len = u32_at(named_at)?;
    let named = std::str::from_utf8(take(named_at + 4, named_len)?)
        .map_err(|_| "word vectors: words by name are not UTF-8".to_string())?;
    if data.len() != named_at + 4 + named_len {
        return Err("word vectors: bytes left over at the end".to_string());
    }
    let by_name: HashSet<&'static str> = named.split('\n').filter(|w| !w.is_empty()).collect();
    let index: HashMap<&'static str, usize> =
        words.split('\n').enumerate().map(|(i, w)| (w, i)).collect();
    if index.len() != count {
        return Err(format!(
            "word vectors: {count} vectors but {} distinct words",
            index.len()
        ));
    }
    let mut unit = Vec::with_capacity(count * dims);
    for v in bytes.chunks_exact(dims) {
        let length = v
            .iter()
            .map(|&b| f32::from(b as i8).powi(2))
            .sum::<f32>()
            .sqrt()
            .max(1.0);
        unit.extend(v.iter().map(|&b| f32::from(b as i8) / length));
    }
    Ok(Vectors {
        dims,
        near,
        index,
        by_name,
        unit: unit.leak(),
        kth: kth.leak(),
    })
}

impl std::fmt::Debug for Vectors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Vectors({} words x {}, near = {} nearest)",
            self.index.len(),
            self.dims,
            self.near
        )
    }
}

impl Vectors {
    /// Whether the table knows the word as a real one: with a vector, or by name alone.
    pub fn knows(&self, word: &str) -> bool {
        self.index.contains_key(word) || self.by_name.contains(word)
    }

    /// A word's place in the table, which lists words commonest first (0 is the
    /// commonest), with the table's own copy of the word.
    pub fn ranked(&self, word: &str) -> Option<(usize, &'static str)> {
        self.index.get_key_value(word).map(|(w, &rank)| (rank, *w))
    }

    /// The unit vector of a word, if the table has it.
    pub fn get(&self, word: &str) -> Option<&'static [f32]> {
        Some(self.row(*self.index.get(word)?))
    }

    /// Cosine similarity of two words, if both have vectors.
    pub fn similarity(&self, a: &str, b: &str) -> Option<f32> {
        Some(dot(self.get(a)?, self.get(b)?))
    }

    /// Whether `a` and `b` are each among the other's nearest words in the whole table (the
    /// 20 nearest of 22,000; and neither is missing). Being nearer than most words, rather
    /// than above some fixed similarity, is what tells "job" ~ "work" (3rd and 4th nearest)
    /// from "dog" ~ "friend" (80th): the table's similarities run high for every pair. Each
    /// word's 20th-nearest similarity is worked out when the table is made, so this is one
    /// dot product.
    pub fn near(&self, a: &str, b: &str) -> bool {
        match (self.index.get(a), self.index.get(b)) {
            (Some(&i), Some(&j)) => {
                let s = dot(self.row(i), self.row(j));
                s >= self.kth[i] && s >= self.kth[j]
            }
            _ => false,
        }
    }

    /// How much nearer `a` and `b` are than each one's `near`-th nearest word, on average:
    /// above 0 for words that are [`near`](Self::near), a little below for close ones.
    pub fn closeness(&self, a: &str, b: &str) -> Option<f32> {
        let (&i, &j) = (self.index.get(a)?, self.index.get(b)?);
        Some(dot(self.row(i), self.row(j)) - (self.kth[i] + self.kth[j]) / 2.0)
    }

    fn row(&self, i: usize) -> &'static [f32] {
        &self.unit[i * self.dims..(i + 1) * self.dims]
    }

    /// How many words the table has.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }
}

pub(crate) fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// The table shipped with the app.
pub fn shipped() -> &'static Vectors {
    static VECTORS: OnceLock<Vectors> = OnceLock::new();
    VECTORS.get_or_init(|| {
        parse(crate::data::word_vectors()).expect("the shipped word vectors are well formed")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_reads_whole() {
        let v = shipped();
        assert!(v.len() > 16_000, "{}", v.len());
        for word in ["work", "money", "family", "walk", "mum", "skint", "worry"] {
            assert!(v.get(word).is_some(), "{word}");
        }
        assert!(v.get("qwertyuiop").is_none());
        // Rarer words are known by name alone: real words for the spelling check.
        for word in ["stamping", "hurling", "abuser"] {
            assert!(v.knows(word) && v.get(word).is_none(), "{word}");
        }
        assert!(!v.knows("qwertyuiop"));
    }

    #[test]
    fn related_words_are_closer_than_unrelated_ones() {
        let v = shipped();
        let s = |a, b| v.similarity(a, b).unwrap();
        assert!((s("money", "money") - 1.0).abs() < 1e-5);
        for (word, near, far) in [
            ("job", "work", "breathing"),
            ("finances", "money", "family"),
            ("kids", "family", "money"),
            ("stroll", "walk", "friend"),
            ("mate", "friend", "walk"),
        ] {
            assert!(s(word, near) > s(word, far), "{word}: {near} vs {far}");
        }
    }

    #[test]
    fn near_means_among_each_others_nearest_words() {
        let v = shipped();
        for (a, b) in [
            ("job", "work"),
            ("finances", "money"),
            ("stroll", "walk"),
            ("mate", "friend"),
        ] {
            assert!(v.near(a, b), "{a} ~ {b}");
        }
        for (a, b) in [
            ("dog", "friend"),
            ("hello", "morning"),
            ("elephant", "body"),
        ] {
            assert!(!v.near(a, b), "{a} !~ {b}");
        }
        assert!(!v.near("job", "qwertyuiopasdf"));
    }

    /// The stored 20th-nearest similarities agree with a search of the table.
    #[test]
    fn the_stored_nearness_matches_a_search() {
        let v = shipped();
        assert_eq!(v.near, 20);
        for word in ["work", "money", "walk", "worry", "mum", "evening", "zebra"] {
            let i = v.index[word];
            let mut sims: Vec<f32> = (0..v.len()).map(|j| dot(v.row(i), v.row(j))).collect();
            sims.sort_by(|a, b| b.total_cmp(a));
            // sims[0] is the word itself.
            let gap = (sims[v.near] - v.kth[i]).abs();
            assert!(gap < 1e-4, "{word}: {} vs {}", sims[v.near], v.kth[i]);
        }
    }

    #[test]
    fn a_damaged_table_is_an_error_not_a_crash() {
        assert!(parse(b"").is_err());
        assert!(parse(b"NOPE").is_err());
        let data = crate::data::word_vectors();
        let mut longer = data.to_vec();
        longer.push(0);
        assert!(parse(Box::leak(longer.into_boxed_slice()))
            .unwrap_err()
            .contains("left over"));
        let cut: &'static [u8] = &data[..data.len() - 1];
        assert!(parse(cut).unwrap_err().contains("end early"));
        let mut header = b"SWV4".to_vec();
        header.extend(2u32.to_le_bytes());
        header.extend(2u16.to_le_bytes());
        header.extend(1u16.to_le_bytes());
        header.extend(3u32.to_le_bytes());
        header.extend(b"a\na");
        header.extend([1u8, 2, 3, 4]);
        header.extend([0u8; 4]);
        header.extend(0u32.to_le_bytes());
        let leaked: &'static [u8] = Box::leak(header.into_boxed_slice());
        assert!(parse(leaked).unwrap_err().contains("distinct"));
    }
}
