//! The `article-lens` command line, run as a user runs it: output on stdout
//! is valid contract-v1 JSON whose spans slice the input in UTF-16, errors
//! name the file (and the byte offset for bad UTF-8) with a non-zero exit,
//! and `highlight -o` writes its page whole or not at all.

#![cfg(not(target_arch = "wasm32"))]

mod spans;

use serde_json::Value;
use spans::check_report;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const SEED: &str = "tests/fixtures/seed-002.txt";
const OTHER_SEED: &str = "tests/fixtures/seed-000.txt";

/// Runs the CLI in the crate root with `args`, feeding `stdin`.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_article-lens"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    // A command that never reads stdin may close it first: ignore EPIPE.
    let _ = child.stdin.take().expect("piped stdin").write_all(stdin);
    child.wait_with_output().expect("the CLI finishes")
}

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .expect("fixture readable")
}

/// A fresh, empty folder for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("readable folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn assert_success(output: &Output) {
    assert!(
        output.status.success(),
        "exit {:?}, stderr: {}",
        output.status.code(),
        stderr(output)
    );
}

/// Asserts a failed run: exit code 1, nothing on stdout, and stderr
/// mentioning every one of `needles`.
fn assert_error(output: &Output, needles: &[&str]) {
    assert_eq!(output.status.code(), Some(1), "stderr: {}", stderr(output));
    assert!(output.stdout.is_empty(), "stdout: {}", stdout(output));
    let message = stderr(output);
    for needle in needles {
        assert!(message.contains(needle), "{needle:?} not in {message:?}");
    }
}

#[test]
fn analyze_prints_one_valid_report_for_one_file() {
    let output = run(&["analyze", SEED], b"");
    assert_success(&output);
    let out = stdout(&output);
    assert_eq!(out.lines().count(), 1, "one JSON document on one line");
    let json: Value = serde_json::from_str(out).expect("valid JSON");
    assert!(
        json.get("file").is_none(),
        "no file field for a single file"
    );
    let spans = check_report(&read(SEED), &json);
    assert!(json["quotes"].as_array().is_some_and(|q| !q.is_empty()));
    assert!(spans > 50, "only {spans} spans in seed 002");
}

#[test]
fn analyze_of_several_files_prints_json_lines_with_file() {
    let output = run(&["analyze", SEED, OTHER_SEED], b"");
    assert_success(&output);
    let lines: Vec<&str> = stdout(&output).lines().collect();
    assert_eq!(lines.len(), 2);
    for (line, file) in lines.iter().zip([SEED, OTHER_SEED]) {
        let json: Value = serde_json::from_str(line).expect("each line is JSON");
        assert_eq!(json["file"], file);
        check_report(&read(file), &json);
    }
}

#[test]
fn analyze_reads_stdin_without_file_or_with_dash() {
    let text = read(SEED);
    let from_file = run(&["analyze", SEED], b"");
    for args in [&["analyze"][..], &["analyze", "-"][..]] {
        let output = run(args, text.as_bytes());
        assert_success(&output);
        assert_eq!(stdout(&output), stdout(&from_file), "{args:?}");
    }
}

#[test]
fn analyze_of_empty_input_is_a_valid_empty_report() {
    let output = run(&["analyze"], b"");
    assert_success(&output);
    let json: Value = serde_json::from_str(stdout(&output)).expect("valid JSON");
    check_report("", &json);
    assert_eq!(json["quotes"], Value::Array(vec![]));
}

#[test]
fn missing_file_is_named_with_a_non_zero_exit() {
    let output = run(&["analyze", "no/such/article.txt"], b"");
    assert_error(&output, &["no/such/article.txt"]);
    // Nothing is printed for the good file either: all input is read first.
    let output = run(&["analyze", SEED, "no/such/article.txt"], b"");
    assert_error(&output, &["no/such/article.txt"]);
}

