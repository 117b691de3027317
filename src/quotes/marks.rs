//! Pairing quote marks into quotations.
//!
//! Marks pair by family (“ ” " „ pair with each other, ‘ ’ ' ‚ with each other,
//! « » with each other …), not by order of appearance, so scraped text that
//! opens with a straight `"` and closes with a curly `”` still pairs. Straight
//! and curly marks are told apart from apostrophes by what flanks them.
//! Inner quotations belong to the outer one; a paragraph left open and the
//! next one reopened is one AP-style quotation; an unclosed mark is dropped
//! at the end of its paragraph, so a stray mark never swallows the text.

use crate::document::{is_space, Document};
use crate::span::Span;

/// Nesting deeper than this is not news prose; further openers are ignored so
/// that a text of nothing but opening marks stays linear.
const MAX_DEPTH: usize = 6;

/// Families of marks that pair with each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// “ ” " „ ‟
    Double,
    /// ‘ ’ ' ‚ ‛
    Single,
    /// « »
    Guillemet,
    /// ‹ ›
    SingleGuillemet,
    /// 「 」
    Corner,
    /// 『 』
    WhiteCorner,
}

/// Which way a mark leans before its context is looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lean {
    /// Only ever opens („ « ‹ 「 『).
    Open,
    /// Only ever closes (» › 」 』).
    Close,
    /// Usually opens (“ ‘), may be a mistyped closer.
    OpenUsually,
    /// Usually closes (” ’), may be a mistyped opener or an apostrophe.
    CloseUsually,
    /// Straight marks (" '): the context decides.
    Either,
}

fn classify(c: char) -> Option<(Family, Lean)> {
    Some(match c {
        '“' => (Family::Double, Lean::OpenUsually),
        '”' => (Family::Double, Lean::CloseUsually),
        '"' => (Family::Double, Lean::Either),
        '„' | '‟' => (Family::Double, Lean::Open),
        '‘' => (Family::Single, Lean::OpenUsually),
        '’' => (Family::Single, Lean::CloseUsually),
        '\'' => (Family::Single, Lean::Either),
        '‚' | '‛' => (Family::Single, Lean::Open),
        '«' => (Family::Guillemet, Lean::Open),
        '»' => (Family::Guillemet, Lean::Close),
        '‹' => (Family::SingleGuillemet, Lean::Open),
        '›' => (Family::SingleGuillemet, Lean::Close),
        '「' => (Family::Corner, Lean::Open),
        '」' => (Family::Corner, Lean::Close),
        '『' => (Family::WhiteCorner, Lean::Open),
        '』' => (Family::WhiteCorner, Lean::Close),
        _ => return None,
    })
}

/// The mark starting at byte `i` of `body`: its family, lean and width in
/// bytes. A doubled single mark (`''`, `‘‘`, `’’`) and a doubled backtick
/// (` `` `) are double quotation marks, as in some wire and newspaper copy.
fn mark_at(body: &str, i: usize) -> Option<(Family, Lean, usize)> {
    let mut chars = body[i..].chars();
    let c = chars.next()?;
    let next = chars.next();
    if next == Some(c) && matches!(c, '\'' | '‘' | '’' | '`') {
        let lean = match c {
            '\'' => Lean::Either,
            '’' => Lean::CloseUsually,
            _ => Lean::OpenUsually,
        };
        return Some((Family::Double, lean, 2 * c.len_utf8()));
    }
    let (family, lean) = classify(c)?;
    Some((family, lean, c.len_utf8()))
}

/// Whether `c` is any quote mark this module pairs.
pub(crate) fn is_quote_mark(c: char) -> bool {
    classify(c).is_some()
}

/// A paired quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pair {
    /// From the opening mark to the end of the closing mark.
    pub span: Span,
    /// Between the marks.
    pub content: Span,
}

#[derive(Debug)]
struct Open {
    family: Family,
    /// Byte offset of the opening mark.
    start: usize,
    /// Byte offset just after it.
    content_start: usize,
    /// Completed quotations directly inside this one: they belong to it if it
    /// closes, and are promoted if it is dropped.
    inner: Vec<Pair>,
}

/// Characters before which a mark may close: white space, the end, or
/// punctuation that follows a quotation.
fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            is_space(c)
                || matches!(
                    c,
                    '.' | ',' | ';' | ':' | '!' | '?' | '…' | ')' | ']' | '}' | '—' | '–' | '-'
                )
                || classify(c).is_some_and(|(_, lean)| lean != Lean::Open)
        }
    }
}

/// Characters after which a mark may open: white space, the start, or
/// punctuation that precedes a quotation.
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            is_space(c)
                || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':')
                || classify(c).is_some_and(|(_, lean)| lean != Lean::Close)
        }
    }
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

