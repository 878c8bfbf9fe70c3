//! The allowlist of the article HTML: the only elements, attributes and URL
//! schemes that [`crate::Article::html`] can ever contain.
//!
//! This table is the one definition of what is safe in inti's output. The
//! output stage builds the article from it (an element of the page becomes
//! one of these elements, or is unwrapped, or is dropped with its content);
//! the URL vetting takes its schemes from it; the HTML writer checks every
//! attribute against it once more as it writes; and the security tests and
//! fuzz targets check the output against it, with `ammonia` configured from
//! it as an independent oracle (see `docs/security.md`).
//!
//! Callers that sanitize the article again (a CSP-bound page with its own
//! sanitizer, say) can configure theirs from this table:
//!
//! ```
//! let a = inti::allowlist::element("a").unwrap();
//! assert_eq!(a.attributes[0].name, "href");
//! assert!(inti::allowlist::element("script").is_none());
//! assert!(inti::allowlist::permits("a", "href", "https://example.com/"));
//! assert!(!inti::allowlist::permits("a", "href", "javascript:alert(1)"));
//! assert!(!inti::allowlist::permits("p", "onclick", "alert(1)"));
//! ```
//!
//! Everything not listed is never written. Of the page's other elements,
//! those in [`DROPPED_WITH_CONTENT`] are left out with everything inside
//! them; every other element (`div`, `span`, `section`, `font`, custom
//! elements, MathML) is unwrapped: its text and allowed descendants are
//! kept, the element itself and all of its attributes are not. SVG is
//! dropped whole. Comments, doctypes and processing instructions are never
//! written. Text and attribute values are escaped.

/// What an attribute's value may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum AttributeValue {
    /// A link address: relative, or absolute with a scheme of
    /// [`LINK_SCHEMES`].
    Link,
    /// An image address: relative, absolute with a scheme of
    /// [`IMAGE_SCHEMES`], or a `data:` URL of a raster type of
    /// [`IMAGE_DATA_TYPES`].
    Image,
    /// A `srcset`: comma-separated candidates, each an image address
    /// (relative or of [`IMAGE_SCHEMES`], not `data:`) optionally followed
    /// by a width (`640w`) or density (`2x`) descriptor.
    SrcSet,
    /// A whole number of one to four ASCII digits.
    Number,
    /// Text of at most this many characters, without control characters.
    Text(usize),
    /// A code block's language: `language-` then 1 to 32 of `a-z 0-9 + # - _`.
    CodeLanguage,
}

/// An attribute an element may carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attribute {
    /// Its name (lowercase).
    pub name: &'static str,
    /// What its value may be.
    pub value: AttributeValue,
}

/// An element the article may contain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Element {
    /// Its name (lowercase, HTML namespace).
    pub name: &'static str,
    /// The attributes it may carry; no other.
    pub attributes: &'static [Attribute],
}

/// Schemes a link (`a[href]`) may have; a relative address is allowed too.
pub const LINK_SCHEMES: &[&str] = &["http", "https", "mailto", "tel", "ftp"];

/// Schemes an image address (`img[src]`, `img[srcset]`) may have; a
/// relative address is allowed too, and in `src` a `data:` URL of one of
/// [`IMAGE_DATA_TYPES`].
pub const IMAGE_SCHEMES: &[&str] = &["http", "https"];

/// The media types of the `data:` URLs allowed in `img[src]`: raster
/// images only (an SVG image can carry markup and script).
pub const IMAGE_DATA_TYPES: &[&str] = &[
    "image/png",
    "image/gif",
    "image/jpeg",
    "image/jpg",
    "image/webp",
    "image/avif",
    "image/bmp",
];

const fn attr(name: &'static str, value: AttributeValue) -> Attribute {
    Attribute { name, value }
}

const fn el(name: &'static str, attributes: &'static [Attribute]) -> Element {
    Element { name, attributes }
}

const NONE: &[Attribute] = &[];
const CELL: &[Attribute] = &[
    attr("colspan", AttributeValue::Number),
    attr("rowspan", AttributeValue::Number),
];
const CODE: &[Attribute] = &[attr("class", AttributeValue::CodeLanguage)];

