//! Bad input of issue 7, one test each: a correct result (every invariant of
//! `tests/support/invariants.rs` holds) or a clear error, never a panic; and
//! no quadratic path on adversarial input, checked as scaling ratios rather
//! than absolute times. Regression tests for fuzz findings are at the end.

#[path = "support/invariants.rs"]
mod invariants;

#[path = "../benches/corpus.rs"]
mod corpus;

use article_lens::{analyze, contract::Report, Analysis, Options};
use std::time::{Duration, Instant};

fn analyzed(text: &str) -> Analysis {
    analyze(text, &Options::default())
}

/// Analysis, contract and highlight invariants (clean's too when `clean`).
fn check(text: &str, clean: bool) -> Analysis {
    let analysis = analyzed(text);
    invariants::check_analysis_except(text, &analysis, KNOWN);
    invariants::check_report(text, &Report::new(text, &analysis));
    invariants::check_highlight(text, &analysis);
    if clean {
        invariants::check_clean(text, &analysis);
    }
    analysis
}

/// Open findings in detectors owned elsewhere, skipped by [`check`] (each
/// with an ignored regression test below). None open.
const KNOWN: &[&str] = &[];

#[test]
fn empty_text() {
    let a = check("", true);
    assert_eq!(a.stats.characters, 0);
    assert_eq!(a.stats.words, 0);
    assert!(a.quotes.is_empty() && a.entities.is_empty() && a.duplicates.is_empty());
}

#[test]
fn whitespace_only() {
    for text in [
        " ",
        "\n\n\n",
        " \t\r\n \u{a0}\u{2003}\r\r\n",
        "\u{200b}\u{feff}",
    ] {
        let a = check(text, true);
        assert_eq!(a.stats.words, 0, "{text:?}");
        assert!(a.quotes.is_empty() && a.entities.is_empty(), "{text:?}");
        assert!(
            a.duplicates.is_empty(),
            "{text:?}: blank lines are not duplicates"
        );
    }
}

#[test]
fn single_line_of_5_mb() {
    let text = corpus::single_line(5 * corpus::MB1);
    assert!(!text.contains('\n') && text.len() >= 5 * corpus::MB1 - 1024);
    let a = check(&text, false);
    assert_eq!(a.paragraphs.len(), 1);
    assert!(a.stats.words > 500_000);
}

#[test]
fn hundred_thousand_quote_marks() {
    let text = corpus::quote_marks(100_000);
    let a = check(&text, true);
    // No words anywhere: nothing is a full (non-partial) quotation.
    assert!(a.quotes.iter().all(|q| q.partial));
    let straight = "\"".repeat(100_000);
    check(&straight, true);
}

#[test]
fn unbalanced_marks_everywhere() {
    check(&corpus::unbalanced_marks(64 * 1024), true);
    for text in [
        "”",
        "“",
        "“a",
        "a”",
        "\"",
        "”“",
        "“‘”’",
        "‘’’’",
        "«»»",
        "“\n”",
        "\"\r\"",
    ] {
        check(text, true);
    }
}

#[test]
fn binary_junk_and_nul() {
    let mut rng = corpus::Rng::new(99);
    let bytes: Vec<u8> = (0..200_000).map(|_| rng.below(256) as u8).collect();
    let junk = String::from_utf8_lossy(&bytes).into_owned();
    check(&junk, true);
    let nul = "“We\0 will,”\0 Jane\0Doe said.\0\n\0\n\u{1}\u{7f}\u{8}".repeat(50);
    check(&nul, true);
}

#[test]
fn invalid_utf8_is_a_clear_cli_error() {
    let dir = std::env::temp_dir().join(format!("al-robust-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.txt");
    std::fs::write(&file, b"Good text \xff\xfe and more").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_article-lens"))
        .arg("analyze")
        .arg(&file)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("not valid UTF-8") && err.contains("offset 10"),
        "{err}"
    );
}

/// What arrives from JS for a lone surrogate: U+FFFD, one UTF-16 unit like
/// the surrogate it replaced, so offsets still match the caller's string.
#[test]
fn replacement_characters_from_lone_surrogates() {
    let text = "“\u{fffd}We will,” Jane Doe said.\n\n\u{fffd}\u{fffd} “ok \u{fffd}”";
    let a = check(text, true);
    let report = Report::new(text, &a);
    assert_eq!(report.stats.characters, text.chars().count());
}

