//! The document model: paragraphs, sentences and word tokens with byte spans.
//!
//! Built once per text by [`Document::new`] and shared by every detector.
//! Building never fails: any `&str` gives a document (possibly empty).

use crate::scan::find_any;
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
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // General Punctuation (curly quotes, dashes, ellipsis, special spaces)
    // holds no letter or digit; news text is full of it, and the Unicode
    // tables behind `is_alphanumeric` are slow to ask.
    if ('\u{2000}'..='\u{206F}').contains(&c) {
        return false;
    }
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
        // News text has a token per five bytes, give or take: room for one
        // per four, so that the vector is not doubled (and copied) at the
        // end of a typical text.
        let mut tokens = Vec::with_capacity(text.len() / 4);
        let mut spans = Vec::new();
        for (index, &paragraph) in paragraphs.iter().enumerate() {
            spans.clear();
            split_sentences(text, paragraph, &mut spans);
            for &span in &spans {
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

    /// The tokens of each of `spans` (sorted by start): from the first token
    /// that ends after the span's start to the first that ends after its
    /// end, as two [`Document::token_at_or_after`] calls would give.
    ///
    /// One walk forward plus a short search from each start, where two
    /// binary searches per span over the whole token list miss the cache at
    /// nearly every step on a long text.
    pub fn token_ranges(&self, spans: impl IntoIterator<Item = Span>) -> Vec<Range<usize>> {
        let tokens = &self.tokens;
        let mut first = 0;
        spans
            .into_iter()
            .map(|span| {
                debug_assert!(
                    first == 0 || tokens[first - 1].span.end <= span.start,
                    "spans sorted by start"
                );
                while first < tokens.len() && tokens[first].span.end <= span.start {
                    first += 1;
                }
                // Galloping: the end is usually a few tokens on.
                let ends_before = |k: usize| tokens[k].span.end <= span.end;
                let (mut low, mut step) = (first, 1);
                while low + step < tokens.len() && ends_before(low + step) {
                    low += step;
                    step *= 2;
                }
                let high = (low + step).min(tokens.len());
                let end = if low < high && ends_before(low) {
                    low + 1 + tokens[low + 1..high].partition_point(|t| t.span.end <= span.end)
                } else {
                    low
                };
                first..end
            })
            .collect()
    }
}

/// Lines of the text without their terminators (`\n`, `\r\n` or `\r`).
fn lines(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    while let Some(end) = find_any(&bytes[start..], [b'\n', b'\r']).map(|n| start + n) {
        out.push(Span::new(start, end));
        start = end
            + if bytes[end..].starts_with(b"\r\n") {
                2
            } else {
                1
            };
    }
    out.push(Span::new(start, bytes.len()));
    out
}

/// `span` without leading and trailing white space (possibly empty).
pub fn trim(text: &str, span: Span) -> Span {
    let s = span.text(text);
    let bytes = s.as_bytes();
    // Most ends are ASCII: a byte test there; `is_space` on chars only where
    // a non-ASCII character sits at an end.
    let mut lead = 0;
    while lead < bytes.len() && is_ascii_space(bytes[lead]) {
        lead += 1;
    }
    if lead < bytes.len() && !bytes[lead].is_ascii() {
        lead = s.len() - s.trim_start_matches(is_space).len();
    }
    if lead == s.len() {
        return Span::new(span.start, span.start);
    }
    let mut end = bytes.len();
    while end > lead && is_ascii_space(bytes[end - 1]) {
        end -= 1;
    }
    if !bytes[end - 1].is_ascii() {
        end = s[..end].trim_end_matches(is_space).len();
    }
    Span::new(span.start + lead, span.start + end)
}

/// The ASCII bytes that [`is_space`] accepts: tab, line feed, vertical tab,
/// form feed, carriage return and space (`u8::is_ascii_whitespace` leaves out
/// the vertical tab). For byte scans that fall back to [`is_space`] only at
/// non-ASCII bytes.
#[inline]
pub fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
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
    // A field's label in capitals (`PUBLISHED: May 4`) opens a line of
    // its own; wrapping puts no such word first by chance.
    let labelled = block[1..].iter().any(|l| opens_with_label(l.text(text)));
    max <= WRAP_MAX_CHARS
        && !labelled
        && complete * 2 <= inner.len()
        && widths[..widths.len() - 1]
            .iter()
            .all(|&w| w >= WRAP_MIN_CHARS && w * 5 >= max * 3)
}

/// How far into a line [`opens_with_label`] looks for the label's colon.
const MAX_LABEL_BYTES: usize = 40;

