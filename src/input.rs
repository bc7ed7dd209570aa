//! Reading a case out of a [`Json`] value, field by field, so that every problem names its
//! dotted path. The same reading code, run in "schema" mode, lists the fields an action
//! reads (see [`crate::fields`]): the form layer and the parser cannot drift apart.

use crate::dates::{month_name, parse_date, DateError};
use crate::json::Json;
use crate::text::input::*;
use crate::text::{label, render};
use crate::Locale;
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

/// Why a case could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(non_camel_case_types, clippy::upper_case_acronyms)]
pub enum InputCode {
    /// The input cannot be read as JSON: text that is not JSON, nesting deeper than
    /// [`crate::MAX_DEPTH`] (or a cycle), or, in the browser, a value JSON cannot hold.
    INVALID_JSON,
    /// The input is larger than the limit; it was not read.
    INPUT_TOO_LARGE,
    /// The case (or a part that must be an object) is not an object.
    INVALID_TYPE,
    /// A required field is absent, null or empty.
    MISSING_FIELD,
    /// A date is malformed or does not exist.
    INVALID_DATE,
    /// A value is not one of the allowed ones, or out of range.
    INVALID_VALUE,
    /// The domain name is not valid.
    INVALID_DOMAIN,
    /// The action is not one this version knows.
    UNKNOWN_ACTION,
    /// No policy profile has this id.
    UNKNOWN_POLICY,
    /// The locale is neither German nor English.
    UNKNOWN_LOCALE,
    /// A policy template uses a placeholder that does not exist.
    INVALID_TEMPLATE,
}

impl InputCode {
    /// Every input error code, in the order of the codes table.
    pub const ALL: &'static [InputCode] = &[
        InputCode::INVALID_JSON,
        InputCode::INPUT_TOO_LARGE,
        InputCode::INVALID_TYPE,
        InputCode::MISSING_FIELD,
        InputCode::INVALID_DATE,
        InputCode::INVALID_VALUE,
        InputCode::INVALID_DOMAIN,
        InputCode::UNKNOWN_ACTION,
        InputCode::UNKNOWN_POLICY,
        InputCode::UNKNOWN_LOCALE,
        InputCode::INVALID_TEMPLATE,
    ];

    /// The code as it appears in the JSON.
    pub fn name(self) -> &'static str {
        match self {
            InputCode::INVALID_JSON => "INVALID_JSON",
            InputCode::INPUT_TOO_LARGE => "INPUT_TOO_LARGE",
            InputCode::INVALID_TYPE => "INVALID_TYPE",
            InputCode::MISSING_FIELD => "MISSING_FIELD",
            InputCode::INVALID_DATE => "INVALID_DATE",
            InputCode::INVALID_VALUE => "INVALID_VALUE",
            InputCode::INVALID_DOMAIN => "INVALID_DOMAIN",
            InputCode::UNKNOWN_ACTION => "UNKNOWN_ACTION",
            InputCode::UNKNOWN_POLICY => "UNKNOWN_POLICY",
            InputCode::UNKNOWN_LOCALE => "UNKNOWN_LOCALE",
            InputCode::INVALID_TEMPLATE => "INVALID_TEMPLATE",
        }
    }

    /// What the code means, for the codes table.
    pub fn description(self) -> &'static str {
        match self {
            InputCode::INVALID_JSON => "The input cannot be read as JSON: not JSON text, nested deeper than 32 levels (or cyclic), or, in the browser, a value JSON cannot hold such as a function (`field` is null, `params.found` says why).",
            InputCode::INPUT_TOO_LARGE => {
                "The input is larger than the limit (CLI: 4 MiB for a case, 32 MiB for a list; `--max-input-bytes`) and is not read (`field` is null, `params.max_bytes`)."
            }
            InputCode::INVALID_TYPE => {
                "A field has the wrong JSON type (a number where a date belongs, …)."
            }
            InputCode::MISSING_FIELD => "A required field is absent, null or empty.",
            InputCode::INVALID_DATE => {
                "A date is not `YYYY-MM-DD` or does not exist (`2009-02-30`)."
            }
            InputCode::INVALID_VALUE => "A value is not one of the allowed ones, or out of range.",
            InputCode::INVALID_DOMAIN => {
                "The domain name breaks the rules of section 8; `params.reason` says which."
            }
            InputCode::UNKNOWN_ACTION => "The action is not one this version knows.",
            InputCode::UNKNOWN_POLICY => "No built-in policy profile has this id.",
            InputCode::UNKNOWN_LOCALE => "The locale is neither `de` nor `en`.",
            InputCode::INVALID_TEMPLATE => "A notice template uses an unknown `{placeholder}`.",
        }
    }
}

