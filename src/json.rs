//! A small JSON reader and writer, so that the WebAssembly build does without
//! `serde_json` (some 40 KB of the gzipped `.wasm`, see `docs/npm.md`).
//!
//! - [`parse`] reads a JSON text into a [`Value`], with `serde_json`'s rules
//!   (`serde_json::from_str::<serde_json::Value>`): the same texts are
//!   refused (trailing characters, control characters in strings, lone
//!   surrogates, leading zeros, numbers out of range, more than 127 levels of
//!   nesting), numbers are kept as `u64`, `i64` or `f64` as it keeps them,
//!   and a repeated key keeps its last value. An integer displays as its
//!   `Number` does, a float as it is written in the text (`2.50`, `1e3`,
//!   where `serde_json` would write `2.5`, `1000.0`). It reads the JSON-LD
//!   of pages (see `pipeline::metadata::jsonld`) and, in the binding, the
//!   options.
//! - [`to_string`] writes any `Serialize` value as `serde_json::to_string`
//!   does (compact, the same escapes, the same layout), with floats rounded
//!   to three decimals: inti's only floats are its scores, rounded so, for
//!   which that is the text `serde_json` writes (see [`write_float`]).
//!
//! Neither formats a float with `core` (`{}`, `{:e}`): its Grisu and Dragon
//! algorithms weigh some 13 KB of the `.wasm` (`docs/npm.md`, "Size budget").
//!
//! The tests compare both with `serde_json` on many inputs.
//!
//! The writer and [`read_options`] serve the binding (`src/wasm.rs`): the
//! native build compiles them for their tests only.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{value::Error as DeError, Error as _};
use serde::ser::{self, Serialize};

use crate::{Favor, Options};

/// A JSON value, as `serde_json::Value` (without `preserve_order`).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// A JSON object: its keys in byte order, a repeated key keeps its last value.
pub(crate) type Map = BTreeMap<String, Value>;

/// A JSON number, as `serde_json::Number` keeps it: a non-negative integer
/// that fits a `u64`, a negative one that fits an `i64`, else an `f64`
/// (always finite), kept with its text in the JSON.
#[derive(Clone, Debug)]
pub(crate) enum Number {
    U64(u64),
    I64(i64),
    F64 { value: f64, text: Box<str> },
}

/// Numbers are equal when their values are (`1.5` and `1.50` are).
impl PartialEq for Number {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Number::U64(a), Number::U64(b)) => a == b,
            (Number::I64(a), Number::I64(b)) => a == b,
            (Number::F64 { value: a, .. }, Number::F64 { value: b, .. }) => a == b,
            _ => false,
        }
    }
}

/// An integer in decimal, a float as its text in the JSON (writing it
/// again in the shortest form would take `core`'s float formatting).
impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Number::U64(n) => write!(f, "{n}"),
            Number::I64(n) => write!(f, "{n}"),
            Number::F64 { text, .. } => f.write_str(text),
        }
    }
}

impl Value {
    /// The value of `key` in an object; `None` for other values.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(map) => map.get(key),
            _ => None,
        }
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

