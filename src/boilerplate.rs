//! Scrape debris: photo captions and credits, gallery widgets, bylines and
//! contributor lines, separators and live-blog labels.
//!
//! Each rule is a pattern a news editor would name, checked on one paragraph:
//! a caption is a sentence that ends in a photo credit, a contributor line
//! says who "contributed to this report", a gallery widget is a short line
//! that invites to view photos or counts them ("3 of 12"). None needs a list
//! of names beyond the few wire agencies whose credits end captions.

use crate::analysis::{Boilerplate, BoilerplateKind};
use crate::document::{is_space, trim, Document};
use crate::span::Span;

/// Widgets, labels, bylines and credits are short lines; a longer paragraph
/// that happens to contain "gallery" or "By" is prose.
const MAX_WIDGET_WORDS: usize = 8;
/// A byline names a writer, perhaps a place: "By Jane Roe in Lagos, Nigeria".
const MAX_BYLINE_WORDS: usize = 12;
/// "Roe reported from Lagos, Nigeria." — a name and a place, nothing more.
const MAX_DATELINE_NOTE_WORDS: usize = 8;
/// A credit names a photographer and an agency, seldom more.
const MAX_CREDIT_WORDS: usize = 14;
/// A label ("The Latest:", "Related:") is a word or a few.
const MAX_LABEL_WORDS: usize = 4;

/// Words that mark a parenthesized or trailing text as a photo credit.
const CREDIT_MARKERS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "photographer",
    "image",
    "images",
    "pool",
    "via",
    "courtesy",
    "credit",
    "file",
];

/// Wire and photo agencies whose names alone make a credit: "(Reuters)".
const AGENCIES: &[&str] = &[
    "AP",
    "AFP",
    "EPA",
    "Reuters",
    "Getty",
    "Xinhua",
    "Bloomberg",
    "Shutterstock",
    "Alamy",
    "UPI",
    "TASS",
    "dpa",
    "ANP",
    "ANSA",
    "Kyodo",
    "Yonhap",
];

/// Verbs that invite a reader to open a gallery.
const GALLERY_VERBS: &[&str] = &[
    "click", "view", "open", "see", "launch", "expand", "browse", "swipe", "tap", "enlarge",
];
/// What a gallery widget offers.
const GALLERY_NOUNS: &[&str] = &["gallery", "slideshow", "photos", "images", "pictures"];

/// Labels and one-word widgets of scraped pages.
const STOCK_LINES: &[&str] = &[
    "advertisement",
    "ad",
    "story continues below advertisement",
    "read more",
    "related",
    "related articles",
    "related stories",
    "share this",
    "share",
    "loading",
];

/// Speech verbs: a short line ending in a colon with one is an introduced
/// quote ("He said:"), not a label.
const SPEECH_VERBS: &[&str] = &["said", "says", "told", "wrote", "added", "asked", "tweeted"];

/// Finds the boilerplate paragraphs of `doc`, in text order.
///
/// A paragraph of several lines is read line by line first: the document
/// joins a column of short lines of similar width (captions, widgets, prose
/// alike) into one wrapped paragraph, and only the debris lines must go. When
/// no single line is debris, the paragraph is judged whole (a wrapped caption
/// ends in its credit on the last line).
pub fn detect(doc: &Document<'_>) -> Vec<Boilerplate> {
    let mut out = Vec::new();
    for &paragraph in &doc.paragraphs {
        let before = out.len();
        let mut start = paragraph.start;
        let text = paragraph.text(doc.text);
        if text.contains(['\n', '\r']) {
            for piece in text.split_inclusive(['\n', '\r']) {
                let line = trim(doc.text, Span::new(start, start + piece.len()));
                start += piece.len();
                if let Some(kind) = classify(line.text(doc.text)).filter(|_| !line.is_empty()) {
                    out.push(Boilerplate { span: line, kind });
                }
            }
        }
        if out.len() == before {
            if let Some(kind) = classify(text) {
                out.push(Boilerplate {
                    span: paragraph,
                    kind,
                });
            }
        }
    }
    out
}

/// The kind of debris a paragraph is, if it is one.
pub fn classify(paragraph: &str) -> Option<BoilerplateKind> {
    let line = paragraph.trim_matches(is_space);
    // Every rule that reads words wants a short line; counting past the
    // longest (a credit) only tells that the line is long.
    let words: Vec<&str> = word_iter(line).take(MAX_CREDIT_WORDS + 1).collect();
    if is_separator(line) {
        return Some(BoilerplateKind::Separator);
    }
    if is_gallery(line, &words) {
        return Some(BoilerplateKind::Gallery);
    }
    if is_byline(line, &words) {
        return Some(BoilerplateKind::Byline);
    }
    if is_credit(line, &words) {
        return Some(BoilerplateKind::Credit);
    }
    if is_caption(line) {
        return Some(BoilerplateKind::Caption);
    }
    if is_label(line, &words) {
        return Some(BoilerplateKind::Other);
    }
    None
}

