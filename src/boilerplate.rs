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
use crate::entities::fasthash::FastHasher;
use crate::scan::find_ignoring_case;
use crate::span::Span;
use std::hash::Hasher;

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

/// Labels and one-word widgets of scraped pages, word by word, lowercase
/// (with [`LINK_LIST_HEADS`], the stock lines that head a list).
const STOCK_LINES: &[&[&str]] = &[
    &["advertisement"],
    &["ad"],
    &["story", "continues", "below", "advertisement"],
    &["read", "more"],
    &["related"],
    &["share", "this"],
    &["share", "this", "article"],
    &["share", "this", "story"],
    &["share"],
    &["loading"],
    &["related", "topics"],
    &["more", "from"],
    &["most", "read"],
    &["most", "popular"],
    &["recommended"],
    &["top", "stories"],
    &["trending"],
    &["trending", "now"],
    // A page's own controls, each scraped onto a line of its own.
    &["skip", "to", "main", "content"],
    &["skip", "to", "content"],
    &["menu"],
    &["search"],
    &["sign", "in"],
    &["log", "in"],
    &["subscribe"],
    &["subscribe", "now"],
    &["sign", "up"],
    &["open", "in", "app"],
    &["listen", "to", "this", "article"],
];

/// Stock lines that head a list of linked headlines, one per line after
/// them.
const LINK_LIST_HEADS: &[&[&str]] = &[
    &["related", "articles"],
    &["related", "stories"],
    &["related", "coverage"],
    &["related", "content"],
    &["more", "stories"],
    &["recommended", "stories"],
    &["you", "may", "also", "like"],
];

/// What a share or print button's line offers after `Click to`: `Click to
/// share on X (Opens in new window)`.
const BUTTON_ACTIONS: &[&str] = &["share", "email", "print"];

/// How a line of a story's times opens: `PUBLISHED: May 4, 2026 at 5:02
/// p.m.`, `Updated 10:02 AM EST`.
const TIMESTAMP_OPENINGS: &[&str] = &[
    "published",
    "updated",
    "originally published",
    "last updated",
    "posted",
];

/// Words of the longest stock line.
const MAX_STOCK_LINE_WORDS: usize = {
    let (lines, heads) = (longest(STOCK_LINES), longest(LINK_LIST_HEADS));
    if lines > heads {
        lines
    } else {
        heads
    }
};

/// The length of the longest of `lists`.
const fn longest(lists: &[&[&str]]) -> usize {
    let (mut i, mut max) = (0, 0);
    while i < lists.len() {
        if lists[i].len() > max {
            max = lists[i].len();
        }
        i += 1;
    }
    max
}

/// Labels that open a link to another story: "Read more: Families wait
/// years for homes".
const LINK_LABELS: &[&str] = &[
    "read more:",
    "read more -",
    "related:",
    "see also:",
    "also read:",
    "more:",
    "watch:",
    "listen:",
];

/// A linked headline is a line of a few words; a longer text after
/// "Related:" is prose. (`classify` reads no more words than a credit has.)
const MAX_LINK_WORDS: usize = MAX_CREDIT_WORDS;

/// How a line that asks for a subscription opens: "Sign up for our free
/// newsletter".
const SIGN_UP_OPENINGS: &[&str] = &[
    "sign up for ",
    "sign up to ",
    "subscribe to ",
    "subscribe for ",
];

/// Bytes of the longest line read as a share bar: a dozen buttons.
const MAX_SHARE_BAR_BYTES: usize = 120;

/// The buttons of a share bar (`Facebook Twitter Email`, `Share Copy Link`).
const SHARE_BUTTONS: &[&str] = &[
    "share",
    "facebook",
    "twitter",
    "x",
    "email",
    "e-mail",
    "mail",
    "print",
    "whatsapp",
    "linkedin",
    "reddit",
    "pinterest",
    "messenger",
    "bluesky",
    "threads",
    "telegram",
    "copy",
    "link",
    "tweet",
    "flipboard",
    "sms",
    "comments",
];

/// Speech verbs: a short line ending in a colon with one is an introduced
/// quote ("He said:"), not a label.
const SPEECH_VERBS: &[&str] = &["said", "says", "told", "wrote", "added", "asked", "tweeted"];

/// What a contributor line says, anywhere in it.
const CONTRIBUTOR_PHRASES: &[&str] = &[
    "contributed to this report",
    "contributed reporting",
    "contributed to this story",
    "contributed to this article",
];

/// How a wire service's credits line opens.
const CREDITS_OPENINGS: &[&str] = &[
    "reporting by ",
    "additional reporting by ",
    "writing by ",
    "editing by ",
    "compiled by ",
];

/// How a credit line on its own opens.
const CREDIT_PREFIXES: &[&str] = &[
    "photo:",
    "photograph:",
    "image:",
    "credit:",
    "photo credit:",
    "pictured:",
];

/// A credit after a caption's last sentence, or after a bar.
const TRAILING_CREDIT_MARKERS: &[&str] = &[
    ". Photo:",
    ". Photograph:",
    "| Photo:",
    ". Image:",
    ". Credit:",
];

