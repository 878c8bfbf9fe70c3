//! Stage 2: prepare. Marks what can never be article content before any
//! scoring: scripts and styles, form controls, embeds, hidden elements, and
//! the containers that pages label as boilerplate (navigation, comments,
//! share bars, ads, related links...) by tag, ARIA role or class/id tokens.
//!
//! Nothing is removed from the tree; nodes are marked in [`Marks`], and a
//! mark covers the node's whole subtree.

use super::blocks::{Block, Class};
use crate::dom::{Dom, NodeId, Tag};
use crate::lexicon::classes::{self, ClassKind};
use crate::{Options, Reason};
use html5ever::local_name;
use std::cell::OnceCell;

/// The drop marks of every node.
#[derive(Clone)]
pub(crate) struct Marks {
    dropped: Vec<Option<Reason>>,
}

impl Marks {
    pub fn new(len: usize) -> Marks {
        Marks {
            dropped: vec![None; len],
        }
    }

    /// The reason the node itself was marked, if it was (not its ancestors).
    pub fn reason(&self, id: NodeId) -> Option<Reason> {
        self.dropped[id as usize]
    }

    /// Whether the node itself carries a mark (its subtree is dropped).
    pub fn is_dropped(&self, id: NodeId) -> bool {
        self.dropped[id as usize].is_some()
    }

    /// Removes a node's mark.
    pub fn undrop(&mut self, id: NodeId) {
        self.dropped[id as usize] = None;
    }

    /// Marks a node, keeping the first reason given.
    pub fn drop_node(&mut self, id: NodeId, reason: Reason) {
        let slot = &mut self.dropped[id as usize];
        if slot.is_none() {
            *slot = Some(reason);
        }
    }
}

/// Good prose outside the comment sections below which a page is a
/// discussion rather than an article with comments.
const DISCUSSION_MAX_OUTSIDE_PROSE: u32 = 400;

/// Text outside the comment sections, prose or not (anything not judged
/// boilerplate), below which an undeclared page is a discussion rather
/// than a listing or a product with comments under it.
const DISCUSSION_MAX_OUTSIDE_TEXT: u32 = 1000;

/// Undoes the marks of comment sections when the page has hardly any
/// text outside them (little good prose, and little text of any kind: a
/// list of the community's 100 best books or a shop's product, each with
/// thousands of comments under it, is no discussion for lack of prose),
/// or when the page is `declared` a forum thread (see
/// [`declarations`]): on a thread the posts are what the reader
/// came for. On a Q&A page the answers are posts of their own and the
/// boxes named "comments" under each post are remarks on it ("Does not
/// work in Windows 10"), which stay out unless one section holds a third
/// of the page (the answers themselves, under "22 Comments"). Returns
/// whether anything was restored.
pub(crate) fn restore_discussion(
    dom: &Dom,
    marks: &mut Marks,
    lengths: &[u32],
    blocks: &[Block],
    declared: Discussion,
) -> bool {
    // On a Q&A page, only a section that holds a third of the page is the
    // answers (a site that lists them under "22 Comments").
    let mut min_len = 500;
    match declared {
        Discussion::Questions => min_len = min_len.max(lengths[dom.body as usize] / 3),
        Discussion::Forum => {}
        Discussion::None => {
            let (mut prose, mut text) = (0, 0);
            for b in blocks {
                match b.class {
                    Class::Good => prose += b.len(),
                    Class::Bad(_) => continue,
                    _ => {}
                }
                text += b.len();
            }
            if prose >= DISCUSSION_MAX_OUTSIDE_PROSE || text >= DISCUSSION_MAX_OUTSIDE_TEXT {
                return false;
            }
        }
    }
    let sections: Vec<NodeId> = (0..dom.len() as NodeId)
        .filter(|&id| marks.reason(id) == Some(Reason::Comments) && lengths[id as usize] >= min_len)
        .collect();
    for &id in &sections {
        marks.undrop(id);
    }
    !sections.is_empty()
}

/// schema.org's type of a thing for sale, as microdata `itemtype` and as a
/// JSON-LD `@type`.
const PRODUCT_TYPE: &str = "schema.org/Product";
const PRODUCT_LD_TYPE: &str = "\"Product\"";

/// Marks the customers' reviews of a product page inside the selected
/// `root` (`product-reviews`, `reviews`, `testimonials`): the shop's
/// comment section, under the description a reader came for. Unless
/// nearly all of the root is reviews (less than [`MIN_TEXT_BESIDE_REVIEWS`]
/// beside them): then the product's own text is drawn by a script, and
/// the reviews are all the page has to show.
pub(crate) fn mark_customer_reviews(dom: &Dom, marks: &mut Marks, lengths: &[u32], root: NodeId) {
    let mut reviews = Vec::new();
    let mut id = root + 1;
    let end = dom.end(root);
    while id < end {
        if marks.is_dropped(id) {
            id = dom.end(id);
            continue;
        }
        if dom.tag(id).is_element() && names_reviews(dom, id) {
            reviews.push(id);
            id = dom.end(id);
            continue;
        }
        id += 1;
    }
    let review_len: u32 = reviews.iter().map(|&r| lengths[r as usize]).sum();
    if lengths[root as usize].saturating_sub(review_len) >= MIN_TEXT_BESIDE_REVIEWS {
        for r in reviews {
            marks.drop_node(r, Reason::Comments);
        }
    }
}

/// Text the rest of a product page's selection holds from which its
/// reviews are marked (see [`mark_customer_reviews`]).
const MIN_TEXT_BESIDE_REVIEWS: u32 = 200;

/// Whether the element's class or id names customer reviews
/// (`product-reviews`, `reviewsContainer`, `testimonials`). A name that
/// also says "description" is the box of both, the product's description
/// and its reviews (Shopware's `product-description-reviews` tabs): not
/// the reviews.
fn names_reviews(dom: &Dom, id: NodeId) -> bool {
    const REVIEW_WORDS: [&str; 4] = ["review", "reviews", "testimonial", "testimonials"];
    let mut found = false;
    let mut description = false;
    for attr in [local_name!("class"), local_name!("id")] {
        if let Some(value) = dom.attr(id, attr) {
            let lower = value.to_ascii_lowercase();
            if value.len() > 2000 || !(lower.contains("review") || lower.contains("testimonial")) {
                continue;
            }
            // Tokens of the attribute as written: "reviewsContainer" is
            // two words.
            classes::for_each_token(&value, |t| {
                found |= REVIEW_WORDS.iter().any(|w| t.eq_ignore_ascii_case(w));
                description |= t.eq_ignore_ascii_case("description");
            });
        }
    }
    found && !description
}

/// What a page declares itself to be, as a discussion (see
/// [`declarations`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Discussion {
    /// No discussion declared.
    None,
    /// A forum thread (`DiscussionForumPosting`): every post is content.
    Forum,
    /// A question and its answers (`QAPage`, and no forum posting).
    Questions,
}

/// schema.org types that say a page is a discussion: a forum thread, a
/// question with its answers. Forum and Q&A software (phpBB, XenForo,
/// Discourse, vBulletin, Stack Exchange...) declares them in microdata or
/// JSON-LD whatever the language of the page. ("Question" alone is not one:
/// FAQ blocks on product and service pages are made of Questions.)
const FORUM_TYPE: &str = "DiscussionForumPosting";
const QA_TYPE: &str = "QAPage";
/// The same as JSON-LD `@type` values.
const FORUM_LD_TYPE: &str = "\"DiscussionForumPosting\"";
const QA_LD_TYPE: &str = "\"QAPage\"";
/// Answers with vote counts: a Q&A thread that declares no `QAPage`
/// (XenForo's question threads mark up each reply as an `Answer` with an
/// `upvoteCount`). The answers of an FAQ are never voted on, and the
/// comments voted on under an article are no `Answer`s.
const ANSWER_TYPE: &str = "schema.org/Answer";
const ANSWER_LD_TYPE: &str = "\"Answer\"";
const VOTES_PROP: &str = "upvoteCount";

/// What the page declares itself to be, in microdata `itemtype`s and
/// JSON-LD `@type`s (for search engines' rich results, whatever the
/// language of the page).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Declarations {
    /// A discussion: then its replies are the content even when the
    /// opening post is long enough to pass for an article.
    pub discussion: Discussion,
    /// A product for sale (a shop's product page).
    pub product: bool,
}

/// Reads the page's [`Declarations`] in one pass over the tree.
pub(crate) fn declarations(dom: &Dom) -> Declarations {
    let mut found = Declarations {
        discussion: Discussion::None,
        product: false,
    };
    let (mut answers, mut votes) = (false, false);
    let mut note = |forum: bool, qa: bool, product: bool| {
        if forum {
            found.discussion = Discussion::Forum;
        } else if qa && found.discussion == Discussion::None {
            found.discussion = Discussion::Questions;
        }
        found.product |= product;
    };
    for id in 0..dom.len() as NodeId {
        match dom.tag(id) {
            Tag::Meta if is_forum_generator(dom, id) => note(true, false, false),
            Tag::Html | Tag::Body if is_forum_thread_root(dom, id) => note(true, false, false),
            Tag::Script if dom.is_json_ld(id) => {
                for c in dom.children(id) {
                    if let Some(text) = dom.text(c) {
                        note(
                            text.contains(FORUM_LD_TYPE),
                            text.contains(QA_LD_TYPE),
                            text.contains(PRODUCT_LD_TYPE),
                        );
                        answers |= text.contains(ANSWER_LD_TYPE);
                        votes |= text.contains(VOTES_PROP);
                    }
                }
            }
            tag if tag.is_element() => {
                if let Some(t) = dom.attr(id, local_name!("itemtype")) {
                    note(
                        t.contains(FORUM_TYPE),
                        t.contains(QA_TYPE),
                        t.trim_end_matches('/').ends_with(PRODUCT_TYPE),
                    );
                    answers |= t.trim_end_matches('/').ends_with(ANSWER_TYPE);
                }
                votes |= dom
                    .attr(id, local_name!("itemprop"))
                    .is_some_and(|p| p.trim() == VOTES_PROP);
            }
            _ => {}
        }
    }
    if answers && votes && found.discussion == Discussion::None {
        // Its replies are all answers: a thread whose software wraps them
        // in one box named like comments, as a forum's posts.
        found.discussion = Discussion::Forum;
    }
    found
}

/// Forum software that names itself in `<meta name="generator">` (Discuz!,
/// the most common in China; phpBB, vBulletin, XenForo, MyBB, Simple
/// Machines): a page it made is a thread, and declares so as plainly as
/// a schema.org type, which these programs do not write.
const FORUM_GENERATORS: [&str; 7] = [
    "discuz!",
    "phpbb",
    "vbulletin",
    "xenforo",
    "mybb",
    "simple machines",
    "smf ",
];

/// Whether a `<meta>` is the generator tag of forum software (see
/// [`FORUM_GENERATORS`]).
fn is_forum_generator(dom: &Dom, id: NodeId) -> bool {
    dom.attr(id, local_name!("name"))
        .is_some_and(|n| n.trim().eq_ignore_ascii_case("generator"))
        && dom.attr(id, local_name!("content")).is_some_and(|c| {
            let c = c.trim_start().as_bytes();
            FORUM_GENERATORS
                .iter()
                .any(|g| c.len() >= g.len() && c[..g.len()].eq_ignore_ascii_case(g.as_bytes()))
        })
}

/// Forum software that marks its thread pages on the root elements, in
/// every language and whatever the site, where it writes no generator tag
/// and no schema.org type: phpBB's standard style puts `<body id="phpbb"
/// class="section-viewtopic">` on a topic, XenForo 2 `<html id="XF"
/// class="template-thread_view">` on a thread (and
/// `template-thread_view_type_question` on a question). Their board and
/// forum indexes carry other section or template names: lists of topics,
/// not posts.
const FORUM_THREAD_ROOTS: [(&str, &str); 2] = [
    ("phpbb", "section-viewtopic"),
    ("XF", "template-thread_view"),
];

/// Whether `<html>` or `<body>` carries a forum thread's marks (see
/// [`FORUM_THREAD_ROOTS`]).
fn is_forum_thread_root(dom: &Dom, id: NodeId) -> bool {
    let Some(root_id) = dom.attr(id, local_name!("id")) else {
        return false;
    };
    let Some(class) = dom.attr(id, local_name!("class")) else {
        return false;
    };
    FORUM_THREAD_ROOTS
        .iter()
        .any(|&(software, thread)| root_id.trim() == software && class.contains(thread))
}

/// Whether the page declares itself a discussion (see [`declarations`]).
#[cfg(test)]
pub(crate) fn declares_discussion(dom: &Dom) -> Discussion {
    declarations(dom).discussion
}

/// Text length (weighted, see [`crate::text`]) of each subtree, ignoring
/// scripts, styles and templates; used to tell a wrapper that holds most of
/// the page from a box beside the content.
///
/// The text nodes' lengths come from the index ([`Dom::text_len`], which
/// leaves the text of scripts, styles and templates unmeasured): this pass
/// reads no node of the tree, where reading every text node again was
/// most of its time (cache misses).
pub(crate) fn subtree_text_lengths(dom: &Dom) -> Vec<u32> {
    let mut lengths = vec![0u32; dom.len()];
    for id in (0..dom.len() as NodeId).rev() {
        let own = match dom.tag(id) {
            Tag::Text => dom.text_len(id),
            Tag::Script | Tag::Style | Tag::Template | Tag::Head => {
                lengths[id as usize] = 0;
                continue;
            }
            _ => 0,
        };
        lengths[id as usize] += own;
        let parent = dom.parent(id);
        if parent != crate::dom::NO_NODE {
            lengths[parent as usize] += lengths[id as usize];
        }
    }
    lengths
}

/// Marks the non-content of the page.
#[cfg(test)]
pub(crate) fn prepare(dom: &Dom, lengths: &[u32], options: &Options) -> Marks {
    prepare_with(dom, lengths, options, Hints::Use)
}

/// Whether preparation acts on boilerplate hints (roles, class and id
/// names) or only on what elements are (scripts, forms, hidden...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Hints {
    Use,
    /// Hints are ignored: the retry for pages whose hints removed everything.
    Ignore,
}

