//! Writing results: the article in the chosen format, JSON Lines records,
//! `==> FILE <==` headers, and the `--explain` table for stderr.

use std::io::{self, Write};

use inti::{Article, RemovedBlock};
use serde::Serialize;

use crate::args::Format;
use crate::input::Input;
use crate::process::FileError;

/// The output stream with its format. Results must be given in input order.
pub struct Output {
    out: Box<dyn Write>,
    format: Format,
    /// Several inputs: headers (text formats) or a `file` field (JSON).
    labelled: bool,
    /// Whether a text section was written yet (for the blank line between).
    started: bool,
}

#[derive(Serialize)]
struct ArticleRecord<'a> {
    file: String,
    #[serde(flatten)]
    article: &'a Article,
}

#[derive(Serialize)]
struct ErrorRecord<'a> {
    file: String,
    error: ErrorBody<'a>,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    kind: &'a str,
    message: &'a str,
}

impl Output {
    pub fn new(out: Box<dyn Write>, format: Format, labelled: bool) -> Output {
        Output {
            out,
            format,
            labelled,
            started: false,
        }
    }

    /// Writes one input's article.
    pub fn article(&mut self, input: &Input, article: &Article) -> io::Result<()> {
        let content = match self.format {
            Format::Json => {
                if self.labelled {
                    let record = ArticleRecord {
                        file: input.json_name(),
                        article,
                    };
                    serde_json::to_writer(&mut self.out, &record)?;
                } else {
                    serde_json::to_writer(&mut self.out, article)?;
                }
                return self.out.write_all(b"\n");
            }
            Format::Text => &article.text,
            Format::Html => &article.html,
            Format::Markdown => &article.markdown,
        };
        if self.labelled {
            if self.started {
                self.out.write_all(b"\n")?;
            }
            writeln!(self.out, "==> {} <==", input.display_name())?;
        }
        self.started = true;
        // Exactly one final newline; an empty article prints nothing.
        let content = content.trim_end();
        if !content.is_empty() {
            self.out.write_all(content.as_bytes())?;
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }

    /// Writes one input's error: a JSON record in JSON output, nothing in the
    /// other formats (the caller reports it on stderr in every format).
    pub fn error(&mut self, input: &Input, error: &FileError) -> io::Result<()> {
        if self.format != Format::Json {
            return Ok(());
        }
        let record = ErrorRecord {
            file: input.json_name(),
            error: ErrorBody {
                kind: error.kind,
                message: &error.message,
            },
        };
        serde_json::to_writer(&mut self.out, &record)?;
        self.out.write_all(b"\n")
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// The `--explain` report for stderr in the text formats: a header line, then
/// per removed block its reason, text length and CSS path, and below it the
/// start of its text.
pub fn explain_table(name: &str, removed: &[RemovedBlock]) -> String {
    let blocks = if removed.len() == 1 {
        "block"
    } else {
        "blocks"
    };
    let mut table = format!("inti: {name}: {} {blocks} removed\n", removed.len());
    if removed.is_empty() {
        return table;
    }
    let width = removed
        .iter()
        .map(|b| b.reason.as_str().len())
        .max()
        .unwrap_or(0)
        .max("REASON".len());
    table.push_str(&format!(
        "  {:width$}  {:>6}  PATH / TEXT\n",
        "REASON", "CHARS"
    ));
    for block in removed {
        table.push_str(&format!(
            "  {:width$}  {:>6}  {}\n",
            block.reason.as_str(),
            block.text_length,
            one_line(&block.path)
        ));
        if !block.preview.trim().is_empty() {
            table.push_str(&format!(
                "  {:width$}  {:>6}  \"{}\"\n",
                "",
                "",
                one_line(block.preview.trim())
            ));
        }
    }
    table
}

/// Control characters (newlines, tabs, escapes) as spaces.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use inti::Reason;
    use std::cell::RefCell;
    use std::rc::Rc;

    #[derive(Clone, Default)]
    struct Shared(Rc<RefCell<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    fn article(text: &str) -> Article {
        Article {
            text: text.into(),
            html: format!("<p>{text}</p>\n\n"),
            markdown: text.into(),
            ..Default::default()
        }
    }

    fn run(format: Format, labelled: bool, items: &[(&str, Result<Article, FileError>)]) -> String {
        let buffer = Shared::default();
        let mut output = Output::new(Box::new(buffer.clone()), format, labelled);
        for (name, result) in items {
            let input = Input::from_arg(name.as_ref());
            match result {
                Ok(article) => output.article(&input, article).unwrap(),
                Err(error) => output.error(&input, error).unwrap(),
            }
        }
        output.flush().unwrap();
        let bytes = buffer.0.borrow().clone();
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn text_ends_with_one_newline() {
        assert_eq!(
            run(
                Format::Text,
                false,
                &[("a", Ok(article("One.\n\nTwo.\n\n")))]
            ),
            "One.\n\nTwo.\n"
        );
        assert_eq!(
            run(Format::Html, false, &[("a", Ok(article("One.")))]),
            "<p>One.</p>\n"
        );
        assert_eq!(run(Format::Text, false, &[("a", Ok(article("")))]), "");
    }

    #[test]
    fn headers_like_head() {
        let missing = FileError::new("Io", "No such file or directory");
        let out = run(
            Format::Markdown,
            true,
            &[
                ("a", Ok(article("A."))),
                ("b", Err(missing)),
                ("-", Ok(article(""))),
            ],
        );
        assert_eq!(out, "==> a <==\nA.\n\n==> standard input <==\n");
    }

    #[test]
    fn json_lines() {
        let missing = FileError::new("Io", "No such file or directory");
        let out = run(
            Format::Json,
            true,
            &[("a", Ok(article("A."))), ("b", Err(missing.clone()))],
        );
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(
            lines[0].starts_with(r#"{"file":"a","title":null,"#),
            "{}",
            lines[0]
        );
        assert_eq!(
            lines[1],
            r#"{"file":"b","error":{"kind":"Io","message":"No such file or directory"}}"#
        );
        let single = run(Format::Json, false, &[("a", Ok(article("A.")))]);
        assert!(single.starts_with(r#"{"title":null,"#) && single.ends_with("}\n"));
    }

    #[test]
    fn explain() {
        assert_eq!(
            explain_table("a.html", &[]),
            "inti: a.html: 0 blocks removed\n"
        );
        let removed = vec![RemovedBlock {
            reason: Reason::RelatedLinks,
            path: "html > body > aside".into(),
            preview: "Read also:\nother news".into(),
            text_length: 120,
        }];
        assert_eq!(
            explain_table("a.html", &removed),
            "inti: a.html: 1 block removed\n\
             \x20 REASON          CHARS  PATH / TEXT\n\
             \x20 related-links     120  html > body > aside\n\
             \x20                        \"Read also: other news\"\n"
        );
    }
}
