//! Finding the next page of an article split over several pages.
//!
//! In order: `<link rel="next">`, a link marked `rel="next"`, then a link
//! whose text says "next page" in one of many languages, or whose text is
//! the following page number inside a pagination block. A link counts only
//! when it points at another page of the same article (the same address but
//! for a page number), so "Next article" and "Next story" links to other
//! articles are never taken.

use crate::dom::{Dom, NodeId, Tag};
use crate::lexicon::classes;
use crate::url::{safe_url, BaseUrl, UrlUse};
use html5ever::local_name;

/// Link texts that mean "the next page" and nothing else.
const NEXT_PAGE_TEXTS: &[&str] = &[
    // English
    "next page",
    "next page »",
    "next page ›",
    "next page >",
    "continue to next page",
    "continue reading on next page",
    "go to next page",
    "next part",
    // Indonesian / Malay
    "halaman selanjutnya",
    "halaman berikutnya",
    "selanjutnya",
    "berikutnya",
    "halaman seterusnya",
    // German
    "nächste seite",
    "weiter zur nächsten seite",
    "nächste",
    // French, Spanish, Portuguese, Italian
    "page suivante",
    "suivant",
    "página siguiente",
    "siguiente",
    "próxima página",
    "proxima pagina",
    "próxima",
    "pagina successiva",
    "successiva",
    "pagina seguente",
    // Dutch, Swedish, Danish, Norwegian, Polish, Czech
    "volgende pagina",
    "volgende",
    "nästa sida",
    "næste side",
    "neste side",
    "następna strona",
    "następna",
    "další strana",
    "další",
    // Russian, Ukrainian, Greek, Turkish
    "следующая страница",
    "следующая",
    "далее",
    "наступна сторінка",
    "далі",
    "επόμενη σελίδα",
    "επόμενη",
    "sonraki sayfa",
    "sonraki",
    // Chinese, Japanese, Korean, Vietnamese, Thai, Arabic
    "下一页",
    "下一頁",
    "下页",
    "次のページ",
    "次へ",
    "다음 페이지",
    "다음",
    "trang sau",
    "trang tiếp",
    "trang tiếp theo",
    "หน้าถัดไป",
    "الصفحة التالية",
    "التالي",
];

/// Link texts that mean "next" but may as well lead to another article;
/// accepted only in a pagination block or for a link to the same article.
const NEXT_TEXTS: &[&str] = &[
    "next", "next »", "next ›", "next >", "»", "›", ">", ">>", "→",
];

/// The address of the article's next page, if the page has one.
pub(crate) fn next_page(
    dom: &Dom,
    link_rel_next: Option<&str>,
    base: Option<&BaseUrl>,
) -> Option<String> {
    if let Some(href) = link_rel_next {
        if let Some(url) = safe_url(href, base, UrlUse::Link) {
            // Documentation generators (MkDocs, Sphinx) and blogs point
            // `rel=next` at the next chapter or post: another page, not
            // this one's continuation.
            if !is_current(&url, base) && base.is_none_or(|b| is_same_article(&b.as_string(), &url))
            {
                return Some(url);
            }
        }
    }
    let current_page = base.map_or(1, |b| page_number_of(&b.as_string()).unwrap_or(1));
    let mut by_text = None;
    let mut by_number = None;
    let body = dom.body;
    for id in body..dom.end(body) {
        if dom.tag(id) != Tag::A {
            continue;
        }
        // The cheap tests come first: a page has hundreds of links, and
        // only one with rel="next", or that says "next" or the next page's
        // number, can be taken. Resolving the others' addresses and looking
        // for a pagination block around them was a tenth of the extraction
        // time in the profile.
        let rel_next = dom.attr(id, local_name!("rel")).is_some_and(|r| {
            r.split_ascii_whitespace()
                .any(|t| t.eq_ignore_ascii_case("next"))
        });
        let text = if dom.end(id) - id > 12 {
            None
        } else {
            Some(link_text(dom, id)).filter(|t| !t.is_empty() && t.len() <= 60)
        };
        let says_next = by_text.is_none()
            && text
                .as_deref()
                .is_some_and(|t| NEXT_PAGE_TEXTS.contains(&t) || NEXT_TEXTS.contains(&t));
        let says_number = by_number.is_none()
            && text
                .as_deref()
                .is_some_and(|t| t.parse::<u32>().ok() == Some(current_page + 1));
        if !rel_next && !says_next && !says_number {
            continue;
        }
        let Some(href) = dom.attr(id, local_name!("href")).map(|h| h.to_string()) else {
            continue;
        };
        if href.trim_start().starts_with('#') {
            continue;
        }
        let Some(url) = safe_url(&href, base, UrlUse::Link) else {
            continue;
        };
        if !url.starts_with("http") && base.is_some() || is_current(&url, base) {
            continue;
        }
        let same_article = base.is_none_or(|b| is_same_article(&b.as_string(), &url));
        if rel_next && same_article {
            return Some(url);
        }
        let Some(text) = text else { continue };
        if !same_article || !(says_next || says_number) {
            continue;
        }
        let in_pager = in_pagination(dom, id);
        if says_next
            && (NEXT_PAGE_TEXTS.contains(&text.as_str())
                || (in_pager && NEXT_TEXTS.contains(&text.as_str())))
        {
            by_text = Some(url.clone());
        }
        if says_number && in_pager {
            by_number = Some(url);
        }
    }
    by_text.or(by_number)
}

