//! A flat, read-only index over the parsed tree.
//!
//! `markup5ever_rcdom` gives a tree of reference-counted nodes whose child
//! lists are vectors: walking it needs a stack and removing a node costs a
//! scan of its siblings. Every stage after parsing works on this index
//! instead: the nodes in document order (pre-order), each with its parent and
//! the end of its subtree, so that "the subtree of `n`" is the index range
//! `n..end(n)`, "the children of `n`" are found by hopping from `n + 1` over
//! subtree ends, and bottom-up sums are one reverse loop. Nothing is ever
//! removed from the tree: later stages mark nodes as dropped in side tables.
//!
//! The rcdom handles stay private to the crate.

use crate::pipeline::glued::GluedWords;
use crate::text::weighted_len;
use html5ever::{local_name, ns, LocalName};
use markup5ever_rcdom::{Handle, NodeData};
use std::cell::Ref;

/// Index of a node in [`Dom::nodes`].
pub(crate) type NodeId = u32;

/// Sentinel for "no parent".
pub(crate) const NO_NODE: NodeId = u32::MAX;

/// The element names the pipeline cares about. Everything else is
/// [`Tag::Other`] (its name is still available through the handle).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Tag {
    Document,
    Text,
    Comment,
    /// Doctype and processing instructions.
    Misc,
    // Document structure.
    Html,
    Head,
    Body,
    Title,
    Meta,
    Link,
    Base,
    Script,
    Style,
    Noscript,
    Template,
    // Sections.
    Article,
    Section,
    Nav,
    Aside,
    Header,
    Footer,
    Main,
    Address,
    Hgroup,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    // Grouping.
    P,
    Div,
    Pre,
    Blockquote,
    Ol,
    Ul,
    Li,
    Dl,
    Dt,
    Dd,
    Figure,
    Figcaption,
    Hr,
    Center,
    Details,
    Summary,
    Dialog,
    Menu,
    // Tables.
    Table,
    Caption,
    Thead,
    Tbody,
    Tfoot,
    Tr,
    Td,
    Th,
    Colgroup,
    Col,
    // Text-level.
    A,
    Em,
    Strong,
    B,
    I,
    U,
    S,
    Strike,
    Del,
    Ins,
    Small,
    Big,
    Mark,
    Sub,
    Sup,
    Code,
    Kbd,
    Samp,
    Var,
    Tt,
    Q,
    Cite,
    Abbr,
    Dfn,
    Time,
    Span,
    Font,
    Br,
    Wbr,
    Ruby,
    Rt,
    Rp,
    Bdi,
    Bdo,
    Data,
    // Embedded content.
    Img,
    Picture,
    Source,
    Video,
    Audio,
    Track,
    Iframe,
    Embed,
    Object,
    Param,
    Canvas,
    Map,
    Area,
    Svg,
    Math,
    // Forms.
    Form,
    Input,
    Button,
    Select,
    Option,
    Optgroup,
    Textarea,
    Label,
    Fieldset,
    Legend,
    Output,
    Progress,
    Meter,
    Datalist,
    // Obsolete, but seen.
    Frame,
    Frameset,
    Noframes,
    Xmp,
    Plaintext,
    Marquee,
    Applet,
    /// Any other element (custom elements, unknown or foreign tags).
    Other,
}

