//! Stage 3c: find lists of teasers.
//!
//! News and blog pages follow the article with cards pointing to other
//! articles: a headline link, often a byline, a date, a picture and a
//! summary paragraph. The summaries are prose, so block by block they look
//! like content, and a "more stories" list of long summaries can outweigh a
//! short article. What gives them away is repetition: three or more sibling
//! containers built the same way, each led by a headline link and holding
//! little text of its own.
//!
//! On a listing page those cards are the content: the lists found here only
//! count against article candidates, and are kept whole when the page turns
//! out to be a listing (see [`super::select::main_region`]).

use super::blocks::{Block, Class};
use super::prepare::Marks;
use crate::dom::{Dom, NodeId, Tag};
use html5ever::local_name;
use std::collections::HashMap;

/// Cards needed to call a list a list.
const MIN_CARDS: usize = 3;
/// Text a card may hold besides its headline: a summary, not an article.
const MAX_CARD_TEXT: u32 = 700;
/// A headline link: at most this long...
const MAX_HEADLINE_LEN: u32 = 160;
/// ...and at least this many words.
const MIN_HEADLINE_WORDS: u32 = 3;

/// What a subtree holds, for telling cards.
#[derive(Clone, Default)]
struct Tally {
    /// Text length.
    text: u32,
    /// Blocks.
    blocks: u32,
    /// Blocks that are mostly links.
    link_blocks: u32,
    /// The first headline link's text (lowercase, letters and digits only).
    headline: Option<String>,
    /// Whether that headline links to another site.
    offsite: bool,
}

/// A list of cards found by [`find`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct CardList {
    pub root: NodeId,
    /// The cards' headlines mostly link to other sites: the items of a
    /// listicle, not teasers of the site's own stories.
    pub offsite: bool,
}

/// Share of a list's text outside its links from which its items are more
/// than links (see [`weight`]).
const MIN_ITEM_TEXT_SHARE: u32 = 5; // one fifth

/// How much the lists of cards weigh against the selected article, to tell
/// a listing from an article with teasers around it: their prose (the
/// good and nearly good summaries of a front page's stories), or two thirds
/// of all their text when their items carry more than links, whichever is
/// more. A list's items carry more than links when a fifth of its text is
/// outside them: a shop's grid, each card a product's name with its price
/// and a line about it, under an introduction that wins as the article. A
/// list of bare links (a documentation site's index of its pages, a menu of
/// headlines) is the site's navigation whatever its size, and its text
/// counts for nothing. One pass over the blocks.
pub(crate) fn weight(dom: &Dom, blocks: &[Block], lists: &[CardList]) -> u32 {
    let mut prose = 0;
    // Per list: its text, and the part of it in links.
    let mut texts = vec![(0u32, 0u32); lists.len()];
    for b in blocks {
        let mut in_list = false;
        for (list, (text, links)) in lists.iter().zip(texts.iter_mut()) {
            if dom.contains(list.root, b.owner) {
                in_list = true;
                *text += b.len();
                *links += b.link_len;
            }
        }
        if in_list && matches!(b.class, Class::Good | Class::NearGood) {
            prose += b.len();
        }
    }
    let items: u32 = texts
        .iter()
        .filter(|&&(text, links)| text.saturating_sub(links) * MIN_ITEM_TEXT_SHARE >= text)
        .map(|&(text, _)| text)
        .sum();
    prose.max(items * 2 / 3)
}

/// The containers that hold lists of cards. `site` is the page's site
/// (see [`site_of`]), when its address is known.
pub(crate) fn find(
    dom: &Dom,
    marks: &Marks,
    blocks: &[Block],
    site: Option<&str>,
) -> Vec<CardList> {
    let mut tally = vec![Tally::default(); dom.len()];
    for block in blocks {
        let t = &mut tally[block.owner as usize];
        t.text += block.len();
        t.blocks += 1;
        if block.link_density() > 0.5 {
            t.link_blocks += 1;
        }
        if t.headline.is_none() && is_headline(block) {
            t.headline = Some(comparable(&block.text));
            t.offsite = site.is_some_and(|site| {
                headline_href(dom, block)
                    .and_then(|href| host_of(&href).map(site_of))
                    .is_some_and(|other| other != site)
            });
        }
    }
    for id in (1..dom.len() as NodeId).rev() {
        let parent = dom.parent(id) as usize;
        let child = std::mem::take(&mut tally[id as usize]);
        let p = &mut tally[parent];
        p.text += child.text;
        p.blocks += child.blocks;
        p.link_blocks += child.link_blocks;
        if p.headline.is_none() {
            p.headline = child.headline.clone();
            p.offsite = child.offsite;
        }
        tally[id as usize] = child;
    }
    let mut lists = Vec::new();
    let mut id = dom.body;
    while id < dom.end(dom.body) {
        if marks.is_dropped(id) {
            id = dom.end(id);
            continue;
        }
        if dom.tag(id).is_element() {
            if let Some(offsite) = list_of_cards(dom, marks, id, &tally) {
                lists.push(CardList { root: id, offsite });
                id = dom.end(id);
                continue;
            }
        }
        id += 1;
    }
    lists
}