/// Finds the boilerplate paragraphs of `doc`, in text order.
///
/// A paragraph of several lines is read line by line first: the document
/// joins a column of short lines of similar width (captions, widgets, prose
/// alike) into one wrapped paragraph, and only the debris lines must go. When
/// no single line is debris, the paragraph is judged whole (a wrapped caption
/// ends in its credit on the last line).
pub fn detect<'t>(doc: &Document<'t>) -> Vec<Boilerplate> {
    let mut out = Vec::new();
    // The widget the line before was part of, whose items may stand one
    // per line.
    let mut widget = Widget::None;
    let mut kinds = ShortLineKinds::new();
    // The line before was a byline: a writer's job may follow on its own
    // line (`By Jane Roe` / `Health Reporter`).
    let mut after_byline = false;
    let mut classify_line = |line: &'t str, widget: &mut Widget| {
        let line = line.trim_matches(is_space);
        let mut kind = kinds.classify(line);
        if kind.is_none() && after_byline && is_writer_role(line) {
            kind = Some(BoilerplateKind::Byline);
        }
        after_byline = kind == Some(BoilerplateKind::Byline);
        classify_after(line, kind, widget)
    };
    let mut block = CaptionBlock::default();
    for &paragraph in &doc.paragraphs {
        let before = out.len();
        let mut start = paragraph.start;
        let text = paragraph.text(doc.text);
        if text.contains('\n') || text.contains('\r') {
            for piece in text.split_inclusive(['\n', '\r']) {
                let line = trim(doc.text, Span::new(start, start + piece.len()));
                start += piece.len();
                if line.is_empty() {
                    continue;
                }
                let kind = classify_line(line.text(doc.text), &mut widget);
                block.line(doc.text, line, kind, &mut out);
            }
            if out.len() == before {
                if let Some(kind) = classify_line(text, &mut widget) {
                    out.push(Boilerplate {
                        span: paragraph,
                        kind,
                    });
                    // No line of it may be filed after it as a caption.
                    block.uncredited = None;
                }
            }
        } else {
            let kind = classify_line(text, &mut widget);
            block.line(doc.text, paragraph, kind, &mut out);
        }
    }
    out
}

/// A caption block of a scraped page, followed line by line: `Click to
/// Gallery`, a caption with its credit, the same caption without it, then
/// the credit alone on its line. The line between a caption and a credit is
/// a caption too, whatever its words; a blank line ends the block.
#[derive(Default)]
struct CaptionBlock {
    /// The line before was a caption or a gallery line.
    after_caption: bool,
    /// The line before, unclassified, right after a caption.
    uncredited: Option<Span>,
    /// Where the line before ended.
    last_end: usize,
}

impl CaptionBlock {
    /// Files `line` of `text` (of kind `kind`) in `out`, with the caption
    /// before it that its credit reveals.
    // Two callers; one copy is enough (wasm size).
    #[inline(never)]
    fn line(
        &mut self,
        text: &str,
        line: Span,
        kind: Option<BoilerplateKind>,
        out: &mut Vec<Boilerplate>,
    ) {
        if self.after_caption || self.uncredited.is_some() {
            let gap = &text.as_bytes()[self.last_end.min(line.start)..line.start];
            let mut breaks = 0;
            for (i, &b) in gap.iter().enumerate() {
                breaks += usize::from(b == b'\n' || (b == b'\r' && gap.get(i + 1) != Some(&b'\n')));
            }
            if breaks > 1 {
                self.after_caption = false;
                self.uncredited = None;
            }
        }
        if let (Some(BoilerplateKind::Credit), Some(caption)) = (kind, self.uncredited) {
            out.push(Boilerplate {
                span: caption,
                kind: BoilerplateKind::Caption,
            });
        }
        self.uncredited = (kind.is_none() && self.after_caption).then_some(line);
        self.after_caption = matches!(
            kind,
            Some(BoilerplateKind::Caption | BoilerplateKind::Gallery)
        );
        self.last_end = line.end;
        if let Some(kind) = kind {
            out.push(Boilerplate { span: line, kind });
        }
    }
}

/// A widget of a page whose items stand one per line after it opens.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Widget {
    None,
    /// `Share this:` / `Facebook` / `Email`.
    ShareBar,
    /// `Read more:` / a linked headline per line.
    LinkList,
}

/// Lines at most this long have their kinds remembered: a page's widgets
/// repeat the same short lines (`Share`, `Tweet`, `Email`) hundreds of
/// times, and on lines that short the rules cost more per byte than
/// anything else in the analysis.
const MEMO_MAX_BYTES: usize = 40;

/// Slots of the memo: the distinct short lines of a page's widgets are
/// a few dozen.
const MEMO_SLOTS: usize = 64;

