//! The article as CommonMark (with GitHub's pipe tables and `~~` for
//! deleted text, which CommonMark renderers show as text when they lack
//! those extensions).

use super::{Event, Out};
use crate::dom::is_html_space;

/// A block container open around the text being written.
enum Container {
    Quote,
    List {
        ordered: bool,
        next: u32,
    },
    /// A list item: its marker, and whether its first line was written.
    Item {
        marker: String,
        started: bool,
    },
}

/// An inline element open in the current paragraph.
struct OpenInline {
    out: Out,
    /// Where its content starts in the paragraph buffer.
    start: usize,
    href: Option<String>,
}

#[derive(Default)]
struct Table {
    /// The table's `<caption>` (inline Markdown), written as a paragraph
    /// above it: a pipe table has no caption of its own.
    caption: String,
    rows: Vec<Vec<String>>,
    header_rows: usize,
    in_head: bool,
    row_has_th: bool,
}

struct Writer {
    out: String,
    /// The paragraph being written (inline Markdown).
    para: String,
    /// What kind of block the paragraph is: heading level, or 0.
    heading: u8,
    containers: Vec<Container>,
    inlines: Vec<OpenInline>,
    /// Inside `<pre>`: the raw text and the language.
    pre: Option<(String, Option<String>)>,
    pre_depth: usize,
    /// Inside an inline code span: its raw text.
    code: Option<String>,
    code_depth: usize,
    table: Option<Table>,
    /// Whether the last block written was a list item's line.
    last_was_item: bool,
}

/// Writes the events as Markdown.
pub(crate) fn write(events: &[Event]) -> String {
    let mut w = Writer {
        out: String::new(),
        para: String::new(),
        heading: 0,
        containers: Vec::new(),
        inlines: Vec::new(),
        pre: None,
        pre_depth: 0,
        code: None,
        code_depth: 0,
        table: None,
        last_was_item: false,
    };
    for event in events {
        match event {
            Event::Text(text) => w.text(text),
            Event::Open(out, attrs) => w.open(*out, attrs),
            Event::Close(out) => w.close(*out),
        }
    }
    w.flush_paragraph();
    w.out
}

