//! highlight on any text: no panic; the HTML is well-formed and its text
//! content (tags stripped, entities decoded) equals the input.
#![no_main]

#[path = "../../tests/support/invariants.rs"]
mod invariants;

use article_lens::{analyze, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let analysis = analyze(&text, &Options::default());
    invariants::check_highlight(&text, &analysis);
});