/// [`classify`] with the answers for recent short lines remembered: a
/// direct-mapped cache, one line per slot (picked by a hash of the line),
/// which a new line takes over. A fixed table, not a hash map: it never
/// grows on a text of many distinct short lines, and costs the page no
/// map code of its own.
struct ShortLineKinds<'t> {
    slots: [Option<(&'t str, Option<BoilerplateKind>)>; MEMO_SLOTS],
}

impl<'t> ShortLineKinds<'t> {
    fn new() -> Self {
        ShortLineKinds {
            slots: [None; MEMO_SLOTS],
        }
    }

    fn classify(&mut self, line: &'t str) -> Option<BoilerplateKind> {
        // Without a letter, `classify` answers at once (figures, a table's
        // numbers one per line): remembering would cost more.
        if line.len() > MEMO_MAX_BYTES || is_letterless(line) {
            return classify(line);
        }
        let mut hasher = FastHasher::default();
        hasher.write(line.as_bytes());
        let slot = &mut self.slots[hasher.finish() as usize % MEMO_SLOTS];
        match *slot {
            Some((seen, kind)) if seen == line => kind,
            _ => {
                let kind = classify(line);
                *slot = Some((line, kind));
                kind
            }
        }
    }
}

/// `kind` (the line's [`classify`]), and the items of a widget opened on
/// the lines before (`widget`, updated for the next line): a share button
/// alone on its line, a linked headline (a short line that is no sentence)
/// after `Read more:`. `line` is trimmed.
fn classify_after(
    line: &str,
    kind: Option<BoilerplateKind>,
    widget: &mut Widget,
) -> Option<BoilerplateKind> {
    let item = match *widget {
        Widget::None => false,
        Widget::ShareBar => is_share_button(line),
        Widget::LinkList => {
            word_iter(line).take(MAX_LINK_WORDS + 1).count() <= MAX_LINK_WORDS
                && !line.ends_with(['.', '?', '!', '"', '”'])
        }
    };
    let kind = kind.or(item.then_some(BoilerplateKind::Other));
    *widget = if kind != Some(BoilerplateKind::Other) {
        Widget::None
    } else if item {
        *widget
    } else if is_share_bar(line) || starts_with_lowercase(line, "share") {
        Widget::ShareBar
    } else if (line.ends_with(':') && LINK_LABELS.iter().any(|l| lowercase_is(line, l)))
        || heads_link_list(line)
    {
        Widget::LinkList
    } else {
        Widget::None
    };
    kind
}

/// Whether `line` has no letter: ASCII figures and punctuation only, where
/// [`classify`] answers without reading words.
fn is_letterless(line: &str) -> bool {
    line.bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_alphabetic())
}

/// The kind of debris a paragraph is, if it is one.
// Not inlined into `classify_after`: one copy of the rules is enough.
#[inline(never)]
pub fn classify(paragraph: &str) -> Option<BoilerplateKind> {
    let line = paragraph.trim_matches(is_space);
    // Without a letter (figures, punctuation) a line can only be a separator
    // or a photo counter: every other rule looks for words. Tables of
    // figures are thousands of such lines, each costing all the rules.
    if is_letterless(line) {
        return if is_separator(line) {
            Some(BoilerplateKind::Separator)
        } else if starts_with_counter(line) {
            Some(BoilerplateKind::Gallery)
        } else {
            None
        };
    }
    // Every rule that reads words wants a short line; counting past the
    // longest (a credit) only tells that the line is long.
    let mut buffer = [""; MAX_CREDIT_WORDS + 1];
    let words = first_words(line, &mut buffer);
    if is_separator(line) {
        return Some(BoilerplateKind::Separator);
    }
    if is_gallery(line, words) {
        return Some(BoilerplateKind::Gallery);
    }
    if is_byline(line, words) {
        return Some(BoilerplateKind::Byline);
    }
    if is_credit(line, words) {
        return Some(BoilerplateKind::Credit);
    }
    if is_caption(line) {
        return Some(BoilerplateKind::Caption);
    }
    if is_label(line, words) {
        return Some(BoilerplateKind::Other);
    }
    None
}

/// Words of a line: runs of letters, digits and inner apostrophes or periods.
fn word_iter(line: &str) -> impl Iterator<Item = &str> {
    line.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '.')))
        .map(|w| w.trim_matches(|c: char| matches!(c, '\'' | '’' | '.')))
        .filter(|w| !w.is_empty())
}