#[test]
fn rtl_cjk_and_emoji() {
    let texts = [
        "“שלום לכולם, אנחנו כאן,” אמר דוד כהן.\n\nقال أحمد: «سنعود غداً إلى المدينة»",
        "東京 — 「我々は戻る」と田中氏は述べた。“中文新闻 很 好 的,” 李明 said.",
        "“We will 😀 go back 👩‍👩‍👧 together,” Jane Doe said. 🇺🇦 “🔥🔥🔥” e\u{301}",
        "\u{202e}“reversed text here now,”\u{202c} Mara Lindqvist said.",
    ];
    for text in texts {
        check(text, true);
    }
    // Emoji inside a quote: the contract's UTF-16 slice is the quote.
    let text = texts[2];
    let analysis = analyzed(text);
    let report = Report::new(text, &analysis);
    assert!(report.quotes.iter().any(|q| q.text.contains('😀')));
}

#[test]
fn crlf_and_cr_line_endings() {
    let lf = corpus::article_10k();
    let crlf = lf.replace('\n', "\r\n");
    let cr = lf.replace('\n', "\r");
    let a = check(&lf, true);
    let quotes = |text: &str, a: &Analysis| -> Vec<String> {
        a.quotes
            .iter()
            .map(|q| q.span.text(text).to_owned())
            .collect()
    };
    for other in [&crlf, &cr] {
        let b = check(other, true);
        assert_eq!(a.paragraphs.len(), b.paragraphs.len());
        assert_eq!(a.stats.sentences, b.stats.sentences);
        assert_eq!(quotes(&lf, &a), quotes(other, &b));
        assert_eq!(a.duplicates.len(), b.duplicates.len());
    }
}

#[test]
fn html_and_script_tags_are_inert() {
    let text =
        "<script>alert(1)</script>\n\n“<img src=x onerror=alert(1)>,” said <b>Jane Doe</b>.\n\n\
                </p></article><style>*{}</style> &lt; &amp; ' \" <!-- x --> <![CDATA[y]]>";
    let a = check(text, true);
    let html = article_lens::highlight(text, &a, &Default::default());
    for raw in ["<script", "<img", "<b>", "<style", "<!--", "<![CDATA"] {
        assert!(!html.contains(raw), "{raw} reached the HTML: {html}");
    }
}

// ---------------------------------------------------------------- scaling

/// Fastest of a few runs: the least disturbed by other work on the machine.
fn time_of(text: &str) -> Duration {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            let a = analyzed(text);
            let html = article_lens::highlight(text, &a, &Default::default());
            std::hint::black_box(html.len());
            start.elapsed()
        })
        .min()
        .unwrap()
}

/// time(2n) / time(n). Linear work gives about 2; quadratic about 4.
fn doubling_ratio(make: impl Fn(usize) -> String, n: usize) -> f64 {
    let small = make(n);
    let large = make(2 * n);
    let (ts, tl) = (time_of(&small), time_of(&large));
    tl.as_secs_f64() / ts.as_secs_f64() * (small.len() as f64 * 2.0 / large.len() as f64)
}

/// Input size for the scaling checks: large enough that a quadratic path
/// shows (tens of ms per run at the test profile's opt-level 1), small
/// enough for CI.
const SCALING_N: usize = 512 * 1024;

/// Builds a corpus of about the given size.
type Generator = fn(usize) -> String;

