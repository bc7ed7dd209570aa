//! domainguard: the rules behind the domain close and transfer forms of hosting panels.
//!
//! One pure crate (no clock, no I/O, no wasm): it takes a case as JSON and gives a verdict
//! (findings, deadlines, documents) or the list of what is wrong with the input. The
//! WebAssembly bindings (`src/wasm.rs`) and the command line (`src/main.rs`) are thin shells
//! around [`check`], so one set of test vectors proves all of them agree.
//!
//! # Example
//! ```
//! use domainguard::{check, Json, Outcome};
//! let case: Json = serde_json::from_str(r#"{
//!   "action": "close", "today": "2009-02-01",
//!   "domain": { "name": "beispiel.de", "registered": "2005-04-04" },
//!   "holder": { "name": "Max Mustermann" },
//!   "termination": { "from": "holder", "to": "reseller" },
//!   "evk": { "signed_by": "holder", "date": "2009-02-01",
//!            "text": "Hiermit beantrage ich die Schließung", "acknowledges_availability": true }
//! }"#).unwrap();
//! let Outcome::Verdict(v) = check(&case) else { panic!() };
//! assert!(v.allowed);
//! assert_eq!(v.deadlines.notice_deadline.as_deref(), Some("2009-03-14"));
//! assert_eq!(v.deadlines.close_date.as_deref(), Some("2009-04-03"));
//! ```
//!
//! # Layout
//! Reading is one layer, deciding another: `case` (private) reads a case's JSON into the
//! action's case type, each action in a file of its own, and names every bad field; `rules`
//! (private) decides on a read case and never reads JSON. The public modules are what an
//! integrator names: [`verdict`] (the answer), [`messages`] and [`input`] (finding and input
//! error codes), [`policy`] and [`transfer_policy`] (profiles and their figures), [`inventory`]
//! and [`calendar`](mod@calendar) (batch work), [`authinfo`], [`domain`], [`dates`] and [`schedule`] (the
//! building blocks the CLI, the fuzz targets and the tests use).

#![deny(missing_docs)]
// A lean panel module (src/lean.rs) leaves whole features out, and with them the helpers only
// they call.
#![cfg_attr(feature = "lean", allow(dead_code, unused_imports))]

pub mod authinfo;
pub mod calendar;
mod case;
mod collate;
pub mod dates;
pub mod domain;
mod epp;
pub mod form;
pub mod idna;
mod idna_data;
pub mod input;
pub mod inventory;
mod json;
#[cfg(feature = "lean")]
pub mod lean;
mod locale;
pub mod messages;
pub mod policy;
mod rules;
pub mod schedule;
pub mod text;
mod tld;
mod tld_data;
pub mod transfer_policy;
pub mod verdict;

pub use case::Action;
pub use input::{field_kind, FieldKind, FieldSpec, InputError, InputErrors};
pub use json::{number_text, too_deep_detail, Json, MAX_DEPTH};
pub use locale::Locale;
pub use verdict::{Finding, Severity, Verdict};

use case::{read_context, ActionCase};
use input::Reader;

/// What [`check`] gives back: a verdict, or every problem with the input.
#[derive(Debug, Clone, PartialEq)]
// One outcome per check, returned by value: boxing the verdict would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum Outcome {
    /// The case was read; the verdict says whether the action may go ahead.
    Verdict(Verdict),
    /// The case could not be read; each error names its field.
    Invalid(InputErrors),
}

impl Outcome {
    /// The command line's exit status: 0 allowed, 1 blocked, 2 invalid input.
    pub fn exit_code(&self) -> u8 {
        match self {
            Outcome::Verdict(v) if v.allowed => 0,
            Outcome::Verdict(_) => 1,
            Outcome::Invalid(_) => 2,
        }
    }
}

