//! Tests of `inti` in batch mode: directories, JSON Lines and WARC inputs,
//! JSON Lines records, order, failures as records, streaming, progress and
//! summary. Each builds its inputs in a temporary directory.

#![cfg(feature = "cli")]

#[path = "support/cli.rs"]
mod cli;
use cli::*;

use std::collections::BTreeSet;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{json, Value};

/// A page with an article, a relative link and a title; `n` makes it unique.
fn page(n: usize) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Story {n} | The Harbour Times</title></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Story {n}</h1>
<p>The boats left the harbour before dawn on day {n}, loaded with nets, ice and enough
coffee for the twelve hours the crews expected to spend on the water.</p>
<p>By noon the wind had turned, and the skippers, who had read the
<a href="/weather/forecast">forecast</a> with some doubt, began to bring their
boats home one by one, {n} of them before the rain.</p>
<p>The last boat came in after dark, its crew tired but pleased with a catch
that would pay for the week, and the harbour master wrote it down in his book.</p>
</article>
<footer>© The Harbour Times</footer>
</body></html>
"#
    )
}

fn assert_article(record: &Value) {
    let object = record.as_object().unwrap();
    assert!(object.get("error").is_none(), "{record}");
    for field in ARTICLE_FIELDS {
        assert!(object.contains_key(*field), "{field} missing in {record}");
    }
}

/// The summary's second line: `inti: N extracted, M failed...`.
fn summary_counts(err: &str) -> &str {
    err.lines()
        .find(|l| l.contains(" extracted, "))
        .unwrap_or_else(|| panic!("no summary in {err:?}"))
}

// ---------------------------------------------------------------------------
// Files and directories

