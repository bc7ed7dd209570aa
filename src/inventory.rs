//! The inventory report (seed 004's "Bestandsliste"): a reseller's whole domain list in,
//! one row per domain out — the next action, its deadline, the days left and a severity —
//! sorted by urgency. Pure: the caller hands in the text and `today`.
//!
//! Input columns (CSV with a header row, comma or semicolon separated, or a JSON array of
//! objects with the same keys):
//!
//! | column | required | meaning |
//! |---|---|---|
//! | `domain` | yes | the domain name |
//! | `registered` | unless `renewal` | registration date `YYYY-MM-DD` |
//! | `renewal` | no | the next renewal, when known |
//! | `holder` | no | the holder's name (kept for the report) |
//! | `invoice_unpaid` | no | `true`/`false` (also `yes`/`no`, `ja`/`nein`, `1`/`0`) |
//! | `intent` | no | `keep` (default), `close` or `transfer`: what the holder asked for |
//! | `last_transfer` | no | the last transfer in (gTLD window after a transfer, R-T9) |
//! | `authinfo_created` | no | when the AuthInfo for a transfer was created (its lifetime, R-T5, R-T12) |
//!
//! A [`Job`] works through the rows in steps, so a browser can report progress from a worker
//! while it checks 100,000 rows; [`report`] does it in one go.

use crate::collate::collate;
use crate::dates::{days_between, iso, parse_date};
use crate::domain::DomainName;
use crate::input::{InputCode, InputError, Reader};
use crate::json::Json;
use crate::messages::Code;
use crate::policy::Policy;
use crate::schedule::{self, next_renewal};
use crate::text::inventory::*;
use crate::text::{label, render};
use crate::Locale;
use chrono::{Datelike, NaiveDate};
#[cfg(not(target_arch = "wasm32"))]
use serde::Serialize;
use std::borrow::Cow;

/// What the holder asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Intent {
    Keep,
    Close,
    Transfer,
}

/// The columns of one row, read: their trimmed texts stored one after another in the job's
/// one text buffer (`Job::store`), so a row costs 40 bytes and no allocation of its own.
#[derive(Debug, Clone, Copy, Default)]
struct RawRow {
    line: u32,
    /// `ends[k]..ends[k + 1]` is column `k` of [`COLUMNS`] in the store.
    ends: [u32; 9],
}

/// The list's texts, read: one buffer, at most the size of the input.
#[derive(Debug, Clone, Default)]
struct Store {
    text: String,
    rows: Vec<RawRow>,
}

impl Store {
    /// Appends one row whose columns `field(k)` gives (trimmed here).
    fn push<'f>(&mut self, line: usize, mut field: impl FnMut(usize) -> Cow<'f, str>) {
        let mut ends = [0u32; 9];
        ends[0] = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        for (k, end) in ends.iter_mut().skip(1).enumerate() {
            self.text.push_str(field(k).trim());
            *end = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        }
        self.rows.push(RawRow {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            ends,
        });
    }

    fn get(&self, raw: &RawRow, k: usize) -> &str {
        let (Some(&a), Some(&b)) = (raw.ends.get(k), raw.ends.get(k + 1)) else {
            return "";
        };
        self.text.get(a as usize..b as usize).unwrap_or("")
    }
}

/// The column indices of [`COLUMNS`].
const DOMAIN: usize = 0;
const REGISTERED: usize = 1;
const RENEWAL: usize = 2;
const HOLDER: usize = 3;
const INVOICE_UNPAID: usize = 4;
const INTENT: usize = 5;
const LAST_TRANSFER: usize = 6;
const AUTHINFO_CREATED: usize = 7;

/// One row of the report. (serde's `Serialize` in native builds: the CLI prints the report
/// with `serde_json`; the wasm module writes its rows itself.)
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Serialize))]
pub struct Row {
    /// Line of the input (CSV: counting the header as line 1; JSON: the item's index + 1).
    pub line: usize,
    /// The domain, normalised (or as given when it is invalid).
    pub domain: String,
    /// The holder, as given.
    pub holder: String,
    /// The next renewal.
    pub renewal: Option<String>,
    /// What has to happen next (see [`ACTIONS`]).
    pub next_action: &'static str,
    /// By when.
    pub deadline: Option<String>,
    /// Days from today to the deadline (negative: missed).
    pub days_left: Option<i64>,
    /// `error`, `high`, `medium` or `low`.
    pub severity: &'static str,
    /// What to do, in the locale.
    pub message: String,
    /// For a row that cannot be read (`FIX_ROW`): the same error a case's field gives, read by
    /// the same [`crate::input`] reader — `code`, `field` (the column), `message` (as
    /// `message`) and `params` (`expected`, `found`). Absent for the other rows.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        serde(skip_serializing_if = "Option::is_none")
    )]
    pub error: Option<Box<InputError>>,
}

/// The next actions a row can name.
pub const ACTIONS: [(&str, &str); 8] = [
    (
        "FIX_ROW",
        "the row cannot be read; the message names the column",
    ),
    (
        "RENEWAL_AT_RISK",
        "renewal within the warning days and the invoice unpaid (R-E2)",
    ),
    (
        "CLOSE_NOTICE_MISSED",
        "a close was asked for, but its notice deadline has passed: the renewal is billed (R-C4)",
    ),
    (
        "SEND_CLOSE_NOTICE",
        "a close was asked for: the registrar must have the notice by the deadline (R-C4)",
    ),
    (
        "TRANSFER_TOO_LATE",
        "a transfer was asked for, but the transfer-safe date has passed (R-T3)",
    ),
    (
        "AUTHINFO_EXPIRED",
        "a transfer was asked for, but the AuthInfo created for it has expired: create a new one (R-T5, R-T12)",
    ),
    (
        "COMPLETE_TRANSFER",
        "a transfer was asked for: complete it by the transfer-safe date (R-T3)",
    ),
    (
        "RENEWAL",
        "nothing asked for: the domain renews (and can be cancelled until the notice deadline)",
    ),
];

/// How many rows of each severity.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// All rows.
    pub total: usize,
    /// Rows that could not be read.
    pub error: usize,
    /// Urgent rows.
    pub high: usize,
    /// Rows due within 30 days.
    pub medium: usize,
    /// The rest.
    pub low: usize,
}

crate::json::serde_via_text!(Summary);

impl crate::json::ToJson for Summary {
    fn write_json(&self, out: &mut String) {
        use crate::json::{close, key, member};
        out.push('{');
        member(out, key!("total"), &self.total);
        member(out, key!("error"), &self.error);
        member(out, key!("high"), &self.high);
        member(out, key!("medium"), &self.medium);
        member(out, key!("low"), &self.low);
        close(out, '}');
    }
}

/// The whole report, kept compact: per row its sort key, dates as day counts and where its
/// texts lie in the list's one text buffer; a row's texts and message are made only when the
/// row is asked for ([`Report::row`], [`Report::rows_json`], the JSON text, [`to_csv`],
/// [`crate::calendar::report_ics`]), by the same code that checked it.
#[derive(Debug, Clone)]
pub struct Report {
    /// The day it was made for.
    pub today: String,
    /// Counts.
    pub summary: Summary,
    /// The language of the messages (for documents made from the report).
    pub locale: Locale,
    /// The list, the policy and the day the rows are made from.
    job: Job,
    /// The rows in the urgency order (most urgent first).
    checked: Vec<Checked>,
    /// The order [`Report::sort_by`] chose, as indices into `checked`; empty: urgency order.
    order: Vec<u32>,
}

