//! The form layer: what an HTML form posted, plus a mapping (case path → form control), gives
//! a case; and a verdict's findings and errors are placed back at the controls they belong to.
//! One implementation for every side: the browser guard (wasm `caseFromForm`, `checkForm`),
//! the server's re-check (`domainguard check --form MAPPING.json`) and Rust callers. So the
//! browser and the server build the very same case from the same post.
//!
//! **Values** (`values`): `{ "<control name>": "<text>" | ["<text>", …] }`, exactly what a form
//! submits. A radio group with nothing chosen, an unchecked single checkbox and a disabled
//! control are absent; a checked single checkbox gives its `value` (`"on"` by default);
//! checkbox groups and `<select multiple>` give a list. Anything else (a number, a boolean,
//! an object, a list holding something other than texts) is `INVALID_TYPE` naming the control.
//!
//! **Mapping**: `{ "fields": { "<case path>": "<control>" | { "control": "<control>",
//! "format": "<format>" } }, "constants": { … } }`, or `{ "actions": { "<action>": <mapping> } }`
//! holding one per action. Types come from [`crate::fields`], never from the mapping.
//! Formats: `day-first` (dates; the default: `YYYY-MM-DD`, and `D.M.YYYY`, `DD.MM.YYYY`,
//! `DD-MM-YYYY`), `iso` (dates: `YYYY-MM-DD` only), `checkbox` (booleans: any posted value is
//! `true`, absent is `false`).
//!
//! **Coercion** by the field's type: `bool` — `true 1 on yes ja` are `true`, `false 0 off no
//! nein` and absent are `false` (and count as empty); `int` — digits (with a sign) become a
//! number; `string_list` — a text is split at white space, commas and semicolons; `date` —
//! day-first dates become `YYYY-MM-DD`; `enum` — trimmed. Anything that does not fit is passed
//! on as typed, so the rules report it naming the field (and [`controls_for`] names the
//! control). Line breaks are `\n` (a form submission sends `\r\n`). An object whose mapped
//! fields are all empty becomes `null` (no EVK), unless the constants fill it.

use crate::input::{
    child, field_error, quoted, FieldType, InputCode, InputError, InputErrors, MAX_ENTRIES,
};
use crate::text::input::*;
use crate::text::{label, render, Entry as Text};
use crate::{Json, Locale, Outcome};

/// Case fields the caller decides (the server, the page's options), never a form control.
const SERVER_FIELDS: [&str; 4] = ["action", "today", "locale", "policy"];

/// How a control's text is read beyond its field's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    /// By the field's type alone.
    Default,
    /// A date only as `YYYY-MM-DD`.
    Iso,
    /// A boolean that is true whenever the control posts anything.
    Checkbox,
}

/// One mapped field.
#[derive(Debug, Clone, PartialEq)]
struct Entry {
    path: String,
    control: String,
    format: Format,
}

/// A form mapping of one action, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Mapping {
    entries: Vec<Entry>,
    constants: Json,
}

/// Collects the form layer's input errors.
struct Errors {
    locale: Locale,
    list: Vec<InputError>,
}

impl Errors {
    fn add(
        &mut self,
        code: InputCode,
        field: &str,
        control: Option<&str>,
        (text, values): (&Text, &[(&str, &str)]),
        params: Json,
    ) {
        if self.list.len() >= crate::input::MAX_ERRORS {
            return;
        }
        let message = render(text, self.locale, values);
        self.list
            .push(field_error(code, field, control, &message, params));
    }

    fn wrong_type(&mut self, field: &str, control: Option<&str>, expected: &str, found: &Json) {
        let what = match expected {
            "object" => &EXPECTED_OBJECT,
            "string" => &EXPECTED_TEXT,
            _ => &EXPECTED_TEXT_OR_LIST,
        };
        // Only the type is named: the value may be a secret (the AuthInfo).
        let kind = found.kind();
        self.add(
            InputCode::INVALID_TYPE,
            field,
            control,
            (
                &INPUT_EXPECTED_FOUND_KIND,
                &[("expected", label(what, self.locale)), ("kind", kind)],
            ),
            Json::object([("expected", Json::from(expected)), ("found", kind.into())]),
        );
    }

    fn done<T>(self, value: T) -> Result<T, InputErrors> {
        if self.list.is_empty() {
            Ok(value)
        } else {
            Err(InputErrors { errors: self.list })
        }
    }
}

/// The locale a form context names (`de` when it names none or none this version knows).
fn context_locale(context: &Json) -> Locale {
    context
        .get("locale")
        .as_str()
        .and_then(Locale::parse)
        .unwrap_or_default()
}

impl Mapping {
    /// Reads the mapping of `action` (from a mapping of one action or of several).
    ///
    /// # Errors
    /// Every problem with the mapping, each naming its place (`mapping.fields.evk.date`).
    pub fn read(mapping: &Json, action: &str, locale: Locale) -> Result<Mapping, InputErrors> {
        let mut e = Errors {
            locale,
            list: Vec::new(),
        };
        let mut base = "mapping".to_string();
        let mut own = mapping;
        if let Json::Object(_) = mapping.get("actions") {
            base = child("mapping.actions", action);
            own = mapping.get("actions").get(action);
            if own.is_null() {
                e.add(
                    InputCode::MISSING_FIELD,
                    &base,
                    None,
                    (&FORM_NO_ACTION_FORM, &[("action", action)]),
                    Json::object([("expected", "object".into())]),
                );
                return e.done(Mapping {
                    entries: Vec::new(),
                    constants: Json::Null,
                });
            }
        }
        if !matches!(own, Json::Object(_)) {
            e.wrong_type(&base, None, "object", own);
            return e.done(Mapping {
                entries: Vec::new(),
                constants: Json::Null,
            });
        }
        let mut entries = Vec::new();
        let fields_path = child(&base, "fields");
        match own.get("fields") {
            Json::Null => {}
            Json::Object(members) if members.len() > MAX_ENTRIES => {
                let len = members.len();
                e.add(
                    InputCode::INVALID_VALUE,
                    &fields_path,
                    None,
                    (
                        &INPUT_TOO_MANY_ENTRIES,
                        &[
                            ("max", &crate::dates::uint_text(MAX_ENTRIES as u64)),
                            ("found", &crate::dates::uint_text(len as u64)),
                        ],
                    ),
                    Json::object([
                        ("expected", Json::from(MAX_ENTRIES as i64)),
                        ("found", Json::from(len as i64)),
                    ]),
                );
            }
            Json::Object(members) => {
                for (path, target) in members {
                    let at = child(&fields_path, path);
                    if let Some(entry) = read_entry(path, target, &at, &mut e) {
                        entries.push(entry);
                    }
                }
            }
            other => e.wrong_type(&fields_path, None, "object", other),
        }
        let constants = match own.get("constants") {
            Json::Null => Json::Object(Vec::new()),
            c @ Json::Object(_) => c.clone(),
            other => {
                e.wrong_type(&child(&base, "constants"), None, "object", other);
                Json::Null
            }
        };
        e.done(Mapping { entries, constants })
    }

