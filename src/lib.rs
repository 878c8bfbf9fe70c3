//! # inti
//!
//! inti finds the article in a web page and drops what surrounds it:
//! navigation, ads, promos, "read also" links, video embeds, cookie and
//! newsletter boxes, share bars, comments and footers. It returns the article
//! as HTML that is safe to insert into a page, as plain text and as Markdown,
//! with its metadata (title, byline, dates, language, site, lead image).
//!
//! ```
//! let html = r#"<html><head><title>A day at sea | The Harbour Times</title></head><body>
//!   <nav><a href="/">Home</a> <a href="/news">News</a></nav>
//!   <article><h1>A day at sea</h1>
//!     <p>The boats left the harbour before dawn, loaded with nets, ice and enough coffee
//!        for the twelve hours the crews expected to spend on the water.</p>
//!     <p>By noon the wind had turned, and the skippers, who had read the forecast with
//!        some doubt, began to bring their boats home one by one.</p>
//!   </article>
//!   <footer>© The Harbour Times</footer></body></html>"#;
//! let article = inti::extract(html, &inti::Options::default()).unwrap();
//! assert_eq!(article.title.as_deref(), Some("A day at sea"));
//! assert!(article.text.starts_with("The boats left the harbour"));
//! assert!(!article.text.contains("Harbour Times"));
//! ```
//!
//! The pipeline runs in stages, one module each (see `pipeline`): parse →
//! prepare → score → select → clean → metadata → output.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod article;
mod decode;
mod dom;
mod error;
mod json;
mod lexicon;
mod mojibake;
mod options;
mod pipeline;
mod sort;
mod text;
mod timing;
mod url;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use article::{Article, Readerable, Reason, RemovedBlock, Strategy};
pub use decode::decode_html_bytes;
pub use error::Error;
pub use options::{Favor, Options};
pub use pipeline::output::allowlist;
#[doc(hidden)]
pub use timing::StageTimes;

/// Extracts the article from a page's HTML.
///
/// Returns an [`Error`] only when the input breaks one of the limits in
/// [`Options`] or is not text at all; a page without an article gives an
/// `Ok` result with empty text and `readerable == false`.
pub fn extract(html: &str, options: &Options) -> Result<Article, Error> {
    pipeline::run(html, options, &mut ())
}

/// [`extract`] with the time spent in each stage, for the benchmark
/// (`examples/bench.rs`): not an API. Not in the wasm build, which has no
/// clock in `std`.
#[doc(hidden)]
#[cfg(not(target_arch = "wasm32"))]
pub fn extract_timed(html: &str, options: &Options) -> (Result<Article, Error>, StageTimes) {
    let mut watch = timing::Stopwatch::start();
    let result = pipeline::run(html, options, &mut watch);
    (result, watch.times)
}

/// Extracts the article from a page's raw bytes, decoding them first as a
/// browser would: byte order mark, then `<meta charset>` or
/// `http-equiv="Content-Type"` (unless the bytes are valid UTF-8 beyond
/// ASCII, see [`decode_html_bytes`]), then detection from the bytes
/// themselves.
pub fn extract_bytes(bytes: &[u8], options: &Options) -> Result<Article, Error> {
    check_input_size(bytes.len(), options)?;
    let html = decode_html_bytes(bytes);
    extract(&html, options)
}

/// Tells quickly whether a page looks like it carries an article, without
/// extracting it.
pub fn is_probably_readerable(html: &str, options: &Options) -> Result<Readerable, Error> {
    pipeline::readerable(html, options)
}

/// A table of the blocks of a page with their measures and classes, and
/// the selected content root: a tool for studying extraction, not an API.
#[doc(hidden)]
pub fn debug_report(html: &str, options: &Options) -> Result<String, Error> {
    pipeline::debug_report(html, options)
}

pub(crate) fn check_input_size(size: usize, options: &Options) -> Result<(), Error> {
    if size > options.max_input_bytes {
        return Err(Error::InputTooLarge {
            size,
            limit: options.max_input_bytes,
        });
    }
    Ok(())
}