/// The first words of `line`, as many as `buffer` holds, stored in it: the
/// rules only ever read a few, and a paragraph of prose has hundreds.
fn first_words<'t, 'b>(line: &'t str, buffer: &'b mut [&'t str]) -> &'b [&'t str] {
    let mut count = 0;
    for (slot, word) in buffer.iter_mut().zip(word_iter(line)) {
        *slot = word;
        count += 1;
    }
    &buffer[..count]
}

/// A line of three or more underscores, dashes, asterisks, equal signs or bullets.
fn is_separator(line: &str) -> bool {
    line.chars()
        .all(|c| is_space(c) || matches!(c, '_' | '-' | '—' | '–' | '*' | '=' | '•' | '#' | '~'))
        && line.chars().filter(|c| !is_space(*c)).count() >= 3
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
    let has_noun = words.iter().any(|w| lowercase_in(w, GALLERY_NOUNS));
    let has_verb = words.iter().any(|w| lowercase_in(w, GALLERY_VERBS));
    // "Gallery" or "Photo gallery" alone is a widget title too.
    has_noun
        && (has_verb
            || words
                .iter()
                .all(|w| lowercase_is(w, "photo") || lowercase_in(w, GALLERY_NOUNS)))
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
    // Wires put theirs in parentheses: "(Reporting by …; Editing by …)".
    let opening = line.strip_prefix('(').unwrap_or(line);
    if is_contributor_line(line)
        || CREDITS_OPENINGS
            .iter()
            .any(|prefix| starts_with_lowercase(opening, prefix))
    {
        return true;
    }
    // "Davies reported from Manchester, England." as its own sentence.
    if words.len() >= 3
        && words.len() <= MAX_DATELINE_NOTE_WORDS
        && lowercase_is(words[1], "reported")
        && lowercase_is(words[2], "from")
    {
        return true;
    }
    if words.len() < 2 || words.len() > MAX_BYLINE_WORDS || !lowercase_is(words[0], "by") {
        return false;
    }
    // Only dashes, bullets or white space may precede "By".
    let before = &line[..line.find(['B', 'b']).unwrap_or(0)];
    before.chars().all(|c| is_space(c) || matches!(c, '-' | '—' | '–' | '•' | '*' | '|'))
        && words[1].chars().next().is_some_and(char::is_uppercase)
        // "By Monday, the council had voted." is a sentence, not a byline.
        && !line.ends_with(['.', '!', '?'])
}

/// Whether `line` says, anywhere, who contributed to the report.
fn is_contributor_line(line: &str) -> bool {
    // One scan for the words every phrase opens with.
    lowercase_matches(line, "contributed ").any(|at| {
        CONTRIBUTOR_PHRASES
            .iter()
            .any(|phrase| starts_with_lowercase(&line[at..], phrase))
    })
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
    if CREDIT_PREFIXES
        .iter()
        .any(|prefix| starts_with_lowercase(inner, prefix))
    {
        return words.len() <= MAX_CREDIT_WORDS;
    }
    if line.ends_with(['.', '!', '?']) && !line.starts_with('(') {
        return false;
    }
    names_credit(inner) && (line.starts_with('(') || words.len() <= 6 || ends_in_agency(line))
}

/// `Jane Roe/Bay Area News Group via AP`: names (a photographer, a paper)
/// joined by slashes or `via`, an agency last: the shape of a credit however
/// many words it has. A line of prose has lowercase words besides.
fn ends_in_agency(line: &str) -> bool {
    let Some(last) = line.rsplit([' ', '/']).next() else {
        return false;
    };
    AGENCIES.contains(&last)
        && (line.contains('/') || line.contains(" via "))
        && word_iter(line).all(|w| {
            !w.starts_with(|c: char| c.is_lowercase()) || matches!(w, "via" | "for" | "of" | "the")
        })
}

/// Whether `text` reads as a photo credit: a credit word or an agency name,
/// in a short text.
fn names_credit(text: &str) -> bool {
    let mut buffer = [""; MAX_CREDIT_WORDS + 1];
    let words = first_words(text, &mut buffer);
    if words.is_empty() || words.len() > MAX_CREDIT_WORDS {
        return false;
    }
    words
        .iter()
        .any(|w| AGENCIES.contains(w) || lowercase_in(w, CREDIT_MARKERS))
        && (text.contains('/')
            || text.contains(" via ")
            || words.iter().any(|w| AGENCIES.contains(w))
            || contains_lowercase(text, "photo"))
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
    // Every marker ends in a colon, and most lines have none.
    if !line.contains(':') {
        return false;
    }
    for marker in TRAILING_CREDIT_MARKERS {
        if let Some(at) = line.rfind(marker) {
            return word_iter(&line[..at]).nth(3).is_some()
                && word_iter(&line[at..]).nth(MAX_CREDIT_WORDS).is_none();
        }
    }
    false
}

/// Whether `line` is a share bar ("Facebook Twitter Email"): two buttons or
/// more and nothing else.
pub(crate) fn is_share_bar(line: &str) -> bool {
    let mut buttons = 0;
    line.len() <= MAX_SHARE_BAR_BYTES
        && word_iter(line).all(|w| {
            buttons += 1;
            lowercase_in(w, SHARE_BUTTONS)
        })
        && buttons >= 2
}

/// Whether `line` is a stock line that heads linked headlines (`Related
/// Articles`).
fn heads_link_list(line: &str) -> bool {
    // One word more than the longest: a longer line is no stock line.
    let mut buffer = [""; MAX_STOCK_LINE_WORDS + 1];
    let words = first_words(line, &mut buffer);
    LINK_LIST_HEADS
        .iter()
        .any(|head| is_stock_line(words, head))
}

/// Whether `words` are the stock line `stock`, case aside.
fn is_stock_line(words: &[&str], stock: &[&str]) -> bool {
    stock.len() == words.len() && stock.iter().zip(words).all(|(s, w)| lowercase_is(w, s))
}

/// Whether every one of `words` starts with a capital.
fn all_capitalized(words: &[&str]) -> bool {
    words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Whether `line` gives a story's times: `PUBLISHED: November 28, 2026 at
/// 5:02 p.m. | UPDATED: …`, `Published 9:14 AM EST, Tue November 24, 2026`
/// (an opening word, then a figure or a capital, a figure in it).
fn is_timestamp(line: &str) -> bool {
    line.len() <= MAX_TIMESTAMP_BYTES
        && line.bytes().any(|b| b.is_ascii_digit())
        && TIMESTAMP_OPENINGS.iter().any(|o| {
            starts_with_lowercase(line, o)
                && line[o.len()..].starts_with([' ', ':'])
                && line[o.len()..]
                    .trim_start_matches([' ', ':'])
                    .starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase())
        })
        // Dates and times only: no lowercase word of a sentence.
        && word_iter(line).all(|w| {
            !w.starts_with(|c: char| c.is_lowercase())
                || TIMESTAMP_WORDS.iter().any(|t| lowercase_is(w, t))
        })
}

/// The lowercase words of a timestamp line.
const TIMESTAMP_WORDS: &[&str] = &[
    "at",
    "on",
    "a.m",
    "p.m",
    "am",
    "pm",
    "updated",
    "published",
    "posted",
    "last",
];

/// Bytes of the longest timestamp line (two dates with their times).
const MAX_TIMESTAMP_BYTES: usize = 120;

/// Whether `line` is a page's breadcrumb trail: a few capitalized words
/// between `>` or `›` (`NEWS > LOCAL`, `Sport › Football`).
fn is_breadcrumb(line: &str, words: &[&str]) -> bool {
    (2..=MAX_LABEL_WORDS + 2).contains(&words.len())
        && line.contains(['>', '›', '»'])
        && !line.ends_with(['.', '!', '?'])
        && all_capitalized(words)
}

/// Whether `line` is a site's menu of sections: three or more short
/// capitalized items between bars (`News | Local | Weather | Sports`), no
/// figure in it (a timestamp's `Published … | Updated …` has one).
fn is_menu_bar(line: &str) -> bool {
    let mut items = 0;
    for item in line.split(['|', '•', '·']) {
        let mut buffer = [""; MAX_MENU_ITEM_WORDS + 1];
        let words = first_words(item, &mut buffer);
        let capitalized = words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) || matches!(*w, "&" | "and" | "of")
        });
        let fits = (1..=MAX_MENU_ITEM_WORDS).contains(&words.len())
            && capitalized
            && !item.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | ':'));
        if !fits {
            return false;
        }
        items += 1;
    }
    items >= MIN_MENU_ITEMS
}