/// One problem with the input, naming the field.
#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    /// Stable code.
    pub code: &'static str,
    /// Dotted path of the field, or `None` when the whole input is unreadable.
    pub field: Option<String>,
    /// The form control the error belongs to, when the case was built from a form (see
    /// [`crate::form`]); absent otherwise.
    pub control: Option<String>,
    /// The message in the case's locale (German when the locale itself is unreadable).
    pub message: String,
    /// `expected` and, where it is not secret, `found`.
    pub params: Json,
}

/// Every problem with a case: the answer when a case cannot be checked.
#[derive(Debug, Clone, PartialEq)]
pub struct InputErrors {
    /// At least one error, in the order the fields were read.
    pub errors: Vec<InputError>,
}

impl InputErrors {
    /// A single error about the whole input, e.g. text that is not JSON.
    pub fn invalid_json(detail: &str, locale: Locale) -> InputErrors {
        let message = render(&INPUT_INVALID_JSON, locale, &[("detail", detail)]);
        InputErrors {
            errors: vec![InputError {
                code: InputCode::INVALID_JSON.name(),
                field: None,
                control: None,
                message,
                params: Json::object([("found", Json::from(detail))]),
            }],
        }
    }
}

/// The JSON type a field takes, as listed by [`crate::fields`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    /// `YYYY-MM-DD`.
    Date,
    /// `YYYY-MM-DDTHH:MM`, local time.
    DateTime,
    /// Text.
    String,
    /// `true` / `false`.
    Bool,
    /// A whole number ≥ 0.
    Int,
    /// One of `values`.
    Enum,
    /// An array of strings.
    StringList,
    /// An object (or a policy id).
    Object,
}

/// One field an action reads.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldSpec {
    /// Dotted path (`domain.registered`).
    pub path: String,
    /// The JSON type.
    pub ty: FieldType,
    /// Whether the case is invalid without it.
    pub required: bool,
    /// The allowed values of an enum.
    pub values: Option<Vec<&'static str>>,
    /// Whether the panel knows the value itself or the operator declares it in the form.
    pub kind: FieldKind,
    /// Whether the value is a secret (the AuthInfo): never echoed into a page, a log, an
    /// event or an error; masked on screen unless revealed. Serialised only when true.
    pub secret: bool,
}

/// Who supplies a case field (contract: "Facts and declarations").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// The panel knows it from its own data (registration date, EPP status, mailbox count, page
    /// count, `today`, …): a server re-check takes it from there and refuses a post that
    /// contradicts it.
    Fact,
    /// The operator states it in the form (EVK, acknowledgements, backup confirmation, typed
    /// counts, a declared backup time, …).
    Declaration,
}

/// Fields the operator declares; every other field of a case is a fact. Entries ending in `.`
/// cover every field below that object. `backup.created_at` is a fact (the panel's backup
/// source); with `backup.source` = `declared` the server passes on what the operator typed.
const DECLARATIONS: &[(&str, &str)] = &[
    ("*", "termination."),
    ("*", "evk."),
    ("*", "services.mail_backup_confirmed"),
    ("*", "confirmation"),
    ("*", "authinfo.code"),
    ("*", "authinfo.planned_transfer"),
    ("close", "close."),
    ("transfer_request", "answer"),
    ("transfer_request", "reason"),
    ("transfer_request", "facts"),
    ("authinfo_release", "move."),
    ("cms_update", "update."),
    ("cms_update", "staging_tested"),
];

