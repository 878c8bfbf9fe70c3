//! A worker's job: get one page's HTML, extract its article, and serialize
//! its record. Serializing here, on the worker threads, keeps the writer's
//! thread free for writing.

use std::borrow::Cow;
use std::panic::{self, AssertUnwindSafe};

use inti::{Article, Options};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{warc, Done, Origin, Payload, Task};
use crate::input::{self, Input};
use crate::process::{self, FileError};

/// A record of a page: where it came from, then the article's fields.
#[derive(Serialize)]
struct ArticleRecord<'a> {
    #[serde(flatten)]
    origin: &'a Origin,
    #[serde(flatten)]
    article: &'a Article,
}

/// A record of a page that failed: where it came from, its address when
/// known, and why.
#[derive(Serialize)]
struct ErrorRecord<'a> {
    #[serde(flatten)]
    origin: &'a Origin,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    error: ErrorBody<'a>,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    kind: &'a str,
    message: &'a str,
}

/// A JSON Lines input record. Other fields are ignored.
#[derive(Deserialize)]
struct JsonPage {
    html: Option<String>,
    url: Option<String>,
    id: Option<Value>,
}

/// Extracts a task's page and makes its record. Never panics: a panic
/// anywhere in here becomes the page's error, so that every task gives a
/// record (the writer waits for each, in order).
pub fn work(task: Task, options: &Options) -> Done {
    let (seq, cost, stored) = (task.seq, task.cost, task.stored);
    let origin = task.origin.clone();
    match panic::catch_unwind(AssertUnwindSafe(|| extract(task, options))) {
        Ok(done) => done,
        Err(payload) => {
            let error = FileError::new(
                "InternalError",
                format!(
                    "internal error, please report it: {}",
                    process::panic_message(payload.as_ref())
                ),
            );
            let record = serialize(&origin, &Err(error), None);
            Done {
                seq,
                record,
                error: Some("InternalError"),
                page_bytes: 0,
                cost,
                stored,
            }
        }
    }
}

fn extract(task: Task, options: &Options) -> Done {
    let Task {
        seq,
        mut origin,
        mut url,
        payload,
        cost,
        stored,
    } = task;
    let mut page_bytes = 0;
    let result = match payload {
        Payload::File { path, .. } => input::read(&Input::File(path), options.max_input_bytes)
            .and_then(|bytes| {
                page_bytes = bytes.len();
                process::extract_bytes(&bytes, options)
            }),
        Payload::Bytes {
            bytes,
            codings,
            charset,
        } => warc::decode(bytes, &codings, options.max_input_bytes).and_then(|bytes| {
            page_bytes = bytes.len();
            let page_options = with_url(options, url.as_deref());
            let result = match charset {
                Some(encoding) => process::extract_str(&encoding.decode(&bytes).0, &page_options),
                None => process::extract_bytes(&bytes, &page_options),
            };
            result.map_err(|e| record_url_error(e, url.as_deref()))
        }),
        Payload::JsonLine(line) => match parse_line(&line) {
            Ok(page) => {
                origin.id = page.id;
                url = page.url.filter(|u| !u.is_empty());
                match page.html {
                    Some(html) => {
                        page_bytes = html.len();
                        let page_options = with_url(options, url.as_deref());
                        process::extract_str(&html, &page_options)
                            .map_err(|e| record_url_error(e, url.as_deref()))
                    }
                    None => Err(FileError::new(
                        "InvalidRecord",
                        "the JSON object has no \"html\" string",
                    )),
                }
            }
            Err(error) => Err(error),
        },
        Payload::Failed(error) => Err(error),
    };
    let url = url.as_deref().or(options.url.as_deref());
    let error = result.as_ref().err().map(|e| e.kind);
    Done {
        seq,
        record: serialize(&origin, &result, url),
        error,
        page_bytes: page_bytes as u64,
        cost,
        stored,
    }
}

/// The options for a page with its own address, which wins over `--url`.
fn with_url<'a>(options: &'a Options, url: Option<&str>) -> Cow<'a, Options> {
    match url {
        Some(url) => Cow::Owned(Options {
            url: Some(url.to_owned()),
            ..options.clone()
        }),
        None => Cow::Borrowed(options),
    }
}

/// A page's own address that the engine refuses is a fault of the input
/// record, not of the command line's `--url`.
fn record_url_error(error: FileError, url: Option<&str>) -> FileError {
    match url {
        Some(url) if error.kind == "InvalidOption" && error.message.contains("option --url") => {
            FileError::new(
                "InvalidRecord",
                format!("the page's URL {url:?} is not an absolute URL"),
            )
        }
        _ => error,
    }
}

fn parse_line(line: &[u8]) -> Result<JsonPage, FileError> {
    serde_json::from_slice(line).map_err(|error| {
        // serde_json's position is within the line: "at line 1 column 9".
        let message = error.to_string();
        let message = match message.rfind(" at line ") {
            Some(at) => &message[..at],
            None => &message,
        };
        FileError::new(
            "InvalidRecord",
            format!("not a JSON object with an \"html\" string: {message}"),
        )
    })
}

