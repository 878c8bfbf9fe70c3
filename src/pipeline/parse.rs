//! Stage 1: parse. Guards the HTML parser against hostile input, then builds
//! the tree with html5ever and indexes it (and separates the words that
//! only the page's style sheet separates, see [`super::glued`]).
//!
//! html5ever is a faithful HTML parser, which includes its costs: checking
//! the open-element stack on every start tag makes deep nesting quadratic,
//! and its duplicate-attribute check makes one element with thousands of
//! attributes quadratic too. A cheap byte scan runs first and refuses (or
//! trims) such input before the parser sees it.

use crate::dom::Dom;
use crate::timing::{Probe, Stage};
use crate::{Error, Options};
use html5ever::tendril::TendrilSink;
use html5ever::tree_builder::TreeBuilderOpts;
use html5ever::ParseOpts;
use markup5ever_rcdom::RcDom;

/// Attributes kept on one element; the rest are cut before parsing (no
/// real page comes near this; a hostile one can make the parser quadratic).
const MAX_ATTRIBUTES_PER_ELEMENT: usize = 512;

/// The parsed page: the rcdom tree (kept alive for the handles) and its index.
pub(crate) struct Parsed {
    pub dom: Dom,
    // Owns the tree the index points into.
    _rcdom: RcDom,
}

/// Checks the limits, parses and indexes the page.
pub(crate) fn parse(html: &str, options: &Options) -> Result<Parsed, Error> {
    parse_probed(html, options, &mut ())
}

