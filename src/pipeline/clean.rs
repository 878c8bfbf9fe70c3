//! Stage 5: clean inside the selected container.
//!
//! The article container still holds some boilerplate: the headline and the
//! byline row above the body, ad labels and "read also" lines between
//! paragraphs, share bars, tags and teasers after it. Blocks judged bad on
//! their own are dropped; short and borderline blocks are judged by their
//! neighbours (a short line between two paragraphs is part of the text; the
//! same line after the last paragraph, next to a list of links, is not); and
//! containers left with nothing but dropped text go as a whole, with their
//! images.

use super::blocks::{Block, BlockKind, Class};
use super::prepare::{Discussion, Marks};
use super::score::{LONG_LEN, MAX_LINK_DENSITY, MAX_SHORT_LINK_DENSITY, SHORT_LEN};
use crate::dom::{Dom, NodeId, Tag};
use crate::lexicon::verdicts::{self, Side};
use crate::{Favor, Options, Reason};
use html5ever::local_name;
use std::collections::{HashMap, HashSet};

/// What cleaning needs to know about the page besides the blocks.
pub(crate) struct CleanContext<'a> {
    /// The headline from metadata, to drop its repetition in the body.
    pub title: Option<&'a str>,
    /// Text length of every subtree (see [`super::prepare::subtree_text_lengths`]).
    pub lengths: &'a [u32],
    /// Which nodes break the flow of text (see [`super::blocks::block_like`]).
    pub block_like: &'a [bool],
    /// The root is a page's main region, not an article (see
    /// [`super::select::main_region`]): its lines and items are kept.
    pub whole_region: bool,
    /// What the page declares itself as a discussion: a thread's or a Q&A's
    /// replies are the content, and a "24 answers" heading does not end it.
    pub discussion: Discussion,
    /// The author's name from metadata, to recognise a note on the author
    /// at the end of the article (see [`drop_author_note`]).
    pub byline: Option<&'a str>,
}

/// Cleans the blocks under `root`, marking what goes.
pub(crate) fn clean(
    dom: &Dom,
    marks: &mut Marks,
    blocks: &mut [Block],
    root: NodeId,
    context: &CleanContext,
    options: &Options,
) {
    let inside: Vec<usize> = (0..blocks.len())
        .filter(|&i| dom.contains(root, blocks[i].owner))
        .collect();
    let discussion = context.discussion != Discussion::None;
    drop_repeated_headline(blocks, &inside, context.title);
    keep_data_tables(dom, blocks, &inside, context.block_like);
    let items = sequence(dom, marks, context.lengths, blocks, &inside, root);
    // A region's items carry their own comment counts ("0 comments"
    // under each teaser of a blog's front page): no cut there.
    if !discussion && !context.whole_region {
        cut_at_comment_section(blocks, &items);
    }
    if context.whole_region {
        keep_region(blocks, &inside);
    } else {
        revise_by_context(dom, blocks, &items, options, context.discussion);
        keep_links_of_kept_lists(dom, blocks, &inside);
    }
    keep_captions(blocks, &inside, options);
    if !context.whole_region && !discussion {
        drop_author_note(blocks, &inside, context.byline);
    }
    if !discussion {
        drop_announced_sections(dom, blocks, &inside, root, context.whole_region);
    }
    drop_duplicates(dom, blocks, &inside, !discussion);
    for &i in &inside {
        if let Class::Bad(reason) = blocks[i].class {
            drop_block(dom, marks, &blocks[i], root, reason);
        }
    }
    sweep_emptied_containers(dom, marks, blocks, &inside, root);
    if options.keep_captions == Some(false) {
        drop_captions(dom, marks, root, context.lengths);
    }
}

/// The headline belongs to the metadata: a heading before the body whose
/// text is the title is dropped.
fn drop_repeated_headline(blocks: &mut [Block], inside: &[usize], title: Option<&str>) {
    let Some(title) = title else { return };
    let title = comparable(title);
    if title.is_empty() {
        return;
    }
    for &i in inside {
        let block = &mut blocks[i];
        if block.class == Class::Good {
            break;
        }
        if matches!(block.kind, BlockKind::Heading(_)) || block.len() < 300 {
            let text = comparable(&block.text);
            if is_same_headline(&text, &title) {
                block.class = Class::Bad(Reason::Title);
                return;
            }
        }
    }
}