fn serialize(origin: &Origin, result: &Result<Article, FileError>, url: Option<&str>) -> Vec<u8> {
    let mut record = Vec::with_capacity(match result {
        Ok(article) => 512 + article.html.len() + article.text.len() + article.markdown.len(),
        Err(_) => 256,
    });
    let written = match result {
        Ok(article) => serde_json::to_writer(&mut record, &ArticleRecord { origin, article }),
        Err(error) => serde_json::to_writer(
            &mut record,
            &ErrorRecord {
                origin,
                url,
                error: ErrorBody {
                    kind: error.kind,
                    message: &error.message,
                },
            },
        ),
    };
    if let Err(error) = written {
        // Not expected (the records hold only strings, numbers and flags),
        // but a record must come out whatever happens.
        record.clear();
        let message = format!("cannot serialize the record: {error}");
        let body = ErrorRecord {
            origin,
            url,
            error: ErrorBody {
                kind: "InternalError",
                message: &message,
            },
        };
        serde_json::to_writer(&mut record, &body).unwrap_or_default();
    }
    record.push(b'\n');
    record
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task(payload: Payload) -> Task {
        Task {
            seq: 4,
            origin: Origin {
                line: Some(9),
                ..Origin::file("pages.jsonl")
            },
            url: None,
            payload,
            cost: 10,
            stored: 3,
        }
    }

    fn record(done: &Done) -> Value {
        let text = std::str::from_utf8(&done.record).unwrap();
        assert!(
            text.ends_with('\n') && text.matches('\n').count() == 1,
            "{text}"
        );
        serde_json::from_str(text).unwrap()
    }

    const PAGE: &str = "<html><head><title>T</title></head><body><article><p>Some words of the \
                        article, enough of them to be read as prose by the engine.</p></article></body></html>";

    #[test]
    fn json_lines_records() {
        let line = serde_json::json!({"id": "a-1", "url": "https://example.com/a", "html": PAGE, "lang": "en"});
        let done = work(
            task(Payload::JsonLine(line.to_string().into_bytes())),
            &Options::default(),
        );
        assert_eq!((done.seq, done.cost, done.stored), (4, 10, 3));
        assert_eq!(done.error, None);
        assert_eq!(done.page_bytes, PAGE.len() as u64);
        let record = record(&done);
        assert_eq!(record["file"], "pages.jsonl");
        assert_eq!(record["line"], 9);
        assert_eq!(record["id"], "a-1");
        assert_eq!(record["url"], "https://example.com/a");
        assert!(record.get("error").is_none());
        let text = std::str::from_utf8(&done.record).unwrap();
        assert!(
            text.starts_with(r#"{"file":"pages.jsonl","line":9,"id":"a-1","title":"#),
            "origin first: {text}"
        );
    }

    #[test]
    fn bad_json_lines_are_error_records() {
        for (line, message) in [
            (r#"{"url": "https://example.com/"}"#, "no \"html\" string"),
            (r#"{"html": 7}"#, "invalid type"),
            ("not json", "not a JSON object"),
            ("[1, 2]", "invalid type"),
            (
                r#"{"html": "<p>x</p>", "url": "/relative"}"#,
                "not an absolute URL",
            ),
        ] {
            let done = work(task(Payload::JsonLine(line.into())), &Options::default());
            assert_eq!(done.error, Some("InvalidRecord"), "{line}");
            let record = record(&done);
            let text = record["error"]["message"].as_str().unwrap();
            assert!(text.contains(message), "{line}: {text}");
            assert!(!text.contains("at line"), "{text}");
            assert_eq!(record["line"], 9);
        }
        let done = work(
            task(Payload::JsonLine(
                br#"{"id": 5, "url": "/relative", "html": "x"}"#.to_vec(),
            )),
            &Options::default(),
        );
        let record = record(&done);
        assert_eq!(record["id"], 5);
        assert_eq!(record["url"], "/relative");
    }

    #[test]
    fn http_charset_decodes_the_page() {
        let page = "<html><head><meta charset=\"utf-8\"><title>Caf\u{e9}</title></head><body><p>x</p></body></html>";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(page);
        let done = work(
            task(Payload::Bytes {
                bytes: bytes.into_owned(),
                codings: Vec::new(),
                charset: Some(encoding_rs::WINDOWS_1252),
            }),
            &Options::default(),
        );
        assert_eq!(record(&done)["title"], "Caf\u{e9}");
    }

    #[test]
    fn failures_keep_their_kind() {
        let done = work(
            task(Payload::Failed(FileError::new("Io", "cannot read: broken"))),
            &Options::default(),
        );
        assert_eq!(done.error, Some("Io"));
        let record = record(&done);
        assert_eq!(record["error"]["kind"], "Io");
        assert_eq!(record["error"]["message"], "cannot read: broken");
    }
}
