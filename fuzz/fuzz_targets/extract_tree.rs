//! Extraction on structure-aware HTML: an `arbitrary` tree of elements
//! (ordinary, hostile and parser-confusing ones), attributes (event
//! handlers, styles, URLs with dangerous and obfuscated schemes) and text,
//! rendered into an article between genuine paragraphs, so that extraction
//! keeps it and the output stage sees hostile markup. Holds
//! [`inti_fuzz::check_extraction`].
#![no_main]

use arbitrary::Arbitrary;
use inti_fuzz::{check_extraction, FuzzOptions};
use libfuzzer_sys::fuzz_target;

const TAGS: &[&str] = &[
    "p",
    "div",
    "span",
    "a",
    "img",
    "b",
    "i",
    "em",
    "strong",
    "code",
    "pre",
    "ul",
    "ol",
    "li",
    "table",
    "tr",
    "td",
    "th",
    "caption",
    "h1",
    "h2",
    "h3",
    "blockquote",
    "figure",
    "figcaption",
    "br",
    "hr",
    "section",
    "article",
    "aside",
    "nav",
    "footer",
    "abbr",
    "time",
    "picture",
    "source",
    "noscript",
    "template",
    "script",
    "style",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "mtext",
    "mglyph",
    "mi",
    "annotation-xml",
    "foreignObject",
    "desc",
    "title",
    "xmp",
    "noembed",
    "noframes",
    "plaintext",
    "textarea",
    "select",
    "option",
    "form",
    "input",
    "button",
    "base",
    "meta",
    "link",
    "video",
    "audio",
    "details",
    "summary",
    "dialog",
    "font",
    "x-custom",
    "image",
    "frameset",
    "body",
    "html",
    "head",
];

const ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "srcset",
    "data-src",
    "data-srcset",
    "onclick",
    "onerror",
    "onload",
    "style",
    "class",
    "id",
    "action",
    "formaction",
    "poster",
    "xlink:href",
    "background",
    "srcdoc",
    "colspan",
    "rowspan",
    "start",
    "title",
    "alt",
    "datetime",
    "width",
    "height",
    "content",
    "http-equiv",
    "is",
    "xmlns",
    "encoding",
    "type",
    "lang",
    "dir",
    "role",
    "hidden",
];

const VALUES: &[&str] = &[
    "https://example.com/a.jpg",
    "/relative/path?x=1&y=2",
    "javascript:alert(1)",
    " java\tscript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "&#106;avascript:alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:image/png;base64,AAAA",
    "data:image/svg+xml,<svg onload=alert(1)>",
    "a.jpg 1x, javascript:alert(1) 2x",
    "x.jpg 640w, y.jpg 2x",
    "language-rust",
    "language-js\" onclick=\"alert(1)",
    "alert(1)",
    "background:url(javascript:alert(1))",
    "0;url=javascript:alert(1)",
    "text/html",
    "2",
    "\"><img src=x onerror=alert(1)>",
    "</style><img src=x onerror=alert(1)>",
    "</noscript><img src=x onerror=alert(1)>",
];

const TEXTS: &[&str] = &[
    "The committee heard evidence from several witnesses over three long days of hearings. ",
    "Prices rose again in the spring, and the shops on the high street felt it first. ",
    "<script>alert(1)</script>",
    "&lt;img src=x onerror=alert(1)&gt;",
    "<!-- comment <img src=x onerror=alert(1)> -->",
    "<![CDATA[ x ]]>",
    "\u{0}",
    "]]>",
    "-->",
    "# heading? [link](javascript:alert(1)) *x* `y` <b>",
];

#[derive(Arbitrary, Debug)]
enum Quote {
    Double,
    Single,
    Unquoted,
}

#[derive(Arbitrary, Debug)]
enum Value {
    Listed(u8),
    Free(String),
}

#[derive(Arbitrary, Debug)]
struct Attr {
    name: u8,
    value: Value,
    quote: Quote,
}

#[derive(Arbitrary, Debug)]
enum Node {
    Element {
        tag: u8,
        attrs: Vec<Attr>,
        children: Vec<Node>,
        /// Whether the end tag is written (the parser closes it otherwise).
        closed: bool,
    },
    Text(u8),
    FreeText(String),
}

fn pick<'a>(list: &[&'a str], i: u8) -> &'a str {
    list[usize::from(i) % list.len()]
}

fn render(node: &Node, out: &mut String) {
    match node {
        Node::Element {
            tag,
            attrs,
            children,
            closed,
        } => {
            let tag = pick(TAGS, *tag);
            out.push('<');
            out.push_str(tag);
            for attr in attrs {
                let value = match &attr.value {
                    Value::Listed(i) => pick(VALUES, *i),
                    Value::Free(s) => s,
                };
                out.push(' ');
                out.push_str(pick(ATTRIBUTES, attr.name));
                out.push('=');
                match attr.quote {
                    Quote::Double => out.push_str(&format!("\"{value}\"")),
                    Quote::Single => out.push_str(&format!("'{value}'")),
                    Quote::Unquoted => out.push_str(value),
                }
            }
            out.push('>');
            for child in children {
                render(child, out);
            }
            if *closed {
                out.push_str(&format!("</{tag}>"));
            }
        }
        Node::Text(i) => out.push_str(pick(TEXTS, *i)),
        Node::FreeText(s) => out.push_str(s),
    }
}

#[derive(Arbitrary, Debug)]
struct Input {
    options: FuzzOptions,
    nodes: Vec<Node>,
}

const GENUINE: &str = "<p>The harbour council met on Tuesday evening to decide the future of the old fish market, a building that has stood on the quay since 1887 and has been empty for most of the last decade.</p>";

fuzz_target!(|input: Input| {
    let mut page = String::from("<!DOCTYPE html><html><head><title>A story</title></head><body><nav><a href=/>Home</a></nav><article><h1>A story</h1>");
    page.push_str(GENUINE);
    for node in &input.nodes {
        render(node, &mut page);
    }
    page.push_str(GENUINE);
    page.push_str("</article><footer>Footer</footer></body></html>");
    check_extraction(inti::extract(&page, &input.options.options()));
});
