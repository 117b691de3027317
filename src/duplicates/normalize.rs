//! The comparison form of a block: what a scrape changes is folded away so
//! that copies compare equal.

use crate::document::{is_ascii_space, is_space};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A hash map for keys that are integers or already hashes: a multiply mix
/// instead of SipHash, which is most of the cost of the index on long texts.
/// (No attacker chooses the keys: they come from the user's own text.)
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<MixHasher>>;

/// The hasher of [`FastMap`]: a multiply-rotate mix over integers, and over
/// bytes eight at a time (the exact tier hashes whole paragraphs).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct MixHasher(u64);

impl Hasher for MixHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
        let mut rest = [0; 8];
        rest[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        self.write_u64(u64::from_le_bytes(rest));
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
    normalize_into(text, &mut out);
    out
}

/// Appends [`normalize`]`(text)` to `out`: the texts of many blocks can share
/// one buffer instead of an allocation each.
pub(crate) fn normalize_into(text: &str, out: &mut String) {
    let start = out.len();
    let bytes = text.as_bytes();
    let mut pending_space = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if PLAIN[usize::from(b)] {
            // Most of a text is ASCII that only needs lowercasing, words
            // apart by one space: copy a whole run of it at once.
            let mut end = i + 1;
            while let Some(&b) = bytes.get(end) {
                if PLAIN[usize::from(b)] {
                    end += 1;
                } else if b == b' ' && bytes.get(end + 1).is_some_and(|&b| PLAIN[usize::from(b)]) {
                    end += 2;
                } else {
                    break;
                }
            }
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            let at = out.len();
            out.push_str(&text[i..end]);
            out[at..].make_ascii_lowercase();
            i = end;
            continue;
        }
        if is_ascii_space(b) {
            pending_space = out.len() > start;
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        if is_space(c) {
            pending_space = out.len() > start;
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
        match c {
            '“' | '”' | '„' | '‟' | '«' | '»' | '″' | '＂' => out.push('"'),
            '‘' | '’' | '‚' | '‛' | '‹' | '›' | '′' | 'ʼ' | '`' | '´' => {
                out.push('\'')
            }
            '-' | '–' | '—' | '―' | '‐' | '‑' | '−' | '‒' => {
                // `--`, `—` and `—-` are all one dash once scraped.
                if !out[start..].ends_with('-') {
                    out.push('-');
                }
            }
            '…' => out.push_str("..."),
            _ => out.extend(c.to_lowercase()),
        }
    }
}

/// The bytes that [`normalize`] only lowercases: printable ASCII but for the
/// marks it folds (`-`, `` ` ``).
const PLAIN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = byte.is_ascii_graphic() && byte != b'-' && byte != b'`';
        b += 1;
    }
    table
};

/// The offset basis of FNV-1a, the hash of words: fast on a few bytes and
/// deterministic (the same text gives the same key in every run and on every
/// target, which keeps results reproducible).
const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// One byte of FNV-1a.
fn fnv_step(hash: u64, byte: u8) -> u64 {
    (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
}

/// FNV-1a of `bytes`: the hash [`word_hashes`] gives a word.
#[cfg(test)]
fn hash_bytes(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_START, |hash, &b| fnv_step(hash, b))
}

/// A hash of a whole text, eight bytes at a time (FNV-1a takes a multiply
/// per byte, which suits words, not sentences).
pub(crate) fn hash_text(text: &str) -> u64 {
    let mut hasher = MixHasher::default();
    hasher.write(text.as_bytes());
    hasher.finish()
}

/// FNV-1a hashes of the words of a normalized text: runs of
/// letters and digits (inner apostrophes kept, so `it's` stays one word).
pub(crate) fn word_hashes(normalized: &str) -> WordHashes<'_> {
    WordHashes {
        text: normalized,
        at: 0,
    }
}

/// The iterator of [`word_hashes`]. Words are hashed as they are scanned:
/// they are short, and a slice per word costs more than its letters.
pub(crate) struct WordHashes<'t> {
    text: &'t str,
    /// Byte offset where the search for the next word starts.
    at: usize,
}

/// What each byte is to [`word_hashes`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum WordByte {
    Letter,
    Apostrophe,
    Separator,
    /// A byte of a character outside ASCII, which may be a letter.
    NonAscii,
}

const WORD_BYTES: [WordByte; 256] = {
    let mut table = [WordByte::NonAscii; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphanumeric() {
            WordByte::Letter
        } else if byte == b'\'' {
            WordByte::Apostrophe
        } else {
            WordByte::Separator
        };
        b += 1;
    }
    table
};

