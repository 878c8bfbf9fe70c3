//! The article as HTML.
//!
//! Written from the vetted [`Event`]s only, so what comes out is by
//! construction a fragment of allowlisted elements with vetted attributes
//! (each attribute is checked against [`allowlist`] once more as it is
//! written);
//! text and attribute values are escaped so that the fragment parses back to
//! the same tree in any context that accepts flow content.

use super::{allowlist, Event, Out};
use crate::dom::is_html_space;

/// Writes the events as an HTML fragment.
pub(crate) fn write(events: &[Event]) -> String {
    let mut out = String::new();
    let mut pre_depth = 0usize;
    for event in events {
        match event {
            Event::Open(tag, attrs) => {
                out.push('<');
                out.push_str(tag.name());
                for (name, value) in attrs {
                    // The events are built from the allowlist; this is its
                    // last check, on what is actually written.
                    if !allowlist::permits(tag.name(), name, value) {
                        debug_assert!(false, "{}[{name}={value:?}] is not allowed", tag.name());
                        continue;
                    }
                    out.push(' ');
                    out.push_str(name);
                    out.push_str("=\"");
                    escape_attr(&mut out, value);
                    out.push('"');
                }
                out.push('>');
                if *tag == Out::Pre {
                    pre_depth += 1;
                    // A newline right after <pre> is eaten by the parser;
                    // write one so a leading newline of the code survives.
                    out.push('\n');
                }
            }
            Event::Close(tag) => {
                if *tag == Out::Pre {
                    pre_depth = pre_depth.saturating_sub(1);
                }
                out.push_str("</");
                out.push_str(tag.name());
                out.push('>');
            }
            Event::Text(text) => {
                if pre_depth > 0 {
                    escape_text(&mut out, text);
                } else {
                    escape_collapsed(&mut out, text);
                }
            }
        }
    }
    out
}

fn escape_text(out: &mut String, text: &str) {
    for c in text.chars() {
        push_escaped(out, c);
    }
}

/// Escapes text with runs of whitespace written as one space.
fn escape_collapsed(out: &mut String, text: &str) {
    let mut space = false;
    for c in text.chars() {
        if is_html_space(c) && c != '\u{a0}' {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        push_escaped(out, c);
    }
    if space {
        out.push(' ');
    }
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '\u{a0}' => out.push_str("&nbsp;"),
        '\0' => out.push('\u{FFFD}'),
        c => out.push(c),
    }
}

fn escape_attr(out: &mut String, value: &str) {
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::html_of;

    #[test]
    fn text_and_attributes_are_escaped() {
        assert_eq!(
            html_of("<p>a &lt;b&gt; &amp; <a href='/x?a=1&amp;b=\"2\"'>c</a></p>"),
            "<p>a &lt;b&gt; &amp; <a href=\"https://example.com/x?a=1&amp;b=&quot;2&quot;\">c</a></p>"
        );
    }

    #[test]
    fn preformatted_whitespace_is_kept() {
        assert_eq!(
            html_of("<pre><code>fn main() {\n    x();\n}</code></pre>"),
            "<pre>\n<code>fn main() {\n    x();\n}</code></pre>"
        );
    }
}