/// One checked row: what the report sorts by and where its texts are.
#[derive(Debug, Clone, Copy)]
struct Checked {
    /// Severity rank in the top byte, then the days left (shifted to be positive; all ones
    /// for a row without a deadline).
    key: u64,
    /// The row's index in the list (`Job::store.rows`).
    raw: u32,
    /// The shown domain: `Job::names[name.0..name.1]`, or the store's text there when
    /// `name.0` has [`IN_STORE`] set (a domain shown as the list writes it).
    name: (u32, u32),
    /// The renewal as days from `today` (`i32::MIN`: none).
    renewal: i32,
    /// The index of the next action in [`ACTIONS`].
    action: u8,
    /// The shown domain's first 8 bytes, big-endian (zeros after its end): the order of two
    /// names whose prefixes differ, without reading their texts.
    prefix: u64,
}

/// `checked` in the urgency order: by `key`, then by the shown domain (`name`), then by the
/// row's place in the list. The rows are first ordered by the numbers `key` and `prefix` (the
/// domain's first 8 bytes) with a stable radix sort, a byte at a time from the last, skipping
/// the bytes all rows share; only rows whose key and prefix both tie are then ordered by their
/// whole domain. (One comparison sort with a closure over keys, prefixes and texts took 34 ms
/// for 100,000 rows in the wasm.)
fn urgency_order<'a>(
    mut checked: Vec<Checked>,
    name: impl Fn(&Checked) -> Option<&'a str>,
) -> Vec<Checked> {
    // byte `d` of the 16-byte number (key, prefix), 0 the least significant
    fn digit(c: &Checked, d: usize) -> usize {
        let word = if d < 8 { c.prefix } else { c.key };
        ((word >> ((d % 8) * 8)) & 0xFF) as usize
    }
    let n = checked.len();
    // rows are checked in the list's order, so a stable sort keeps ties in it
    let mut order: Vec<u32> = (0..u32::try_from(n).unwrap_or(u32::MAX)).collect();
    let mut spare = vec![0u32; n];
    let mut counts = vec![[0usize; 256]; 16];
    for c in &checked {
        for (d, count) in counts.iter_mut().enumerate() {
            if let Some(slot) = count.get_mut(digit(c, d)) {
                *slot += 1;
            }
        }
    }
    for (d, count) in counts.iter_mut().enumerate() {
        if count.contains(&n) {
            continue; // every row has the same byte here
        }
        let mut next = 0;
        for slot in count.iter_mut() {
            let k = *slot;
            *slot = next;
            next += k;
        }
        for &i in &order {
            let Some(c) = checked.get(i as usize) else {
                continue;
            };
            if let Some(slot) = count.get_mut(digit(c, d)) {
                if let Some(to) = spare.get_mut(*slot) {
                    *to = i;
                }
                *slot += 1;
            }
        }
        std::mem::swap(&mut order, &mut spare);
    }
    let at = |i: u32| checked.get(i as usize);
    let same = |a: u32, b: u32| match (at(a), at(b)) {
        (Some(x), Some(y)) => x.key == y.key && x.prefix == y.prefix,
        _ => false,
    };
    let mut start = 0;
    while let Some(&first) = order.get(start) {
        let mut end = start + 1;
        while order.get(end).is_some_and(|&i| same(first, i)) {
            end += 1;
        }
        if end - start > 1 {
            if let Some(run) = order.get_mut(start..end) {
                // stable: equal domains stay in the list's order
                run.sort_by(|&a, &b| at(a).and_then(&name).cmp(&at(b).and_then(&name)));
            }
        }
        start = end;
    }
    drop(spare);
    // Rows moved into their places along the permutation's cycles, in place: a second vector
    // of 100,000 rows would grow the wasm's linear memory by 4 MB for good. `order[k]` is the
    // row that goes to place `k`; a place done is marked by `order[k] = k`.
    for start in 0..n {
        let Some(&first) = order.get(start) else {
            break;
        };
        if first as usize == start {
            continue;
        }
        let Some(&held) = checked.get(start) else {
            break;
        };
        let mut k = start;
        while let Some(from) = order.get_mut(k).map(|o| std::mem::replace(o, k as u32)) {
            let from = from as usize;
            let row = if from == start {
                held
            } else {
                match checked.get(from) {
                    Some(&row) => row,
                    None => break,
                }
            };
            if let Some(place) = checked.get_mut(k) {
                *place = row;
            }
            if from == start {
                break;
            }
            k = from;
        }
    }
    checked
}

/// The first 8 bytes of `text` as a big-endian number, zero-padded.
fn prefix_of(text: &str) -> u64 {
    let mut bytes = [0u8; 8];
    for (b, t) in bytes.iter_mut().zip(text.bytes()) {
        *b = t;
    }
    u64::from_be_bytes(bytes)
}

const NO_DAYS: u64 = u64::MAX >> 8;

/// Marks a [`Checked::name`] that lies in the list's text (the store), not in `Job::names`.
/// The store holds at most [`crate::MAX_INVENTORY_BYTES`], far below 2^31.
const IN_STORE: u32 = 1 << 31;

impl Checked {
    fn severity(&self) -> u8 {
        (self.key >> 56) as u8
    }

    fn days(&self) -> Option<i64> {
        let days = self.key & NO_DAYS;
        (days != NO_DAYS).then(|| days as i64 - (1 << 40))
    }

    fn renewal(&self) -> Option<i32> {
        (self.renewal != i32::MIN).then_some(self.renewal)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Serialize for Report {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeSeq, SerializeStruct};
        struct Rows<'a>(&'a Report);
        impl Serialize for Rows<'_> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
                for c in &self.0.checked {
                    seq.serialize_element(&self.0.job.render(c))?;
                }
                seq.end()
            }
        }
        let mut st = serializer.serialize_struct("Report", 3)?;
        st.serialize_field("today", &self.today)?;
        st.serialize_field("summary", &self.summary)?;
        st.serialize_field("rows", &Rows(self))?;
        st.end()
    }
}

/// The columns [`Report::sort_by`] sorts by.
pub const SORT_COLUMNS: [&str; 9] = [
    "urgency",
    "domain",
    "holder",
    "deadline",
    "days_left",
    "renewal",
    "severity",
    "next_action",
    "line",
];

impl Report {
    /// How many rows.
    pub fn len(&self) -> usize {
        self.checked.len()
    }

    /// Whether the report has no rows.
    pub fn is_empty(&self) -> bool {
        self.checked.is_empty()
    }

    /// Every row, most urgent first (made now: prefer [`Report::row`] for a few).
    pub fn rows(&self) -> Vec<Row> {
        self.checked.iter().map(|c| self.job.render(c)).collect()
    }

    /// Calls `each` with every row, most urgent first, one row made at a time.
    pub fn for_each_row(&self, mut each: impl FnMut(&Row)) {
        for c in &self.checked {
            each(&self.job.render(c));
        }
    }

    /// The row at position `k` of the current order (see [`Report::sort_by`]).
    pub fn row(&self, k: usize) -> Option<Row> {
        let i = if self.order.is_empty() {
            k
        } else {
            *self.order.get(k)? as usize
        };
        self.checked.get(i).map(|c| self.job.render(c))
    }

