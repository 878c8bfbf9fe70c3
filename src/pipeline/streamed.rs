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
use std::rc::Rc;

/// The marker a page must contain for the tree to be searched at all.
pub(crate) const SEGMENT_MARKER: &str = "hidden id=\"S:";

/// Segments and placeholders considered at most: real pages stream dozens
/// of parts; the bound keeps a hostile page from making the search for each
/// placeholder's segment, and for its place among its siblings, quadratic.
const MAX_SEGMENTS: usize = 1024;

/// Siblings after a boundary's template searched for the comment that
/// closes the boundary.
const MAX_FALLBACK_SIBLINGS: usize = 16;

/// Moves every hidden streamed segment into its placeholder; see the
/// module's documentation. Visits at most `max_nodes` nodes.
#[inline(never)]
pub(crate) fn move_streamed_segments(document: &Handle, max_nodes: usize) {
    // (key, segment) and (key, placeholder, is a boundary), in document
    // order; at most MAX_SEGMENTS of each, so the lookups stay cheap.
    let mut segments: Vec<(String, Option<Handle>)> = Vec::new();
    let mut placeholders: Vec<(String, Handle, bool)> = Vec::new();
    let mut stack = vec![document.clone()];
    let mut visited = 0;
    while let Some(node) = stack.pop() {
        visited += 1;
        if visited > max_nodes {
            return;
        }
        if let NodeData::Element { name, attrs, .. } = &node.data {
            let attrs = attrs.borrow();
            let has = |attr| {
                attrs
                    .iter()
                    .find(|a| a.name.local == attr)
                    .map(|a| &*a.value)
            };
            let id = has(local_name!("id")).unwrap_or_default();
            let (prefix, key) = id.split_at(id.len().min(2));
            let is_template = name.local == local_name!("template");
            let is_segment =
                name.local == local_name!("div") && has(local_name!("hidden")).is_some();
            if is_template
                && (prefix == "B:" || prefix == "P:")
                && placeholders.len() < MAX_SEGMENTS
            {
                placeholders.push((key.to_string(), node.clone(), prefix == "B:"));
            } else if is_segment && prefix == "S:" && segments.len() < MAX_SEGMENTS {
                segments.push((key.to_string(), Some(node.clone())));
            }
        }
        stack.extend(node.children.borrow().iter().rev().cloned());
    }
    for (key, placeholder, is_boundary) in placeholders {
        let segment = segments.iter_mut().find(|(k, _)| *k == key);
        if let Some(segment) = segment.and_then(|(_, s)| s.take()) {
            fill(&placeholder, &segment, is_boundary);
        }
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
    let moved = std::mem::take(&mut *segment.children.borrow_mut());
    let old = std::mem::take(&mut *siblings);
    siblings.reserve(old.len() + moved.len());
    for (i, node) in old.into_iter().enumerate() {
        if i == at {
            for child in &moved {
                child.parent.set(Some(Rc::downgrade(&parent)));
                siblings.push(child.clone());
            }
        }
        if (at..end).contains(&i) {
            node.parent.set(None);
        } else {
            siblings.push(node);
        }
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