/// Checks a case.
///
/// # Errors
/// Never fails as a function: an unreadable case comes back as [`Outcome::Invalid`], naming
/// each bad field in the case's locale.
///
/// # Example
/// ```
/// use domainguard::{check, Json, Outcome};
/// let case: Json = serde_json::from_str(r#"{"action": "close", "today": "2009-02-30"}"#).unwrap();
/// let Outcome::Invalid(e) = check(&case) else { panic!() };
/// assert_eq!(e.errors[0].field.as_deref(), Some("today"));
/// assert_eq!(e.errors[0].message, "`today`: `2009-02-30` gibt es nicht: Der Februar 2009 hat 28 Tage");
/// ```
pub fn check(case: &Json) -> Outcome {
    match read_case(case) {
        Ok((action, ctx, c)) => Outcome::Verdict(rules::run(&ctx, action, &c)),
        Err(e) => Outcome::Invalid(e),
    }
}

/// Reads a case: its action, its context and the action's own fields.
fn read_case(case: &Json) -> Result<(Action, case::Context, ActionCase), InputErrors> {
    // (The wasm module's reader refuses this already, and skips the walk.)
    #[cfg(not(target_arch = "wasm32"))]
    if json::nested_deeper_than(case, MAX_DEPTH) {
        // As the CLI and the wasm module refuse it, whichever way the value came.
        let locale = case.get("locale").as_str().and_then(Locale::parse);
        return Err(InputErrors::invalid_json(
            &too_deep_detail(),
            locale.unwrap_or_default(),
        ));
    }
    let (action, ctx, mut reader) = read_context(case)?;
    match ActionCase::read(case, action, Some(&ctx), &mut reader) {
        Some(c) if reader.errors.is_empty() => Ok((action, ctx, c)),
        _ => Err(InputErrors {
            errors: reader.errors,
        }),
    }
}

/// The case fields an action reads, for form layers that turn form values into a case.
///
/// # Errors
/// `None` for an action this version does not know.
///
/// # Example
/// ```
/// let fields = domainguard::fields("close").unwrap();
/// assert!(fields.iter().any(|f| f.path == "domain.registered" && f.required));
/// assert!(domainguard::fields("fly").is_none());
/// let kind = |path: &str| fields.iter().find(|f| f.path == path).map(|f| f.kind);
/// assert_eq!(kind("services.mailboxes"), Some(domainguard::FieldKind::Fact));
/// assert_eq!(kind("evk.acknowledges_availability"), Some(domainguard::FieldKind::Declaration));
/// let delete = domainguard::fields("cms_delete").unwrap();
/// let of = |path: &str| delete.iter().find(|f| f.path == path).map(|f| f.kind);
/// assert_eq!(of("delete.undoable"), Some(domainguard::FieldKind::Fact));
/// assert_eq!(of("confirmation"), Some(domainguard::FieldKind::Declaration));
/// ```
pub fn fields(name: &str) -> Option<Vec<FieldSpec>> {
    let action = Action::from_name(name)?;
    let mut r = Reader::schema(Locale::De);
    let _ = r.date(&Json::Null, "today", true);
    let _ = r.text(&Json::Null, "policy", false);
    let _ = ActionCase::read(&Json::Null, action, None, &mut r);
    let mut specs = r.into_schema();
    for spec in &mut specs {
        spec.kind = field_kind(name, &spec.path);
    }
    Some(specs)
}

/// A built-in policy profile, as listed for a form's policy chooser.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyInfo {
    /// The id a case names.
    pub id: String,
    /// A human-readable name.
    pub name: String,
    /// General notice period in days.
    pub notice_days: i64,
    /// Undo window in days.
    pub undo_days: i64,
    /// The close modes offered.
    pub close_modes: Vec<&'static str>,
}

/// The built-in policy profiles.
///
/// # Example
/// ```
/// assert_eq!(domainguard::policies()[0].id, "default");
/// ```
pub fn policies() -> Vec<PolicyInfo> {
    // From the shared profiles (built once), not built afresh; plain loops (issue 12).
    let shared = policy::builtin_policies_shared();
    let mut out = Vec::with_capacity(shared.len());
    for p in shared {
        let mut close_modes = Vec::with_capacity(p.close_modes.len());
        for m in &p.close_modes {
            close_modes.push(m.name());
        }
        out.push(PolicyInfo {
            id: p.id.clone(),
            name: p.name.clone(),
            notice_days: p.notice_days,
            undo_days: p.undo_days,
            close_modes,
        });
    }
    out
}

