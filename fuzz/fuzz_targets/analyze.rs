//! analyze on any text: no panic; every span in bounds, on char boundaries,
//! in order; every contract `text` equals its UTF-16 slice.
#![no_main]

#[path = "../../tests/support/invariants.rs"]
mod invariants;

use article_lens::{analyze, contract::Report, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let analysis = analyze(&text, &Options::default());
    invariants::check_analysis(&text, &analysis);
    invariants::check_report(&text, &Report::new(&text, &analysis));
});
