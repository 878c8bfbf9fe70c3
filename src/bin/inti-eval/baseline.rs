//! The `--baseline-body-text` predictor: all the text of the page's `<body>`
//! as a browser without scripting shows it (scripts, styles, templates and
//! SVG left out, `<noscript>` content kept, since some sites — Discourse
//! forums among them — put the whole page there), one line per block.
//! A floor for the engine: its recall is near the top, its precision low.

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

const SKIP: [&str; 5] = ["script", "style", "template", "head", "svg"];

const BLOCK: [&str; 39] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "tr",
    "ul",
    "option",
    "button",
];

fn element_name(node: &Handle) -> Option<&str> {
    match &node.data {
        NodeData::Element { name, .. } => Some(&name.local),
        _ => None,
    }
}

fn find_element(root: &Handle, tag: &str) -> Option<Handle> {
    let mut stack = vec![root.clone()];
    while let Some(node) = stack.pop() {
        if element_name(&node) == Some(tag) {
            return Some(node);
        }
        for child in node.children.borrow().iter().rev() {
            stack.push(child.clone());
        }
    }
    None
}

/// Collects the text under `root`, with a line break around every block
/// element, iteratively (pages nest deeply).
fn text_of(root: &Handle, skip: &[&str]) -> String {
    enum Step {
        Enter(Handle),
        Leave,
    }
    let mut out = String::new();
    let mut stack = vec![Step::Enter(root.clone())];
    while let Some(step) = stack.pop() {
        match step {
            Step::Leave => out.push('\n'),
            Step::Enter(node) => match &node.data {
                NodeData::Text { contents } => out.push_str(&contents.borrow()),
                NodeData::Element { name, .. } => {
                    let tag: &str = &name.local;
                    if skip.contains(&tag) {
                        continue;
                    }
                    let block = BLOCK.contains(&tag);
                    if block {
                        out.push('\n');
                        stack.push(Step::Leave);
                    }
                    for child in node.children.borrow().iter().rev() {
                        stack.push(Step::Enter(child.clone()));
                    }
                }
                NodeData::Document => {
                    for child in node.children.borrow().iter().rev() {
                        stack.push(Step::Enter(child.clone()));
                    }
                }
                _ => {}
            },
        }
    }
    tidy(&out)
}

/// Whitespace collapsed inside each line, empty lines dropped.
fn tidy(text: &str) -> String {
    text.lines()
        .map(crate::metrics::collapse_ws)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The body text and the `<title>` of a page.
pub fn body_text(html: &str) -> (String, Option<String>) {
    // Without scripting, `<noscript>` content is parsed as markup, not text.
    let opts = html5ever::ParseOpts {
        tree_builder: html5ever::tree_builder::TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    let dom = html5ever::parse_document(RcDom::default(), opts).one(html);
    let title = find_element(&dom.document, "title")
        .map(|t| crate::metrics::collapse_ws(&text_of(&t, &[])))
        .filter(|t| !t.is_empty());
    let body = find_element(&dom.document, "body")
        .map(|b| text_of(&b, &SKIP))
        .unwrap_or_default();
    (body, title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_text_keeps_blocks_apart_and_skips_scripts() {
        let html = "<html><head><title> A  page </title><style>p{}</style></head><body>\
            <nav>Home</nav><p>First <b>bold</b>word.</p><script>var x = 1;</script>\
            <ul><li>one</li><li>two</li></ul><noscript><p>no <i>js</i></p></noscript>\
            <div>last</div></body></html>";
        let (text, title) = body_text(html);
        assert_eq!(text, "Home\nFirst boldword.\none\ntwo\nno js\nlast");
        assert_eq!(title.as_deref(), Some("A page"));
    }

    #[test]
    fn body_text_of_empty_and_deep_pages() {
        assert_eq!(body_text("").0, "");
        let deep = format!("{}deep{}", "<div>".repeat(5000), "</div>".repeat(5000));
        assert_eq!(body_text(&deep).0, "deep");
    }
}
