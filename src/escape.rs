//! The one HTML escaper: every piece of the input the renderer writes (text,
//! names, cues) goes through [`escape_html`].

use std::fmt;

/// Writes `text` to `out` with `&`, `<`, `>`, `"` and `'` escaped, safe both as
/// element content and inside a double- or single-quoted attribute value.
///
/// ```
/// let mut out = String::new();
/// article_lens::escape::escape_html(&mut out, "<img src=x onerror=\"alert('1')\">").unwrap();
/// assert_eq!(out, "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;");
/// ```
#[inline]
pub fn escape_html<W: fmt::Write>(out: &mut W, text: &str) -> fmt::Result {
    match find_special(text.as_bytes()) {
        // Most runs of text hold nothing to escape.
        None => out.write_str(text),
        Some(first) => escape_from(out, text, first),
    }
}

/// [`escape_html`] for a `text` whose first special byte is at `first`.
fn escape_from<W: fmt::Write>(out: &mut W, text: &str, first: usize) -> fmt::Result {
    let bytes = text.as_bytes();
    let mut last = 0;
    let mut special = Some(first);
    while let Some(i) = special {
        let replacement = match bytes[i] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        };
        out.write_str(&text[last..i])?;
        out.write_str(replacement)?;
        last = i + 1;
        special = find_special(&bytes[last..]).map(|found| last + found);
    }
    out.write_str(&text[last..])
}

/// The offset of the first byte of `bytes` that [`escape_html`] replaces.
///
/// Eight bytes at a time: text seldom holds one, and every byte of a page
/// passes here, in many short runs (inlined: a call costs as much as a run).
#[inline(always)]
fn find_special(bytes: &[u8]) -> Option<usize> {
    let first_in = |word: [u8; 8]| {
        let found = special_bytes(u64::from_le_bytes(word));
        (found != 0).then(|| found.trailing_zeros() as usize / 8)
    };
    let Some(&last_word) = bytes.last_chunk::<8>() else {
        // Fewer than eight bytes, zero-padded: a zero is not special.
        let mut word = [0; 8];
        word[..bytes.len()].copy_from_slice(bytes);
        return first_in(word);
    };
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        if let Some(found) = first_in(chunk.try_into().expect("8 bytes")) {
            return Some(at + found);
        }
        at += 8;
    }
    // The last bytes: the last eight, overlapping some found plain.
    let last = bytes.len() - 8;
    if chunks.remainder().is_empty() {
        None
    } else {
        first_in(last_word).map(|found| last + found)
    }
}

/// Flags the special bytes of `word` (eight bytes, the first lowest) in
/// their high bit. The lowest flag is exact; flags above it may be false.
fn special_bytes(word: u64) -> u64 {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    // The classic zero-byte test: the lowest flag is the first zero byte.
    let zero_bytes = |x: u64| x.wrapping_sub(ONES) & !x & (ONES * 0x80);
    // `"` alone; `&` and `'` differ only in bit 0, `<` and `>` in bit 1.
    zero_bytes(word ^ (ONES * u64::from(b'"')))
        | zero_bytes((word | ONES) ^ (ONES * u64::from(b'\'')))
        | zero_bytes((word | (ONES * 2)) ^ (ONES * u64::from(b'>')))
}

#[cfg(test)]
mod tests {
    use super::escape_html;

    fn escaped(text: &str) -> String {
        let mut out = String::new();
        escape_html(&mut out, text).unwrap();
        out
    }

    #[test]
    fn plain_text_is_unchanged() {
        assert_eq!(escaped("Zelenskyy’s “peace” 😀"), "Zelenskyy’s “peace” 😀");
    }

    #[test]
    fn every_special_byte_at_every_offset() {
        for len in 0..20 {
            for at in 0..len {
                for special in ["&", "<", ">", "\"", "'"] {
                    for filler in ["a", "%", "=", "?", ";", "(", "\u{e9}"] {
                        let mut text = filler.repeat(len);
                        let start = text.char_indices().nth(at).map_or(text.len(), |(i, _)| i);
                        text.insert_str(start, special);
                        let reference = text
                            .replace('&', "&amp;")
                            .replace('<', "&lt;")
                            .replace('>', "&gt;")
                            .replace('"', "&quot;")
                            .replace('\'', "&#39;");
                        assert_eq!(escaped(&text), reference, "{text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn markup_is_escaped() {
        assert_eq!(
            escaped("</textarea><script>alert(1)</script>&amp;"),
            "&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;"
        );
    }
}