/// Whether `path` of `action` is a fact or a declaration: the declarations are listed in one
/// table (`DECLARATIONS`, beside this function); every other field is a fact.
#[must_use]
pub fn field_kind(action: &str, path: &str) -> FieldKind {
    let declared = DECLARATIONS.iter().any(|&(a, pattern)| {
        (a == "*" || a == action)
            && match pattern.strip_suffix('.') {
                Some(object) => path == object || path.starts_with(pattern),
                None => path == pattern,
            }
    });
    if declared {
        FieldKind::Declaration
    } else {
        FieldKind::Fact
    }
}

/// `` `a`, `b`, `c` ``: names in backticks, separated by commas, for a message; with `braces`
/// each name in `{…}` too (template placeholders). One loop of pushes for every such list.
pub(crate) fn code_list(names: &mut dyn Iterator<Item = &str>, braces: bool) -> String {
    let mut out = String::new();
    for name in names {
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push('`');
        if braces {
            out.push('{');
        }
        out.push_str(name);
        if braces {
            out.push('}');
        }
        out.push('`');
    }
    out
}

/// The path of a field inside the object or list at `path`: `path.name`.
pub(crate) fn child(path: &str, name: &str) -> String {
    let mut out = String::with_capacity(path.len() + 1 + name.len());
    out.push_str(path);
    out.push('.');
    out.push_str(name);
    out
}

/// An error about the field at `path` (and its form `control`): the message starts with
/// the path in backticks. One copy for the reader and the form layer.
pub(crate) fn field_error(
    code: InputCode,
    path: &str,
    control: Option<&str>,
    message: &str,
    params: Json,
) -> InputError {
    let mut m = String::with_capacity(path.len() + 4 + message.len());
    m.push('`');
    m.push_str(path);
    m.push_str("`: ");
    m.push_str(message);
    InputError {
        code: code.name(),
        field: Some(path.to_string()),
        control: control.map(str::to_string),
        message: m,
        params,
    }
}

/// `` `text` ``: at most the first `max` characters of `text` in backticks.
pub(crate) fn quoted(text: &str, max: usize) -> String {
    let mut out = String::from("`");
    out.extend(text.chars().take(max));
    out.push('`');
    out
}

/// The path of item `index` of the list at `path`: `path.index`.
pub(crate) fn indexed(path: &str, index: usize) -> String {
    child(path, &crate::dates::uint_text(index as u64))
}

/// The member of `obj` that `path` names: the part after its last dot.
fn member<'v>(obj: &'v Json, path: &str) -> &'v Json {
    obj.get(crate::after_last_dot(path))
}

/// What a field should hold, for the "expected …" part of a message.
#[derive(Debug, Clone, Copy)]
enum Expected<'a> {
    Date,
    DateTime,
    Text,
    Bool,
    Count,
    Object,
    TextList,
    OneOf(&'a [&'a str]),
}

impl Expected<'_> {
    fn describe(self, locale: Locale) -> String {
        let key = match self {
            Expected::Date => &EXPECTED_DATE,
            Expected::DateTime => &EXPECTED_DATETIME,
            Expected::Text => &EXPECTED_TEXT,
            Expected::Bool => &EXPECTED_BOOL,
            Expected::Count => &EXPECTED_COUNT,
            Expected::Object => &EXPECTED_OBJECT,
            Expected::TextList => &EXPECTED_TEXT_LIST,
            Expected::OneOf(values) => {
                let list = code_list(&mut values.iter().copied(), false);
                return render(&EXPECTED_ONE_OF, locale, &[("list", &list)]);
            }
        };
        label(key, locale).to_string()
    }

    fn json(self) -> Json {
        match self {
            Expected::Date => "YYYY-MM-DD".into(),
            Expected::DateTime => "YYYY-MM-DDTHH:MM".into(),
            Expected::Text => "string".into(),
            Expected::Bool => "boolean".into(),
            Expected::Count => "integer >= 0".into(),
            Expected::Object => "object".into(),
            Expected::TextList => "array of strings".into(),
            Expected::OneOf(values) => Json::Array(values.iter().map(|v| Json::from(*v)).collect()),
        }
    }
}

/// The most input errors reported for one case: a list of a million wrong items gives the
/// first hundred (its output stays small), not a million.
pub const MAX_ERRORS: usize = 100;

