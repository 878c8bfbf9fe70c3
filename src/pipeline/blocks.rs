//! Stage 3a: cut the page into text blocks and measure each.
//!
//! A block is what a reader sees as one paragraph: a run of text and inline
//! elements between two block-level boundaries (a `<p>`, a `<li>`, the text
//! of a `<div>` before its first child `<div>`...). Two `<br>` in a row also
//! end a block, as pages written with `<br><br>` between paragraphs mean.
//! Every text node of the page belongs to exactly one block, so the features
//! of all blocks are gathered in one pass over the page.

use crate::dom::{push_collapsed, Dom, NodeId, Tag, NO_NODE};
use crate::lexicon::stopwords::{Stopwords, Unit};
use crate::pipeline::prepare::Marks;
use crate::text::TextCounts;
use html5ever::local_name;

/// What kind of element a block's text sits in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BlockKind {
    Paragraph,
    Heading(u8),
    ListItem,
    TableCell,
    Preformatted,
    Quote,
    Caption,
    /// Text directly in a `div`, `section`, `span`...
    Other,
}

/// How a block was judged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Prose: long, few links, many function words.
    Good,
    /// Probably prose, decided by its neighbours.
    NearGood,
    /// Too short to judge alone (headings, short lines, list items).
    Short,
    /// Boilerplate, and why.
    Bad(crate::Reason),
}

/// One block of text and its measurements.
pub(crate) struct Block {
    /// The nearest element that holds the block (the `<p>`, `<li>`, `<div>`).
    pub owner: NodeId,
    /// The block is the nodes `first..end`, all children of `owner` (with
    /// their subtrees).
    pub first: NodeId,
    pub end: NodeId,
    /// The text, whitespace collapsed.
    pub text: String,
    pub counts: TextCounts,
    /// Weighted length of the text inside links.
    pub link_len: u32,
    /// Links (`<a href>`) in the block.
    pub links: u32,
    /// Function words among the words (for unspaced scripts: 0).
    pub stopwords: u32,
    pub kind: BlockKind,
    pub class: Class,
}

impl Block {
    /// Share of the text that is link text.
    pub fn link_density(&self) -> f32 {
        if self.counts.weighted_len == 0 {
            return 0.0;
        }
        self.link_len as f32 / self.counts.weighted_len as f32
    }

    /// Share of the words that are function words.
    pub fn stopword_density(&self) -> f32 {
        if self.counts.words == 0 {
            return 0.0;
        }
        self.stopwords as f32 / self.counts.words as f32
    }

    pub fn len(&self) -> u32 {
        self.counts.weighted_len
    }
}

/// Whether a node breaks the flow of text into blocks: block-level
/// elements, and inline elements that contain block-level ones (an `<a>`
/// wrapping a teaser card's `<div>`s).
pub(crate) fn block_like(dom: &Dom) -> Vec<bool> {
    let mut flags = vec![false; dom.len()];
    for id in (0..dom.len() as NodeId).rev() {
        let tag = dom.tag(id);
        if tag.is_block() || (tag == Tag::Other && is_custom_block(dom, id)) {
            flags[id as usize] = true;
        }
        let parent = dom.parent(id);
        if flags[id as usize] && parent != NO_NODE {
            flags[parent as usize] = true;
        }
    }
    flags
}

/// Custom elements (web components, AMP) are rendered as blocks by the
/// pages that use them more often than not; treat the ones that hold text
/// directly like a `<div>`. One set in a line of text is inline, as the
/// browser's default for an unknown element has it: a formula
/// (`<mjx-container>` of MathJax) or a `<relative-time>` inside a
/// sentence, which would otherwise cut the sentence into pieces too short
/// to keep.
fn is_custom_block(dom: &Dom, id: NodeId) -> bool {
    /// Inline ancestors looked through: MathJax nests its parts three
    /// deep (`mjx-container > mjx-assistive-mml > math`).
    const MAX_INLINE_ANCESTORS: usize = 4;
    if !dom.has_hyphenated_name(id) {
        return false;
    }
    // The element, or the inline element it is part of, sits in a line.
    let mut node = id;
    for _ in 0..=MAX_INLINE_ANCESTORS {
        if is_in_a_line_of_text(dom, node) {
            return false;
        }
        let parent = dom.parent(node);
        let tag = if parent == NO_NODE {
            Tag::Document
        } else {
            dom.tag(parent)
        };
        if !tag.is_element()
            || tag.is_block()
            || tag == Tag::Other && !dom.has_hyphenated_name(parent)
        {
            break;
        }
        node = parent;
    }
    true
}

