//! Stage 6: output. Turns the kept part of the tree into the article, once,
//! as a flat list of [`Event`]s that the three formats are written from
//! ([`html`], [`text`], [`markdown`]).
//!
//! The events are built by allowlist: only the elements and attributes
//! of [`allowlist`] can ever reach the output, with URLs resolved against
//! the page address and vetted by scheme. Everything else is either unwrapped
//! (its content kept: `div`, `span`, `section`, custom elements) or skipped
//! with its content (`script`, `style`, `iframe`, `svg`, form controls...).
//! Loose text in a container becomes a paragraph; empty elements are left
//! out; lazy-loaded images get their real address.

pub mod allowlist;
pub(crate) mod html;
pub(crate) mod markdown;
pub(crate) mod text;

use super::prepare::Marks;
use crate::dom::{is_html_space, Dom, NodeId, Tag};
use crate::url::{safe_url, BaseUrl, UrlUse};
use crate::Options;
use html5ever::local_name;

/// Elements the article may contain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Out {
    P,
    H(u8),
    Ul,
    Ol,
    Li,
    Dl,
    Dt,
    Dd,
    Blockquote,
    Pre,
    Figure,
    Figcaption,
    Table,
    Caption,
    Thead,
    Tbody,
    Tfoot,
    Tr,
    Th,
    Td,
    Hr,
    // Inline.
    A,
    Em,
    Strong,
    Code,
    Del,
    Ins,
    Sub,
    Sup,
    Mark,
    Small,
    Abbr,
    Q,
    Cite,
    Time,
    Kbd,
    Samp,
    Var,
    U,
    S,
    Br,
    Img,
}

impl Out {
    /// The element name in HTML.
    pub fn name(self) -> &'static str {
        match self {
            Out::P => "p",
            Out::H(1) => "h1",
            Out::H(2) => "h2",
            Out::H(3) => "h3",
            Out::H(4) => "h4",
            Out::H(5) => "h5",
            Out::H(_) => "h6",
            Out::Ul => "ul",
            Out::Ol => "ol",
            Out::Li => "li",
            Out::Dl => "dl",
            Out::Dt => "dt",
            Out::Dd => "dd",
            Out::Blockquote => "blockquote",
            Out::Pre => "pre",
            Out::Figure => "figure",
            Out::Figcaption => "figcaption",
            Out::Table => "table",
            Out::Caption => "caption",
            Out::Thead => "thead",
            Out::Tbody => "tbody",
            Out::Tfoot => "tfoot",
            Out::Tr => "tr",
            Out::Th => "th",
            Out::Td => "td",
            Out::Hr => "hr",
            Out::A => "a",
            Out::Em => "em",
            Out::Strong => "strong",
            Out::Code => "code",
            Out::Del => "del",
            Out::Ins => "ins",
            Out::Sub => "sub",
            Out::Sup => "sup",
            Out::Mark => "mark",
            Out::Small => "small",
            Out::Abbr => "abbr",
            Out::Q => "q",
            Out::Cite => "cite",
            Out::Time => "time",
            Out::Kbd => "kbd",
            Out::Samp => "samp",
            Out::Var => "var",
            Out::U => "u",
            Out::S => "s",
            Out::Br => "br",
            Out::Img => "img",
        }
    }

    /// Block-level output elements (they end the paragraph around them).
    pub fn is_block(self) -> bool {
        matches!(
            self,
            Out::P
                | Out::H(_)
                | Out::Ul
                | Out::Ol
                | Out::Li
                | Out::Dl
                | Out::Dt
                | Out::Dd
                | Out::Blockquote
                | Out::Pre
                | Out::Figure
                | Out::Figcaption
                | Out::Table
                | Out::Caption
                | Out::Thead
                | Out::Tbody
                | Out::Tfoot
                | Out::Tr
                | Out::Th
                | Out::Td
                | Out::Hr
        )
    }

    /// Containers in which loose inline content is wrapped in a paragraph.
    fn wraps_loose_text(self) -> bool {
        matches!(self, Out::Blockquote | Out::Figure)
    }

    /// Elements kept even when empty (a table keeps its shape).
    fn kept_when_empty(self) -> bool {
        matches!(self, Out::Td | Out::Th | Out::Tr)
    }
}

