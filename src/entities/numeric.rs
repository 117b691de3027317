//! Dates and numbers: `Monday`, `May 19, 2025`, `Jan. 11`, `2022`,
//! `1996-08-30`; `1,000`, `$11 million`, `12%`, `30-day`, `three-year`, `3-1`.

use super::lexicon::{self, DAY, MAGNITUDE, MONTH, NUMBER_WORD, TIME_UNIT};
use super::mention::Mention;
use super::words::Words;
use crate::analysis::EntityKind;
use crate::document::TokenKind;
use crate::span::Span;

/// Words before a lone month name that make it a date (`in May`).
fn month_context(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "since"
            | "last"
            | "next"
            | "early"
            | "late"
            | "mid"
            | "of"
            | "by"
            | "until"
            | "through"
            | "during"
            | "this"
            | "from"
            | "before"
            | "after"
    )
}

fn is_year(s: &str) -> bool {
    s.len() == 4 && s.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y))
}

/// Whether year, month and day read as a date (`1996`, `08`, `30`).
fn is_iso_date(year: &str, month: &str, day: &str) -> bool {
    let in_range = |s: &str, high: u32| {
        (1..=2).contains(&s.len()) && s.parse::<u32>().is_ok_and(|n| (1..=high).contains(&n))
    };
    is_year(year) && in_range(month, 12) && in_range(day, 31)
}

/// Whether token `k` exists and nothing separates it from the token before.
fn touches_previous(words: &Words<'_>, k: usize) -> bool {
    k > 0 && k < words.len() && words.span(k - 1).end == words.span(k).start
}

/// Whether token `k` exists and is a number.
fn is_number(words: &Words<'_>, k: usize) -> bool {
    words.get(k).is_some_and(|t| t.kind == TokenKind::Number)
}

/// The end (exclusive) of the clock time starting with the number at `i`:
/// `5 p.m.`, `9:14 AM EST`, `1400 GMT`, `at 9:14`; `i + 1` when none does.
pub(super) fn clock_time_end(words: &Words<'_>, i: usize) -> usize {
    let joined = |k: usize| touches_previous(words, k);
    let number = |k: usize| is_number(words, k);
    let hours = words.text(i);
    let mut j = i + 1;
    let minutes = hours.len() <= 2
        && joined(j)
        && words.text(j) == ":"
        && number(j + 1)
        && joined(j + 1)
        && words.text(j + 1).len() == 2
        && words.text(j + 1) < "60";
    if minutes {
        j += 2;
    }
    let marker = words
        .get(j)
        .is_some_and(|t| lexicon::is_clock_marker(t.lower()));
    if marker {
        j += 1;
    }
    let zone = words
        .get(j)
        .is_some_and(|t| t.caps && lexicon::time_zone(t.lower()).is_some());
    if zone && (minutes || marker || hours.len() == 4) {
        j += 1;
    }
    // A bare `20:36` is as often a race time or a score: a time only where
    // a preposition of time stands before it and no third part follows.
    let at = i > 0
        && matches!(
            words.lower(i - 1),
            "at" | "around"
                | "about"
                | "by"
                | "until"
                | "till"
                | "before"
                | "after"
                | "from"
                | "since"
        );
    let more = words.get(j).is_some_and(|t| t.text() == ":") && joined(j);
    if marker || zone || (minutes && at && !more) {
        j
    } else {
        i + 1
    }
}