    /// Puts the rows shown by [`Report::row`] and [`Report::rows_json`] into the order of
    /// `column` (one of [`SORT_COLUMNS`]); [`Report::rows`], the CSV, the calendar and the
    /// JSON text keep the urgency order. `urgency` is that order (errors, then high, medium,
    /// low; soonest first); `severity` goes from `error` to `low`, `next_action` in the order
    /// of [`ACTIONS`], texts as a German reader expects a sorted list (case and accents
    /// folded, `ä` as `a`, `ß` as `ss`, runs of digits by value; texts equal that way by their
    /// characters), dates and numbers by value. `descending` turns the column's order round; rows without a value (the
    /// deadline of a row that cannot be read) come last either way. Stable: rows that tie
    /// keep the urgency order. Returns `false` (and changes nothing) for an unknown column.
    ///
    /// # Example
    /// ```
    /// use domainguard::{inventory_job, Json};
    /// let list = Json::from("domain,registered,intent\nb.de,2005-04-04,close\na.de,2005-04-05,\n");
    /// let options = Json::object([("today", Json::from("2009-02-01"))]);
    /// let mut report = inventory_job(&list, &options).unwrap().finish();
    /// assert!(report.sort_by("domain", false));
    /// assert_eq!(report.row(0).map(|r| r.domain), Some("a.de".to_string()));
    /// assert!(!report.sort_by("colour", false));
    /// ```
    pub fn sort_by(&mut self, column: &str, descending: bool) -> bool {
        use std::cmp::Ordering;
        fn turn(o: Ordering, descending: bool) -> Ordering {
            if descending {
                o.reverse()
            } else {
                o
            }
        }
        fn last_if_none<T: Ord>(a: Option<T>, b: Option<T>, descending: bool) -> Ordering {
            match (a, b) {
                (Some(a), Some(b)) => turn(a.cmp(&b), descending),
                (a, b) => a.is_none().cmp(&b.is_none()),
            }
        }
        if !SORT_COLUMNS.contains(&column) {
            return false;
        }
        let job = &self.job;
        let name = |c: &Checked| job.name(c);
        let raw = |c: &Checked| job.store.rows.get(c.raw as usize);
        let holder = |c: &Checked| raw(c).map_or("", |r| job.store.get(r, HOLDER));
        let line = |c: &Checked| raw(c).map_or(0, |r| r.line);
        // the column as its index in SORT_COLUMNS, resolved once (not compared as text on
        // every comparison)
        let column = SORT_COLUMNS.iter().position(|&c| c == column).unwrap_or(0);
        let by = |a: &Checked, b: &Checked| -> Ordering {
            match column {
                1 => turn(
                    match (name(a), name(b)) {
                        (Some(x), Some(y)) => collate(x, y),
                        (x, y) => x.cmp(&y),
                    },
                    descending,
                ),
                2 => turn(collate(holder(a), holder(b)), descending),
                3 | 4 => last_if_none(a.days(), b.days(), descending),
                5 => last_if_none(a.renewal(), b.renewal(), descending),
                6 => turn(a.severity().cmp(&b.severity()), descending),
                7 => turn(a.action.cmp(&b.action), descending),
                8 => turn(line(a).cmp(&line(b)), descending),
                _ => Ordering::Equal,
            }
        };
        let n = u32::try_from(self.checked.len()).unwrap_or(u32::MAX);
        let mut order: Vec<u32> = (0..n).collect();
        if column == 0 {
            if descending {
                order.reverse();
            }
        } else {
            // `checked` is in the urgency order: the index breaks ties.
            let checked = &self.checked;
            order.sort_unstable_by(|&a, &b| {
                match (checked.get(a as usize), checked.get(b as usize)) {
                    (Some(x), Some(y)) => by(x, y).then(a.cmp(&b)),
                    _ => a.cmp(&b),
                }
            });
        }
        self.order = order;
        true
    }

    /// The rows `start..start + count` of the current order (clamped to the rows there are)
    /// as the text of a JSON array, each row the object the full report's `rows` hold.
    pub fn rows_json(&self, start: usize, count: usize) -> String {
        self.json_of_rows(start, count, |k| self.row(k))
    }

    /// As [`Report::rows_json`], but in the urgency order whatever [`Report::sort_by`] chose:
    /// the full report's `rows` a part at a time.
    pub fn urgency_rows_json(&self, start: usize, count: usize) -> String {
        self.json_of_rows(start, count, |k| {
            self.checked.get(k).map(|c| self.job.render(c))
        })
    }

    fn json_of_rows(
        &self,
        start: usize,
        count: usize,
        row: impl Fn(usize) -> Option<Row>,
    ) -> String {
        let end = start.saturating_add(count).min(self.len());
        let start = start.min(end);
        let mut out = String::with_capacity((end - start) * 320 + 2);
        out.push('[');
        for k in start..end {
            if let Some(r) = row(k) {
                if k > start {
                    out.push(',');
                }
                row_json(&mut out, &r);
            }
        }
        out.push(']');
        out
    }
}

fn action_rank(action: &str) -> usize {
    ACTIONS
        .iter()
        .position(|(a, _)| *a == action)
        .unwrap_or(ACTIONS.len())
}

/// One row as JSON text: the keys and values the report's serialization gives.
fn row_json(out: &mut String, r: &Row) {
    use std::fmt::Write;
    let _ = write!(out, "{{\"line\":{},\"domain\":", r.line);
    json_str(out, &r.domain);
    out.push_str(",\"holder\":");
    json_str(out, &r.holder);
    out.push_str(",\"renewal\":");
    json_opt_str(out, r.renewal.as_deref());
    out.push_str(",\"next_action\":");
    json_str(out, r.next_action);
    out.push_str(",\"deadline\":");
    json_opt_str(out, r.deadline.as_deref());
    out.push_str(",\"days_left\":");
    match r.days_left {
        Some(d) => {
            let _ = write!(out, "{d}");
        }
        None => out.push_str("null"),
    }
    out.push_str(",\"severity\":");
    json_str(out, r.severity);
    out.push_str(",\"message\":");
    json_str(out, &r.message);
    if let Some(e) = &r.error {
        out.push_str(",\"error\":{\"code\":");
        json_str(out, e.code);
        out.push_str(",\"field\":");
        json_opt_str(out, e.field.as_deref());
        if let Some(c) = &e.control {
            out.push_str(",\"control\":");
            json_str(out, c);
        }
        out.push_str(",\"message\":");
        json_str(out, &e.message);
        out.push_str(",\"params\":");
        json_value(out, &e.params);
        out.push('}');
    }
    out.push('}');
}

fn json_opt_str(out: &mut String, s: Option<&str>) {
    match s {
        Some(s) => json_str(out, s),
        None => out.push_str("null"),
    }
}

/// A JSON string, escaped as `JSON.stringify` and serde_json escape it.
fn json_str(out: &mut String, s: &str) {
    out.push('"');
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let esc: &str = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(s.get(from..i).unwrap_or(""));
        if esc.is_empty() {
            use std::fmt::Write;
            let _ = write!(out, "\\u{:04x}", b);
        } else {
            out.push_str(esc);
        }
        from = i + 1;
    }
    out.push_str(s.get(from..).unwrap_or(""));
    out.push('"');
}

fn json_value(out: &mut String, v: &Json) {
    match v {
        Json::Null => out.push_str("null"),
        Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Json::Number(n) => out.push_str(&crate::json::number_text(*n)),
        Json::String(s) => json_str(out, s),
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                json_value(out, item);
            }
            out.push(']');
        }
        Json::Object(members) => {
            out.push('{');
            for (i, (k, item)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                json_str(out, k);
                out.push(':');
                json_value(out, item);
            }
            out.push('}');
        }
    }
}

