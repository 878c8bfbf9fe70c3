//! The extraction pipeline (stub, being written).
use crate::{Article, Error, Options, Readerable};

pub(crate) fn run(html: &str, options: &Options) -> Result<Article, Error> {
    crate::check_input_size(html.len(), options)?;
    Ok(Article::default())
}

pub(crate) fn readerable(html: &str, options: &Options) -> Result<Readerable, Error> {
    crate::check_input_size(html.len(), options)?;
    Ok(Readerable { readerable: false, score: 0.0 })
}
