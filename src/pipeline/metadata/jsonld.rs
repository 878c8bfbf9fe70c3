//! Schema.org JSON-LD: the structured data most news and blog pages carry
//! for search engines, often the most reliable source of headline, authors
//! and dates.

use crate::json::Value;

/// What the page's JSON-LD says about the article.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct JsonLd {
    pub headline: Option<String>,
    pub name: Option<String>,
    pub authors: Vec<String>,
    /// Authors given as an `Organization`: the byline only when the page
    /// names no person anywhere.
    pub org_authors: Vec<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub publisher: Option<String>,
    pub description: Option<String>,
    pub image: Option<String>,
    pub language: Option<String>,
    pub url: Option<String>,
    /// The `@type` of the object the fields came from.
    pub kind: Option<String>,
}

/// Types of the objects that describe an article (or a post) itself.
const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "DiscussionForumPosting",
    "Review",
    "Recipe",
    "HowTo",
    "VideoObject",
    "Podcast",
    "PodcastEpisode",
    "MedicalWebPage",
    "Blog",
];

/// Reads the scripts' JSON-LD; the first article-like object wins, a
/// `WebPage` object fills what it lacks.
pub(crate) fn read(scripts: &[String]) -> JsonLd {
    let mut article: Option<JsonLd> = None;
    let mut page: Option<JsonLd> = None;
    for script in scripts {
        // Templates wrap the JSON in an HTML comment or, written for XHTML,
        // in a CDATA section (`<![CDATA[ {...} ]]>`, also as `//<![CDATA[`).
        let text = script
            .trim()
            .trim_start_matches("<!--")
            .trim_end_matches("-->")
            .trim()
            .trim_start_matches("//")
            .trim_start_matches("<![CDATA[")
            .trim_end_matches("]]>")
            .trim_end_matches("//")
            .trim();
        let Some(value) = crate::json::parse(text) else {
            continue;
        };
        // Walk objects iteratively: arrays, @graph, and nested mainEntity.
        let mut stack = vec![&value];
        let mut visited = 0;
        while let Some(v) = stack.pop() {
            visited += 1;
            if visited > 2000 {
                break;
            }
            match v {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(map) => {
                    if let Some(graph) = map.get("@graph") {
                        stack.push(graph);
                    }
                    if let Some(main) = map
                        .get("mainEntity")
                        .or_else(|| map.get("mainEntityOfPage"))
                    {
                        if main.is_object() {
                            stack.push(main);
                        }
                    }
                    let types = types_of(v);
                    if article.is_none()
                        && types.iter().any(|t| ARTICLE_TYPES.contains(&t.as_str()))
                    {
                        article = Some(fields(v, types.first().cloned()));
                    } else if page.is_none()
                        && types
                            .iter()
                            .any(|t| t.ends_with("WebPage") || t == "WebSite")
                    {
                        page = Some(fields(v, types.first().cloned()));
                    }
                }
                _ => {}
            }
        }
    }
    match (article, page) {
        (Some(mut a), Some(p)) => {
            a.published = a.published.or(p.published);
            a.modified = a.modified.or(p.modified);
            a.publisher = a.publisher.or(p.publisher);
            a.language = a.language.or(p.language);
            if a.authors.is_empty() && a.org_authors.is_empty() {
                a.authors = p.authors;
                a.org_authors = p.org_authors;
            }
            a
        }
        (Some(a), None) => a,
        (None, Some(mut p)) => {
            // A page object's name is usually the site's, not a headline.
            p.headline = None;
            p.name = None;
            p
        }
        (None, None) => JsonLd::default(),
    }
}

fn types_of(v: &Value) -> Vec<String> {
    match v.get("@type") {
        Some(Value::String(s)) => vec![strip_schema(s)],
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .map(strip_schema)
            .collect(),
        _ => Vec::new(),
    }
}

fn strip_schema(s: &str) -> String {
    s.rsplit(['/', ':']).next().unwrap_or(s).to_string()
}

fn fields(v: &Value, kind: Option<String>) -> JsonLd {
    let (authors, org_authors) =
        people_and_organizations(v.get("author").or_else(|| v.get("creator")));
    JsonLd {
        headline: string(v.get("headline")),
        name: string(v.get("name")),
        authors,
        org_authors,
        published: string(v.get("datePublished"))
            .or_else(|| string(v.get("dateCreated")))
            .or_else(|| string(v.get("uploadDate"))),
        modified: string(v.get("dateModified")),
        publisher: v
            .get("publisher")
            .and_then(|p| names(Some(p)).into_iter().next()),
        description: string(v.get("description")),
        image: image(v.get("image").or_else(|| v.get("thumbnailUrl"))),
        language: string(v.get("inLanguage")),
        url: string(v.get("url")),
        kind,
    }
}

