//! Class and id tokens that mark boilerplate containers, and tokens that
//! mark content.
//!
//! Templates name their containers after what they hold: `related-posts`,
//! `share-buttons`, `sidebar-widget`, `adsbygoogle`, `comment-list`; and
//! `entry-content`, `article__body`, `post-content` for the article.
//! [`for_each_token`] cuts a class or id attribute into lowercase tokens
//! (at every non-alphanumeric character and at camelCase boundaries), and
//! [`boilerplate_kind`] and [`is_content_token`] look each token up as a
//! whole word, never as a substring: "ad" matches `ad-slot` and `adSlot` but
//! not `head`, `shadow` or `download`.
//!
//! Some names only mean boilerplate as a compound of several tokens
//! (`most-popular`, `read-next`, `sr-only`, `print-only`): "most", "read",
//! "sr" and "only" mean nothing alone. [`compound_kind`] finds those in the
//! whole attribute.
//!
//! The token lists are applied to every element of every page, so each
//! token must mean boilerplate wherever it appears. Tokens that sometimes
//! sit on genuine content are marked RISKY in the lists below, with the
//! case that makes them risky, for the lead to measure. Words that were
//! left out on purpose:
//!
//! * `banner`: also the hero banner of an article (title and lead image);
//! * `cmp`: the prefix of every Adobe Experience Manager core component
//!   (`cmp-text` holds article text), although it also names consent
//!   platforms;
//! * `pub`: French "pub" (ad), but also `pub-date`;
//! * `discussion`: also the Discussion section of research articles;
//! * `subscription`, `paywall`, `premium`: paywalled sites put them on the
//!   article body itself (`article-body paywall`);
//! * `teaser`, `card`, `list`, `item`, `box`, `module`: layout words, used
//!   for content and boilerplate alike;
//! * `date`, `time`, `dateline`: datelines are often inside the first
//!   paragraph;
//! * `promoted`: Drupal marks content promoted to the front page on the
//!   article itself (`node--promoted`) and on a page's featured blocks
//!   (`view--promoted-blocks`); paid placements say "sponsored";
//! * `print` alone: `print-button` is a share button, `no-print` and
//!   `hidden-print` are visible on screen.
//!
//! [`for_each_token`] drops the word after a negation (`not`, `non`, `no`,
//! `without`) in the same class name: `wsite-not-footer` is Weebly's
//! content column, `no-caption` a photo without one. It also skips two
//! families of class names whose words say nothing about the element:
//!
//! * WordPress taxonomy classes on the article itself: `post_class()` adds
//!   `category-<slug>` and `tag-<slug>` for each category and tag of the
//!   post, so an article tagged "social media" or "advertising" carries
//!   `tag-social-media` and `category-advertising`; any class name starting
//!   with `category-`, `tag-`, `post_tag-` or `taxonomy-` is skipped
//!   (`tag-cloud` and `tag-list` are still found by [`compound_kind`]);
//! * responsive and overflow utilities: `hidden-xs`, `hidden-print`,
//!   `hide-on-mobile`, `mobile-hidden` (visible on other screens or on
//!   screen), `overflow-hidden` (visible), and Tailwind's `hidden` (also
//!   behind a variant, `maxlg:hidden`) when the same attribute shows the
//!   element at some breakpoint or in some state (`hidden md:block`,
//!   `group-[.active]:block`); and modifiers that hide a part of the
//!   element rather than the element (`field--label-hidden`,
//!   `hide-scrollbar`).

/// What a boilerplate class or id token says a container is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum ClassKind {
    /// Ad slots and ad-network widgets (including paid recirculation such
    /// as Outbrain and Taboola).
    Ad,
    /// Menus and navigation bars.
    Navigation,
    /// Site and section headers.
    Header,
    /// Site and article footers.
    Footer,
    /// Sidebars, rails and widgets.
    Sidebar,
    /// Related, recommended, trending and most-read lists.
    Related,
    /// Comment sections.
    Comments,
    /// Share bars and social links.
    Share,
    /// Newsletter sign-up boxes.
    Newsletter,
    /// Cookie and consent banners.
    Cookie,
    /// Tag and topic lists.
    Tags,
    /// Bylines, author boxes and post metadata.
    Byline,
    /// Elements hidden from view (or only for screen readers).
    Hidden,
    /// Promotions and calls to action.
    Promo,
    /// Figure captions and photo credits.
    Caption,
    /// Page links of paginated articles and lists.
    Pagination,
    /// Breadcrumb trails.
    Breadcrumb,
    /// Popups, modals, overlays and lightboxes.
    Popup,
    /// Print-only elements.
    Print,
}