impl Writer {
    fn text(&mut self, text: &str) {
        if let Some((raw, _)) = &mut self.pre {
            raw.push_str(text);
            return;
        }
        if let Some(code) = &mut self.code {
            push_collapsed(code, text);
            return;
        }
        let mut space = false;
        let mut prev: Option<char> = self.para.chars().next_back();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if is_html_space(c) && c != '\u{a0}' {
                space = true;
                continue;
            }
            if space && !self.para.is_empty() && !self.para.ends_with([' ', '\n']) {
                self.para.push(' ');
                prev = Some(' ');
            }
            space = false;
            let next = chars.peek().copied();
            match c {
                '\\' | '*' | '`' | '[' | ']' | '<' | '>' | '|' | '~' => {
                    self.para.push('\\');
                    self.para.push(c);
                }
                // Intraword underscores never make emphasis.
                '_' if prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric) =>
                {
                    self.para.push('_')
                }
                '_' => self.para.push_str("\\_"),
                '\u{a0}' => self.para.push(' '),
                c => self.para.push(c),
            }
            prev = Some(c);
        }
        if space && !self.para.is_empty() && !self.para.ends_with([' ', '\n']) {
            self.para.push(' ');
        }
    }

    fn open(&mut self, out: Out, attrs: &[(&'static str, String)]) {
        let attr = |name: &str| {
            attrs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.clone())
        };
        if let Some((raw, _)) = &mut self.pre {
            match out {
                Out::Pre => self.pre_depth += 1,
                // Highlighters that write each line as a span ending in
                // `<br>` (Docusaurus' Prism theme) put no newline in the
                // text: the break is the line's end.
                Out::Br => raw.push('\n'),
                _ => {}
            }
            return;
        }
        if self.code.is_some() {
            if matches!(out, Out::Code | Out::Kbd | Out::Samp) {
                self.code_depth += 1;
            }
            return;
        }
        match out {
            Out::Br => {
                if self.table.is_some() {
                    self.para.push(' ');
                } else if !self.para.trim().is_empty() {
                    trim_end_spaces(&mut self.para);
                    self.para.push_str("\\\n");
                }
            }
            Out::Img => {
                if let Some(src) = attr("src") {
                    let alt = attr("alt").unwrap_or_default();
                    self.para.push_str("![");
                    self.para.push_str(&escape_inline(&alt));
                    self.para.push_str("](");
                    self.para.push_str(&link_destination(&src));
                    self.para.push(')');
                }
            }
            Out::Hr => {
                self.flush_paragraph();
                self.write_block("---", false);
            }
            Out::P | Out::Figure | Out::Figcaption | Out::Dl | Out::Dt | Out::Dd | Out::Caption => {
                if self.table.is_none() {
                    self.flush_paragraph();
                } else {
                    self.para.push(' ');
                }
            }
            Out::H(level) => {
                self.flush_paragraph();
                self.heading = level;
            }
            Out::Blockquote => {
                self.flush_paragraph();
                self.containers.push(Container::Quote);
            }
            Out::Ul | Out::Ol => {
                self.flush_paragraph();
                let start = attr("start").and_then(|s| s.parse().ok()).unwrap_or(1);
                self.containers.push(Container::List {
                    ordered: out == Out::Ol,
                    next: start,
                });
            }
            Out::Li => {
                self.flush_paragraph();
                let marker = match self.containers.last_mut() {
                    Some(Container::List {
                        ordered: true,
                        next,
                    }) => {
                        let m = format!("{next}. ");
                        *next += 1;
                        m
                    }
                    _ => "- ".to_string(),
                };
                self.containers.push(Container::Item {
                    marker,
                    started: false,
                });
            }
            Out::Pre => {
                self.flush_paragraph();
                self.pre = Some((
                    String::new(),
                    attr("class").and_then(|c| c.strip_prefix("language-").map(str::to_string)),
                ));
                self.pre_depth = 1;
            }
            Out::Code | Out::Kbd | Out::Samp => {
                self.code = Some(String::new());
                self.code_depth = 1;
            }
            Out::Table => {
                self.flush_paragraph();
                self.table = Some(Table::default());
            }
            Out::Thead => {
                if let Some(t) = &mut self.table {
                    t.in_head = true;
                }
            }
            Out::Tr => {
                if let Some(t) = &mut self.table {
                    t.rows.push(Vec::new());
                    t.row_has_th = false;
                }
            }
            Out::Td | Out::Th => {
                self.para.clear();
                if let (Some(t), Out::Th) = (&mut self.table, out) {
                    t.row_has_th = true;
                }
            }
            Out::Tbody | Out::Tfoot => {}
            Out::Q => self.para.push('“'),
            Out::A | Out::Em | Out::Strong | Out::Del | Out::S => {
                self.inlines.push(OpenInline {
                    out,
                    start: self.para.len(),
                    href: attr("href"),
                });
            }
            _ => {}
        }
    }

    fn close(&mut self, out: Out) {
        if let Some((raw, lang)) = &self.pre {
            if out == Out::Pre {
                self.pre_depth -= 1;
                if self.pre_depth == 0 {
                    let block = fenced_code(raw, lang.as_deref());
                    self.pre = None;
                    self.write_block(&block, false);
                }
            }
            return;
        }
        if let Some(code) = &self.code {
            if matches!(out, Out::Code | Out::Kbd | Out::Samp) {
                self.code_depth -= 1;
                if self.code_depth == 0 {
                    let mut span = code_span(code);
                    if self.table.is_some() {
                        // GitHub's tables split a row at every unescaped
                        // pipe, inside code spans too (`str | None`).
                        span = span.replace('|', "\\|");
                    }
                    self.code = None;
                    self.para.push_str(&span);
                }
            }
            return;
        }
        match out {
            Out::P | Out::Figure | Out::Figcaption | Out::Dl | Out::Dt | Out::Dd | Out::Caption
                if self.table.is_none() =>
            {
                self.flush_paragraph();
            }
            Out::H(_) => {
                self.flush_paragraph();
                self.heading = 0;
            }
            Out::Blockquote | Out::Ul | Out::Ol | Out::Li => {
                self.flush_paragraph();
                self.containers.pop();
                if out != Out::Li {
                    self.last_was_item = false;
                }
            }
            Out::Caption if self.table.is_some() => {
                let caption = self.para.trim().replace('\n', " ");
                self.para.clear();
                if let Some(t) = &mut self.table {
                    t.caption = caption;
                }
            }
            Out::Td | Out::Th => {
                let cell = self.para.trim().replace('\n', " ").replace("\\\\ ", " ");
                self.para.clear();
                if let Some(t) = &mut self.table {
                    if let Some(row) = t.rows.last_mut() {
                        row.push(cell);
                    }
                }
            }
            Out::Tr => {
                if let Some(t) = &mut self.table {
                    if (t.in_head || t.row_has_th) && t.header_rows == t.rows.len() - 1 {
                        t.header_rows = t.rows.len();
                    }
                }
            }
            Out::Thead => {
                if let Some(t) = &mut self.table {
                    t.in_head = false;
                }
            }
            Out::Table => {
                if let Some(table) = self.table.take() {
                    if !table.caption.is_empty() {
                        self.write_block(&escape_line_starts(&table.caption), false);
                    }
                    let block = pipe_table(&table);
                    if !block.is_empty() {
                        self.write_block(&block, false);
                    }
                }
            }
            Out::Q => self.para.push('”'),
            Out::A | Out::Em | Out::Strong | Out::Del | Out::S => self.close_inline(out),
            _ => {}
        }
    }

    /// Wraps the content of a closing inline element in its delimiters,
    /// keeping surrounding spaces outside (`* a *` is not emphasis).
    fn close_inline(&mut self, out: Out) {
        let Some(pos) = self.inlines.iter().rposition(|i| i.out == out) else {
            return;
        };
        let open = self.inlines.remove(pos);
        let start = open.start.min(self.para.len());
        let content = self.para[start..].to_string();
        let trimmed = content.trim();
        if trimmed.is_empty() {
            return;
        }
        let lead = &content[..content.len() - content.trim_start().len()];
        let trail = &content[content.trim_end().len()..];
        let wrapped = match out {
            Out::A => match open.href {
                Some(href) => format!("[{trimmed}]({})", link_destination(&href)),
                None => trimmed.to_string(),
            },
            Out::Em => format!("*{trimmed}*"),
            Out::Strong => format!("**{trimmed}**"),
            _ => format!("~~{trimmed}~~"),
        };
        self.para.truncate(start);
        self.para.push_str(lead);
        self.para.push_str(&wrapped);
        self.para.push_str(trail);
    }

    fn flush_paragraph(&mut self) {
        // Unclosed inline elements (cannot happen with balanced events, but a
        // paragraph break inside one must not lose text).
        self.inlines.clear();
        let mut text = self.para.trim().to_string();
        self.para.clear();
        while text.ends_with('\\') {
            text.pop();
            text = text.trim_end().to_string();
        }
        if text.is_empty() {
            return;
        }
        let text = escape_line_starts(&text);
        if self.heading > 0 {
            let line = format!(
                "{} {}",
                "#".repeat(self.heading as usize),
                text.replace("\\\n", " ").replace('\n', " ")
            );
            self.write_block(&line, false);
        } else {
            let is_item_line = matches!(
                self.containers.last(),
                Some(Container::Item { started: false, .. })
            );
            self.write_block(&text, is_item_line);
        }
    }

    /// Writes a block with the prefixes of the open containers, separated
    /// from the previous block by a blank line (or by a newline between the
    /// items of a tight list).
    fn write_block(&mut self, block: &str, is_item_line: bool) {
        if !self.out.is_empty() {
            if is_item_line && self.last_was_item {
                self.out.push('\n');
            } else {
                self.out.push('\n');
                let blank = self.prefix(true);
                self.out.push_str(blank.trim_end());
                self.out.push('\n');
            }
        }
        for (i, line) in block.split('\n').enumerate() {
            if i > 0 {
                self.out.push('\n');
            }
            let prefix = self.prefix(false);
            if line.is_empty() {
                self.out.push_str(prefix.trim_end());
            } else {
                self.out.push_str(&prefix);
                self.out.push_str(line);
            }
        }
        self.last_was_item = is_item_line;
    }

    /// The prefix of the next line: `> ` per quote, the item marker on an
    /// item's first line and spaces of its width after.
    fn prefix(&mut self, blank_line: bool) -> String {
        let mut prefix = String::new();
        for container in self.containers.iter_mut() {
            match container {
                Container::Quote => prefix.push_str("> "),
                Container::List { .. } => {}
                Container::Item { marker, started } => {
                    if *started || blank_line {
                        prefix.push_str(&" ".repeat(marker.len()));
                    } else {
                        prefix.push_str(marker);
                        *started = true;
                    }
                }
            }
        }
        prefix
    }
}