/// The input format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// CSV with a header row.
    Csv,
    /// A JSON array of objects (or `{"domains": [...]}`).
    Json,
}

/// Why a list cannot be read at all (a bad row only makes an error row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListError {
    /// What is wrong, in the locale.
    pub message: String,
}

const COLUMNS: [&str; 8] = [
    "domain",
    "registered",
    "renewal",
    "holder",
    "invoice_unpaid",
    "intent",
    "last_transfer",
    "authinfo_created",
];

/// The most rows a list may have: the report holds one row (about 300 bytes) per domain.
pub const MAX_ROWS: usize = 200_000;

/// The most columns a CSV record may have (the list has six; spreadsheets add a few).
pub const MAX_COLUMNS: usize = 64;

fn too_many_rows(locale: Locale) -> ListError {
    ListError {
        message: render(
            &INVENTORY_TOO_MANY_ROWS,
            locale,
            &[("max", &MAX_ROWS.to_string())],
        ),
    }
}

/// Reads CSV records (RFC 4180: quoted fields, doubled quotes, CRLF or LF) one at a time and
/// hands each non-blank one to `each` with its first line. A field is borrowed from `text`
/// unless it is quoted or holds a CR (then it is built, as the quotes and CRs are dropped).
/// Memory: one record's field list, whatever the text's shape; more than [`MAX_COLUMNS`]
/// fields in a record is an error naming its line.
fn csv_each<'a>(
    text: &'a str,
    sep: u8,
    locale: Locale,
    mut each: impl FnMut(usize, &[Cow<'a, str>]) -> Result<(), ListError>,
) -> Result<(), ListError> {
    let bytes = text.as_bytes();
    let mut record: Vec<Cow<'a, str>> = Vec::new();
    let mut pos = 0;
    let mut line = 1;
    let mut start_line = 1;
    let blank =
        |fields: &[Cow<str>]| fields.len() == 1 && fields.iter().all(|f| f.trim().is_empty());
    loop {
        if record.len() >= MAX_COLUMNS {
            return Err(ListError {
                message: render(
                    &INVENTORY_TOO_MANY_COLUMNS,
                    locale,
                    &[
                        ("line", &start_line.to_string()),
                        ("max", &MAX_COLUMNS.to_string()),
                    ],
                ),
            });
        }
        let (field, end) = csv_field(text, pos, sep, &mut line);
        record.push(field);
        match bytes.get(end) {
            Some(&b) if b == sep => pos = end + 1,
            Some(b'\n') => {
                if !blank(&record) {
                    each(start_line, &record)?;
                }
                record.clear();
                line += 1;
                start_line = line;
                pos = end + 1;
            }
            _ => {
                if !blank(&record) {
                    each(start_line, &record)?;
                }
                return Ok(());
            }
        }
    }
}

/// The field starting at byte `start`: its text and the index of the byte that ends it (the
/// separator, the LF, or the text's length). Separators, quotes, CR and LF are ASCII, so byte
/// positions found here are character boundaries.
fn csv_field<'a>(text: &'a str, start: usize, sep: u8, line: &mut usize) -> (Cow<'a, str>, usize) {
    let bytes = text.as_bytes();
    if bytes.get(start) != Some(&b'"') {
        let mut i = start;
        while let Some(&b) = bytes.get(i) {
            if b == sep || b == b'\n' {
                break;
            }
            if b == b'\r' {
                return csv_field_built(text, start, sep, line);
            }
            i += 1;
        }
        return (Cow::Borrowed(text.get(start..i).unwrap_or("")), i);
    }
    csv_field_built(text, start, sep, line)
}

/// A field with quotes or CRs, built character by character: a quote at the start of a field
/// opens quoting, a doubled quote inside is one quote, an unquoted CR is dropped.
fn csv_field_built<'a>(
    text: &'a str,
    start: usize,
    sep: u8,
    line: &mut usize,
) -> (Cow<'a, str>, usize) {
    let mut out = String::new();
    let mut quoted = false;
    let rest = text.get(start..).unwrap_or("");
    let mut chars = rest.char_indices().peekable();
    let sep = char::from(sep);
    while let Some((i, c)) = chars.next() {
        match (quoted, c) {
            (true, '"') if matches!(chars.peek(), Some((_, '"'))) => {
                out.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    *line += 1;
                }
                out.push(c);
            }
            (false, '"') if out.is_empty() => quoted = true,
            (false, c) if c == sep || c == '\n' => return (Cow::Owned(out), start + i),
            (false, '\r') => {}
            (false, c) => out.push(c),
        }
    }
    (Cow::Owned(out), text.len())
}

fn read_csv(text: &str, locale: Locale) -> Result<Store, ListError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header_line = text.lines().next().unwrap_or("");
    let sep = if header_line.contains(';') && !header_line.contains(',') {
        b';'
    } else {
        b','
    };
    let lines = text.bytes().filter(|&b| b == b'\n').count();
    let mut store = Store {
        text: String::with_capacity(text.len()),
        rows: Vec::with_capacity(lines.min(MAX_ROWS)),
    };
    let mut header = false;
    let mut cols: [Option<usize>; 8] = [None; 8];
    csv_each(text, sep, locale, |line, r| {
        if !header {
            let h: Vec<String> = r.iter().map(|h| h.trim().to_ascii_lowercase()).collect();
            for (col, name) in cols.iter_mut().zip(COLUMNS) {
                *col = h.iter().position(|c| c == name);
            }
            if cols[DOMAIN].is_none() {
                return Err(ListError {
                    message: render(
                        &INVENTORY_NO_DOMAIN_COLUMN,
                        locale,
                        &[("columns", &COLUMNS.join(", "))],
                    ),
                });
            }
            header = true;
            return Ok(());
        }
        if store.rows.len() >= MAX_ROWS {
            return Err(too_many_rows(locale));
        }
        store.push(line, |k| {
            let cell = cols.get(k).copied().flatten().and_then(|i| r.get(i));
            Cow::Borrowed(cell.map_or("", |c| c.as_ref()))
        });
        Ok(())
    })?;
    if !header {
        return Err(ListError {
            message: label(&INVENTORY_EMPTY, locale).to_string(),
        });
    }
    Ok(store)
}

/// Reads a list given as JSON text (the command line's `.json` lists): at most `max_bytes`
/// bytes and as many values as [`MAX_ROWS`] rows can hold, nested at most
/// [`crate::MAX_DEPTH`] deep; linear in time and memory.
///
/// # Errors
/// A single `INVALID_JSON` error.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_list_text(
    text: &str,
    max_bytes: usize,
    locale: Locale,
) -> Result<Json, crate::InputErrors> {
    crate::json_text(text, max_bytes, MAX_ROWS.saturating_mul(16), Some(locale))
}

