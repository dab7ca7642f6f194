//! Ships the data files compressed: each of `data/` is packed with LZMA (preset 9, with
//! the `.lzma` header that names its size) into `$OUT_DIR` and embedded from there, then
//! unpacked once on first use (`src/data.rs`). The word vectors and the example replies
//! are most of what the crate adds to the app; the replies pack to a fifth (deflate, used
//! until the twenty-eighth session, packed them to a quarter). The risk lexicon
//! (`lexicon.txt`) is packed without its comments and blank lines.

use lzma_rust2::{LzmaOptions, LzmaWriter};
use std::io::Write;
use std::path::{Path, PathBuf};

include!("src/uncommented.rs");

/// The files embedded, as named in `data/`.
const FILES: &[&str] = &[
    "word_vectors.bin",
    "risk_examples.tsv",
    "dont_understand_examples.tsv",
    "lexicon.txt",
];

/// The files whose comment lines (starting "#") and blank lines are for their readers,
/// not the app: left out when packed.
const COMMENTED: &[&str] = &["lexicon.txt"];

fn main() {
    println!("cargo:rerun-if-changed=src/uncommented.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for name in FILES {
        let path = Path::new("data").join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let mut bytes =
            std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        if COMMENTED.contains(name) {
            let text = String::from_utf8(bytes)
                .unwrap_or_else(|e| panic!("{} is not UTF-8: {e}", path.display()));
            bytes = uncommented(&text).into_bytes();
        }
        let packed = LzmaWriter::new_use_header(
            Vec::new(),
            &LzmaOptions::with_preset(9),
            Some(bytes.len() as u64),
        )
        .and_then(|mut w| w.write_all(&bytes).map(|()| w))
        .and_then(LzmaWriter::finish)
        .unwrap_or_else(|e| panic!("cannot pack {name}: {e}"));
        std::fs::write(out.join(format!("{name}.lzma")), packed)
            .unwrap_or_else(|e| panic!("cannot write {name}.lzma: {e}"));
    }
}
