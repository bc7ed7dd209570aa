//! WebAssembly bindings: glue only. JS values in (read into [`Json`]), JSON-compatible JS
//! values out (written as JSON text, read by `JSON.parse`); the rules run exactly as in the CLI. Nothing here
//! throws: an unreadable value comes back as `{errors: [...]}` like any other input error.
//!
//! Reading goes through js-sys rather than serde-wasm-bindgen's deserializer: the latter
//! reports type errors through serde's `Unexpected`, which links core's float formatting
//! (about 40 KB) into the module.

use crate::json::{close, key, member, to_json_text, write_str, ToJson};
use crate::{InputErrors, Json, Locale, Outcome};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

// The few JS functions the panel module calls, declared here rather than taken from js-sys:
// js-sys exports its JSPI task poll (`#[no_mangle]`), and the waker table behind it (with
// closure shims) stayed in the module after wasm-bindgen dropped the export (issue 12).
#[wasm_bindgen]
extern "C" {
    /// A JS array, only read here.
    type Array;
    #[wasm_bindgen(method, structural, getter)]
    fn length(this: &Array) -> u32;
    #[wasm_bindgen(method, structural, indexing_getter)]
    fn get(this: &Array, index: u32) -> JsValue;
    /// `Object.entries(object)`: `[[key, value], ...]`.
    #[wasm_bindgen(js_namespace = Object)]
    fn entries(object: &JsValue) -> Array;
    /// A JS value whose members are read.
    type Members;
    /// `value[key]` (throws for `null` and `undefined`).
    #[wasm_bindgen(method, structural, indexing_getter)]
    fn member(this: &Members, key: &str) -> JsValue;
    /// `JSON.parse(text)`; called only with text this module wrote, which it reads.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse)]
    fn json_parse(text: &str) -> JsValue;
}

/// talc instead of the default dlmalloc: the same job in a few KB less of the module.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Reads a plain JS value (what `JSON.parse` could give) into [`Json`]. `undefined` reads
/// as `null`, as `JSON.stringify` would drop it. `depth` is the number of arrays and objects
/// around `v`: more than [`crate::MAX_DEPTH`] nested is refused, exactly as the CLI refuses
/// the text (this also stops a cyclic object). A lone surrogate in a string arrives as
/// U+FFFD (the CLI reads `"\ud800"` the same way).
fn from_js(v: &JsValue, depth: usize) -> Result<Json, String> {
    if v.is_null_or_undefined() {
        return Ok(Json::Null);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Json::Bool(b));
    }
    if let Some(n) = v.as_f64() {
        return Ok(if n.is_finite() {
            Json::Number(n)
        } else {
            Json::Null
        });
    }
    if let Some(s) = v.as_string() {
        return Ok(Json::String(s));
    }
    let array = v.is_array();
    // (`is_object` is false for a function: its `typeof` is "function".)
    if !array && !v.is_object() {
        return Err("a value that JSON cannot hold (a function, symbol or bigint)".to_string());
    }
    if depth >= crate::MAX_DEPTH {
        return Err(crate::too_deep_detail());
    }
    if array {
        // `get` by index, here and below: `Array::iter` would add a second import.
        // A plain loop: `collect::<Result<Vec<_>, _>>` links its own adapter (issue 12).
        let array: &Array = v.unchecked_ref();
        let mut items = Vec::new();
        for i in 0..array.length() {
            items.push(from_js(&array.get(i), depth + 1)?);
        }
        return Ok(Json::Array(items));
    }
    let mut members = Vec::new();
    let entries = entries(v);
    for i in 0..entries.length() {
        let pair: Array = entries.get(i).unchecked_into();
        let key = pair.get(0).as_string().unwrap_or_default();
        members.push((key, from_js(&pair.get(1), depth + 1)?));
    }
    Ok(Json::Object(members))
}

/// The error for a value that cannot be read, in the locale the case names at its top level
/// (German when it names none), as the CLI gives it for the same text.
fn unreadable(case: &JsValue, detail: &str) -> InputErrors {
    let locale = (!case.is_null_or_undefined())
        .then(|| case.unchecked_ref::<Members>().member("locale"))
        .and_then(|l| l.as_string())
        .and_then(|l| Locale::parse(&l))
        .unwrap_or_default();
    InputErrors::invalid_json(detail, locale)
}

