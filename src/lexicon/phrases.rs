//! Boilerplate phrases in many languages.
//!
//! News and blog pages put short lines inside and around their articles that
//! a reader of the extracted text must not see: ad labels ("Advertisement",
//! "Anzeige"), teaser links ("Read also: ...", "Baca juga: ..."), notes that
//! the story goes on elsewhere, page counters, newsletter, cookie, share,
//! follow and subscription prompts, headings of related-article and comment
//! sections, tag lists, video placeholders and copyright lines.
//! [`classify`] tells whether a block of text is one of them.
//!
//! Matching works on [`normalize`]d text (lowercase, single spaces, no
//! leading or trailing punctuation, a few script-specific foldings) and
//! comes in three kinds (see [`Match`]):
//!
//! * **Exact**: the whole block is the phrase ("Advertisement", "Comments").
//! * **Prefix**: the block starts with the phrase, followed by a word
//!   boundary ("Baca juga: Headline"). A Prefix phrase that ends with `:`
//!   ("tags:") also matches as Exact without the colon ("Tags:" normalizes
//!   to "tags"), unless an Exact phrase of its own says otherwise.
//! * **Contains**: the block contains the phrase anywhere, starting at a
//!   word and ending at a word boundary; only for long, unambiguous phrases
//!   ("all rights reserved").
//!
//! Two small patterns complete the lists: page counters ("Page 2 of 3",
//! "Halaman 2 dari 2", "Seite 1 von 3", "第2页") and comment counters
//! ("12 comments", "Komentar (3)").
//!
//! Precision rule for the data: a phrase must be boilerplate whenever a
//! block consists of it (Exact), starts with it (Prefix) or contains it
//! (Contains). That is why bare words that also start sentences ("Video",
//! "Share", "Follow", "Sponsored by", "Continue reading") are Exact only, or
//! need a colon to be a Prefix ("video:", "see also:").
//!
//! Only short blocks are classified: blocks of [`MAX_CHARS`] (200)
//! characters or more are prose. `classify` sees text only, not links, so it
//! cannot tell a teaser link ("Read more: the full report on ...") from a
//! long sentence of prose that happens to start the same way; short blocks
//! are teasers in practice, long ones prose. (All Exact phrases are much
//! shorter than the limit, so a higher limit for Exact phrases alone would
//! change nothing.) The length is measured on the raw text with whitespace
//! collapsed, before normalizing, so long blocks cost one scan and no
//! allocation.

use std::sync::OnceLock;

use super::stopwords::is_word_char;
use super::{unpack, FastMap};
use PhraseKind::*;

/// What kind of boilerplate a phrase marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum PhraseKind {
    /// Ad labels and "article continues below the ad" notes.
    AdLabel,
    /// Teaser links to another article: "Read also", "Baca juga".
    ReadAlso,
    /// Teaser links to a video: "Watch also", "Saksikan juga".
    WatchAlso,
    /// The story continues elsewhere: "Continue on the next page", "Simak
    /// berita selengkapnya di halaman selanjutnya", "Lesen Sie weiter auf
    /// Seite 2", "Read full story".
    ContinueReading,
    /// "Halaman 2 dari 2", "Page 2 of 3", "Seite 1 von 3" (a pattern, not a
    /// list).
    PageCounter,
    /// Newsletter sign-up prompts.
    Newsletter,
    /// Cookie and consent notices.
    Cookie,
    /// Share buttons and their labels.
    Share,
    /// Headings of related, recommended and most-popular lists: "Related
    /// articles", "Berita Terkait", "Terpopuler", "Mehr zum Thema", "相关新闻".
    Related,
    /// Comment section headings and prompts: "Comments", "Leave a reply",
    /// "Komentar", "Kommentare", "12 comments".
    Comments,
    /// Tag and topic lists: "Tags:", "Topik:", "Schlagwörter".
    Tags,
    /// Paywall, subscription and app prompts: "Subscribe now", "Download our
    /// app", "Already a subscriber? Log in".
    Subscribe,
    /// "Follow us on", "Ikuti kami di".
    Follow,
    /// Lines that stand for an embedded video or other media: "[Gambas:Video
    /// 20detik]", "Watch the video", a lone "Video" label.
    VideoPlaceholder,
    /// Credit lines for the people behind the article or its pictures:
    /// "责任编辑：张晓", "Photo: Reuters", "Foto: Antara".
    Credit,
    /// Copyright lines: "© 2024 ... All rights reserved", "Hak cipta
    /// dilindungi undang-undang"; and the headings of legal notes
    /// ("Disclaimer", "Haftungsausschluss").
    Copyright,
    /// The page's machinery written as text: a "Skip to main content" link
    /// for keyboard users, the label of a table of contents.
    Interface,
}

/// How a phrase is matched against a normalized block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Match {
    /// The whole block is the phrase (after normalization, so leading and
    /// trailing punctuation is ignored).
    Exact,
    /// The block starts with the phrase, then a word boundary.
    Prefix,
    /// The block contains the phrase, starting at a word (or anywhere in
    /// unspaced scripts). For long unambiguous phrases only.
    Contains,
}

/// One boilerplate phrase.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Phrase {
    /// The phrase, lowercase with single spaces, written as in the language
    /// (accents, hamzas, tonos included); [`normalize`] is applied to it when
    /// the index is built, so that it folds the same way as the blocks.
    pub text: &'static str,
    /// What the phrase marks.
    pub kind: PhraseKind,
    /// How it is matched.
    pub matching: Match,
}

/// Blocks of this many characters or more (counted on the raw text with
/// whitespace collapsed) are prose and never classified.
pub(crate) const MAX_CHARS: usize = 200;

/// Page and comment counters are looked for only in blocks shorter than
/// this (characters, whitespace collapsed).
const COUNTER_MAX_CHARS: usize = 60;

/// The kind of boilerplate a block of text is, if it is one: checks Exact
/// phrases, then Prefix phrases (with a word boundary after the phrase, so
/// "read more" does not match "read moreover"; longest phrase first), then
/// Contains phrases, then the page-counter and comment-counter patterns.
/// Blocks of [`MAX_CHARS`] characters or more are never boilerplate here.
///
/// Fast enough to run on every block of a page: long blocks are rejected
/// after one scan, without allocating; short ones cost one normalization
/// (one allocation), a few hash lookups (the Exact phrases, the Prefix
/// phrases that start with the block's first two characters) and one pass
/// over the block for the Contains phrases.
pub(crate) fn classify(text: &str) -> Option<PhraseKind> {
    let chars = collapsed_len(text, MAX_CHARS);
    let norm = normalized_short(text, chars)?;
    let index = index();
    if let Some(&kind) = index.exact.get(norm.as_str()) {
        return Some(kind);
    }
    // Prefix phrases by their first two characters (longer phrases first),
    // then the one-character phrases ("©").
    let mut start = norm.chars();
    let first = start.next()?;
    for key in [(first, start.next()), (first, None)] {
        for (phrase, kind) in index.prefix.get(&key).into_iter().flatten() {
            if let Some(rest) = norm.strip_prefix(phrase.as_str()) {
                if at_boundary(phrase, rest) {
                    return Some(*kind);
                }
            }
        }
        if key.1.is_none() {
            break;
        }
    }
    if let Some(kind) = find_contained(&norm, index) {
        return Some(kind);
    }
    if chars < COUNTER_MAX_CHARS && norm.chars().any(char::is_numeric) {
        if is_page_counter(&norm) {
            return Some(PageCounter);
        }
        if is_comment_counter(&norm) {
            return Some(Comments);
        }
    }
    None
}

/// The kind of an Exact phrase that is the whole of `text` ("Sponsored",
/// "Anzeige"), without the Prefix and Contains phrases or the counters:
/// for labels that stand alone, as [`classify`] would take them.
pub(crate) fn classify_exact(text: &str) -> Option<PhraseKind> {
    let norm = normalized_short(text, collapsed_len(text, MAX_CHARS))?;
    index().exact.get(norm.as_str()).copied()
}

/// The normalized text of a block short enough to be a phrase (`chars`,
/// its [`collapsed_len`], under [`MAX_CHARS`]), if anything is left of it.
fn normalized_short(text: &str, chars: usize) -> Option<String> {
    if chars == 0 || chars >= MAX_CHARS {
        return None;
    }
    Some(normalize(text)).filter(|norm| !norm.is_empty())
}

/// The length of `text` in characters with whitespace runs collapsed to one
/// space and trimmed, counted up to `cap` (the count stops there).
fn collapsed_len(text: &str, cap: usize) -> usize {
    let mut n = 0usize;
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = n > 0;
        } else {
            n += 1 + usize::from(space);
            space = false;
            if n >= cap {
                break;
            }
        }
    }
    n
}

/// Whether a Prefix match of `phrase` followed by `rest` ends at a word
/// boundary: the block ends there, or the phrase ends in punctuation
/// ("tags:"), or the next character is not a word character.
fn at_boundary(phrase: &str, rest: &str) -> bool {
    let Some(next) = rest.chars().next() else {
        return true;
    };
    let last = phrase.chars().next_back().unwrap_or(' ');
    !is_word_char(last) || !is_word_char(next)
}

/// The kind of the first Contains phrase found in a normalized block. The
/// phrases are bucketed by their first byte; they are tried at word starts,
/// and at every character of the unspaced scripts (Thai, CJK: lead bytes
/// 0xE0 to 0xE9, which also covers Devanagari). A match must end at a word
/// boundary like a Prefix match, so that "版权所有" (all rights reserved)
/// does not match "版权所有者" (the copyright holder).
fn find_contained(norm: &str, index: &Index) -> Option<PhraseKind> {
    let bytes = norm.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let bucket = &index.contains[usize::from(b)];
        if bucket.is_empty() || b & 0xC0 == 0x80 {
            continue;
        }
        let word_start = i == 0 || bytes[i - 1] == b' ';
        if !word_start && !(0xE0..=0xE9).contains(&b) {
            continue;
        }
        for (phrase, kind) in bucket {
            if let Some(rest) = norm[i..].strip_prefix(phrase.as_str()) {
                if at_boundary(phrase, rest) {
                    return Some(*kind);
                }
            }
        }
    }
    None
}

/// Normalize a block's text for matching:
///
/// * lowercase (Unicode), whitespace (including no-break spaces) collapsed
///   to single spaces, trimmed;
/// * leading and trailing punctuation and symbols stripped (`:` `»` `›` `|`
///   `-` `—` `•` `▶` `►` `→`, quotes, brackets, ellipses ...), except a
///   leading `©`; so "[Gambas:Video 20detik]" becomes "gambas:video
///   20detik" and "» Read more ›" becomes "read more";
/// * tokens made only of punctuation are dropped ("Advertisement -
///   Scroll to continue" becomes "advertisement scroll to continue"), except
///   that a lone `:` is glued to the word before it (French "Lire aussi :"
///   becomes "lire aussi:") and `/` is kept (page counters);
/// * script foldings, applied to blocks and phrases alike: typographic
///   apostrophes to `'`; full-width colon to `:`; Turkish dotless ı and the
///   dot of İ folded to plain i; Greek tonos and final sigma removed (all-caps
///   Greek has no accents); Russian ё to е; Romanian ş ţ (cedilla) to ș ț
///   (comma); Arabic harakat and tatweel removed, alef variants to ا, Arabic
///   yeh and kaf to their Persian forms; Devanagari nukta letters
///   decomposed; zero-width non-joiner (Persian) to a space; other
///   zero-width characters and soft hyphens removed.
pub(crate) fn normalize(text: &str) -> String {
    let mut n = Normalizer {
        out: String::with_capacity(text.len()),
        token_start: 0,
        in_token: false,
        token_kept: false,
        pending_space: false,
    };
    for raw in text.chars() {
        if raw.is_ascii() {
            // Fast path: ASCII needs no folding but the backtick.
            n.push(if raw == '`' {
                '\''
            } else {
                raw.to_ascii_lowercase()
            });
        } else {
            for lower in raw.to_lowercase() {
                let (a, b) = fold(lower);
                for c in [a, b].into_iter().flatten() {
                    n.push(c);
                }
            }
        }
    }
    n.end_token();
    let mut out = n.out;
    // Strip what is left at the ends: punctuation glued to words ("[gambas",
    // "20detik]", "more…"), but keep a leading ©.
    let start = out
        .char_indices()
        .find(|&(_, c)| is_word_char(c) || c == '©')
        .map_or(out.len(), |(i, _)| i);
    let end = out
        .char_indices()
        .rev()
        .find(|&(_, c)| is_word_char(c) || c == '©')
        .map_or(start, |(i, c)| i + c.len_utf8());
    if end <= start {
        return String::new();
    }
    if start > 0 || end < out.len() {
        out = out[start..end].trim().to_owned();
    }
    out
}

/// The state of [`normalize`] while it copies characters.
struct Normalizer {
    /// The normalized text so far.
    out: String,
    /// Where the current token starts in `out`.
    token_start: usize,
    /// Whether a token is open.
    in_token: bool,
    /// Whether the open token has a character worth keeping (a word
    /// character or one of a few symbols).
    token_kept: bool,
    /// Whether a space is due before the next token.
    pending_space: bool,
}

impl Normalizer {
    /// Appends one lowercase, folded character.
    #[inline]
    fn push(&mut self, c: char) {
        if c.is_whitespace() {
            self.end_token();
            self.pending_space = !self.out.is_empty();
            return;
        }
        if !self.in_token {
            if self.pending_space {
                self.out.push(' ');
                self.pending_space = false;
            }
            self.token_start = self.out.len();
            self.in_token = true;
            self.token_kept = false;
        }
        self.out.push(c);
        if !self.token_kept {
            self.token_kept =
                is_word_char(c) || matches!(c, '©' | '/' | '&' | '@' | '#' | '%' | '+');
        }
    }

    /// Closes the open token: a token made only of punctuation is removed
    /// with the space before it, except that a lone ":" is glued to the
    /// previous word.
    fn end_token(&mut self) {
        let open = std::mem::replace(&mut self.in_token, false);
        if !open || self.token_kept {
            return;
        }
        let colon = self.out[self.token_start..].chars().all(|c| c == ':');
        self.out.truncate(self.token_start);
        if self.out.ends_with(' ') {
            self.out.pop();
        }
        if colon && !self.out.is_empty() {
            self.out.push(':');
        }
    }
}

/// The script foldings of [`normalize`] for one lowercase character: up to
/// two characters out (a Devanagari nukta letter decomposes into two).
fn fold(c: char) -> (Option<char>, Option<char>) {
    let one = |c| (Some(c), None);
    match c {
        '’' | '‘' | 'ʼ' | '`' | '´' | '′' => one('\''),
        '：' => one(':'),
        'ı' => one('i'),
        '\u{0307}' => (None, None),
        'ά' => one('α'),
        'έ' => one('ε'),
        'ή' => one('η'),
        'ί' | 'ΐ' | 'ϊ' => one('ι'),
        'ό' => one('ο'),
        'ύ' | 'ΰ' | 'ϋ' => one('υ'),
        'ώ' => one('ω'),
        'ς' => one('σ'),
        'ё' => one('е'),
        'ş' => one('ș'),
        'ţ' => one('ț'),
        '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}' => (None, None),
        'أ' | 'إ' | 'آ' | 'ٱ' => one('ا'),
        'ي' | 'ى' => one('ی'),
        'ك' => one('ک'),
        '\u{0958}'..='\u{095F}' => {
            let base = match c {
                '\u{0958}' => '\u{0915}',
                '\u{0959}' => '\u{0916}',
                '\u{095A}' => '\u{0917}',
                '\u{095B}' => '\u{091C}',
                '\u{095C}' => '\u{0921}',
                '\u{095D}' => '\u{0922}',
                '\u{095E}' => '\u{092B}',
                _ => '\u{092F}',
            };
            (Some(base), Some('\u{093C}'))
        }
        '\u{200C}' => one(' '),
        '\u{200B}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => (None, None),
        _ => one(c),
    }
}

/// Normalized phrases with their kinds.
type Bucket = Vec<(String, PhraseKind)>;

/// The phrases, normalized and arranged for [`classify`].
struct Index {
    /// Exact phrases (and the colon-less forms of "label:" Prefix phrases).
    exact: FastMap<String, PhraseKind>,
    /// Prefix phrases by their first two characters (the second is `None`
    /// for one-character phrases), longest first.
    prefix: FastMap<(char, Option<char>), Bucket>,
    /// Contains phrases by first byte (256 buckets).
    contains: Vec<Bucket>,
}