/// Whether the element sits in a paragraph or heading, or has text right
/// beside it in its parent.
fn is_in_a_line_of_text(dom: &Dom, id: NodeId) -> bool {
    let parent = dom.parent(id);
    if parent == NO_NODE {
        return false;
    }
    if dom.tag(parent) == Tag::P || dom.tag(parent).heading_level().is_some() {
        return true;
    }
    let is_text_beside = |node: NodeId| {
        node < dom.len() as NodeId
            && dom.parent(node) == parent
            && dom.tag(node) == Tag::Text
            && !dom.is_blank_text(node)
    };
    // The node before in document order is the previous sibling itself
    // when that sibling is a text; the node after the element's subtree is
    // its next sibling.
    is_text_beside(id - 1) || is_text_beside(dom.end(id))
}

/// Cuts the part of the page under `root` that is not marked into blocks.
pub(crate) fn build(dom: &Dom, marks: &Marks, root: NodeId, block_like: &[bool]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut id = root;
    let end = dom.end(root);
    while id < end {
        if marks.is_dropped(id) {
            id = dom.end(id);
            continue;
        }
        if !block_like[id as usize] {
            // Inline content is measured as part of its parent's runs.
            id = dom.end(id);
            continue;
        }
        collect_runs(dom, marks, id, block_like, &mut blocks);
        id += 1;
    }
    // Runs are found container by container; put them in document order.
    blocks.sort_unstable_by_key(|b| b.first);
    blocks
}

/// Splits the children of a block-like element into runs of inline content
/// and makes a block of each run that has text.
fn collect_runs(
    dom: &Dom,
    marks: &Marks,
    owner: NodeId,
    block_like: &[bool],
    out: &mut Vec<Block>,
) {
    let mut run_start: Option<NodeId> = None;
    let mut run_end: NodeId = 0;
    let mut last_was_br = false;
    let flush = |start: &mut Option<NodeId>, end: NodeId, out: &mut Vec<Block>| {
        if let Some(first) = start.take() {
            if let Some(block) = measure_run(dom, marks, owner, first, end) {
                out.push(block);
            }
        }
    };
    for child in dom.children(owner) {
        if block_like[child as usize] {
            flush(&mut run_start, run_end, out);
            last_was_br = false;
            continue;
        }
        match dom.tag(child) {
            Tag::Br => {
                if last_was_br {
                    // <br><br>: a paragraph break.
                    flush(&mut run_start, run_end, out);
                    last_was_br = false;
                    continue;
                }
                last_was_br = true;
            }
            Tag::Text => {
                let blank = dom.is_blank_text(child);
                if blank && run_start.is_none() {
                    continue;
                }
                if !blank {
                    last_was_br = false;
                }
            }
            Tag::Comment => continue,
            _ => last_was_br = false,
        }
        if run_start.is_none() {
            run_start = Some(child);
        }
        run_end = dom.end(child);
    }
    flush(&mut run_start, run_end, out);
}