/// Words of a line: runs of letters, digits and inner apostrophes or periods.
fn words(line: &str) -> Vec<&str> {
    word_iter(line).collect()
}

fn word_iter(line: &str) -> impl Iterator<Item = &str> {
    line.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '.')))
        .map(|w| w.trim_matches(|c: char| matches!(c, '\'' | '’' | '.')))
        .filter(|w| !w.is_empty())
}

fn lower(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_lowercase()).collect()
}

/// A line of three or more underscores, dashes, asterisks, equal signs or bullets.
fn is_separator(line: &str) -> bool {
    line.chars().filter(|c| !is_space(*c)).count() >= 3
        && line.chars().all(|c| {
            is_space(c) || matches!(c, '_' | '-' | '—' | '–' | '*' | '=' | '•' | '#' | '~')
        })
}

/// "Click to Gallery", "VIEW GALLERY", "View all 12 photos", or a photo
/// counter "1 of 6 |" / "3/12" at the start of the line.
fn is_gallery(line: &str, words: &[&str]) -> bool {
    if starts_with_counter(line) {
        return true;
    }
    if words.is_empty() || words.len() > MAX_WIDGET_WORDS {
        return false;
    }
    let lower = lower(words);
    let has_noun = lower.iter().any(|w| GALLERY_NOUNS.contains(&w.as_str()));
    let has_verb = lower.iter().any(|w| GALLERY_VERBS.contains(&w.as_str()));
    // "Gallery" or "Photo gallery" alone is a widget title too.
    has_noun
        && (has_verb
            || lower
                .iter()
                .all(|w| w == "photo" || GALLERY_NOUNS.contains(&w.as_str())))
}

/// "1 of 6", "12 of 30 |", "3/12" followed by nothing, a bar or a caption.
fn starts_with_counter(line: &str) -> bool {
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let first = digits(line);
    if first == 0 || first > 3 {
        return false;
    }
    let rest = &line[first..];
    let rest = if let Some(r) = rest.strip_prefix(" of ") {
        r
    } else if let Some(r) = rest.strip_prefix('/') {
        r
    } else {
        return false;
    };
    let second = digits(rest);
    if second == 0 || second > 3 {
        return false;
    }
    let after = rest[second..].trim_start_matches(is_space);
    after.is_empty() || after.starts_with(['|', '·', '-', '—', ':'])
}

/// "By Jane Roe", "—- By Jane Roe in Lagos", "Jane Roe contributed to this
/// report.", "Jane Roe reported from Lagos.", "Reporting by …; Editing by …".
fn is_byline(line: &str, words: &[&str]) -> bool {
    let lower_line = line.to_lowercase();
    if lower_line.contains("contributed to this report")
        || lower_line.contains("contributed reporting")
        || lower_line.contains("contributed to this story")
        || lower_line.contains("contributed to this article")
        || lower_line.starts_with("reporting by ")
        || lower_line.starts_with("writing by ")
        || lower_line.starts_with("editing by ")
    {
        return true;
    }
    // "Davies reported from Manchester, England." as its own sentence.
    let lower = lower(words);
    if lower.len() >= 3
        && lower.len() <= MAX_DATELINE_NOTE_WORDS
        && lower[1] == "reported"
        && lower[2] == "from"
    {
        return true;
    }
    if words.len() < 2 || words.len() > MAX_BYLINE_WORDS || lower[0] != "by" {
        return false;
    }
    // Only dashes, bullets or white space may precede "By".
    let before = &line[..line.find(['B', 'b']).unwrap_or(0)];
    before.chars().all(|c| is_space(c) || matches!(c, '-' | '—' | '–' | '•' | '*' | '|'))
        && words[1].chars().next().is_some_and(char::is_uppercase)
        // "By Monday, the council had voted." is a sentence, not a byline.
        && !line.ends_with(['.', '!', '?'])
}

/// A credit line on its own: "(AP Photo/Jane Roe)", "Photo: Jane Roe/Reuters",
/// "Getty Images", "AP Photo/Jane Roe".
fn is_credit(line: &str, words: &[&str]) -> bool {
    if words.is_empty() || words.len() > MAX_CREDIT_WORDS {
        return false;
    }
    let inner = line
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .unwrap_or(line);
    let lower_inner = inner.to_lowercase();
    for prefix in [
        "photo:",
        "photograph:",
        "image:",
        "credit:",
        "photo credit:",
        "pictured:",
    ] {
        if lower_inner.starts_with(prefix) {
            return words.len() <= MAX_CREDIT_WORDS;
        }
    }
    if line.ends_with(['.', '!', '?']) && !line.starts_with('(') {
        return false;
    }
    names_credit(inner) && (line.starts_with('(') || words.len() <= 6)
}