/// Split a class or id attribute into lowercase tokens at non-alphanumeric
/// chars and camelCase boundaries: "articleBody related-posts__list" ->
/// ["article", "body", "related", "posts", "list"], "HTMLParser" -> ["html",
/// "parser"]. Digits stay with their letters ("sidebar2", "h2");
/// all-digit tokens are skipped. Calls `f` for each token.
///
/// Tokens that are already lowercase are passed as slices of `attr`;
/// others are lowercased into one buffer reused for the whole attribute, so
/// there is at most one allocation per call.
///
/// Skips the class names described in the module documentation (WordPress
/// taxonomy classes, responsive and overflow utilities).
pub(crate) fn for_each_token(attr: &str, mut f: impl FnMut(&str)) {
    let shown_by_variant = attr.contains(':') && has_variant_display(attr);
    let mut buf = String::new();
    for name in attr.split(char::is_whitespace) {
        if name.is_empty() || is_skipped_class(name, shown_by_variant) {
            continue;
        }
        split_name(name, &mut buf, &mut f);
    }
}

/// Cuts one class name into tokens (see [`for_each_token`]).
fn split_name(name: &str, buf: &mut String, f: &mut impl FnMut(&str)) {
    // A negation word takes the word after it out: the name says what the
    // element is not. Weebly's content column is `wsite-not-footer`,
    // themes write `no-sidebar`, `no-caption`, `non-ad`.
    let mut negated = false;
    let mut emit = |token: &str| {
        if token.is_empty() || token.chars().all(|c| c.is_ascii_digit()) {
            return;
        }
        if std::mem::take(&mut negated) {
            return;
        }
        if ["not", "non", "no", "without"]
            .iter()
            .any(|w| token.eq_ignore_ascii_case(w))
        {
            negated = true;
            return;
        }
        if token.chars().any(char::is_uppercase) {
            buf.clear();
            buf.extend(token.chars().flat_map(char::to_lowercase));
            f(buf);
        } else {
            f(token);
        }
    };
    if name.is_ascii() {
        // The common case, on bytes.
        let bytes = name.as_bytes();
        let mut start: Option<usize> = None;
        for (i, &b) in bytes.iter().enumerate() {
            if !b.is_ascii_alphanumeric() {
                if let Some(s) = start.take() {
                    emit(&name[s..i]);
                }
                continue;
            }
            if let Some(s) = start {
                let p = bytes[i - 1];
                let next_is_lower = || bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase);
                let boundary = b.is_ascii_uppercase()
                    && (p.is_ascii_lowercase()
                        || p.is_ascii_digit()
                        || (p.is_ascii_uppercase() && next_is_lower()));
                if boundary {
                    emit(&name[s..i]);
                    start = Some(i);
                }
            } else {
                start = Some(i);
            }
        }
        if let Some(s) = start {
            emit(&name[s..]);
        }
        return;
    }
    let mut start: Option<usize> = None;
    let mut prev: Option<char> = None;
    for (i, c) in name.char_indices() {
        if !c.is_alphanumeric() {
            if let Some(s) = start.take() {
                emit(&name[s..i]);
            }
            prev = None;
            continue;
        }
        if let (Some(s), Some(p)) = (start, prev) {
            // "articleBody": lower (or digit) then upper; "HTMLParser": the
            // last capital of a run when a lowercase letter follows.
            let next_is_lower = || {
                name[i + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
            };
            let boundary = c.is_uppercase()
                && (p.is_lowercase() || p.is_numeric() || (p.is_uppercase() && next_is_lower()));
            if boundary {
                emit(&name[s..i]);
                start = Some(i);
            }
        }
        if start.is_none() {
            start = Some(i);
        }
        prev = Some(c);
    }
    if let Some(s) = start {
        emit(&name[s..]);
    }
}

/// Breakpoint and state words of responsive utility classes.
const RESPONSIVE_WORDS: &[&str] = &[
    "xs",
    "sm",
    "md",
    "lg",
    "xl",
    "xxl",
    "mobile",
    "desktop",
    "tablet",
    "phone",
    "small",
    "medium",
    "large",
    "print",
    "screen",
    "touch",
    "portrait",
    "landscape",
    "up",
    "down",
    "only",
    "for",
    "on",
    "until",
    "from",
    "below",
    "above",
];

