//! The extraction pipeline, one module per stage, run in this order:
//!
//! 1. [`parse`]: guard against hostile input, build the tree, index it;
//!    [`glued`]: give words that only CSS sets apart their space.
//! 2. [`metadata`]: read title, byline, dates, language... from the whole page.
//! 3. [`prepare`]: mark what can never be content (scripts, forms, hidden
//!    elements, navigation, boxes named as boilerplate).
//! 4. [`blocks`] and [`score`]: cut the rest into text blocks, judge each by
//!    text, link and function-word density, score every container.
//! 5. [`select`]: take the best container as the article.
//! 6. [`clean`]: drop what is left of boilerplate inside it.
//! 7. [`output`]: write the kept part as safe HTML, text and Markdown.

pub(crate) mod blocks;
pub(crate) mod clean;
pub(crate) mod glued;
pub(crate) mod metadata;
pub(crate) mod output;
pub(crate) mod parse;
pub(crate) mod prepare;
pub(crate) mod score;
pub(crate) mod select;
pub(crate) mod streamed;
pub(crate) mod teasers;

use crate::dom::{Dom, NodeId};
use crate::lexicon::stopwords::{self, Stopwords};
use crate::text::word_count;
use crate::timing::{Probe, Stage};
use crate::{Article, Error, Options, Readerable, Reason, RemovedBlock};
use blocks::{Block, BlockKind, Class};
use html5ever::local_name;
use metadata::Metadata;
use prepare::Marks;
use select::Selection;

/// The page after scoring and selection, before cleaning.
struct Analysis {
    /// Text length of every subtree.
    lengths: Vec<u32>,
    marks: Marks,
    block_like: Vec<bool>,
    blocks: Vec<Block>,
    selection: Selection,
    /// Good text in the whole page, as first judged (before context).
    page_good_len: u32,
    /// Whether the page declares itself a forum thread or a Q&A (see
    /// [`prepare::declarations`]).
    discussion: prepare::Discussion,
}

/// Whether the selected root is cleaned as a region, its short lines and
/// link rows kept (see [`select::Selection::is_region`]). A declared
/// forum thread's main block is cleaned as an article even when its posts
/// read as a region of items (short replies between user cards): the
/// clusters of posts keep their lines (see `clean::revise_by_context`),
/// while the cards, toolbars and reaction rows between them go.
fn is_cleaned_as_region(selection: &select::Selection, discussion: prepare::Discussion) -> bool {
    selection.is_region()
        && !(discussion == prepare::Discussion::Forum
            && selection.strategy == crate::Strategy::MainBlock)
}

impl Analysis {
    /// Runs the clean stage inside the selected root, marking what goes.
    /// `title` and `byline` come from the metadata: the headline's
    /// repetition in the body and a closing note on the author are dropped.
    fn clean(&mut self, dom: &Dom, title: Option<&str>, byline: Option<&str>, options: &Options) {
        let context = clean::CleanContext {
            title,
            lengths: &self.lengths,
            block_like: &self.block_like,
            whole_region: is_cleaned_as_region(&self.selection, self.discussion),
            discussion: self.discussion,
            byline,
        };
        clean::clean(
            dom,
            &mut self.marks,
            &mut self.blocks,
            self.selection.root,
            &context,
            options,
        );
    }
}

/// What the plain text is written from (see [`text_without_captions`]).
enum TextEvents {
    /// The events of the HTML and Markdown.
    Same,
    /// The same, without the content of their `<figcaption>`s.
    SameWithoutFigcaptions,
    /// Events of its own, built without the caption boxes.
    Own(Vec<output::Event>),
}

/// The plain text leaves out captions that the HTML and Markdown keep
/// with their images (the default: see [`Options::keep_captions`]). When
/// they are all `<figcaption>`s, the text writer skips them in the shared
/// events; a caption box (a `<div>` named as a caption) has no element of
/// its own in the events, so the text gets events built without it.
fn text_without_captions(
    dom: &Dom,
    analysis: &Analysis,
    base: Option<&crate::url::BaseUrl>,
    options: &Options,
) -> TextEvents {
    if options.keep_captions.is_some() {
        return TextEvents::Same;
    }
    let root = analysis.selection.root;
    let found = clean::captions(dom, &analysis.marks, root, &analysis.lengths);
    if found.is_empty() {
        return TextEvents::Same;
    }
    if found
        .iter()
        .all(|&id| dom.tag(id) == crate::dom::Tag::Figcaption)
    {
        return TextEvents::SameWithoutFigcaptions;
    }
    let mut marks = analysis.marks.clone();
    for id in found {
        marks.drop_node(id, crate::Reason::Caption);
    }
    TextEvents::Own(output::build(
        dom,
        &marks,
        &analysis.block_like,
        root,
        base,
        options,
    ))
}

/// Runs the whole pipeline. `probe` is told when each stage ends (the
/// benchmark's stage timings); [`crate::extract`] passes `()`, for which
/// this compiles to nothing.
pub(crate) fn run<P: Probe>(
    html: &str,
    options: &Options,
    probe: &mut P,
) -> Result<Article, Error> {
    validate(options)?;
    let parsed = parse::parse_probed(html, options, probe)?;
    let dom = &parsed.dom;
    let mut meta = metadata::read(dom, options);
    probe.mark(Stage::Metadata);
    let mut analysis = analyse(dom, &meta, options, probe);
    let root = analysis.selection.root;

    read_visible_dateline(&analysis, dom, &mut meta);
    meta.finish_dates();
    probe.mark(Stage::Metadata);

    analysis.clean(dom, meta.title.as_deref(), meta.byline.as_deref(), options);
    probe.mark(Stage::Clean);

    let events = output::build(
        dom,
        &analysis.marks,
        &analysis.block_like,
        root,
        meta.base.as_ref(),
        options,
    );
    probe.mark(Stage::Events);
    let html_out = output::html::write(&events);
    probe.mark(Stage::Html);
    let text = match text_without_captions(dom, &analysis, meta.base.as_ref(), options) {
        TextEvents::Same => output::text::write(&events, false),
        TextEvents::SameWithoutFigcaptions => output::text::write(&events, true),
        TextEvents::Own(text_events) => output::text::write(&text_events, false),
    };
    probe.mark(Stage::Text);
    let markdown = output::markdown::write(&events);
    probe.mark(Stage::Markdown);

    let (readerable, readerable_score) = readerability(dom, &analysis);
    let excerpt = meta.description.clone().or_else(|| first_paragraph(&text));
    let removed = options.explain.then(|| explain(dom, &analysis));
    let strategy = analysis.selection.strategy;
    let word_count = word_count(&text);
    probe.mark(Stage::Finish);
    drop(events);
    drop(analysis);
    drop(parsed);
    probe.mark(Stage::Free);
    Ok(crate::Article {
        title: meta.title,
        byline: meta.byline,
        published: meta.published,
        modified: meta.modified,
        lang: meta.lang,
        dir: meta.dir,
        site_name: meta.site_name,
        excerpt,
        image: meta.image,
        canonical_url: meta.canonical_url,
        url: options.url.clone(),
        word_count,
        html: html_out,
        text,
        markdown,
        readerable,
        readerable_score,
        next_page: meta.next_page,
        strategy,
        removed,
    })
}

