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
use crate::dom::{Dom, NodeId, Tag};
use crate::{Options, Strategy};
use html5ever::local_name;

/// The chosen content root.
pub(crate) struct Selection {
    pub root: NodeId,
    pub strategy: Strategy,
    /// Weighted length of the good text in the root.
    pub good_len: u32,
    /// The root is the article's container but holds a region of items
    /// (see [`is_region_of_items`]): it is cleaned as a region.
    pub items: bool,
}

impl Selection {
    /// Whether the root is cleaned as a region (its short lines, headings
    /// and item links kept) rather than as an article: a main region, the
    /// whole page, or an article container that is a region of items.
    pub fn is_region(&self) -> bool {
        self.items || matches!(self.strategy, Strategy::MainRegion | Strategy::WholePage)
    }
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
        if dom.tag(id).is_element() && !is_paragraph_level(dom.tag(id)) {
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
    // A page whose body is one large table or list under a short
    // introduction (an encyclopedia's "List of ..." page, a results page,
    // a comparison): the table outweighs everything, and its parent, where
    // the introduction sits, also holds the references and navigation
    // boxes, which cost it the climb. The introduction is the article's
    // opening: good prose before the table, a child of the same parent,
    // takes the selection up to that parent (its boilerplate is cleaned
    // out as in any article).
    if let Some(parent) = parent_with_introduction(dom, blocks, best) {
        best = parent;
        best_score = scores[parent as usize].max(best_score);
    }
    let good_in = |root: NodeId| -> u32 {
        blocks
            .iter()
            .filter(|b| b.class == Class::Good && dom.contains(root, b.owner))
            .map(|b| b.len())
            .sum()
    };
    if let Some(declared) = declared_article_body(dom, marks, best, scores, &good_in) {
        best = declared;
        best_score = scores[declared as usize];
    }
    let good_len = good_in(best);
    if blocks.is_empty() {
        return Selection {
            root: body,
            strategy: Strategy::Empty,
            good_len: 0,
            items: false,
        };
    }
    if best_score <= 0 || good_len == 0 {
        return Selection {
            root: body,
            strategy: Strategy::WholePage,
            good_len: good_in(body),
            items: false,
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
                items: false,
            };
        }
    }
    Selection {
        root: best,
        strategy: Strategy::MainBlock,
        good_len,
        items: false,
    }
}

/// The parent of `best` when `best` is a table or a list and a good
/// paragraph of that parent comes before it (see [`select`]); not the body.
fn parent_with_introduction(dom: &Dom, blocks: &[Block], best: NodeId) -> Option<NodeId> {
    if !matches!(dom.tag(best), Tag::Table | Tag::Ul | Tag::Ol | Tag::Dl) || best == dom.body {
        return None;
    }
    let parent = dom.parent(best);
    let introduced = blocks
        .iter()
        .take_while(|b| b.owner < best)
        .any(|b| b.class == Class::Good && dom.parent(b.owner) == parent);
    (parent != dom.body && introduced).then_some(parent)
}

/// The element the page declares as its article's body
/// (`itemprop="articleBody"`), when the best-scoring container lies outside
/// it and it holds at least half as much good text. A breaking-news item of
/// two sentences loses on score to the customer-service notice at the foot
/// of the page, but the page says which one is the story. Only a single
/// declaration is trusted (listing pages repeat it for every teaser).
fn declared_article_body(
    dom: &Dom,
    marks: &Marks,
    best: NodeId,
    scores: &[i64],
    good_in: &impl Fn(NodeId) -> u32,
) -> Option<NodeId> {
    let mut found = None;
    for id in dom.body..dom.end(dom.body) {
        if is_article_body(dom, id) {
            if found.is_some() {
                return None;
            }
            found = Some(id);
        }
    }
    let declared = found?;
    if dom.contains(declared, best) || dom.contains(best, declared) || marks.is_dropped(declared) {
        return None;
    }
    (scores[declared as usize] > 0 && good_in(declared) * 2 >= good_in(best)).then_some(declared)
}

/// `itemprop="articleBody"`: schema.org's mark of the article's text.
fn is_article_body(dom: &Dom, id: NodeId) -> bool {
    dom.tag(id).is_element()
        && dom
            .attr(id, local_name!("itemprop"))
            .is_some_and(|p| p.split_ascii_whitespace().any(|t| t == "articleBody"))
}

/// Elements that hold one paragraph's text: an article is never one of
/// them alone (a single paragraph that outscores its container means the
/// container holds something bad besides its other paragraphs; the cleaning
/// stage deals with that).
fn is_paragraph_level(tag: crate::dom::Tag) -> bool {
    use crate::dom::Tag;
    matches!(
        tag,
        Tag::P
            | Tag::H1
            | Tag::H2
            | Tag::H3
            | Tag::H4
            | Tag::H5
            | Tag::H6
            | Tag::Li
            | Tag::Dt
            | Tag::Dd
            | Tag::Td
            | Tag::Th
            | Tag::Pre
            | Tag::Figcaption
            | Tag::Caption
    ) || !tag.is_block() && tag != crate::dom::Tag::Other
}

