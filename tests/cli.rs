//! Tests of the `inti` binary: run it on temporary files and check its
//! output, messages and exit codes.
//!
//! Most tests check what the command-line tool itself is responsible for
//! (reading, gzip, options, output framing, errors, exit codes); a few check
//! that the engine's results (text, title, removed blocks) come through.

#![cfg(feature = "cli")]

#[path = "support/cli.rs"]
mod cli;
use cli::*;

use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};

/// A page with an obvious article, boilerplate around it, a relative link
/// and an image.
const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>A day at sea | The Harbour Times</title></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>A day at sea</h1>
<p>The boats left the harbour before dawn, loaded with nets, ice and enough coffee
for the twelve hours the crews expected to spend on the water.</p>
<figure><img src="/img/boats.jpg" alt="Boats"><figcaption>The fleet at dawn.</figcaption></figure>
<p>By noon the wind had turned, and the skippers, who had read the
<a href="/weather/forecast">forecast</a> with some doubt, began to bring their
boats home one by one.</p>
<p>The last boat came in after dark, its crew tired but pleased with a catch
that would pay for the week, and the harbour master wrote it down in his book.</p>
</article>
<footer>© The Harbour Times</footer>
</body></html>
"#;

/// Checks the text-format framing rule: nothing, or text ending in exactly
/// one newline.
fn assert_one_final_newline(text: &str) {
    assert!(
        text.is_empty() || (text.ends_with('\n') && !text.ends_with("\n\n")),
        "{text:?}"
    );
}

/// A `windows-1252` page declaring its charset, with "é" as the byte 0xE9.
fn windows_1252_page() -> Vec<u8> {
    let page = PAGE
        .replace("utf-8", "windows-1252")
        .replace("A day at sea", "Caf\u{e9} at sea")
        .replace("enough coffee", "enough caf\u{e9}");
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&page);
    assert!(!unmappable);
    let bytes = bytes.into_owned();
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the test page must not be UTF-8"
    );
    bytes
}

// ---------------------------------------------------------------------------
// Help, version, bad command lines

#[test]
fn help_mentions_every_option() {
    let dir = temp_dir("cli", "help");
    for flag in ["--help", "-h"] {
        let out = inti(&dir, &[flag], None);
        assert_eq!(code(&out), 0);
        assert_eq!(stderr(&out), "");
        let help = stdout(&out);
        for option in [
            "--format",
            "text",
            "html",
            "markdown",
            "json",
            "--output",
            "-o,",
            "--url",
            "--explain",
            "--favor",
            "precision",
            "balanced",
            "recall",
            "--no-images",
            "--no-tables",
            "--no-links",
            "--no-captions",
            "--min-article-length",
            "--max-input-bytes",
            "--max-nodes",
            "--max-depth",
            "--help",
            "--version",
            "Usage:",
            "Examples:",
            "Exit status",
        ] {
            assert!(help.contains(option), "--help does not mention {option}");
        }
    }
}

#[test]
fn version() {
    let dir = temp_dir("cli", "version");
    for flag in ["--version", "-V"] {
        let out = inti(&dir, &[flag], None);
        assert_eq!(code(&out), 0);
        assert_eq!(
            stdout(&out),
            format!("inti {}\n", env!("CARGO_PKG_VERSION"))
        );
    }
}

