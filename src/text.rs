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
        if c.is_alphanumeric() {
            if !*in_word {
                self.words += 1;
                *in_word = true;
            }
            if c.is_alphabetic() {
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
