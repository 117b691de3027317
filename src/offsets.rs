//! Byte offsets → UTF-16 code units, the one conversion used at every boundary.
//!
//! Rust works in byte offsets; JavaScript strings are indexed in UTF-16 code
//! units. Everything that leaves the crate as JSON or crosses into JS is
//! converted here, once, so that `text.slice(start, end)` in JS returns exactly
//! the spanned text, for emoji (two code units), CJK (one code unit, three
//! bytes) and combining marks alike.

/// Bytes per checkpoint: a lookup scans at most this many bytes.
const BLOCK: usize = 64;

/// Converts byte offsets of one text into UTF-16 code-unit offsets.
///
/// Built in one pass over the text (`O(n)` time, `n / 64` words of memory);
/// each [`Utf16Offsets::to_utf16`] call then costs at most 64 byte reads.
#[derive(Debug, Clone)]
pub struct Utf16Offsets<'t> {
    text: &'t str,
    /// `checkpoints[i]` = UTF-16 length of `text[..i * BLOCK]` (counted per
    /// byte, see [`units`], so the cut may fall inside a character).
    checkpoints: Vec<usize>,
    /// The text is pure ASCII: byte and UTF-16 offsets are equal.
    identity: bool,
}

/// UTF-16 code units contributed by one byte of UTF-8: a leading byte counts
/// one unit, a 4-byte leading byte (an astral character, a surrogate pair) two,
/// continuation bytes none.
#[inline]
fn units(byte: u8) -> usize {
    match byte {
        0x80..=0xBF => 0,
        0xF0..=0xFF => 2,
        _ => 1,
    }
}

impl<'t> Utf16Offsets<'t> {
    /// Prepares conversions for `text`.
    pub fn new(text: &'t str) -> Utf16Offsets<'t> {
        let identity = text.is_ascii();
        let mut checkpoints = Vec::new();
        if !identity {
            checkpoints.reserve(text.len() / BLOCK + 1);
            let mut total = 0;
            for block in text.as_bytes().chunks(BLOCK) {
                checkpoints.push(total);
                total += block.iter().map(|&b| units(b)).sum::<usize>();
            }
            checkpoints.push(total);
        }
        Utf16Offsets {
            text,
            checkpoints,
            identity,
        }
    }

    /// The UTF-16 offset of byte offset `byte`, which must be a `char` boundary
    /// of the text (checked in debug builds) and at most its length.
    #[inline]
    pub fn to_utf16(&self, byte: usize) -> usize {
        debug_assert!(
            self.text.is_char_boundary(byte),
            "offset {byte} is not a char boundary"
        );
        if self.identity {
            return byte;
        }
        let block = byte / BLOCK;
        let from = block * BLOCK;
        self.checkpoints[block]
            + self.text.as_bytes()[from..byte]
                .iter()
                .map(|&b| units(b))
                .sum::<usize>()
    }

    /// UTF-16 length of the whole text.
    pub fn len_utf16(&self) -> usize {
        self.to_utf16(self.text.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reference: count code units of the prefix directly.
    fn reference(text: &str, byte: usize) -> usize {
        text[..byte].encode_utf16().count()
    }

    fn check_all_boundaries(text: &str) {
        let map = Utf16Offsets::new(text);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(
                map.to_utf16(i),
                reference(text, i),
                "at byte {i} of {text:?}"
            );
        }
    }

    #[test]
    fn ascii_is_identity() {
        check_all_boundaries("Trump said, \"We will.\"\r\n");
    }

    #[test]
    fn emoji_cjk_combining_and_crlf() {
        check_all_boundaries("😀 “Hi,” 習近平 said. e\u{301}te\r\n👍🏽 Zelenskyy’s 🇺🇦\r\nend");
    }

    #[test]
    fn long_text_crosses_many_blocks() {
        let text = "日本語の文章と emoji 🎉 and ASCII. ".repeat(200);
        check_all_boundaries(&text);
    }

    #[test]
    fn empty_text() {
        let map = Utf16Offsets::new("");
        assert_eq!(map.to_utf16(0), 0);
        assert_eq!(map.len_utf16(), 0);
    }
}
