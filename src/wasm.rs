//! The JavaScript binding (wasm32 only): a thin layer over [`crate::extract`],
//! [`crate::extract_bytes`] and [`crate::is_probably_readerable`].
//!
//! This is the raw layer. The npm package `inti-wasm` wraps it (see `js/`):
//! its JavaScript takes care of loading the module in every environment,
//! checking the input's type, serializing a `Document`, and replacing the
//! instance after a panic. Built by `scripts/lib/build-wasm.sh`.
//!
//! What the binding does:
//!
//! - options are read from a plain object with the camelCase names of
//!   [`crate::Options`]; `undefined` or `null` (for the object or a field)
//!   means the default. An unknown name or a value of the wrong type throws a
//!   `TypeError` that names the option (with `kind: "InvalidOption"` and
//!   `option`);
//! - an input the engine refuses throws an `Error` whose `kind` is
//!   [`crate::Error::kind`], with the variant's fields as properties
//!   (`size`, `limit`, `depth`, `count`, `reason`, `option`);
//! - results are plain objects (camelCase fields, absent values `null`);
//! - a panic (a bug) throws an `Error` with `kind: "Panic"` from the panic
//!   hook. The instance is unusable afterwards (the panic did not unwind);
//!   the JavaScript wrapper replaces it.

use serde::Serialize;
use wasm_bindgen::prelude::*;

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

    /// `Object.assign(target, source)`: sets the error's properties.
    #[wasm_bindgen(js_namespace = Object, js_name = assign)]
    fn object_assign(target: &JsValue, source: &JsValue) -> JsValue;

    /// `Array.isArray(value)`.
    #[wasm_bindgen(js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> bool;
}

/// Installs the panic hook. Runs once per instance, when it is created.
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| {
        // Throwing leaves the Rust frames without unwinding them: the
        // instance must not be used again, and the wrapper replaces it.
        let error = with_properties(
            JsError::new(&format!("inti panicked (this is a bug in inti): {info}")).into(),
            serde_json::json!({ "kind": "Panic" }),
        );
        wasm_bindgen::throw_val(error);
    }));
}

/// Extracts the article from a page's HTML.
///
/// `options`: an object with the camelCase fields of `Options`, or
/// `undefined`/`null`. Returns the `Article` as a plain object.
#[wasm_bindgen]
pub fn extract(html: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let options = parse_options(options)?;
    let article = crate::extract(html, &options).map_err(|err| engine_error(&err))?;
    to_js(&article)
}

/// Extracts the article from a page's bytes, decoding them as the CLI does
/// (byte order mark, `<meta charset>`, then detection).
#[wasm_bindgen(js_name = extractBytes)]
pub fn extract_bytes(bytes: &[u8], options: JsValue) -> Result<JsValue, JsValue> {
    let options = parse_options(options)?;
    let article = crate::extract_bytes(bytes, &options).map_err(|err| engine_error(&err))?;
    to_js(&article)
}

/// Tells whether a page looks like an article: `{ readerable, score }`.
#[wasm_bindgen(js_name = isProbablyReaderable)]
pub fn is_probably_readerable(html: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let options = parse_options(options)?;
    let answer =
        crate::is_probably_readerable(html, &options).map_err(|err| engine_error(&err))?;
    to_js(&answer)
}

/// [`is_probably_readerable`] on bytes, decoded as [`extract_bytes`] does.
#[wasm_bindgen(js_name = isProbablyReaderableBytes)]
pub fn is_probably_readerable_bytes(bytes: &[u8], options: JsValue) -> Result<JsValue, JsValue> {
    let options = parse_options(options)?;
    crate::check_input_size(bytes.len(), &options).map_err(|err| engine_error(&err))?;
    let html = crate::decode_html_bytes(bytes);
    let answer =
        crate::is_probably_readerable(&html, &options).map_err(|err| engine_error(&err))?;
    to_js(&answer)
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

/// The shapes of the types the binding exchanges, read from the Rust types
/// themselves: the test that keeps the TypeScript declarations in step with
/// them compares against this.
#[wasm_bindgen(js_name = __inti_schema)]
pub fn schema() -> Result<JsValue, JsValue> {
    use crate::{Article, Readerable, Reason, RemovedBlock, Strategy};
    // serde names an enum's variants in the error for an unknown one.
    fn variants<T: serde::de::DeserializeOwned>() -> Vec<String> {
        let message = match serde_json::from_value::<T>(serde_json::json!("\u{1}")) {
            Err(err) => err.to_string(),
            Ok(_) => String::new(),
        };
        message
            .split('`')
            .skip(3)
            .step_by(2)
            .map(str::to_string)
            .collect()
    }
    let article = Article {
        removed: Some(vec![RemovedBlock {
            reason: Reason::Ad,
            path: String::new(),
            preview: String::new(),
            text_length: 0,
        }]),
        ..Default::default()
    };
    // Exhaustive on purpose: a new variant must be added here (and to the
    // TypeScript declarations).
    let error_kinds = [
        Error::InputTooLarge { size: 0, limit: 0 },
        Error::TooDeep { depth: 0, limit: 0 },
        Error::TooManyNodes { count: 0, limit: 0 },
        Error::NotHtml {
            reason: String::new(),
        },
        Error::InvalidOption {
            option: String::new(),
            message: String::new(),
        },
    ]
    .iter()
    .map(|e| match e {
        Error::InputTooLarge { .. }
        | Error::TooDeep { .. }
        | Error::TooManyNodes { .. }
        | Error::NotHtml { .. }
        | Error::InvalidOption { .. } => e.kind(),
    })
    .collect::<Vec<_>>();
    let schema = serde_json::json!({
        "options": Options::default(),
        "favor": variants::<crate::Favor>(),
        "article": article,
        "strategy": variants::<Strategy>(),
        "reason": variants::<Reason>(),
        "readerable": Readerable { readerable: false, score: 0.0 },
        "errorKinds": error_kinds,
    });
    to_js(&schema)
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|err| JsValue::from(JsError::new(&format!("cannot return the result: {err}"))))
}

