//! The safety property of inti's output, checked the way a browser would
//! see it. Shared by `tests/security.rs` and the fuzz targets (`fuzz/`),
//! which include this file with `#[path]`.
//!
//! [`check_article`] runs every check on every output format:
//!
//! - the article HTML is parsed again by html5ever, both as a fragment in a
//!   `<div>` (as `innerHTML` does) and inside a full document (as a page
//!   that pastes it in does), with scripting on, as in a browser. Both trees
//!   are walked: nothing executable anywhere ([`hazards`]: script-bearing
//!   elements, foreign content, event handlers, styles, URLs other than
//!   http(s)/mailto/tel/ftp or relative, comments), and, stricter, nothing
//!   outside `inti::allowlist`. The two parses must give the same tree (no
//!   parse differential to exploit, which is what mutation XSS lives on);
//! - the HTML is sanitized a second time with ammonia, configured from the
//!   same allowlist: an independent sanitizer that must find nothing to
//!   change (the tree parsed from its output is the tree parsed from
//!   inti's);
//! - the Markdown is rendered by a CommonMark renderer (which passes raw
//!   HTML through, as most do) and the result gets the hazard walk.
#![allow(dead_code)]

use html5ever::tendril::TendrilSink;
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::{local_name, ns, ParseOpts, QualName};
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// Every check on every output format of an article; the first failure.
pub fn check_article(article: &inti::Article) -> Result<(), String> {
    check_html(&article.html)?;
    check_markdown(&article.markdown)?;
    Ok(())
}

/// The checks on an HTML fragment (the article HTML).
pub fn check_html(html: &str) -> Result<(), String> {
    let fragment = parse_fragment(html);
    let document = parse_document(html);
    let body = body_of(&document).ok_or("the document parse has no body")?;
    if let Some(head) = head_of(&document) {
        if !head.children.borrow().is_empty() {
            return Err(format!("the fragment put content into <head>: {html:.300}"));
        }
    }
    for (what, root) in [("fragment", &fragment.root), ("document", &body)] {
        let found = hazards(root);
        if !found.is_empty() {
            return Err(format!(
                "{what} parse: {}\n  in {html:.500}",
                found.join("; ")
            ));
        }
        let outside = outside_allowlist(root);
        if !outside.is_empty() {
            return Err(format!(
                "{what} parse: {}\n  in {html:.500}",
                outside.join("; ")
            ));
        }
    }
    let (a, b) = (canonical(&fragment.root), canonical(&body));
    if a != b {
        return Err(format!(
            "parsed as a fragment and in a document, the HTML gives different trees: {}",
            first_difference(&a, &b)
        ));
    }
    // Compared leniently (see Lenience): html5ever's serializer, which
    // ammonia uses, does not double the newline that starts a <pre> (the
    // parser drops one), so its round trip loses exactly one leading newline;
    // and ammonia drops the URLs its URL parser refuses. Both found by the
    // fuzz targets.
    let again = ammonia_from_allowlist().clean(html).to_string();
    let c = canonical_with(
        &parse_fragment(&again).root,
        Lenience {
            skip_unparseable_urls: true,
            strip_pre_newline: false,
        },
    );
    let a = canonical_with(
        &fragment.root,
        Lenience {
            skip_unparseable_urls: true,
            strip_pre_newline: true,
        },
    );
    if a != c {
        return Err(format!(
            "ammonia changed the output: {}",
            first_difference(&a, &c)
        ));
    }
    Ok(())
}

/// Where two canonical trees first differ, with some context.
fn first_difference(a: &str, b: &str) -> String {
    let at = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i);
    let from = a[..at].char_indices().rev().nth(150).map_or(0, |(i, _)| i);
    let show = |s: &str| {
        s.get(from..)
            .unwrap_or("")
            .chars()
            .take(300)
            .collect::<String>()
    };
    format!(
        "at byte {at}\n  first:  …{}\n  second: …{}",
        show(a),
        show(b)
    )
}

/// The checks on the Markdown output: rendered as CommonMark, nothing
/// executable (raw HTML passes through the renderer, so any unescaped `<`
/// in the text would show here).
pub fn check_markdown(markdown: &str) -> Result<(), String> {
    let mut rendered = String::new();
    pulldown_cmark::html::push_html(&mut rendered, pulldown_cmark::Parser::new(markdown));
    let found = hazards(&parse_fragment(&rendered).root);
    if found.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "Markdown rendered: {}\n  in {markdown:.500}",
            found.join("; ")
        ))
    }
}