/// [`parse`], telling `probe` when the guard, the parser and the index end.
pub(crate) fn parse_probed<P: Probe>(
    html: &str,
    options: &Options,
    probe: &mut P,
) -> Result<Parsed, Error> {
    crate::check_input_size(html.len(), options)?;
    // Text decoded twice ("Itâ€™s") is repaired before anything reads it
    // (before the check for binary data too: text in a CJK script decoded
    // twice is full of C1 control characters).
    let html = crate::mojibake::repaired(html);
    let html: &str = &html;
    check_is_text(html)?;
    let scan = prescan(html, options)?;
    let source = scan.rewritten.as_deref().unwrap_or(html);
    probe.mark(Stage::Guard);
    let opts = ParseOpts {
        tree_builder: TreeBuilderOpts {
            // With scripting off, <noscript> content is parsed as markup, so
            // the images that lazy-loading pages put there can be recovered.
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    let rcdom = html5ever::parse_document(RcDom::default(), opts).one(source);
    // memmem rather than `str::contains`: in the .wasm, core's two-way
    // search ran over every page at 2.5% of the extraction time (Node
    // profile); memchr's finder skips ahead to its rarest byte.
    let marker = super::streamed::SEGMENT_MARKER.as_bytes();
    if find_from(source.as_bytes(), 0, marker).is_some() {
        super::streamed::move_streamed_segments(&rcdom.document, options.max_nodes);
    }
    probe.mark(Stage::Parse);
    // The pages of the corpora have 1.4 to 2.7 nodes per start tag (p10,
    // p90; 2.3 the median): text nodes, comments, implied elements.
    let expected_nodes = scan.start_tags * 5 / 2;
    let dom = Dom::build(&rcdom.document, options.max_nodes, expected_nodes).map_err(|count| {
        Error::TooManyNodes {
            count,
            limit: options.max_nodes,
        }
    })?;
    probe.mark(Stage::Index);
    Ok(Parsed { dom, _rcdom: rcdom })
}

/// Refuses input that is evidently not text: more than a twelfth of the
/// first 4096 characters are control characters (C0 other than whitespace
/// and NUL, DEL, C1) or decoding errors, or more than a quarter counting NUL.
/// Images, archives, executables and random bytes read as text look like
/// this: random bytes decoded with any single-byte encoding give at least
/// 27 controls in 256 (10.5%; windows-1252, the fallback for bytes that are
/// not UTF-8, 12.5%), as UTF-8 or a multi-byte encoding far more decoding
/// errors; real pages in any language give next to none. NUL alone gets the
/// looser bound because broken encoders scatter it through good text (the
/// parser drops it), while a run of NULs is no page at all.
fn check_is_text(html: &str) -> Result<(), Error> {
    let mut total = 0usize;
    let mut nul = 0usize;
    let mut junk = 0usize;
    for c in html.chars().take(4096) {
        total += 1;
        match c {
            '\0' => nul += 1,
            '\x01'..='\x08' | '\x0E'..='\x1F' | '\x7F'..='\u{9F}' | '\u{FFFD}' => junk += 1,
            _ => {}
        }
    }
    if total >= 16 && (junk * 12 > total || (junk + nul) * 4 > total) {
        let junk = junk + nul;
        return Err(Error::NotHtml {
            reason: format!(
                "{junk} of its first {total} characters are control characters or invalid bytes; it looks like binary data"
            ),
        });
    }
    Ok(())
}

/// What the byte scan found.
#[derive(Debug, Default)]
struct Prescan {
    /// Start tags seen.
    start_tags: usize,
    /// The deepest nesting seen (an estimate; see [`prescan`]).
    max_depth: usize,
    /// The input with over-long attribute lists cut and raw-text elements
    /// in `<noscript>` closed (see [`prescan`]), when that was needed.
    rewritten: Option<String>,
}

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
    "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// Elements whose end tag may be omitted (the parser closes them
/// implicitly), and the document-level elements. The scan does not count
/// them towards the depth, so sloppy but ordinary markup (thousands of
/// unclosed `<p>` or `<li>`) is never mistaken for deep nesting.
const IMPLICITLY_CLOSED: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot",
    "colgroup", "caption", "rb", "rt", "rp", "rtc", "html", "head", "body",
];

/// Elements whose content is raw text up to their end tag.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

/// Scans the markup for the nesting depth, the number of tags and over-long
/// attribute lists, without building anything.
///
/// The depth is an estimate that never undercounts explicit nesting of
/// ordinary elements (`div`, `ul`, `table`, `b`, `span`...): each start tag
/// of an element that needs an end tag opens a level; an end tag closes
/// levels down to the nearest open element of its name among the innermost
/// 64 levels. Elements the parser closes implicitly are not counted.
///
/// The pipeline parses with scripting off, so that `<noscript>` holds
/// markup; a browser runs scripts and reads it as text up to
/// `</noscript>`. An element of raw text in it that is never closed there
/// (`<noscript><iframe src=gtm.html /></noscript>`: `/>` does not close an
/// iframe) would swallow the rest of the page as its text, which no
/// browser shows. The scan closes it before the `</noscript>`.
fn prescan(html: &str, options: &Options) -> Result<Prescan, Error> {
    let bytes = html.as_bytes();
    let mut scan = Prescan::default();
    // Open elements, as byte ranges of their names in `html`.
    let mut stack: Vec<(usize, usize)> = Vec::new();
    // Cuts of over-long attribute lists: byte ranges to leave out.
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    // End tags to insert: where, and the byte range of the element's name.
    let mut closings: Vec<(usize, (usize, usize))> = Vec::new();
    // What the last search for a `</noscript` found: where the end tag
    // starts, if there is one.
    let mut noscript_end: Option<Option<usize>> = None;
    let mut i = 0;
    let n = bytes.len();
    while i < n {
        let Some(lt) = memchr(b'<', &bytes[i..]) else {
            break;
        };
        i += lt + 1;
        if i >= n {
            break;
        }
        match bytes[i] {
            b'!' => {
                if bytes[i..].starts_with(b"!--") {
                    i = find_from(bytes, i + 3, b"-->").map_or(n, |p| p + 3);
                } else {
                    i = memchr(b'>', &bytes[i..]).map_or(n, |p| i + p + 1);
                }
            }
            b'?' => i = memchr(b'>', &bytes[i..]).map_or(n, |p| i + p + 1),
            b'/' => {
                let start = i + 1;
                let end = name_end(bytes, start);
                if end > start {
                    let name = &bytes[start..end];
                    if let Some(pos) = stack
                        .iter()
                        .rev()
                        .take(64)
                        .position(|&(s, e)| bytes[s..e].eq_ignore_ascii_case(name))
                    {
                        let new_len = stack.len() - pos - 1;
                        stack.truncate(new_len);
                    }
                }
                i = memchr(b'>', &bytes[end..]).map_or(n, |p| end + p + 1);
            }
            c if c.is_ascii_alphabetic() => {
                let start = i;
                let end = name_end(bytes, start);
                let name = &bytes[start..end];
                scan.start_tags += 1;
                if scan.start_tags > options.max_nodes {
                    return Err(Error::TooManyNodes {
                        count: scan.start_tags,
                        limit: options.max_nodes,
                    });
                }
                let tag = scan_attributes(bytes, end, &mut cuts);
                i = tag.end;
                let kind = element_kind(name);
                if kind == Kind::Plaintext {
                    break;
                }
                if kind == Kind::Noscript {
                    // The same `</noscript` serves every `<noscript>` before
                    // it, and none is found again once none was: a page of
                    // unclosed noscripts costs one search.
                    if noscript_end.is_none_or(|found| found.is_some_and(|e| e < i)) {
                        noscript_end = Some(end_tag_at(bytes, i, name));
                    }
                }
                if let Some(noscript_end) = noscript_end
                    .flatten()
                    .filter(|&e| kind == Kind::RawText && start < e)
                {
                    // Searched for in the noscript only, for the same reason.
                    if end_tag_at(&bytes[..noscript_end], i, name).is_none() {
                        closings.push((noscript_end, (start, end)));
                        i = noscript_end;
                        continue;
                    }
                }
                if kind == Kind::RawText && !tag.self_closing {
                    i = skip_raw_text(bytes, i, name);
                    continue;
                }
                if tag.self_closing || matches!(kind, Kind::Void | Kind::ImplicitlyClosed) {
                    continue;
                }
                stack.push((start, end));
                scan.max_depth = scan.max_depth.max(stack.len());
            }
            _ => {}
        }
    }
    if scan.max_depth > options.max_depth {
        return Err(Error::TooDeep {
            depth: scan.max_depth,
            limit: options.max_depth,
        });
    }
    if !cuts.is_empty() || !closings.is_empty() {
        scan.rewritten = Some(rewrite(html, &cuts, &closings));
    }
    Ok(scan)
}

/// `html` without the byte ranges `cuts` and with an end tag for the
/// element named at `name` inserted at each `at` of `closings` (both in
/// document order; an insertion is never inside a cut, which lies within
/// a start tag).
fn rewrite(html: &str, cuts: &[(usize, usize)], closings: &[(usize, (usize, usize))]) -> String {
    let mut out = String::with_capacity(html.len() + 12 * closings.len());
    let mut at = 0;
    let mut closings = closings.iter().peekable();
    let mut close_up_to = |out: &mut String, at: &mut usize, limit: usize| {
        while let Some(&&(pos, (name_start, name_end))) = closings.peek() {
            if pos > limit {
                break;
            }
            out.push_str(&html[*at..pos]);
            out.push_str("</");
            out.push_str(&html[name_start..name_end]);
            out.push('>');
            *at = pos;
            closings.next();
        }
    };
    for &(from, to) in cuts {
        close_up_to(&mut out, &mut at, from);
        out.push_str(&html[at..from]);
        at = to;
    }
    close_up_to(&mut out, &mut at, html.len());
    out.push_str(&html[at..]);
    out
}

/// What the scan needs to know of an element, from its name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Plaintext,
    /// In [`RAW_TEXT`].
    RawText,
    /// In [`VOID`].
    Void,
    /// In [`IMPLICITLY_CLOSED`].
    ImplicitlyClosed,
    /// `<noscript>`, whose raw text the scan closes (see [`prescan`]); for
    /// the depth, an ordinary element.
    Noscript,
    Other,
}