/// Hands a value over as plain JS data: objects (not Maps), `null` for absent optionals. Written
/// as JSON text here and read by the browser's `JSON.parse` (one call across the boundary).
fn into_js<T: ToJson + ?Sized>(value: &T) -> JsValue {
    json_parse(&to_json_text(value))
}

/// An export's answer: in a lean module (src/lean.rs), `{needs_full_module: "idna" | "locale" |
/// "cms" | "policy"}` instead when the call met something the module leaves out; the JS layer
/// then asks the full module. In the full module, the answer as it is.
#[cfg(feature = "lean")]
fn answer(value: JsValue) -> JsValue {
    match crate::lean::take() {
        Some(lacks) => {
            let mut out = String::from("{\"needs_full_module\":\"");
            out.push_str(lacks.name());
            out.push_str("\"}");
            json_parse(&out)
        }
        None => value,
    }
}
#[cfg(not(feature = "lean"))]
#[inline(always)]
fn answer(value: JsValue) -> JsValue {
    value
}

/// Checks a case (a plain JS object in the case format) and returns the verdict, or
/// `{errors: [...]}` when the case cannot be read. Never throws.
#[wasm_bindgen]
pub fn check(case: JsValue) -> JsValue {
    let outcome = match from_js(&case, 0) {
        Ok(json) => crate::check(&json),
        Err(detail) => Outcome::Invalid(unreadable(&case, &detail)),
    };
    answer(into_js(&outcome))
}

/// Reads the three JS arguments of a form export; `Err` is the outcome to give back.
fn form_args(
    mapping: &JsValue,
    values: &JsValue,
    context: &JsValue,
) -> Result<(Json, Json, Json), InputErrors> {
    let read = |v: &JsValue| from_js(v, 0).map_err(|detail| unreadable(context, &detail));
    Ok((read(mapping)?, read(values)?, read(context)?))
}

/// What `checkForm` gives: `{case, verdict}`.
struct FormChecked {
    case: Option<Json>,
    verdict: Outcome,
}

impl ToJson for FormChecked {
    fn write_json(&self, out: &mut String) {
        out.push('{');
        member(out, key!("case"), &self.case);
        member(out, key!("verdict"), &self.verdict);
        close(out, '}');
    }
}

/// What `caseFromForm` gives: `{case}`.
struct Case(Json);

impl ToJson for Case {
    fn write_json(&self, out: &mut String) {
        out.push('{');
        member(out, key!("case"), &self.0);
        close(out, '}');
    }
}

/// Checks a form post: builds the case from `values` (what the form posts, `{control: text |
/// [text]}`) with `mapping` (`{fields: {path: control}, constants}`) and `context` (`{today,
/// locale, policy?, constants?}`), checks it, and returns `{case, verdict}`: the case with the
/// AuthInfo masked as `[[AUTHINFO]]`, and the verdict (or `{errors}`) with `control` on each
/// finding and error that belongs to a control. `case` is `null` when the mapping or the
/// values could not be read. Never throws.
#[wasm_bindgen(js_name = checkForm)]
pub fn check_form(action: &str, mapping: JsValue, values: JsValue, context: JsValue) -> JsValue {
    let out = match form_args(&mapping, &values, &context) {
        Ok((mapping, values, context)) => {
            let checked = crate::form::check_form(action, &mapping, &values, &context);
            FormChecked {
                case: checked.case.as_ref().map(crate::form::mask_secrets),
                verdict: checked.outcome,
            }
        }
        Err(errors) => FormChecked {
            case: None,
            verdict: Outcome::Invalid(errors),
        },
    };
    answer(into_js(&out))
}