    /// The control a finding's or error's field belongs to, as a page places it: the field's
    /// own control, else the first mapped field below it (a finding on `evk` goes to the
    /// first EVK control), else its nearest mapped ancestor. `items.0` reads as `items.0` and
    /// `items[0]`.
    #[must_use]
    pub fn control_for(&self, field: &str) -> Option<&str> {
        if field.is_empty() {
            return None;
        }
        let norm = bracket_indexes_as_segments(field);
        let of = |path: &str| {
            self.entries
                .iter()
                .find(|e| e.path == path)
                .map(|e| e.control.as_str())
        };
        if let Some(control) = of(&norm) {
            return Some(control);
        }
        if let Some(child) = self.entries.iter().find(|e| {
            e.path
                .strip_prefix(norm.as_str())
                .is_some_and(|rest| rest.starts_with('.'))
        }) {
            return Some(child.control.as_str());
        }
        let mut prefix = norm.as_str();
        while let Some(at) = prefix.bytes().rposition(|b| b == b'.') {
            prefix = prefix.get(..at).unwrap_or("");
            if let Some(control) = of(prefix) {
                return Some(control);
            }
        }
        None
    }
}

/// `items[0].name` → `items.0.name`.
fn bracket_indexes_as_segments(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut rest = field;
    while let Some(open) = rest.find('[') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        let inner = after.get(1..).unwrap_or("");
        match inner.find(']') {
            Some(close)
                if close > 0
                    && inner
                        .get(..close)
                        .is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit())) =>
            {
                out.push('.');
                out.push_str(inner.get(..close).unwrap_or(""));
                rest = inner.get(close + 1..).unwrap_or("");
            }
            _ => {
                out.push('[');
                rest = inner;
            }
        }
    }
    out.push_str(rest);
    out
}

fn read_entry(path: &str, target: &Json, at: &str, e: &mut Errors) -> Option<Entry> {
    let valid_path = !path.is_empty() && path.split('.').all(|s| !s.is_empty());
    if !valid_path {
        e.add(
            InputCode::INVALID_VALUE,
            at,
            None,
            (&FORM_FIELD_PATH, &[("example", "evk.date")]),
            Json::object([("expected", "path".into())]),
        );
        return None;
    }
    let first = path.split('.').next().unwrap_or(path);
    if SERVER_FIELDS.contains(&first) {
        e.add(
            InputCode::INVALID_VALUE,
            at,
            None,
            (&FORM_SERVER_FIELD, &[("field", first)]),
            Json::object([("found", Json::from(first))]),
        );
        return None;
    }
    let (control, format) = match target {
        Json::String(c) => (c.as_str(), Format::Default),
        Json::Object(_) => {
            let control = match target.get("control") {
                Json::String(c) => c.as_str(),
                other => {
                    e.wrong_type(&child(at, "control"), None, "string", other);
                    return None;
                }
            };
            let format = match target.get("format") {
                Json::Null => Format::Default,
                Json::String(f) if f == "day-first" => Format::Default,
                Json::String(f) if f == "iso" => Format::Iso,
                Json::String(f) if f == "checkbox" => Format::Checkbox,
                other => {
                    let shown = other
                        .as_str()
                        .map_or_else(|| other.kind().to_string(), |s| quoted(s, 40));
                    e.add(
                        InputCode::INVALID_VALUE,
                        &child(at, "format"),
                        None,
                        (
                            &INPUT_EXPECTED_FOUND,
                            &[
                                (
                                    "expected",
                                    &render(
                                        &EXPECTED_ONE_OF,
                                        e.locale,
                                        &[("list", "`day-first`, `iso`, `checkbox`")],
                                    ),
                                ),
                                ("found", &shown),
                            ],
                        ),
                        Json::object([(
                            "expected",
                            Json::Array(vec!["day-first".into(), "iso".into(), "checkbox".into()]),
                        )]),
                    );
                    return None;
                }
            };
            (control, format)
        }
        other => {
            e.wrong_type(at, None, "string", other);
            return None;
        }
    };
    if control.is_empty() {
        e.add(
            InputCode::MISSING_FIELD,
            at,
            None,
            (&FORM_CONTROL_NAME_MISSING, &[]),
            Json::object([("expected", "string".into())]),
        );
        return None;
    }
    Some(Entry {
        path: path.to_string(),
        control: control.to_string(),
        format,
    })
}

/// JavaScript's `String.prototype.trim` white space (WhiteSpace and LineTerminator), so a
/// value is trimmed as a page's script would trim it.
fn is_form_space(c: char) -> bool {
    matches!(
        c,
        '\u{9}'..='\u{D}'
            | ' '
            | '\u{A0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200A}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202F}'
            | '\u{205F}'
            | '\u{3000}'
            | '\u{FEFF}'
    )
}

/// `\r\n` and `\r` as `\n`: a form submission sends a textarea's line breaks as `\r\n`, the
/// page's script reads `\n`. (By hand: `str::replace` would add its searcher to the wasm.)
fn normalize_newlines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, piece) in text.split('\r').enumerate() {
        let piece = if i == 0 {
            piece
        } else {
            // A `\r`, with the `\n` after it if there is one, is one line break.
            out.push('\n');
            match piece.as_bytes().first() {
                Some(b'\n') => piece.get(1..).unwrap_or(""),
                _ => piece,
            }
        };
        out.push_str(piece);
    }
    out
}

const TRUE_WORDS: [&str; 5] = ["true", "1", "on", "yes", "ja"];
const FALSE_WORDS: [&str; 5] = ["false", "0", "off", "no", "nein"];