fn read_json(list: &Json, locale: Locale) -> Result<Store, ListError> {
    let items = match list {
        Json::Array(items) => items,
        Json::Object(_) => match list.get("domains") {
            Json::Array(items) => items,
            _ => &Vec::new(),
        },
        _ => &Vec::new(),
    };
    if !matches!(list, Json::Array(_)) && !matches!(list.get("domains"), Json::Array(_)) {
        return Err(ListError {
            message: render(
                &INVENTORY_NOT_A_LIST,
                locale,
                &[("shape", "{\"domains\": [...]}")],
            ),
        });
    }
    if items.len() > MAX_ROWS {
        return Err(too_many_rows(locale));
    }
    fn text(v: &Json) -> Cow<'_, str> {
        match v {
            Json::String(s) => Cow::Borrowed(s.as_str()),
            Json::Bool(b) => Cow::Borrowed(if *b { "true" } else { "false" }),
            Json::Number(n) => Cow::Owned(crate::json::number_text(*n)),
            _ => Cow::Borrowed(""),
        }
    }
    let mut store = Store {
        text: String::new(),
        rows: Vec::with_capacity(items.len()),
    };
    for (i, item) in items.iter().enumerate() {
        store.push(i + 1, |k| {
            COLUMNS
                .get(k)
                .map_or(Cow::Borrowed(""), |c| text(item.get(c)))
        });
    }
    Ok(store)
}

fn severity_rank(s: &str) -> u8 {
    match s {
        "error" => 0,
        "high" => 1,
        "medium" => 2,
        _ => 3,
    }
}

/// The severity of a deadline `days` away: a week or less is high, a month medium.
fn by_days(days: i64) -> &'static str {
    match days {
        i64::MIN..=7 => "high",
        8..=30 => "medium",
        _ => "low",
    }
}

/// Works through a list in steps.
#[derive(Debug, Clone)]
pub struct Job {
    today: NaiveDate,
    locale: Locale,
    policy: Policy,
    store: Store,
    next: usize,
    /// The rows checked so far, in the list's order.
    checked: Vec<Checked>,
    /// The shown domains of the checked rows, one after another.
    names: String,
}

/// What a row comes to (see `Job::outcome`).
struct Outcome<'a> {
    /// The shown domain, borrowed from the list where it is shown as written.
    domain: Cow<'a, str>,
    action: &'static str,
    severity: &'static str,
    /// The renewal and the deadline (none for a row that cannot be read).
    dates: Option<(NaiveDate, NaiveDate)>,
    message: String,
    error: Option<Box<InputError>>,
}

impl Job {
    /// Reads the list.
    ///
    /// # Errors
    /// A list that cannot be read at all: empty, no `domain` column, JSON of the wrong shape.
    ///
    /// # Example
    /// ```
    /// use domainguard::inventory::{Format, Job};
    /// let csv = "domain,registered,intent\nbeispiel.de,2005-04-04,close\n";
    /// let today = chrono::NaiveDate::from_ymd_opt(2009, 2, 1).unwrap();
    /// let mut job = Job::new(csv, Format::Csv, today, domainguard::Locale::De, domainguard::policy::default_policy()).unwrap();
    /// while job.step(1000) < job.total() {}
    /// let report = job.finish();
    /// assert_eq!(report.rows()[0].next_action, "SEND_CLOSE_NOTICE");
    /// assert_eq!(report.rows()[0].deadline.as_deref(), Some("2009-03-14"));
    /// ```
    pub fn new(
        text: &str,
        format: Format,
        today: NaiveDate,
        locale: Locale,
        policy: Policy,
    ) -> Result<Job, ListError> {
        if text.len() > crate::MAX_INVENTORY_BYTES {
            return Err(ListError {
                message: render(
                    &INVENTORY_TOO_LARGE,
                    locale,
                    &[("limit", &crate::MAX_INVENTORY_BYTES.to_string())],
                ),
            });
        }
        let raw = match format {
            Format::Csv => read_csv(text, locale)?,
            Format::Json => {
                let parsed = parse_json_text(text).ok_or_else(|| ListError {
                    message: label(&INVENTORY_INVALID_JSON, locale).to_string(),
                })?;
                read_json(&parsed, locale)?
            }
        };
        Ok(Job::from_raw(raw, today, locale, policy))
    }

    /// Starts a job on a list already read into a JSON value (wasm: a JS array of objects).
    ///
    /// # Errors
    /// A value of the wrong shape.
    pub fn from_json(
        list: &Json,
        today: NaiveDate,
        locale: Locale,
        policy: Policy,
    ) -> Result<Job, ListError> {
        Ok(Job::from_raw(
            read_json(list, locale)?,
            today,
            locale,
            policy,
        ))
    }

    fn from_raw(store: Store, today: NaiveDate, locale: Locale, policy: Policy) -> Job {
        Job {
            today,
            locale,
            policy,
            // reserved at the first step, when the list's text the caller held may be free
            checked: Vec::new(),
            names: String::new(),
            store,
            next: 0,
        }
    }

    /// How many rows the list has.
    pub fn total(&self) -> usize {
        self.store.rows.len()
    }

    /// Checks up to `n` more rows; returns how many are done. A checked row keeps its sort
    /// key, dates and shown domain; its message is made when the row is shown.
    pub fn step(&mut self, n: usize) -> usize {
        let end = self.next.saturating_add(n).min(self.store.rows.len());
        if self.checked.capacity() == 0 {
            self.checked.reserve_exact(self.store.rows.len());
        }
        // taken out while the rows' outcomes borrow the job
        let mut checked = std::mem::take(&mut self.checked);
        let mut names = std::mem::take(&mut self.names);
        for i in self.next..end {
            let Some(raw) = self.store.rows.get(i).copied() else {
                break;
            };
            let o = self.outcome(&raw, false, None);
            let days = o.dates.map_or(NO_DAYS, |(_, deadline)| {
                (days_between(self.today, deadline).clamp(-(1 << 40), 1 << 40) + (1 << 40)) as u64
            });
            let renewal = o.dates.map_or(i32::MIN, |(renewal, _)| {
                i32::try_from(days_between(self.today, renewal))
                    .unwrap_or(i32::MAX)
                    .max(i32::MIN + 1)
            });
            let (start, end) = if *o.domain == *self.store.get(&raw, DOMAIN) {
                // as written in the list: the store's text (start marked with IN_STORE)
                let (start, end) = (raw.ends[DOMAIN], raw.ends[DOMAIN + 1]);
                (start | IN_STORE, end)
            } else {
                let start = u32::try_from(names.len()).unwrap_or(u32::MAX);
                names.push_str(&o.domain);
                (start, u32::try_from(names.len()).unwrap_or(u32::MAX))
            };
            checked.push(Checked {
                key: (u64::from(severity_rank(o.severity)) << 56) | days,
                raw: u32::try_from(i).unwrap_or(u32::MAX),
                name: (start, end),
                renewal,
                action: u8::try_from(action_rank(o.action)).unwrap_or(u8::MAX),
                prefix: prefix_of(&o.domain),
            });
        }
        self.checked = checked;
        self.names = names;
        self.next = end;
        self.next
    }

    /// The shown domain of `c`.
    fn name(&self, c: &Checked) -> Option<&str> {
        let (start, end) = (c.name.0, c.name.1 as usize);
        if start & IN_STORE != 0 {
            self.store.text.get((start & !IN_STORE) as usize..end)
        } else {
            self.names.get(start as usize..end)
        }
    }

