//! The comparison form of a block: what a scrape changes is folded away so
//! that copies compare equal.

use crate::document::is_space;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A hash map for keys that are integers or already hashes: a multiply mix
/// instead of SipHash, which is most of the cost of the index on long texts.
/// (No attacker chooses the keys: they come from the user's own text.)
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<MixHasher>>;

/// The hasher of [`FastMap`]: FNV-1a over bytes, a multiply-rotate mix over
/// integers.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct MixHasher(u64);

impl Hasher for MixHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = (self.0 ^ hash_bytes(bytes)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_u64(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(26) ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_u32(&mut self, x: u32) {
        self.write_u64(u64::from(x));
    }
    fn write_usize(&mut self, x: usize) {
        self.write_u64(x as u64);
    }
}

/// Folds the differences a scrape introduces: quote and apostrophe styles,
/// dashes (a run of dashes is one dash), ellipses, NBSP, zero-width characters
/// and soft hyphens, runs of white space, case.
///
/// ```
/// use article_lens::duplicates::normalize;
/// assert_eq!(normalize("“No way,”\u{00A0}he  said — it’s…"), "\"no way,\" he said - it's...");
/// assert_eq!(normalize("\"No way,\" he said -- it's..."), "\"no way,\" he said - it's...");
/// ```
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if is_space(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if c == '\u{00AD}' {
            // A soft hyphen is invisible: the word reads the same without it.
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        if c.is_ascii_alphanumeric() || c == ' ' {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        match c {
            '“' | '”' | '„' | '‟' | '«' | '»' | '″' | '＂' => out.push('"'),
            '‘' | '’' | '‚' | '‛' | '‹' | '›' | '′' | 'ʼ' | '`' | '´' => {
                out.push('\'')
            }
            '-' | '–' | '—' | '―' | '‐' | '‑' | '−' | '‒' => {
                // `--`, `—` and `—-` are all one dash once scraped.
                if !out.ends_with('-') {
                    out.push('-');
                }
            }
            '…' => out.push_str("..."),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// FNV-1a: a fast, deterministic 64-bit hash (the same text gives the same
/// key in every run and on every target, which keeps results reproducible).
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Hashes of the words of a normalized text: runs of letters and digits
/// (inner apostrophes kept, so `it's` stays one word).
pub(crate) fn word_hashes(normalized: &str) -> Vec<u64> {
    normalized
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(|w| hash_bytes(w.as_bytes()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_scrape_variants() {
        let table = [
            (
                "  “No way,”\u{00A0}he  said — it’s…",
                "\"no way,\" he said - it's...",
            ),
            ("zero\u{200B}width", "zero width"),
            ("soft\u{00AD}hyphen", "softhyphen"),
            ("a -- b —- c", "a - b - c"),
            ("", ""),
            ("\u{FEFF}  ", ""),
        ];
        for (input, expected) in table {
            assert_eq!(normalize(input), expected, "{input:?}");
        }
    }

    #[test]
    fn words_ignore_punctuation() {
        assert_eq!(word_hashes("\"it's,\" he said - ok...").len(), 4);
        assert_eq!(word_hashes("'quoted'"), word_hashes("quoted"));
    }
}