/// Measures the run `first..end` under `owner`; `None` when it has no text.
fn measure_run(
    dom: &Dom,
    marks: &Marks,
    owner: NodeId,
    first: NodeId,
    end: NodeId,
) -> Option<Block> {
    let mut text = String::new();
    let mut counts = TextCounts::default();
    let mut link_len = 0;
    let mut links = 0;
    let mut link_end: NodeId = 0;
    let heading = dom.tag(owner).heading_level().is_some();
    let mut id = first;
    while id < end {
        if marks.is_dropped(id) {
            id = dom.end(id);
            continue;
        }
        match dom.tag(id) {
            Tag::Text => {
                if let Some(t) = dom.text(id) {
                    let before = counts.weighted_len;
                    counts.add(&t);
                    if id < link_end {
                        link_len += counts.weighted_len - before;
                    }
                    push_collapsed(&mut text, &t);
                }
            }
            // Its own permalink, not a way off the section.
            Tag::A if heading && is_in_page_link(dom, id) => {}
            Tag::A if dom.has_attr(id, local_name!("href")) => {
                links += 1;
                link_end = link_end.max(dom.end(id));
            }
            Tag::Br => push_collapsed(&mut text, " "),
            _ => {}
        }
        id += 1;
    }
    let trimmed = text.trim_end().len();
    text.truncate(trimmed);
    if text.is_empty() {
        return None;
    }
    if enclosing_link(dom, owner).is_some() {
        // The whole block sits inside a link (a teaser card's headline).
        link_len = counts.weighted_len;
        links = links.max(1);
    }
    Some(Block {
        owner,
        first,
        end,
        text,
        counts,
        link_len,
        links,
        stopwords: 0,
        kind: kind_of(dom, owner),
        class: Class::Short,
    })
}

/// A link to a place on the same page (`href="#making-a-request"`). In a
/// heading it is the heading's permalink, which documentation and blog
/// engines wrap around every section title (`<h2 id=x><a href=#x>Title
/// </a></h2>`, Sphinx's `¶`): the heading is no more a link than it was
/// without it. Elsewhere such links still count (a table of contents is
/// links to the page's own sections, and navigation).
pub(crate) fn is_in_page_link(dom: &Dom, id: NodeId) -> bool {
    dom.attr(id, local_name!("href"))
        .is_some_and(|h| h.trim_start().starts_with('#'))
}

/// The link (`<a href>` wrapping blocks) an element is inside, if any.
pub(crate) fn enclosing_link(dom: &Dom, owner: NodeId) -> Option<NodeId> {
    let mut node = owner;
    for _ in 0..12 {
        if node == NO_NODE {
            return None;
        }
        if dom.tag(node) == Tag::A && dom.has_attr(node, local_name!("href")) {
            return Some(node);
        }
        if matches!(dom.tag(node), Tag::Body | Tag::Article | Tag::Main) {
            return None;
        }
        node = dom.parent(node);
    }
    None
}

/// The kind of a block, from its owner and the owner's near ancestors.
fn kind_of(dom: &Dom, owner: NodeId) -> BlockKind {
    let mut node = owner;
    for _ in 0..4 {
        if node == NO_NODE {
            break;
        }
        match dom.tag(node) {
            Tag::Figcaption | Tag::Caption => return BlockKind::Caption,
            Tag::Pre => return BlockKind::Preformatted,
            _ => {}
        }
        node = dom.parent(node);
    }
    match dom.tag(owner) {
        Tag::P => BlockKind::Paragraph,
        Tag::Li | Tag::Dt | Tag::Dd => BlockKind::ListItem,
        Tag::Td | Tag::Th => BlockKind::TableCell,
        Tag::Blockquote => BlockKind::Quote,
        tag => match tag.heading_level() {
            Some(level) => BlockKind::Heading(level),
            None => BlockKind::Other,
        },
    }
}