/// Reads a JSON text; `None` where `serde_json::from_str` gives an error.
pub(crate) fn parse(text: &str) -> Option<Value> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        depth: 128,
    };
    let value = reader.value()?;
    reader.skip_space();
    (reader.pos == reader.bytes.len()).then_some(value)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    /// Levels of nesting left (`serde_json`'s recursion limit).
    depth: u32,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.pos += 1;
        Some(b)
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\t' | b'\r')) {
            self.pos += 1;
        }
    }

    fn literal(&mut self, word: &[u8], value: Value) -> Option<Value> {
        let end = self.pos + word.len();
        (self.bytes.get(self.pos..end)? == word).then(|| {
            self.pos = end;
            value
        })
    }

    fn value(&mut self) -> Option<Value> {
        self.skip_space();
        match self.peek()? {
            b'n' => self.literal(b"null", Value::Null),
            b't' => self.literal(b"true", Value::Bool(true)),
            b'f' => self.literal(b"false", Value::Bool(false)),
            b'"' => {
                self.pos += 1;
                self.string().map(Value::String)
            }
            b'-' | b'0'..=b'9' => self.number().map(Value::Number),
            b'[' => {
                self.enter()?;
                let mut items = Vec::new();
                self.skip_space();
                if self.peek() == Some(b']') {
                    self.pos += 1;
                } else {
                    loop {
                        items.push(self.value()?);
                        self.skip_space();
                        match self.next()? {
                            b',' => {}
                            b']' => break,
                            _ => return None,
                        }
                    }
                }
                self.depth += 1;
                Some(Value::Array(items))
            }
            b'{' => {
                self.enter()?;
                let mut map = Map::new();
                self.skip_space();
                if self.peek() == Some(b'}') {
                    self.pos += 1;
                } else {
                    loop {
                        self.skip_space();
                        if self.next()? != b'"' {
                            return None;
                        }
                        let key = self.string()?;
                        self.skip_space();
                        if self.next()? != b':' {
                            return None;
                        }
                        let value = self.value()?;
                        map.insert(key, value);
                        self.skip_space();
                        match self.next()? {
                            b',' => {}
                            b'}' => break,
                            _ => return None,
                        }
                    }
                }
                self.depth += 1;
                Some(Value::Object(map))
            }
            _ => None,
        }
    }

    /// Opens an array or an object (past its bracket).
    fn enter(&mut self) -> Option<()> {
        self.pos += 1;
        self.depth -= 1;
        (self.depth > 0).then_some(())
    }

    /// A string's contents, after its opening quote.
    fn string(&mut self) -> Option<String> {
        let mut out = String::new();
        loop {
            let start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            // Stops only at ASCII bytes: the slice is whole characters.
            out.push_str(std::str::from_utf8(&self.bytes[start..self.pos]).ok()?);
            match self.next()? {
                b'"' => return Some(out),
                b'\\' => {}
                _ => return None,
            }
            let c = match self.next()? {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\x08',
                b'f' => '\x0c',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => {
                    let n = self.hex4()?;
                    match n {
                        0xD800..=0xDBFF => {
                            if self.next()? != b'\\' || self.next()? != b'u' {
                                return None;
                            }
                            let low = self.hex4()?;
                            if !(0xDC00..=0xDFFF).contains(&low) {
                                return None;
                            }
                            char::from_u32(0x1_0000 + ((n - 0xD800) << 10) + (low - 0xDC00))?
                        }
                        _ => char::from_u32(n)?,
                    }
                }
                _ => return None,
            };
            out.push(c);
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let mut n = 0;
        for _ in 0..4 {
            n = n * 16 + char::from(self.next()?).to_digit(16)?;
        }
        Some(n)
    }

    /// A number, read as `serde_json` reads one (without its
    /// `float_roundtrip` feature): the digits into a `u64` (those past its
    /// range are dropped, the integer ones counted in the exponent), then
    /// `significand × 10^exponent` in `f64` arithmetic.
    fn number(&mut self) -> Option<Number> {
        let start = self.pos;
        // A float, with its text (ASCII, so `start` and `pos` are on
        // character boundaries).
        let float = |reader: &Self, value: f64| Number::F64 {
            value,
            text: reader.text[start..reader.pos].into(),
        };
        let positive = self.peek() != Some(b'-');
        if !positive {
            self.pos += 1;
        }
        let mut significand: u64 = 0;
        let mut exponent: i32 = 0;
        let mut overflowed = false;
        let mut int_digits = 0;
        while let Some(c @ b'0'..=b'9') = self.peek() {
            if int_digits == 1 && significand == 0 {
                return None; // a leading zero
            }
            self.pos += 1;
            int_digits += 1;
            match significand
                .checked_mul(10)
                .and_then(|s| s.checked_add(u64::from(c - b'0')))
            {
                Some(s) if !overflowed => significand = s,
                _ => {
                    overflowed = true;
                    exponent += 1;
                }
            }
        }
        if int_digits == 0 {
            return None;
        }
        let mut fractional = overflowed;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            let mut fraction_digits = 0;
            let mut skipping = false;
            while let Some(c @ b'0'..=b'9') = self.peek() {
                self.pos += 1;
                fraction_digits += 1;
                if skipping {
                    continue;
                }
                match significand
                    .checked_mul(10)
                    .and_then(|s| s.checked_add(u64::from(c - b'0')))
                {
                    Some(s) => {
                        significand = s;
                        exponent -= 1;
                    }
                    None => skipping = true,
                }
            }
            if fraction_digits == 0 {
                return None;
            }
            fractional = true;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            let positive_exp = match self.peek() {
                Some(b'+') => {
                    self.pos += 1;
                    true
                }
                Some(b'-') => {
                    self.pos += 1;
                    false
                }
                _ => true,
            };
            let mut exp: i32 = 0;
            let mut exp_digits = 0;
            let mut exp_overflow = false;
            while let Some(c @ b'0'..=b'9') = self.peek() {
                self.pos += 1;
                exp_digits += 1;
                match exp
                    .checked_mul(10)
                    .and_then(|e| e.checked_add(i32::from(c - b'0')))
                {
                    Some(e) if !exp_overflow => exp = e,
                    _ => exp_overflow = true,
                }
            }
            if exp_digits == 0 {
                return None;
            }
            if exp_overflow {
                if significand != 0 && positive_exp {
                    return None; // out of range
                }
                return Some(float(self, if positive { 0.0 } else { -0.0 }));
            }
            exponent = if positive_exp {
                exponent.saturating_add(exp)
            } else {
                exponent.saturating_sub(exp)
            };
            fractional = true;
        }
        if !fractional {
            if positive {
                return Some(Number::U64(significand));
            }
            // As serde_json: -0 and what does not fit an i64 are floats.
            let neg = (significand as i64).wrapping_neg();
            if neg < 0 {
                return Some(Number::I64(neg));
            }
            return Some(float(self, -(significand as f64)));
        }
        let mut f = significand as f64;
        loop {
            match POW10.get(exponent.wrapping_abs() as usize) {
                Some(&pow) => {
                    if exponent >= 0 {
                        f *= pow;
                        if f.is_infinite() {
                            return None; // out of range
                        }
                    } else {
                        f /= pow;
                    }
                    break;
                }
                None => {
                    if f == 0.0 {
                        break;
                    }
                    if exponent >= 0 {
                        return None; // out of range
                    }
                    f /= 1e308;
                    exponent += 308;
                }
            }
        }
        Some(float(self, if positive { f } else { -f }))
    }
}

