//! Resolving and vetting the URLs the article keeps.
//!
//! A small RFC 3986 reference resolver (no dependency: the `url` crate's
//! international-domain tables would double the WebAssembly size), plus the
//! scheme check that keeps `javascript:` and friends out of the output (its
//! schemes are those of the output's allowlist).

use crate::pipeline::output::allowlist;

/// What a URL is used for, which decides the schemes allowed (the lists
/// are in [`allowlist`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UrlUse {
    /// A link the reader can follow: http, https, mailto, tel, ftp, or relative.
    Link,
    /// An image source: http, https, relative, or a `data:` URL of a raster image.
    Image,
}

/// A parsed absolute base URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct BaseUrl {
    /// `https:` (lowercase, with the colon).
    scheme: String,
    /// `//host:port` or empty when the base has no authority.
    authority: String,
    /// The path, `/` at least when there is an authority.
    path: String,
    /// `?query` or empty.
    query: String,
}

impl BaseUrl {
    /// Parses an absolute URL; `None` when it has no scheme.
    pub fn parse(url: &str) -> Option<BaseUrl> {
        let url = clean(url);
        let scheme_len = scheme_len(&url)?;
        let scheme = url[..=scheme_len].to_ascii_lowercase();
        let rest = &url[scheme_len + 1..];
        let rest = rest.split('#').next().unwrap_or("");
        let (authority, after) = if let Some(stripped) = rest.strip_prefix("//") {
            let end = stripped.find(['/', '?']).unwrap_or(stripped.len());
            (format!("//{}", &stripped[..end]), &stripped[end..])
        } else {
            (String::new(), rest)
        };
        let (path, query) = match after.find('?') {
            Some(q) => (&after[..q], &after[q..]),
            None => (after, ""),
        };
        let path = if path.is_empty() && !authority.is_empty() {
            "/"
        } else {
            path
        };
        Some(BaseUrl {
            scheme,
            authority,
            path: path.to_string(),
            query: query.to_string(),
        })
    }

    /// The host, lowercase, without user info or port; empty when the
    /// URL has no authority (`mailto:`, `data:`).
    pub fn host(&self) -> String {
        let authority = self.authority.trim_start_matches('/');
        let host = authority.rsplit('@').next().unwrap_or("");
        host.split(':').next().unwrap_or("").to_ascii_lowercase()
    }

    /// The URL as a string.
    pub fn as_string(&self) -> String {
        format!(
            "{}{}{}{}",
            self.scheme, self.authority, self.path, self.query
        )
    }

    /// Resolves a reference against this base (RFC 3986 section 5.2).
    pub fn resolve(&self, reference: &str) -> String {
        let reference = clean(reference);
        if scheme_len(&reference).is_some() {
            return reference;
        }
        if let Some(rest) = reference.strip_prefix("//") {
            return format!("{}//{}", self.scheme, rest);
        }
        let (reference, fragment) = match reference.find('#') {
            Some(h) => (&reference[..h], &reference[h..]),
            None => (&reference[..], ""),
        };
        if reference.is_empty() {
            return format!(
                "{}{}{}{}{}",
                self.scheme, self.authority, self.path, self.query, fragment
            );
        }
        if reference.starts_with('?') {
            return format!(
                "{}{}{}{}{}",
                self.scheme, self.authority, self.path, reference, fragment
            );
        }
        let (ref_path, ref_query) = match reference.find('?') {
            Some(q) => (&reference[..q], &reference[q..]),
            None => (reference, ""),
        };
        let merged = if ref_path.starts_with('/') {
            ref_path.to_string()
        } else if !self.authority.is_empty() && self.path.is_empty() {
            format!("/{ref_path}")
        } else {
            let dir = match self.path.rfind('/') {
                Some(slash) => &self.path[..=slash],
                None => "",
            };
            format!("{dir}{ref_path}")
        };
        format!(
            "{}{}{}{}{}",
            self.scheme,
            self.authority,
            remove_dot_segments(&merged),
            ref_query,
            fragment
        )
    }
}