impl Tag {
    /// Matched on the interned atom: each arm is an integer comparison
    /// (matching the text was a string switch per element of the page).
    fn from_local_name(name: &LocalName) -> Tag {
        match *name {
            local_name!("html") => Tag::Html,
            local_name!("head") => Tag::Head,
            local_name!("body") => Tag::Body,
            local_name!("title") => Tag::Title,
            local_name!("meta") => Tag::Meta,
            local_name!("link") => Tag::Link,
            local_name!("base") => Tag::Base,
            local_name!("script") => Tag::Script,
            local_name!("style") => Tag::Style,
            local_name!("noscript") => Tag::Noscript,
            local_name!("template") => Tag::Template,
            local_name!("article") => Tag::Article,
            local_name!("section") => Tag::Section,
            local_name!("nav") => Tag::Nav,
            local_name!("aside") => Tag::Aside,
            local_name!("header") => Tag::Header,
            local_name!("footer") => Tag::Footer,
            local_name!("main") => Tag::Main,
            local_name!("address") => Tag::Address,
            local_name!("hgroup") => Tag::Hgroup,
            local_name!("h1") => Tag::H1,
            local_name!("h2") => Tag::H2,
            local_name!("h3") => Tag::H3,
            local_name!("h4") => Tag::H4,
            local_name!("h5") => Tag::H5,
            local_name!("h6") => Tag::H6,
            local_name!("p") => Tag::P,
            local_name!("div") => Tag::Div,
            local_name!("pre") | local_name!("listing") => Tag::Pre,
            local_name!("blockquote") => Tag::Blockquote,
            local_name!("ol") => Tag::Ol,
            local_name!("ul") => Tag::Ul,
            local_name!("li") => Tag::Li,
            local_name!("dl") => Tag::Dl,
            local_name!("dt") => Tag::Dt,
            local_name!("dd") => Tag::Dd,
            local_name!("figure") => Tag::Figure,
            local_name!("figcaption") => Tag::Figcaption,
            local_name!("hr") => Tag::Hr,
            local_name!("center") => Tag::Center,
            local_name!("details") => Tag::Details,
            local_name!("summary") => Tag::Summary,
            local_name!("dialog") => Tag::Dialog,
            local_name!("menu") => Tag::Menu,
            local_name!("table") => Tag::Table,
            local_name!("caption") => Tag::Caption,
            local_name!("thead") => Tag::Thead,
            local_name!("tbody") => Tag::Tbody,
            local_name!("tfoot") => Tag::Tfoot,
            local_name!("tr") => Tag::Tr,
            local_name!("td") => Tag::Td,
            local_name!("th") => Tag::Th,
            local_name!("colgroup") => Tag::Colgroup,
            local_name!("col") => Tag::Col,
            local_name!("a") => Tag::A,
            local_name!("em") => Tag::Em,
            local_name!("strong") => Tag::Strong,
            local_name!("b") => Tag::B,
            local_name!("i") => Tag::I,
            local_name!("u") => Tag::U,
            local_name!("s") => Tag::S,
            local_name!("strike") => Tag::Strike,
            local_name!("del") => Tag::Del,
            local_name!("ins") => Tag::Ins,
            local_name!("small") => Tag::Small,
            local_name!("big") => Tag::Big,
            local_name!("mark") => Tag::Mark,
            local_name!("sub") => Tag::Sub,
            local_name!("sup") => Tag::Sup,
            local_name!("code") => Tag::Code,
            local_name!("kbd") => Tag::Kbd,
            local_name!("samp") => Tag::Samp,
            local_name!("var") => Tag::Var,
            local_name!("tt") => Tag::Tt,
            local_name!("q") => Tag::Q,
            local_name!("cite") => Tag::Cite,
            local_name!("abbr") | local_name!("acronym") => Tag::Abbr,
            local_name!("dfn") => Tag::Dfn,
            local_name!("time") => Tag::Time,
            local_name!("span") => Tag::Span,
            local_name!("font") => Tag::Font,
            local_name!("br") => Tag::Br,
            local_name!("wbr") => Tag::Wbr,
            local_name!("ruby") => Tag::Ruby,
            local_name!("rt") => Tag::Rt,
            local_name!("rp") => Tag::Rp,
            local_name!("bdi") => Tag::Bdi,
            local_name!("bdo") => Tag::Bdo,
            local_name!("data") => Tag::Data,
            local_name!("img") | local_name!("image") => Tag::Img,
            local_name!("picture") => Tag::Picture,
            local_name!("source") => Tag::Source,
            local_name!("video") => Tag::Video,
            local_name!("audio") => Tag::Audio,
            local_name!("track") => Tag::Track,
            local_name!("iframe") => Tag::Iframe,
            local_name!("embed") => Tag::Embed,
            local_name!("object") => Tag::Object,
            local_name!("param") => Tag::Param,
            local_name!("canvas") => Tag::Canvas,
            local_name!("map") => Tag::Map,
            local_name!("area") => Tag::Area,
            local_name!("form") => Tag::Form,
            local_name!("input") => Tag::Input,
            local_name!("button") => Tag::Button,
            local_name!("select") => Tag::Select,
            local_name!("option") => Tag::Option,
            local_name!("optgroup") => Tag::Optgroup,
            local_name!("textarea") => Tag::Textarea,
            local_name!("label") => Tag::Label,
            local_name!("fieldset") => Tag::Fieldset,
            local_name!("legend") => Tag::Legend,
            local_name!("output") => Tag::Output,
            local_name!("progress") => Tag::Progress,
            local_name!("meter") => Tag::Meter,
            local_name!("datalist") => Tag::Datalist,
            local_name!("frame") => Tag::Frame,
            local_name!("frameset") => Tag::Frameset,
            local_name!("noframes") => Tag::Noframes,
            local_name!("xmp") => Tag::Xmp,
            local_name!("plaintext") => Tag::Plaintext,
            local_name!("marquee") => Tag::Marquee,
            local_name!("applet") => Tag::Applet,
            _ => Tag::Other,
        }
    }