/// Lowercase letters and digits only, for comparing headlines.
pub(crate) fn comparable(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether two comparable strings are the same headline (one may carry a
/// kicker or a site name the other lacks).
pub(crate) fn is_same_headline(a: &str, b: &str) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    long.contains(short) && short.len() * 4 >= long.len() * 3
}

/// One step of the sequence the context revision reads: a block, or a
/// boilerplate box that preparation already marked (a tag list, a promo, a
/// share bar) and that separates the blocks around it.
#[derive(Clone, Copy)]
enum Item {
    Block(usize),
    Barrier,
}

/// Boxes marked in preparation that count as boilerplate neighbours. Ad
/// slots, hidden elements and embeds sit inside article bodies as often as
/// around them, so they separate nothing.
fn is_barrier_reason(reason: Reason) -> bool {
    !matches!(
        reason,
        Reason::Ad
            | Reason::Hidden
            | Reason::Script
            | Reason::Embed
            | Reason::Video
            | Reason::Form
            | Reason::Caption
    )
}

/// The blocks under `root` and the marked boxes between them, in document order.
fn sequence(
    dom: &Dom,
    marks: &Marks,
    lengths: &[u32],
    blocks: &[Block],
    inside: &[usize],
    root: NodeId,
) -> Vec<Item> {
    let mut barriers = Vec::new();
    let mut id = root + 1;
    while id < dom.end(root) {
        if let Some(reason) = marks.reason(id) {
            let has_text = lengths[id as usize] >= 30;
            if has_text && is_barrier_reason(reason) {
                barriers.push(id);
            }
            id = dom.end(id);
            continue;
        }
        id += 1;
    }
    let mut items = Vec::with_capacity(inside.len() + barriers.len());
    let mut b = 0;
    for &i in inside {
        while b < barriers.len() && barriers[b] < blocks[i].first {
            items.push(Item::Barrier);
            b += 1;
        }
        items.push(Item::Block(i));
    }
    items.extend(std::iter::repeat_n(Item::Barrier, barriers.len() - b));
    items
}

/// A data table is content as a whole (standings, prices, schedules): its
/// cells are short and full of names and figures, and must not be judged
/// one by one as lines of text. Cells of a table that is not mostly links
/// are kept; a table of links (a link farm laid out in a grid) is not.
fn keep_data_tables(dom: &Dom, blocks: &mut [Block], inside: &[usize], block_like: &[bool]) {
    use std::collections::HashMap;
    let mut tables: HashMap<NodeId, bool> = HashMap::new();
    let table_of = |owner: NodeId| {
        let mut node = owner;
        for _ in 0..6 {
            if node == crate::dom::NO_NODE {
                return None;
            }
            if dom.tag(node) == Tag::Table {
                return Some(node);
            }
            node = dom.parent(node);
        }
        None
    };
    // Per table: (text length, link length) of its cells.
    let mut sums: HashMap<NodeId, (u32, u32)> = HashMap::new();
    let mut cell_table = Vec::new();
    for &i in inside {
        if blocks[i].kind != BlockKind::TableCell {
            continue;
        }
        let Some(table) = table_of(blocks[i].owner) else {
            continue;
        };
        let is_data = *tables
            .entry(table)
            .or_insert_with(|| crate::pipeline::output::is_data_table(dom, table, block_like));
        if is_data {
            let sum = sums.entry(table).or_default();
            sum.0 += blocks[i].len();
            sum.1 += blocks[i].link_len;
            cell_table.push((i, table));
        }
    }
    for (i, table) in cell_table {
        let (len, links) = sums[&table];
        let block = &mut blocks[i];
        let judged_as_text = matches!(
            block.class,
            Class::Short
                | Class::NearGood
                | Class::Bad(Reason::LowTextDensity | Reason::HighLinkDensity)
        );
        if judged_as_text && links * 2 < len {
            block.class = Class::Good;
        }
    }
}

/// In a main region (a product page, a listing) short lines, item links and
/// low-density text are the content; only known boilerplate phrases and
/// navigation-like labels go.
fn keep_region(blocks: &mut [Block], inside: &[usize]) {
    for &i in inside {
        let block = &mut blocks[i];
        let keep = match block.class {
            Class::Short | Class::NearGood | Class::Bad(Reason::LowTextDensity) => true,
            Class::Bad(Reason::HighLinkDensity) => {
                !super::select::is_nav_like(block) && !is_flattened_menu(block)
            }
            _ => false,
        };
        if keep {
            block.class = Class::Good;
        }
    }
}

/// Links in one block above which it is a menu, not an item: a shop's
/// mega-menu whose links sit side by side with no element between them
/// ("FurnitureFurniture SaleLiving Room FurnitureSofas…", hundreds of
/// links in one line). An item of a grid or a list has a few links.
const MAX_ITEM_LINKS: u32 = 30;

/// Whether a link-dense block is a whole menu run together (see
/// [`MAX_ITEM_LINKS`]).
fn is_flattened_menu(block: &Block) -> bool {
    block.links > MAX_ITEM_LINKS
}

/// Comment section announcements ("24 Comments", "Leave a reply") above
/// which they are the comment counts of a list's items.
const MAX_COMMENT_MARKERS: usize = 3;

/// Comments follow the article: once a comment section announces itself
/// after the article's first paragraph ("Comments", "Leave a reply",
/// "Comments are moderated", "24 comments"), everything after it goes, even
/// when the page gives the section no telling class name and the comments
/// themselves read like good prose.
fn cut_at_comment_section(blocks: &mut [Block], items: &[Item]) {
    let Some(first_good) = items
        .iter()
        .position(|item| matches!(item, Item::Block(i) if blocks[*i].class == Class::Good))
    else {
        return;
    };
    // A heading ("Comments", "24 Comments") or a sentence ("Leave a Reply",
    // "Comments are moderated"); not a lone "Reply" or "Comment" link, which
    // every post of a forum thread carries.
    let is_marker = |b: &Block| {
        b.class == Class::Bad(Reason::Comments)
            && (matches!(b.kind, BlockKind::Heading(_)) || b.counts.words >= 3)
    };
    let is_marker_item = |item: &Item| matches!(item, Item::Block(i) if is_marker(&blocks[*i]));
    let marker = items[first_good..].iter().position(is_marker_item);
    let Some(marker) = marker else { return };
    // A comment section announces itself once or twice (its heading, the
    // reply form); a list of teasers carries a count under every item.
    if items[first_good..]
        .iter()
        .filter(|i| is_marker_item(i))
        .count()
        > MAX_COMMENT_MARKERS
    {
        return;
    }
    for item in &items[first_good + marker..] {
        if let Item::Block(i) = *item {
            blocks[i].class = Class::Bad(Reason::Comments);
        }
    }
}

/// A bad block short enough to be an insertion in running text rather
/// than a boilerplate region of its own.
fn is_insertion(block: &Block) -> bool {
    block.len() < SHORT_LEN
        || (block.len() < 2 * SHORT_LEN && block.class != Class::Bad(Reason::LowTextDensity))
}

/// Decides the borderline blocks of an article by the runs of prose they
/// belong to.
///
/// The article is made of clusters of prose: paragraphs, with subheadings,
/// short lines and inserted labels between them. A cluster ends at
/// boilerplate: a link list, a block of known boilerplate phrases, a marked
/// box. Clusters with real prose in them (a good paragraph, or several
/// paragraphs that may be prose) are the article and keep their short lines
/// and borderline paragraphs; lone lines and one-line teaser summaries between
/// boilerplate, the byline row above the article and the tags below it, go.
fn revise_by_context(
    dom: &Dom,
    blocks: &mut [Block],
    items: &[Item],
    options: &Options,
    declared: Discussion,
) {
    let discussion = declared != Discussion::None;
    // Containers that hold a good paragraph directly, and whether a
    // paragraph or a list item sits in one of them (beside the prose).
    let prose_parents: HashSet<NodeId> = items
        .iter()
        .filter_map(|item| match *item {
            Item::Block(i) if blocks[i].class == Class::Good => Some(dom.parent(blocks[i].owner)),
            _ => None,
        })
        .collect();
    // Elements that hold a paragraph of prose as a run of text between
    // line breaks (a forum post's body).
    let prose_owners: HashSet<NodeId> = items
        .iter()
        .filter_map(|item| match *item {
            Item::Block(i) if matches!(blocks[i].class, Class::Good | Class::NearGood) => {
                Some(blocks[i].owner)
            }
            _ => None,
        })
        .collect();
    let beside_prose = |block: &Block| {
        matches!(block.kind, BlockKind::Paragraph | BlockKind::ListItem)
            && prose_parents.contains(&point_container(dom, block))
    };
    // Cluster boundaries: marked boxes, and blocks judged boilerplate that
    // are not short plain-text insertions.
    let breaks = |item: &Item| match *item {
        Item::Barrier => true,
        Item::Block(i) => match blocks[i].class {
            // A long terse paragraph or list item beside the article's
            // paragraphs ("Pros Gorgeous design SCA-certified ... Cons
            // Expensive Bulky") does not cut the article in two.
            Class::Bad(Reason::LowTextDensity) => {
                blocks[i].len() >= 2 * SHORT_LEN
                    && !(blocks[i].link_density() <= MAX_SHORT_LINK_DENSITY
                        && beside_prose(&blocks[i]))
            }
            // Item links (teaser headlines) separate items, but a sentence
            // of the body made mostly of links does not (see
            // `is_linked_sentence`); a known insertion ("Read also: ...",
            // an ad label) does not end the paragraphs around it.
            //
            // A short line judged by a short line's stricter limit but
            // whose links are no more of it than a paragraph may hold ("a
            // <a>Request</a> instance" in a documentation page's list of
            // arguments) is text with a link, not a link item: it does
            // not end the prose around it either.
            Class::Bad(Reason::HighLinkDensity) => {
                (!is_linked_sentence(&blocks[i]) || !beside_prose(&blocks[i]))
                    && blocks[i].link_density() > MAX_LINK_DENSITY
            }
            Class::Bad(_) => !is_insertion(&blocks[i]),
            _ => false,
        },
    };
    let mut clusters: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (k, item) in items.iter().enumerate() {
        if breaks(item) {
            if let Some(s) = start.take() {
                clusters.push((s, k));
            }
        } else if start.is_none() {
            start = Some(k);
        }
    }
    if let Some(s) = start {
        clusters.push((s, items.len()));
    }
    // Prose items before each item (`prose_before[k]` counts items[..k]), so
    // that "is there prose in items[a..b]" costs two lookups, not a scan of
    // the cluster for each of its blocks.
    let mut prose_before = Vec::with_capacity(items.len() + 1);
    prose_before.push(0usize);
    for item in items {
        let is_prose = matches!(*item, Item::Block(i) if matches!(blocks[i].class, Class::Good | Class::NearGood));
        prose_before.push(prose_before.last().copied().unwrap_or(0) + usize::from(is_prose));
    }
    let prose_in = |from: usize, to: usize| prose_before[to] > prose_before[from];
    let prose_at = |k: usize| k < items.len() && prose_in(k, k + 1);
    let keeps = |&(from, to): &(usize, usize)| -> bool {
        let mut good = false;
        let mut prose_blocks = 0;
        let mut prose_len = 0;
        for item in &items[from..to] {
            if let Item::Block(i) = *item {
                if blocks[i].class == Class::Good {
                    good = true;
                }
                if matches!(blocks[i].class, Class::Good | Class::NearGood) {
                    prose_blocks += 1;
                    prose_len += blocks[i].len();
                }
            }
        }
        // A discussion is judged as with recall favoured: each reply is a
        // post, however short.
        match options.favor {
            Favor::Precision => good,
            Favor::Balanced if !discussion => good || (prose_blocks >= 2 && prose_len >= LONG_LEN),
            Favor::Balanced | Favor::Recall => prose_blocks >= 1,
        }
    };
    // Clusters with a good paragraph anchor the article; borderline
    // clusters between them are part of it, while one at either edge (a
    // promo box after the last paragraph, a standfirst block above the
    // first) must be substantial: two paragraphs and a long one's worth.
    let has_good = |&(from, to): &(usize, usize)| {
        items[from..to]
            .iter()
            .any(|item| matches!(*item, Item::Block(i) if blocks[i].class == Class::Good))
    };
    let first_anchor = clusters.iter().position(has_good);
    let last_anchor = clusters.iter().rposition(has_good);
    let substantial = |&(from, to): &(usize, usize)| {
        let (n, len) = items[from..to]
            .iter()
            .fold((0, 0), |(n, len), item| match *item {
                Item::Block(i) if matches!(blocks[i].class, Class::NearGood) => {
                    (n + 1, len + blocks[i].len())
                }
                _ => (n, len),
            });
        n >= 2 && len >= 2 * LONG_LEN
    };
    // The article's first paragraph is often short and cut off from the
    // rest by the lead photo or an ad slot: a cluster of one or two plain
    // sentences just before the first anchor is that lead ("LOS ANGELES
    // (AP) — To LeBron James, triple-doubles are not a goal.").
    // It is a paragraph of the same container as the article's first good
    // paragraph; a site notice or a caption above the article is not.
    let body_parent = first_anchor.and_then(|f| {
        items[clusters[f].0..clusters[f].1]
            .iter()
            .find_map(|item| match *item {
                Item::Block(i) if blocks[i].class == Class::Good => {
                    Some(dom.parent(blocks[i].owner))
                }
                _ => None,
            })
    });
    let in_body = |block: &Block| {
        block.kind == BlockKind::Paragraph && Some(dom.parent(block.owner)) == body_parent
    };
    // The lead is the end of that cluster: the run of such sentences (and
    // boilerplate between them) that reaches the anchor. What comes before
    // it in the same cluster (a disclosure in its own box, "Purchases
    // made through links earn us a commission.") stays out.
    let lead_run = |&(from, to): &(usize, usize)| -> std::ops::Range<usize> {
        let mut n = 0;
        let mut start = to;
        for k in (from..to).rev() {
            if let Item::Block(i) = items[k] {
                match blocks[i].class {
                    Class::Short | Class::NearGood
                        if is_lead_sentence(&blocks[i]) && in_body(&blocks[i]) =>
                    {
                        n += 1
                    }
                    Class::Bad(_) => {}
                    _ => break,
                }
            }
            start = k;
        }
        if (1..=2).contains(&n) && options.favor != Favor::Precision {
            start..to
        } else {
            0..0
        }
    };
    let lead_items = first_anchor
        .and_then(|f| f.checked_sub(1))
        .map_or(0..0, |c| lead_run(&clusters[c]));
    // A lead that is its whole cluster is kept as a cluster.
    let lead_cluster = first_anchor
        .and_then(|f| f.checked_sub(1))
        .filter(|&c| !lead_items.is_empty() && lead_items.start == clusters[c].0);
    // The article's last paragraphs are often short too, and cut off from
    // the rest by promo links between them (news sites put "CLICK HERE
    // TO GET THE APP" or a bold link to another story every few
    // paragraphs): the clusters right after the last anchor that hold
    // only plain sentences of the body's container (see `lead_in`) are
    // the article's end, and so are a plain list there (no links in its
    // items) and a subheading there: "Below are the teams that
    // qualified." and the list of teams. The run stops at the first
    // cluster that is anything else: a promo box, a link list, a share row.
    let in_body_any_list = |block: &Block| {
        block.kind == BlockKind::ListItem && Some(point_container(dom, block)) == body_parent
    };
    let in_body_list = |block: &Block| in_body_any_list(block) && block.links == 0;
    // A cluster between the anchors made only of the body's own
    // paragraphs, lists and subheadings: a run of terse points between
    // two parts of the article.
    let of_body_only = |&(from, to): &(usize, usize)| {
        items[from..to].iter().all(|item| match *item {
            Item::Block(i) => {
                let block = &blocks[i];
                in_body(block)
                    || in_body_any_list(block)
                    || (matches!(block.kind, BlockKind::Heading(_))
                        && Some(dom.parent(block.owner)) == body_parent)
            }
            Item::Barrier => true,
        })
    };
    let between_anchors = first_anchor
        .zip(last_anchor)
        .map_or(0..0, |(f, l)| clusters[f].1..clusters[l].0);
    let body_points = |cluster: &(usize, usize)| {
        between_anchors.start <= cluster.0
            && cluster.1 <= between_anchors.end
            && of_body_only(cluster)
    };
    let is_closing_part = |block: &Block| {
        (is_lead_sentence(block) && in_body(block))
            || in_body_list(block)
            || (matches!(block.kind, BlockKind::Heading(_))
                && Some(dom.parent(block.owner)) == body_parent)
    };
    let closing_clusters = last_anchor.map_or(0, |l| {
        clusters[l + 1..]
            .iter()
            .take_while(|&&(from, to)| {
                let mut n = 0;
                for item in &items[from..to] {
                    if let Item::Block(i) = *item {
                        match blocks[i].class {
                            Class::Short | Class::NearGood if is_closing_part(&blocks[i]) => n += 1,
                            Class::Bad(_) => {}
                            _ => return false,
                        }
                    }
                }
                n >= 1 && options.favor != Favor::Precision
            })
            .count()
    });
    let closing = |c: usize| last_anchor.is_some_and(|l| c > l && c <= l + closing_clusters);
    // The items those clusters span, one run.
    let closing_items = last_anchor
        .filter(|_| closing_clusters > 0)
        .map_or(0..0, |l| {
            clusters[l + 1].0..clusters[l + closing_clusters].1
        });
    // A review's verdict box: a run of terse lines under a "Pros" and a
    // "Cons" label (a buying guide has one under each product, between
    // its price widgets), in any language the lexicon knows. Line by line
    // it is a list of fragments; the two labels make it the review's
    // judgement, part of the article wherever it sits in it.
    let is_verdict = |&(from, to): &(usize, usize)| {
        let (mut pros, mut cons) = (false, false);
        for item in &items[from..to] {
            if let Item::Block(i) = *item {
                match verdicts::side(&blocks[i].text) {
                    Some(Side::Pros) => pros = true,
                    Some(Side::Cons) => cons = true,
                    None => {}
                }
            }
        }
        pros && cons
    };
    let verdict_clusters: Vec<(usize, usize)> = if first_anchor.is_some() {
        clusters.iter().copied().filter(is_verdict).collect()
    } else {
        Vec::new()
    };
    let verdict = |cluster: &(usize, usize)| verdict_clusters.contains(cluster);
    let kept: Vec<(usize, usize)> = clusters
        .iter()
        .enumerate()
        .filter(|&(c, cluster)| {
            let interior =
                first_anchor.is_some_and(|f| c > f) && last_anchor.is_some_and(|l| c < l);
            has_good(cluster)
                || lead_cluster == Some(c)
                || closing(c)
                || (keeps(cluster)
                    && (interior || substantial(cluster) || first_anchor.is_none() || discussion))
                || body_points(cluster)
                || verdict(cluster)
        })
        .map(|(_, &cluster)| cluster)
        .collect();
    let Some(&(first_from, _)) = kept.first() else {
        // No prose at all: keep what is not bad (a list, a table, a short note).
        return;
    };
    // An article in several sections: the container of a terse point (its
    // list's or its paragraph's parent) holds prose of the same cluster.
    let container_holds_prose = |block: &Block, (from, to): (usize, usize)| {
        let container = point_container(dom, block);
        items[from..to].iter().any(|item| {
            matches!(*item, Item::Block(i)
                if blocks[i].class == Class::Good && dom.contains(container, blocks[i].owner))
        })
    };
    let mut decisions = Vec::new();
    // The kept clusters are in order and do not overlap: one cursor finds
    // the one each item is in.
    let mut next_kept = 0;
    let kept_body_points: Vec<bool> = kept.iter().map(body_points).collect();
    for (k, item) in items.iter().enumerate() {
        let Item::Block(i) = *item else { continue };
        while kept.get(next_kept).is_some_and(|&(_, to)| to <= k) {
            next_kept += 1;
        }
        let kept_cluster = kept.get(next_kept).copied().filter(|&(from, _)| from <= k);
        let in_body_points = kept_cluster.is_some() && kept_body_points[next_kept];
        let block = &blocks[i];
        if block.class == Class::Bad(Reason::HighLinkDensity) && is_linked_sentence(block) {
            // A sentence of links beside the body's prose (it did not break
            // its cluster) stays when prose surrounds it.
            if let Some((from, to)) = kept_cluster {
                let before = prose_in(from, k);
                let after = prose_in(k + 1, to);
                if before && after && options.favor != Favor::Precision {
                    decisions.push((i, true));
                }
            }
            continue;
        }
        if block.class == Class::Bad(Reason::LowTextDensity) {
            // Terse points of the article: "Publishing model: traditional,
            // hybrid or self-publishing." Paragraphs and list items inside the
            // body's container, with few function words and few links,
            // in a kept cluster that has prose beside them or that lies
            // between the anchors (buying guides, listicles, spec sheets).
            if let Some((from, to)) = kept_cluster {
                let prose_beside = prose_in(from, to);
                let terse_point = (prose_beside || in_body_points)
                    && (body_parent.is_some_and(|b| dom.contains(b, block.owner))
                        || container_holds_prose(block, (from, to)));
                let point = (terse_point || verdict(&(from, to)))
                    && block.link_density() <= MAX_SHORT_LINK_DENSITY;
                if options.favor != Favor::Precision
                    && (point || is_between_prose_siblings(dom, blocks, &items[from..to], k - from))
                {
                    decisions.push((i, true));
                }
            }
            continue;
        }
        if !matches!(block.class, Class::Short | Class::NearGood) {
            continue;
        }
        // In a forum thread, a reply of one sentence is a post ("Thanks,
        // that fixed it.", "谢谢分享，学习了。", "Danke, hat geklappt!"),
        // wherever it stands, and so is a post's short line beside its
        // prose, split from it only by line breaks (the greeting "Hallo
        // zusammen," above the question). (On a Q&A page such lines are
        // remarks under the answers.)
        let reply = declared == Discussion::Forum
            && (is_lead_sentence(block)
                || is_short_reply(block)
                || (is_plain_line(block) && prose_owners.contains(&block.owner)))
            && options.favor != Favor::Precision;
        let keep = reply
            || if let Some(cluster) = kept_cluster {
                // A cluster's leading short lines are its kicker and byline
                // row when it is the first; its trailing ones are tags and
                // credits unless they end like sentences.
                let before_prose = !prose_in(cluster.0, k);
                let after_prose = !prose_in(k + 1, cluster.1);
                if block.class == Class::NearGood || in_body_points || verdict(&cluster) {
                    true
                } else if closing_items.contains(&k) {
                    is_closing_part(block)
                } else if before_prose {
                    // Subheadings that open a later section of the article stay,
                    // and so does a short first paragraph: a plain sentence
                    // right before the prose, or the whole lead cluster.
                    (cluster.0 != first_from && matches!(block.kind, BlockKind::Heading(_)))
                        || (is_lead_sentence(block)
                            && in_body(block)
                            && options.favor != Favor::Precision
                            && (prose_at(k + 1)
                                || lead_cluster.is_some_and(|c| clusters[c] == cluster)))
                } else if after_prose {
                    // After the last paragraph of its cluster: a closing
                    // sentence, or the article's closing list and its
                    // subheading ("Qualified teams" and the teams). A
                    // subheading with no such list or sentence after it is a
                    // call to action.
                    let closes = if matches!(block.kind, BlockKind::Heading(_)) {
                        is_closing_part(block)
                            && items[k + 1..cluster.1].iter().any(|item| {
                                matches!(*item, Item::Block(j)
                                if !matches!(blocks[j].kind, BlockKind::Heading(_))
                                    && is_closing_part(&blocks[j]))
                            })
                    } else {
                        is_closing_sentence(block) || is_closing_part(block)
                    };
                    closes && options.favor != Favor::Precision
                } else {
                    true
                }
            } else if lead_items.contains(&k) {
                is_lead_sentence(block) && in_body(block)
            } else {
                // Between clusters: a subheading that leads into a kept cluster.
                matches!(block.kind, BlockKind::Heading(_))
                    && k > first_from
                    && kept.iter().any(|&(from, _)| from == k + 1)
                    && options.favor != Favor::Precision
            };
        decisions.push((i, keep));
    }
    for (i, keep) in decisions {
        blocks[i].class = if keep {
            Class::Good
        } else {
            Class::Bad(Reason::LowTextDensity)
        };
    }
}

/// Whether the block at `at` in a cluster is one point of a run of prose
/// siblings: the blocks right before and after it are prose
/// (good or nearly) of the same parent, the same list or the same
/// container of paragraphs, and it links no more than they do. A how-to's
/// list of "Estimate costs: use industry benchmarks..." points or a guide's
/// "Relationship management: ..." paragraph reads as terse beside its
/// wordier siblings, but it is the same list.
fn is_between_prose_siblings(dom: &Dom, blocks: &[Block], cluster: &[Item], at: usize) -> bool {
    let block = match cluster.get(at) {
        Some(&Item::Block(i)) => &blocks[i],
        _ => return false,
    };
    let parent = dom.parent(block.owner);
    // The link density of the block on one side, if it is a prose sibling.
    let prose_sibling = |item: Option<&Item>| match item {
        Some(&Item::Block(j)) => {
            let other = &blocks[j];
            (other.kind == block.kind
                && dom.parent(other.owner) == parent
                && matches!(other.class, Class::Good | Class::NearGood))
            .then(|| other.link_density())
        }
        _ => None,
    };
    let before = at
        .checked_sub(1)
        .and_then(|b| prose_sibling(cluster.get(b)));
    let after = prose_sibling(cluster.get(at + 1));
    before
        .zip(after)
        .is_some_and(|(a, b)| block.link_density() <= a.max(b).max(MAX_SHORT_LINK_DENSITY))
}

/// A line that opens an article as a sentence: a paragraph of plain text
/// with a few words that ends like a sentence. Kickers, bylines, datelines
/// and section labels do not end with a full stop.
///
/// Thai writes neither spaces between words nor a full stop: a sentence
/// there is a plain paragraph of Thai ending in a Thai letter, long enough
/// not to be a label ("วันแรกมีชาวสวนนำทุเรียนมาขายกว่า 300 ราย", the
/// first day's three hundred growers, is 40 characters and three "words").
fn is_lead_sentence(block: &Block) -> bool {
    let text = block.text.trim_end_matches(['"', '”', '’', '»', '\'', ')']);
    let plain = is_plain_line(block);
    let thai = text
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(crate::lexicon::stopwords::is_thai);
    plain
        && if thai {
            block.len() >= MIN_THAI_SENTENCE_CHARS
        } else {
            block.counts.words >= 6 && ends_like_sentence(text)
        }
}

/// Whether a text ends with a sentence's full stop, exclamation or
/// question mark (Latin or CJK), not with an ellipsis.
fn ends_like_sentence(text: &str) -> bool {
    text.ends_with(['.', '!', '?', '。', '！', '？']) && !text.ends_with("...")
}

/// A line of plain text: no links, not a heading or a list item.
fn is_plain_line(block: &Block) -> bool {
    block.links == 0 && matches!(block.kind, BlockKind::Paragraph | BlockKind::Other)
}

/// A forum reply of a few words that ends like a sentence: "Dzięki,
/// pomogło!", "Danke, hat geklappt!". One word ("Thanks!") may be a
/// button's label.
fn is_short_reply(block: &Block) -> bool {
    is_plain_line(block) && block.counts.words >= 2 && ends_like_sentence(block.text.trim_end())
}

/// Characters from which a plain Thai paragraph is a sentence (see
/// [`is_lead_sentence`]); Thai labels and kickers run to a dozen or two.
const MIN_THAI_SENTENCE_CHARS: u32 = 30;

/// Items of one list kept as text from which its link items are kept too.
const MIN_KEPT_LIST_ITEMS: usize = 3;

/// A list in an article (a packing list, a buying guide's checklist, a
/// tutorial's steps) can mix plain items ("Whistle", "Map and compass")
/// with items that are mostly a shop's or a reference's link ("Garmin
/// inReach Mini", "Headlamp (Black Diamond Storm)"). The plain items are
/// kept as text; the linked ones would be judged links and go, leaving
/// holes in the list. When a list keeps several of its items as text, and
/// at least a quarter of them, its link items stay too. A list of related
/// links keeps none of its items as text, so it still goes whole.
fn keep_links_of_kept_lists(dom: &Dom, blocks: &mut [Block], inside: &[usize]) {
    // Per list: (items kept as text, items dropped as links).
    let mut lists: HashMap<NodeId, (usize, usize)> = HashMap::new();
    for &i in inside {
        let block = &blocks[i];
        if block.kind != BlockKind::ListItem {
            continue;
        }
        let counts = lists.entry(dom.parent(block.owner)).or_default();
        match block.class {
            Class::Bad(Reason::HighLinkDensity) => counts.1 += 1,
            Class::Bad(_) => {}
            _ => counts.0 += 1,
        }
    }
    for &i in inside {
        let block = &mut blocks[i];
        if block.kind != BlockKind::ListItem || block.class != Class::Bad(Reason::HighLinkDensity) {
            continue;
        }
        let (kept, links) = lists[&dom.parent(block.owner)];
        if kept >= MIN_KEPT_LIST_ITEMS && kept * 4 >= kept + links {
            block.class = Class::Good;
        }
    }
}

/// The box a paragraph or a list item stands in: the paragraph's parent,
/// the list's parent.
fn point_container(dom: &Dom, block: &Block) -> NodeId {
    let parent = dom.parent(block.owner);
    if block.kind == BlockKind::ListItem {
        dom.parent(parent)
    } else {
        parent
    }
}

/// A sentence most of whose words are links ("Polly's neural voices
/// support two speaking styles."), not a headline or a menu: eight words
/// or more, ending like a sentence, in a paragraph.
fn is_linked_sentence(block: &Block) -> bool {
    block.kind == BlockKind::Paragraph
        && block.counts.words >= 8
        && block.link_density() <= 0.8
        && block.text.ends_with(['.', '!', '?', '。', '！', '？'])
}

/// A short line that ends an article as a sentence ("That is all for this
/// week."), not as a label, initials or a credit.
fn is_closing_sentence(block: &Block) -> bool {
    block.links == 0
        && !matches!(block.kind, BlockKind::ListItem | BlockKind::Heading(_))
        && block.counts.words >= 5
        && block.text.ends_with(['.', '!', '?', '。', '！', '？', '…'])
}

/// Captions stay with their images when the option asks for them, even at
/// the top of the article (the lead photo's caption).
fn keep_captions(blocks: &mut [Block], inside: &[usize], options: &Options) {
    if options.keep_captions == Some(false) {
        return;
    }
    for &i in inside {
        let block = &mut blocks[i];
        if block.kind == BlockKind::Caption && block.class == Class::Bad(Reason::LowTextDensity) {
            block.class = Class::Good;
        }
    }
}

/// News sites and blogs close the article with a note on its author, in
/// the same container as the text and written as prose, so no density
/// measure catches it: "Meg James is a corporate media reporter for ...",
/// "Über Moritz Bachmann" and a paragraph, "Email Tariq Malik at ... or
/// follow him", "Emiliano joined pv magazine in 2017". What marks it is
/// the byline's name: one of the last few kept blocks starts with one of
/// the author's names (or holds the full name near its start) while no
/// earlier block of the article names the author at all (an article about
/// its own author, or a wrong byline naming the subject, mentions the name
/// in the body and is left alone). That block and everything kept after it
/// go, if they are a small part of the article.
fn drop_author_note(blocks: &mut [Block], inside: &[usize], byline: Option<&str>) {
    let Some(byline) = byline else { return };
    let names = author_names(byline);
    if names.is_empty() {
        return;
    }
    let full = names.join(" ");
    let kept: Vec<usize> = inside
        .iter()
        .copied()
        .filter(|&i| blocks[i].class == Class::Good)
        .collect();
    if kept.len() < 4 {
        return;
    }
    let total: u32 = kept.iter().map(|&i| blocks[i].len()).sum();
    let first_tail = kept.len() - 3;
    let names_author = |text: &str| names.iter().any(|n| has_word(text, n));
    let body_names_author = kept[..first_tail]
        .iter()
        .any(|&i| names_author(&blocks[i].text.to_lowercase()));
    if body_names_author {
        return;
    }
    for k in first_tail..kept.len() {
        let text = blocks[kept[k]].text.to_lowercase();
        let head: String = text.chars().take(100).collect();
        let starts_with_name = names.iter().any(|n| {
            head.strip_prefix(n.as_str())
                .is_some_and(|rest| !rest.starts_with(crate::lexicon::stopwords::is_word_char))
        });
        let holds_full_name = names.len() >= 2 && has_word(&head, &full);
        // The bio's first line may also be a heading that names the author
        // ("About Meg James", "Über Moritz Bachmann").
        if !(starts_with_name || holds_full_name) {
            // An earlier tail block that does not name the author is body
            // text; so is this one, and only a later one can be the note.
            if names_author(&text) {
                return;
            }
            continue;
        }
        let tail: u32 = kept[k..].iter().map(|&i| blocks[i].len()).sum();
        if tail * 4 <= total && tail <= 1500 {
            for &i in &kept[k..] {
                blocks[i].class = Class::Bad(Reason::Byline);
            }
        }
        return;
    }
}

/// Blogs and news sites follow the article, in the same container, with a
/// section of other posts under a heading such as "You may also like",
/// "Related posts" or "Você pode gostar...": their excerpts are prose, so
/// they pass as paragraphs of the article. A heading known to announce
/// related content, after the article's first good paragraph and first in
/// its own container (not the article's), opens such a section: the rest
/// of that container goes. Shops do the same under a product ("Similar
/// items", "Customers also bought"); a product page is cleaned as a region
/// (`whole_region`), where any block may come first, so there the heading
/// need not follow a good paragraph. A heading over a note on the author
/// ("About the author", "Über den Autor"; a byline phrase) or over a legal
/// note ("Disclaimer", "Haftungsausschluss"; a copyright phrase) opens such
/// a box too: the biography or the note under it goes, as a byline or a
/// footer, and what follows in another box (the article's FAQ) stays.
fn drop_announced_sections(
    dom: &Dom,
    blocks: &mut [Block],
    inside: &[usize],
    root: NodeId,
    whole_region: bool,
) {
    let first_good = if whole_region {
        Some(0)
    } else {
        inside.iter().position(|&i| blocks[i].class == Class::Good)
    };
    let Some(first_good) = first_good else {
        return;
    };
    let mut k = first_good + 1;
    while k < inside.len() {
        let heading = &blocks[inside[k]];
        // What the heading announces: related posts, the author's note or
        // a legal note.
        let announced = match heading.class {
            Class::Bad(reason @ (Reason::RelatedLinks | Reason::Byline | Reason::Footer))
                if matches!(heading.kind, BlockKind::Heading(_)) =>
            {
                Some(reason)
            }
            _ => None,
        };
        let Some((section, announced)) = announced.and_then(|reason| {
            own_section(dom, heading.owner, blocks[inside[k - 1]].owner, root)
                .map(|section| (section, reason))
        }) else {
            k += 1;
            continue;
        };
        k += 1;
        while k < inside.len() && dom.contains(section, blocks[inside[k]].owner) {
            blocks[inside[k]].class = Class::Bad(announced);
            k += 1;
        }
    }
}

/// The outermost container of `heading` that does not hold `previous` (the
/// block before the heading) and is not `root`: the box the heading
/// announces. Shops wrap the heading in a title bar of its own (`<div
/// class=title><h2>Similar items</h2></div>` then the carousel), so the
/// heading's parent alone would hold nothing to drop. None when the heading's
/// parent already holds the previous block (a line of the article's own
/// container).
fn own_section(dom: &Dom, heading: NodeId, previous: NodeId, root: NodeId) -> Option<NodeId> {
    let mut section = dom.parent(heading);
    if section == root || dom.contains(section, previous) {
        return None;
    }
    loop {
        let outer = dom.parent(section);
        if outer == root || outer == section || dom.contains(outer, previous) {
            return Some(section);
        }
        section = outer;
    }
}

/// The lowercase names of a byline ("By Meg James, Staff" gives "meg",
/// "james", "staff"), without the little words of bylines ("by", "and",
/// "von"...) and one-letter initials.
fn author_names(byline: &str) -> Vec<String> {
    const LINKS: &[&str] = &[
        "by",
        "and",
        "the",
        "von",
        "van",
        "der",
        "den",
        "de",
        "del",
        "da",
        "di",
        "du",
        "la",
        "le",
        "und",
        "et",
        "y",
        "e",
        "dan",
        "oleh",
        "и",
        "от",
        "από",
        "και",
        "przez",
        "i",
        "staff",
        "team",
        "redaksi",
        "redaktion",
        "редакция",
    ];
    let mut names: Vec<String> = Vec::new();
    for word in crate::lexicon::stopwords::words(byline) {
        let word = word.to_lowercase();
        if word.chars().count() < 2 || LINKS.contains(&word.as_str()) {
            continue;
        }
        if word.chars().any(|c| c.is_numeric()) {
            return Vec::new();
        }
        if !names.contains(&word) {
            names.push(word);
        }
    }
    // A byline of many names is a list of contributors or not a byline.
    if names.len() > 4 {
        names.clear();
    }
    names
}

/// Whether lowercase `text` holds `word` as a whole word (any occurrence
/// in unspaced scripts).
fn has_word(text: &str, word: &str) -> bool {
    use crate::lexicon::stopwords::is_word_char;
    let dense = word.chars().any(crate::text::is_dense_script);
    text.match_indices(word).any(|(at, _)| {
        dense
            || (!text[..at].chars().next_back().is_some_and(is_word_char)
                && !text[at + word.len()..]
                    .chars()
                    .next()
                    .is_some_and(is_word_char))
    })
}

/// A block whose text already appeared (a pull quote, a summary repeated at
/// the end, a hidden copy) is dropped the second time.
///
/// Outside discussions (`keep_recurring`), a short line that comes back
/// three times or more is a line of the page's own structure, not a copy:
/// the question an interview puts to each of its guests ("Какую кухню
/// любите сами?" before each of 23 food bloggers' answers), the meals a
/// meal plan repeats day after day. It stays every time. Long blocks
/// repeated are copies (a page rendered for three screen sizes), and so
/// are quotes: a forum post quoted in several replies, a signature under
/// each post of its author.
fn drop_duplicates(dom: &Dom, blocks: &mut [Block], inside: &[usize], keep_recurring: bool) {
    const RECURRING: usize = 3;
    const MAX_RECURRING_LEN: usize = 300;
    let candidates: Vec<usize> = inside
        .iter()
        .copied()
        .filter(|&i| blocks[i].class == Class::Good && blocks[i].text.len() >= 40)
        .collect();
    // How often each text comes, and what follows it: a recurring line
    // introduces something new at least once (each guest's answer, the
    // day's other meals), where a copied passage or a second table of
    // contents brings the same next line every time.
    let mut seen: HashMap<&str, Recurrence> = HashMap::new();
    for (k, &i) in candidates.iter().enumerate() {
        let text = blocks[i].text.as_str();
        let next = candidates.get(k + 1).map(|&j| blocks[j].text.as_str());
        let entry = seen.entry(text).or_insert(Recurrence {
            count: 0,
            first_next: None,
            varied: false,
            next_is_itself: false,
        });
        entry.count += 1;
        if let Some(next) = next {
            match entry.first_next {
                None => entry.first_next = Some(next),
                Some(first) => entry.varied |= next != first,
            }
            entry.next_is_itself |= next == text;
        }
    }
    let recurring_line = |i: usize| {
        let block = &blocks[i];
        let text = block.text.as_str();
        let r = &seen[text];
        keep_recurring
            && r.count >= RECURRING
            && r.varied
            && !r.next_is_itself
            && text.chars().count() <= MAX_RECURRING_LEN
            && dom.closest(block.owner, Tag::Blockquote).is_none()
    };
    let mut first: HashSet<&str> = HashSet::new();
    let mut duplicates = Vec::new();
    for &i in &candidates {
        if !first.insert(blocks[i].text.as_str()) && !recurring_line(i) {
            duplicates.push(i);
        }
    }
    for i in duplicates {
        blocks[i].class = Class::Bad(Reason::Duplicate);
    }
}

/// How a text recurs among an article's blocks (see [`drop_duplicates`]).
struct Recurrence<'a> {
    count: usize,
    /// The text after its first occurrence that has one.
    first_next: Option<&'a str>,
    /// Another occurrence is followed by something else.
    varied: bool,
    /// An occurrence is followed by the same text again.
    next_is_itself: bool,
}

