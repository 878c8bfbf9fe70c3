//! The result of an extraction.

use serde::{Deserialize, Serialize};

/// The article found in a page, with its metadata. Serializes with camelCase
/// field names (`siteName`, `wordCount`, ...), the same names the CLI's JSON
/// and the JavaScript binding use.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    /// The headline, without a trailing site name ("Title | Site" gives "Title").
    pub title: Option<String>,
    /// The author or authors, as the page names them.
    pub byline: Option<String>,
    /// When the article was first published: ISO 8601, with the UTC offset
    /// when the page gives one or names its zone (`2023-06-13T12:57:00+07:00`),
    /// else a date or a local date-time.
    pub published: Option<String>,
    /// When the article was last modified, in the same form as `published`.
    pub modified: Option<String>,
    /// The language of the page (BCP 47, from `<html lang>` or metadata).
    pub lang: Option<String>,
    /// Text direction, `"ltr"` or `"rtl"`, when the page declares one.
    pub dir: Option<String>,
    /// The name of the site or publication.
    pub site_name: Option<String>,
    /// A short summary: the page's description, else the article's first
    /// paragraph (of 40 characters or more), whole, as Readability.js gives it.
    pub excerpt: Option<String>,
    /// The lead image, as an absolute URL when the base URL is known.
    pub image: Option<String>,
    /// The canonical address the page declares.
    pub canonical_url: Option<String>,
    /// The address the page was extracted from (the `url` option), if known.
    pub url: Option<String>,
    /// The article as HTML that is safe to insert into a page.
    pub html: String,
    /// The article as plain text: blocks separated by a blank line, list
    /// items on their own lines.
    pub text: String,
    /// The article as CommonMark.
    pub markdown: String,
    /// Words in the article text (each CJK character counts as a word).
    pub word_count: usize,
    /// Whether the page looks like it carries an article at all: an
    /// article of two paragraphs and 500 characters of prose was found, or
    /// the page has paragraphs enough to read on the scale of Readability.js's
    /// `isProbablyReaderable` (one of 540 characters, four of 240).
    pub readerable: bool,
    /// How strongly the page looks like an article, from 0 to 1.
    pub readerable_score: f32,
    /// The address of the article's next page when it is split over pages.
    pub next_page: Option<String>,
    /// Which path of the extraction produced the result (see [`Strategy`]).
    pub strategy: Strategy,
    /// The blocks that were dropped and why; only with the `explain` option.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub removed: Option<Vec<RemovedBlock>>,
}

/// Which path of the extraction produced the article.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Strategy {
    /// The best-scoring content block of the page (the usual path).
    #[default]
    MainBlock,
    /// The first candidate was weak, a wider container was taken.
    Widened,
    /// The page is not an article (a product, a listing, a service or home
    /// page): its main region was kept whole, less what is boilerplate.
    MainRegion,
    /// The page's boilerplate hints (class names, roles, sectioning tags)
    /// covered all of its text, so they were ignored.
    Relaxed,
    /// The page gave no convincing block; all prose of the page was kept.
    WholePage,
    /// The page is empty or has no text.
    Empty,
}

/// A block that was dropped from the article, for explaining the result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RemovedBlock {
    /// Why it was dropped.
    pub reason: Reason,
    /// A CSS selector that finds the block in the page as parsed
    /// (`html > body > div:nth-child(3) > p:nth-child(2)`).
    pub path: String,
    /// The start of the block's text (up to about 80 characters).
    pub preview: String,
    /// Length of the block's text in characters.
    pub text_length: usize,
}

/// Why a block was dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Reason {
    /// An ad slot or its label ("ADVERTISEMENT").
    Ad,
    /// A promotion: "read also", "watch also", awards, app and subscription pitches.
    Promo,
    /// A video embed or its placeholder.
    Video,
    /// Site navigation, menus, breadcrumbs.
    Navigation,
    /// Page header (site banner, masthead).
    Header,
    /// Page or article footer.
    Footer,
    /// Sidebars and complementary content.
    Sidebar,
    /// Related, recommended and most-popular lists.
    RelatedLinks,
    /// Comments and comment forms.
    Comments,
    /// Share and follow buttons.
    Share,
    /// Newsletter sign-up boxes.
    Newsletter,
    /// Cookie and consent banners, modal overlays.
    Cookie,
    /// Tag and category lists.
    Tags,
    /// Pagination notes and page counters ("Halaman 2 dari 2").
    Pagination,
    /// Author bios and bylines, datelines.
    Byline,
    /// The headline repeated in the body (it is metadata).
    Title,
    /// Photo captions and credits (when captions are not kept).
    Caption,
    /// Forms and form controls.
    Form,
    /// Scripts, styles, templates and other non-content markup.
    Script,
    /// Hidden elements (`hidden`, `aria-hidden`, `display:none`).
    Hidden,
    /// Embedded frames, objects and media players.
    Embed,
    /// A block of text outside the article, with little prose in it.
    LowTextDensity,
    /// A block that is mostly links.
    HighLinkDensity,
    /// A block repeated elsewhere in the article.
    Duplicate,
    /// Outside the main content block that was selected.
    OutsideContent,
}

impl Reason {
    /// The kebab-case name used in JSON (`"related-links"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Ad => "ad",
            Reason::Promo => "promo",
            Reason::Video => "video",
            Reason::Navigation => "navigation",
            Reason::Header => "header",
            Reason::Footer => "footer",
            Reason::Sidebar => "sidebar",
            Reason::RelatedLinks => "related-links",
            Reason::Comments => "comments",
            Reason::Share => "share",
            Reason::Newsletter => "newsletter",
            Reason::Cookie => "cookie",
            Reason::Tags => "tags",
            Reason::Pagination => "pagination",
            Reason::Byline => "byline",
            Reason::Title => "title",
            Reason::Caption => "caption",
            Reason::Form => "form",
            Reason::Script => "script",
            Reason::Hidden => "hidden",
            Reason::Embed => "embed",
            Reason::LowTextDensity => "low-text-density",
            Reason::HighLinkDensity => "high-link-density",
            Reason::Duplicate => "duplicate",
            Reason::OutsideContent => "outside-content",
        }
    }
}

/// The answer of [`crate::is_probably_readerable`].
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Readerable {
    /// Whether the page looks like it carries an article.
    pub readerable: bool,
    /// How strongly, from 0 to 1.
    pub score: f32,
}