    /// Elements that start a new block of text: text on either side of them
    /// belongs to different paragraphs.
    pub(crate) fn is_block(self) -> bool {
        matches!(
            self,
            Tag::Html
                | Tag::Body
                | Tag::Article
                | Tag::Section
                | Tag::Nav
                | Tag::Aside
                | Tag::Header
                | Tag::Footer
                | Tag::Main
                | Tag::Address
                | Tag::Hgroup
                | Tag::H1
                | Tag::H2
                | Tag::H3
                | Tag::H4
                | Tag::H5
                | Tag::H6
                | Tag::P
                | Tag::Div
                | Tag::Pre
                | Tag::Blockquote
                | Tag::Ol
                | Tag::Ul
                | Tag::Li
                | Tag::Dl
                | Tag::Dt
                | Tag::Dd
                | Tag::Figure
                | Tag::Figcaption
                | Tag::Hr
                | Tag::Center
                | Tag::Details
                | Tag::Summary
                | Tag::Dialog
                | Tag::Menu
                | Tag::Table
                | Tag::Caption
                | Tag::Thead
                | Tag::Tbody
                | Tag::Tfoot
                | Tag::Tr
                | Tag::Td
                | Tag::Th
                | Tag::Form
                | Tag::Fieldset
                | Tag::Legend
                | Tag::Video
                | Tag::Audio
                | Tag::Iframe
                | Tag::Object
                | Tag::Canvas
                | Tag::Frameset
                | Tag::Noframes
                | Tag::Marquee
                | Tag::Option
                | Tag::Select
                | Tag::Textarea
        )
    }

    /// Headings `h1`..`h6`, with their level.
    pub(crate) fn heading_level(self) -> Option<u8> {
        match self {
            Tag::H1 => Some(1),
            Tag::H2 => Some(2),
            Tag::H3 => Some(3),
            Tag::H4 => Some(4),
            Tag::H5 => Some(5),
            Tag::H6 => Some(6),
            _ => None,
        }
    }

    /// Whether this is an element (not text, comment or the document).
    pub(crate) fn is_element(self) -> bool {
        !matches!(self, Tag::Document | Tag::Text | Tag::Comment | Tag::Misc)
    }

    /// Elements whose content is code or inert markup, never text a reader
    /// sees: `script`, `style`, `noscript` (parsed as markup, scripting
    /// off), `template`.
    pub(crate) fn holds_no_text(self) -> bool {
        matches!(
            self,
            Tag::Script | Tag::Style | Tag::Noscript | Tag::Template
        )
    }
}

/// One node of the index.
pub(crate) struct Node {
    pub handle: Handle,
    pub tag: Tag,
    pub parent: NodeId,
    /// One past the last node of this node's subtree.
    pub end: NodeId,
    /// Depth below the document node.
    pub depth: u32,
    /// Which of the attributes of [`indexed_attr_bit`] the element carries,
    /// one bit each.
    attr_bits: u32,
    /// A text node's [`weighted_len`], measured while indexing (see
    /// [`Dom::text_len`]); 0 for other nodes.
    text_len: u32,
    /// [`BLANK_TEXT`] and [`HYPHENATED_NAME`].
    flags: u8,
}

/// [`Node::flags`]: a text node whose characters are all [`is_html_space`].
const BLANK_TEXT: u8 = 1;
/// [`Node::flags`]: an element whose local name has a hyphen (a custom
/// element, `amp-img`, SVG's `font-face`).
const HYPHENATED_NAME: u8 = 2;

/// The flat index over a parsed document.
pub(crate) struct Dom {
    pub nodes: Vec<Node>,
    /// The `<body>` element (or the `<html>` element, or the document, when
    /// the parser made none).
    pub body: NodeId,
    /// The `<html>` element, if any.
    pub html: Option<NodeId>,
}

impl Dom {
    /// Indexes the tree under `document`, visiting nodes in document order
    /// with an explicit stack (pages nest deeper than any call stack), and
    /// on the way gives words that only CSS sets apart their space (see
    /// [`crate::pipeline::glued`]).
    /// Returns the number of nodes seen when `max_nodes` is exceeded.
    /// `expected_nodes` is an estimate of the count, for the index's first
    /// allocation (growing it copies every node indexed so far).
    pub fn build(document: &Handle, max_nodes: usize, expected_nodes: usize) -> Result<Dom, usize> {
        let mut nodes: Vec<Node> = Vec::with_capacity(expected_nodes.min(max_nodes));
        let mut body = None;
        let mut html = None;
        // (node id, index of the next child to visit)
        let mut stack: Vec<(NodeId, usize)> = Vec::new();
        nodes.push(Node {
            handle: document.clone(),
            tag: Tag::Document,
            parent: NO_NODE,
            end: 0,
            depth: 0,
            attr_bits: 0,
            text_len: 0,
            flags: 0,
        });
        stack.push((0, 0));
        let mut glued_words = GluedWords::default();
        while let Some(&mut (id, ref mut next_child)) = stack.last_mut() {
            let child = {
                let children = nodes[id as usize].handle.children.borrow();
                children.get(*next_child).cloned()
            };
            match child {
                Some(child) => {
                    *next_child += 1;
                    if nodes.len() >= max_nodes {
                        return Err(nodes.len() + 1);
                    }
                    let tag = tag_of(&child);
                    let child_id = nodes.len() as NodeId;
                    match tag {
                        Tag::Body if body.is_none() => body = Some(child_id),
                        Tag::Html if html.is_none() => html = Some(child_id),
                        _ => {}
                    }
                    let depth = nodes[id as usize].depth + 1;
                    let attr_bits = indexed_attr_bits(&child);
                    let (text_len, flags) = text_facts(&child, tag, nodes[id as usize].tag);
                    match &child.data {
                        NodeData::Text { contents } => {
                            glued_words.text(contents, flags & BLANK_TEXT != 0)
                        }
                        NodeData::Element { .. } => glued_words.start_element(tag),
                        _ => {}
                    }
                    nodes.push(Node {
                        handle: child,
                        tag,
                        parent: id,
                        end: 0,
                        depth,
                        attr_bits,
                        text_len,
                        flags,
                    });
                    stack.push((child_id, 0));
                }
                None => {
                    nodes[id as usize].end = nodes.len() as NodeId;
                    if nodes[id as usize].tag.is_element() {
                        glued_words.end_element(nodes[id as usize].tag);
                    }
                    stack.pop();
                }
            }
        }
        let body = body.or(html).unwrap_or(0);
        Ok(Dom { nodes, body, html })
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }
    pub fn tag(&self, id: NodeId) -> Tag {
        self.nodes[id as usize].tag
    }

