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
//! * [`verdicts`]: the "Pros" and "Cons" labels of reviews' verdict boxes.
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

/// A list of words or phrases packed into one string, each followed by a
/// newline: `packed!["a", "about"]` is `"a\nabout\n"`; [`unpack`] gives
/// the entries back. Why: in the `.wasm`, each `&'static str` of a
/// `&[&str]` array adds 8 bytes of address and length to the data, which
/// gzip compresses poorly (the addresses all differ), where a packed list
/// adds one newline per entry. The lists are only read to build their
/// lookup tables, once, so splitting them costs nothing that matters.
/// The entries must not contain a newline (the lists' tests check it).
macro_rules! packed {
    ($($entry:literal),* $(,)?) => {
        concat!($($entry, "\n"),*)
    };
}

pub(crate) mod classes;
pub(crate) mod phrases;
pub(crate) mod stopwords;
pub(crate) mod verdicts;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The entries of a list made by [`packed!`], in order.
pub(crate) fn unpack(list: &'static str) -> std::str::SplitTerminator<'static, char> {
    list.split_terminator('\n')
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_lists_unpack_to_their_entries() {
        const LIST: &str = packed!["a", "about", "read also:", "",];
        assert_eq!(LIST, "a\nabout\nread also:\n\n");
        assert_eq!(
            unpack(LIST).collect::<Vec<_>>(),
            ["a", "about", "read also:", ""]
        );
        const EMPTY: &str = packed![];
        assert_eq!(unpack(EMPTY).count(), 0);
    }
}