/// Whether `line` opens with one to three words in capitals and a colon
/// (`PUBLISHED:`, `READ MORE:`).
fn opens_with_label(line: &str) -> bool {
    let line = line.trim_start_matches(is_space);
    let Some(colon) = line
        .get(..line.len().min(MAX_LABEL_BYTES))
        .and_then(|head| head.find(':'))
    else {
        return false;
    };
    let words = line[..colon].split(' ');
    let mut count = 0;
    for word in words {
        count += 1;
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        if letters < 2 || word.chars().any(|c| !c.is_uppercase()) {
            return false;
        }
    }
    (1..=3).contains(&count)
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
/// case-sensitively, without the period). A `match` on string literals
/// compiles to a switch on length and a few comparisons.
fn is_no_break_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Gov"
            | "Sen"
            | "Rep"
            | "Gen"
            | "Lt"
            | "Col"
            | "Sgt"
            | "Capt"
            | "Maj"
            | "Adm"
            | "Cmdr"
            | "Rev"
            | "St"
            | "Ste"
            | "Mt"
            | "Ft"
            // In capitals: a dateline's `ST. LOUIS (AP) —`, `FT. WORTH, Texas —`.
            | "ST"
            | "STE"
            | "MT"
            | "FT"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "No"
            | "Nos"
            | "Vol"
            | "vs"
            | "Pres"
            | "Supt"
            | "Atty"
            | "Rt"
            | "Hon"
            | "Fr"
            | "Msgr"
            | "approx"
            | "e.g"
            | "i.e"
            | "etc"
    )
}

/// Abbreviations that end a sentence as well when it ends with them (AP
/// style writes one period: `died in Superior, Wis. She was 91.`): a
/// state's, a generational suffix, the half of the day (`at 5 p.m.
/// Tuesday`). Inside a sentence a name or a comma follows them, not a word
/// that only opens a sentence.
fn is_soft_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Jr" | "Sr"
            | "a.m"
            | "p.m"
            | "Calif"
            | "Fla"
            | "Mass"
            | "Penn"
            | "Ariz"
            | "Ill"
            | "Mich"
            | "Wash"
            | "Tenn"
            | "Conn"
            | "Colo"
            | "Minn"
            | "Wis"
            | "Okla"
            | "Ore"
            | "Ky"
            | "La"
            | "Md"
            | "Va"
            | "Ga"
            | "Ala"
            | "Ark"
            | "Del"
            | "Kan"
            | "Neb"
            | "Nev"
            | "Miss"
            | "Mo"
            | "Mont"
            | "Wyo"
            | "Vt"
    )
}

/// Capitalized words that open a sentence and hardly ever continue a name
/// or a place after an abbreviation: pronouns, determiners, conjunctions.
fn opens_sentence_only(word: &str) -> bool {
    matches!(
        word,
        "He" | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "You"
            | "The"
            | "A"
            | "An"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "His"
            | "Her"
            | "Its"
            | "Their"
            | "Our"
            | "But"
            | "And"
            | "Yet"
            | "So"
            | "There"
            | "When"
            | "While"
            | "After"
            | "Before"
    )
}

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

/// The char at byte `i` of `s` (a char boundary), decoding only non-ASCII.
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        None => None,
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s[i..].chars().next(),
    }
}

/// Decides whether a period ends a sentence, from the word it closes.
///
/// The word is the run of word characters and periods before the period
/// (`U.S`, `Gov`, `L`). Periods are asked about in text order, and the run
/// before one period often reaches back past the previous one (`U.S.A.`, or
/// a long run of `a.a.a.` in junk), so the run's start and whether it holds a
/// period are remembered from one question to the next: each character is
/// scanned back over once, not once per period.
struct PeriodRule<'t> {
    text: &'t str,
    /// The period asked about last, and the start of its run.
    last: Option<(usize, usize)>,
}

impl<'t> PeriodRule<'t> {
    fn new(text: &'t str) -> Self {
        PeriodRule { text, last: None }
    }