#[test]
fn bad_options_exit_2_with_one_line_and_a_hint() {
    let dir = temp_dir("cli", "bad_options");
    fs::write(dir.join("page.html"), PAGE).unwrap();
    let cases: &[(&[&str], &str)] = &[
        (&["--bogus", "page.html"], "unknown option '--bogus'"),
        (&["--no-image", "page.html"], "did you mean '--no-images'?"),
        (&["-x", "page.html"], "unknown option '-x'"),
        (
            &["--format", "xml", "page.html"],
            "invalid value 'xml' for '--format'",
        ),
        (
            &["--favor=speed", "page.html"],
            "invalid value 'speed' for '--favor'",
        ),
        (
            &["--max-nodes", "many", "page.html"],
            "invalid value 'many' for '--max-nodes'",
        ),
        (
            &["--max-depth=-1", "page.html"],
            "invalid value '-1' for '--max-depth'",
        ),
        (&["page.html", "--url"], "option '--url' needs a value"),
        (
            &["--no-links=yes", "page.html"],
            "option '--no-links' takes no value",
        ),
        (&["-", "-"], "standard input ('-') can be given only once"),
    ];
    for (args, expected) in cases {
        let out = inti(&dir, args, Some(PAGE.as_bytes()));
        let err = stderr(&out);
        assert_eq!(code(&out), 2, "{args:?}: {err}");
        assert_eq!(stdout(&out), "", "{args:?}");
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(lines.len(), 2, "{args:?}: {err}");
        assert!(lines[0].starts_with("inti: "), "{args:?}: {err}");
        assert!(lines[0].contains(expected), "{args:?}: {err}");
        assert!(lines[1].contains("inti --help"), "{args:?}: {err}");
    }
}

// ---------------------------------------------------------------------------
// Inputs

#[test]
fn every_format_and_option_runs() {
    let dir = temp_dir("cli", "every_format");
    fs::write(dir.join("page.html"), PAGE).unwrap();
    for format in ["text", "txt", "html", "markdown", "md", "json"] {
        let out = inti(
            &dir,
            &[
                "--format",
                format,
                "--url=https://example.com/news/a-day-at-sea",
                "--favor",
                "precision",
                "--no-images",
                "--no-tables",
                "--no-links",
                "--no-captions",
                "--min-article-length",
                "100",
                "--max-input-bytes",
                "100000",
                "--max-nodes",
                "10000",
                "--max-depth",
                "100",
                "page.html",
            ],
            None,
        );
        assert_eq!(code(&out), 0, "{format}: {}", stderr(&out));
        assert_eq!(stderr(&out), "", "{format}");
        assert_one_final_newline(&stdout(&out));
    }
}

#[test]
fn json_is_one_compact_line_with_the_article_fields() {
    let dir = temp_dir("cli", "json_fields");
    fs::write(dir.join("page.html"), PAGE).unwrap();
    let out = inti(&dir, &["--format", "json", "page.html"], None);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1);
    let object = lines[0].as_object().unwrap();
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    let mut expected = ARTICLE_FIELDS.to_vec();
    keys.sort_unstable();
    expected.sort_unstable();
    // One input: no "file" field; no --explain: no "removed" field.
    assert_eq!(keys, expected);
}

#[test]
fn formats_print_the_matching_article_field() {
    // Passes with the stub engine too (all fields empty), and checks real
    // content once the engine lands.
    let dir = temp_dir("cli", "format_fields");
    fs::write(dir.join("page.html"), PAGE).unwrap();
    let json = &json_lines(&inti(&dir, &["--format", "json", "page.html"], None))[0];
    for (format, field) in [("text", "text"), ("html", "html"), ("markdown", "markdown")] {
        let out = inti(&dir, &["--format", format, "page.html"], None);
        let content = json[field].as_str().unwrap().trim_end();
        let expected = if content.is_empty() {
            String::new()
        } else {
            format!("{content}\n")
        };
        assert_eq!(stdout(&out), expected, "{format}");
    }
    let default = inti(&dir, &["page.html"], None);
    let text = inti(&dir, &["--format", "text", "page.html"], None);
    assert_eq!(default.stdout, text.stdout);
}

#[test]
fn reads_stdin_without_file_or_with_dash() {
    let dir = temp_dir("cli", "stdin");
    for args in [&["--format", "json"][..], &["--format", "json", "-"]] {
        let out = inti(&dir, args, Some(PAGE.as_bytes()));
        assert_eq!(code(&out), 0, "{args:?}: {}", stderr(&out));
        let lines = json_lines(&out);
        assert_eq!(lines.len(), 1);
        assert!(lines[0].get("file").is_none());
    }
}