/// A plain string value (the first, for arrays), trimmed; `None` if empty.
fn string(v: Option<&Value>) -> Option<String> {
    let s = match v? {
        Value::String(s) => decode_entities(s.trim()),
        Value::Array(items) => return items.iter().find_map(|i| string(Some(i))),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

/// The names of an author value, persons apart from organizations (an
/// object whose `@type` is an `Organization` or one of its kinds): health,
/// brand and news sites often credit the company in JSON-LD while the page
/// shows the writer.
fn people_and_organizations(v: Option<&Value>) -> (Vec<String>, Vec<String>) {
    let Some(v) = v else {
        return (Vec::new(), Vec::new());
    };
    let items: Vec<&Value> = match v {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    let (mut people, mut orgs) = (Vec::new(), Vec::new());
    for item in items.into_iter().take(20) {
        let is_org = types_of(item)
            .iter()
            .any(|t| t.ends_with("Organization") || t == "Corporation");
        let list = if is_org { &mut orgs } else { &mut people };
        for name in names(Some(item)) {
            if !list.contains(&name) {
                list.push(name);
            }
        }
    }
    (people, orgs)
}

/// Names from a person/organization value: a string, an object with `name`,
/// or an array of either.
fn names(v: Option<&Value>) -> Vec<String> {
    let mut out = Vec::new();
    let Some(v) = v else { return out };
    let items: Vec<&Value> = match v {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    for item in items.into_iter().take(20) {
        let name = match item {
            Value::String(s) => Some(decode_entities(s.trim())),
            Value::Object(map) => map.get("name").and_then(|n| string(Some(n))).or_else(|| {
                let given = map.get("givenName").and_then(Value::as_str)?;
                let family = map.get("familyName").and_then(Value::as_str).unwrap_or("");
                Some(format!("{given} {family}").trim().to_string())
            }),
            _ => None,
        };
        if let Some(name) = name {
            if !name.is_empty() && !name.starts_with("http") && !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

/// Decodes the HTML character references a CMS left in JSON-LD text: the
/// script's text is not HTML-decoded by the parser, yet many templates
/// escape the values as if it were ("Maria &amp; Katerina", "Rock &#039;n&#039;
/// roll"). The same decoding as for references escaped twice in meta
/// values ([`super::decode_leftover_references`]); unknown references stay
/// as they are.
fn decode_entities(s: &str) -> String {
    super::decode_leftover_references(s).into_owned()
}

fn image(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Array(items) => items.iter().find_map(|i| image(Some(i))),
        Value::Object(map) => map
            .get("url")
            .or_else(|| map.get("contentUrl"))
            .and_then(|u| image(Some(u))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_news_article_in_a_graph() {
        let script = r#"{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"detikcom"},
            {"@type":"NewsArticle","headline":"AS Khawatir","datePublished":"2023-06-13T12:57:46+07:00",
             "author":[{"@type":"Person","name":"Novi Christiastuti"}],
             "publisher":{"@type":"Organization","name":"detikNews"},
             "image":{"@type":"ImageObject","url":"https://x/y.jpg"}}]}"#;
        let ld = read(&[script.to_string()]);
        assert_eq!(ld.headline.as_deref(), Some("AS Khawatir"));
        assert_eq!(ld.authors, ["Novi Christiastuti"]);
        assert_eq!(ld.published.as_deref(), Some("2023-06-13T12:57:46+07:00"));
        assert_eq!(ld.publisher.as_deref(), Some("detikNews"));
        assert_eq!(ld.image.as_deref(), Some("https://x/y.jpg"));
    }

    #[test]
    fn html_escaped_values_are_decoded() {
        // A template that HTML-escaped the JSON-LD strings.
        let ld = read(&[r#"{"@type":"BlogPosting","headline":"Rock &#039;n&#039; roll &amp; more","author":"Maria &amp; Katerina"}"#.to_string()]);
        assert_eq!(ld.headline.as_deref(), Some("Rock 'n' roll & more"));
        assert_eq!(ld.authors, vec!["Maria & Katerina".to_string()]);
        assert_eq!(decode_entities("AT&T &unknown; &#x41;"), "AT&T &unknown; A");
    }

    #[test]
    fn json_in_a_cdata_section() {
        for script in [
            "<![CDATA[ {\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Stella Kim\"}} ]]>",
            "//<![CDATA[\n{\"@type\":\"NewsArticle\",\"author\":\"Stella Kim\"}\n//]]>",
        ] {
            assert_eq!(read(&[script.to_string()]).authors, ["Stella Kim"], "{script}");
        }
    }

    #[test]
    fn organization_authors_apart() {
        let ld = read(&[r#"{"@type":"Article","author":[{"@type":"Organization","name":"Clinic"},{"@type":"Person","name":"Ann Lee"}]}"#.to_string()]);
        assert_eq!(ld.authors, ["Ann Lee"]);
        assert_eq!(ld.org_authors, ["Clinic"]);
    }

    #[test]
    fn broken_json_is_ignored() {
        let ld = read(&[
            "{not json".to_string(),
            r#"[{"@type":["BlogPosting"],"author":"Ann Lee"}]"#.to_string(),
        ]);
        assert_eq!(ld.authors, ["Ann Lee"]);
    }
}