    /// Whether the word ending right before the period at byte `dot` forbids
    /// a break there.
    fn blocks_break(&mut self, dot: usize) -> bool {
        let before = &self.text[..dot];
        let mut word_start = dot;
        let mut has_period = false;
        for (i, c) in before.char_indices().rev() {
            if let Some((last_dot, last_start)) = self.last {
                if i == last_dot {
                    // The run goes on through the period asked about before.
                    word_start = last_start;
                    has_period = true;
                    break;
                }
            }
            if !(is_word_char(c) || c == '.') {
                break;
            }
            word_start = i;
            has_period |= c == '.';
        }
        self.last = Some((dot, word_start));
        let word = &before[word_start..];
        let mut chars = word.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        // A single letter is an initial (Michelle L. Price); dotted uppercase
        // abbreviations (U.S., K.M.) mostly continue the sentence in news copy.
        if first.is_uppercase() && (chars.next().is_none() || has_period) {
            return true;
        }
        if is_soft_abbreviation(word) {
            let next = self.text[dot + 1..].trim_start_matches(is_space);
            let next_word = &next[..next
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(next.len())];
            return !opens_sentence_only(next_word);
        }
        is_no_break_abbreviation(word)
    }
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Sentence spans of one paragraph.
fn split_sentences(text: &str, paragraph: Span, out: &mut Vec<Span>) {
    let mut periods = PeriodRule::new(text);
    let mut start = paragraph.start;
    let bytes = text.as_bytes();
    let mut i = paragraph.start;
    while i < paragraph.end {
        // Only '.', '!', '?' and '…' (E2 80 A6) can end a sentence.
        let Some(skip) = find_any(&bytes[i..paragraph.end], [b'.', b'!', b'?', 0xE2]) else {
            break;
        };
        i += skip;
        let c = match bytes[i] {
            b'.' => '.',
            b'!' => '!',
            b'?' => '?',
            _ if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA6]) => '…',
            _ => {
                i += 1;
                continue;
            }
        };
        if c == '.' && periods.blocks_break(i) {
            i += 1;
            continue;
        }
        // Swallow repeated terminators and closing quotes/brackets.
        let mut end = i + c.len_utf8();
        while end < paragraph.end {
            match char_at(text, end) {
                Some(d) if is_terminator(d) || is_closing_mark(d) => end += d.len_utf8(),
                _ => break,
            }
        }
        i = end;
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
}

/// [`ASCII_WORD`]'s class of an ASCII letter.
const ASCII_LETTER: u8 = 1;
/// [`ASCII_WORD`]'s class of an ASCII digit.
const ASCII_DIGIT: u8 = 2;

/// Per byte: [`ASCII_LETTER`], [`ASCII_DIGIT`] or 0 (anything else, every
/// non-ASCII byte included), for the tokenizer's loop over a word's ASCII
/// letters and digits.
static ASCII_WORD: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_alphabetic() {
            ASCII_LETTER
        } else if byte.is_ascii_digit() {
            ASCII_DIGIT
        } else {
            0
        };
        b += 1;
    }
    table
};