/// Whether `text` reads as a photo credit: a credit word or an agency name,
/// in a short text.
fn names_credit(text: &str) -> bool {
    let words = words(text);
    if words.is_empty() || words.len() > MAX_CREDIT_WORDS {
        return false;
    }
    words
        .iter()
        .any(|w| AGENCIES.contains(w) || CREDIT_MARKERS.contains(&w.to_lowercase().as_str()))
        && (text.contains('/')
            || text.contains(" via ")
            || words.iter().any(|w| AGENCIES.contains(w))
            || text.to_lowercase().contains("photo"))
}

/// A sentence that ends in a photo credit: "… in Kyiv, Monday, May 19.
/// (AP Photo/Jane Roe)" or "… in Kyiv. Photo: Jane Roe/Reuters".
fn is_caption(line: &str) -> bool {
    let body = line.trim_end_matches(|c: char| is_space(c) || c == '.');
    if let Some(inner) = body.strip_suffix(')') {
        let Some(open) = inner.rfind('(') else {
            return false;
        };
        let before = inner[..open].trim_end_matches(is_space);
        return word_iter(before).nth(3).is_some() && names_credit(&inner[open + 1..]);
    }
    // A trailing credit without parentheses, after a sentence end or a bar.
    for marker in [
        ". Photo:",
        ". Photograph:",
        "| Photo:",
        ". Image:",
        ". Credit:",
    ] {
        if let Some(at) = line.rfind(marker) {
            return word_iter(&line[..at]).nth(3).is_some()
                && word_iter(&line[at..]).nth(MAX_CREDIT_WORDS).is_none();
        }
    }
    false
}

/// "The Latest:", "Related:", "Advertisement": a label of a few words ending
/// in a colon, or a stock widget line.
fn is_label(line: &str, words: &[&str]) -> bool {
    if words.is_empty() {
        return false;
    }
    let lower = lower(words);
    if STOCK_LINES.contains(&lower.join(" ").as_str()) {
        return true;
    }
    line.ends_with(':')
        && words.len() <= MAX_LABEL_WORDS
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && !lower.iter().any(|w| SPEECH_VERBS.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_table() {
        use BoilerplateKind::*;
        let table: &[(&str, Option<BoilerplateKind>)] = &[
            ("___", Some(Separator)),
            ("* * *", Some(Separator)),
            ("- not one", None),
            ("Click to Gallery", Some(Gallery)),
            ("VIEW GALLERY", Some(Gallery)),
            ("View all 14 photos", Some(Gallery)),
            ("1 of 6 | The mayor arrives at the hall.", Some(Gallery)),
            ("3/12", Some(Gallery)),
            ("The gallery opened on Friday with works by local painters and a long queue outside.", None),
            ("By Jane Roe", Some(Byline)),
            ("—- By Tom Reed in Lagos, Nigeria", Some(Byline)),
            ("Reed reported from Lagos, Nigeria.", Some(Byline)),
            ("Staff writer Ana Ruiz contributed to this report.", Some(Byline)),
            ("By the end of the day, nobody had left the square.", None),
            ("(AP Photo/Jane Roe)", Some(Credit)),
            ("Photo: Jane Roe/Reuters", Some(Credit)),
            ("Getty Images", Some(Credit)),
            ("The mayor speaks at the opening of the new hall, Monday, May 4, 2026. (AP Photo/Jane Roe)", Some(Caption)),
            ("Firefighters work at the scene in Lyon, France. (Reuters)", Some(Caption)),
            ("Fans wait outside the stadium. (Tom Reed, Pool Photo via AP)", Some(Caption)),
            ("The council met on Monday (its third meeting this year).", None),
            ("The Latest:", Some(Other)),
            ("Advertisement", Some(Other)),
            ("He said:", None),
            ("The council voted to close the bridge for the summer.", None),
        ];
        for &(line, kind) in table {
            assert_eq!(classify(line), kind, "{line}");
        }
    }

    #[test]
    fn detect_returns_spans_in_order() {
        let text = "Story.\n\n___\n\nCredits.\n---\n- not one";
        let found: Vec<&str> = detect(&Document::new(text))
            .iter()
            .map(|b| b.span.text(text))
            .collect();
        assert_eq!(found, ["___", "---"]);
    }

    #[test]
    fn captions_inside_a_column_of_short_lines() {
        let text = "The council voted to close the bridge on Monday.\nThe old bridge stands in the fog, May 4. (AP Photo/Jane Roe)\nTraffic will move to the ferry until the end of June.";
        let found: Vec<&str> = detect(&Document::new(text))
            .iter()
            .map(|b| b.span.text(text))
            .collect();
        assert_eq!(
            found,
            ["The old bridge stands in the fog, May 4. (AP Photo/Jane Roe)"]
        );
    }
}