/// Marks the non-content of the page, with or without the hints.
pub(crate) fn prepare_with(dom: &Dom, lengths: &[u32], options: &Options, hints: Hints) -> Marks {
    let mut marks = Marks::new(dom.len());
    // Everything outside <body> (the head, comments before <html>).
    for id in 0..dom.len() as NodeId {
        if dom.tag(id) == Tag::Head {
            marks.drop_node(id, Reason::Script);
        }
    }
    let body = dom.body;
    let body_len = lengths[body as usize];
    let mut id = body + 1;
    let end = dom.end(body);
    let mut walk_budget = WALK_BUDGET;
    let landmarks = OnceCell::new();
    let mut dropped_len = 0u32;
    // Boxes dropped as related links or ads, checked again at the end.
    let mut misnamable: Vec<NodeId> = Vec::new();
    // The end of the comment section being walked (see
    // [`is_kept_out_of_posts`]).
    let mut comments_end = 0;
    // The end of the code block being walked: inside it, class names are
    // a syntax highlighter's (`hljs-comment`, `token tag`, `hljs-meta`),
    // not boxes.
    let mut code_end = 0;
    // Ad labels standing alone ("Sponsored"), for the cards they label.
    let mut ad_labels: Vec<NodeId> = Vec::new();
    // Forms dropped, checked again at the end for sign-up boxes.
    let mut forms: Vec<NodeId> = Vec::new();
    while id < end {
        let tag = dom.tag(id);
        if !tag.is_element() {
            if tag == Tag::Comment {
                marks.drop_node(id, Reason::Script);
            }
            if tag == Tag::Text
                && hints == Hints::Use
                && (2..=MAX_AD_LABEL_LEN).contains(&lengths[id as usize])
                && is_ad_label(dom, lengths, id)
            {
                ad_labels.push(id);
            }
            id += 1;
            continue;
        }
        let reason = tag_reason(dom, id, lengths, options).or_else(|| hidden_reason(dom, id));
        // Inside a post, a reason of what the element is that posts keep (an
        // `<aside>`) gives way to what its hints name (XenForo's `<aside
        // class=message-signature>`, the post's byline).
        let in_comments = id < comments_end;
        let reason = reason.filter(|&r| !in_comments || is_kept_out_of_posts(r));
        let in_code = id < code_end;
        if matches!(tag, Tag::Pre | Tag::Code) {
            code_end = code_end.max(dom.end(id));
        }
        let reason = match hints {
            Hints::Use if in_code => reason,
            Hints::Use => reason
                .or_else(|| role_reason(dom, id))
                .or_else(|| {
                    class_reason(dom, id).filter(|&r| {
                        !names_nothing_of_heading(tag, r)
                            && !is_in_running_text(dom, id, lengths)
                            && !is_formula(dom, id, lengths)
                            && (r != Reason::Hidden
                                || !(follows_disclosure_button(dom, id)
                                    || has_panel_class(dom, id)))
                            && (r != Reason::Navigation
                                || !is_prose_named_menu(dom, id, lengths, &mut walk_budget))
                    })
                })
                .or_else(|| credit_reason(dom, id, lengths)),
            // Consent boxes stay out even then: a page's whole layout is
            // never named "consent" or "onetrust", and a consent platform's
            // preference center (a paragraph on every purpose) is the
            // longest prose of many recipe and shop listings.
            Hints::Ignore => reason.filter(|r| !is_hint_reason(*r)).or_else(|| {
                (class_kind(dom, id) == Some(ClassKind::Cookie)).then_some(Reason::Cookie)
            }),
        };
        let reason = reason.filter(|&r| !in_comments || is_kept_out_of_posts(r));
        if let Some(reason) = reason {
            let walk = &mut walk_budget;
            if !is_protected(dom, id, reason, lengths, body_len, &landmarks, walk) {
                marks.drop_node(id, reason);
                if reason == Reason::Comments {
                    // Walked on: its inner boxes matter if the section is
                    // restored as a discussion's posts.
                    comments_end = dom.end(id);
                    id += 1;
                    continue;
                }
                if in_comments {
                    id = dom.end(id);
                    continue;
                }
                dropped_len += lengths[id as usize];
                if tag == Tag::Form {
                    forms.push(id);
                }
                if matches!(reason, Reason::RelatedLinks | Reason::Ad) {
                    misnamable.push(id);
                }
                id = dom.end(id);
                continue;
            }
        }
        id += 1;
    }
    for form in forms {
        if asks_for_email(dom, form) {
            let landmarks = landmarks.get_or_init(|| Landmarks::build(dom));
            if let Some(sign_up) = sign_up_box(dom, lengths, form, landmarks) {
                marks.drop_node(sign_up, Reason::Newsletter);
            }
        }
    }
    // Labels in document order: one inside a card already dropped is done.
    let mut dropped_until = 0;
    for label in ad_labels {
        if label < dropped_until {
            continue;
        }
        if let Some(card) = labelled_card(dom, &marks, lengths, label) {
            marks.drop_node(card, Reason::Ad);
            dropped_until = dom.end(card);
        }
    }
    // A box named as related links or an ad that holds more text than
    // all the page keeps besides it is the content under a component's
    // name (a CMS's "related-content" block holding a legal-aid page's
    // answers, an "ad-container" wrapping a service's description): a
    // real one sits beside a longer article.
    let kept_len = body_len.saturating_sub(dropped_len);
    for id in misnamable {
        if lengths[id as usize] > kept_len {
            marks.undrop(id);
        }
    }
    marks
}

/// Text a labelled ad holds besides its label: a product's name, a price,
/// a line.
const MAX_LABELLED_AD_LEN: u32 = 250;

/// The longest ad label looked for ("Advertisement feature", "Contenido
/// patrocinado").
const MAX_AD_LABEL_LEN: u32 = 40;

/// Distinct link targets in a labelled ad: the product it sells (image and
/// name), and a button.
const MAX_LABELLED_AD_TARGETS: usize = 2;

/// A text that is an ad label on its own line: the whole text of its
/// element ("<p>Sponsored</p>"), not a run-in label of a sentence
/// ("<li><strong>Ads:</strong> Facebook Ads are customizable...").
fn is_ad_label(dom: &Dom, lengths: &[u32], text: NodeId) -> bool {
    // The outermost element that holds the text and nothing else.
    let mut label = text;
    while dom.parent(label) != crate::dom::NO_NODE
        && lengths[dom.parent(label) as usize] == lengths[text as usize]
    {
        label = dom.parent(label);
    }
    // Inline (`<strong>`, `<span>`) beside more text, it is run in; as an
    // item of a list or a cell of a table, it is one of its peers (a
    // list of trades with "Advertising" among them). Checked first: it
    // rules out most short texts (links, list items) before any reading.
    dom.tag(label).is_block()
        && !matches!(
            dom.tag(label),
            Tag::Li | Tag::Dt | Tag::Dd | Tag::Td | Tag::Th
        )
        && dom.text(text).is_some_and(|t| {
            crate::lexicon::phrases::classify_exact(&t)
                == Some(crate::lexicon::phrases::PhraseKind::AdLabel)
        })
}

/// Paid placements among the content, told by their label rather than by
/// a class: a shop's "Sponsored" product banners between the real ones, a
/// "Promoted" card in a list of results, an "Anzeige" box in a listing.
/// The label alone goes anyway as a phrase; this finds the card it
/// labels: the largest box around the label that holds little more text
/// (a name, a price), and links to one or two places or shows a picture.
/// A box that links to more places is a list with one paid item in it,
/// and only that item goes. The page's landmarks (`<main>`, `<article>`)
/// are never a card.
///
/// Each step up reads only the nodes the box adds to the one below it, so
/// finding a card costs the size of the largest box tried, however deep
/// the label sits.
fn labelled_card(dom: &Dom, marks: &Marks, lengths: &[u32], label: NodeId) -> Option<NodeId> {
    let label_len = lengths[label as usize];
    let mut card = None;
    let mut targets: Vec<String> = Vec::new();
    let mut pictured = false;
    // The nodes read so far: the subtree of the box below.
    let mut read = (label, label);
    let mut node = dom.parent(label);
    while node != crate::dom::NO_NODE
        && !matches!(
            dom.tag(node),
            Tag::Body | Tag::Main | Tag::Article | Tag::Html
        )
        && !marks.is_dropped(node)
        && lengths[node as usize] <= label_len + MAX_LABELLED_AD_LEN
    {
        for i in (node..read.0).chain(read.1..dom.end(node)) {
            pictured |= dom.tag(i) == Tag::Img;
            if dom.tag(i) == Tag::A {
                if let Some(href) = dom.attr(i, local_name!("href")) {
                    if !targets.iter().any(|t| *t == *href) {
                        targets.push(href.to_string());
                    }
                }
            }
        }
        read = (node, dom.end(node));
        if targets.len() > MAX_LABELLED_AD_TARGETS {
            break;
        }
        if !targets.is_empty() || pictured {
            card = Some(node);
        }
        node = dom.parent(node);
    }
    card
}

/// Text up to which the box around an e-mail form is its sign-up box.
const MAX_SIGN_UP_BOX_LEN: u32 = 300;

/// Whether a form asks for an e-mail address (`<input type=email>`).
fn asks_for_email(dom: &Dom, form: NodeId) -> bool {
    (form + 1..dom.end(form)).any(|i| {
        dom.tag(i) == Tag::Input
            && dom
                .attr(i, local_name!("type"))
                .is_some_and(|t| t.eq_ignore_ascii_case("email"))
    })
}

/// The box around a dropped `<form>` that asks for an e-mail address, when
/// the form is a sign-up box's: a newsletter or deals box set in an article
/// ("Sign up now for the Deals newsletter", "Be the first to know!"), a
/// shop's "Get 10% off your first order" pop-up, often with no class name
/// that says so. The form goes as a form; its heading and pitch are short
/// prose that would pass as the article's. The box is the form's outermost
/// container of at most [`MAX_SIGN_UP_BOX_LEN`] characters that holds none
/// of the page's landmarks (`<h1>`, `<main>`, article body: a page that is
/// only a sign-up form keeps its headline), looked up in the index rather
/// than walked at each step of the climb. None when the form's parent is
/// already longer.
fn sign_up_box(dom: &Dom, lengths: &[u32], form: NodeId, landmarks: &Landmarks) -> Option<NodeId> {
    let mut sign_up = form;
    loop {
        let parent = dom.parent(sign_up);
        if parent == sign_up
            || parent == dom.body
            || lengths[parent as usize] > MAX_SIGN_UP_BOX_LEN
            || Landmarks::any_inside(dom, &landmarks.article, parent)
        {
            break;
        }
        sign_up = parent;
    }
    (sign_up != form).then_some(sign_up)
}

/// Boxes marked inside a comment section, which stays dropped as a whole
/// unless the page turns out to be a discussion (see
/// [`restore_discussion`]): then its posts are the content, and each
/// post's author card (XenForo's `message-user`, a `user-info` block with
/// name, join date and post count), share bar, ads and tags stay out.
/// Only hints of these kinds: the rest of a post's markup can be anything
/// (old Reddit wraps each comment's text in a `<form>`).
fn is_kept_out_of_posts(reason: Reason) -> bool {
    matches!(
        reason,
        Reason::Byline
            | Reason::Share
            | Reason::Ad
            | Reason::Promo
            | Reason::Newsletter
            | Reason::Tags
    )
}

/// Text a paragraph holds besides an inline element for that element to
/// be part of its sentence.
const MIN_SURROUNDING_TEXT: u32 = 20;

/// A link or a span inside a paragraph's sentence: "<a class=external-popup>
/// TurboTax</a> is one of the most popular...". Its class names what a
/// click does or how it looks, not a box beside the article; dropping it
/// would cut words out of the sentence.
fn is_in_running_text(dom: &Dom, id: NodeId, lengths: &[u32]) -> bool {
    let inline = matches!(
        dom.tag(id),
        Tag::A
            | Tag::Span
            | Tag::Em
            | Tag::Strong
            | Tag::B
            | Tag::I
            | Tag::U
            | Tag::Small
            | Tag::Mark
            | Tag::Abbr
            | Tag::Cite
            | Tag::Q
            | Tag::Code
            | Tag::Font
    );
    let parent = dom.parent(id);
    // A custom element in a sentence is inline too (MathJax's
    // `<mjx-container class="MathJax CtxtMenu_Attached_0">` round a formula).
    (inline || dom.has_hyphenated_name(id))
        && dom.tag(parent) == Tag::P
        && lengths[parent as usize] >= lengths[id as usize] + MIN_SURROUNDING_TEXT
}

/// Nodes of a box looked through for a MathML formula.
const MAX_FORMULA_SEARCH_NODES: NodeId = 64;

/// A box round a formula: MathJax wraps each one, in display or inline,
/// in an element whose classes name its context menu
/// (`CtxtMenu_Attached_0`). A box whose text is mostly a `<math>` is the
/// formula, whatever its class says.
fn is_formula(dom: &Dom, id: NodeId, lengths: &[u32]) -> bool {
    let end = dom.end(id).min(id + MAX_FORMULA_SEARCH_NODES);
    (id + 1..end)
        .find(|&n| dom.tag(n) == Tag::Math)
        .is_some_and(|math| lengths[math as usize] * 2 >= lengths[id as usize])
}

/// Text from which a box whose class says "nav" or "menu" is judged by
/// its links.
const MIN_PROSE_MENU_LEN: u32 = 500;

/// Nodes the walks of boxes (the link counts of [`is_prose_named_menu`],
/// the paragraph search of [`is_content_header`]) may visit on one page
/// in all: nested boxes named "nav" or "header" must not make the pass
/// quadratic.
const WALK_BUDGET: usize = 200_000;

/// A box named like a menu that is prose: a feature section called
/// `lm_navSource`, an FAQ's tabs in `faq_tabs-menu`, long and with links
/// for less than a fifth of its text. A menu is links.
fn is_prose_named_menu(dom: &Dom, id: NodeId, lengths: &[u32], budget: &mut usize) -> bool {
    let len = lengths[id as usize];
    if len < MIN_PROSE_MENU_LEN {
        return false;
    }
    text_of_tag_inside(dom, id, Tag::A, lengths, u32::MAX, budget)
        .is_some_and(|link_len| link_len * 5 < len)
}

/// The text of the `tag` elements inside `id` (an element of that tag
/// inside another counts once), summed until it reaches `enough`; `None`
/// when the page's walk `budget` (a node a step) runs out first: nested
/// boxes must not make the pass quadratic.
fn text_of_tag_inside(
    dom: &Dom,
    id: NodeId,
    tag: Tag,
    lengths: &[u32],
    enough: u32,
    budget: &mut usize,
) -> Option<u32> {
    let mut sum = 0;
    let mut node = id + 1;
    while node < dom.end(id) && sum < enough {
        *budget = budget.checked_sub(1)?;
        if dom.tag(node) == tag {
            sum += lengths[node as usize];
            node = dom.end(node);
        } else {
            node += 1;
        }
    }
    Some(sum)
}

/// Reasons given by sectioning elements, which are hints too (a page may
/// wrap its whole content in a <header> or an <aside>).
fn is_hint_reason(reason: Reason) -> bool {
    matches!(
        reason,
        Reason::Navigation | Reason::Sidebar | Reason::Header | Reason::Footer | Reason::Cookie
    )
}

/// Text in a <noscript> above which it is the page's content for clients
/// without scripts (forum software renders its posts there), not a
/// "please enable JavaScript" note.
const NOSCRIPT_CONTENT_LEN: u32 = 200;

