//! Stage 3b: judge each block on its own, then score every container by the
//! prose it holds against the boilerplate it would drag along.
//!
//! A block is judged by text density and link density (the signals every
//! extractor since boilerpipe relies on) plus function-word density (as
//! jusText does: prose is full of "the", "and", "yang", "und"; menus and
//! teaser lists are not) and, for scripts without spaces, punctuation. Known
//! boilerplate phrases ("ADVERTISEMENT", "Baca juga:") are bad whatever their
//! measures.
//!
//! A container's score is the length of the good text inside it minus the
//! length of the bad text inside it. The `<body>` holds all the good text but
//! also every menu and footer; a teaser box holds no good text; the article
//! container holds all the good text and little else, so it scores highest.

use super::blocks::{Block, BlockKind, Class};
use crate::dom::{Dom, NodeId, NO_NODE};
use crate::lexicon::phrases::{self, PhraseKind};
use crate::Reason;

/// Below this weighted length a block is too short to judge alone
/// (jusText's "length low").
pub(crate) const SHORT_LEN: u32 = 70;
/// From this weighted length a block with prose measures is good on its own
/// (jusText's "length high").
pub(crate) const LONG_LEN: u32 = 200;
/// From this weighted length a block that is clearly prose (many function
/// words, almost no links) is good on its own.
pub(crate) const MEDIUM_LEN: u32 = 140;
/// Function-word share from which a long block reads as prose.
pub(crate) const PROSE_STOPWORDS: f32 = 0.30;
/// Function-word share from which a medium block may be prose.
pub(crate) const MAYBE_PROSE_STOPWORDS: f32 = 0.22;
/// Link share above which a block is a list of links, not text.
pub(crate) const MAX_LINK_DENSITY: f32 = 0.5;
/// Link share above which a short block is navigation.
pub(crate) const MAX_SHORT_LINK_DENSITY: f32 = 0.2;

/// The function-word densities that count as prose on this page.
///
/// Densities depend on the language and on how complete its word list is:
/// English prose with our list sits around 0.45, Indonesian around 0.30,
/// prose full of names and numbers (news) lower. Fixed thresholds would
/// favour some languages; instead they are set from the page's own long,
/// link-free blocks, most of which are prose on any page worth extracting.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Thresholds {
    /// From here a long block reads as prose.
    pub prose: f32,
    /// From here a medium block may be prose.
    pub maybe_prose: f32,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            prose: PROSE_STOPWORDS,
            maybe_prose: MAYBE_PROSE_STOPWORDS,
        }
    }
}

/// Sets the thresholds from the densities of the page's long blocks: the
/// length-weighted 80th percentile stands for "this page's prose".
pub(crate) fn calibrate(blocks: &[Block]) -> Thresholds {
    let mut samples: Vec<(f32, u32)> = blocks
        .iter()
        .filter(|b| {
            b.len() >= 150
                && b.link_density() < 0.3
                && !b.counts.is_mostly_dense()
                && b.counts.words > 0
        })
        .map(|b| (b.stopword_density(), b.len()))
        .collect();
    if samples.len() < 3 {
        return Thresholds::default();
    }
    crate::sort::sort_by(&mut samples, |a, b| a.0.total_cmp(&b.0));
    let total: u32 = samples.iter().map(|s| s.1).sum();
    let mut seen = 0;
    let mut reference = samples[samples.len() - 1].0;
    for (density, len) in &samples {
        seen += len;
        if seen * 5 >= total * 4 {
            reference = *density;
            break;
        }
    }
    Thresholds {
        prose: (0.72 * reference).clamp(0.12, PROSE_STOPWORDS),
        maybe_prose: (0.55 * reference).clamp(0.08, MAYBE_PROSE_STOPWORDS),
    }
}

/// Judges every block.
pub(crate) fn classify_all(blocks: &mut [Block], has_stopwords: bool) {
    let thresholds = if has_stopwords {
        calibrate(blocks)
    } else {
        Thresholds::default()
    };
    for block in blocks.iter_mut() {
        block.class = classify(block, has_stopwords, thresholds);
    }
}

