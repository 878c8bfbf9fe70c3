//! The limits of [`inti::Options`] (input bytes, nodes, depth): their
//! documented defaults, the typed errors at each boundary, and deep pages
//! under them handled without recursion that could overflow a small stack.
//!
//! The deep cases run on a thread with a 1 MiB stack, the size of the
//! WebAssembly build's stack, so a recursion over the tree would show here
//! as a crash of this test.

use inti::{extract, extract_bytes, is_probably_readerable, Error, Options};

const SENTENCE: &str = "The committee heard evidence from several witnesses over three long days, and its report recommends that the old bridge be repaired rather than replaced. ";

/// Runs `f` on a thread with a 1 MiB stack, like the wasm build's.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .expect("the extraction crashed on a 1 MiB stack")
}

fn nested(open: &str, close: &str, depth: usize) -> String {
    format!(
        "<html><body>{}{}{}</body></html>",
        open.repeat(depth),
        SENTENCE.repeat(3),
        close.repeat(depth)
    )
}

/// The nesting kinds of the stress harness.
const KINDS: &[(&str, &str)] = &[
    ("<div>", "</div>"),
    ("<ul><li>", "</li></ul>"),
    ("<table><tr><td>", "</td></tr></table>"),
    ("<b>", "</b>"),
    ("<blockquote>", "</blockquote>"),
    ("<span>", "</span>"),
    ("<svg><g>", "</g></svg>"),
];

#[test]
fn defaults_are_the_documented_ones() {
    let o = Options::default();
    assert_eq!(o.max_input_bytes, 64 * 1024 * 1024);
    assert_eq!(o.max_nodes, 4_000_000);
    assert_eq!(o.max_depth, 2_000);
}

#[test]
fn input_too_large_at_one_byte_over() {
    let page = format!("<p>{}</p>", SENTENCE.repeat(10));
    let at = Options {
        max_input_bytes: page.len(),
        ..Default::default()
    };
    assert!(extract(&page, &at).is_ok());
    let under = Options {
        max_input_bytes: page.len() - 1,
        ..Default::default()
    };
    let expected = Error::InputTooLarge {
        size: page.len(),
        limit: page.len() - 1,
    };
    assert_eq!(extract(&page, &under).unwrap_err(), expected);
    assert_eq!(
        extract_bytes(page.as_bytes(), &under).unwrap_err(),
        expected
    );
    assert_eq!(is_probably_readerable(&page, &under).unwrap_err(), expected);
    assert_eq!(expected.kind(), "InputTooLarge");
    assert!(expected.to_string().contains("maxInputBytes"));
}

#[test]
fn too_deep_for_every_nesting_kind_and_not_for_siblings() {
    for (open, close) in KINDS {
        let err = extract(&nested(open, close, 2_500), &Options::default()).unwrap_err();
        assert!(
            matches!(err, Error::TooDeep { depth, limit: 2_000 } if depth > 2_000),
            "{open}: {err:?}"
        );
        assert_eq!(err.kind(), "TooDeep");
        let lower = Options {
            max_depth: 50,
            ..Default::default()
        };
        assert!(matches!(
            extract(&nested(open, close, 100), &lower),
            Err(Error::TooDeep { limit: 50, .. })
        ));
    }
    // Many siblings and sloppy unclosed paragraphs are not depth.
    let wide = format!(
        "<html><body><article>{}{}</article></body></html>",
        "<div>x</div>".repeat(10_000),
        format!("<p>{SENTENCE}").repeat(5_000)
    );
    assert!(extract(&wide, &Options::default()).is_ok());
}

#[test]
fn too_many_nodes_with_the_count() {
    let page = format!(
        "<html><body><article>{}</article></body></html>",
        format!("<p>{SENTENCE}</p>").repeat(600)
    );
    let options = Options {
        max_nodes: 1_000,
        ..Default::default()
    };
    match extract(&page, &options).unwrap_err() {
        Error::TooManyNodes { count, limit } => {
            assert_eq!(limit, 1_000);
            assert!(count > 1_000);
        }
        other => panic!("{other:?}"),
    }
    let enough = Options {
        max_nodes: 10_000,
        ..Default::default()
    };
    assert!(extract(&page, &enough).is_ok());
}

#[test]
fn deep_pages_just_under_the_limit_work_on_a_small_stack() {
    for (open, close) in KINDS {
        // `<svg><g>` opens two levels each time; the others one that counts
        // (the parser closes `li`, `tr` and `td` implicitly).
        let levels = if open.starts_with("<svg>") { 2 } else { 1 };
        let page = nested(open, close, 1_990 / levels);
        let result = on_small_stack(move || extract(&page, &Options::default()));
        let article = result.unwrap_or_else(|e| panic!("{open}: {e}"));
        // (Text inside SVG is drawing, never article text.)
        if levels == 1 {
            assert!(
                article.text.contains("old bridge"),
                "{open}: {}",
                article.text
            );
        }
    }
}

#[test]
fn deep_pages_over_a_raised_limit_work_on_a_small_stack() {
    // A caller may raise max_depth; the tree is then deep, and nothing may
    // recurse over it.
    for (open, close) in [KINDS[0], KINDS[1], KINDS[3]] {
        let page = nested(open, close, 6_000);
        let result = on_small_stack(move || {
            let options = Options {
                max_depth: 50_000,
                explain: true,
                ..Default::default()
            };
            extract(&page, &options)
        });
        let article = result.unwrap_or_else(|e| panic!("{open}: {e}"));
        assert!(article.text.contains("old bridge"), "{open}");
    }
}

#[test]
fn nul_bytes_and_invalid_utf8_are_text_not_errors() {
    let page = format!(
        "<html><body><article><p>{}</p></article></body></html>",
        SENTENCE.repeat(5)
    );
    let with_nul = page.replace("old bridge", "old\0bridge");
    let article = extract(&with_nul, &Options::default()).unwrap();
    assert!(!article.text.contains('\0'));
    assert!(!article.html.contains('\0'));
    // Declared UTF-8 (undeclared, bytes that are not UTF-8 are detected as
    // a legacy encoding, as in a browser).
    let page = page.replace("<html>", "<html><meta charset=utf-8>");
    let mut bytes = page.clone().into_bytes();
    let at = page.find("old bridge").unwrap();
    bytes.splice(at..at, b"\xFF\xC3".iter().copied());
    let article = extract_bytes(&bytes, &Options::default()).unwrap();
    assert!(
        article.text.contains("\u{FFFD}old bridge"),
        "{}",
        article.text
    );
    // Binary input is refused with the reason.
    let binary: Vec<u8> = (0..4096u32).map(|i| (i % 9) as u8).collect();
    assert!(matches!(
        extract_bytes(&binary, &Options::default()),
        Err(Error::NotHtml { .. })
    ));
    // So are random bytes, whatever encoding the sniffer picks for them.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let random: Vec<u8> = (0..1 << 20)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    let error = extract_bytes(&random, &Options::default()).unwrap_err();
    assert!(matches!(error, Error::NotHtml { .. }), "{error}");
}