/// `4.4.2005`, `04.04.2005`, `04-04-2005` (one separator) as `2005-04-04`; `None` otherwise.
fn day_first(text: &str) -> Option<String> {
    let sep = text.bytes().find(|b| *b == b'.' || *b == b'-')?;
    let mut parts = text.split(char::from(sep));
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, min: usize, max: usize| {
        (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if parts.next().is_some() || !digits(day, 1, 2) || !digits(month, 1, 2) || !digits(year, 4, 4) {
        return None;
    }
    // By hand: `{:0>2}` would need the formatter's padding.
    let mut out = String::with_capacity(10);
    out.push_str(year);
    for part in [month, day] {
        out.push('-');
        if part.len() == 1 {
            out.push('0');
        }
        out.push_str(part);
    }
    Some(out)
}

/// A whole number with an optional sign (ASCII digits) as a JSON number, rounded to the
/// nearest double as `Number()` rounds it; `None` for anything else and for more than 20
/// digits (read as text: the rules then name the field). By hand: `str::parse::<f64>` would
/// add float parsing to the wasm.
fn integer(text: &str) -> Option<f64> {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, text.get(1..)?),
        Some(b'+') => (false, text.get(1..)?),
        _ => (false, text),
    };
    if digits.is_empty() {
        return None;
    }
    let mut n: u64 = 0;
    for b in digits.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
    }
    // u64 -> f64 rounds to nearest, as the decimal text would
    #[allow(clippy::cast_precision_loss)]
    let value = n as f64;
    Some(if negative { -value } else { value })
}

/// A posted value read: the case value (or nothing: leave the field out) and whether it
/// counts as empty for the "object of empty fields is `null`" rule.
struct Coerced {
    value: Option<Json>,
    empty: bool,
}

/// One posted value (already checked to be a text or a list of texts, or absent) as a case
/// value of `ty`.
fn coerce(raw: &Json, ty: Option<FieldType>, format: Format) -> Coerced {
    let is_bool = ty == Some(FieldType::Bool) || format == Format::Checkbox;
    match raw {
        Json::Array(items) if items.is_empty() => Coerced {
            value: if is_bool {
                Some(Json::Bool(false))
            } else {
                None
            },
            empty: true,
        },
        // `<input type=hidden value=0>` + `<input type=checkbox value=1>` under one name: the
        // last value posted is the box's.
        Json::Array(items) if is_bool => coerce(items.last().unwrap_or(&Json::Null), ty, format),
        Json::Array(items) => Coerced {
            value: Some(Json::Array(
                items
                    .iter()
                    .map(|i| Json::String(normalize_newlines(i.as_str().unwrap_or(""))))
                    .collect(),
            )),
            empty: false,
        },
        Json::String(s) => coerce_text(&normalize_newlines(s), ty, format),
        _ => Coerced {
            value: if is_bool {
                Some(Json::Bool(false))
            } else {
                None
            },
            empty: true,
        },
    }
}

fn coerce_text(text: &str, ty: Option<FieldType>, format: Format) -> Coerced {
    let trimmed = text.trim_matches(is_form_space);
    let value = |v: Json| Coerced {
        value: Some(v),
        empty: false,
    };
    if trimmed.is_empty() {
        let is_bool = ty == Some(FieldType::Bool) || format == Format::Checkbox;
        return Coerced {
            value: if is_bool {
                Some(Json::Bool(false))
            } else {
                None
            },
            empty: true,
        };
    }
    if format == Format::Checkbox {
        return value(Json::Bool(true));
    }
    match ty {
        Some(FieldType::Bool) => {
            // ASCII case-insensitive: the words are ASCII (no Unicode case tables in the wasm)
            let is = |words: &[&str]| words.iter().any(|w| w.eq_ignore_ascii_case(trimmed));
            if is(&TRUE_WORDS) {
                value(Json::Bool(true))
            } else if is(&FALSE_WORDS) {
                Coerced {
                    value: Some(Json::Bool(false)),
                    empty: true,
                }
            } else {
                // The rules report the wrong type, naming the field.
                value(Json::from(text))
            }
        }
        Some(FieldType::Int) => match integer(trimmed) {
            Some(n) => value(Json::Number(n)),
            None => value(Json::from(text)),
        },
        Some(FieldType::StringList) => {
            // The words between white space, commas and semicolons, by hand (one loop).
            let mut items = Vec::new();
            let mut start = 0;
            for (at, c) in trimmed.char_indices().chain([(trimmed.len(), ',')]) {
                if is_form_space(c) || c == ',' || c == ';' {
                    if at > start {
                        items.push(Json::from(trimmed.get(start..at).unwrap_or("")));
                    }
                    start = at + c.len_utf8();
                }
            }
            value(Json::Array(items))
        }
        Some(FieldType::Date) => match day_first(trimmed) {
            Some(iso) if format != Format::Iso => value(Json::String(iso)),
            _ => value(Json::from(trimmed)),
        },
        Some(FieldType::Enum) => value(Json::from(trimmed)),
        _ => value(Json::from(text)),
    }
}

/// The member `key` of an object, created (as `null`) when absent; a value that is not an
/// object is replaced by an empty one first.
fn member_mut<'j>(object: &'j mut Json, key: &str) -> Option<&'j mut Json> {
    if !matches!(object, Json::Object(_)) {
        *object = Json::Object(Vec::new());
    }
    let Json::Object(members) = object else {
        return None;
    };
    let at = match members.iter().position(|(k, _)| k == key) {
        Some(at) => at,
        None => {
            members.push((key.to_string(), Json::Null));
            members.len() - 1
        }
    };
    members.get_mut(at).map(|(_, v)| v)
}

/// Sets `path` (dotted) in `case`, creating objects on the way (replacing what is not one).
fn set_path(case: &mut Json, path: &str, value: Json) {
    let mut cursor = Some(case);
    let mut segments = path.split('.').peekable();
    while let (Some(segment), Some(here)) = (segments.next(), cursor.take()) {
        let slot = member_mut(here, segment);
        if segments.peek().is_none() {
            if let Some(slot) = slot {
                *slot = value;
            }
            return;
        }
        cursor = slot;
    }
}

fn get_path<'j>(value: &'j Json, path: &str) -> &'j Json {
    path.split('.').fold(value, Json::get)
}

