//! A small JSON value: the case is read from it (so every error can name its field path),
//! and finding `params` are written as it. Every output type is written as JSON text by its
//! [`ToJson`] (the wasm module hands that text to `JSON.parse`; natively serde's `Serialize`
//! reads it back, see [`serialize_via_text`]); read from JSON text only natively, through
//! `serde_json` ([`parse_text`]). The wasm module builds it from JS values itself (`from_js` in
//! `src/wasm.rs`), so no JSON parser and no deserializer is linked into the wasm build.

#[cfg(not(target_arch = "wasm32"))]
use core::fmt;
#[cfg(not(target_arch = "wasm32"))]
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

/// A JSON value. Objects keep their keys in insertion order.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    /// `null` (also what an absent field reads as).
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// Any number.
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Json>),
    /// An object, in key order as given.
    Object(Vec<(String, Json)>),
}

static NULL: Json = Json::Null;

impl Json {
    /// The member `key` of an object; `Null` for anything absent or for a non-object.
    pub fn get(&self, key: &str) -> &Json {
        match self {
            Json::Object(members) => members
                .iter()
                // The length first: a case with 100,000 keys is scanned for each field read.
                .find(|(k, _)| k.len() == key.len() && k.as_bytes() == key.as_bytes())
                .map_or(&NULL, |(_, v)| v),
            _ => &NULL,
        }
    }

    /// The text of a string; `None` for anything else.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// Whether the value is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    /// A short name of the value's JSON type, for error messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "boolean",
            Json::Number(_) => "number",
            Json::String(_) => "string",
            Json::Array(_) => "array",
            Json::Object(_) => "object",
        }
    }

    /// Builds an object from `(key, value)` pairs.
    pub fn object<K: Into<String>>(members: impl IntoIterator<Item = (K, Json)>) -> Json {
        // A plain loop around one non-generic push: this is instantiated for every array
        // length a caller uses, so each copy stays small (issue 12).
        let mut out = Vec::new();
        for (k, v) in members {
            push_member(&mut out, k.into(), v);
        }
        Json::Object(out)
    }

    /// Sets (or replaces) a member of an object; does nothing on other values.
    pub fn set(&mut self, key: &str, value: Json) {
        if let Json::Object(members) = self {
            match members.iter_mut().find(|(k, _)| k == key) {
                Some(slot) => slot.1 = value,
                None => members.push((key.to_string(), value)),
            }
        }
    }
}

/// Appends a member to an object's members.
#[inline(never)]
fn push_member(members: &mut Vec<(String, Json)>, key: String, value: Json) {
    members.push((key, value));
}

/// Writes a number exactly as JavaScript's `String(n)` does (ECMAScript Number::toString:
/// the shortest digits that read back as the same number), so a message quotes `1.5e-7` as
/// `1.5e-7`, and the CLI and the wasm module write every number alike. The wasm build asks
/// JavaScript itself (core's float formatting would add some 40 KB to the module).
///
/// # Example
/// ```
/// use domainguard::number_text;
/// assert_eq!(number_text(21.0), "21");
/// assert_eq!(number_text(-0.5), "-0.5");
/// assert_eq!(number_text(1.5e-7), "1.5e-7");
/// assert_eq!(number_text(0.000001), "0.000001");
/// assert_eq!(number_text(1e16), "10000000000000000");
/// assert_eq!(number_text(1e21), "1e+21");
/// assert_eq!(number_text(1e300), "1e+300");
/// assert_eq!(number_text(9007199254740993.0), "9007199254740992");
/// ```
pub fn number_text(n: f64) -> String {
    if !n.is_finite() {
        return "null".to_string();
    }
    if n == 0.0 {
        return "0".to_string(); // also -0, as in JavaScript
    }
    js_number_text(n)
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// JavaScript's `String(n)`: Number::toString for a number.
    #[wasm_bindgen(js_name = String)]
    fn js_number_text(n: f64) -> String;
}

/// ECMAScript's Number::toString layout around Rust's shortest round-trip digits.
#[cfg(not(target_arch = "wasm32"))]
fn js_number_text(n: f64) -> String {
    let sign = if n < 0.0 { "-" } else { "" };
    let sci = format!("{:e}", n.abs()); // "1.5e-7", "9.007199254740992e15"
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let k = digits.len() as i64;
    // The decimal point sits after `point` digits.
    let point = exp.parse::<i64>().unwrap_or(0) + 1;
    let zeros = |count: i64| "0".repeat(usize::try_from(count).unwrap_or(0));
    let body = if k <= point && point <= 21 {
        format!("{digits}{}", zeros(point - k))
    } else if 0 < point && point <= 21 {
        let (a, b) = digits.split_at(usize::try_from(point).unwrap_or(0));
        format!("{a}.{b}")
    } else if -6 < point && point <= 0 {
        format!("0.{}{digits}", zeros(-point))
    } else {
        let e = point - 1;
        let e_sign = if e < 0 { "-" } else { "+" };
        let (first, rest) = digits.split_at(1);
        let rest = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        format!("{first}{rest}e{e_sign}{}", e.abs())
    };
    format!("{sign}{body}")
}

