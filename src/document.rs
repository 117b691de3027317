//! The document model: paragraphs, sentences and word tokens with byte spans.
//!
//! Built once per text by [`Document::new`] and shared by every detector.
//! Building never fails: any `&str` gives a document (possibly empty).

use crate::span::Span;
use std::ops::Range;

/// A text split into paragraphs, sentences and tokens. All spans are byte
/// offsets into [`Document::text`].
#[derive(Debug, Clone)]
pub struct Document<'t> {
    /// The original text.
    pub text: &'t str,
    /// Paragraphs in text order, trimmed of surrounding white space, never empty.
    pub paragraphs: Vec<Span>,
    /// Sentences in text order; each lies inside one paragraph.
    pub sentences: Vec<Sentence>,
    /// Tokens in text order; white space is not a token.
    pub tokens: Vec<Token>,
}

/// One sentence of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte span, trimmed of surrounding white space.
    pub span: Span,
    /// Index into [`Document::paragraphs`].
    pub paragraph: usize,
    /// Indexes into [`Document::tokens`] of the tokens inside this sentence.
    pub tokens: Range<usize>,
}

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (and digits or inner apostrophes, as in `it’s`, `O’Rourke`,
    /// `100mm`); dotted abbreviations such as `U.S.` keep their dots.
    Word,
    /// Digits with inner separators: `2025`, `1,000`, `3.5`.
    Number,
    /// The clitic `’s` / `'s` split off a word (`Trump’s` → `Trump` + `’s`).
    Possessive,
    /// Any other single character: punctuation, quote marks, symbols.
    Punct,
}

/// A token: a word, number, possessive clitic or punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte span of the token.
    pub span: Span,
    /// What it is made of.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.text(text)
    }

    /// Whether the token starts with an uppercase letter.
    #[inline]
    pub fn is_capitalized(&self, text: &str) -> bool {
        self.text(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }
}

/// White space as the document sees it: Unicode white space plus the
/// zero-width characters that scraped text carries.
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        )
}

/// Characters that continue a word: letters, digits and combining marks.
#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}')
}

/// Apostrophes that may sit inside a word.
#[inline]
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

impl<'t> Document<'t> {
    /// Splits `text` into paragraphs, sentences and tokens.
    pub fn new(text: &'t str) -> Document<'t> {
        let paragraphs = split_paragraphs(text);
        let mut sentences = Vec::new();
        let mut tokens = Vec::new();
        for (index, &paragraph) in paragraphs.iter().enumerate() {
            for span in split_sentences(text, paragraph) {
                let first = tokens.len();
                tokenize(text, span, &mut tokens);
                sentences.push(Sentence {
                    span,
                    paragraph: index,
                    tokens: first..tokens.len(),
                });
            }
        }
        Document {
            text,
            paragraphs,
            sentences,
            tokens,
        }
    }

    /// Number of word and number tokens.
    pub fn word_count(&self) -> usize {
        self.tokens
            .iter()
            .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
            .count()
    }

    /// Index of the paragraph containing byte `offset`, if any.
    pub fn paragraph_at(&self, offset: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.end <= offset);
        (i < self.paragraphs.len() && self.paragraphs[i].start <= offset).then_some(i)
    }

    /// Index of the sentence containing byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        (i < self.sentences.len() && self.sentences[i].span.start <= offset).then_some(i)
    }

    /// Index of the first token that ends after byte `offset`.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end <= offset)
    }
}

/// Lines of the text without their terminators (`\n`, `\r\n` or `\r`).
fn lines(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                out.push(Span::new(start, i));
                i += 1;
                start = i;
            }
            b'\r' => {
                out.push(Span::new(start, i));
                i += if bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                start = i;
            }
            _ => i += 1,
        }
    }
    out.push(Span::new(start, bytes.len()));
    out
}

/// `span` without leading and trailing white space (possibly empty).
pub fn trim(text: &str, span: Span) -> Span {
    let s = span.text(text);
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let trimmed = s.trim_matches(is_space);
    if trimmed.is_empty() {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + lead, span.start + lead + trimmed.len())
}

/// Hard-wrapped prose: lines of similar width, none very long. A block of such
/// lines is one paragraph; otherwise each line is a paragraph (scraped text
/// puts one paragraph per line).
const WRAP_MAX_CHARS: usize = 100;
/// A wrapped line other than the last is at least this many characters.
const WRAP_MIN_CHARS: usize = 30;