/// Whether a class name is one of those [`for_each_token`] skips.
fn is_skipped_class(name: &str, shown_by_variant: bool) -> bool {
    let lower_starts = |prefix: &str| {
        name.len() >= prefix.len()
            && name.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
    };
    // WordPress taxonomy classes.
    if ["category-", "tag-", "post_tag-", "taxonomy-"]
        .iter()
        .any(|p| lower_starts(p))
    {
        return true;
    }
    // The utility behind any Tailwind variants (`lg:overflow-hidden`).
    let utility = name.rsplit(':').next().unwrap_or(name);
    // Tailwind: `hidden md:block` is visible from the md breakpoint on;
    // `minlg:hidden maxlg:hidden group-[.active]:block` (a tab panel) when
    // its tab is active: with such a display class, every `hidden`, behind a
    // variant or not, is a condition.
    if shown_by_variant && utility.eq_ignore_ascii_case("hidden") {
        return true;
    }
    if SHOWN_THEME_CLASSES
        .iter()
        .any(|c| name.eq_ignore_ascii_case(c))
    {
        return true;
    }
    // The rest is about "hide" and "hidden": skip the scan without them.
    let has_hid = name
        .as_bytes()
        .windows(3)
        .any(|w| w.eq_ignore_ascii_case(b"hid"));
    if !has_hid {
        return false;
    }
    // An entrance animation's start state (`blockAnim--hidden
    // blockAnim--fadeUp`, `animate-hidden`): hidden until the element
    // scrolls into view, as Elementor's `elementor-invisible` above.
    if name
        .as_bytes()
        .windows(4)
        .any(|w| w.eq_ignore_ascii_case(b"anim"))
    {
        return true;
    }
    // Responsive hide utilities: a hide word plus a breakpoint word. And
    // modifiers that hide a part of the element, not the element: Drupal
    // puts `field--label-hidden` on every field whose label is not shown
    // (the body of many articles), themes write `layout-caption-hidden`,
    // `hide-scrollbar`, `hide-focus-outline`, `hidden_indents`; overflow
    // utilities (`overflow-x-hidden`, `lg:overflow-hidden`,
    // `vds-overflow_hidden`) clip what overflows, never the element.
    let mut hide = false;
    let mut responsive = false;
    let mut part_of_element = false;
    // A class led by "hide" and naming something else hides that thing,
    // inside the element or elsewhere: `hide-read-more-ad` on a news
    // section's grid of stories, `hide-rss-link`, `hide-entry-author`,
    // `hide-when-no-script`. Only "hide visually" and the like hide the
    // element itself.
    let mut parts = utility.split(['-', '_']).filter(|p| !p.is_empty());
    if parts.next().is_some_and(|p| p.eq_ignore_ascii_case("hide")) {
        let mut rest = parts.peekable();
        if rest.peek().is_some()
            && rest.all(|p| !HIDES_THE_ELEMENT.iter().any(|w| p.eq_ignore_ascii_case(w)))
        {
            return true;
        }
    }
    for part in utility.split(['-', '_']) {
        if part.eq_ignore_ascii_case("hidden") || part.eq_ignore_ascii_case("hide") {
            hide = true;
        } else if RESPONSIVE_WORDS
            .iter()
            .any(|w| part.eq_ignore_ascii_case(w))
        {
            responsive = true;
        } else if ELEMENT_PART_WORDS
            .iter()
            .any(|w| part.eq_ignore_ascii_case(w))
        {
            part_of_element = true;
        }
    }
    hide && (responsive || part_of_element)
}

/// Words after a leading "hide" that still mean the element itself
/// (`hide-visually`, `hide-element`).
const HIDES_THE_ELEMENT: &[&str] = &[
    "visually",
    "visual",
    "element",
    "content",
    "all",
    "completely",
];

/// Parts of an element that a hide modifier can name instead of the
/// element itself (`field--label-hidden`, `hide-scrollbar`).
const ELEMENT_PART_WORDS: &[&str] = &[
    "label",
    "sublabel",
    "caption",
    "icon",
    "icons",
    "scrollbar",
    "outline",
    "indent",
    "indents",
    "bullets",
    "arrows",
    // What overflows the element (`overflow-hidden`, `vds-overflow_hidden`).
    "overflow",
];

/// Hide classes of themes that hide the element only somewhere else or for
/// a while.
const SHOWN_THEME_CLASSES: &[&str] = &[
    // Elementor hides every widget with an entrance animation until it
    // scrolls into view: whole articles built with it carry the class.
    "elementor-invisible",
    // Shopify's themes hide a product's description, badges and links
    // inside the "quick add" pop-up of a grid, not on the product page.
    "quick-add-hidden",
    // Hidden only where scripts do not run (Shopify's Dawn wraps a
    // product's price, stock line and buttons in it); a reader's page, and
    // the page the bookmarklet reads, ran them.
    "no-js-hidden",
];

/// Whether a class attribute has a Tailwind-style display class behind a
/// variant: a breakpoint (`md:block`, `lg:flex`, a theme's own `minlg:block`)
/// or a state (`group-[.active]:block`, a tab panel shown when its group is
/// the active tab). The element is shown then, so its hide classes are
/// conditions, not a verdict. Not `print:`: shown on paper only.
fn has_variant_display(attr: &str) -> bool {
    attr.split(char::is_whitespace).any(|name| {
        name.rsplit_once(':').is_some_and(|(variant, display)| {
            !variant.is_empty()
                && variant != "print"
                && matches!(
                    display,
                    "block"
                        | "flex"
                        | "grid"
                        | "inline"
                        | "inline-block"
                        | "inline-flex"
                        | "table"
                        | "contents"
                )
        })
    })
}

/// The kind of boilerplate container a lowercase token names, if any.
/// Whole-token match; a token with trailing digits is also looked up
/// without them ("sidebar2", "adunit3").
pub(crate) fn boilerplate_kind(token: &str) -> Option<ClassKind> {
    boilerplate_token(token).or_else(|| {
        let trimmed = token.trim_end_matches(|c: char| c.is_ascii_digit());
        (trimmed.len() < token.len() && !trimmed.is_empty())
            .then(|| boilerplate_token(trimmed))
            .flatten()
    })
}