    pub fn parent(&self, id: NodeId) -> NodeId {
        self.nodes[id as usize].parent
    }

    pub fn end(&self, id: NodeId) -> NodeId {
        self.nodes[id as usize].end
    }

    /// `id` or its nearest ancestor with tag `tag`.
    pub(crate) fn closest(&self, id: NodeId, tag: Tag) -> Option<NodeId> {
        let mut node = id;
        while node != NO_NODE {
            if self.tag(node) == tag {
                return Some(node);
            }
            node = self.parent(node);
        }
        None
    }

    /// Whether `ancestor` is `node` or one of its ancestors.
    pub fn contains(&self, ancestor: NodeId, node: NodeId) -> bool {
        ancestor <= node && node < self.end(ancestor)
    }

    /// The children of `id`, in order.
    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            dom: self,
            next: id + 1,
            end: self.end(id),
        }
    }

    /// The element's local name (`div`, `my-widget`), or "" for non-elements.
    pub fn local_name(&self, id: NodeId) -> &str {
        match &self.nodes[id as usize].handle.data {
            NodeData::Element { name, .. } => &name.local,
            _ => "",
        }
    }

    /// Whether the element is in the HTML namespace (not SVG or MathML).
    pub fn is_html_element(&self, id: NodeId) -> bool {
        match &self.nodes[id as usize].handle.data {
            NodeData::Element { name, .. } => name.ns == ns!(html),
            _ => false,
        }
    }

    /// The value of an attribute of an element. `name` is an interned
    /// atom (`local_name!("class")`) wherever the name is in html5ever's
    /// static set: comparing two atoms is one integer comparison, where a
    /// string costs a lookup of the atom's text and a `memcmp` for every
    /// attribute of the element (this lookup ran on every element several
    /// times per stage: 3-4% of the extraction in the profile).
    pub fn attr(&self, id: NodeId, name: impl AttrName) -> Option<Ref<'_, str>> {
        if !self.may_have(id, &name) {
            return None;
        }
        match &self.nodes[id as usize].handle.data {
            NodeData::Element { attrs, .. } => {
                let attrs = attrs.borrow();
                let index = attrs.iter().position(|a| name.is(&a.name.local))?;
                Some(Ref::map(attrs, |attrs| &*attrs[index].value))
            }
            _ => None,
        }
    }

    /// Whether the element is a `<script type="application/ld+json">`, the
    /// page's structured data (schema.org types, headline, author, dates).
    pub fn is_json_ld(&self, id: NodeId) -> bool {
        self.tag(id) == Tag::Script
            && self
                .attr(id, local_name!("type"))
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
    }

    /// Whether an element has an attribute.
    pub fn has_attr(&self, id: NodeId, name: impl AttrName) -> bool {
        if !self.may_have(id, &name) {
            return false;
        }
        match &self.nodes[id as usize].handle.data {
            NodeData::Element { attrs, .. } => {
                attrs.borrow().iter().any(|a| name.is(&a.name.local))
            }
            _ => false,
        }
    }

    /// False when the index knows the element lacks the attribute, so that
    /// looking for it need not reach the tree: most lookups are for an
    /// absent `itemprop`, `role` or `hidden`, and reading the element's
    /// node and attribute list were cache misses (the 4% left in
    /// `Dom::attr` once names were atoms).
    #[inline]
    fn may_have(&self, id: NodeId, name: &impl AttrName) -> bool {
        name.index_bit()
            .is_none_or(|bit| self.nodes[id as usize].attr_bits & (1 << bit) != 0)
    }

    /// The [`weighted_len`] of a text node's text, or 0 for text inside a
    /// `script`, `style` or `template` (which nothing measures: inline
    /// scripts are most of the text of many pages) and for other nodes.
    /// Recorded while indexing, when the node is in cache anyway: the
    /// stages that sum text lengths then need not read the tree again.
    pub fn text_len(&self, id: NodeId) -> u32 {
        self.nodes[id as usize].text_len
    }

    /// Whether a node is text that is all whitespace ([`is_html_space`]):
    /// the indentation between tags, most text nodes of most pages.
    /// Recorded while indexing.
    pub fn is_blank_text(&self, id: NodeId) -> bool {
        self.nodes[id as usize].flags & BLANK_TEXT != 0
    }

    /// Whether an element's local name has a hyphen (custom elements, AMP's
    /// `amp-img`). Recorded while indexing: the name is an atom, whose text
    /// is one more read elsewhere in memory.
    pub fn has_hyphenated_name(&self, id: NodeId) -> bool {
        self.nodes[id as usize].flags & HYPHENATED_NAME != 0
    }

    /// The contents of a text node.
    pub fn text(&self, id: NodeId) -> Option<Ref<'_, str>> {
        match &self.nodes[id as usize].handle.data {
            NodeData::Text { contents } => Some(Ref::map(contents.borrow(), |t| &**t)),
            _ => None,
        }
    }

    /// The text of a subtree, whitespace collapsed, skipping nodes for which
    /// `skip` is true (and their subtrees).
    pub fn collapsed_text_where(&self, id: NodeId, skip: impl Fn(NodeId) -> bool) -> String {
        self.text_spaced_at(id, skip, |tag| tag == Tag::Br || tag.is_block())
    }

    /// The text of a subtree, whitespace collapsed, a space where each node
    /// for which `space_at` is true starts, skipping nodes for which `skip`
    /// is true (and their subtrees).
    fn text_spaced_at(
        &self,
        id: NodeId,
        skip: impl Fn(NodeId) -> bool,
        space_at: impl Fn(Tag) -> bool,
    ) -> String {
        let mut out = String::new();
        let mut i = id;
        let end = self.end(id);
        while i < end {
            if i != id && skip(i) {
                i = self.end(i);
                continue;
            }
            if let Some(t) = self.text(i) {
                push_collapsed(&mut out, &t);
            } else if i != id && space_at(self.tag(i)) {
                push_collapsed(&mut out, " ");
            }
            i += 1;
        }
        let trimmed_len = out.trim_end().len();
        out.truncate(trimmed_len);
        out
    }

    /// The text of a subtree, whitespace collapsed.
    pub fn collapsed_text(&self, id: NodeId) -> String {
        self.collapsed_text_where(id, |i| self.tag(i).holds_no_text())
    }

    /// The text of a subtree with a space wherever an element starts, so
    /// that pieces a template glues together stay separate words
    /// (`<p>Jane Roe</p><small>December 17</small>`, `Ann<b>Lee</b>`).
    pub fn text_by_elements(&self, id: NodeId) -> String {
        self.text_spaced_at(id, |i| self.tag(i).holds_no_text(), |tag| tag.is_element())
    }

    /// A CSS selector that finds the node in the document as a browser
    /// parses it: `html > body > div:nth-child(2) > p:nth-child(4)`.
    pub fn css_path(&self, id: NodeId) -> String {
        let mut parts = Vec::new();
        let mut node = id;
        while node != NO_NODE && self.tag(node) != Tag::Document {
            if self.tag(node).is_element() {
                let name = self.local_name(node);
                let parent = self.parent(node);
                match self.tag(node) {
                    Tag::Html | Tag::Body | Tag::Head => parts.push(name.to_string()),
                    _ => {
                        let position = self
                            .children(parent)
                            .filter(|&c| self.tag(c).is_element())
                            .position(|c| c == node)
                            .unwrap_or(0);
                        parts.push(format!("{}:nth-child({})", css_ident(name), position + 1));
                    }
                }
            }
            node = self.parent(node);
        }
        parts.reverse();
        parts.join(" > ")
    }
}

