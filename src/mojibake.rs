//! Repairing text that was decoded twice ("mojibake").
//!
//! A page written in UTF-8, read once as windows-1252 or ISO-8859-1 and saved
//! again as UTF-8, shows each of its non-ASCII characters as two to four
//! Latin-1 ones: "It’s" becomes "Itâ€™s", "é" becomes "Ã©", "привет"
//! becomes "Ð¿Ñ€Ð¸Ð²ÐµÑ‚". CMS imports and scrapers do this to a page
//! (or to some of its paragraphs) often enough that corpora are full of
//! it, and the page itself is valid UTF-8 with an honest `<meta charset>`:
//! nothing at the byte level ([`crate::decode`]) can see it. A browser
//! shows the garbage; a reader view should not.
//!
//! The repair maps each such character back to the byte it was decoded
//! from and keeps the result where those bytes are a valid UTF-8 sequence
//! of two or more bytes. Text really written with these characters almost
//! never forms such sequences: it takes a capital like "Ã" or "Ð" followed,
//! with no space, by a symbol like "©" or "€". One such pair can still be
//! genuine, so the page is repaired only on evidence: a sequence of three
//! or more bytes (a character beyond U+07FF, like the typographic quotes
//! that give most mojibake away) together with a second one, or three
//! sequences of any length.

use std::borrow::Cow;

/// Sequences a page needs before it is repaired, when none decodes to a
/// character beyond U+07FF.
const MIN_SHORT_SEQUENCES: usize = 3;

/// `text` with its doubly decoded sequences repaired, or `None` when it
/// has none (or too few to be sure, see the module's comment).
pub(crate) fn repair(text: &str) -> Option<String> {
    // Every UTF-8 lead byte (0xC2..=0xF4) read as Latin-1 is a character
    // from U+00C2 to U+00F4, which UTF-8 writes as 0xC3 and one more byte:
    // only those bytes can start a sequence.
    let mut repairs: Vec<Repair> = Vec::new();
    let mut resume = 0;
    for at in memchr::memchr_iter(0xC3, text.as_bytes()) {
        if at < resume {
            continue;
        }
        match sequence_at(text, at) {
            Some(repair) => {
                resume = repair.end;
                repairs.push(repair);
            }
            None => resume = at + 2,
        }
    }
    let long = repairs.iter().filter(|r| r.decoded as u32 > 0x7FF).count();
    let enough = (long >= 1 && repairs.len() >= 2) || repairs.len() >= MIN_SHORT_SEQUENCES;
    if !enough || !repairs_fill_their_runs(text, &repairs) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for repair in &repairs {
        out.push_str(&text[copied..repair.start]);
        out.push(repair.decoded);
        copied = repair.end;
    }
    out.push_str(&text[copied..]);
    Some(out)
}

/// [`repair`] as a `Cow`: borrowed when nothing changed.
pub(crate) fn repaired(text: &str) -> Cow<'_, str> {
    repair(text).map_or(Cow::Borrowed(text), Cow::Owned)
}

/// One doubly decoded character: the byte range of its Latin-1 characters
/// in the text and the character they stand for.
#[derive(Debug)]
struct Repair {
    start: usize,
    end: usize,
    decoded: char,
}

/// The doubly decoded character whose first Latin-1 character starts at
/// byte `at`, if there is one.
fn sequence_at(text: &str, at: usize) -> Option<Repair> {
    let mut chars = text[at..].char_indices();
    let (_, first) = chars.next()?;
    let lead = latin1_byte(first)?;
    let len = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let mut encoded = [lead, 0, 0, 0];
    let mut end = at + first.len_utf8();
    for slot in encoded.iter_mut().take(len).skip(1) {
        let (offset, c) = chars.next()?;
        *slot = latin1_byte(c).filter(|b| (0x80..=0xBF).contains(b))?;
        end = at + offset + c.len_utf8();
    }
    let decoded = std::str::from_utf8(&encoded[..len]).ok()?.chars().next()?;
    Some(Repair {
        start: at,
        end,
        decoded,
    })
}

/// Whether the repairs account for nearly all of the non-ASCII runs they
/// sit in. Mojibake replaces every character of a word written in UTF-8,
/// so its runs of non-ASCII characters are sequences end to end
/// ("Ð¿Ñ€Ð¸Ð²ÐµÑ‚"). Text in another legacy encoding read as
/// windows-1252 (Shift_JIS, say) is garbage too, but only by chance a
/// valid sequence here and there among characters that are none: such
/// text is left as it is (it is what a browser shows).
fn repairs_fill_their_runs(text: &str, repairs: &[Repair]) -> bool {
    let mut leftover = 0;
    // Non-ASCII characters of the current run outside any repair, and
    // whether the run holds a repair.
    let mut run_leftover = 0;
    let mut run_has_repair = false;
    let mut next = repairs.iter().peekable();
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        if let Some(repair) = next.next_if(|r| r.start == at) {
            run_has_repair = true;
            at = repair.end;
            continue;
        }
        if c.is_ascii() {
            if run_has_repair {
                leftover += run_leftover;
            }
            run_leftover = 0;
            run_has_repair = false;
        } else {
            run_leftover += 1;
        }
        at += c.len_utf8();
    }
    if run_has_repair {
        leftover += run_leftover;
    }
    leftover * 4 <= repairs.len()
}