/// Says whether the page carries an article, without cleaning or output.
pub(crate) fn readerable(html: &str, options: &Options) -> Result<Readerable, Error> {
    validate(options)?;
    let parsed = parse::parse(html, options)?;
    let dom = &parsed.dom;
    let lang = dom
        .html
        .and_then(|h| dom.attr(h, local_name!("lang")).map(|s| s.to_string()));
    let meta = Metadata {
        lang,
        ..Default::default()
    };
    let mut analysis = analyse(dom, &meta, options, &mut ());
    analysis.clean(dom, None, None, options);
    let (readerable, score) = readerability(dom, &analysis);
    Ok(Readerable { readerable, score })
}

fn validate(options: &Options) -> Result<(), Error> {
    if let Some(url) = options.url.as_deref().filter(|u| !u.trim().is_empty()) {
        if crate::url::BaseUrl::parse(url).is_none() {
            return Err(Error::InvalidOption {
                option: "url".into(),
                message: format!(
                    "{url:?} is not an absolute URL (it needs a scheme, such as https://)"
                ),
            });
        }
    }
    for (name, value) in [
        ("maxInputBytes", options.max_input_bytes),
        ("maxNodes", options.max_nodes),
        ("maxDepth", options.max_depth),
    ] {
        if value == 0 {
            return Err(Error::InvalidOption {
                option: name.into(),
                message: "must be greater than 0".into(),
            });
        }
    }
    Ok(())
}

/// Stages 3 to 5: prepare, blocks, scores, selection.
fn analyse<P: Probe>(dom: &Dom, meta: &Metadata, options: &Options, probe: &mut P) -> Analysis {
    let lengths = prepare::subtree_text_lengths(dom);
    let block_like = blocks::block_like(dom);
    let first = analyse_with(
        dom,
        meta,
        options,
        lengths,
        block_like,
        prepare::Hints::Use,
        probe,
    );
    let page_len = first.lengths[dom.body as usize];
    let weak = first.selection.good_len == 0 && page_len >= 2 * score::LONG_LEN;
    if !weak {
        return first;
    }
    // Fallback: the page's hints (a whole layout named "header", every
    // block called a "widget") took all of its prose away. Judge the page
    // again on what its elements are, and keep that if it finds prose.
    let mut relaxed = analyse_with(
        dom,
        meta,
        options,
        first.lengths.clone(),
        first.block_like.clone(),
        prepare::Hints::Ignore,
        probe,
    );
    if only_site_footer(dom, &first.marks, &relaxed) {
        // A shop whose product a script draws, with only its site footer
        // (policy links, a newsletter sign-up) in the HTML: what the
        // hints set aside was all there is, and it is no article.
        return first;
    }
    let first_region_len = region_text_len(dom, &first);
    if relaxed.selection.good_len == 0 {
        // Neither pass found prose (a shop's grid, a table of rankings, a
        // thread of one-line replies): ignoring the hints gained nothing to
        // read, so they stand, unless they took most of the region's text
        // away (less than half of it left: a layout named as a widget).
        if first_region_len > 0 && 2 * first_region_len >= region_text_len(dom, &relaxed) {
            return first;
        }
        return relaxed;
    }
    if first_region_len > relaxed.selection.good_len {
        // A listing or a shop page: no prose anywhere, so the first pass
        // took the region of items (see [`select::main_region`]) or the
        // whole page; the
        // relaxed pass finds prose only in what the hints had rightly set
        // aside (a footer blurb, a cookie notice), less than the items.
        return first;
    }
    relaxed.selection.strategy = crate::Strategy::Relaxed;
    relaxed
}

/// Whether all the text the relaxed pass keeps lies in boxes the first
/// pass dropped as the site's footer (`<footer>`, `role=contentinfo`, a
/// box named "footer").
fn only_site_footer(dom: &Dom, first_marks: &Marks, relaxed: &Analysis) -> bool {
    let root = relaxed.selection.root;
    // A dropped box's subtree carries no marks of its own, so the footers
    // are disjoint ranges of the pre-order, found by binary search (no
    // walk up from every block: pages can nest thousands deep).
    let footers: Vec<(NodeId, NodeId)> = (0..dom.len() as NodeId)
        .filter(|&id| first_marks.reason(id) == Some(Reason::Footer))
        .map(|id| (id, dom.end(id)))
        .collect();
    let in_footer = |id: NodeId| {
        let after = footers.partition_point(|&(start, _)| start <= id);
        after > 0 && id < footers[after - 1].1
    };
    let mut kept = relaxed
        .blocks
        .iter()
        .filter(|b| dom.contains(root, b.owner) && select::region_weight(b) > 0)
        .peekable();
    kept.peek().is_some() && kept.all(|b| in_footer(b.owner))
}

/// The text of the blocks a main region (or the whole page) keeps: all but
/// known boilerplate and navigation labels; 0 when the selection is an
/// article.
fn region_text_len(dom: &Dom, analysis: &Analysis) -> u32 {
    if !analysis.selection.is_region() {
        return 0;
    }
    let root = analysis.selection.root;
    analysis
        .blocks
        .iter()
        .filter(|b| dom.contains(root, b.owner) && select::region_weight(b) > 0)
        .map(|b| b.len())
        .sum()
}