fn is_wrapped_block(text: &str, block: &[Span]) -> bool {
    if block.len() < 2 {
        return false;
    }
    let widths: Vec<usize> = block.iter().map(|l| l.text(text).chars().count()).collect();
    let max = widths.iter().copied().max().unwrap_or(0);
    // Wrapping breaks lines mid-sentence; a column of short complete lines
    // (captions, list items) ends nearly every line with a full stop.
    let inner = &block[..block.len() - 1];
    let complete = inner
        .iter()
        .filter(|l| {
            l.text(text)
                .trim_end_matches(is_space)
                .ends_with(['.', '!', '?', '”', '"', ')', ':', ';', '’'])
        })
        .count();
    max <= WRAP_MAX_CHARS
        && complete * 2 <= inner.len()
        && widths[..widths.len() - 1]
            .iter()
            .all(|&w| w >= WRAP_MIN_CHARS && w * 5 >= max * 3)
}

fn split_paragraphs(text: &str) -> Vec<Span> {
    let mut paragraphs = Vec::new();
    let mut block: Vec<Span> = Vec::new();
    let flush = |block: &mut Vec<Span>, paragraphs: &mut Vec<Span>| {
        if block.is_empty() {
            return;
        }
        if is_wrapped_block(text, block) {
            let whole = Span::new(block[0].start, block[block.len() - 1].end);
            paragraphs.push(trim(text, whole));
        } else {
            paragraphs.extend(block.iter().map(|&l| trim(text, l)));
        }
        block.clear();
    };
    for line in lines(text) {
        if trim(text, line).is_empty() {
            flush(&mut block, &mut paragraphs);
        } else {
            block.push(line);
        }
    }
    flush(&mut block, &mut paragraphs);
    paragraphs
}

/// Abbreviations after which a period does not end a sentence (compared
/// case-sensitively, without the period).
const NO_BREAK_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj",
    "Adm", "Cmdr", "Rev", "St", "Ste", "Mt", "Ft", "Jr", "Sr", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "Vol", "vs", "Pres", "Supt",
    "Atty", "Rt", "Hon", "Fr", "Msgr", "Calif", "Fla", "Mass", "Penn", "Ariz", "Ill", "Mich",
    "Wash", "Tenn", "Conn", "Colo", "Minn", "Wis", "Okla", "Ore", "Ky", "La", "Md", "Va", "Ga",
    "Ala", "Ark", "Del", "Kan", "Neb", "Nev", "Miss", "Mo", "Mont", "Wyo", "Vt", "approx", "e.g",
    "i.e", "etc",
];

fn is_closing_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '”' | '’' | '\'' | '»' | '›' | ')' | ']' | '」' | '』'
    )
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_numeric()
        || matches!(
            c,
            '"' | '“' | '‘' | '\'' | '«' | '„' | '(' | '[' | '—' | '–' | '¿' | '¡'
        )
        || (!c.is_ascii() && c.is_alphabetic() && !c.is_lowercase())
}

