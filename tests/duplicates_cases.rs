//! Table-driven cases for `duplicates::detect`: each row is a text and the
//! expected groups, each group the texts of its occurrences in order.

use article_lens::{analyze, duplicates, Document, Options};

const P1: &str = "The council voted on Tuesday to close the old bridge for repairs.";
const P2: &str = "Traffic will move to the ferry until the work ends in June.";
const P3: &str = "Shop owners fear the loss of customers during the summer.";
const P4: &str = "The mayor said the work was long overdue and would not wait.";
const C1: &str = "The old bridge stands in the fog, Monday, May 4, 2026. (AP Photo/Jane Roe)";
const C2: &str =
    "Workers inspect the pillars of the bridge, Monday, May 4, 2026. (AP Photo/Jane Roe)";
const C3: &str =
    "A ferry crosses the river near the bridge, Sunday, May 3, 2026. (AP Photo/Tom Reed)";

fn groups(text: &str) -> Vec<Vec<String>> {
    duplicates::detect(&Document::new(text))
        .iter()
        .map(|g| {
            g.occurrences
                .iter()
                .map(|o| o.text(text).to_owned())
                .collect()
        })
        .collect()
}

#[test]
fn cases() {
    let lines = |ps: &[&str]| ps.join("\n");
    let cases: Vec<(&str, String, Vec<Vec<String>>)> = vec![
        ("empty", String::new(), vec![]),
        ("blank", " \n\u{00A0}\n\u{200B}".into(), vec![]),
        ("distinct", lines(&[P1, P2, P3]), vec![]),
        (
            "short lines that differ by a word are different lines; by a typo, copies",
            lines(&[
                "Click to share on Facebook (Opens in new window)",
                "Click to share on X (Opens in new window)",
                P1,
                "Firefighters battle the blaze near Oakdale on Sunday",
                P2,
                "Firefighters battle the blaze naer Oakdale on Sunday",
            ]),
            vec![vec![
                "Firefighters battle the blaze near Oakdale on Sunday".into(),
                "Firefighters battle the blaze naer Oakdale on Sunday".into(),
            ]],
        ),
        (
            "exact repeat, blank-line layout",
            [P1, P2, P1].join("\n\n"),
            vec![vec![P1.into(), P1.into()]],
        ),
        (
            "CRLF layout",
            [P1, P2, P1].join("\r\n"),
            vec![vec![P1.into(), P1.into()]],
        ),
        (
            "quote styles, NBSP, zero-width, double space and case fold",
            lines(&[
                "“We will not wait,” the mayor’s aide said on Tuesday.",
                P2,
                "\"We will not wait,\" the mayor's\u{00A0}aide  said on\u{200B} TUESDAY.",
            ]),
            vec![vec![
                "“We will not wait,” the mayor’s aide said on Tuesday.".into(),
                "\"We will not wait,\" the mayor's\u{00A0}aide  said on\u{200B} TUESDAY.".into(),
            ]],
        ),
        (
            "dash and ellipsis styles fold",
            lines(&["The vote — the third this year — passed…", P2, "The vote -- the third this year -- passed..."]),
            vec![vec![
                "The vote — the third this year — passed…".into(),
                "The vote -- the third this year -- passed...".into(),
            ]],
        ),
        (
            "a run of paragraphs is one occurrence per copy",
            lines(&[P1, C1, C2, C3, P2, P3, C1, C2, C3, P4]),
            vec![vec![lines(&[C1, C2, C3]), lines(&[C1, C2, C3])]],
        ),
        (
            "repeats inside a run are not reported again",
            lines(&[P1, C2, "Click to Gallery", C1, C2, C2, C3, P2, P3, C1, C2, C2, C3, P4]),
            vec![vec![lines(&[C1, C2, C2, C3]), lines(&[C1, C2, C2, C3])]],
        ),
        (
            "a gallery line that repeats with the block joins the run",
            lines(&[P1, "VIEW GALLERY", C1, C2, P2, "VIEW GALLERY", C1, C2, P3]),
            vec![vec![
                lines(&["VIEW GALLERY", C1, C2]),
                lines(&["VIEW GALLERY", C1, C2]),
            ]],
        ),
        (
            "three copies, one group",
            lines(&[P1, P2, P1, P3, P1]),
            vec![vec![P1.into(), P1.into(), P1.into()]],
        ),
        (
            "two groups, ordered by first occurrence",
            lines(&[P1, P2, P3, P2, P4, P1]),
            vec![vec![P1.into(), P1.into()], vec![P2.into(), P2.into()]],
        ),
        (
            "back-to-back repeat",
            lines(&[P1, P2, P2, P3]),
            vec![vec![P2.into(), P2.into()]],
        ),
        (
            "a sentence pasted into another paragraph",
            lines(&[&format!("{P1} {P2}"), &format!("{P3} {P2}"), P4]),
            vec![vec![P2.into(), P2.into()]],
        ),
        (
            "consecutive repeated sentences are one occurrence per copy",
            lines(&[&format!("{P1} {P2} {P3}"), P4, &format!("Officials met again on Friday. {P2} {P3}")]),
            vec![vec![format!("{P2} {P3}"), format!("{P2} {P3}")]],
        ),
        (
            "a short sentence next to every copy joins the run",
            lines(&[&format!("{P1} {P2} “We will look.”"), P4, &format!("{P3} {P2} “We will look.”")]),
            vec![vec![format!("{P2} “We will look.”"), format!("{P2} “We will look.”")]],
        ),
        (
            "a paragraph repeated inside a longer one",
            lines(&[&format!("{P2} {P3}"), P1, &format!("{P4} {P2} {P3}")]),
            vec![vec![format!("{P2} {P3}"), format!("{P2} {P3}")]],
        ),
        (
            "short stock sentences never count",
            lines(&["The bridge closed. He said.", "Traffic moved to the ferry. He said.", P4]),
            vec![],
        ),
        (
            "short stock lines never count alone",
            lines(&["Advertisement", P1, "Advertisement", P2, "The Latest:", P3, "The Latest:", "___", P4, "___"]),
            vec![],
        ),
        (
            "captions that differ by a clause are different captions",
            lines(&[
                "Activists carrying a photograph of the mayor take part in a rally at the park, Sunday, Jan. 11, 2026. (AP Photo/Jane Roe)",
                P1,
                "Activists take part in a rally at the park, Sunday, Jan. 11, 2026. (AP Photo/Jane Roe)",
            ]),
            vec![],
        ),
        (
            "emoji and CJK",
            lines(&["東京で会議が開かれた 🎉 and many people came to see it happen.", P1, "東京で会議が開かれた 🎉 and many people came to see it happen."]),
            vec![vec![
                "東京で会議が開かれた 🎉 and many people came to see it happen.".into(),
                "東京で会議が開かれた 🎉 and many people came to see it happen.".into(),
            ]],
        ),
    ];
    for (name, text, expected) in cases {
        assert_eq!(groups(&text), expected, "{name}");
    }
}