/// Escapes characters that are not valid in a CSS identifier (custom
/// elements may contain dots or other punctuation).
fn css_ident(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '-' || c == '_' || !c.is_ascii() {
            out.push(c);
        } else {
            out.push('\\');
            out.push(c);
        }
    }
    out
}

/// The name of an attribute to look up: a [`LocalName`] atom, compared as
/// an integer, or a string for names outside html5ever's static atom set
/// (`data-src`, `pubdate`), compared as text.
pub(crate) trait AttrName {
    fn is(&self, name: &LocalName) -> bool;
    /// The name's bit in [`Node::attr_bits`], if the index records it.
    fn index_bit(&self) -> Option<u32>;
}

impl AttrName for LocalName {
    #[inline]
    fn is(&self, name: &LocalName) -> bool {
        self == name
    }
    #[inline]
    fn index_bit(&self) -> Option<u32> {
        indexed_attr_bit(self)
    }
}

impl AttrName for &str {
    #[inline]
    fn is(&self, name: &LocalName) -> bool {
        &**name == *self
    }
    #[inline]
    fn index_bit(&self) -> Option<u32> {
        None
    }
}

/// The attributes the pipeline looks up on many elements, whose presence
/// the index records per element ([`Node::attr_bits`], at most 32), in
/// the order of their bits.
#[cfg(test)]
const INDEXED_ATTRS: [LocalName; 27] = [
    local_name!("class"),
    local_name!("id"),
    local_name!("itemprop"),
    local_name!("itemtype"),
    local_name!("rel"),
    local_name!("role"),
    local_name!("href"),
    local_name!("content"),
    local_name!("type"),
    local_name!("lang"),
    local_name!("xml:lang"),
    local_name!("dir"),
    local_name!("datetime"),
    local_name!("title"),
    local_name!("style"),
    local_name!("hidden"),
    local_name!("aria-hidden"),
    local_name!("aria-label"),
    local_name!("aria-labelledby"),
    local_name!("property"),
    local_name!("name"),
    local_name!("http-equiv"),
    local_name!("charset"),
    local_name!("start"),
    local_name!("src"),
    local_name!("srcset"),
    local_name!("alt"),
];

