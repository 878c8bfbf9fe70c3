//! The article as plain text: one blank line between blocks, list items and
//! table rows on lines of their own (table cells separated by a tab),
//! preformatted text as it was.

use super::{Event, Out};
use crate::dom::is_html_space;

#[derive(Clone, Copy, PartialEq, Eq)]
enum LineKind {
    /// A paragraph, heading, caption...: blank lines around it.
    Paragraph,
    /// A list item or table row: consecutive ones are separated by one newline.
    Line,
}

struct Writer {
    out: String,
    /// The text of the block being gathered.
    line: String,
    /// Open block-level elements.
    blocks: Vec<Out>,
    /// Kind of the last block written.
    last: Option<LineKind>,
    /// Nesting of lists, for indenting nested items.
    list_depth: usize,
    /// Whether the gathered text is preformatted.
    pre_depth: usize,
    /// Inside a table cell, blocks do not break lines.
    cell_depth: usize,
}

/// Writes the events as plain text; without the content of `<figcaption>`s
/// when `skip_figcaptions` is set.
pub(crate) fn write(events: &[Event], skip_figcaptions: bool) -> String {
    let mut w = Writer {
        out: String::new(),
        line: String::new(),
        blocks: Vec::new(),
        last: None,
        list_depth: 0,
        pre_depth: 0,
        cell_depth: 0,
    };
    let mut in_figcaption = 0usize;
    for event in events {
        if skip_figcaptions {
            match event {
                Event::Open(Out::Figcaption, _) => in_figcaption += 1,
                Event::Close(Out::Figcaption) => {
                    in_figcaption = in_figcaption.saturating_sub(1);
                    continue;
                }
                _ => {}
            }
            if in_figcaption > 0 {
                continue;
            }
        }
        match event {
            Event::Open(Out::Br, _) => {
                trim_trailing_spaces(&mut w.line);
                w.line.push('\n');
            }
            Event::Open(Out::Img, _) => {}
            Event::Open(Out::Td | Out::Th, _) => {
                if w.cell_depth == 0 && !w.line.is_empty() {
                    trim_trailing_spaces(&mut w.line);
                    w.line.push('\t');
                }
                w.cell_depth += 1;
            }
            Event::Close(Out::Td | Out::Th) => w.cell_depth = w.cell_depth.saturating_sub(1),
            Event::Open(tag, _) if tag.is_block() => {
                if w.cell_depth > 0 {
                    push_space(&mut w.line);
                    continue;
                }
                w.flush();
                match tag {
                    Out::Ul | Out::Ol | Out::Dl => w.list_depth += 1,
                    Out::Pre => w.pre_depth += 1,
                    _ => {}
                }
                w.blocks.push(*tag);
            }
            Event::Close(tag) if tag.is_block() => {
                if w.cell_depth > 0 {
                    push_space(&mut w.line);
                    continue;
                }
                w.flush();
                match tag {
                    Out::Ul | Out::Ol | Out::Dl => w.list_depth = w.list_depth.saturating_sub(1),
                    Out::Pre => w.pre_depth = w.pre_depth.saturating_sub(1),
                    _ => {}
                }
                w.blocks.pop();
            }
            Event::Open(..) | Event::Close(_) => {}
            Event::Text(text) => {
                if w.pre_depth > 0 {
                    w.line.push_str(text);
                } else {
                    push_collapsed_text(&mut w.line, text);
                }
            }
        }
    }
    w.flush();
    w.out
}

impl Writer {
    fn flush(&mut self) {
        if self.pre_depth > 0 {
            let t = self.line.trim_end_matches(['\n', ' ', '\t', '\r']);
            let text = t.trim_start_matches('\n').to_string();
            self.line.clear();
            if !text.is_empty() {
                self.start_line();
                self.out.push_str(&text);
            }
            return;
        }
        // The line's pieces between newlines, each trimmed, joined with
        // newlines, the whole trimmed: written straight into the output
        // (collecting the pieces into a vector, joining and trimming them
        // cost three strings per block, 1.4% of the time in WebAssembly).
        // The result is empty exactly when the line is only whitespace; the
        // trim of the joined text only drops the empty pieces at either end,
        // as every other piece starts and ends with a non-space.
        if self.line.trim().is_empty() {
            self.line.clear();
            return;
        }
        self.start_line();
        push_trimmed_pieces(&mut self.out, &self.line);
        self.line.clear();
    }