/// The kind of an element by its name, ASCII case ignored: the name is
/// lowercased once and compared exactly (the scan compared it without case
/// against each name of the three lists in turn, for every start tag).
fn element_kind(name: &[u8]) -> Kind {
    // No name in the lists is longer.
    const LONGEST: usize = 9;
    if name.len() > LONGEST {
        return Kind::Other;
    }
    let mut lower = [0u8; LONGEST];
    for (l, b) in lower.iter_mut().zip(name) {
        *l = b.to_ascii_lowercase();
    }
    let lower = &lower[..name.len()];
    if lower == b"plaintext" {
        return Kind::Plaintext;
    }
    if lower == b"noscript" {
        return Kind::Noscript;
    }
    let is = |list: &[&str]| list.iter().any(|v| v.as_bytes() == lower);
    if is(RAW_TEXT) {
        Kind::RawText
    } else if is(VOID) {
        Kind::Void
    } else if is(IMPLICITLY_CLOSED) {
        Kind::ImplicitlyClosed
    } else {
        Kind::Other
    }
}

struct TagEnd {
    /// Just past the closing `>`.
    end: usize,
    self_closing: bool,
}

/// Walks the attributes of a start tag from `i` (just past its name) to its
/// `>`, honouring quotes. When there are more than
/// [`MAX_ATTRIBUTES_PER_ELEMENT`], records the byte range of the excess.
fn scan_attributes(bytes: &[u8], mut i: usize, cuts: &mut Vec<(usize, usize)>) -> TagEnd {
    let n = bytes.len();
    let mut count = 0;
    let mut cut_from = None;
    loop {
        while i < n && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        if i >= n {
            return TagEnd {
                end: n,
                self_closing: false,
            };
        }
        if bytes[i] == b'>' {
            let self_closing = i > 0 && bytes[i - 1] == b'/';
            if let Some(from) = cut_from {
                cuts.push((from, i));
            }
            return TagEnd {
                end: i + 1,
                self_closing,
            };
        }
        count += 1;
        if count == MAX_ATTRIBUTES_PER_ELEMENT + 1 {
            cut_from = Some(i);
        }
        // The name (a leading '=' belongs to the name in HTML).
        i += 1;
        while i < n
            && !matches!(
                bytes[i],
                b'\t' | b'\n' | b'\x0C' | b'\r' | b' ' | b'/' | b'>' | b'='
            )
        {
            i += 1;
        }
        while i < n && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i < n && bytes[i] == b'=' {
            i += 1;
            while i < n && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < n && (bytes[i] == b'"' || bytes[i] == b'\'') {
                let quote = bytes[i];
                i = memchr(quote, &bytes[i + 1..]).map_or(n, |p| i + 1 + p + 1);
            } else {
                while i < n && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                    i += 1;
                }
            }
        }
    }
}