/// A parsed fragment: the document that owns it, and the element holding
/// the fragment's nodes.
pub struct Fragment {
    // rcdom's nodes take their children with them when they are dropped,
    // whoever else holds them, so the document stays alive with the root.
    _document: Handle,
    /// The element whose children are the parsed nodes.
    pub root: Handle,
}

/// Parses HTML as `innerHTML` of a `<div>` would (scripting on).
pub fn parse_fragment(html: &str) -> Fragment {
    let context = QualName::new(None, ns!(html), local_name!("div"));
    let dom = html5ever::parse_fragment(RcDom::default(), browser_opts(), context, vec![], true)
        .one(html);
    // html5ever puts the fragment under an <html> element of the document.
    let document = dom.document.clone();
    let root = document.children.borrow().first().cloned();
    Fragment {
        root: root.unwrap_or_else(|| document.clone()),
        _document: document,
    }
}

/// Parses HTML placed in the body of a full document (scripting on).
pub fn parse_document(html: &str) -> Handle {
    let page = format!("<!DOCTYPE html><html><head></head><body>{html}</body></html>");
    html5ever::parse_document(RcDom::default(), browser_opts())
        .one(page)
        .document
}

fn browser_opts() -> ParseOpts {
    ParseOpts {
        tree_builder: TreeBuilderOpts {
            scripting_enabled: true,
            ..Default::default()
        },
        ..Default::default()
    }
}

fn child_element(parent: &Handle, name: &str) -> Option<Handle> {
    parent
        .children
        .borrow()
        .iter()
        .find(|c| matches!(&c.data, NodeData::Element { name: n, .. } if &*n.local == name))
        .cloned()
}

fn body_of(document: &Handle) -> Option<Handle> {
    child_element(&child_element(document, "html")?, "body")
}

fn head_of(document: &Handle) -> Option<Handle> {
    child_element(&child_element(document, "html")?, "head")
}

/// The nodes under `root` in document order (without `root`), template
/// contents included. Iterative: a deep tree must not overflow the stack.
fn descendants(root: &Handle) -> Vec<Handle> {
    let mut out = Vec::new();
    let mut stack: Vec<Handle> = root.children.borrow().iter().rev().cloned().collect();
    while let Some(node) = stack.pop() {
        if let NodeData::Element {
            template_contents, ..
        } = &node.data
        {
            if let Some(contents) = template_contents.borrow().as_ref() {
                stack.push(contents.clone());
            }
        }
        stack.extend(node.children.borrow().iter().rev().cloned());
        out.push(node);
    }
    out
}

/// Elements that run, load, embed, submit, restyle or redirect something,
/// or whose content a browser parses differently from other elements.
const ACTIVE_ELEMENTS: &[&str] = &[
    "script",
    "style",
    "link",
    "meta",
    "base",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "param",
    "portal",
    "fencedframe",
    "form",
    "input",
    "button",
    "textarea",
    "select",
    "isindex",
    "keygen",
    "template",
    "noscript",
    "noembed",
    "noframes",
    "xmp",
    "plaintext",
    "listing",
    "title",
    "svg",
    "math",
    "video",
    "audio",
    "source",
    "track",
    "map",
    "area",
    "marquee",
    "details",
    "dialog",
    "image",
];

/// Attributes that run, load, restyle or redirect something, whatever
/// their value (URL attributes are checked by value in [`hazards`]).
const ACTIVE_ATTRIBUTES: &[&str] = &[
    "style",
    "srcdoc",
    "action",
    "formaction",
    "background",
    "poster",
    "ping",
    "data",
    "codebase",
    "dynsrc",
    "lowsrc",
    "http-equiv",
    "content",
    "is",
    "autofocus",
    "popover",
    "target",
    "xlink:href",
    "xmlns",
    "xmlns:xlink",
    "contenteditable",
    "usemap",
];

/// Attributes holding one URL, and the `srcset` that holds several.
const URL_ATTRIBUTES: &[&str] = &["href", "src", "cite", "longdesc", "manifest", "icon"];

/// The schemes a browser reads in a URL attribute: after trimming C0
/// controls and spaces and removing tabs and newlines, the part before `:`
/// if it is a valid scheme. Written independently of inti's code.
fn scheme_of(url: &str) -> Option<String> {
    let cleaned: String = url
        .trim_matches(|c: char| c <= '\u{20}')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let (scheme, _) = cleaned.split_once(':')?;
    let mut chars = scheme.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    valid.then(|| scheme.to_ascii_lowercase())
}