/// The elements of the article, with their attributes. (`h1` is not among
/// them: the title is metadata, and headings in the body start at `h2`.)
pub const ELEMENTS: &[Element] = &[
    // Blocks.
    el("p", NONE),
    el("h2", NONE),
    el("h3", NONE),
    el("h4", NONE),
    el("h5", NONE),
    el("h6", NONE),
    el("ul", NONE),
    el("ol", &[attr("start", AttributeValue::Number)]),
    el("li", NONE),
    el("dl", NONE),
    el("dt", NONE),
    el("dd", NONE),
    el("blockquote", NONE),
    el("pre", CODE),
    el("figure", NONE),
    el("figcaption", NONE),
    el("table", NONE),
    el("caption", NONE),
    el("thead", NONE),
    el("tbody", NONE),
    el("tfoot", NONE),
    el("tr", NONE),
    el("th", CELL),
    el("td", CELL),
    el("hr", NONE),
    // Inline.
    el("a", &[attr("href", AttributeValue::Link)]),
    el("em", NONE),
    el("strong", NONE),
    el("code", CODE),
    el("del", NONE),
    el("ins", NONE),
    el("sub", NONE),
    el("sup", NONE),
    el("mark", NONE),
    el("small", NONE),
    el("abbr", &[attr("title", AttributeValue::Text(200))]),
    el("q", NONE),
    el("cite", NONE),
    el("time", &[attr("datetime", AttributeValue::Text(64))]),
    el("kbd", NONE),
    el("samp", NONE),
    el("var", NONE),
    el("u", NONE),
    el("s", NONE),
    el("br", NONE),
    el(
        "img",
        &[
            attr("src", AttributeValue::Image),
            attr("srcset", AttributeValue::SrcSet),
            attr("alt", AttributeValue::Text(500)),
            attr("width", AttributeValue::Number),
            attr("height", AttributeValue::Number),
        ],
    ),
];

/// Elements of the page left out of the article with all their content:
/// code, styling, frames, plugins, drawing, media players, form controls,
/// document metadata, and the elements browsers parse as raw text or never
/// render (`xmp`, `plaintext`, `noframes`, `noembed`). (`noscript` is not
/// among them: the page is parsed with scripting off, as a reader sees it,
/// so its content is markup, often the real images of a lazy-loading page.)
pub const DROPPED_WITH_CONTENT: &[&str] = &[
    "script",
    "style",
    "template",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "param",
    "canvas",
    "svg",
    "map",
    "area",
    "video",
    "audio",
    "source",
    "track",
    "input",
    "button",
    "select",
    "option",
    "optgroup",
    "datalist",
    "textarea",
    "output",
    "progress",
    "meter",
    "head",
    "title",
    "meta",
    "link",
    "base",
    "xmp",
    "plaintext",
    "noframes",
    "noembed",
    "rp",
    "dialog",
];

/// The allowed element of this name.
pub fn element(name: &str) -> Option<&'static Element> {
    ELEMENTS.iter().find(|e| e.name == name)
}

/// The attribute `attribute` of the allowed element `element`.
pub fn attribute(element: &str, attribute: &str) -> Option<&'static Attribute> {
    self::element(element)?
        .attributes
        .iter()
        .find(|a| a.name == attribute)
}

/// Whether `element` may carry `attribute` with this value (the value as
/// a parser gives it, entities decoded).
pub fn permits(element: &str, attribute: &str, value: &str) -> bool {
    self::attribute(element, attribute).is_some_and(|a| value_permitted(a.value, value))
}

/// Whether a value fits its kind.
pub fn value_permitted(kind: AttributeValue, value: &str) -> bool {
    match kind {
        AttributeValue::Link => url_permitted(value, LINK_SCHEMES, false),
        AttributeValue::Image => url_permitted(value, IMAGE_SCHEMES, true),
        AttributeValue::SrcSet => srcset_permitted(value),
        AttributeValue::Number => {
            (1..=4).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_digit())
        }
        AttributeValue::Text(max) => {
            value.chars().count() <= max && !value.chars().any(char::is_control)
        }
        AttributeValue::CodeLanguage => value.strip_prefix("language-").is_some_and(|lang| {
            (1..=32).contains(&lang.len())
                && lang.bytes().all(|b| {
                    b.is_ascii_lowercase()
                        || b.is_ascii_digit()
                        || matches!(b, b'+' | b'#' | b'-' | b'_')
                })
        }),
    }
}

/// The scheme a browser reads in a URL attribute's value (lowercase), after
/// its URL cleanup: C0 controls and spaces trimmed at both ends, tabs and
/// newlines removed anywhere. `None` for a relative URL.
pub fn url_scheme(value: &str) -> Option<String> {
    let cleaned: String = value
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|&c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let colon = cleaned.find(':')?;
    let scheme = &cleaned[..colon];
    let mut chars = scheme.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then(|| scheme.to_ascii_lowercase())
}

