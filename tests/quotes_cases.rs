//! Table-driven quote and speaker cases: `tests/quotes_cases.txt` holds
//! hand-written texts with the quotations, speakers and partial flags they
//! must give (format at the top of that file). Nasty inputs that need code
//! to build follow as their own tests.

use article_lens::{analyze, quotes, Document, Options};
use std::time::{Duration, Instant};

const CASES: &str = include_str!("quotes_cases.txt");

#[derive(Debug)]
struct Expected {
    quote: String,
    speaker: Option<String>,
    mention: Option<String>,
    partial: bool,
}

#[derive(Debug)]
struct Case {
    name: String,
    text: String,
    expected: Vec<Expected>,
}

fn parse_expected(line: &str) -> Expected {
    let (quote, rest) = line
        .rsplit_once(" => ")
        .unwrap_or_else(|| panic!("expectation without ` => `: {line}"));
    let mut rest = rest.trim();
    let partial = rest.ends_with(" partial");
    if partial {
        rest = rest[..rest.len() - " partial".len()].trim();
    }
    let (speaker, mention) = match rest.split_once(" @ ") {
        Some((s, m)) => (s.trim(), Some(m.trim().to_owned())),
        None => (rest, None),
    };
    Expected {
        quote: quote.to_owned(),
        speaker: (speaker != "-").then(|| speaker.to_owned()),
        mention,
        partial,
    }
}

fn cases() -> Vec<Case> {
    let mut out: Vec<Case> = Vec::new();
    let mut lines = CASES.lines().peekable();
    while let Some(line) = lines.next() {
        let Some(name) = line.strip_prefix("### ") else {
            continue;
        };
        let mut text = Vec::new();
        for l in lines.by_ref() {
            if l == "---" {
                break;
            }
            text.push(l);
        }
        // Expectations may span lines (an AP quote across paragraphs): a
        // line without ` => ` continues the previous quote.
        let mut pending = String::new();
        let mut expected = Vec::new();
        while let Some(&l) = lines.peek() {
            if l.starts_with("### ") {
                break;
            }
            lines.next();
            if l.starts_with('#') && pending.is_empty() {
                continue;
            }
            if !pending.is_empty() {
                pending.push('\n');
            }
            pending.push_str(l);
            if l.contains(" => ") {
                expected.push(parse_expected(&pending));
                pending.clear();
            } else if l.is_empty() && pending.trim().is_empty() {
                pending.clear();
            }
        }
        out.push(Case {
            name: name.to_owned(),
            text: text.join("\n"),
            expected,
        });
    }
    out
}

#[test]
fn table_has_enough_cases() {
    assert!(cases().len() >= 60, "only {} cases", cases().len());
}