/// Prose below which the best container is not an article: two short
/// paragraphs' worth, in a row (see [`longest_prose_run`]).
pub(crate) const MIN_ARTICLE_PROSE: u32 = 400;

/// The longest run of prose in a container: consecutive good and near-good
/// blocks, with short plain lines (subheadings, datelines, labels) between
/// them allowed, and links or anything judged boilerplate ending the run. An article is a run of
/// paragraphs; a listing alternates item links and one-line summaries; a
/// product page has islands of prose between specifications.
fn longest_prose_run(dom: &Dom, blocks: &[Block], root: NodeId) -> u32 {
    let mut best = 0;
    let mut run = 0;
    for block in blocks.iter().filter(|b| dom.contains(root, b.owner)) {
        match block.class {
            Class::Good | Class::NearGood => {
                run += block.len();
                best = best.max(run);
            }
            Class::Short if block.link_density() <= 0.5 => {}
            Class::Bad(_) if block.len() < 30 && block.link_density() <= 0.5 => {}
            _ => run = 0,
        }
    }
    best
}

/// Pages that are not articles (products, listings, collections, service
/// and home pages) have their content spread over a region made of short
/// lines, headings, item teasers and prices, with prose in islands. The
/// article selection finds one island; the reader wants the region.
///
/// The region is the page's `<main>` (or `role="main"`) when it holds at
/// least 40% of the kept text, else the container that maximises kept text
/// less navigation-like links. It replaces the article when the article is
/// weak: less than [`MIN_ARTICLE_PROSE`] of good prose, or, with a `<main>`,
/// less than a third of the good prose of that region; or when the page is
/// a listing of stories (see [`is_listing_of_stories`]). When the article's
/// own container is a region of items (see [`is_region_of_items`]), it is
/// kept, and marked to be cleaned as a region.
pub(crate) fn main_region(
    dom: &Dom,
    marks: &Marks,
    blocks: &[Block],
    article: &Selection,
    teaser_weight: u32,
) -> Option<Selection> {
    // The page's own declaration of its article body settles it (see
    // [`declared_article_body`]).
    if is_article_body(dom, article.root) {
        return None;
    }
    let total: u32 = blocks.iter().map(|b| b.len()).sum();
    if total == 0 {
        return None;
    }
    let text_in = |root: NodeId| text_in(dom, blocks, root);
    let good_in = |root: NodeId| -> u32 {
        blocks
            .iter()
            .filter(|b| b.class == Class::Good && dom.contains(root, b.owner))
            .map(|b| b.len())
            .sum()
    };
    let main = (dom.body..dom.end(dom.body)).find(|&id| {
        (dom.tag(id) == crate::dom::Tag::Main
            || dom
                .attr(id, local_name!("role"))
                .is_some_and(|r| r.trim().eq_ignore_ascii_case("main")))
            && !marks.is_dropped(id)
    });
    // A `<main>` holding less than two fifths of the text is trusted only
    // when no block of the page is prose: then nothing better says where
    // the content is, and the rest is the site's menus and footer (a shop
    // whose header and footer carry no telling names).
    let main = main.filter(|&m| {
        text_in(m) * 5 >= total * 2
            || (article.strategy == Strategy::WholePage && text_in(m) * 10 >= total)
    });
    let region = match main {
        Some(m) => m,
        None => {
            let mut scores = vec![0i64; dom.len()];
            for b in blocks {
                scores[b.owner as usize] += region_weight(b);
            }
            for id in (1..dom.len() as NodeId).rev() {
                let parent = dom.parent(id);
                scores[parent as usize] += scores[id as usize];
            }
            let mut best = dom.body;
            let mut id = dom.body;
            while id < dom.end(dom.body) {
                if marks.is_dropped(id) {
                    id = dom.end(id);
                    continue;
                }
                let s = scores[id as usize];
                if dom.tag(id).is_element()
                    && (s > scores[best as usize]
                        || (s == scores[best as usize] && dom.contains(best, id)))
                {
                    best = id;
                }
                id += 1;
            }
            if article.strategy == Strategy::WholePage {
                best = narrowest_holding_most(dom, marks, &scores, best);
            }
            best
        }
    };
    let region_good = good_in(region);
    let article_run = longest_prose_run(dom, blocks, article.root);
    // The article is weak when: its prose is too short to be a story; or
    // short, and the region holds a quarter more good prose (product and
    // documentation pages keep their prose in islands, while a short news
    // story's region adds only links and teasers); or the page's `<main>`
    // holds three times its prose; or it is one section of a sectioned page
    // (or the introduction to a long list).
    let weak = is_listing_of_stories(dom, blocks, article, teaser_weight)
        || article_run < MIN_ARTICLE_PROSE
        || (article_run < 2 * MIN_ARTICLE_PROSE && region_good * 4 > article.good_len * 5)
        || (main.is_some() && article.good_len * 3 < region_good)
        || (article_run < MAX_SECTION_PROSE
            && is_one_section_of_many(dom, blocks, article.root, article_run, region));
    if weak
        && region != article.root
        && (dom.contains(region, article.root) || article.good_len == 0)
    {
        let region = match main {
            Some(m) if region == m => feed_beside_main(dom, marks, blocks, m).unwrap_or(m),
            _ => region,
        };
        return Some(Selection {
            root: region,
            strategy: Strategy::MainRegion,
            good_len: region_good,
            items: false,
        });
    }
    if is_region_of_items(dom, blocks, article) {
        return Some(Selection {
            root: article.root,
            strategy: article.strategy,
            good_len: article.good_len,
            items: true,
        });
    }
    None
}