/// The byte a character stands for when it came from decoding one byte as
/// windows-1252 (or as ISO-8859-1, whose 0x80..0x9F are the C1 controls).
fn latin1_byte(c: char) -> Option<u8> {
    let code = c as u32;
    if (0x80..=0xFF).contains(&code) {
        return Some(code as u8);
    }
    // windows-1252's 0x80..0x9F.
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a UTF-8 text looks like after being read as windows-1252 and
    /// written out as UTF-8 again.
    fn doubly_decoded(text: &str) -> String {
        let (latin, _, _) = encoding_rs::WINDOWS_1252.decode(text.as_bytes());
        latin.into_owned()
    }

    #[test]
    fn typographic_quotes_and_dashes_are_repaired() {
        let page = "<p>It’s a “test” — of sorts.</p>";
        let broken = doubly_decoded(page);
        assert_eq!(broken, "<p>Itâ€™s a â€œtestâ€\u{9d} â€” of sorts.</p>");
        assert_eq!(repair(&broken).as_deref(), Some(page));
    }

    /// ISO-8859-1 instead of windows-1252: the quotes' last bytes are C1
    /// control characters.
    #[test]
    fn the_latin1_form_with_control_characters_is_repaired() {
        let broken = "<p>\u{e2}\u{80}\u{9c}Because school buses\u{e2}\u{80}\u{9d}, he says. It\u{e2}\u{80}\u{99}s so.</p>";
        assert_eq!(
            repair(broken).as_deref(),
            Some("<p>“Because school buses”, he says. It’s so.</p>")
        );
    }

    #[test]
    fn cyrillic_greek_and_cjk_are_repaired() {
        for page in [
            "Привет, мир! Это проверка.",
            "Καλημέρα κόσμε",
            "这是一个测试",
            "Zażółć gęślą jaźń",
        ] {
            assert_eq!(repair(&doubly_decoded(page)).as_deref(), Some(page));
        }
    }

    #[test]
    fn correct_text_in_any_script_is_left_alone() {
        for page in [
            "Größe, Übermaß, „Zitat“ – Ärger",
            "À bientôt, « très » cher ; ça va ? Où ? Ça !",
            "Привет, мир! Это проверка.",
            "São Paulo, NÃO, AÇÃO, Coração",
            "这是一个测试",
            "plain ASCII only",
        ] {
            assert_eq!(repair(page), None, "{page}");
        }
    }

    /// A single pair that happens to decode ("Ä“" is a valid encoding of
    /// "ē") is not evidence enough; three are.
    #[test]
    fn one_or_two_short_pairs_are_not_enough() {
        assert_eq!(repair("Sie rief „Ä“ und dann „Ö“."), None);
        assert_eq!(
            repair("CafÃ© au lait, crÃ¨me brÃ»lÃ©e").as_deref(),
            Some("Café au lait, crème brûlée")
        );
        assert_eq!(repair("CafÃ© au lait"), None);
        // One long sequence and one short one are enough.
        assert_eq!(repair("Itâ€™s a cafÃ©").as_deref(), Some("It’s a café"));
    }

    /// Repaired sequences next to correct non-ASCII text: the correct text
    /// is kept as it is.
    #[test]
    fn a_partly_broken_page_keeps_its_correct_text() {
        let page = "Größe – “ok” and Itâ€™s â€œbrokenâ€\u{9d}";
        assert_eq!(
            repair(page).as_deref(),
            Some("Größe – “ok” and It’s “broken”")
        );
    }

    /// Japanese in Shift_JIS read as windows-1252 is garbage that holds
    /// valid sequences by chance among characters that are none.
    #[test]
    fn garbage_from_another_encoding_is_left_alone() {
        let japanese = "気象庁は二十日、東京都心で桜が開花したと発表しました。平年より五日早く、昨年と比べても三日早い開花となりました。";
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(japanese);
        let (garbage, _, _) = encoding_rs::WINDOWS_1252.decode(&bytes);
        assert!(
            garbage.contains("\u{c3}")
                || garbage.chars().any(|c| ('\u{c2}'..='\u{f4}').contains(&c))
        );
        assert_eq!(repair(&garbage), None, "{garbage}");
    }

    #[test]
    fn cut_and_invalid_sequences_are_left_alone() {
        // A lead character at the very end, or followed by ASCII, or by a
        // character that is no continuation byte.
        for text in ["abc â€", "Ã", "Ãa Ãb Ãc", "â€x â€y â€z"] {
            assert_eq!(repair(text), None, "{text}");
        }
    }
}
