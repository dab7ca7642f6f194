//! Prints, for each pair of words on stdin ("a b" per line), their similarity, how much
//! nearer than each word's 20th-nearest they sit (closeness) and whether they count as near: for studying choice by meaning
//! (`cargo run -p steady-understand --example nearness < PAIRS`).

use std::io::BufRead;

fn main() {
    let v = steady_understand::vectors::shipped();
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("readable stdin");
        let mut words = line.split_whitespace();
        let (Some(a), Some(b)) = (words.next(), words.next()) else {
            continue;
        };
        println!(
            "{a} {b}: similarity {:?}, closeness {:?}, near {}",
            v.similarity(a, b),
            v.closeness(a, b),
            v.near(a, b)
        );
    }
}
