//! Measuring text in a way that works for every script.
//!
//! Lengths are counted in characters, with one adjustment: Han, Kana and
//! Hangul carry much more per character than alphabetic scripts (a Chinese
//! word is one or two characters, an English word five or six plus a space),
//! so the same thresholds would be far too strict for Chinese and Japanese
//! pages. Such characters weigh [`DENSE_CHAR_WEIGHT`].

/// Weight of one Han, Kana or Hangul character in [`weighted_len`].
pub(crate) const DENSE_CHAR_WEIGHT: u32 = 3;

/// Whether `c` belongs to a script written without spaces between words
/// (Han ideographs, Hiragana, Katakana) or to dense Hangul syllables.
pub(crate) fn is_dense_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF   // Hiragana, Katakana
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK unified ideographs
        | 0xF900..=0xFAFF // CJK compatibility ideographs
        | 0xAC00..=0xD7AF // Hangul syllables
        | 0x20000..=0x2FA1F)
}

/// Whether `c` is an ideograph or kana: a character that is a word (or most
/// of one) on its own.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Sentence and clause punctuation in the scripts the corpora show: Latin,
/// CJK (full-width and ideographic), Arabic, Devanagari, Greek, Armenian,
/// Ethiopic.
pub(crate) fn is_clause_punctuation(c: char) -> bool {
    matches!(
        c,
        ',' | '.'
            | ';'
            | ':'
            | '!'
            | '?'
            | '，'
            | '。'
            | '、'
            | '；'
            | '：'
            | '！'
            | '？'
            | '،'
            | '؛'
            | '؟'
            | '۔'
            | '।'
            | '॥'
            | '·'
            | '։'
            | '።'
            | '፣'
            | '…'
            | '｡'
            | '､'
    )
}

/// Commas of every script (Readability-style "comma count" counts clauses).
pub(crate) fn is_comma(c: char) -> bool {
    matches!(c, ',' | '，' | '、' | '،' | '､' | '፣')
}

/// `c.is_alphabetic()`, answered without Unicode's tables in the blocks
/// where most text outside ASCII is (see [`common_block`]).
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    match common_block(c) {
        Some(Block::Letters) => true,
        Some(Block::Punctuation) => false,
        Some(Block::Latin1Symbols) => matches!(c, 'ª' | 'µ' | 'º'),
        None => c.is_alphabetic(),
    }
}

/// `c.is_alphanumeric()`, answered without Unicode's tables in the blocks
/// where most text outside ASCII is (see [`common_block`]).
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    match common_block(c) {
        Some(Block::Letters) => true,
        Some(Block::Punctuation) => false,
        Some(Block::Latin1Symbols) => {
            matches!(c, 'ª' | 'µ' | 'º' | '²' | '³' | '¹' | '¼' | '½' | '¾')
        }
        None => c.is_alphanumeric(),
    }
}

/// The lowercase of `c` when it is one character that is known without
/// Unicode's tables: Latin-1 letters and Cyrillic (the letters of the
/// words of most pages outside ASCII), or `None`. A test checks these
/// against `char::to_lowercase`.
#[inline]
pub(crate) fn to_lowercase_common(c: char) -> Option<char> {
    let code = c as u32;
    match code {
        // À to Þ (but ×), А to Я: the lowercase is 32 further.
        0xC0..=0xD6 | 0xD8..=0xDE | 0x410..=0x42F => char::from_u32(code + 0x20),
        // Ѐ to Џ.
        0x400..=0x40F => char::from_u32(code + 0x50),
        // ß to ÿ, а to џ: already lowercase.
        0xDF..=0xFF | 0x430..=0x45F => Some(c),
        _ => None,
    }
}

/// A range of characters outside ASCII whose letters and digits are known
/// without Unicode's tables.
enum Block {
    /// Letters only: Latin-1 and Latin Extended-A and -B (but `×` and `÷`),
    /// Cyrillic (but its signs and combining marks, U+0482 to U+0489).
    Letters,
    /// Neither letters nor digits: General Punctuation (dashes, curly
    /// quotes, ellipsis, zero-width and typographic spaces), CJK
    /// punctuation (ideographic comma and full stop, brackets) and the
    /// full-width punctuation of the Halfwidth and Fullwidth Forms.
    Punctuation,
    /// U+00A0 to U+00BF: symbols, but for `ª` `µ` `º` (letters) and `²`
    /// `³` `¹` `¼` `½` `¾` (numbers).
    Latin1Symbols,
}