/// Most words of one item of a menu bar (`Arts & Culture` is three).
const MAX_MENU_ITEM_WORDS: usize = 3;

/// Fewest items of a menu bar.
const MIN_MENU_ITEMS: usize = 3;

/// Whether `line` is a writer's job: a few capitalized words ending in one
/// (`Health Reporter`, `Senior Political Correspondent`).
fn is_writer_role(line: &str) -> bool {
    let mut buffer = [""; MAX_LABEL_WORDS + 1];
    let words = first_words(line, &mut buffer);
    (1..=MAX_LABEL_WORDS).contains(&words.len())
        && !line.ends_with(['.', ':'])
        && all_capitalized(words)
        && words.last().is_some_and(|w| lowercase_in(w, WRITER_JOBS))
}

/// The jobs that end a writer's job line.
const WRITER_JOBS: &[&str] = &[
    "reporter",
    "correspondent",
    "editor",
    "writer",
    "columnist",
    "producer",
];

/// Whether `line` is one share button alone (`Facebook`).
fn is_share_button(line: &str) -> bool {
    let mut words = word_iter(line);
    words.next().is_some_and(|w| lowercase_in(w, SHARE_BUTTONS)) && words.next().is_none()
}

/// "The Latest:", "Related:", "Advertisement": a label of a few words ending
/// in a colon, or a stock widget line.
fn is_label(line: &str, words: &[&str]) -> bool {
    if words.is_empty() {
        return false;
    }
    // Most lines have more words than any stock line: no need to compare.
    if words.len() <= MAX_STOCK_LINE_WORDS
        && STOCK_LINES
            .iter()
            .chain(LINK_LIST_HEADS)
            .any(|stock| is_stock_line(words, stock))
    {
        return true;
    }
    if words.len() >= 2 && is_share_bar(line) {
        return true;
    }
    // A link to another story or a subscription offer: a short line, and
    // not a sentence (no final period) for the link.
    if words.len() <= MAX_LINK_WORDS {
        let opens_with =
            |openings: &[&str]| openings.iter().any(|o| starts_with_lowercase(line, o));
        let link = || opens_with(LINK_LABELS) && !line.ends_with('.');
        // Compared word by word: `click` has a `k`, which the Kelvin sign
        // also lowercases to.
        let button = || {
            words.len() >= 3
                && lowercase_is(words[0], "click")
                && lowercase_is(words[1], "to")
                && lowercase_in(words[2], BUTTON_ACTIONS)
        };
        let sign_up = || opens_with(SIGN_UP_OPENINGS) || button();

        // "Copyright 2026 Agence France-Presse. All rights reserved."
        let copyright = || {
            line.starts_with('©')
                || lowercase_is(words[0], "copyright")
                || (words.len() >= 3 && contains_lowercase(line, "all rights reserved"))
        };
        if link() || sign_up() || copyright() || is_breadcrumb(line, words) {
            return true;
        }
    }
    if is_timestamp(line) || is_menu_bar(line) {
        return true;
    }
    // A wire's notice of any length: "Copyright 2024 The Associated Press.
    // All rights reserved. This material may not be published, …"
    let opens_notice = line.starts_with('©') || lowercase_is(words[0], "copyright");
    if opens_notice && contains_lowercase(line, "all rights reserved") {
        return true;
    }
    line.ends_with(':')
        && words.len() <= MAX_LABEL_WORDS
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && !words.iter().any(|w| lowercase_in(w, SPEECH_VERBS))
}