/// Marks a block's nodes. When the block is all its owner holds, the owner
/// goes (so no empty `<p>` or `<li>` is left behind).
fn drop_block(dom: &Dom, marks: &mut Marks, block: &Block, root: NodeId, reason: Reason) {
    let owner = block.owner;
    let owner_has_only_this = owner != root
        && dom
            .children(owner)
            .all(|c| (c >= block.first && c < block.end) || is_blank(dom, c));
    if owner_has_only_this {
        marks.drop_node(owner, reason);
        return;
    }
    let mut child = block.first;
    while child < block.end {
        marks.drop_node(child, reason);
        child = dom.end(child);
    }
}

fn is_blank(dom: &Dom, id: NodeId) -> bool {
    match dom.tag(id) {
        Tag::Text => dom
            .text(id)
            .is_some_and(|t| t.chars().all(crate::dom::is_html_space)),
        Tag::Comment => true,
        _ => false,
    }
}

/// Containers inside the article whose text was all dropped go as a whole,
/// images and all (a related-stories box with thumbnails, an ad slot with its
/// label). A figure whose only text was its caption keeps its image.
fn sweep_emptied_containers(
    dom: &Dom,
    marks: &mut Marks,
    blocks: &[Block],
    inside: &[usize],
    root: NodeId,
) {
    let base = root as usize;
    let span = (dom.end(root) - root) as usize;
    let mut kept = vec![0u32; span];
    let mut dropped = vec![0u32; span];
    let mut reason_len: Vec<Option<(Reason, u32)>> = vec![None; span];
    for &i in inside {
        let block = &blocks[i];
        let slot = block.owner as usize - base;
        match block.class {
            Class::Bad(reason) => {
                dropped[slot] += block.len().max(1);
                let mine = reason_len[slot].get_or_insert((reason, 0));
                if block.len() >= mine.1 {
                    *mine = (reason, block.len());
                }
            }
            _ => kept[slot] += block.len().max(1),
        }
    }
    for id in (root + 1..dom.end(root)).rev() {
        let parent = dom.parent(id);
        let (c, p) = (id as usize - base, parent as usize - base);
        kept[p] += kept[c];
        dropped[p] += dropped[c];
        if let Some((reason, len)) = reason_len[c] {
            let mine = reason_len[p].get_or_insert((reason, 0));
            if len >= mine.1 {
                *mine = (reason, len);
            }
        }
    }
    let mut id = root + 1;
    while id < dom.end(root) {
        let slot = (id - root) as usize;
        if marks.is_dropped(id) {
            id = dom.end(id);
            continue;
        }
        if dom.tag(id).is_element() && kept[slot] == 0 && dropped[slot] > 0 {
            let reason = reason_len[slot].map_or(Reason::LowTextDensity, |(r, _)| r);
            let holds_media =
                (id..dom.end(id)).any(|i| matches!(dom.tag(i), Tag::Img | Tag::Picture));
            let text_was_incidental =
                matches!(reason, Reason::Title | Reason::Byline | Reason::Caption);
            if !(holds_media && text_was_incidental) {
                marks.drop_node(id, reason);
                id = dom.end(id);
                continue;
            }
        }
        id += 1;
    }
}