/// The token table of [`boilerplate_kind`].
fn boilerplate_token(token: &str) -> Option<ClassKind> {
    use ClassKind::*;
    let kind = match token {
        // Ads: generic names, Google's tags, ad networks and paid
        // recirculation widgets, and "ad" in other languages.
        "ad" | "ads" | "adv" | "advert" | "adverts" | "advertisement" | "advertisements"
        | "advertising" | "advertorial" | "adsbygoogle" | "adslot" | "adunit" | "adunits"
        | "adbox" | "adblock" | "adcontainer" | "adholder" | "adwrapper" | "adzone" | "adsense"
        | "dfp" | "doubleclick" | "googletag" | "sponsor" | "sponsors" | "sponsored"
        | "sponsorship" | "outbrain" | "taboola" | "teads" | "mgid" | "revcontent" | "zergnet"
        | "criteo" | "prebid" | "adthrive" | "mediavine" | "ezoic" | "adfox" | "iklan"
        | "werbung" | "anzeige" | "anzeigen" | "reklama" | "reklame" | "reklam" | "publicidad"
        | "publicite" | "publicidade" | "pubblicita" | "advertentie" | "annonce" | "annons"
        | "guanggao" => Ad,
        // RISKY: "gpt" is Google Publisher Tag (`div-gpt-ad-...`); nothing
        // else in templates is called gpt, but an AI blog's class might be.
        "gpt" => Ad,
        "nav" | "navbar" | "navigation" | "navi" | "menu" | "menus" | "menubar" | "submenu"
        | "megamenu" | "topnav" | "subnav" | "sitenav" | "mainnav" | "hamburger" | "offcanvas"
        | "skiplink" | "skiplinks" => Navigation,
        // RISKY: "header" is also the article header (`entry-header`,
        // `article-header`): title, kicker, byline, lead image and sometimes
        // the standfirst. Body extraction should drop it, but the standfirst
        // may be wanted.
        "header" | "masthead" | "topbar" | "siteheader" => Header,
        "footer" | "colophon" | "sitefooter" => Footer,
        // "widget" alone is not here: page builders (Elementor, Divi) call
        // every block of the page a widget. WordPress sidebars are found by
        // "widget-area" (a compound) or their <aside>. RISKY: "aside" is
        // sometimes an in-article fact box.
        "sidebar" | "sidebars" | "widgetarea" | "rail" | "sidebox" | "aside" => Sidebar,
        // RISKY: "popular" and "trending" might name a listing page's main
        // column; fine on article pages.
        "related" | "relatedposts" | "recommended" | "recommendations" | "recommendation"
        | "recirculation" | "recirc" | "trending" | "popular" | "mostread" | "mostpopular"
        | "mostviewed" | "mostpop" | "readnext" | "morestories" | "youmaylike" | "alsoread"
        | "upnext" | "yarpp" | "similar" | "dable" | "terkait" | "populer" | "terpopuler"
        | "lainnya" | "rekomendasi" | "empfehlung" | "empfehlungen" | "relacionados"
        | "relacionadas" | "correlati" | "gerelateerd" | "powiazane" | "podobne" => Related,
        // "reply" and "replies" are comment-thread names in practice.
        "comment" | "comments" | "commentlist" | "disqus" | "respond" | "replies" | "reply"
        | "vuukle" | "hypercomments" | "livefyre" | "komentar" | "kommentare" | "commentaires"
        | "comentarios" | "commenti" | "reacties" | "komentarze" => Comments,

        // RISKY: "social" also wraps embedded social posts in some CMSs
        // (`social-embed`), and "share" appears in finance pages
        // (`share-price`).
        "share" | "shares" | "sharing" | "sharer" | "social" | "socials" | "sharebar"
        | "addthis" | "sharethis" | "shareaholic" | "addtoany" | "a2a" | "shariff"
        | "sharedaddy" | "sosmed" | "bagikan" | "teilen" | "partage" | "compartir"
        | "condividi" => Share,
        "newsletter" | "newsletters" | "subscribe" | "signup" | "optin" | "mailchimp" | "mc4wp"
        | "nieuwsbrief" => Newsletter,
        "cookie" | "cookies" | "consent" | "gdpr" | "ccpa" | "cookiebar" | "cookiebanner"
        | "cookienotice" | "cookielaw" | "onetrust" | "didomi" | "cookiebot" | "usercentrics"
        | "truste" => Cookie,
        // RISKY: "tag" is also the kicker label above a headline (`tag-label`)
        // and "topics" a topic page's main list.
        "tags" | "tag" | "tagcloud" | "keywords" | "topics" | "hashtags" | "schlagworte"
        | "etiquetas" | "tagi" | "topik" => Tags,
        // RISKY: "author" is on author boxes and bylines (`author-bio`,
        // `post-author`) but also on quote attributions inside articles;
        // "meta" is the byline/date row (`entry-meta`, `post-meta`). Treat
        // Byline as a small-block signal, not as a reason to drop a large
        // container.
        "byline" | "bylines" | "author" | "authors" | "meta" | "autor" | "auteur" | "autore"
        | "penulis" => Byline,
        // A forum post's author card: phpBB's `postprofile`, vBulletin's
        // `userinfo` (see also the compounds `user-info`, `user-details`,
        // XenForo's `message-user`, `post-signature`); and the signature
        // under each post, phpBB's, vBulletin's and SMF's `signature`.
        "postprofile" | "userinfo" | "signature" => Byline,
        // The publication record that Poland's public-information bulletins
        // (BIP, every office's site) print under each page: who wrote and
        // who published it, when, and a view counter.
        "metryczka" => Byline,
        // RISKY: "hidden" and "hide" are sometimes toggled by scripts on
        // content that becomes visible (read-more expanders); responsive
        // variants are skipped by `for_each_token`.
        "hidden" | "hide" | "invisible" | "offscreen" | "screenreader" | "visuallyhidden"
        | "nodisplay" => Hidden,
        "promo" | "promos" | "promotion" | "promotions" | "cta" | "calltoaction" | "upsell"
        | "marketing" => Promo,
        // RISKY: captions and credits are part of the article for some
        // consumers; whether to keep them is the pipeline's choice.
        "caption" | "captions" | "figcaption" | "credit" | "credits" => Caption,
        "pagination" | "pager" | "paging" | "paginator" | "paginate" | "pagenav" => Pagination,
        "breadcrumb" | "breadcrumbs" | "crumbs" | "crumb" => Breadcrumb,
        // RISKY: "overlay" also names the text overlay of a hero image that
        // holds the headline; "modal-body" etc. are boilerplate only while
        // the modal is closed.
        "popup" | "popups" | "modal" | "modals" | "overlay" | "lightbox" | "interstitial"
        | "flyout" | "toast" => Popup,
        "printonly" | "onlyprint" => Print,
        _ => return None,
    };
    Some(kind)
}