// Case-insensitive matching without lowercased copies. Outside ASCII, only
// two characters lowercase to ASCII letters: K (Kelvin sign) to `k`, and İ to
// `i` and a combining dot. So a lowercase ASCII needle with no `k` and no
// final `i` occurs in `text.to_lowercase()` exactly where it matches the ASCII
// bytes of `text` case aside, and a word lowercases to an ASCII word only if
// it is ASCII or holds a Kelvin sign.

/// Whether `word.to_lowercase() == lower`, for a lowercase ASCII `lower`.
pub(crate) fn lowercase_is(word: &str, lower: &str) -> bool {
    lowercase_in(word, std::slice::from_ref(&lower))
}

/// [`lowercase_is`] for a `word` that is not ASCII.
fn non_ascii_lowercase_is(word: &str, lower: &str) -> bool {
    // Only Kelvin signs (3 bytes for one `k`) lowercase to ASCII from
    // outside it, so the word is longer than its ASCII lowercase form.
    word.len() > lower.len() && word.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

/// Whether `word.to_lowercase()` is one of `list` (lowercase ASCII words).
fn lowercase_in(word: &str, list: &[&str]) -> bool {
    // The rules ask about every word of a line against lists: whether the
    // word is ASCII is asked once, and the comparison of two ASCII words
    // starts with their lengths.
    if word.is_ascii() {
        list.iter().any(|lower| word.eq_ignore_ascii_case(lower))
    } else {
        list.iter().any(|lower| non_ascii_lowercase_is(word, lower))
    }
}

/// Whether `text.to_lowercase().starts_with(prefix)`, for a lowercase ASCII
/// `prefix` with no `k` and no final `i`.
pub(crate) fn starts_with_lowercase(text: &str, prefix: &str) -> bool {
    debug_assert!(is_plain_needle(prefix), "{prefix:?}");
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Whether `text.to_lowercase().contains(needle)`, for a lowercase ASCII
/// `needle` with no `k` and no final `i`.
pub(crate) fn contains_lowercase(text: &str, needle: &str) -> bool {
    lowercase_matches(text, needle).next().is_some()
}

/// The byte offsets in `text` where `needle` (as for [`contains_lowercase`])
/// matches case aside, in order.
fn lowercase_matches<'a>(text: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    debug_assert!(is_plain_needle(needle), "{needle:?}");
    let first = needle.as_bytes()[0];
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(found) = find_ignoring_case(&text.as_bytes()[from..], first) {
            let at = from + found;
            from = at + 1;
            // `at` holds an ASCII byte, so it is a char boundary.
            if starts_with_lowercase(&text[at..], needle) {
                return Some(at);
            }
        }
        None
    })
}