/// Share of a region's score a container inside it must hold to stand for
/// it (see [`narrowest_holding_most`]).
const REGION_CORE_SHARE: i64 = 4; // in fifths (nine tenths and three quarters measured worse)

/// On a page where no block is prose (a portal's channel list: every
/// summary a short line, every headline a link), the region's score adds
/// up whatever is not a menu, so the best container is the whole page:
/// the top bar's links, the hot-ranking column and the floating tools
/// count as items too. The list is the deepest container that holds four
/// fifths of that score by itself.
fn narrowest_holding_most(dom: &Dom, marks: &Marks, scores: &[i64], best: NodeId) -> NodeId {
    let target = scores[best as usize] * REGION_CORE_SHARE / 5;
    let mut region = best;
    loop {
        let next = dom.children(region).find(|&c| {
            dom.tag(c).is_element() && !marks.is_dropped(c) && scores[c as usize] >= target
        });
        match next {
            Some(c) => region = c,
            None => return region,
        }
    }
}

/// The length of the text of the blocks under `root`.
fn text_in(dom: &Dom, blocks: &[Block], root: NodeId) -> u32 {
    blocks
        .iter()
        .filter(|b| dom.contains(root, b.owner))
        .map(|b| b.len())
        .sum()
}

/// Cards (`<article>` elements) a listing needs to count as one.
const MIN_FEED_CARDS: usize = 3;

/// A section front (a news site's "Economy" page): `<main>` holds the
/// featured stories as cards and the feed of the other stories follows
/// in a sibling of its own, outside `<main>`, also of `<article>` cards.
/// When every sibling of `<main>` still standing is such a feed or a
/// scrap of text, the listing is their parent. Returns that parent.
fn feed_beside_main(dom: &Dom, marks: &Marks, blocks: &[Block], main: NodeId) -> Option<NodeId> {
    let cards = |root: NodeId| {
        (root..dom.end(root))
            .filter(|&id| dom.tag(id) == crate::dom::Tag::Article && !marks.is_dropped(id))
            .count()
    };
    if cards(main) < MIN_FEED_CARDS {
        return None;
    }
    let parent = dom.parent(main);
    if parent == dom.body {
        return None;
    }
    let mut feeds = 0;
    for sibling in dom.children(parent) {
        if sibling == main || !dom.tag(sibling).is_element() || marks.is_dropped(sibling) {
            continue;
        }
        if cards(sibling) >= MIN_FEED_CARDS {
            feeds += 1;
        } else if text_in(dom, blocks, sibling) >= MAX_SCRAP_LEN {
            return None;
        }
    }
    (feeds > 0).then_some(parent)
}

/// Text beside a listing that does not stop it from being widened.
const MAX_SCRAP_LEN: u32 = 200;

/// A news site's front page (LWN's): a column of stories, each a headline,
/// a dateline and a long summary with a "Full Story" link, which the teaser
/// detection takes for a list of teasers, beside a column of briefs that
/// wins as the article. A shop's category page: a grid of products, each a
/// name, a price and a line, under an introduction that wins as the
/// article. When the teaser lists around it (`teaser_weight`, counted by
/// the caller on an undated page only: their good and nearly good
/// summaries, or two thirds of their text when their items carry more
/// than links) outweigh the selection's prose, and the page gives no sign
/// of being one story (no article declaration, no `<article>` around the
/// prose), the page is the listing.
fn is_listing_of_stories(
    dom: &Dom,
    blocks: &[Block],
    article: &Selection,
    teaser_weight: u32,
) -> bool {
    teaser_weight > article.good_len
        && !declares_article(dom)
        && article_element_of_prose(dom, blocks, article.root).is_none()
}