/// A page with no block judged prose on its own, but with near-prose (a
/// short news story of one-sentence paragraphs dense with names and
/// figures, a results roundup, a page in a language the word lists cover
/// poorly): its near-good blocks are the best candidates it has, and have
/// no good neighbour to confirm them. They are taken as prose, so that the
/// article is selected and cleaned as one instead of the whole page being
/// kept as a region. Headings are not promoted, and the candidates must
/// hold [`super::select::MIN_ARTICLE_PROSE`] together: a headline whose
/// body the page hides is not an article. `declared_article` (asked last,
/// it reads the whole page) says whether the page calls itself an article.
pub(crate) fn promote_when_nothing_is_good(
    blocks: &mut [Block],
    declared_article: impl FnOnce() -> bool,
) {
    let candidate =
        |b: &Block| b.class == Class::NearGood && !matches!(b.kind, BlockKind::Heading(_));
    if blocks.iter().any(|b| b.class == Class::Good) {
        return;
    }
    let near_prose: u32 = blocks
        .iter()
        .filter(|b| candidate(b))
        .map(|b| b.len())
        .sum();
    if near_prose < super::select::MIN_ARTICLE_PROSE || !declared_article() {
        return;
    }
    for block in blocks.iter_mut().filter(|b| candidate(b)) {
        block.class = Class::Good;
    }
}

/// Judges one block from its own measures.
pub(crate) fn classify(block: &Block, has_stopwords: bool, thresholds: Thresholds) -> Class {
    let len = block.len();
    if len <= 400 {
        // A credit line is never a linked heading: "Foto: Aksi Relawan
        // Bagikan Makanan" over a teaser of an Indonesian portal is a photo
        // story's headline. (An "About the author" heading is a credit.)
        let linked_headline =
            || matches!(block.kind, BlockKind::Heading(_)) && block.link_density() > 0.5;
        if let Some(kind) = phrases::classify(&block.text)
            .filter(|&k| !(k == PhraseKind::Credit && linked_headline()))
        {
            return Class::Bad(reason_for_phrase(kind));
        }
    }
    if is_post_signature(block) {
        return Class::Short;
    }
    let link_density = block.link_density();
    if block.kind == BlockKind::Preformatted {
        // Code and preformatted text have their own shape; never judge them
        // by prose measures.
        return if link_density > MAX_LINK_DENSITY {
            Class::Bad(Reason::HighLinkDensity)
        } else {
            Class::NearGood
        };
    }
    if link_density > MAX_LINK_DENSITY {
        // A link roundup or an explainer can link half of each sentence and
        // still be prose: long, punctuated, with function words in the
        // unlinked part. Menus and teaser lists are none of these.
        let prose = prose_density(block, has_stopwords, thresholds);
        let links_are_inline = block.links * 40 <= len;
        if len >= MEDIUM_LEN
            && link_density <= 0.8
            && block.counts.punctuation >= 2
            && prose >= thresholds.prose
            && links_are_inline
        {
            return Class::NearGood;
        }
        return Class::Bad(Reason::HighLinkDensity);
    }
    if len < SHORT_LEN {
        if link_density > MAX_SHORT_LINK_DENSITY {
            return Class::Bad(Reason::HighLinkDensity);
        }
        return Class::Short;
    }
    let prose = prose_density(block, has_stopwords, thresholds);
    if len >= MEDIUM_LEN && prose >= thresholds.prose * 1.3 && link_density <= 0.1 {
        // A medium-length paragraph that is unmistakably prose.
        return Class::Good;
    }
    if len >= LONG_LEN && prose >= thresholds.prose {
        return if link_density <= 0.3 {
            Class::Good
        } else {
            Class::NearGood
        };
    }
    if prose >= thresholds.maybe_prose {
        return Class::NearGood;
    }
    if len >= MEDIUM_LEN && block.counts.punctuation >= 2 && link_density < 0.1 {
        // Sentences with few function words: news copy dense with names and
        // figures, or a language the word lists cover poorly. Neighbours decide.
        return Class::NearGood;
    }
    Class::Bad(Reason::LowTextDensity)
}

/// The signature line of a social post quoted in an article, as the embed
/// code writes it: "— Jane Doe (@janedoe) November 18, 2019". Its name and
/// date are links, so it measures like navigation, but it belongs with the
/// quoted post: a short line, left to its neighbours.
fn is_post_signature(block: &Block) -> bool {
    block.len() < 160
        && block
            .text
            .find("(@")
            .is_some_and(|at| block.text[..at].contains(['—', '–']))
}