/// Compound names of several tokens, with `-` standing for `-` or `_`.
const COMPOUNDS: &[(&str, ClassKind)] = &[
    ("widget-area", ClassKind::Sidebar),
    ("most-popular", ClassKind::Related),
    ("most-read", ClassKind::Related),
    ("most-viewed", ClassKind::Related),
    ("most-shared", ClassKind::Related),
    ("read-next", ClassKind::Related),
    ("read-also", ClassKind::Related),
    ("also-read", ClassKind::Related),
    ("see-also", ClassKind::Related),
    ("more-stories", ClassKind::Related),
    ("more-articles", ClassKind::Related),
    ("more-news", ClassKind::Related),
    ("top-stories", ClassKind::Related),
    ("latest-news", ClassKind::Related),
    ("next-article", ClassKind::Related),
    ("up-next", ClassKind::Related),
    ("you-may-like", ClassKind::Related),
    ("you-might-like", ClassKind::Related),
    ("baca-juga", ClassKind::Related),
    ("berita-terkait", ClassKind::Related),
    ("artikel-terkait", ClassKind::Related),
    ("berita-lainnya", ClassKind::Related),
    ("mehr-zum-thema", ClassKind::Related),
    ("lesen-sie-auch", ClassKind::Related),
    ("lire-aussi", ClassKind::Related),
    ("leia-tambem", ClassKind::Related),
    ("leggi-anche", ClassKind::Related),
    ("social-share", ClassKind::Share),
    // The row of print, share and "back to top" links under an article or
    // a service page.
    ("page-tools", ClassKind::Share),
    ("article-tools", ClassKind::Share),
    ("post-tools", ClassKind::Share),
    ("follow-us", ClassKind::Share),
    ("sr-only", ClassKind::Hidden),
    ("screen-reader-text", ClassKind::Hidden),
    ("screen-reader-only", ClassKind::Hidden),
    ("off-screen", ClassKind::Hidden),
    ("print-only", ClassKind::Print),
    ("only-print", ClassKind::Print),
    ("visible-print", ClassKind::Print),
    ("show-for-print", ClassKind::Print),
    ("skip-link", ClassKind::Navigation),
    ("skip-links", ClassKind::Navigation),
    ("skip-to-content", ClassKind::Navigation),
    ("back-to-top", ClassKind::Navigation),
    ("off-canvas", ClassKind::Navigation),
    ("sign-up", ClassKind::Newsletter),
    ("opt-in", ClassKind::Newsletter),
    ("cc-window", ClassKind::Cookie),
    ("cc-banner", ClassKind::Cookie),
    // Consent managers that name their boxes after themselves, on sites in
    // every language: Quantcast Choice (`qc-cmp2-container`), Sourcepoint
    // (`sp_message_container_12345`), iubenda (`iubenda-cs-banner`) and
    // Osano (`osano-cm-window`). Their tokens alone ("cmp", "message")
    // name nothing: Adobe's components are `cmp-text`.
    ("qc-cmp2", ClassKind::Cookie),
    ("sp-message-container", ClassKind::Cookie),
    ("iubenda-cs", ClassKind::Cookie),
    ("osano-cm", ClassKind::Cookie),
    ("tag-cloud", ClassKind::Tags),
    ("tag-list", ClassKind::Tags),
    ("tag-links", ClassKind::Tags),
    ("about-the-author", ClassKind::Byline),
    ("bread-crumb", ClassKind::Breadcrumb),
    ("exit-intent", ClassKind::Popup),
    // A shop's customer reviews are its comment section (on a product
    // page, the product's description and specifications are the
    // content). Not "reviews" alone (a review site's main list) nor
    // "user-review" (review blogs end their article with readers' reviews).
    // A forum post's author card (name, reputation, badges, "asked Jun 29,
    // 2012") and signature: the post's byline, not its text.
    ("user-info", ClassKind::Byline),
    ("user-details", ClassKind::Byline),
    ("message-user", ClassKind::Byline),
    ("post-signature", ClassKind::Byline),
    ("message-signature", ClassKind::Byline),
    ("customer-review", ClassKind::Comments),
    ("individual-review", ClassKind::Comments),
];

