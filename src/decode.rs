//! Turning page bytes into text: BOM, declared charset, then detection.

use encoding_rs::Encoding;

/// Decodes a page's bytes to a string the way a browser would when no HTTP
/// header names the charset: a byte order mark wins; else a charset declared
/// in the first 1024 bytes (`<meta charset>` or `<meta http-equiv="Content-Type">`);
/// else the encoding detected from the bytes (UTF-8 when they are valid UTF-8).
/// Bytes invalid in the chosen encoding become U+FFFD.
///
/// One departure from the browser: a page whose bytes are valid UTF-8 and
/// hold characters beyond ASCII is read as UTF-8 whatever its `<meta>`
/// declares. Pages saved to disk, scraped into corpora or served by a
/// misconfigured CMS are often converted to UTF-8 and keep their old
/// declaration (`gb2312`, `windows-1251`, `iso-8859-1`); a browser shows
/// them as mojibake. Text really written in those encodings is almost
/// never valid UTF-8 by chance: every byte above 0x7F would have to fall
/// into UTF-8's lead and continuation patterns ("Ã©", "вЂ"), which is
/// itself the mark of text decoded twice.
pub fn decode_html_bytes(bytes: &[u8]) -> String {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return text.into_owned();
    }
    let encoding = match declared_charset(bytes) {
        Some(declared) if declared != encoding_rs::UTF_8 && is_utf8_beyond_ascii(bytes) => {
            encoding_rs::UTF_8
        }
        Some(declared) => declared,
        None => detect(bytes),
    };
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

/// Whether the bytes are valid UTF-8 and not all ASCII (an ASCII page reads
/// the same in every encoding the declaration may name, so its
/// declaration is left to decide).
fn is_utf8_beyond_ascii(bytes: &[u8]) -> bool {
    !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok()
}

fn detect(bytes: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return encoding_rs::UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

/// The charset a `<meta>` tag declares in the first 1024 bytes, following the
/// HTML prescan loosely: `charset=` inside a `<meta ...>` tag.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut at = 0;
    while let Some(pos) = find(&lower[at..], b"<meta") {
        let start = at + pos;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(cs) = find(tag, b"charset") {
            let rest = &tag[cs + 7..];
            let rest = trim_start(rest);
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = trim_start(rest);
                let rest = rest
                    .strip_prefix(b"\"")
                    .or_else(|| rest.strip_prefix(b"'"))
                    .unwrap_or(rest);
                let label_end = rest
                    .iter()
                    .position(|&b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .unwrap_or(rest.len());
                if let Some(enc) = Encoding::for_label(&rest[..label_end]) {
                    // A page that declares UTF-16 but reached us as bytes
                    // without a BOM is in fact ASCII-compatible (HTML spec).
                    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                        return Some(encoding_rs::UTF_8);
                    }
                    if enc == encoding_rs::X_USER_DEFINED {
                        return Some(encoding_rs::WINDOWS_1252);
                    }
                    return Some(enc);
                }
            }
        }
        at = end;
    }
    None
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_wins() {
        assert_eq!(decode_html_bytes(b"\xEF\xBB\xBFcaf\xC3\xA9"), "café");
    }

    #[test]
    fn meta_charset_is_used() {
        let page = b"<html><head><meta charset=\"windows-1252\"></head><body>caf\xE9</body></html>";
        assert!(decode_html_bytes(page).contains("café"));
    }

    #[test]
    fn http_equiv_charset_is_used() {
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-5\"><p>\xBF\xE0\xD8\xD2\xD5\xE2</p>";
        assert!(decode_html_bytes(page).contains("Привет"));
    }

    #[test]
    fn a_page_converted_to_utf8_is_read_as_utf8_despite_its_old_declaration() {
        // A Chinese page saved as UTF-8 that still declares gb2312.
        let page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>人工智能迈上新台阶</title>";
        assert!(decode_html_bytes(page.as_bytes()).contains("人工智能迈上新台阶"));
        let page = "<meta charset=\"windows-1251\"><p>Привет, мир</p>";
        assert!(decode_html_bytes(page.as_bytes()).contains("Привет, мир"));
    }

    #[test]
    fn a_declared_legacy_page_that_is_not_valid_utf8_keeps_its_declaration() {
        // "Привет" in windows-1251, and "café" in windows-1252 with a byte
        // sequence that happens to start like UTF-8 but does not finish.
        let page = b"<meta charset=\"windows-1251\"><p>\xCF\xF0\xE8\xE2\xE5\xF2</p>";
        assert!(decode_html_bytes(page).contains("Привет"));
        let page = b"<meta charset=\"windows-1252\"><p>caf\xC3 ou caf\xE9</p>";
        assert!(decode_html_bytes(page).contains("café"));
    }

    #[test]
    fn utf8_without_declaration() {
        assert!(decode_html_bytes("<p>Grüße</p>".as_bytes()).contains("Grüße"));
    }
}
