//! Writes the bench corpora to a folder, for `benches/wasm-bench.mjs` and the
//! JS peers, so every system reads the same bytes as the native benches:
//!
//! ```text
//! cargo run --release --example gen-corpus -- DIR
//! ```
//!
//! Files: `news-10k.txt` (one article), `news-1m.txt`, `news-10m.txt` (the
//! two seed articles of `tests/fixtures` woven in when present), and each
//! adversarial corpus at 1 MB (`<name>-1m.txt`, `quote-marks-100k.txt`,
//! `single-line-5m.txt`).

#[path = "corpus.rs"]
mod corpus;

use std::path::{Path, PathBuf};

fn main() {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "target/bench-corpus".to_owned()),
    );
    if let Err(e) = write_all(&dir) {
        eprintln!("gen-corpus: cannot write {}: {e}", dir.display());
        std::process::exit(1);
    }
}

fn write_all(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let seeds = corpus::seeds();
    let write = |name: &str, text: &str| -> std::io::Result<()> {
        let path = dir.join(format!("{name}.txt"));
        std::fs::write(&path, text)?;
        println!("{:>10} bytes  {}", text.len(), path.display());
        Ok(())
    };
    write("news-10k", &corpus::article_10k())?;
    write(
        "news-1m",
        &corpus::with_seeds(&corpus::news(corpus::MB1), &seeds, corpus::SEED_EVERY),
    )?;
    write(
        "news-10m",
        &corpus::with_seeds(&corpus::news(corpus::MB10), &seeds, corpus::SEED_EVERY),
    )?;
    for (name, text) in corpus::adversarial(corpus::MB1) {
        write(&format!("{name}-1m"), &text)?;
    }
    write("quote-marks-100k", &corpus::quote_marks(100_000))?;
    write("single-line-5m", &corpus::single_line(5 * corpus::MB1))?;
    Ok(())
}