#[cfg(target_arch = "wasm32")]
mod wasm;

/// The result of checking a typed or pasted AuthInfo: never contains the code or any of
/// its characters.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthInfoCheck {
    /// Whether the registry accepts the format.
    pub valid: bool,
    /// Why not (`too_short`, `invalid_characters`, …), or null.
    pub reason: Option<&'static str>,
    /// 1-based positions of characters that are not allowed.
    pub positions: Vec<usize>,
    /// What is wrong, in the locale, or null.
    pub message: Option<String>,
}

/// The TLD of `tld_or_domain` (`de`, `.de`, `beispiel.de`, `XN--P1AI`), lower-case ASCII.
/// The part of `text` after its last dot (all of it without a dot). A byte search: `rsplit('.')`
/// links std's reverse char searcher into the wasm (issue 12: 282 B gzip).
pub(crate) fn after_last_dot(text: &str) -> &str {
    match text.bytes().rposition(|b| b == b'.') {
        Some(at) => text.get(at + 1..).unwrap_or(""),
        None => text,
    }
}

#[inline(never)] // shared by `check_authinfo` and `generate_authinfo` (one copy in the wasm)
fn tld_of(tld_or_domain: &str) -> String {
    let t = tld_or_domain.trim().trim_end_matches('.');
    after_last_dot(t).to_ascii_lowercase()
}

/// Checks an AuthInfo typed or pasted for a domain under `tld` (R-T6). Surrounding white
/// space is ignored (pasting often adds it).
///
/// # Errors
/// None: an invalid code is reported in the result.
///
/// # Example
/// ```
/// use domainguard::{check_authinfo, Locale};
/// let r = check_authinfo("de", "AbIl3O0xyz", Locale::En);
/// assert!(!r.valid);
/// assert_eq!(r.positions, vec![3, 4, 6, 7]);
/// assert!(check_authinfo("beispiel.de", " Ab3+Xy9/Zq\n", Locale::De).valid);
/// ```
pub fn check_authinfo(tld_or_domain: &str, code: &str, locale: Locale) -> AuthInfoCheck {
    let scheme = authinfo::AuthInfoScheme::for_tld(&tld_of(tld_or_domain));
    match authinfo::validate(code.trim(), scheme) {
        Ok(()) => AuthInfoCheck {
            valid: true,
            reason: None,
            positions: Vec::new(),
            message: None,
        },
        Err(e) => AuthInfoCheck {
            valid: false,
            reason: Some(e.code()),
            positions: e.invalid_positions().to_vec(),
            message: Some(e.message(locale)),
        },
    }
}

/// Generates an AuthInfo for a domain under `tld` (R-T6) of the scheme's recommended length,
/// from `random`: bytes from a cryptographically secure source, supplied by the caller (the
/// browser's `crypto.getRandomValues`, the OS on the command line). [`authinfo::RANDOM_BYTES`]
/// bytes are always enough.
///
/// # Errors
/// [`authinfo::GenerateError::NotEnoughRandomness`] when `random` runs out.
///
/// # Example
/// ```
/// let bytes: Vec<u8> = (0..=255).cycle().take(1024).map(|b: u32| (b * 97 % 251) as u8).collect();
/// let code = domainguard::generate_authinfo("de", &bytes).unwrap();
/// assert_eq!(code.len(), 16);
/// assert!(domainguard::check_authinfo("de", &code, domainguard::Locale::De).valid);
/// ```
pub fn generate_authinfo(
    tld_or_domain: &str,
    random: &[u8],
) -> Result<String, authinfo::GenerateError> {
    let scheme = authinfo::AuthInfoScheme::for_tld(&tld_of(tld_or_domain));
    authinfo::generate(scheme, scheme.recommended_length(), random)
}

/// The largest case `domainguard check` (and `deadlines`, `calendar`, `letter`) reads by
/// default, in bytes: a case is a few KB; `--max-input-bytes` changes it. A longer input is
/// refused before it is parsed.
pub const MAX_CASE_BYTES: usize = 4 * 1024 * 1024;

