//! The labels of a review's verdict box: "Pros" over a short list of
//! strengths, "Cons" over a list of weaknesses, under each product of a
//! buying guide. Their lists are terse lines ("Great webcam", "No
//! keyboard backlight") that look like boilerplate line by line; the pair
//! of labels says they are the review's judgement (see
//! `pipeline::clean`).
//!
//! Exact matches on the whole line, lowercase, without a trailing colon.
//! Both sides must be found in one run of lines before anything is kept,
//! so a lone "Plus" or "Minus" in a menu never counts.

/// Which side of the verdict a label opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Side {
    Pros,
    Cons,
}

/// Labels over the strengths.
const PROS: &str = packed![
    // English.
    "pros",
    "pro",
    "the good",
    "what we like",
    "what we liked",
    "we like",
    "likes",
    "advantages",
    "strengths",
    "pluses",
    "plusses",
    // German ("pro" as in English).
    "vorteile",
    "stärken",
    "positiv",
    "das gefällt uns",
    // French.
    "avantages",
    "points forts",
    "on aime",
    "les plus",
    // Spanish, Portuguese.
    "ventajas",
    "a favor",
    "lo mejor",
    "prós",
    "pontos positivos",
    "vantagens",
    // Italian.
    "vantaggi",
    "punti di forza",
    "pregi",
    // Dutch.
    "voordelen",
    "pluspunten",
    // Polish, Czech, Slovak.
    "zalety",
    "plusy",
    "výhody",
    // Russian, Ukrainian.
    "плюсы",
    "достоинства",
    "переваги",
    // Greek.
    "πλεονεκτήματα",
    "υπέρ",
    // Indonesian, Malay.
    "kelebihan",
    "kelebihannya",
    "kelebihan produk",
    // Turkish.
    "artıları",
    "avantajlar",
    // Chinese, Japanese, Korean.
    "优点",
    "優點",
    "メリット",
    "良い点",
    "장점",
    // Thai, Vietnamese.
    "ข้อดี",
    "ưu điểm",
    // Nordic, Hungarian, Romanian.
    "fördelar",
    "fordele",
    "fordeler",
    "edut",
    "előnyök",
    "avantaje",
    // Hebrew, Arabic.
    "יתרונות",
    "المزايا",
    "الإيجابيات",
];

/// Labels over the weaknesses.
const CONS: &str = packed![
    // English.
    "cons",
    "con",
    "the bad",
    "what we don't like",
    "what we didn't like",
    "we don't like",
    "dislikes",
    "disadvantages",
    "weaknesses",
    "minuses",
    // German.
    "nachteile",
    "contra",
    "kontra",
    "schwächen",
    "negativ",
    "das gefällt uns nicht",
    // French.
    "inconvénients",
    "points faibles",
    "on aime moins",
    "on n'aime pas",
    "les moins",
    // Spanish, Portuguese.
    "desventajas",
    "en contra",
    "lo peor",
    "contras",
    "pontos negativos",
    "desvantagens",
    // Italian.
    "svantaggi",
    "contro",
    "punti deboli",
    "difetti",
    // Dutch.
    "nadelen",
    "minpunten",
    // Polish, Czech, Slovak.
    "wady",
    "minusy",
    "nevýhody",
    // Russian, Ukrainian.
    "минусы",
    "недостатки",
    "недоліки",
    // Greek.
    "μειονεκτήματα",
    "κατά",
    // Indonesian, Malay.
    "kekurangan",
    "kekurangannya",
    "kekurangan produk",
    // Turkish.
    "eksileri",
    "dezavantajlar",
    // Chinese, Japanese, Korean.
    "缺点",
    "缺點",
    "デメリット",
    "悪い点",
    "단점",
    // Thai, Vietnamese.
    "ข้อเสีย",
    "nhược điểm",
    // Nordic, Hungarian, Romanian.
    "nackdelar",
    "ulemper",
    "haitat",
    "hátrányok",
    "dezavantaje",
    // Hebrew, Arabic.
    "חסרונות",
    "العيوب",
    "السلبيات",
];

/// Longest label, in bytes, with room for a colon and spaces: longer
/// lines are not looked up.
const MAX_LABEL_BYTES: usize = 48;

/// The side of the verdict `text` labels, if it is one of the labels.
pub(crate) fn side(text: &str) -> Option<Side> {
    if text.len() > MAX_LABEL_BYTES {
        return None;
    }
    let mut label = text
        .trim()
        .trim_end_matches([':', '：'])
        .trim_end()
        .to_lowercase();
    if label.contains('’') {
        label = label.replace('’', "'");
    }
    if super::unpack(PROS).any(|l| l == label) {
        Some(Side::Pros)
    } else if super::unpack(CONS).any(|l| l == label) {
        Some(Side::Cons)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_in_several_languages() {
        for pros in [
            "Pros",
            "PROS:",
            "What we like",
            "Vorteile",
            "Zalety",
            "Плюсы",
            "Kelebihan",
            "优点",
            "Πλεονεκτήματα",
        ] {
            assert_eq!(side(pros), Some(Side::Pros), "{pros}");
        }
        for cons in [
            "Cons",
            "What we don’t like",
            "Nachteile:",
            "Wady",
            "Минусы",
            "Kekurangan",
            "缺点：",
        ] {
            assert_eq!(side(cons), Some(Side::Cons), "{cons}");
        }
        for other in [
            "Price",
            "Pros and cons",
            "The good news is that the bridge will reopen",
            "",
        ] {
            assert_eq!(side(other), None, "{other}");
        }
    }

    #[test]
    fn labels_are_lowercase_and_short() {
        for list in [PROS, CONS] {
            for label in super::super::unpack(list) {
                assert_eq!(label, label.to_lowercase());
                assert!(label.len() + 2 <= MAX_LABEL_BYTES, "{label}");
            }
        }
    }
}
