//! The `article-lens` command line: analyze, highlight, clean and debug-dump
//! news texts with the same core as the web page.

use article_lens::{
    analyze, clean, contract::Report, highlight, Analysis, CleanOptions, HighlightOptions, Options,
};
use std::fmt;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The page's stylesheet, so a standalone highlight page looks like the web page.
const HIGHLIGHT_CSS: &str = include_str!("../www/highlight.css");

const USAGE: &str = "\
article-lens: quotes and speakers, entities and duplicated blocks in news text

Usage:
  article-lens analyze [FILE...]            JSON contract v1 (stdin when no FILE;
                                            JSON Lines with a \"file\" field for several)
  article-lens highlight [FILE] [-o OUT]    standalone HTML page (stdout when no -o)
  article-lens clean [FILE] [--boilerplate] [-o OUT]
                                            text without duplicate copies (and boilerplate)
  article-lens debug [FILE]                 every item with its byte span
  article-lens --help | --version

Offsets in JSON are UTF-16 code units (JS string indices); debug prints byte offsets.";

/// A failure the user can act on. `Display` names the file and the cause.
#[derive(Debug)]
enum CliError {
    Usage(String),
    Read { path: String, error: io::Error },
    NotUtf8 { path: String, offset: usize },
    Write { path: String, error: io::Error },
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Usage(message) => write!(f, "{message}\n\n{USAGE}"),
            CliError::Read { path, error } => write!(f, "cannot read {path}: {error}"),
            CliError::NotUtf8 { path, offset } => {
                write!(
                    f,
                    "{path} is not valid UTF-8: invalid byte sequence at byte offset {offset}"
                )
            }
            CliError::Write { path, error } => write!(f, "cannot write {path}: {error}"),
        }
    }
}

impl CliError {
    fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => 2,
            _ => 1,
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("article-lens: {error}");
            ExitCode::from(error.exit_code())
        }
    }
}

/// Parsed command-line words after the subcommand.
#[derive(Debug, Default)]
struct Args {
    files: Vec<String>,
    output: Option<String>,
    boilerplate: bool,
}

fn parse_args(
    words: &[String],
    allow_output: bool,
    allow_boilerplate: bool,
) -> Result<Args, CliError> {
    let mut args = Args::default();
    let mut iter = words.iter();
    while let Some(word) = iter.next() {
        match word.as_str() {
            "-o" | "--output" if allow_output => {
                let path = iter
                    .next()
                    .ok_or_else(|| CliError::Usage(format!("{word} needs a file name")))?;
                args.output = Some(path.clone());
            }
            "--boilerplate" if allow_boilerplate => args.boilerplate = true,
            "-" => args.files.push(word.clone()),
            flag if flag.starts_with('-') => {
                return Err(CliError::Usage(format!("unknown option {flag}")));
            }
            _ => args.files.push(word.clone()),
        }
    }
    Ok(args)
}

fn run(args: &[String]) -> Result<(), CliError> {
    let Some((command, rest)) = args.split_first() else {
        return Err(CliError::Usage("no command given".into()));
    };
    match command.as_str() {
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(())
        }
        "-V" | "--version" => {
            println!("article-lens {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        "analyze" => {
            let args = parse_args(rest, false, false)?;
            analyze_files(&args.files)
        }
        "highlight" => {
            let args = parse_args(rest, true, false)?;
            let (name, text) = read_single(&args.files)?;
            let analysis = analyze(&text, &Options::default());
            let page = standalone_page(&name, &text, &analysis);
            emit(args.output.as_deref(), page.as_bytes())
        }
        "clean" => {
            let args = parse_args(rest, true, true)?;
            let (_, text) = read_single(&args.files)?;
            let analysis = analyze(&text, &Options::default());
            let mut options = CleanOptions::default();
            options.boilerplate = args.boilerplate;
            emit(
                args.output.as_deref(),
                clean(&text, &analysis, &options).as_bytes(),
            )
        }
        "debug" => {
            let args = parse_args(rest, false, false)?;
            let (_, text) = read_single(&args.files)?;
            let analysis = analyze(&text, &Options::default());
            emit(None, debug_dump(&text, &analysis).as_bytes())
        }
        other => Err(CliError::Usage(format!("unknown command {other:?}"))),
    }
}

