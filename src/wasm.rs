//! The JavaScript binding (wasm32 only): a thin layer over [`crate::extract`]
//! and [`crate::is_probably_readerable`].
//!
//! This is the raw layer. The npm package `inti-wasm` wraps it (see `js/`
//! and `docs/npm.md`): its JavaScript loads the module in every environment,
//! checks the input's type, decodes bytes (with the host's `TextDecoder`:
//! `encoding_rs` and `chardetng`, which [`crate::extract_bytes`] uses, would
//! add some 160 KB gzipped to the module), serializes a `Document`, and
//! replaces the instance after a panic. Built by `scripts/lib/build-wasm.sh`.
//!
//! What crosses the boundary:
//!
//! - options come in as the JSON text of a plain object with the camelCase
//!   names of [`crate::Options`] (`JSON.stringify(options)`, or `undefined`
//!   for the defaults; a `null` field means the default too). An unknown name
//!   or a value of the wrong type throws a `TypeError` that names the option
//!   (`kind: "InvalidOption"`, `option`);
//! - results go out as JSON text, exactly the JSON of the `inti` command,
//!   which the wrapper parses (one `JSON.parse` is faster than building the
//!   object field by field across the boundary);
//! - an input the engine refuses throws an `Error` whose `kind` is
//!   [`crate::Error::kind`], with the variant's fields as properties
//!   (`size`, `limit`, `depth`, `count`, `reason`, `option`);
//! - a panic (a bug) throws an `Error` with `kind: "Panic"` from the panic
//!   hook. The instance is unusable afterwards (the panic did not unwind);
//!   the wrapper replaces it.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::json::{self, OptionError};
use crate::{Error, Options};

// The JavaScript functions the binding calls, declared here rather than taken
// from `js-sys` to keep the dependency list as it is.
#[wasm_bindgen]
extern "C" {
    /// JavaScript's `Error`.
    #[wasm_bindgen(js_name = Error)]
    type JsError;

    /// `new Error(message)`.
    #[wasm_bindgen(constructor, js_class = "Error")]
    fn new(message: &str) -> JsError;

    /// JavaScript's `TypeError`.
    #[wasm_bindgen(js_name = TypeError)]
    type JsTypeError;

    /// `new TypeError(message)`.
    #[wasm_bindgen(constructor, js_class = "TypeError")]
    fn new(message: &str) -> JsTypeError;

    /// `Reflect.set(target, key, value)`: sets an error's properties.
    #[wasm_bindgen(js_namespace = Reflect, js_name = set)]
    fn reflect_set(target: &JsValue, key: &str, value: &JsValue) -> bool;
}

/// Installs the panic hook. Runs once per instance, when it is created.
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| {
        // Throwing leaves the Rust frames without unwinding them: the
        // instance must not be used again, and the wrapper replaces it.
        let error: JsValue =
            JsError::new(&format!("inti panicked (this is a bug in inti): {info}")).into();
        reflect_set(&error, "kind", &JsValue::from_str("Panic"));
        wasm_bindgen::throw_val(error);
    }));
}

/// Extracts the article from a page's HTML. `options`: the JSON of the
/// options object, or `undefined`. Returns the JSON of the `Article`.
#[wasm_bindgen]
pub fn extract(html: &str, options: Option<String>) -> Result<String, JsValue> {
    let options = parse_options(options.as_deref())?;
    let article = crate::extract(html, &options).map_err(|err| engine_error(&err))?;
    to_json(&article)
}

/// Tells whether a page looks like an article: the JSON of `{ readerable, score }`.
#[wasm_bindgen(js_name = isProbablyReaderable)]
pub fn is_probably_readerable(html: &str, options: Option<String>) -> Result<String, JsValue> {
    let options = parse_options(options.as_deref())?;
    let answer = crate::is_probably_readerable(html, &options).map_err(|err| engine_error(&err))?;
    to_json(&answer)
}

/// The version of the inti crate this module was built from (`"0.1.0"`).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The `InputTooLarge` error for an input of `size` bytes, for the wrapper,
/// which checks the size of a string before copying it into the module.
#[wasm_bindgen(js_name = __inti_input_too_large)]
pub fn input_too_large(size: f64, limit: f64) -> JsValue {
    engine_error(&Error::InputTooLarge {
        size: size as usize,
        limit: limit as usize,
    })
}

/// Panics with `message`: a hidden export for the tests of the recovery
/// after a panic (which must otherwise never happen).
#[wasm_bindgen(js_name = __inti_test_panic)]
pub fn test_panic(message: &str) {
    panic!("{message}");
}