#[test]
fn near_duplicates_report_similarity() {
    let original = "Engineers will first remove the deck and test each of the wooden pilings, which could take several weeks of work.";
    let typo = "Engineers will first remove the deck and test each of the wooden pilngs, which could take several weeks of work.";
    let word = "Engineers will first remove the deck and test each of the old pilings, which could take several weeks of work.";
    for variant in [typo, word] {
        let text = [original, P1, variant].join("\n");
        let found = duplicates::detect(&Document::new(&text));
        assert_eq!(found.len(), 1, "{variant}");
        let s = found[0].similarity;
        assert!((0.8..1.0).contains(&s), "{variant}: {s}");
    }
}

#[test]
fn first_occurrence_is_the_original_and_occurrences_never_overlap() {
    let text = [P1, C1, C2, C1, C2, C3, P2, C1, C2, C3, C1].join("\n");
    let found = duplicates::detect(&Document::new(&text));
    let mut all: Vec<_> = found
        .iter()
        .flat_map(|g| g.occurrences.iter().copied())
        .collect();
    for g in &found {
        assert!(g.occurrences.len() >= 2);
        assert!(g.occurrences.windows(2).all(|w| w[0].end <= w[1].start));
    }
    all.sort();
    assert!(all.windows(2).all(|w| w[0].end <= w[1].start), "{all:?}");
}

#[test]
fn never_panics_on_odd_input() {
    let nasty = [
        "\u{FEFF}",
        "\r\r\n\n\r",
        "a\u{0301}\u{0301}\u{0301}\na\u{0301}\u{0301}\u{0301}",
        "…………\n…………\n…………",
        "“”‘’\"'\n“”‘’\"'",
        "\u{200B}\u{200B}x\u{200B}",
        &"word ".repeat(5000),
        &format!("{}\n{}", "x".repeat(10_000), "x".repeat(10_000)),
    ];
    for text in nasty {
        let _ = analyze(text, &Options::default());
    }
}