fn analyse_with<P: Probe>(
    dom: &Dom,
    meta: &Metadata,
    options: &Options,
    lengths: Vec<u32>,
    block_like: Vec<bool>,
    hints: prepare::Hints,
    probe: &mut P,
) -> Analysis {
    let mut marks = prepare::prepare_with(dom, &lengths, options, hints);
    probe.mark(Stage::Prepare);
    let mut blocks = blocks::build(dom, &marks, dom.body, &block_like);
    let words = text_stopwords(meta.lang.as_deref(), &blocks);
    let judge = |blocks: &mut Vec<Block>| {
        if let Some(words) = words {
            blocks::count_stopwords(blocks, words);
        }
        score::classify_all(blocks, words.is_some());
        // Only on a page that says it is an article: a listing or a shop
        // without prose is better kept whole than reduced to its intro.
        score::promote_when_nothing_is_good(blocks, || select::declares_article(dom));
    };
    judge(&mut blocks);
    let declarations = prepare::declarations(dom);
    let declared = declarations.discussion;
    if prepare::restore_discussion(dom, &mut marks, &lengths, &blocks, declared) {
        // The page is a discussion (a forum thread, a Q&A): its posts are
        // the content.
        blocks = blocks::build(dom, &marks, dom.body, &block_like);
        judge(&mut blocks);
    }
    let page_good_len = blocks
        .iter()
        .filter(|b| b.class == Class::Good)
        .map(|b| b.len())
        .sum();
    // Teaser lists count against articles; a listing page keeps them.
    let judged: Vec<Class> = blocks.iter().map(|b| b.class).collect();
    let site = options
        .url
        .as_deref()
        .or(meta.canonical_url.as_deref())
        .and_then(teasers::host_of)
        .map(teasers::site_of);
    let lists = teasers::find(dom, &marks, &blocks, site.as_deref());
    // A listicle's items (cards whose headlines link to other sites, on a
    // page that says it is an article) are the article's own.
    let listicle = lists.iter().any(|l| l.offsite) && select::declares_article(dom);
    let in_teasers = |b: &Block| {
        lists
            .iter()
            .any(|l| !(l.offsite && listicle) && dom.contains(l.root, b.owner))
    };
    for block in blocks.iter_mut().filter(|b| in_teasers(b)) {
        block.class = Class::Bad(Reason::RelatedLinks);
    }
    let scores = score::container_scores(dom, &blocks);
    probe.mark(Stage::Score);
    let mut selection = select::select(dom, &marks, &blocks, &scores, options);
    let teaser_classes: Vec<Class> = blocks.iter().map(|b| b.class).collect();
    for (block, class) in blocks.iter_mut().zip(&judged) {
        block.class = *class;
    }
    // The weight of the teaser lists, on an undated page: more of it than
    // the article has makes the page a listing (see `select::main_region`).
    let teaser_weight = if meta.published.is_none() {
        teasers::weight(dom, &blocks, &lists)
    } else {
        0
    };
    match select::main_region(dom, &marks, &blocks, &selection, teaser_weight) {
        Some(region) => selection = region,
        None => {
            for (block, class) in blocks.iter_mut().zip(teaser_classes) {
                block.class = class;
            }
        }
    }
    // A product page's customer reviews are its comment section; a review
    // article that declares the products it reviews keeps them.
    if hints == prepare::Hints::Use && declarations.product && !select::declares_article(dom) {
        prepare::mark_customer_reviews(dom, &mut marks, &lengths, selection.root);
    }
    probe.mark(Stage::Select);
    Analysis {
        lengths,
        marks,
        block_like,
        blocks,
        selection,
        page_good_len,
        discussion: declared,
    }
}

/// The text of the longest blocks, to guess the language from.
/// Words of the sample from which the page's language is guessed.
const LANGUAGE_SAMPLE_WORDS: usize = 400;

/// Bytes of the sample compared with the declared language's function
/// words (about [`LANGUAGE_SAMPLE_WORDS`] words of prose).
const LANGUAGE_SAMPLE_BYTES: usize = 3000;

/// The function words the page's blocks are judged with: those of the
/// language the page declares, unless its text says otherwise. A
/// translated page often keeps its template's `lang="en"` (a documentation
/// site's Indonesian edition): judged with English function words, its
/// paragraphs have none and read as boilerplate. The declared list gives
/// way when the text's best list finds more than twice as many function
/// words in its longest blocks.
fn text_stopwords(declared: Option<&str>, blocks: &[Block]) -> Option<&'static Stopwords> {
    let declared = declared.and_then(stopwords::for_lang);
    let mut sample = sample_text(blocks);
    let Some(declared) = declared else {
        return stopwords::guess(&sample, LANGUAGE_SAMPLE_WORDS);
    };
    truncate_at_char(&mut sample, LANGUAGE_SAMPLE_BYTES);
    // Prose in the declared language has function words for a fifth or
    // more of its words; only a text short of that (or too short to
    // tell) is asked what it is.
    let density = declared.density(&sample);
    if density >= CERTAIN_LANGUAGE_DENSITY || sample.len() < MIN_LANGUAGE_SAMPLE_BYTES {
        return Some(declared);
    }
    match stopwords::guess(&sample, LANGUAGE_SAMPLE_WORDS) {
        Some(guessed) if guessed.density(&sample) > 2.0 * density => Some(guessed),
        _ => Some(declared),
    }
}

/// Share of function words from which the sample is taken to be in the
/// declared language without a guess.
const CERTAIN_LANGUAGE_DENSITY: f32 = 0.2;

/// Bytes of sample below which the declared language stands.
const MIN_LANGUAGE_SAMPLE_BYTES: usize = 400;

/// The text of the page's longest blocks of prose, to tell its language
/// by. Code is left out: its keywords and one-letter names are no
/// language's function words.
fn sample_text(blocks: &[Block]) -> String {
    let mut longest: Vec<&Block> = blocks
        .iter()
        .filter(|b| b.len() >= 80 && b.kind != BlockKind::Preformatted)
        .collect();
    crate::sort::sort_by_key(&mut longest, |b| std::cmp::Reverse(b.len()));
    let mut sample = String::new();
    for b in longest.into_iter().take(8) {
        if sample.len() >= MAX_SAMPLE_BYTES {
            // More than the 400 words a guess reads.
            break;
        }
        sample.push_str(&b.text);
        sample.push(' ');
    }
    truncate_at_char(&mut sample, MAX_SAMPLE_BYTES);
    sample
}

/// Bytes of the language sample: 400 words of 20 bytes.
const MAX_SAMPLE_BYTES: usize = 8000;

/// Cuts `text` to at most `max` bytes, at a character boundary.
fn truncate_at_char(text: &mut String, max: usize) {
    if text.len() > max {
        let cut = (0..=max)
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        text.truncate(cut);
    }
}

/// How much the page looks like an article, judged on the cleaned article:
/// enough good prose, in more than one paragraph. Listings, home pages and
/// forms have little of either.
fn readerability(dom: &Dom, analysis: &Analysis) -> (bool, f32) {
    let root = analysis.selection.root;
    let (len, count) = analysis
        .blocks
        .iter()
        .filter(|b| b.class == Class::Good && dom.contains(root, b.owner))
        .fold((0u32, 0usize), |(len, n), b| (len + b.len(), n + 1));
    let mut score = 1.0 - (-(len as f32) / 900.0).exp();
    let mut readerable = len >= 500 && count >= 2 && analysis.page_good_len > 0;
    if analysis.selection.strategy == crate::Strategy::MainRegion {
        // Not an article: what was kept is a region of items and lines.
        readerable = false;
        score = score.min(0.4);
    }
    readerable = readerable || has_paragraphs_to_read(&analysis.blocks);
    (readerable, (score * 1000.0).round() / 1000.0)
}

/// Paragraph text from which a page has something to read whatever the
/// selection made of it, on the scale Readability.js's
/// `isProbablyReaderable` uses (so that the answers agree with the
/// reference most readers know): every visible paragraph or preformatted
/// block of at least 140 characters adds the square root of its length
/// beyond 140, and a page with more than 20 has something to read (one
/// paragraph of 540 characters, or four of 240). Pages whose prose our
/// stop-word judgement does not take for prose (placeholder text, a
/// language with a short word list) still count.
fn has_paragraphs_to_read(blocks: &[Block]) -> bool {
    const MIN_PARAGRAPH_CHARS: usize = 140;
    const MIN_SCORE: f64 = 20.0;
    let mut score = 0.0;
    for block in blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Preformatted))
    {
        let chars = block.text.chars().count();
        if chars >= MIN_PARAGRAPH_CHARS {
            score += ((chars - MIN_PARAGRAPH_CHARS) as f64).sqrt();
            if score > MIN_SCORE {
                return true;
            }
        }
    }
    false
}