/// The most entries of the case's lists and maps that are matched against each other
/// (`policy.tlds`, `policy.transfer_policies` and their `reasons`): linear time needs a bound.
pub const MAX_ENTRIES: usize = 200;

/// The last year a date of a case may have: every date the rules compute from one (at most
/// two renewals on, or a year and 75 days) then stays within 9999, where the calendar
/// and the `YYYY-MM-DD` form end. Later dates are an input error naming the field.
pub const LAST_YEAR: i32 = 9997;

/// The fields that hold a secret: their values never appear in an error.
const SECRET_FIELDS: &[&str] = &["authinfo.code"];

/// Whether `path` is a secret field or an object that contains one.
fn holds_secret(path: &str) -> bool {
    SECRET_FIELDS.iter().any(|s| {
        *s == path
            || s.strip_prefix(path)
                .is_some_and(|rest| rest.starts_with('.'))
    })
}

/// How a found value is quoted in a message: strings literally in backticks (shortened),
/// everything else by its type.
fn found_text(v: &Json, locale: Locale) -> String {
    match v {
        Json::String(s) => {
            let mut out = String::from("`");
            out.extend(s.chars().take(40));
            if s.chars().nth(40).is_some() {
                out.push('…');
            }
            out.push('`');
            out
        }
        Json::Number(n) => crate::json::number_text(*n),
        Json::Bool(b) => if *b { "true" } else { "false" }.into(),
        Json::Null => "null".into(),
        Json::Array(_) => label(&FOUND_ARRAY, locale).into(),
        Json::Object(_) => label(&FOUND_OBJECT, locale).into(),
    }
}

fn found_json(v: &Json) -> Json {
    match v {
        Json::Array(_) => "array".into(),
        Json::Object(_) => "object".into(),
        other => other.clone(),
    }
}