/// Appends the tokens of `span` to `out`.
fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let s = span.text(text);
    let base = span.start;
    let token = |start: usize, end: usize, kind: TokenKind| Token {
        span: Span::new(base + start, base + end),
        kind,
    };
    let at = |i: usize| char_at(s, i);
    // ’s closing a word at byte i: the possessive clitic, a token of its own.
    let clitic_end = |i: usize| -> Option<usize> {
        let apostrophe = at(i).filter(|&a| is_apostrophe(a))?;
        let s_end = i + apostrophe.len_utf8() + 1;
        (matches!(at(s_end - 1), Some('s' | 'S')) && !at(s_end).is_some_and(is_word_char))
            .then_some(s_end)
    };
    // The character before byte i, for the possessive rule.
    let mut prev: Option<char> = None;
    let mut i = 0;
    let bytes = s.as_bytes();
    while let Some(c) = at(i) {
        let start = i;
        if c == ' ' {
            // The commonest byte: no further test.
            i += 1;
            prev = Some(c);
            continue;
        }
        if is_space(c) {
            i += c.len_utf8();
            prev = Some(c);
            continue;
        }
        if is_word_char(c) {
            // Dotted abbreviation: single letters each followed by a period (U.S., K.M.).
            let (mut j, mut pairs) = (i, 0);
            while let Some(letter) = at(j).filter(|l| l.is_alphabetic()) {
                if at(j + letter.len_utf8()) != Some('.') {
                    break;
                }
                j += letter.len_utf8() + 1;
                pairs += 1;
            }
            if pairs >= 2 {
                out.push(token(i, j, TokenKind::Word));
                i = j;
                prev = Some('.');
                continue;
            }
            let numeric = c.is_numeric();
            let mut all_digits = !c.is_alphabetic();
            let mut last = c;
            i += c.len_utf8();
            loop {
                // Most words are ASCII letters: take those a byte at a time.
                let run = i;
                let mut seen = 0;
                while let Some(&class) = bytes.get(i).map(|&b| &ASCII_WORD[usize::from(b)]) {
                    if class == 0 {
                        break;
                    }
                    seen |= class;
                    i += 1;
                }
                if i > run {
                    all_digits &= seen & ASCII_LETTER == 0;
                    last = char::from(bytes[i - 1]);
                }
                match at(i) {
                    Some(d) if is_word_char(d) => {
                        all_digits &= !d.is_alphabetic();
                        last = d;
                        i += d.len_utf8();
                    }
                    // 1,000 and 3.5: a separator between digits.
                    Some(',' | '.')
                        if numeric
                            && last.is_ascii_digit()
                            && at(i + 1).is_some_and(|n| n.is_ascii_digit()) =>
                    {
                        last = char::from(bytes[i + 1]);
                        i += 2;
                    }
                    // it’s, O’Rourke: an apostrophe between letters, unless it
                    // starts the possessive clitic (’s at the end of a word).
                    Some(a) if is_apostrophe(a) && clitic_end(i).is_none() => {
                        match at(i + a.len_utf8()).filter(|&w| is_word_char(w)) {
                            Some(w) => {
                                all_digits &= !w.is_alphabetic();
                                last = w;
                                i += a.len_utf8() + w.len_utf8();
                            }
                            None => break,
                        }
                    }
                    _ => break,
                }
            }
            let kind = if all_digits {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            out.push(token(start, i, kind));
            prev = Some(last);
            continue;
        }
        if let Some(end) = clitic_end(i).filter(|_| prev.is_some_and(is_word_char)) {
            out.push(token(start, end, TokenKind::Possessive));
            prev = at(end - 1);
            i = end;
            continue;
        }
        i += c.len_utf8();
        out.push(token(start, i, TokenKind::Punct));
        prev = Some(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_matches_is_space_at_both_ends() {
        let cases = [
            "",
            " ",
            "\u{a0}",
            "a",
            " a ",
            "\t\x0B\x0Ca\r\n",
            "\u{a0}a\u{a0}",
            "\u{200B}a b\u{FEFF}",
            "\u{85}é\u{85}",
            " \u{2003} x \u{3000}",
            "é",
            "\u{a0} \u{a0}",
            "a\u{a0} ",
            " \u{2060}",
        ];
        for case in cases {
            let text = format!("[{case}]");
            let span = Span::new(1, text.len() - 1);
            let got = trim(&text, span);
            let want = case.trim_matches(is_space);
            assert_eq!(got.text(&text), want, "{case:?}");
            if !want.is_empty() {
                assert_eq!(
                    got.start,
                    1 + case.len() - case.trim_start_matches(is_space).len()
                );
            }
        }
    }

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
    fn a_line_opening_with_a_label_is_not_wrapped_into_the_one_before() {
        let text = "By Danielle Ferrante | dferrante@example.com | North Bay Times\nPUBLISHED: November 28, 2026 at 5:02 p.m. | UPDATED: November 29";
        assert_eq!(paragraphs(text).len(), 2);
        let wrapped = "The agency said the results would be published in a\nreport: the first of its kind, and the last for a while.";
        assert_eq!(paragraphs(wrapped).len(), 1);
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
    fn a_state_or_suffix_abbreviation_ends_a_sentence_before_a_pronoun() {
        assert_eq!(
            sentences(
                "She died in Superior, Wis. She was 91. He moved to Salem, Ore. The next year he left Portland, Ore., for Eugene, Ore. Martin Luther King Jr. He spoke."
            ),
            [
                "She died in Superior, Wis.",
                "She was 91.",
                "He moved to Salem, Ore.",
                "The next year he left Portland, Ore., for Eugene, Ore. Martin Luther King Jr.",
                "He spoke."
            ]
        );
        assert_eq!(
            sentences("The vote is at 5 p.m. Tuesday. It ends at 9 a.m. The polls close."),
            [
                "The vote is at 5 p.m. Tuesday.",
                "It ends at 9 a.m.",
                "The polls close."
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
    fn token_ranges_agree_with_two_searches_per_span() {
        let text = "“Go,” he said. Trump’s U.S. plan — “a ‘big’ one” — won 1,000 votes.";
        let doc = Document::new(text);
        let offsets: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        // Every span of the text, sorted by start (ends in any order, as
        // nested quotations have them).
        let spans: Vec<Span> = offsets
            .iter()
            .flat_map(|&a| {
                offsets
                    .iter()
                    .rev()
                    .filter(move |&&b| b >= a)
                    .map(move |&b| Span::new(a, b))
            })
            .collect();
        let want: Vec<Range<usize>> = spans
            .iter()
            .map(|s| doc.token_at_or_after(s.start)..doc.token_at_or_after(s.end))
            .collect();
        assert_eq!(doc.token_ranges(spans.iter().copied()), want);
    }

    #[test]
    fn tokens_split_hyphens() {
        assert_eq!(
            tokens("Russia-U.S. talks"),
            ["Russia", "-", "U.S.", "talks"]
        );
    }
}
