//! The lexicon: the language data the extraction pipeline looks things up
//! in, kept apart from the code that uses it.
//!
//! * [`stopwords`]: the function words of 35 languages, for stop-word
//!   density (prose is full of them, menus and teasers are not) and for
//!   guessing a text's language.
//! * [`phrases`]: boilerplate phrases in many languages ("Advertisement",
//!   "Baca juga:", "Lesen Sie auch", "Page 2 of 3", "Leave a reply", "©
//!   2024 ...") and [`phrases::classify`], which tells whether a short
//!   block of text is one of them.
//! * [`classes`]: class and id tokens that mark boilerplate containers
//!   (`related-posts`, `share-buttons`, `adsbygoogle`) and tokens that mark
//!   content (`entry-content`, `article__body`).
//!
//! This is data, not logic: lists and tables with just enough code to look
//! them up quickly. It is kept in one place so that it can be tuned (a
//! phrase added, a risky token dropped) against the evaluation set without
//! touching the pipeline. Each module documents its precision rules and the
//! entries known to be risky. Everything was written for inti from
//! knowledge of the languages, not copied from other projects' lists.

pub(crate) mod classes;
pub(crate) mod phrases;
pub(crate) mod stopwords;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A hash map with [`Fnv`] hashing, for the lexicon's lookup tables: their
/// keys are short words and phrases, for which FNV is several times faster
/// than the standard SipHash, and they are built from constant data, so
/// hash flooding is not a concern.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// The 64-bit FNV-1a hash.
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}
