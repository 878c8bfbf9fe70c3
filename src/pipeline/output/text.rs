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

/// Writes the events as plain text.
pub(crate) fn write(events: &[Event]) -> String {
    let mut w = Writer {
        out: String::new(),
        line: String::new(),
        blocks: Vec::new(),
        last: None,
        list_depth: 0,
        pre_depth: 0,
        cell_depth: 0,
    };
    for event in events {
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
        let text = if self.pre_depth > 0 {
            let t = self.line.trim_end_matches(['\n', ' ', '\t', '\r']);
            t.trim_start_matches('\n').to_string()
        } else {
            self.line
                .split('\n')
                .map(str::trim)
                .collect::<Vec<_>>()
                .join("\n")
                .trim()
                .to_string()
        };
        self.line.clear();
        if text.is_empty() {
            return;
        }
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
        self.out.push_str(&text);
        self.last = Some(kind);
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

    fn text_of(html: &str) -> String {
        write(&events(html, None))
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
