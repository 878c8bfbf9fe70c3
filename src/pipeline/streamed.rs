//! Part of stage 1: puts streamed segments back where they belong.
//!
//! React's streaming server renderer (Next.js and other frameworks built on
//! it) sends a page in order of readiness, not of reading. Where a part was
//! not ready it leaves a placeholder, `<template id="B:2">` (a suspense
//! boundary, followed by its fallback, "Loading paragraph...") or
//! `<template id="P:2">`; the part itself arrives later, at the end of the
//! body, as `<div hidden id="S:2">`, and a script moves it into place. Saved
//! or fetched without running scripts, such a page shows its article as a
//! row of hidden boxes after the footer: inti would drop them as hidden, or
//! find them far from the headline.
//!
//! [`move_streamed_segments`] does what the script does: the children of
//! each hidden segment `S:x` replace the placeholder `B:x` or `P:x` (the
//! script names the pair; the ids match in what React emits, and the
//! script is not run here). A boundary's fallback, between the template
//! and the `<!--/$-->` comment that closes the boundary, goes too when that
//! comment is there.

use html5ever::local_name;
use markup5ever_rcdom::{Handle, NodeData};
use std::collections::HashMap;
use std::rc::Rc;

/// The marker a page must contain for the tree to be searched at all.
pub(crate) const SEGMENT_MARKER: &str = "hidden id=\"S:";

/// Placeholders filled at most: real pages stream dozens of parts; the bound
/// keeps a hostile page from making the search for each placeholder's place
/// among its siblings quadratic.
const MAX_SEGMENTS: usize = 1024;

/// Siblings after a boundary's template searched for the comment that
/// closes the boundary.
const MAX_FALLBACK_SIBLINGS: usize = 16;

/// Moves every hidden streamed segment into its placeholder; see the
/// module's documentation. Visits at most `max_nodes` nodes.
pub(crate) fn move_streamed_segments(document: &Handle, max_nodes: usize) {
    let mut segments: HashMap<String, Handle> = HashMap::new();
    let mut placeholders: Vec<(Handle, bool)> = Vec::new();
    let mut stack = vec![document.clone()];
    let mut visited = 0;
    while let Some(node) = stack.pop() {
        visited += 1;
        if visited > max_nodes {
            return;
        }
        if let NodeData::Element { name, attrs, .. } = &node.data {
            let attrs = attrs.borrow();
            let id = attrs.iter().find(|a| a.name.local == local_name!("id"));
            if let Some(id) = id.map(|a| &*a.value) {
                if name.local == local_name!("template") {
                    if id.starts_with("B:") {
                        placeholders.push((node.clone(), true));
                    } else if id.starts_with("P:") {
                        placeholders.push((node.clone(), false));
                    }
                } else if name.local == local_name!("div")
                    && attrs.iter().any(|a| a.name.local == local_name!("hidden"))
                {
                    if let Some(key) = id.strip_prefix("S:") {
                        segments
                            .entry(key.to_string())
                            .or_insert_with(|| node.clone());
                    }
                }
            }
        }
        let children = node.children.borrow();
        stack.extend(children.iter().rev().cloned());
    }
    if segments.is_empty() {
        return;
    }
    for (placeholder, is_boundary) in placeholders.into_iter().take(MAX_SEGMENTS) {
        let key = match &placeholder.data {
            NodeData::Element { attrs, .. } => attrs
                .borrow()
                .iter()
                .find(|a| a.name.local == local_name!("id"))
                .map(|a| a.value[2..].to_string()),
            _ => None,
        };
        let Some(segment) = key.and_then(|key| segments.remove(&key)) else {
            continue;
        };
        fill(&placeholder, &segment, is_boundary);
    }
}

/// Replaces `placeholder` (and a boundary's fallback) with the children of
/// `segment`.
fn fill(placeholder: &Handle, segment: &Handle, is_boundary: bool) {
    let Some(parent) = parent_of(placeholder) else {
        return;
    };
    // A segment that holds its own placeholder would become its own
    // ancestor.
    let mut ancestor = Some(parent.clone());
    while let Some(node) = ancestor {
        if Rc::ptr_eq(&node, segment) {
            return;
        }
        ancestor = parent_of(&node);
    }
    let mut siblings = parent.children.borrow_mut();
    let Some(at) = siblings.iter().position(|c| Rc::ptr_eq(c, placeholder)) else {
        return;
    };
    let mut end = at + 1;
    if is_boundary {
        let closing = siblings[at + 1..]
            .iter()
            .take(MAX_FALLBACK_SIBLINGS)
            .position(|c| matches!(&c.data, NodeData::Comment { contents } if &**contents == "/$"));
        if let Some(offset) = closing {
            end = at + 1 + offset;
        }
    }
    let moved: Vec<Handle> = segment.children.borrow_mut().drain(..).collect();
    for child in &moved {
        child.parent.set(Some(Rc::downgrade(&parent)));
    }
    let removed: Vec<Handle> = siblings.splice(at..end, moved).collect();
    for node in removed {
        node.parent.set(None);
    }
}

fn parent_of(node: &Handle) -> Option<Handle> {
    let weak = node.parent.take();
    let parent = weak.as_ref().and_then(|w| w.upgrade());
    node.parent.set(weak);
    parent
}

#[cfg(test)]
mod tests {
    use super::*;
    use html5ever::tendril::TendrilSink;
    use markup5ever_rcdom::RcDom;

    fn text_of(handle: &Handle) -> String {
        let mut out = String::new();
        let mut stack = vec![handle.clone()];
        while let Some(node) = stack.pop() {
            if let NodeData::Text { contents } = &node.data {
                out.push_str(&contents.borrow());
            }
            stack.extend(node.children.borrow().iter().rev().cloned());
        }
        out
    }

    fn moved(html: &str) -> String {
        let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
        move_streamed_segments(&dom.document, 10_000);
        text_of(&dom.document)
    }

    #[test]
    fn a_streamed_article_is_read_in_place() {
        // A Next.js article saved without its scripts: two paragraphs were
        // streamed after the footer.
        let html = "<body><h1>Index funds</h1><!--$?--><template id=\"B:0\"></template>\
                    <div>Loading paragraph...</div><!--/$--><p>Middle.</p>\
                    <template id=\"P:1\"></template><footer>Footer.</footer>\
                    <div hidden id=\"S:0\"><p>First.</p></div>\
                    <div hidden id=\"S:1\"><p>Last.</p></div></body>";
        assert_eq!(moved(html), "Index fundsFirst.Middle.Last.Footer.");
    }

    #[test]
    fn segments_inside_segments_and_strays_are_handled() {
        // A segment that holds another boundary; a segment without a
        // placeholder stays where it is (hidden); one holding its own
        // placeholder is left alone.
        let html = "<body><template id=\"B:0\"></template><p>Tail.</p>\
                    <div hidden id=\"S:0\"><p>Outer.</p><template id=\"B:1\"></template></div>\
                    <div hidden id=\"S:1\"><p>Inner.</p></div>\
                    <div hidden id=\"S:7\"><p>Stray.</p></div>\
                    <div hidden id=\"S:8\"><template id=\"P:8\"></template><p>Loop.</p></div></body>";
        assert_eq!(moved(html), "Outer.Inner.Tail.Stray.Loop.");
    }
}
