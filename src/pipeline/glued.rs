//! Stage 1b: separate words that only the page's style sheet separates.
//!
//! Templates often put two pieces of text in sibling inline elements with
//! no space between them and let CSS lay them out apart: a shop card's
//! brand and product name (`<span>Eddyline</span><span>Sandpiper 130</span>`),
//! a teaser's byline and date (`<span>Lawrence Ulrich</span><time>Mar 7</time>`),
//! a heading and its label in a flex row. A reader sees two words; the text
//! read without the style sheet glues them into one ("EddylineSandpiper"),
//! which no one can read or search for.
//!
//! inti does not apply CSS, so it takes the one sign left in the text: a
//! lowercase letter or a digit right before an element boundary and an
//! uppercase letter right after it, with no space between (a price and the
//! label after it: `<span>$973.95</span><span>Length: 13 ft</span>` reads
//! "$973.95Length"). Subscripts and superscripts are no such boundary
//! (`H<sub>2</sub>O`, `CO<sub>2</sub>`), nor is `<wbr>`, a place inside a
//! long word where it may wrap (`getElement<wbr>ById`). Within one word of prose,
//! markup that splits a word there is rare (a brand styled `You<b>Tube</b>`
//! is the kind of case that loses); a drop cap (`<span>T</span>he`) or a
//! link on part of a word (`<a>Wiki</a>pedia`) has no such case change and
//! is left alone. Comments are no boundary (server-rendered frameworks put
//! `<!-- -->` between pieces of one text), and nothing in `<pre>`, `<code>`
//! and the like is touched, where identifiers are highlighted piece by
//! piece. Text already apart (a space, a line break, a block element
//! between or around them) is left as it is.
//!
//! The check runs while the tree is indexed ([`crate::dom::Dom::build`]
//! calls [`GluedWords`] at every start tag, end tag and text node), so it
//! costs no walk of its own.

use crate::dom::Tag;
use html5ever::tendril::StrTendril;
use std::cell::RefCell;

/// Follows the document in order and puts a space at the start of each
/// text node glued to the text before it (see the module documentation).
#[derive(Default)]
pub(crate) struct GluedWords {
    /// The last text node ended with a lowercase letter or a digit.
    last_ends_lower_or_digit: bool,
    /// A subscript or superscript started or ended since the last text
    /// node: a formula's pieces, not words.
    crossed_script: bool,
    /// An inline element started or ended since the last text node.
    crossed_element: bool,
    /// Something that sets text apart (a space, a line break, a block
    /// element's start or end) came since the last text node.
    apart: bool,
    /// How many code elements (`<pre>`, `<code>`, `<script>`...) are open.
    open_code: u32,
}

impl GluedWords {
    /// An element starts.
    pub fn start_element(&mut self, tag: Tag) {
        self.boundary(tag, 1);
    }

    /// An element ends.
    pub fn end_element(&mut self, tag: Tag) {
        self.boundary(tag, -1);
    }

    fn boundary(&mut self, tag: Tag, code_step: i32) {
        if is_code(tag) {
            self.open_code = self.open_code.saturating_add_signed(code_step);
            self.last_ends_lower_or_digit = false;
        } else if matches!(tag, Tag::Sub | Tag::Sup) {
            self.crossed_script = true;
        } else if tag == Tag::Wbr {
            // A place where a long word may wrap, inside the word.
        } else if tag.is_block() || tag == Tag::Br {
            self.apart = true;
        } else {
            self.crossed_element = true;
        }
    }

    /// A text node comes; `blank` when it is all whitespace.
    pub fn text(&mut self, contents: &RefCell<StrTendril>, blank: bool) {
        if self.open_code > 0 {
            return;
        }
        if blank {
            self.apart = true;
            return;
        }
        let glued = {
            let text = contents.borrow();
            let glued = self.last_ends_lower_or_digit
                && self.crossed_element
                && !self.apart
                && !self.crossed_script
                && text.chars().next().is_some_and(char::is_uppercase);
            self.last_ends_lower_or_digit = text
                .chars()
                .next_back()
                .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
            glued
        };
        if glued {
            let mut text = contents.borrow_mut();
            let mut spaced = StrTendril::from_slice(" ");
            spaced.push_tendril(&text);
            *text = spaced;
        }
        self.crossed_element = false;
        self.crossed_script = false;
        self.apart = false;
    }
}