/// The kind of boilerplate container named by a compound of several tokens
/// in a class or id attribute: "most-popular", "read-next", "more-stories",
/// "also-read", "baca-juga", "berita-terkait", "social-share", "sr-only",
/// "screen-reader-text", "print-only", "visible-print", "skip-link",
/// "tag-cloud" ... (see the table in the source). `-` in a compound also
/// matches `_` ("most_popular"); camelCase compounds ("mostPopular") are
/// single tokens and are found by [`boilerplate_kind`]. The compound must
/// stand between non-alphanumeric characters or the ends of the attribute
/// ("almost-ready" does not contain "most-read"); ASCII case is ignored, so
/// the raw attribute may be passed as well as a lowercased one.
pub(crate) fn compound_kind(lowercase_attr: &str) -> Option<ClassKind> {
    let attr = lowercase_attr.as_bytes();
    let buckets = compound_buckets();
    // Compounds start at a word start: only try those positions, and only
    // the compounds that start with the letter found there. On several
    // matches the earliest in the table wins.
    let mut best: Option<usize> = None;
    for start in 0..attr.len() {
        if start > 0 && attr[start - 1].is_ascii_alphanumeric() {
            continue;
        }
        let first = attr[start].to_ascii_lowercase();
        if !first.is_ascii_lowercase() {
            continue;
        }
        for &rank in &buckets[usize::from(first - b'a')] {
            if best.is_none_or(|b| rank < b)
                && compound_at(attr, start, COMPOUNDS[rank].0.as_bytes())
            {
                best = Some(rank);
            }
        }
    }
    best.map(|rank| COMPOUNDS[rank].1)
}

/// Indices into [`COMPOUNDS`] by the compound's first letter, built on
/// first use.
fn compound_buckets() -> &'static [Vec<usize>; 26] {
    static BUCKETS: std::sync::OnceLock<[Vec<usize>; 26]> = std::sync::OnceLock::new();
    BUCKETS.get_or_init(|| {
        let mut buckets: [Vec<usize>; 26] = Default::default();
        for (rank, (pattern, _)) in COMPOUNDS.iter().enumerate() {
            let first = pattern.as_bytes()[0];
            assert!(first.is_ascii_lowercase(), "{pattern}");
            buckets[usize::from(first - b'a')].push(rank);
        }
        buckets
    })
}

/// Whether `pattern` occurs in `attr` at `start` and ends at a word
/// boundary, with `-` in the pattern matching `-` or `_`.
fn compound_at(attr: &[u8], start: usize, pattern: &[u8]) -> bool {
    let end = start + pattern.len();
    end <= attr.len()
        && (end == attr.len() || !attr[end].is_ascii_alphanumeric())
        && attr[start..end].iter().zip(pattern).all(|(&a, &p)| {
            if p == b'-' {
                a == b'-' || a == b'_'
            } else {
                a.eq_ignore_ascii_case(&p)
            }
        })
}

/// Whether a lowercase token names an article or content container:
/// article, content, entry, post, story, body, text, main, blog, prose,
/// richtext, articlebody, and their usual compounds and translations.
/// Whole-token match; trailing digits are ignored as in
/// [`boilerplate_kind`].
///
/// These are weak signals: "body" is also in `modal-body` and `card-body`,
/// "post" in `post-comments`, "content" in `sidebar-content`. When an
/// attribute has both a content token and a boilerplate token, the
/// boilerplate one is usually the more specific (`post-comments`,
/// `entry-footer`).
pub(crate) fn is_content_token(token: &str) -> bool {
    is_content(token) || {
        let trimmed = token.trim_end_matches(|c: char| c.is_ascii_digit());
        trimmed.len() < token.len() && is_content(trimmed)
    }
}