    /// Separates the text about to be written from what precedes it (a
    /// newline between the lines of a list or table, a blank line between
    /// paragraphs) and indents a nested list's line; the text is then
    /// appended to `out`.
    fn start_line(&mut self) {
        let kind = match self.blocks.last() {
            Some(Out::Li | Out::Dt | Out::Dd | Out::Tr) => LineKind::Line,
            _ => LineKind::Paragraph,
        };
        if let Some(last) = self.last {
            self.out
                .push_str(if last == LineKind::Line && kind == LineKind::Line {
                    "\n"
                } else {
                    "\n\n"
                });
        }
        if kind == LineKind::Line && self.list_depth > 1 {
            self.out.push_str(&"  ".repeat(self.list_depth - 1));
        }
        self.last = Some(kind);
    }
}

/// Appends `line`'s pieces between newlines, each trimmed, joined with
/// newlines, without the empty pieces at either end: what
/// `line.split('\n').map(str::trim).collect::<Vec<_>>().join("\n").trim()`
/// gives, without the vector and the two strings.
fn push_trimmed_pieces(out: &mut String, line: &str) {
    // Newlines owed before the next non-empty piece.
    let mut newlines = 0;
    let mut started = false;
    for piece in line.split('\n').map(str::trim) {
        if !piece.is_empty() {
            if started {
                for _ in 0..newlines {
                    out.push('\n');
                }
            }
            out.push_str(piece);
            started = true;
            newlines = 0;
        }
        newlines += 1;
    }
}

fn push_space(line: &mut String) {
    if !line.is_empty() && !line.ends_with([' ', '\n', '\t']) {
        line.push(' ');
    }
}

fn trim_trailing_spaces(line: &mut String) {
    let len = line.trim_end_matches(' ').len();
    line.truncate(len);
}

/// Appends text with whitespace collapsed, no space at a line start.
fn push_collapsed_text(line: &mut String, text: &str) {
    let mut space = false;
    for c in text.chars() {
        if is_html_space(c) {
            space = true;
            continue;
        }
        if space && !line.is_empty() && !line.ends_with([' ', '\n', '\t']) {
            line.push(' ');
        }
        space = false;
        line.push(c);
    }
    if space && !line.is_empty() && !line.ends_with([' ', '\n', '\t']) {
        line.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::events;
    use super::write;

    /// The streaming join against the expression it replaces.
    #[test]
    fn trimmed_pieces_agree_with_join_and_trim() {
        let lines = [
            "a",
            " a \n b ",
            "\n\n a\n\n\n b \n \n",
            "x\n \n\t\ny",
            "\u{a0}é\u{a0}\n\u{2003}z",
            " lead\n",
            "one\ntwo\nthree",
        ];
        for line in lines {
            let expected = line
                .split('\n')
                .map(str::trim)
                .collect::<Vec<_>>()
                .join("\n")
                .trim()
                .to_string();
            let mut got = String::new();
            super::push_trimmed_pieces(&mut got, line);
            assert_eq!(got, expected, "{line:?}");
        }
    }

    fn text_of(html: &str) -> String {
        write(&events(html, None), false)
    }

    #[test]
    fn figcaptions_can_be_left_out() {
        let html = "<p>Before.</p><figure><img src=a.jpg><figcaption>A <em>cat</em>.</figcaption></figure><p>After.</p>";
        assert_eq!(text_of(html), "Before.\n\nA cat.\n\nAfter.");
        assert_eq!(write(&events(html, None), true), "Before.\n\nAfter.");
    }

    #[test]
    fn blocks_are_separated_by_blank_lines() {
        assert_eq!(
            text_of("<h2>Title</h2><p>One  two</p><div>three<br>four</div>"),
            "Title\n\nOne two\n\nthree\nfour"
        );
    }

    #[test]
    fn list_items_are_lines() {
        assert_eq!(
            text_of("<p>Intro</p><ul><li>a</li><li>b<ul><li>c</li></ul></li></ul><p>End</p>"),
            "Intro\n\na\nb\n  c\n\nEnd"
        );
    }

    #[test]
    fn table_rows_are_lines_and_cells_tabs() {
        assert_eq!(
            text_of("<table><tr><th>City</th><th>Pop</th></tr><tr><td>Oslo</td><td><p>700k</p></td></tr></table>"),
            "City\tPop\nOslo\t700k"
        );
    }

    #[test]
    fn code_keeps_its_whitespace() {
        assert_eq!(
            text_of("<p>Run:</p><pre>  a\n\n  b\n</pre>"),
            "Run:\n\n  a\n\n  b"
        );
    }
}