/// The bit of `name` in [`Node::attr_bits`], for the attributes the
/// pipeline looks up on many elements. A match on the atom: with a constant
/// name it folds to a constant (a search of a table did not, in the
/// size-optimized WebAssembly build).
#[inline(always)]
fn indexed_attr_bit(name: &LocalName) -> Option<u32> {
    Some(match *name {
        local_name!("class") => 0,
        local_name!("id") => 1,
        local_name!("itemprop") => 2,
        local_name!("itemtype") => 3,
        local_name!("rel") => 4,
        local_name!("role") => 5,
        local_name!("href") => 6,
        local_name!("content") => 7,
        local_name!("type") => 8,
        local_name!("lang") => 9,
        local_name!("xml:lang") => 10,
        local_name!("dir") => 11,
        local_name!("datetime") => 12,
        local_name!("title") => 13,
        local_name!("style") => 14,
        local_name!("hidden") => 15,
        local_name!("aria-hidden") => 16,
        local_name!("aria-label") => 17,
        local_name!("aria-labelledby") => 18,
        local_name!("property") => 19,
        local_name!("name") => 20,
        local_name!("http-equiv") => 21,
        local_name!("charset") => 22,
        local_name!("start") => 23,
        local_name!("src") => 24,
        local_name!("srcset") => 25,
        local_name!("alt") => 26,
        _ => return None,
    })
}

/// The bits of the indexed attributes an element carries (0 for other
/// nodes).
fn indexed_attr_bits(handle: &Handle) -> u32 {
    match &handle.data {
        NodeData::Element { attrs, .. } => attrs
            .borrow()
            .iter()
            .filter_map(|a| indexed_attr_bit(&a.name.local))
            .fold(0, |bits, bit| bits | 1 << bit),
        _ => 0,
    }
}

/// What the index records of a node besides its tag and attributes
/// ([`Node::text_len`], [`Node::flags`]), given its tag and its parent's:
/// a text node's weighted length and whether it is blank, an element's
/// hyphen.
fn text_facts(handle: &Handle, tag: Tag, parent: Tag) -> (u32, u8) {
    match &handle.data {
        NodeData::Text { contents } => {
            let text = contents.borrow();
            if matches!(parent, Tag::Script | Tag::Style | Tag::Template) {
                // Code, not measured; the test stops at its first character.
                let blank = text.chars().all(is_html_space);
                (0, if blank { BLANK_TEXT } else { 0 })
            } else {
                // Every character but a space adds to the length.
                let len = weighted_len(&text);
                (len, if len == 0 { BLANK_TEXT } else { 0 })
            }
        }
        // The names of the other tags have no hyphen.
        NodeData::Element { name, .. } if tag == Tag::Other && name.local.contains('-') => {
            (0, HYPHENATED_NAME)
        }
        _ => (0, 0),
    }
}

/// Iterator over the children of a node.
pub(crate) struct Children<'a> {
    dom: &'a Dom,
    next: NodeId,
    end: NodeId,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        if self.next >= self.end {
            return None;
        }
        let id = self.next;
        self.next = self.dom.end(id);
        Some(id)
    }
}

fn tag_of(handle: &Handle) -> Tag {
    match &handle.data {
        NodeData::Document => Tag::Document,
        NodeData::Text { .. } => Tag::Text,
        NodeData::Comment { .. } => Tag::Comment,
        NodeData::Doctype { .. } | NodeData::ProcessingInstruction { .. } => Tag::Misc,
        NodeData::Element { name, .. } => {
            if name.ns == ns!(html) {
                Tag::from_local_name(&name.local)
            } else if name.ns == ns!(svg) && name.local == local_name!("svg") {
                Tag::Svg
            } else if name.ns == ns!(mathml) && name.local == local_name!("math") {
                Tag::Math
            } else {
                Tag::Other
            }
        }
    }
}