/// The index, built on first use.
fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = Index {
            exact: FastMap::default(),
            prefix: FastMap::default(),
            contains: vec![Vec::new(); 256],
        };
        // Explicit Exact phrases first: they win over the implied exact
        // forms of "label:" Prefix phrases.
        for p in PHRASES.iter().filter(|p| p.matching == Match::Exact) {
            index.exact.entry(normalize(p.text)).or_insert(p.kind);
        }
        for p in PHRASES.iter() {
            match p.matching {
                Match::Exact => {}
                Match::Prefix => {
                    let mut text = normalize(p.text);
                    if p.text.ends_with(':') {
                        index.exact.entry(text.clone()).or_insert(p.kind);
                        text.push(':');
                    }
                    let mut chars = text.chars();
                    if let Some(first) = chars.next() {
                        let key = (first, chars.next());
                        index.prefix.entry(key).or_default().push((text, p.kind));
                    }
                }
                Match::Contains => {
                    let text = normalize(p.text);
                    if let Some(&first) = text.as_bytes().first() {
                        index.contains[usize::from(first)].push((text, p.kind));
                    }
                }
            }
        }
        for bucket in index.prefix.values_mut() {
            crate::sort::sort_by(bucket, |a, b| {
                b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0))
            });
        }
        index
    })
}

/// Words for "page" in page counters, normalized.
const PAGE_WORDS: &[&str] = &[
    "page",
    "halaman",
    "laman",
    "seite",
    "página",
    "pagina",
    "strona",
    "strana",
    "stránka",
    "страница",
    "сторінка",
    "σελιδα",
    "sayfa",
    "sida",
    "side",
    "sivu",
    "oldal",
    "trang",
    "pahina",
    "ukurasa",
    "صفحة",
    "صفحه",
    "עמוד",
    "पृष्ठ",
    "पेज",
    "pag",
    "p",
];

/// Words for "of" in page counters ("page 2 of 3"), normalized.
const OF_WORDS: &[&str] = &[
    "of", "dari", "von", "de", "di", "van", "z", "ze", "из", "з", "із", "απο", "sur", "din", "av",
    "af", "من", "از", "מתוך", "sa",
];

/// Whether a normalized block is a page counter: `<page> N <of> M`,
/// `<page> N / M`, `<page> N/M` in the languages of [`PAGE_WORDS`], or the
/// Chinese "第N页" (optionally with "共M页"), or "N/Mページ", "ページN/M" and the
/// Korean "N/M 페이지".
fn is_page_counter(norm: &str) -> bool {
    let mut tokens = norm.split(' ');
    let first = tokens.next().unwrap_or("");
    if PAGE_WORDS.contains(&first.trim_end_matches('.')) {
        let rest: Vec<&str> = tokens.collect();
        return match rest.as_slice() {
            [n, of, m] => is_number(n) && is_number(m) && (*of == "/" || OF_WORDS.contains(of)),
            [nm] => nm
                .split_once('/')
                .is_some_and(|(n, m)| is_number(n) && is_number(m)),
            _ => false,
        };
    }
    // Unspaced scripts: look at the text without spaces.
    let compact: String = norm.chars().filter(|c| !c.is_whitespace()).collect();
    let s = compact.as_str();
    // 第N页 [,/] 共M页
    if let Some(rest) = s.strip_prefix('第') {
        let rest = skip_number(rest);
        if let Some(rest) = rest.and_then(|r| r.strip_prefix(['页', '頁'])) {
            let rest = rest.trim_start_matches([',', '，', '/', '、']);
            if rest.is_empty() {
                return true;
            }
            return rest
                .strip_prefix('共')
                .and_then(skip_number)
                .is_some_and(|r| r == "页" || r == "頁");
        }
        return false;
    }
    // N/Mページ, N/M페이지, ページN/M, 페이지N/M
    for word in ["ページ", "페이지"] {
        let fraction = s.strip_suffix(word).or_else(|| s.strip_prefix(word));
        if let Some(f) = fraction {
            if let Some((n, m)) = f.split_once('/') {
                return is_number(n) && is_number(m);
            }
        }
    }
    false
}

/// Whether `s` is a non-empty run of digits (any script).
fn is_number(s: &str) -> bool {
    !s.is_empty() && s.chars().all(char::is_numeric)
}

/// Skips a leading run of digits; `None` when there is none.
fn skip_number(s: &str) -> Option<&str> {
    let rest = s.trim_start_matches(char::is_numeric);
    (rest.len() < s.len()).then_some(rest)
}

/// Words for "comment(s)" in comment counters, normalized (so the Arabic
/// ones are written with the Persian yeh), spaces removed.
const COMMENT_WORDS: &[&str] = &[
    "comments",
    "comment",
    "replies",
    "reply",
    "responses",
    "response",
    "komentar",
    "komentarze",
    "komentarzy",
    "komentáře",
    "komentářů",
    "komentárov",
    "kommentare",
    "kommentar",
    "kommentarer",
    "commentaires",
    "commentaire",
    "comentarios",
    "comentario",
    "comentários",
    "comentário",
    "commenti",
    "commento",
    "reacties",
    "reactie",
    "комментарии",
    "комментариев",
    "комментарий",
    "коментарі",
    "коментарів",
    "σχολια",
    "yorum",
    "yorumlar",
    "تعلیقات",
    "تعلیق",
    "نظر",
    "نظرات",
    "תגובות",
    "टिप्पणियां",
    "टिप्पणियाँ",
    "评论",
    "評論",
    "留言",
    "コメント",
    "댓글",
    "bìnhluận",
    "ความคิดเห็น",
    "comentarii",
    "hozzászólás",
    "kommenttia",
    "kommentti",
];

/// Whether a normalized block is a comment counter: a comment word and a
/// number, in either order, with only spaces and brackets around them ("12
/// comments", "comments (12)", "评论（12）").
fn is_comment_counter(norm: &str) -> bool {
    let compact: String = norm
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '(' | ')' | '[' | ']' | '（' | '）'))
        .collect();
    let digits_end = compact.len() - compact.trim_start_matches(char::is_numeric).len();
    let digits_start = compact.trim_end_matches(char::is_numeric).len();
    let word = if digits_end > 0 {
        &compact[digits_end..]
    } else if digits_start < compact.len() {
        &compact[..digits_start]
    } else {
        return false;
    };
    COMMENT_WORDS.contains(&word)
}

/// The phrase list: each phrase's text [`packed!`](super::packed) into one
/// string, and its kind and matching in an array beside it (8 bytes less
/// per phrase in the `.wasm` than an array of [`Phrase`]).
pub(crate) struct Phrases {
    texts: &'static str,
    kinds: &'static [(PhraseKind, Match)],
}

impl Phrases {
    /// The phrases, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = Phrase> {
        unpack(self.texts)
            .zip(self.kinds)
            .map(|(text, &(kind, matching))| Phrase {
                text,
                kind,
                matching,
            })
    }
}

/// Writes the phrase list as `exact("text", Kind)`, `prefix(...)` and
/// `contains(...)` entries, one per phrase, and makes a [`Phrases`] of it.
macro_rules! phrases {
    ($($matching:ident($text:literal, $kind:ident $(,)?)),* $(,)?) => {
        Phrases {
            texts: packed![$($text),*],
            kinds: &[$(($kind, phrases!(@match $matching))),*],
        }
    };
    (@match exact) => { Match::Exact };
    (@match prefix) => { Match::Prefix };
    (@match contains) => { Match::Contains };
}