/// Marks figure captions and caption-classed boxes as dropped (see
/// [`captions`]): for `keepCaptions: false`, and for the plain text by
/// default.
pub(crate) fn drop_captions(dom: &Dom, marks: &mut Marks, root: NodeId, lengths: &[u32]) {
    for id in captions(dom, marks, root, lengths) {
        marks.drop_node(id, Reason::Caption);
    }
}

/// The figure captions (`<figcaption>`) and caption boxes (see
/// [`is_caption_box`]) under `root` that are kept, outermost ones only.
pub(crate) fn captions(dom: &Dom, marks: &Marks, root: NodeId, lengths: &[u32]) -> Vec<NodeId> {
    let mut found = Vec::new();
    let mut id = root;
    while id < dom.end(root) {
        // A table's caption is its title (Sphinx's `<caption><span
        // class=caption-text>`, a fee table's "Tarif sesuai PP No. 28"
        // under it in WordPress' `<figure class=wp-block-table>`), part of
        // the table as a reader sees it: only photos' captions are ones.
        if marks.is_dropped(id) || dom.tag(id) == Tag::Table {
            id = dom.end(id);
            continue;
        }
        if (matches!(dom.tag(id), Tag::Figcaption) || is_caption_box(dom, id, lengths))
            && !is_table_caption(dom, id)
        {
            found.push(id);
            id = dom.end(id);
            continue;
        }
        id += 1;
    }
    found
}