    /// The row `c` as shown: its texts and message made now, by the code that checked it.
    fn render(&self, c: &Checked) -> Row {
        let Some(raw) = self.store.rows.get(c.raw as usize) else {
            return Row {
                line: 0,
                domain: String::new(),
                holder: String::new(),
                renewal: None,
                next_action: "FIX_ROW",
                deadline: None,
                days_left: None,
                severity: "error",
                message: String::new(),
                error: None,
            };
        };
        let known = (c.severity() != 0).then(|| self.name(c)).flatten();
        let o = self.outcome(raw, true, known);
        Row {
            line: raw.line as usize,
            domain: o.domain.into_owned(),
            holder: self.store.get(raw, HOLDER).to_string(),
            renewal: o.dates.map(|(renewal, _)| iso(renewal)),
            next_action: o.action,
            deadline: o.dates.map(|(_, deadline)| iso(deadline)),
            days_left: o
                .dates
                .map(|(_, deadline)| days_between(self.today, deadline)),
            severity: o.severity,
            message: o.message,
            error: o.error,
        }
    }

    /// Checks what is left and sorts the rows: errors, then high, medium, low; soonest first;
    /// then by domain, then in the list's order.
    pub fn finish(mut self) -> Report {
        self.step(usize::MAX);
        let checked = urgency_order(std::mem::take(&mut self.checked), |c| self.name(c));
        let mut summary = Summary {
            total: checked.len(),
            ..Summary::default()
        };
        for c in &checked {
            match c.severity() {
                0 => summary.error += 1,
                1 => summary.high += 1,
                2 => summary.medium += 1,
                _ => summary.low += 1,
            }
        }
        Report {
            today: iso(self.today),
            summary,
            locale: self.locale,
            job: self,
            checked,
            order: Vec::new(),
        }
    }