/// A link that reads like a headline: mostly link text, a few words, short.
/// Or a headline link with its summary run into the same line and cut
/// short ("Minister resigns <span>NEW DELHI: The minister said on...</span>"),
/// as news tickers and "latest" boxes print them: one link of headline
/// length, and the text ending in an ellipsis.
fn is_headline(block: &Block) -> bool {
    let headline_link =
        block.counts.words >= MIN_HEADLINE_WORDS && block.link_len <= MAX_HEADLINE_LEN;
    (block.link_density() > 0.5 && headline_link && block.len() <= MAX_HEADLINE_LEN)
        || (block.links == 1
            && headline_link
            && block.link_len >= MIN_TRUNCATED_HEADLINE_LEN
            && ends_cut_short(&block.text))
}

/// A headline run into a truncated summary is at least this long: a
/// "Read more..." link is not one.
const MIN_TRUNCATED_HEADLINE_LEN: u32 = 20;

/// Text cut off with an ellipsis, as teaser summaries are.
fn ends_cut_short(text: &str) -> bool {
    let text = text.trim_end();
    text.ends_with("...") || text.ends_with('…') || text.ends_with("[…]") || text.ends_with("[...]")
}

fn comparable(text: &str) -> String {
    let lower = text.to_lowercase();
    let lower = lower.strip_prefix("re:").unwrap_or(&lower);
    lower.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// A card: led by one headline link, with a few lines and a summary at most.
/// Sections of an article (several links, long text) and posts of a
/// thread (long, or all titled "Re: ...") are not cards.
fn is_card(t: &Tally) -> bool {
    t.headline.is_some()
        && t.text <= MAX_CARD_TEXT + MAX_HEADLINE_LEN
        && t.blocks <= 8
        && t.link_blocks <= 3
}

/// Whether `id` holds a list of cards, and if so whether their headlines
/// mostly link to other sites (`Some(true)`).
fn list_of_cards(dom: &Dom, marks: &Marks, id: NodeId, tally: &[Tally]) -> Option<bool> {
    let total = tally[id as usize].text;
    if total == 0 {
        return None;
    }
    // Cards by (tag, first class); the headlines seen in each group.
    let mut groups: HashMap<(Tag, String), (u32, Vec<&str>, u32)> = HashMap::new();
    let mut children = 0;
    for child in dom.children(id) {
        let t = &tally[child as usize];
        if !dom.tag(child).is_element() || marks.is_dropped(child) || t.text == 0 {
            continue;
        }
        children += 1;
        if children > 400 {
            return None;
        }
        if !is_card_container(dom.tag(child)) || !is_card(t) {
            continue;
        }
        let entry = groups
            .entry((dom.tag(child), first_class(dom, child)))
            .or_default();
        entry.0 += t.text;
        entry.1.push(t.headline.as_deref().unwrap_or(""));
        entry.2 += u32::from(t.offsite);
    }
    groups
        .values()
        .find(|(len, headlines, _)| {
            let mut distinct: Vec<&&str> = headlines.iter().collect();
            crate::sort::sort(&mut distinct);
            distinct.dedup();
            distinct.len() >= MIN_CARDS && len * 10 >= total * 6
        })
        .map(|(_, headlines, offsite)| {
            // Teasers point to the site's own stories. Cards whose
            // headlines mostly link to other sites are the items of a
            // listicle (books in a shop, other writers' newsletters).
            *offsite as usize * 2 > headlines.len()
        })
}

/// The address of the link a headline block is, or is inside.
fn headline_href(dom: &Dom, block: &Block) -> Option<String> {
    let link = (block.first..block.end)
        .flat_map(|child| child..dom.end(child))
        .find(|&id| dom.tag(id) == Tag::A && dom.has_attr(id, local_name!("href")))
        .or_else(|| super::blocks::enclosing_link(dom, block.owner))?;
    dom.attr(link, local_name!("href"))
        .map(|h| h.trim().to_string())
}

/// The host of an absolute address (`https://host/...`, `//host/...`),
/// lowercase; `None` for a relative one, which stays on the page's site.
pub(crate) fn host_of(url: &str) -> Option<String> {
    let url = url.trim();
    let absolute = match url.strip_prefix("//") {
        Some(rest) => crate::url::BaseUrl::parse(&format!("https://{rest}")),
        None => crate::url::BaseUrl::parse(url),
    };
    absolute.map(|u| u.host()).filter(|h| !h.is_empty())
}

/// A host's site: its last two labels (`news.example.com` and
/// `www.example.com` are one site). Two sites under one country's
/// second-level domain (`a.co.uk`, `b.co.uk`) look like one, which only
/// keeps the old behaviour for them.
pub(crate) fn site_of(host: String) -> String {
    let labels: Vec<&str> = host.trim_end_matches('.').rsplitn(3, '.').collect();
    match labels.as_slice() {
        [tld, name, ..] => format!("{name}.{tld}"),
        _ => host,
    }
}

/// Elements cards are made of (not paragraphs: a paragraph full of links
/// is a roundup, not a card).
fn is_card_container(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Div
            | Tag::Li
            | Tag::Article
            | Tag::Section
            | Tag::Aside
            | Tag::Figure
            | Tag::Other
            | Tag::Dd
    )
}