/// Adversarial input scales like news text: a doubling ratio above both 3
/// (quadratic work gives 4) and 1.5× that of news text measured in the same
/// run (a loaded machine moves both) fails. Each ratio is the best of up to
/// three measurements, since noise only ever makes a ratio look worse.
#[test]
fn adversarial_inputs_are_not_quadratic() {
    let news = doubling_ratio(corpus::news, SCALING_N);
    let limit = 3.0f64.max(1.5 * news);
    let cases: [(&str, Generator); 16] = [
        ("identical-paragraphs", corpus::identical_paragraphs),
        ("all-capitalized", corpus::all_capitalized),
        ("nested-quotes", corpus::nested_quotes),
        ("quote-marks", |n| corpus::quote_marks(n / 2)),
        ("unbalanced-marks", corpus::unbalanced_marks),
        ("single-line", corpus::single_line),
        ("long-credit", corpus::long_credit),
        ("group-word-run", corpus::group_word_run),
        ("shared-surname", corpus::shared_surname),
        ("punctuation-run", corpus::punctuation_run),
        ("many-datelines", corpus::many_datelines),
        ("repeated-short-block", corpus::repeated_short_block),
        ("short-lines", corpus::short_lines),
        ("dotted-runs", corpus::dotted_runs),
        ("role-tags", corpus::role_tags),
        ("run-on-quotes", corpus::run_on_quotes),
    ];
    let mut report = vec![format!("news: {news:.2}")];
    let mut failed = Vec::new();
    for (name, make) in cases {
        let mut ratio = doubling_ratio(make, SCALING_N);
        for _ in 0..2 {
            if ratio <= limit {
                break;
            }
            ratio = ratio.min(doubling_ratio(make, SCALING_N));
        }
        report.push(format!("{name}: {ratio:.2}"));
        if ratio > limit {
            failed.push(name);
        }
    }
    eprintln!("time(2n)/time(n): {}", report.join(", "));
    assert!(
        failed.is_empty(),
        "superlinear: {failed:?}; time(2n)/time(n): {}",
        report.join(", ")
    );
}

/// A photo credit is a few words. A parenthesis ending a paragraph that
/// looks like one but holds thousands of capitalized words made one person
/// of them all, whose name was then copied into every quote it spoke: a
/// 1 MB input gave gigabytes of JSON.
#[test]
fn long_fake_credit_makes_no_giant_name() {
    let credit = corpus::long_credit(64 * 1024);
    // `Photo by` opens a credit too.
    let by = credit.replacen("(AP Photo/", "(Photo by ", 1);
    for text in [credit, by] {
        let a = check(&text, false);
        let longest = a.entities.iter().map(|e| e.name.len()).max().unwrap_or(0);
        assert!(longest < 200, "an entity name of {longest} bytes");
        let json = serde_json::to_string(&Report::new(&text, &a)).unwrap();
        assert!(
            json.len() < 20 * text.len(),
            "{} bytes of JSON for {} bytes of text",
            json.len(),
            text.len()
        );
    }
    // A real credit is still one.
    let credit = "A man walks. (AP Photo/Evan Vucci)\n\n“Yes,” Vucci said.";
    let a = check(credit, false);
    let people: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(people.contains(&"Evan Vucci"), "{people:?}");
}

// ---------------------------------------------- regression tests (fuzzing)

/// Fuzz finding (analyze target, 2026-11-22, foundation duplicates): groups
/// were ordered by their *second* occurrence, not their first as
/// `Analysis::duplicates` documents. Fixed by the duplicates rewrite.
#[test]
fn duplicate_groups_are_ordered_by_first_occurrence() {
    let text = "Alpha one.\nBeta two.\nBeta two.\nAlpha one.";
    invariants::check_analysis(text, &analyzed(text));
}

/// Fuzz finding (clean target, 2026-11-22, minimized by `cargo fuzz tmin`
/// from a mutated seed): with `boilerplate: true`, clean is not idempotent.
/// The first pass removes a repeated *sentence* from the middle of the
/// second paragraph, leaving `Davies reported from ancons. Zelreport.`,
/// which the second pass then recognizes as a contributor line and removes.
/// Removing one kind of item creates another. Fixed in src/clean.rs: its
/// re-detection rounds look for boilerplate as well as copies.
#[test]
fn clean_with_boilerplate_is_idempotent_after_sentence_removal() {
    let text = "WAions. What’s needed is mirrored readiness from Russia for such \
                result-oriented negotiations.” Zehe__\n\nDavies reported from ancons. \
                What’s needed is mirrored readiness from Russia for such \
                result-oriented negotiations.” Zelreport.";
    invariants::check_clean(text, &analyzed(text));
}