/// Escapes what would start a block construct at the start of a line:
/// headings, list markers, quotes, thematic breaks, fences.
fn escape_line_starts(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let trimmed = line.trim_start();
        let lead = &line[..line.len() - trimmed.len()];
        out.push_str(lead);
        let first = trimmed.chars().next();
        match first {
            Some('#' | '+' | '-' | '=' | '>' | '~') => {
                out.push('\\');
                out.push_str(trimmed);
            }
            Some(c) if c.is_ascii_digit() => {
                let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
                let rest = &trimmed[digits..];
                if digits <= 9
                    && (rest.starts_with(". ")
                        || rest.starts_with(") ")
                        || rest == "."
                        || rest == ")")
                {
                    out.push_str(&trimmed[..digits]);
                    out.push('\\');
                    out.push_str(rest);
                } else {
                    out.push_str(trimmed);
                }
            }
            _ => out.push_str(trimmed),
        }
    }
    out
}

fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '[' | ']' | '*' | '_' | '`' | '<' | '>') {
            out.push('\\');
        }
        if c == '\n' {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

/// A link destination, in angle brackets when it has spaces or parentheses.
fn link_destination(url: &str) -> String {
    if url.contains([' ', '(', ')', '<', '>']) {
        let escaped = url.replace('<', "%3C").replace('>', "%3E");
        format!("<{escaped}>")
    } else {
        url.to_string()
    }
}

/// A code span with a fence longer than any run of backticks inside it.
fn code_span(code: &str) -> String {
    let code = code.trim_matches(' ');
    if code.is_empty() {
        return String::new();
    }
    let longest = longest_run(code, '`');
    let fence = "`".repeat(longest + 1);
    if code.starts_with('`') || code.ends_with('`') {
        format!("{fence} {code} {fence}")
    } else {
        format!("{fence}{code}{fence}")
    }
}

/// A fenced code block; the fence is longer than any backtick run inside.
fn fenced_code(raw: &str, lang: Option<&str>) -> String {
    let code = raw.trim_start_matches('\n').trim_end();
    let fence = "`".repeat(longest_run(code, '`').max(2) + 1);
    format!("{fence}{}\n{code}\n{fence}", lang.unwrap_or(""))
}

fn longest_run(text: &str, c: char) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for ch in text.chars() {
        if ch == c {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    longest
}

/// A GitHub-style pipe table; the first row is the header.
fn pipe_table(table: &Table) -> String {
    let rows: Vec<&Vec<String>> = table.rows.iter().filter(|r| !r.is_empty()).collect();
    let Some(columns) = rows.iter().map(|r| r.len()).max() else {
        return String::new();
    };
    let mut out = String::new();
    for (i, row) in rows.iter().enumerate() {
        out.push('|');
        for c in 0..columns {
            let cell = row.get(c).map(String::as_str).unwrap_or("");
            out.push(' ');
            out.push_str(cell);
            out.push_str(" |");
        }
        if i == 0 {
            out.push('\n');
            out.push('|');
            for _ in 0..columns {
                out.push_str(" --- |");
            }
        }
        if i + 1 < rows.len() {
            out.push('\n');
        }
    }
    out
}

fn push_collapsed(out: &mut String, text: &str) {
    let mut space = false;
    for c in text.chars() {
        if is_html_space(c) {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    if space && !out.is_empty() {
        out.push(' ');
    }
}

fn trim_end_spaces(s: &mut String) {
    let len = s.trim_end_matches(' ').len();
    s.truncate(len);
}

#[cfg(test)]
mod tests {
    use super::super::tests::events;
    use super::write;

    fn md(html: &str) -> String {
        write(&events(html, Some("https://example.com/")))
    }

    #[test]
    fn paragraphs_headings_and_emphasis() {
        assert_eq!(
            md("<h2>Title</h2><p>Some <em>very </em><strong>bold</strong> text with a <a href='/x'>link</a>.</p>"),
            "## Title\n\nSome *very* **bold** text with a [link](https://example.com/x)."
        );
    }

    #[test]
    fn lists_nest_and_stay_tight() {
        assert_eq!(
            md("<ul><li>one</li><li>two<ol><li>a</li><li>b</li></ol></li></ul><p>after</p>"),
            "- one\n- two\n  1. a\n  2. b\n\nafter"
        );
    }

    /// A table's caption is a paragraph above it; a pipe inside a code
    /// span of a cell is escaped, as GitHub's tables split rows at every
    /// unescaped one.
    #[test]
    fn table_captions_and_pipes_in_code() {
        assert_eq!(
            md(
                "<table><caption>General options</caption><tr><th>Option</th><th>Type</th></tr>\
                <tr><td><code>backend</code></td><td><code>str | None</code></td></tr></table>"
            ),
            "General options\n\n| Option | Type |\n| --- | --- |\n| `backend` | `str \\| None` |"
        );
        // Outside a table a code span keeps its pipe as it is.
        assert_eq!(md("<p><code>a | b</code></p>"), "`a | b`");
    }

    #[test]
    fn quotes_code_and_tables() {
        assert_eq!(
            md("<blockquote><p>a</p><p>b</p></blockquote>"),
            "> a\n>\n> b"
        );
        assert_eq!(
            md("<pre class='language-rust'><code>fn x() {\n    1\n}</code></pre>"),
            "```rust\nfn x() {\n    1\n}\n```"
        );
        // Lines written as spans that end in <br>, as Prism themes do.
        assert_eq!(
            md("<pre><code><span class=token-line>npm i x<br></span><span class=token-line>  y<br></span></code></pre>"),
            "```\nnpm i x\n  y\n```"
        );
        assert_eq!(md("<p>Use <code>a`b</code> here</p>"), "Use ``a`b`` here");
        assert_eq!(
            md("<table><tr><th>A</th><th>B</th></tr><tr><td>1|2</td><td>3</td></tr></table>"),
            "| A | B |\n| --- | --- |\n| 1\\|2 | 3 |"
        );
    }

    #[test]
    fn markdown_syntax_in_text_is_escaped() {
        assert_eq!(
            md("<p># not a heading *nor emphasis* snake_case _x_</p>"),
            "\\# not a heading \\*nor emphasis\\* snake_case \\_x\\_"
        );
        assert_eq!(md("<p>1. not a list</p>"), "1\\. not a list");
    }

    #[test]
    fn images_and_line_breaks() {
        assert_eq!(
            md("<p><img src='/a.png' alt='A [cat]'><br>caption</p>"),
            "![A \\[cat\\]](https://example.com/a.png)\\\ncaption"
        );
    }
}