/// Looks for a dateline near the start of the article (or just above it)
/// when the page's metadata has no date, or one without its time zone.
fn read_visible_dateline(analysis: &Analysis, dom: &Dom, meta: &mut Metadata) {
    let needs = meta
        .published
        .as_deref()
        .is_none_or(|p| p.len() > 10 && !has_offset(p));
    if !needs {
        return;
    }
    let root = analysis.selection.root;
    let first_in_root = analysis
        .blocks
        .iter()
        .position(|b| dom.contains(root, b.owner));
    let Some(first) = first_in_root else { return };
    let start = first.saturating_sub(30);
    for block in analysis.blocks[start..].iter().take(60) {
        if block.class == Class::Good && dom.contains(root, block.owner) {
            break;
        }
        if block.text.len() < 160
            && block.text.chars().any(|c| c.is_ascii_digit())
            && meta.use_visible_date(&block.text)
        {
            break;
        }
        if meta.published.as_deref().is_some_and(has_offset) {
            break;
        }
    }
    if meta.published.is_none() {
        meta.published = dateline_in_article_head(analysis, dom);
    }
}

/// The dateline inside the article's head when no block gave one: the
/// texts from the headline (or the start of the article, when the headline
/// comes later) to the first paragraph of the body, inside subtrees the
/// earlier stages dropped as a header or a byline. Blog and company-news
/// templates put the date there, beside the author's name ("Luke Kim ·
/// December 17, 2025", "Back to all articles February 4, 2025 - 11
/// minutes"), and their header is dropped before blocks are built, so the
/// block loop never sees it. Only for a page that has no date at all; the
/// first short text that reads as a date wins.
fn dateline_in_article_head(analysis: &Analysis, dom: &Dom) -> Option<String> {
    let root = analysis.selection.root;
    let body_start = analysis
        .blocks
        .iter()
        .find(|b| b.class == Class::Good && dom.contains(root, b.owner))
        .map_or(dom.end(root), |b| b.first);
    // The headline just before the article, if its container starts
    // after it.
    let headline = (dom.body..root.min(body_start))
        .rev()
        .take(2_000)
        .find(|&id| dom.tag(id).heading_level() == Some(1));
    let mut id = headline.unwrap_or(root);
    let mut last_parent = None;
    // A dateline sits within the first few hundred nodes of the article's
    // head; the bound keeps a page without a good paragraph (where the
    // walk would cover the whole article) linear.
    let stop = body_start.min(id.saturating_add(MAX_HEAD_NODES));
    while id < stop {
        if is_off_the_article(analysis.marks.reason(id)) || dom.tag(id).holds_no_text() {
            id = dom.end(id);
            continue;
        }
        if dom.tag(id) == crate::dom::Tag::Text {
            let parent = dom.parent(id);
            // A date's element is small: the parent's text is read only
            // when its subtree is a handful of nodes.
            let small = dom.end(parent) - parent <= MAX_DATE_ELEMENT_NODES;
            if small && last_parent != Some(parent) {
                last_parent = Some(parent);
                let text = dom.collapsed_text(parent);
                if text.len() <= 120 && text.bytes().any(|b| b.is_ascii_digit()) {
                    if let Some(found) = metadata::dates::parse_human(&text) {
                        return Some(found.to_iso());
                    }
                }
            }
        }
        id += 1;
    }
    None
}

/// Nodes of the article's head searched for a dateline.
const MAX_HEAD_NODES: NodeId = 600;
/// Nodes in an element whose text may be a dateline ("Posted on <time>Nov
/// 21, 2018</time> by <a>Ann</a>").
const MAX_DATE_ELEMENT_NODES: NodeId = 24;

/// Dropped subtrees whose dates belong to other pages or to nobody (a
/// hidden copy, a list of related posts, the comments).
fn is_off_the_article(reason: Option<Reason>) -> bool {
    matches!(
        reason,
        Some(
            Reason::Hidden
                | Reason::Script
                | Reason::RelatedLinks
                | Reason::Sidebar
                | Reason::Comments
                | Reason::Navigation
                | Reason::Footer
                | Reason::Promo
                | Reason::Ad
        )
    )
}

fn has_offset(iso: &str) -> bool {
    iso.ends_with('Z') || iso[iso.len().saturating_sub(6)..].starts_with(['+', '-'])
}

/// The article's first paragraph of some length, whole, as the excerpt
/// (Readability.js gives the whole first paragraph; a reader that wants a
/// shorter one cuts it where its layout needs).
fn first_paragraph(text: &str) -> Option<String> {
    let first = text.split("\n\n").find(|p| p.chars().count() >= 40)?;
    Some(first.to_string())
}

/// The list of what was dropped and why, for the explain option: every
/// marked subtree, and the parts of the page outside the selected content
/// that were not marked, with the main reason their blocks were judged by.
fn explain(dom: &Dom, analysis: &Analysis) -> Vec<RemovedBlock> {
    let root = analysis.selection.root;
    let marks = &analysis.marks;
    let mut removed = Vec::new();
    let body = dom.body;
    let mut id = body;
    // Subtrees outside the path from <body> to the root and not marked.
    let on_path = |n: NodeId| dom.contains(n, root);
    while id < dom.end(body) {
        if let Some(reason) = marks.reason(id) {
            push_removed(dom, &mut removed, id, reason, marks);
            id = dom.end(id);
            continue;
        }
        if id == root {
            id = dom.end(id);
            continue;
        }
        if dom.tag(id).is_element() && !on_path(id) {
            let reason = dominant_reason(dom, analysis, id);
            if let Some(reason) = reason {
                push_removed(dom, &mut removed, id, reason, marks);
            }
            id = dom.end(id);
            continue;
        }
        id += 1;
    }
    // Inside the root, marks from cleaning.
    let mut id = root + 1;
    while id < dom.end(root) {
        if let Some(reason) = marks.reason(id) {
            push_removed(dom, &mut removed, id, reason, marks);
            id = dom.end(id);
            continue;
        }
        id += 1;
    }
    crate::sort::sort_by_key(&mut removed, |r| r.0);
    removed.into_iter().map(|(_, r)| r).collect()
}

/// The reason that covers most of the text of a subtree outside the article.
fn dominant_reason(dom: &Dom, analysis: &Analysis, id: NodeId) -> Option<Reason> {
    let mut totals: Vec<(Reason, u32)> = Vec::new();
    for block in &analysis.blocks {
        if !dom.contains(id, block.owner) {
            continue;
        }
        let reason = match block.class {
            Class::Bad(r) => r,
            _ => Reason::OutsideContent,
        };
        match totals.iter_mut().find(|(r, _)| *r == reason) {
            Some((_, n)) => *n += block.len(),
            None => totals.push((reason, block.len())),
        }
    }
    totals.into_iter().max_by_key(|&(_, n)| n).map(|(r, _)| r)
}

