//! The JavaScript binding (wasm32 only): a thin layer over [`crate::extract`].
//!
//! Built with `wasm-pack build --target web -- --no-default-features` (see
//! `scripts/lib/build-wasm.sh`). From JavaScript:
//!
//! ```js
//! import init, { extract, version } from "./pkg/inti.js";
//! await init();
//! const article = extract(html, { url: "https://example.com/a/b" });
//! console.log(article.title, article.text);
//! ```
//!
//! Options use the camelCase names of [`crate::Options`] (`undefined` or
//! `null` for the default); unknown names and wrong types throw a
//! `TypeError`. An extraction refused by the engine throws
//! an `Error` whose `kind` property is [`crate::Error::kind`].

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::Options;

// The two JavaScript error constructors the binding throws, declared here
// rather than taken from `js-sys` to keep the dependency list as it is.
#[wasm_bindgen]
extern "C" {
    /// JavaScript's `Error`.
    #[wasm_bindgen(js_name = Error)]
    type JsError;

    /// `new Error(message)`.
    #[wasm_bindgen(constructor, js_class = "Error")]
    fn new(message: &str) -> JsError;

    /// `error.kind = kind`.
    #[wasm_bindgen(method, setter = kind, js_class = "Error")]
    fn set_kind(this: &JsError, kind: &str);

    /// JavaScript's `TypeError`.
    #[wasm_bindgen(js_name = TypeError)]
    type JsTypeError;

    /// `new TypeError(message)`.
    #[wasm_bindgen(constructor, js_class = "TypeError")]
    fn new(message: &str) -> JsTypeError;
}

/// Extracts the article from a page's HTML.
///
/// `options` is an object with the camelCase fields of the crate's `Options`
/// (`url`, `keepImages`, `favor`, ...), or `undefined`/`null` for the
/// defaults. Returns the `Article` as a plain object (camelCase fields,
/// absent values as `null`).
///
/// Throws a `TypeError` naming the problem when the options cannot be read
/// (an unknown name, a wrong type), and an `Error` with a `kind` property
/// (`"InputTooLarge"`, `"TooDeep"`, ...) when the engine refuses the input.
#[wasm_bindgen]
pub fn extract(html: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let options = parse_options(options)?;
    let article = crate::extract(html, &options).map_err(|err| {
        let js = JsError::new(&err.to_string());
        js.set_kind(err.kind());
        JsValue::from(js)
    })?;
    article
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|err| JsValue::from(JsError::new(&format!("cannot return the article: {err}"))))
}

/// The version of the inti crate this module was built from (`"0.1.0"`).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Reads the options object; `undefined` and `null` give the defaults, and
/// so does an option whose value is `undefined` or `null`.
///
/// The object goes through a `serde_json::Value` because serde-wasm-bindgen
/// reads only the fields a struct declares, so it would not see (and not
/// reject) a misspelt option.
fn parse_options(options: JsValue) -> Result<Options, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    let type_error = |err: &dyn std::fmt::Display| {
        JsValue::from(JsTypeError::new(&format!("invalid options: {err}")))
    };
    let mut value: serde_json::Value =
        serde_wasm_bindgen::from_value(options).map_err(|err| type_error(&err))?;
    if let serde_json::Value::Object(map) = &mut value {
        map.retain(|_, v| !v.is_null());
    }
    serde_json::from_value(value).map_err(|err| type_error(&err))
}