/// The powers of ten that an `f64` holds, each the nearest `f64` to its value.
#[rustfmt::skip]
const POW10: [f64; 309] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31,
    1e32, 1e33, 1e34, 1e35, 1e36, 1e37, 1e38, 1e39, 1e40, 1e41, 1e42, 1e43, 1e44, 1e45, 1e46,
    1e47, 1e48, 1e49, 1e50, 1e51, 1e52, 1e53, 1e54, 1e55, 1e56, 1e57, 1e58, 1e59, 1e60, 1e61,
    1e62, 1e63, 1e64, 1e65, 1e66, 1e67, 1e68, 1e69, 1e70, 1e71, 1e72, 1e73, 1e74, 1e75, 1e76,
    1e77, 1e78, 1e79, 1e80, 1e81, 1e82, 1e83, 1e84, 1e85, 1e86, 1e87, 1e88, 1e89, 1e90, 1e91,
    1e92, 1e93, 1e94, 1e95, 1e96, 1e97, 1e98, 1e99, 1e100, 1e101, 1e102, 1e103, 1e104, 1e105,
    1e106, 1e107, 1e108, 1e109, 1e110, 1e111, 1e112, 1e113, 1e114, 1e115, 1e116, 1e117, 1e118,
    1e119, 1e120, 1e121, 1e122, 1e123, 1e124, 1e125, 1e126, 1e127, 1e128, 1e129, 1e130, 1e131,
    1e132, 1e133, 1e134, 1e135, 1e136, 1e137, 1e138, 1e139, 1e140, 1e141, 1e142, 1e143, 1e144,
    1e145, 1e146, 1e147, 1e148, 1e149, 1e150, 1e151, 1e152, 1e153, 1e154, 1e155, 1e156, 1e157,
    1e158, 1e159, 1e160, 1e161, 1e162, 1e163, 1e164, 1e165, 1e166, 1e167, 1e168, 1e169, 1e170,
    1e171, 1e172, 1e173, 1e174, 1e175, 1e176, 1e177, 1e178, 1e179, 1e180, 1e181, 1e182, 1e183,
    1e184, 1e185, 1e186, 1e187, 1e188, 1e189, 1e190, 1e191, 1e192, 1e193, 1e194, 1e195, 1e196,
    1e197, 1e198, 1e199, 1e200, 1e201, 1e202, 1e203, 1e204, 1e205, 1e206, 1e207, 1e208, 1e209,
    1e210, 1e211, 1e212, 1e213, 1e214, 1e215, 1e216, 1e217, 1e218, 1e219, 1e220, 1e221, 1e222,
    1e223, 1e224, 1e225, 1e226, 1e227, 1e228, 1e229, 1e230, 1e231, 1e232, 1e233, 1e234, 1e235,
    1e236, 1e237, 1e238, 1e239, 1e240, 1e241, 1e242, 1e243, 1e244, 1e245, 1e246, 1e247, 1e248,
    1e249, 1e250, 1e251, 1e252, 1e253, 1e254, 1e255, 1e256, 1e257, 1e258, 1e259, 1e260, 1e261,
    1e262, 1e263, 1e264, 1e265, 1e266, 1e267, 1e268, 1e269, 1e270, 1e271, 1e272, 1e273, 1e274,
    1e275, 1e276, 1e277, 1e278, 1e279, 1e280, 1e281, 1e282, 1e283, 1e284, 1e285, 1e286, 1e287,
    1e288, 1e289, 1e290, 1e291, 1e292, 1e293, 1e294, 1e295, 1e296, 1e297, 1e298, 1e299, 1e300,
    1e301, 1e302, 1e303, 1e304, 1e305, 1e306, 1e307, 1e308
];