/// One step of the article's structure.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Event {
    /// An element opens (or, for void elements, simply is), with its vetted attributes.
    Open(Out, Vec<(&'static str, String)>),
    /// An element closes.
    Close(Out),
    /// Text, as in the page (whitespace not yet collapsed).
    Text(String),
}

impl Event {
    /// Whether this ends a run of inline content: text that is not all
    /// white space, the end of an inline element, an image.
    fn is_inline_content(&self) -> bool {
        match self {
            Event::Text(t) => !t.chars().all(is_blank_char),
            Event::Close(out) => !out.is_block(),
            Event::Open(out, _) => *out == Out::Img,
        }
    }
}

/// How deep output elements may nest; deeper ones are unwrapped (a page can
/// nest lists or quotes thousands deep; readers and Markdown cannot).
const MAX_OUTPUT_DEPTH: usize = 48;

/// What the walk does with one element.
enum Action {
    /// Emit it as this output element.
    Emit(Out),
    /// Keep its content, not the element; `true` when it is block-level
    /// (it ends the paragraph around it).
    Unwrap(bool),
    /// Leave it out with its content.
    Skip,
}

/// Builds the events of the kept nodes under `root`.
pub(crate) fn build(
    dom: &Dom,
    marks: &Marks,
    block_like: &[bool],
    root: NodeId,
    base: Option<&BaseUrl>,
    options: &Options,
) -> Vec<Event> {
    let mut builder = Builder {
        events: Vec::new(),
        stack: Vec::new(),
        open_p: vec![false],
        emitted_depth: 0,
        pending_br: false,
    };
    // The walk's own stack: (end of subtree, what to do when leaving it).
    let mut leaving: Vec<(NodeId, Leave)> = Vec::new();
    let mut id = root + 1;
    let end = dom.end(root);
    while id < end {
        while leaving.last().is_some_and(|(e, _)| id >= *e) {
            let (_, leave) = leaving.pop().expect("checked");
            builder.leave(leave);
        }
        if marks.is_dropped(id) {
            id = dom.end(id);
            continue;
        }
        match dom.tag(id) {
            Tag::Text => {
                if let Some(t) = dom.text(id) {
                    builder.text(&t);
                }
                id += 1;
                continue;
            }
            Tag::Comment | Tag::Misc | Tag::Document => {
                id += 1;
                continue;
            }
            _ => {}
        }
        let action = action_for(dom, id, block_like, options);
        match action {
            Action::Skip => {
                id = dom.end(id);
                continue;
            }
            Action::Unwrap(is_block) => {
                if is_block {
                    // An inline element unwrapped because it wraps blocks
                    // (a link around a card) breaks lines only where its
                    // blocks do.
                    let breaks_line = dom.tag(id).is_block();
                    builder.block_boundary(breaks_line);
                    leaving.push((dom.end(id), Leave::Boundary(breaks_line)));
                }
            }
            Action::Emit(Out::Br) => builder.br(),
            Action::Emit(Out::Img) => {
                if let Some(attrs) = image_attrs(dom, id, base) {
                    builder.inline_void(Out::Img, attrs);
                }
            }
            Action::Emit(Out::Hr) => {
                builder.block_boundary(false);
                // The rule breaks the line itself.
                builder.pending_br = false;
                builder.events.push(Event::Open(Out::Hr, Vec::new()));
            }
            Action::Emit(out) => {
                if builder.emitted_depth >= MAX_OUTPUT_DEPTH {
                    if out.is_block() {
                        builder.block_boundary(true);
                        leaving.push((dom.end(id), Leave::Boundary(true)));
                    }
                } else {
                    let attrs = element_attrs(dom, id, out, base);
                    if out == Out::A && attrs.is_empty() {
                        // A link without a usable address is just its text.
                    } else {
                        builder.open(out, attrs);
                        leaving.push((dom.end(id), Leave::Close(out)));
                    }
                }
            }
        }
        id += 1;
    }
    while let Some((_, leave)) = leaving.pop() {
        builder.leave(leave);
    }
    builder.close_p();
    builder.events
}

enum Leave {
    Close(Out),
    /// The end of an unwrapped block; `true` when it breaks the line (see
    /// [`Builder::block_boundary`]).
    Boundary(bool),
}

struct Builder {
    events: Vec<Event>,
    /// Emitted elements currently open.
    stack: Vec<Out>,
    /// For each wrapping context (the root, blockquotes, figures): whether
    /// a paragraph opened for loose text is open.
    open_p: Vec<bool>,
    emitted_depth: usize,
    /// A line break is due before the next inline content: a `<br>` just
    /// seen in a wrapped paragraph (two end it), or an unwrapped block
    /// ended inside a list item or cell (see [`Builder::block_boundary`]).
    pending_br: bool,
}

impl Builder {
    /// Whether inline content here needs a paragraph around it.
    fn in_wrapping_context(&self) -> bool {
        self.stack.last().is_none_or(|out| out.wraps_loose_text())
    }

    fn ensure_paragraph(&mut self) {
        if self.in_wrapping_context() && !*self.open_p.last().expect("root context") {
            self.events.push(Event::Open(Out::P, Vec::new()));
            *self.open_p.last_mut().expect("root context") = true;
        }
    }

    fn close_p(&mut self) {
        if self.in_wrapping_context() && *self.open_p.last().expect("root context") {
            self.push_close(Out::P);
            *self.open_p.last_mut().expect("root context") = false;
        }
        self.pending_br = false;
    }

    /// A block element that is not in the output (an unwrapped `<div>`)
    /// starts or ends. Where loose text is wrapped in paragraphs, the
    /// paragraph ends. Inside an element that holds its inline content
    /// itself (a list item, a table cell), the text before and after would
    /// run together ("$66.73Save 25%" from a shop card's `<div>`s in an
    /// `<li>`): when `breaks_line`, a line break goes between them, once
    /// content follows.
    fn block_boundary(&mut self, breaks_line: bool) {
        if self.in_wrapping_context() {
            self.close_p();
        } else if breaks_line && self.events.last().is_some_and(Event::is_inline_content) {
            self.pending_br = true;
        }
    }

    fn text(&mut self, text: &str) {
        let blank = text.chars().all(is_html_space);
        if blank && self.in_wrapping_context() && !*self.open_p.last().expect("root context") {
            return;
        }
        if !blank {
            self.ensure_paragraph();
            self.flush_pending_br();
        }
        if let Some(Event::Text(last)) = self.events.last_mut() {
            last.push_str(text);
        } else {
            self.events.push(Event::Text(text.to_string()));
        }
    }

    /// Emits the line break that [`Builder::pending_br`] holds back, now
    /// that inline content follows it.
    fn flush_pending_br(&mut self) {
        if self.pending_br {
            self.events.push(Event::Open(Out::Br, Vec::new()));
            self.pending_br = false;
        }
    }

    fn br(&mut self) {
        if self.in_wrapping_context() {
            if !*self.open_p.last().expect("root context") {
                return;
            }
            if self.pending_br {
                // <br><br>: a paragraph break.
                self.close_p();
            } else {
                self.pending_br = true;
            }
            return;
        }
        // An explicit line break stands for a pending one.
        self.pending_br = false;
        self.events.push(Event::Open(Out::Br, Vec::new()));
    }

    fn inline_void(&mut self, out: Out, attrs: Vec<(&'static str, String)>) {
        self.ensure_paragraph();
        self.flush_pending_br();
        self.events.push(Event::Open(out, attrs));
    }

    fn open(&mut self, out: Out, attrs: Vec<(&'static str, String)>) {
        if out.is_block() {
            self.close_p();
            // A block of the output breaks the line itself.
            self.pending_br = false;
        } else {
            self.ensure_paragraph();
            self.flush_pending_br();
        }
        self.events.push(Event::Open(out, attrs));
        self.stack.push(out);
        self.emitted_depth += 1;
        if out.wraps_loose_text() {
            self.open_p.push(false);
        }
    }

    fn leave(&mut self, leave: Leave) {
        match leave {
            Leave::Boundary(breaks_line) => self.block_boundary(breaks_line),
            Leave::Close(out) => {
                if out.wraps_loose_text() {
                    self.close_p();
                    self.open_p.pop();
                } else if out.is_block() {
                    self.pending_br = false;
                }
                self.stack.pop();
                self.emitted_depth -= 1;
                self.push_close(out);
            }
        }
    }

    /// Closes an element, or takes back its opening when it got no content.
    fn push_close(&mut self, out: Out) {
        if !out.kept_when_empty() {
            match self.events.last() {
                Some(Event::Open(o, _)) if *o == out => {
                    self.events.pop();
                    return;
                }
                Some(Event::Text(t)) if t.chars().all(is_blank_char) => {
                    if let Some(Event::Open(o, _)) =
                        self.events.get(self.events.len().wrapping_sub(2))
                    {
                        if *o == out {
                            self.events.pop();
                            self.events.pop();
                            return;
                        }
                    }
                }
                _ => {}
            }
        }
        self.events.push(Event::Close(out));
    }
}

/// White space, and the invisible characters that page builders leave
/// alone in "empty" paragraphs (a zero-width joiner in Webflow's and
/// Squarespace's spacer paragraphs, a zero-width space, a soft hyphen, a
/// byte-order mark): an element holding only these has no content.
fn is_blank_char(c: char) -> bool {
    is_html_space(c)
        || matches!(
            c,
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
        )
}

/// Decides what an element becomes in the article.
fn action_for(dom: &Dom, id: NodeId, block_like: &[bool], options: &Options) -> Action {
    let tag = dom.tag(id);
    if !dom.is_html_element(id) {
        // SVG and MathML content: nothing of it is safe or readable as HTML
        // here except its text, which MathML has; SVG is drawing.
        return match tag {
            Tag::Svg => Action::Skip,
            _ if dom.local_name(id) == "svg" => Action::Skip,
            _ => Action::Unwrap(false),
        };
    }
    let inline_with_blocks = block_like[id as usize] && !tag.is_block();
    let emit = |out: Out| {
        if inline_with_blocks {
            // An inline element wrapping blocks (a link around a card) is
            // unwrapped: the output keeps inline elements inline.
            Action::Unwrap(true)
        } else {
            Action::Emit(out)
        }
    };
    match tag {
        Tag::P => Action::Emit(Out::P),
        Tag::H1 | Tag::H2 => Action::Emit(Out::H(2)),
        Tag::H3 => Action::Emit(Out::H(3)),
        Tag::H4 => Action::Emit(Out::H(4)),
        Tag::H5 => Action::Emit(Out::H(5)),
        Tag::H6 => Action::Emit(Out::H(6)),
        Tag::Ul | Tag::Menu => Action::Emit(Out::Ul),
        Tag::Ol => Action::Emit(Out::Ol),
        Tag::Li => Action::Emit(Out::Li),
        Tag::Dl => Action::Emit(Out::Dl),
        Tag::Dt => Action::Emit(Out::Dt),
        Tag::Dd => Action::Emit(Out::Dd),
        Tag::Blockquote => Action::Emit(Out::Blockquote),
        Tag::Pre => Action::Emit(Out::Pre),
        Tag::Figure => Action::Emit(Out::Figure),
        Tag::Figcaption => Action::Emit(Out::Figcaption),
        Tag::Hr => Action::Emit(Out::Hr),
        Tag::Table => {
            if options.keep_tables && is_data_table(dom, id, block_like) {
                Action::Emit(Out::Table)
            } else {
                Action::Unwrap(true)
            }
        }
        Tag::Caption | Tag::Thead | Tag::Tbody | Tag::Tfoot | Tag::Tr | Tag::Td | Tag::Th => {
            if in_data_table(dom, id, block_like, options) {
                Action::Emit(match tag {
                    Tag::Caption => Out::Caption,
                    Tag::Thead => Out::Thead,
                    Tag::Tbody => Out::Tbody,
                    Tag::Tfoot => Out::Tfoot,
                    Tag::Tr => Out::Tr,
                    Tag::Td => Out::Td,
                    _ => Out::Th,
                })
            } else {
                Action::Unwrap(true)
            }
        }
        Tag::A => {
            if options.keep_links {
                emit(Out::A)
            } else {
                Action::Unwrap(inline_with_blocks)
            }
        }
        Tag::Em | Tag::I | Tag::Dfn => emit(Out::Em),
        Tag::Strong | Tag::B => emit(Out::Strong),
        Tag::Code | Tag::Tt => emit(Out::Code),
        Tag::Del | Tag::Strike => emit(Out::Del),
        Tag::S => emit(Out::S),
        Tag::Ins => emit(Out::Ins),
        Tag::U => emit(Out::U),
        Tag::Sub => emit(Out::Sub),
        Tag::Sup => emit(Out::Sup),
        Tag::Mark => emit(Out::Mark),
        Tag::Small => emit(Out::Small),
        Tag::Abbr => emit(Out::Abbr),
        Tag::Q => emit(Out::Q),
        Tag::Cite => emit(Out::Cite),
        Tag::Time => emit(Out::Time),
        Tag::Kbd => emit(Out::Kbd),
        Tag::Samp => emit(Out::Samp),
        Tag::Var => emit(Out::Var),
        Tag::Br => Action::Emit(Out::Br),
        Tag::Img => {
            if options.keep_images {
                Action::Emit(Out::Img)
            } else {
                Action::Skip
            }
        }
        Tag::Picture => Action::Unwrap(false),
        // An accordion heading's button is the heading's text (see
        // `prepare::is_heading_toggle`): its words stay, the control goes.
        Tag::Button if super::prepare::is_heading_toggle(dom, id) => Action::Unwrap(false),
        // Never content, whatever earlier stages decided: code, styling,
        // frames, plugins, drawing, form controls, document metadata, and
        // the elements browsers parse as raw text.
        _ if allowlist::DROPPED_WITH_CONTENT.contains(&dom.local_name(id)) => Action::Skip,
        other => Action::Unwrap(other.is_block() || block_like[id as usize]),
    }
}

/// Whether a table holds data (to keep as a table) rather than layout (to
/// unwrap): header cells or a caption with a data cell, or a grid of at
/// least 2 columns and rows without blocks or other tables in its cells.
pub(crate) fn is_data_table(dom: &Dom, id: NodeId, block_like: &[bool]) -> bool {
    if let Some(role) = dom.attr(id, local_name!("role")) {
        if role.trim().eq_ignore_ascii_case("presentation") {
            return false;
        }
    }
    let mut rows = 0;
    let mut max_cells = 0;
    let mut has_header = false;
    let mut has_data_cell = false;
    let mut i = id + 1;
    let end = dom.end(id);
    while i < end {
        match dom.tag(i) {
            Tag::Table => return false,
            Tag::Th | Tag::Caption | Tag::Thead => has_header = true,
            Tag::Tr => {
                rows += 1;
                let cells = dom
                    .children(i)
                    .filter(|&c| matches!(dom.tag(c), Tag::Td | Tag::Th))
                    .count();
                max_cells = max_cells.max(cells);
            }
            Tag::Td
                // Cells laid out with paragraphs and divs are page layout.
                if dom.children(i).any(|c| {
                    block_like[c as usize]
                        && !matches!(dom.tag(c), Tag::P | Tag::Ul | Tag::Ol | Tag::Br)
                }) => {
                    return false;
                }
            Tag::Td => has_data_cell = true,
            _ => {}
        }
        i += 1;
    }
    (has_header && rows >= 1 && has_data_cell) || (rows >= 2 && max_cells >= 2)
}

fn in_data_table(dom: &Dom, id: NodeId, block_like: &[bool], options: &Options) -> bool {
    if !options.keep_tables {
        return false;
    }
    let mut node = dom.parent(id);
    while node != crate::dom::NO_NODE {
        if dom.tag(node) == Tag::Table {
            return is_data_table(dom, node, block_like);
        }
        node = dom.parent(node);
    }
    false
}

/// Attributes kept on an emitted element, vetted.
fn element_attrs(
    dom: &Dom,
    id: NodeId,
    out: Out,
    base: Option<&BaseUrl>,
) -> Vec<(&'static str, String)> {
    let mut attrs = Vec::new();
    match out {
        Out::A => {
            if let Some(href) = dom.attr(id, local_name!("href")) {
                if let Some(url) = safe_url(&href, base, UrlUse::Link) {
                    attrs.push(("href", url));
                }
            }
        }
        Out::Td | Out::Th => {
            for name in ["colspan", "rowspan"] {
                if let Some(v) = dom.attr(id, name) {
                    if let Some(n) = small_number(&v) {
                        attrs.push((
                            if name == "colspan" {
                                "colspan"
                            } else {
                                "rowspan"
                            },
                            n,
                        ));
                    }
                }
            }
        }
        Out::Ol => {
            if let Some(v) = dom.attr(id, local_name!("start")) {
                if let Some(n) = small_number(&v) {
                    attrs.push(("start", n));
                }
            }
        }
        Out::Time => {
            if let Some(v) = dom.attr(id, local_name!("datetime")) {
                attrs.push((
                    "datetime",
                    v.chars().filter(|c| !c.is_control()).take(64).collect(),
                ));
            }
        }
        Out::Abbr => {
            if let Some(v) = dom.attr(id, local_name!("title")) {
                attrs.push((
                    "title",
                    v.chars().filter(|c| !c.is_control()).take(200).collect(),
                ));
            }
        }
        Out::Pre | Out::Code => {
            if let Some(lang) = code_language(dom, id) {
                attrs.push(("class", format!("language-{lang}")));
            }
        }
        _ => {}
    }
    attrs
}

/// A number of up to four digits (spans, list starts).
fn small_number(v: &str) -> Option<String> {
    let v = v.trim();
    (!v.is_empty() && v.len() <= 4 && v.bytes().all(|b| b.is_ascii_digit())).then(|| v.to_string())
}

/// The language of a code block from `class="language-rust"` or `lang-js`.
pub(crate) fn code_language(dom: &Dom, id: NodeId) -> Option<String> {
    let class = dom.attr(id, local_name!("class"))?;
    for item in class.split_ascii_whitespace() {
        let lang = item
            .strip_prefix("language-")
            .or_else(|| item.strip_prefix("lang-"))
            .or_else(|| item.strip_prefix("highlight-source-"));
        if let Some(lang) = lang {
            let clean: String = lang
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '#' | '-' | '_'))
                .take(32)
                .collect();
            if !clean.is_empty() {
                return Some(clean.to_ascii_lowercase());
            }
        }
    }
    None
}

/// Attributes that lazy-loading scripts read the real image address from.
const LAZY_SRC_ATTRS: &[&str] = &[
    "data-src",
    "data-original",
    "data-lazy-src",
    "data-lazy",
    "data-url",
    "data-hi-res-src",
    "data-full-src",
    "data-orig-file",
    "data-img-src",
];
const LAZY_SRCSET_ATTRS: &[&str] = &["data-srcset", "data-lazy-srcset", "data-original-set"];

/// The image's vetted attributes, with lazy-loaded sources recovered; `None`
/// when the image has no usable source or is a tracking pixel.
/// The real source of an image, as written in the page (not resolved):
/// a lazy-loading attribute wins over a placeholder `src`; a `srcset` is the
/// last resort. `None` when the image shows nothing but a placeholder.
pub(crate) fn image_source(dom: &Dom, id: NodeId) -> Option<String> {
    let src = dom
        .attr(id, local_name!("src"))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    let lazy = LAZY_SRC_ATTRS.iter().find_map(|a| {
        dom.attr(id, *a)
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    });
    match (src, lazy) {
        (Some(src), Some(lazy)) if is_placeholder(&src) || src != lazy => Some(lazy),
        (Some(src), _) if !is_placeholder(&src) => Some(src),
        (_, Some(lazy)) => Some(lazy),
        _ => image_srcset(dom, id)
            .as_deref()
            .and_then(|s| s.split(',').next())
            .map(|c| c.split_ascii_whitespace().next().unwrap_or("").to_string())
            .filter(|s| !s.is_empty()),
    }
}

fn image_srcset(dom: &Dom, id: NodeId) -> Option<String> {
    LAZY_SRCSET_ATTRS
        .iter()
        .find_map(|a| dom.attr(id, *a).map(|s| s.to_string()))
        .or_else(|| dom.attr(id, local_name!("srcset")).map(|s| s.to_string()))
}

fn image_attrs(
    dom: &Dom,
    id: NodeId,
    base: Option<&BaseUrl>,
) -> Option<Vec<(&'static str, String)>> {
    let srcset = image_srcset(dom, id).and_then(|s| vet_srcset(&s, base));
    let src = safe_url(&image_source(dom, id)?, base, UrlUse::Image)?;
    let tiny = |name: &str| {
        dom.attr(id, name)
            .is_some_and(|v| matches!(v.trim(), "0" | "1" | "1px" | "0px"))
    };
    if tiny("width") && tiny("height") {
        return None;
    }
    let mut attrs = vec![("src", src)];
    if let Some(srcset) = srcset {
        attrs.push(("srcset", srcset));
    }
    if let Some(alt) = dom.attr(id, local_name!("alt")) {
        attrs.push((
            "alt",
            alt.chars().filter(|c| !c.is_control()).take(500).collect(),
        ));
    }
    for name in ["width", "height"] {
        if let Some(v) = dom.attr(id, name) {
            if let Some(n) = small_number(&v) {
                attrs.push((if name == "width" { "width" } else { "height" }, n));
            }
        }
    }
    Some(attrs)
}

/// Placeholders that lazy-loading pages put in `src` until a script swaps
/// in the real image: inline data GIFs/SVGs, spacer and blank images.
fn is_placeholder(src: &str) -> bool {
    let lower = src.to_ascii_lowercase();
    lower.starts_with("data:")
        || [
            "placeholder",
            "blank.",
            "spacer",
            "lazy",
            "loading.",
            "1x1",
            "pixel.",
            "transparent.",
        ]
        .iter()
        .any(|p| lower.contains(p))
}

/// Resolves and vets every candidate of a `srcset`; `None` when none is usable.
fn vet_srcset(srcset: &str, base: Option<&BaseUrl>) -> Option<String> {
    let mut out = Vec::new();
    for candidate in srcset.split(", ").flat_map(|c| c.split(",\n")) {
        let mut parts = candidate.split_ascii_whitespace();
        let Some(url) = parts.next() else { continue };
        let descriptor = parts.next().unwrap_or("");
        // A width or a density: digits (and a point) then `w` or `x`. The
        // descriptor may end in any character of any script ("1ی"), so it is
        // cut by its suffix, never at a byte offset.
        let descriptor_ok = descriptor.is_empty()
            || (descriptor.len() <= 8
                && descriptor
                    .strip_suffix(['w', 'x'])
                    .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit() || b == b'.')));
        if !descriptor_ok {
            continue;
        }
        if let Some(url) = safe_url(url, base, UrlUse::Image) {
            if url.starts_with("data:") || url.contains(',') || url.contains(' ') {
                continue;
            }
            let candidate = if descriptor.is_empty() {
                url
            } else {
                format!("{url} {descriptor}")
            };
            if allowlist::value_permitted(allowlist::AttributeValue::SrcSet, &candidate) {
                out.push(candidate);
            }
        }
    }
    (!out.is_empty()).then(|| out.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::tests::parse;
    use crate::pipeline::blocks::block_like;

    pub(crate) fn events(html: &str, base: Option<&str>) -> Vec<Event> {
        let dom = parse(html);
        let marks = Marks::new(dom.len());
        let flags = block_like(&dom);
        let base = base.and_then(BaseUrl::parse);
        build(
            &dom,
            &marks,
            &flags,
            dom.body,
            base.as_ref(),
            &Options::default(),
        )
    }

    pub(crate) fn html_of(html: &str) -> String {
        html::write(&events(html, Some("https://example.com/a/b.html")))
    }

    /// Found by the fuzzer: a descriptor ending in a character of two
    /// bytes was cut at a byte offset inside it (a panic).
    #[test]
    fn srcset_descriptors_are_read_by_character() {
        let base = BaseUrl::parse("https://example.com/").unwrap();
        assert_eq!(vet_srcset("a.jpg 1ی", Some(&base)), None);
        assert_eq!(
            vet_srcset("a.jpg 1ی, b.jpg 2x", Some(&base)).as_deref(),
            Some("https://example.com/b.jpg 2x")
        );
        assert_eq!(
            vet_srcset("a.jpg 640w", Some(&base)).as_deref(),
            Some("https://example.com/a.jpg 640w")
        );
    }

    #[test]
    fn loose_text_becomes_paragraphs() {
        assert_eq!(
            html_of("<div>one<br><br>two<div>three</div></div>"),
            "<p>one</p><p>two</p><p>three</p>"
        );
    }

    #[test]
    fn blocks_unwrapped_in_a_list_item_break_its_lines() {
        // A shop card: label, name, price, savings in `<div>`s of an `<li>`.
        assert_eq!(
            html_of(
                "<ul><li><div>New arrival</div><div><span>$66.73</span><div>Save 25%</div></div>\
                 <div></div></li><li>one<br><div>two</div></li></ul>"
            ),
            "<ul><li>New arrival<br>$66.73<br>Save 25%</li><li>one<br>two</li></ul>"
        );
        // An inline element wrapping a spacer `<div>` is not a line of its
        // own: the words around it stay whole, as a browser shows them.
        assert_eq!(
            html_of(
                "<ul><li><b><div class=spacer></div>Game D</b><b>ay Parties<div></div></b></li></ul>"
            ),
            "<ul><li>Game Day Parties</li></ul>"
        );
        // A rule breaks the line itself: no break is added after it.
        assert_eq!(
            html_of("<ul><li>a<div>b</div><hr>c</li></ul>"),
            "<ul><li>a<br>b<hr>c</li></ul>"
        );
    }

    #[test]
    fn containers_are_unwrapped_and_empty_elements_dropped() {
        assert_eq!(
            html_of("<section><div><p>text</p><p> </p><span><em></em></span></div></section>"),
            "<p>text</p>"
        );
        // Spacer paragraphs of page builders: a zero-width joiner, a
        // zero-width space. A joiner inside an emoji stays.
        assert_eq!(
            html_of(
                "<div><p>text</p><p>\u{200D}</p><p>&#8203; </p><p>👩\u{200D}💻 coder</p></div>"
            ),
            "<p>text</p><p>👩\u{200D}💻 coder</p>"
        );
    }

    #[test]
    fn unsafe_elements_and_attributes_never_pass() {
        let out = html_of(
            "<p onclick=x() style='color:red'>a<script>alert(1)</script><iframe src=x></iframe>\
             <a href='javascript:alert(1)'>b</a><img src=x onerror=alert(1)><svg><script>y</script></svg></p>",
        );
        assert_eq!(out, "<p>ab<img src=\"https://example.com/a/x\"></p>");
    }

    #[test]
    fn lazy_images_get_their_real_source() {
        let out = html_of(
            "<p><img src='data:image/gif;base64,R0lGOD' data-src='/img/real.jpg' alt='A cat'></p>",
        );
        assert_eq!(
            out,
            "<p><img src=\"https://example.com/img/real.jpg\" alt=\"A cat\"></p>"
        );
        let out = html_of("<p><img data-srcset='a.jpg 1x, b.jpg 2x'></p>");
        assert!(out.contains("src=\"https://example.com/a/a.jpg\""), "{out}");
        assert!(
            out.contains(
                "srcset=\"https://example.com/a/a.jpg 1x, https://example.com/a/b.jpg 2x\""
            ),
            "{out}"
        );
    }

    #[test]
    fn data_tables_stay_and_layout_tables_unwrap() {
        let data = html_of(
            "<table><tr><th>City</th><th>Pop.</th></tr><tr><td>Oslo</td><td>700k</td></tr></table>",
        );
        assert!(
            data.starts_with("<table><tbody><tr><th>City</th>"),
            "{data}"
        );
        let layout =
            html_of("<table><tr><td><div>Menu</div></td><td><p>Story text</p></td></tr></table>");
        assert_eq!(layout, "<p>Menu</p><p>Story text</p>");
        // Header cells with no data beside them: a forum post's user card
        // (Discuz! lays out "186 threads, 1168 posts" as one row of <th>).
        let card =
            html_of("<table><tr><th><p>186</p>Threads</th><th><p>1168</p>Posts</th></tr></table>");
        assert!(!card.contains("<table"), "{card}");
    }

    #[test]
    fn headings_are_demoted_below_the_title() {
        assert_eq!(html_of("<h1>A</h1><h3>B</h3>"), "<h2>A</h2><h3>B</h3>");
    }

    #[test]
    fn deep_nesting_is_flattened_in_the_output() {
        let html = "<blockquote>".repeat(200) + "deep";
        let out = html_of(&html);
        assert!(out.matches("<blockquote>").count() <= MAX_OUTPUT_DEPTH);
        assert!(out.contains("deep"));
    }
}