fn push_removed(
    dom: &Dom,
    out: &mut Vec<(NodeId, RemovedBlock)>,
    id: NodeId,
    reason: Reason,
    marks: &Marks,
) {
    if matches!(reason, Reason::Script) && dom.tag(id) != crate::dom::Tag::Noscript {
        // Scripts, styles and comments are not blocks a reader would miss.
        return;
    }
    if !dom.tag(id).is_element() {
        // A run of text dropped from inside a paragraph: show its parent.
        let text = dom.collapsed_text_where(id, |i| marks.is_dropped(i) && i != id);
        if text.is_empty() {
            return;
        }
        out.push((
            id,
            RemovedBlock {
                reason,
                path: dom.css_path(dom.parent(id)),
                preview: crate::text::preview(&text, 80),
                text_length: text.chars().count(),
            },
        ));
        return;
    }
    let text = dom.collapsed_text(id);
    out.push((
        id,
        RemovedBlock {
            reason,
            path: dom.css_path(id),
            preview: crate::text::preview(&text, 80),
            text_length: text.chars().count(),
        },
    ));
}

/// A table of every block with its measures, class and the selection, for
/// studying a page (`inti --debug-blocks page.html`).
pub(crate) fn debug_report(html: &str, options: &Options) -> Result<String, Error> {
    use std::fmt::Write;
    let parsed = parse::parse(html, options)?;
    let dom = &parsed.dom;
    let meta = metadata::read(dom, options);
    let mut analysis = analyse(dom, &meta, options, &mut ());
    let root = analysis.selection.root;
    let before: Vec<Class> = analysis.blocks.iter().map(|b| b.class).collect();
    analysis.clean(dom, meta.title.as_deref(), meta.byline.as_deref(), options);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "root: {} ({:?}), good_len {}",
        dom.css_path(root),
        analysis.selection.strategy,
        analysis.selection.good_len
    );
    for id in 0..dom.len() as NodeId {
        if let Some(reason) = analysis.marks.reason(id) {
            let len = analysis.lengths[id as usize];
            if len >= 200 {
                let _ = writeln!(out, "dropped {reason:?} len={len} {}", dom.css_path(id));
            }
        }
    }
    for (block, first) in analysis.blocks.iter().zip(before) {
        let inside = if dom.contains(root, block.owner) {
            "IN "
        } else {
            "   "
        };
        let _ = writeln!(
            out,
            "{inside}{:<22} {:<22} len={:<5} ld={:.2} sw={:.2} p={:<3} {:<40} {}",
            format!("{first:?}"),
            format!("{:?}", block.class),
            block.len(),
            block.link_density(),
            block.stopword_density(),
            block.counts.punctuation,
            crate::text::preview(&dom.css_path(block.owner), 40),
            crate::text::preview(&block.text, 70)
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Strategy;

    const P1: &str = "The council voted on Tuesday to close the old bridge for repairs, and the work is expected to take most of the summer, which means that drivers will have to use the ring road until September at the earliest.";
    const P2: &str = "Shop owners on the east bank said they were worried about losing customers, but most of them agreed that the bridge, which was built in 1911, could not be left as it was for another winter.";

    const P3: &str = "The city engineer told the meeting that a temporary footbridge would open in June, so that people walking to the market or to the station would not have to make the long detour through the industrial zone.";

    /// A thread's main block read as a region of items is cleaned as an
    /// article; a region chosen as such, or a page that is no thread, is
    /// cleaned as a region.
    #[test]
    fn a_thread_s_posts_are_cleaned_as_an_article() {
        let selection = |strategy, items| select::Selection {
            root: 0,
            strategy,
            good_len: 0,
            items,
        };
        use prepare::Discussion::{Forum, None as NoDiscussion, Questions};
        assert!(!is_cleaned_as_region(
            &selection(Strategy::MainBlock, true),
            Forum
        ));
        assert!(is_cleaned_as_region(
            &selection(Strategy::MainBlock, true),
            NoDiscussion
        ));
        assert!(is_cleaned_as_region(
            &selection(Strategy::MainBlock, true),
            Questions
        ));
        assert!(is_cleaned_as_region(
            &selection(Strategy::MainRegion, false),
            Forum
        ));
        assert!(!is_cleaned_as_region(
            &selection(Strategy::MainBlock, false),
            NoDiscussion
        ));
    }

    /// The language whose function words judge the blocks of `body`.
    fn judged_language(declared: Option<&str>, body: &str) -> Option<&'static str> {
        let dom = crate::dom::tests::parse(body);
        let block_like = blocks::block_like(&dom);
        let blocks = blocks::build(&dom, &Marks::new(dom.len()), dom.body, &block_like);
        text_stopwords(declared, &blocks).map(|s| s.lang)
    }

    /// A documentation site's Indonesian edition that kept its template's
    /// `lang="en"` is judged with Indonesian function words; an English
    /// page keeps its declared language, however much code it shows.
    #[test]
    fn the_text_overrules_a_declared_language_it_is_not_in() {
        let indonesian = "<p>Jika Anda merasa memiliki pemahaman yang baik tentang bagaimana cara kerja \
             effect, Anda dapat melanjutkan ke halaman berikutnya. Kita merekomendasikan untuk \
             menggunakan aturan ini dari paket yang sama dengan yang ada di halaman sebelumnya.</p>";
        let body = format!("<body>{indonesian}{indonesian}{indonesian}</body>");
        assert_eq!(judged_language(Some("en"), &body), Some("id"));
        assert_eq!(judged_language(None, &body), Some("id"));
        let code = "<pre>el = de(la, y); o = e || y; el.de(la).y(o, e); los = las.de(el, y);\n\
             se = el.en(la, o); del = la.y(e, o); un = de(y, e, la); con = el || la || y;</pre>";
        let body = format!("<body><p>{P1}</p>{code}{code}{code}{code}{code}</body>");
        assert_eq!(judged_language(Some("en"), &body), Some("en"));
        assert_eq!(
            judged_language(Some("en-US"), &format!("<body><p>{P3}</p></body>")),
            Some("en")
        );
    }

    fn page() -> String {
        format!(
            "<html lang=en><head><title>Bridge to close for repairs | City Post</title>\
             <meta property=og:site_name content='City Post'></head><body>\
             <header><a href=/>City Post</a><nav><a href=/news>News</a> <a href=/sport>Sport</a></nav></header>\
             <div class=main><article><h1>Bridge to close for repairs</h1><p class=byline>By Ann Lee</p>\
             <p>{P1}</p><div class=ad>ADVERTISEMENT</div><p>Read more: <a href=/other>Council budget row deepens</a></p><p>{P2}</p><p>{P3}</p>\
             <div class=share><a href=/s>Share</a></div></article>\
             <aside><h2>Most read</h2><ul><li><a href=/1>One story</a></li><li><a href=/2>Another story</a></li></ul></aside></div>\
             <footer>© City Post</footer></body></html>"
        )
    }

    /// A news photo with its caption, a caption-styled box that is really
    /// a product tile (a heading inside), and an article styled with a
    /// Tailwind variant that names captions.
    fn captioned_page() -> String {
        format!(
            "<body><article class='[&_figcaption]:mt-xs'><h1>Bridge to close</h1><p>{P1}</p>\
             <figure><img src=/b.jpg><figcaption>The old bridge at dawn.</figcaption></figure>\
             <p>{P2}</p><div class=wp-caption><img src=/c.jpg><p class=wp-caption-text>Members in the council chamber.</p></div>\
             <div class=tile-caption><h3>The footbridge plan</h3></div><p>{P3}</p></article></body>"
        )
    }

    /// An FAQ accordion's questions are buttons inside the headings: the
    /// outputs keep each question as its heading's text, above its
    /// answer, and never the button or its handler.
    #[test]
    fn accordion_questions_stay_as_headings_without_their_buttons() {
        let page = format!(
            "<body><article><h1>Bridge to close</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p>\
             <h2>Questions</h2><h3><button type=button aria-expanded=true onclick=toggle()>\
             <span>Will buses still run?</span><svg><path d=M0/></svg></button></h3>\
             <div class=panel><p>Yes, the number 4 bus will use the ring road until the bridge opens again.</p></div>\
             </article></body>"
        );
        let article = run(&page, &Options::default(), &mut ()).unwrap();
        assert!(
            article.html.contains("<h3>Will buses still run?</h3>"),
            "{}",
            article.html
        );
        assert!(!article.html.contains("button"), "{}", article.html);
        assert!(!article.html.contains("toggle"), "{}", article.html);
        assert!(
            article.markdown.contains("### Will buses still run?"),
            "{}",
            article.markdown
        );
        let question = article.text.find("Will buses still run?");
        let answer = article.text.find("Yes, the number 4 bus");
        assert!(
            question.is_some_and(|q| answer.is_some_and(|a| q < a)),
            "{}",
            article.text
        );
    }

    #[test]
    fn pieces_glued_by_markup_read_as_words_in_every_output() {
        // A byline and its date in sibling spans that only CSS sets apart,
        // and a brand beside a linked product name.
        let page = format!(
            "<body><article><h1>Bridge to close</h1>\
             <p class=byline>By <span>Ann Lee</span><time>Mar 7</time></p><p>{P1}</p>\
             <p>{P2} The <b>Riverside</b><a href=/shop>Footbridge Kit</a> is on sale.</p><p>{P3}</p></article></body>"
        );
        let article = run(&page, &Options::default(), &mut ()).unwrap();
        assert!(
            article.text.contains("Riverside Footbridge Kit"),
            "{}",
            article.text
        );
        assert!(
            article
                .markdown
                .contains("**Riverside** [Footbridge Kit](/shop)"),
            "{}",
            article.markdown
        );
        assert!(
            article
                .html
                .contains("Riverside</strong><a href=\"/shop\"> Footbridge Kit</a>"),
            "{}",
            article.html
        );
        assert!(
            !article.byline.as_deref().unwrap_or("").contains("LeeMar"),
            "{:?}",
            article.byline
        );
    }

    #[test]
    fn captions_stay_with_their_images_and_out_of_the_text() {
        let page = captioned_page();
        let article = run(&page, &Options::default(), &mut ()).unwrap();
        for output in [&article.html, &article.markdown] {
            assert!(output.contains("The old bridge at dawn."), "{output}");
            assert!(output.contains("the council chamber"), "{output}");
        }
        assert!(!article.text.contains("The old bridge"), "{}", article.text);
        assert!(
            !article.text.contains("council chamber"),
            "{}",
            article.text
        );
        // Not a caption: a heading in a box with a caption-like class, and
        // the article whose Tailwind class mentions figcaption.
        assert!(
            article.text.contains("The footbridge plan"),
            "{}",
            article.text
        );
        assert!(article.text.contains(P1) && article.text.contains(P3));

        let keep = Options {
            keep_captions: Some(true),
            ..Options::default()
        };
        let article = run(&page, &keep, &mut ()).unwrap();
        assert!(article.text.contains("The old bridge at dawn."));
        assert!(article.text.contains("the council chamber"));

        let drop = Options {
            keep_captions: Some(false),
            ..Options::default()
        };
        let article = run(&page, &drop, &mut ()).unwrap();
        assert!(!article.html.contains("The old bridge"), "{}", article.html);
        assert!(!article.markdown.contains("council chamber"));
        assert!(article.text.contains("The footbridge plan") && article.text.contains(P1));
    }

    /// A shop whose listing a script draws: the HTML holds the site
    /// footer (a newsletter pitch in sentences, columns of links) and an
    /// empty mount point. Ignoring the hints would find the pitch's
    /// prose; it is still the footer, and the page has no article.
    #[test]
    fn a_page_that_is_only_its_site_footer_has_no_article() {
        let column: String = (0..12)
            .map(|i| format!("<li><a href='/help/{i}'>Help topic number {i}</a></li>"))
            .collect();
        let pitch = "By opting in, you agree to subscribe to our newsletter and stay updated on \
            news and offers about our used clothing. Don't worry, if you change your mind, you \
            can unsubscribe at any time. Please view our Privacy Notice and Notice of Financial \
            Incentive for more information about how we use the address you give us.";
        let html = format!(
            "<html><body><div id=app></div><footer><div class=signup><h2>Stay in touch</h2><div class=signup-text>{pitch}</div></div>\
             <ul>{column}</ul><ul>{column}</ul></footer></body></html>"
        );
        let article = run(&html, &Options::default(), &mut ()).unwrap();
        assert_eq!(article.text, "", "{:?}", article.strategy);
        // The same sentences in the page's own column are its content.
        let html = format!(
            "<html><body><div class=content><h1>Stay in touch</h1><p>{pitch}</p><p>{pitch}</p></div>\
             <footer><ul>{column}</ul></footer></body></html>"
        );
        let article = run(&html, &Options::default(), &mut ()).unwrap();
        assert!(article.text.contains("By opting in"), "{}", article.text);
    }

    /// A thread of one-line replies, each beside its author's card (named
    /// `user-info`): no reply is prose, so the first pass takes the
    /// thread as a region of items, and the retry without the page's
    /// hints finds no prose either. The hints then stand and the cards
    /// stay out; only a retry that finds something to read overrules them.
    #[test]
    fn a_thread_of_short_replies_keeps_its_hints_when_the_retry_finds_no_prose() {
        let reply = |n: u32| {
            format!(
                "<div class=post><div class=user-info>Joined 2016, {n} posts</div>\
                 <div class=body>Reply {n}: same here, the update fixed it for me too.</div></div>"
            )
        };
        let replies: String = (1..=10).map(reply).collect();
        let html = format!("<html><body><div class=thread>{replies}</div></body></html>");
        let article = run(&html, &Options::default(), &mut ()).unwrap();
        assert!(
            article.text.contains("Reply 10: same here"),
            "{}",
            article.text
        );
        assert!(
            !article.text.contains("Joined 2016"),
            "{:?}: {}",
            article.strategy,
            article.text
        );
    }

    /// A listicle ("The ten drawing books to read"): each item a
    /// headline linking to a shop and a paragraph about the book. The
    /// items are the article, not teasers, because they point off the
    /// site on a page that says it is an article; the same cards pointing
    /// to the site's own posts are teasers, and so are cards pointing off
    /// the site on a page that does not say so (a catalogue's grid).
    #[test]
    fn a_listicle_of_offsite_items_keeps_its_items() {
        let page = |href: &str, og_type: &str| {
            let item = |n: u32| {
                format!(
                    "<li><p><a href='{href}/book-{n}'><strong>Drawing book number {n} by Betty Edwards</strong></a></p>\
                     <p>Book {n} guides you through a series of exercises that teach you to see edges, spaces and \
                     relationships the way an artist does, and every chapter ends with a drawing to make.</p></li>"
                )
            };
            let items: String = (1..=5).map(item).collect();
            format!(
                "<html><head><meta property=og:type content={og_type}></head><body><article>\
                 <h1>Ten drawing books</h1><p>{P1}</p><p>{P2}</p><ol>{items}</ol></article></body></html>"
            )
        };
        let options = Options {
            url: Some("https://www.example.com/blogs/drawing-books".into()),
            ..Options::default()
        };
        let kept = |href: &str, og_type: &str| {
            let article = crate::extract(&page(href, og_type), &options).unwrap();
            article.text.contains("Book 4 guides you")
        };
        assert!(kept("https://www.amazon.com/dp", "article"));
        assert!(!kept("https://www.example.com/p", "article"));
        assert!(!kept("https://www.amazon.com/dp", "website"));
    }

    /// A blog's front page: teasers, each with its comment count (a
    /// framework's markup splits the word, "comment<!---->s", so it counts
    /// as three words, as a comment prompt would). The first count is not
    /// the start of a comment section.
    #[test]
    fn a_listing_keeps_its_teasers_after_the_first_comment_count() {
        // One summary is long enough to be prose, the others are not.
        let teaser = |n: u32| {
            let summary = match n {
                1 => P1.to_string(),
                _ => format!(
                    "Come check out post {n}, tell us what you think, and help shape what is next."
                ),
            };
            format!(
                "<article><time>February {n}, 2026</time><a href=/p/{n}><h2>Post number {n} on developer tools</h2></a>\
                 <p>{summary}</p><div><a href=/p/{n}#c><span>0</span> comment<!---->s</a>\
                 <div><a href=/t/ai>AI</a> <a href=/t/dev>developer tools</a></div></div></article>"
            )
        };
        let teasers: String = (1..=8).map(teaser).collect();
        let html = format!("<html><body><div class=list>{teasers}</div></body></html>");
        let article = run(&html, &Options::default(), &mut ()).unwrap();
        assert!(article.text.contains("Post number 8"), "{}", article.text);
        // Every summary prose: the list passes for an article, and its
        // eight counts are still not a comment section.
        let teasers: String = (1..=8)
            .map(|n| {
                teaser(1)
                    .replace("February 1,", &format!("February {n},"))
                    .replace(P1, &format!("{n}: {P2}"))
            })
            .collect();
        let html = format!("<html><body><div class=list>{teasers}</div></body></html>");
        let article = run(&html, &Options::default(), &mut ()).unwrap();
        assert!(
            article.text.contains(&format!("8: {P2}")),
            "{}",
            article.text
        );
    }

    /// A results roundup: one-sentence paragraphs dense with names and
    /// figures, none of them prose on its own, then linked headlines of
    /// other stories.
    #[test]
    fn a_story_of_short_name_dense_paragraphs_is_still_an_article() {
        let paragraphs = [
            "Summary: North diver Keetan Munsell (junior) won the state title in the event with a score of 409.30.",
            "Trinity senior Ben Patton added to his collection of state titles, winning the 200 yard medley.",
            "In the 100 yard backstroke, Patton was beaten by Heights junior Aidan Gantenbein for first place.",
            "East's Hugh McPherson won first place in the 100 yard freestyle with a time of 46.91 at the pool.",
            "West senior David Garcia finished second in the 50 yard freestyle, a tenth behind the winner.",
        ];
        let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>")).collect();
        let teasers: String = [
            "Records fall as Heights wins the swimming title",
            "Valley West wins the 6A swim title",
            "East dominates city league swimming",
        ]
        .iter()
        .map(|t| {
            format!(
                "<div class=row><h4><a href=/n/{}>{t}</a></h4></div>",
                t.len()
            )
        })
        .collect();
        let html = format!(
            "<html lang=en><head><meta property=og:type content=article><title>State swim results</title></head><body>\
             <div class=story><h1>State swim results</h1>{body}<aside>{teasers}</aside></div></body></html>"
        );
        let article = run(&html, &Options::default(), &mut ()).unwrap();
        assert_eq!(article.strategy, Strategy::MainBlock);
        assert_eq!(article.text, paragraphs.join("\n\n"));
    }

    /// Readability.js's test pages in placeholder Latin: no function words
    /// our lists know, so no paragraph is judged prose, but there is text to
    /// read; a page of short lines is not readerable.
    #[test]
    fn long_paragraphs_are_something_to_read_whatever_their_words() {
        let lorem = "<p>Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod \
            tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis \
            nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis \
            aute irure dolor in reprehenderit in voluptate velit esse cillum dolore.</p>";
        let html = format!("<html lang=en><body><article><h1>Test document</h1>{lorem}{lorem}{lorem}</article></body></html>");
        let answer = crate::is_probably_readerable(&html, &Options::default()).unwrap();
        assert!(answer.readerable, "{answer:?}");
        assert!(run(&html, &Options::default(), &mut ()).unwrap().readerable);
        let lines = "<p>Lorem ipsum dolor sit amet.</p>".repeat(30);
        let html = format!("<html lang=en><body>{lines}</body></html>");
        assert!(
            !crate::is_probably_readerable(&html, &Options::default())
                .unwrap()
                .readerable
        );
    }

    /// Without a description, the excerpt is the first paragraph whole, as
    /// Readability.js gives it (the page's first paragraph here is 211
    /// characters long).
    #[test]
    fn the_excerpt_is_the_whole_first_paragraph() {
        let html = format!("<html><body><article><h1>Bridge</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>");
        let article = run(&html, &Options::default(), &mut ()).unwrap();
        assert_eq!(article.excerpt.as_deref(), Some(P1));
    }

    #[test]
    fn extracts_the_article_and_nothing_else() {
        let article = run(&page(), &Options::default(), &mut ()).unwrap();
        assert_eq!(article.text, format!("{P1}\n\n{P2}\n\n{P3}"));
        assert_eq!(
            article.title.as_deref(),
            Some("Bridge to close for repairs")
        );
        assert_eq!(article.site_name.as_deref(), Some("City Post"));
        assert_eq!(article.strategy, Strategy::MainBlock);
        assert!(article.readerable);
        assert!(
            article.html.starts_with("<p>The council"),
            "{}",
            article.html
        );
    }

    #[test]
    fn explain_lists_what_was_dropped() {
        let options = Options {
            explain: true,
            ..Default::default()
        };
        let article = run(&page(), &options, &mut ()).unwrap();
        let removed = article.removed.unwrap();
        let reasons: Vec<Reason> = removed.iter().map(|r| r.reason).collect();
        assert!(
            reasons.contains(&Reason::Navigation) || reasons.contains(&Reason::Header),
            "{reasons:?}"
        );
        assert!(reasons.contains(&Reason::Ad), "{reasons:?}");
        assert!(reasons.contains(&Reason::Promo), "{reasons:?}");
        assert!(removed.iter().all(|r| r.path.starts_with("html > body")));
    }

    /// A blog post whose header (dropped before blocks are built) holds the only
    /// date, and a page whose related posts below the article carry dates
    /// of their own.
    #[test]
    fn a_product_page_leaves_its_customer_reviews_out() {
        let description = "<p>Each mug is thrown by hand from speckled stoneware and glazed in an earthy brown. \
            It holds twelve ounces, is safe in the dishwasher and microwave, and no two are alike.</p>";
        let review = "<div class=review><p>I bought two of these for my parents and they use them every single morning, \
            the glaze is even prettier in person and the handle is comfortable.</p></div>";
        let page = |ld_type: &str| {
            format!(
                "<html><head><script type=application/ld+json>{{\"@type\": {ld_type}}}</script></head>\
                 <body><main><h1>Stoneware mug</h1>{description}{description}\
                 <section class=product-reviews><h2>Reviews (3)</h2>{review}{review}{review}</section></main></body></html>"
            )
        };
        let shop = crate::extract(&page("\"Product\""), &Options::default()).unwrap();
        assert!(shop.text.contains("speckled stoneware"), "{}", shop.text);
        assert!(!shop.text.contains("every single morning"), "{}", shop.text);
        // A review article that declares the product it reviews keeps its
        // review sections.
        let article =
            crate::extract(&page("[\"Article\", \"Product\"]"), &Options::default()).unwrap();
        assert!(
            article.text.contains("every single morning"),
            "{}",
            article.text
        );
    }

    #[test]
    fn the_date_in_the_dropped_article_header_is_the_published_date() {
        let post = |head: &str, after: &str| {
            format!(
                "<html lang=en><body><main><article><h1>Bridge to close for repairs</h1>{head}\
                 <p>{P1}</p><p>{P2}</p><p>{P3}</p></article>{after}</main></body></html>"
            )
        };
        let boxed = post(
            "<header class=post-header><a href=/blog>Back to all articles</a> <span>December 17, 2025 - 11 minutes</span></header>",
            "",
        );
        let article = run(&boxed, &Options::default(), &mut ()).unwrap();
        assert_eq!(article.published.as_deref(), Some("2025-12-17"));
        assert!(!article.text.contains("Back to all"), "{}", article.text);

        // Year first, after a dash.
        let iso = post("<div class=byline>by Jon Foster - 2025-09-13</div>", "");
        let article = run(&iso, &Options::default(), &mut ()).unwrap();
        assert_eq!(article.published.as_deref(), Some("2025-09-13"));

        // Dates after the first paragraph, or in a hidden copy, are not
        // the article's.
        let late = post(
            "<div hidden>June 1, 2020</div>",
            "<aside class=related><h2>Related</h2><ul><li><a href=/a>Old post</a> March 3, 2019</li></ul></aside>",
        );
        let article = run(&late, &Options::default(), &mut ()).unwrap();
        assert_eq!(article.published, None);

        // The search covers the head of the article only, so that a page
        // of short lines (no good paragraph ends it) is not read line by
        // line to its end, each line's parent collapsed again: that was
        // quadratic on a 10 MB page of paragraphs separated by newlines.
        let lines: String = (0..400)
            .map(|n| format!("<p>Line {n} of the list</p>\n"))
            .collect();
        let far =
            format!("<html><body><article>{lines}<p>March 3, 2019</p></article></body></html>");
        let article = run(&far, &Options::default(), &mut ()).unwrap();
        assert_eq!(article.published, None);
        let near = far.replace("<article>", "<article><p>March 3, 2019</p>");
        let article = run(&near, &Options::default(), &mut ()).unwrap();
        assert_eq!(article.published.as_deref(), Some("2019-03-03"));
    }

    #[test]
    fn a_shop_listing_is_not_traded_for_the_prose_of_its_footer() {
        let item = |n: u32| {
            format!(
                "<div class=product><h3><a href=/p/{n}>Merino wool hiking sock, model {n}</a></h3>\
                 <p>Soft cushioned sole, reinforced heel and toe, sizes S to XL</p><span>$1{n}.00</span></div>"
            )
        };
        let items: String = (1..=8).map(item).collect();
        let html = format!(
            "<html lang=en><body><nav><a href=/>Shop</a> <a href=/men>Men</a></nav>\
             <div class=grid>{items}</div><footer class=site-footer><p>{P1}</p></footer></body></html>"
        );
        let article = run(&html, &Options::default(), &mut ()).unwrap();
        assert!(article.text.contains("model 8"), "{}", article.text);
        assert!(!article.text.contains("council"), "{}", article.text);
    }

    #[test]
    fn a_declared_question_keeps_its_answers_after_the_comment_count() {
        let html = format!(
            "<html lang=en><body><div itemscope itemtype='https://schema.org/QAPage'>\
             <div class=question><p>{P1}</p></div><h2>2 Comments</h2>\
             <div class=answer><p>{P2}</p></div><div class=answer><p>{P3}</p></div></div></body></html>"
        );
        let article = run(&html, &Options::default(), &mut ()).unwrap();
        assert!(article.text.contains("Shop owners"), "{}", article.text);
        assert!(article.text.contains("footbridge"), "{}", article.text);
        let plain = html.replace("QAPage", "WebPage");
        let article = run(&plain, &Options::default(), &mut ()).unwrap();
        assert!(!article.text.contains("footbridge"), "{}", article.text);
    }

    #[test]
    fn empty_and_text_only_documents() {
        let empty = run("", &Options::default(), &mut ()).unwrap();
        assert_eq!(empty.text, "");
        assert!(!empty.readerable);
        let plain = run("just some words", &Options::default(), &mut ()).unwrap();
        assert_eq!(plain.text, "just some words");
    }

    #[test]
    fn invalid_url_option() {
        let options = Options {
            url: Some("not a url".into()),
            ..Default::default()
        };
        assert!(matches!(
            run("<p>x</p>", &options, &mut ()),
            Err(Error::InvalidOption { .. })
        ));
    }
}