/// The [`Block`] of `c`, or `None` (ASCII included). The standard library
/// answers `is_alphabetic` outside ASCII with a search of its tables, a few
/// hundred instructions a character: on pages in Russian or French, or in
/// English with typographic quotes and dashes, that was a tenth of the
/// counting. A test checks every character against the standard library.
#[inline]
fn common_block(c: char) -> Option<Block> {
    match c as u32 {
        0xA0..=0xBF => Some(Block::Latin1Symbols),
        0xD7 | 0xF7 => Some(Block::Punctuation),
        0xC0..=0x24F | 0x400..=0x481 | 0x48A..=0x52F => Some(Block::Letters),
        0x2000..=0x206F | 0x3000..=0x3004 | 0x3008..=0x3020 | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 => {
            Some(Block::Punctuation)
        }
        _ => None,
    }
}

/// Counts gathered in one pass over a piece of text.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct TextCounts {
    /// Characters, Han/Kana/Hangul weighing [`DENSE_CHAR_WEIGHT`].
    pub weighted_len: u32,
    /// Characters (Unicode scalar values).
    pub chars: u32,
    /// Words: runs of letters or digits, each CJK character counting as one.
    pub words: u32,
    /// Characters in dense scripts.
    pub dense_chars: u32,
    /// Clause punctuation marks.
    pub punctuation: u32,
    /// Commas.
    pub commas: u32,
    /// Uppercase letters, and all letters (for an "all caps" test).
    pub upper: u32,
    /// Letters.
    pub letters: u32,
}

impl TextCounts {
    /// Counts `text` (already whitespace-collapsed or not).
    pub fn of(text: &str) -> TextCounts {
        let mut counts = TextCounts::default();
        counts.add(text);
        counts
    }

    /// Adds the counts of `text`. Words split across two calls are counted
    /// twice; callers pass whole text nodes, whose boundaries are rarely inside words.
    pub fn add(&mut self, text: &str) {
        let mut in_word = false;
        let mut after_space = true;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii() {
                // The common case, on bytes: the same rules as below for
                // ASCII characters, without decoding or Unicode tables
                // (this counter runs over all the text of every block).
                i += 1;
                self.chars += 1;
                if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C') {
                    if !after_space {
                        self.weighted_len += 1;
                    }
                    after_space = true;
                    in_word = false;
                    continue;
                }
                after_space = false;
                self.weighted_len += 1;
                if b.is_ascii_alphanumeric() {
                    if !in_word {
                        self.words += 1;
                        in_word = true;
                    }
                    if b.is_ascii_alphabetic() {
                        self.letters += 1;
                        if b.is_ascii_uppercase() {
                            self.upper += 1;
                        }
                    }
                } else {
                    if !(in_word && matches!(b, b'\'' | b'-')) {
                        in_word = false;
                    }
                    if matches!(b, b',' | b'.' | b';' | b':' | b'!' | b'?') {
                        self.punctuation += 1;
                        if b == b',' {
                            self.commas += 1;
                        }
                    }
                }
                continue;
            }
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            self.add_char(c, &mut in_word, &mut after_space);
        }
    }

    /// Counts one character, in any script: the rules the byte path of
    /// [`TextCounts::add`] follows for ASCII.
    fn add_char(&mut self, c: char, in_word: &mut bool, after_space: &mut bool) {
        self.chars += 1;
        if is_dense_script(c) {
            *after_space = false;
            self.weighted_len += DENSE_CHAR_WEIGHT;
            self.dense_chars += 1;
            self.letters += 1;
            if is_cjk(c) {
                self.words += 1;
                *in_word = false;
            } else if !*in_word {
                // Hangul is written with spaces between words.
                self.words += 1;
                *in_word = true;
            }
            return;
        }
        if crate::dom::is_html_space(c) {
            // Runs of whitespace count once, as they render.
            if !*after_space {
                self.weighted_len += 1;
            }
            *after_space = true;
            *in_word = false;
            return;
        }
        *after_space = false;
        self.weighted_len += 1;
        if is_alphanumeric(c) {
            if !*in_word {
                self.words += 1;
                *in_word = true;
            }
            if is_alphabetic(c) {
                self.letters += 1;
                if c.is_uppercase() {
                    self.upper += 1;
                }
            }
        } else {
            // Apostrophes and hyphens inside words keep the word whole.
            if !(*in_word && matches!(c, '\'' | '’' | '-' | '‐')) {
                *in_word = false;
            }
            if is_clause_punctuation(c) {
                self.punctuation += 1;
                if is_comma(c) {
                    self.commas += 1;
                }
            }
        }
    }

    /// Whether the text is mostly in a dense script (Chinese, Japanese, Korean).
    pub fn is_mostly_dense(&self) -> bool {
        self.dense_chars * 2 > self.chars
    }
}