/// Skips the content of a raw-text element up to its end tag.
fn skip_raw_text(bytes: &[u8], i: usize, name: &[u8]) -> usize {
    end_tag_at(bytes, i, name).map_or(bytes.len(), |p| p + 2 + name.len())
}

/// Where the first end tag named `name` (ASCII case ignored) from `i` starts.
fn end_tag_at(bytes: &[u8], mut i: usize, name: &[u8]) -> Option<usize> {
    let n = bytes.len();
    while let Some(p) = find_from(bytes, i, b"</") {
        let start = p + 2;
        let end = (start + name.len()).min(n);
        if bytes[start..end].eq_ignore_ascii_case(name) {
            return Some(p);
        }
        i = p + 2;
    }
    None
}

fn name_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len()
        && !matches!(
            bytes[i],
            b'\t' | b'\n' | b'\x0C' | b'\r' | b' ' | b'/' | b'>'
        )
    {
        i += 1;
    }
    i
}

/// The first `needle` in `haystack` (the memchr crate's SIMD search: the
/// scan runs over the whole page before parsing, and a plain loop made it
/// a sixth of the parser's own time in the profile).
fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    memchr::memchr(needle, haystack)
}

fn find_from(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= bytes.len() {
        return None;
    }
    memchr::memmem::find(&bytes[from..], needle).map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> Options {
        Options::default()
    }

    #[test]
    fn deep_div_nesting_is_refused_before_parsing() {
        let html = "<div>".repeat(100_000);
        match parse(&html, &opts()) {
            Err(Error::TooDeep { depth, limit }) => {
                assert_eq!(depth, 100_000);
                assert_eq!(limit, 2_000);
            }
            other => panic!("expected TooDeep, got {:?}", other.err()),
        }
    }

    #[test]
    fn deep_list_and_table_nesting_is_refused() {
        assert!(matches!(
            parse(&"<ul><li>".repeat(50_000), &opts()),
            Err(Error::TooDeep { .. })
        ));
        assert!(matches!(
            parse(&"<table><tr><td>".repeat(30_000), &opts()),
            Err(Error::TooDeep { .. })
        ));
        assert!(matches!(
            parse(&"<b>".repeat(100_000), &opts()),
            Err(Error::TooDeep { .. })
        ));
    }

    #[test]
    fn closed_and_implicitly_closed_elements_do_not_add_depth() {
        let flat = "<div><p>text</div>".repeat(10_000) + &"<p>unclosed".repeat(10_000);
        let scan = prescan(&flat, &opts()).unwrap();
        assert!(scan.max_depth <= 2, "depth {}", scan.max_depth);
    }

    #[test]
    fn markup_in_scripts_and_comments_is_ignored() {
        let html = format!(
            "<script>{}</script><!-- {} --><p>ok",
            "<div>".repeat(5000),
            "<div>".repeat(5000)
        );
        assert_eq!(prescan(&html, &opts()).unwrap().max_depth, 0);
    }

    #[test]
    fn excess_attributes_are_cut() {
        let attrs: String = (0..2000).map(|i| format!(" a{i}=\"v>{i}\"")).collect();
        let html = format!("<div{attrs} id=last>text</div>");
        let scan = prescan(&html, &opts()).unwrap();
        let rewritten = scan.rewritten.expect("cut");
        assert!(rewritten.contains("a511="));
        assert!(!rewritten.contains("a512="));
        assert!(rewritten.ends_with(">text</div>"));
    }

    #[test]
    fn element_kinds_ignore_case() {
        assert!(element_kind(b"PlainText") == Kind::Plaintext);
        assert!(element_kind(b"SCRIPT") == Kind::RawText);
        assert!(element_kind(b"Br") == Kind::Void);
        assert!(element_kind(b"colGroup") == Kind::ImplicitlyClosed);
        assert!(element_kind(b"NoScript") == Kind::Noscript);
        assert!(element_kind(b"div") == Kind::Other);
        assert!(element_kind(b"scripts") == Kind::Other);
        assert!(element_kind(b"plaintexts") == Kind::Other);
        for list in [RAW_TEXT, VOID, IMPLICITLY_CLOSED] {
            assert!(list.iter().all(|name| name.len() <= 9));
        }
    }

    #[test]
    fn binary_junk_is_not_html() {
        let junk: String = (0..2000u32)
            .map(|i| char::from_u32(i % 32).unwrap())
            .collect();
        assert!(matches!(parse(&junk, &opts()), Err(Error::NotHtml { .. })));
    }

    #[test]
    fn random_bytes_in_any_encoding_are_not_html() {
        let mut state: u32 = 0x9E37_79B9;
        let bytes: Vec<u8> = (0..8192)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                (state >> 8) as u8
            })
            .collect();
        for encoding in [
            encoding_rs::WINDOWS_1252,
            encoding_rs::WINDOWS_1251,
            encoding_rs::KOI8_R,
            encoding_rs::ISO_8859_7,
            encoding_rs::SHIFT_JIS,
            encoding_rs::UTF_8,
        ] {
            let (text, _, _) = encoding.decode(&bytes);
            let result = parse(&text, &opts());
            assert!(
                matches!(result, Err(Error::NotHtml { .. })),
                "{}",
                encoding.name()
            );
        }
    }

    #[test]
    fn text_in_other_scripts_and_a_few_controls_is_html() {
        let page = format!(
            "<p>{}</p><p>Привет, мир. Γειά σου κόσμε. 你好，世界。\u{1}\u{7}</p>",
            "Żółć gęślą jaźń. ".repeat(50)
        );
        assert!(parse(&page, &opts()).is_ok());
        // A NUL after every word: broken, but text.
        assert!(parse(&page.replace(' ', " \0"), &opts()).is_ok());
    }

    #[test]
    fn input_size_limit() {
        let options = Options {
            max_input_bytes: 10,
            ..opts()
        };
        assert!(matches!(
            parse("<p>more than ten bytes</p>", &options),
            Err(Error::InputTooLarge {
                size: 26,
                limit: 10
            })
        ));
    }

    #[test]
    fn too_many_tags() {
        let options = Options {
            max_nodes: 100,
            ..opts()
        };
        assert!(matches!(
            parse(&"<i></i>".repeat(200), &options),
            Err(Error::TooManyNodes { .. })
        ));
    }

    /// A page's tag-manager snippet written as `<iframe ... />` in a
    /// `<noscript>`: the iframe is closed before the `</noscript>` and the
    /// page after it is parsed as the page, not as the iframe's text. An
    /// iframe closed in its noscript, and raw text outside one, are left
    /// as they are.
    #[test]
    fn raw_text_left_open_in_noscript_ends_with_it() {
        let html = "<body><noscript><IFRAME src=gtm.html height=0 /></noscript>\
                    <p id=after>The article.</p></body>";
        let scan = prescan(html, &opts()).unwrap();
        assert_eq!(
            scan.rewritten.as_deref(),
            Some(
                "<body><noscript><IFRAME src=gtm.html height=0 /></IFRAME></noscript>\
                 <p id=after>The article.</p></body>"
            )
        );
        let parsed = parse(html, &opts()).unwrap();
        let dom = &parsed.dom;
        let after = (0..dom.len() as crate::dom::NodeId)
            .find(|&i| dom.attr(i, html5ever::local_name!("id")).as_deref() == Some("after"));
        assert!(
            after.is_some(),
            "the paragraph after the noscript is markup"
        );
        for untouched in [
            "<noscript><iframe src=a></iframe></noscript><p>x</p>",
            "<noscript><img src=a></noscript><p>x</p>",
            "<textarea><noscript></textarea><p>x</p>",
        ] {
            assert_eq!(
                prescan(untouched, &opts()).unwrap().rewritten,
                None,
                "{untouched}"
            );
        }
    }

    /// Cuts of over-long attribute lists and closed noscript iframes in one
    /// page: both edits apply, in order.
    #[test]
    fn cuts_and_closings_apply_together() {
        let attrs: String = (0..600).map(|i| format!(" a{i}=1")).collect();
        let html = format!("<div{attrs}>x</div><noscript><iframe/></noscript><b>y</b>");
        let rewritten = prescan(&html, &opts()).unwrap().rewritten.unwrap();
        assert!(rewritten.contains("a511=1"), "{rewritten}");
        assert!(rewritten.contains(">x</div>"), "{rewritten}");
        assert!(!rewritten.contains("a512"));
        assert!(
            rewritten.ends_with("<iframe/></iframe></noscript><b>y</b>"),
            "{rewritten}"
        );
    }
}