/// All the phrases, grouped by kind and then by language. A phrase shared
/// by several languages is listed once, under the first of them.
pub(crate) static PHRASES: Phrases = phrases![
    // ---------------------------------------------------------------------
    // Ad labels: the small line above or inside an ad slot, and the notes
    // that the article goes on below the ad. Exact only: "Advertisement" and
    // "Anzeige" also start sentences ("Anzeige gegen Unbekannt").
    // ---------------------------------------------------------------------
    // English.
    exact("advertisement", AdLabel),
    exact("advertisements", AdLabel),
    exact("advertisment", AdLabel), // a frequent misspelling on ad slots
    exact("advertising", AdLabel),
    exact("advert", AdLabel),
    exact("ad", AdLabel),
    exact("ads", AdLabel),
    exact("sponsored", AdLabel),
    exact("sponsored by", AdLabel), // the label alone; "Sponsored by the city, ..." is prose
    exact("sponsored content", AdLabel),
    exact("sponsored links", AdLabel),
    exact("sponsored stories", AdLabel),
    exact("sponsored post", AdLabel),
    exact("paid content", AdLabel),
    exact("paid post", AdLabel),
    exact("paid partnership", AdLabel),
    exact("promoted", AdLabel),
    exact("promoted content", AdLabel),
    exact("promoted stories", AdLabel),
    exact("partner content", AdLabel),
    exact("advertiser content", AdLabel),
    exact("advertisement feature", AdLabel),
    exact("advertorial", AdLabel),
    exact("ads by google", AdLabel),
    exact("adchoices", AdLabel),
    exact("ad choices", AdLabel),
    exact("ad feedback", AdLabel),
    exact("report this ad", AdLabel),
    exact("skip advertisement", AdLabel),
    exact("scroll to continue with content", AdLabel),
    exact("advertisement scroll to continue with content", AdLabel),
    exact("continue reading below", AdLabel),
    exact("advertisement continue reading below", AdLabel),
    exact("story continues below", AdLabel),
    exact("story continues below advertisement", AdLabel),
    exact("article continues below", AdLabel),
    exact("article continues below advertisement", AdLabel),
    exact("article continues after advertisement", AdLabel),
    exact("the article continues below", AdLabel),
    exact("continue reading the main story", AdLabel),
    exact("advertisement continue reading the main story", AdLabel),
    // Indonesian, Malay.
    exact("iklan", AdLabel),
    exact("konten bersponsor", AdLabel),
    exact("konten berbayar", AdLabel),
    exact("artikel bersponsor", AdLabel),
    exact("lanjutkan membaca artikel di bawah ini", AdLabel),
    // German.
    exact("anzeige", AdLabel),
    exact("werbung", AdLabel),
    exact("gesponsert", AdLabel),
    exact("bezahlte partnerschaft", AdLabel),
    exact("weiter nach der anzeige", AdLabel),
    exact("weiter nach der werbung", AdLabel),
    exact("artikel wird nach der anzeige fortgesetzt", AdLabel),
    exact("lesen sie nach der anzeige weiter", AdLabel),
    // French.
    exact("publicité", AdLabel),
    exact("la suite après cette publicité", AdLabel),
    exact("la suite après la publicité", AdLabel),
    exact("publicité, votre contenu continue ci-dessous", AdLabel),
    exact("contenu sponsorisé", AdLabel),
    exact("sponsorisé", AdLabel),
    exact("contenu partenaire", AdLabel),
    exact("article sponsorisé", AdLabel),
    // Spanish (and Portuguese "patrocinado").
    exact("publicidad", AdLabel),
    exact("anuncio", AdLabel),
    exact("patrocinado", AdLabel),
    exact("contenido patrocinado", AdLabel),
    exact("la nota continúa debajo del anuncio", AdLabel),
    exact("continúa después de la publicidad", AdLabel),
    // Portuguese.
    exact("publicidade", AdLabel),
    exact("conteúdo patrocinado", AdLabel),
    exact("continua após a publicidade", AdLabel),
    exact("continua depois da publicidade", AdLabel),
    exact("continua após publicidade", AdLabel),
    // Italian.
    exact("pubblicità", AdLabel),
    exact("adv", AdLabel),
    exact("sponsorizzato", AdLabel),
    exact("contenuto sponsorizzato", AdLabel),
    exact("continua a leggere dopo la pubblicità", AdLabel),
    exact("continua dopo la pubblicità", AdLabel),
    // Dutch (and Romanian "reclame").
    exact("advertentie", AdLabel),
    exact("reclame", AdLabel),
    exact("gesponsord", AdLabel),
    exact("het artikel gaat verder onder de advertentie", AdLabel),
    // Polish, Czech, Slovak.
    exact("reklama", AdLabel),
    exact("materiał sponsorowany", AdLabel),
    exact("artykuł sponsorowany", AdLabel),
    exact("dalsza część artykułu pod reklamą", AdLabel),
    exact("pokračování článku pod reklamou", AdLabel),
    exact("komerční sdělení", AdLabel),
    exact("pokračovanie článku pod reklamou", AdLabel),
    exact("komerčná prezentácia", AdLabel),
    // Russian, Ukrainian.
    exact("реклама", AdLabel),
    exact("на правах рекламы", AdLabel),
    exact("партнерский материал", AdLabel),
    exact("спонсорский материал", AdLabel),
    exact("на правах реклами", AdLabel),
    exact("партнерський матеріал", AdLabel),
    // Greek.
    exact("διαφήμιση", AdLabel),
    exact("χορηγούμενο", AdLabel),
    exact("χορηγούμενο περιεχόμενο", AdLabel),
    // Turkish (and Swedish "reklam").
    exact("reklam", AdLabel),
    exact("sponsorlu", AdLabel),
    exact("sponsorlu içerik", AdLabel),
    // Arabic, Persian, Hebrew.
    exact("إعلان", AdLabel),
    exact("إعلانات", AdLabel),
    exact("محتوى مدفوع", AdLabel),
    exact("محتوى برعاية", AdLabel),
    exact("تبلیغات", AdLabel),
    exact("آگهی", AdLabel),
    exact("פרסומת", AdLabel),
    exact("תוכן שיווקי", AdLabel),
    exact("תוכן ממומן", AdLabel),
    // Hindi.
    exact("विज्ञापन", AdLabel),
    exact("प्रायोजित", AdLabel),
    // Chinese, Japanese, Korean.
    exact("广告", AdLabel),
    exact("廣告", AdLabel),
    exact("推广", AdLabel),
    exact("赞助内容", AdLabel),
    exact("広告", AdLabel),
    exact("スポンサーリンク", AdLabel),
    exact("pr", AdLabel),
    exact("광고", AdLabel),
    // Vietnamese, Thai.
    exact("quảng cáo", AdLabel),
    exact("โฆษณา", AdLabel),
    // Swedish, Norwegian, Danish, Finnish, Romanian, Hungarian.
    exact("annons", AdLabel),
    exact("annonse", AdLabel),
    exact("annonce", AdLabel),
    exact("mainos", AdLabel),
    exact("publicitate", AdLabel),
    exact("reclamă", AdLabel),
    exact("articol sponsorizat", AdLabel),
    exact("hirdetés", AdLabel),
    exact("szponzorált tartalom", AdLabel),
    // Affiliate disclosures: the note on shopping guides, reviews and
    // recipe blogs that links earn the site a commission ("We may earn
    // commission from links on this page", "As an Amazon Associate I earn
    // from qualifying purchases"). Contains, on the whole phrase about
    // earning from links, never on "affiliate" or "commission" alone, which
    // prose about marketing and pay uses.
    // English.
    contains("may earn a commission", AdLabel),
    contains("may earn commission", AdLabel),
    contains("may earn a small commission", AdLabel),
    contains("may earn us a commission", AdLabel),
    contains("may earn an affiliate commission", AdLabel),
    contains("may receive a commission", AdLabel),
    contains("may receive a small commission", AdLabel),
    contains("earn from qualifying purchases", AdLabel),
    contains("contains affiliate links", AdLabel),
    contains("contain affiliate links", AdLabel),
    contains("affiliate links are used", AdLabel),
    prefix("affiliate disclosure", AdLabel),
    prefix("affiliate disclaimer", AdLabel),
    // German.
    contains("enthält affiliate-links", AdLabel),
    contains("erhalten wir eine provision", AdLabel),
    contains("bekommen wir eine provision", AdLabel),
    contains("erhalten wir ggf. eine provision", AdLabel),
    // French.
    contains("contient des liens affiliés", AdLabel),
    contains("nous percevons une commission", AdLabel),
    contains("nous pouvons percevoir une commission", AdLabel),
    // Spanish, Portuguese, Italian.
    contains("contiene enlaces de afiliados", AdLabel),
    contains("podemos recibir una comisión", AdLabel),
    contains("contém links de afiliados", AdLabel),
    contains("podemos receber uma comissão", AdLabel),
    contains("contiene link di affiliazione", AdLabel),
    contains("potremmo ricevere una commissione", AdLabel),
    // Polish, Russian, Greek.
    contains("zawiera linki afiliacyjne", AdLabel),
    contains("możemy otrzymać prowizję", AdLabel),
    contains("содержит партнерские ссылки", AdLabel),
    contains("мы можем получить комиссию", AdLabel),
    contains("περιέχει συνδέσμους συνεργατών", AdLabel),
    contains("ενδέχεται να λάβουμε προμήθεια", AdLabel),
    // Indonesian.
    contains("berisi tautan afiliasi", AdLabel),
    contains("mengandung tautan afiliasi", AdLabel),
    contains("kami mungkin mendapatkan komisi", AdLabel),
    // Chinese, Japanese.
    contains("我们可能会获得佣金", AdLabel),
    contains("我們可能會獲得佣金", AdLabel),
    contains("含有联盟链接", AdLabel),
    contains("アフィリエイトリンクを含みます", AdLabel),
    contains("プロモーションが含まれています", AdLabel),
    // ---------------------------------------------------------------------
    // Read-also teasers: a label, usually followed by the linked headline,
    // dropped into the middle of news articles.
    // ---------------------------------------------------------------------
    // English.
    prefix("read also", ReadAlso),
    prefix("also read", ReadAlso),
    prefix("read more", ReadAlso),
    prefix("read next", ReadAlso),
    prefix("more:", ReadAlso),
    prefix("see also:", ReadAlso),
    prefix("related:", ReadAlso),
    prefix("don't miss:", ReadAlso),
    prefix("recommended:", ReadAlso),
    prefix("must read:", ReadAlso),
    prefix("editor's pick:", ReadAlso),
    prefix("in case you missed it:", ReadAlso),
    // Indonesian, Malay.
    prefix("baca juga", ReadAlso),
    prefix("baca pula", ReadAlso),
    prefix("baca:", ReadAlso),
    prefix("simak juga:", ReadAlso),
    prefix("lihat juga:", ReadAlso),
    prefix("jangan lewatkan:", ReadAlso),
    prefix("artikel terkait:", ReadAlso),
    prefix("berita terkait:", ReadAlso),
    prefix("artikel berkaitan:", ReadAlso),
    prefix("baca artikel berkaitan", ReadAlso),
    // German.
    prefix("lesen sie auch", ReadAlso),
    prefix("lesen sie mehr", ReadAlso),
    prefix("lesen sie dazu", ReadAlso),
    prefix("auch interessant:", ReadAlso),
    prefix("siehe auch", ReadAlso),
    prefix("lesetipp", ReadAlso),
    prefix("mehr dazu:", ReadAlso),
    prefix("zum thema:", ReadAlso),
    // French.
    prefix("lire aussi", ReadAlso),
    prefix("à lire aussi", ReadAlso),
    prefix("a lire aussi", ReadAlso),
    prefix("lire également", ReadAlso),
    prefix("à lire également", ReadAlso),
    prefix("voir aussi", ReadAlso),
    prefix("à lire:", ReadAlso),
    prefix("lire:", ReadAlso),
    prefix("en savoir plus", ReadAlso),
    // Spanish.
    prefix("lee también", ReadAlso),
    prefix("lea también", ReadAlso),
    prefix("leer también", ReadAlso),
    prefix("ver también", ReadAlso),
    prefix("relacionado:", ReadAlso),
    prefix("más información:", ReadAlso),
    prefix("no te pierdas:", ReadAlso),
    prefix("recomendado:", ReadAlso),
    // Portuguese.
    prefix("leia também", ReadAlso),
    prefix("leia mais", ReadAlso),
    prefix("veja também", ReadAlso),
    prefix("saiba mais:", ReadAlso),
    prefix("leia:", ReadAlso),
    prefix("veja:", ReadAlso),
    prefix("não perca:", ReadAlso),
    // Italian.
    prefix("leggi anche", ReadAlso),
    prefix("vedi anche", ReadAlso),
    prefix("leggi:", ReadAlso),
    prefix("da non perdere:", ReadAlso),
    // Dutch.
    prefix("lees ook", ReadAlso),
    prefix("lees meer", ReadAlso),
    prefix("zie ook", ReadAlso),
    prefix("lees:", ReadAlso),
    // Polish.
    prefix("czytaj też", ReadAlso),
    prefix("czytaj także", ReadAlso),
    prefix("czytaj również", ReadAlso),
    prefix("zobacz też", ReadAlso),
    prefix("zobacz także", ReadAlso),
    prefix("zobacz również", ReadAlso),
    prefix("przeczytaj też", ReadAlso),
    prefix("przeczytaj także", ReadAlso),
    prefix("przeczytaj również", ReadAlso),
    prefix("sprawdź też", ReadAlso),
    prefix("sprawdź także", ReadAlso),
    prefix("polecamy:", ReadAlso),
    prefix("czytaj:", ReadAlso),
    // Czech, Slovak.
    prefix("přečtěte si také", ReadAlso),
    prefix("přečtěte si též", ReadAlso),
    prefix("čtěte také", ReadAlso),
    prefix("čtěte též", ReadAlso),
    prefix("čtěte:", ReadAlso),
    prefix("doporučujeme:", ReadAlso),
    prefix("prečítajte si aj", ReadAlso),
    prefix("prečítajte si tiež", ReadAlso),
    prefix("čítajte aj", ReadAlso),
    prefix("čítajte tiež", ReadAlso),
    prefix("odporúčame:", ReadAlso),
    // Russian, Ukrainian.
    prefix("читайте также", ReadAlso),
    prefix("читайте еще", ReadAlso),
    prefix("также читайте", ReadAlso),
    prefix("смотрите также", ReadAlso),
    prefix("см. также", ReadAlso),
    prefix("рекомендуем:", ReadAlso),
    prefix("читайте:", ReadAlso),
    prefix("читайте також", ReadAlso),
    prefix("також читайте", ReadAlso),
    prefix("дивіться також", ReadAlso),
    prefix("рекомендуємо:", ReadAlso),
    // Greek.
    prefix("διαβάστε επίσης", ReadAlso),
    prefix("διαβάστε ακόμα", ReadAlso),
    prefix("διαβάστε ακόμη", ReadAlso),
    prefix("δείτε επίσης", ReadAlso),
    prefix("δείτε ακόμα", ReadAlso),
    prefix("διαβάστε:", ReadAlso),
    // Turkish.
    prefix("ayrıca okuyun", ReadAlso),
    prefix("ayrıca bakınız", ReadAlso),
    prefix("bunu da okuyun", ReadAlso),
    prefix("ilgili haber:", ReadAlso),
    // Arabic, Persian, Hebrew.
    prefix("اقرأ أيضا", ReadAlso),
    prefix("اقرأ كذلك", ReadAlso),
    prefix("طالع أيضا", ReadAlso),
    prefix("اقرأ:", ReadAlso),
    prefix("بیشتر بخوانید", ReadAlso),
    prefix("بخوانید:", ReadAlso),
    prefix("קראו גם", ReadAlso),
    prefix("קרא גם", ReadAlso),
    // Hindi.
    prefix("यह भी पढ़ें", ReadAlso),
    prefix("ये भी पढ़ें", ReadAlso),
    prefix("इसे भी पढ़ें", ReadAlso),
    prefix("पढ़ें:", ReadAlso),
    // Chinese, Japanese, Korean.
    prefix("相关阅读", ReadAlso),
    prefix("延伸阅读", ReadAlso),
    prefix("阅读更多", ReadAlso),
    prefix("推荐阅读", ReadAlso),
    prefix("相關閱讀", ReadAlso),
    prefix("延伸閱讀", ReadAlso),
    prefix("閱讀更多", ReadAlso),
    prefix("推薦閱讀", ReadAlso),
    prefix("関連記事", ReadAlso),
    prefix("あわせて読みたい", ReadAlso),
    prefix("合わせて読みたい", ReadAlso),
    prefix("관련기사", ReadAlso),
    prefix("관련 기사", ReadAlso),
    prefix("함께 보면 좋은", ReadAlso),
    prefix("같이 보면 좋은", ReadAlso),
    prefix("함께 읽으면 좋은", ReadAlso),
    // Vietnamese, Thai.
    prefix("đọc thêm", ReadAlso),
    prefix("xem thêm", ReadAlso),
    prefix("อ่านเพิ่มเติม", ReadAlso),
    prefix("อ่านข่าวที่เกี่ยวข้อง", ReadAlso),
    // Swedish, Danish, Norwegian, Finnish.
    prefix("läs också", ReadAlso),
    prefix("läs även", ReadAlso),
    prefix("läs mer", ReadAlso),
    prefix("se även:", ReadAlso),
    prefix("se också:", ReadAlso),
    prefix("læs også", ReadAlso),
    prefix("læs mere", ReadAlso),
    prefix("se også:", ReadAlso),
    prefix("les også", ReadAlso),
    prefix("les mer", ReadAlso),
    prefix("lue myös", ReadAlso),
    prefix("lue lisää", ReadAlso),
    prefix("katso myös", ReadAlso),
    // Romanian, Hungarian.
    prefix("citește și", ReadAlso),
    prefix("citeste si", ReadAlso),
    prefix("citiți și", ReadAlso),
    prefix("vezi și", ReadAlso),
    prefix("vezi si", ReadAlso),
    prefix("ezt is ajánljuk", ReadAlso),
    prefix("olvasd el ezt is", ReadAlso),
    prefix("kapcsolódó:", ReadAlso),
    // ---------------------------------------------------------------------
    // Watch-also teasers: links to a video, in the same places.
    // ---------------------------------------------------------------------
    // English.
    prefix("watch also", WatchAlso),
    prefix("also watch", WatchAlso),
    prefix("watch:", WatchAlso),
    prefix("watch more", WatchAlso),
    prefix("watch next", WatchAlso),
    prefix("related video", WatchAlso),
    prefix("more videos", WatchAlso),
    exact("watch", WatchAlso),
    exact("watch now", WatchAlso),
    exact("related videos", WatchAlso),
    // Indonesian, Malay.
    prefix("saksikan juga", WatchAlso),
    prefix("tonton juga", WatchAlso),
    prefix("simak juga video", WatchAlso),
    prefix("simak video", WatchAlso),
    prefix("tonton video:", WatchAlso),
    prefix("saksikan video:", WatchAlso),
    exact("video terkait", WatchAlso),
    exact("video pilihan", WatchAlso),
    // German.
    prefix("sehen sie auch", WatchAlso),
    prefix("sehen sie im video", WatchAlso),
    prefix("schauen sie auch", WatchAlso),
    prefix("im video:", WatchAlso),
    exact("weitere videos", WatchAlso),
    // French.
    prefix("voir aussi la vidéo", WatchAlso),
    prefix("à voir aussi", WatchAlso),
    prefix("regarder aussi", WatchAlso),
    prefix("à voir:", WatchAlso),
    prefix("regardez:", WatchAlso),
    // Spanish, Portuguese, Italian.
    prefix("mira también", WatchAlso),
    exact("videos relacionados", WatchAlso),
    exact("video relacionado", WatchAlso),
    prefix("assista também", WatchAlso),
    prefix("assista:", WatchAlso),
    exact("vídeos relacionados", WatchAlso),
    prefix("guarda anche", WatchAlso),
    prefix("guarda:", WatchAlso),
    exact("video correlati", WatchAlso),
    // Dutch, Polish, Czech.
    prefix("bekijk ook", WatchAlso),
    prefix("kijk ook", WatchAlso),
    prefix("obejrzyj też", WatchAlso),
    prefix("obejrzyj także", WatchAlso),
    prefix("podívejte se také", WatchAlso),
    // Russian, Ukrainian, Greek, Turkish.
    prefix("смотрите:", WatchAlso),
    exact("видео по теме", WatchAlso),
    exact("відео по темі", WatchAlso),
    prefix("δείτε:", WatchAlso),
    prefix("ayrıca izleyin", WatchAlso),
    prefix("izleyin:", WatchAlso),
    exact("ilgili videolar", WatchAlso),
    // Arabic, Persian, Hebrew, Hindi.
    prefix("شاهد أيضا", WatchAlso),
    prefix("شاهد:", WatchAlso),
    prefix("ببینید:", WatchAlso),
    prefix("צפו:", WatchAlso),
    prefix("यह भी देखें", WatchAlso),
    // Thai: "watch the clip", "watch more clips" (Thai writes no space
    // between the words, so each form is listed whole).
    exact("ดูคลิป", WatchAlso),
    exact("ชมคลิป", WatchAlso),
    exact("ดูคลิปเพิ่มเติม", WatchAlso),
    exact("ชมคลิปเพิ่มเติม", WatchAlso),
    prefix("ดูคลิป:", WatchAlso),
    prefix("ชมคลิป:", WatchAlso),
    prefix("ये भी देखें", WatchAlso),
    // Chinese, Japanese, Korean, Vietnamese.
    prefix("相关视频", WatchAlso),
    prefix("相關影片", WatchAlso),
    prefix("関連動画", WatchAlso),
    prefix("관련 영상", WatchAlso),
    prefix("관련영상", WatchAlso),
    exact("video liên quan", WatchAlso),
    // ---------------------------------------------------------------------
    // Continue-reading notes: the story goes on on another page or behind a
    // link; also the "show more" buttons of truncated articles.
    // ---------------------------------------------------------------------
    // English.
    exact("continue reading", ContinueReading),
    exact("keep reading", ContinueReading),
    exact("read on", ContinueReading),
    exact("full story", ContinueReading),
    exact("next page", ContinueReading),
    exact("show more", ContinueReading),
    exact("load more", ContinueReading),
    exact("see more", ContinueReading),
    exact("view more", ContinueReading),
    // The toggle under a long quote in a forum post (XenForo's), and the
    // "show less" that folds a truncated text back.
    exact("click to expand", ContinueReading),
    exact("click to shrink", ContinueReading),
    // The same toggle in XenForo's German language pack.
    exact("zum vergrößern anklicken", ContinueReading),
    exact("show less", ContinueReading),
    exact("read less", ContinueReading),
    exact("see less", ContinueReading),
    // A section's expand and fold links side by side, one of them hidden
    // by a class (a course page's "What you'll learn ... read less read
    // more").
    exact("read less read more", ContinueReading),
    exact("show less show more", ContinueReading),
    exact("show more show less", ContinueReading),
    exact("see less see more", ContinueReading),
    exact("see more see less", ContinueReading),
    exact("more", ContinueReading), // "more:" below is a ReadAlso prefix
    prefix("continued on next page", ContinueReading),
    prefix("continued on the next page", ContinueReading),
    prefix("continue on the next page", ContinueReading),
    prefix("continue to next page", ContinueReading),
    prefix("continued on page", ContinueReading),
    prefix("read the full story", ContinueReading),
    prefix("read full story", ContinueReading),
    prefix("read the full article", ContinueReading),
    prefix("read full article", ContinueReading),
    prefix("read the rest of", ContinueReading),
    prefix("click here to read", ContinueReading),
    // Indonesian, Malay.
    prefix("simak berita selengkapnya", ContinueReading),
    prefix("simak selengkapnya", ContinueReading),
    prefix("baca selengkapnya", ContinueReading),
    prefix("berita selengkapnya", ContinueReading),
    prefix("lihat selengkapnya", ContinueReading),
    prefix("lanjut ke halaman", ContinueReading),
    prefix("lanjutkan membaca", ContinueReading),
    prefix("klik untuk membaca", ContinueReading),
    exact("selengkapnya", ContinueReading),
    exact("halaman selanjutnya", ContinueReading),
    exact("halaman berikutnya", ContinueReading),
    exact("selanjutnya", ContinueReading),
    exact("berikutnya", ContinueReading),
    exact("baca artikel lengkap", ContinueReading),
    // German.
    prefix("lesen sie weiter auf seite", ContinueReading),
    prefix("weiter auf seite", ContinueReading),
    prefix("zum vollständigen artikel", ContinueReading),
    prefix("den ganzen artikel lesen", ContinueReading),
    prefix("ganzen artikel lesen", ContinueReading),
    prefix("lesen sie den ganzen artikel", ContinueReading),
    prefix("hier weiterlesen", ContinueReading),
    exact("weiterlesen", ContinueReading),
    exact("mehr lesen", ContinueReading),
    exact("artikel weiterlesen", ContinueReading),
    exact("nächste seite", ContinueReading),
    exact("mehr anzeigen", ContinueReading),
    exact("weiter", ContinueReading),
    // French.
    prefix("lire la suite", ContinueReading),
    prefix("continuer la lecture", ContinueReading),
    prefix("lire l'article complet", ContinueReading),
    exact("page suivante", ContinueReading),
    exact("la suite", ContinueReading),
    exact("suite de l'article", ContinueReading),
    exact("afficher plus", ContinueReading),
    exact("voir plus", ContinueReading),
    exact("lire plus", ContinueReading),
    // Spanish.
    prefix("seguir leyendo", ContinueReading),
    prefix("sigue leyendo", ContinueReading),
    prefix("continúa leyendo", ContinueReading),
    prefix("continuar leyendo", ContinueReading),
    prefix("lee la nota completa", ContinueReading),
    prefix("lee el artículo completo", ContinueReading),
    prefix("leer artículo completo", ContinueReading),
    exact("leer más", ContinueReading),
    exact("ver más", ContinueReading),
    exact("página siguiente", ContinueReading),
    // Portuguese.
    prefix("continue lendo", ContinueReading),
    prefix("continuar lendo", ContinueReading),
    prefix("leia a matéria completa", ContinueReading),
    prefix("leia o artigo completo", ContinueReading),
    prefix("leia a íntegra", ContinueReading),
    exact("próxima página", ContinueReading),
    exact("ver mais", ContinueReading),
    exact("carregar mais", ContinueReading),
    // Italian.
    prefix("continua a leggere", ContinueReading),
    prefix("leggi l'articolo completo", ContinueReading),
    exact("leggi tutto", ContinueReading),
    exact("leggi di più", ContinueReading),
    exact("pagina successiva", ContinueReading),
    exact("mostra di più", ContinueReading),
    exact("continua", ContinueReading),
    // Dutch.
    prefix("lees verder", ContinueReading),
    prefix("lees het hele artikel", ContinueReading),
    prefix("lees het volledige artikel", ContinueReading),
    exact("volgende pagina", ContinueReading),
    exact("toon meer", ContinueReading),
    // Polish, Czech, Slovak.
    prefix("czytaj dalej", ContinueReading),
    prefix("czytaj więcej", ContinueReading),
    prefix("dalsza część artykułu", ContinueReading),
    exact("następna strona", ContinueReading),
    exact("pokaż więcej", ContinueReading),
    exact("więcej", ContinueReading),
    prefix("pokračování článku", ContinueReading),
    exact("celý článek", ContinueReading),
    exact("další strana", ContinueReading),
    exact("číst dál", ContinueReading),
    prefix("pokračovanie článku", ContinueReading),
    exact("celý článok", ContinueReading),
    exact("čítať ďalej", ContinueReading),
    // Russian, Ukrainian.
    prefix("читать далее", ContinueReading),
    prefix("читать дальше", ContinueReading),
    prefix("читать полностью", ContinueReading),
    exact("подробнее", ContinueReading),
    exact("следующая страница", ContinueReading),
    exact("показать еще", ContinueReading),
    prefix("читати далі", ContinueReading),
    prefix("читати повністю", ContinueReading),
    exact("детальніше", ContinueReading),
    exact("наступна сторінка", ContinueReading),
    // Greek, Turkish.
    prefix("διαβάστε περισσότερα", ContinueReading),
    prefix("διαβάστε τη συνέχεια", ContinueReading),
    exact("επόμενη σελίδα", ContinueReading),
    exact("συνέχεια", ContinueReading),
    prefix("devamını oku", ContinueReading),
    prefix("haberin devamı", ContinueReading),
    prefix("devamı için tıklayın", ContinueReading),
    exact("sonraki sayfa", ContinueReading),
    exact("devamı", ContinueReading),
    exact("daha fazla göster", ContinueReading),
    // Arabic, Persian, Hebrew, Hindi.
    prefix("اقرأ المزيد", ContinueReading),
    prefix("تابع القراءة", ContinueReading),
    exact("الصفحة التالية", ContinueReading),
    exact("المزيد", ContinueReading),
    prefix("ادامه مطلب", ContinueReading),
    prefix("ادامه خبر", ContinueReading),
    exact("صفحه بعد", ContinueReading),
    prefix("המשך קריאה", ContinueReading),
    prefix("לכתבה המלאה", ContinueReading),
    prefix("קרא עוד", ContinueReading),
    prefix("קראו עוד", ContinueReading),
    exact("העמוד הבא", ContinueReading),
    prefix("आगे पढ़ें", ContinueReading),
    prefix("और पढ़ें", ContinueReading),
    prefix("पूरी खबर पढ़ें", ContinueReading),
    exact("अगला पेज", ContinueReading),
    // Chinese, Japanese, Korean.
    exact("阅读全文", ContinueReading),
    exact("閱讀全文", ContinueReading),
    exact("查看全文", ContinueReading),
    exact("展开全文", ContinueReading),
    exact("展開全文", ContinueReading),
    prefix("继续阅读", ContinueReading),
    prefix("繼續閱讀", ContinueReading),
    exact("下一页", ContinueReading),
    exact("下一頁", ContinueReading),
    exact("加载更多", ContinueReading),
    exact("查看更多", ContinueReading),
    prefix("続きを読む", ContinueReading),
    exact("次のページ", ContinueReading),
    exact("次ページへ", ContinueReading),
    exact("全文を読む", ContinueReading),
    exact("もっと見る", ContinueReading),
    prefix("계속 읽기", ContinueReading),
    exact("다음 페이지", ContinueReading),
    exact("더보기", ContinueReading),
    exact("기사 더보기", ContinueReading),
    // Vietnamese, Thai.
    prefix("xem tiếp", ContinueReading),
    prefix("đọc tiếp", ContinueReading),
    exact("trang sau", ContinueReading),
    exact("trang tiếp theo", ContinueReading),
    prefix("อ่านต่อ", ContinueReading),
    exact("หน้าถัดไป", ContinueReading),
    exact("ดูเพิ่มเติม", ContinueReading),
    // The fold link of an expandable section ("show less", above) in other
    // languages: a button label, never a sentence of its own.
    exact("weniger anzeigen", ContinueReading),
    exact("weniger lesen", ContinueReading),
    exact("voir moins", ContinueReading),
    exact("afficher moins", ContinueReading),
    exact("ver menos", ContinueReading),
    exact("leer menos", ContinueReading),
    exact("mostrar menos", ContinueReading),
    exact("mostra meno", ContinueReading),
    exact("toon minder", ContinueReading),
    exact("pokaż mniej", ContinueReading),
    exact("zwiń", ContinueReading),
    exact("свернуть", ContinueReading),
    exact("згорнути", ContinueReading),
    exact("εμφάνιση λιγότερων", ContinueReading),
    exact("daha az göster", ContinueReading),
    exact("tampilkan lebih sedikit", ContinueReading),
    exact("lihat lebih sedikit", ContinueReading),
    exact("收起", ContinueReading),
    exact("收起全文", ContinueReading),
    exact("접기", ContinueReading),
    exact("thu gọn", ContinueReading),
    // Swedish, Danish, Norwegian, Finnish, Romanian, Hungarian.
    prefix("fortsätt läsa", ContinueReading),
    exact("nästa sida", ContinueReading),
    exact("visa mer", ContinueReading),
    prefix("læs videre", ContinueReading),
    exact("næste side", ContinueReading),
    prefix("les videre", ContinueReading),
    exact("neste side", ContinueReading),
    prefix("jatka lukemista", ContinueReading),
    exact("seuraava sivu", ContinueReading),
    prefix("citește continuarea", ContinueReading),
    prefix("citeste continuarea", ContinueReading),
    exact("citește mai mult", ContinueReading),
    exact("citeste mai mult", ContinueReading),
    exact("pagina următoare", ContinueReading),
    prefix("tovább olvasom", ContinueReading),
    exact("következő oldal", ContinueReading),
    exact("tovább", ContinueReading),
    exact("bővebben", ContinueReading),
    // ---------------------------------------------------------------------
    // Newsletter sign-up boxes.
    // ---------------------------------------------------------------------
    exact("newsletter", Newsletter),
    exact("newsletters", Newsletter),
    exact("your email address", Newsletter),
    exact("enter your email", Newsletter),
    prefix("sign up for our", Newsletter),
    prefix("sign up to our", Newsletter),
    prefix("subscribe to our newsletter", Newsletter),
    prefix("get our newsletter", Newsletter),
    prefix("enter your email address", Newsletter),
    prefix("by signing up, you agree", Newsletter),
    prefix("thank you for signing up", Newsletter),
    prefix("thanks for signing up", Newsletter),
    prefix("get the latest news delivered", Newsletter),
    // Indonesian.
    prefix("daftar newsletter", Newsletter),
    prefix("berlangganan newsletter", Newsletter),
    prefix("dapatkan update berita pilihan", Newsletter),
    // German.
    prefix("newsletter abonnieren", Newsletter),
    prefix("jetzt newsletter abonnieren", Newsletter),
    prefix("zum newsletter anmelden", Newsletter),
    prefix("melden sie sich für unseren newsletter an", Newsletter),
    exact("ihre e-mail-adresse", Newsletter),
    // French.
    prefix("inscrivez-vous à notre newsletter", Newsletter),
    prefix("abonnez-vous à notre newsletter", Newsletter),
    prefix("recevez notre newsletter", Newsletter),
    exact("votre adresse e-mail", Newsletter),
    exact("lettre d'information", Newsletter),
    // Spanish, Portuguese, Italian.
    prefix("suscríbete a nuestro boletín", Newsletter),
    prefix("suscríbete a nuestra newsletter", Newsletter),
    prefix("recibe nuestro boletín", Newsletter),
    exact("boletín", Newsletter),
    prefix("assine nossa newsletter", Newsletter),
    prefix("inscreva-se na nossa newsletter", Newsletter),
    prefix("receba nossa newsletter", Newsletter),
    prefix("iscriviti alla newsletter", Newsletter),
    prefix("iscriviti alla nostra newsletter", Newsletter),
    // Dutch, Polish, Czech.
    exact("nieuwsbrief", Newsletter),
    prefix("schrijf je in voor onze nieuwsbrief", Newsletter),
    prefix("meld je aan voor de nieuwsbrief", Newsletter),
    prefix("zapisz się do newslettera", Newsletter),
    prefix("přihlaste se k odběru newsletteru", Newsletter),
    // Russian, Ukrainian, Greek, Turkish.
    exact("рассылка", Newsletter),
    prefix("подпишитесь на рассылку", Newsletter),
    prefix("підпишіться на розсилку", Newsletter),
    prefix("εγγραφείτε στο newsletter", Newsletter),
    exact("e-bülten", Newsletter),
    prefix("bültenimize abone olun", Newsletter),
    // Arabic, Persian, Hebrew, Hindi.
    exact("النشرة البريدية", Newsletter),
    prefix("اشترك في النشرة", Newsletter),
    exact("خبرنامه", Newsletter),
    prefix("عضویت در خبرنامه", Newsletter),
    exact("ניוזלטר", Newsletter),
    prefix("הירשמו לניוזלטר", Newsletter),
    exact("न्यूज़लेटर", Newsletter),
    // Chinese, Japanese, Korean, Vietnamese, Thai.
    prefix("订阅新闻简报", Newsletter),
    exact("メールマガジン", Newsletter),
    exact("ニュースレター", Newsletter),
    prefix("メルマガ登録", Newsletter),
    exact("뉴스레터", Newsletter),
    prefix("뉴스레터 구독", Newsletter),
    prefix("đăng ký nhận bản tin", Newsletter),
    prefix("สมัครรับจดหมายข่าว", Newsletter),
    // Swedish, Romanian, Hungarian.
    exact("nyhetsbrev", Newsletter),
    prefix("prenumerera på vårt nyhetsbrev", Newsletter),
    prefix("abonează-te la newsletter", Newsletter),
    exact("hírlevél", Newsletter),
    prefix("iratkozzon fel hírlevelünkre", Newsletter),
    prefix("iratkozz fel hírlevelünkre", Newsletter),
    // ---------------------------------------------------------------------
    // Cookie and consent notices, and their buttons.
    // ---------------------------------------------------------------------
    prefix("we use cookies", Cookie),
    prefix("this website uses cookies", Cookie),
    prefix("this site uses cookies", Cookie),
    prefix("by continuing to use this site", Cookie),
    prefix("by continuing to use this website", Cookie),
    prefix("by using this site, you agree", Cookie),
    prefix("by using this website, you agree", Cookie),
    prefix("we and our partners", Cookie),
    prefix("we value your privacy", Cookie),
    exact("accept cookies", Cookie),
    exact("accept all cookies", Cookie),
    exact("accept all", Cookie),
    exact("reject all", Cookie),
    exact("cookie settings", Cookie),
    exact("cookie policy", Cookie),
    exact("cookie preferences", Cookie),
    exact("manage cookies", Cookie),
    exact("manage preferences", Cookie),
    // Indonesian.
    prefix("kami menggunakan cookie", Cookie),
    prefix("situs ini menggunakan cookie", Cookie),
    prefix("situs web ini menggunakan cookie", Cookie),
    // German.
    prefix("wir verwenden cookies", Cookie),
    prefix("wir nutzen cookies", Cookie),
    prefix("diese website verwendet cookies", Cookie),
    prefix("diese webseite verwendet cookies", Cookie),
    exact("alle akzeptieren", Cookie),
    exact("cookie-einstellungen", Cookie),
    exact("datenschutzeinstellungen", Cookie),
    // French.
    prefix("nous utilisons des cookies", Cookie),
    prefix("ce site utilise des cookies", Cookie),
    exact("tout accepter", Cookie),
    exact("tout refuser", Cookie),
    exact("paramétrer les cookies", Cookie),
    exact("gérer les cookies", Cookie),
    // Spanish, Portuguese ("utilizamos cookies", "usamos cookies" are both).
    prefix("utilizamos cookies", Cookie),
    prefix("usamos cookies", Cookie),
    prefix("este sitio web utiliza cookies", Cookie),
    prefix("este sitio utiliza cookies", Cookie),
    exact("aceptar todas", Cookie),
    exact("aceptar cookies", Cookie),
    prefix("este site utiliza cookies", Cookie),
    prefix("este site usa cookies", Cookie),
    exact("aceitar todos", Cookie),
    exact("aceitar cookies", Cookie),
    // Italian, Dutch.
    prefix("utilizziamo i cookie", Cookie),
    prefix("questo sito utilizza cookie", Cookie),
    prefix("questo sito utilizza i cookie", Cookie),
    exact("accetta tutti", Cookie),
    prefix("wij gebruiken cookies", Cookie),
    prefix("we gebruiken cookies", Cookie),
    prefix("deze website gebruikt cookies", Cookie),
    exact("alle cookies accepteren", Cookie),
    // Polish, Czech.
    prefix("ta strona używa plików cookie", Cookie),
    prefix("używamy plików cookie", Cookie),
    prefix("tento web používá soubory cookie", Cookie),
    prefix("tyto stránky používají cookies", Cookie),
    // Russian, Ukrainian, Greek, Turkish.
    prefix("мы используем файлы cookie", Cookie),
    prefix("этот сайт использует файлы cookie", Cookie),
    prefix("этот сайт использует cookie", Cookie),
    prefix("ми використовуємо файли cookie", Cookie),
    prefix("цей сайт використовує файли cookie", Cookie),
    prefix("χρησιμοποιούμε cookies", Cookie),
    prefix("αυτός ο ιστότοπος χρησιμοποιεί cookies", Cookie),
    exact("αποδοχή όλων", Cookie),
    prefix("sitemizde çerezler kullanılmaktadır", Cookie),
    prefix("bu web sitesi çerezleri kullanır", Cookie),
    prefix("çerezleri kullanıyoruz", Cookie),
    exact("çerez politikası", Cookie),
    // Arabic, Persian, Hebrew, Hindi.
    prefix("نستخدم ملفات تعريف الارتباط", Cookie),
    prefix("يستخدم هذا الموقع ملفات تعريف الارتباط", Cookie),
    prefix("این وب سایت از کوکی استفاده می کند", Cookie),
    prefix("אתר זה משתמש בעוגיות", Cookie),
    prefix("אנו משתמשים בעוגיות", Cookie),
    prefix("हम कुकीज़ का उपयोग करते हैं", Cookie),
    // Chinese, Japanese, Korean, Vietnamese, Thai.
    prefix("我们使用cookie", Cookie),
    prefix("本网站使用cookie", Cookie),
    prefix("当サイトではクッキーを使用", Cookie),
    prefix("当サイトではcookieを使用", Cookie),
    prefix("이 웹사이트는 쿠키를 사용합니다", Cookie),
    prefix("chúng tôi sử dụng cookie", Cookie),
    prefix("เว็บไซต์นี้ใช้คุกกี้", Cookie),
    // Swedish, Romanian, Hungarian.
    prefix("vi använder cookies", Cookie),
    exact("godkänn alla", Cookie),
    prefix("acest site folosește cookie-uri", Cookie),
    prefix("folosim cookie-uri", Cookie),
    prefix("ez a weboldal sütiket használ", Cookie),
    prefix("sütiket használunk", Cookie),
    // ---------------------------------------------------------------------
    // Share bars: their labels and the lone network names of their buttons.
    // ---------------------------------------------------------------------
    exact("share", Share),
    exact("share this", Share),
    exact("share article", Share),
    exact("share story", Share),
    prefix("share this article", Share),
    prefix("share this story", Share),
    prefix("share this post", Share),
    prefix("share this on", Share), // "Share this on WhatsApp"
    prefix("share on facebook", Share),
    prefix("share on twitter", Share),
    prefix("share on x", Share),
    prefix("share on linkedin", Share),
    prefix("share on whatsapp", Share),
    prefix("share via email", Share),
    exact("tweet", Share),
    exact("copy link", Share),
    exact("link copied", Share),
    exact("email", Share),
    exact("e-mail", Share),
    exact("print", Share), // print buttons sit in the share bar
    exact("print this page", Share),
    exact("drucken", Share),
    exact("seite drucken", Share),
    exact("artikel drucken", Share),
    exact("imprimer", Share),
    exact("imprimir", Share),
    exact("stampa", Share),
    exact("drukuj", Share),
    exact("печать", Share),
    exact("cetak", Share),
    exact("facebook", Share),
    exact("twitter", Share),
    exact("whatsapp", Share),
    exact("linkedin", Share),
    exact("pinterest", Share),
    exact("telegram", Share),
    exact("reddit", Share),
    prefix("share:", Share),
    // Indonesian.
    exact("bagikan", Share),
    prefix("bagikan:", Share),
    prefix("bagikan artikel ini", Share),
    prefix("bagikan berita ini", Share),
    // German, French.
    exact("teilen", Share),
    exact("artikel teilen", Share),
    prefix("teilen sie diesen artikel", Share),
    prefix("auf facebook teilen", Share),
    exact("partager", Share),
    prefix("partager cet article", Share),
    prefix("partager sur facebook", Share),
    // Spanish, Portuguese, Italian.
    exact("compartir", Share),
    prefix("comparte esta noticia", Share),
    prefix("compartir en facebook", Share),
    exact("compartilhe", Share),
    exact("compartilhar", Share),
    exact("partilhar", Share),
    prefix("compartilhe esta notícia", Share),
    exact("condividi", Share),
    prefix("condividi questo articolo", Share),
    // Dutch, Polish, Czech.
    exact("delen", Share),
    prefix("deel dit artikel", Share),
    exact("udostępnij", Share),
    exact("podziel się", Share),
    exact("sdílet", Share),
    exact("sdílejte", Share),
    // Russian, Ukrainian, Greek, Turkish.
    exact("поделиться", Share),
    exact("поділитися", Share),
    exact("κοινοποίηση", Share),
    exact("μοιραστείτε", Share),
    exact("paylaş", Share),
    prefix("bu haberi paylaş", Share),
    // Arabic, Persian, Hebrew, Hindi.
    exact("شارك", Share),
    exact("مشاركة", Share),
    exact("اشتراک گذاری", Share),
    exact("שתף", Share),
    exact("שתפו", Share),
    exact("शेयर करें", Share),
    exact("शेयर", Share),
    // Chinese, Japanese, Korean.
    exact("分享", Share),
    prefix("分享到", Share),
    prefix("分享至", Share),
    exact("シェア", Share),
    exact("シェアする", Share),
    exact("ツイート", Share),
    prefix("この記事をシェア", Share),
    exact("공유", Share),
    exact("공유하기", Share),
    exact("이 기사를 공유합니다", Share),
    // Vietnamese, Thai, Swedish, Romanian, Hungarian.
    exact("chia sẻ", Share),
    prefix("chia sẻ bài viết", Share),
    exact("แชร์", Share),
    exact("dela", Share),
    prefix("dela artikeln", Share),
    exact("distribuie", Share),
    exact("megosztás", Share),
    exact("megosztom", Share),
    // ---------------------------------------------------------------------
    // Headings of related, recommended and most-read lists.
    // ---------------------------------------------------------------------
    exact("related", Related),
    exact("related articles", Related),
    exact("related stories", Related),
    exact("related posts", Related),
    exact("related news", Related),
    exact("related content", Related),
    exact("related coverage", Related),
    exact("recommended", Related),
    exact("recommended for you", Related),
    exact("recommended stories", Related),
    exact("you may also like", Related),
    exact("you might also like", Related),
    exact("you may be interested in", Related),
    exact("more stories", Related),
    exact("more news", Related),
    exact("most popular", Related),
    exact("most read", Related),
    exact("most viewed", Related),
    exact("trending", Related),
    exact("trending now", Related),
    exact("popular posts", Related),
    exact("popular now", Related),
    exact("top stories", Related),
    exact("editor's picks", Related),
    exact("more on this story", Related),
    exact("more on this topic", Related),
    exact("around the web", Related),
    exact("from the web", Related),
    exact("further reading", Related),
    exact("latest news", Related),
    exact("latest stories", Related),
    exact("related reads", Related),
    exact("you may also enjoy", Related),
    exact("you might also enjoy", Related),
    exact("other posts you may enjoy", Related),
    // Shops put the same kind of section under a product: other products
    // the shop wants to sell, never the product's own description.
    exact("similar items", Related),
    exact("similar products", Related),
    exact("related items", Related),
    exact("related products", Related),
    exact("explore related items", Related),
    exact("recently viewed", Related),
    exact("recently viewed items", Related),
    exact("recently viewed products", Related),
    exact("people also viewed", Related),
    exact("people also bought", Related),
    exact("people who viewed this item also viewed", Related),
    exact("customers also viewed", Related),
    exact("customers also bought", Related),
    exact("customers who viewed this item also viewed", Related),
    exact("customers who bought this item also bought", Related),
    exact("frequently bought together", Related),
    exact("complete the look", Related),
    exact("shop the look", Related),
    exact("you may also need", Related),
    // Reviews under a product are other customers' words, not the
    // product's description (a bare "Reviews" also heads review pages).
    exact("customer reviews", Related),
    exact("ratings & reviews", Related),
    exact("ratings and reviews", Related),
    // Shops in other languages.
    exact("produk terkait", Related),
    exact("produk serupa", Related),
    exact("ähnliche produkte", Related),
    exact("kunden kauften auch", Related),
    exact("zuletzt angesehen", Related),
    exact("produits similaires", Related),
    exact("produits associés", Related),
    exact("productos relacionados", Related),
    exact("productos similares", Related),
    exact("produtos relacionados", Related),
    exact("prodotti correlati", Related),
    exact("podobne produkty", Related),
    exact("похожие товары", Related),
    exact("с этим товаром покупают", Related),
    exact("相关产品", Related),
    // Indonesian, Malay.
    exact("berita terkait", Related),
    exact("artikel terkait", Related),
    exact("terkait", Related),
    exact("topik terkait", Related),
    exact("terpopuler", Related),
    exact("berita terpopuler", Related),
    exact("terpopuler hari ini", Related),
    exact("populer", Related),
    exact("rekomendasi", Related),
    exact("rekomendasi untuk anda", Related),
    exact("berita lainnya", Related),
    exact("artikel lainnya", Related),
    exact("pilihan editor", Related),
    exact("berita pilihan", Related),
    exact("berita terbaru", Related),
    exact("terbaru", Related),
    exact("artikel berkaitan", Related),
    exact("berita berkaitan", Related),
    exact("paling banyak dibaca", Related),
    // German.
    prefix("mehr zum thema:", Related),
    prefix("das könnte sie auch interessieren", Related),
    prefix("das könnte sie interessieren", Related),
    exact("meistgelesen", Related),
    exact("meistgelesene artikel", Related),
    exact("ähnliche artikel", Related),
    exact("verwandte artikel", Related),
    exact("weitere artikel", Related),
    exact("weitere beiträge", Related),
    exact("weitere beiträge zum thema", Related),
    exact("ähnliche beiträge", Related),
    exact("verwandte beiträge", Related),
    exact("mehr zum thema", Related),
    exact("weitere nachrichten", Related),
    prefix("das könnte dich auch interessieren", Related),
    exact("auch interessant", Related),
    exact("empfehlungen", Related),
    exact("aus dem ressort", Related),
    // French.
    prefix("sur le même sujet:", Related),
    prefix("vous aimerez aussi", Related),
    prefix("vous pourriez aussi aimer", Related),
    exact("articles similaires", Related),
    exact("articles liés", Related),
    exact("les plus lus", Related),
    exact("articles les plus lus", Related),
    exact("les plus populaires", Related),
    exact("nos recommandations", Related),
    exact("dans la même rubrique", Related),
    // Spanish.
    prefix("te puede interesar", Related),
    prefix("también te puede interesar", Related),
    prefix("puede interesarte", Related),
    prefix("te recomendamos:", Related),
    exact("noticias relacionadas", Related),
    exact("artículos relacionados", Related),
    exact("relacionado", Related),
    exact("relacionados", Related),
    exact("lo más leído", Related),
    exact("lo más visto", Related),
    exact("más leídas", Related),
    exact("más noticias", Related),
    // Portuguese.
    prefix("você pode gostar", Related),
    prefix("você também pode gostar", Related),
    exact("notícias relacionadas", Related),
    exact("artigos relacionados", Related),
    exact("relacionadas", Related),
    exact("mais lidas", Related),
    exact("mais lidos", Related),
    exact("mais notícias", Related),
    // Italian.
    prefix("potrebbe interessarti", Related),
    prefix("ti potrebbe interessare", Related),
    exact("articoli correlati", Related),
    exact("notizie correlate", Related),
    exact("correlati", Related),
    exact("i più letti", Related),
    exact("più letti", Related),
    // Dutch.
    prefix("ook interessant:", Related),
    prefix("meer over dit onderwerp", Related),
    exact("gerelateerde artikelen", Related),
    exact("gerelateerd", Related),
    exact("meest gelezen", Related),
    exact("aanbevolen", Related),
    // Polish, Czech, Slovak.
    exact("podobne artykuły", Related),
    exact("powiązane artykuły", Related),
    exact("najczęściej czytane", Related),
    exact("najpopularniejsze", Related),
    exact("polecane", Related),
    prefix("mohlo by vás zajímat", Related),
    exact("související články", Related),
    exact("související", Related),
    exact("nejčtenější", Related),
    prefix("mohlo by vás zaujímať", Related),
    exact("súvisiace články", Related),
    exact("najčítanejšie", Related),
    // Russian, Ukrainian.
    prefix("по теме:", Related),
    prefix("еще по теме", Related),
    exact("новости по теме", Related),
    exact("материалы по теме", Related),
    exact("похожие материалы", Related),
    exact("похожие новости", Related),
    exact("самое читаемое", Related),
    exact("популярное", Related),
    exact("другие новости", Related),
    prefix("по темі:", Related),
    prefix("за темою:", Related),
    exact("новини за темою", Related),
    exact("схожі новини", Related),
    exact("найпопулярніше", Related),
    exact("популярне", Related),
    exact("інші новини", Related),
    // Greek, Turkish.
    exact("σχετικά άρθρα", Related),
    exact("σχετικά θέματα", Related),
    exact("σχετικές ειδήσεις", Related),
    exact("δημοφιλή", Related),
    exact("πιο δημοφιλή", Related),
    exact("τα πιο δημοφιλή", Related),
    prefix("ilginizi çekebilir", Related),
    prefix("bunlar da ilginizi çekebilir", Related),
    exact("ilgili haberler", Related),
    exact("benzer haberler", Related),
    exact("en çok okunanlar", Related),
    exact("diğer haberler", Related),
    // Arabic, Persian, Hebrew, Hindi.
    exact("مواضيع ذات صلة", Related),
    exact("أخبار ذات صلة", Related),
    exact("مقالات ذات صلة", Related),
    exact("الأكثر قراءة", Related),
    exact("الأكثر مشاهدة", Related),
    prefix("قد يعجبك أيضا", Related),
    exact("مطالب مرتبط", Related),
    exact("اخبار مرتبط", Related),
    exact("مطالب پیشنهادی", Related),
    exact("پربازدیدترین ها", Related),
    exact("כתבות קשורות", Related),
    exact("כתבות נוספות", Related),
    exact("הנקראים ביותר", Related),
    prefix("עוד בנושא", Related),
    exact("संबंधित खबरें", Related),
    exact("सम्बंधित खबरें", Related),
    exact("लोकप्रिय", Related),
    exact("सबसे ज्यादा पढ़ी गई", Related),
    // Chinese, Japanese, Korean.
    exact("相关新闻", Related),
    exact("相关文章", Related),
    exact("相关推荐", Related),
    exact("热门推荐", Related),
    exact("热门文章", Related),
    exact("猜你喜欢", Related),
    exact("为你推荐", Related),
    exact("排行榜", Related),
    exact("相關新聞", Related),
    exact("相關文章", Related),
    exact("相關報導", Related),
    exact("熱門文章", Related),
    exact("おすすめ記事", Related),
    exact("人気記事", Related),
    exact("人気記事ランキング", Related),
    exact("こちらもおすすめ", Related),
    exact("こちらも読まれています", Related),
    exact("アクセスランキング", Related),
    exact("関連ニュース", Related),
    exact("最新記事", Related),
    exact("많이 본 뉴스", Related),
    exact("많이 본 기사", Related),
    exact("인기 기사", Related),
    exact("추천 기사", Related),
    exact("최신 기사", Related),
    exact("주요 뉴스", Related),
    // Vietnamese, Thai.
    exact("tin liên quan", Related),
    exact("bài viết liên quan", Related),
    prefix("có thể bạn quan tâm", Related),
    exact("tin cùng chuyên mục", Related),
    exact("đọc nhiều nhất", Related),
    exact("xem nhiều nhất", Related),
    exact("ข่าวที่เกี่ยวข้อง", Related),
    exact("บทความที่เกี่ยวข้อง", Related),
    exact("ข่าวยอดนิยม", Related),
    exact("บทความแนะนำ", Related),
    // Swedish, Danish, Norwegian, Romanian, Hungarian.
    exact("relaterat", Related),
    exact("relaterade artiklar", Related),
    exact("mest läst", Related),
    exact("mest lästa", Related),
    exact("relaterede artikler", Related),
    exact("mest læste", Related),
    exact("relaterte artikler", Related),
    exact("mest lest", Related),
    exact("articole similare", Related),
    exact("articole recomandate", Related),
    exact("cele mai citite", Related),
    exact("kapcsolódó cikkek", Related),
    exact("kapcsolódó", Related),
    exact("legolvasottabb", Related),
    prefix("ez is érdekelheti", Related),
    // ---------------------------------------------------------------------
    // Comment sections: headings, prompts and form labels.
    // ---------------------------------------------------------------------
    exact("comments", Comments),
    exact("comment", Comments),
    exact("reply", Comments),
    exact("cancel reply", Comments),
    exact("post comment", Comments),
    exact("submit comment", Comments),
    exact("comments are closed", Comments),
    exact("show comments", Comments),
    exact("view comments", Comments),
    exact("load comments", Comments),
    exact("no comments", Comments),
    // Substack's heading over its comment section.
    exact("discussion about this post", Comments),
    prefix("leave a reply", Comments),
    prefix("leave a comment", Comments),
    prefix("post a comment", Comments),
    prefix("add a comment", Comments),
    prefix("join the discussion", Comments),
    prefix("join the conversation", Comments),
    prefix("no comments yet", Comments),
    prefix("be the first to comment", Comments),
    prefix("you must be logged in to post a comment", Comments),
    prefix("log in to comment", Comments),
    prefix("your email address will not be published", Comments),
    prefix("required fields are marked", Comments),
    // Indonesian.
    exact("komentar", Comments),
    exact("kirim komentar", Comments),
    exact("tinggalkan balasan", Comments),
    prefix("tulis komentar", Comments),
    prefix("berikan komentar", Comments),
    // German.
    exact("kommentare", Comments),
    exact("kommentar", Comments),
    exact("kommentieren", Comments),
    exact("leserkommentare", Comments),
    prefix("schreiben sie einen kommentar", Comments),
    prefix("hinterlasse einen kommentar", Comments),
    prefix("diskutieren sie mit", Comments),
    // French.
    exact("commentaires", Comments),
    exact("réagir", Comments),
    prefix("laisser un commentaire", Comments),
    prefix("ajouter un commentaire", Comments),
    // Spanish, Portuguese, Italian.
    exact("comentarios", Comments),
    exact("comentar", Comments),
    exact("deja una respuesta", Comments),
    prefix("deja un comentario", Comments),
    prefix("dejar un comentario", Comments),
    exact("comentários", Comments),
    exact("deixe uma resposta", Comments),
    prefix("deixe um comentário", Comments),
    exact("commenti", Comments),
    exact("commenta", Comments),
    prefix("lascia un commento", Comments),
    // Dutch, Polish, Czech, Slovak.
    exact("reacties", Comments),
    exact("reageer", Comments),
    prefix("laat een reactie achter", Comments),
    prefix("plaats een reactie", Comments),
    exact("komentarze", Comments),
    exact("skomentuj", Comments),
    prefix("dodaj komentarz", Comments),
    exact("komentáře", Comments),
    exact("diskuse", Comments),
    prefix("přidat komentář", Comments),
    exact("komentáre", Comments),
    exact("diskusia", Comments),
    // Russian, Ukrainian, Greek, Turkish.
    exact("комментарии", Comments),
    exact("комментировать", Comments),
    prefix("оставить комментарий", Comments),
    prefix("добавить комментарий", Comments),
    exact("коментарі", Comments),
    prefix("залишити коментар", Comments),
    prefix("додати коментар", Comments),
    exact("σχόλια", Comments),
    exact("σχολιάστε", Comments),
    exact("yorumlar", Comments),
    exact("yorum yap", Comments),
    prefix("yorum yaz", Comments),
    // Arabic, Persian, Hebrew, Hindi.
    exact("التعليقات", Comments),
    exact("تعليقات", Comments),
    prefix("أضف تعليق", Comments),
    prefix("اترك تعليقا", Comments),
    exact("نظرات", Comments),
    exact("ارسال نظر", Comments),
    exact("תגובות", Comments),
    exact("הוסף תגובה", Comments),
    exact("הוסיפו תגובה", Comments),
    exact("टिप्पणियाँ", Comments),
    exact("टिप्पणियां", Comments),
    exact("टिप्पणी करें", Comments),
    exact("कमेंट", Comments),
    // Chinese, Japanese, Korean.
    exact("评论", Comments),
    exact("評論", Comments),
    exact("网友评论", Comments),
    exact("留言", Comments),
    prefix("发表评论", Comments),
    prefix("發表評論", Comments),
    exact("コメント", Comments),
    exact("コメントする", Comments),
    prefix("コメントを書く", Comments),
    exact("댓글", Comments),
    prefix("댓글 쓰기", Comments),
    prefix("댓글을 입력", Comments),
    // Vietnamese, Thai.
    exact("bình luận", Comments),
    exact("ý kiến bạn đọc", Comments),
    prefix("gửi bình luận", Comments),
    prefix("viết bình luận", Comments),
    exact("ความคิดเห็น", Comments),
    prefix("แสดงความคิดเห็น", Comments),
    // Swedish, Danish, Norwegian, Finnish, Romanian, Hungarian.
    exact("kommentarer", Comments),
    exact("kommentera", Comments),
    prefix("lämna en kommentar", Comments),
    exact("kommentit", Comments),
    exact("comentarii", Comments),
    prefix("lasă un comentariu", Comments),
    prefix("adaugă un comentariu", Comments),
    exact("hozzászólások", Comments),
    exact("kommentek", Comments),
    exact("szólj hozzá", Comments),
    // ---------------------------------------------------------------------
    // Tag and topic lists.
    // ---------------------------------------------------------------------
    exact("tags", Tags),
    exact("tag", Tags),
    prefix("tags:", Tags),
    prefix("tag:", Tags),
    prefix("tagged:", Tags),
    prefix("tagged with", Tags),
    prefix("topics:", Tags),
    prefix("filed under", Tags),
    prefix("keywords:", Tags),
    prefix("categories:", Tags),
    prefix("category:", Tags),
    // Indonesian.
    prefix("topik:", Tags),
    prefix("kata kunci:", Tags),
    // German, French.
    prefix("schlagwörter:", Tags),
    prefix("schlagworte:", Tags),
    prefix("stichwörter:", Tags),
    prefix("themen:", Tags),
    prefix("mots-clés:", Tags),
    prefix("étiquettes:", Tags),
    prefix("sujets:", Tags),
    // Spanish, Portuguese, Italian.
    prefix("etiquetas:", Tags),
    prefix("temas:", Tags),
    prefix("palabras clave:", Tags),
    prefix("tópicos:", Tags),
    prefix("palavras-chave:", Tags),
    prefix("argomenti:", Tags),
    prefix("parole chiave:", Tags),
    // Dutch, Polish, Czech.
    prefix("onderwerpen:", Tags),
    prefix("trefwoorden:", Tags),
    prefix("tagi:", Tags),
    prefix("tematy:", Tags),
    prefix("słowa kluczowe:", Tags),
    prefix("štítky:", Tags),
    prefix("témata:", Tags),
    prefix("tagy:", Tags),
    // Russian, Ukrainian, Greek, Turkish.
    prefix("теги:", Tags),
    prefix("метки:", Tags),
    prefix("темы:", Tags),
    prefix("ключевые слова:", Tags),
    prefix("мітки:", Tags),
    prefix("теми:", Tags),
    prefix("ετικέτες:", Tags),
    prefix("etiketler:", Tags),
    // Arabic, Persian, Hebrew, Hindi.
    prefix("الوسوم:", Tags),
    prefix("كلمات مفتاحية:", Tags),
    prefix("الكلمات المفتاحية:", Tags),
    prefix("برچسب ها:", Tags),
    prefix("کلیدواژه ها:", Tags),
    prefix("תגיות:", Tags),
    prefix("टैग:", Tags),
    // Chinese, Japanese, Korean.
    prefix("标签:", Tags),
    prefix("標籤:", Tags),
    prefix("关键词:", Tags),
    prefix("關鍵字:", Tags),
    prefix("タグ:", Tags),
    prefix("태그:", Tags),
    // Vietnamese, Thai.
    prefix("từ khóa:", Tags),
    prefix("từ khoá:", Tags),
    prefix("chủ đề:", Tags),
    prefix("แท็ก:", Tags),
    // Swedish, Romanian, Hungarian.
    prefix("taggar:", Tags),
    prefix("ämnen:", Tags),
    prefix("etichete:", Tags),
    prefix("taguri:", Tags),
    prefix("cuvinte cheie:", Tags),
    prefix("címkék:", Tags),
    // ---------------------------------------------------------------------
    // Paywall, subscription and app prompts.
    // ---------------------------------------------------------------------
    exact("subscribe", Subscribe),
    exact("subscribers only", Subscribe),
    exact("get the app", Subscribe),
    prefix("subscribe now", Subscribe),
    prefix("subscribe today", Subscribe),
    prefix("subscribe to continue reading", Subscribe),
    prefix("already a subscriber", Subscribe),
    prefix("become a subscriber", Subscribe),
    prefix("this article is for subscribers only", Subscribe),
    prefix("this content is for subscribers", Subscribe),
    prefix("sign in to continue reading", Subscribe),
    prefix("log in to continue reading", Subscribe),
    prefix("unlock this article", Subscribe),
    prefix("start your free trial", Subscribe),
    prefix("create a free account", Subscribe),
    prefix("support our journalism", Subscribe),
    prefix("you have reached your limit of free articles", Subscribe),
    prefix("download our app", Subscribe),
    prefix("download the app", Subscribe),
    // Indonesian.
    exact("berlangganan", Subscribe),
    prefix("langganan sekarang", Subscribe),
    prefix("sudah berlangganan", Subscribe),
    prefix("unduh aplikasi", Subscribe),
    prefix("download aplikasi", Subscribe),
    prefix("dapatkan aplikasi", Subscribe),
    // German.
    exact("abonnieren", Subscribe),
    prefix("jetzt abonnieren", Subscribe),
    prefix("bereits abonnent", Subscribe),
    prefix("sie sind bereits abonnent", Subscribe),
    prefix("weiterlesen mit", Subscribe),
    prefix("exklusiv für abonnenten", Subscribe),
    prefix("app herunterladen", Subscribe),
    // French.
    prefix("abonnez-vous", Subscribe),
    prefix("déjà abonné", Subscribe),
    prefix("cet article est réservé aux abonnés", Subscribe),
    exact("réservé aux abonnés", Subscribe),
    contains("de cet article à lire", Subscribe),
    prefix("télécharger l'application", Subscribe),
    // Spanish, Portuguese, Italian.
    prefix("suscríbete", Subscribe),
    prefix("ya eres suscriptor", Subscribe),
    prefix("contenido exclusivo para suscriptores", Subscribe),
    prefix("descarga la app", Subscribe),
    prefix("descarga nuestra app", Subscribe),
    exact("assine", Subscribe),
    prefix("assine já", Subscribe),
    prefix("já é assinante", Subscribe),
    prefix("conteúdo exclusivo para assinantes", Subscribe),
    prefix("baixe o app", Subscribe),
    prefix("baixe o aplicativo", Subscribe),
    exact("abbonati", Subscribe),
    prefix("abbonati ora", Subscribe),
    prefix("sei già abbonato", Subscribe),
    prefix("contenuto riservato agli abbonati", Subscribe),
    prefix("scarica l'app", Subscribe),
    // Dutch, Polish, Czech.
    exact("abonneer", Subscribe),
    prefix("word abonnee", Subscribe),
    prefix("al abonnee", Subscribe),
    prefix("download de app", Subscribe),
    exact("subskrybuj", Subscribe),
    prefix("wykup subskrypcję", Subscribe),
    prefix("pobierz aplikację", Subscribe),
    exact("předplatné", Subscribe),
    prefix("předplaťte si", Subscribe),
    prefix("stáhněte si aplikaci", Subscribe),
    // Russian, Ukrainian, Greek, Turkish.
    exact("подписаться", Subscribe),
    prefix("подпишитесь", Subscribe),
    prefix("оформите подписку", Subscribe),
    prefix("скачайте приложение", Subscribe),
    exact("підписатися", Subscribe),
    prefix("підпишіться", Subscribe),
    prefix("завантажте додаток", Subscribe),
    exact("εγγραφείτε", Subscribe),
    prefix("γίνετε συνδρομητής", Subscribe),
    prefix("κατεβάστε την εφαρμογή", Subscribe),
    prefix("abone ol", Subscribe),
    prefix("uygulamayı indir", Subscribe),
    // Arabic, Persian, Hebrew, Hindi.
    exact("اشترك", Subscribe),
    prefix("اشترك الآن", Subscribe),
    prefix("حمل التطبيق", Subscribe),
    prefix("دانلود اپلیکیشن", Subscribe),
    exact("הירשמו", Subscribe),
    exact("למנויים בלבד", Subscribe),
    prefix("הורידו את האפליקציה", Subscribe),
    prefix("सब्सक्राइब करें", Subscribe),
    prefix("ऐप डाउनलोड करें", Subscribe),
    // Chinese, Japanese, Korean.
    exact("订阅", Subscribe),
    exact("訂閱", Subscribe),
    prefix("立即订阅", Subscribe),
    prefix("立即訂閱", Subscribe),
    prefix("下载客户端", Subscribe),
    prefix("下载app", Subscribe),
    prefix("打开app", Subscribe),
    prefix("この記事は有料会員限定です", Subscribe),
    prefix("この記事は会員限定です", Subscribe),
    exact("会員登録", Subscribe),
    exact("購読", Subscribe),
    prefix("アプリをダウンロード", Subscribe),
    exact("구독", Subscribe),
    exact("구독하기", Subscribe),
    prefix("앱 다운로드", Subscribe),
    // Vietnamese, Thai, Swedish, Romanian, Hungarian.
    exact("đăng ký", Subscribe),
    prefix("tải ứng dụng", Subscribe),
    exact("สมัครสมาชิก", Subscribe),
    prefix("ดาวน์โหลดแอป", Subscribe),
    exact("prenumerera", Subscribe),
    prefix("bli prenumerant", Subscribe),
    prefix("redan prenumerant", Subscribe),
    prefix("ladda ner appen", Subscribe),
    prefix("abonează-te", Subscribe),
    prefix("descarcă aplicația", Subscribe),
    exact("előfizetés", Subscribe),
    exact("feliratkozás", Subscribe),
    prefix("fizessen elő", Subscribe),
    // ---------------------------------------------------------------------
    // Follow-us prompts.
    // ---------------------------------------------------------------------
    exact("follow", Follow),
    prefix("follow us", Follow),
    prefix("connect with us", Follow),
    prefix("find us on", Follow),
    prefix("like us on facebook", Follow),
    prefix("join our telegram", Follow),
    prefix("join our whatsapp", Follow),
    prefix("ikuti kami", Follow),
    prefix("ikuti berita terkini", Follow),
    prefix("simak breaking news dan berita pilihan", Follow),
    prefix("folgen sie uns", Follow),
    prefix("folge uns", Follow),
    prefix("suivez-nous", Follow),
    prefix("suivez nous", Follow),
    prefix("síguenos", Follow),
    prefix("siguenos", Follow),
    prefix("siga-nos", Follow),
    prefix("seguici", Follow),
    prefix("volg ons", Follow),
    prefix("obserwuj nas", Follow),
    prefix("sledujte nás", Follow),
    prefix("sledujte nas", Follow),
    prefix("подписывайтесь на нас", Follow),
    prefix("подписывайтесь на наш", Follow),
    prefix("следите за нами", Follow),
    prefix("читайте нас", Follow),
    exact("мы в соцсетях", Follow),
    prefix("підписуйтесь на нас", Follow),
    prefix("слідкуйте за нами", Follow),
    prefix("ακολουθήστε μας", Follow),
    // The author's own accounts, at the end of a bio or an article ("Email
    // Mike Wall ... Follow him on Twitter @michaeldwall"). Contains: the line starts with the email address or the
    // book. English, German, French, Spanish, Portuguese, Indonesian,
    // Russian, Polish.
    contains("follow him on twitter", Follow),
    contains("follow her on twitter", Follow),
    contains("follow him on x", Follow),
    contains("follow her on x", Follow),
    contains("follow him on instagram", Follow),
    contains("follow her on instagram", Follow),
    contains("folgen sie ihm auf", Follow),
    contains("folgen sie ihr auf", Follow),
    contains("suivez-le sur", Follow),
    contains("suivez-la sur", Follow),
    contains("síguelo en", Follow),
    contains("síguela en", Follow),
    contains("siga-o no", Follow),
    contains("siga-a no", Follow),
    contains("ikuti dia di", Follow),
    contains("подписывайтесь на его", Follow),
    contains("obserwuj go na", Follow),
    // "Follow <the site> on Google News", the line news sites in every
    // language close their articles with, the site's name in the middle:
    // English, Greek, Indonesian, German, French, Spanish, Portuguese,
    // Italian, Polish. With the preposition, so that a sentence about the
    // service ("show up in Google News") is not one.
    contains("on google news", Follow),
    contains("to your google news", Follow),
    contains("στο google news", Follow),
    contains("di google news", Follow),
    contains("auf google news", Follow),
    contains("sur google news", Follow),
    contains("en google news", Follow),
    contains("no google news", Follow),
    contains("su google news", Follow),
    contains("w google news", Follow),
    prefix("bizi takip edin", Follow),
    prefix("bizi takip et", Follow),
    prefix("تابعونا على", Follow),
    prefix("تابعنا على", Follow),
    prefix("ما را دنبال کنید", Follow),
    prefix("עקבו אחרינו", Follow),
    prefix("हमें फॉलो करें", Follow),
    prefix("关注我们", Follow),
    prefix("關注我們", Follow),
    prefix("扫码关注", Follow),
    exact("フォローする", Follow),
    exact("팔로우", Follow),
    prefix("theo dõi chúng tôi", Follow),
    prefix("ติดตามเรา", Follow),
    // "Follow more news at LINE @site": Thai sites close with their LINE
    // account.
    prefix("ติดตามข่าวสารเพิ่มเติมได้ที่", Follow),
    prefix("ติดตามข่าวสารได้ที่", Follow),
    prefix("ติดตามข่าวเพิ่มเติมได้ที่", Follow),
    prefix("följ oss", Follow),
    prefix("følg os", Follow),
    prefix("følg oss", Follow),
    prefix("seuraa meitä", Follow),
    prefix("urmărește-ne", Follow),
    prefix("urmăriți-ne", Follow),
    prefix("kövess minket", Follow),
    prefix("kövessen minket", Follow),
    // ---------------------------------------------------------------------
    // Video and embed placeholders: lone media labels, player fallbacks,
    // CMS embed markers.
    // ---------------------------------------------------------------------
    exact("video", VideoPlaceholder),
    exact("videos", VideoPlaceholder),
    exact("vídeo", VideoPlaceholder),
    exact("vidéo", VideoPlaceholder),
    exact("videó", VideoPlaceholder),
    exact("wideo", VideoPlaceholder),
    exact("βίντεο", VideoPlaceholder),
    exact("видео", VideoPlaceholder),
    exact("відео", VideoPlaceholder),
    exact("视频", VideoPlaceholder),
    exact("視頻", VideoPlaceholder),
    exact("影片", VideoPlaceholder),
    exact("動画", VideoPlaceholder),
    exact("영상", VideoPlaceholder),
    exact("동영상", VideoPlaceholder),
    exact("فيديو", VideoPlaceholder),
    exact("ویدیو", VideoPlaceholder),
    exact("וידאו", VideoPlaceholder),
    exact("वीडियो", VideoPlaceholder),
    exact("วิดีโอ", VideoPlaceholder),
    exact("watch video", VideoPlaceholder),
    exact("play video", VideoPlaceholder),
    exact(
        "media playback is unsupported on your device",
        VideoPlaceholder,
    ),
    prefix("video:", VideoPlaceholder),
    prefix("vídeo:", VideoPlaceholder),
    prefix("vidéo:", VideoPlaceholder),
    prefix("videó:", VideoPlaceholder),
    prefix("wideo:", VideoPlaceholder),
    prefix("видео:", VideoPlaceholder),
    prefix("відео:", VideoPlaceholder),
    prefix("βίντεο:", VideoPlaceholder),
    prefix("فيديو:", VideoPlaceholder),
    prefix("视频:", VideoPlaceholder),
    prefix("watch the video", VideoPlaceholder),
    prefix("your browser does not support", VideoPlaceholder),
    prefix("gambas:", VideoPlaceholder), // detik.com and CNN Indonesia embeds
    prefix("empfohlener redaktioneller inhalt", VideoPlaceholder),
    exact("externer inhalt", VideoPlaceholder),
    prefix("voir la vidéo", VideoPlaceholder),
    exact("ver video", VideoPlaceholder),
    prefix("veja o vídeo", VideoPlaceholder),
    prefix("assista ao vídeo", VideoPlaceholder),
    prefix("guarda il video", VideoPlaceholder),
    prefix("bekijk de video", VideoPlaceholder),
    prefix("zobacz wideo", VideoPlaceholder),
    prefix("смотрите видео", VideoPlaceholder),
    prefix("дивіться відео", VideoPlaceholder),
    prefix("δείτε το βίντεο", VideoPlaceholder),
    prefix("videoyu izle", VideoPlaceholder),
    prefix("شاهد الفيديو", VideoPlaceholder),
    prefix("צפו בסרטון", VideoPlaceholder),
    prefix("צפו בווידאו", VideoPlaceholder),
    prefix("वीडियो देखें", VideoPlaceholder),
    prefix("观看视频", VideoPlaceholder),
    prefix("動画を見る", VideoPlaceholder),
    prefix("영상 보기", VideoPlaceholder),
    prefix("xem video:", VideoPlaceholder),
    prefix("ดูวิดีโอ", VideoPlaceholder),
    prefix("se videon", VideoPlaceholder),
    prefix("katso video", VideoPlaceholder),
    prefix("vezi video", VideoPlaceholder),
    // ---------------------------------------------------------------------
    // The page's machinery: skip links (first in the page, for keyboard
    // users). Exact only. Not "Loading...": a listing's placeholders
    // between its items, judged as navigation, cut the listing apart.
    // ---------------------------------------------------------------------
    exact("skip to main content", Interface),
    exact("skip to content", Interface),
    exact("skip to navigation", Interface),
    exact("skip to footer", Interface),
    exact("skip navigation", Interface),
    exact("zum inhalt springen", Interface),
    exact("zum hauptinhalt springen", Interface),
    exact("aller au contenu", Interface),
    exact("aller au contenu principal", Interface),
    exact("ir al contenido", Interface),
    exact("ir al contenido principal", Interface),
    exact("saltar al contenido", Interface),
    exact("pular para o conteúdo", Interface),
    exact("vai al contenuto", Interface),
    exact("naar de inhoud", Interface),
    exact("przejdź do treści", Interface),
    exact("перейти к содержимому", Interface),
    exact("langsung ke konten", Interface),
    // The label of a table of contents, left alone at the top of the text
    // once its links are gone. Not "Contents" alone: a book's chapter list
    // under it can be the page.
    exact("table of contents", Interface),
    exact("in this article", Interface),
    exact("in this post", Interface),
    exact("on this page", Interface),
    exact("jump to", Interface),
    exact("skip to", Interface),
    exact("inhaltsverzeichnis", Interface),
    exact("sommaire", Interface),
    exact("tabla de contenidos", Interface),
    exact("índice de contenidos", Interface),
    exact("indice dei contenuti", Interface),
    exact("spis treści", Interface),
    exact("daftar isi", Interface),
    exact("содержание", Interface),
    exact("πίνακας περιεχομένων", Interface),
    exact("目录", Interface),
    exact("目次", Interface),
    // Notices to readers without scripts: a `<noscript>` in the page's
    // `<head>` spills its text into the body when parsed with scripting
    // off (as we parse), and a slideshow's fallback line stands where its
    // pictures were. Exact or Prefix: a page about browsers may say
    // "JavaScript is disabled by default in..." in its prose, which
    // starts otherwise.
    exact("this slideshow requires javascript", Interface),
    prefix("please note that javascript is turned off", Interface),
    prefix("please note that javascript is disabled", Interface),
    prefix("please enable javascript", Interface),
    prefix("you need to enable javascript", Interface),
    prefix("you must enable javascript to", Interface),
    prefix("javascript is disabled in your browser", Interface),
    prefix("javascript is turned off in your browser", Interface),
    prefix("javascript must be enabled", Interface),
    prefix("this site requires javascript", Interface),
    prefix("this website requires javascript", Interface),
    prefix("bitte aktivieren sie javascript", Interface),
    prefix("javascript ist deaktiviert", Interface),
    prefix("veuillez activer javascript", Interface),
    prefix("javascript est désactivé", Interface),
    prefix("por favor, habilita javascript", Interface),
    prefix("por favor habilita javascript", Interface),
    prefix("javascript está desactivado", Interface),
    prefix("javascript está desabilitado", Interface),
    prefix("per favore abilita javascript", Interface),
    prefix("włącz javascript", Interface),
    prefix("включите javascript", Interface),
    prefix("в вашем браузере отключен javascript", Interface),
    prefix("silakan aktifkan javascript", Interface),
    prefix("请启用javascript", Interface),
    prefix("javascriptを有効にしてください", Interface),
    // ---------------------------------------------------------------------
    // Copyright lines. "Copyright" alone is not a Prefix: articles about
    // copyright start with it.
    // ---------------------------------------------------------------------
    prefix("©", Copyright),
    prefix("copyright ©", Copyright),
    prefix("copyright (c)", Copyright),
    exact("all rights reserved", Copyright),
    exact("hak cipta", Copyright),
    // Headings of the legal note under a health, finance or shop page
    // ("Disclaimer" and its box: "No content on this site should be used
    // as a substitute for medical advice").
    exact("disclaimer", Copyright),
    exact("medical disclaimer", Copyright),
    exact("editorial disclaimer", Copyright),
    exact("legal disclaimer", Copyright),
    exact("haftungsausschluss", Copyright),
    exact("avis de non-responsabilité", Copyright),
    exact("descargo de responsabilidad", Copyright),
    exact("esclusione di responsabilità", Copyright),
    exact("отказ от ответственности", Copyright),
    exact("penafian", Copyright),
    exact("免责声明", Copyright),
    exact("免責事項", Copyright),
    contains("all rights reserved", Copyright),
    contains("hak cipta dilindungi", Copyright),
    contains("alle rechte vorbehalten", Copyright),
    contains("tous droits réservés", Copyright),
    contains("todos los derechos reservados", Copyright),
    contains("todos os direitos reservados", Copyright),
    contains("tutti i diritti riservati", Copyright),
    contains("alle rechten voorbehouden", Copyright),
    contains("wszelkie prawa zastrzeżone", Copyright),
    contains("všechna práva vyhrazena", Copyright),
    contains("všetky práva vyhradené", Copyright),
    contains("все права защищены", Copyright),
    contains("усі права захищені", Copyright),
    contains("всі права захищені", Copyright),
    contains("με την επιφύλαξη παντός δικαιώματος", Copyright),
    contains("tüm hakları saklıdır", Copyright),
    contains("جميع الحقوق محفوظة", Copyright),
    contains("کلیه حقوق این سایت", Copyright),
    contains("تمامی حقوق این سایت", Copyright),
    contains("کلیه حقوق مادی و معنوی", Copyright),
    contains("تمامی حقوق مادی و معنوی", Copyright),
    contains("כל הזכויות שמורות", Copyright),
    contains("सर्वाधिकार सुरक्षित", Copyright),
    contains("版权所有", Copyright),
    contains("版權所有", Copyright),
    contains("無断転載を禁じます", Copyright),
    contains("無断転載禁止", Copyright),
    contains("무단전재 및 재배포 금지", Copyright),
    contains("무단 전재 및 재배포 금지", Copyright),
    contains("무단전재-재배포 금지", Copyright),
    contains("bản quyền thuộc về", Copyright),
    contains("สงวนลิขสิทธิ์", Copyright),
    contains("alla rättigheter förbehållna", Copyright),
    contains("toate drepturile rezervate", Copyright),
    contains("minden jog fenntartva", Copyright),
    contains("kaikki oikeudet pidätetään", Copyright),
    // ---------------------------------------------------------------------
    // Credit lines: the editor and picture credits news sites print under
    // an article or a photo. Prefixes with a colon only: "Photo" alone
    // starts sentences.
    // ---------------------------------------------------------------------
    prefix("责任编辑", Credit),
    prefix("責任編輯", Credit),
    prefix("编辑：", Credit),
    prefix("編輯：", Credit),
    prefix("photo:", Credit),
    prefix("photos:", Credit),
    prefix("photo credit:", Credit),
    prefix("image:", Credit),
    prefix("image credit:", Credit),
    prefix("credit:", Credit),
    prefix("foto:", Credit),
    prefix("fotos:", Credit),
    prefix("bild:", Credit),
    prefix("фото:", Credit),
    prefix("写真：", Credit),
    // Headings of the note on the author that closes many articles ("About
    // the author" and a short biography); a heading of its own, so Exact.
    exact("about the author", Credit),
    exact("about the authors", Credit),
    exact("about the writer", Credit),
    exact("about the reviewer", Credit),
    exact("about the expert", Credit),
    exact("meet the author", Credit),
    exact("über den autor", Credit),
    exact("über die autorin", Credit),
    exact("über die autoren", Credit),
    exact("à propos de l'auteur", Credit),
    exact("sobre el autor", Credit),
    exact("sobre la autora", Credit),
    exact("sobre o autor", Credit),
    exact("sull'autore", Credit),
    exact("o autorze", Credit),
    exact("об авторе", Credit),
    exact("tentang penulis", Credit),
    exact("关于作者", Credit),
    exact("作者简介", Credit),
    exact("著者について", Credit),
    // Contributor lines at the end of news stories: "Keith Bradsher
    // contributed reporting from Hong Kong", "Associated Press writers ...
    // contributed to this report", "Con información de EFE". Contains for
    // the English verb phrase (the names come first), Prefix for the
    // labels that open the line.
    contains("contributed to this report", Credit),
    contains("contributed reporting", Credit),
    contains("contributed additional reporting", Credit),
    prefix("con información de", Credit),
    prefix("com informações de", Credit),
    prefix("com informações da", Credit),
    prefix("com informações do", Credit),
    prefix("mit material von", Credit),
    prefix("με πληροφορίες από", Credit),
    prefix("z informacji", Credit),
    prefix("по материалам", Credit),
    prefix("dengan laporan tambahan", Credit),
    // Comment sections without a heading of their own announce themselves
    // with their house rules.
    prefix("comments are moderated", Comments),
    prefix("please read our community", Comments),
    prefix("comments have been closed", Comments),
    // Sign-up boxes.
    prefix("by signing up you agree", Newsletter),
    contains("sign up to our newsletter", Newsletter),
    contains("sign up for our newsletter", Newsletter),
    contains("subscribe to our newsletter", Newsletter),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_folds_case_space_punctuation_and_scripts() {
        let cases = [
            ("  Read   MORE  ", "read more"),
            ("» Read more ›", "read more"),
            ("Read more…", "read more"),
            ("[Gambas:Video 20detik]", "gambas:video 20detik"),
            (
                "ADVERTISEMENT - SCROLL TO CONTINUE WITH CONTENT",
                "advertisement scroll to continue with content",
            ),
            (
                "Lire aussi : Le gouvernement",
                "lire aussi: le gouvernement",
            ),
            ("BACA JUGA:\u{a0}Harga BBM", "baca juga: harga bbm"),
            ("Don’t miss", "don't miss"),
            ("«Related»", "related"),
            ("| Tags |", "tags"),
            ("© 2024 The Times", "© 2024 the times"),
            ("©", "©"),
            ("İLGİLİ HABERLER", "ilgili haberler"),
            ("ilgili haberler", "ilgili haberler"),
            ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", "διαβαστε επισησ"),
            ("Διαβάστε επίσης", "διαβαστε επισησ"),
            ("Ещё по теме", "еще по теме"),
            ("Citeşte şi", "citește și"),
            ("اقرأ أيضاً", "اقرا ایضا"),
            ("برچسب‌ها", "برچسب ها"),
            ("标签：科技", "标签:科技"),
            ("Page 2 / 3", "page 2 / 3"),
            ("-- • --", ""),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input), want, "{input:?}");
        }
        // Devanagari nukta letters, precomposed or not, normalize alike.
        assert_eq!(
            normalize("पढ़ें"),
            normalize("\u{92A}\u{922}\u{93C}\u{947}\u{902}")
        );
        assert_eq!(normalize("पढ़ें"), normalize("\u{92A}\u{95D}\u{947}\u{902}"));
    }

    #[test]
    fn affiliate_disclosures_and_author_follow_lines_are_boilerplate() {
        // Shopping guides and recipe blogs: the disclosure line.
        for text in [
            "We may earn commission from links on this page, but we only recommend products we back.",
            "As an Amazon Associate I earn from qualifying purchases.",
            "Disclosure: This post contains affiliate links.",
            "Dieser Artikel enthält Affiliate-Links.",
            "Ten wpis zawiera linki afiliacyjne.",
            "Artikel ini berisi tautan afiliasi.",
        ] {
            assert_eq!(classify(text), Some(AdLabel), "{text:?}");
        }
        // Prose about affiliate marketing or commissions is not a disclosure.
        assert_eq!(
            classify("Affiliate links and discount codes measure the campaign."),
            None
        );
        assert_eq!(classify("The commission voted to raise fees."), None);
        // The end of an author's note.
        assert_eq!(
            classify("Mike Wall's book is out now. Follow him on Twitter @michaeldwall."),
            Some(Follow)
        );
        assert_eq!(
            classify("The cameras follow him on his long walk home."),
            None
        );
    }

    #[test]
    fn phrase_data_is_well_formed() {
        // One kind per text: no text holds the packing's newline.
        assert_eq!(unpack(PHRASES.texts).count(), PHRASES.kinds.len());
        let mut seen = std::collections::HashMap::new();
        for p in PHRASES.iter() {
            assert!(!p.text.is_empty());
            assert_eq!(p.text, p.text.trim(), "{:?}", p.text);
            assert!(!p.text.contains("  "), "{:?}", p.text);
            assert_eq!(
                p.text.to_lowercase(),
                p.text,
                "{:?} is not lowercase",
                p.text
            );
            let norm = normalize(p.text);
            assert!(!norm.is_empty(), "{:?} normalizes to nothing", p.text);
            assert!(
                norm.chars().count() < MAX_CHARS / 2,
                "{:?} is too long",
                p.text
            );
            let prev = seen.insert((norm.clone(), p.matching), (p.text, p.kind));
            assert!(prev.is_none(), "{:?} duplicates {:?}", p.text, prev);
        }
        for w in PAGE_WORDS.iter().chain(OF_WORDS).chain(COMMENT_WORDS) {
            assert_eq!(normalize(w), *w, "{w:?} is not normalized");
        }
    }

    /// Every phrase matches a block made of it in the way it says.
    #[test]
    fn every_phrase_classifies_as_its_kind() {
        for p in PHRASES.iter() {
            let (block, want) = match p.matching {
                // ("ß" has no uppercase of its own: "SS" reads back "ss".)
                Match::Exact if p.text.contains('ß') => (p.text.to_string(), p.kind),
                Match::Exact => (p.text.to_uppercase(), p.kind),
                Match::Prefix => (format!("{} Zyxwv qrstu headline", p.text), p.kind),
                Match::Contains => (format!("Zyxwv {} qrstu.", p.text), p.kind),
            };
            assert_eq!(classify(&block), Some(want), "{block:?} ({:?})", p.matching);
        }
    }

    /// Asserts that each block classifies as `kind`.
    fn check(kind: PhraseKind, blocks: &[&str]) {
        for block in blocks {
            assert_eq!(classify(block), Some(kind), "{block:?}");
        }
    }

    /// A `<noscript>` notice spilled from the page's head, a slideshow's
    /// fallback line; prose about browsers that starts with JavaScript
    /// stays.
    #[test]
    fn notices_to_readers_without_scripts() {
        check(
            Interface,
            &[
                "This slideshow requires JavaScript.",
                "Please note that Javascript is turned off in your web browser. To use this site, you must turn it on and then refresh the page.",
                "Bitte aktivieren Sie JavaScript, um diese Seite zu nutzen.",
                "Включите JavaScript в настройках браузера.",
            ],
        );
        for prose in [
            "JavaScript is disabled by default in lockdown mode, which breaks some sites.",
            "Sadly, you must enable JavaScript to get past this challenge.",
        ] {
            assert_eq!(classify(prose), None, "{prose:?}");
        }
    }

    #[test]
    fn ad_labels() {
        check(
            AdLabel,
            &[
                "Advertisement",
                "ADVERTISEMENT",
                " Advertisment ",
                "Ads",
                "Sponsored content",
                "ADVERTISEMENT - SCROLL TO CONTINUE WITH CONTENT",
                "Story continues below advertisement",
                "Anzeige",
                "— Werbung —",
                "Publicité",
                "Publicidad",
                "Pubblicità",
                "Reklama",
                "Реклама",
                "Iklan",
                "广告",
                "広告",
                "광고",
                "Διαφήμιση",
                "إعلان",
                "Reclame",
                "Article continues below",
                "La suite après cette publicité",
                "Pokračování článku pod reklamou",
            ],
        );
    }

    #[test]
    fn read_also_teasers() {
        check(
            ReadAlso,
            &[
                "Read also: Ten things to know about the vote",
                "READ MORE: Inside the negotiations",
                "Also read | Markets fall",
                "See also:",
                "Related: The port strike, explained",
                "Don't miss: Our guide to the election",
                "Baca juga: Harga BBM Naik Lagi Mulai Besok",
                "BACA JUGA: Jokowi Resmikan Tol Baru",
                "Baca Pula: Banjir di Jakarta",
                "Lesen Sie auch: Was die Reform bedeutet",
                "Lire aussi : Le gouvernement recule",
                "À lire aussi Les retraites",
                "Lee también: Qué pasa con la inflación",
                "Leia também: Os números do PIB",
                "LEGGI ANCHE: Il governo e la manovra",
                "Lees ook: Kabinet valt",
                "Czytaj też: Wybory w Polsce",
                "Przeczytaj także: Nowe przepisy",
                "Přečtěte si také: Vláda schválila rozpočet",
                "Читайте также: Что изменится с 1 января",
                "Читайте також: Новини дня",
                "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Τι αλλάζει",
                "Ayrıca okuyun: Seçim sonuçları",
                "AYRICA OKUYUN: Seçim sonuçları",
                "اقرأ أيضاً: ارتفاع الأسعار",
                "اقرأ ايضا ارتفاع الأسعار",
                "相关阅读：房价继续上涨",
                "延伸阅读 房价",
                "関連記事：東京で初雪",
                "あわせて読みたい",
                "관련기사: 서울 아파트값",
                "Đọc thêm: Giá vàng tăng",
                "Xem thêm: Thời tiết",
                "อ่านเพิ่มเติม ราคาทองวันนี้",
                "यह भी पढ़ें: चुनाव के नतीजे",
                "Läs också: Valet",
                "Citește și: Guvernul a decis",
                "Citeşte şi: Guvernul a decis",
            ],
        );
    }

    #[test]
    fn watch_also_teasers() {
        check(
            WatchAlso,
            &[
                "Watch: The moment the bridge collapsed",
                "Saksikan juga: Banjir Bandang",
                "Tonton juga video berikut",
                "Simak juga Video: Detik-detik Kecelakaan",
                "Sehen Sie auch: Das Interview",
                "Voir aussi la vidéo : la tempête",
                "Video terkait",
                "Mira también: el gol del año",
                "Guarda anche: le immagini",
                "相关视频",
                "관련 영상",
                "ดูคลิปเพิ่มเติม",
                "ชมคลิป:",
            ],
        );
    }

    #[test]
    fn skip_links() {
        check(
            Interface,
            &[
                "Skip to main content",
                "Skip to content »",
                "Zum Inhalt springen",
                "Przejdź do treści",
            ],
        );
        assert_eq!(
            classify("Skip to content if you are in a hurry, the recipe is below"),
            None
        );
    }

    #[test]
    fn table_of_contents_labels() {
        check(
            Interface,
            &[
                "Table of Contents",
                "In this article:",
                "On this page",
                "Inhaltsverzeichnis",
                "Daftar Isi",
                "Содержание",
                "目录",
            ],
        );
        // A chapter list's own heading, and a sentence that starts alike.
        assert_eq!(classify("Contents"), None);
        assert_eq!(
            classify("In this article we compare the three plans side by side"),
            None
        );
    }

    #[test]
    fn disclaimer_headings() {
        check(
            Copyright,
            &[
                "Disclaimer:",
                "Medical Disclaimer",
                "Haftungsausschluss",
                "免责声明",
            ],
        );
        assert_eq!(classify("Disclaimer clauses in rental contracts"), None);
    }

    #[test]
    fn about_the_author_headings() {
        check(
            Credit,
            &[
                "About the Author",
                "About the reviewer:",
                "Über den Autor",
                "Об авторе",
            ],
        );
        assert_eq!(classify("About the author's new book"), None);
    }

    #[test]
    fn continue_reading_notes() {
        check(
            ContinueReading,
            &[
                "Click to expand...",
                "Zum Vergrößern anklicken....",
                "Show less",
                "Continue reading",
                "Continued on next page",
                "Read the full story at Reuters",
                "Simak berita selengkapnya di halaman selanjutnya",
                "Selengkapnya",
                "Lesen Sie weiter auf Seite 2",
                "Weiterlesen",
                "Lire la suite",
                "Seguir leyendo",
                "Continue lendo",
                "Continua a leggere",
                "Lees verder",
                "Czytaj dalej",
                "Читать далее",
                "Devamını oku",
                "阅读全文",
                "続きを読む",
                "Đọc tiếp",
                "อ่านต่อ",
                "Next page »",
            ],
        );
    }

    /// The expand and fold links of a collapsible section, alone or side
    /// by side (one of them hidden by a class), in several languages; a
    /// sentence that starts with the same words is prose.
    #[test]
    fn section_toggles() {
        check(
            ContinueReading,
            &[
                "Read less",
                "read less read more",
                "Show more Show less",
                "Weniger anzeigen",
                "Voir moins",
                "Pokaż mniej",
                "Свернуть",
                "Εμφάνιση λιγότερων",
                "Tampilkan lebih sedikit",
                "收起",
            ],
        );
        assert_eq!(
            classify("Read less about politics and more about science."),
            None
        );
        assert_eq!(classify("Свернуть с дороги было нельзя"), None);
    }

    #[test]
    fn page_counters() {
        check(
            PageCounter,
            &[
                "Page 2 of 3",
                "Halaman 2 dari 2",
                "Seite 1 von 3",
                "(Seite 2 von 5)",
                "Página 2 de 5",
                "Pagina 2 di 4",
                "Strona 2 z 5",
                "Strana 3 z 4",
                "Страница 2 из 5",
                "Сторінка 2 з 3",
                "Σελίδα 2 από 5",
                "Sayfa 2/5",
                "Page 2 / 3",
                "Sida 2 av 4",
                "Side 2 af 3",
                "Sivu 2/3",
                "Trang 2 / 5",
                "page 1 sur 3",
                "第2页",
                "第 2 页，共 5 页",
                "第2頁/共3頁",
                "2/5ページ",
                "صفحة 2 من 3",
            ],
        );
        for block in [
            "Page 2",
            "Page two of three",
            "Page 2 of the report",
            "2 of 3",
            "第2章",
            "Seite 2 von",
        ] {
            assert_ne!(classify(block), Some(PageCounter), "{block:?}");
        }
    }

    #[test]
    fn newsletter_cookie_share_follow_subscribe() {
        check(
            Newsletter,
            &[
                "Newsletter",
                "Sign up for our daily newsletter",
                "Subscribe to our newsletter",
                "Newsletter abonnieren",
                "Inscrivez-vous à notre newsletter",
                "Nieuwsbrief",
            ],
        );
        check(
            Cookie,
            &[
                "We use cookies to improve your experience. By continuing you agree.",
                "This website uses cookies",
                "Wir verwenden Cookies, um unsere Website zu verbessern.",
                "Nous utilisons des cookies",
                "Utilizamos cookies propias y de terceros",
                "Accept all",
            ],
        );
        check(
            Share,
            &[
                "Share",
                "Share this article",
                "Share this on WhatsApp",
                "Facebook",
                "Twitter",
                "WhatsApp",
                "Bagikan:",
                "Teilen",
                "Partager",
                "Compartir",
                "Condividi",
                "Поделиться",
                "分享到：",
                "シェア",
                "공유하기",
                "Seite drucken",
                "Print this page",
                "Imprimer",
            ],
        );
        check(
            Follow,
            &[
                "Follow us on Twitter",
                "Ikuti kami di Instagram",
                "Folgen Sie uns auf Facebook",
                "Suivez-nous sur X",
                "Síguenos en Instagram",
                "Подписывайтесь на нас в Telegram",
                "关注我们",
                "Bizi takip edin",
                "Ακολουθήστε το example.gr στο Google News",
                "Follow The Daily Example on Google News",
                "Add RunToTheFinish to your Google News Feed",
                "Ikuti berita Example Daily di Google News",
                "Obserwuj Example.pl w Google News",
                "ติดตามข่าวสารเพิ่มเติมได้ที่ LINE @example",
            ],
        );
        check(
            Subscribe,
            &[
                "Subscribe now",
                "Already a subscriber? Log in",
                "Download our app",
                "Jetzt abonnieren",
                "Abonnez-vous",
                "Déjà abonné ? Connectez-vous",
                "¿Ya eres suscriptor? Inicia sesión",
                "Il vous reste 85% de cet article à lire.",
                "Unduh aplikasi detikcom",
                "立即订阅",
            ],
        );
    }

    #[test]
    fn related_comments_tags() {
        check(
            Related,
            &[
                "Related articles",
                "Related",
                "Berita Terkait",
                "Terpopuler",
                "Mehr zum Thema",
                "Mehr zum Thema: Klimawandel",
                "相关新闻",
                "Noticias relacionadas",
                "Les plus lus",
                "Das könnte Sie auch interessieren",
                "Most popular",
                "You may also like",
                "По теме",
                "人気記事",
                "Tin liên quan",
                "Similar items",
                "Customer reviews",
                "Customers who bought this item also bought",
                "Produk serupa",
                "Похожие товары",
                "Related reads",
                "Other posts you may enjoy",
            ],
        );
        check(
            Comments,
            &[
                "Discussion about this post",
                "Comments",
                "Leave a Reply",
                "Leave a comment",
                "Komentar",
                "Kommentare",
                "Commentaires",
                "12 comments",
                "1 comment",
                "Comments (12)",
                "Komentar (3)",
                "评论（12）",
                "Your email address will not be published. Required fields are marked *",
                "Комментарии",
                "تعليقات (5)",
                "Bình luận (2)",
            ],
        );
        check(
            Tags,
            &[
                "Tags:",
                "Tags: politics, economy",
                "Tag: Jokowi",
                "Topik: Pemilu 2024",
                "Schlagwörter: Klima, Energie",
                "Mots-clés : retraite",
                "Etiquetas: economía",
                "Теги: политика",
                "标签：科技",
                "タグ：東京",
                "Tags",
            ],
        );
    }

    #[test]
    fn video_placeholders_and_copyright() {
        check(
            VideoPlaceholder,
            &[
                "[Gambas:Video 20detik]",
                "[Gambas:Video CNN]",
                "Video",
                "VIDEO:",
                "Watch the video",
                "Video: Floods hit the capital",
                "Your browser does not support the video tag.",
                "Media playback is unsupported on your device",
                "视频",
                "動画",
            ],
        );
        check(
            Copyright,
            &[
                "© 2024 The Harbour Times",
                "©2024 Kompas.com",
                "Copyright © 2024 Foo Media",
                "Copyright (c) 2024 Foo",
                "2024 Foo Media. All rights reserved.",
                "Hak cipta dilindungi undang-undang",
                "© Reuters",
                "Alle Rechte vorbehalten.",
                "Tous droits réservés",
                "版权所有 © 新华网",
                "Copyright © 2024 聯合報 All Rights Reserved",
            ],
        );
    }

    /// Genuine article sentences and headings that must not be classified.
    #[test]
    fn article_text_is_not_boilerplate() {
        let long_read_more = "Read more about the policy in the report published on Monday, \
            which found that schools in the poorest districts had lost a third of their \
            teaching assistants since 2015, while those in the richest had kept almost all of \
            them, the authors said.";
        assert!(long_read_more.chars().count() > MAX_CHARS);
        let sentences = [
            long_read_more,
            "The advertisement, which ran in three newspapers, was withdrawn after complaints.",
            "Advertisers have pulled out of the platform since the change.",
            "Sponsored by the city, the festival drew 20,000 visitors.",
            "Share prices fell sharply on Tuesday.",
            "Comments made by the minister on Friday were criticised by the opposition.",
            "Follow the river north for two miles and you reach the village.",
            "Tags on the luggage showed it had been checked in at Madrid.",
            "Video footage shows the car crossing the red light.",
            "Watch out for ice on the roads tonight, the forecasters warned.",
            "Related species live in the mountains of Peru.",
            "See also the earlier ruling, which set the standard for such cases.",
            "Subscribers will receive the magazine every month.",
            "Newsletter sales rose by 12 percent.",
            "Copyright law in Europe changed in 2019, the court noted.",
            "Copyright",
            "Page 2 of the report lists the schools that will close.",
            "Halaman 2 dari laporan itu memuat daftar sekolah.",
            "The cookie jar was found on the kitchen table.",
            "Continue reading the instructions before you start, the manual says.",
            "More than 200 people attended the meeting.",
            "Anzeige gegen Unbekannt erstattet",
            "Reklama w telewizji kosztuje coraz więcej.",
            "Реклама на телевидении дорожает.",
            "广告收入在第三季度下降了百分之十。",
            "関連記事によると、市は来年度から料金を引き上げる。",
            "Share your stories with us at the address below.",
            "Sign up for the marathon closes on Friday.",
            "Download speeds have doubled, the regulator said.",
            "Hak cipta atas lagu itu kini dipegang oleh label rekaman.",
            "Comentarios del presidente sobre la economía generaron polémica.",
            "Partager les richesses, voilà le défi du siècle.",
            "Ikuti perkembangan kasus ini bersama kami.",
            "Trending topics on social media included the election.",
            "Popular demand brought the band back.",
            "Print editions will end in March.",
            "Email the council before Friday to object.",
            "Twitter said it would appeal.",
            "Read moreover the second chapter.",
            "Watching the game, he said nothing.",
            "Lee",
            "Weitere Informationen erhalten Sie beim Bürgeramt.",
            "Tagebuch eines Fischers",
            "Videoüberwachung am Bahnhof wird ausgeweitet",
            "Sehenswürdigkeiten in Berlin",
            "Lesen macht Spaß, sagt die Lehrerin.",
            "Il 2 di 3 studenti ha superato l'esame.",
            "2 of 3",
            "The 12 comments that angered the board were deleted.",
            "Te recomendamos usar protector solar todos los días.",
            "Ook interessant is dat de prijzen dalen.",
            "Sur le même sujet, le ministre a refusé de commenter.",
            "Mehr zum Thema erfahren Sie im Rathaus.",
            "Se också till att dörren är låst.",
            "版权所有者可以要求平台删除侵权内容。",
            "کلیه حقوق کارگران باید پرداخت شود.",
            "The story first showed up in Google News on Monday.",
            "When Google News launched in 2002, editors were sceptical.",
            // Thai: "watching clips on the phone has become the habit of
            // teenagers"; "we keep following the news closely".
            "ดูคลิปในโทรศัพท์กลายเป็นกิจวัตรของวัยรุ่น",
            "ติดตามข่าวสารอย่างใกล้ชิด",
            "Drucken lassen kann man die Formulare im Bürgerbüro.",
        ];
        for s in sentences {
            assert_eq!(classify(s), None, "{s:?}");
        }
    }

    #[test]
    fn long_blocks_are_prose() {
        let block = format!("Advertisement {}", "word ".repeat(100));
        assert_eq!(classify(&block), None);
        let block = format!("Baca juga: {}", "kata ".repeat(50));
        assert!(normalize(&block).chars().count() > MAX_CHARS);
        assert_eq!(classify(&block), None);
        assert_eq!(classify(&"x".repeat(100_000)), None);
    }
}