/// A link's text, normalized, or its ARIA label or title when it has none.
fn link_text(dom: &Dom, id: NodeId) -> String {
    let text = normalize(&dom.collapsed_text(id));
    if !text.is_empty() {
        return text;
    }
    normalize(
        &dom.attr(id, local_name!("aria-label"))
            .map(|s| s.to_string())
            .or_else(|| dom.attr(id, local_name!("title")).map(|s| s.to_string()))
            .unwrap_or_default(),
    )
}

fn normalize(text: &str) -> String {
    text.trim()
        .trim_end_matches(['»', '›', '>', '→', ' ', '\u{a0}'])
        .trim()
        .to_lowercase()
}

fn is_current(url: &str, base: Option<&BaseUrl>) -> bool {
    base.is_some_and(|b| {
        let current = b.as_string();
        strip_fragment(url) == strip_fragment(&current)
    })
}

fn strip_fragment(url: &str) -> &str {
    url.split('#').next().unwrap_or(url).trim_end_matches('/')
}

/// Whether an ancestor is a pagination block (by class/id or an ARIA label).
fn in_pagination(dom: &Dom, id: NodeId) -> bool {
    let mut node = dom.parent(id);
    for _ in 0..5 {
        if node == crate::dom::NO_NODE {
            break;
        }
        for attr in [
            local_name!("class"),
            local_name!("id"),
            local_name!("aria-label"),
        ] {
            if let Some(value) = dom.attr(node, attr) {
                let lower = value.to_lowercase();
                if [
                    "pagination",
                    "pager",
                    "paging",
                    "page-nav",
                    "pagenav",
                    "halaman",
                    "page-numbers",
                    "multipage",
                    "pages",
                ]
                .iter()
                .any(|p| lower.contains(p))
                {
                    return true;
                }
                let mut found = false;
                classes::for_each_token(&value, |t| {
                    if classes::boilerplate_kind(t) == Some(classes::ClassKind::Pagination) {
                        found = true;
                    }
                });
                if found {
                    return true;
                }
            }
        }
        node = dom.parent(node);
    }
    false
}