/// The names a field may hold and the value each stands for, as two arrays: the reader
/// matches the names without knowing the type of the values (one copy of that code in the
/// wasm, not one per type). Built at compile time from a table of pairs.
pub(crate) struct Choices<T, const N: usize> {
    names: [&'static str; N],
    values: [T; N],
}

impl<T: Copy, const N: usize> Choices<T, N> {
    /// The two arrays of `table` (`N` ≥ 1).
    pub(crate) const fn new(table: &[(&'static str, T); N]) -> Choices<T, N> {
        let mut names = [""; N];
        let mut values = [table[0].1; N];
        let mut i = 0;
        while i < N {
            names[i] = table[i].0;
            values[i] = table[i].1;
            i += 1;
        }
        Choices { names, values }
    }
}

/// Reads fields and collects every problem. In schema mode it reads nothing and records the
/// fields instead.
pub(crate) struct Reader {
    pub locale: Locale,
    pub errors: Vec<InputError>,
    schema: Option<Vec<FieldSpec>>,
}

impl Reader {
    pub fn new(locale: Locale) -> Reader {
        Reader {
            locale,
            errors: Vec::new(),
            schema: None,
        }
    }

    pub fn schema(locale: Locale) -> Reader {
        Reader {
            locale,
            errors: Vec::new(),
            schema: Some(Vec::new()),
        }
    }

    pub fn into_schema(self) -> Vec<FieldSpec> {
        self.schema.unwrap_or_default()
    }

    fn record(
        &mut self,
        path: &str,
        ty: FieldType,
        required: bool,
        values: Option<&[&'static str]>,
    ) -> bool {
        match &mut self.schema {
            Some(specs) => {
                if !specs.iter().any(|s| s.path == path) {
                    specs.push(FieldSpec {
                        path: path.to_string(),
                        ty,
                        required,
                        values: values.map(<[&str]>::to_vec),
                        kind: FieldKind::Fact,
                        secret: SECRET_FIELDS.contains(&path),
                    });
                }
                true
            }
            None => false,
        }
    }

    /// Adds an error with a ready message; after [`MAX_ERRORS`] the rest are left out.
    pub fn error(&mut self, code: InputCode, path: &str, message: String, params: Json) {
        if self.errors.len() >= MAX_ERRORS {
            return;
        }
        self.errors
            .push(field_error(code, path, None, &message, params));
    }

    fn wrong(&mut self, code: InputCode, path: &str, expected: Expected, found: &Json) {
        if holds_secret(path) {
            // `"authinfo": "<code>"`: a value where an object with a secret belongs may be
            // the secret itself. Only its type is named.
            self.wrong_kind(code, path, expected, found);
            return;
        }
        let message = render(
            &INPUT_EXPECTED_FOUND,
            self.locale,
            &[
                ("expected", &expected.describe(self.locale)),
                ("found", &found_text(found, self.locale)),
            ],
        );
        let params = Json::object([("expected", expected.json()), ("found", found_json(found))]);
        self.error(code, path, message, params);
    }

    /// Like [`Reader::wrong`], naming only the type of what was found, never the value.
    fn wrong_kind(&mut self, code: InputCode, path: &str, expected: Expected, found: &Json) {
        let kind = found.kind();
        let message = render(
            &INPUT_EXPECTED_FOUND_KIND,
            self.locale,
            &[
                ("expected", &expected.describe(self.locale)),
                ("kind", kind),
            ],
        );
        let params = Json::object([("expected", expected.json()), ("found", kind.into())]);
        self.error(code, path, message, params);
    }

    fn missing(&mut self, path: &str, expected: Expected) {
        let message = render(
            &INPUT_MISSING,
            self.locale,
            &[("expected", &expected.describe(self.locale))],
        );
        self.error(
            InputCode::MISSING_FIELD,
            path,
            message,
            Json::object([("expected", expected.json())]),
        );
    }

    /// The trimmed text `v` holds. Absent, `null` or blank is `None` (an error when
    /// `required`); anything but a text is `None` and an error. One copy of this step for
    /// every reader of a text (text, date, date and time, choice).
    #[inline(never)]
    fn present<'v>(
        &mut self,
        v: &'v Json,
        path: &str,
        required: bool,
        expected: Expected,
    ) -> Option<&'v str> {
        match v {
            Json::String(s) if !s.trim().is_empty() => Some(s.trim()),
            Json::Null | Json::String(_) => {
                if required {
                    self.missing(path, expected);
                }
                None
            }
            other => {
                self.wrong(InputCode::INVALID_TYPE, path, expected, other);
                None
            }
        }
    }

    /// A text; empty or blank counts as absent.
    pub fn text(&mut self, v: &Json, path: &str, required: bool) -> Option<String> {
        if self.record(path, FieldType::String, required, None) {
            return None;
        }
        self.present(v, path, required, Expected::Text)
            .map(str::to_string)
    }

    /// A secret text: its value never appears in an error.
    pub fn secret(&mut self, v: &Json, path: &str) -> Option<String> {
        if self.record(path, FieldType::String, false, None) {
            return None;
        }
        match v {
            Json::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Json::Null | Json::String(_) => None,
            other => {
                // Only the type is named, never the value.
                self.wrong_kind(InputCode::INVALID_TYPE, path, Expected::Text, other);
                None
            }
        }
    }

    /// A date; empty counts as absent.
    pub fn date(&mut self, v: &Json, path: &str, required: bool) -> Option<NaiveDate> {
        if self.record(path, FieldType::Date, required, None) {
            return None;
        }
        let text = self.present(v, path, required, Expected::Date)?;
        let message = match parse_date(text) {
            Ok(d) if d.year() <= LAST_YEAR => return Some(d),
            Err(DateError::Format) => {
                self.wrong(InputCode::INVALID_DATE, path, Expected::Date, v);
                return None;
            }
            Ok(_) | Err(DateError::OutOfRange) => render(
                &INPUT_DATE_OUT_OF_RANGE,
                self.locale,
                &[
                    (
                        "last",
                        &crate::dates::uint_text(LAST_YEAR.unsigned_abs() as u64),
                    ),
                    ("found", text),
                ],
            ),
            Err(DateError::NoSuchDay {
                year,
                month,
                days_in_month,
            }) => {
                if days_in_month == 0 {
                    render(&INPUT_NO_SUCH_MONTH, self.locale, &[("found", text)])
                } else {
                    let m = month_name(month, self.locale);
                    render(
                        &INPUT_NO_SUCH_DAY,
                        self.locale,
                        &[
                            ("found", text),
                            ("month", m),
                            ("year", &crate::dates::uint_text(year.unsigned_abs() as u64)),
                            ("days", &crate::dates::uint_text(days_in_month as u64)),
                        ],
                    )
                }
            }
        };
        // One error call for every date that is no day of the calendar.
        let params = Json::object([("expected", "YYYY-MM-DD".into()), ("found", text.into())]);
        self.error(InputCode::INVALID_DATE, path, message, params);
        None
    }

    /// A local date and time: `YYYY-MM-DDTHH:MM` (what an HTML `datetime-local` input gives),
    /// also with a space instead of `T` and with seconds.
    pub fn datetime(&mut self, v: &Json, path: &str, required: bool) -> Option<NaiveDateTime> {
        if self.record(path, FieldType::DateTime, required, None) {
            return None;
        }
        let text = self.present(v, path, required, Expected::DateTime)?;
        // `HH:MM` or `HH:MM:SS` after the date and a `T` or a space, by hand on the bytes:
        // chrono's format parser would add some 25 KB to the wasm. (An ASCII byte at 10 makes
        // 10 and 11 char boundaries.)
        let b = text.as_bytes();
        let date_part = match (text.get(..10), b.get(10)) {
            (Some(d), Some(b'T' | b' ')) => d,
            _ => {
                self.wrong(InputCode::INVALID_DATE, path, Expected::DateTime, v);
                return None;
            }
        };
        // Two ASCII digits from byte `at` on.
        let number = |at: usize| match b.get(at..at + 2) {
            Some(&[x @ b'0'..=b'9', y @ b'0'..=b'9']) => {
                Some(u32::from(x - b'0') * 10 + u32::from(y - b'0'))
            }
            _ => None,
        };
        let seconds = match b.len() {
            16 => Some(0),
            19 if b.get(16) == Some(&b':') => number(17),
            _ => None,
        };
        let time = match (number(11), b.get(13), number(14), seconds) {
            (Some(h), Some(b':'), Some(m), Some(sec)) => NaiveTime::from_hms_opt(h, m, sec),
            _ => None,
        };
        match (parse_date(date_part), time) {
            (Ok(date), Some(time)) if date.year() <= LAST_YEAR => Some(date.and_time(time)),
            (Err(DateError::NoSuchDay { .. }), _) | (Ok(_), Some(_)) => {
                // Reuse the date message: it says why the day does not exist.
                let _ = self.date(&Json::String(date_part.to_string()), path, true);
                None
            }
            _ => {
                self.wrong(InputCode::INVALID_DATE, path, Expected::DateTime, v);
                None
            }
        }
    }

    /// A boolean; absent counts as `false`.
    pub fn flag(&mut self, v: &Json, path: &str) -> bool {
        if self.record(path, FieldType::Bool, false, None) {
            return false;
        }
        match v {
            Json::Bool(b) => *b,
            Json::Null => false,
            other => {
                self.wrong(InputCode::INVALID_TYPE, path, Expected::Bool, other);
                false
            }
        }
    }

    /// A whole number ≥ 0 (at most `max`); absent counts as 0.
    pub fn count(&mut self, v: &Json, path: &str, max: u32) -> u32 {
        if self.record(path, FieldType::Int, false, None) {
            return 0;
        }
        match v {
            Json::Null => 0,
            Json::Number(n) if n.fract() == 0.0 && *n >= 0.0 && *n <= f64::from(max) => *n as u32,
            Json::Number(_) => {
                let message = render(
                    &INPUT_COUNT_RANGE,
                    self.locale,
                    &[
                        ("max", &crate::dates::uint_text(max as u64)),
                        ("found", &found_text(v, self.locale)),
                    ],
                );
                let params = Json::object([
                    ("expected", Expected::Count.json()),
                    ("found", found_json(v)),
                ]);
                self.error(InputCode::INVALID_VALUE, path, message, params);
                0
            }
            other => {
                self.wrong(InputCode::INVALID_TYPE, path, Expected::Count, other);
                0
            }
        }
    }

    /// One of `choices` (by name).
    #[inline]
    pub fn choice<T: Copy, const N: usize>(
        &mut self,
        v: &Json,
        path: &str,
        choices: &Choices<T, N>,
        required: bool,
    ) -> Option<T> {
        let index = self.choice_index(v, path, &choices.names, required)?;
        choices.values.get(index).copied()
    }

    /// The index of the name in `names` that `v` holds: the part of [`Reader::choice`] that
    /// does not depend on the type of the values (one copy in the wasm, not one per type).
    fn choice_index(
        &mut self,
        v: &Json,
        path: &str,
        names: &[&'static str],
        required: bool,
    ) -> Option<usize> {
        if self.record(path, FieldType::Enum, required, Some(names)) {
            return None;
        }
        let key = self.present(v, path, required, Expected::OneOf(names))?;
        let index = names.iter().position(|n| *n == key);
        if index.is_none() {
            self.wrong(InputCode::INVALID_VALUE, path, Expected::OneOf(names), v);
        }
        index
    }

    /// Whether a list or map at `path` has more than [`MAX_ENTRIES`] entries: then an error
    /// naming it is added, and the caller reads none of them.
    pub fn too_many(&mut self, v: &Json, path: &str) -> bool {
        let len = match v {
            Json::Array(items) => items.len(),
            Json::Object(members) => members.len(),
            _ => 0,
        };
        if len <= MAX_ENTRIES {
            return false;
        }
        let message = render(
            &INPUT_TOO_MANY_ENTRIES,
            self.locale,
            &[
                ("max", &crate::dates::uint_text(MAX_ENTRIES as u64)),
                ("found", &crate::dates::uint_text(len as u64)),
            ],
        );
        let params = Json::object([
            ("expected", Json::from(MAX_ENTRIES as i64)),
            ("found", Json::from(len as i64)),
        ]);
        self.error(InputCode::INVALID_VALUE, path, message, params);
        true
    }

    /// A list of texts; absent counts as empty.
    pub fn text_list(&mut self, v: &Json, path: &str) -> Vec<String> {
        if self.record(path, FieldType::StringList, false, None) {
            return Vec::new();
        }
        match v {
            Json::Null => Vec::new(),
            Json::Array(items) => {
                let mut out = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    match item {
                        Json::String(s) => out.push(s.trim().to_string()),
                        other if self.errors.len() < MAX_ERRORS => {
                            let p = indexed(path, i);
                            self.wrong(InputCode::INVALID_TYPE, &p, Expected::Text, other);
                        }
                        _ => {}
                    }
                }
                out
            }
            other => {
                self.wrong(InputCode::INVALID_TYPE, path, Expected::TextList, other);
                Vec::new()
            }
        }
    }

    /// An object; `None` when absent or null. In schema mode every object is "present"
    /// (empty) so that the fields inside it are recorded too.
    pub fn object<'v>(&mut self, v: &'v Json, path: &str, required: bool) -> Option<&'v Json> {
        static EMPTY: Json = Json::Null;
        if self.schema.is_some() {
            return Some(&EMPTY);
        }
        match v {
            Json::Object(_) => Some(v),
            Json::Null => {
                if required {
                    self.missing(path, Expected::Object);
                }
                None
            }
            other => {
                self.wrong(InputCode::INVALID_TYPE, path, Expected::Object, other);
                None
            }
        }
    }