/// How much a block reads like prose, on the scale of function-word density.
/// Where no word list applies (Chinese, Japanese, Thai, or a language we have
/// no list for) punctuation stands in: running text has a clause mark every
/// dozen words or so, headlines and menus have none.
fn prose_density(block: &Block, has_stopwords: bool, thresholds: Thresholds) -> f32 {
    let counts = &block.counts;
    if has_stopwords && !counts.is_mostly_dense() {
        return block.stopword_density();
    }
    // Clause marks per unit of text: words for spaced scripts, characters
    // (a word's worth each, about) for dense ones.
    let units = if counts.is_mostly_dense() {
        counts.dense_chars / 2
    } else {
        counts.words
    };
    if units == 0 {
        return 0.0;
    }
    let per_unit = counts.punctuation as f32 / units as f32;
    if per_unit >= 1.0 / 25.0 {
        thresholds.prose + 0.01
    } else if counts.punctuation > 0 {
        thresholds.maybe_prose
    } else {
        0.0
    }
}

/// The removal reason that goes with a boilerplate phrase.
pub(crate) fn reason_for_phrase(kind: PhraseKind) -> Reason {
    match kind {
        PhraseKind::AdLabel => Reason::Ad,
        PhraseKind::ReadAlso
        | PhraseKind::WatchAlso
        | PhraseKind::Subscribe
        | PhraseKind::Follow => Reason::Promo,
        PhraseKind::VideoPlaceholder => Reason::Video,
        PhraseKind::ContinueReading | PhraseKind::PageCounter => Reason::Pagination,
        PhraseKind::Newsletter => Reason::Newsletter,
        PhraseKind::Cookie => Reason::Cookie,
        PhraseKind::Share => Reason::Share,
        PhraseKind::Related => Reason::RelatedLinks,
        PhraseKind::Comments => Reason::Comments,
        PhraseKind::Tags => Reason::Tags,
        PhraseKind::Copyright => Reason::Footer,
        PhraseKind::Interface => Reason::Navigation,
        PhraseKind::Credit => Reason::Byline,
    }
}

/// What a block adds to the score of the containers that hold it.
///
/// Good text counts in full and near-good text for half; boilerplate
/// counts against.
pub(crate) fn block_weight(block: &Block) -> i64 {
    let len = i64::from(block.len());
    if block.kind == BlockKind::Caption && block.class == Class::Bad(Reason::LowTextDensity) {
        // Captions are short and full of names; they belong with articles
        // as much as with galleries: neutral.
        return 0;
    }
    match block.class {
        Class::Good => len,
        Class::NearGood => len / 2,
        Class::Short => 0,
        Class::Bad(Reason::LowTextDensity) => -len / 2,
        Class::Bad(_) => -len,
    }
}