    /// A row that cannot be read: `error` (from the [`Reader`], its `field` the column or
    /// `None`) becomes the row's message, prefixed with the line (and the column).
    fn error_row(&self, raw: &RawRow, mut error: InputError) -> Outcome<'_> {
        let line = raw.line;
        let detail = match &error.field {
            Some(col) => {
                let prefix = format!("`{col}`: ");
                let text = error
                    .message
                    .strip_prefix(&prefix)
                    .unwrap_or(&error.message);
                render(
                    &INVENTORY_AT_LINE_COLUMN,
                    self.locale,
                    &[("line", &line.to_string()), ("column", col), ("text", text)],
                )
            }
            None => render(
                &INVENTORY_AT_LINE,
                self.locale,
                &[("line", &line.to_string()), ("text", &error.message)],
            ),
        };
        error.message.clone_from(&detail);
        Outcome {
            domain: Cow::Borrowed(self.store.get(raw, DOMAIN)),
            action: "FIX_ROW",
            severity: "error",
            dates: None,
            message: detail,
            error: Some(Box::new(error)),
        }
    }

    /// The error `read` makes with a [`Reader`] (the one every case's fields go through).
    fn read_error(&self, read: impl FnOnce(&mut Reader)) -> InputError {
        let mut r = Reader::new(self.locale);
        read(&mut r);
        r.errors.pop().unwrap_or_else(|| InputError {
            code: InputCode::INVALID_VALUE.name(),
            field: None,
            control: None,
            message: String::new(),
            params: Json::Null,
        })
    }

    /// A row whose dates leave the calendar's range.
    fn no_dates(&self, raw: &RawRow) -> Outcome<'_> {
        let l = self.locale;
        let renewal = self.store.get(raw, RENEWAL);
        let error = InputError {
            code: InputCode::INVALID_DATE.name(),
            field: None,
            control: None,
            message: label(&INVENTORY_NO_RENEWAL_DATE, l).to_string(),
            params: Json::object([("found", Json::from(renewal))]),
        };
        self.error_row(raw, error)
    }

    /// A transfer asked for (R-T3, R-T5, R-T9, R-T12): the transfer-safe date, and, by the
    /// registry's profile and the Transfer Policy version in force, the gTLD window after
    /// creation or the last transfer and the code's lifetime — the same figures the
    /// `transfer_out` rules use. `history`: the registration, the last transfer and when the
    /// AuthInfo was created, as far as known; `full` as for `Job::outcome`.
    fn transfer(
        &self,
        tld: &str,
        safe: NaiveDate,
        renewal: NaiveDate,
        history: [Option<NaiveDate>; 3],
        full: bool,
    ) -> (&'static str, NaiveDate, &'static str, String) {
        let [registered, last_transfer, authinfo_created] = history;
        let l = self.locale;
        let today = self.today;
        let date = |d: NaiveDate| Json::String(iso(d));
        let say = |code: Code, params: &dyn Fn() -> Json| {
            if full {
                code.message(l, &params())
            } else {
                String::new()
            }
        };
        let profile = self.policy.tld(tld);
        // R-T5, R-T12: an AuthInfo past its lifetime must not be released.
        let expires = authinfo_created
            .zip(self.policy.authinfo_valid_days(&profile, today))
            .and_then(|(created, days)| {
                schedule::authinfo_expires(created, days).map(|e| (created, e, days))
            });
        if let Some((created, exp, days)) = expires.filter(|(_, e, _)| today >= *e) {
            return (
                "AUTHINFO_EXPIRED",
                exp,
                "high",
                say(Code::AUTHINFO_EXPIRED, &|| {
                    Json::object([
                        ("created", date(created)),
                        ("authinfo_expires", date(exp)),
                        ("valid_days", Json::from(days)),
                    ])
                }),
            );
        }
        if today > safe {
            return (
                "TRANSFER_TOO_LATE",
                renewal,
                "high",
                say(Code::TRANSFER_PLANNED_TOO_LATE, &|| {
                    Json::object([
                        ("planned_transfer", date(today)),
                        ("transfer_safe_until", date(safe)),
                        ("renewal", date(renewal)),
                    ])
                }),
            );
        }
        let mut parts = vec![say(Code::TRANSFER_SAFE_UNTIL, &|| {
            Json::object([
                ("transfer_safe_until", date(safe)),
                ("renewal", date(renewal)),
            ])
        })];
        // R-T9: the window after creation or the last transfer, by the version in force.
        let transfer_policy = match profile.registry {
            crate::policy::Registry::Gtld => self.policy.transfer_policy(today),
            _ => None,
        };
        if let (Some(tp), Some(reg)) = (transfer_policy, registered) {
            if let Some((until, since, days)) =
                schedule::transfer_lock_until(reg, last_transfer, tp)
            {
                if today <= until {
                    let since = match since {
                        schedule::LockSince::Transfer => "transfer",
                        schedule::LockSince::Creation => "creation",
                    };
                    parts.push(say(Code::TRANSFER_WITHIN_LOCK_PERIOD, &|| {
                        Json::object([
                            ("transfer_lock_until", date(until)),
                            ("since", since.into()),
                            ("lock_days", Json::from(days)),
                        ])
                    }));
                }
            }
        }
        // The code runs out before the safe date: the transfer must be done by then.
        let mut deadline = safe;
        if let Some((_, exp, _)) = expires.filter(|(_, e, _)| *e <= safe) {
            deadline = crate::dates::shift(exp, -1).unwrap_or(exp);
            parts.push(say(Code::AUTHINFO_EXPIRES_BEFORE_TRANSFER, &|| {
                Json::object([
                    ("authinfo_expires", date(exp)),
                    ("planned_transfer", date(safe)),
                ])
            }));
        }
        (
            "COMPLETE_TRANSFER",
            deadline,
            by_days(days_between(today, deadline)),
            parts.join(" "),
        )
    }

    /// What a row comes to. `full`: with its message (else the message is left empty and
    /// only the action, severity and dates are worked out). `known`: the row's domain as this
    /// job normalised it before (so it is not parsed again when its TLD is ASCII).
    fn outcome<'a>(&'a self, raw: &RawRow, full: bool, known: Option<&'a str>) -> Outcome<'a> {
        let l = self.locale;
        let field = |k: usize| self.store.get(raw, k);
        let domain = field(DOMAIN);
        let parsed;
        fn ascii_tld(u: &str) -> Option<(&str, &str)> {
            Some((u, u.rsplit('.').next().filter(|t| t.is_ascii())?))
        }
        // A name already in its plain ASCII form is not parsed (see `is_plain_ascii`).
        let plain = || {
            crate::domain::is_plain_ascii(domain)
                .then(|| ascii_tld(domain))
                .flatten()
        };
        let (shown, tld): (Cow<'a, str>, &str) = match known.and_then(ascii_tld).or_else(plain) {
            Some((known, tld)) => (Cow::Borrowed(known), tld),
            None => match DomainName::parse(domain) {
                Ok(n) => {
                    parsed = n;
                    (Cow::Owned(parsed.unicode().to_string()), parsed.tld())
                }
                Err(e) => {
                    let shown: String = domain.chars().take(80).collect();
                    let error = self.read_error(|r| {
                        r.error(
                            InputCode::INVALID_DOMAIN,
                            "domain",
                            e.message(l),
                            Json::object([("reason", e.code().into()), ("found", shown.into())]),
                        );
                    });
                    return self.error_row(raw, error);
                }
            },
        };
        // Dates are read without a detour through the reader; a bad one is read again by it
        // for its error (code, message, params), so the wording is the case's.
        let date = |k: usize| -> Result<Option<NaiveDate>, InputError> {
            let text = field(k);
            if text.is_empty() {
                return Ok(None);
            }
            match parse_date(text) {
                Ok(d) if d.year() <= crate::input::LAST_YEAR => Ok(Some(d)),
                _ => Err(self.read_error(|r| {
                    r.date(&Json::from(text), COLUMNS.get(k).unwrap_or(&""), false);
                })),
            }
        };
        let (registered, renewal, last_transfer, authinfo_created) = match (
            date(REGISTERED),
            date(RENEWAL),
            date(LAST_TRANSFER),
            date(AUTHINFO_CREATED),
        ) {
            (Ok(a), Ok(b), Ok(c), Ok(d)) => (a, b, c, d),
            (Err(m), ..) | (_, Err(m), ..) | (_, _, Err(m), _) | (_, _, _, Err(m)) => {
                return self.error_row(raw, m)
            }
        };
        let one_of =
            |text: &str, words: &[&str]| words.iter().any(|w| text.eq_ignore_ascii_case(w));
        let invalid = |col: &'static str, expected: &[&'static str], message: String| {
            let found =
                field(COLUMNS.iter().position(|c| *c == col).unwrap_or(0)).to_ascii_lowercase();
            let expected = Json::Array(expected.iter().map(|e| Json::from(*e)).collect());
            self.read_error(|r| {
                r.error(
                    InputCode::INVALID_VALUE,
                    col,
                    message,
                    Json::object([("expected", expected), ("found", found.into())]),
                );
            })
        };
        let unpaid_text = field(INVOICE_UNPAID);
        let unpaid = if one_of(unpaid_text, &["", "false", "no", "nein", "0"]) {
            false
        } else if one_of(unpaid_text, &["true", "yes", "ja", "1"]) {
            true
        } else {
            let other = unpaid_text.to_ascii_lowercase();
            let error = invalid(
                "invoice_unpaid",
                &["true", "false"],
                render(&INVENTORY_EXPECTED_BOOL, l, &[("found", &other)]),
            );
            return self.error_row(raw, error);
        };
        let intent_text = field(INTENT);
        let intent = if one_of(intent_text, &["", "keep"]) {
            Intent::Keep
        } else if intent_text.eq_ignore_ascii_case("close") {
            Intent::Close
        } else if intent_text.eq_ignore_ascii_case("transfer") {
            Intent::Transfer
        } else {
            let other = intent_text.to_ascii_lowercase();
            let error = invalid(
                "intent",
                &["keep", "close", "transfer"],
                render(&INVENTORY_EXPECTED_INTENT, l, &[("found", &other)]),
            );
            return self.error_row(raw, error);
        };
        if let Some(reg) = registered.filter(|r| *r > self.today) {
            let shown = crate::dates::display(reg, l);
            let error = self.read_error(|r| {
                r.error(
                    InputCode::INVALID_DATE,
                    "registered",
                    render(&INVENTORY_REGISTERED_AFTER_TODAY, l, &[("date", &shown)]),
                    Json::object([
                        ("found", Json::String(iso(reg))),
                        ("today", Json::String(iso(self.today))),
                    ]),
                );
            });
            return self.error_row(raw, error);
        }
        let leap = self.policy.leap_day_renewal;
        let renewal = match (renewal, registered) {
            (Some(r), _) => r,
            (None, Some(reg)) => match next_renewal(reg, self.today, leap) {
                Some(r) => r,
                None => return self.no_dates(raw),
            },
            (None, None) => {
                let error = InputError {
                    code: InputCode::MISSING_FIELD.name(),
                    field: None,
                    control: None,
                    message: label(&INVENTORY_NO_DATES, l).to_string(),
                    params: Json::object([(
                        "expected",
                        Json::Array(vec!["registered".into(), "renewal".into()]),
                    )]),
                };
                return self.error_row(raw, error);
            }
        };
        let to_renewal = days_between(self.today, renewal);
        let show = |d: NaiveDate| crate::dates::display(d, l);
        let date = |d: NaiveDate| Json::String(iso(d));
        // The messages are the rules' own findings (src/messages.rs), the dates the schedule
        // kernel's (src/schedule.rs): one wording and one computation for case and list.
        let say = |code: Code, params: &dyn Fn() -> Json| {
            if full {
                code.message(l, &params())
            } else {
                String::new()
            }
        };
        let (action, deadline, severity, message): (&'static str, NaiveDate, &'static str, String) =
            if unpaid && (0..=self.policy.renewal_warning_days).contains(&to_renewal) {
                (
                    "RENEWAL_AT_RISK",
                    renewal,
                    "high",
                    say(Code::DOMAIN_RENEWAL_AT_RISK, &|| {
                        Json::object([
                            ("domain", Json::from(&*shown)),
                            ("renewal", date(renewal)),
                            ("days_left", Json::from(to_renewal)),
                        ])
                    }),
                )
            } else {
                match intent {
                    Intent::Close => match schedule::close_at_expiry(
                        registered.unwrap_or(renewal),
                        renewal,
                        self.today,
                        self.policy.notice_days_for(tld),
                        self.policy.undo_days,
                        leap,
                    ) {
                        // R-C4: the deadline that matters now is the renewal about to be billed.
                        Some(e) if e.missed_deadline.is_some() => (
                            "CLOSE_NOTICE_MISSED",
                            renewal,
                            "high",
                            say(Code::CLOSE_NOTICE_LATE, &|| {
                                Json::object([
                                    ("renewal", date(renewal)),
                                    (
                                        "missed_deadline",
                                        e.missed_deadline.map_or(Json::Null, date),
                                    ),
                                    ("close_date", date(e.close_date)),
                                    ("notice_deadline", date(e.notice_deadline)),
                                ])
                            }),
                        ),
                        Some(e) => (
                            "SEND_CLOSE_NOTICE",
                            e.notice_deadline,
                            by_days(days_between(self.today, e.notice_deadline)),
                            say(Code::CLOSE_SCHEDULED, &|| {
                                Json::object([
                                    ("close_date", date(e.close_date)),
                                    ("notice_deadline", date(e.notice_deadline)),
                                    ("undo_until", date(e.undo_until)),
                                ])
                            }),
                        ),
                        None => return self.no_dates(raw),
                    },
                    Intent::Transfer => {
                        let Some(safe) = self.policy.transfer_safe_until(renewal) else {
                            return self.no_dates(raw);
                        };
                        self.transfer(
                            tld,
                            safe,
                            renewal,
                            [registered, last_transfer, authinfo_created],
                            full,
                        )
                    }
                    Intent::Keep => {
                        let cancel_by =
                            self.policy.notice_deadline(renewal, tld).unwrap_or(renewal);
                        (
                            "RENEWAL",
                            renewal,
                            if unpaid { "medium" } else { "low" },
                            if full {
                                crate::text::render(
                                    &crate::text::labels::REPORT_RENEWS,
                                    l,
                                    &[("renewal", &show(renewal)), ("cancel_by", &show(cancel_by))],
                                )
                            } else {
                                String::new()
                            },
                        )
                    }
                }
            };
        Outcome {
            domain: shown,
            action,
            severity,
            dates: Some((renewal, deadline)),
            message,
            error: None,
        }
    }
}