fn url_permitted(value: &str, schemes: &[&str], raster_data: bool) -> bool {
    match url_scheme(value) {
        None => true,
        Some(scheme) if schemes.contains(&scheme.as_str()) => true,
        Some(scheme) => {
            raster_data && scheme == "data" && {
                let after = value.trim_start_matches(|c: char| c <= ' ');
                is_raster_data_url(&after[after.find(':').map_or(0, |c| c + 1)..])
            }
        }
    }
}

/// Whether what follows `data:` names a raster image type of
/// [`IMAGE_DATA_TYPES`].
pub(crate) fn is_raster_data_url(after_scheme: &str) -> bool {
    let media = after_scheme
        .split([';', ','])
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    IMAGE_DATA_TYPES.contains(&media.as_str())
}

fn srcset_permitted(value: &str) -> bool {
    value.split(',').all(|candidate| {
        let mut parts = candidate.split_ascii_whitespace();
        let Some(url) = parts.next() else {
            return false;
        };
        let descriptor_ok = match parts.next() {
            None => true,
            Some(d) => {
                d.len() >= 2
                    && d.len() <= 8
                    && matches!(d.as_bytes()[d.len() - 1], b'w' | b'x')
                    && d[..d.len() - 1]
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b == b'.')
            }
        };
        descriptor_ok && parts.next().is_none() && url_permitted(url, IMAGE_SCHEMES, false)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::output::Out;

    #[test]
    fn every_output_element_is_listed_and_every_listed_element_is_an_output() {
        let outs = [
            Out::P,
            Out::H(2),
            Out::H(3),
            Out::H(4),
            Out::H(5),
            Out::H(6),
            Out::Ul,
            Out::Ol,
            Out::Li,
            Out::Dl,
            Out::Dt,
            Out::Dd,
            Out::Blockquote,
            Out::Pre,
            Out::Figure,
            Out::Figcaption,
            Out::Table,
            Out::Caption,
            Out::Thead,
            Out::Tbody,
            Out::Tfoot,
            Out::Tr,
            Out::Th,
            Out::Td,
            Out::Hr,
            Out::A,
            Out::Em,
            Out::Strong,
            Out::Code,
            Out::Del,
            Out::Ins,
            Out::Sub,
            Out::Sup,
            Out::Mark,
            Out::Small,
            Out::Abbr,
            Out::Q,
            Out::Cite,
            Out::Time,
            Out::Kbd,
            Out::Samp,
            Out::Var,
            Out::U,
            Out::S,
            Out::Br,
            Out::Img,
        ];
        for out in outs {
            assert!(
                element(out.name()).is_some(),
                "{} is not listed",
                out.name()
            );
        }
        for e in ELEMENTS {
            assert!(
                outs.iter().any(|o| o.name() == e.name),
                "{} is never written",
                e.name
            );
            assert!(!DROPPED_WITH_CONTENT.contains(&e.name));
        }
    }

    #[test]
    fn values() {
        assert!(permits("a", "href", "/relative?x=1"));
        assert!(permits("a", "href", "mailto:a@example.com"));
        assert!(!permits("a", "href", " java\tscript:alert(1)"));
        assert!(!permits("a", "href", "\u{1}vbscript:x"));
        assert!(!permits("a", "href", "data:text/html,<script>"));
        assert!(permits("img", "src", "data:image/png;base64,AAAA"));
        assert!(!permits("img", "src", "data:image/svg+xml,<svg>"));
        assert!(!permits("a", "href", "data:image/png;base64,AAAA"));
        assert!(permits("img", "srcset", "https://a/1.jpg 1x, b.jpg 640w"));
        assert!(!permits(
            "img",
            "srcset",
            "https://a/1.jpg 1x, javascript:x 2x"
        ));
        assert!(!permits("img", "srcset", "data:image/png;base64,AA 1x"));
        assert!(permits("td", "colspan", "2"));
        assert!(!permits("td", "colspan", "2; x"));
        assert!(permits("pre", "class", "language-c++"));
        assert!(!permits("pre", "class", "language-x other"));
        assert!(!permits("img", "onerror", "x"));
        assert!(!permits("p", "style", "x"));
        assert!(!permits("img", "alt", "a\u{0}b"));
    }
}