/// The largest domain list `domainguard inventory` reads, in bytes (CSV or JSON), and that
/// [`inventory::Job::new`] takes: some 300,000 rows of a typical list.
pub const MAX_INVENTORY_BYTES: usize = 32 * 1024 * 1024;

/// The error for an input longer than `limit` bytes: given before any work.
pub fn input_too_large(limit: usize, locale: Locale) -> InputErrors {
    InputErrors {
        errors: vec![InputError {
            code: input::InputCode::INPUT_TOO_LARGE.name(),
            field: None,
            control: None,
            message: text::render(
                &text::input::INPUT_TOO_LARGE,
                locale,
                &[("limit", &crate::dates::uint_text(limit as u64))],
            ),
            params: Json::object([("max_bytes", Json::from(limit as i64))]),
        }],
    }
}

/// The error for input bytes that are not UTF-8 text: `at` is the first bad byte's offset,
/// `field` the input it came from (`mapping`, `list`; none for the case). For the command
/// line, which reads bytes (the wasm is given text).
pub fn input_not_utf8(at: usize, field: Option<&str>, locale: Locale) -> InputErrors {
    InputErrors {
        errors: vec![InputError {
            code: input::InputCode::INVALID_VALUE.name(),
            field: field.map(str::to_string),
            control: None,
            message: text::render(
                &text::input::INPUT_NOT_UTF8,
                locale,
                &[("byte", &crate::dates::uint_text(at as u64))],
            ),
            params: Json::object([("byte", Json::from(at as i64))]),
        }],
    }
}

/// The locale a case names at its top level, if any: for errors about the whole input.
#[cfg(not(target_arch = "wasm32"))]
fn top_level_locale(case: &Json) -> Option<Locale> {
    case.get("locale").as_str().and_then(Locale::parse)
}

/// Reads a case from JSON text (the command line's way in) in time and memory linear in its
/// length: at most `max_bytes` bytes ([`MAX_CASE_BYTES`] by default), nested at most
/// [`MAX_DEPTH`] deep. Gives exactly what the wasm module reads from the browser's
/// `JSON.parse` of the same text, so both give the same outcome: a repeated key keeps its last
/// value, a lone surrogate escape reads as U+FFFD, and the nesting error is the same, in the
/// case's `locale` (`locale` here overrides it, as `--locale` does).
///
/// # Errors
/// A single `INVALID_JSON` error: too large, not JSON, or nested too deep.
///
/// # Example
/// ```
/// use domainguard::{read_case_text, MAX_CASE_BYTES};
/// let case = read_case_text(r#"{"action": "close", "action": "transfer_out"}"#, MAX_CASE_BYTES, None).unwrap();
/// assert_eq!(case.get("action").as_str(), Some("transfer_out"));
/// let deep = format!("{}{}", "[".repeat(40), "]".repeat(40));
/// let e = read_case_text(&deep, MAX_CASE_BYTES, None).unwrap_err();
/// assert_eq!(e.errors[0].message, "Die Eingabe ist kein gültiges JSON: nested deeper than 32 levels (or cyclic)");
/// ```
#[cfg(not(target_arch = "wasm32"))]
pub fn read_case_text(
    text: &str,
    max_bytes: usize,
    locale: Option<Locale>,
) -> Result<Json, InputErrors> {
    json_text(text, max_bytes, usize::MAX, locale)
}

#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn json_text(
    text: &str,
    max_bytes: usize,
    max_values: usize,
    locale: Option<Locale>,
) -> Result<Json, InputErrors> {
    let fallback = locale.unwrap_or_default();
    json::parse_text(text, max_bytes, max_values).map_err(|e| match e {
        json::TextError::TooLarge(limit) => input_too_large(limit, fallback),
        json::TextError::TooManyValues(limit) => {
            InputErrors::invalid_json(&format!("more than {limit} values"), fallback)
        }
        json::TextError::Syntax(detail) => InputErrors::invalid_json(&detail, fallback),
        json::TextError::TooDeep(top) => InputErrors::invalid_json(
            &too_deep_detail(),
            locale
                .or_else(|| top_level_locale(&top))
                .unwrap_or_default(),
        ),
    })
}

