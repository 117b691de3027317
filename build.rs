//! Front-codes the larger entity name lists for the build: each word is
//! written as the number of bytes it shares with the word before (0–9) and
//! the rest. The lists are sorted, so most words share a prefix, and the
//! wasm module (the page's download) is about 20 KB smaller gzipped than
//! with the lists as they are. The readable lists in `src/entities/data/`
//! stay the source; `src/entities/gazetteer.rs` decodes these once.

use std::path::Path;
use std::{env, fs};

/// The lists front-coded (file stems in `src/entities/data/`). The small
/// first-name lists by sex stay as they are: the gazetteer searches them
/// as text.
const LISTS: [&str; 4] = [
    "places",
    "surnames",
    "first_names_ungendered",
    "common_words",
];

/// The longest shared prefix written: one digit.
const MAX_SHARED: usize = 9;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let out = env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    for stem in LISTS {
        let source = format!("src/entities/data/{stem}.txt");
        println!("cargo:rerun-if-changed={source}");
        let text = fs::read_to_string(&source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let coded = front_code(&text);
        fs::write(Path::new(&out).join(format!("{stem}.fc")), coded)
            .unwrap_or_else(|e| panic!("writing {stem}.fc: {e}"));
    }
}

/// `text`'s non-empty lines, each as a digit (the bytes it shares with the
/// line before, cut back to a character boundary) and the rest of it.
fn front_code(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous = "";
    for word in text.lines().filter(|l| !l.is_empty()) {
        let mut shared = previous
            .bytes()
            .zip(word.bytes())
            .take_while(|(a, b)| a == b)
            .count()
            .min(MAX_SHARED);
        while !word.is_char_boundary(shared) {
            shared -= 1;
        }
        out.push(char::from(b'0' + shared as u8));
        out.push_str(&word[shared..]);
        out.push('\n');
        previous = word;
    }
    out
}