/// Removes tab and newline characters anywhere and C0 controls and spaces
/// at the ends, as browsers do before parsing a URL (so `java&#9;script:`
/// is seen as the `javascript:` it is).
fn clean(url: &str) -> String {
    let url = url.trim_matches(|c: char| c <= ' ');
    // Most URLs have none: one byte scan, then one copy (an inline image's
    // `data:` URL can be hundreds of kilobytes).
    if !url.bytes().any(|b| matches!(b, b'\t' | b'\n' | b'\r')) {
        return url.to_string();
    }
    url.chars()
        .filter(|&c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// The length of the scheme, when the URL starts with one (`https:` gives 5).
fn scheme_len(url: &str) -> Option<usize> {
    let colon = url.find(':')?;
    let scheme = &url[..colon];
    let mut chars = scheme.chars();
    let first = chars.next()?;
    if !first.is_ascii_alphabetic() {
        return None;
    }
    if chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')) {
        Some(colon)
    } else {
        None
    }
}

fn remove_dot_segments(path: &str) -> String {
    let mut output: Vec<&str> = Vec::new();
    let absolute = path.starts_with('/');
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len().saturating_sub(1);
    let mut trailing_slash = false;
    for (i, segment) in segments.iter().enumerate() {
        match *segment {
            "." => trailing_slash = i == last,
            ".." => {
                if output.len() > usize::from(absolute) {
                    output.pop();
                }
                trailing_slash = i == last;
            }
            s => {
                output.push(s);
                trailing_slash = false;
            }
        }
    }
    let mut result = output.join("/");
    if absolute && !result.starts_with('/') {
        result.insert(0, '/');
    }
    if trailing_slash && !result.ends_with('/') {
        result.push('/');
    }
    result
}

/// Resolves `raw` against `base` (when known) and checks its scheme for the
/// given use. `None` means the URL must not be emitted.
pub(crate) fn safe_url(raw: &str, base: Option<&BaseUrl>, use_: UrlUse) -> Option<String> {
    let cleaned = clean(raw);
    if cleaned.is_empty() {
        return None;
    }
    let resolved = match base {
        Some(base) => base.resolve(&cleaned),
        None => cleaned,
    };
    match scheme_len(&resolved) {
        None => {
            // Relative (no base known). A colon before any slash would make a
            // browser read a scheme; `scheme_len` rejected it as one, so the
            // URL is relative for browsers too, unless it starts oddly.
            if resolved.starts_with(['/', '.', '?', '#']) || !resolved.contains(':') {
                Some(resolved)
            } else {
                Some(format!("./{resolved}"))
            }
        }
        Some(len) => {
            let scheme = resolved[..len].to_ascii_lowercase();
            let allowed = match use_ {
                UrlUse::Link => allowlist::LINK_SCHEMES.contains(&scheme.as_str()),
                UrlUse::Image => {
                    allowlist::IMAGE_SCHEMES.contains(&scheme.as_str())
                        || (scheme == "data" && allowlist::is_raster_data_url(&resolved[len + 1..]))
                }
            };
            let special = matches!(scheme.as_str(), "http" | "https" | "ftp");
            (allowed && (!special || host_is_valid(&resolved[len + 1..]))).then_some(resolved)
        }
    }
}

/// Whether the address after `http:`, `https:` or `ftp:` has a host a
/// browser can parse: not empty, no code point the URL standard forbids in
/// a domain, a port of digits only. A link to an address that cannot be
/// parsed goes nowhere, so it is left out (the fuzz target found markup
/// spilled into an `href`, `https://ript>googletag...`). IPv6 hosts
/// (`[...]`) are taken as they are.
fn host_is_valid(after_scheme: &str) -> bool {
    let rest = after_scheme.trim_start_matches(['/', '\\']);
    let authority = rest.split(['/', '\\', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or("");
    if host_port.starts_with('[') {
        return true;
    }
    let (host, port) = host_port.rsplit_once(':').unwrap_or((host_port, ""));
    !host.is_empty()
        && port.bytes().all(|b| b.is_ascii_digit())
        && !host.chars().any(|c| {
            c <= ' '
                || matches!(
                    c,
                    '#' | '/'
                        | ':'
                        | '<'
                        | '>'
                        | '?'
                        | '@'
                        | '['
                        | '\\'
                        | ']'
                        | '^'
                        | '|'
                        | '%'
                        | '\u{7f}'
                )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unparseable_hosts_are_refused() {
        let link = |u: &str| safe_url(u, None, UrlUse::Link);
        assert!(link("https://example.com/a b").is_some());
        assert!(link("https://user@example.com:8080/x").is_some());
        assert!(link("https://[::1]/x").is_some());
        assert!(link("https://ript>googletag.cmd.push(x)").is_none());
        assert!(link("https://exa mple.com/").is_none());
        assert!(link("https://example.com:80a/").is_none());
        assert!(link("https://").is_none());
        assert!(link("http://a|b/").is_none());
        assert!(link("mailto:a b@example.com").is_some());
    }

    fn base() -> BaseUrl {
        BaseUrl::parse("https://example.com/news/2023/story.html?x=1#top").unwrap()
    }

    #[test]
    fn resolves_references() {
        let b = base();
        assert_eq!(
            b.resolve("img/a.jpg"),
            "https://example.com/news/2023/img/a.jpg"
        );
        assert_eq!(b.resolve("../a.jpg"), "https://example.com/news/a.jpg");
        assert_eq!(b.resolve("/a.jpg"), "https://example.com/a.jpg");
        assert_eq!(
            b.resolve("//cdn.example.net/a.jpg"),
            "https://cdn.example.net/a.jpg"
        );
        assert_eq!(
            b.resolve("?page=2"),
            "https://example.com/news/2023/story.html?page=2"
        );
        assert_eq!(
            b.resolve("#c"),
            "https://example.com/news/2023/story.html?x=1#c"
        );
        assert_eq!(b.resolve("http://other.org/"), "http://other.org/");
        assert_eq!(b.resolve("./"), "https://example.com/news/2023/");
    }

    #[test]
    fn base_without_path() {
        let b = BaseUrl::parse("https://example.com").unwrap();
        assert_eq!(b.resolve("a"), "https://example.com/a");
        assert_eq!(b.as_string(), "https://example.com/");
    }

    #[test]
    fn dangerous_schemes_are_refused() {
        let b = base();
        for url in [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
        ] {
            assert_eq!(safe_url(url, Some(&b), UrlUse::Link), None, "{url:?}");
            assert_eq!(safe_url(url, None, UrlUse::Image), None, "{url:?}");
        }
        assert_eq!(
            safe_url(
                "data:image/svg+xml,<svg onload=alert(1)>",
                None,
                UrlUse::Image
            ),
            None
        );
        assert!(safe_url("data:image/png;base64,AAAA", None, UrlUse::Image).is_some());
        assert_eq!(
            safe_url("data:image/png;base64,AAAA", None, UrlUse::Link),
            None
        );
    }

    #[test]
    fn relative_urls_without_base_stay_relative() {
        assert_eq!(
            safe_url("a/b.html", None, UrlUse::Link).as_deref(),
            Some("a/b.html")
        );
        assert_eq!(safe_url("weird:thing", None, UrlUse::Link), None);
        assert_eq!(
            safe_url("1x:2", None, UrlUse::Link).as_deref(),
            Some("./1x:2")
        );
    }
}