/// The case a form post describes (see `checkForm`), as `{case}`, or `{errors}` when the
/// mapping or the values cannot be read. The case holds the AuthInfo as typed: hand it only
/// to `check`/`letter_with_authinfo`, never to an event or a log. Never throws.
#[wasm_bindgen(js_name = caseFromForm)]
pub fn case_from_form(
    action: &str,
    mapping: JsValue,
    values: JsValue,
    context: JsValue,
) -> JsValue {
    let built = form_args(&mapping, &values, &context).and_then(|(mapping, values, context)| {
        crate::form::case_from_form(action, &mapping, &values, &context)
    });
    answer(match built {
        Ok(case) => into_js(&Case(case)),
        Err(e) => into_js(&e),
    })
}

/// The holder's letter of a case with the AuthInfo written in (a string), for the page's
/// "copy/print letter" once the operator has revealed the code; or, when there is no letter
/// (invalid case, blocked, none for the action), the outcome as `check` gives it. The one
/// export whose result can carry the code: never put it into an event or a log.
#[wasm_bindgen]
pub fn letter_with_authinfo(case: JsValue) -> JsValue {
    let result = match from_js(&case, 0) {
        Ok(json) => crate::letter_with_authinfo(&json),
        Err(detail) => Err(Box::new(Outcome::Invalid(unreadable(&case, &detail)))),
    };
    answer(match result {
        Ok(letter) => JsValue::from_str(&letter),
        Err(outcome) => into_js(&*outcome),
    })
}

/// The case fields an action reads (`[{path, type, required, values?}]`), or `null` for an
/// unknown action.
#[wasm_bindgen]
pub fn fields(action: &str) -> JsValue {
    answer(match crate::fields(action) {
        Some(list) => into_js(&list),
        None => JsValue::NULL,
    })
}

/// The built-in policy profiles (`[{id, name, notice_days, undo_days, close_modes}]`).
#[wasm_bindgen]
pub fn policies() -> JsValue {
    answer(into_js(&crate::policies()))
}

/// The crate's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Generates an AuthInfo for `tld` (or a domain) from `random`: bytes the caller took from
/// `crypto.getRandomValues` (1024 are always enough). Returns `{code}` or `{errors}`.
#[wasm_bindgen]
pub fn generate_authinfo(tld: &str, random: &[u8]) -> JsValue {
    // Written by hand: two fixed shapes, `code` and the error's `code` are plain ASCII.
    let mut out = String::with_capacity(160);
    match crate::generate_authinfo(tld, random) {
        Ok(code) => {
            out.push_str("{\"code\":\"");
            out.push_str(&code);
            out.push('"');
        }
        Err(e) => {
            out.push_str("{\"errors\":[{\"code\":\"");
            out.push_str(e.code());
            out.push_str("\",\"field\":null,\"message\":");
            write_str(&mut out, &e.message(Locale::De));
            out.push('}');
            out.push(']');
        }
    }
    out.push('}');
    answer(json_parse(&out))
}

/// Checks a typed or pasted AuthInfo: `{valid, reason, positions, message}`; the code itself
/// is never in the result.
#[wasm_bindgen]
pub fn check_authinfo(tld: &str, code: &str, locale: &str) -> JsValue {
    answer(into_js(&crate::check_authinfo(
        tld,
        code,
        Locale::parse(locale).unwrap_or_default(),
    )))
}

/// The batch exports (inventory, calendar): only in the build for the inventory page and its
/// worker (`--features batch`), so the module every panel page loads stays small.
#[cfg(feature = "batch")]
mod batch {
    use super::{from_js, into_js};
    use crate::json::{key, member, ToJson};
    use crate::{InputErrors, Locale};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    /// The deadlines of one case as an iCalendar text, or `{errors}`.
    #[wasm_bindgen]
    pub fn calendar(case: JsValue) -> JsValue {
        let result = match from_js(&case, 0) {
            Ok(json) => crate::calendar(&json),
            Err(detail) => Err(super::unreadable(&case, &detail)),
        };
        match result {
            Ok(text) => JsValue::from_str(&text),
            Err(e) => into_js(&e),
        }
    }

    /// The rules' writer of one report file in parts: (report, part size, each part).
    type PartWriter = fn(&crate::inventory::Report, usize, &mut dyn FnMut(&str));