/// Makes the whole report in one go.
///
/// # Errors
/// As [`Job::new`].
pub fn report(
    text: &str,
    format: Format,
    today: NaiveDate,
    locale: Locale,
    policy: Policy,
) -> Result<Report, ListError> {
    Ok(Job::new(text, format, today, locale, policy)?.finish())
}

/// The report as CSV (RFC 4180, CRLF), with a header row, written straight into one buffer,
/// most urgent row first (each row made as it is written).
pub fn to_csv(report: &Report) -> String {
    let mut out = csv_header(report.len());
    report.for_each_row(|r| csv_row(&mut out, r));
    out
}

/// The text [`to_csv`] makes, handed to `each` in parts of about `part` bytes (whole
/// records) as it is written, so that no more than one part is held at a time.
pub fn to_csv_parts(report: &Report, part: usize, mut each: impl FnMut(&str)) {
    let mut out = csv_header(0);
    out.reserve(part.saturating_add(4096));
    report.for_each_row(|r| {
        csv_row(&mut out, r);
        if out.len() >= part {
            each(&out);
            out.clear();
        }
    });
    each(&out);
}

/// `rows` as CSV, as [`to_csv`] writes them.
pub fn rows_to_csv(rows: &[Row]) -> String {
    let mut out = csv_header(rows.len());
    for r in rows {
        csv_row(&mut out, r);
    }
    out
}

fn csv_header(rows: usize) -> String {
    let mut out = String::with_capacity(rows.saturating_mul(200).saturating_add(64));
    out.push_str("domain,holder,renewal,next_action,deadline,days_left,severity,message\r\n");
    out
}

fn csv_row(out: &mut String, r: &Row) {
    cell(out, &r.domain);
    out.push(',');
    cell(out, &r.holder);
    out.push(',');
    cell(out, r.renewal.as_deref().unwrap_or(""));
    out.push(',');
    cell(out, r.next_action);
    out.push(',');
    cell(out, r.deadline.as_deref().unwrap_or(""));
    out.push(',');
    if let Some(d) = r.days_left {
        // a number: never quoted, never a formula
        use std::fmt::Write;
        let _ = write!(out, "{d}");
    }
    out.push(',');
    cell(out, r.severity);
    out.push(',');
    cell(out, &r.message);
    out.push_str("\r\n");
}

/// One CSV cell: quoted when needed; a cell a spreadsheet would read as a formula (OWASP: a
/// leading =, +, -, @, TAB or CR) is prefixed with ' so it stays text. Our own day counts (-5)
/// are numbers and stay as they are.
fn cell(out: &mut String, f: &str) {
    let formula = matches!(
        f.bytes().next(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    ) && f.parse::<i64>().is_err();
    let quote = f.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'));
    if !quote && !formula {
        out.push_str(f);
        return;
    }
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    if quote {
        for (i, part) in f.split('"').enumerate() {
            if i > 0 {
                out.push_str("\"\"");
            }
            out.push_str(part);
        }
        out.push('"');
    } else {
        out.push_str(f);
    }
}

/// JSON text into a [`Json`] without a JSON library in the wasm build: the CLI reads JSON lists
/// with serde_json; here only the browser's own `JSON.parse` result arrives (see `wasm.rs`),
/// so this is for native callers.
#[cfg(not(target_arch = "wasm32"))]
fn parse_json_text(text: &str) -> Option<Json> {
    crate::json::parse_text(
        text,
        crate::MAX_INVENTORY_BYTES,
        MAX_ROWS.saturating_mul(16),
    )
    .ok()
}

#[cfg(target_arch = "wasm32")]
fn parse_json_text(_text: &str) -> Option<Json> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Comparing the prefixes first, then the texts, orders names as comparing the texts does.
    #[test]
    fn prefixes_keep_the_order_of_the_names() {
        let names = [
            "",
            "a",
            "a\0",
            "a\0b",
            "ab",
            "abcdefg",
            "abcdefgh",
            "abcdefgh.de",
            "abcdefgi",
            "abcdefg\0z",
            "bücher.de",
            "bucher.de",
            "b",
            "z",
            "ü",
            "kunde-1.de",
            "kunde-10.de",
            "kunde-2.de",
        ];
        for a in names {
            for b in names {
                let fast = prefix_of(a).cmp(&prefix_of(b)).then_with(|| a.cmp(b));
                assert_eq!(fast, a.cmp(b), "{a:?} {b:?}");
            }
        }
    }

    /// The radix sort gives the order of one comparison sort by key, domain and place in the
    /// list: rows with equal keys, equal prefixes, equal domains, no deadline, every severity.
    #[test]
    fn urgency_order_is_key_then_domain_then_place() {
        let words = [
            "kunde-1",
            "kunde-10",
            "kunde-100",
            "bücher",
            "a",
            "",
            "kunde-10",
        ];
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move |m: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % m
        };
        let mut names = Vec::new();
        let mut checked = Vec::new();
        for i in 0..3000u32 {
            let word = words.get(next(7) as usize).copied().unwrap_or("");
            let name = format!("{word}{}.de", next(4));
            let days = match next(5) {
                0 => NO_DAYS,
                k => k * 1000 + next(3) + (1 << 40),
            };
            checked.push(Checked {
                key: (next(4) << 56) | days,
                raw: i,
                name: (0, 0),
                renewal: 0,
                action: 0,
                prefix: prefix_of(&name),
            });
            names.push(name);
        }
        let name = |c: &Checked| names.get(c.raw as usize).map(String::as_str);
        let mut expected = checked.clone();
        expected.sort_by(|a, b| {
            a.key
                .cmp(&b.key)
                .then_with(|| name(a).cmp(&name(b)))
                .then(a.raw.cmp(&b.raw))
        });
        let got = urgency_order(checked, name);
        let raws = |rows: &[Checked]| rows.iter().map(|c| c.raw).collect::<Vec<_>>();
        assert_eq!(raws(&got), raws(&expected));
        assert!(urgency_order(Vec::new(), name).is_empty());
    }
}