#[test]
fn gzip_is_detected_by_magic_bytes() {
    // The decompressed page is larger than --max-input-bytes while the gzip
    // file is not: the limit error proves the CLI decompressed the input,
    // whatever the file's name, and whatever the engine does.
    let dir = temp_dir("cli", "gzip");
    let big = PAGE.replace(
        "<footer>",
        &"<p>More news from the harbour.</p>\n".repeat(2000),
    );
    let compressed = gzip(big.as_bytes());
    assert!(compressed.len() < 10_000 && big.len() > 10_000);
    fs::write(dir.join("page.html.gz"), &compressed).unwrap();
    fs::write(dir.join("disguised.html"), &compressed).unwrap();
    let limit = ["--format", "json", "--max-input-bytes", "10000"];
    for name in ["page.html.gz", "disguised.html", "-"] {
        let args: Vec<&str> = limit.iter().copied().chain([name]).collect();
        let out = inti(&dir, &args, Some(&compressed));
        assert_eq!(code(&out), 1, "{name}");
        let record = &json_lines(&out)[0];
        assert_eq!(record["error"]["kind"], "InputTooLarge", "{name}: {record}");
        let message = record["error"]["message"].as_str().unwrap();
        assert!(message.contains("gzip"), "{message}");
        assert!(message.contains("--max-input-bytes"), "{message}");
        // Under the limit the same file goes through.
        let out = inti(&dir, &["--format", "json", name], Some(&compressed));
        assert_eq!(code(&out), 0, "{name}: {}", stderr(&out));
    }
}