fn is_plain_needle(needle: &str) -> bool {
    !needle.is_empty()
        && needle
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase() && b != b'k')
        && !needle.ends_with('i')
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
            ("Jane Roe/Bay Area News Group via AP", Some(Credit)),
            ("Tom Reed/The Harbour Gazette/Reuters", Some(Credit)),
            ("The mayor thanked the volunteers who came via AP", None),
            ("The mayor speaks at the opening of the new hall, Monday, May 4, 2026. (AP Photo/Jane Roe)", Some(Caption)),
            ("Firefighters work at the scene in Lyon, France. (Reuters)", Some(Caption)),
            ("Fans wait outside the stadium. (Tom Reed, Pool Photo via AP)", Some(Caption)),
            ("The council met on Monday (its third meeting this year).", None),
            ("The Latest:", Some(Other)),
            ("Advertisement", Some(Other)),
            ("Facebook Twitter Email", Some(Other)),
            ("Share this article", Some(Other)),
            ("Share on Facebook", None),
            ("Facebook and Twitter were down for an hour.", None),
            ("He said:", None),
            ("Read more: Families wait years for council homes", Some(Other)),
            ("READ MORE: Ferry fares to rise in spring", Some(Other)),
            ("Related: The council voted on Monday to close the bridge for the summer, officials said.", None),
            ("Sign up for our free newsletter", Some(Other)),
            ("Copyright 2026 The Harbour Gazette. All rights reserved.", Some(Other)),
            ("Copyright 2026 The Harbour Gazette. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.", Some(Other)),
            ("© 2026 Northline Media Group", Some(Other)),
            ("Copyright law was rewritten in 1976 after a decade of hearings and several court fights over what a copy is.", None),
            ("Subscribe to the morning briefing", Some(Other)),
            ("Related Coverage", Some(Other)),
            ("Trending Now", Some(Other)),
            ("Skip to main content", Some(Other)),
            ("Sign In", Some(Other)),
            ("Subscribe Now", Some(Other)),
            ("NEWS  >  LOCAL", Some(Other)),
            ("Sport › Football › Premier League", Some(Other)),
            ("Prices rose > 5% in May.", None),
            ("News | Local | Weather | Sports | Opinion | Obituaries", Some(Other)),
            ("Home • Arts & Culture • Business", Some(Other)),
            ("Denver 3 | Oakland 2 | Final", None),
            ("The Tides | The Ridgebacks", None),
            ("He said it was fine | she said | so did we", None),
            ("Click to share on X (Opens in new window)", Some(Other)),
            ("CLIC\u{212A} TO SHARE on Facebook", Some(Other)),
            ("PUBLISHED: November 28, 2026 at 5:02 p.m. | UPDATED: November 29, 2026 at 8:40 a.m.", Some(Other)),
            ("Originally Published: November 28, 2026 at 5:02 p.m.", Some(Other)),
            ("Published 9:14 AM EST, Tue November 24, 2026", Some(Other)),
            ("Published in 1962, the novel sold 3 million copies.", None),
            ("Published Monday, the report found 3 errors.", None),
            ("Updated guidance was issued on May 4.", None),
            ("(Reporting by Ana Ruiz in Lima; Editing by Tom Reed)", Some(Byline)),
            ("(Additional reporting by Ana Ruiz)", Some(Byline)),
            ("Reporting the news is hard, she said.", None),
            // The Kelvin sign lowercases to an ASCII k.
            ("CLIC\u{212A} TO GALLERY", Some(Gallery)),
            ("He as\u{212A}ed:", None),
            ("The council voted to close the bridge for the summer.", None),
            // Lines without letters: separators and counters only.
            ("42", None),
            ("1,234.5 % (+3)", None),
            ("12 of 30 |", Some(Gallery)),
            ("2/4 - ", Some(Gallery)),
            ("==========", Some(Separator)),
            ("1 of 6", Some(Gallery)),
            ("1 of 6 7", None),
        ];
        for &(line, kind) in table {
            assert_eq!(classify(line), kind, "{line}");
        }
    }

    #[test]
    fn no_stock_line_is_longer_than_its_bound() {
        for stock in STOCK_LINES.iter().chain(LINK_LIST_HEADS) {
            assert!(stock.len() <= MAX_STOCK_LINE_WORDS, "{stock:?}");
        }
    }

    #[test]
    fn case_insensitive_matching_agrees_with_lowercased_copies() {
        let texts = [
            "Jane Roe CONTRIBUTED to this report.",
            "Roe Contributed Reporting; contributed to this story",
            "contrİbuted to this report, contributed\u{a0}to this report",
            "Photo: Jane Roe / PHOTOGRAPH: İmage: x",
            "ΣΑΣ photo",
            "\u{212A}elvin Photo ph",
            "",
        ];
        let needles = CONTRIBUTOR_PHRASES
            .iter()
            .chain(CREDITS_OPENINGS)
            .chain(CREDIT_PREFIXES)
            .chain(LINK_LABELS)
            .chain(SIGN_UP_OPENINGS)
            .chain(&["photo", "contributed ", "copyright ", "all rights reserved"]);
        for needle in needles {
            assert!(is_plain_needle(needle), "{needle:?}");
            for text in texts {
                for (at, _) in text.char_indices() {
                    let text = &text[at..];
                    let lower = text.to_lowercase();
                    assert_eq!(
                        contains_lowercase(text, needle),
                        lower.contains(needle),
                        "{text:?} {needle:?}"
                    );
                    assert_eq!(
                        starts_with_lowercase(text, needle),
                        lower.starts_with(needle),
                        "{text:?} {needle:?}"
                    );
                }
            }
        }
        for (word, lower) in [
            ("Click", "click"),
            ("CLIC\u{212A}", "click"),
            ("PHOTOS", "photo"),
            ("İmage", "image"),
            ("Said", "said"),
            ("\u{212A}", "k"),
            ("é", "e"),
            ("Sa", "said"),
            ("SaidX", "said"),
            ("ÀB", "ab"),
        ] {
            assert_eq!(lowercase_is(word, lower), word.to_lowercase() == lower);
        }
    }

    #[test]
    fn remembered_kinds_are_the_kinds() {
        // More distinct short lines than slots, so that lines take slots
        // over from one another, asked in a scrambled order with repeats.
        let stock = [
            "Share",
            "Tweet",
            "Email",
            "Click to Gallery",
            "VIEW GALLERY",
            "By Jane Roe",
            "AP Photo",
            "Advertisement",
            "Read more:",
            "The Latest:",
            "Facebook",
            "1 of 6",
            "Photo: Reuters",
            "said Smith",
            "(AP)",
        ];
        let lines: Vec<String> = (0..200)
            .map(|n| match n % 3 {
                0 => stock[n % stock.len()].to_string(),
                1 => format!("Line {n}"),
                _ => format!("{} {n}", stock[(n * 7) % stock.len()]),
            })
            .collect();
        let mut memo = ShortLineKinds::new();
        let mut next = crate::test_rng(7);
        for _ in 0..5000 {
            let line = &lines[next(lines.len())];
            assert_eq!(memo.classify(line), classify(line), "{line:?}");
        }
    }

    /// The texts of the boilerplate `detect` finds in `text`.
    fn found(text: &str) -> Vec<&str> {
        detect(&Document::new(text))
            .iter()
            .map(|b| b.span.text(text))
            .collect()
    }

    #[test]
    fn detect_returns_spans_in_order() {
        let text = "Story.\n\n___\n\nCredits.\n---\n- not one";
        assert_eq!(found(text), ["___", "---"]);
    }

    #[test]
    fn a_line_between_a_caption_and_its_credit_is_a_caption() {
        let block = "Click to Gallery\n\
            The mayor opens the hall on Monday. (Jane Roe/Harbour Gazette via AP)\n\
            The mayor opens the hall on Monday.\n\
            Jane Roe/Harbour Gazette via AP";
        assert_eq!(
            found(block),
            [
                "Click to Gallery",
                "The mayor opens the hall on Monday. (Jane Roe/Harbour Gazette via AP)",
                "The mayor opens the hall on Monday.",
                "Jane Roe/Harbour Gazette via AP",
            ]
        );
        // A blank line ends the block: the paragraph after a caption is
        // the article's, credit or not.
        let apart = "The mayor opens the hall. (AP Photo/Jane Roe)\n\n\
            The council met on Monday.\n\
            AP Photo/Jane Roe";
        assert_eq!(
            found(apart),
            [
                "The mayor opens the hall. (AP Photo/Jane Roe)",
                "AP Photo/Jane Roe"
            ]
        );
        // Without a credit after it, the line is the article's.
        let open = "Click to Gallery\n\
            The mayor opens the hall. (AP Photo/Jane Roe)\n\
            The council met on Monday.\n\
            It voted to close the bridge.";
        assert_eq!(
            found(open),
            [
                "Click to Gallery",
                "The mayor opens the hall. (AP Photo/Jane Roe)"
            ]
        );
    }

    #[test]
    fn share_buttons_one_per_line_after_a_share_label() {
        for text in [
            "The vote is on Friday.\n\nShare this story:\nFacebook\nWhatsApp\nEmail\n\nMore to come.",
            "The vote is on Friday.\n\nShare this story:\n\nFacebook\n\nWhatsApp\n\nEmail\n\nMore to come.",
        ] {
            assert_eq!(
                found(text),
                ["Share this story:", "Facebook", "WhatsApp", "Email"],
                "{text:?}"
            );
        }
        // A button's word alone, with no share bar before it, is no debris.
        assert!(detect(&Document::new("Email\n\nThe vote is on Friday.")).is_empty());
    }

    #[test]
    fn linked_headlines_after_a_read_more_label() {
        let text = "The vote is on Friday.\n\nRead more:\nSchools chief to retire in June\nPolice search for a missing hiker\n\nThe council meets again on Monday to set the rates.";
        assert_eq!(
            found(text),
            [
                "Read more:",
                "Schools chief to retire in June",
                "Police search for a missing hiker"
            ]
        );
    }

    #[test]
    fn a_writer_s_job_under_a_byline_is_part_of_it() {
        let text = "Aspirin offers little benefit, study finds\n\nBy Marisol Quenby\nHealth Reporter\n\nHealthy adults over 70 gained nothing.\n\nHealth Reporter";
        assert_eq!(found(text), ["By Marisol Quenby", "Health Reporter"]);
    }

    #[test]
    fn linked_headlines_after_a_related_articles_line() {
        let text = "The vote is on Friday.\n\nRelated Articles\nSchools chief to retire in June\nPolice search for a missing hiker\nSign up for Morning Report, our free daily newsletter.\nThe council meets again on Monday to set the rates.";
        assert_eq!(
            found(text),
            [
                "Related Articles",
                "Schools chief to retire in June",
                "Police search for a missing hiker",
                "Sign up for Morning Report, our free daily newsletter."
            ]
        );
    }

    #[test]
    fn captions_inside_a_column_of_short_lines() {
        let text = "The council voted to close the bridge on Monday.\nThe old bridge stands in the fog, May 4. (AP Photo/Jane Roe)\nTraffic will move to the ferry until the end of June.";
        assert_eq!(
            found(text),
            ["The old bridge stands in the fog, May 4. (AP Photo/Jane Roe)"]
        );
    }
}
