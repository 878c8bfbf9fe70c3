//! Stage 4: select the main content block.
//!
//! The container with the highest score (good text minus bad text, see
//! [`super::score`]) is the article. Because a container's score already
//! sums its children, the siblings that belong with the article (a body
//! split into several `<div>`s around an ad slot) are taken in by their
//! common parent as soon as what they add outweighs what lies between them.
//! When the best container is weak, the selection widens.

use super::blocks::{Block, Class};
use super::prepare::Marks;
use crate::dom::{Dom, NodeId};
use crate::{Options, Strategy};

/// The chosen content root.
pub(crate) struct Selection {
    pub root: NodeId,
    pub strategy: Strategy,
    /// Weighted length of the good text in the root.
    pub good_len: u32,
}

/// Picks the highest-scoring container; ties go to the innermost one.
pub(crate) fn select(
    dom: &Dom,
    marks: &Marks,
    blocks: &[Block],
    scores: &[i64],
    options: &Options,
) -> Selection {
    let body = dom.body;
    let mut best = body;
    let mut best_score = scores[body as usize];
    let mut id = body;
    let end = dom.end(body);
    while id < end {
        if marks.is_dropped(id) {
            id = dom.end(id);
            continue;
        }
        if dom.tag(id).is_element() {
            let score = scores[id as usize];
            if score > best_score || (score == best_score && dom.contains(best, id)) {
                best = id;
                best_score = score;
            }
        }
        id += 1;
    }
    // Climb while the parent adds next to nothing against: the article's
    // header (headline, byline, lead photo) sits beside its body text.
    while best != body {
        let parent = dom.parent(best);
        let parent_score = scores[parent as usize];
        let tolerance = (best_score / 50).max(20);
        if parent == body || parent_score < best_score - tolerance {
            break;
        }
        best = parent;
        best_score = parent_score.max(best_score);
    }
    let good_in = |root: NodeId| -> u32 {
        blocks
            .iter()
            .filter(|b| b.class == Class::Good && dom.contains(root, b.owner))
            .map(|b| b.len())
            .sum()
    };
    let good_len = good_in(best);
    if blocks.is_empty() {
        return Selection {
            root: body,
            strategy: Strategy::Empty,
            good_len: 0,
        };
    }
    if best_score <= 0 || good_len == 0 {
        return Selection {
            root: body,
            strategy: Strategy::WholePage,
            good_len: good_in(body),
        };
    }
    if good_len < options.min_article_length as u32 {
        let page_good = good_in(body);
        if page_good >= 2 * good_len.max(1) {
            // The best block is a fragment of something larger: take the
            // nearest ancestor that holds most of the page's good text.
            let mut widened = best;
            while widened != body && good_in(widened) * 3 < page_good * 2 {
                widened = dom.parent(widened);
            }
            return Selection {
                root: widened,
                strategy: Strategy::Widened,
                good_len: good_in(widened),
            };
        }
    }
    Selection {
        root: best,
        strategy: Strategy::MainBlock,
        good_len,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::tests::parse;
    use crate::lexicon::stopwords;
    use crate::pipeline::{blocks, prepare, score};

    fn selected(html: &str) -> (Dom, Selection) {
        let dom = parse(html);
        let lengths = prepare::subtree_text_lengths(&dom);
        let marks = prepare::prepare(&dom, &lengths, &Options::default());
        let flags = blocks::block_like(&dom);
        let mut blocks = blocks::build(&dom, &marks, dom.body, &flags);
        blocks::count_stopwords(&mut blocks, stopwords::for_lang("en").unwrap());
        score::classify_all(&mut blocks, true);
        let scores = score::container_scores(&dom, &blocks);
        let selection = select(&dom, &marks, &blocks, &scores, &Options::default());
        (dom, selection)
    }

    const P: &str = "<p>The council voted on Tuesday to close the old bridge for repairs, and the work is expected to take most of the summer, which means that drivers will have to use the ring road until September at the earliest.</p>";

    #[test]
    fn the_article_container_beats_the_body() {
        let html = format!(
            "<body><div class=top><a href=/1>One</a> <a href=/2>Two</a> <a href=/3>Three</a></div>\
             <div id=story>{P}{P}</div><div><a href=/4>More stories from the city desk</a></div></body>"
        );
        let (dom, sel) = selected(&html);
        assert_eq!(dom.attr(sel.root, "id").as_deref(), Some("story"));
        assert_eq!(sel.strategy, Strategy::MainBlock);
    }

    #[test]
    fn a_body_split_around_an_ad_is_taken_whole() {
        let html = format!(
            "<body><div id=wrap><div class=part>{P}{P}</div><div>Sponsored</div><div class=part>{P}{P}</div></div>\
             <div><a href=/4>Home</a> <a href=/5>World</a></div></body>"
        );
        let (dom, sel) = selected(&html);
        assert_eq!(dom.attr(sel.root, "id").as_deref(), Some("wrap"));
    }

    #[test]
    fn a_page_without_prose_falls_back_to_the_whole_page() {
        let (dom, sel) = selected("<body><div><a href=/1>One</a> <a href=/2>Two</a></div></body>");
        assert_eq!(sel.root, dom.body);
        assert_eq!(sel.strategy, Strategy::WholePage);
    }
}