#[test]
fn corrupt_gzip_is_an_error() {
    let dir = temp_dir("cli", "corrupt_gzip");
    let mut bytes = gzip(PAGE.as_bytes());
    bytes.truncate(bytes.len() / 2);
    fs::write(dir.join("broken.html.gz"), &bytes).unwrap();
    let out = inti(&dir, &["broken.html.gz"], None);
    assert_eq!(code(&out), 1);
    assert_eq!(stdout(&out), "");
    let err = stderr(&out);
    assert!(
        err.starts_with("inti: broken.html.gz: cannot decompress gzip data"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn non_utf8_input_is_accepted() {
    // The CLI hands raw bytes to the engine (no UTF-8 assumption); the
    // decoding itself is checked in `windows_1252_is_decoded`.
    let dir = temp_dir("cli", "non_utf8");
    fs::write(dir.join("page.html"), windows_1252_page()).unwrap();
    let out = inti(&dir, &["--format", "json", "page.html"], None);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    assert_eq!(json_lines(&out).len(), 1);
}

#[test]
fn input_over_the_limit_is_refused() {
    let dir = temp_dir("cli", "too_large");
    fs::write(dir.join("page.html"), PAGE).unwrap();
    let out = inti(&dir, &["--max-input-bytes", "100", "page.html"], None);
    assert_eq!(code(&out), 1);
    assert_eq!(
        stderr(&out),
        format!(
            "inti: page.html: input is {} bytes, over the limit of 100 bytes (option --max-input-bytes)\n",
            PAGE.len()
        )
    );
}

// ---------------------------------------------------------------------------
// Failing inputs

#[test]
fn missing_file_is_one_clear_line() {
    let dir = temp_dir("cli", "missing");
    let out = inti(&dir, &["no/such.html"], None);
    assert_eq!(code(&out), 1);
    assert_eq!(stdout(&out), "");
    if cfg!(unix) {
        assert_eq!(
            stderr(&out),
            "inti: no/such.html: No such file or directory\n"
        );
    }
    fs::create_dir(dir.join("folder")).unwrap();
    let out = inti(&dir, &["folder"], None);
    assert_eq!(code(&out), 1);
    if cfg!(unix) {
        assert_eq!(stderr(&out), "inti: folder: Is a directory\n");
    }
}

#[test]
fn several_files_json_with_one_missing() {
    let dir = temp_dir("cli", "several_json");
    fs::write(dir.join("a.html"), PAGE).unwrap();
    fs::write(dir.join("b.html.gz"), gzip(PAGE.as_bytes())).unwrap();
    let out = inti(
        &dir,
        &[
            "--format",
            "json",
            "a.html",
            "missing.html",
            "b.html.gz",
            "-",
        ],
        Some(PAGE.as_bytes()),
    );
    assert_eq!(code(&out), 1);
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 4);
    let files: Vec<&str> = lines.iter().map(|l| l["file"].as_str().unwrap()).collect();
    assert_eq!(files, ["a.html", "missing.html", "b.html.gz", "-"]);
    for i in [0, 2, 3] {
        let object = lines[i].as_object().unwrap();
        assert!(object.get("error").is_none());
        for field in ARTICLE_FIELDS {
            assert!(object.contains_key(*field), "{field} missing in {object:?}");
        }
    }
    let error = lines[1].as_object().unwrap();
    assert_eq!(error.len(), 2, "{error:?}");
    assert_eq!(error["error"]["kind"], "Io");
    if cfg!(unix) {
        assert_eq!(error["error"]["message"], "No such file or directory");
        assert_eq!(
            stderr(&out),
            "inti: missing.html: No such file or directory\n"
        );
    }
}

#[test]
fn several_files_text_with_headers() {
    let dir = temp_dir("cli", "several_text");
    fs::write(dir.join("a.html"), PAGE).unwrap();
    fs::write(dir.join("b.html"), PAGE).unwrap();
    let out = inti(&dir, &["a.html", "missing.html", "b.html"], None);
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    let headers: Vec<&str> = text.lines().filter(|l| l.starts_with("==> ")).collect();
    assert_eq!(headers, ["==> a.html <==", "==> b.html <=="]);
    assert!(text.starts_with("==> a.html <==\n"), "{text:?}");
    assert_one_final_newline(&text);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("inti: missing.html: "), "{err}");
}

// ---------------------------------------------------------------------------
// Output

#[test]
fn output_file() {
    let dir = temp_dir("cli", "output_file");
    fs::write(dir.join("page.html"), PAGE).unwrap();
    let to_stdout = inti(&dir, &["--format", "json", "page.html"], None);
    let out = inti(
        &dir,
        &["--format", "json", "-o", "out.jsonl", "page.html"],
        None,
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    assert_eq!(fs::read(dir.join("out.jsonl")).unwrap(), to_stdout.stdout);

    let out = inti(
        &dir,
        &["--output", "no/such/dir/out.txt", "page.html"],
        None,
    );
    assert_eq!(code(&out), 1);
    let err = stderr(&out);
    assert!(err.starts_with("inti: no/such/dir/out.txt: "), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn explain_table_goes_to_stderr() {
    let dir = temp_dir("cli", "explain_table");
    fs::write(dir.join("page.html"), PAGE).unwrap();
    let plain = inti(&dir, &["page.html"], None);
    let out = inti(&dir, &["--explain", "page.html"], None);
    assert_eq!(code(&out), 0);
    assert_eq!(out.stdout, plain.stdout, "--explain must not change stdout");
    let err = stderr(&out);
    let first = err.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("inti: page.html: ") && first.contains("removed"),
        "{err}"
    );
}

#[test]
fn closed_stdout_pipe_is_a_quiet_exit() {
    // `inti --format json page.html ... | head -1`: the reader goes away
    // after one line, with far more than a pipe buffer still to write.
    let dir = temp_dir("cli", "closed_pipe");
    fs::write(dir.join("page.html"), PAGE).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_inti"))
        .arg("--format=json")
        .args(std::iter::repeat_n("page.html", 3000))
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with('{'), "{first}");
    // The reader is dropped here: the pipe is closed.
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(err, "", "no panic message, no 'Broken pipe' message");
    assert_eq!(status.code(), Some(0));
}

// ---------------------------------------------------------------------------
// Tests that need the extraction engine (src/pipeline). They fail with the
// stub, which returns an empty article.

#[test]
fn windows_1252_is_decoded() {
    let dir = temp_dir("cli", "windows_1252");
    fs::write(dir.join("page.html"), windows_1252_page()).unwrap();
    let out = inti(&dir, &["--format", "json", "page.html"], None);
    let article = &json_lines(&out)[0];
    assert_eq!(article["title"], "Caf\u{e9} at sea");
    let text = article["text"].as_str().unwrap();
    assert!(text.contains("enough caf\u{e9}"), "{text}");
    assert!(!text.contains('\u{fffd}'), "{text}");
    // The same bytes on stdin and gzipped.
    let out = inti(
        &dir,
        &["--format", "json"],
        Some(&gzip(&windows_1252_page())),
    );
    assert_eq!(json_lines(&out)[0]["title"], "Caf\u{e9} at sea");
}

#[test]
fn text_output_is_the_article_with_one_final_newline() {
    let dir = temp_dir("cli", "text_output");
    fs::write(dir.join("page.html"), PAGE).unwrap();
    fs::write(dir.join("page.gz"), gzip(PAGE.as_bytes())).unwrap();
    for name in ["page.html", "page.gz"] {
        let text = stdout(&inti(&dir, &[name], None));
        assert!(text.starts_with("The boats left the harbour"), "{text}");
        assert!(text.contains("harbour master"), "{text}");
        assert!(!text.contains("Sport"), "{text}");
        assert!(text.ends_with('\n') && !text.ends_with("\n\n"), "{text:?}");
    }
    let both = stdout(&inti(&dir, &["page.html", "page.gz"], None));
    assert!(
        both.starts_with("==> page.html <==\nThe boats left"),
        "{both}"
    );
    assert!(
        both.contains("\n\n==> page.gz <==\nThe boats left"),
        "{both}"
    );
}

#[test]
fn url_makes_links_absolute_and_fills_the_url_field() {
    let dir = temp_dir("cli", "url");
    fs::write(dir.join("page.html"), PAGE).unwrap();
    let url = "https://harbour.example/news/a-day-at-sea";
    let out = inti(&dir, &["--format", "json", "--url", url, "page.html"], None);
    let article = &json_lines(&out)[0];
    assert_eq!(article["url"], url);
    let html = article["html"].as_str().unwrap();
    assert!(
        html.contains("https://harbour.example/weather/forecast"),
        "{html}"
    );
    let markdown = stdout(&inti(
        &dir,
        &["--format", "markdown", "--url", url, "page.html"],
        None,
    ));
    assert!(
        markdown.contains("(https://harbour.example/weather/forecast)"),
        "{markdown}"
    );
}

#[test]
fn content_options_reach_the_engine() {
    let dir = temp_dir("cli", "content_options");
    fs::write(dir.join("page.html"), PAGE).unwrap();
    let html = |args: &[&str]| {
        let mut all = vec!["--format", "html", "page.html"];
        all.extend_from_slice(args);
        stdout(&inti(&dir, &all, None))
    };
    assert!(html(&[]).contains("<img"));
    assert!(!html(&["--no-images"]).contains("<img"));
    assert!(html(&[]).contains("<a "));
    assert!(!html(&["--no-links"]).contains("<a "));
    assert!(html(&[]).contains("The fleet at dawn"));
    assert!(!html(&["--no-captions"]).contains("The fleet at dawn"));
    // The plain text leaves captions out unless asked to keep them.
    let text = |args: &[&str]| {
        let mut all = vec!["--format", "text", "page.html"];
        all.extend_from_slice(args);
        stdout(&inti(&dir, &all, None))
    };
    assert!(!text(&[]).contains("The fleet at dawn"));
    assert!(text(&["--captions"]).contains("The fleet at dawn"));
}

#[test]
fn explain_fills_removed() {
    let dir = temp_dir("cli", "explain_json");
    fs::write(dir.join("page.html"), PAGE).unwrap();
    let out = inti(&dir, &["--format", "json", "--explain", "page.html"], None);
    let removed = json_lines(&out)[0]["removed"]
        .as_array()
        .expect("with --explain, \"removed\" is an array")
        .clone();
    assert!(
        removed.iter().any(|b| b["reason"] == "navigation"),
        "{removed:?}"
    );
    for block in &removed {
        for field in ["reason", "path", "preview", "textLength"] {
            assert!(block.get(field).is_some(), "{field} missing in {block}");
        }
    }
    let err = stderr(&inti(&dir, &["--explain", "page.html"], None));
    assert!(err.contains("navigation"), "{err}");
    assert!(err.contains("REASON"), "{err}");
}