#[test]
fn table_cases() {
    let mut failures = Vec::new();
    for case in cases() {
        let text = case.text.as_str();
        let analysis = analyze(text, &Options::default());
        let got: Vec<String> = analysis
            .quotes
            .iter()
            .map(|q| {
                format!(
                    "{} => {}{}{}",
                    q.span.text(text),
                    q.speaker.as_ref().map_or("-", |s| s.name.as_str()),
                    q.speaker
                        .as_ref()
                        .map(|s| format!(" @ {}", s.span.text(text)))
                        .unwrap_or_default(),
                    if q.partial { " partial" } else { "" }
                )
            })
            .collect();
        let mut ok = analysis.quotes.len() == case.expected.len();
        let mut from = 0;
        for (q, e) in analysis.quotes.iter().zip(&case.expected) {
            let at = text[from..].find(&e.quote).map(|i| i + from);
            let span_ok = at == Some(q.span.start) && q.span.end == q.span.start + e.quote.len();
            from = q.span.end.min(text.len());
            let speaker_ok = q.speaker.as_ref().map(|s| s.name.as_str()) == e.speaker.as_deref();
            let mention_ok = e.mention.as_ref().map_or(true, |m| {
                q.speaker
                    .as_ref()
                    .is_some_and(|s| s.span.text(text) == m.as_str())
            });
            // Content is the quotation without its marks.
            let content_ok = q.span.contains(q.content) && q.content.len() < q.span.len();
            ok &= span_ok && speaker_ok && mention_ok && content_ok && q.partial == e.partial;
        }
        if !ok {
            failures.push(format!(
                "{}\n  expected: {:?}\n  got:      {:?}",
                case.name,
                case.expected
                    .iter()
                    .map(|e| format!(
                        "{} => {}{}{}",
                        e.quote,
                        e.speaker.as_deref().unwrap_or("-"),
                        e.mention
                            .as_ref()
                            .map(|m| format!(" @ {m}"))
                            .unwrap_or_default(),
                        if e.partial { " partial" } else { "" }
                    ))
                    .collect::<Vec<_>>(),
                got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_quote_has_a_cue_or_no_speaker_from_a_cue() {
    // The cue, when given, is a verb or phrase of speech outside the quote.
    let text = "“We will,” she said, “and soon.” According to Ushakov, “talks go on.”";
    let analysis = analyze(text, &Options::default());
    let cues: Vec<&str> = analysis
        .quotes
        .iter()
        .filter_map(|q| q.cue.map(|c| c.text(text)))
        .collect();
    assert_eq!(cues, ["said", "said", "According to"]);
}

/// Runs `f` and checks it finished within `limit` (generous: debug builds
/// on a shared machine), which a quadratic path on these inputs would not.
fn within(limit: Duration, f: impl FnOnce()) {
    let start = Instant::now();
    f();
    assert!(start.elapsed() < limit, "took {:?}", start.elapsed());
}

#[test]
fn hundred_thousand_marks_stay_linear() {
    for mark in ["“", "”", "\"", "'", "’", "‘", "«", "„"] {
        let text = mark.repeat(100_000);
        within(Duration::from_secs(20), || {
            let doc = Document::new(&text);
            let _ = quotes::detect(&doc, &[]);
        });
    }
    let text = "“a ”b “c ”".repeat(25_000);
    within(Duration::from_secs(20), || {
        let doc = Document::new(&text);
        let q = quotes::detect(&doc, &[]);
        assert!(!q.is_empty());
    });
}

#[test]
fn many_pronoun_quotes_stay_fast() {
    let paragraph = "Jane Doe met the mayor. “We will go on with the plan,” she said. \
                     “And we will not stop,” he said, “until it is done.”\n\n";
    let text = paragraph.repeat(5_000);
    within(Duration::from_secs(30), || {
        let q = analyze(&text, &Options::default()).quotes;
        assert_eq!(q.len(), 15_000);
        assert_eq!(
            q[0].speaker.as_ref().map(|s| s.name.as_str()),
            Some("Jane Doe")
        );
    });
}

#[test]
fn nasty_inputs_never_panic_and_spans_are_exact() {
    let inputs = [
        "",
        "“",
        "”",
        "\"",
        "'",
        "“”",
        "\"\"",
        "''",
        "“ ”",
        "’s",
        "said",
        "he said",
        "“x” said",
        "“x,” said",
        "“x,” said the",
        "according to",
        "“x” according to",
        "Mr. “x”",
        "“🎉 emoji quote 🎉,” said Zoë Ünal.",
        "“unclosed\n\n“reopened\n\n“again",
        "„low‟ ‚single‛ ‹guillemet› 「corner」 『white』",
        "“a ‘b “c ‘d “e ‘f “g ‘h” i’ j” k’ l” m’ n”",
        "\u{200B}“\u{200B}x\u{200B}”\u{200B} he said\u{FEFF}",
        "“x,”—said Jane Doe—“y.”",
        "( “x” ) [ “y” ] { “z” }",
        ", who said “x”",
        "The (said “x”",
        "\r\n“x,”\r\nshe said\r\n",
    ];
    for text in inputs {
        let analysis = analyze(text, &Options::default());
        for q in &analysis.quotes {
            assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
            assert!(q.span.contains(q.content), "{text:?}");
            if let Some(s) = &q.speaker {
                assert!(s.span.end <= text.len() && !s.name.is_empty(), "{text:?}");
            }
        }
    }
}