impl From<&str> for Json {
    // Not inlined: the rules build some hundred params from literals; each stays a call
    // instead of an allocation and a copy.
    #[inline(never)]
    fn from(s: &str) -> Json {
        Json::String(s.to_string())
    }
}

impl From<String> for Json {
    fn from(s: String) -> Json {
        Json::String(s)
    }
}

impl From<bool> for Json {
    fn from(b: bool) -> Json {
        Json::Bool(b)
    }
}

impl From<i64> for Json {
    fn from(n: i64) -> Json {
        // Day counts and similar: far below 2^53, exact as f64.
        Json::Number(n as f64)
    }
}

impl From<Vec<Json>> for Json {
    fn from(items: Vec<Json>) -> Json {
        Json::Array(items)
    }
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Null => serializer.serialize_unit(),
            Json::Bool(b) => serializer.serialize_bool(*b),
            Json::Number(n) => {
                if n.fract() == 0.0 && n.abs() < 9.0e15 {
                    return serializer.serialize_i64(*n as i64);
                }
                // A larger whole number as JavaScript writes it (`12345678901234567000`, where
                // serde_json's float writer gives `1.2345678901234567e19`), so the CLI's text
                // of a form's case is the browser's `JSON.stringify` byte for byte. The wasm
                // build hands numbers to JavaScript as numbers.
                #[cfg(not(target_arch = "wasm32"))]
                if n.fract() == 0.0 && n.abs() < 1.0e21 {
                    if let Ok(whole) = number_text(*n).parse::<i128>() {
                        return serializer.serialize_i128(whole);
                    }
                }
                serializer.serialize_f64(*n)
            }
            Json::String(s) => serializer.serialize_str(s),
            Json::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Json::Object(members) => {
                let mut map = serializer.serialize_map(Some(members.len()))?;
                for (k, v) in members {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

/// A value written as compact JSON text: the one description of each output type's JSON
/// shape (key order, absent members). The wasm module hands the text to the browser's
/// `JSON.parse`; natively the types' serde `Serialize` reads it back as [`Json`] (see
/// [`serialize_via_text`]), so `serde_json` prints the same members in the same order.
pub trait ToJson {
    /// Appends the value's JSON text to `out`.
    fn write_json(&self, out: &mut String);
}

/// The JSON text of a value.
pub fn to_json_text<T: ToJson + ?Sized>(value: &T) -> String {
    // A verdict is about 2 KB of text: one allocation for most.
    let mut out = String::with_capacity(4096);
    value.write_json(&mut out);
    out
}

/// Writes a member of an object being written: `key` is the quoted key with its colon
/// (`"\"code\":"`, see [`key!`]), the member ends with a comma that [`close`] takes back.
#[inline]
pub(crate) fn member<T: ToJson + ?Sized>(out: &mut String, key: &str, value: &T) {
    out.push_str(key);
    value.write_json(out);
    out.push(',');
}

/// Ends an object (`}`) or array (`]`) whose members each end with a comma: drops the last
/// one. (A value never ends with a comma, so a trailing one is always a separator.)
pub(crate) fn close(out: &mut String, bracket: char) {
    if out.ends_with(',') {
        out.pop();
    }
    out.push(bracket);
}

/// `"name":`, the key of a member as [`member`] takes it.
macro_rules! key {
    ($name:literal) => {
        concat!("\"", $name, "\":")
    };
}
pub(crate) use key;

/// Writes `s` as a JSON string: the runs between characters that need an escape are copied
/// whole (pushing char by char was a quarter of a check in the wasm), and the bytes are scanned
/// with an index, not an iterator (at opt-level "z" each `next` of a byte iterator stayed a
/// call: a tenth of a check in the wasm).
pub(crate) fn write_str(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    out.reserve(s.len() + 2);
    out.push('"');
    let mut run = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        if b >= 0x20 && b != b'"' && b != b'\\' {
            continue;
        }
        // Every byte that needs an escape is ASCII: `run..i - 1` lies on char boundaries.
        out.push_str(s.get(run..i - 1).unwrap_or_default());
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            _ => {
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 15)]));
            }
        }
        run = i;
    }
    out.push_str(s.get(run..).unwrap_or_default());
    out.push('"');
}