/// Service, product, listing and home pages whose best container already
/// holds the whole region: it wins on its few paragraphs, but most of its
/// text is headings, short descriptions, item links and labels (a grid of
/// offers, tiles with a name and a line each, a features list). Cleaned as
/// an article, all of that goes as lines between boilerplate and only the
/// paragraphs stay. The container is a region of items, not an article
/// body, when its prose is less than three fifths of the text it keeps (see
/// [`region_weight`]); an article's container is mostly its paragraphs,
/// with a caption or a subheading between them. Near-good blocks count as
/// half prose: short news paragraphs, and prose in a language our word
/// lists cover poorly, are near-good, and their articles must stay
/// articles.
fn is_region_of_items(dom: &Dom, blocks: &[Block], article: &Selection) -> bool {
    let (mut prose, mut kept) = (0, 0);
    for b in blocks
        .iter()
        .filter(|b| dom.contains(article.root, b.owner))
    {
        if region_weight(b) > 0 {
            kept += b.len();
        }
        match b.class {
            Class::Good => prose += 2 * b.len(),
            Class::NearGood => prose += b.len(),
            _ => {}
        }
    }
    // `prose` counts twice over: less than three fifths of `kept`.
    prose * 5 < kept * 6
}

/// The text a region rooted at `root` keeps: every block [`region_weight`]
/// counts for.
fn kept_len(dom: &Dom, blocks: &[Block], root: NodeId) -> u32 {
    blocks
        .iter()
        .filter(|b| region_weight(b) > 0 && dom.contains(root, b.owner))
        .map(|b| b.len())
        .sum()
}

/// How many times its intro's text a list of items (award winners, events,
/// products) holds before a short intro stops being the page's article,
/// even on a page that calls itself an article.
const ITEMS_PER_INTRO: u32 = 20;

/// Prose from which a run of paragraphs is an article whatever surrounds
/// it (a story, a chapter): sections of service pages are a paragraph or
/// two, their longest (an FAQ, a features list) a few screens at most.
const MAX_SECTION_PROSE: u32 = 8 * MIN_ARTICLE_PROSE;

/// Service, product and home pages are made of sections (a heading, a
/// paragraph or two, a button), and the best of them passes for an article.
/// On a page that does not call itself an article (see
/// [`declares_article`]), the selection is one section of many when the
/// region around it keeps two and a half times its text. On any page, a
/// short introduction (`article_run`, its longest run of prose, under
/// twice [`MIN_ARTICLE_PROSE`]) is one section of many when the region
/// keeps [`ITEMS_PER_INTRO`] times its text: an awards page or an events
/// list that calls itself an article.
fn is_one_section_of_many(
    dom: &Dom,
    blocks: &[Block],
    article: NodeId,
    article_run: u32,
    region: NodeId,
) -> bool {
    let (article_kept, region_kept) = (
        kept_len(dom, blocks, article),
        kept_len(dom, blocks, region),
    );
    (article_run < 2 * MIN_ARTICLE_PROSE && region_kept > ITEMS_PER_INTRO * article_kept)
        || (article_kept * 5 < region_kept * 2
            && !declares_article(dom)
            && !is_story_beside_teasers(dom, blocks, article, article_run, region_kept))
}

/// A story from before Open Graph (a news site of 2015) says it is an
/// article only with the element: its paragraphs in an `<article>` that
/// holds less than half of the region, beside a column of teasers that
/// outweighs them, are not one section of a service page. A CMS that wraps
/// a whole service page in one `<article>` (Drupal's node) has that
/// element hold the region, and its sections stay sections.
fn is_story_beside_teasers(
    dom: &Dom,
    blocks: &[Block],
    article: NodeId,
    article_run: u32,
    region_kept: u32,
) -> bool {
    article_run >= 2 * MIN_ARTICLE_PROSE
        && article_element_of_prose(dom, blocks, article)
            .is_some_and(|element| kept_len(dom, blocks, element) * 2 < region_kept)
}

/// The `<article>` element that holds all the prose (good and nearly good
/// blocks) of the selection rooted at `root`, around the root or inside it.
fn article_element_of_prose(dom: &Dom, blocks: &[Block], root: NodeId) -> Option<NodeId> {
    let mut prose = blocks.iter().filter(|b| {
        matches!(b.class, Class::Good | Class::NearGood) && dom.contains(root, b.owner)
    });
    let article = dom.closest(prose.next()?.owner, crate::dom::Tag::Article)?;
    prose
        .all(|b| dom.contains(article, b.owner))
        .then_some(article)
}