/// Elements whose text is code (or not text at all): kept as written.
fn is_code(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Pre
            | Tag::Code
            | Tag::Kbd
            | Tag::Samp
            | Tag::Var
            | Tag::Tt
            | Tag::Script
            | Tag::Style
            | Tag::Template
    )
}

#[cfg(test)]
mod tests {
    use crate::dom::tests::parse;

    /// The body's text nodes once indexed, joined with a `|` so that the
    /// tests see where a space went.
    fn text_nodes(html: &str) -> String {
        let dom = parse(html);
        (dom.body..dom.end(dom.body))
            .filter_map(|id| dom.text(id).map(|t| t.to_string()))
            .collect::<Vec<_>>()
            .join("|")
    }

    #[test]
    fn sibling_spans_of_a_shop_card_are_two_words() {
        let text = text_nodes(
            "<a href=/p><span class=brand>Eddyline</span><span class=name>Sandpiper 130</span></a>",
        );
        assert_eq!(text, "Eddyline| Sandpiper 130");
    }

    #[test]
    fn a_byline_and_its_date_are_two_words() {
        let text = text_nodes(
            "<div><span><span>Lawrence Ulrich</span></span><span><time>Mar 7</time></span></div>",
        );
        assert_eq!(text, "Lawrence Ulrich| Mar 7");
    }

    #[test]
    fn a_price_and_the_label_after_it_are_two_words() {
        let text = text_nodes("<li><span>$973.95</span><span>Length: 13 feet</span></li>");
        assert_eq!(text, "$973.95| Length: 13 feet");
    }

    #[test]
    fn formulas_stay_as_written() {
        let text = text_nodes("<p>H<sub>2</sub>O and CO<sub>2</sub>Emissions, x<sup>2</sup>Y</p>");
        assert_eq!(text, "H|2|O and CO|2|Emissions, x|2|Y");
    }

    #[test]
    fn a_word_break_opportunity_is_inside_a_word() {
        let text = text_nodes("<h1>Document.getElement<wbr>ById()</h1>");
        assert_eq!(text, "Document.getElement|ById()");
    }

    #[test]
    fn words_in_other_cased_scripts_are_separated_too() {
        let text = text_nodes("<p><b>Новости</b><i>Москва</i> <b>νέα</b><i>Αθήνα</i></p>");
        assert_eq!(text, "Новости| Москва| |νέα| Αθήνα");
    }

    #[test]
    fn parts_of_one_word_without_a_case_change_stay_together() {
        // A drop cap, a link on part of a word, a capital after a capital.
        let html = "<p><span class=dropcap>T</span>he <a href=/w>Wiki</a>pedia <b>NA</b>SA</p>";
        assert_eq!(text_nodes(html), "T|he |Wiki|pedia |NA|SA");
    }

    #[test]
    fn text_already_apart_is_left_alone() {
        // A space, a line break, a block between, a comment only, code.
        let html = "<p><span>one</span> <span>Two</span></p><p>three<br>Four</p>\
                    <div><span>five</span></div><span>Six</span>\
                    <p>seven<!-- -->Eight</p><p><code>get<span>Element</span></code></p>\
                    <pre><span>use</span><span>State</span></pre>";
        assert_eq!(
            text_nodes(html),
            "one| |Two|three|Four|five|Six|seven|Eight|get|Element|use|State"
        );
    }

    #[test]
    fn text_after_code_starts_afresh() {
        let text = text_nodes("<p>call <code>init</code><span>Now</span></p>");
        assert_eq!(text, "call |init|Now");
    }
}