/// Length of `text` with dense-script characters weighted; see the module doc.
///
/// The same figure as `TextCounts::of(text).weighted_len`, computed on
/// bytes: it runs over every text node of the page, inline scripts and
/// styles included, and those are long and ASCII. Only non-ASCII characters
/// are decoded (the profile had the general counter at a tenth of the whole
/// extraction).
pub(crate) fn weighted_len(text: &str) -> u32 {
    let bytes = text.as_bytes();
    let mut len = 0u32;
    let mut after_space = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            i += 1;
            if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0C') {
                // Runs of whitespace count once, as they render.
                len += u32::from(!after_space);
                after_space = true;
            } else {
                len += 1;
                after_space = false;
            }
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        i += c.len_utf8();
        if is_dense_script(c) {
            len += DENSE_CHAR_WEIGHT;
            after_space = false;
        } else if crate::dom::is_html_space(c) {
            len += u32::from(!after_space);
            after_space = true;
        } else {
            len += 1;
            after_space = false;
        }
    }
    len
}

/// Words in a text, each CJK character counting as one word.
pub(crate) fn word_count(text: &str) -> usize {
    TextCounts::of(text).words as usize
}

/// Cuts `text` to about `max` characters at a word boundary, adding "…".
pub(crate) fn preview(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(pos) if pos > max / 2 => &cut[..pos],
        _ => &cut[..],
    };
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_spaced_and_unspaced_scripts() {
        assert_eq!(word_count("The cat's well-known hat."), 4);
        assert_eq!(word_count("北京是中国的首都"), 8);
        assert_eq!(word_count("한국어 문장입니다"), 2);
        assert_eq!(word_count("Привет, мир!"), 2);
    }

    /// The shortcuts of `common_block` agree with the standard library on
    /// every character.
    #[test]
    fn letter_and_digit_shortcuts_agree_with_std() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn lowercase_shortcut_agrees_with_std() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if let Some(lower) = to_lowercase_common(c) {
                assert_eq!(
                    c.to_lowercase().collect::<String>(),
                    lower.to_string(),
                    "{c:?}"
                );
            }
        }
    }

    #[test]
    fn dense_scripts_weigh_more() {
        assert_eq!(weighted_len("abc"), 3);
        assert_eq!(weighted_len("中文"), 6);
        assert_eq!(weighted_len("a  \n b"), 3);
    }

    /// The counter's byte path for ASCII must agree with its rules for
    /// any character.
    #[test]
    fn ascii_fast_path_agrees_with_the_char_rules() {
        let by_chars = |text: &str| {
            let mut counts = TextCounts::default();
            let (mut in_word, mut after_space) = (false, true);
            for c in text.chars() {
                counts.add_char(c, &mut in_word, &mut after_space);
            }
            counts
        };
        let ascii: String = (0u8..0x80).map(char::from).collect();
        let mut texts = vec![ascii.clone(), format!("  {ascii} x{ascii}y ")];
        for b in 0u8..0x80 {
            let c = char::from(b);
            texts.push(format!("a{c}b {c} {c}{c}é{c}中{c}"));
        }
        texts.push("It's a well-known don't-care, Mr. O'Neil; ok? YES!".into());
        for text in &texts {
            assert_eq!(TextCounts::of(text), by_chars(text), "{text:?}");
        }
    }

    #[test]
    fn byte_scan_agrees_with_the_counter() {
        for text in [
            "",
            "  lead and trail  ",
            "a\u{a0}\u{a0}b\u{2003} c",
            "中文 and 한국어, \t\n mixed — «quotes»",
            "\u{1F600} emoji\r\n",
        ] {
            assert_eq!(
                weighted_len(text),
                TextCounts::of(text).weighted_len,
                "{text:?}"
            );
        }
    }

    #[test]
    fn punctuation_of_many_scripts() {
        let c = TextCounts::of("一、二，三。 Hello, world. مرحبا، عالم");
        assert_eq!(c.commas, 4);
        assert_eq!(c.punctuation, 6);
    }

    #[test]
    fn previews_cut_at_words() {
        assert_eq!(preview("short", 10), "short");
        assert_eq!(preview("one two three four five", 12), "one two…");
    }
}