    /// How much of a CSV or calendar text the module holds before handing it on.
    const PART_BYTES: usize = 1 << 20;

    /// A JS string read into the module a part at a time.
    trait InParts {
        /// `None` unless a string. Read in parts of at most 64 Ki UTF-16 units (never between
        /// the two halves of a surrogate pair, so the text is what one read would give): the
        /// glue reserves three bytes per unit for a part, not for the whole list.
        fn as_string_in_parts(&self) -> Option<String>;
    }

    impl InParts for JsValue {
        fn as_string_in_parts(&self) -> Option<String> {
            const UNITS: u32 = 1 << 16;
            let text: &js_sys::JsString = self.dyn_ref()?;
            let len = text.length();
            // room for a list of mostly ASCII with some umlauts; grows if it must
            let units = len as usize;
            let mut out = String::with_capacity(units.saturating_add(units / 8));
            let mut start = 0;
            while start < len {
                let mut end = start.saturating_add(UNITS).min(len);
                let high = (0xD800..=0xDBFF).contains(&(text.char_code_at(end - 1) as u32));
                if end < len && end - 1 > start && high {
                    end -= 1;
                }
                out.push_str(&String::from(text.slice(start, end)));
                start = end;
            }
            Some(out)
        }
    }

    /// An inventory check in steps: `new InventoryJob(list, {today, locale, policy})` with `list`
    /// CSV text or an array of row objects; then `step(n)` until `done() === total()`, then
    /// `report()`, `csv()` or `ics()` — or, for a page that shows a screenful at a time, `len()`,
    /// `sort(column, descending)` and `rowsJson(start, count)`. Each `step` checks many rows in
    /// one call, so a Web Worker can report progress without crossing the boundary per domain.
    #[wasm_bindgen]
    pub struct InventoryJob {
        job: Option<crate::inventory::Job>,
        report: Option<crate::inventory::Report>,
        errors: Option<InputErrors>,
    }

    #[wasm_bindgen]
    impl InventoryJob {
        /// Reads the list; problems are kept for `errors()` (nothing throws).
        #[wasm_bindgen(constructor)]
        pub fn new(list: JsValue, options: JsValue) -> InventoryJob {
            let list = match list.as_string_in_parts() {
                Some(text) => Ok(crate::Json::String(text)),
                None => from_js(&list, 0),
            };
            let parsed = list.and_then(|l| from_js(&options, 0).map(|o| (l, o)));
            let (job, errors) = match parsed {
                Ok((list, options)) => match crate::inventory_job(&list, &options) {
                    Ok(job) => (Some(job), None),
                    Err(e) => (None, Some(e)),
                },
                Err(detail) => (None, Some(InputErrors::invalid_json(&detail, Locale::De))),
            };
            InventoryJob {
                job,
                report: None,
                errors,
            }
        }

        /// `null`, or `{errors}` when the list or the options could not be read.
        pub fn errors(&self) -> JsValue {
            self.errors.as_ref().map_or(JsValue::NULL, into_js)
        }

        /// How many rows the list has.
        pub fn total(&self) -> usize {
            self.job.as_ref().map_or(0, crate::inventory::Job::total)
        }

        /// Checks up to `n` more rows; returns how many are done.
        pub fn step(&mut self, n: usize) -> usize {
            self.job.as_mut().map_or(0, |j| j.step(n))
        }

        /// One file of the report as `Uint8Array` parts: `write` is the rules' part writer
        /// (`to_csv_parts`, `report_ics_parts`).
        fn byte_parts(&mut self, write: PartWriter) -> js_sys::Array {
            let parts = js_sys::Array::new();
            if let Some(report) = self.finished() {
                write(report, PART_BYTES, &mut |part| {
                    parts.push(&js_sys::Uint8Array::from(part.as_bytes()));
                });
            }
            parts
        }

        fn finished(&mut self) -> Option<&crate::inventory::Report> {
            if self.report.is_none() {
                self.report = self.job.take().map(crate::inventory::Job::finish);
            }
            self.report.as_ref()
        }