/// Writes a float in JSON: rounded to three decimals, in positional
/// notation, without trailing zeros but with at least one decimal (`0.922`,
/// `0.5`, `1.0`, `-0.0`), and `null` if it is not finite or its magnitude
/// reaches 10^15 (JSON has no infinities; inti writes no such number).
///
/// inti's only floats are its scores (`readerableScore`, `score`), from 0 to
/// 1 and rounded to three decimals: for those (and any float nearest to a
/// number of at most three decimals, below 10^12 or so), this is exactly
/// the text of `serde_json`, the shortest that reads back as the number, so
/// the `.wasm` and the `inti` command write the same JSON. It does without
/// `core`'s float formatting (`{}`, `{:e}`: Grisu and Dragon, some 13 KB of
/// the `.wasm`).
fn write_float(x: f64, out: &mut String) {
    let thousandths = (x.abs() * 1000.0).round();
    if !thousandths.is_finite() || thousandths >= 1e18 {
        out.push_str("null");
        return;
    }
    let thousandths = thousandths as u64;
    if x.is_sign_negative() {
        out.push('-');
    }
    let _ = fmt::Write::write_fmt(out, format_args!("{}.", thousandths / 1000));
    let mut fraction = thousandths % 1000;
    let mut digits = 3;
    while digits > 1 && fraction.is_multiple_of(10) {
        fraction /= 10;
        digits -= 1;
    }
    let _ = fmt::Write::write_fmt(out, format_args!("{fraction:0digits$}"));
}

/// Writes `value` as `serde_json::to_string` does.
pub(crate) fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut writer = Writer(String::new());
    value.serialize(&mut writer)?;
    Ok(writer.0)
}

/// What [`to_string`] cannot write (a map key that is not a string, a
/// variant with data: none of inti's types has them).
#[derive(Debug)]
pub(crate) struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

fn unsupported<T>(what: &str) -> Result<T, Error> {
    Err(Error(format!("cannot write {what} as JSON")))
}

struct Writer(String);

impl Writer {
    fn string(&mut self, s: &str) {
        let out = &mut self.0;
        out.push('"');
        let mut start = 0;
        for (i, b) in s.bytes().enumerate() {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\x08' => "\\b",
                b'\x0c' => "\\f",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0..=0x1f => "",
                _ => continue,
            };
            out.push_str(&s[start..i]);
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 0xf)]));
            } else {
                out.push_str(escape);
            }
            start = i + 1;
        }
        out.push_str(&s[start..]);
        out.push('"');
    }

    fn display(&mut self, value: impl fmt::Display) {
        use fmt::Write;
        let _ = write!(self.0, "{value}");
    }
}

/// A sequence, map or struct being written: whether an item was written.
struct Compound<'a> {
    writer: &'a mut Writer,
    first: bool,
}

impl Compound<'_> {
    fn comma(&mut self) {
        if !self.first {
            self.writer.0.push(',');
        }
        self.first = false;
    }
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.0.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.display(v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.display(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        write_float(v.into(), &mut self.0);
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        write_float(v, &mut self.0);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.0.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        unsupported("a newtype variant")
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a>, Error> {
        self.0.push('[');
        Ok(Compound {
            writer: self,
            first: true,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        unsupported("a tuple variant")
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a>, Error> {
        self.0.push('{');
        Ok(Compound {
            writer: self,
            first: true,
        })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Compound<'a>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        unsupported("a struct variant")
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(&mut *self.writer)
    }
    fn end(self) -> Result<(), Error> {
        self.writer.0.push(']');
        Ok(())
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

/// Map keys: strings only (as written by `serde_json`; numbers and the
/// like, which it quotes, do not occur in inti's types).
struct KeyWriter<'a>(&'a mut Writer);

impl ser::Serializer for KeyWriter<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.0.string(v);
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.0.string(variant);
        Ok(())
    }
    fn serialize_bool(self, _v: bool) -> Result<(), Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_i8(self, _v: i8) -> Result<(), Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_i16(self, _v: i16) -> Result<(), Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_i32(self, _v: i32) -> Result<(), Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_i64(self, _v: i64) -> Result<(), Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_u8(self, _v: u8) -> Result<(), Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_u16(self, _v: u16) -> Result<(), Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_u32(self, _v: u32) -> Result<(), Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_u64(self, _v: u64) -> Result<(), Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_f32(self, _v: f32) -> Result<(), Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_f64(self, _v: f64) -> Result<(), Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.0.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_none(self) -> Result<(), Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _value: &T) -> Result<(), Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_unit(self) -> Result<(), Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        unsupported("a key that is not a string")
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        unsupported("a key that is not a string")
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.comma();
        key.serialize(KeyWriter(self.writer))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.writer.0.push(':');
        value.serialize(&mut *self.writer)
    }
    fn end(self) -> Result<(), Error> {
        self.writer.0.push('}');
        Ok(())
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.comma();
        self.writer.string(key);
        self.writer.0.push(':');
        value.serialize(&mut *self.writer)
    }
    fn end(self) -> Result<(), Error> {
        self.writer.0.push('}');
        Ok(())
    }
}

/// Why options could not be read: the message, and the option at fault
/// when there is one.
#[derive(Debug, PartialEq)]
pub(crate) struct OptionError {
    pub option: Option<String>,
    pub message: String,
}

impl OptionError {
    fn new(option: Option<&str>, message: String) -> Self {
        OptionError {
            option: option.map(str::to_string),
            message,
        }
    }
}

/// The names of the options, in byte order (the JSON of the defaults).
fn option_names() -> Vec<String> {
    match to_string(&Options::default())
        .ok()
        .as_deref()
        .and_then(parse)
    {
        Some(Value::Object(map)) => map.into_keys().collect(),
        _ => Vec::new(),
    }
}

/// Reads the options from the JSON text of a plain object with the
/// camelCase names of [`Options`] (`null` for an option means its default;
/// `null` for the whole means the defaults), with the messages of
/// `serde_json::from_value::<Options>` for a value of the wrong type, and
/// the first option at fault in byte order.
pub(crate) fn read_options(json: &str) -> Result<Options, OptionError> {
    let mut map = match parse(json) {
        Some(Value::Object(map)) => map,
        Some(Value::Null) => return Ok(Options::default()),
        Some(_) => {
            return Err(OptionError::new(
                None,
                "options must be an object such as { url: \"https://example.com/a\" }".into(),
            ))
        }
        None => {
            return Err(OptionError::new(
                None,
                "cannot read the options: not JSON".into(),
            ))
        }
    };
    map.retain(|_, v| *v != Value::Null);
    let known = option_names();
    if let Some(unknown) = map.keys().find(|name| !known.contains(name)) {
        return Err(OptionError::new(
            Some(unknown),
            unknown_option_message(unknown, &known),
        ));
    }
    let mut options = Options::default();
    for (name, value) in &map {
        set_option(&mut options, name, value)
            .map_err(|err| OptionError::new(Some(name), format!("invalid option {name}: {err}")))?;
    }
    Ok(options)
}

/// How `serde_json` names a value in its messages (serde's `Unexpected`),
/// but a float as written in the options (`1e21` where `serde_json` says
/// `1e+21`): `Unexpected`'s `Display` would bring `core`'s float formatting
/// into the `.wasm`.
fn unexpected(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(Number::U64(n)) => format!("integer `{n}`"),
        Value::Number(Number::I64(n)) => format!("integer `{n}`"),
        Value::Number(Number::F64 { text, .. }) => format!("floating point `{text}`"),
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
    }
}