/// Container scores: for every node, the summed weight of the blocks in its
/// subtree.
pub(crate) fn container_scores(dom: &Dom, blocks: &[Block]) -> Vec<i64> {
    let mut scores = vec![0i64; dom.len()];
    for block in blocks {
        scores[block.owner as usize] += block_weight(block);
    }
    for id in (1..dom.len() as NodeId).rev() {
        let parent = dom.parent(id);
        if parent != NO_NODE {
            scores[parent as usize] += scores[id as usize];
        }
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::tests::parse;
    use crate::lexicon::stopwords;
    use crate::pipeline::blocks;
    use crate::pipeline::prepare::Marks;

    fn judged(html: &str) -> Vec<(String, Class)> {
        let dom = parse(html);
        let marks = Marks::new(dom.len());
        let flags = blocks::block_like(&dom);
        let mut blocks = blocks::build(&dom, &marks, dom.body, &flags);
        blocks::count_stopwords(&mut blocks, stopwords::for_lang("en").unwrap());
        classify_all(&mut blocks, true);
        blocks.into_iter().map(|b| (b.text, b.class)).collect()
    }

    #[test]
    fn near_prose_is_promoted_only_when_nothing_is_good_and_there_is_enough() {
        let classes = |html: &str| {
            let dom = parse(html);
            let flags = blocks::block_like(&dom);
            let mut blocks = blocks::build(&dom, &Marks::new(dom.len()), dom.body, &flags);
            blocks::count_stopwords(&mut blocks, stopwords::for_lang("en").unwrap());
            classify_all(&mut blocks, true);
            promote_when_nothing_is_good(&mut blocks, || true);
            blocks.into_iter().map(|b| b.class).collect::<Vec<_>>()
        };
        let line = "<p>West senior David Garcia finished second in the 50 yard freestyle, a tenth behind the winner.</p>";
        let headline =
            "<h1>Google Bets on the Future With Launch of Its Stadia Game Streaming Service</h1>";
        // Five near-good lines and nothing good: they are the article.
        let roundup = classes(&line.repeat(5));
        assert!(roundup.iter().all(|c| *c == Class::Good), "{roundup:?}");
        // A headline alone (the body hidden) is not an article's worth.
        let alone = classes(&format!("{headline}{line}"));
        assert!(!alone.contains(&Class::Good), "{alone:?}");
    }

    #[test]
    fn prose_is_good_and_menus_are_bad() {
        let judged = judged(
            "<p>The council voted on Tuesday to close the old bridge for repairs, and the work is expected to take most of the summer, which means that drivers will have to use the ring road until September at the earliest.</p>\
             <div><a href=/a>Home</a> <a href=/b>World</a> <a href=/c>Business</a> <a href=/d>Sport</a></div>",
        );
        assert_eq!(judged[0].1, Class::Good);
        assert_eq!(judged[1].1, Class::Bad(Reason::HighLinkDensity));
    }

    #[test]
    fn boilerplate_phrases_are_bad_whatever_their_shape() {
        let judged = judged("<div>ADVERTISEMENT</div><p>SCROLL TO CONTINUE WITH CONTENT</p>");
        assert_eq!(judged[0].1, Class::Bad(Reason::Ad));
        assert!(matches!(judged[1].1, Class::Bad(_)));
    }

    /// "Foto: Antara" under a picture is a credit; "Foto: ..." as a
    /// teaser's linked headline is a photo story's title, and an "About
    /// the author" heading is still a credit.
    #[test]
    fn a_linked_headline_is_no_credit_line() {
        let judged = judged(
            "<p>Foto: Antara</p>\
             <h3><a href=/foto/1>Foto: Aksi Relawan Bagikan Makanan Hangat untuk Korban Banjir</a></h3>\
             <h2>About the author</h2>",
        );
        assert_eq!(judged[0].1, Class::Bad(Reason::Byline));
        assert!(
            !matches!(judged[1].1, Class::Bad(Reason::Byline)),
            "{judged:?}"
        );
        assert_eq!(judged[2].1, Class::Bad(Reason::Byline));
    }

    #[test]
    fn a_quoted_posts_signature_is_a_short_line_not_a_link_list() {
        let judged = judged(
            "<blockquote><p>Yes this is real.</p>&mdash; Jane Doe (@janedoe) \
             <a href=https://twitter.com/janedoe/status/1>November 18, 2019</a></blockquote>",
        );
        assert_eq!(judged[1].1, Class::Short);
    }

    #[test]
    fn short_lines_wait_for_context() {
        let judged = judged("<h2>What happens next</h2>");
        assert_eq!(judged[0].1, Class::Short);
    }

    #[test]
    fn headline_lists_without_function_words_are_low_density() {
        let judged = judged("<div>Stocks Rally Ahead Of Fed Decision; Oil Prices Slip As Supply Concerns Ease; Tech Giants Report Strong Quarterly Earnings</div>");
        assert!(matches!(judged[0].1, Class::Bad(_) | Class::NearGood));
    }

    #[test]
    fn chinese_prose_is_judged_by_punctuation() {
        let dom = parse("<p>北京时间周二，市政府宣布将于下月起对老城区的交通进行调整，以缓解早晚高峰期间的拥堵问题。有关部门表示，新的方案已经过多次论证，并广泛听取了市民的意见。</p><div>首页 新闻 体育 财经 娱乐 科技 汽车 房产 教育 旅游 健康</div>");
        let marks = Marks::new(dom.len());
        let flags = blocks::block_like(&dom);
        let mut blocks = blocks::build(&dom, &marks, dom.body, &flags);
        classify_all(&mut blocks, false);
        assert_eq!(blocks[0].class, Class::Good);
        assert!(matches!(blocks[1].class, Class::Bad(_)));
    }

    #[test]
    fn container_scores_sum_good_minus_bad() {
        let dom = parse("<div id=a><p>x</p></div>");
        let scores = container_scores(&dom, &[]);
        assert!(scores.iter().all(|&s| s == 0));
    }
}
