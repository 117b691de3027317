//! The invariants every analysis, report, highlight and clean must satisfy on
//! any input. Shared by `tests/properties.rs`, `tests/robustness.rs` and the
//! cargo-fuzz targets in `fuzz/` (which include this file by path), so a
//! fuzz finding and a CI test fail on the same check.
//!
//! Each check panics with a message naming the broken invariant; that is
//! what a fuzzer reports as a crash.
#![allow(dead_code)]

use article_lens::contract::{Range, Report, TextRange};
use article_lens::{
    analyze, clean, highlight, Analysis, CleanOptions, HighlightOptions, Options, Span,
};

/// Known findings that a long fuzz run may skip so it can look for others:
/// `INVARIANTS_ALLOW=clean-boilerplate,...`. Each has an (ignored until fixed)
/// regression test in `tests/robustness.rs`. Tests never set it.
fn allowed(finding: &str) -> bool {
    static ALLOW: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    ALLOW
        .get_or_init(|| std::env::var("INVARIANTS_ALLOW").unwrap_or_default())
        .split(',')
        .any(|f| f == finding)
}

/// `span` lies inside `text` and on `char` boundaries.
fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} out of bounds (len {})",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} not on char boundaries"
    );
}

/// Spans are in text order: sorted by start (ties by end).
fn check_sorted(spans: &[Span], what: &str) {
    for pair in spans.windows(2) {
        assert!(
            (pair[0].start, pair[0].end) <= (pair[1].start, pair[1].end),
            "{what} not in text order: {:?} then {:?}",
            pair[0],
            pair[1]
        );
    }
}

/// Spans are in text order and do not overlap.
fn check_disjoint(spans: &[Span], what: &str) {
    for pair in spans.windows(2) {
        assert!(
            pair[0].end <= pair[1].start,
            "{what} overlap or out of order: {:?} then {:?}",
            pair[0],
            pair[1]
        );
    }
}

/// Every byte span of `analysis` is in bounds, on char boundaries and in the
/// order the types document.
pub fn check_analysis(text: &str, analysis: &Analysis) {
    check_analysis_except(text, analysis, &[]);
}

/// [`check_analysis`] without the named known findings (see [`allowed`]).
pub fn check_analysis_except(text: &str, analysis: &Analysis, skip: &[&str]) {
    for &p in &analysis.paragraphs {
        check_span(text, p, "paragraph");
    }
    check_disjoint(&analysis.paragraphs, "paragraphs");

    let mut quote_spans = Vec::new();
    for q in &analysis.quotes {
        check_span(text, q.span, "quote");
        check_span(text, q.content, "quote content");
        assert!(
            q.span.start <= q.content.start && q.content.end <= q.span.end,
            "quote content {:?} outside quote {:?}",
            q.content,
            q.span
        );
        if let Some(speaker) = &q.speaker {
            check_span(text, speaker.span, "speaker");
            if let Some(entity) = speaker.entity {
                assert!(
                    entity < analysis.entities.len(),
                    "speaker entity {entity} out of range"
                );
            }
        }
        if let Some(cue) = q.cue {
            check_span(text, cue, "cue");
        }
        quote_spans.push(q.span);
    }
    check_sorted(&quote_spans, "quotes");

    let mut first_mentions = Vec::new();
    for e in &analysis.entities {
        assert!(
            !e.mentions.is_empty(),
            "entity {:?} without mentions",
            e.name
        );
        for &m in &e.mentions {
            check_span(text, m, "mention");
            assert!(m.start < m.end, "empty mention {m:?}");
        }
        check_sorted(&e.mentions, "mentions");
        first_mentions.push(e.mentions[0]);
    }
    check_sorted(&first_mentions, "entities (by first mention)");

    let mut first_occurrences = Vec::new();
    for d in &analysis.duplicates {
        assert!(
            d.occurrences.len() >= 2,
            "duplicate group with {} occurrence(s)",
            d.occurrences.len()
        );
        assert!(
            (0.0..=1.0).contains(&d.similarity),
            "similarity {} outside 0..=1",
            d.similarity
        );
        for &o in &d.occurrences {
            check_span(text, o, "duplicate occurrence");
        }
        check_disjoint(&d.occurrences, "duplicate occurrences");
        first_occurrences.push(d.occurrences[0]);
    }
    if !allowed("dup-order") && !skip.contains(&"dup-order") {
        check_sorted(&first_occurrences, "duplicate groups (by first occurrence)");
    }

    let boiler: Vec<Span> = analysis.boilerplate.iter().map(|b| b.span).collect();
    for &b in &boiler {
        check_span(text, b, "boilerplate");
    }
    check_sorted(&boiler, "boilerplate");

    for &s in &analysis.segments {
        check_span(text, s, "segment");
    }
    check_disjoint(&analysis.segments, "segments");

    assert_eq!(
        analysis.stats.characters,
        text.encode_utf16().count(),
        "stats.characters is not the UTF-16 length"
    );
    assert_eq!(analysis.stats.paragraphs, analysis.paragraphs.len());
}

