//! The one HTML escaper: every piece of text the renderer writes goes through
//! [`escape_html`].

use std::fmt;

/// Writes `text` to `out` with `&`, `<`, `>`, `"` and `'` escaped, safe both as
/// element content and inside a double- or single-quoted attribute value.
///
/// ```
/// let mut out = String::new();
/// article_lens::escape::escape_html(&mut out, "<img src=x onerror=\"alert('1')\">").unwrap();
/// assert_eq!(out, "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;");
/// ```
pub fn escape_html<W: fmt::Write>(out: &mut W, text: &str) -> fmt::Result {
    let mut last = 0;
    for (i, byte) in text.bytes().enumerate() {
        let replacement = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.write_str(&text[last..i])?;
        out.write_str(replacement)?;
        last = i + 1;
    }
    out.write_str(&text[last..])
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
    fn markup_is_escaped() {
        assert_eq!(
            escaped("</textarea><script>alert(1)</script>&amp;"),
            "&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;"
        );
    }
}