/// Reads a file (or stdin for `-`) as UTF-8, naming the offending byte offset
/// when it is not.
fn read_text(path: &str) -> Result<String, CliError> {
    let mut bytes = Vec::new();
    let shown = if path == "-" {
        "standard input".to_owned()
    } else {
        path.to_owned()
    };
    let result = if path == "-" {
        io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    result.map_err(|error| CliError::Read {
        path: shown.clone(),
        error,
    })?;
    String::from_utf8(bytes).map_err(|e| CliError::NotUtf8 {
        path: shown,
        offset: e.utf8_error().valid_up_to(),
    })
}

fn read_single(files: &[String]) -> Result<(String, String), CliError> {
    match files {
        [] => Ok(("standard input".into(), read_text("-")?)),
        [one] => Ok((one.clone(), read_text(one)?)),
        _ => Err(CliError::Usage(
            "this command takes at most one FILE".into(),
        )),
    }
}

fn analyze_files(files: &[String]) -> Result<(), CliError> {
    // Read everything first: an unreadable file fails the run before any output.
    let inputs: Vec<(String, String)> = if files.is_empty() {
        vec![("-".into(), read_text("-")?)]
    } else {
        files
            .iter()
            .map(|f| Ok((f.clone(), read_text(f)?)))
            .collect::<Result<_, CliError>>()?
    };
    let mut out = Vec::new();
    for (name, text) in &inputs {
        let analysis = analyze(text, &Options::default());
        let report = Report::new(text, &analysis);
        let file = (inputs.len() > 1).then_some(name.as_str());
        report.write_json(&mut out, file);
        out.push(b'\n');
    }
    emit(None, &out)
}

/// Writes `bytes` to stdout, or to `path` through a temporary file renamed
/// into place, so a failed run never leaves a partial output file.
///
/// A path that is not a regular file (`/dev/null`, a FIFO, `/dev/stdout`) is
/// written directly: renaming over it would replace the device or pipe with a
/// plain file. A symlink to a file keeps its link; the file it names is the
/// one replaced.
fn emit(path: Option<&str>, bytes: &[u8]) -> Result<(), CliError> {
    let Some(path) = path else {
        let mut stdout = io::stdout().lock();
        return stdout
            .write_all(bytes)
            .and_then(|_| stdout.flush())
            .or_else(|e| {
                if e.kind() == io::ErrorKind::BrokenPipe {
                    Ok(())
                } else {
                    Err(e)
                }
            })
            .map_err(|error| CliError::Write {
                path: "standard output".into(),
                error,
            });
    };
    let write_error = |error| CliError::Write {
        path: path.to_owned(),
        error,
    };
    match std::fs::metadata(path) {
        Ok(meta) if !meta.is_file() && !meta.is_dir() => {
            return std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .and_then(|mut file| file.write_all(bytes))
                .map_err(write_error);
        }
        _ => {}
    }
    let target = match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            std::fs::canonicalize(path).map_err(write_error)?
        }
        _ => PathBuf::from(path),
    };
    let dir = target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file_name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp: PathBuf = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = std::fs::write(&temp, bytes).and_then(|_| std::fs::rename(&temp, &target));
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result.map_err(write_error)
}

fn standalone_page(name: &str, text: &str, analysis: &Analysis) -> String {
    let mut page = String::with_capacity(text.len() * 3 + HIGHLIGHT_CSS.len() + 512);
    page.push_str("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.push_str(
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
    );
    let _ = article_lens::escape::escape_html(&mut page, name);
    page.push_str(" · article-lens</title>\n<style>\n");
    page.push_str(HIGHLIGHT_CSS);
    page.push_str("</style>\n</head>\n<body class=\"al-standalone\">\n");
    page.push_str(&highlight(text, analysis, &HighlightOptions::default()));
    page.push_str("\n</body>\n</html>\n");
    page
}

/// One line per item, with byte spans: the debugging view of an analysis.
fn debug_dump(text: &str, analysis: &Analysis) -> String {
    use fmt::Write as _;
    fn excerpt(s: &str) -> String {
        const MAX: usize = 60;
        let mut out: String = s.chars().take(MAX).collect();
        if s.chars().count() > MAX {
            out.push('…');
        }
        format!("{out:?}")
    }
    let mut out = String::new();
    let s = analysis.stats;
    let _ = writeln!(
        out,
        "stats characters={} words={} sentences={} paragraphs={}",
        s.characters, s.words, s.sentences, s.paragraphs
    );
    for (i, p) in analysis.paragraphs.iter().enumerate() {
        let _ = writeln!(out, "paragraph {i} {p} {}", excerpt(p.text(text)));
    }
    for (i, q) in analysis.quotes.iter().enumerate() {
        let speaker = q.speaker.as_ref().map_or("-".to_owned(), |sp| {
            let entity = sp.entity.map_or("-".to_owned(), |e| e.to_string());
            format!(
                "{:?} entity={entity} at {} {:?}",
                sp.name,
                sp.span,
                sp.span.text(text)
            )
        });
        let cue = q
            .cue
            .map_or("-".to_owned(), |c| format!("{c} {:?}", c.text(text)));
        let _ = writeln!(
            out,
            "quote {i} {} partial={} speaker={speaker} cue={cue} {}",
            q.span,
            q.partial,
            excerpt(q.span.text(text))
        );
    }
    for (i, e) in analysis.entities.iter().enumerate() {
        let mentions: Vec<String> = e
            .mentions
            .iter()
            .map(|m| format!("{m} {:?}", m.text(text)))
            .collect();
        let _ = writeln!(
            out,
            "entity {i} {} {:?}: {}",
            e.kind.as_str(),
            e.name,
            mentions.join(", ")
        );
    }
    for (i, d) in analysis.duplicates.iter().enumerate() {
        let occurrences: Vec<String> = d
            .occurrences
            .iter()
            .map(|o| format!("{o} {}", excerpt(o.text(text))))
            .collect();
        let _ = writeln!(
            out,
            "duplicate {i} similarity={:.2}: {}",
            d.similarity,
            occurrences.join(" | ")
        );
    }
    for b in &analysis.boilerplate {
        let _ = writeln!(
            out,
            "boilerplate {} {} {}",
            b.kind.as_str(),
            b.span,
            excerpt(b.span.text(text))
        );
    }
    for (i, seg) in analysis.segments.iter().enumerate() {
        let _ = writeln!(out, "segment {i} {seg} {}", excerpt(seg.text(text)));
    }
    out
}