    /// A whole number of days for a policy setting, within `0..=max`.
    pub fn days(&mut self, v: &Json, path: &str, max: u32) -> Option<i64> {
        if v.is_null() || self.schema.is_some() {
            return None;
        }
        Some(i64::from(self.count(v, path, max)))
    }

    /// [`Reader::text`] of the member of `obj` named by the last part of `path` (one call
    /// at each field instead of a look-up and a read: smaller in the wasm). The same for the
    /// other `*_in` methods.
    pub fn text_in(&mut self, obj: &Json, path: &str, required: bool) -> Option<String> {
        self.text(member(obj, path), path, required)
    }

    pub fn date_in(&mut self, obj: &Json, path: &str, required: bool) -> Option<NaiveDate> {
        self.date(member(obj, path), path, required)
    }

    pub fn datetime_in(&mut self, obj: &Json, path: &str, required: bool) -> Option<NaiveDateTime> {
        self.datetime(member(obj, path), path, required)
    }

    pub fn flag_in(&mut self, obj: &Json, path: &str) -> bool {
        self.flag(member(obj, path), path)
    }

    pub fn count_in(&mut self, obj: &Json, path: &str, max: u32) -> u32 {
        self.count(member(obj, path), path, max)
    }

    pub fn object_in<'v>(&mut self, obj: &'v Json, path: &str, required: bool) -> Option<&'v Json> {
        self.object(member(obj, path), path, required)
    }

    #[inline]
    pub fn choice_in<T: Copy, const N: usize>(
        &mut self,
        obj: &Json,
        path: &str,
        choices: &Choices<T, N>,
        required: bool,
    ) -> Option<T> {
        self.choice(member(obj, path), path, choices, required)
    }

    /// [`Reader::days`] of the member `name` of `obj`, at the path `base.name` (built only
    /// when the member is there). One call at each field of a list item or map entry instead
    /// of a look-up, a path and a read: smaller in the wasm. The same for the other `*_at`.
    pub fn days_at(&mut self, obj: &Json, base: &str, name: &str, max: u32) -> Option<i64> {
        let v = obj.get(name);
        if v.is_null() || self.schema.is_some() {
            return None;
        }
        self.days(v, &child(base, name), max)
    }

    pub fn text_at(
        &mut self,
        obj: &Json,
        base: &str,
        name: &str,
        required: bool,
    ) -> Option<String> {
        self.text(obj.get(name), &child(base, name), required)
    }

    pub fn date_at(
        &mut self,
        obj: &Json,
        base: &str,
        name: &str,
        required: bool,
    ) -> Option<NaiveDate> {
        self.date(obj.get(name), &child(base, name), required)
    }

    pub fn flag_at(&mut self, obj: &Json, base: &str, name: &str) -> bool {
        self.flag(obj.get(name), &child(base, name))
    }

    /// Whether the reader is only recording the schema.
    pub fn is_schema(&self) -> bool {
        self.schema.is_some()
    }
}

