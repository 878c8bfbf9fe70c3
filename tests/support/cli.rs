//! Helpers shared by the tests of the `inti` binary (`tests/cli.rs`,
//! `tests/cli_batch.rs`): run it in a temporary directory and read what it
//! printed.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// The fields of `inti::Article` as JSON, `removed` aside (only with
/// --explain).
pub const ARTICLE_FIELDS: &[&str] = &[
    "title",
    "byline",
    "published",
    "modified",
    "lang",
    "dir",
    "siteName",
    "excerpt",
    "image",
    "canonicalUrl",
    "url",
    "html",
    "text",
    "markdown",
    "wordCount",
    "readerable",
    "readerableScore",
    "nextPage",
    "strategy",
];

/// A fresh, empty directory for one test of one test file (`group`).
pub fn temp_dir(group: &str, test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(group)
        .join(test);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `inti` in `dir` with `args`, feeding `stdin` (empty when `None`)
/// from a thread, so that a large input cannot block on a full pipe.
pub fn inti(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_inti"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run inti");
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.unwrap_or_default().to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let output = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    output
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

pub fn code(output: &Output) -> i32 {
    output.status.code().expect("exited normally")
}

/// Stdout as JSON Lines: each line one compact JSON object.
pub fn json_lines(output: &Output) -> Vec<Value> {
    let text = stdout(output);
    assert!(text.is_empty() || text.ends_with('\n'), "{text:?}");
    text.lines()
        .map(|line| {
            let value: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
            assert!(value.is_object(), "{line}");
            value
        })
        .collect()
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}