/// Whether a lowercased query parameter numbers pages: one of
/// [`PAGE_PARAMS`], or 1C-Bitrix's `PAGEN_1` (`PAGEN_2` for a page's second
/// list), on a large share of Russian sites.
fn is_page_param(key: &str) -> bool {
    PAGE_PARAMS.contains(&key)
        || key
            .strip_prefix("pagen_")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Query parameters that number the pages of an article.
const PAGE_PARAMS: &[&str] = &[
    "page", "p", "pg", "paged", "pagina", "seite", "halaman", "start", "part", "pagenum", "page_no",
];

/// The page number an address names (`?page=3`, `/3`, `/page/3`, `-3.html`).
pub(crate) fn page_number_of(url: &str) -> Option<u32> {
    let url = url.split('#').next().unwrap_or(url);
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    for pair in query.split('&') {
        if let Some((k, v)) = pair.split_once('=') {
            if is_page_param(&k.to_ascii_lowercase()) {
                return v.parse().ok();
            }
        }
    }
    let path = path.trim_end_matches('/');
    let last = path.rsplit('/').next().unwrap_or("");
    let last = last.split('.').next().unwrap_or(last);
    if !last.is_empty() && last.len() <= 3 && last.bytes().all(|b| b.is_ascii_digit()) {
        return last.parse().ok();
    }
    let digits = last.rsplit(['-', '_']).next().unwrap_or("");
    if last.contains(['-', '_'])
        && !digits.is_empty()
        && digits.len() <= 2
        && digits.bytes().all(|b| b.is_ascii_digit())
    {
        return digits.parse().ok();
    }
    None
}

/// The address without its page number, for comparing pages.
fn article_key(url: &str) -> String {
    let url = url.split('#').next().unwrap_or(url);
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let k = p.split('=').next().unwrap_or("").to_ascii_lowercase();
            !is_page_param(&k) && k != "single" && !is_tracking_param(&k)
        })
        .collect();
    let mut path = path.trim_end_matches('/').to_string();
    for _ in 0..2 {
        let last = path.rsplit('/').next().unwrap_or("").to_string();
        let stem = last.split('.').next().unwrap_or(&last).to_string();
        if !stem.is_empty() && stem.len() <= 3 && stem.bytes().all(|b| b.is_ascii_digit()) {
            path.truncate(path.len() - last.len());
            path = path.trim_end_matches('/').to_string();
            if path.ends_with("/page") {
                path.truncate(path.len() - 5);
            }
            continue;
        }
        if let Some((head, digits)) = stem.rsplit_once(['-', '_']) {
            // A segment of its own: XenForo's `/threads/title.48213/page-2`.
            if head == "page" && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
                path.truncate(path.len() - last.len());
                path = path.trim_end_matches('/').to_string();
                break;
            }
            if !digits.is_empty() && digits.len() <= 2 && digits.bytes().all(|b| b.is_ascii_digit())
            {
                let new_last = format!("{}{}", head, &last[stem.len()..]);
                path.truncate(path.len() - last.len());
                path.push_str(&new_last);
            }
        }
        break;
    }
    // A folder's index page is the folder: Chinese portals serve a list's
    // first page at `/china/` and the next at `/china/index_2.shtml`.
    if let Some((folder, last)) = path.rsplit_once('/') {
        let stem = last.split('.').next().unwrap_or(last);
        if matches!(stem, "index" | "default") && folder.contains("//") && !folder.ends_with('/') {
            path.truncate(folder.len());
        }
    }
    format!("{}?{}", path, kept.join("&"))
}

/// Whether a query parameter only tags the visit (a newsletter's
/// `utm_source`, an ad click's `gclid`): the address names the same page
/// without it.
fn is_tracking_param(key: &str) -> bool {
    key.starts_with("utm_")
        || matches!(
            key,
            "fbclid" | "gclid" | "msclkid" | "srsltid" | "mc_cid" | "mc_eid"
        )
}

/// Whether `candidate` is another page of the article at `current`: the
/// same address once page numbers are taken out of both, or the current
/// address continued in the same folder (`/category/12.html` then
/// `/category/12-2.html`, `story-123.html` then `story-123-page2.html`),
/// where the current one's number is an id rather than a page.
fn is_same_article(current: &str, candidate: &str) -> bool {
    if article_key(current) == article_key(candidate) {
        return true;
    }
    let (Some((folder, stem)), Some((next_folder, next_stem))) =
        (folder_and_stem(current), folder_and_stem(candidate))
    else {
        return false;
    };
    folder == next_folder
        && !stem.is_empty()
        && next_stem
            .strip_prefix(stem)
            .is_some_and(|rest| rest.starts_with(['-', '_']))
}