/// Whether the page says it is an article: an Open Graph type `article`,
/// or a schema.org `Article` (`NewsArticle`, `BlogPosting`...) in JSON-LD.
/// Product, service, shop and home pages say `website`, `product` or
/// nothing.
pub(crate) fn declares_article(dom: &Dom) -> bool {
    use crate::dom::Tag;
    const LD_TYPES: [&str; 3] = ["Article\"", "BlogPosting\"", "\"Report\""];
    (0..dom.len() as NodeId).any(|id| match dom.tag(id) {
        Tag::Meta => {
            dom.attr(id, local_name!("property"))
                .is_some_and(|p| p.trim().eq_ignore_ascii_case("og:type"))
                && dom
                    .attr(id, local_name!("content"))
                    .is_some_and(|c| c.trim().eq_ignore_ascii_case("article"))
        }
        Tag::Script => {
            dom.is_json_ld(id)
                && dom.children(id).any(|c| {
                    dom.text(c)
                        .is_some_and(|t| LD_TYPES.iter().any(|ty| t.contains(ty)))
                })
        }
        _ => false,
    })
}

/// What a block adds to a region: its text, unless it is a navigation-like
/// link (a short label) or a known boilerplate phrase.
pub(crate) fn region_weight(block: &Block) -> i64 {
    let len = i64::from(block.len());
    match block.class {
        Class::Bad(crate::Reason::HighLinkDensity) if is_nav_like(block) => -len,
        Class::Bad(crate::Reason::HighLinkDensity | crate::Reason::LowTextDensity) => len,
        Class::Bad(_) => -len,
        _ => len,
    }
}