/// Sets `properties` (a JSON object) on a JavaScript error.
fn with_properties(error: JsValue, properties: serde_json::Value) -> JsValue {
    if let Ok(props) = properties.serialize(&serde_wasm_bindgen::Serializer::json_compatible()) {
        object_assign(&error, &props);
    }
    error
}

/// The JavaScript `Error` for an error of the engine: its message, `kind`
/// and the variant's fields.
fn engine_error(err: &Error) -> JsValue {
    use serde_json::json;
    let details = match err {
        Error::InputTooLarge { size, limit } => json!({ "size": size, "limit": limit }),
        Error::TooDeep { depth, limit } => json!({ "depth": depth, "limit": limit }),
        Error::TooManyNodes { count, limit } => json!({ "count": count, "limit": limit }),
        Error::NotHtml { reason } => json!({ "reason": reason }),
        Error::InvalidOption { option, .. } => json!({ "option": option }),
    };
    let mut properties = json!({ "kind": err.kind() });
    if let (Some(all), serde_json::Value::Object(details)) = (properties.as_object_mut(), details)
    {
        all.extend(details);
    }
    with_properties(JsError::new(&err.to_string()).into(), properties)
}

/// A `TypeError` about the options: `option` names the one at fault.
fn option_type_error(option: Option<&str>, message: &str) -> JsValue {
    let mut properties = serde_json::json!({ "kind": "InvalidOption" });
    if let (Some(option), Some(map)) = (option, properties.as_object_mut()) {
        map.insert("option".into(), option.into());
    }
    with_properties(JsTypeError::new(message).into(), properties)
}

/// Reads the options object; `undefined` and `null` give the defaults, and
/// so does an option whose value is `undefined` or `null`.
///
/// The object goes through a `serde_json::Value` because serde-wasm-bindgen
/// reads only the fields a struct declares, so it would not see (and not
/// reject) a misspelt option.
fn parse_options(options: JsValue) -> Result<Options, JsValue> {
    use serde_json::{Map, Value};
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    if !options.is_object() || is_array(&options) {
        return Err(option_type_error(
            None,
            "options must be an object such as { url: \"https://example.com/a\" }",
        ));
    }
    let mut map: Map<String, Value> = serde_wasm_bindgen::from_value(options)
        .map_err(|err| option_type_error(None, &format!("cannot read the options: {err}")))?;
    map.retain(|_, v| !v.is_null());
    let known = match serde_json::to_value(Options::default()) {
        Ok(Value::Object(known)) => known,
        _ => Map::new(),
    };
    if let Some(unknown) = map.keys().find(|name| !known.contains_key(*name)) {
        return Err(option_type_error(
            Some(unknown),
            &unknown_option_message(unknown, known.keys()),
        ));
    }
    match serde_json::from_value(Value::Object(map.clone())) {
        Ok(options) => Ok(options),
        Err(err) => {
            // Find the option at fault, to name it.
            for (name, value) in map {
                let single = Value::Object(Map::from_iter([(name.clone(), value)]));
                if let Err(err) = serde_json::from_value::<Options>(single) {
                    return Err(option_type_error(
                        Some(&name),
                        &format!("invalid option {name}: {err}"),
                    ));
                }
            }
            Err(option_type_error(None, &format!("invalid options: {err}")))
        }
    }
}

/// "unknown option keepImagez (did you mean keepImages?); the options are ...".
fn unknown_option_message<'a>(name: &str, known: impl Iterator<Item = &'a String>) -> String {
    let known: Vec<&String> = known.collect();
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| !matches!(c, '_' | '-'))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let wanted = squash(name);
    let suggestion = known
        .iter()
        .map(|k| (edit_distance(&wanted, &squash(k)), *k))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| format!(" (did you mean {k}?)"))
        .unwrap_or_default();
    let list: Vec<&str> = known.iter().map(|k| k.as_str()).collect();
    format!(
        "unknown option {name}{suggestion}; the options are {}",
        list.join(", ")
    )
}

/// Levenshtein distance, for suggesting an option name.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}