impl ToJson for str {
    fn write_json(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

// Integers written by `dates::push_uint`, not `to_string`: one `to_string` on a number links
// core's formatting machinery back into the panel module (about 1.6 KB gzip).
impl ToJson for i64 {
    fn write_json(&self, out: &mut String) {
        if *self < 0 {
            out.push('-');
        }
        crate::dates::push_uint(out, self.unsigned_abs());
    }
}

impl ToJson for usize {
    fn write_json(&self, out: &mut String) {
        crate::dates::push_uint(out, *self as u64);
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(v) => v.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for item in self {
            item.write_json(out);
            out.push(',');
        }
        close(out, ']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

impl ToJson for Json {
    fn write_json(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => b.write_json(out),
            // Whole numbers as integers (the common case: day counts); the rest as
            // JavaScript writes them, which reads back as the same number.
            Json::Number(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => {
                (*n as i64).write_json(out);
            }
            Json::Number(n) => out.push_str(&number_text(*n)),
            Json::String(s) => write_str(out, s),
            Json::Array(items) => items.write_json(out),
            Json::Object(members) => {
                out.push('{');
                for (k, v) in members {
                    write_str(out, k);
                    out.push(':');
                    v.write_json(out);
                    out.push(',');
                }
                close(out, '}');
            }
        }
    }
}

/// serde's `Serialize` of an output type, from its [`ToJson`] text read back as [`Json`]: the
/// CLI, the library's users and the tests print with `serde_json` exactly what the wasm module
/// hands the browser, from one description of each shape. (Native builds only: the wasm
/// exports write [`ToJson`] text and hand it to the browser's `JSON.parse`.)
#[cfg(not(target_arch = "wasm32"))]
pub fn serialize_via_text<T: ToJson + ?Sized, S: Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match serde_json::from_str::<Json>(&to_json_text(value)) {
        Ok(json) => json.serialize(serializer),
        Err(_) => Err(serde::ser::Error::custom("unreadable JSON output")),
    }
}

/// `impl Serialize` through [`serialize_via_text`] for output types (native builds).
macro_rules! serde_via_text {
    ($($t:ty),* $(,)?) => {$(
        #[cfg(not(target_arch = "wasm32"))]
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $crate::json::serialize_via_text(self, serializer)
            }
        }
    )*};
}
pub(crate) use serde_via_text;

#[cfg(not(target_arch = "wasm32"))]
impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

#[cfg(not(target_arch = "wasm32"))]
struct JsonVisitor;

#[cfg(not(target_arch = "wasm32"))]
impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Json, D::Error> {
        Json::deserialize(d)
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Json, E> {
        Ok(Json::Bool(b))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Json, E> {
        Ok(Json::Number(n as f64))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Json, E> {
        Ok(Json::Number(n as f64))
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Json, E> {
        Ok(Json::Number(n))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Json, E> {
        Ok(Json::String(s.to_string()))
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<Json, E> {
        Ok(Json::String(s))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut members: Vec<(String, Json)> = Vec::new();
        while let Some(k) = map.next_key::<String>()? {
            let v: Json = map.next_value()?;
            members.push((k, v));
        }
        Ok(Json::Object(last_key_wins(members)))
    }
}

/// A repeated key: the last value wins, at the place of the first, as in JavaScript's
/// `JSON.parse`. O(n log n) in the number of keys whatever they are (a sort of the key
/// indices; no hash that chosen keys could make collide), and a plain scan for small objects.
/// (In the browser `JSON.parse` has done this before the wasm module sees the object.)
#[cfg(not(target_arch = "wasm32"))]
fn last_key_wins(mut members: Vec<(String, Json)>) -> Vec<(String, Json)> {
    const SCAN_UP_TO: usize = 16;
    if members.len() <= SCAN_UP_TO {
        let mut out: Vec<(String, Json)> = Vec::with_capacity(members.len());
        for (k, v) in members {
            match out.iter_mut().find(|(key, _)| *key == k) {
                Some(slot) => slot.1 = v,
                None => out.push((k, v)),
            }
        }
        return out;
    }
    // The key's first 8 bytes as a number: most comparisons end there.
    let prefix = |k: &str| {
        let mut b = [0u8; 8];
        for (slot, byte) in b.iter_mut().zip(k.bytes()) {
            *slot = byte;
        }
        u64::from_be_bytes(b)
    };
    let mut order: Vec<(u64, usize)> = members
        .iter()
        .enumerate()
        .map(|(i, (k, _))| (prefix(k), i))
        .collect();
    // By key, then by position: a run of equal keys starts with the first and ends with the last.
    let mut runs: Vec<(usize, usize)> = Vec::new(); // [start, end) in `order`, 2 or more long
    {
        let key = |i: usize| members.get(i).map_or("", |m| m.0.as_str());
        order.sort_unstable_by(|(pa, a), (pb, b)| {
            pa.cmp(pb).then_with(|| key(*a).cmp(key(*b))).then(a.cmp(b))
        });
        let mut start = 0;
        for end in 1..=order.len() {
            let same = order
                .get(end)
                .zip(order.get(start))
                .is_some_and(|((pa, a), (pb, b))| pa == pb && key(*a) == key(*b));
            if !same {
                if end - start > 1 {
                    runs.push((start, end));
                }
                start = end;
            }
        }
    }
    if runs.is_empty() {
        return members;
    }
    let mut dropped = vec![false; members.len()];
    for (start, end) in runs {
        let run = order.get(start..end).unwrap_or(&[]);
        let (Some(&(_, first)), Some(&(_, last))) = (run.first(), run.last()) else {
            continue;
        };
        let value = members
            .get_mut(last)
            .map(|m| core::mem::replace(&mut m.1, Json::Null))
            .unwrap_or(Json::Null);
        if let Some(slot) = members.get_mut(first) {
            slot.1 = value;
        }
        for &(_, later) in run.get(1..).unwrap_or(&[]) {
            if let Some(d) = dropped.get_mut(later) {
                *d = true;
            }
        }
    }
    members
        .into_iter()
        .zip(dropped)
        .filter_map(|(m, d)| (!d).then_some(m))
        .collect()
}

/// How deep a case or list may nest (objects and arrays), in every way in: the CLI's text
/// and the browser's values alike. A case needs 4.
pub const MAX_DEPTH: usize = 32;

/// Whether arrays and objects nest more than `max` deep in `value` (one walk, no recursion).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn nested_deeper_than(value: &Json, max: usize) -> bool {
    let mut stack: Vec<(&Json, usize)> = vec![(value, 0)];
    while let Some((v, depth)) = stack.pop() {
        match v {
            Json::Array(_) | Json::Object(_) if depth >= max => return true,
            Json::Array(items) => stack.extend(
                items
                    .iter()
                    .filter(|c| matches!(c, Json::Array(_) | Json::Object(_)))
                    .map(|c| (c, depth + 1)),
            ),
            Json::Object(members) => stack.extend(
                members
                    .iter()
                    .map(|(_, c)| c)
                    .filter(|c| matches!(c, Json::Array(_) | Json::Object(_)))
                    .map(|c| (c, depth + 1)),
            ),
            _ => {}
        }
    }
    false
}

/// What the linear pre-scan of a JSON text found.
#[cfg(not(target_arch = "wasm32"))]
struct Scan<'a> {
    /// The text to parse: the input, or a copy with what lies deeper than [`MAX_DEPTH`]
    /// replaced by `null` and lone surrogate escapes replaced by `\ufffd`.
    text: std::borrow::Cow<'a, str>,
    /// Whether anything was nested deeper than [`MAX_DEPTH`].
    too_deep: bool,
    /// Roughly how many values the text holds (brackets and commas outside strings, + 1).
    values: usize,
}

/// One pass over a JSON text, without recursion: nesting depth, value count, and the two
/// repairs that keep the native reading equal to the browser's (see [`parse_text`]).
#[cfg(not(target_arch = "wasm32"))]
fn scan(text: &str) -> Scan<'_> {
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0; // bytes of `text` accounted for in `out`
    let mut depth = 0usize;
    let mut too_deep = false;
    let mut values = 1usize;
    let mut i = 0;
    let mut in_string = false;
    // While skipping a too-deep value: the depth at which it started.
    let mut skip_from: Option<usize> = None;
    let hex = |at: usize| -> Option<u16> {
        let h = bytes.get(at..at + 4)?;
        let s = core::str::from_utf8(h).ok()?;
        u16::from_str_radix(s, 16).ok()
    };
    while let Some(&b) = bytes.get(i) {
        if in_string {
            match b {
                b'\\' => {
                    if bytes.get(i + 1) == Some(&b'u') && skip_from.is_none() {
                        if let Some(u) = hex(i + 2) {
                            let lone = match u {
                                0xD800..=0xDBFF => {
                                    let next_low = bytes.get(i + 6) == Some(&b'\\')
                                        && bytes.get(i + 7) == Some(&b'u')
                                        && hex(i + 8)
                                            .is_some_and(|l| (0xDC00..=0xDFFF).contains(&l));
                                    if next_low {
                                        i += 12;
                                        continue;
                                    }
                                    true
                                }
                                0xDC00..=0xDFFF => true,
                                _ => false,
                            };
                            if lone {
                                let o =
                                    out.get_or_insert_with(|| String::with_capacity(text.len()));
                                o.push_str(text.get(copied..i).unwrap_or(""));
                                o.push_str("\\ufffd");
                                copied = i + 6;
                            }
                            i += 6;
                            continue;
                        }
                    }
                    i += 2;
                    continue;
                }
                b'"' => in_string = false,
                _ => {}
            }
            i += 1;
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                values += 1;
                if depth > MAX_DEPTH && skip_from.is_none() {
                    too_deep = true;
                    skip_from = Some(depth);
                    let o = out.get_or_insert_with(|| String::with_capacity(text.len()));
                    o.push_str(text.get(copied..i).unwrap_or(""));
                    o.push_str("null");
                }
            }
            b']' | b'}' => {
                if skip_from == Some(depth) {
                    skip_from = None;
                    copied = i + 1;
                }
                depth = depth.saturating_sub(1);
            }
            b',' => values += 1,
            _ => {}
        }
        i += 1;
    }
    let text = match out {
        Some(mut o) => {
            if skip_from.is_none() {
                o.push_str(text.get(copied..).unwrap_or(""));
            }
            std::borrow::Cow::Owned(o)
        }
        None => std::borrow::Cow::Borrowed(text),
    };
    Scan {
        text,
        too_deep,
        values,
    }
}

/// Why a JSON text was not read.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, PartialEq)]
pub enum TextError {
    /// Longer than the limit given (bytes).
    TooLarge(usize),
    /// More values than the limit given.
    TooManyValues(usize),
    /// Not JSON: serde_json's description.
    Syntax(String),
    /// Nested deeper than [`MAX_DEPTH`]; the top level as far as it could be read (for its
    /// `locale`).
    TooDeep(Json),
}

/// The detail of the nesting error, the same text in the CLI and the browser.
pub fn too_deep_detail() -> String {
    // Pushed, not `format!`: the panel's wasm has no `core::fmt` (issue 12).
    let mut out = String::from("nested deeper than ");
    crate::dates::push_uint(&mut out, MAX_DEPTH as u64);
    out.push_str(" levels (or cyclic)");
    out
}

/// Reads a JSON text in time and memory linear in its length: at most `max_bytes` bytes and
/// `max_values` values, nesting at most [`MAX_DEPTH`] deep (checked in one pass before
/// parsing, so a refused text costs no parse). Reads exactly what the browser's `JSON.parse`
/// would hand the wasm module: a repeated key keeps its last value, and a lone surrogate
/// escape (`"\ud800"`) becomes U+FFFD, as every JS string does on its way into wasm.
///
/// # Errors
/// [`TextError`]: too large, too many values, not JSON, or nested too deep.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_text(text: &str, max_bytes: usize, max_values: usize) -> Result<Json, TextError> {
    if text.len() > max_bytes {
        return Err(TextError::TooLarge(max_bytes));
    }
    let scan = scan(text);
    if scan.values > max_values {
        return Err(TextError::TooManyValues(max_values));
    }
    let json: Json =
        serde_json::from_str(&scan.text).map_err(|e| TextError::Syntax(e.to_string()))?;
    if scan.too_deep {
        return Err(TextError::TooDeep(json));
    }
    Ok(json)
}

#[cfg(test)]
mod tests {
    use super::write_str;

    #[test]
    fn strings_are_written_with_only_the_escapes_json_needs() {
        let mut out = String::new();
        write_str(&mut out, "Müller \"Bau\" \\ GmbH\u{7}\u{1f}\t\n😀 ok");
        assert_eq!(
            out,
            r#""Müller \"Bau\" \\ GmbH\u0007\u001f\u0009\u000a😀 ok""#
        );
        let mut out = String::from("x");
        write_str(&mut out, "");
        write_str(&mut out, "\"");
        write_str(&mut out, "plain");
        assert_eq!(out, r#"x"""\"""plain""#);
    }

    #[test]
    fn integers_are_written_as_display_writes_them() {
        for n in [0i64, 7, -7, 10, -10, 1 << 40, i64::MAX, i64::MIN] {
            assert_eq!(super::to_json_text(&n), n.to_string());
        }
        for n in [0usize, 9, 100, usize::MAX] {
            assert_eq!(super::to_json_text(&n), n.to_string());
        }
    }
}