/// Whether a URL in this attribute is inert: relative, a link scheme, or
/// (in an image's `src` only) a raster `data:` image.
fn url_is_safe(element: &str, attribute: &str, url: &str) -> bool {
    match scheme_of(url).as_deref() {
        None => true,
        Some("http" | "https") => true,
        Some("mailto" | "tel" | "ftp") => element == "a" && attribute == "href",
        Some("data") => {
            let lower = url.trim_start().to_ascii_lowercase();
            element == "img"
                && attribute == "src"
                && ["png", "gif", "jpeg", "jpg", "webp", "avif", "bmp"]
                    .iter()
                    .any(|t| {
                        lower.starts_with(&format!("data:image/{t};"))
                            || lower.starts_with(&format!("data:image/{t},"))
                    })
        }
        Some(_) => false,
    }
}

/// Everything executable or active under `root`, described; empty when
/// there is none. Independent of `inti::allowlist`: this is what a browser
/// would act on.
pub fn hazards(root: &Handle) -> Vec<String> {
    let mut found = Vec::new();
    for node in descendants(root) {
        match &node.data {
            NodeData::Comment { contents } => found.push(format!("comment <!--{contents:.60}-->")),
            NodeData::ProcessingInstruction { target, .. } => {
                found.push(format!("processing instruction {target}"))
            }
            NodeData::Doctype { .. } => found.push("doctype".into()),
            NodeData::Element { name, attrs, .. } => {
                let element = &*name.local;
                if name.ns != ns!(html) {
                    found.push(format!("foreign element {element} ({})", &*name.ns));
                }
                if ACTIVE_ELEMENTS.contains(&element) {
                    found.push(format!("active element <{element}>"));
                }
                for attr in attrs.borrow().iter() {
                    let attribute = (*attr.name.local).to_ascii_lowercase();
                    let value = &*attr.value;
                    let active = attribute.starts_with("on")
                        || ACTIVE_ATTRIBUTES.contains(&attribute.as_str())
                        || attr.name.prefix.is_some()
                        || !attr.name.ns.is_empty();
                    let bad_url = if attribute == "srcset" {
                        value.split(',').any(|candidate| {
                            let url = candidate.split_ascii_whitespace().next().unwrap_or("");
                            !url_is_safe(element, "srcset", url)
                        })
                    } else {
                        URL_ATTRIBUTES.contains(&attribute.as_str())
                            && !url_is_safe(element, &attribute, value)
                    };
                    if active || bad_url {
                        found.push(format!("<{element} {attribute}={value:.80?}>"));
                    }
                }
            }
            NodeData::Document | NodeData::Text { .. } => {}
        }
    }
    found
}

/// Elements and attributes under `root` that `inti::allowlist` does not
/// permit (a stricter check than [`hazards`]).
pub fn outside_allowlist(root: &Handle) -> Vec<String> {
    let mut found = Vec::new();
    for node in descendants(root) {
        if let NodeData::Element { name, attrs, .. } = &node.data {
            let element = &*name.local;
            if name.ns != ns!(html) || inti::allowlist::element(element).is_none() {
                found.push(format!("<{element}> is not in the allowlist"));
                continue;
            }
            for attr in attrs.borrow().iter() {
                if !attr.name.ns.is_empty()
                    || !inti::allowlist::permits(element, &attr.name.local, &attr.value)
                {
                    found.push(format!(
                        "<{element} {}={:.80?}> is not in the allowlist",
                        &*attr.name.local, &*attr.value
                    ));
                }
            }
        }
    }
    found
}

/// The tree under `root` as a string: elements with their attributes
/// sorted, text quoted. Two trees are the same when
/// their canonical strings are.
pub fn canonical(root: &Handle) -> String {
    canonical_with(root, Lenience::default())
}

/// What [`canonical_with`] leaves out: what ammonia changes without it
/// being a matter of safety.
#[derive(Clone, Copy, Default)]
struct Lenience {
    /// Attributes holding URLs that ammonia's URL parser refuses.
    skip_unparseable_urls: bool,
    /// One newline at the start of the text of a `pre`, `listing` or
    /// `textarea` (the one ammonia's round trip loses); a text left empty
    /// by it is left out.
    strip_pre_newline: bool,
}