fn is_apostrophe_char(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘')
}

/// Elisions written with a leading apostrophe (’em, ’til …).
const ELISIONS: &[&str] = &["em", "til", "cause", "bout", "tis", "twas", "n"];

/// Whether the single-family mark at byte `at` of `para` is an apostrophe
/// rather than a quote mark: it’s, O’Rourke, ’90s, rock ’n’ roll, ’em.
fn is_apostrophe(para: &str, at: usize, prev: Option<char>, next: Option<char>) -> bool {
    if is_word_char(prev) && is_word_char(next) {
        return true;
    }
    let rest = &para[at..];
    let after = rest.chars().next().map_or(1, char::len_utf8);
    let tail = &rest[after..];
    // ’90s, ’08.
    if next.is_some_and(|c| c.is_ascii_digit()) {
        return true;
    }
    // ’em, ’til, ’n’ (rock ’n’ roll): a known elision after white space.
    if opens_after(prev) {
        let word: String = tail
            .chars()
            .take_while(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        let end = tail
            .char_indices()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(tail.len(), |(i, _)| i);
        let after_word = tail[end..].chars().next();
        if ELISIONS.contains(&word.as_str())
            && (word != "n" || after_word.is_some_and(is_apostrophe_char))
            && (after_word.map_or(true, |c| is_space(c) || is_apostrophe_char(c)))
        {
            return true;
        }
    }
    // The closing mark of ’n’.
    if prev == Some('n') {
        let before = &para[..at];
        let mut back = before.chars().rev();
        back.next();
        if back.next().is_some_and(is_apostrophe_char) && back.next().map_or(true, is_space) {
            return true;
        }
    }
    false
}

/// What a mark does at its place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    Open,
    Close,
    Ignore,
}

fn decide(
    family: Family,
    lean: Lean,
    prev: Option<char>,
    next: Option<char>,
    open_here: bool,
) -> Action {
    let left = opens_after(prev) && next.is_some_and(|c| !is_space(c));
    let right = prev.is_some_and(|c| !is_space(c)) && closes_before(next);
    match lean {
        Lean::Open => Action::Open,
        Lean::Close => {
            if open_here {
                Action::Close
            } else {
                Action::Ignore
            }
        }
        Lean::OpenUsually => {
            if right && !left && open_here {
                Action::Close
            } else if family == Family::Single && !left {
                Action::Ignore
            } else {
                Action::Open
            }
        }
        Lean::CloseUsually => {
            if open_here && (right || !left) {
                Action::Close
            } else if left && !right && family == Family::Double {
                // ”Hello — a mistyped opener.
                Action::Open
            } else {
                Action::Ignore
            }
        }
        Lean::Either => {
            if left && !right {
                Action::Open
            } else if right && !left {
                if open_here {
                    Action::Close
                } else {
                    Action::Ignore
                }
            } else if open_here {
                Action::Close
            } else if family == Family::Double && next.is_some() {
                Action::Open
            } else {
                Action::Ignore
            }
        }
    }
}

/// Paragraph endings after which an open quotation may continue in the next
/// paragraph (AP style): the paragraph ends a sentence.
fn ends_sentence(paragraph: &str) -> bool {
    paragraph
        .trim_end_matches(is_space)
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '…' | ':' | ',' | ';' | '—' | '-'))
}

/// The first quote mark that opens `paragraph`, if it opens with one of
/// `family`, as (byte offset, length).
fn reopens(paragraph: &str, family: Family) -> Option<usize> {
    let (f, lean, width) = mark_at(paragraph, 0)?;
    (f == family && lean != Lean::Close && lean != Lean::CloseUsually).then_some(width)
}

/// Whether byte `b` can start a quote mark: an ASCII mark, or the lead byte
/// of « » (C2), “ ” ‘ ’ „ ‹ › (E2) or 「 」 『 』 (E3).
#[inline]
fn is_candidate(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b'`' | 0xC2 | 0xE2 | 0xE3)
}

/// The first byte at or after `i` that can start a mark (`bytes.len()` if
/// none). Eight bytes at a time: plain ASCII prose without marks is skipped
/// a word at a time.
fn next_candidate(bytes: &[u8], mut i: usize) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    // Nonzero when some byte of `x` equals `b`.
    let has = |x: u64, b: u8| {
        let y = x ^ (LO * u64::from(b));
        y.wrapping_sub(LO) & !y & HI
    };
    loop {
        while let Some(chunk) = bytes.get(i..i + 8) {
            let Ok(chunk) = <[u8; 8]>::try_from(chunk) else {
                break;
            };
            let x = u64::from_le_bytes(chunk);
            if x & HI != 0 || has(x, b'"') != 0 || has(x, b'\'') != 0 || has(x, b'`') != 0 {
                break;
            }
            i += 8;
        }
        let end = (i + 8).min(bytes.len());
        while i < end {
            if is_candidate(bytes[i]) {
                return i;
            }
            i += 1;
        }
        if i >= bytes.len() {
            return bytes.len();
        }
    }
}

