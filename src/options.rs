//! Extraction options. Every field has a default; see [`Options::default`].

use serde::{Deserialize, Serialize};

/// How to trade precision against recall when a block is borderline.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Favor {
    /// Drop borderline blocks: less boilerplate, at the risk of losing a
    /// short paragraph or a caption.
    Precision,
    /// The default balance, tuned on the evaluation corpora.
    #[default]
    Balanced,
    /// Keep borderline blocks: nothing of the article lost, at the risk of
    /// keeping a teaser or a credit line.
    Recall,
}

/// Options for [`crate::extract`]. Build with struct update syntax:
///
/// ```
/// let options = inti::Options { url: Some("https://example.com/a/b".into()), ..Default::default() };
/// assert!(options.keep_images);
/// ```
///
/// In JavaScript and JSON the same fields are camelCase (`keepImages`,
/// `maxInputBytes`, ...); unknown names are rejected.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Options {
    /// The page's own address, the base for relative links and images.
    /// A `<base href>` in the page is applied on top of it. Default: none
    /// (relative URLs are kept relative).
    pub url: Option<String>,
    /// Precision/recall balance for borderline blocks. Default: `Balanced`.
    pub favor: Favor,
    /// Keep images (and their figures) in the article. Default: `true`.
    pub keep_images: bool,
    /// Keep data tables. Default: `true`. Layout tables are always unwrapped.
    pub keep_tables: bool,
    /// Keep links as links (`<a href>` in HTML, `[text](url)` in Markdown).
    /// When `false` only their text is kept. Default: `true`.
    pub keep_links: bool,
    /// Figure captions (`<figcaption>`, caption-sized boxes named as
    /// captions or photo credits). `None`, the default: they stay with
    /// their images in [`crate::Article::html`] and
    /// [`crate::Article::markdown`], and are left out of
    /// [`crate::Article::text`], which has no images for them to describe
    /// (and so of `word_count` and the excerpt drawn from the text).
    /// `Some(true)`: kept in all three. `Some(false)`: dropped from all
    /// three.
    pub keep_captions: Option<bool>,
    /// Fill [`crate::Article::removed`] with every block that was dropped and
    /// why. Default: `false` (it costs a little time and memory).
    pub explain: bool,
    /// An article shorter than this many characters (CJK characters count
    /// as three) is treated as a weak result and the fallback chain runs.
    /// Default: `250`.
    pub min_article_length: usize,
    /// Input larger than this many bytes is refused with
    /// [`crate::Error::InputTooLarge`]. Default: 64 MiB.
    pub max_input_bytes: usize,
    /// Documents with more nodes (elements, text, comments) than this are
    /// refused with [`crate::Error::TooManyNodes`]. Default: 4,000,000.
    pub max_nodes: usize,
    /// Documents nesting elements deeper than this are refused with
    /// [`crate::Error::TooDeep`] before the tree is built (the HTML tree
    /// builder's cost grows with the square of the depth). Default: 2,000.
    pub max_depth: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            url: None,
            favor: Favor::Balanced,
            keep_images: true,
            keep_tables: true,
            keep_links: true,
            keep_captions: None,
            explain: false,
            min_article_length: 250,
            max_input_bytes: 64 * 1024 * 1024,
            max_nodes: 4_000_000,
            max_depth: 2_000,
        }
    }
}
