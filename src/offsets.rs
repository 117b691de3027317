//! Byte offsets → UTF-16 code units, the one conversion used at every boundary.
//!
//! Rust works in byte offsets; JavaScript strings are indexed in UTF-16 code
//! units. Everything that leaves the crate as JSON or crosses into JS is
//! converted here, once, so that `text.slice(start, end)` in JS returns exactly
//! the spanned text, for emoji (two code units), CJK (one code unit, three
//! bytes) and combining marks alike.

use crate::span::Span;

/// Bytes per checkpoint: a lookup scans at most this many bytes.
const BLOCK: usize = 64;

/// Converts byte offsets of one text into UTF-16 code-unit offsets.
///
/// Built in one pass over the text (`O(n)` time, `n / 64` words of memory);
/// each [`Utf16Offsets::to_utf16`] call then reads at most 64 bytes, eight
/// at a time.
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

/// The [`units`] of all of `bytes`, eight bytes at a time (prose is mostly
/// ASCII, and a byte at a time cost more than the rest of the report).
fn units_in(bytes: &[u8]) -> usize {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH_BITS: u64 = ONES * 0x80;
    // How many bytes have their high bit set in `flags` (no other bit set).
    let count = |flags: u64| ((flags >> 7).wrapping_mul(ONES) >> 56) as usize;
    let mut chunks = bytes.chunks_exact(8);
    let mut total = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        if word & HIGH_BITS == 0 {
            total += 8;
            continue;
        }
        // Bit 7 of each byte, and-ed with bits 6, 5 and 4 shifted up to it.
        let continuation = word & !(word << 1) & HIGH_BITS; // 0b10xx_xxxx
        let four_byte_lead = word & (word << 1) & (word << 2) & (word << 3) & HIGH_BITS; // 0b1111_xxxx
        total += 8 - count(continuation) + count(four_byte_lead);
    }
    total + chunks.remainder().iter().map(|&b| units(b)).sum::<usize>()
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
                total += units_in(block);
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
        self.checkpoints[block] + units_in(&self.text.as_bytes()[block * BLOCK..byte])
    }

    /// The UTF-16 offsets of the ends of `span`, whose ends must be `char`
    /// boundaries of the text. The end of a short span is counted on from its
    /// start, not looked up again.
    #[inline]
    pub fn span_to_utf16(&self, span: Span) -> (usize, usize) {
        debug_assert!(
            self.text.is_char_boundary(span.end),
            "offset {} is not a char boundary",
            span.end
        );
        if self.identity {
            return (span.start, span.end);
        }
        let start = self.to_utf16(span.start);
        let end = if span.len() < BLOCK {
            start + units_in(&self.text.as_bytes()[span.range()])
        } else {
            self.to_utf16(span.end)
        };
        (start, end)
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
        let boundaries: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for &i in &boundaries {
            assert_eq!(
                map.to_utf16(i),
                reference(text, i),
                "at byte {i} of {text:?}"
            );
        }
        for (k, &start) in boundaries.iter().enumerate() {
            for &end in boundaries[k..].iter().take(80) {
                assert_eq!(
                    map.span_to_utf16(Span::new(start, end)),
                    (reference(text, start), reference(text, end)),
                    "at {start}..{end} of {text:?}"
                );
            }
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
