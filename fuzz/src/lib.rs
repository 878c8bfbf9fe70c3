//! What the fuzz targets share: options drawn from the input, and the one
//! property every run must hold.

use arbitrary::Arbitrary;

/// The safety checks of the tests (`tests/support/safety.rs`).
#[path = "../../tests/support/safety.rs"]
pub mod safety;

/// Extraction options drawn by the fuzzer, so every output path runs
/// (links, images and tables kept or not, explain on or off, each favor,
/// with and without a page address to resolve against).
#[derive(Arbitrary, Debug)]
pub struct FuzzOptions {
    with_url: bool,
    keep_images: bool,
    keep_tables: bool,
    keep_links: bool,
    keep_captions: Option<bool>,
    explain: bool,
    favor: u8,
    min_article_length: u8,
}

impl FuzzOptions {
    /// The options to extract with.
    pub fn options(&self) -> inti::Options {
        inti::Options {
            url: self
                .with_url
                .then(|| "https://fuzz.example/a/b/page.html?q=1".to_string()),
            keep_images: self.keep_images,
            keep_tables: self.keep_tables,
            keep_links: self.keep_links,
            keep_captions: self.keep_captions,
            explain: self.explain,
            favor: match self.favor % 3 {
                0 => inti::Favor::Precision,
                1 => inti::Favor::Balanced,
                _ => inti::Favor::Recall,
            },
            min_article_length: usize::from(self.min_article_length) * 4,
            // Tighter limits than the defaults, so that the fuzzer also
            // reaches the limit checks with inputs of its usual size.
            max_nodes: 20_000,
            max_depth: 400,
            ..Default::default()
        }
    }
}

/// The property: extraction returns (an article or a typed error) without
/// panicking, and every output format of the article passes the safety
/// checks. Panics, with the reason, when it does not hold.
pub fn check_extraction(result: Result<inti::Article, inti::Error>) {
    match result {
        Ok(article) => {
            if let Err(reason) = safety::check_article(&article) {
                panic!("unsafe output: {reason}");
            }
            // The text formats never carry NUL (the parser replaces it).
            assert!(!article.text.contains('\0'), "NUL in the text");
        }
        Err(error) => {
            // Only the limit errors and NotHtml can come from input.
            assert!(
                matches!(
                    error,
                    inti::Error::InputTooLarge { .. }
                        | inti::Error::TooDeep { .. }
                        | inti::Error::TooManyNodes { .. }
                        | inti::Error::NotHtml { .. }
                ),
                "unexpected error {error:?}"
            );
        }
    }
}