#[test]
fn non_utf8_input_names_the_file_and_byte_offset() {
    let dir = scratch("latin1");
    let file = dir.join("latin1.txt");
    // "café" in Latin-1: the é (0xE9) at byte 3 is not UTF-8.
    std::fs::write(&file, b"caf\xe9 au lait\n").unwrap();
    let name = file.to_str().unwrap();
    for command in ["analyze", "highlight", "debug", "clean"] {
        let output = run(&[command, name], b"");
        assert_error(&output, &[name, "UTF-8", "byte offset 3"]);
    }
    let output = run(&["analyze"], b"ok \xff");
    assert_error(&output, &["standard input", "byte offset 3"]);
}

#[test]
fn usage_errors_exit_2() {
    for args in [&[][..], &["frobnicate"][..], &["analyze", "--bogus"][..]] {
        let output = run(args, b"");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stderr(&output).contains("Usage"), "{args:?}");
    }
    let output = run(&["--version"], b"");
    assert_success(&output);
    assert!(stdout(&output).starts_with("article-lens "));
}

#[test]
fn highlight_writes_a_standalone_page() {
    let dir = scratch("highlight");
    let page = dir.join("seed.html");
    let output = run(&["highlight", SEED, "-o", page.to_str().unwrap()], b"");
    assert_success(&output);
    assert!(
        output.stdout.is_empty(),
        "page goes to the file, not stdout"
    );
    let html = std::fs::read_to_string(&page).expect("page written");
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.trim_end().ends_with("</html>"), "complete page");
    assert!(
        html.contains("<style>") && html.contains(".al-quote"),
        "page CSS inlined"
    );
    assert!(html.contains("class=\"al-quote"), "quotes highlighted");
    assert_eq!(files_in(&dir), ["seed.html"], "no temporary file left");
}