/// Counts function words in every block. For unspaced scripts (Chinese,
/// Japanese, Thai) word lists do not apply; those blocks keep 0 and are
/// judged by their punctuation instead.
pub(crate) fn count_stopwords(blocks: &mut [Block], stopwords: &Stopwords) {
    let mut word = String::new();
    for block in blocks.iter_mut() {
        if block.counts.is_mostly_dense() || block.counts.weighted_len < 20 {
            continue;
        }
        if stopwords.unit() == Unit::Substring {
            // Thai: no spaces between words; the list is matched inside runs.
            let density = stopwords.density(&block.text);
            block.stopwords = (density * block.counts.words as f32).round() as u32;
            continue;
        }
        // One pass over the characters, lowercasing into `word` as it goes:
        // the same tokens as splitting at every character that is neither
        // alphanumeric nor an apostrophe, with ASCII (most of the text of
        // most pages) classified and lowercased without Unicode tables.
        let mut hits = 0;
        word.clear();
        for c in block.text.chars().chain(std::iter::once(' ')) {
            let in_word = if c.is_ascii() {
                c.is_ascii_alphanumeric() || c == '\''
            } else {
                crate::text::is_alphanumeric(c) || c == '’'
            };
            if in_word {
                if c.is_ascii() {
                    word.push(c.to_ascii_lowercase());
                } else if let Some(lower) = crate::text::to_lowercase_common(c) {
                    word.push(lower);
                } else {
                    word.extend(c.to_lowercase());
                }
            } else if !word.is_empty() {
                if stopwords.contains(&word) {
                    hits += 1;
                }
                word.clear();
            }
        }
        block.stopwords = hits;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::tests::parse;

    fn blocks_of(html: &str) -> Vec<Block> {
        let dom = parse(html);
        let marks = Marks::new(dom.len());
        let flags = block_like(&dom);
        build(&dom, &marks, dom.body, &flags)
    }

    #[test]
    fn paragraphs_and_loose_text_become_blocks() {
        let blocks = blocks_of(
            "<div>Intro <b>bold</b><p>First.</p>tail<ul><li>one</li><li>two</li></ul></div>",
        );
        let texts: Vec<_> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Intro bold", "First.", "tail", "one", "two"]);
        assert_eq!(blocks[1].kind, BlockKind::Paragraph);
        assert_eq!(blocks[3].kind, BlockKind::ListItem);
    }

    /// Custom elements holding their own text are boxes (a shop's
    /// `<product-card>`s), but one inside a sentence is part of it: a
    /// MathJax formula, a `<relative-time>`.
    #[test]
    fn a_custom_element_in_a_sentence_is_inline() {
        let blocks = blocks_of(
            "<p>When <mjx-container><mjx-math aria-hidden=true></mjx-math>\
             <mjx-assistive-mml><math><mi>a</mi></math></mjx-assistive-mml></mjx-container>, two roots.</p>\
             <div>Posted <relative-time>today</relative-time> by Ann</div>\
             <div><product-card>Lamp</product-card><product-card>Chair</product-card></div>",
        );
        let texts: Vec<_> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            ["When a, two roots.", "Posted today by Ann", "Lamp", "Chair"]
        );
    }

    #[test]
    fn double_br_splits_paragraphs() {
        let blocks = blocks_of("<div>one<br>still one<br><br>two</div>");
        let texts: Vec<_> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["one still one", "two"]);
    }

    #[test]
    fn link_wrapping_blocks_does_not_merge_them() {
        let blocks = blocks_of("<div><a href=/x><div>Headline</div><p>Summary</p></a></div>");
        let texts: Vec<_> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Headline", "Summary"]);
        assert!(blocks.iter().all(|b| b.link_density() > 0.99));
    }

    #[test]
    fn link_text_is_measured() {
        let blocks = blocks_of("<p>Read <a href=/x>this story</a> now</p>");
        assert_eq!(blocks[0].links, 1);
        assert_eq!(blocks[0].link_len, 10);
        assert_eq!(blocks[0].text, "Read this story now");
    }

    #[test]
    fn a_headings_own_permalink_is_not_a_link() {
        let blocks = blocks_of(
            "<h2 id=setup><a href='#setup'>Setting up</a></h2>\
             <h2><a href=/guide#setup>Read the guide</a></h2>\
             <ul><li><a href='#setup'>Setting up</a></li></ul>",
        );
        assert_eq!((blocks[0].links, blocks[0].link_len), (0, 0));
        assert_eq!(blocks[1].links, 1);
        assert_eq!(blocks[2].links, 1);
        assert!(blocks[2].link_density() > 0.99);
    }

    #[test]
    fn captions_and_code_are_recognised() {
        let blocks = blocks_of("<figure><img src=a.jpg><figcaption><p>A cat.</p></figcaption></figure><pre><code>x = 1</code></pre>");
        assert_eq!(blocks[0].kind, BlockKind::Caption);
        assert_eq!(blocks[1].kind, BlockKind::Preformatted);
    }
}