fn wrong_type(value: &Value, expected: &str) -> String {
    format!("invalid type: {}, expected {expected}", unexpected(value))
}

fn wrong_value(value: &Value, expected: &str) -> String {
    format!("invalid value: {}, expected {expected}", unexpected(value))
}

fn boolean(value: &Value) -> Result<bool, String> {
    match value {
        Value::Bool(b) => Ok(*b),
        other => Err(wrong_type(other, "a boolean")),
    }
}

fn size(value: &Value) -> Result<usize, String> {
    let fits = match value {
        Value::Number(Number::U64(n)) => usize::try_from(*n).ok(),
        Value::Number(Number::I64(n)) => usize::try_from(*n).ok(),
        other => return Err(wrong_type(other, "usize")),
    };
    fits.ok_or_else(|| wrong_value(value, "usize"))
}

fn favor(value: &Value) -> Result<Favor, String> {
    const VARIANTS: &[&str] = &["precision", "balanced", "recall"];
    let variant = |name: &str| match name {
        "precision" => Ok(Favor::Precision),
        "balanced" => Ok(Favor::Balanced),
        "recall" => Ok(Favor::Recall),
        other => Err(DeError::unknown_variant(other, VARIANTS).to_string()),
    };
    match value {
        Value::String(s) => variant(s),
        // serde's form of an enum as a map: { "recall": null }.
        Value::Object(map) if map.len() == 1 => {
            let (name, value) = map.iter().next().expect("one entry");
            let favor = variant(name)?;
            match value {
                Value::Null => Ok(favor),
                other => Err(wrong_type(other, "unit")),
            }
        }
        Value::Object(_) => Err(wrong_value(value, "map with a single key")),
        other => Err(wrong_type(other, "string or map")),
    }
}

/// Sets one option (`value` is not `null`).
fn set_option(options: &mut Options, name: &str, value: &Value) -> Result<(), String> {
    match name {
        "url" => {
            options.url = Some(match value {
                Value::String(s) => s.clone(),
                other => return Err(wrong_type(other, "a string")),
            })
        }
        "favor" => options.favor = favor(value)?,
        "keepImages" => options.keep_images = boolean(value)?,
        "keepTables" => options.keep_tables = boolean(value)?,
        "keepLinks" => options.keep_links = boolean(value)?,
        "keepCaptions" => options.keep_captions = Some(boolean(value)?),
        "explain" => options.explain = boolean(value)?,
        "minArticleLength" => options.min_article_length = size(value)?,
        "maxInputBytes" => options.max_input_bytes = size(value)?,
        "maxNodes" => options.max_nodes = size(value)?,
        "maxDepth" => options.max_depth = size(value)?,
        // A new field of `Options` (the tests check that none is missed).
        other => return Err(format!("option {other} is not read")),
    }
    Ok(())
}