/// What the holder's transfer letter (`documents.holder_letter` of `transfer_out`) holds
/// where the AuthInfo goes. A verdict — and so every event, log and CLI output — never
/// carries the code itself; [`letter_with_authinfo`] (CLI `domainguard letter`, wasm
/// `letter_with_authinfo`) puts it in on explicit request.
pub const AUTHINFO_PLACEHOLDER: &str = "[[AUTHINFO]]";

/// Puts `code` into a letter in place of [`AUTHINFO_PLACEHOLDER`]: only its last occurrence,
/// the one the letter wrote itself (text from the case, such as the holder's name or the new
/// provider, comes earlier in the letter and stays as it is).
fn fill_authinfo(letter: &str, code: &str) -> String {
    // Byte by byte: `rfind` with a text pattern would add core's two-way searcher to the wasm.
    // The placeholder starts with an ASCII byte, so a match starts on a char boundary.
    let placeholder = AUTHINFO_PLACEHOLDER.as_bytes();
    match letter
        .as_bytes()
        .windows(placeholder.len())
        .rposition(|w| w == placeholder)
    {
        Some(at) => {
            let mut out = String::with_capacity(letter.len() + code.len());
            out.push_str(letter.get(..at).unwrap_or(""));
            out.push_str(code);
            out.push_str(letter.get(at + AUTHINFO_PLACEHOLDER.len()..).unwrap_or(""));
            out
        }
        None => letter.to_string(),
    }
}

/// The holder's letter of a case with the AuthInfo written in: the one explicit way the code
/// gets into a letter (a panel sending the letter, the page's "copy/print letter" after the
/// operator revealed the code). Checks the case exactly as [`check`] does.
///
/// # Errors
/// The outcome of the check when there is no letter to give: the case is invalid, the check
/// blocks, or the action writes no holder's letter. The outcome never carries the code.
///
/// # Example
/// ```
/// use domainguard::{check, letter_with_authinfo, Json, Outcome, AUTHINFO_PLACEHOLDER};
/// let case: Json = serde_json::from_str(r#"{"action": "transfer_out", "today": "2009-02-01",
///   "domain": {"name": "beispiel.de", "registered": "2005-04-04"}, "holder": {"name": "M"},
///   "termination": {"from": "holder", "to": "reseller"},
///   "evk": {"signed_by": "holder", "date": "2009-02-01", "text": "Providerwechsel zu X",
///           "new_provider": "X"},
///   "authinfo": {"code": "Ab3+Xy9/Zq", "created": "2009-02-01"}}"#).unwrap();
/// let Outcome::Verdict(v) = check(&case) else { panic!() };
/// let plain = v.documents.holder_letter.unwrap();
/// assert!(plain.contains(AUTHINFO_PLACEHOLDER) && !plain.contains("Ab3+Xy9/Zq"));
/// let letter = letter_with_authinfo(&case).unwrap();
/// assert!(letter.contains("Ihre AuthInfo (Providerwechsel-Passwort): Ab3+Xy9/Zq\n"));
/// ```
pub fn letter_with_authinfo(case: &Json) -> Result<String, Box<Outcome>> {
    let outcome = check(case);
    let letter = match &outcome {
        Outcome::Verdict(v) if v.allowed => v.documents.holder_letter.as_deref(),
        _ => None,
    };
    let Some(letter) = letter else {
        return Err(Box::new(outcome));
    };
    let code = case
        .get("authinfo")
        .get("code")
        .as_str()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    Ok(match code {
        Some(code) => fill_authinfo(letter, code),
        None => letter.to_string(),
    })
}