/// A link that is a label rather than an item: one or two words ("Home",
/// "Read more", "Sport").
pub(crate) fn is_nav_like(block: &Block) -> bool {
    block.link_density() > 0.5 && (block.counts.words < 3 || block.len() < 20)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::tests::parse;
    use crate::lexicon::stopwords;
    use crate::pipeline::{blocks, prepare, score};

    /// The page's DOM, marks, blocks and the selected article, as the
    /// pipeline computes them for an English page.
    fn analysed(html: &str) -> (Dom, Marks, Vec<Block>, Selection) {
        let dom = parse(html);
        let lengths = prepare::subtree_text_lengths(&dom);
        let marks = prepare::prepare(&dom, &lengths, &Options::default());
        let flags = blocks::block_like(&dom);
        let mut blocks = blocks::build(&dom, &marks, dom.body, &flags);
        blocks::count_stopwords(&mut blocks, stopwords::for_lang("en").unwrap());
        score::classify_all(&mut blocks, true);
        let scores = score::container_scores(&dom, &blocks);
        let selection = select(&dom, &marks, &blocks, &scores, &Options::default());
        (dom, marks, blocks, selection)
    }

    fn selected(html: &str) -> (Dom, Selection) {
        let (dom, _, _, selection) = analysed(html);
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
        assert_eq!(
            dom.attr(sel.root, local_name!("id")).as_deref(),
            Some("story")
        );
        assert_eq!(sel.strategy, Strategy::MainBlock);
    }

    /// A "List of ..." page: an introduction, a table that outweighs
    /// everything, then the references and a navigation box of links,
    /// which cost the parent its climb. The introduction belongs to the
    /// article, so the parent is selected.
    #[test]
    fn a_table_takes_its_introduction_along() {
        let row = "<tr><td>1947</td><td>A woman who shot her husband on New Year's Eve wishes she could live the year over again, and somehow she gets her chance to try to stop what happened.</td></tr>";
        let links: String = (0..60)
            .map(|i| format!("<li><a href=/r{i}>Reference number {i} in the journal</a></li>"))
            .collect();
        let html = format!(
            "<body><div id=content><p>This list of films featuring time loops gives the names and brief synopses of films in which the same period of time repeats, and in which one or more characters keep the memories of the previous loop.</p>\
             <table>{}</table><ul>{links}</ul></div></body>",
            row.repeat(12)
        );
        let (dom, sel) = selected(&html);
        assert_eq!(
            dom.attr(sel.root, local_name!("id")).as_deref(),
            Some("content")
        );
        // Without an introduction the table is the article.
        let (dom, sel) = selected(&html.replacen("<p>", "<aside><p>", 1).replacen(
            "</p>",
            "</p></aside>",
            1,
        ));
        assert_eq!(dom.tag(sel.root), Tag::Table);
    }

    #[test]
    fn a_body_split_around_an_ad_is_taken_whole() {
        let html = format!(
            "<body><div id=wrap><div class=part>{P}{P}</div><div>Sponsored</div><div class=part>{P}{P}</div></div>\
             <div><a href=/4>Home</a> <a href=/5>World</a></div></body>"
        );
        let (dom, sel) = selected(&html);
        assert_eq!(
            dom.attr(sel.root, local_name!("id")).as_deref(),
            Some("wrap")
        );
    }

    /// A breaking-news item: two sentences in the declared article body,
    /// a ticker of other headlines beside it, and a longer notice at the
    /// foot of the page.
    #[test]
    fn a_short_declared_article_body_beats_a_longer_notice_and_the_ticker() {
        let ticker: String = (1..=12)
            .map(|n| format!("<li><a href=/n/{n}>Minister says talks on the budget will go on, part {n}</a></li>"))
            .collect();
        let story = "The son of a former president was stabbed to death during a lecture at the clinic where he worked as a chief physician. \
                     Police arrested a 57-year-old man on suspicion of the killing on Wednesday. \
                     Another man was badly hurt as he tried to stop the attacker, the police said.";
        let html = format!(
            "<body><div id=left><h2>Breaking news</h2><div id=item itemprop=articleBody>{story}</div></div><ul>{ticker}</ul>\
             <div class=notice>{P}{P}</div></body>"
        );
        let (dom, marks, blocks, article) = analysed(&html);
        assert_eq!(dom.attr(article.root, "id").as_deref(), Some("item"));
        assert!(main_region(&dom, &marks, &blocks, &article, 0).is_none());

        // Two declarations (a listing's teasers): neither is trusted.
        let twice = html.replace(
            "<ul>",
            "<div itemprop=articleBody><p>Another story.</p></div><ul>",
        );
        let (dom, _, _, article) = analysed(&twice);
        assert_ne!(dom.attr(article.root, "id").as_deref(), Some("item"));
    }

    fn region_of(html: &str) -> Option<Selection> {
        let (dom, marks, blocks, article) = analysed(html);
        main_region(&dom, &marks, &blocks, &article, 0)
    }

    /// A service page: an introduction, then sections of a heading, a
    /// one-line description and a button.
    fn service_page(head: &str) -> String {
        sectioned_page(head, 2, 20)
    }

    fn sectioned_page(head: &str, paragraphs: usize, count: u32) -> String {
        let section = |n: u32| {
            format!(
                "<div class=card><h3>Service line {n}</h3><div>Plans, reviews and support for teams of every size, number {n}</div><a href=/{n}>Find out more</a></div>"
            )
        };
        let sections: String = (1..=count).map(section).collect();
        let intro = P.repeat(paragraphs);
        format!("<html><head>{head}</head><body><div id=page><div id=intro>{intro}</div><div id=sections>{sections}</div></div></body></html>")
    }

    #[test]
    fn a_service_page_is_its_sections_not_its_introduction() {
        let region = region_of(&service_page("<meta property=og:type content=website>"));
        assert!(region.is_some_and(|r| r.strategy == Strategy::MainRegion));
    }

    #[test]
    fn a_long_story_is_an_article_without_saying_so() {
        let page = sectioned_page("<meta property=og:type content=website>", 16, 90);
        assert!(region_of(&page).is_none());
    }

    /// A news page from before Open Graph: the story in an `<article>`,
    /// a column of teasers (a headline link and a summary each) beside it
    /// that outweighs it.
    fn story_beside_teasers(wrap_all_in_article: bool) -> String {
        let teaser = |n: u32| {
            format!("<div class=teaser><h4><a href=/t{n}>Headline of another story, number {n}</a></h4><p><a href=/t{n}>The summary of another story of the day, about the budget and the bridge, number {n}</a></p></div>")
        };
        let teasers: String = (1..=30).map(teaser).collect();
        let story = format!("<article id=story><h1>The bridge closes</h1>{P}{P}{P}{P}</article>");
        let page = format!("<div id=story-col>{story}</div><div id=column>{teasers}</div>");
        let page = if wrap_all_in_article {
            page.replace("<article id=story>", "<div id=story>")
                .replace("</article>", "</div>")
        } else {
            page
        };
        let open = if wrap_all_in_article {
            "<article id=node>"
        } else {
            "<div id=mid>"
        };
        let close = if wrap_all_in_article {
            "</article>"
        } else {
            "</div>"
        };
        format!("<html><head></head><body>{open}{page}{close}</body></html>")
    }

    #[test]
    fn a_story_in_an_article_element_beside_teasers_is_the_article() {
        assert!(region_of(&story_beside_teasers(false)).is_none());
        // The same text with one <article> around the whole page (a CMS's
        // node): the element says nothing about the story, and the
        // teasers win as they do on an undeclared page.
        assert!(region_of(&story_beside_teasers(true))
            .is_some_and(|r| r.strategy == Strategy::MainRegion));
    }

    /// A front page: a column of briefs (the selection) beside the column
    /// of stories that the teaser detection took for teasers, whose
    /// summaries (`teaser_weight`) outweigh the briefs.
    #[test]
    fn a_front_page_whose_teasers_outweigh_its_briefs_is_a_listing() {
        let brief = |n: u32| format!("<div class=brief><h3>Brief number {n}</h3>{P}</div>");
        let briefs: String = (1..=3).map(brief).collect();
        let stories: String = (1..=8)
            .map(|n| format!("<div class=story><h2><a href=/s{n}>Story {n}</a></h2><p>Posted by an editor</p><p><a href=/s{n}>Full Story</a></p></div>"))
            .collect();
        let page = |head: &str| {
            format!("<html><head>{head}</head><body><div id=page><div id=stories>{stories}</div><div id=briefs>{briefs}</div></div></body></html>")
        };
        let (dom, marks, blocks, article) = analysed(&page(""));
        assert_eq!(dom.attr(article.root, "id").as_deref(), Some("briefs"));
        let outweighing = 2 * article.good_len;
        let region = main_region(&dom, &marks, &blocks, &article, outweighing);
        assert!(region.is_some_and(|r| r.strategy == Strategy::MainRegion));
        // Fewer summaries than briefs: the briefs stay.
        assert!(main_region(&dom, &marks, &blocks, &article, article.good_len / 2).is_none());
        // A page that says it is an article keeps it.
        let (dom, marks, blocks, article) =
            analysed(&page("<meta property=og:type content=article>"));
        assert!(main_region(&dom, &marks, &blocks, &article, 2 * article.good_len).is_none());
    }

    #[test]
    fn an_article_keeps_its_body_whatever_follows() {
        let region = region_of(&service_page("<meta property=og:type content=article>"));
        assert!(region.is_none());
    }

    /// A short article (three paragraphs) followed by `more` after a list
    /// of links.
    fn short_article_page(more: &str) -> String {
        let links: String = (1..=12)
            .map(|n| format!("<li><a href=/{n}>Story number {n} of the day</a></li>"))
            .collect();
        format!(
            "<html><head><meta property=og:type content=article></head><body><div id=page>\
             <div id=story>{P}{P}{P}</div><ul>{links}</ul>{more}</div></body></html>"
        )
    }

    #[test]
    fn a_short_story_keeps_its_body_when_the_region_adds_only_links() {
        assert!(region_of(&short_article_page("")).is_none());
    }

    #[test]
    fn a_short_prose_island_gives_way_to_a_region_with_more_prose() {
        // A product or documentation page: its prose is in several islands.
        let page = short_article_page(&format!("<div id=more>{P}</div>"));
        assert!(region_of(&page).is_some_and(|r| r.strategy == Strategy::MainRegion));
    }

    /// Four paragraphs of introduction, then `tiles` offers of a heading
    /// and a one-line description each, all in one container, on a page
    /// that calls itself an article.
    fn intro_and_tiles(tiles: u32) -> String {
        let tile = |n: u32| {
            format!("<div class=tile><h3>Offer number {n}</h3><div>Plans, reviews and support for teams of every size, number {n}</div></div>")
        };
        let tiles: String = (1..=tiles).map(tile).collect();
        format!(
            "<html><head><meta property=og:type content=article></head><body><div id=page>\
             <div id=intro>{P}{P}{P}{P}</div><div id=tiles>{tiles}</div></div></body></html>"
        )
    }

    /// A section front: the featured stories in `<main>`, the feed of the
    /// others in a sibling section of the same cards.
    fn section_front(feed_cards: u32, beside: &str) -> String {
        let card = |n: u32| {
            format!("<article class=card><h2><a href=/story/{n}>Headline of the story number {n} today</a></h2><p>The summary of story {n}, one sentence on what happened and why.</p><footer>Published 6 March</footer></article>")
        };
        let featured: String = (1..=5).map(card).collect();
        let feed: String = (6..6 + feed_cards).map(card).collect();
        format!(
            "<html><body><header><nav><a href=/>Home</a> <a href=/economy>Economy</a></nav></header>\
             <div id=page><main id=featured><ul><li>{featured}</li></ul></main>\
             <section id=feed><h2>Content Feed</h2>{feed}</section>{beside}</div>\
             <footer><a href=/about>About</a></footer></body></html>"
        )
    }

    #[test]
    fn a_feed_beside_main_joins_the_listing() {
        let page = section_front(4, "");
        let (dom, _) = selected(&page);
        let region = region_of(&page).expect("a region");
        assert_eq!(dom.attr(region.root, "id").as_deref(), Some("page"));
        // Too few cards beside it, or a long text beside it: not widened.
        for page in [
            section_front(2, ""),
            section_front(
                4,
                "<div id=about><p>About this section: the economy desk covers markets, trade, \
                 jobs and the cost of living, with reporters in twelve capitals and a team of \
                 editors who check every figure before it is published here, and a desk of \
                 researchers who keep the data behind the charts up to date.</p></div>",
            ),
        ] {
            let (dom, marks, blocks, _) = analysed(&page);
            let main = (0..dom.len() as NodeId)
                .find(|&id| dom.tag(id) == crate::dom::Tag::Main)
                .unwrap();
            assert_eq!(
                feed_beside_main(&dom, &marks, &blocks, main),
                None,
                "{page}"
            );
        }
    }

    /// A channel list where no block is prose (short summaries, linked
    /// headlines, source lines): the list's column, not the page with its
    /// top bar and its ranking column beside the list.
    #[test]
    fn a_list_without_prose_is_its_column_not_the_page() {
        let item = |n: u32| {
            format!(
                "<li><h2><a href=/n/{n}>Farmers across the north start the spring planting {n}</a></h2>\
                 <p>Early rice is being sown in the south.</p><span>Daily Wire 03-12 16:{n:02}</span></li>"
            )
        };
        let items: String = (10..=27).map(item).collect();
        let ranked: String = (1..=4)
            .map(|n| format!("<li><a href=/r/{n}>Officials warn of storms on the coast this week {n}</a></li>"))
            .collect();
        let html = format!(
            "<body><div id=top><a href=/>Home page of the portal</a> | <a href=/m>Mobile site of the portal</a></div>\
             <div id=wrap><div class=list><ul id=list>{items}</ul></div><div id=side><h3>Most read</h3><ol>{ranked}</ol></div></div></body>"
        );
        let (dom, marks, blocks, article) = analysed(&html);
        assert_eq!(article.strategy, Strategy::WholePage);
        let region = main_region(&dom, &marks, &blocks, &article, 0).expect("a region");
        assert_eq!(dom.attr(region.root, "id").as_deref(), Some("list"));
    }

    #[test]
    fn a_container_mostly_of_items_is_a_region_not_an_article() {
        // A service or product page: its container wins on its paragraphs,
        // but most of what it holds is tiles.
        let (dom, marks, blocks, article) = analysed(&intro_and_tiles(20));
        let region = main_region(&dom, &marks, &blocks, &article, 0).expect("a region");
        assert!(region.items);
        assert_eq!(dom.attr(region.root, "id").as_deref(), Some("page"));
    }

    #[test]
    fn a_short_intro_to_a_long_list_gives_way_to_the_list() {
        // An awards page that calls itself an article: one paragraph of
        // introduction in its own box, then the winners in boxes beside it.
        let winner = |n: u32| {
            format!("<div class=card><h3><a href=/w{n}>Winner {n}: Boa Viagem Apartment</a></h3><div>Office {n}</div></div>")
        };
        let winners: String = (1..=250).map(winner).collect();
        let html = format!(
            "<html><head><meta property=og:type content=article></head><body><div id=page>\
             <div id=intro>{P}{P}</div><div id=winners>{winners}</div></div></body></html>"
        );
        let (dom, marks, blocks, article) = analysed(&html);
        assert_eq!(dom.attr(article.root, "id").as_deref(), Some("intro"));
        let region = main_region(&dom, &marks, &blocks, &article, 0).expect("a region");
        assert_eq!(region.strategy, Strategy::MainRegion);
        assert_eq!(dom.attr(region.root, "id").as_deref(), Some("page"));
        // The same introduction over a short list stays the article.
        let winners: String = (1..=8).map(winner).collect();
        let html = format!(
            "<html><head><meta property=og:type content=article></head><body><div id=page>\
             <div id=intro>{P}{P}</div><div id=winners>{winners}</div></div></body></html>"
        );
        assert!(region_of(&html).is_none());
    }

    #[test]
    fn a_story_with_a_few_short_items_stays_an_article() {
        assert!(region_of(&intro_and_tiles(3)).is_none());
    }

    #[test]
    fn a_page_without_prose_falls_back_to_the_whole_page() {
        let (dom, sel) = selected("<body><div><a href=/1>One</a> <a href=/2>Two</a></div></body>");
        assert_eq!(sel.root, dom.body);
        assert_eq!(sel.strategy, Strategy::WholePage);
    }

    /// A shop with no prose anywhere, whose menus and footer carry no
    /// telling names and hold most of its text: its `<main>` (a fifth of
    /// the text) is the content.
    #[test]
    fn a_page_without_prose_keeps_its_main() {
        let menu: String = (0..10)
            .map(|i| format!("<div><a href=/c/{i}>Living room furniture and decor {i}</a></div>"))
            .collect();
        let html = format!(
            "<body><div id=top>{menu}</div><main id=m><h1>Professional Blender</h1>\
             <div>1200 W, 72 oz pitcher</div><div>Five speeds, stainless steel blades</div>\
             <div>Current price $179.00</div><div>Free 90-day returns</div></main>\
             <div id=bottom>{menu}</div></body>"
        );
        let (dom, _, _, article) = analysed(&html);
        assert_eq!(article.strategy, Strategy::WholePage);
        let region = region_of(&html).expect("a region");
        assert_eq!(dom.attr(region.root, "id").as_deref(), Some("m"));
    }
}