/// The JSON of the shapes of the types the binding exchanges, read from the
/// Rust types themselves: the test that keeps the TypeScript declarations in
/// step with them compares against it.
#[wasm_bindgen(js_name = __inti_schema)]
pub fn schema() -> Result<String, JsValue> {
    use crate::{Article, Favor, Readerable, Reason, RemovedBlock, Strategy};
    // Every variant of each enum: the matches are exhaustive, so that a new
    // variant cannot be forgotten here (nor, through the test, in the
    // TypeScript declarations).
    let favor = |f: Favor| match f {
        Favor::Precision | Favor::Balanced | Favor::Recall => f,
    };
    let strategy = |s: Strategy| match s {
        Strategy::MainBlock
        | Strategy::Widened
        | Strategy::MainRegion
        | Strategy::Relaxed
        | Strategy::WholePage
        | Strategy::Empty => s,
    };
    let reason = |r: Reason| match r {
        Reason::Ad
        | Reason::Promo
        | Reason::Video
        | Reason::Navigation
        | Reason::Header
        | Reason::Footer
        | Reason::Sidebar
        | Reason::RelatedLinks
        | Reason::Comments
        | Reason::Share
        | Reason::Newsletter
        | Reason::Cookie
        | Reason::Tags
        | Reason::Pagination
        | Reason::Byline
        | Reason::Title
        | Reason::Caption
        | Reason::Form
        | Reason::Script
        | Reason::Hidden
        | Reason::Embed
        | Reason::LowTextDensity
        | Reason::HighLinkDensity
        | Reason::Duplicate
        | Reason::OutsideContent => r,
    };
    let article = Article {
        removed: Some(vec![RemovedBlock {
            reason: Reason::Ad,
            path: String::new(),
            preview: String::new(),
            text_length: 0,
        }]),
        ..Default::default()
    };
    let kind = |e: Error| match e {
        Error::InputTooLarge { .. }
        | Error::TooDeep { .. }
        | Error::TooManyNodes { .. }
        | Error::NotHtml { .. }
        | Error::InvalidOption { .. } => e.kind(),
    };
    let error_kinds = [
        kind(Error::InputTooLarge { size: 0, limit: 0 }),
        kind(Error::TooDeep { depth: 0, limit: 0 }),
        kind(Error::TooManyNodes { count: 0, limit: 0 }),
        kind(Error::NotHtml {
            reason: String::new(),
        }),
        kind(Error::InvalidOption {
            option: String::new(),
            message: String::new(),
        }),
    ];
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Schema {
        options: Options,
        favor: Vec<Favor>,
        article: Article,
        strategy: Vec<Strategy>,
        reason: Vec<Reason>,
        readerable: Readerable,
        error_kinds: [&'static str; 5],
    }
    to_json(&Schema {
        options: Options::default(),
        favor: [Favor::Precision, Favor::Balanced, Favor::Recall]
            .map(favor)
            .to_vec(),
        article,
        strategy: [
            Strategy::MainBlock,
            Strategy::Widened,
            Strategy::MainRegion,
            Strategy::Relaxed,
            Strategy::WholePage,
            Strategy::Empty,
        ]
        .map(strategy)
        .to_vec(),
        reason: [
            Reason::Ad,
            Reason::Promo,
            Reason::Video,
            Reason::Navigation,
            Reason::Header,
            Reason::Footer,
            Reason::Sidebar,
            Reason::RelatedLinks,
            Reason::Comments,
            Reason::Share,
            Reason::Newsletter,
            Reason::Cookie,
            Reason::Tags,
            Reason::Pagination,
            Reason::Byline,
            Reason::Title,
            Reason::Caption,
            Reason::Form,
            Reason::Script,
            Reason::Hidden,
            Reason::Embed,
            Reason::LowTextDensity,
            Reason::HighLinkDensity,
            Reason::Duplicate,
            Reason::OutsideContent,
        ]
        .map(reason)
        .to_vec(),
        readerable: Readerable {
            readerable: false,
            score: 0.0,
        },
        error_kinds,
    })
}

fn to_json<T: Serialize>(value: &T) -> Result<String, JsValue> {
    json::to_string(value)
        .map_err(|err| JsError::new(&format!("cannot return the result: {err}")).into())
}

/// Sets the properties of a JavaScript error: `kind`, then the fields.
fn with_properties(error: JsValue, kind: &str, fields: &[(&str, JsValue)]) -> JsValue {
    reflect_set(&error, "kind", &JsValue::from_str(kind));
    for (key, value) in fields {
        reflect_set(&error, key, value);
    }
    error
}

/// The JavaScript `Error` for an error of the engine: its message, `kind`
/// and the variant's fields.
fn engine_error(err: &Error) -> JsValue {
    let number = |n: &usize| JsValue::from_f64(*n as f64);
    let fields = match err {
        Error::InputTooLarge { size, limit } => {
            vec![("size", number(size)), ("limit", number(limit))]
        }
        Error::TooDeep { depth, limit } => vec![("depth", number(depth)), ("limit", number(limit))],
        Error::TooManyNodes { count, limit } => {
            vec![("count", number(count)), ("limit", number(limit))]
        }
        Error::NotHtml { reason } => vec![("reason", JsValue::from_str(reason))],
        Error::InvalidOption { option, .. } => vec![("option", JsValue::from_str(option))],
    };
    with_properties(JsError::new(&err.to_string()).into(), err.kind(), &fields)
}

/// A `TypeError` about the options: `option` names the one at fault.
fn option_type_error(option: Option<&str>, message: &str) -> JsValue {
    let fields: Vec<(&str, JsValue)> = option
        .map(|o| vec![("option", JsValue::from_str(o))])
        .unwrap_or_default();
    with_properties(JsTypeError::new(message).into(), "InvalidOption", &fields)
}

/// Reads the options from their JSON (see [`json::read_options`]); none
/// gives the defaults.
fn parse_options(json: Option<&str>) -> Result<Options, JsValue> {
    let Some(json) = json else {
        return Ok(Options::default());
    };
    json::read_options(json)
        .map_err(|OptionError { option, message }| option_type_error(option.as_deref(), &message))
}