/// The token table of [`is_content_token`].
fn is_content(token: &str) -> bool {
    matches!(
        token,
        "article"
            | "content"
            | "entry"
            | "post"
            | "story"
            | "body"
            | "text"
            | "main"
            | "blog"
            | "prose"
            | "richtext"
            | "articlebody"
            | "postbody"
            | "entrycontent"
            | "postcontent"
            | "articlecontent"
            | "storybody"
            | "storycontent"
            | "articletext"
            | "maincontent"
            | "hentry"
            | "markdown"
            | "rte"
            | "wysiwyg"
            | "longform"
            | "paragraph"
            | "detail"
            | "txt"
            | "artikel"
            | "konten"
            | "isi"
            | "inhalt"
            | "contenu"
            | "contenido"
            | "conteudo"
            | "contenuto"
            | "tresc"
            | "obsah"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(attr: &str) -> Vec<String> {
        let mut out = Vec::new();
        for_each_token(attr, |t| out.push(t.to_owned()));
        out
    }

    /// The boilerplate kinds of an attribute: of its tokens, then of its
    /// compounds.
    fn kinds(attr: &str) -> Vec<ClassKind> {
        let mut out = Vec::new();
        for_each_token(attr, |t| out.extend(boilerplate_kind(t)));
        out.extend(compound_kind(attr));
        out
    }

    #[test]
    fn tokens_split_at_separators_and_camel_case() {
        assert_eq!(
            tokens("articleBody related-posts__list"),
            ["article", "body", "related", "posts", "list"]
        );
        assert_eq!(tokens("HTMLParser"), ["html", "parser"]);
        assert_eq!(
            tokens("  td-post-content\ttagdiv-type "),
            ["td", "post", "content", "tagdiv", "type"]
        );
        assert_eq!(
            tokens("sidebar2 col-md-8 h2Title"),
            ["sidebar2", "col", "md", "h2", "title"]
        );
        assert_eq!(tokens("div-gpt-ad-1234567-0"), ["div", "gpt", "ad"]);
        assert_eq!(tokens("OUTBRAIN"), ["outbrain"]);
        assert_eq!(tokens("Inhalt-Übersicht"), ["inhalt", "übersicht"]);
        assert_eq!(tokens(""), Vec::<String>::new());
        assert_eq!(tokens("--__--"), Vec::<String>::new());
    }

    #[test]
    fn tokens_skip_taxonomy_and_utility_classes() {
        let wp = "post-123 post type-post status-publish format-standard hentry \
            category-advertising tag-social-media tag-cookies";
        assert_eq!(
            tokens(wp),
            ["post", "post", "type", "post", "status", "publish", "format", "standard", "hentry"]
        );
        assert!(kinds(wp).is_empty());
        for attr in [
            "hidden-xs col-md-8",
            "hidden-print",
            "hide-on-mobile",
            "mobile-hidden",
            "overflow-hidden",
            "overflow-x-hidden",
            "max-w-6xl mx-auto maxlg:px-4 maxlg:overflow-hidden",
            "lg:overflow-x-hidden",
            "vds-box vds-overflow_hidden",
            "u-overflow-hidden",
            "product__description rte quick-add-hidden",
            "price no-js-hidden",
            "hidden md:block",
            "minlg:hidden group-[.active]:block maxlg:hidden",
            "hide-for-small-only",
            "elementor-element elementor-invisible elementor-widget-text-editor",
            "field field--name-body field--label-hidden field__item",
            "layout-caption-hidden",
            "hide-scrollbar",
            "SummaryCollectionGridItems-dygJmn kfvBxQ hide-read-more-ad",
            "hide-entry-author",
            "hide-when-no-script",
            "blockContainer blockAnim blockAnim--hidden blockAnim--fadeUp",
            "heading hidden_indents",
            "wsite-elements wsite-not-footer",
            "no-sidebar",
            "media-landscape no-caption",
            "non_ad",
            "node node--type-recipe node--promoted node--view-mode-full",
            "view view--hrsa-promoted-blocks",
        ] {
            assert!(kinds(attr).is_empty(), "{attr:?}: {:?}", kinds(attr));
        }
        for attr in [
            "hidden",
            "is-hidden",
            "visually-hidden",
            "u-hide",
            "hide",
            "hide-visually",
            "hidden lg:hidden",
            "md:hidden",
            "hidden print:block",
            "invisible",
            "widget__not-rated--hidden",
        ] {
            let found = kinds(attr);
            assert!(
                !found.is_empty() && found.iter().all(|&k| k == ClassKind::Hidden),
                "{attr:?}"
            );
        }
    }

    #[test]
    fn content_containers_are_not_boilerplate() {
        let content = [
            "entry-content",
            "post-content clearfix",
            "td-post-content",
            "article__body",
            "c-article-body",
            "articleBody",
            "story-body__inner",
            "post-body entry-content",
            "field-name-body field-type-text-with-summary",
            "rich-text",
            "content-area",
            "main-content",
            "single-post-content",
            "detail__body-text",
            "read__content",
            "txt-article",
            "markdown-body",
            "prose lg:prose-xl",
            "article-text",
            "post-entry",
            "blog-post",
            "storytext",
            "l-container",
            "wrapper",
            "container",
            "row",
            "col-md-8",
            "article-headline",
            "almost-ready",
            "download-link",
            "shadow-lg",
            "thread-nextgen",
            // Page builders name every block a widget.
            "elementor-widget-container",
            "elementor-widget elementor-widget-text-editor",
        ];
        for attr in content {
            assert!(kinds(attr).is_empty(), "{attr:?}: {:?}", kinds(attr));
        }
        for attr in [
            "entry-content",
            "td-post-content",
            "article__body",
            "c-article-body",
            "articleBody",
            "markdown-body",
            "detail__body-text",
            "read__content",
            "hentry",
            "post-body2",
            "konten-artikel",
            "isi-berita",
        ] {
            let mut content = false;
            for_each_token(attr, |t| content |= is_content_token(t));
            assert!(content, "{attr:?}");
        }
        assert!(!is_content_token("sidebar") && !is_content_token("comments"));
    }

    #[test]
    fn boilerplate_containers_are_found() {
        use ClassKind::*;
        let cases: &[(&str, ClassKind)] = &[
            ("related-posts", Related),
            ("jp-relatedposts", Related),
            ("yarpp-related", Related),
            ("share-buttons", Share),
            ("td-post-sharing", Share),
            ("sidebar-widget", Sidebar),
            ("widget-area", Sidebar),
            ("adsbygoogle", Ad),
            ("ad-slot", Ad),
            ("adSlot", Ad),
            ("div-gpt-ad-1234-0", Ad),
            ("adunit3", Ad),
            ("OUTBRAIN", Ad),
            ("trc_related_container taboola", Related),
            ("comment-list", Comments),
            ("comments-area", Comments),
            ("navbar navbar-expand-lg", Navigation),
            ("site-footer", Footer),
            ("site-header", Header),
            ("cookie-banner", Cookie),
            ("qc-cmp2-container", Cookie),
            ("sp_message_container_1034711", Cookie),
            ("iubenda-cs-banner", Cookie),
            ("osano-cm-window osano-cm-dialog", Cookie),
            ("newsletter-signup", Newsletter),
            ("tagcloud", Tags),
            ("post-tags", Tags),
            ("breadcrumb", Breadcrumb),
            ("pagination", Pagination),
            ("wp-caption-text", Caption),
            ("byline", Byline),
            ("entry-meta", Byline),
            ("modal fade", Popup),
            ("promo-box", Promo),
            ("mostPopular", Related),
            ("berita-terkait", Related),
            ("iklan-atas", Ad),
            ("printonly", Print),
            ("postprofile", Byline),
            ("signature", Byline),
            ("metryczka", Byline),
            ("page-tools", Share),
            ("cb-mostpop", Related),
            ("article-tools__print", Share),
        ];
        for &(attr, kind) in cases {
            let found = kinds(attr);
            assert_eq!(found.first(), Some(&kind), "{attr:?}: {found:?}");
        }
    }

    #[test]
    fn compounds_need_boundaries() {
        use ClassKind::*;
        assert_eq!(compound_kind("most-popular"), Some(Related));
        assert_eq!(compound_kind("widget most_popular"), Some(Related));
        assert_eq!(compound_kind("Most-Read-List"), Some(Related));
        assert_eq!(compound_kind("box read-next__item"), Some(Related));
        assert_eq!(compound_kind("baca-juga"), Some(Related));
        assert_eq!(compound_kind("social-share-bar"), Some(Share));
        assert_eq!(compound_kind("sr-only"), Some(Hidden));
        assert_eq!(compound_kind("screen-reader-text"), Some(Hidden));
        assert_eq!(compound_kind("print-only"), Some(Print));
        assert_eq!(compound_kind("visible-print-block"), Some(Print));
        assert_eq!(compound_kind("tag-cloud"), Some(Tags));
        // A shop's customer reviews; a review blog's readers' reviews
        // (`user-review`) are part of its article.
        assert_eq!(
            compound_kind("fx-grid customer-review js-review"),
            Some(Comments)
        );
        assert_eq!(compound_kind("individual-review__review"), Some(Comments));
        assert_eq!(compound_kind("user-review-list"), None);
        assert_eq!(compound_kind("post-signature owner"), Some(Byline));
        assert_eq!(compound_kind("message-signature"), Some(Byline));
        assert_eq!(compound_kind("user-info user-hover"), Some(Byline));
        assert_eq!(compound_kind("message-user"), Some(Byline));
        assert_eq!(compound_kind("MessageCard__user-details"), Some(Byline));
        // XenForo's post text is `message-userContent`.
        assert_eq!(compound_kind("message-userContent"), None);
        assert_eq!(compound_kind("almost-ready"), None);
        assert_eq!(compound_kind("thread-nextgen"), None);
        assert_eq!(compound_kind("usr-only"), None);
        assert_eq!(compound_kind("post-content"), None);
        assert_eq!(compound_kind(""), None);
    }
}
