//! Hostile markup inside genuine articles: the output stays safe.
//!
//! Each attack vector of [`VECTORS`] is placed inside an otherwise ordinary
//! news article, twice (as a block between two paragraphs, and inline in the
//! middle of a sentence), so extraction keeps the region around it. The
//! article's every output format then goes through `support/safety.rs`:
//! the HTML parsed again as a browser would (in a `<div>` and in a
//! document), walked for anything executable and anything outside
//! `inti::allowlist`, sanitized again by ammonia without change; the
//! Markdown rendered and walked too. docs/security.md lists the vectors by
//! family.

#[path = "support/safety.rs"]
mod safety;

use inti::{extract, extract_bytes, Options};

/// A vector: a short name, the markup, and text of it that a reader must
/// still see in the article (empty: nothing in particular).
struct Vector {
    name: &'static str,
    markup: &'static str,
    keeps: &'static str,
}

const fn v(name: &'static str, markup: &'static str) -> Vector {
    Vector {
        name,
        markup,
        keeps: "",
    }
}

const fn k(name: &'static str, markup: &'static str, keeps: &'static str) -> Vector {
    Vector {
        name,
        markup,
        keeps,
    }
}

const VECTORS: &[Vector] = &[
    // Scripts.
    v("script", "<script>alert(1)</script>"),
    v("script src", r#"<script src="https://evil.example/x.js"></script>"#),
    v("script uppercase, spaced end tag", "<SCRIPT>alert(1)</SCRIPT >"),
    v("script split by a script", "<scr<script>ipt>alert(1)</script>"),
    v("script module", r#"<script type="module">import("//evil.example/x.js")</script>"#),
    // Event handlers.
    v("img onerror", r#"<img src="photo.jpg" onerror="alert(1)">"#),
    k("p onclick", r#"<p onclick="alert(1)">A paragraph that answers clicks.</p>"#, "answers clicks"),
    k("a onmouseover", r#"<a href="/more" onmouseover="alert(1)">hover text</a>"#, "hover text"),
    v("body onload mid-page", "<body onload=alert(1)>"),
    k("details ontoggle", "<details open ontoggle=alert(1)><summary>Summary text</summary>More</details>", "Summary text"),
    v("img unquoted src/onerror", "<img src=photo.jpg/onerror=alert(1)>"),
    v("img ONERROR spaced", r#"<img src="photo.jpg" ONERROR = "alert(1)">"#),
    v("video source onerror", r#"<video><source onerror="alert(1)"></video>"#),
    v("input autofocus onfocus", "<input autofocus onfocus=alert(1)>"),
    k("marquee onstart", "<marquee onstart=alert(1)>Scrolling words</marquee>", "Scrolling words"),
    k("custom element is/onclick", "<x-card is=x onclick=alert(1)>Custom words</x-card>", "Custom words"),
    // javascript: in every URL attribute.
    k("href javascript:", r#"<a href="javascript:alert(1)">a bad link</a>"#, "a bad link"),
    v("src javascript:", r#"<img src="javascript:alert(1)">"#),
    v("srcset javascript:", r#"<img src="photo.jpg" srcset="javascript:alert(1) 1x, photo2.jpg 2x">"#),
    v("action javascript:", r#"<form action="javascript:alert(1)"><input type=submit value=Go></form>"#),
    v("formaction javascript:", r#"<button formaction="javascript:alert(1)">Go</button>"#),
    v("poster javascript:", r#"<video poster="javascript:alert(1)"></video>"#),
    v("xlink:href javascript:", r#"<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>"#),
    k("background javascript:", r#"<table background="javascript:alert(1)"><tr><td>Cell words</td></tr></table>"#, "Cell words"),
    k("area href javascript:", r##"<img src="map.png" usemap="#m"><map name="m"><area href="javascript:alert(1)"></map>"##, ""),
    // vbscript: and data:.
    k("href vbscript:", r#"<a href="vbscript:msgbox(1)">vb link</a>"#, "vb link"),
    v("src vbscript:", r#"<img src="vbscript:msgbox(1)">"#),
    k("href data:text/html", r#"<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>"#, "data link"),
    v("src data:svg", r#"<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">"#),
    v("srcset data:svg", r#"<img src="photo.jpg" srcset="data:image/svg+xml,<svg onload=alert(1)> 1x">"#),
    v("iframe src data:", r#"<iframe src="data:text/html,<script>alert(1)</script>"></iframe>"#),
    v("object data data:", r#"<object data="data:text/html,<script>alert(1)</script>"></object>"#),
    k("href data:image", r#"<a href="data:image/png;base64,AAAA">image link</a>"#, "image link"),
    v("embed src javascript:", r#"<embed src="javascript:alert(1)">"#),
    v("poster data:", r#"<video poster="data:text/html,x" src="v.mp4"></video>"#),
    v("src data: with spaces", r#"<img src="  data:text/html,<script>alert(1)</script>">"#),
    // Obfuscated schemes.
    k("tab entity in scheme", r#"<a href="jav&#x09;ascript:alert(1)">obf one</a>"#, "obf one"),
    k("decimal entities", r#"<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">obf two</a>"#, "obf two"),
    k("hex entity and &colon;", r#"<a href="&#x6A;avascript&colon;alert(1)">obf three</a>"#, "obf three"),
    k("leading control char", r#"<a href=" &#14; javascript:alert(1)">obf four</a>"#, "obf four"),
    k("raw newline in scheme", "<a href=\"java\nscript:alert(1)\">obf five</a>", "obf five"),
    k("mixed case", r#"<a href="JaVaScRiPt:alert(1)">obf six</a>"#, "obf six"),
    k("entity without semicolon", r#"<a href="javascript&#0000058alert(1)">obf seven</a>"#, "obf seven"),
    v("newline entity in img src", r#"<img src="jav&#x0A;ascript:alert(1)">"#),
    k("entity mid-word", r#"<a href="javas&#99;ript:alert(1)">obf eight</a>"#, "obf eight"),
    k("surrounding spaces", r#"<a href="   javascript:alert(1)   ">obf nine</a>"#, "obf nine"),
    k("&Tab; in scheme", r#"<a href="java&Tab;script:alert(1)">obf ten</a>"#, "obf ten"),
    k("&NewLine; in scheme", r#"<a href="java&NewLine;script:alert(1)">obf eleven</a>"#, "obf eleven"),
    k("NUL in scheme", "<a href=\"java\0script:alert(1)\">obf twelve</a>", "obf twelve"),
    // Frames, plugins.
    v("iframe srcdoc", r#"<iframe srcdoc="<script>alert(1)</script>"></iframe>"#),
    v("iframe src", r#"<iframe src="https://evil.example/"></iframe>"#),
    v("object with fallback", r#"<object data="https://evil.example/x.swf"><param name="x" value="y"><embed src="x.swf"></object>"#),
    v("embed", r#"<embed src="https://evil.example/x.swf" type="application/x-shockwave-flash">"#),
    v("frameset", r#"<frameset><frame src="javascript:alert(1)"></frameset>"#),
    v("applet", r#"<applet code="Evil.class"></applet>"#),
    v("portal", r#"<portal src="https://evil.example/"></portal>"#),
    // base, meta, link.
    v("base javascript:", r#"<base href="javascript:alert(1)//">"#),
    v("meta refresh", r#"<meta http-equiv="refresh" content="0;url=javascript:alert(1)">"#),
    v("meta CSP", r#"<meta http-equiv="Content-Security-Policy" content="script-src *">"#),
    v("link stylesheet", r#"<link rel="stylesheet" href="https://evil.example/x.css">"#),
    v("link import", r#"<link rel="import" href="https://evil.example/x.html">"#),
    // Styles.
    k("style attribute url()", r#"<p style="background:url(javascript:alert(1))">Styled words</p>"#, "Styled words"),
    v("style element @import", "<style>@import 'https://evil.example/x.css';</style>"),
    k("style behavior/binding", r#"<div style="behavior:url(x.htc);-moz-binding:url(x.xml#x)">Bound words</div>"#, "Bound words"),
    v("style element url()", r#"<style>body{background:url("javascript:alert(1)")}</style>"#),
    k("style expression()", r#"<span style="width:expression(alert(1))">Expressive words</span>"#, "Expressive words"),
    k("style overlay", r#"<a href="/x" style="position:fixed;inset:0;z-index:99">Overlay words</a>"#, "Overlay words"),
    // SVG and MathML namespace confusion (mutation XSS).
    v("svg script", "<svg><script>alert(1)</script></svg>"),
    v("svg onload", "<svg onload=alert(1)></svg>"),
    v("svg style with img", "<svg><style><img src=x onerror=alert(1)></style></svg>"),
    v("math mtext table mglyph style", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    v("svg </p> style", r#"<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">"#),
    v("math style breakout", "<math><style><img src=x onerror=alert(1)></style></math>"),
    v("svg foreignObject script", "<svg><foreignObject><script>alert(1)</script></foreignObject></svg>"),
    k("math href", r#"<math href="javascript:alert(1)"><mi>x</mi></math>"#, ""),
    v("form math mglyph", "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>"),
    v("svg animate href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>X</text></a></svg>"),
    v("math mi svg style", "<math><mi><svg><style><img src=x onerror=alert(1)></style></svg></mi></math>"),
    v("svg use data:", r#"<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)' /></svg>#x" /></svg>"#),
    v("math annotation-xml", r#"<math><annotation-xml encoding="text/html"><style><img src=x onerror=alert(1)></style></annotation-xml></math>"#),
    // Parsing differentials: raw text and scripting-dependent elements.
    v("noscript title breakout", r#"<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>"#),
    v("noscript style breakout", "<noscript><style></noscript><img src=x onerror=alert(1)></style></noscript>"),
    v("template script", "<template><script>alert(1)</script><img src=x onerror=alert(1)></template>"),
    v("xmp", "<xmp><script>alert(1)</script></xmp>"),
    v("noembed", "<noembed><img src=x onerror=alert(1)></noembed>"),
    v("noframes", "<noframes><img src=x onerror=alert(1)></noframes>"),
    v("title in body", "<title><img src=x onerror=alert(1)></title>"),
    v("textarea", "<textarea><img src=x onerror=alert(1)></textarea>"),
    v("iframe raw text", "<iframe><img src=x onerror=alert(1)></iframe>"),
    v("table style foster", "<table><style><img src=x onerror=alert(1)></style></table>"),
    v("select template", "<select><template><img src=x onerror=alert(1)></template></select>"),
    // Comments and other markup declarations.
    v("comment", "<!--<img src=x onerror=alert(1)>-->"),
    v("comment --!>", "<!-- --!><img src=x onerror=alert(1)> -->"),
    v("abrupt comment", "<!--><img src=x onerror=alert(1)>-->"),
    v("CDATA in HTML", "<![CDATA[<img src=x onerror=alert(1)>]]>"),
    v("processing instruction", r#"<?xml-stylesheet href="javascript:alert(1)"?>"#),
    v("conditional comment", "<!--[if IE]><script>alert(1)</script><![endif]-->"),
    // Text and attribute values that look like markup: escaping.
    k("escaped markup as text", "&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>"),
    k("title breaking out", r#"<abbr title="&quot; onmouseover=&quot;alert(1)">ABBR</abbr>"#, "ABBR"),
    v("alt breaking out", r#"<img alt="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" src="photo.jpg">"#),
    k("class breaking out", r#"<pre class="language-js&quot; onclick=&quot;alert(1)"><code>let x = 1;</code></pre>"#, "let x = 1;"),
    k("code class with handler", r#"<code class="language-x onmouseover=alert(1)">codeword</code>"#, "codeword"),
    k("datetime breaking out", r#"<time datetime="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">Tuesday</time>"#, "Tuesday"),
    k("colspan with handler", r#"<table><tr><th>Head</th><th>Other</th></tr><tr><td colspan="2 onclick=alert(1)">Spanned</td></tr></table>"#, "Spanned"),
    v("width with handler", r#"<img src="photo.jpg" width="100 onload=alert(1)">"#),
    k("href quote breaking out", r#"<a href="https://example.com/&quot;onclick=&quot;alert(1)">quoted link</a>"#, "quoted link"),
    k("backtick attribute", "<a href=`javascript:alert(1)`>tick link</a>", "tick link"),
    // Misc.
    k("target, rel, ping", r#"<a href="https://example.com/" target="_top" rel="opener" ping="https://evil.example/">ping link</a>"#, "ping link"),
    v("srcset empty candidates", r#"<img src="photo.jpg" srcset=",,,javascript:alert(1)">"#),
    v("isindex", r#"<isindex action="javascript:alert(1)">"#),
    v("keygen", "<keygen autofocus onfocus=alert(1)>"),
    k("contenteditable", "<div contenteditable=true autofocus onfocus=alert(1)>Editable words</div>", "Editable words"),
    v("lazy data-src javascript:", r#"<img src="placeholder.gif" data-src="javascript:alert(1)">"#),
    v("lazy data-srcset data:", r#"<img data-srcset="data:image/svg+xml,<svg onload=alert(1)> 1x" src="p.gif">"#),
];

const PARAGRAPHS: &[&str] = &[
    "The harbour council met on Tuesday evening to decide the future of the old fish market, a building that has stood on the quay since 1887 and has been empty for most of the last decade.",
    "Several residents spoke in favour of turning it into a covered market for local producers, arguing that the town needs a place where farmers and fishers can sell directly to the people who live here.",
    "Others worried about the cost of repairing the roof, which engineers estimate at close to two million, and asked whether the council could afford it without raising local taxes again next year.",
    "The council's own report, published last month, suggests that a mixed use of market stalls downstairs and small workshops upstairs could pay for the repairs within fifteen years of opening.",
    "A final vote is expected in the spring, after a public consultation that will run through the winter and include two open days at the building itself for anyone who wants to look around.",
];

/// An ordinary news page with the vector inside its article: as a block
/// after the second paragraph, and inline in the third.
fn page(vector: &str) -> String {
    let p = PARAGRAPHS;
    let (third_a, third_b) = p[2].split_at(p[2].find(" which").unwrap());
    format!(
        r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council weighs the future of the old fish market | Harbour Gazette</title></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>Council weighs the future of the old fish market</h1>
<p class="byline">By Ada Marsh</p>
<p>{}</p><p>{}</p>
{vector}
<p>{third_a} {vector} {third_b}</p><p>{}</p><p>{}</p>
</article></main>
<footer><p>© Harbour Gazette</p><a href="/about">About us</a></footer></body></html>"#,
        p[0], p[1], p[3], p[4]
    )
}

fn option_sets() -> Vec<Options> {
    vec![
        Options::default(),
        Options {
            url: Some("https://gazette.example/news/2024/market.html".into()),
            explain: true,
            ..Default::default()
        },
        Options {
            favor: inti::Favor::Recall,
            keep_tables: false,
            keep_links: false,
            ..Default::default()
        },
    ]
}

#[test]
fn the_corpus_has_at_least_sixty_distinct_vectors() {
    assert!(VECTORS.len() >= 60, "{} vectors", VECTORS.len());
    let mut names: Vec<_> = VECTORS.iter().map(|v| v.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), VECTORS.len(), "vector names are not unique");
}

#[test]
fn every_vector_inside_an_article_gives_safe_output() {
    let mut failures = Vec::new();
    for vector in VECTORS {
        let html = page(vector.markup);
        for options in option_sets() {
            let article = match extract(&html, &options) {
                Ok(a) => a,
                Err(e) => {
                    failures.push(format!("{}: extraction failed: {e}", vector.name));
                    continue;
                }
            };
            // The vector sits inside the extracted article: the paragraphs
            // around it are kept.
            for p in &PARAGRAPHS[..2] {
                if !article.text.contains(&p[..60]) {
                    failures.push(format!(
                        "{}: the article around the vector was not extracted: {:.200}",
                        vector.name, article.text
                    ));
                }
            }
            if let Err(e) = safety::check_article(&article) {
                failures.push(format!("{}: {e}", vector.name));
            }
            if !vector.keeps.is_empty() && !article.text.contains(vector.keeps) {
                failures.push(format!(
                    "{}: lost the harmless text {:?}",
                    vector.name, vector.keeps
                ));
            }
            // The bytes path decodes the same page and gives the same result.
            let from_bytes = extract_bytes(html.as_bytes(), &options).unwrap();
            if from_bytes.html != article.html {
                failures.push(format!("{}: extract_bytes differs", vector.name));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The checker itself catches what it is meant to catch: each of these
/// fragments must fail it.
#[test]
fn the_checker_rejects_unsafe_html() {
    for bad in [
        "<p>x<script>alert(1)</script></p>",
        r#"<p onclick="alert(1)">x</p>"#,
        r#"<a href="javascript:alert(1)">x</a>"#,
        r#"<a href=" java&#x09;script:alert(1)">x</a>"#,
        r#"<img src="data:image/svg+xml,x">"#,
        r#"<img srcset="x.jpg 1x, javascript:alert(1) 2x">"#,
        r#"<p style="color:red">x</p>"#,
        "<svg><p>x</p></svg>",
        "<math><mi>x</mi></math>",
        "<p>x<!-- c --></p>",
        "<iframe srcdoc=x></iframe>",
        "<p>x<form action=/x></form></p>",
        "<div>x</div>",
        "<noscript><p>x</p></noscript>",
    ] {
        assert!(
            safety::check_html(bad).is_err(),
            "the checker accepted {bad}"
        );
    }
    assert!(safety::check_markdown("[x](javascript:alert(1))").is_err());
    assert!(safety::check_markdown("a <img src=x onerror=alert(1)> b").is_err());
    assert!(safety::check_markdown(r"a \<img src=x onerror=alert(1)\> b").is_ok());
    assert!(safety::check_html(
        r#"<p>A <a href="https://example.com/a?b=1&amp;c=2">link</a> &amp; <em>text</em> &lt;b&gt;</p><img src="data:image/png;base64,AAAA" alt="a &quot;b&quot;">"#
    )
    .is_ok());
}

/// Sanitizing the output again changes nothing, checked directly on a
/// realistic article with every allowed element and attribute.
#[test]
fn ammonia_from_the_allowlist_keeps_a_rich_article_unchanged() {
    let body = r#"<p>The report, which the council published on its website last month after a long delay, comes with <a href="https://example.com/x">a link</a>, <em>em</em>, <strong>strong</strong>,
<code class="language-rust">let x = 1;</code>, <abbr title="HyperText Markup Language">HTML</abbr>,
<time datetime="2024-05-01">May 1</time>, <sub>2</sub><sup>3</sup> <mark>m</mark> <small>s</small>
<del>d</del> <ins>i</ins> <q>q</q> <cite>c</cite> <kbd>k</kbd> <samp>s</samp> <var>v</var> <u>u</u> <s>s</s>,
and a long explanation of how the figures were gathered, checked and compared with those of other towns along the coast.</p>
<figure><img src="https://example.com/a.jpg" srcset="https://example.com/a.jpg 1x, https://example.com/b.jpg 2x" alt="A photo" width="640" height="480"><figcaption>A caption</figcaption></figure>
<pre class="language-python"><code class="language-python">print("hi")</code></pre>
<ol start="3"><li>three</li><li>four</li></ol><ul><li>a</li></ul><dl><dt>t</dt><dd>d</dd></dl>
<blockquote><p>quoted</p></blockquote><hr>
<table><caption>Figures</caption><thead><tr><th colspan="2">Head</th></tr></thead>
<tbody><tr><td rowspan="1">1</td><td>2</td></tr></tbody><tfoot><tr><td>f</td><td>g</td></tr></tfoot></table>
<h2>h2</h2><h3>h3</h3><h4>h4</h4><h5>h5</h5><h6>h6<br>next</h6>"#;
    safety::check_html(body).unwrap();
    let page = format!(
        "<html><body><article>{body}<p>{}</p><p>{}</p></article></body></html>",
        PARAGRAPHS[0], PARAGRAPHS[1]
    );
    let article = extract(&page, &Options::default()).unwrap();
    safety::check_article(&article).unwrap();
    for tag in [
        "<table>",
        "<figure>",
        "<abbr title=",
        "<ol start=\"3\">",
        "<pre class=\"language-python\">",
    ] {
        assert!(
            article.html.contains(tag),
            "{tag} missing from {}",
            article.html
        );
    }
}