/// Whether a value gives nothing: null, `""`, `false`, an empty list, an object of blanks.
fn is_blank(value: &Json) -> bool {
    match value {
        Json::Null | Json::Bool(false) => true,
        Json::String(s) => s.is_empty(),
        Json::Array(items) => items.is_empty(),
        Json::Object(members) => members.iter().all(|(_, v)| is_blank(v)),
        _ => false,
    }
}

/// `over` merged into `base`: objects member by member, anything else replaced. An object of
/// `base` with more than [`MAX_ENTRIES`] members is replaced as a whole rather than merged, so
/// the time stays linear in the size of both (each key is looked up by scanning at most that
/// many members; no sorting or hashing code in the wasm).
fn merge(base: &mut Json, over: &Json) {
    match (base, over) {
        (Json::Object(members), Json::Object(overs)) if members.len() <= MAX_ENTRIES => {
            let known = members.len();
            for (k, v) in overs {
                match members
                    .get_mut(..known)
                    .and_then(|m| m.iter_mut().find(|(key, _)| key == k))
                {
                    Some((_, slot)) => merge(slot, v),
                    None => members.push((k.clone(), v.clone())),
                }
            }
        }
        (base, over) => *base = over.clone(),
    }
}

/// Builds the case that `values` (what the form posted) describe, for `action`, with the
/// caller's `context`: `{today, locale?, policy?, constants?, fixed?}` (`timeZone`, which a
/// page uses to find `today`, is ignored here). The case holds, in this order: the constants
/// (the mapping's, then the context's merged over them), `action`, `today`, `locale` (`de` or
/// `en`; `de` when none is given), `policy` (the context's, else the constants', else
/// `default`), then the mapped fields in mapping order. Last, `fixed` (`{"<case path>":
/// value}`: what a server decides whatever the form posts, e.g. its facts) is set over all.
///
/// # Errors
/// A mapping that cannot be read, and every posted value that is not a text or a list of
/// texts (`INVALID_TYPE`, with `field` the case path and `control` the control). Values that
/// are texts but do not fit their field are passed on for the rules to report.
///
/// # Example
/// ```
/// use domainguard::{form, Json};
/// let mapping: Json = serde_json::from_str(r#"{"fields": {
///   "domain.registered": "registered", "evk.acknowledges_availability": "ack",
///   "services.mailboxes": "boxes", "domain.status": "status"}}"#).unwrap();
/// let values: Json = serde_json::from_str(r#"{"registered": "4.4.2005", "ack": "ja",
///   "boxes": " 3 ", "status": "ok; clientTransferProhibited"}"#).unwrap();
/// let context: Json = serde_json::from_str(r#"{"today": "2009-02-01", "locale": "de-DE"}"#).unwrap();
/// let case = form::case_from_form("close", &mapping, &values, &context).unwrap();
/// assert_eq!(serde_json::to_string(&case).unwrap(), concat!(
///   r#"{"action":"close","today":"2009-02-01","locale":"de","policy":"default","#,
///   r#""domain":{"registered":"2005-04-04","status":["ok","clientTransferProhibited"]},"#,
///   r#""evk":{"acknowledges_availability":true},"services":{"mailboxes":3}}"#));
/// ```
pub fn case_from_form(
    action: &str,
    mapping: &Json,
    values: &Json,
    context: &Json,
) -> Result<Json, InputErrors> {
    let locale = context_locale(context);
    let mapping = Mapping::read(mapping, action, locale)?;
    build(action, &mapping, values, context)
}

fn build(
    action: &str,
    mapping: &Mapping,
    values: &Json,
    context: &Json,
) -> Result<Json, InputErrors> {
    let locale = context_locale(context);
    let mut e = Errors {
        locale,
        list: Vec::new(),
    };
    let mut constants = mapping.constants.clone();
    match context.get("constants") {
        Json::Null => {}
        c @ Json::Object(_) => merge(&mut constants, c),
        other => e.wrong_type("constants", None, "object", other),
    }
    match values {
        Json::Object(_) => {}
        Json::Null => e.add(
            InputCode::MISSING_FIELD,
            "values",
            None,
            (&FORM_VALUES_MISSING, &[]),
            Json::object([("expected", "object".into())]),
        ),
        other => e.wrong_type("values", None, "object", other),
    }
    for entry in &mapping.entries {
        let raw = values.get(&entry.control);
        let fits = match raw {
            Json::Null | Json::String(_) => true,
            Json::Array(items) => items.iter().all(|i| matches!(i, Json::String(_))),
            _ => false,
        };
        if !fits {
            e.wrong_type(
                &entry.path,
                Some(&entry.control),
                "string or array of strings",
                raw,
            );
        }
    }
    let fixed: &[(String, Json)] = match context.get("fixed") {
        Json::Null => &[],
        Json::Object(members) if members.len() > MAX_ENTRIES => {
            e.add(
                InputCode::INVALID_VALUE,
                "fixed",
                None,
                (
                    &INPUT_TOO_MANY_ENTRIES,
                    &[
                        ("max", &crate::dates::uint_text(MAX_ENTRIES as u64)),
                        ("found", &crate::dates::uint_text(members.len() as u64)),
                    ],
                ),
                Json::object([("expected", Json::from(MAX_ENTRIES as i64))]),
            );
            &[]
        }
        Json::Object(members) => members,
        other => {
            e.wrong_type("fixed", None, "object", other);
            &[]
        }
    };
    for (path, _) in fixed {
        if path.is_empty() || path.split('.').any(str::is_empty) {
            e.add(
                InputCode::INVALID_VALUE,
                &child("fixed", path),
                None,
                (&FORM_FIELD_PATH, &[("example", "domain.registered")]),
                Json::object([("expected", "path".into())]),
            );
        }
    }
    if !e.list.is_empty() {
        return e.done(Json::Null);
    }

    let types = crate::fields(action).unwrap_or_default();
    let mut case = constants.clone();
    if !matches!(case, Json::Object(_)) {
        case = Json::Object(Vec::new());
    }
    case.set("action", Json::from(action));
    match context.get("today") {
        Json::Null => {}
        today => case.set("today", today.clone()),
    }
    let locale_value = match context.get("locale") {
        Json::Null => Json::from("de"),
        Json::String(tag) => match Locale::parse(tag) {
            Some(known) => Json::from(known.tag()),
            None => Json::from(tag.as_str()),
        },
        other => other.clone(),
    };
    case.set("locale", locale_value);
    let policy = match (context.get("policy"), constants.get("policy")) {
        (Json::Null, Json::Null) => Json::from("default"),
        (Json::Null, p) | (p, _) => p.clone(),
    };
    case.set("policy", policy);

    // object path → whether every mapped field below it is empty, in first-seen order
    let mut emptiness: Vec<(String, bool)> = Vec::new();
    for entry in &mapping.entries {
        let ty = types.iter().find(|s| s.path == entry.path).map(|s| s.ty);
        let coerced = coerce(values.get(&entry.control), ty, entry.format);
        if let Some(value) = coerced.value {
            set_path(&mut case, &entry.path, value);
        }
        let mut end = 0;
        while let Some(dot) = entry.path.get(end..).and_then(|rest| rest.find('.')) {
            end += dot;
            let prefix = entry.path.get(..end).unwrap_or("");
            match emptiness.iter_mut().find(|(p, _)| p == prefix) {
                Some((_, empty)) => *empty = *empty && coerced.empty,
                None => emptiness.push((prefix.to_string(), coerced.empty)),
            }
            end += 1;
        }
    }
    // Deepest first (stable): an object of empty fields is `null`, unless the constants fill it.
    let depth = |p: &str| p.matches('.').count();
    let max_depth = emptiness.iter().map(|(p, _)| depth(p)).max().unwrap_or(0);
    for d in (0..=max_depth).rev() {
        for (prefix, empty) in &emptiness {
            if depth(prefix) == d && *empty && is_blank(get_path(&constants, prefix)) {
                set_path(&mut case, prefix, Json::Null);
            }
        }
    }
    // What the caller decides whatever the form posts (a server's facts, `now`).
    for (path, value) in fixed {
        set_path(&mut case, path, value.clone());
    }
    Ok(case)
}