/// Pairs the quote marks of `doc` into top-level quotations, in text order.
pub(crate) fn pair(doc: &Document<'_>) -> Vec<Pair> {
    let text = doc.text;
    let mut out: Vec<Pair> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let paragraphs = &doc.paragraphs;
    let mut p = 0;
    while p < paragraphs.len() {
        let para = paragraphs[p];
        let body = para.text(text);
        // Continuing an AP-style quotation: the reopening mark is not a new quote.
        let skip_to = stack
            .first()
            .and_then(|bottom| reopens(body, bottom.family))
            .unwrap_or(0);
        // Only bytes that can start a mark are looked at: ASCII marks and
        // the lead bytes of « » (C2), “ ” ‘ ’ „ ‹ › (E2) and 「 」 (E3).
        let bytes = body.as_bytes();
        let mut i = skip_to;
        loop {
            i = next_candidate(bytes, i);
            if i >= bytes.len() {
                break;
            }
            let Some((family, lean, width)) = mark_at(body, i) else {
                i += 1;
                continue;
            };
            let here_prev = body[..i].chars().next_back();
            let next = body[i + width..].chars().next();
            let mark = i;
            i += width;
            if family == Family::Single && is_apostrophe(body, mark, here_prev, next) {
                continue;
            }
            let open_here = stack.iter().any(|o| o.family == family);
            let at = para.start + mark;
            match decide(family, lean, here_prev, next, open_here) {
                Action::Open => {
                    if stack.len() < MAX_DEPTH {
                        stack.push(Open {
                            family,
                            start: at,
                            content_start: at + width,
                            inner: Vec::new(),
                        });
                    }
                }
                Action::Close => {
                    let Some(k) = stack.iter().rposition(|o| o.family == family) else {
                        continue;
                    };
                    // Marks opened inside and never closed belong to this quotation.
                    stack.truncate(k + 1);
                    let Some(open) = stack.pop() else { continue };
                    let pair = Pair {
                        span: Span::new(open.start, at + width),
                        content: Span::new(open.content_start, at),
                    };
                    match stack.last_mut() {
                        Some(outer) => outer.inner.push(pair),
                        None => out.push(pair),
                    }
                }
                Action::Ignore => {}
            }
        }
        // Paragraph end: single marks never run on; a double quotation
        // continues when the paragraph ends a sentence and the next reopens.
        while stack.last().is_some_and(|o| {
            matches!(
                o.family,
                Family::Single | Family::SingleGuillemet | Family::Corner | Family::WhiteCorner
            )
        }) || stack.len() > 1
        {
            drop_top(&mut stack, &mut out);
        }
        let continues = stack.first().is_some_and(|bottom| {
            ends_sentence(body)
                && paragraphs
                    .get(p + 1)
                    .is_some_and(|next| reopens(next.text(text), bottom.family).is_some())
        });
        if !continues {
            while !stack.is_empty() {
                drop_top(&mut stack, &mut out);
            }
        }
        p += 1;
    }
    while !stack.is_empty() {
        drop_top(&mut stack, &mut out);
    }
    out.sort_by_key(|q| q.span.start);
    out
}

/// Drops the innermost open quotation: it never closed, so the quotations
/// completed inside it stand on their own.
fn drop_top(stack: &mut Vec<Open>, out: &mut Vec<Pair>) {
    if let Some(open) = stack.pop() {
        match stack.last_mut() {
            Some(outer) => outer.inner.extend(open.inner),
            None => out.extend(open.inner),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        pair(&doc).iter().map(|p| p.span.text(text)).collect()
    }

    #[test]
    fn nested_double_does_not_end_outer() {
        assert_eq!(
            pairs("“Russia wants TRADE when this catastrophic “bloodbath” is over, and I agree,” he said."),
            ["“Russia wants TRADE when this catastrophic “bloodbath” is over, and I agree,”"]
        );
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(
            pairs("It’s the ’90s, rock ’n’ roll, O’Rourke and the players’ union, “he said ’em.”"),
            ["“he said ’em.”"]
        );
    }

    #[test]
    fn ap_continuation_and_stray_recovery() {
        assert_eq!(
            pairs(
                "“One paragraph.\n\n“Two paragraphs,” he said.\n\nA “stray mark.\n\nThen “fine.”"
            ),
            ["“One paragraph.\n\n“Two paragraphs,”", "“fine.”"]
        );
    }
}
