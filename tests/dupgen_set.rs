//! The generated duplicate set (tests/dupgen/generated, made by
//! tests/dupgen/gen.py from the hand-written articles in tests/dupgen/articles):
//! occurrence F1 must stay at or above 0.98; clean must remove every copy.

mod common;

#[test]
fn generated_set_occurrence_f1() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/dupgen/generated");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    assert!(
        names.len() >= 20,
        "generated set missing: run tests/dupgen/gen.py"
    );
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    let mut misses = Vec::new();
    for path in &names {
        let text = std::fs::read_to_string(path).unwrap();
        let gold_path = path.with_extension("gold.json");
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(gold_path).unwrap()).unwrap();
        let counts = common::score(
            &common::predicted_occurrences(&text),
            &common::gold_occurrences(&gold),
        );
        if counts.1 + counts.2 > 0 {
            misses.push((path.file_name().unwrap().to_owned(), counts));
        }
        tp += counts.0;
        fp += counts.1;
        fn_ += counts.2;

        // Cleaning leaves no duplicate behind and is idempotent.
        let options = article_lens::CleanOptions::default();
        let analysis = article_lens::analyze(&text, &article_lens::Options::default());
        let once = article_lens::clean(&text, &analysis, &options);
        let again_analysis = article_lens::analyze(&once, &article_lens::Options::default());
        assert!(again_analysis.duplicates.is_empty(), "{path:?}");
        assert_eq!(article_lens::clean(&once, &again_analysis, &options), once);
    }
    let f1 = common::f1((tp, fp, fn_));
    assert!(
        f1 >= 0.98,
        "F1 {f1:.3} tp/fp/fn={tp}/{fp}/{fn_} misses: {misses:?}"
    );
}