/// Appends `text` to `out` with runs of whitespace collapsed to one space,
/// and no space at the start of `out`.
///
/// Copies each run of non-space characters at once (it was pushed a
/// character at a time); every block's text goes through here. The runs are
/// found on bytes: an ASCII byte is tested in place, and only the four lead
/// bytes that can start a Unicode space ([`may_start_unicode_space`]) are
/// decoded (a call to [`space_at`] for every byte was 2.6% of the time in
/// the `.wasm`, where it was not inlined).
pub(crate) fn push_collapsed(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut pending_space = false;
    let mut i = 0;
    while i < n {
        // A run of non-space characters.
        let start = i;
        while i < n {
            let b = bytes[i];
            if b.is_ascii() {
                if is_ascii_html_space(b) {
                    break;
                }
                i += 1;
            } else {
                if may_start_unicode_space(b) && space_at(text, i).is_some() {
                    break;
                }
                i += utf8_len(b);
            }
        }
        if i > start {
            if pending_space && !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            pending_space = false;
            out.push_str(&text[start..i]);
        }
        // The spaces after it.
        while let Some(len) = (i < n).then(|| space_at(text, i)).flatten() {
            pending_space = true;
            i += len;
        }
    }
    if pending_space && !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
}

/// The ASCII characters of [`is_html_space`].
#[inline]
pub(crate) fn is_ascii_html_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C')
}

/// Whether `b` can be the first byte of a non-ASCII [`is_html_space`]
/// character: U+0085 and U+00A0 start with 0xC2, U+1680 with 0xE1, U+2000
/// to U+205F with 0xE2, U+3000 with 0xE3 (a test checks every character).
#[inline]
pub(crate) fn may_start_unicode_space(b: u8) -> bool {
    matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3)
}

/// The length in bytes of the [`is_html_space`] character that starts at
/// byte `i` of `text` (a character boundary), or `None`.
#[inline]
fn space_at(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes()[i];
    if b.is_ascii() {
        return is_ascii_html_space(b).then_some(1);
    }
    let c = text[i..].chars().next()?;
    is_html_space(c).then_some(c.len_utf8())
}

/// The length of the UTF-8 sequence that starts with byte `b`.
#[inline]
fn utf8_len(b: u8) -> usize {
    match b {
        0..=0x7F => 1,
        0xF0.. => 4,
        0xE0.. => 3,
        _ => 2,
    }
}

/// Whitespace as HTML and readers see it: ASCII space characters plus the
/// no-break space and the other Unicode spaces that render as blanks.
pub(crate) fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C') || (c as u32 >= 0x80 && c.is_whitespace())
}