/// The report's ranges are UTF-16 offsets inside the text and every `text`
/// field equals the UTF-16 slice it names (what JS `text.slice` returns).
pub fn check_report(text: &str, report: &Report) {
    let units: Vec<u16> = text.encode_utf16().collect();
    let range = |r: &Range, what: &str| {
        assert!(
            r.start <= r.end && r.end <= units.len(),
            "{what} {}..{} out of bounds (UTF-16 len {})",
            r.start,
            r.end,
            units.len()
        );
    };
    let text_range = |start: usize, end: usize, slice: &str, what: &str| {
        assert!(
            start <= end && end <= units.len(),
            "{what} {start}..{end} out of bounds (UTF-16 len {})",
            units.len()
        );
        let js_slice = String::from_utf16(&units[start..end])
            .unwrap_or_else(|_| panic!("{what} {start}..{end} splits a surrogate pair"));
        assert_eq!(
            js_slice, slice,
            "{what} {start}..{end} does not slice to its text"
        );
    };
    let tr = |t: &TextRange, what: &str| text_range(t.start, t.end, &t.text, what);
    for p in &report.paragraphs {
        range(p, "paragraph");
    }
    for q in &report.quotes {
        text_range(q.start, q.end, &q.text, "quote");
        tr(&q.content, "quote content");
        if let Some(s) = &q.speaker {
            text_range(s.start, s.end, &s.text, "speaker");
        }
        if let Some(c) = &q.cue {
            tr(c, "cue");
        }
    }
    for e in &report.entities {
        for m in &e.mentions {
            tr(m, "mention");
        }
    }
    for d in &report.duplicates {
        for o in &d.occurrences {
            range(o, "duplicate occurrence");
        }
    }
    for b in &report.boilerplate {
        assert!(
            b.start <= b.end && b.end <= units.len(),
            "boilerplate out of bounds"
        );
    }
    for s in &report.segments {
        range(s, "segment");
    }
    assert_eq!(report.stats.characters, units.len());
}

/// Text content of an HTML fragment: tags dropped, the renderer's five
/// entities decoded. `None` when a `<` is never closed.
pub fn text_content(html: &str) -> Option<String> {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        decode_into(&mut out, &rest[..lt]);
        let gt = lt + rest[lt..].find('>')?;
        rest = &rest[gt + 1..];
    }
    decode_into(&mut out, rest);
    Some(out)
}

/// Decodes `&amp; &lt; &gt; &quot; &#39;` in one left-to-right pass (a chained
/// `replace` would decode `&amp;lt;` twice).
fn decode_into(out: &mut String, mut s: &str) {
    const ENTITIES: [(&str, char); 5] = [
        ("&amp;", '&'),
        ("&lt;", '<'),
        ("&gt;", '>'),
        ("&quot;", '"'),
        ("&#39;", '\''),
    ];
    while let Some(amp) = s.find('&') {
        out.push_str(&s[..amp]);
        let rest = &s[amp..];
        match ENTITIES.iter().find(|(e, _)| rest.starts_with(e)) {
            Some((e, c)) => {
                out.push(*c);
                s = &rest[e.len()..];
            }
            None => panic!("bare & in HTML output at {:?}", &rest[..rest.len().min(20)]),
        }
    }
    out.push_str(s);
}

/// Tags open and close as a proper stack, and no raw `<` or `>` of the input
/// leaked into text or attributes (the only tags are the renderer's own).
pub fn check_well_formed(html: &str) {
    const ALLOWED: [&str; 3] = ["article", "p", "span"];
    let mut stack: Vec<&str> = Vec::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        assert!(
            !rest[..lt].contains('>'),
            "raw '>' in text content of the HTML"
        );
        let gt = lt + rest[lt..].find('>').expect("unclosed '<' in HTML");
        let tag = &rest[lt + 1..gt];
        assert!(!tag.contains('<'), "'<' inside a tag: {tag:?}");
        if let Some(name) = tag.strip_prefix('/') {
            let open = stack.pop();
            assert_eq!(
                open,
                Some(name),
                "closing </{name}> does not match {open:?}"
            );
        } else {
            let name = tag.split(' ').next().unwrap_or("");
            assert!(ALLOWED.contains(&name), "unexpected element <{name}>");
            // Attribute values are double-quoted; an even number of quotes
            // means none was left open by unescaped input.
            assert!(
                tag.matches('"').count() % 2 == 0,
                "unbalanced quotes in tag {tag:?}"
            );
            stack.push(name);
        }
        rest = &rest[gt + 1..];
    }
    assert!(!rest.contains('>'), "raw '>' in text content of the HTML");
    assert!(stack.is_empty(), "unclosed elements: {stack:?}");
}

/// highlight's output is well-formed and its text content is the input.
pub fn check_highlight(text: &str, analysis: &Analysis) {
    for options in [HighlightOptions::default(), {
        let mut o = HighlightOptions::default();
        o.titles = false;
        o.duplicates = false;
        o
    }] {
        let html = highlight(text, analysis, &options);
        check_well_formed(&html);
        let content = text_content(&html).expect("unclosed tag");
        assert!(
            content == text,
            "highlight text content differs from the input"
        );
    }
}

/// `clean` is idempotent: cleaning a cleaned text changes nothing.
pub fn check_clean(text: &str, analysis: &Analysis) {
    for options in [CleanOptions::default(), {
        let mut o = CleanOptions::default();
        o.boilerplate = true;
        o
    }] {
        if options.boilerplate && allowed("clean-boilerplate") {
            continue;
        }
        let once = clean(text, analysis, &options);
        let twice = clean(&once, &analyze(&once, &Options::default()), &options);
        assert!(
            once == twice,
            "clean is not idempotent ({options:?}):\n once: {once:?}\ntwice: {twice:?}"
        );
    }
}

/// All invariants on one input.
pub fn check_all(text: &str) {
    let analysis = analyze(text, &Options::default());
    check_analysis(text, &analysis);
    check_report(text, &Report::new(text, &analysis));
    check_highlight(text, &analysis);
    check_clean(text, &analysis);
}
