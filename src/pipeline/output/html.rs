//! The article as HTML.
//!
//! Written from the vetted [`Event`]s only, so what comes out is by
//! construction a fragment of allowlisted elements with vetted attributes
//! (each attribute is checked against [`allowlist`] once more as it is
//! written);
//! text and attribute values are escaped so that the fragment parses back to
//! the same tree in any context that accepts flow content.

use super::{allowlist, Event, Out};
use crate::dom::{is_ascii_html_space, is_html_space, may_start_unicode_space};

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
///
/// Works on bytes and copies runs of characters that need no escaping at
/// once (a push per character was about 1% of the time in the `.wasm`);
/// only the lead bytes that may start a Unicode space are decoded. A test
/// checks it against the rule character by character.
fn escape_collapsed(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut space = false;
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // The length of the character at `i` when it is copied as it is.
        let plain = if b.is_ascii() {
            (!is_ascii_html_space(b) && !matches!(b, b'&' | b'<' | b'>' | b'\0')).then_some(1)
        } else if may_start_unicode_space(b) {
            let c = text[i..].chars().next().expect("a character boundary");
            (!is_html_space(c)).then_some(c.len_utf8())
        } else {
            Some(utf8_len(b))
        };
        if let Some(len) = plain {
            if space {
                out.push(' ');
                space = false;
            }
            i += len;
            continue;
        }
        out.push_str(&text[run..i]);
        let c = text[i..].chars().next().expect("a character boundary");
        i += c.len_utf8();
        run = i;
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
    out.push_str(&text[run..]);
    if space {
        out.push(' ');
    }
}

/// The length of the UTF-8 sequence that starts with byte `b` (not a
/// continuation byte).
fn utf8_len(b: u8) -> usize {
    match b {
        0..=0x7F => 1,
        0xF0.. => 4,
        0xE0.. => 3,
        _ => 2,
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

    /// The run-copying `escape_collapsed` against its rule, character by
    /// character (the code before it).
    #[test]
    fn escape_collapsed_agrees_with_the_char_rule() {
        use super::{escape_collapsed, is_html_space, push_escaped};
        let by_chars = |out: &mut String, text: &str| {
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
        };
        let texts = [
            "",
            " ",
            "a",
            "  a  b\t\n",
            "a&b<c>d\0e",
            " & ",
            "\u{a0}x \u{a0} y\u{a0}",
            "中 文\r\n",
            "é\u{1F600} z ",
            "©\u{85}—\u{1680}ა\u{3000}あ\u{2028}€\u{202F}&",
            "\u{205F}\u{a0} \u{0B}<",
        ];
        for a in texts {
            for b in texts {
                let text = format!("{a}{b}");
                let (mut fast, mut slow) = (String::from("x"), String::from("x"));
                escape_collapsed(&mut fast, &text);
                by_chars(&mut slow, &text);
                assert_eq!(fast, slow, "{text:?}");
            }
        }
    }

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
