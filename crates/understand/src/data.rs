//! The data files, embedded compressed (see `build.rs`) and unpacked once, on first use.
//! Each is read whole or not at all: a damaged file is a broken build, caught by the tests.

use std::sync::OnceLock;

macro_rules! packed {
    ($name:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/", $name, ".lzma"))
    };
}

fn unpack(name: &str, packed: &[u8]) -> &'static [u8] {
    use std::io::Read;
    let mut bytes = Vec::new();
    lzma_rust2::LzmaReader::new_mem_limit(packed, u32::MAX, None)
        .and_then(|mut r| r.read_to_end(&mut bytes))
        .unwrap_or_else(|e| panic!("the shipped {name} unpacks: {e}"));
    bytes.leak()
}

fn text(name: &str, bytes: &'static [u8]) -> &'static str {
    std::str::from_utf8(bytes).unwrap_or_else(|_| panic!("the shipped {name} is UTF-8"))
}

/// `data/word_vectors.bin`.
pub(crate) fn word_vectors() -> &'static [u8] {
    static BYTES: OnceLock<&'static [u8]> = OnceLock::new();
    BYTES.get_or_init(|| unpack("word vectors", packed!("word_vectors.bin")))
}

/// `data/risk_examples.tsv`.
pub(crate) fn risk_examples() -> &'static str {
    static TEXT: OnceLock<&'static str> = OnceLock::new();
    TEXT.get_or_init(|| {
        let name = "risk examples";
        text(name, unpack(name, packed!("risk_examples.tsv")))
    })
}

/// `data/dont_understand_examples.tsv`.
pub(crate) fn dont_understand_examples() -> &'static str {
    static TEXT: OnceLock<&'static str> = OnceLock::new();
    TEXT.get_or_init(|| {
        let name = "\"I don't understand\" examples";
        text(name, unpack(name, packed!("dont_understand_examples.tsv")))
    })
}

/// `data/lexicon.txt`, without its comments and blank lines (see `build.rs`).
pub(crate) fn lexicon() -> &'static str {
    static TEXT: OnceLock<&'static str> = OnceLock::new();
    TEXT.get_or_init(|| {
        let name = "risk lexicon";
        text(name, unpack(name, packed!("lexicon.txt")))
    })
}

/// How many bytes the embedded files add to the app.
pub fn shipped_bytes() -> usize {
    packed!("word_vectors.bin").len()
        + packed!("risk_examples.tsv").len()
        + packed!("dont_understand_examples.tsv").len()
        + packed!("lexicon.txt").len()
}

#[cfg(test)]
mod tests {
    include!("uncommented.rs");

    /// A commented file loses its comment lines and blank lines, and only those.
    #[test]
    fn comments_and_blank_lines_are_left_out() {
        assert_eq!(
            uncommented("# a comment\n\\bone\\b\n\n# another\ntwo  # not a comment\n"),
            "\\bone\\b\ntwo  # not a comment\n"
        );
        assert_eq!(uncommented(""), "");
    }

    /// The embedded files unpack to the files in `data/`, byte for byte (the lexicon
    /// without its comments).
    #[test]
    fn each_file_unpacks_to_its_source() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let read = |name: &str| std::fs::read(dir.join(name)).unwrap();
        assert_eq!(super::word_vectors(), read("word_vectors.bin"));
        assert_eq!(super::risk_examples().as_bytes(), read("risk_examples.tsv"));
        assert_eq!(
            super::dont_understand_examples().as_bytes(),
            read("dont_understand_examples.tsv")
        );
        // The lexicon as packed: its comments and blank lines left out.
        let lexicon = String::from_utf8(read("lexicon.txt")).unwrap();
        let kept = uncommented(&lexicon);
        assert_eq!(super::lexicon(), kept);
        assert!(kept.len() * 5 < lexicon.len() * 4, "comments are left out");
    }
}