/// Finds dates and numbers among the tokens not in `taken` (sorted spans).
pub fn detect(words: &Words<'_>, taken: &[Span]) -> Vec<Mention> {
    let n = words.len();
    // Tokens inside a name mention, by one sweep over both sorted lists.
    let mut blocked = vec![false; n];
    let mut k = 0;
    for (i, blocked) in blocked.iter_mut().enumerate() {
        let span = words.span(i);
        while k < taken.len() && taken[k].end <= span.start {
            k += 1;
        }
        *blocked = k < taken.len() && taken[k].overlaps(span);
    }
    let free = |i: usize| !blocked[i];
    let lower = |i: usize| if i < n { words.lower(i) } else { "" };
    let class = |i: usize| words.get(i).map_or(0, |t| t.class);
    let adjacent = |i: usize| touches_previous(words, i);
    let is_num = |i: usize| is_number(words, i);
    let t = |i: usize| if i < n { words.text(i) } else { "" };
    // An age: `67-year-old`, `three-year-old`, one number, not `67-year`
    // and a stray `-old`.
    let is_age_suffix =
        |i: usize| t(i) == "-" && lower(i + 1) == "old" && adjacent(i) && adjacent(i + 1);
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !free(i) {
            i += 1;
            continue;
        }
        let tok = words.tok(i);
        let start = i;
        let mut end = i; // exclusive end, when a mention is found
        let mut kind = EntityKind::Date;
        let clock = if tok.kind == TokenKind::Number {
            clock_time_end(words, i)
        } else {
            i + 1
        };
        match tok.kind {
            // `Jun-ho`, `Mar-a-Lago`: a month's letters joined to a
            // lowercase word are a name's syllable, not a date.
            TokenKind::Word
                if tok.cap
                    && class(i) & MONTH != 0
                    && !(t(i + 1) == "-"
                        && adjacent(i + 1)
                        && adjacent(i + 2)
                        && words.get(i + 2).is_some_and(|w| !w.cap)) =>
            {
                let mut j = i + 1;
                if t(j) == "." && adjacent(j) {
                    j += 1;
                }
                if is_num(j) && t(j).len() <= 2 {
                    j += 1;
                    if t(j) == "," && is_num(j + 1) && is_year(t(j + 1)) {
                        j += 2;
                    }
                    end = j;
                } else if is_num(j) && is_year(t(j)) {
                    end = j + 1;
                } else if i > 0 && month_context(lower(i - 1)) {
                    end = j;
                }
                // `Jan.` keeps its period only inside a date.
                if end == i + 2 && t(i + 1) == "." {
                    end = i + 1;
                }
            }
            TokenKind::Word if tok.cap && class(i) & DAY != 0 && tok.text().len() >= 6 => {
                end = i + 1;
            }
            TokenKind::Word if class(i) & NUMBER_WORD != 0 && !tok.cap => {
                if t(i + 1) == "-" && class(i + 2) & TIME_UNIT != 0 && adjacent(i + 2) {
                    // A length of time, like `30-day`: a number.
                    end = i + 3;
                    kind = EntityKind::Number;
                    if is_age_suffix(end) {
                        end += 2;
                    }
                } else if !matches!(lower(i), "one" | "half" | "single" | "double" | "triple") {
                    end = i + 1;
                    kind = EntityKind::Number;
                    if class(i + 1) & MAGNITUDE != 0 {
                        end = i + 2;
                    }
                }
            }
            TokenKind::Number if clock > i + 1 => {
                end = clock;
            }
            TokenKind::Number => {
                let s = tok.text();
                // 1996-08-30; other numbers joined so (a team's 11-9-6
                // record) are one number.
                if t(i + 1) == "-"
                    && is_num(i + 2)
                    && t(i + 3) == "-"
                    && is_num(i + 4)
                    && (1..=4).all(|k| adjacent(i + k))
                {
                    end = i + 5;
                    if !is_iso_date(s, t(i + 2), t(i + 4)) {
                        kind = EntityKind::Number;
                    }
                } else if is_year(s)
                    && !(i > 0 && matches!(t(i - 1), "$" | "€" | "£"))
                    && class(i + 1) & MAGNITUDE == 0
                {
                    end = i + 1;
                } else {
                    kind = EntityKind::Number;
                    let mut a = i;
                    if i > 0 && matches!(t(i - 1), "$" | "€" | "£" | "¥") && adjacent(i) {
                        a = i - 1;
                    }
                    let mut j = i + 1;
                    if (t(j) == "%" && adjacent(j)) || class(j) & MAGNITUDE != 0 {
                        j += 1;
                    } else if t(j) == "-" && adjacent(j) && class(j + 1) & TIME_UNIT != 0 {
                        j += 2;
                        if is_age_suffix(j) {
                            j += 2;
                        }
                    } else if t(j) == "-" && adjacent(j) && is_num(j + 1) && adjacent(j + 1) {
                        // A score or a range: `3-1`, `10-15`.
                        j += 2;
                    }
                    out.push(Mention::new(
                        Span::new(words.span(a).start, words.span(j - 1).end),
                        kind,
                        true,
                    ));
                    i = j;
                    continue;
                }
            }
            _ => {}
        }
        if end > start {
            let end = end.min(n);
            out.push(Mention::new(
                Span::new(words.span(start).start, words.span(end - 1).end),
                kind,
                true,
            ));
            i = end;
        } else {
            i += 1;
        }
    }
    out
}