impl Iterator for WordHashes<'_> {
    type Item = u64;

    #[inline]
    fn next(&mut self) -> Option<u64> {
        let bytes = self.text.as_bytes();
        let mut at = self.at;
        // A word starts at a letter: apostrophes before it are trimmed.
        loop {
            let Some(&b) = bytes.get(at) else {
                self.at = at;
                return None;
            };
            match WORD_BYTES[usize::from(b)] {
                WordByte::Letter => break,
                WordByte::NonAscii => match letter_at(self.text, at) {
                    (true, _) => break,
                    (false, len) => at += len,
                },
                WordByte::Apostrophe | WordByte::Separator => at += 1,
            }
        }
        // ... and ends at its last letter: apostrophes after it are trimmed.
        let mut hash = FNV_START;
        let mut through_last_letter = hash;
        while let Some(&b) = bytes.get(at) {
            match WORD_BYTES[usize::from(b)] {
                WordByte::Letter => {
                    hash = fnv_step(hash, b);
                    through_last_letter = hash;
                    at += 1;
                }
                WordByte::Apostrophe => {
                    hash = fnv_step(hash, b);
                    at += 1;
                }
                WordByte::Separator => break,
                WordByte::NonAscii => match letter_at(self.text, at) {
                    (true, len) => {
                        hash = bytes[at..at + len]
                            .iter()
                            .fold(hash, |h, &b| fnv_step(h, b));
                        through_last_letter = hash;
                        at += len;
                    }
                    (false, _) => break,
                },
            }
        }
        self.at = at;
        Some(through_last_letter)
    }
}

/// Whether the character at byte `at` of `text` is a letter or a digit, and
/// its length in bytes.
fn letter_at(text: &str, at: usize) -> (bool, usize) {
    text[at..]
        .chars()
        .next()
        .map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8()))
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

    /// The definitions, one character at a time, that the byte-level code
    /// must match.
    fn normalize_by_char(text: &str) -> String {
        let mut out = String::new();
        let mut pending_space = false;
        for c in text.chars() {
            if is_space(c) {
                pending_space = !out.is_empty();
                continue;
            }
            if c == '\u{00AD}' {
                continue;
            }
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            match c {
                '“' | '”' | '„' | '‟' | '«' | '»' | '″' | '＂' => out.push('"'),
                '‘' | '’' | '‚' | '‛' | '‹' | '›' | '′' | 'ʼ' | '`' | '´' => {
                    out.push('\'')
                }
                '-' | '–' | '—' | '―' | '‐' | '‑' | '−' | '‒' => {
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

    fn word_hashes_by_char(normalized: &str) -> Vec<u64> {
        normalized
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .map(|w| w.trim_matches('\''))
            .filter(|w| !w.is_empty())
            .map(|w| hash_bytes(w.as_bytes()))
            .collect()
    }

    #[test]
    fn byte_level_code_matches_the_definitions() {
        let mut alphabet: Vec<char> = (0..128u8).map(char::from).collect();
        alphabet
            .extend("\u{00A0}\u{00AD}\u{200B}\u{2028}\u{3000}\u{FEFF}“”‘’`´ʼ—–‐…éÉİßΣ字٣".chars());
        // Spaces, letters, dashes and apostrophes again, to make their runs likely.
        alphabet.extend("          aaaaaaaaAAAA----".chars());
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        for length in 0..3000 {
            let text: String = (0..length % 40)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    alphabet[(state % alphabet.len() as u64) as usize]
                })
                .collect();
            let normalized = normalize(&text);
            assert_eq!(normalized, normalize_by_char(&text), "{text:?}");
            let hashes: Vec<u64> = word_hashes(&normalized).collect();
            assert_eq!(hashes, word_hashes_by_char(&normalized), "{normalized:?}");
            let hashes: Vec<u64> = word_hashes(&text).collect();
            assert_eq!(hashes, word_hashes_by_char(&text), "{text:?}");
            let mut appended = String::from("x-");
            normalize_into(&text, &mut appended);
            assert_eq!(appended, format!("x-{normalized}"), "{text:?}");
        }
        for b in 0..128u8 {
            assert_eq!(is_ascii_space(b), is_space(char::from(b)), "{b}");
        }
    }

    #[test]
    fn words_ignore_punctuation() {
        assert_eq!(word_hashes("\"it's,\" he said - ok...").count(), 4);
        assert!(word_hashes("'quoted'").eq(word_hashes("quoted")));
        assert!(word_hashes("it's'").eq([hash_bytes(b"it's")]));
    }
}