/// Reads the options of a batch call: `today` (required), `locale`, `policy` — the same
/// fields, with the same errors, as in a case.
fn read_options(
    options: &Json,
) -> Result<(chrono::NaiveDate, Locale, policy::Policy), InputErrors> {
    let mut r = Reader::new(Locale::De);
    let locale = case::read_locale(options, &mut r);
    r.locale = locale;
    let today = r.date(options.get("today"), "today", true);
    let policy = case::read_policy(options.get("policy"), &mut r);
    match (today, policy) {
        (Some(today), Some(policy)) if r.errors.is_empty() => {
            Ok((today, locale, policy.into_owned()))
        }
        _ => Err(InputErrors { errors: r.errors }),
    }
}

fn list_error(e: inventory::ListError) -> InputErrors {
    InputErrors {
        errors: vec![InputError {
            code: input::InputCode::INVALID_VALUE.name(),
            field: Some("list".to_string()),
            control: None,
            message: e.message,
            params: Json::Null,
        }],
    }
}

/// Starts an inventory job on a list — CSV text (`list` a string) or rows already parsed
/// from JSON (`list` an array) — with `options` `{today, locale, policy}`.
///
/// # Errors
/// Bad options, or a list that cannot be read at all; a bad row only makes an error row.
///
/// # Example
/// ```
/// use domainguard::{inventory_job, Json};
/// let options: Json = serde_json::from_str(r#"{"today": "2009-02-01"}"#).unwrap();
/// let list = Json::from("domain;registered;intent\nbeispiel.de;2005-04-04;close\n");
/// let report = inventory_job(&list, &options).unwrap().finish();
/// assert_eq!(report.rows()[0].deadline.as_deref(), Some("2009-03-14"));
/// ```
pub fn inventory_job(list: &Json, options: &Json) -> Result<inventory::Job, InputErrors> {
    let (today, locale, policy) = read_options(options)?;
    match list {
        Json::String(text) => {
            inventory::Job::new(text, inventory::Format::Csv, today, locale, policy)
        }
        other => inventory::Job::from_json(other, today, locale, policy),
    }
    .map_err(list_error)
}

/// The deadlines of one case as an iCalendar file (empty of events when the action has none).
///
/// # Errors
/// The case's input errors, as from [`check`].
///
/// # Example
/// ```
/// let case: domainguard::Json = serde_json::from_str(r#"{"action": "close", "today": "2009-02-01",
///   "domain": {"name": "beispiel.de", "registered": "2005-04-04"}, "holder": {"name": "M"}}"#).unwrap();
/// let ics = domainguard::calendar(&case).unwrap();
/// assert!(ics.contains("DTSTART;VALUE=DATE:20090314\r\n"));
/// ```
pub fn calendar(case: &Json) -> Result<String, InputErrors> {
    let (action, ctx, c) = read_case(case)?;
    let verdict = rules::run(&ctx, action, &c);
    let domain = c.domain_name().map(|n| n.unicode()).unwrap_or_default();
    let events = calendar::deadline_events(domain, &verdict.deadlines, ctx.locale);
    Ok(calendar::ics(&events, ctx.today))
}

// ---------------------------------------------------------------------------------------------
// JSON output (see [`json::ToJson`]).
crate::json::serde_via_text!(Outcome, PolicyInfo, AuthInfoCheck);

mod write_json {
    use super::*;
    use crate::json::{close, key, member, ToJson};

    impl ToJson for Outcome {
        fn write_json(&self, out: &mut String) {
            match self {
                Outcome::Verdict(v) => v.write_json(out),
                Outcome::Invalid(e) => e.write_json(out),
            }
        }
    }

    impl ToJson for PolicyInfo {
        fn write_json(&self, out: &mut String) {
            out.push('{');
            member(out, key!("id"), &self.id);
            member(out, key!("name"), &self.name);
            member(out, key!("notice_days"), &self.notice_days);
            member(out, key!("undo_days"), &self.undo_days);
            member(out, key!("close_modes"), &self.close_modes);
            close(out, '}');
        }
    }

    impl ToJson for AuthInfoCheck {
        fn write_json(&self, out: &mut String) {
            out.push('{');
            member(out, key!("valid"), &self.valid);
            member(out, key!("reason"), &self.reason);
            member(out, key!("positions"), &self.positions);
            member(out, key!("message"), &self.message);
            close(out, '}');
        }
    }
}