/// Adds `control` to each finding and input error of `outcome` whose field maps to a
/// control (see [`Mapping::control_for`]). Errors that name a control already keep it.
pub fn controls_for(mapping: &Mapping, outcome: &mut Outcome) {
    match outcome {
        Outcome::Verdict(v) => {
            for f in &mut v.findings {
                if let Some(field) = f.field.as_deref() {
                    f.control = mapping.control_for(field).map(str::to_string);
                }
            }
        }
        Outcome::Invalid(e) => {
            for error in &mut e.errors {
                if error.control.is_none() {
                    if let Some(field) = error.field.as_deref() {
                        error.control = mapping.control_for(field).map(str::to_string);
                    }
                }
            }
        }
    }
}

/// What [`check_form`] gives: the case it built (when it could) and the outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct FormCheck {
    /// The case built from the form; `None` when the mapping or the values could not be read.
    /// Holds the AuthInfo as posted: see [`mask_secrets`] before showing or logging it.
    pub case: Option<Json>,
    /// The verdict or the input errors, each placed at its control.
    pub outcome: Outcome,
}

/// Builds the case from a form post ([`case_from_form`]), checks it ([`crate::check`]) and
/// places each finding and error at its control ([`controls_for`]).
///
/// # Example
/// ```
/// use domainguard::{form, Json, Outcome};
/// let mapping: Json = serde_json::from_str(r#"{"fields": {"domain.registered": "reg"}}"#).unwrap();
/// let values: Json = serde_json::from_str(r#"{"reg": "31.02.2005"}"#).unwrap();
/// let context: Json = serde_json::from_str(r#"{"today": "2009-02-01"}"#).unwrap();
/// let checked = form::check_form("close", &mapping, &values, &context);
/// let Outcome::Invalid(e) = checked.outcome else { panic!() };
/// let error = e.errors.iter().find(|e| e.field.as_deref() == Some("domain.registered")).unwrap();
/// assert_eq!(error.control.as_deref(), Some("reg"));
/// ```
pub fn check_form(action: &str, mapping: &Json, values: &Json, context: &Json) -> FormCheck {
    let locale = context_locale(context);
    let mapping = match Mapping::read(mapping, action, locale) {
        Ok(m) => m,
        Err(e) => {
            return FormCheck {
                case: None,
                outcome: Outcome::Invalid(e),
            }
        }
    };
    match build(action, &mapping, values, context) {
        Ok(case) => {
            let mut outcome = crate::check(&case);
            controls_for(&mapping, &mut outcome);
            FormCheck {
                case: Some(case),
                outcome,
            }
        }
        Err(e) => FormCheck {
            case: None,
            outcome: Outcome::Invalid(e),
        },
    }
}

/// The action a form post names (`post.action`), or the error.
fn post_action(post: &Json) -> Result<&str, InputErrors> {
    let mut e = Errors {
        locale: context_locale(post),
        list: Vec::new(),
    };
    match post.get("action") {
        Json::String(a) => return Ok(a),
        Json::Null => e.add(
            InputCode::MISSING_FIELD,
            "action",
            None,
            (&FORM_ACTION_MISSING, &[]),
            Json::object([("expected", "string".into())]),
        ),
        other => e.wrong_type("action", None, "string", other),
    }
    Err(InputErrors { errors: e.list })
}

/// [`case_from_form`] of a whole post as the command line reads it: `{action, today, locale?,
/// policy?, constants?, values}` (`values` the form's values, the rest the context).
///
/// # Errors
/// As [`case_from_form`]; and a post without an `action` text.
pub fn case_from_post(mapping: &Json, post: &Json) -> Result<Json, InputErrors> {
    let action = post_action(post)?;
    case_from_form(action, mapping, post.get("values"), post)
}

/// [`check_form`] of a whole post (see [`case_from_post`]).
pub fn check_post(mapping: &Json, post: &Json) -> FormCheck {
    match post_action(post) {
        Ok(action) => check_form(action, mapping, post.get("values"), post),
        Err(e) => FormCheck {
            case: None,
            outcome: Outcome::Invalid(e),
        },
    }
}