/// The text content of an HTML fragment: tags dropped, the renderer's five
/// entities decoded.
fn text_content(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn highlight_escapes_markup_in_the_text() {
    let input = "<img src=x onerror=alert(1)> “</textarea><script>alert(2)</script>,” he said.";
    let output = run(&["highlight"], input.as_bytes());
    assert_success(&output);
    let html = stdout(&output);
    let start = html.find("<article").expect("an article element");
    let end = html.rfind("</article>").expect("a closed article") + "</article>".len();
    let article = &html[start..end];
    // Only the renderer's own elements: the input's markup is text.
    assert!(
        !html.contains("<img") && !html.contains("<script"),
        "{html}"
    );
    assert!(
        article.contains("&lt;img src=x onerror=alert("),
        "{article}"
    );
    assert_eq!(text_content(article), input);
}

#[test]
fn failed_highlight_never_leaves_a_partial_or_clobbered_file() {
    let dir = scratch("atomic");
    // Input unreadable: an existing output file keeps its old content.
    let page = dir.join("page.html");
    std::fs::write(&page, "old page").unwrap();
    let output = run(
        &["highlight", "missing.txt", "-o", page.to_str().unwrap()],
        b"",
    );
    assert_error(&output, &["missing.txt"]);
    assert_eq!(std::fs::read_to_string(&page).unwrap(), "old page");
    // Output folder missing: an error naming the output, and no file anywhere.
    let nowhere = dir.join("no-such-folder").join("page.html");
    let output = run(&["highlight", SEED, "-o", nowhere.to_str().unwrap()], b"");
    assert_error(&output, &[nowhere.to_str().unwrap()]);
    assert_eq!(files_in(&dir), ["page.html"], "no temporary file left");
}

#[test]
fn highlight_replaces_an_existing_page_whole() {
    let dir = scratch("replace");
    let page = dir.join("page.html");
    std::fs::write(&page, "x".repeat(1 << 20)).unwrap();
    let output = run(
        &["highlight", "-o", page.to_str().unwrap()],
        b"\"Short,\" she said.",
    );
    assert_success(&output);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!doctype html>") && !html.contains("xxxx"));
}

/// `-o /dev/null`, a FIFO or `/dev/stdout` is written, never replaced: the
/// temporary-file-and-rename that protects regular files would swap the device
/// or pipe for a plain file (a renamed-over `/dev/null` broke every later
/// `rustc -` probe on the machine).
#[cfg(unix)]
#[test]
fn highlight_writes_into_a_fifo_without_replacing_it() {
    use std::os::unix::fs::FileTypeExt;
    let dir = scratch("fifo");
    let fifo = dir.join("page.pipe");
    let made = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo {}", fifo.display());
    let reader = {
        let fifo = fifo.clone();
        // Opening a FIFO for reading waits for its writer: the CLI.
        std::thread::spawn(move || std::fs::read_to_string(fifo).expect("the pipe reads"))
    };
    let output = run(
        &["highlight", "-o", fifo.to_str().unwrap()],
        b"\"Short,\" she said.",
    );
    assert_success(&output);
    let kind = std::fs::symlink_metadata(&fifo).unwrap().file_type();
    // Checked before joining: had the FIFO been replaced, the reader would
    // wait forever on the old one.
    assert!(kind.is_fifo(), "the FIFO is still a FIFO, not {kind:?}");
    let html = reader.join().expect("the reader finishes");
    assert!(html.starts_with("<!doctype html>") && html.trim_end().ends_with("</html>"));
    assert_eq!(files_in(&dir), ["page.pipe"], "no temporary file left");
}

#[cfg(unix)]
#[test]
fn highlight_through_a_symlink_replaces_the_file_and_keeps_the_link() {
    let dir = scratch("symlink");
    let page = dir.join("page.html");
    let link = dir.join("latest.html");
    std::fs::write(&page, "old page").unwrap();
    std::os::unix::fs::symlink("page.html", &link).unwrap();
    let output = run(
        &["highlight", "-o", link.to_str().unwrap()],
        b"\"Short,\" she said.",
    );
    assert_success(&output);
    let meta = std::fs::symlink_metadata(&link).unwrap();
    assert!(meta.file_type().is_symlink(), "the link stays a link");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!doctype html>"), "{html}");
    assert_eq!(files_in(&dir), ["latest.html", "page.html"]);
}

/// `debug` prints every item with its byte span; each span printed must be
/// the byte range of the text it shows.
#[test]
fn debug_lists_items_with_byte_spans() {
    let para = "“Café 😀 time is over for the council this year,” Ann Lee said.";
    let text = &format!("{para}\n\n{para}\n");
    let output = run(&["debug"], text.as_bytes());
    assert_success(&output);
    let out = stdout(&output);
    assert!(out.starts_with("stats "), "{out}");
    for kind in ["paragraph 0 ", "quote 0 ", "duplicate 0 "] {
        assert!(
            out.lines().any(|l| l.starts_with(kind)),
            "no {kind:?} in {out}"
        );
    }
    // "quote 0 0..58 …": byte offsets, so the emoji and é count 4 and 2.
    let quote = out.lines().find(|l| l.starts_with("quote 0 ")).unwrap();
    let span = quote.split(' ').nth(2).unwrap();
    let (start, end) = span.split_once("..").unwrap();
    let (start, end): (usize, usize) = (start.parse().unwrap(), end.parse().unwrap());
    assert_eq!(
        &text[start..end],
        "“Café 😀 time is over for the council this year,”",
        "{quote}"
    );
}

#[test]
fn clean_drops_the_duplicate_copy() {
    let para = "The mayor said the new bridge would open next spring after years of delays.";
    let text = format!("{para}\n\n{para}\n\nAnother one.\n");
    let output = run(&["clean"], text.as_bytes());
    assert_success(&output);
    assert_eq!(stdout(&output).matches(para).count(), 1);
    assert!(stdout(&output).contains("Another one."));
}