/// An address's folder and its last segment's name without extension.
fn folder_and_stem(url: &str) -> Option<(&str, &str)> {
    let url = url.split(['#', '?']).next().unwrap_or(url);
    let (folder, last) = url.trim_end_matches('/').rsplit_once('/')?;
    Some((folder, last.split('.').next().unwrap_or(last)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::tests::parse;

    fn next(html: &str, url: &str) -> Option<String> {
        let dom = parse(html);
        let base = BaseUrl::parse(url);
        let link = (0..dom.len() as NodeId)
            .find(|&i| {
                dom.tag(i) == Tag::Link
                    && dom.attr(i, local_name!("rel")).as_deref() == Some("next")
            })
            .and_then(|i| dom.attr(i, local_name!("href")).map(|h| h.to_string()));
        next_page(&dom, link.as_deref(), base.as_ref())
    }

    #[test]
    fn link_rel_next() {
        // (the head's `rel=next`, the page's address, the next page)
        let cases = [
            (
                "?page=2",
                "https://ex.com/story",
                Some("https://ex.com/story?page=2"),
            ),
            // The page reached from a newsletter: its tracking tags do not
            // make it another article.
            (
                "?page=2",
                "https://ex.com/story?utm_source=letter&utm_medium=email",
                Some("https://ex.com/story?page=2"),
            ),
            // XenForo numbers a thread's pages as a segment of their own.
            (
                "/threads/chain-skips.48213/page-2",
                "https://forum.ex.de/threads/chain-skips.48213/",
                Some("https://forum.ex.de/threads/chain-skips.48213/page-2"),
            ),
            // Documentation generators point it at the next chapter.
            (
                "../errors/",
                "https://docs.ex.com/ru/2.4/guide/payments/",
                None,
            ),
        ];
        for (href, url, expected) in cases {
            let page = format!("<link rel=next href='{href}'><p>x</p>");
            assert_eq!(next(&page, url).as_deref(), expected, "{href} from {url}");
        }
    }

    /// 1C-Bitrix numbers a list's pages `?PAGEN_1=2`.
    #[test]
    fn bitrix_pages() {
        let page =
            "<p>x</p><div class=pagination><a href='/economy/?PAGEN_1=2'>Следующая</a></div>";
        assert_eq!(
            next(page, "https://ex.ru/economy/").as_deref(),
            Some("https://ex.ru/economy/?PAGEN_1=2")
        );
        assert_eq!(page_number_of("https://ex.ru/economy/?PAGEN_1=3"), Some(3));
    }

    /// A list whose address ends in its id (`/category/12.html`) numbers
    /// its next pages after it (`12-2.html`); the id is no page number.
    #[test]
    fn a_list_numbered_by_its_id_continues_on_its_next_page() {
        let page = "<p>x</p><div class=pager><a href='/category/12-2.html'>下一页</a></div>";
        assert_eq!(
            next(page, "https://mall.ex.cn/category/12.html").as_deref(),
            Some("https://mall.ex.cn/category/12-2.html")
        );
        // Another list's page is not this one's next.
        let page = "<p>x</p><div class=pager><a href='/category/13-2.html'>下一页</a></div>";
        assert_eq!(next(page, "https://mall.ex.cn/category/12.html"), None);
    }

    #[test]
    fn next_page_link_text_in_many_languages() {
        let page = "<p>text</p><div class=paging><a href='/news/d-1/story/2'>Halaman selanjutnya</a></div>";
        assert_eq!(
            next(page, "https://ex.com/news/d-1/story").as_deref(),
            Some("https://ex.com/news/d-1/story/2")
        );
        let page = "<p>text</p><a href='story?page=2'>Next page »</a>";
        assert_eq!(
            next(page, "https://ex.com/a/story").as_deref(),
            Some("https://ex.com/a/story?page=2")
        );
    }

    #[test]
    fn a_folders_next_page_is_its_numbered_index() {
        let page = "<p>x</p><div class=pagebox><a href='index_2.shtml'>下一页</a></div>";
        for first in [
            "https://news.ex.com.cn/china/",
            "https://news.ex.com.cn/china/index.shtml",
        ] {
            assert_eq!(
                next(page, first).as_deref(),
                Some("https://news.ex.com.cn/china/index_2.shtml"),
                "{first}"
            );
        }
        // Another folder's index is another list.
        let page = "<p>x</p><a href='/world/index_2.shtml'>下一页</a>";
        assert_eq!(next(page, "https://news.ex.com.cn/china/"), None);
    }

    #[test]
    fn numbered_pagination() {
        let page = "<p>x</p><ul class=pagination><li><a href='/s/2'>2</a></li><li><a href='/s/3'>3</a></li></ul>";
        assert_eq!(
            next(page, "https://ex.com/s").as_deref(),
            Some("https://ex.com/s/2")
        );
        assert_eq!(
            next(page, "https://ex.com/s/2").as_deref(),
            Some("https://ex.com/s/3")
        );
    }

    #[test]
    fn next_article_links_are_not_pages() {
        let page = "<p>x</p><nav class=post-navigation><a rel=next href='/2024/other-story'>Next »</a></nav><a href='/other'>Next page</a>";
        assert_eq!(next(page, "https://ex.com/2024/this-story"), None);
    }

    #[test]
    fn page_numbers_in_addresses() {
        assert_eq!(page_number_of("https://x/a?page=3"), Some(3));
        assert_eq!(page_number_of("https://x/a/story/2"), Some(2));
        assert_eq!(page_number_of("https://x/a/story-2.html"), Some(2));
        assert_eq!(page_number_of("https://x/2024/story"), None);
        assert!(is_same_article("https://x/a/story", "https://x/a/story/2"));
        assert!(is_same_article(
            "https://x/a/story.html",
            "https://x/a/story-2.html"
        ));
        assert!(!is_same_article("https://x/a/story", "https://x/a/other"));
    }
}