/// Elements dropped for what they are.
fn tag_reason(dom: &Dom, id: NodeId, lengths: &[u32], options: &Options) -> Option<Reason> {
    Some(match dom.tag(id) {
        Tag::Script
        | Tag::Style
        | Tag::Template
        | Tag::Link
        | Tag::Meta
        | Tag::Base
        | Tag::Title => Reason::Script,
        Tag::Noscript => {
            // Lazy-loading pages put the real <img> in <noscript> next to a
            // placeholder. Keep it only when nothing else shows an image there.
            if options.keep_images && noscript_is_only_image(dom, id) {
                return None;
            }
            if lengths[id as usize] >= NOSCRIPT_CONTENT_LEN && !holds_escaped_markup(dom, id) {
                return None;
            }
            Reason::Script
        }
        Tag::Iframe | Tag::Object | Tag::Embed | Tag::Applet | Tag::Frameset | Tag::Frame => {
            if is_video_embed(dom, id) {
                Reason::Video
            } else {
                Reason::Embed
            }
        }
        Tag::Video | Tag::Audio => Reason::Video,
        Tag::Canvas | Tag::Svg | Tag::Map => Reason::Embed,
        Tag::Button if is_heading_toggle(dom, id) && opens_a_section(dom, id, lengths) => {
            return None
        }
        Tag::Input
        | Tag::Button
        | Tag::Select
        | Tag::Textarea
        | Tag::Option
        | Tag::Optgroup
        | Tag::Datalist
        | Tag::Output
        | Tag::Progress
        | Tag::Meter => Reason::Form,
        // A control's label ("Quantity", "Size") outside any form: the
        // control goes, and its name with it.
        Tag::Label if dom.has_attr(id, local_name!("for")) => Reason::Form,
        Tag::Form if wraps_item_cards(dom, id) => return None,
        Tag::Form | Tag::Fieldset => Reason::Form,
        Tag::Nav | Tag::Menu => Reason::Navigation,
        Tag::Aside => Reason::Sidebar,
        Tag::Header if is_section_heading_wrapper(dom, id) => return None,
        Tag::Header => Reason::Header,
        Tag::Footer => Reason::Footer,
        Tag::Dialog => Reason::Cookie,
        Tag::A if is_permalink_mark(dom, id, lengths) => Reason::Navigation,
        _ => return None,
    })
}

/// Symbols that documentation generators link a heading to itself with
/// (Sphinx's and MkDocs' `¶`, `§`, `#`, a link emoji): on the page they
/// show on hover; as text they would end every heading ("Installation¶").
const PERMALINK_MARKS: [&str; 5] = ["¶", "§", "#", "🔗", "⚓"];

/// Whether a link is a heading's permalink mark: a link to a place on
/// the page whose whole text is one of [`PERMALINK_MARKS`].
fn is_permalink_mark(dom: &Dom, id: NodeId, lengths: &[u32]) -> bool {
    lengths[id as usize] <= 2
        && super::blocks::is_in_page_link(dom, id)
        && PERMALINK_MARKS.contains(&dom.collapsed_text(id).trim())
}

/// A `<header>` that holds a section's heading and nothing else: TYPO3
/// writes every content element's title as `<header><h2>Gebühren</h2>
/// </header>`, and HTML5 outlines put one at the top of each `<section>`.
/// It is the section's title, not the page's banner; a page header has a
/// logo, links or a menu besides any heading; an article's own header
/// holds its headline, which goes as the title: around an `<h1>`, or in an
/// `<article>` whose headline links to it (a teaser card's).
fn is_section_heading_wrapper(dom: &Dom, header: NodeId) -> bool {
    // Its one element, with nothing but blank text beside it.
    let mut only = None;
    for c in dom.children(header) {
        if dom.tag(c).is_element() {
            if only.replace(c).is_some() {
                return false;
            }
        } else if dom.tag(c) == Tag::Text && !dom.is_blank_text(c) {
            return false;
        }
    }
    let in_article = dom.tag(dom.parent(header)) == Tag::Article;
    only.is_some_and(|h| {
        dom.tag(h).heading_level().is_some_and(|level| level >= 2)
            && !(in_article && (h + 1..dom.end(h)).any(|d| dom.tag(d) == Tag::A))
    })
}

/// The button of an accordion's heading: `<h3><button aria-expanded>How
/// long does delivery take?</button></h3>`, the pattern the WAI-ARIA
/// guide gives for FAQ and spec sections (HubSpot's, Bootstrap's). The
/// button is the heading's text, the question over its answer; dropped as
/// a form control, it left answers without their questions. The output
/// unwraps it: its words are written, the control is not.
pub(crate) fn is_heading_toggle(dom: &Dom, button: NodeId) -> bool {
    dom.tag(dom.parent(button)).heading_level().is_some()
}

/// Whether the heading around a toggle opens a section with text: the
/// accordion's panel after it, shown or hidden. A script-drawn accordion
/// (Radix's) leaves its panels empty in the HTML until they are opened,
/// and its questions alone would be a list without answers: they go as
/// controls.
fn opens_a_section(dom: &Dom, button: NodeId, lengths: &[u32]) -> bool {
    next_element_sibling(dom, dom.parent(button)).is_some_and(|panel| lengths[panel as usize] > 0)
}

/// The element after `id` among its siblings (text between them skipped).
fn next_element_sibling(dom: &Dom, id: NodeId) -> Option<NodeId> {
    let parent = dom.parent(id);
    let mut next = dom.end(id);
    while (next as usize) < dom.len() && dom.parent(next) == parent {
        if dom.tag(next).is_element() {
            return Some(next);
        }
        next = dom.end(next);
    }
    None
}

/// `<article>` cards inside a form from which the form is a listing.
const MIN_CARDS_IN_FORM: usize = 3;

/// A `<form>` that wraps a grid of item cards: a shop's category page
/// whose product grid sits in a "compare" form (`<form action=/compare>
/// <ul class=productGrid><li><article class=card>...`, the default of
/// BigCommerce's themes) so that the cards' checkboxes can be sent
/// together. The cards are the page's content, the form only their
/// envelope; its controls are dropped one by one as form controls. A
/// search, sign-up, login or filter form holds labels and controls, not
/// `<article>`s. (Forms do not nest, so the walks over forms add up to
/// one pass over the page at most.)
fn wraps_item_cards(dom: &Dom, form: NodeId) -> bool {
    (form + 1..dom.end(form))
        .filter(|&i| dom.tag(i) == Tag::Article)
        .nth(MIN_CARDS_IN_FORM - 1)
        .is_some()
}

/// Articles side by side from which each one's `<header>` is a card's.
const MIN_SIBLING_ARTICLES: usize = 3;
/// Text above which a header is more than a card's headline and byline.
const MAX_CARD_HEADER_LEN: u32 = 300;

/// The header of one card in a list of `<article>` cards (a blog's or a
/// recipe site's archive: `<article><header><h2><a>Title</a></h2>
/// <p>date</p></header><div>summary</div></article>`, three or more side
/// by side). It holds the card's headline, which on a listing page is the
/// content; the page header it resembles is never inside such a card.
fn is_card_header(dom: &Dom, id: NodeId, len: u32) -> bool {
    if len > MAX_CARD_HEADER_LEN {
        return false;
    }
    let Some(article) = dom.closest(id, Tag::Article) else {
        return false;
    };
    let siblings = dom
        .children(dom.parent(article))
        .filter(|&c| dom.tag(c) == Tag::Article)
        .take(MIN_SIBLING_ARTICLES)
        .count();
    siblings >= MIN_SIBLING_ARTICLES
}

/// Paragraph text from which a header-named box inside `<main>` is the
/// content's opening (a sentence), not just a headline.
const MIN_INTRO_HEADER_PROSE: u32 = 60;

/// A box named or tagged as a header that sits inside `<main>` and holds
/// paragraphs: the opening of the content (a documentation page's
/// `layout__header` with its title and first paragraphs, a product or
/// service page's hero with its pitch, an article's intro above its
/// list), not the site's header, which is never inside `<main>`. A header
/// holding only a headline, a date or links is still dropped, and so is
/// an `<article>`'s header: the headline, standfirst, byline and date of
/// a news story.
fn is_content_header(dom: &Dom, id: NodeId, lengths: &[u32], budget: &mut usize) -> bool {
    if dom.closest(dom.parent(id), Tag::Main).is_none() {
        return false;
    }
    // An `<article>`'s own header is its headline, dek, byline and date,
    // which the metadata carries: news pages put them there.
    if dom.closest(dom.parent(id), Tag::Article).is_some() {
        return false;
    }
    text_of_tag_inside(dom, id, Tag::P, lengths, MIN_INTRO_HEADER_PROSE, budget)
        .is_some_and(|prose| prose >= MIN_INTRO_HEADER_PROSE)
}

/// An `<aside>` or an element with `role="complementary"`: the markup says
/// it is beside the content, not a class name that may be unlucky.
fn is_declared_complementary(dom: &Dom, id: NodeId) -> bool {
    dom.tag(id) == Tag::Aside
        || dom
            .attr(id, local_name!("role"))
            .is_some_and(|r| r.trim().eq_ignore_ascii_case("complementary"))
}

/// Video players and their frames, by the address or the markup around them.
fn is_video_embed(dom: &Dom, id: NodeId) -> bool {
    const VIDEO_HINTS: &[&str] = &[
        "youtube",
        "youtu.be",
        "vimeo",
        "dailymotion",
        "video",
        "player",
        "jwplayer",
        "brightcove",
        "20detik",
        "tiktok",
        "twitch",
        "vidio",
        "rumble",
    ];
    let mut found = false;
    for attr in ["src", "data-src", "data", "class", "id", "title"] {
        if let Some(value) = dom.attr(id, attr) {
            let value = value.to_ascii_lowercase();
            if VIDEO_HINTS.iter().any(|h| value.contains(h)) {
                found = true;
            }
        }
    }
    found
}

/// Whether a `<noscript>`'s text is markup written out as text: ad servers'
/// fallbacks escaped once too often (`&lt;div&gt;&lt;a href=...&gt;&lt;img
/// ...&gt;`, on older news sites under every ad slot). Its text is long
/// enough to pass for content, but it is tags, not prose: it starts with
/// `<` and a tag name and closes a tag.
fn holds_escaped_markup(dom: &Dom, id: NodeId) -> bool {
    let text = dom.collapsed_text(id);
    let text = text.trim_start();
    let starts_with_tag = text
        .strip_prefix('<')
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| c.is_ascii_alphabetic());
    starts_with_tag && (text.contains("</") || text.contains("/>"))
}

fn noscript_is_only_image(dom: &Dom, id: NodeId) -> bool {
    let has_img = (id + 1..dom.end(id)).any(|i| dom.tag(i) == Tag::Img);
    if !has_img {
        return false;
    }
    // Another image beside it that shows something (not a placeholder
    // waiting for a script) makes the <noscript> copy a duplicate.
    let parent = dom.parent(id);
    let other_img = (parent + 1..dom.end(parent)).any(|i| {
        dom.tag(i) == Tag::Img
            && !dom.contains(id, i)
            && crate::pipeline::output::image_source(dom, i).is_some()
    });
    !other_img
}

/// Elements hidden from readers: `hidden`, `aria-hidden="true"` (but on a
/// link), and inline `display:none` / `visibility:hidden`.
fn hidden_reason(dom: &Dom, id: NodeId) -> Option<Reason> {
    // `aria-hidden` on a link is the redundant-link pattern: a card's
    // picture and summary link to the story its headline already links
    // to, and are kept from screen readers (with `tabindex=-1`) so that
    // the story is announced once. They are shown all the same.
    let hidden = dom.has_attr(id, local_name!("hidden"))
        || (dom
            .attr(id, local_name!("aria-hidden"))
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
            && !(dom.tag(id) == Tag::A && dom.has_attr(id, local_name!("href")))
            && !is_carousel_slide(dom, id))
        || dom
            .attr(id, local_name!("style"))
            .is_some_and(|style| style_hides(&style));
    (hidden && !is_collapsed_panel(dom, id)).then_some(Reason::Hidden)
}

/// A slide of a carousel other than the one in view: carousel scripts
/// (Slick, Swiper, Splide, Bootstrap) mark the slides out of view
/// `aria-hidden` so that screen readers announce the current one, but each
/// is shown in its turn, or all at once on a wide screen: a service page's
/// testimonials, a product's feature cards. The copies an endless carousel
/// makes of its first and last slides stay hidden.
fn is_carousel_slide(dom: &Dom, id: NodeId) -> bool {
    let Some(class) = dom.attr(id, local_name!("class")) else {
        return false;
    };
    let names = || class.split_ascii_whitespace();
    let slide = names().any(|name| {
        [
            "slick-slide",
            "swiper-slide",
            "splide__slide",
            "carousel-item",
            "glide__slide",
        ]
        .iter()
        .any(|s| name.eq_ignore_ascii_case(s))
    });
    let copy = names().any(|name| {
        let name = name.to_ascii_lowercase();
        name.contains("clone") || name.contains("duplicate")
    });
    slide && !copy
}

/// A collapsed panel of an accordion or a set of tabs: hidden until the
/// reader opens it, but part of the page's content (FAQ answers, guide
/// chapters, product details, the other tabs of install instructions). The
/// ARIA patterns name them: a `region` labelled by its button, a
/// `tabpanel`, or `hidden="until-found"` (text the browser's find-in-page
/// reveals); so do the class names of themes and component libraries.
fn is_collapsed_panel(dom: &Dom, id: NodeId) -> bool {
    let role = dom.attr(id, local_name!("role"));
    let role_is = |name: &str| {
        role.as_deref()
            .is_some_and(|r| r.trim().eq_ignore_ascii_case(name))
    };
    let labelled_region = role_is("region") && dom.has_attr(id, local_name!("aria-labelledby"));
    let until_found = dom
        .attr(id, local_name!("hidden"))
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("until-found"));
    labelled_region
        || until_found
        || role_is("tabpanel")
        || has_panel_class(dom, id)
        || follows_disclosure_button(dom, id)
}

/// Nodes up to which the box before a hidden element may be its toggle.
const MAX_TOGGLE_BOX_NODES: NodeId = 64;

/// Steps up from the node before a hidden element to find the sibling it
/// ends (the walk is as long as that sibling's last branch is deep).
const MAX_SIBLING_WALK: usize = 64;

/// A hidden element right after the button that shows it: the ARIA
/// disclosure pattern (`<h3><button aria-expanded="false">Weight</button>
/// </h3><div hidden>...`), which accordions and "show more" sections of
/// any theme or framework follow even when their class names are hashes
/// (`css-1k075w5`). The question's answer is content; the button's
/// `aria-expanded` is what says it is collapsed rather than gone.
fn follows_disclosure_button(dom: &Dom, id: NodeId) -> bool {
    let Some(mut sibling) = previous_sibling(dom, id) else {
        return false;
    };
    // Whitespace between the two elements.
    if dom.tag(sibling) == Tag::Text {
        match previous_sibling(dom, sibling) {
            Some(before) => sibling = before,
            None => return false,
        }
    }
    if !dom.tag(sibling).is_element() || is_menu_or_banner(dom, id) {
        return false;
    }
    is_toggle_box(dom, sibling)
        || (is_plain_button_box(dom, sibling) && holds_paragraph(dom, id, MAX_MENU_SAMPLE_NODES))
}