#[test]
fn directories_are_walked_in_name_order() {
    let dir = temp_dir("cli_batch", "walk");
    fs::create_dir_all(dir.join("site/b")).unwrap();
    fs::create_dir_all(dir.join("site/a/deep")).unwrap();
    fs::write(dir.join("site/b/2.html"), page(2)).unwrap();
    fs::write(dir.join("site/b/1.htm"), page(1)).unwrap();
    fs::write(dir.join("site/a/deep/0.html.gz"), gzip(page(0).as_bytes())).unwrap();
    fs::write(dir.join("site/a/notes.txt"), "not a page").unwrap();
    fs::write(dir.join("site/a/old.jsonl"), "{}").unwrap();
    fs::write(dir.join("single.html"), page(9)).unwrap();
    let out = inti(&dir, &["--batch", "single.html", "site"], None);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let records = json_lines(&out);
    let files: Vec<&str> = records
        .iter()
        .map(|r| r["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        files,
        [
            "single.html",
            "site/a/deep/0.html.gz",
            "site/b/1.htm",
            "site/b/2.html"
        ]
    );
    let titles: Vec<&str> = records
        .iter()
        .map(|r| r["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Story 9", "Story 0", "Story 1", "Story 2"]);
    for record in &records {
        assert_article(record);
    }
    // The summary: stderr is not a terminal, so no progress bar.
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(
        err.starts_with("inti: 4 pages in ") && err.contains(" pages/s, "),
        "{err}"
    );
    assert_eq!(summary_counts(&err), "inti: 4 extracted, 0 failed");
    // --quiet: nothing on stderr.
    let out = inti(&dir, &["--batch", "--quiet", "site"], None);
    assert_eq!(code(&out), 0);
    assert_eq!(stderr(&out), "");
    assert_eq!(self::json_lines(&out).len(), 3);
}

#[test]
fn records_match_single_page_json() {
    let dir = temp_dir("cli_batch", "same_as_json");
    fs::write(dir.join("a.html"), page(1)).unwrap();
    let url = "https://harbour.example/news/1";
    let single = &json_lines(&inti(
        &dir,
        &["--format", "json", "--url", url, "a.html"],
        None,
    ))[0];
    let batch = &json_lines(&inti(&dir, &["--batch", "--url", url, "a.html"], None))[0];
    let mut batch = batch.as_object().unwrap().clone();
    assert_eq!(batch.remove("file"), Some(json!("a.html")));
    assert_eq!(&Value::Object(batch), single);
    assert!(single["html"]
        .as_str()
        .unwrap()
        .contains("https://harbour.example/weather/forecast"));
}

#[test]
fn failures_are_records_and_the_run_goes_on() {
    let dir = temp_dir("cli_batch", "failures");
    fs::write(dir.join("good.html"), page(1)).unwrap();
    let mut broken = gzip(page(2).as_bytes());
    broken.truncate(broken.len() / 2);
    fs::write(dir.join("broken.html.gz"), broken).unwrap();
    fs::write(
        dir.join("binary.html"),
        [0u8, 1, 2, 3, 0, 0, 0, 255].repeat(64),
    )
    .unwrap();
    fs::write(dir.join("last.html"), page(3)).unwrap();
    let out = inti(
        &dir,
        &[
            "--batch",
            "good.html",
            "missing.html",
            "broken.html.gz",
            "binary.html",
            "last.html",
        ],
        None,
    );
    assert_eq!(code(&out), 1, "a failed page makes the exit status 1");
    let records = json_lines(&out);
    let files: Vec<&str> = records
        .iter()
        .map(|r| r["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        files,
        [
            "good.html",
            "missing.html",
            "broken.html.gz",
            "binary.html",
            "last.html"
        ]
    );
    assert_article(&records[0]);
    assert_article(&records[4]);
    let kinds: Vec<&str> = records[1..4]
        .iter()
        .map(|r| r["error"]["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["Io", "Io", "NotHtml"]);
    for record in &records[1..4] {
        assert_eq!(record.as_object().unwrap().len(), 2, "{record}");
        assert!(record["error"]["message"].as_str().unwrap().len() > 5);
    }
    // No per-page lines on stderr: the records and the summary say it all.
    let err = stderr(&out);
    assert_eq!(
        summary_counts(&err),
        "inti: 2 extracted, 3 failed (2 Io, 1 NotHtml)"
    );
    assert!(!err.contains("missing.html"), "{err}");
}

#[test]
fn the_output_file_is_not_read_back() {
    let dir = temp_dir("cli_batch", "output_in_tree");
    fs::create_dir(dir.join("pages")).unwrap();
    fs::write(dir.join("pages/a.html"), page(1)).unwrap();
    // An output name the walk would take, inside the walked directory.
    let out = inti(
        &dir,
        &["--batch", "pages", "-o", "pages/articles.htm"],
        None,
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = fs::read_to_string(dir.join("pages/articles.htm")).unwrap();
    assert_eq!(text.lines().count(), 1, "{text}");
}

// ---------------------------------------------------------------------------
// JSON Lines

#[test]
fn json_lines_on_stdin() {
    let dir = temp_dir("cli_batch", "jsonl");
    let lines = [
        json!({"id": "a", "url": "https://harbour.example/news/a", "html": page(1)}).to_string(),
        String::new(),
        json!({"id": 2, "html": page(2), "other": [1, 2]}).to_string(),
        r#"{"id": "c", "url": "https://harbour.example/c"}"#.to_string(),
        "not json".to_string(),
        json!({"url": "/relative", "html": page(5)}).to_string(),
        json!({"id": "f", "html": page(6)}).to_string(),
    ];
    let input = lines.join("\n") + "\n";
    let out = inti(&dir, &["--input", "jsonl"], Some(input.as_bytes()));
    assert_eq!(code(&out), 1);
    let records = json_lines(&out);
    // One record per non-blank line, in order, with its line number.
    let numbers: Vec<u64> = records
        .iter()
        .map(|r| r["line"].as_u64().unwrap())
        .collect();
    assert_eq!(numbers, [1, 3, 4, 5, 6, 7]);
    for record in &records {
        assert_eq!(record["file"], "-");
    }
    assert_article(&records[0]);
    assert_eq!(records[0]["id"], "a");
    assert_eq!(records[0]["url"], "https://harbour.example/news/a");
    assert_eq!(records[0]["title"], "Story 1");
    let html = records[0]["html"].as_str().unwrap();
    assert!(
        html.contains("https://harbour.example/weather/forecast"),
        "the record's url is the base: {html}"
    );
    assert_article(&records[1]);
    assert_eq!(records[1]["id"], 2);
    assert_eq!(records[1]["url"], Value::Null);
    assert_eq!(records[2]["id"], "c");
    assert_eq!(records[2]["url"], "https://harbour.example/c");
    for i in [2, 3, 4] {
        assert_eq!(
            records[i]["error"]["kind"], "InvalidRecord",
            "{}",
            records[i]
        );
    }
    assert!(records[3].get("id").is_none());
    assert_eq!(records[4]["url"], "/relative");
    assert_article(&records[5]);
    assert_eq!(records[5]["id"], "f");
    // --url is the base of records without their own.
    let input = json!({"html": page(1)}).to_string();
    let out = inti(
        &dir,
        &["--input=jsonl", "--url", "https://other.example/x"],
        Some(input.as_bytes()),
    );
    assert_eq!(self::json_lines(&out)[0]["url"], "https://other.example/x");
}

#[test]
fn json_lines_files_gzipped_and_too_long_lines() {
    let dir = temp_dir("cli_batch", "jsonl_files");
    let small = json!({"id": 1, "html": "<p>short</p>"}).to_string();
    let long = json!({"id": 2, "html": "x".repeat(5000)}).to_string();
    let text = format!("{small}\n{long}\n{small}\n");
    fs::write(dir.join("pages.jsonl.gz"), gzip(text.as_bytes())).unwrap();
    fs::write(dir.join("pages.ndjson"), &text).unwrap();
    let out = inti(
        &dir,
        &[
            "--batch",
            "--max-input-bytes",
            "1000",
            "pages.jsonl.gz",
            "pages.ndjson",
        ],
        None,
    );
    let records = json_lines(&out);
    assert_eq!(records.len(), 6, "{}", stderr(&out));
    for (i, record) in records.iter().enumerate() {
        let file = if i < 3 {
            "pages.jsonl.gz"
        } else {
            "pages.ndjson"
        };
        assert_eq!(record["file"], file);
        assert_eq!(record["line"], (i % 3 + 1) as u64);
    }
    assert_eq!(records[1]["error"]["kind"], "InputTooLarge");
    assert!(records[0].get("error").is_none(), "{}", records[0]);
    assert!(records[2].get("error").is_none(), "{}", records[2]);
}

#[test]
fn records_stream_out_as_lines_come_in() {
    // Not "read everything, then process": each record comes out while
    // standard input is still open.
    let mut child = Command::new(env!("CARGO_BIN_EXE_inti"))
        .args(["--input", "jsonl", "--jobs", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let (tx, rx) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    for n in 0..3 {
        let line = json!({"id": n, "html": page(n)}).to_string() + "\n";
        stdin.write_all(line.as_bytes()).unwrap();
        stdin.flush().unwrap();
        let record = rx
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("no record for line {n} while input is open"));
        let record: Value = serde_json::from_str(&record).unwrap();
        assert_eq!(record["id"], n);
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
    reader.join().unwrap();
}

// ---------------------------------------------------------------------------
// WARC

/// One WARC record.
fn warc_record(kind: &str, id: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut record = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Date: 2024-02-20T10:00:0{}Z\r\n\
         WARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: {uri}\r\n\
         Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        id.len() % 10,
        block.len()
    )
    .into_bytes();
    record.extend_from_slice(block);
    record.extend_from_slice(b"\r\n\r\n");
    record
}

fn response(id: &str, uri: &str, http_head: &str, body: &[u8]) -> Vec<u8> {
    let mut block = http_head.replace('\n', "\r\n").into_bytes();
    block.extend_from_slice(b"\r\n\r\n");
    block.extend_from_slice(body);
    warc_record(
        "response",
        id,
        uri,
        "application/http; msgtype=response",
        &block,
    )
}

/// A crawl as Common Crawl writes it: each record its own gzip member.
fn crawl() -> Vec<Vec<u8>> {
    let latin = page(3).replace("<meta charset=\"utf-8\">", "");
    let latin = latin.replace("Story 3", "Caf\u{e9} 3");
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(&latin);
    let mut chunked = Vec::new();
    let compressed = gzip(page(4).as_bytes());
    for piece in compressed.chunks(100) {
        chunked.extend_from_slice(format!("{:x}\r\n", piece.len()).as_bytes());
        chunked.extend_from_slice(piece);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    vec![
        warc_record("warcinfo", "info", "", "application/warc-fields", b"software: test\r\n"),
        warc_record(
            "request",
            "req-1",
            "https://harbour.example/1",
            "application/http; msgtype=request",
            b"GET /1 HTTP/1.1\r\nHost: harbour.example\r\n\r\n",
        ),
        response(
            "page-1",
            "https://harbour.example/1",
            "HTTP/1.1 200 OK\nContent-Type: text/html; charset=UTF-8\nX-Crawler-Content-Encoding: gzip",
            page(1).as_bytes(),
        ),
        warc_record(
            "metadata",
            "meta-1",
            "https://harbour.example/1",
            "application/warc-fields",
            b"fetchTimeMs: 12\r\n",
        ),
        response(
            "image",
            "https://harbour.example/boat.png",
            "HTTP/1.1 200 OK\nContent-Type: image/png",
            b"\x89PNG\r\n\x1a\n",
        ),
        response(
            "moved",
            "https://harbour.example/old",
            "HTTP/1.1 301 Moved Permanently\nLocation: /1\nContent-Type: text/html",
            b"<a href=\"/1\">moved</a>",
        ),
        response(
            "page-3",
            "https://harbour.example/3",
            "HTTP/1.1 200 OK\nContent-Type: text/html; charset=windows-1252",
            &latin,
        ),
        response(
            "page-4",
            "https://harbour.example/4",
            "HTTP/1.1 200 OK\nContent-Type: text/html\nTransfer-Encoding: chunked\nContent-Encoding: gzip",
            &chunked,
        ),
        warc_record(
            "resource",
            "page-5",
            "https://harbour.example/5",
            "text/html",
            page(5).as_bytes(),
        ),
        warc_record(
            "revisit",
            "again-1",
            "https://harbour.example/1",
            "application/http; msgtype=response",
            b"HTTP/1.1 200 OK\r\n\r\n",
        ),
    ]
}

#[test]
fn warc_html_responses_as_common_crawl_writes_them() {
    let dir = temp_dir("cli_batch", "warc");
    let members: Vec<u8> = crawl().iter().flat_map(|r| gzip(r)).collect();
    fs::write(dir.join("crawl.warc.gz"), &members).unwrap();
    let out = inti(&dir, &["--batch", "crawl.warc.gz"], None);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let records = json_lines(&out);
    let ids: Vec<&str> = records
        .iter()
        .map(|r| r["warcRecordId"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "<urn:uuid:page-1>",
            "<urn:uuid:page-3>",
            "<urn:uuid:page-4>",
            "<urn:uuid:page-5>"
        ]
    );
    for (record, n) in records.iter().zip([1, 3, 4, 5]) {
        assert_article(record);
        assert_eq!(record["file"], "crawl.warc.gz");
        let uri = format!("https://harbour.example/{n}");
        assert_eq!(record["warcTargetUri"], uri.as_str());
        assert_eq!(
            record["url"],
            uri.as_str(),
            "the target URI is the page's URL"
        );
        assert!(record["warcDate"]
            .as_str()
            .unwrap()
            .starts_with("2024-02-20T10:00:0"));
        let html = record["html"].as_str().unwrap();
        assert!(
            html.contains("https://harbour.example/weather/forecast"),
            "{html}"
        );
    }
    assert_eq!(records[0]["title"], "Story 1");
    // The HTTP header's charset decodes the page (it has no <meta charset>).
    assert_eq!(records[1]["title"], "Caf\u{e9} 3");
    // Chunked and gzip-encoded bodies are decoded.
    assert_eq!(records[2]["title"], "Story 4");
    assert_eq!(records[3]["title"], "Story 5");
    let err = stderr(&out);
    assert!(
        err.contains("inti: 2 WARC records skipped"),
        "the image and the redirect: {err}"
    );

    // The same crawl uncompressed, gzipped as one member, and on stdin.
    let plain: Vec<u8> = crawl().concat();
    fs::write(dir.join("crawl.warc"), &plain).unwrap();
    fs::write(dir.join("whole.warc.gz"), gzip(&plain)).unwrap();
    let strip = |records: Vec<Value>| -> Vec<Value> {
        records
            .into_iter()
            .map(|mut r| {
                r.as_object_mut().unwrap().remove("file");
                r
            })
            .collect()
    };
    let expected = strip(records);
    for args in [
        &["--batch", "crawl.warc"][..],
        &["--batch", "whole.warc.gz"],
        &["--input", "warc"],
    ] {
        let out = inti(&dir, args, Some(&members));
        assert_eq!(code(&out), 0, "{args:?}: {}", stderr(&out));
        assert_eq!(strip(self::json_lines(&out)), expected, "{args:?}");
    }
}

#[test]
fn broken_warc_files_end_with_an_error_record() {
    let dir = temp_dir("cli_batch", "warc_broken");
    let members: Vec<u8> = crawl().iter().flat_map(|r| gzip(r)).collect();
    fs::write(dir.join("cut.warc.gz"), &members[..members.len() - 300]).unwrap();
    let plain = crawl().concat();
    let cut = plain.len() - 2000;
    fs::write(dir.join("cut.warc"), &plain[..cut]).unwrap();
    fs::write(dir.join("not.warc"), page(1)).unwrap();
    fs::write(dir.join("after.html"), page(2)).unwrap();
    let out = inti(
        &dir,
        &[
            "--batch",
            "cut.warc.gz",
            "cut.warc",
            "not.warc",
            "after.html",
        ],
        None,
    );
    assert_eq!(code(&out), 1);
    let records = json_lines(&out);
    let summary: Vec<(String, Option<String>)> = records
        .iter()
        .map(|r| {
            (
                r["file"].as_str().unwrap().to_owned(),
                r["error"]["kind"].as_str().map(str::to_owned),
            )
        })
        .collect();
    let last = |file: &str| summary.iter().rfind(|(f, _)| f == file).unwrap().1.clone();
    for file in ["cut.warc.gz", "cut.warc", "not.warc"] {
        assert_eq!(
            last(file).as_deref(),
            Some("InvalidRecord"),
            "{file}: {summary:?}"
        );
    }
    assert_eq!(summary.last().unwrap(), &("after.html".into(), None));
    // Pages before the break are extracted.
    assert!(summary[0] == ("cut.warc.gz".into(), None), "{summary:?}");
}

// ---------------------------------------------------------------------------
// Order, jobs, options

#[test]
fn ordered_output_does_not_depend_on_jobs_and_unordered_has_the_same_records() {
    let dir = temp_dir("cli_batch", "order");
    fs::create_dir(dir.join("pages")).unwrap();
    for n in 0..40 {
        // Uneven sizes, so that pages finish out of order.
        let padding = "<p>More news from the harbour, told at length.</p>\n".repeat((n * 37) % 200);
        let html = page(n).replace("<footer>", &format!("{padding}<footer>"));
        fs::write(dir.join(format!("pages/{n:02}.html")), html).unwrap();
    }
    let one = inti(&dir, &["--batch", "-j", "1", "pages"], None);
    let four = inti(&dir, &["--jobs", "4", "pages"], None);
    assert_eq!(code(&one), 0);
    assert!(stderr(&four).contains(" 4 threads"), "{}", stderr(&four));
    assert_eq!(
        one.stdout, four.stdout,
        "ordered output is the same on 1 and 4 threads"
    );
    assert_eq!(json_lines(&one).len(), 40);
    let unordered = inti(&dir, &["--unordered", "--jobs=4", "pages"], None);
    let set = |out: &Output| -> BTreeSet<String> {
        String::from_utf8(out.stdout.clone())
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(set(&unordered), set(&one));
}

#[test]
fn batch_options_on_the_command_line() {
    let dir = temp_dir("cli_batch", "options");
    fs::write(dir.join("a.html"), page(1)).unwrap();
    let cases: &[(&[&str], &str)] = &[
        (
            &["--batch", "--format", "text", "a.html"],
            "batch mode writes JSON Lines",
        ),
        (&["--jobs", "0", "a.html"], "invalid value '0' for '--jobs'"),
        (&["-j", "many", "a.html"], "invalid value 'many' for '-j'"),
        (
            &["--input", "csv", "a.html"],
            "invalid value 'csv' for '--input'",
        ),
        (&["--unordered=yes", "a.html"], "takes no value"),
    ];
    for (args, expected) in cases {
        let out = inti(&dir, args, None);
        let err = stderr(&out);
        assert_eq!(code(&out), 2, "{args:?}: {err}");
        assert!(
            err.lines().next().unwrap().contains(expected),
            "{args:?}: {err}"
        );
    }
    // --format json is allowed; the records are the same.
    let a = inti(&dir, &["--batch", "--format", "json", "a.html"], None);
    let b = inti(&dir, &["--batch", "a.html"], None);
    assert_eq!(code(&a), 0);
    assert_eq!(a.stdout, b.stdout);
    // --input html: a .warc name is read as a page.
    fs::write(dir.join("page.warc"), page(2)).unwrap();
    let out = inti(&dir, &["--input", "html", "page.warc"], None);
    assert_eq!(json_lines(&out)[0]["title"], "Story 2");
}

#[test]
fn progress_lines_when_forced_and_quiet_silences_everything() {
    let dir = temp_dir("cli_batch", "progress");
    fs::write(dir.join("a.html"), page(1)).unwrap();
    fs::write(dir.join("b.html"), page(2)).unwrap();
    let out = inti(&dir, &["--progress", "a.html", "b.html"], None);
    assert_eq!(code(&out), 0);
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    // A last progress line (the total is known: 100%), then the summary.
    assert_eq!(lines.len(), 3, "{err}");
    assert!(
        lines[0].starts_with("inti: 2 pages, ") && lines[0].ends_with(", 0 errors, 100%"),
        "{err}"
    );
    assert!(lines[1].starts_with("inti: 2 pages in "), "{err}");
    let out = inti(&dir, &["--progress", "--quiet", "a.html", "b.html"], None);
    assert_eq!(stderr(&out), "");
    assert_eq!(json_lines(&out).len(), 2);
}

#[test]
fn quiet_single_mode_drops_the_per_file_lines() {
    let dir = temp_dir("cli_batch", "quiet_single");
    fs::write(dir.join("a.html"), page(1)).unwrap();
    let out = inti(&dir, &["--quiet", "a.html", "missing.html"], None);
    assert_eq!(code(&out), 1);
    assert_eq!(stderr(&out), "");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("==> a.html <=="));
}

#[test]
fn closed_stdout_pipe_is_a_quiet_exit() {
    let dir = temp_dir("cli_batch", "closed_pipe");
    let line = json!({"html": page(1)}).to_string() + "\n";
    let mut child = Command::new(env!("CARGO_BIN_EXE_inti"))
        .args(["--input", "jsonl"])
        .current_dir(&dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        for _ in 0..2000 {
            if stdin.write_all(line.as_bytes()).is_err() {
                break;
            }
        }
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("{\"file\":\"-\""), "{first}");
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    feeder.join().unwrap();
    assert_eq!(err, "", "no panic message, no summary");
    assert_eq!(status.code(), Some(0));
}