        /// The report `{today, summary, rows}` (checks what is left first), or `null`. The rows
        /// cross as JSON text a few thousand at a time, so the module's memory holds one part's
        /// text, not the whole report's.
        pub fn report(&mut self) -> JsValue {
            /// `{today, summary, rows: []}`; the rows are set below.
            struct Head<'a>(&'a crate::inventory::Report);
            impl ToJson for Head<'_> {
                fn write_json(&self, out: &mut String) {
                    out.push('{');
                    member(out, key!("today"), &self.0.today);
                    member(out, key!("summary"), &self.0.summary);
                    out.push_str(key!("rows"));
                    out.push_str("[]}");
                }
            }
            const PART: usize = 2000;
            let Some(report) = self.finished() else {
                return JsValue::NULL;
            };
            let head = into_js(&Head(report));
            let rows = js_sys::Array::new();
            for start in (0..report.len()).step_by(PART) {
                let part = js_sys::JSON::parse(&report.urgency_rows_json(start, PART))
                    .map(|p| p.unchecked_into::<js_sys::Array>())
                    .unwrap_or_default();
                for row in part.iter() {
                    rows.push(&row);
                }
            }
            if js_sys::Reflect::set(&head, &JsValue::from_str("rows"), &rows).is_err() {
                return JsValue::NULL;
            }
            head
        }

        /// How many rows the report has (checks what is left first).
        pub fn len(&mut self) -> usize {
            self.finished().map_or(0, crate::inventory::Report::len)
        }

        /// Orders the rows `rowsJson` hands out by `column` (`urgency`, `domain`, `holder`,
        /// `deadline`, `days_left`, `renewal`, `severity`, `next_action`, `line`); ties keep
        /// the urgency order. `false` for an unknown column. `report()`, `csv()` and `ics()`
        /// keep the urgency order.
        pub fn sort(&mut self, column: &str, descending: bool) -> bool {
            self.finished();
            self.report
                .as_mut()
                .is_some_and(|r| r.sort_by(column, descending))
        }

        /// The rows `start .. start + count` in the current order as JSON text (an array of
        /// the row objects `report().rows` holds), clamped to the rows there are.
        #[wasm_bindgen(js_name = rowsJson)]
        pub fn rows_json(&mut self, start: usize, count: usize) -> String {
            self.finished()
                .map(|r| r.rows_json(start, count))
                .unwrap_or_else(|| "[]".to_string())
        }

        /// The report as CSV in UTF-8 bytes: an array of `Uint8Array` parts of about a megabyte,
        /// which `new Blob(parts)` takes as they are (no decoding into a JS string and encoding
        /// back, as a Blob of `csv()`'s text costs). The bytes are `csv()`'s text in UTF-8.
        #[wasm_bindgen(js_name = csvParts)]
        pub fn csv_parts(&mut self) -> js_sys::Array {
            self.byte_parts(|report, part, each| crate::inventory::to_csv_parts(report, part, each))
        }

        /// The report's deadlines as iCalendar in UTF-8 bytes, in parts like `csvParts()`.
        #[wasm_bindgen(js_name = icsParts)]
        pub fn ics_parts(&mut self) -> js_sys::Array {
            self.byte_parts(|report, part, each| {
                crate::calendar::report_ics_parts(report, part, each)
            })
        }

        /// The report as CSV text (handed over a megabyte at a time).
        pub fn csv(&mut self) -> js_sys::JsString {
            let mut text = js_sys::JsString::from("");
            if let Some(report) = self.finished() {
                crate::inventory::to_csv_parts(report, PART_BYTES, |part| {
                    text = text.concat(&JsValue::from_str(part));
                });
            }
            text
        }

        /// The report's deadlines as an iCalendar text (handed over a megabyte at a time).
        pub fn ics(&mut self) -> js_sys::JsString {
            let mut text = js_sys::JsString::from("");
            if let Some(report) = self.finished() {
                crate::calendar::report_ics_parts(report, PART_BYTES, |part| {
                    text = text.concat(&JsValue::from_str(part));
                });
            }
            text
        }
    }
}