/// A label box holding a `<button>` with no `aria-expanded`: an
/// accordion whose script toggles a `hidden` class (Tailwind themes:
/// `<button><h5>How much does it cost?</h5></button><div class="hidden">
/// <p>...`). Without the ARIA attribute the button says less, so the
/// panel must hold a paragraph (see [`follows_disclosure_button`]): a
/// hidden data dump or a survey prompt behind a button does not.
fn is_plain_button_box(dom: &Dom, id: NodeId) -> bool {
    is_label_box(dom, id, |i| dom.tag(i) == Tag::Button)
}

/// Whether a `<p>` lies among the first `limit` nodes inside `id`.
fn holds_paragraph(dom: &Dom, id: NodeId, limit: NodeId) -> bool {
    (id + 1..dom.end(id).min(id + limit)).any(|i| dom.tag(i) == Tag::P)
}

/// A dropdown menu behind a toggle (a site's "Products" button and its
/// hidden list of links), or a site banner's folded explanation (the U.S.
/// government's "Here's how you know"): hidden behind a button too, but
/// not content. A menu is told by its links: at least
/// [`MIN_MENU_LINKS`] of them, holding half of the text or more (the
/// first [`MAX_MENU_SAMPLE_NODES`] nodes are looked at: boxes nested to
/// the depth limit, each after a button, must not make this quadratic).
fn is_menu_or_banner(dom: &Dom, id: NodeId) -> bool {
    if dom
        .attr(id, local_name!("class"))
        .is_some_and(|class| class.to_ascii_lowercase().contains("banner"))
    {
        return true;
    }
    let end = dom.end(id).min(id + MAX_MENU_SAMPLE_NODES);
    let (mut links, mut text, mut link_text) = (0u32, 0u64, 0u64);
    let mut link_end = 0;
    for i in id..end {
        let tag = dom.tag(i);
        if tag == Tag::A && i >= link_end {
            links += 1;
            link_end = dom.end(i);
        }
        if tag == Tag::Text {
            let len = u64::from(dom.text_len(i));
            text += len;
            if i < link_end {
                link_text += len;
            }
        }
    }
    links >= MIN_MENU_LINKS && link_text * 2 >= text
}

/// Links from which a hidden box behind a toggle may be a menu.
const MIN_MENU_LINKS: u32 = 3;

/// Nodes of a hidden box behind a toggle sampled for its links.
const MAX_MENU_SAMPLE_NODES: NodeId = 1024;

/// The node before `id` under the same parent, found by walking up from
/// node `id - 1` (that sibling's last descendant); `None` for a first
/// child, or when the walk would be longer than [`MAX_SIBLING_WALK`].
fn previous_sibling(dom: &Dom, id: NodeId) -> Option<NodeId> {
    let parent = dom.parent(id);
    if id == 0 || id - 1 == parent {
        return None;
    }
    let mut sibling = id - 1;
    for _ in 0..MAX_SIBLING_WALK {
        if dom.parent(sibling) == parent {
            return Some(sibling);
        }
        sibling = dom.parent(sibling);
    }
    None
}

/// Whether a box is a toggle: a label box (see [`is_label_box`]) with a
/// control that has `aria-expanded` or holds one.
fn is_toggle_box(dom: &Dom, id: NodeId) -> bool {
    is_label_box(dom, id, |i| dom.has_attr(i, "aria-expanded"))
}

/// Whether a box is small (at most [`MAX_TOGGLE_BOX_NODES`] nodes), holds
/// a label's length of text (a tab's name, an FAQ's question) rather than
/// a toolbar or a header's row of account links and buttons, and holds a
/// node for which `control` is true.
fn is_label_box(dom: &Dom, id: NodeId, control: impl Fn(NodeId) -> bool) -> bool {
    let end = dom.end(id);
    if end - id > MAX_TOGGLE_BOX_NODES {
        return false;
    }
    let text: u32 = (id..end).map(|i| dom.text_len(i)).sum();
    text <= MAX_TOGGLE_LABEL_LEN && (id..end).any(control)
}

/// Text up to which a toggle's label is a label: an FAQ's question.
const MAX_TOGGLE_LABEL_LEN: u32 = 150;

/// Whether the element declares itself a modal dialog (`aria-modal="true"`).
fn is_declared_modal(dom: &Dom, id: NodeId) -> bool {
    dom.attr(id, local_name!("aria-modal"))
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
}

/// Class names of the panels of tabs and accordions, as themes and
/// component libraries write them (`tab-content`, `tab__content`,
/// `tab-pane`, `accordion-body`, `faq__answer`, `collapsible-content`, an
/// FAQ's bare `answer`). A panel hidden by a class (Tailwind's `hidden`
/// beside `answer`, until a script opens it) is collapsed, not gone.
fn has_panel_class(dom: &Dom, id: NodeId) -> bool {
    const PANEL_WORDS: &[&str] = &[
        "tab-content",
        "tab__content",
        "tabcontent",
        "tab-pane",
        "tab-panel",
        "tabpanel",
        "accordion",
        "collapsible",
        "faq",
        "answer",
    ];
    dom.attr(id, local_name!("class")).is_some_and(|class| {
        let class = class.to_ascii_lowercase();
        // The U.S. government's "An official website" strip, and banners
        // like it, fold their explanation into an accordion too.
        PANEL_WORDS.iter().any(|w| class.contains(w)) && !class.contains("banner")
    })
}

/// Whether an inline style hides the element.
fn style_hides(style: &str) -> bool {
    let compact: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    compact.split(';').any(|decl| {
        let decl = decl.trim_end_matches("!important");
        decl == "display:none" || decl == "visibility:hidden"
    })
}

/// ARIA landmark roles outside the article, and modal dialogs: a box
/// declared `aria-modal="true"` is an overlay over the page (terms of
/// service, a sign-up or consent box, a size guide) even when its author
/// gave it no `role`.
fn role_reason(dom: &Dom, id: NodeId) -> Option<Reason> {
    if is_declared_modal(dom, id) {
        return Some(Reason::Cookie);
    }
    let role = dom.attr(id, local_name!("role"))?;
    let role = role.trim().to_ascii_lowercase();
    Some(match role.as_str() {
        // Bootstrap 3's accordion puts `role=tablist` on the group of
        // panels, answers and all: a list of tabs holds no paragraph.
        "tablist" if holds_paragraph(dom, id, MAX_MENU_SAMPLE_NODES) => return None,
        "navigation" | "menu" | "menubar" | "search" | "tablist" => Reason::Navigation,
        "banner" => Reason::Header,
        "contentinfo" => Reason::Footer,
        "complementary" => Reason::Sidebar,
        "dialog" | "alertdialog" => Reason::Cookie,
        _ => return None,
    })
}

/// Containers whose class or id names them as boilerplate
/// (`related-posts`, `share-buttons`, `comment-list`, `ad-slot`...).
fn class_reason(dom: &Dom, id: NodeId) -> Option<Reason> {
    class_kind(dom, id).and_then(reason_for_class)
}

/// The kind of boilerplate the element's class, id or component name says
/// it is.
fn class_kind(dom: &Dom, id: NodeId) -> Option<ClassKind> {
    let mut kind = None;
    // Component names in data attributes name boxes as well as classes do.
    for attr in [
        "class",
        "id",
        "data-component",
        "data-module",
        "data-widget",
    ] {
        // A heading's id is its anchor, made of its words.
        if attr == "id" && dom.tag(id).heading_level().is_some() {
            continue;
        }
        if let Some(value) = dom.attr(id, attr) {
            if value.len() > 2000 {
                continue;
            }
            let lower = value.to_lowercase();
            if let Some(k) = classes::compound_kind(&lower) {
                kind = Some(k);
                break;
            }
            let mut content = false;
            let mut embed = false;
            let mut found = None;
            classes::for_each_token(&value, |token| {
                if classes::is_content_token(token) {
                    content = true;
                }
                embed |= matches!(token, "embed" | "embedded");
                if found.is_none() {
                    found = classes::boilerplate_kind(token);
                }
            });
            // "social-embed", "social-media-embed": the wrapper of a post
            // quoted in the article (a tweet, an Instagram photo), not a
            // share bar.
            if embed && found == Some(ClassKind::Share) {
                continue;
            }
            // "article-sidebar" is a sidebar; but "content-with-ads" or
            // "post-comments-enabled" wrappers name content first: a content
            // token outweighs the weak kinds.
            if let Some(k) = found {
                // A section id made of its heading's words names no box.
                let slug = attr == "id" && is_heading_slug(dom, id, &lower);
                if !(content && is_weak_kind(k) || slug) {
                    kind = Some(k);
                    break;
                }
            }
        }
    }
    kind
}

/// Whether a class or id reason says nothing about the element, a heading
/// (`<h2>` to `<h6>`) that carries it. A heading is a title, not a box:
/// docs generators mark each one as a link target (Docusaurus'
/// `class="anchor"`, read as navigation), page builders style it by their
/// own names (Kadence's `kt-adv-heading`, read as an ad), themes by the
/// part of the page it opens (`section-header`). A boilerplate box goes
/// with its container or by its heading's words (see `phrases`). Names
/// that hide a heading, or say it opens the comments, a related box or an
/// author card (`comments-title`, `author-name`) still count. An `<h1>` is
/// left to its name: it is the page's title, which goes anyway, and a
/// page header's (`site-component-header--h1`) is measured to be better
/// dropped. Measured on WCXB: 60 pages better, 17 worse.
fn names_nothing_of_heading(tag: Tag, reason: Reason) -> bool {
    tag.heading_level().is_some_and(|level| level >= 2)
        && !matches!(
            reason,
            Reason::Hidden | Reason::Comments | Reason::RelatedLinks | Reason::Byline
        )
}

/// Whether an `id` is the slug of the element's own heading: documentation
/// generators (Sphinx, MkDocs, Docusaurus, Hugo) name each section after its
/// title, so that `<div class="section" id="sharing-with-a-single-developer">`
/// around "Sharing with a single developer" says nothing about what the box
/// is: a guide's section on sharing is no share bar. A section that is
/// boilerplate is told by its heading's words (see `phrases`), not by the
/// slug made of them. One-word slugs (`id="comments"` over "Comments") are
/// left to the id: a one-word name is as often a box's role as its title.
fn is_heading_slug(dom: &Dom, id: NodeId, lowercase_id: &str) -> bool {
    /// Element children looked at for the heading: Sphinx puts anchor
    /// spans before it.
    const MAX_CHILDREN_BEFORE_HEADING: usize = 3;
    /// Nodes of a heading that is a title (its text, a permalink, a
    /// span): a larger "heading" is not read, so that boxes nested with
    /// one around the rest of the page cost a bounded read each.
    const MAX_HEADING_NODES: NodeId = 64;
    if !lowercase_id.contains(['-', '_']) {
        return false;
    }
    let Some(heading) = dom
        .children(id)
        .filter(|&c| dom.tag(c).is_element())
        .take(MAX_CHILDREN_BEFORE_HEADING)
        .find(|&c| dom.tag(c).heading_level().is_some())
        .filter(|&h| dom.end(h) - h <= MAX_HEADING_NODES)
    else {
        return false;
    };
    let title = dom.collapsed_text(heading).to_lowercase();
    let mut slug = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let mut words = lowercase_id.split(['-', '_']).filter(|w| !w.is_empty());
    // Equal word for word; a generator may number repeated titles
    // ("overview-1") or cut long ones.
    let mut matched = 0;
    loop {
        match (words.next(), slug.next()) {
            (Some(w), Some(t)) if w == t => matched += 1,
            (Some(w), None) if matched >= 2 && w.bytes().all(|b| b.is_ascii_digit()) => {}
            (None, _) => return matched >= 2,
            _ => return false,
        }
    }
}

/// Photo credits ("Credit: ESA", "Getty Images", "AP Photo/Jane Doe") in
/// their own small element (`<span class="credit">`, `image-credit`) beside
/// or inside a caption: an attribution, not part of the caption a reader
/// wants kept with the image. News and magazine pages credit every photo.
/// Longer boxes named "credits" (a film's cast list) are left alone.
fn credit_reason(dom: &Dom, id: NodeId, lengths: &[u32]) -> Option<Reason> {
    if lengths[id as usize] >= MAX_CREDIT_LEN {
        return None;
    }
    let class = dom.attr(id, local_name!("class"))?;
    if !class.contains("redit") {
        return None;
    }
    let mut credit = false;
    classes::for_each_token(&class, |token| {
        credit |= matches!(token, "credit" | "credits");
    });
    // Not a byline: credits sit between paragraphs, and must not cut the
    // article in two as a boilerplate box would (see `clean::sequence`).
    credit.then_some(Reason::Caption)
}

/// Text from which an element named as a credit is more than an attribution.
const MAX_CREDIT_LEN: u32 = 150;

/// Kinds that a content token in the same attribute overrides.
fn is_weak_kind(kind: ClassKind) -> bool {
    matches!(
        kind,
        ClassKind::Header
            | ClassKind::Footer
            | ClassKind::Sidebar
            | ClassKind::Tags
            | ClassKind::Byline
            | ClassKind::Caption
    )
}

fn reason_for_class(kind: ClassKind) -> Option<Reason> {
    Some(match kind {
        ClassKind::Ad => Reason::Ad,
        ClassKind::Navigation | ClassKind::Breadcrumb => Reason::Navigation,
        ClassKind::Header => Reason::Header,
        ClassKind::Footer => Reason::Footer,
        ClassKind::Sidebar => Reason::Sidebar,
        ClassKind::Related => Reason::RelatedLinks,
        ClassKind::Comments => Reason::Comments,
        ClassKind::Share => Reason::Share,
        ClassKind::Newsletter => Reason::Newsletter,
        ClassKind::Cookie | ClassKind::Popup => Reason::Cookie,
        ClassKind::Tags => Reason::Tags,
        ClassKind::Byline => Reason::Byline,
        ClassKind::Hidden | ClassKind::Print => Reason::Hidden,
        ClassKind::Promo => Reason::Promo,
        ClassKind::Pagination => Reason::Pagination,
        // Captions are the output stage's business (the keepCaptions option).
        ClassKind::Caption => return None,
    })
}

/// Links from which a large hidden box is a page part waiting for its
/// script (a grid of items), not a hidden data dump.
const MIN_HIDDEN_GRID_LINKS: u32 = 10;