/// Text beyond which a box named as a caption is not one.
const MAX_CAPTION_BOX_LEN: u32 = 400;

/// Whether a caption belongs to a table: the figure it captions holds one.
fn is_table_caption(dom: &Dom, id: NodeId) -> bool {
    let figure = dom.parent(id);
    figure != crate::dom::NO_NODE && (figure..dom.end(figure)).any(|d| dom.tag(d) == Tag::Table)
}

/// A box whose class names it a caption (`wp-caption-text`,
/// `caption`, `image-credit`), when it is the size of one: a line or two
/// under a photo, neither a heading nor holding one. A class word can also name a
/// container: the tile of a shop's grid (`product-caption`, with the
/// product's name as a heading, its price and a description), the panel
/// of a product tour (`caption-container`, with a feature's paragraphs).
/// Tailwind's arbitrary variants name other elements
/// (`[&_figcaption]:mt-xs` on an article styles the captions inside it)
/// and are not read.
fn is_caption_box(dom: &Dom, id: NodeId, lengths: &[u32]) -> bool {
    use crate::lexicon::classes::{boilerplate_kind, for_each_token, ClassKind};
    if !dom.tag(id).is_element() || lengths[id as usize] > MAX_CAPTION_BOX_LEN {
        return false;
    }
    let Some(class) = dom.attr(id, local_name!("class")) else {
        return false;
    };
    // The caption words ("caption", "figcaption", "credit") hold one of
    // these: most classes are turned away without being cut into words.
    let may_name = |part: &[u8]| {
        class
            .as_bytes()
            .windows(part.len())
            .any(|w| w.eq_ignore_ascii_case(part))
    };
    if !may_name(b"capt") && !may_name(b"redit") {
        return false;
    }
    let mut named = false;
    for name in class.split_ascii_whitespace().filter(|n| !n.contains("[&")) {
        for_each_token(name, |t| {
            named |= boilerplate_kind(t) == Some(ClassKind::Caption)
        });
    }
    named && !(id..dom.end(id)).any(|d| dom.tag(d).heading_level().is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A buying guide: under each product, its paragraphs, then a box of
    /// "Pros" and "Cons" lines and a price widget. The verdict lines stay
    /// (in German too); the same terse lines without the labels go, as
    /// any run of fragments between boxes does.
    #[test]
    fn a_review_s_pros_and_cons_stay() {
        let guide = |pros: &str, cons: &str| {
            let product = |name: &str| {
                format!(
                    "<h2>{name} laptop</h2><p>The {name} is the machine we would buy with our own money: it runs all day on one charge, \
                     its screen is sharp and bright, and its keyboard is a pleasure to type on for hours at a time.</p>\
                     <div class=box><p>{pros}</p><ul><li>Long battery life</li><li>Beautiful screen</li></ul>\
                     <p>{cons}</p><ul><li>Glossy screen</li><li>Few ports</li></ul></div>\
                     <div class=prices><a href='/buy/{name}'>See the price at the shop</a></div>"
                )
            };
            let body: String = ["Lenovo", "Acer", "Asus"]
                .iter()
                .map(|n| product(n))
                .collect();
            format!("<html><body><article><h1>The best laptops</h1>{body}</article></body></html>")
        };
        for (pros, cons) in [("Pros", "Cons"), ("Vorteile", "Nachteile:")] {
            let article = crate::extract(&guide(pros, cons), &Options::default()).unwrap();
            assert_eq!(
                article.text.matches("Long battery life").count(),
                3,
                "{}",
                article.text
            );
            assert_eq!(article.text.matches(cons).count(), 3, "{}", article.text);
        }
        let article = crate::extract(&guide("Good", "Bad"), &Options::default()).unwrap();
        assert!(
            !article.text.contains("Long battery life"),
            "{}",
            article.text
        );
    }

    /// A packing list in an article: plain items ("Whistle") beside
    /// items that are mostly a shop's link ("Headlamp (Black Diamond
    /// Storm)"). The linked items stay with the plain ones; a list of
    /// links alone (related posts) still goes.
    #[test]
    fn a_list_s_linked_items_stay_beside_its_plain_items() {
        let intro = "<p>There are big ticket items when you consider what your backpacking gear should be, and \
            then there are the small things that are easy to forget at home. I have packed for trips of one night and of \
            a whole week, and this is the list I come back to every time before I leave, whatever the season.</p>\
            <p>I have included items for both my tent campers and my hammock campers, so pick what suits you.</p>";
        let outro = "<p>Most of the small gear weighs next to nothing, which is exactly why it is so easy to leave \
            behind: it never feels important until the evening you need it. Keep it together in one bright bag, check the \
            batteries and the lighter before each trip, and put the bag back in the pack as soon as you come home.</p>";
        let items =
            |items: &[&str]| -> String { items.iter().map(|n| format!("<li>{n}</li>")).collect() };
        let plain = items(&[
            "Whistle",
            "Map and compass",
            "Trash bags or Ziplocs",
            "Fire starter (flint and steel)",
        ]);
        let linked = items(&[
            "<a href='/shop/headlamp'>Headlamp</a> (with extra batteries)",
            "<a href='/shop/inreach'>Garmin inReach Mini</a>",
            "<a href='/shop/tape'>Gear tape/duct tape</a>",
        ]);
        let related = items(&[
            "<a href='/post/tents'>Best tents of the year</a>",
            "<a href='/post/trails'>Our favourite trails</a>",
            "<a href='/post/testing'>How we test our gear</a>",
        ]);
        let html = format!(
            "<html><body><article><h1>Backpacking essentials</h1>{intro}<h2>Small gear</h2>\
             <ul>{plain}{linked}</ul>{outro}<h2>Read next</h2><ul>{related}</ul></article></body></html>"
        );
        let article = crate::extract(&html, &Options::default()).unwrap();
        for item in ["Whistle", "Headlamp", "Garmin inReach Mini", "Gear tape"] {
            assert!(article.text.contains(item), "{item}: {}", article.text);
        }
        assert!(
            !article.text.contains("Our favourite trails"),
            "{}",
            article.text
        );
    }

    #[test]
    fn an_interview_s_recurring_question_stays_but_copies_go() {
        let question =
            "What kind of cooking do you like yourself, and is there anything you never eat?";
        let answer = |name: &str| {
            format!("<p>{name} answers that she cooks mostly vegetables from the market near her flat, and that she has never been able to eat oysters, whatever the season.</p>")
        };
        let guests: String = ["Anna", "Marta", "Olga", "Vera"]
            .iter()
            .map(|name| format!("<h2>{name}</h2><p>{question}</p>{}", answer(name)))
            .collect();
        let html = format!(
            "<html><body><article><h1>Four food bloggers</h1>{guests}</article></body></html>"
        );
        let article = crate::extract(&html, &Options::default()).unwrap();
        assert_eq!(
            article.text.matches(question).count(),
            4,
            "{}",
            article.text
        );

        // A passage shown twice (a pull quote, a copy for another screen),
        // and a line that comes back with the same next line each time (a
        // table of contents repeated): the copies go.
        let pull = "The market near her flat is where the whole week of cooking starts, she says, every Saturday.";
        let contents = "<p>Why the market matters to every cook in the neighbourhood, and why she goes there before anything else on a Saturday.</p>\
                        <p>What a week of vegetables costs a family of four people in the city, and how the prices have moved since the spring.</p>";
        let body: String = ["Anna", "Marta", "Olga"]
            .iter()
            .map(|name| answer(name))
            .collect();
        let html = format!(
            "<html><body><article><h1>Market days</h1>{contents}<p>{pull}</p>{body}<blockquote><p>{pull}</p></blockquote>{contents}{body}{contents}</article></body></html>"
        );
        let article = crate::extract(&html, &Options::default()).unwrap();
        assert_eq!(article.text.matches(pull).count(), 1, "{}", article.text);
        assert_eq!(
            article.text.matches("Why the market matters").count(),
            1,
            "{}",
            article.text
        );
    }

    /// A table's caption is its title, not a photo's caption: Sphinx's
    /// `<caption><span class=caption-text>` and WordPress' figcaption under
    /// a table stay in the text without captions.
    #[test]
    fn a_table_s_caption_is_no_photo_caption() {
        let html = "<body><figure><img src=a.jpg><figcaption id=photo>The bridge.</figcaption></figure>\
            <table><caption><span class=caption-text>General options</span></caption><tr><td>x</td></tr></table>\
            <figure class=wp-block-table><table><tr><td>Rp350.000</td></tr></table>\
            <figcaption>Tarif sesuai PP No. 28</figcaption></figure></body>";
        let dom = crate::dom::tests::parse(html);
        let lengths = crate::pipeline::prepare::subtree_text_lengths(&dom);
        let found = captions(&dom, &Marks::new(dom.len()), dom.body, &lengths);
        let photo = (0..dom.len() as NodeId)
            .find(|&i| dom.attr(i, local_name!("id")).as_deref() == Some("photo"))
            .unwrap();
        assert_eq!(found, [photo]);
    }

    #[test]
    fn caption_boxes_are_caption_sized_and_named_for_themselves() {
        let long = "The panel explains the feature in a paragraph. ".repeat(10);
        let html = format!(
            "<body><div id=cap class=wp-caption-text>The bridge at dawn.</div>\
             <h2 id=head class=wt-text-caption>Leather wallet</h2>\
             <div id=tile class=product-caption><h3>Wallet</h3>$20</div>\
             <div id=panel class=caption-container>{long}</div>\
             <article id=styled class='[&_figcaption]:mt-xs'>A short note.</article></body>"
        );
        let dom = crate::dom::tests::parse(&html);
        let lengths = crate::pipeline::prepare::subtree_text_lengths(&dom);
        let by_id = |name: &str| {
            (0..dom.len() as NodeId)
                .find(|&i| dom.attr(i, local_name!("id")).as_deref() == Some(name))
                .unwrap()
        };
        assert!(is_caption_box(&dom, by_id("cap"), &lengths));
        for name in ["head", "tile", "panel", "styled"] {
            assert!(!is_caption_box(&dom, by_id(name), &lengths), "{name}");
        }
    }

    #[test]
    fn headlines_match_with_or_without_a_kicker() {
        let title = comparable("Korut Akan Kirim Senjata ke Rusia");
        assert!(is_same_headline(
            &comparable("Korut akan kirim senjata ke Rusia!"),
            &title
        ));
        assert!(is_same_headline(
            &comparable("Korut Akan Kirim Senjata ke Rusia - detikNews"),
            &title
        ));
        assert!(!is_same_headline(&comparable("Rusia"), &title));
    }

    /// The blocks of an HTML snippet, all judged good.
    fn good_blocks(html: &str) -> Vec<Block> {
        let dom = crate::dom::tests::parse(html);
        let marks = Marks::new(dom.len());
        let flags = super::super::blocks::block_like(&dom);
        let mut blocks = super::super::blocks::build(&dom, &marks, dom.body, &flags);
        for block in &mut blocks {
            block.class = Class::Good;
        }
        blocks
    }

    /// The element with `id=root`: the root the tests clean under.
    fn root_of(dom: &Dom) -> NodeId {
        (0..dom.len() as NodeId)
            .find(|&i| dom.attr(i, local_name!("id")).as_deref() == Some("root"))
            .expect("an element with id=root")
    }

    /// The texts of the blocks judged good, in order.
    fn good_texts(blocks: &[Block]) -> Vec<&str> {
        blocks
            .iter()
            .filter(|b| b.class == Class::Good)
            .map(|b| b.text.as_str())
            .collect()
    }

    const BODY: &str = "<p>The council voted on Tuesday to close the old bridge for repairs, \
        after engineers found cracks in two of its supports during the spring inspection.</p>";

    #[test]
    fn an_author_note_at_the_end_goes() {
        // A news page: the reporter's bio closes the article.
        let mut blocks = good_blocks(&format!(
            "<article>{BODY}{BODY}{BODY}{BODY}{BODY}<p>Meg James is a corporate media \
             reporter for the Times, covering television.</p></article>"
        ));
        let inside: Vec<usize> = (0..blocks.len()).collect();
        drop_author_note(&mut blocks, &inside, Some("By Meg James"));
        assert_eq!(blocks[5].class, Class::Bad(Reason::Byline));
        assert!(blocks[..5].iter().all(|b| b.class == Class::Good));
        // A German blog: a heading "Über <author>" and the bio under it.
        let mut blocks = good_blocks(&format!(
            "<article>{BODY}{BODY}{BODY}{BODY}{BODY}<h3>Über <b>Moritz Bachmann</b></h3>\
             <p>Als Inbound Sales Manager bildet er die Schnittstelle zum Vertrieb.</p></article>"
        ));
        let inside: Vec<usize> = (0..blocks.len()).collect();
        drop_author_note(&mut blocks, &inside, Some("Moritz Bachmann"));
        assert_eq!(blocks[5].class, Class::Bad(Reason::Byline));
        assert_eq!(blocks[6].class, Class::Bad(Reason::Byline));
    }

    #[test]
    fn a_related_section_after_the_article_goes() {
        // A blog: the post, then in its own box a "You may also like"
        // heading over excerpts of other posts, which read as prose.
        let html = format!(
            "<div id=root><article>{BODY}{BODY}</article><section><h3>You may also like</h3>\
             {BODY}<p>Another post on the harbour and the ferry timetable.</p></section></div>"
        );
        let dom = crate::dom::tests::parse(&html);
        let mut blocks = good_blocks(&html);
        blocks[2].class = Class::Bad(Reason::RelatedLinks);
        let inside: Vec<usize> = (0..blocks.len()).collect();
        let root = root_of(&dom);
        drop_announced_sections(&dom, &mut blocks, &inside, root, false);
        assert!(blocks[..2].iter().all(|b| b.class == Class::Good));
        assert_eq!(blocks[3].class, Class::Bad(Reason::RelatedLinks));
        assert_eq!(blocks[4].class, Class::Bad(Reason::RelatedLinks));
        // The same heading as a line of the article's own container is
        // left to the other rules.
        let html = format!("<div id=root>{BODY}<h3>You may also like</h3>{BODY}</div>");
        let dom = crate::dom::tests::parse(&html);
        let mut blocks = good_blocks(&html);
        blocks[1].class = Class::Bad(Reason::RelatedLinks);
        let root = root_of(&dom);
        drop_announced_sections(&dom, &mut blocks, &[0, 1, 2], root, false);
        assert_eq!(blocks[2].class, Class::Good);
    }

    #[test]
    fn the_box_under_an_author_note_or_disclaimer_heading_goes_and_the_faq_after_it_stays() {
        // A health site's article, then a box with "About the Author" and
        // a biography written as prose, then the article's FAQ.
        let html = format!(
            "<div id=root><article>{BODY}{BODY}</article><div class=box><h2>About the Author</h2>\
             <p>Maureen Salamon is the executive editor of the Women's Health Watch.</p></div>\
             <div><h2>FAQ</h2><p>Exercise helps with mild depression, the review found.</p></div></div>"
        );
        let dom = crate::dom::tests::parse(&html);
        let mut blocks = good_blocks(&html);
        assert_eq!(blocks[2].text, "About the Author");
        assert_eq!(
            crate::lexicon::phrases::classify(&blocks[2].text),
            Some(crate::lexicon::phrases::PhraseKind::Credit)
        );
        blocks[2].class = Class::Bad(Reason::Byline);
        let inside: Vec<usize> = (0..blocks.len()).collect();
        let root = root_of(&dom);
        drop_announced_sections(&dom, &mut blocks, &inside, root, false);
        assert_eq!(blocks[3].class, Class::Bad(Reason::Byline));
        assert_eq!(
            good_texts(&blocks)[2..],
            [
                "FAQ",
                "Exercise helps with mild depression, the review found."
            ]
        );
        // The same for a legal note under a "Disclaimer" heading.
        let html = format!(
            "<div id=root><article>{BODY}{BODY}</article><div><h2>Disclaimer:</h2>\
             <p>No content on this site should be used as a substitute for advice.</p></div></div>"
        );
        let dom = crate::dom::tests::parse(&html);
        let mut blocks = good_blocks(&html);
        blocks[2].class = Class::Bad(Reason::Footer);
        let inside: Vec<usize> = (0..blocks.len()).collect();
        drop_announced_sections(&dom, &mut blocks, &inside, root_of(&dom), false);
        assert_eq!(blocks[3].class, Class::Bad(Reason::Footer));
    }

    #[test]
    fn a_mega_menu_run_together_is_not_a_region_item() {
        // A shop's category menu whose links sit side by side in one
        // block, then the product grid's items (a linked name each).
        let menu: String = (0..40)
            .map(|i| format!("<a href=/c/{i}>Living Room Furniture {i}</a>"))
            .collect();
        let html = format!(
            "<div><div>{menu}</div><ul><li><a href=/p/1>Sharann Executive Chair in brown leather</a></li>\
             <li><a href=/p/2>Beaded Cut Sixteen Row Woodland Lamp</a></li></ul></div>"
        );
        let mut blocks = good_blocks(&html);
        for block in &mut blocks {
            block.class = Class::Bad(Reason::HighLinkDensity);
        }
        let inside: Vec<usize> = (0..blocks.len()).collect();
        keep_region(&mut blocks, &inside);
        let kept = good_texts(&blocks);
        assert_eq!(
            kept,
            [
                "Sharann Executive Chair in brown leather",
                "Beaded Cut Sixteen Row Woodland Lamp"
            ]
        );
    }

    #[test]
    fn a_shop_carousel_under_its_own_title_bar_goes_from_a_region() {
        // A product page cleaned as a region: the item's details, then a
        // carousel whose heading sits in a title bar of its own, beside
        // (not above) the product cards.
        let html = "<div id=root><div><p>Condition: used</p><p>Delivery: varies</p></div>\
             <div class=carousel><div class=title><h2>Similar items</h2></div>\
             <ul><li>Blue linen shirt, size 10, $8.03</li><li>Green blouse, $13.40</li></ul>\
             </div><p>Seller assumes all responsibility for this listing.</p></div>";
        let dom = crate::dom::tests::parse(html);
        let mut blocks = good_blocks(html);
        let heading = blocks
            .iter()
            .position(|b| b.text.contains("Similar"))
            .unwrap();
        blocks[heading].class = Class::Bad(Reason::RelatedLinks);
        let inside: Vec<usize> = (0..blocks.len()).collect();
        let root = root_of(&dom);
        drop_announced_sections(&dom, &mut blocks, &inside, root, true);
        let kept = good_texts(&blocks);
        assert_eq!(
            kept,
            [
                "Condition: used",
                "Delivery: varies",
                "Seller assumes all responsibility for this listing."
            ]
        );
    }

    #[test]
    fn an_article_naming_its_author_in_the_body_keeps_its_end() {
        // A wrong byline naming the subject, or a column about its author:
        // the name is in the body, so the last paragraph is not a note.
        let mut blocks = good_blocks(&format!(
            "<article>{BODY}<p>Swift said the album was the first she owned outright.</p>\
             {BODY}{BODY}{BODY}<p>Swift will tour Europe next year with the new songs.</p></article>"
        ));
        let inside: Vec<usize> = (0..blocks.len()).collect();
        drop_author_note(&mut blocks, &inside, Some("Taylor Swift"));
        assert!(blocks.iter().all(|b| b.class == Class::Good));
        assert_eq!(
            author_names("By Ann Lee and Bo Chen"),
            ["ann", "lee", "bo", "chen"]
        );
        assert!(has_word("meg james is", "meg james"));
        assert!(!has_word("omega james", "meg"));
    }

    /// A forum thread: a long first post, then short replies of one
    /// sentence each (near-prose) between the permalink lines of the posts
    /// ("Feb 21, 2010 #3", link lines). On a declared discussion each
    /// reply is a post, content however short; on an article page such
    /// lone lines between link lines are teasers and go.
    #[test]
    fn a_discussion_keeps_its_one_line_replies() {
        let html = "<body><div id=root>\
            <div><a href=/p1>Feb 20, 2010 #1</a></div><p>first</p><p>second</p>\
            <div><a href=/p2>Feb 21, 2010 #2</a></div><p>reply one</p>\
            <div><a href=/p3>Feb 21, 2010 #3</a></div><p>reply two</p>\
            <div><a href=/p4>Feb 21, 2010 #4</a></div><p>reply three</p></div></body>";
        let class_of = |text: &str| match text {
            "first" | "second" => Class::Good,
            t if t.starts_with("reply") => Class::NearGood,
            _ => Class::Bad(Reason::HighLinkDensity),
        };
        let judged = |discussion: Discussion| {
            revised_as_discussion(html, class_of, discussion)
                .into_iter()
                .filter(|b| b.text.starts_with("reply"))
                .map(|b| b.class)
                .collect::<Vec<_>>()
        };
        let forum = judged(Discussion::Forum);
        assert!(
            forum.iter().all(|c| !matches!(c, Class::Bad(_))),
            "{forum:?}"
        );
        let article = judged(Discussion::None);
        assert!(
            article.iter().all(|c| matches!(c, Class::Bad(_))),
            "{article:?}"
        );
    }

    /// The blocks of `html` classed by `class_of` (by their text), then
    /// revised by context on a page declared as `discussion`.
    fn revised_as_discussion(
        html: &str,
        class_of: impl Fn(&str) -> Class,
        discussion: Discussion,
    ) -> Vec<Block> {
        let dom = crate::dom::tests::parse(html);
        let marks = Marks::new(dom.len());
        let lengths = super::super::prepare::subtree_text_lengths(&dom);
        let flags = super::super::blocks::block_like(&dom);
        let mut blocks = super::super::blocks::build(&dom, &marks, dom.body, &flags);
        for block in &mut blocks {
            block.class = class_of(&block.text);
        }
        let inside: Vec<usize> = (0..blocks.len()).collect();
        let items = sequence(&dom, &marks, &lengths, &blocks, &inside, root_of(&dom));
        revise_by_context(&dom, &mut blocks, &items, &Options::default(), discussion);
        blocks
    }

    /// A thread's one-sentence replies, short lines each in its own post
    /// between the posts' user cards, are posts; on a Q&A page such lines
    /// are remarks under the answers, and on an article teasers.
    #[test]
    fn a_thread_keeps_its_one_sentence_replies() {
        let html = "<body><div id=root>\
            <div><a href=/u1>ann</a></div><div><p>first</p><p>second</p></div>\
            <div><a href=/u2>lee</a></div><div><p>Thanks, that fixed it for me as well.</p></div>\
            <div><a href=/u3>bo</a></div><div><p>谢谢分享，学习了，正好我也在看二手车。</p></div></div></body>";
        let class_of = |text: &str| match text {
            "first" | "second" => Class::Good,
            t if t.len() > 20 => Class::Short,
            _ => Class::Bad(Reason::HighLinkDensity),
        };
        let kept = |discussion: Discussion| {
            revised_as_discussion(html, class_of, discussion)
                .iter()
                .filter(|b| b.text.len() > 20 && !matches!(b.class, Class::Bad(_)))
                .count()
        };
        assert_eq!(kept(Discussion::Forum), 2);
        assert_eq!(kept(Discussion::Questions), 0);
        assert_eq!(kept(Discussion::None), 0);
    }

    /// In a thread, a reply of two or three words that ends like a
    /// sentence is a post, and a post's greeting, split from its prose by
    /// line breaks only, is part of it; on an article both go as stray
    /// lines.
    #[test]
    fn a_thread_keeps_its_short_replies_and_greetings() {
        let html = "<body><div id=root>\
            <div><a href=/u1>ann</a></div>\
            <div class=content>Hallo zusammen,<br><br>the first post's prose<br><br>more prose</div>\
            <div><a href=/u2>lee</a></div><div class=content>Danke, hat geklappt!</div>\
            <div><a href=/u3>bo</a></div><div class=content>Zitieren</div></div></body>";
        let class_of = |text: &str| match text {
            t if t.contains("prose") => Class::Good,
            "Hallo zusammen," | "Danke, hat geklappt!" | "Zitieren" => Class::Short,
            _ => Class::Bad(Reason::HighLinkDensity),
        };
        let kept = |discussion: Discussion| {
            let blocks = revised_as_discussion(html, class_of, discussion);
            let mut kept: Vec<String> = blocks
                .iter()
                .filter(|b| b.class == Class::Good && !b.text.contains("prose"))
                .map(|b| b.text.clone())
                .collect();
            kept.sort();
            kept
        };
        assert_eq!(
            kept(Discussion::Forum),
            ["Danke, hat geklappt!", "Hallo zusammen,"]
        );
        assert!(kept(Discussion::None).is_empty());
    }

    #[test]
    fn a_short_first_paragraph_cut_off_by_the_lead_photo_stays() {
        // A wire story: a one-sentence lead, the lead photo with an ad
        // slot, then the body.
        let body = "<p>They are only a side effect of the consistent, brilliant \
            all-around play he has been dishing out for seventeen seasons, with no \
            slowdown in sight, and the coach said so after the game on Monday night.</p>";
        let html = format!(
            "<html><body><nav><a href=/>Home</a> <a href=/s>Sports</a></nav><article>\
             <h1>LeBron sets triple-double mark</h1><p class=byline>By Greg Beacham</p>\
             <p>LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal.</p>\
             <div class=related><a href=/a>Lakers beat the Suns at home</a><br>\
             <a href=/b>Clippers sign a new guard for the season</a><br>\
             <a href=/c>Kings fire their coach after a losing start</a></div>\
             {body}{body}{body}</article></body></html>"
        );
        let article = crate::extract(&html, &Options::default()).unwrap();
        assert!(
            article
                .text
                .starts_with("LOS ANGELES (AP) — To LeBron James"),
            "{}",
            article.text
        );
        assert!(!article.text.contains("Greg Beacham"));
    }

    #[test]
    fn a_lead_after_a_disclosure_and_share_buttons_stays_without_them() {
        // A travel blog: an affiliate disclosure in its own box, a share
        // row, a two-sentence first paragraph, the lead photo whose caption
        // is a link, then the body.
        let body = "<p>Japan is a nation that is not afraid of innovation and progress, \
            yet it is passionately protective and proud of its culture, and the old \
            and the new live side by side in every one of its cities.</p>";
        let html = format!(
            "<html><body><article><h1>Your first trip to Japan</h1><div class=entry>\
             <div class=code-block><p>Purchases made through links earn us a small commission, \
             at no extra cost to you.</p></div>\
             <div class=social-share><a href=/fb>Share</a><a href=/tw>Tweet</a></div>\
             <p>It is hard not to love Japan. Beautiful and evocative, it captures your heart.</p>\
             <figure><img src=a.jpg><figcaption><a href=/kyoto>Fushimi Inari, Kyoto</a></figcaption></figure>\
             {body}{body}{body}</div></article></body></html>"
        );
        let article = crate::extract(&html, &Options::default()).unwrap();
        assert!(
            article.text.starts_with("It is hard not to love Japan."),
            "{}",
            article.text
        );
        assert!(!article.text.contains("commission"));
    }

    #[test]
    fn terse_points_between_paragraphs_of_the_body_stay() {
        // A buying guide: paragraphs, then spec bullets with hardly a
        // function word, a link list ("Compare prices"), more bullets, and
        // the rest of the article; after it, the page's own link row.
        let body = BODY;
        let html = format!(
            "<html><body><article><h1>Best headphones</h1><div class=body>{body}{body}\
             <ul><li>Weight: 315 grams, aluminium frame, memory foam cushions, folding hinges</li>\
             <li>Battery: 30 hours, USB-C fast charging, 10 minutes for 5 hours playback</li></ul>\
             {body}<div><a href=/a>Compare prices</a> <a href=/b>Amazon</a> <a href=/c>Best Buy</a></div>\
             <ul><li>Drivers: 40 mm dynamic, 4 Hz to 40 kHz response, 32 ohm impedance</li>\
             <li>Codecs: SBC, AAC, LDAC, Bluetooth 5.3 multipoint pairing, NFC tap</li></ul>\
             <div><a href=/d>Sony</a> <a href=/e>Bose</a> <a href=/f>Apple</a></div>\
             {body}{body}</div></article>\
             <div class=tags><a href=/t1>Audio</a> <a href=/t2>Reviews</a></div></body></html>"
        );
        let article = crate::extract(&html, &Options::default()).unwrap();
        for point in [
            "Weight: 315 grams",
            "Battery: 30 hours",
            "Drivers: 40 mm",
            "Codecs: SBC",
        ] {
            assert!(article.text.contains(point), "{point}: {}", article.text);
        }
        assert!(!article.text.contains("Compare prices"));
        assert!(!article.text.contains("Audio"));
    }

    #[test]
    fn terse_points_of_a_later_section_of_the_article_stay() {
        // A feature whose body is split into section boxes: the points of
        // the second section sit beside its prose, not in the first
        // section's container.
        let body = BODY;
        let html = format!(
            "<html><body><article><h1>Agentic AI</h1><div class=s1>{body}{body}</div>\
             <div class=s2>{body}<h4>Key characteristics</h4><ol>\
             <li>Autonomy: operates independently, managing multistep tasks and workflows</li>\
             <li>Tool integration: interfaces with external systems (APIs, databases, search)</li></ol>\
             {body}</div></article></body></html>"
        );
        let article = crate::extract(&html, &Options::default()).unwrap();
        for point in ["Autonomy: operates", "Tool integration: interfaces"] {
            assert!(article.text.contains(point), "{point}: {}", article.text);
        }
    }

    #[test]
    fn a_terse_item_between_wordier_items_of_its_list_stays() {
        // A how-to's steps in a box of their own: one step reads as
        // terse beside the others, but it is the same list. Favouring
        // precision drops it, as it drops the other terse points.
        let body = BODY;
        let step = |n: u32| {
            format!("<li>Step {n}: Write down what it is that you want the team to do and for whom it is done.</li>")
        };
        let html = format!(
            "<html><body><article><h1>Software budgets</h1><div class=intro>{body}{body}</div>\
             <div class=s2><h3>How do you budget?</h3><div class=steps><ul>{}\
             <li>Estimate Costs: Use industry benchmarks, account for hidden costs like hosting, licences.</li>\
             {}</ul></div>{body}</div></article></body></html>",
            step(1),
            step(2)
        );
        let article = crate::extract(&html, &Options::default()).unwrap();
        assert!(article.text.contains("Estimate Costs"), "{}", article.text);
        let favor = Options {
            favor: Favor::Precision,
            ..Options::default()
        };
        let article = crate::extract(&html, &favor).unwrap();
        assert!(!article.text.contains("Estimate Costs"), "{}", article.text);
    }

    #[test]
    fn a_long_terse_paragraph_beside_the_body_stays() {
        // A coffee machine review: its pros and cons in one long line of
        // names without a function word or a comma.
        let body = BODY;
        let html = format!(
            "<html><body><article><h1>Website builders</h1><div class=body>{body}{body}\
             <p>Pros Gorgeous design SCA-certified brewing Wifi-enabled app Large variety of drink \
             styles Built-in milk frother Cons Expensive Bulky Loud grinder Frequent descaling \
             Learning curve for beginners</p>{body}{body}</div></article></body></html>"
        );
        let article = crate::extract(&html, &Options::default()).unwrap();
        assert!(
            article.text.contains("Pros Gorgeous design"),
            "{}",
            article.text
        );
    }

    #[test]
    fn a_line_with_a_link_in_it_does_not_end_the_prose() {
        // A documentation page: a section's list of arguments, one of
        // which names a type with a link. That line is text with a link,
        // not a link item, and the short lines before it stay with the
        // section's prose.
        let body = |n: &str| {
            format!(
                "<p>The fetch function {n} takes a resource and returns a promise, which \
                 settles once the server has answered with the headers of its response, \
                 and before the body of the response has arrived at all.</p>"
            )
        };
        let (one, two, three, four) = (body("one"), body("two"), body("three"), body("four"));
        let html = format!(
            "<html><body><main><h1>Using Fetch</h1><section>{one}{two}</section>\
             <section><h2>Making a request</h2><p>To make a request, call fetch(), passing in:</p>\
             <ol><li>a string containing the URL</li><li>a <a href=/request>Request</a> instance</li>\
             <li>optionally, an object containing options.</li></ol>{three}</section>\
             <section>{four}</section></main></body></html>"
        );
        let article = crate::extract(&html, &Options::default()).unwrap();
        for line in [
            "Making a request",
            "To make a request",
            "a string containing",
        ] {
            assert!(article.text.contains(line), "{line}: {}", article.text);
        }
    }

    #[test]
    fn a_sentence_made_mostly_of_links_stays_between_paragraphs() {
        // A cloud guide: one sentence of the body is two links and a few
        // words; a linked headline between paragraphs (no full stop) goes.
        let body = BODY;
        let html = format!(
            "<html><body><article><h1>Speech services</h1><div class=body>{body}{body}\
             <p><a href=/polly>Amazon Polly's neural text-to-speech voices</a> support \
             <a href=/styles>two speaking styles</a> for news and for chat.</p>{body}\
             <p><a href=/kettles>The ten best kettles we tested this year</a></p>\
             {body}{body}</div></article></body></html>"
        );
        let article = crate::extract(&html, &Options::default()).unwrap();
        assert!(
            article
                .text
                .contains("Amazon Polly's neural text-to-speech voices support"),
            "{}",
            article.text
        );
        assert!(
            !article.text.contains("ten best kettles"),
            "{}",
            article.text
        );
    }

    #[test]
    fn a_closing_list_right_after_the_last_paragraph_stays_but_a_call_to_action_goes() {
        // A sports story that ends with its subheading and the plain list
        // of qualified teams, right after its last paragraph; a recipe
        // blog that ends with a call-to-action heading.
        let body = "<p>Croatia, Germany, the Netherlands and Austria all qualified on \
            Saturday, while Turkey drew with Iceland earlier in the week to book its \
            place at the tournament that will be played across the continent next summer.</p>";
        let teams: String = [
            "England (Group A): 10th appearance",
            "Czech Republic (Group A): Seventh appearance",
            "Ukraine (Group B): Third appearance",
            "Spain (Group F): 11th appearance",
        ]
        .iter()
        .map(|t| format!("<li>{t}</li>"))
        .collect();
        let html = format!(
            "<html><body><article><h1>Euro qualifying</h1>{body}{body}{body}\
             <h3>Qualified teams</h3><ul>{teams}</ul></article></body></html>"
        );
        let article = crate::extract(&html, &Options::default()).unwrap();
        for kept in ["Qualified teams", "England (Group A)", "Spain (Group F)"] {
            assert!(article.text.contains(kept), "{kept}: {}", article.text);
        }
        let html = format!(
            "<html><body><article><h1>Euro qualifying</h1>{body}{body}{body}\
             <h3>Ready to simplify your nutrition? Get started today</h3></article></body></html>"
        );
        let article = crate::extract(&html, &Options::default()).unwrap();
        assert!(!article.text.contains("Ready to"), "{}", article.text);
    }

    #[test]
    fn a_short_thai_paragraph_is_a_sentence() {
        // Thai news: no full stops, no spaces between words. The section's
        // last paragraph is one short sentence ("On the first day, more
        // than 300 growers brought durians to sell"), then a box of
        // related links, a subheading and the rest of the story.
        let body = "<p>ตลาดกลางผลไม้แห่งใหม่ของสหกรณ์ชาวสวนผลไม้ท่าใหม่ เปิดรับซื้อทุเรียนเป็นวันแรก \
            โดยทุเรียนหมอนทองเกรดส่งออกต้นฤดูได้ราคากิโลกรัมละ 165 บาท สูงกว่าช่วงเดียวกันของปีที่แล้วราว 10 บาท \
            ขณะที่ล้งรับซื้อจากจีนกว่า 40 รายเข้ามาตั้งจุดรับซื้อภายในตลาดแล้ว</p>";
        let short = "วันแรกมีชาวสวนนำทุเรียนมาขายกว่า 300 ราย";
        let html = format!(
            "<html><body><article><h1>เปิดตลาดกลางทุเรียน</h1>{body}{body}<p>{short}</p>\
             <div class=box><div>อ่านข่าวที่เกี่ยวข้อง</div><ul>\
             <li><a href=/a>ส่งออกทุเรียนไตรมาสแรกโต 12% ผู้ส่งออกเร่งหาตลาดใหม่</a></li>\
             <li><a href=/b>ภัยแล้งลามภาคตะวันออก สวนผลไม้ขาดน้ำหนักสุดในรอบ 5 ปี</a></li></ul></div>\
             <h2>เข้มตรวจทุเรียนอ่อน</h2>{body}{body}</article></body></html>"
        );
        let article = crate::extract(&html, &Options::default()).unwrap();
        assert!(article.text.contains(short), "{}", article.text);
        assert!(!article.text.contains("ภัยแล้งลาม"), "{}", article.text);
    }

    #[test]
    fn short_closing_paragraphs_between_promo_links_stay() {
        // An entertainment story whose last paragraphs are one sentence
        // each, with the site's bold promo links between them, and a
        // closing list; after them a newsletter link.
        let body = "<p>Van Der Beek and his partner had been among the favourites all \
            season, and the judges praised their final routine before the results \
            were read out on the live show in Los Angeles on Monday night.</p>";
        let promo = |text: &str| format!("<p><strong><a href=/x>{text}</a></strong></p>");
        let html = format!(
            "<html><body><article><h1>Actor eliminated</h1>{body}{body}{body}\
             {}<p>Those involved with the show struggled with the decision.</p>\
             <p>“This is not easy, this is not what I expected,” a judge noted.</p>\
             {}<p>“Can I give it to James?” his rival asked before apologizing.</p>\
             <h3>Still dancing</h3><ul><li>Ally Brooke (Fifth Harmony)</li>\
             <li>Kel Mitchell (actor)</li><li>Lauren Alaina (singer)</li></ul>\
             <div class=newsletter><a href=/n>Get the newsletter</a></div></article></body></html>",
            promo("SHE SAYS THE SHOW HAS HELPED HER LOSE 25 POUNDS"),
            promo("CLICK HERE TO GET THE APP"),
        );
        let article = crate::extract(&html, &Options::default()).unwrap();
        for kept in [
            "struggled with the decision.",
            "a judge noted.",
            "before apologizing.",
            "Still dancing",
            "Kel Mitchell (actor)",
        ] {
            assert!(article.text.contains(kept), "{kept}: {}", article.text);
        }
        assert!(!article.text.contains("CLICK HERE"), "{}", article.text);
        assert!(!article.text.contains("newsletter"), "{}", article.text);
    }
}