/// [`canonical`], leaving out what `lenience` says.
fn canonical_with(root: &Handle, lenience: Lenience) -> String {
    let mut out = String::new();
    // (node, whether this is its closing visit)
    let mut stack: Vec<(Handle, bool)> = root
        .children
        .borrow()
        .iter()
        .rev()
        .map(|c| (c.clone(), false))
        .collect();
    while let Some((node, closing)) = stack.pop() {
        match &node.data {
            NodeData::Element { name, attrs, .. } => {
                if closing {
                    out.push_str(&format!("</{}>", &*name.local));
                    continue;
                }
                let mut list: Vec<(String, String)> = attrs
                    .borrow()
                    .iter()
                    .filter(|a| {
                        !(lenience.skip_unparseable_urls
                            && unparseable_url(&a.name.local, &a.value))
                    })
                    .map(|a| (a.name.local.to_string(), a.value.to_string()))
                    .collect();
                list.sort();
                out.push_str(&format!("<{}{}", ns_prefix(&name.ns), &*name.local));
                for (n, v) in list {
                    out.push_str(&format!(" {n}={v:?}"));
                }
                out.push('>');
                stack.push((node.clone(), true));
                stack.extend(
                    node.children
                        .borrow()
                        .iter()
                        .rev()
                        .map(|c| (c.clone(), false)),
                );
            }
            NodeData::Text { contents } => {
                // (The parser merges adjacent text into one node.)
                let contents = contents.borrow();
                let mut text: &str = &contents;
                if lenience.strip_pre_newline && starts_a_pre(&node) {
                    text = text.strip_prefix('\n').unwrap_or(text);
                    if text.is_empty() {
                        continue;
                    }
                }
                out.push_str(&format!("{text:?}"));
            }
            NodeData::Comment { contents } => out.push_str(&format!("<!--{contents}-->")),
            _ => {}
        }
    }
    out
}

/// Whether ammonia's URL parser (the `url` crate) refuses this `href` or
/// `src` as an absolute URL; ammonia then drops the attribute. inti keeps
/// some of them (hosts its own check cannot tell are invalid: IDNA rules,
/// malformed IPv4), which is harmless: [`hazards`] checks every scheme.
fn unparseable_url(attribute: &str, value: &str) -> bool {
    matches!(attribute, "href" | "src")
        && matches!(
            url::Url::parse(value),
            Err(e) if e != url::ParseError::RelativeUrlWithoutBase
        )
}

/// Whether the node is the first child of a `pre`, `listing` or `textarea`.
fn starts_a_pre(node: &Handle) -> bool {
    let parent = node.parent.take();
    node.parent.set(parent.clone());
    parent.and_then(|p| p.upgrade()).is_some_and(|p| {
        let is_pre = matches!(&p.data, NodeData::Element { name, .. }
            if matches!(&*name.local, "pre" | "listing" | "textarea"));
        is_pre
            && p.children
                .borrow()
                .first()
                .is_some_and(|first| std::rc::Rc::ptr_eq(first, node))
    })
}

fn ns_prefix(ns: &html5ever::Namespace) -> &'static str {
    if *ns == ns!(html) {
        ""
    } else if *ns == ns!(svg) {
        "svg:"
    } else if *ns == ns!(mathml) {
        "math:"
    } else {
        "other:"
    }
}

/// ammonia configured from `inti::allowlist`: the same elements and
/// attributes, the same value rules, the same elements dropped with their
/// content, comments stripped, relative URLs passed through and nothing
/// added (no `rel` on links).
pub fn ammonia_from_allowlist() -> ammonia::Builder<'static> {
    let tags: HashSet<&'static str> = inti::allowlist::ELEMENTS.iter().map(|e| e.name).collect();
    let tag_attributes: HashMap<&'static str, HashSet<&'static str>> = inti::allowlist::ELEMENTS
        .iter()
        .map(|e| (e.name, e.attributes.iter().map(|a| a.name).collect()))
        .collect();
    let mut schemes: HashSet<&'static str> = inti::allowlist::LINK_SCHEMES
        .iter()
        .chain(inti::allowlist::IMAGE_SCHEMES)
        .copied()
        .collect();
    // Allowed here so that the attribute filter decides (raster images in
    // img[src] only).
    schemes.insert("data");
    let clean_content: HashSet<&'static str> = inti::allowlist::DROPPED_WITH_CONTENT
        .iter()
        .copied()
        .collect();
    let mut builder = ammonia::Builder::empty();
    builder
        .tags(tags)
        .tag_attributes(tag_attributes)
        .url_schemes(schemes)
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(None)
        .strip_comments(true)
        .clean_content_tags(clean_content)
        .attribute_filter(|element, attribute, value| {
            inti::allowlist::permits(element, attribute, value).then_some(Cow::Borrowed(value))
        });
    builder
}