/// Nodes up to which a box is walked to find a landmark inside it rather
/// than looked up in [`Landmarks`]: boxes nested to the depth limit then
/// cost at most this many steps each.
const MAX_WALKED_BOX_NODES: NodeId = 4096;

/// Where the page's landmarks are, so that "does this box hold one?" is a
/// lookup rather than a walk of the box: boxes named as hidden, consent or
/// comments can nest (a page can be built of them, 2,000 deep), and
/// walking each one's subtree would cost the depth times the page. Built on
/// the first question, for the few pages that ask one.
struct Landmarks {
    /// `<h1>`s, `<main>`s and `itemprop="articleBody"` elements, in document
    /// order.
    article: Vec<NodeId>,
    /// `<main>`s and `itemprop="articleBody"` elements.
    page_body: Vec<NodeId>,
    /// `<p>` elements.
    paragraphs: Vec<NodeId>,
    /// `links_before[i]`: `<a>` elements among the nodes before `i`.
    links_before: Vec<u32>,
}

impl Landmarks {
    fn build(dom: &Dom) -> Self {
        let mut marks = Landmarks {
            article: Vec::new(),
            page_body: Vec::new(),
            paragraphs: Vec::new(),
            links_before: Vec::with_capacity(dom.len() + 1),
        };
        let mut links = 0;
        for i in 0..dom.len() as NodeId {
            marks.links_before.push(links);
            let tag = dom.tag(i);
            if !tag.is_element() {
                continue;
            }
            links += u32::from(tag == Tag::A);
            let body = Self::is_page_body(dom, i);
            if body || tag == Tag::H1 {
                marks.article.push(i);
            }
            if body {
                marks.page_body.push(i);
            }
            if tag == Tag::P {
                marks.paragraphs.push(i);
            }
        }
        marks.links_before.push(links);
        marks
    }

    /// A `<main>` or an `itemprop="articleBody"` element.
    fn is_page_body(dom: &Dom, id: NodeId) -> bool {
        dom.tag(id) == Tag::Main
            || dom
                .attr(id, local_name!("itemprop"))
                .is_some_and(|p| p.contains("articleBody"))
    }

    /// Whether one of `list` (in document order) lies inside `id`.
    fn any_inside(dom: &Dom, list: &[NodeId], id: NodeId) -> bool {
        let first = list.partition_point(|&n| n < id);
        list.get(first).is_some_and(|&n| n < dom.end(id))
    }

    fn links_inside(&self, dom: &Dom, id: NodeId) -> u32 {
        self.links_before[dom.end(id) as usize] - self.links_before[id as usize]
    }
}