// ---------------------------------------------------------------------------------------------
// JSON output (see [`crate::json::ToJson`]).
crate::json::serde_via_text!(InputError, InputErrors, FieldType, FieldSpec, FieldKind);

mod write_json {
    use super::*;
    use crate::json::{close, key, member, ToJson};

    impl ToJson for InputError {
        fn write_json(&self, out: &mut String) {
            out.push('{');
            member(out, key!("code"), self.code);
            member(out, key!("field"), &self.field);
            if let Some(control) = &self.control {
                member(out, key!("control"), control);
            }
            member(out, key!("message"), &self.message);
            member(out, key!("params"), &self.params);
            close(out, '}');
        }
    }

    impl ToJson for InputErrors {
        fn write_json(&self, out: &mut String) {
            out.push('{');
            member(out, key!("errors"), &self.errors);
            close(out, '}');
        }
    }

    impl ToJson for FieldType {
        fn write_json(&self, out: &mut String) {
            let name = match self {
                FieldType::Date => "date",
                FieldType::DateTime => "date_time",
                FieldType::String => "string",
                FieldType::Bool => "bool",
                FieldType::Int => "int",
                FieldType::Enum => "enum",
                FieldType::StringList => "string_list",
                FieldType::Object => "object",
            };
            name.write_json(out);
        }
    }

    impl ToJson for FieldKind {
        fn write_json(&self, out: &mut String) {
            let name = match self {
                FieldKind::Fact => "fact",
                FieldKind::Declaration => "declaration",
            };
            name.write_json(out);
        }
    }

    impl ToJson for FieldSpec {
        fn write_json(&self, out: &mut String) {
            out.push('{');
            member(out, key!("path"), &self.path);
            member(out, key!("type"), &self.ty);
            member(out, key!("required"), &self.required);
            if let Some(values) = &self.values {
                member(out, key!("values"), values);
            }
            member(out, key!("kind"), &self.kind);
            if self.secret {
                member(out, key!("secret"), &true);
            }
            close(out, '}');
        }
    }
}
