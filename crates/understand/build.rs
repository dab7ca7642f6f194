//! Ships the data files compressed: each of `data/` is deflated (zlib) into `$OUT_DIR`
//! and embedded from there, then inflated once on first use (`src/data.rs`). The word
//! vectors and the example replies are most of what the crate adds to the app, and text
//! compresses to a quarter.

use std::path::{Path, PathBuf};

/// The files embedded, as named in `data/`.
const FILES: &[&str] = &[
    "word_vectors.bin",
    "risk_examples.tsv",
    "dont_understand_examples.tsv",
];

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    for name in FILES {
        let path = Path::new("data").join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let bytes =
            std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(&bytes, 9);
        std::fs::write(out.join(format!("{name}.z")), packed)
            .unwrap_or_else(|e| panic!("cannot write {name}.z: {e}"));
    }
}