/// Elements that are never dropped on a hint, because they are the
/// document's structure or hold most of its text: a box beside the content
/// does not hold 40% of the page's text; a wrapper with an unlucky class
/// name ("has-sidebar", "with-comments") does.
fn is_protected(
    dom: &Dom,
    id: NodeId,
    reason: Reason,
    lengths: &[u32],
    body_len: u32,
    landmarks: &OnceCell<Landmarks>,
    walk_budget: &mut usize,
) -> bool {
    let len = lengths[id as usize];
    let structural_drop = matches!(
        reason,
        Reason::Script | Reason::Embed | Reason::Video | Reason::Form
    );
    if matches!(dom.tag(id), Tag::Html | Tag::Body | Tag::Main) {
        return true;
    }
    if dom.tag(id) == Tag::Article && reason != Reason::Hidden && !structural_drop {
        return true;
    }
    if let Some(prop) = dom.attr(id, local_name!("itemprop")) {
        if prop.contains("articleBody") || prop.contains("text") {
            return true;
        }
    }
    if matches!(reason, Reason::Script | Reason::Embed | Reason::Video) {
        return false;
    }
    // A small box is walked (most comment boxes: the page's index would
    // cost more than they do); a large one is looked up in the index.
    let small = dom.end(id) - id <= MAX_WALKED_BOX_NODES;
    let landmarks = || landmarks.get_or_init(|| Landmarks::build(dom));
    let holds_article_body = |heading: bool| {
        if small {
            (id..dom.end(id))
                .any(|i| (heading && dom.tag(i) == Tag::H1) || Landmarks::is_page_body(dom, i))
        } else if heading {
            Landmarks::any_inside(dom, &landmarks().article, id)
        } else {
            Landmarks::any_inside(dom, &landmarks().page_body, id)
        }
    };
    let holds_the_article = || holds_article_body(true);
    let holds_the_page_body = || holds_article_body(false);
    if reason == Reason::Comments {
        // A comment section can be longer than the article it follows, so
        // its share of the text says nothing; what it never holds is the
        // article itself.
        return holds_the_article();
    }
    let large = body_len >= 500 && len as f32 >= 0.4 * body_len as f32;
    if reason == Reason::Cookie && is_declared_modal(dom, id) {
        // A modal holding a whole policy document has that document's
        // <h1>; only the page's <main> or article body inside it says the
        // page is shown in the modal.
        return large && holds_the_page_body();
    }
    if reason == Reason::Cookie {
        // The same for a consent platform's preference center (OneTrust's,
        // a paragraph on every purpose and partner), which can hold more
        // text than a listing of recipe cards: a large one is kept only
        // when it wraps the article (a page-wide "cookie-consent-pending"
        // wrapper).
        return large && holds_the_article();
    }
    let holds_paragraphs = || {
        if small {
            (id..dom.end(id)).any(|i| dom.tag(i) == Tag::P)
        } else {
            Landmarks::any_inside(dom, &landmarks().paragraphs, id)
        }
    };
    if reason == Reason::Hidden {
        // A page hidden until a script shows it (an anti-flicker wrapper, a
        // "read more" body, a grid of products rendered before its
        // script) has its headline, paragraphs or item links inside; a
        // hidden data dump (a shop's product fields, `cat_thumb_Bone:
        // https://...`, in a `<dl class="hide">`) has none of them.
        let holds_a_grid = || {
            let links = if small {
                (id..dom.end(id)).filter(|&i| dom.tag(i) == Tag::A).count() as u32
            } else {
                landmarks().links_inside(dom, id)
            };
            links >= MIN_HIDDEN_GRID_LINKS
        };
        // A box holding (or being) every headline and page body of the
        // page is the page, hidden until its script runs, even beside
        // hidden menus longer than it (a shop's product under a mega-menu).
        let holds_every_landmark = || {
            let all = &landmarks().article;
            len >= 500
                && all.first().is_some_and(|&first| first >= id)
                && all.last().is_some_and(|&last| last < dom.end(id))
        };
        return (large && (holds_the_article() || holds_paragraphs() || holds_a_grid()))
            || holds_every_landmark();
    }
    if reason == Reason::Sidebar && is_declared_complementary(dom, id) {
        // An `<aside>` or `role="complementary"` box can hold more text
        // than the article beside it (a newspaper's live feed of short
        // stories and tweets, a column of summaries); what it never holds
        // is the article's headline or declared body.
        return large && holds_the_article();
    }
    if reason == Reason::Header && is_card_header(dom, id, len) {
        return true;
    }
    if reason == Reason::Header && is_content_header(dom, id, lengths, walk_budget) {
        return true;
    }
    if reason == Reason::Footer {
        // A page may wrap its content in a <footer>, but then the footer
        // holds the headline or paragraphs. A shop whose product is drawn
        // by script leaves only its site footer in the HTML (columns of
        // policy and category links): most of the page's text, and no
        // article at all.
        return large && (holds_the_article() || holds_paragraphs());
    }
    // Forms that wrap the whole page (ASP.NET) and every hint-based drop.
    large
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::tests::parse;

    fn marked(html: &str) -> (Dom, Marks) {
        let dom = parse(html);
        let lengths = subtree_text_lengths(&dom);
        let marks = prepare(&dom, &lengths, &Options::default());
        (dom, marks)
    }

    /// Checks what becomes of the elements with the given ids.
    fn assert_reasons(html: &str, expected: &[(&str, Option<Reason>)]) {
        let (dom, marks) = marked(html);
        for &(id_attr, reason) in expected {
            assert_eq!(reason_of(&dom, &marks, id_attr), reason, "#{id_attr}");
        }
    }

    /// A control's label goes with the control (Shopify's "Quantity" above
    /// its input); a `<label>` that labels nothing stays.
    #[test]
    fn a_control_s_label_goes_with_it() {
        assert_reasons(
            "<body><main><p>Roasted in Bandung every week, shipped the next day.</p>\
             <label id=l1 for=qty>Quantity</label><input id=qty type=number>\
             <label id=l2>Roasted in Bandung</label></main></body>",
            &[("l1", Some(Reason::Form)), ("l2", None)],
        );
    }

    /// A documentation page's heading permalinks (Sphinx's and MkDocs'
    /// `¶`) go; a link to a section with words stays, and so does a `#`
    /// that leads off the page.
    #[test]
    fn heading_permalink_marks_go() {
        assert_reasons(
            "<body><main><h2 id=h>Install<a id=a1 class=headerlink href='#install'>¶</a></h2>\
             <p>Run the installer <a id=a2 href='#step-2'>as in step 2</a>.</p>\
             <p>Hashtags: <a id=a3 href='/tags/rust'>#</a></p>\
             <h3>Usage<a id=a4 href='#usage'>§</a></h3></main></body>",
            &[
                ("a1", Some(Reason::Navigation)),
                ("h", None),
                ("a2", None),
                ("a3", None),
                ("a4", Some(Reason::Navigation)),
            ],
        );
    }

    fn reason_of(dom: &Dom, marks: &Marks, id_attr: &str) -> Option<Reason> {
        let id = (0..dom.len() as NodeId)
            .find(|&i| dom.attr(i, local_name!("id")).as_deref() == Some(id_attr))
            .expect("element");
        (0..dom.len() as NodeId)
            .filter(|&a| dom.contains(a, id))
            .find_map(|a| marks.reason(a))
    }

    /// A product page whose footer links open the shop's policies in
    /// modals: the terms of service, longer than the page's description
    /// and holding the policy's own <h1>, are an overlay all the same.
    #[test]
    fn declared_modals_are_overlays_even_when_long() {
        let terms = "These terms apply to your use of our services. ".repeat(60);
        let html = format!(
            "<body><main><h1>Wool Runner</h1><p>Soft merino wool, washable.</p></main>\
             <a>Terms</a><div id=m1 aria-modal=true><h1>Terms of service</h1><p>{terms}</p></div>\
             <div id=m2 aria-modal='false'><p>Shown inline.</p></div></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "m1"), Some(Reason::Cookie));
        assert_eq!(reason_of(&dom, &marks, "m2"), None);
        // A page shown in a modal keeps its <main>.
        let html = format!(
            "<body><nav>Home</nav><div id=m3 aria-modal=true class=lightbox>\
             <main id=inner><h1>Title</h1>{PROSE}{PROSE}{PROSE}</main></div></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "inner"), None);
    }

    /// An FAQ whose answers a class hides until their question is clicked
    /// (`<p class="hidden answer">`, Tailwind on a software vendor's home
    /// page): the answers stay. A box hidden by a class with no panel's
    /// name goes.
    #[test]
    fn answers_hidden_by_a_class_are_collapsed_panels() {
        let html = format!(
            "<body><main><h2>Questions</h2><div class=faq-item><h3>What is it?</h3>\
             <p id=a class='minlg:hidden text-18 maxlg:hidden answer'>{PROSE}</p></div>\
             <div id=t class='tab-pane hidden'>{PROSE}</div>\
             <div id=h class=hidden>{PROSE}</div></main></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "a"), None);
        assert_eq!(reason_of(&dom, &marks, "t"), None);
        assert_eq!(reason_of(&dom, &marks, "h"), Some(Reason::Hidden));
    }

    /// A news topic page's cards: the summary is a second link to the
    /// story, kept from screen readers (`aria-hidden`, `tabindex=-1`) but
    /// shown; a box hidden from them all is hidden.
    #[test]
    fn an_aria_hidden_link_is_shown() {
        let html = "<body><article><h2><a href=/s1>Beats Solo 4 gains new colors</a></h2>\
             <p><a id=desc href=/s1 aria-hidden=true tabindex=-1>Walmart now has the Beats Solo 4 \
             in new retailer-exclusive colorways.</a></p>\
             <div id=box aria-hidden=true><a href=/x>Slide two of the carousel</a></div></article></body>";
        let (dom, marks) = marked(html);
        assert_eq!(reason_of(&dom, &marks, "desc"), None);
        assert_eq!(reason_of(&dom, &marks, "box"), Some(Reason::Hidden));
    }

    /// A service page's testimonials in a Slick carousel: the slides out
    /// of view are `aria-hidden` but shown in turn; the copies the endless
    /// carousel makes of them stay out.
    #[test]
    fn the_slides_of_a_carousel_out_of_view_are_shown() {
        let html = "<body><main><div class=slick-track>\
             <div id=copy class='slick-slide slick-cloned' aria-hidden=true><blockquote>We cut costs by half.</blockquote></div>\
             <div id=current class='slick-slide slick-current slick-active'><blockquote>We cut costs by half.</blockquote></div>\
             <div id=next class=slick-slide aria-hidden=true><blockquote>It is so easy to use.</blockquote></div>\
             <div id=swiper class=swiper-slide aria-hidden=true><p>Built for teams.</p></div>\
             </div></main></body>";
        assert_reasons(
            html,
            &[
                ("current", None),
                ("next", None),
                ("swiper", None),
                ("copy", Some(Reason::Hidden)),
            ],
        );
    }

    /// A course page's FAQ in Bootstrap 3's accordion, whose group of
    /// panels carries `role=tablist`: the answers stay. A list of tabs is
    /// navigation.
    #[test]
    fn an_accordion_marked_as_a_tab_list_is_not_navigation() {
        let html = format!(
            "<body><main><h2>FAQs</h2><div id=faq class=panel-group role=tablist>\
             <div class=panel-heading role=tab><h4><a href=#c1 role=button>What are the prerequisites?</a></h4></div>\
             <div id=c1 class='panel-collapse collapse'><div class=panel-body><p>{PROSE}</p></div></div></div>\
             <ul id=tabs role=tablist><li role=tab>Overview</li><li role=tab>Syllabus</li></ul></main></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "faq"), None);
        assert_eq!(reason_of(&dom, &marks, "tabs"), Some(Reason::Navigation));
    }

    /// MathJax names the box round each formula after its context menu
    /// (`CtxtMenu_Attached_0`): the formula stays, in a sentence or on its
    /// own line. A menu of links with that class is still navigation.
    #[test]
    fn a_formula_named_like_a_menu_is_kept() {
        let html = format!(
            "<body><main><p>{PROSE}</p>\
             <p>When <mjx-container id=inline class='MathJax CtxtMenu_Attached_0'>\
             <mjx-math aria-hidden=true></mjx-math><mjx-assistive-mml><math><mi>a</mi><mo>≠</mo><mn>0</mn></math>\
             </mjx-assistive-mml></mjx-container>, there are two solutions.</p>\
             <mjx-container id=display class='MathJax CtxtMenu_Attached_0' display=true>\
             <mjx-math aria-hidden=true></mjx-math><mjx-assistive-mml><math><mi>x</mi><mo>=</mo><mn>1</mn></math>\
             </mjx-assistive-mml></mjx-container>\
             <div id=menu class='CtxtMenu_Attached_0'><a href=/a>Copy as MathML</a> <a href=/b>Zoom</a></div></main></body>"
        );
        assert_reasons(
            &html,
            &[
                ("inline", None),
                ("display", None),
                ("menu", Some(Reason::Navigation)),
            ],
        );
    }

    /// Headings are titles, not boxes. A docs generator's link-target
    /// class (Docusaurus' `anchor`), a theme's `section-header`, a wiki's
    /// id made of the heading's words ("...(PGP signature)") take none out.
    /// Names that hide a heading, or say it heads comments, a related box
    /// or an author card, still count; and so does an `<h1>`'s (the page's
    /// title, which goes as the title anyway).
    #[test]
    fn a_heading_is_not_taken_out_by_its_name() {
        assert_reasons(
            "<body><main><h1 id=title class=page-header>Quick start</h1>\
             <h2 id=install class='anchor anchorWithStickyNavbar'>Install</h2>\
             <h3 id=error-invalid-or-corrupted-package-pgp-signature>error: invalid or corrupted package (PGP signature)</h3>\
             <h2 id=more class=section-header>More details</h2>\
             <h2 id=comments-title class=comments-title>3 comments</h2>\
             <h3 id=author-name class=author-name>Tom</h3>\
             <h2 id=menu-label class=sr-only>Main menu</h2></main></body>",
            &[
                ("title", Some(Reason::Header)),
                ("install", None),
                ("error-invalid-or-corrupted-package-pgp-signature", None),
                ("more", None),
                ("comments-title", Some(Reason::Comments)),
                ("author-name", Some(Reason::Byline)),
                ("menu-label", Some(Reason::Hidden)),
            ],
        );
    }

    /// A `<header>` around a section's heading alone is the section's title
    /// (TYPO3's content elements, HTML5 sections); one with a link or a
    /// menu besides is the page's banner, and one around the `<h1>` the
    /// article's header (for an `<article>`'s see
    /// `headers_of_article_cards_stay`).
    #[test]
    fn a_header_around_a_section_heading_is_its_title() {
        assert_reasons(
            "<body><header id=banner><a href=/>Lindenhagen</a><h2>Bürgerservice</h2></header>\
             <main><div class=frame><header id=fees> <h2>Gebühren</h2> </header><p>Die Anmeldung ist gebührenfrei.</p></div>\
             <section><header id=top><h1>Wohnsitz anmelden</h1></header></section></main></body>",
            &[
                ("banner", Some(Reason::Header)),
                ("fees", None),
                ("top", Some(Reason::Header)),
            ],
        );
    }

    /// A documentation page (Sphinx, MkDocs) names each section after its
    /// title: a guide's sections on sharing and on related projects are
    /// not a share bar or a related-links box. An id that names the box
    /// itself, or a one-word title's slug, still counts.
    #[test]
    fn a_section_named_after_its_own_heading_is_not_judged_by_the_name() {
        let html = format!(
            "<body><main>\
             <div class=section id=sharing-with-a-single-developer><span id=anchor></span>\
             <h2>Sharing with a single developer<a class=headerlink href=#s>¶</a></h2><p>{PROSE}</p></div>\
             <section id=related-projects-2><h2>Related projects</h2><p>{PROSE}</p></section>\
             <div id=related-posts><h3>You may also like</h3><p>{PROSE}</p></div>\
             <section id=comments><h2>Comments</h2><p>{PROSE}</p></section>\
             <div id=share-buttons><a href=/fb>Facebook</a> <a href=/x>X</a></div></main></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(
            reason_of(&dom, &marks, "sharing-with-a-single-developer"),
            None
        );
        assert_eq!(reason_of(&dom, &marks, "related-projects-2"), None);
        assert_eq!(
            reason_of(&dom, &marks, "related-posts"),
            Some(Reason::RelatedLinks)
        );
        assert_eq!(reason_of(&dom, &marks, "comments"), Some(Reason::Comments));
        assert_eq!(
            reason_of(&dom, &marks, "share-buttons"),
            Some(Reason::Share)
        );
    }

    /// A shop's product page with "Sponsored" banners for other products:
    /// each banner goes whole (picture, name, price), told by its label
    /// alone. A grid holding one paid item loses that item only; a run-in
    /// "Ads:" heading of a list item, a trade named "Advertising" in a
    /// list, and an affiliate note under a deal stay.
    #[test]
    fn a_card_labelled_sponsored_is_an_ad() {
        let card = |id: &str, n: u32| {
            format!(
                "<div id={id}><div><img src=/c{n}.jpg alt=Chair></div>\
                 <div><p>Executive Chair {n}</p><p>$659.99</p></div><div><p>Sponsored</p></div></div>"
            )
        };
        let grid_item = |n: u32| format!("<div id=g{n}><a href=/p{n}>Lamp {n}</a> $20</div>");
        let html = format!(
            "<body><main><h1>Beaded Chandelier</h1>{PROSE}{}\
             <div id=grid>{}{}<div id=g3><a href=/p3>Lamp 3</a><span>$20</span><div>Promoted</div></div></div>\
             <ul id=trades><li>Branding</li><li>Advertising</li><li><a href=/t>Illustration</a></li></ul>\
             <ul><li id=runin><strong>Ads</strong><span>: Facebook Ads are customizable.</span><img src=/f.png></li></ul>\
             <div id=deal><a href=/buy>Headphones $164.99</a><div>BGR may receive a commission</div></div>\
             <div id=c2><div><p>Sponsored</p></div><a href=/p9>Desk lamp, brass</a> $45</div>\
             </main></body>",
            card("c1", 1),
            grid_item(1),
            grid_item(2),
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "c1"), Some(Reason::Ad));
        assert_eq!(reason_of(&dom, &marks, "g3"), Some(Reason::Ad));
        // The label before the card's link and price.
        assert_eq!(reason_of(&dom, &marks, "c2"), Some(Reason::Ad));
        for kept in ["grid", "g1", "g2", "trades", "runin", "deal"] {
            assert_eq!(reason_of(&dom, &marks, kept), None, "{kept}");
        }
    }

    /// A deals article with a newsletter box set between its paragraphs
    /// and named only by utility classes: the box around the e-mail form
    /// goes with its pitch; a search form's box, a long box around a form
    /// and a sign-up page's headline stay.
    #[test]
    fn the_short_box_around_an_email_form_is_a_sign_up_box() {
        let html = format!(
            "<body><article>{PROSE}<section id=s1 class='my-12 p-8'><div>Deals</div>\
             <div class=p-8><div id=pitch>Sign up now for the Deals newsletter.</div>\
             <form><input type=email><button>Sign Me Up</button></form></div></section>\
             <div id=s2><p>Find a recipe</p><form><input type=search></form></div>\
             <div id=s3>{PROSE}{PROSE}<form><input type=email></form></div>{PROSE}</article></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "pitch"), Some(Reason::Newsletter));
        assert_eq!(reason_of(&dom, &marks, "s1"), Some(Reason::Newsletter));
        assert_eq!(reason_of(&dom, &marks, "s2"), None);
        assert_eq!(reason_of(&dom, &marks, "s3"), None);
        let html = "<body><div id=page><h1>Join our newsletter</h1>\
             <form><input type=email></form></div><p>About us</p></body>";
        let (dom, marks) = marked(html);
        assert_eq!(reason_of(&dom, &marks, "page"), None);
    }

    /// An FAQ accordion: the button in each question's heading stays when
    /// the panel after the heading holds the answer (shown or hidden); a
    /// script-drawn accordion's button over an empty panel goes, as does
    /// a button outside a heading.
    #[test]
    fn the_button_of_an_accordion_heading_is_its_text() {
        let html = format!(
            "<body><main>{PROSE}<div class=faq>\
             <h3><button id=q1 aria-expanded=true>How long does delivery take?</button></h3>\
             <div><p>Three to five working days.</p></div>\
             <h3><button id=q2 aria-expanded=false>Can I return an item?</button></h3>\
             <div hidden><p>Within sixty days.</p></div>\
             <h3><button id=q3 aria-expanded=false>Do you ship abroad?</button></h3> <div hidden></div>\
             <p><button id=b1>Show all questions</button></p></div></main></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "q1"), None);
        assert_eq!(reason_of(&dom, &marks, "q2"), None);
        assert_eq!(reason_of(&dom, &marks, "q3"), Some(Reason::Form));
        assert_eq!(reason_of(&dom, &marks, "b1"), Some(Reason::Form));
    }

    /// A shop's category page whose product grid sits in a "compare"
    /// form: the cards stay and only their checkboxes go; a filter form
    /// (labels and checkboxes, no cards) goes whole.
    #[test]
    fn a_form_around_item_cards_is_the_listing() {
        let card = |i: u32| {
            format!(
                "<li><article id=card{i}><h4><a href=/p{i}>Air Purifier {i}</a></h4>\
                 <p>$89.99</p><label><input type=checkbox>Compare</label></article></li>"
            )
        };
        let cards: String = (1..=3).map(card).collect();
        let html = format!(
            "<body><main><h1>Air Purifiers</h1>\
             <form id=filters><label><input type=checkbox>HEPA (4)</label>\
             <label><input type=checkbox>Tabletop (2)</label></form>\
             <form id=grid action=/compare><ul>{cards}</ul></form></main></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "filters"), Some(Reason::Form));
        assert_eq!(reason_of(&dom, &marks, "grid"), None);
        assert_eq!(reason_of(&dom, &marks, "card2"), None);
        let checkbox = (0..dom.len() as NodeId)
            .find(|&i| dom.tag(i) == Tag::Input && dom.closest(i, Tag::Article).is_some());
        assert_eq!(
            marks.reason(checkbox.expect("a card's checkbox")),
            Some(Reason::Form)
        );
        // Two cards are not yet a grid: a form with a pair of previews.
        let html = format!(
            "<body><main>{PROSE}<form id=pair><ul>{}{}</ul></form></main></body>",
            card(1),
            card(2)
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "pair"), Some(Reason::Form));
    }

    /// A recipe listing whose only prose is the consent platform's
    /// preference center: when the page is judged again without its
    /// hints, the consent box stays out, and a layout named "header" or
    /// an article body named "overlay" comes back.
    #[test]
    fn consent_boxes_stay_out_when_hints_are_ignored() {
        let html = format!(
            "<body><header id=layout>{PROSE}</header>\
             <div id=o1 class='article__body article-overlay-handle'>{PROSE}</div>\
             <div id=c1 class=onetrust-consent-sdk><p>We and our partners store data.</p></div></body>"
        );
        let dom = parse(&html);
        let lengths = subtree_text_lengths(&dom);
        let marks = prepare_with(&dom, &lengths, &Options::default(), Hints::Ignore);
        assert_eq!(reason_of(&dom, &marks, "c1"), Some(Reason::Cookie));
        assert_eq!(reason_of(&dom, &marks, "layout"), None);
        assert_eq!(reason_of(&dom, &marks, "o1"), None);
    }

    /// A review's paragraph that starts with a link whose class says what a
    /// click does (`external-popup`), and a real popup beside the article.
    #[test]
    fn inline_elements_of_a_sentence_are_not_judged_by_class() {
        let html = format!(
            "<body><article>{PROSE}<p><a id=l1 class=external-popup href='/t'>TurboTax</a> is one of \
             the most popular tax programs.</p><p><a id=l2 class=share-link>Share</a></p>\
             <div id=d1 class=popup><p>Subscribe to our newsletter for weekly deals.</p></div></article></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "l1"), None);
        // Alone in its paragraph, a link is judged by its class as before.
        assert_eq!(reason_of(&dom, &marks, "l2"), Some(Reason::Share));
        assert_eq!(reason_of(&dom, &marks, "d1"), Some(Reason::Cookie));
    }

    /// A shop page's hidden product fields (`<dl class=hide>`, names and
    /// image addresses), longer than its description, against a page
    /// body that a script shows later.
    #[test]
    fn a_large_hidden_data_dump_goes_but_a_hidden_page_body_stays() {
        let fields: String = (0..40)
            .map(|i| format!("<dt>cat_thumb_{i}:</dt><dd>https://cdn.example.com/images/160x160/thumb_{i}.jpg</dd>"))
            .collect();
        let html = format!(
            "<body><div><h1>Staple Tee</h1><p>A regular fit tee in combed cotton.</p></div>\
             <dl id=d1 class='product-info hide'>{fields}</dl></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "d1"), Some(Reason::Hidden));
        let html = format!(
            "<body><div id=b1 class=hide><h2>Staple Tee</h2>{PROSE}{PROSE}{PROSE}</div><p>Menu</p></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "b1"), None);
    }

    /// A syntax highlighter's class names inside a code block (highlight.js
    /// `hljs-comment`, Prism's `token tag`, `hljs-meta`) are not boxes:
    /// the code's comments and tags stay. A share bar named so outside the
    /// code still goes.
    #[test]
    fn class_names_inside_code_are_a_highlighter_s() {
        let html = "<body><p>Run:</p><pre><code class='hljs bash'>\
             <span id=c1 class=hljs-comment># stash your changes</span>\ngit stash\n\
             <span id=c2 class='token tag'>&lt;div&gt;</span> <span id=c3 class=hljs-meta>#!/bin/sh</span>\
             </code></pre><div id=s1 class=share>Share</div></body>";
        let (dom, marks) = marked(html);
        for id in ["c1", "c2", "c3"] {
            assert_eq!(reason_of(&dom, &marks, id), None, "{id}");
        }
        assert_eq!(reason_of(&dom, &marks, "s1"), Some(Reason::Share));
        // Inline code in a sentence too.
        let (dom, marks) = marked(
            "<body><p>Call <code>f(<span id=c4 class=comment>x</span>)</code> once.</p></body>",
        );
        assert_eq!(reason_of(&dom, &marks, "c4"), None);
    }

    /// A shop that hides its whole product (headline, overview) until a
    /// script shows it, under a header whose hidden mega-menus hold most
    /// of the page's text: the box with the page's only `<h1>` stays. A
    /// small hidden box with it (a site name in a hidden heading) goes.
    #[test]
    fn a_hidden_box_holding_the_page_s_headline_stays() {
        let menu: String = (0..150)
            .map(|i| format!("<li><a href=/c{i}>Category number {i}</a></li>"))
            .collect();
        let product = "<h1>Almond Thins</h1><h2>Product overview</h2>\
             <ul><li>Low fat</li><li>No added salt</li><li>Dairy free</li></ul>";
        let html = format!(
            "<body><header><ul style='display:none'>{menu}</ul></header>\
             <div id=p1 style='display: none'>{product}{}</div></body>",
            "<p>Baked in small batches, sliced thin.</p>".repeat(20)
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "p1"), None);
        let html = format!(
            "<body><div id=p2 style='display: none'><h1>Shop</h1></div>{PROSE}{PROSE}</body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "p2"), Some(Reason::Hidden));
        // Not when a headline stands outside it.
        let html = format!(
            "<body><h1>Almond Thins</h1><header><ul style='display:none'>{menu}</ul></header>\
             <div id=p3 style='display: none'>{product}{}</div></body>",
            "<p>Baked in small batches, sliced thin.</p>".repeat(20)
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "p3"), Some(Reason::Hidden));
    }

    /// A shop page whose product a script draws: the HTML holds only the
    /// site footer's link columns, most of the page's text, and they go;
    /// a page that wraps its story in a `<footer>` keeps it.
    #[test]
    fn a_large_footer_stays_only_when_it_holds_the_page() {
        let column: String = (0..20)
            .map(|i| format!("<li><a href='/help/{i}'>Help topic number {i}</a></li>"))
            .collect();
        let html = format!(
            "<body><div id=app></div><footer id=f1><ul>{column}</ul><ul>{column}</ul></footer></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "f1"), Some(Reason::Footer));
        let html =
            format!("<body><footer id=f2><h2>Staple Tee</h2>{PROSE}{PROSE}{PROSE}</footer></body>");
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "f2"), None);
    }

    /// A CMS component named "related content" that holds the page's
    /// text: more than everything kept beside it, so it is the content.
    /// Beside a longer article, the same box is related links.
    #[test]
    fn a_related_box_holding_most_of_the_page_stays() {
        let html = format!(
            "<body><header>{PROSE}</header><nav>{PROSE}</nav><p>Legal help</p>\
             <div id=r1 class=related-content>{PROSE}{PROSE}</div>\
             <div class=ad-slot id=r2>Sponsored</div><footer>{PROSE}</footer></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "r1"), None);
        assert_eq!(reason_of(&dom, &marks, "r2"), Some(Reason::Ad));
        let html = format!(
            "<body><article>{PROSE}{PROSE}{PROSE}</article><div id=r1 class=related-content>{PROSE}</div></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "r1"), Some(Reason::RelatedLinks));
    }

    #[test]
    fn a_large_aside_stays_only_when_it_holds_the_article() {
        // A newspaper's live feed beside a shorter story: more text than
        // the story, in paragraphs, and still beside it.
        let feed: String = (0..12)
            .map(|i| format!("<li><a href='/direct/{i}'>14:{i:02}</a><p>Another short news item of the day, with a few lines of text about it, number {i}.</p></li>"))
            .collect();
        let html = format!(
            "<body><article><h1>Story</h1>{PROSE}</article><aside id=a1><ul>{feed}</ul></aside>\
             <div id=a2 role=complementary><ul>{feed}</ul></div></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "a1"), Some(Reason::Sidebar));
        assert_eq!(reason_of(&dom, &marks, "a2"), Some(Reason::Sidebar));
        // A page whose layout puts the story itself in an <aside>.
        let html = format!(
            "<body><aside id=a3><h1>Story</h1>{PROSE}{PROSE}{PROSE}</aside><p>Menu</p></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "a3"), None);
    }

    /// A blog's archive: three `<article>` cards side by side keep their
    /// headers (the headlines are the listing); a lone article's header,
    /// and the page's own, are dropped as before.
    #[test]
    fn headers_of_article_cards_stay() {
        let card = |i: u32| {
            format!(
                "<article><header id=h{i}><h2><a href='/post-{i}'>A recipe worth making number {i}</a></h2></header>\
                 <div><p>A short summary of the recipe.</p></div></article>"
            )
        };
        let cards: String = (1..=3).map(card).collect();
        let html =
            format!("<body><header id=site><a href=/>Site</a></header><main>{cards}</main></body>");
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "h1"), None);
        assert_eq!(reason_of(&dom, &marks, "h3"), None);
        assert_eq!(reason_of(&dom, &marks, "site"), Some(Reason::Header));
        let cards: String = (1..=2).map(card).collect();
        let html = format!("<body><main>{cards}</main></body>");
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "h1"), Some(Reason::Header));
    }

    /// A documentation page whose title and first paragraphs sit in a
    /// `layout__header` inside `<main>`: that is the content's opening.
    /// The site's header outside `<main>`, a header inside it that holds
    /// only a headline and a date, and a story's header in its
    /// `<article>` are still dropped.
    #[test]
    fn headers_holding_the_opening_paragraphs_inside_main_stay() {
        let intro = "<p>The Fetch API provides an interface for making HTTP requests.</p>";
        let html = format!(
            "<body><div id=site class=site-header>{intro}</div>\
             <main><div id=intro class=layout__header><h1>Using Fetch</h1>{intro}</div>\
             <header id=dated><h2>Next steps</h2><p>May 2</p></header>{PROSE}{PROSE}\
             <article><header id=story><h2>Story</h2>{intro}</header>{PROSE}</article></main></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "intro"), None);
        assert_eq!(reason_of(&dom, &marks, "story"), Some(Reason::Header));
        assert_eq!(reason_of(&dom, &marks, "dated"), Some(Reason::Header));
        assert_eq!(reason_of(&dom, &marks, "site"), Some(Reason::Header));
    }

    /// The same questions of boxes too big to walk, answered from the
    /// page's landmark index: a hidden page body ending in its paragraph,
    /// a hidden dump of spans, a comment box holding the headline.
    #[test]
    fn large_boxes_are_asked_through_the_landmark_index() {
        let spans = "<span>field value </span>".repeat(5_000);
        let html =
            format!("<body><div id=b1 class=hide>{spans}<p>The end.</p></div><p>Menu</p></body>");
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "b1"), None);
        let html = format!("<body><div id=d1 class=hide>{spans}</div><p>Menu</p></body>");
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "d1"), Some(Reason::Hidden));
        let html = format!("<body><div id=c1 class=comments>{spans}<h1>Title</h1></div></body>");
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "c1"), None);
        let html = format!("<body><h1>Title</h1><div id=c2 class=comments>{spans}</div></body>");
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "c2"), Some(Reason::Comments));
    }

    #[test]
    fn collapsed_accordion_panels_are_content() {
        let html = format!(
            "<body><article>{PROSE}<h3><button aria-controls=a1 id=b1>How long does it take?</button></h3>\
             <div id=a1 role=region aria-labelledby=b1 style='display:none'><p>About two weeks.</p></div>\
             <div id=t1 role=tabpanel aria-labelledby=tab1 hidden><p>Specifications</p></div>\
             <div id=f1 hidden=until-found><p>Found by search</p></div>\
             <div id=h1 style='display:none'><p>A hidden promo</p></div>\
             <div id=t2 role=tabpanel hidden><p>Install on Windows</p></div>\
             <div id=q1 class=faq__answer style='display:none'><p>Yes, twice a year.</p></div>\
             <div id=p1 hidden class=tab__content><p>Our approach</p></div>\
             <div id=g1 hidden class='usa-banner__content usa-accordion__content'>\
             <p>The .gov means it is official.</p></div></article></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "a1"), None);
        assert_eq!(reason_of(&dom, &marks, "t1"), None);
        assert_eq!(reason_of(&dom, &marks, "f1"), None);
        assert_eq!(reason_of(&dom, &marks, "h1"), Some(Reason::Hidden));
        // Tabs and accordions named by their classes, and a tab panel
        // without its label.
        assert_eq!(reason_of(&dom, &marks, "t2"), None);
        assert_eq!(reason_of(&dom, &marks, "q1"), None);
        assert_eq!(reason_of(&dom, &marks, "p1"), None);
        // A site banner's folded explanation is not the page's content.
        assert_eq!(reason_of(&dom, &marks, "g1"), Some(Reason::Hidden));
    }

    #[test]
    fn a_hidden_answer_after_its_disclosure_button_is_content() {
        // An accordion whose class names are hashes: only the button's
        // aria-expanded says the answer is folded, not gone.
        let menu = "<li><a href=/a>Shoes</a></li><li><a href=/b>Socks</a></li><li><a href=/c>Hats</a></li>";
        let html = format!(
            "<body><div><div id=tb><a href=/login>Log in</a> <a href=/pro>Join our business store and save on every order</a>\
             <button aria-expanded=false>Cart</button> <span>Free shipping on all orders over fifty dollars, every day of the year, to every address in the country</span></div>\
             <div id=cart hidden><p>Your cart is empty.</p></div></div>\
             <article>{PROSE}<h3 class=css-9x><button aria-expanded=false>Weight</button></h3>\n\
             <div id=a1 hidden class=css-1k0><p>Lighter shoes feel faster.</p></div>\
             <button aria-expanded=false>Is it washable?</button><div id=a2 class=hidden><p>Yes, cold.</p></div>\
             <button aria-expanded=false>Shop</button><ul id=m1 hidden>{menu}</ul>\
             <button aria-expanded=false>Here is how you know</button>\
             <div id=g1 hidden class=usa-banner__content><p>The .gov means it is official.</p></div>\
             <p>Between</p><div id=h1 hidden><p>A hidden promo</p></div></article></body>"
        );
        let (dom, marks) = marked(&html);
        // Hidden by the attribute or by a class name.
        assert_eq!(reason_of(&dom, &marks, "a1"), None);
        assert_eq!(reason_of(&dom, &marks, "a2"), None);
        // A dropdown menu behind its button, a box after no button, and a
        // flyout after a toolbar (not a label) stay hidden.
        assert_eq!(reason_of(&dom, &marks, "m1"), Some(Reason::Hidden));
        assert_eq!(reason_of(&dom, &marks, "h1"), Some(Reason::Hidden));
        assert_eq!(reason_of(&dom, &marks, "cart"), Some(Reason::Hidden));
        // So does a site banner's folded explanation.
        assert_eq!(reason_of(&dom, &marks, "g1"), Some(Reason::Hidden));
    }

    #[test]
    fn a_hidden_answer_after_a_plain_button_is_content_when_it_is_prose() {
        // A Tailwind accordion: no aria-expanded, a script toggles the
        // `hidden` class; the answer is a paragraph. A data dump and a
        // bare list behind a button stay hidden.
        let html = format!(
            "<body><article>{PROSE}\
             <button type=button><h5>How much does it cost?</h5></button>\
             <div id=a1 class='text-sm hidden'><p>It depends on the project.</p></div>\
             <button>Languages</button><div id=d1 class=hidden>en-in: /en-in/, en-jp: /en-jp/</div>\
             <button>More</button><div id=l1 class=hidden><span>Red</span><span>Blue</span></div>\
             </article></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "a1"), None);
        assert_eq!(reason_of(&dom, &marks, "d1"), Some(Reason::Hidden));
        assert_eq!(reason_of(&dom, &marks, "l1"), Some(Reason::Hidden));
    }

    #[test]
    fn a_consent_center_goes_however_much_text_it_holds() {
        // A recipe listing (short linked cards) and a consent platform's
        // preference center with a paragraph per purpose: the center holds
        // most of the page's text, and still goes.
        let cards = "<a href=/r><h3>Easy beef tacos</h3></a>".repeat(8);
        let html = format!(
            "<body><main id=list><h1>Dinner Recipes</h1>{cards}</main>\
             <div id=onetrust-pc-sdk><h2>Your privacy</h2>{PROSE}{PROSE}{PROSE}</div></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(
            reason_of(&dom, &marks, "onetrust-pc-sdk"),
            Some(Reason::Cookie)
        );
        assert_eq!(reason_of(&dom, &marks, "list"), None);
        // A page-wide wrapper named after the consent state holds the
        // article and stays.
        let html = format!(
            "<body><div id=wrap class=cookie-consent-pending><h1>Bridge closed</h1>\
             {PROSE}{PROSE}{PROSE}</div></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "wrap"), None);
    }

    #[test]
    fn prose_in_a_box_named_menu_stays() {
        // An FAQ's tabs in `faq_tabs-menu`, answers and all; and a real
        // menu of links under the same kind of name.
        let links = "<a href=/a>Pricing and plans for every team</a> ".repeat(20);
        let html = format!(
            "<body><div id=faq class=faq_tabs-menu><h3>Is it worth it?</h3>{PROSE}{PROSE}{PROSE}</div>\
             <div id=menu class=site-menu>{links}</div>{PROSE}{PROSE}{PROSE}{PROSE}{PROSE}</body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "faq"), None);
        assert_eq!(reason_of(&dom, &marks, "menu"), Some(Reason::Navigation));
    }

    #[test]
    fn product_pages_declare_themselves() {
        let ld = parse(
            r#"<head><script type="application/ld+json">{"@type": "Product", "name": "Mug"}</script></head><body><p>Mug</p></body>"#,
        );
        assert!(declarations(&ld).product);
        let micro = parse(
            "<body><div itemscope itemtype='http://schema.org/Product/'><p>Mug</p></div></body>",
        );
        assert!(declarations(&micro).product);
        // A group of variants, a model, or an offer alone is not the type.
        let other = parse(
            r#"<head><script type="application/ld+json">{"@type": "ProductGroup"}</script></head><body><div itemscope itemtype="https://schema.org/ProductModel"></div></body>"#,
        );
        assert!(!declarations(&other).product);
        assert_eq!(declarations(&other).discussion, Discussion::None);
    }

    /// The page prepared, and the reviews in its `#root` marked.
    fn with_reviews_marked(html: &str) -> (Dom, Marks) {
        let dom = parse(html);
        let lengths = subtree_text_lengths(&dom);
        let mut marks = prepare(&dom, &lengths, &Options::default());
        let root = (0..dom.len() as NodeId)
            .find(|&i| dom.attr(i, "id").as_deref() == Some("root"))
            .unwrap();
        mark_customer_reviews(&dom, &mut marks, &lengths, root);
        (dom, marks)
    }

    #[test]
    fn a_product_page_s_reviews_are_its_comments() {
        let review = "<div class=review-item><p>Great mug, keeps coffee warm for an hour and the glaze is lovely.</p></div>";
        let (dom, marks) = with_reviews_marked(&format!(
            "<body><div id=root><h1>Stoneware mug</h1>{PROSE}<div id=r1 class='product-reviews'>{}</div>\
             <section id=r2 data-x=1><div id=reviewsContainer>{}</div></section>\
             <div id=t1 class=testimonials>{review}</div><div id=p1 class=preview>{review}</div></div></body>",
            review.repeat(3),
            review.repeat(2),
        ));
        assert_eq!(reason_of(&dom, &marks, "r1"), Some(Reason::Comments));
        assert_eq!(
            reason_of(&dom, &marks, "reviewsContainer"),
            Some(Reason::Comments)
        );
        assert_eq!(reason_of(&dom, &marks, "t1"), Some(Reason::Comments));
        assert_eq!(reason_of(&dom, &marks, "p1"), None);

        // A selection that is nearly all reviews (the product's own text
        // drawn by a script) keeps them: they are all the page shows.
        let (dom, marks) = with_reviews_marked(&format!(
            "<body><div id=root><h1>Mug</h1><div id=r1 class=reviews>{}</div></div></body>",
            review.repeat(5)
        ));
        assert_eq!(reason_of(&dom, &marks, "r1"), None);

        // A box of the description and the reviews together (Shopware's
        // tabs) is not the reviews; the reviews inside it are.
        let (dom, marks) = with_reviews_marked(&format!(
            "<body><div id=root><div id=tabs class=product-description-reviews>\
             <div id=d1 class=product-description>{PROSE}</div>\
             <div id=r1 class=product-detail-review>{}</div></div></div></body>",
            review.repeat(3)
        ));
        assert_eq!(reason_of(&dom, &marks, "tabs"), None);
        assert_eq!(reason_of(&dom, &marks, "d1"), None);
        assert_eq!(reason_of(&dom, &marks, "r1"), Some(Reason::Comments));
    }

    #[test]
    fn forum_threads_declare_themselves() {
        let micro = parse("<body><div itemscope itemtype='https://schema.org/DiscussionForumPosting'><p>Hi</p></div></body>");
        assert_eq!(declares_discussion(&micro), Discussion::Forum);
        // Forum software that names itself, as Discuz! and phpBB do; a
        // blog engine does not make a thread.
        for generator in ["Discuz! X3.4", "phpBB", " vBulletin 4.2.5"] {
            let page = parse(&format!(
                "<head><meta name=generator content='{generator}'></head><body><p>Hi</p></body>"
            ));
            assert_eq!(declares_discussion(&page), Discussion::Forum, "{generator}");
        }
        let blog = parse(
            "<head><meta name=generator content='WordPress 6.5'></head><body><p>Hi</p></body>",
        );
        assert_eq!(declares_discussion(&blog), Discussion::None);
        // phpBB and XenForo mark a thread on the root elements instead;
        // their forum indexes (lists of topics) carry other names.
        let roots = [
            (
                "<html><body id=phpbb class='nojs notouch section-viewtopic ltr'>",
                Discussion::Forum,
            ),
            (
                "<html id=XF class='has-no-js template-thread_view'><body>",
                Discussion::Forum,
            ),
            (
                "<html id=XF class='template-thread_view_type_question'><body>",
                Discussion::Forum,
            ),
            (
                "<html><body id=phpbb class='nojs section-viewforum ltr'>",
                Discussion::None,
            ),
            (
                "<html id=XF class='template-forum_view'><body>",
                Discussion::None,
            ),
            ("<html><body class=section-viewtopic>", Discussion::None),
        ];
        for (root, expected) in roots {
            let page = parse(&format!("{root}<p>Hi</p></body></html>"));
            assert_eq!(declares_discussion(&page), expected, "{root}");
        }
        let ld = parse(
            r#"<head><script type="application/ld+json">{"@type": "QAPage", "mainEntity": {}}</script></head><body><p>Q</p></body>"#,
        );
        assert_eq!(declares_discussion(&ld), Discussion::Questions);
        let faq = parse(
            r#"<head><script type="application/ld+json">{"@type": "FAQPage", "mainEntity": [{"@type": "Question"}]}</script></head><body><div itemscope itemtype="https://schema.org/Question"></div></body>"#,
        );
        assert_eq!(declares_discussion(&faq), Discussion::None);
        // A question thread that marks its replies as voted answers, with
        // no QAPage; an FAQ's answers have no votes; a QAPage stays one.
        let answer = |votes: &str| {
            format!("<div itemscope itemtype='https://schema.org/Answer'><p>Buy the cheaper one.</p>{votes}</div>")
        };
        let votes = "<meta itemprop=upvoteCount content=3>";
        let thread = parse(&format!("<body>{}</body>", answer(votes)));
        assert_eq!(declares_discussion(&thread), Discussion::Forum);
        let faq = parse(&format!("<body>{}</body>", answer("")));
        assert_eq!(declares_discussion(&faq), Discussion::None);
        let qa = parse(&format!(
            r#"<head><script type="application/ld+json">{{"@type": "QAPage"}}</script></head><body>{}</body>"#,
            answer(votes)
        ));
        assert_eq!(declares_discussion(&qa), Discussion::Questions);
    }

    /// A page prepared, its comment section (`id=comments`) marked, and its
    /// blocks judged: what [`restore_discussion`] is given.
    fn judged_with_comments(html: &str) -> (Dom, Vec<u32>, Marks, Vec<Block>) {
        let dom = parse(html);
        let lengths = subtree_text_lengths(&dom);
        let marks = prepare(&dom, &lengths, &Options::default());
        assert_eq!(reason_of(&dom, &marks, "comments"), Some(Reason::Comments));
        let flags = crate::pipeline::blocks::block_like(&dom);
        let mut blocks = crate::pipeline::blocks::build(&dom, &marks, dom.body, &flags);
        crate::pipeline::score::classify_all(&mut blocks, false);
        (dom, lengths, marks, blocks)
    }

    /// A forum thread keeps its replies, without each reply's author card
    /// (XenForo's `message-user`, vBulletin's `userinfo`), share bar or
    /// signature (XenForo's `<aside class=message-signature>`: the class
    /// counts, where the element alone would not take an `<aside>` out of
    /// a post).
    #[test]
    fn a_declared_thread_keeps_its_replies() {
        let reply = |n: u32| {
            format!(
                "<div><div id=card{n} class='message-user'>Tomas<br>Joined 2010<br>Posts 12</div>\
                 {PROSE}<aside id=note{n}>Edited to add a link.</aside><div id=share{n} class=share>Share</div>\
                 <aside id=sig{n} class=message-signature>Home setup: Bifrost 2 &gt; V281</aside></div>"
            )
        };
        let html = format!(
            "<body><div itemscope itemtype='http://schema.org/DiscussionForumPosting'><article>{PROSE}{PROSE}{PROSE}</article>\
             <section id=comments>{}{}{}</section></div></body>",
            reply(1),
            reply(2),
            reply(3)
        );
        let (dom, lengths, mut marks, blocks) = judged_with_comments(&html);
        assert!(restore_discussion(
            &dom,
            &mut marks,
            &lengths,
            &blocks,
            declares_discussion(&dom)
        ));
        assert_eq!(reason_of(&dom, &marks, "comments"), None);
        assert_eq!(reason_of(&dom, &marks, "card2"), Some(Reason::Byline));
        assert_eq!(reason_of(&dom, &marks, "share3"), Some(Reason::Share));
        assert_eq!(reason_of(&dom, &marks, "sig1"), Some(Reason::Byline));
        assert_eq!(reason_of(&dom, &marks, "note1"), None);
    }

    /// A page of no declared kind whose comment sections hold all its
    /// prose: a thread when little else is there; a list of the
    /// community's best books (titles, authors, ratings: no prose) with
    /// its thousands of comments under it keeps them out.
    #[test]
    fn an_undeclared_page_is_a_discussion_only_with_little_text_beside_its_comments() {
        let restored = |outside: &str| {
            let html = format!(
                "<body><div id=page>{outside}</div><div id=comments class=comments>{PROSE}{PROSE}{PROSE}</div></body>"
            );
            let (dom, lengths, mut marks, blocks) = judged_with_comments(&html);
            restore_discussion(&dom, &mut marks, &lengths, &blocks, Discussion::None)
                && reason_of(&dom, &marks, "comments").is_none()
        };
        assert!(restored("<h1>Is my sourdough starter dead?</h1>"));
        let books: String = (1..=40)
            .map(|n| format!("<tr><td>{n}</td><td>The Book Number {n}</td><td>by Author {n}</td><td>4.3 avg rating</td></tr>"))
            .collect();
        assert!(!restored(&format!(
            "<h1>Best Books Ever</h1><table>{books}</table>"
        )));
    }

    /// A Q&A page: remarks under each answer stay out; a site that lists
    /// the answers themselves in one section named "comments" keeps them.
    #[test]
    fn a_question_page_keeps_its_answers_not_the_remarks_on_them() {
        let restored = |html: &str, id: &str| {
            let dom = parse(html);
            let lengths = subtree_text_lengths(&dom);
            let mut marks = prepare(&dom, &lengths, &Options::default());
            assert_eq!(reason_of(&dom, &marks, id), Some(Reason::Comments));
            let flags = crate::pipeline::blocks::block_like(&dom);
            let blocks = crate::pipeline::blocks::build(&dom, &marks, dom.body, &flags);
            let declared = declares_discussion(&dom);
            assert_eq!(declared, Discussion::Questions);
            restore_discussion(&dom, &mut marks, &lengths, &blocks, declared);
            reason_of(&dom, &marks, id).is_none()
        };
        let answer = |n: u32| {
            format!("<div class=answer>{PROSE}{PROSE}<div id=c{n} class=comments>{PROSE}{PROSE}{PROSE}</div></div>")
        };
        let html = format!(
            "<body itemscope itemtype='https://schema.org/QAPage'><div class=question>{PROSE}{PROSE}</div>{}{}{}</body>",
            answer(1),
            answer(2),
            answer(3)
        );
        assert!(!restored(&html, "c2"));
        let html = format!(
            "<body itemscope itemtype='https://schema.org/QAPage'><div class=question>{PROSE}</div>\
             <div id=all class=comments><h2>22 Comments</h2>{PROSE}{PROSE}{PROSE}{PROSE}</div></body>"
        );
        assert!(restored(&html, "all"));
    }

    const PROSE: &str = "<p>A long enough paragraph of genuine prose to make the article the bulk of the page, as articles are, so that the boxes beside it are small by comparison and can be dropped safely without any doubt at all.</p>";

    #[test]
    fn scripts_forms_and_embeds_are_marked() {
        let html = format!(
            "<body><article>{PROSE}<script id=s>x()</script><form id=f><input></form><iframe id=v src='https://www.youtube.com/embed/x'></iframe><iframe id=e src='https://maps.example/x'></iframe></article></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "s"), Some(Reason::Script));
        assert_eq!(reason_of(&dom, &marks, "f"), Some(Reason::Form));
        assert_eq!(reason_of(&dom, &marks, "v"), Some(Reason::Video));
        assert_eq!(reason_of(&dom, &marks, "e"), Some(Reason::Embed));
    }

    #[test]
    fn hidden_elements_are_marked() {
        let html = format!(
            "<body>{PROSE}<div id=a hidden>x</div><div id=b aria-hidden=true>y</div><div id=c style='color:red; DISPLAY: none'>z</div><div id=d style='display:block'>w</div></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "a"), Some(Reason::Hidden));
        assert_eq!(reason_of(&dom, &marks, "b"), Some(Reason::Hidden));
        assert_eq!(reason_of(&dom, &marks, "c"), Some(Reason::Hidden));
        assert_eq!(reason_of(&dom, &marks, "d"), None);
    }

    #[test]
    fn landmarks_and_boilerplate_classes_are_marked() {
        let html = format!(
            "<body><nav id=n><a href=/>Home</a></nav><div id=r role=complementary>x</div>\
             <main>{PROSE}<div id=s class='share-buttons'>Share</div><ul id=rel class='related-posts'><li>x</li></ul>\
             <div id=c class='comment-list'>Nice</div><div id=ok class='entry-content'>{PROSE}</div></main></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "n"), Some(Reason::Navigation));
        assert_eq!(reason_of(&dom, &marks, "r"), Some(Reason::Sidebar));
        assert_eq!(reason_of(&dom, &marks, "s"), Some(Reason::Share));
        assert_eq!(reason_of(&dom, &marks, "rel"), Some(Reason::RelatedLinks));
        assert_eq!(reason_of(&dom, &marks, "c"), Some(Reason::Comments));
        assert_eq!(reason_of(&dom, &marks, "ok"), None);
    }

    #[test]
    fn photo_credits_go_and_their_captions_stay() {
        // A news photo: the caption is kept, its credit line is not; a
        // film page's long "credits" box is content.
        let cast = "Directed by Ann Lee, written by Bo Chen, music by Cy Dorn, with Ed Fay, \
                    Gil Hart, Ida Jones, Kai Lund, Max Moor, Ned Noll and Ola Park as the crew. "
            .repeat(2);
        let html = format!(
            "<body>{PROSE}<figure><img src=a.jpg><figcaption id=cap>The bridge at dawn. \
             <span id=cr class='image-credit'>Photo: Jane Doe/AP</span></figcaption></figure>\
             <div id=film class=credits>{cast}</div></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "cr"), Some(Reason::Caption));
        assert_eq!(reason_of(&dom, &marks, "cap"), None);
        assert_eq!(reason_of(&dom, &marks, "film"), None);
    }

    #[test]
    fn an_embedded_social_post_is_not_a_share_bar() {
        let html = format!(
            "<body>{PROSE}<div id=post class='social-media-embed'><blockquote class=twitter-tweet>\
             <p>Yes this is real</p></blockquote></div><div id=bar class='social-share'>Share</div></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "post"), None);
        assert_eq!(reason_of(&dom, &marks, "bar"), Some(Reason::Share));
    }

    #[test]
    fn a_wrapper_holding_most_of_the_page_is_kept_despite_its_class() {
        // A theme that names its main column after the sidebar beside it.
        let html = format!(
            "<body><div id=w class='has-sidebar'>{PROSE}{PROSE}{PROSE}</div><p>x</p></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "w"), None);
    }

    #[test]
    fn a_noscript_of_escaped_ad_markup_is_not_content() {
        // An ad slot's fallback, escaped once too often (an older German news
        // site), against a forum's posts rendered for clients without
        // scripts.
        let ad = "&lt;div&gt;&lt;a href=\"https://ads.example/jump/site;sz=300x250;kw=passwort,sicherheit;tile=2;ord=7840756744?\" target=\"_blank\"&gt;&lt;img alt=\"\" src=\"https://ads.example/ad/site;sz=300x250;kw=passwort,sicherheit;tile=2;ord=7840756744?\" /&gt;&lt;/a&gt;&lt;/div&gt;";
        let html = format!(
            "<body>{PROSE}<noscript id=ad>{ad}</noscript>\
             <noscript id=posts><p>{PROSE}</p></noscript></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "ad"), Some(Reason::Script));
        assert_eq!(reason_of(&dom, &marks, "posts"), None);
    }

    #[test]
    fn noscript_image_is_kept_only_without_another_image() {
        let html = format!(
            "<body>{PROSE}<figure><noscript id=only><img src=a.jpg></noscript></figure>\
             <figure><img data-src=b.jpg><noscript id=dup><img src=b.jpg></noscript></figure></body>"
        );
        let (dom, marks) = marked(&html);
        assert_eq!(reason_of(&dom, &marks, "only"), None);
        assert_eq!(reason_of(&dom, &marks, "dup"), Some(Reason::Script));
    }
}