#[cfg(test)]
pub(crate) mod tests {
    /// Every non-ASCII space starts with a byte that
    /// `may_start_unicode_space` lets through to the full test.
    #[test]
    fn unicode_spaces_start_with_the_listed_bytes() {
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            if is_html_space(c) {
                let mut buf = [0; 4];
                let first = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(may_start_unicode_space(first), "{:04X}", c as u32);
            }
        }
    }

    /// The run-copying push_collapsed against the rule it implements,
    /// character by character.
    #[test]
    fn push_collapsed_agrees_with_the_char_rule() {
        let by_chars = |out: &mut String, text: &str| {
            let mut pending_space = false;
            for c in text.chars() {
                if is_html_space(c) {
                    pending_space = true;
                } else {
                    if pending_space && !out.is_empty() && !out.ends_with(' ') {
                        out.push(' ');
                    }
                    pending_space = false;
                    out.push(c);
                }
            }
            if pending_space && !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        };
        let texts = [
            "",
            " ",
            "a",
            " a ",
            "a  b\t\nc",
            "\u{a0}x\u{2003}\u{2003}y\u{a0}",
            "中 文\r\n",
            "é\u{1F600} z ",
            // Non-spaces with the lead bytes of spaces (0xC2, 0xE1, 0xE2,
            // 0xE3), and the spaces of each.
            "©\u{85}—\u{1680}ა\u{3000}あ\u{2028}€\u{202F}",
            "\u{205F}\u{a0} \u{0B}",
        ];
        for start in ["", "x", "x "] {
            for a in texts {
                for b in texts {
                    let (mut fast, mut slow) = (start.to_string(), start.to_string());
                    push_collapsed(&mut fast, a);
                    push_collapsed(&mut fast, b);
                    by_chars(&mut slow, a);
                    by_chars(&mut slow, b);
                    assert_eq!(fast, slow, "{start:?} {a:?} {b:?}");
                }
            }
        }
    }

    use super::*;
    use html5ever::tendril::TendrilSink;

    pub(crate) fn parse(html: &str) -> Dom {
        // As the pipeline parses: scripting off, so <noscript> holds markup.
        let opts = html5ever::ParseOpts {
            tree_builder: html5ever::tree_builder::TreeBuilderOpts {
                scripting_enabled: false,
                ..Default::default()
            },
            ..Default::default()
        };
        let rc = html5ever::parse_document(markup5ever_rcdom::RcDom::default(), opts).one(html);
        // The index holds a handle to every node: it keeps the tree alive.
        Dom::build(&rc.document, usize::MAX, 0).unwrap()
    }

    fn find(dom: &Dom, tag: Tag) -> NodeId {
        (0..dom.len() as NodeId)
            .find(|&i| dom.tag(i) == tag)
            .unwrap()
    }

    #[test]
    fn index_is_preorder_with_subtree_ends() {
        let dom = parse("<div><p>a<b>b</b></p><p>c</p></div>");
        let div = find(&dom, Tag::Div);
        let kids: Vec<_> = dom.children(div).collect();
        assert_eq!(kids.len(), 2);
        assert_eq!(dom.collapsed_text(kids[0]), "ab");
        assert!(dom.contains(div, kids[1]));
        assert!(!dom.contains(kids[0], kids[1]));
        assert_eq!(dom.end(div), dom.end(kids[1]));
    }

    #[test]
    fn text_by_elements_keeps_glued_pieces_apart() {
        let dom = parse(
            "<div><p>Jane Roe</p><small>December 17</small> By ANN<b>LEE</b><style>.a{}</style></div>",
        );
        let div = find(&dom, Tag::Div);
        assert_eq!(dom.text_by_elements(div), "Jane Roe December 17 By ANN LEE");
        // Inline elements run together in the reading text (unless a
        // lowercase letter meets an uppercase one, see `pipeline::glued`).
        assert_eq!(dom.collapsed_text(div), "Jane RoeDecember 17 By ANNLEE");
    }

    #[test]
    fn deep_nesting_builds_without_recursion() {
        let html = "<span>".repeat(20_000) + "x";
        let dom = parse(&html);
        assert!(dom.len() > 20_000);
    }

    #[test]
    fn node_limit_is_reported() {
        let rc = html5ever::parse_document(markup5ever_rcdom::RcDom::default(), Default::default())
            .one("<p>a</p><p>b</p><p>c</p>");
        assert!(Dom::build(&rc.document, 5, 0).is_err());
    }

    #[test]
    fn css_path_counts_element_siblings() {
        let dom = parse("<body><div>x</div>text<div><p>a</p><p id=t>b</p></div></body>");
        let p = (0..dom.len() as NodeId)
            .find(|&i| dom.attr(i, "id").is_some())
            .unwrap();
        assert_eq!(
            dom.css_path(p),
            "html > body > div:nth-child(2) > p:nth-child(2)"
        );
    }

    /// The index's attribute bits answer as a scan of the attributes does:
    /// present, absent, on elements with many attributes, in SVG.
    #[test]
    fn indexed_attributes_agree_with_the_tree() {
        for (i, name) in INDEXED_ATTRS.iter().enumerate() {
            assert_eq!(indexed_attr_bit(name), Some(i as u32));
        }
        let dom = parse(
            "<html lang=en><body><div class=a id=b role=main hidden data-x=1>\
             <p>t</p><a href=/x rel=next title=T>l</a><img src=s alt=a srcset=x>\
             <meta itemprop=name content=c><svg><a href=y></a></svg></div></body></html>",
        );
        for id in 0..dom.len() as NodeId {
            let scanned = |name: &LocalName| match &dom.nodes[id as usize].handle.data {
                NodeData::Element { attrs, .. } => attrs
                    .borrow()
                    .iter()
                    .find(|a| a.name.local == *name)
                    .map(|a| a.value.to_string()),
                _ => None,
            };
            for name in INDEXED_ATTRS {
                assert_eq!(
                    dom.attr(id, name.clone()).map(|v| v.to_string()),
                    scanned(&name)
                );
                assert_eq!(dom.has_attr(id, name.clone()), scanned(&name).is_some());
            }
            assert_eq!(
                dom.attr(id, "data-x").map(|v| v.to_string()),
                scanned(&LocalName::from("data-x"))
            );
        }
    }

    /// The facts recorded while indexing agree with the tree: text lengths
    /// (none inside scripts, styles and templates), blank text, hyphens.
    #[test]
    fn text_facts_agree_with_the_tree() {
        let dom = parse(
            "<div> <p>a \u{3000}b</p>\u{a0}\n<amp-img>x</amp-img><svg><font-face/></svg>\
             <script> var x; </script><style> </style><noscript>n o</noscript>\
             <template>t</template><p>中文 </p>\t</div>",
        );
        for id in 1..dom.len() as NodeId {
            let in_code = matches!(
                dom.tag(dom.parent(id)),
                Tag::Script | Tag::Style | Tag::Template
            );
            let text = dom.text(id).map(|t| t.to_string());
            let expected_len = match &text {
                Some(t) if !in_code => weighted_len(t),
                _ => 0,
            };
            assert_eq!(dom.text_len(id), expected_len, "{text:?}");
            let blank = text
                .as_deref()
                .is_some_and(|t| t.chars().all(is_html_space));
            assert_eq!(dom.is_blank_text(id), blank, "{text:?}");
            assert_eq!(
                dom.has_hyphenated_name(id),
                dom.local_name(id).contains('-')
            );
        }
        let blanks = (0..dom.len() as NodeId).filter(|&i| dom.is_blank_text(i));
        assert_eq!(blanks.count(), 4);
        let hyphenated = (0..dom.len() as NodeId).filter(|&i| dom.has_hyphenated_name(i));
        assert_eq!(hyphenated.count(), 2);
    }

    #[test]
    fn collapsing_whitespace() {
        let mut s = String::new();
        push_collapsed(&mut s, "  a \n\t b  ");
        push_collapsed(&mut s, "c");
        assert_eq!(s, "a b c");
    }
}