/// Whether the word ending right before a period at byte `dot` forbids a break.
fn blocks_break(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word_start = before
        .rfind(|c: char| !(is_word_char(c) || c == '.'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // A single letter is an initial (Michelle L. Price); dotted uppercase
    // abbreviations (U.S., K.M.) mostly continue the sentence in news copy.
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    if word.chars().count() == 1 && first.is_uppercase() {
        return true;
    }
    if word.contains('.') && first.is_uppercase() {
        return true;
    }
    NO_BREAK_ABBREVIATIONS.contains(&word)
}

/// Sentence spans of one paragraph.
fn split_sentences(text: &str, paragraph: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = paragraph.start;
    let body = paragraph.text(text);
    let mut iter = body.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        let abs = paragraph.start + i;
        if c == '.' && blocks_break(text, abs) {
            continue;
        }
        // Swallow repeated terminators and closing quotes/brackets.
        let mut end = abs + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if matches!(d, '.' | '!' | '?' | '…') || is_closing_mark(d) {
                end = paragraph.start + j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        // Need white space, then something that can start a sentence.
        let rest = &text[end..paragraph.end];
        let after_space = rest.trim_start_matches(is_space);
        if after_space.len() == rest.len() || after_space.is_empty() {
            continue;
        }
        if after_space.chars().next().is_some_and(starts_sentence) {
            let span = trim(text, Span::new(start, end));
            if !span.is_empty() {
                out.push(span);
            }
            start = end;
        }
    }
    let last = trim(text, Span::new(start, paragraph.end));
    if !last.is_empty() {
        out.push(last);
    }
    out
}

/// Appends the tokens of `span` to `out`.
fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let s = span.text(text);
    let base = span.start;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let offset = |k: usize| chars.get(k).map_or(s.len(), |&(i, _)| i);
    // ’s closing a word at k: the possessive clitic, a token of its own.
    let is_clitic = |k: usize| {
        at(k).is_some_and(is_apostrophe)
            && matches!(at(k + 1), Some('s' | 'S'))
            && !at(k + 2).is_some_and(is_word_char)
    };
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k].1;
        if is_space(c) {
            k += 1;
            continue;
        }
        let start = k;
        if is_word_char(c) {
            // Dotted abbreviation: single letters each followed by a period (U.S., K.M.).
            let mut j = k;
            while at(j).is_some_and(char::is_alphabetic) && at(j + 1) == Some('.') {
                j += 2;
            }
            if j >= k + 4 {
                out.push(Token {
                    span: Span::new(base + offset(k), base + offset(j)),
                    kind: TokenKind::Word,
                });
                k = j;
                continue;
            }
            let numeric = c.is_numeric();
            k += 1;
            loop {
                match at(k) {
                    Some(d) if is_word_char(d) => k += 1,
                    // 1,000 and 3.5: a separator between digits.
                    Some(',' | '.')
                        if numeric
                            && at(k - 1).is_some_and(|p| p.is_ascii_digit())
                            && at(k + 1).is_some_and(|n| n.is_ascii_digit()) =>
                    {
                        k += 2
                    }
                    // it’s, O’Rourke: an apostrophe between letters, unless it
                    // starts the possessive clitic (’s at the end of a word).
                    Some(a)
                        if is_apostrophe(a)
                            && at(k + 1).is_some_and(is_word_char)
                            && !is_clitic(k) =>
                    {
                        k += 2
                    }
                    _ => break,
                }
            }
            let all_digits = chars[start..k].iter().all(|&(_, d)| !d.is_alphabetic());
            out.push(Token {
                span: Span::new(base + offset(start), base + offset(k)),
                kind: if all_digits {
                    TokenKind::Number
                } else {
                    TokenKind::Word
                },
            });
            continue;
        }
        if is_clitic(k) && k > 0 && is_word_char(chars[k - 1].1) {
            out.push(Token {
                span: Span::new(base + offset(k), base + offset(k + 2)),
                kind: TokenKind::Possessive,
            });
            k += 2;
            continue;
        }
        out.push(Token {
            span: Span::new(base + offset(k), base + offset(k + 1)),
            kind: TokenKind::Punct,
        });
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(text: &str) -> Vec<&str> {
        Document::new(text)
            .paragraphs
            .iter()
            .map(|p| p.text(text))
            .collect()
    }

    fn sentences(text: &str) -> Vec<&str> {
        Document::new(text)
            .sentences
            .iter()
            .map(|s| s.span.text(text))
            .collect()
    }

    fn tokens(text: &str) -> Vec<&str> {
        Document::new(text)
            .tokens
            .iter()
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn blank_line_layout() {
        assert_eq!(
            paragraphs("One.\n\nTwo.\r\n\r\n  Three.  \n"),
            ["One.", "Two.", "Three."]
        );
    }

    #[test]
    fn single_newline_layout() {
        let text = "Click to Gallery\nA very long caption line that goes on and on well past one hundred characters so it is not wrapped prose at all.\nNext.";
        assert_eq!(paragraphs(text).len(), 3);
    }

    #[test]
    fn hard_wrapped_block_is_one_paragraph() {
        let text = "This paragraph was wrapped by an editor at a\nfixed width of about sixty characters, so it\ncontinues here.\n\nNext paragraph.";
        assert_eq!(paragraphs(text).len(), 2);
    }

    #[test]
    fn column_of_short_complete_lines_is_not_wrapped() {
        let text = "A man walks along the river in the city, Monday. (Photo/Jane Roe)\nChildren play in a park near the old market, Sunday. (Photo/Jane Roe)\nA vendor sells bread at dawn in the square, Sunday. (Photo/Jo Poe)";
        assert_eq!(paragraphs(text).len(), 3);
    }

    #[test]
    fn empty_and_blank_texts() {
        assert!(paragraphs("").is_empty());
        assert!(paragraphs(" \n\u{00A0}\r\n\u{200B}").is_empty());
    }

    #[test]
    fn sentences_respect_abbreviations_and_initials() {
        assert_eq!(
            sentences(
                "Gov. Gavin Newsom met U.S. officials. Michelle L. Price wrote. “Go!” he said."
            ),
            [
                "Gov. Gavin Newsom met U.S. officials.",
                "Michelle L. Price wrote.",
                "“Go!” he said."
            ]
        );
    }

    #[test]
    fn sentence_ends_after_closing_quote() {
        assert_eq!(
            sentences("He said “we will.” Then he left."),
            ["He said “we will.”", "Then he left."]
        );
    }

    #[test]
    fn tokens_split_possessives_keep_contractions_and_abbreviations() {
        assert_eq!(
            tokens("Trump’s U.S. O’Rourke doesn’t 1,000 3.5 players’ 100mm."),
            [
                "Trump",
                "’s",
                "U.S.",
                "O’Rourke",
                "doesn’t",
                "1,000",
                "3.5",
                "players",
                "’",
                "100mm",
                "."
            ]
        );
    }

    #[test]
    fn tokens_split_hyphens() {
        assert_eq!(
            tokens("Russia-U.S. talks"),
            ["Russia", "-", "U.S.", "talks"]
        );
    }
}