/// The case with its secrets masked as [`crate::AUTHINFO_PLACEHOLDER`]: a non-empty
/// `authinfo.code` (or a non-empty text where the `authinfo` object belongs).
#[must_use]
pub fn mask_secrets(case: &Json) -> Json {
    let mut masked = case.clone();
    let placeholder = || Json::from(crate::AUTHINFO_PLACEHOLDER);
    match masked.get("authinfo") {
        Json::String(s) if !s.is_empty() => masked.set("authinfo", placeholder()),
        Json::Object(_) => {
            let code = masked.get("authinfo").get("code");
            if !code.is_null() && code.as_str() != Some("") {
                set_path(&mut masked, "authinfo.code", placeholder());
            }
        }
        _ => {}
    }
    masked
}

#[cfg(test)]
mod tests {
    use super::*;

    fn json(text: &str) -> Json {
        serde_json::from_str(text).unwrap()
    }

    fn text(value: &Json) -> String {
        serde_json::to_string(value).unwrap()
    }

    const CONTEXT: &str = r#"{"today": "2009-02-01", "locale": "de"}"#;

    /// The case built for one field mapped to control `c`, posted as `posted`.
    fn one(action: &str, path: &str, posted: &str) -> Json {
        let mapping = json(&format!(r#"{{"fields": {{"{path}": "c"}}}}"#));
        let values = json(&format!(r#"{{"c": {posted}}}"#));
        case_from_form(action, &mapping, &values, &json(CONTEXT)).unwrap()
    }

    fn at(case: &Json, path: &str) -> Json {
        get_path(case, path).clone()
    }

    #[test]
    fn yes_and_no_words_give_booleans() {
        for word in ["true", "1", "on", "yes", "ja", " JA ", "On"] {
            let case = one(
                "close",
                "evk.acknowledges_availability",
                &format!("\"{word}\""),
            );
            assert_eq!(
                at(&case, "evk.acknowledges_availability"),
                Json::Bool(true),
                "{word}"
            );
        }
        let mapping = json(r#"{"fields": {"services.website": "w", "services.mailboxes": "m"}}"#);
        for word in ["false", "0", "off", "no", "nein", "NEIN"] {
            let values = json(&format!(r#"{{"w": "{word}", "m": "2"}}"#));
            let case = case_from_form("close", &mapping, &values, &json(CONTEXT)).unwrap();
            assert_eq!(
                text(&at(&case, "services")),
                r#"{"website":false,"mailboxes":2}"#,
                "{word}"
            );
            // alone, a "no" is empty: the object goes as null
            let case = one("close", "services.website", &format!("\"{word}\""));
            assert_eq!(case.get("services"), &Json::Null, "{word}");
        }
    }

    #[test]
    fn an_unchecked_box_is_false_and_its_object_null() {
        let mapping = json(r#"{"fields": {"evk.acknowledges_availability": "ack"}}"#);
        let case = case_from_form("close", &mapping, &json("{}"), &json(CONTEXT)).unwrap();
        // the only mapped EVK field is empty: no EVK at all
        assert_eq!(case.get("evk"), &Json::Null);
        assert!(text(&case).contains(r#""evk":null"#));
    }

    #[test]
    fn hidden_zero_then_checkbox_one_reads_the_last_value() {
        let case = one("close", "services.website", r#"["0", "1"]"#);
        assert_eq!(at(&case, "services.website"), Json::Bool(true));
        let mapping = json(r#"{"fields": {"services.website": "w", "services.mailboxes": "m"}}"#);
        let values = json(r#"{"w": ["0"], "m": "2"}"#);
        let case = case_from_form("close", &mapping, &values, &json(CONTEXT)).unwrap();
        assert_eq!(at(&case, "services.website"), Json::Bool(false));
    }

    #[test]
    fn a_checkbox_format_takes_any_posted_value_as_true() {
        let mapping =
            json(r#"{"fields": {"services.website": {"control": "w", "format": "checkbox"}}}"#);
        let case =
            case_from_form("close", &mapping, &json(r#"{"w": "x"}"#), &json(CONTEXT)).unwrap();
        assert_eq!(at(&case, "services.website"), Json::Bool(true));
    }

    #[test]
    fn a_word_that_is_neither_yes_nor_no_goes_to_the_rules_and_names_the_control() {
        let case = one("close", "services.website", r#""vielleicht""#);
        assert_eq!(at(&case, "services.website"), Json::from("vielleicht"));
        let mapping = json(r#"{"fields": {"services.website": "site"}}"#);
        let checked = check_form(
            "close",
            &mapping,
            &json(r#"{"site": "vielleicht"}"#),
            &json(CONTEXT),
        );
        let Outcome::Invalid(e) = checked.outcome else {
            panic!("expected input errors")
        };
        let error = e
            .errors
            .iter()
            .find(|e| e.field.as_deref() == Some("services.website"))
            .unwrap();
        assert_eq!(error.code, "INVALID_TYPE");
        assert_eq!(error.control.as_deref(), Some("site"));
        assert_eq!(
            error.message,
            "`services.website`: erwartet true oder false, gefunden: `vielleicht`"
        );
    }

    #[test]
    fn whole_numbers_become_numbers_and_other_text_stays_text() {
        assert_eq!(
            at(
                &one("close", "services.mailboxes", r#"" 12 ""#),
                "services.mailboxes"
            ),
            Json::Number(12.0)
        );
        assert_eq!(
            at(
                &one("close", "services.mailboxes", r#""+007""#),
                "services.mailboxes"
            ),
            Json::Number(7.0)
        );
        assert_eq!(
            at(
                &one("close", "services.mailboxes", r#""-3""#),
                "services.mailboxes"
            ),
            Json::Number(-3.0)
        );
        assert_eq!(
            at(
                &one("close", "services.mailboxes", r#""3,5""#),
                "services.mailboxes"
            ),
            Json::from("3,5")
        );
    }

    #[test]
    fn a_text_list_is_split_at_spaces_commas_and_semicolons() {
        let case = one(
            "close",
            "domain.status",
            r#""ok, clientHold;;serverHold\n x""#,
        );
        assert_eq!(
            text(&at(&case, "domain.status")),
            r#"["ok","clientHold","serverHold","x"]"#
        );
        // a list (checkbox group) is taken as it is
        let case = one("close", "domain.status", r#"["ok", "clientHold"]"#);
        assert_eq!(text(&at(&case, "domain.status")), r#"["ok","clientHold"]"#);
    }

    #[test]
    fn day_first_dates_become_iso_dates() {
        for (typed, iso) in [
            ("4.4.2005", "2005-04-04"),
            ("04.04.2005", "2005-04-04"),
            ("04-04-2005", "2005-04-04"),
            (" 2005-04-04 ", "2005-04-04"),
            ("4.4-2005", "4.4-2005"),
            ("4.4.05", "4.4.05"),
        ] {
            let case = one("close", "domain.registered", &format!("\"{typed}\""));
            assert_eq!(at(&case, "domain.registered"), Json::from(iso), "{typed}");
        }
        let mapping =
            json(r#"{"fields": {"domain.registered": {"control": "r", "format": "iso"}}}"#);
        let case = case_from_form(
            "close",
            &mapping,
            &json(r#"{"r": "4.4.2005"}"#),
            &json(CONTEXT),
        )
        .unwrap();
        assert_eq!(at(&case, "domain.registered"), Json::from("4.4.2005"));
    }

    #[test]
    fn enums_are_trimmed_texts_keep_their_spaces_and_line_breaks_are_unix() {
        assert_eq!(
            at(&one("close", "close.mode", r#"" date ""#), "close.mode"),
            Json::from("date")
        );
        assert_eq!(
            at(
                &one("close", "evk.text", r#""Zeile 1\r\nZeile 2 ""#),
                "evk.text"
            ),
            Json::from("Zeile 1\nZeile 2 ")
        );
    }

    #[test]
    fn empty_fields_are_left_out_and_an_object_of_empties_is_null_unless_constants_fill_it() {
        let mapping = json(
            r#"{"fields": {"evk.date": "d", "evk.text": "t", "holder.name": "h"},
                "constants": {"holder": {"name": "Max"}}}"#,
        );
        let case = case_from_form(
            "close",
            &mapping,
            &json(r#"{"d": " ", "t": "", "h": ""}"#),
            &json(CONTEXT),
        )
        .unwrap();
        assert_eq!(
            text(&case),
            r#"{"holder":{"name":"Max"},"action":"close","today":"2009-02-01","locale":"de","policy":"default","evk":null}"#
        );
    }

    #[test]
    fn the_context_decides_action_today_locale_and_policy() {
        let mapping =
            json(r#"{"fields": {}, "constants": {"policy": "hosteurope", "action": "x"}}"#);
        let context = json(r#"{"today": "2009-02-01", "locale": "en_GB"}"#);
        let case = case_from_form("close", &mapping, &json("{}"), &context).unwrap();
        assert_eq!(
            text(&case),
            r#"{"policy":"hosteurope","action":"close","today":"2009-02-01","locale":"en"}"#
        );
        let context = json(
            r#"{"today": "2009-02-01", "policy": "default", "constants": {"holder": {"name": "M"}}}"#,
        );
        let case = case_from_form("close", &mapping, &json("{}"), &context).unwrap();
        assert_eq!(
            text(&case),
            r#"{"policy":"default","action":"close","holder":{"name":"M"},"today":"2009-02-01","locale":"de"}"#
        );
    }

    #[test]
    fn fixed_values_are_set_over_the_posted_ones() {
        let mapping = json(r#"{"fields": {"services.website": "w", "domain.name": "d"}}"#);
        let context = json(
            r#"{"today": "2009-02-01", "fixed": {"services.website": true, "domain.registered": "2005-04-04"}}"#,
        );
        let case = case_from_form(
            "close",
            &mapping,
            &json(r#"{"d": "beispiel.de"}"#),
            &context,
        )
        .unwrap();
        assert_eq!(
            text(&case),
            r#"{"action":"close","today":"2009-02-01","locale":"de","policy":"default","services":{"website":true},"domain":{"name":"beispiel.de","registered":"2005-04-04"}}"#
        );
        let bad = json(r#"{"today": "2009-02-01", "fixed": {"a..b": 1}}"#);
        let e = case_from_form("close", &mapping, &json("{}"), &bad).unwrap_err();
        assert_eq!(e.errors[0].field.as_deref(), Some("fixed.a..b"));
    }

    #[test]
    fn a_nested_value_is_invalid_type_naming_the_control() {
        for posted in [r#"{"a": "b"}"#, r#"[["x"]]"#, "3", "true", r#"["a", 1]"#] {
            let mapping = json(r#"{"fields": {"holder.name": "holder_name"}}"#);
            let values = json(&format!(r#"{{"holder_name": {posted}}}"#));
            let e = case_from_form("close", &mapping, &values, &json(CONTEXT)).unwrap_err();
            assert_eq!(e.errors.len(), 1, "{posted}");
            let error = &e.errors[0];
            assert_eq!(error.code, "INVALID_TYPE");
            assert_eq!(error.field.as_deref(), Some("holder.name"));
            assert_eq!(error.control.as_deref(), Some("holder_name"));
            assert!(
                error.message.starts_with(
                    "`holder.name`: erwartet einen Text oder eine Liste von Texten, gefunden: ein Wert vom Typ"
                ),
                "{}",
                error.message
            );
        }
    }

    #[test]
    fn a_nested_authinfo_never_shows_its_value() {
        let mapping = json(r#"{"fields": {"authinfo.code": "ai"}}"#);
        let values = json(r#"{"ai": {"x": "Geheim-123"}}"#);
        let context = json(r#"{"today": "2009-02-01", "locale": "en"}"#);
        let e = case_from_form("transfer_out", &mapping, &values, &context).unwrap_err();
        let out = serde_json::to_string(&e).unwrap();
        assert!(!out.contains("Geheim"), "{out}");
        assert_eq!(
            e.errors[0].message,
            "`authinfo.code`: expected a text or a list of texts, but found a value of type object"
        );
    }

    #[test]
    fn values_that_are_not_an_object_are_refused() {
        let mapping = json(r#"{"fields": {"holder.name": "h"}}"#);
        let e = case_from_form("close", &mapping, &json("[]"), &json(CONTEXT)).unwrap_err();
        assert_eq!(e.errors[0].field.as_deref(), Some("values"));
        assert_eq!(e.errors[0].code, "INVALID_TYPE");
    }

    #[test]
    fn context_constants_merge_over_the_mappings_member_by_member() {
        let mapping = json(
            r#"{"fields": {}, "constants": {"domain": {"name": "a.de", "status": ["ok"]}, "holder": {"name": "A"}}}"#,
        );
        let context = json(
            r#"{"today": "2009-02-01", "constants": {"domain": {"status": [], "renewal": "2010-01-01"}, "x": 1}}"#,
        );
        let case = case_from_form("close", &mapping, &json("{}"), &context).unwrap();
        assert_eq!(
            text(&case),
            r#"{"domain":{"name":"a.de","status":[],"renewal":"2010-01-01"},"holder":{"name":"A"},"x":1,"action":"close","today":"2009-02-01","locale":"de","policy":"default"}"#
        );
    }

    #[test]
    fn a_bad_mapping_names_its_entry() {
        let context = json(r#"{"today": "2009-02-01", "locale": "en"}"#);
        let cases = [
            (
                r#"{"fields": {"today": "t"}}"#,
                "mapping.fields.today",
                "INVALID_VALUE",
            ),
            (
                r#"{"fields": {"evk..date": "t"}}"#,
                "mapping.fields.evk..date",
                "INVALID_VALUE",
            ),
            (
                r#"{"fields": {"evk.date": 3}}"#,
                "mapping.fields.evk.date",
                "INVALID_TYPE",
            ),
            (
                r#"{"fields": {"evk.date": ""}}"#,
                "mapping.fields.evk.date",
                "MISSING_FIELD",
            ),
            (
                r#"{"fields": {"evk.date": {"control": "d", "format": "us"}}}"#,
                "mapping.fields.evk.date.format",
                "INVALID_VALUE",
            ),
            (
                r#"{"fields": [], "constants": 1}"#,
                "mapping.fields",
                "INVALID_TYPE",
            ),
            (
                r#"{"actions": {"close": {}}}"#,
                "mapping.actions.transfer_out",
                "MISSING_FIELD",
            ),
        ];
        for (mapping, field, code) in cases {
            let e =
                case_from_form("transfer_out", &json(mapping), &json("{}"), &context).unwrap_err();
            assert_eq!(e.errors[0].field.as_deref(), Some(field), "{mapping}");
            assert_eq!(e.errors[0].code, code, "{mapping}");
            assert_eq!(e.errors[0].control, None);
        }
        let e = case_from_form(
            "close",
            &json(r#"{"fields": [], "constants": 1}"#),
            &json("{}"),
            &context,
        )
        .unwrap_err();
        assert_eq!(e.errors.len(), 2);
        assert_eq!(e.errors[1].field.as_deref(), Some("mapping.constants"));
    }

    #[test]
    fn a_mapping_of_several_actions_gives_the_one_asked_for() {
        let mapping = json(
            r#"{"actions": {"close": {"fields": {"holder.name": "a"}},
                            "transfer_out": {"fields": {"holder.name": "b"}}}}"#,
        );
        let values = json(r#"{"a": "A", "b": "B"}"#);
        let case = case_from_form("transfer_out", &mapping, &values, &json(CONTEXT)).unwrap();
        assert_eq!(at(&case, "holder.name"), Json::from("B"));
    }

    #[test]
    fn too_many_mapped_fields_are_refused() {
        let fields: Vec<String> = (0..=MAX_ENTRIES)
            .map(|i| format!(r#""x.f{i}": "c{i}""#))
            .collect();
        let mapping = json(&format!(r#"{{"fields": {{{}}}}}"#, fields.join(",")));
        let e = case_from_form("close", &mapping, &json("{}"), &json(CONTEXT)).unwrap_err();
        assert_eq!(e.errors[0].field.as_deref(), Some("mapping.fields"));
        assert_eq!(e.errors[0].code, "INVALID_VALUE");
    }

    #[test]
    fn findings_go_to_their_control_else_a_child_else_an_ancestor() {
        let mapping = Mapping::read(
            &json(r#"{"fields": {"evk.date": "evk_date", "evk.text": "evk_text", "items.0": "first", "termination": "term"}}"#),
            "close",
            Locale::De,
        )
        .unwrap();
        assert_eq!(mapping.control_for("evk.text"), Some("evk_text"));
        assert_eq!(mapping.control_for("evk"), Some("evk_date"));
        assert_eq!(mapping.control_for("termination.to"), Some("term"));
        assert_eq!(mapping.control_for("items[0].name"), Some("first"));
        assert_eq!(mapping.control_for("domain.registered"), None);
        assert_eq!(mapping.control_for(""), None);
    }

    #[test]
    fn check_form_places_findings_at_controls() {
        let mapping = json(
            r#"{"fields": {"domain.name": "domain", "domain.registered": "registered",
                "holder.name": "holder", "termination.from": "from", "termination.to": "to",
                "evk.signed_by": "evk_by", "evk.date": "evk_date", "evk.text": "evk_text",
                "evk.acknowledges_availability": "evk_ack"}}"#,
        );
        let values = json(
            r#"{"domain": "beispiel.de", "registered": "04.04.2005", "holder": "Max",
                "from": "holder", "to": "registrar", "evk_by": "holder", "evk_date": "01.02.2009",
                "evk_text": "Hiermit beantrage ich die Schließung", "evk_ack": "on"}"#,
        );
        let checked = check_form("close", &mapping, &values, &json(CONTEXT));
        let Outcome::Verdict(v) = checked.outcome else {
            panic!("expected a verdict")
        };
        assert!(!v.allowed);
        let f = v
            .findings
            .iter()
            .find(|f| f.code == "TERMINATION_SENT_TO_REGISTRAR")
            .unwrap();
        assert_eq!(f.control.as_deref(), Some("to"));
        assert_eq!(v.deadline_list[0].key, "notice_deadline");
        assert_eq!(v.deadline_list[0].date, "2009-03-14");
        let case = checked.case.unwrap();
        assert_eq!(at(&case, "domain.registered"), Json::from("2005-04-04"));
    }

    #[test]
    fn masking_hides_the_code_only() {
        let case = json(r#"{"authinfo": {"code": "Ab3+Xy9/Zq", "created": "2009-02-01"}}"#);
        assert_eq!(
            text(&mask_secrets(&case)),
            r#"{"authinfo":{"code":"[[AUTHINFO]]","created":"2009-02-01"}}"#
        );
        let empty = json(r#"{"authinfo": {"code": ""}}"#);
        assert_eq!(mask_secrets(&empty), empty);
        let bare = json(r#"{"authinfo": "Ab3+Xy9/Zq"}"#);
        assert_eq!(text(&mask_secrets(&bare)), r#"{"authinfo":"[[AUTHINFO]]"}"#);
    }
}