/// "unknown option keepImagez (did you mean keepImages?); the options are ...".
fn unknown_option_message(name: &str, known: &[String]) -> String {
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| !matches!(c, '_' | '-'))
            .flat_map(char::to_lowercase)
            .collect()
    };
    let wanted = squash(name);
    let suggestion = known
        .iter()
        .map(|k| (edit_distance(&wanted, &squash(k)), k))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| format!(" (did you mean {k}?)"))
        .unwrap_or_default();
    format!(
        "unknown option {name}{suggestion}; the options are {}",
        known.join(", ")
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

#[cfg(test)]
mod tests {
    use super::*;

    /// serde_json's value, converted (a float with `serde_json`'s text of
    /// it, which equality does not compare).
    fn from_serde(v: &serde_json::Value) -> Value {
        match v {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => Value::Number(if let Some(u) = n.as_u64() {
                Number::U64(u)
            } else if let Some(i) = n.as_i64() {
                Number::I64(i)
            } else {
                Number::F64 {
                    value: n.as_f64().unwrap(),
                    text: n.to_string().into(),
                }
            }),
            serde_json::Value::String(s) => Value::String(s.clone()),
            serde_json::Value::Array(items) => Value::Array(items.iter().map(from_serde).collect()),
            serde_json::Value::Object(map) => Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), from_serde(v)))
                    .collect(),
            ),
        }
    }

    fn same_as_serde(text: &str) {
        let ours = parse(text);
        let theirs = serde_json::from_str::<serde_json::Value>(text).ok();
        assert_eq!(ours, theirs.as_ref().map(from_serde), "{text:?}");
        // Integers display as serde_json's do; floats as in the text.
        fn numbers(ours: &Value, theirs: &serde_json::Value, text: &str) {
            match (ours, theirs) {
                (Value::Number(Number::F64 { text: number, .. }), _) => {
                    assert!(text.contains(&**number), "{number} in {text}");
                    assert!(number.parse::<f64>().is_ok(), "{number}");
                }
                (Value::Number(a), serde_json::Value::Number(b)) => {
                    assert_eq!(a.to_string(), b.to_string())
                }
                (Value::Array(a), serde_json::Value::Array(b)) => {
                    a.iter().zip(b).for_each(|(a, b)| numbers(a, b, text))
                }
                (Value::Object(a), serde_json::Value::Object(b)) => a
                    .values()
                    .zip(b.values())
                    .for_each(|(a, b)| numbers(a, b, text)),
                _ => {}
            }
        }
        if let (Some(ours), Some(theirs)) = (&ours, &theirs) {
            numbers(ours, theirs, text);
        }
    }

    #[test]
    fn reads_as_serde_json_does() {
        let deep_ok = format!("{}{}", "[".repeat(127), "]".repeat(127));
        let deep_bad = format!("{}{}", "[".repeat(128), "]".repeat(128));
        let deep_mixed = format!("{}1{}", "{\"a\":[".repeat(64), "]}".repeat(64));
        for text in [
            "",
            " ",
            "null",
            "true",
            "false",
            "nul",
            "truex",
            "[]",
            "{}",
            " [ ] ",
            "[1,]",
            "[,1]",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "{a:1}",
            "{\"a\":1}x",
            "{\"a\":1} ",
            "\t\n\r{}\r\n",
            "\u{feff}{}",
            "[1 2]",
            "{\"a\":1,\"a\":2}",
            "{\"b\":1,\"a\":[true,null,{}]}",
            "0",
            "-0",
            "00",
            "01",
            "-",
            "-a",
            "1.",
            ".5",
            "1.5",
            "-1.5",
            "1e5",
            "1E+5",
            "1e-5",
            "1e",
            "1e+",
            "2.50",
            "1e400",
            "-1e400",
            "1e-400",
            "0e99999",
            "123456789012345678901",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775808",
            "-9223372036854775809",
            "9223372036854775808",
            "3.141592653589793",
            "0.1",
            "1e21",
            "1e20",
            "1.0",
            "100",
            "-100",
            "12345678.9",
            "5e-324",
            "1.7976931348623157e308",
            "1e23",
            "8.98846567431158e307",
            "2.2250738585072014e-308",
            "1e-320",
            "-1e-400",
            "1.2345678901234567890123",
            "184467440737095516159.5",
            "18446744073709551615.5",
            "0.000000000000000000000000000001",
            "1e2147483647",
            "0e2147483648",
            "1e-2147483648",
            "-1e2147483648",
            "-0.0",
            "-0e5",
            "4.35",
            "0.3",
            "2.675",
            "9007199254740993",
            "-18446744073709551616",
            "123.456e-310",
            "1E400",
            "[1.5,-2,3e0]",
            "\"\"",
            "\"a\"",
            "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
            "\"\\u00e9\\u4E2D\"",
            "\"\\ud83d\\ude00\"",
            "\"\\ud83d\"",
            "\"\\ud83dx\"",
            "\"\\ud83d\\n\"",
            "\"\\ude00\"",
            "\"\\ud83d\\u0041\"",
            "\"\\ud83d\\ud83d\\ude00\"",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\u12g4\"",
            "\"a\nb\"",
            "\"a\u{1}b\"",
            "\"a\u{7f}b\"",
            "\"unterminated",
            "\"é中😀\"",
            "[\"a\",{\"@type\":\"NewsArticle\",\"headline\":\" x \"}]",
            &deep_ok,
            &deep_bad,
            &deep_mixed,
        ] {
            same_as_serde(text);
        }
    }

    #[test]
    fn displays_floats_as_written() {
        let number = |text: &str| match parse(text) {
            Some(Value::Number(n)) => n.to_string(),
            other => panic!("{other:?}"),
        };
        for text in [
            "2.50",
            "1e3",
            "-0.0",
            "1E+2",
            "0.1",
            "12345678901234567890",
            "-0",
        ] {
            assert_eq!(number(text), text);
        }
        assert_eq!(number("7"), "7");
        assert_eq!(number("-7"), "-7");
        assert_eq!(parse("[1.5]"), parse("[1.50]"));
        assert_ne!(parse("[1.5]"), parse("[1.6]"));
        let headline = parse("{\"headline\": 1.50}").unwrap();
        assert!(
            matches!(headline.get("headline"), Some(Value::Number(n)) if n.to_string() == "1.50")
        );
    }

    fn float(x: f64) -> String {
        let mut out = String::new();
        write_float(x, &mut out);
        out
    }

    #[test]
    fn writes_floats_rounded_to_three_decimals() {
        for (x, text) in [
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (0.5, "0.5"),
            (0.922, "0.922"),
            (0.001, "0.001"),
            (0.0005, "0.001"),
            (0.0004, "0.0"),
            (1e-7, "0.0"),
            (-2.25, "-2.25"),
            (2.675, "2.675"),
            (123456.0, "123456.0"),
            (999_999_999_999.999, "999999999999.999"),
            (1e15, "null"),
            (-1e21, "null"),
            (f64::NAN, "null"),
            (f64::INFINITY, "null"),
            (f64::NEG_INFINITY, "null"),
        ] {
            assert_eq!(float(x), text, "{x:e}");
        }
        assert_eq!(to_string(&3.4e38f32).unwrap(), "null");
        assert_eq!(to_string(&[0.25f32, f32::NAN]).unwrap(), "[0.25,null]");

        // The scores, and short decimals, as serde_json writes them.
        for k in 0..=1000 {
            let score = (k as f32 / 1000.0 * 1000.0).round() / 1000.0;
            assert_eq!(
                to_string(&score).unwrap(),
                serde_json::to_string(&score).unwrap()
            );
        }
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let bits = next();
            let (wide, single) = (
                (bits % 100_000_000) as f64 / 1000.0,
                (bits % 10_000) as f32 / 1000.0,
            );
            for x in [wide, -wide] {
                assert_eq!(float(x), serde_json::to_string(&x).unwrap());
            }
            assert_eq!(
                to_string(&single).unwrap(),
                serde_json::to_string(&single).unwrap()
            );
            // Any other float: the nearest number of three decimals.
            let x = f64::from_bits(bits);
            let text = float(x);
            if x.is_finite() && x.abs() < 1e15 {
                let back: f64 = text.parse().unwrap();
                assert!((back - x).abs() <= 0.0005 + x.abs() * 1e-15, "{x:e} {text}");
                assert!(text.contains('.') && text.len() - text.find('.').unwrap() <= 4);
            } else {
                assert_eq!(text, "null", "{x:e}");
            }
        }
    }

    #[test]
    fn writes_as_serde_json_does() {
        #[derive(serde::Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Sample {
            text: String,
            none: Option<String>,
            some: Option<&'static str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            skipped: Option<u32>,
            count: usize,
            negative: i32,
            flag: bool,
            scores: Vec<f32>,
            wide: Vec<f64>,
            strategy: crate::Strategy,
            empty: Vec<u8>,
            map: BTreeMap<String, (u8, char)>,
        }
        let sample = Sample {
            text: "a\"b\\c/\u{8}\u{c}\n\r\t\u{0}\u{1f}\u{7f}\u{2028}é😀".into(),
            none: None,
            some: Some(""),
            skipped: None,
            count: usize::MAX,
            negative: -7,
            flag: true,
            scores: vec![0.0, 1.0, 0.922, 0.5, 0.001, 0.4, f32::NAN, 123456.0],
            wide: vec![0.1, -0.0, 123.25, f64::INFINITY, 2.5],
            strategy: crate::Strategy::WholePage,
            empty: vec![],
            map: BTreeMap::from([("k".into(), (1, 'x')), ("é".into(), (2, '"'))]),
        };
        assert_eq!(
            to_string(&sample).unwrap(),
            serde_json::to_string(&sample).unwrap()
        );
        let article = crate::Article {
            removed: Some(vec![crate::RemovedBlock {
                reason: crate::Reason::RelatedLinks,
                path: "body > div".into(),
                preview: "Read \"more\"".into(),
                text_length: 12,
            }]),
            readerable_score: 0.922,
            ..Default::default()
        };
        assert_eq!(
            to_string(&article).unwrap(),
            serde_json::to_string(&article).unwrap()
        );
        let options = crate::Options::default();
        assert_eq!(
            to_string(&options).unwrap(),
            serde_json::to_string(&options).unwrap()
        );
    }

    /// What the binding did before with serde_json, for comparison.
    fn serde_options(json: &str) -> Result<Options, OptionError> {
        use serde_json::Value as J;
        let mut map = match serde_json::from_str::<J>(json) {
            Ok(J::Object(map)) => map,
            Ok(J::Null) => return Ok(Options::default()),
            _ => return Err(OptionError::new(None, "not an object".into())),
        };
        map.retain(|_, v| !v.is_null());
        let known = option_names();
        if let Some(unknown) = map.keys().find(|name| !known.contains(name)) {
            return Err(OptionError::new(
                Some(unknown),
                unknown_option_message(unknown, &known),
            ));
        }
        let mut entries: Vec<_> = map.into_iter().collect();
        crate::sort::sort_by(&mut entries, |a, b| a.0.cmp(&b.0));
        match serde_json::from_value(J::Object(entries.iter().cloned().collect())) {
            Ok(options) => Ok(options),
            Err(err) => {
                for (name, value) in entries {
                    let single = J::Object(serde_json::Map::from_iter([(name.clone(), value)]));
                    if let Err(err) = serde_json::from_value::<Options>(single) {
                        return Err(OptionError::new(
                            Some(&name),
                            format!("invalid option {name}: {err}"),
                        ));
                    }
                }
                Err(OptionError::new(None, format!("invalid options: {err}")))
            }
        }
    }

    #[test]
    fn reads_options_as_serde_does() {
        let names = option_names();
        assert!(names.len() >= 11, "{names:?}");
        let values = [
            "null",
            "true",
            "false",
            "0",
            "1",
            "-1",
            "1.5",
            "2.0",
            "-0.5",
            "4294967296",
            "18446744073709551615",
            "-9223372036854775808",
            "\"\"",
            "\"yes\"",
            "\"recall\"",
            "\"precision\"",
            "\"balanced\"",
            "\"speed\"",
            "\"a\\\"b\"",
            "\"https://example.com/a\"",
            "[]",
            "[1]",
            "{}",
            "{\"recall\":null}",
            "{\"recall\":1}",
            "{\"speed\":null}",
            "{\"recall\":null,\"balanced\":null}",
            "{\"yes\":true}",
        ];
        for name in &names {
            for value in values {
                let json = format!("{{\"{name}\":{value}}}");
                assert_eq!(read_options(&json), serde_options(&json), "{json}");
            }
        }
        for json in [
            "null",
            "{}",
            "{\"keepImagez\":true}",
            "{\"keep_images\":false}",
            "{\"speed\":1}",
            "{\"url\":\"https://a.example/x\",\"favor\":\"recall\",\"keepImages\":false,\"maxNodes\":10,\"explain\":true}",
            "{\"maxNodes\":-1,\"favor\":2,\"url\":4}",
            "{\"url\":null,\"keepLinks\":null}",
        ] {
            assert_eq!(read_options(json), serde_options(json), "{json}");
        }
        // A float as written (serde_json writes it again: `1e+21`).
        assert_eq!(
            read_options("{\"maxNodes\":1e21}").unwrap_err().message,
            "invalid option maxNodes: invalid type: floating point `1e21`, expected usize"
        );
        assert_eq!(
            read_options("{\"maxNodes\":1e21}").unwrap_err(),
            serde_options("{\"maxNodes\":1e21}")
                .map_err(|mut err| {
                    err.message = err.message.replace("1e+21", "1e21");
                    err
                })
                .unwrap_err()
        );
        // Every option is read: its default, written and read back.
        let defaults = to_string(&Options::default()).unwrap();
        assert_eq!(read_options(&defaults), Ok(Options::default()));
        let Some(Value::Object(map)) = parse(&defaults) else {
            panic!("{defaults}")
        };
        for (name, value) in map {
            let value = match (name.as_str(), value) {
                ("keepCaptions", Value::Null) => Value::Bool(true),
                (_, Value::Null) => Value::String("https://example.com/".into()),
                (_, value) => value,
            };
            assert_eq!(
                set_option(&mut Options::default(), &name, &value),
                Ok(()),
                "{name}"
            );
        }
    }
}