/// The first class of an element, without its digits: the cards of one
/// list are built alike, but templates often number each one in its first
/// class (WordPress's `post-30149`, `product-12`, `item-3`).
fn first_class(dom: &Dom, id: NodeId) -> String {
    dom.attr(id, local_name!("class"))
        .and_then(|classes| {
            let first = classes.split_ascii_whitespace().next()?;
            Some(first.chars().filter(|c| !c.is_ascii_digit()).collect())
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::tests::parse;
    use crate::pipeline::blocks;

    fn lists(html: &str) -> Vec<String> {
        let dom = parse(html);
        let marks = Marks::new(dom.len());
        let flags = blocks::block_like(&dom);
        let blocks = blocks::build(&dom, &marks, dom.body, &flags);
        find(&dom, &marks, &blocks, Some("example.com"))
            .into_iter()
            .map(|list| list.root)
            .map(|id| {
                dom.attr(id, local_name!("id"))
                    .map(|s| s.to_string())
                    .unwrap_or_default()
            })
            .collect()
    }

    /// A shop's grid (a name, then a price line, in each card) weighs two
    /// thirds of its text; the same cards with a bare headline link each,
    /// an index of pages, weigh nothing; cards with summaries weigh their
    /// prose, or two thirds of their text when that is more.
    #[test]
    fn lists_weigh_their_prose_or_their_items_text_beside_links() {
        let weigh = |cards: String| {
            let html = format!("<body><div id=grid>{cards}</div></body>");
            let dom = parse(&html);
            let marks = Marks::new(dom.len());
            let flags = blocks::block_like(&dom);
            let mut blocks = blocks::build(&dom, &marks, dom.body, &flags);
            crate::pipeline::score::classify_all(&mut blocks, false);
            let lists = find(&dom, &marks, &blocks, Some("example.com"));
            assert_eq!(lists.len(), 1, "one list of cards in {html}");
            let all: u32 = blocks.iter().map(|b| b.len()).sum();
            let prose: u32 = blocks
                .iter()
                .filter(|b| matches!(b.class, Class::Good | Class::NearGood))
                .map(|b| b.len())
                .sum();
            (weight(&dom, &blocks, &lists), all, prose)
        };
        let product = |n: u32| {
            format!(
                "<div class=card><h3><a href=/p{n}>Weighted chess pieces, set number {n}</a></h3>\
                 <p>Special price $173.00, you save $176.99</p></div>"
            )
        };
        let (weight, all, prose) = weigh((1..=6).map(product).collect());
        assert_eq!((weight, prose), (all * 2 / 3, 0));
        let page = |n: u32| {
            format!("<div class=card><h3><a href=/d{n}>Handbook chapter number {n}</a></h3><p><a href=/d{n}>Read chapter {n}</a></p></div>")
        };
        let (weight, all, _) = weigh((1..=6).map(page).collect());
        assert!(all > 0);
        assert_eq!(weight, 0);
        let (weight, all, prose) = weigh((1..=6).map(card).collect());
        assert!(prose > 0);
        assert_eq!(weight, prose.max(all * 2 / 3));
    }

    fn card(n: u32) -> String {
        format!(
            "<div class=card><h3><a href=/x{n}>Council approves harbour budget number {n}</a></h3>\
             <p>The vote came after a long debate about the cost of dredging the channel.</p></div>"
        )
    }

    #[test]
    fn repeated_cards_with_headline_links_are_a_teaser_list() {
        let html = format!(
            "<body><div id=more>{}{}{}{}</div></body>",
            card(1),
            card(2),
            card(3),
            card(4)
        );
        assert_eq!(lists(&html), ["more"]);
    }

    /// A blog's archive: WordPress numbers each card in its first class
    /// (`post-101`, `post-102`), and the cards are still one list.
    #[test]
    fn cards_numbered_in_their_first_class_are_one_list() {
        let cards: String = (1..=4)
            .map(|n| {
                format!(
                    "<article class='post-10{n} post type-post'><h2><a href=/r{n}>Sticky air fryer recipe number {n}</a></h2></article>"
                )
            })
            .collect();
        assert_eq!(
            lists(&format!("<body><main id=archive>{cards}</main></body>")),
            ["archive"]
        );
    }

    /// A news ticker: each item a headline link with its summary in the
    /// same line, cut short.
    #[test]
    fn headlines_run_into_cut_summaries_are_a_teaser_list() {
        let item = |n: u32, end: &str| {
            format!(
                "<li><a href=/n{n}>Indian-origin man pleads guilty to fraud scheme, case {n}</a>\
                 <span>NEW YORK: An Indian-origin man has pleaded guilty to theft and embezzlement of bank funds in connection with{end}</span></li>"
            )
        };
        let ticker: String = (1..=4).map(|n| item(n, "...")).collect();
        assert_eq!(
            lists(&format!("<body><ul id=ticker>{ticker}</ul></body>")),
            ["ticker"]
        );
        // The same lines ending in full sentences are a list of stories
        // told in one line each, not teasers.
        let told: String = (1..=4).map(|n| item(n, " the loan.")).collect();
        assert!(lists(&format!("<body><ul id=told>{told}</ul></body>")).is_empty());
    }

    /// A listicle: "10 books", each a headline linking to a shop on
    /// another site and a description. A list of cards, but not teasers
    /// of the site's stories; links to the page's own site (absolute,
    /// from a subdomain, or relative) are teasers.
    #[test]
    fn cards_linking_to_other_sites_are_a_listicle() {
        let card = |n: u32, href: &str| {
            format!(
                "<li><p><a href='{href}/book-{n}'><strong>Drawing on the right side of the brain, volume {n}</strong></a></p>\
                 <p>This is the first book you should take on: a series of exercises.</p></li>"
            )
        };
        let offsite = |base: &str| {
            let dom = parse(&format!(
                "<body><ol id=books>{}</ol></body>",
                (1..=4).map(|n| card(n, base)).collect::<String>()
            ));
            let marks = Marks::new(dom.len());
            let flags = blocks::block_like(&dom);
            let blocks = blocks::build(&dom, &marks, dom.body, &flags);
            let lists = find(&dom, &marks, &blocks, Some("example.com"));
            assert_eq!(lists.len(), 1, "{base}");
            lists[0].offsite
        };
        assert!(offsite("https://www.amazon.com/gp"));
        assert!(offsite("//shop.example.org"));
        assert!(!offsite("https://www.example.com/p"));
        assert!(!offsite("https://news.example.com/p"));
        assert!(!offsite("/p"));
    }

    #[test]
    fn hosts_and_sites() {
        assert_eq!(
            host_of("https://WWW.Example.com:8080/a?b").as_deref(),
            Some("www.example.com")
        );
        assert_eq!(
            host_of("//cdn.example.com/x").as_deref(),
            Some("cdn.example.com")
        );
        assert_eq!(host_of("/relative/path"), None);
        assert_eq!(host_of("mailto:a@example.com"), None);
        assert_eq!(site_of("news.example.com".into()), "example.com");
        assert_eq!(site_of("localhost".into()), "localhost");
    }

    #[test]
    fn two_cards_or_paragraphs_with_links_are_not() {
        let html = format!("<body><div id=two>{}{}</div></body>", card(1), card(2));
        assert!(lists(&html).is_empty());
        let roundup =
            "<p>See <a href=/a>the new harbour budget for this year</a> and more.</p>".repeat(5);
        assert!(lists(&format!("<body><div id=r>{roundup}</div></body>")).is_empty());
    }

    #[test]
    fn sections_with_many_links_are_not_cards() {
        let section = "<div class=school><h2><a href=/h>Harvard Business School MBA</a></h2><ul>\
            <li><a href=/a>Harvard essay tips</a></li><li><a href=/b>Harvard interview guide</a></li>\
            <li><a href=/c>Harvard class profile</a></li><li><a href=/d>Harvard deadlines</a></li></ul></div>";
        let html = format!("<body><div id=guide>{section}{section}{section}</div></body>");
        assert!(!lists(&html).contains(&"guide".to_string()));
    }

    #[test]
    fn long_posts_are_not_cards() {
        let long = "The council met again on Tuesday evening to discuss the harbour. ".repeat(20);
        let post =
            format!("<div class=post><a href=/u>Reply to this thread now</a><p>{long}</p></div>");
        let html = format!("<body><div id=thread>{post}{post}{post}</div></body>");
        assert!(lists(&html).is_empty());
        // Short posts, all titled after the thread.
        let post = "<div class=post><a href=/t#p1>Re: Starter smells of acetone</a><p>Feed it twice a day.</p></div>";
        let html = format!("<body><div id=thread>{post}{post}{post}</div></body>");
        assert!(lists(&html).is_empty());
    }
}
