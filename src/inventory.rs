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

use crate::dates::{days_between, iso, parse_date};
use crate::domain::DomainName;
use crate::json::Json;
use crate::messages::Code;
use crate::policy::Policy;
use crate::schedule::{self, next_renewal};
use crate::Locale;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// What the holder asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Intent {
    Keep,
    Close,
    Transfer,
}

/// One domain as read from the list (all fields still text).
#[derive(Debug, Clone, Default)]
struct RawRow {
    line: usize,
    domain: String,
    registered: String,
    renewal: String,
    holder: String,
    invoice_unpaid: String,
    intent: String,
    last_transfer: String,
    authinfo_created: String,
}

/// One row of the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
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

/// The whole report.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    /// The day it was made for.
    pub today: String,
    /// Counts.
    pub summary: Summary,
    /// The rows, most urgent first.
    pub rows: Vec<Row>,
    /// The language of the messages (for documents made from the report).
    #[serde(skip)]
    pub locale: Locale,
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
        message: locale.pick(
            format!("Die Liste hat mehr als {MAX_ROWS} Zeilen; bitte teilen Sie sie auf."),
            format!("The list has more than {MAX_ROWS} rows; please split it."),
        ),
    }
}

/// Reads CSV records (RFC 4180: quoted fields, doubled quotes, CRLF or LF) one at a time into
/// `record` (its buffers reused) and hands each non-blank one to `each` with its first line.
/// Memory: one record, whatever the text's shape; more than [`MAX_COLUMNS`] fields in a
/// record is an error naming its line.
fn csv_each(
    text: &str,
    sep: char,
    locale: Locale,
    mut each: impl FnMut(usize, &[String]) -> Result<(), ListError>,
) -> Result<(), ListError> {
    let mut record: Vec<String> = Vec::new();
    let mut used = 0; // fields of `record` in use
    let mut quoted = false;
    let mut line = 1;
    let mut start_line = 1;
    let mut chars = text.chars().peekable();
    let too_many = |line: usize| ListError {
        message: locale.pick(
            format!("Zeile {line} hat mehr als {MAX_COLUMNS} Spalten."),
            format!("Line {line} has more than {MAX_COLUMNS} columns."),
        ),
    };
    // Starts the next field of the record (reusing a buffer when there is one).
    let next_field = |record: &mut Vec<String>, used: &mut usize| -> bool {
        if *used >= MAX_COLUMNS {
            return false;
        }
        match record.get_mut(*used) {
            Some(f) => f.clear(),
            None => record.push(String::new()),
        }
        *used += 1;
        true
    };
    let blank = |fields: &[String]| fields.len() == 1 && fields.iter().all(|f| f.trim().is_empty());
    if !next_field(&mut record, &mut used) {
        return Err(too_many(start_line));
    }
    while let Some(c) = chars.next() {
        let field = match record.get_mut(used.wrapping_sub(1)) {
            Some(f) => f,
            None => break,
        };
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
            (false, '"') if field.is_empty() => quoted = true,
            (false, c) if c == sep => {
                if !next_field(&mut record, &mut used) {
                    return Err(too_many(start_line));
                }
            }
            (false, '\r') => {}
            (false, '\n') => {
                let fields = record.get(..used).unwrap_or(&[]);
                if !blank(fields) {
                    each(start_line, fields)?;
                }
                used = 0;
                next_field(&mut record, &mut used);
                line += 1;
                start_line = line;
            }
            (false, c) => field.push(c),
        }
    }
    let fields = record.get(..used).unwrap_or(&[]);
    if !fields.is_empty() && !blank(fields) {
        each(start_line, fields)?;
    }
    Ok(())
}

fn read_csv(text: &str, locale: Locale) -> Result<Vec<RawRow>, ListError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header_line = text.lines().next().unwrap_or("");
    let sep = if header_line.contains(';') && !header_line.contains(',') {
        ';'
    } else {
        ','
    };
    let mut header: Option<Vec<String>> = None;
    let mut cols: Vec<Option<usize>> = Vec::new();
    let mut domain_col = 0;
    let mut rows: Vec<RawRow> = Vec::new();
    csv_each(text, sep, locale, |line, r| {
        if header.is_none() {
            let h: Vec<String> = r.iter().map(|h| h.trim().to_ascii_lowercase()).collect();
            let index = |name: &str| h.iter().position(|c| c == name);
            domain_col = index("domain").ok_or_else(|| ListError {
                message: locale.pick(
                    format!(
                        "Die Kopfzeile hat keine Spalte `domain`; erwartet werden die Spalten {}.",
                        COLUMNS.join(", ")
                    ),
                    format!(
                        "The header row has no `domain` column; expected the columns {}.",
                        COLUMNS.join(", ")
                    ),
                ),
            })?;
            cols = COLUMNS.iter().map(|c| index(c)).collect();
            header = Some(h);
            return Ok(());
        }
        if rows.len() >= MAX_ROWS {
            return Err(too_many_rows(locale));
        }
        let get = |col: Option<usize>| {
            col.and_then(|i| r.get(i))
                .map(|s| s.trim().to_string())
                .unwrap_or_default()
        };
        rows.push(RawRow {
            line,
            domain: get(Some(domain_col)),
            registered: get(cols.get(1).copied().flatten()),
            renewal: get(cols.get(2).copied().flatten()),
            holder: get(cols.get(3).copied().flatten()),
            invoice_unpaid: get(cols.get(4).copied().flatten()),
            intent: get(cols.get(5).copied().flatten()),
            last_transfer: get(cols.get(6).copied().flatten()),
            authinfo_created: get(cols.get(7).copied().flatten()),
        });
        Ok(())
    })?;
    if header.is_none() {
        return Err(ListError {
            message: locale
                .pick("Die Liste ist leer.", "The list is empty.")
                .to_string(),
        });
    }
    Ok(rows)
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

fn read_json(list: &Json, locale: Locale) -> Result<Vec<RawRow>, ListError> {
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
            message: locale
                .pick(
                    "Erwartet ein JSON-Array von Domains oder {\"domains\": [...]}.",
                    "Expected a JSON array of domains or {\"domains\": [...]}.",
                )
                .to_string(),
        });
    }
    if items.len() > MAX_ROWS {
        return Err(too_many_rows(locale));
    }
    let text = |v: &Json| match v {
        Json::String(s) => s.trim().to_string(),
        Json::Bool(b) => b.to_string(),
        Json::Number(n) => crate::json::number_text(*n),
        _ => String::new(),
    };
    Ok(items
        .iter()
        .enumerate()
        .map(|(i, item)| RawRow {
            line: i + 1,
            domain: text(item.get("domain")),
            registered: text(item.get("registered")),
            renewal: text(item.get("renewal")),
            holder: text(item.get("holder")),
            invoice_unpaid: text(item.get("invoice_unpaid")),
            intent: text(item.get("intent")),
            last_transfer: text(item.get("last_transfer")),
            authinfo_created: text(item.get("authinfo_created")),
        })
        .collect())
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
    raw: Vec<RawRow>,
    next: usize,
    rows: Vec<Row>,
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
    /// assert_eq!(report.rows[0].next_action, "SEND_CLOSE_NOTICE");
    /// assert_eq!(report.rows[0].deadline.as_deref(), Some("2009-03-14"));
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
                message: locale.pick(
                    format!(
                        "Die Liste ist größer als die Grenze von {} Bytes und wird nicht gelesen.",
                        crate::MAX_INVENTORY_BYTES
                    ),
                    format!(
                        "The list is larger than the limit of {} bytes and is not read.",
                        crate::MAX_INVENTORY_BYTES
                    ),
                ),
            });
        }
        let raw = match format {
            Format::Csv => read_csv(text, locale)?,
            Format::Json => {
                let parsed = parse_json_text(text).ok_or_else(|| ListError {
                    message: locale
                        .pick(
                            "Die Liste ist kein gültiges JSON.",
                            "The list is not valid JSON.",
                        )
                        .to_string(),
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

    fn from_raw(raw: Vec<RawRow>, today: NaiveDate, locale: Locale, policy: Policy) -> Job {
        Job {
            today,
            locale,
            policy,
            rows: Vec::with_capacity(raw.len()),
            raw,
            next: 0,
        }
    }

    /// How many rows the list has.
    pub fn total(&self) -> usize {
        self.raw.len()
    }

    /// Checks up to `n` more rows; returns how many are done.
    pub fn step(&mut self, n: usize) -> usize {
        let end = self.next.saturating_add(n).min(self.raw.len());
        for i in self.next..end {
            if let Some(raw) = self.raw.get(i) {
                let row = self.row(raw);
                self.rows.push(row);
            }
        }
        self.next = end;
        self.next
    }

    /// Checks what is left and sorts the rows: errors, then high, medium, low; soonest first.
    pub fn finish(mut self) -> Report {
        self.step(usize::MAX);
        let mut rows = self.rows;
        rows.sort_by(|a, b| {
            severity_rank(a.severity)
                .cmp(&severity_rank(b.severity))
                .then(
                    a.days_left
                        .unwrap_or(i64::MAX)
                        .cmp(&b.days_left.unwrap_or(i64::MAX)),
                )
                .then_with(|| a.domain.cmp(&b.domain))
        });
        let mut summary = Summary {
            total: rows.len(),
            ..Summary::default()
        };
        for r in &rows {
            match r.severity {
                "error" => summary.error += 1,
                "high" => summary.high += 1,
                "medium" => summary.medium += 1,
                _ => summary.low += 1,
            }
        }
        Report {
            today: iso(self.today),
            summary,
            rows,
            locale: self.locale,
        }
    }

    fn error_row(&self, raw: &RawRow, message: String) -> Row {
        Row {
            line: raw.line,
            domain: raw.domain.clone(),
            holder: raw.holder.clone(),
            renewal: None,
            next_action: "FIX_ROW",
            deadline: None,
            days_left: None,
            severity: "error",
            message,
        }
    }

    /// A row whose dates leave the calendar's range.
    fn no_dates(&self, raw: &RawRow) -> Row {
        let line = raw.line;
        self.error_row(
            raw,
            self.locale.pick(
                format!("Zeile {line}: kein Verlängerungsdatum berechenbar"),
                format!("line {line}: no renewal date can be computed"),
            ),
        )
    }

    /// A transfer asked for (R-T3, R-T5, R-T9, R-T12): the transfer-safe date, and, by the
    /// registry's profile and the Transfer Policy version in force, the gTLD window after
    /// creation or the last transfer and the code's lifetime — the same figures the
    /// `transfer_out` rules use.
    fn transfer(
        &self,
        tld: &str,
        safe: NaiveDate,
        renewal: NaiveDate,
        registered: Option<NaiveDate>,
        last_transfer: Option<NaiveDate>,
        authinfo_created: Option<NaiveDate>,
    ) -> (&'static str, NaiveDate, &'static str, String) {
        let l = self.locale;
        let today = self.today;
        let date = |d: NaiveDate| Json::String(iso(d));
        let say = |code: Code, params: Json| code.message(l, &params);
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
                say(
                    Code::AUTHINFO_EXPIRED,
                    Json::object([
                        ("created", date(created)),
                        ("authinfo_expires", date(exp)),
                        ("valid_days", Json::from(days)),
                    ]),
                ),
            );
        }
        if today > safe {
            return (
                "TRANSFER_TOO_LATE",
                renewal,
                "high",
                say(
                    Code::TRANSFER_PLANNED_TOO_LATE,
                    Json::object([
                        ("planned_transfer", date(today)),
                        ("transfer_safe_until", date(safe)),
                        ("renewal", date(renewal)),
                    ]),
                ),
            );
        }
        let mut parts = vec![say(
            Code::TRANSFER_SAFE_UNTIL,
            Json::object([
                ("transfer_safe_until", date(safe)),
                ("renewal", date(renewal)),
            ]),
        )];
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
                    parts.push(say(
                        Code::TRANSFER_WITHIN_LOCK_PERIOD,
                        Json::object([
                            ("transfer_lock_until", date(until)),
                            ("since", since.into()),
                            ("lock_days", Json::from(days)),
                        ]),
                    ));
                }
            }
        }
        // The code runs out before the safe date: the transfer must be done by then.
        let mut deadline = safe;
        if let Some((_, exp, _)) = expires.filter(|(_, e, _)| *e <= safe) {
            deadline = crate::dates::shift(exp, -1).unwrap_or(exp);
            parts.push(say(
                Code::AUTHINFO_EXPIRES_BEFORE_TRANSFER,
                Json::object([
                    ("authinfo_expires", date(exp)),
                    ("planned_transfer", date(safe)),
                ]),
            ));
        }
        (
            "COMPLETE_TRANSFER",
            deadline,
            by_days(days_between(today, deadline)),
            parts.join(" "),
        )
    }

    fn row(&self, raw: &RawRow) -> Row {
        let l = self.locale;
        let line = raw.line;
        let name = match DomainName::parse(&raw.domain) {
            Ok(n) => n,
            Err(e) => {
                return self.error_row(
                    raw,
                    l.pick(
                        format!("Zeile {line}, Spalte `domain`: {}", e.message(l)),
                        format!("line {line}, column `domain`: {}", e.message(l)),
                    ),
                )
            }
        };
        let date = |col: &str, text: &str| -> Result<Option<NaiveDate>, String> {
            if text.is_empty() {
                return Ok(None);
            }
            let last = crate::input::LAST_YEAR;
            match parse_date(text) {
                Ok(d) if d.year() <= last => Ok(Some(d)),
                Ok(_) | Err(crate::dates::DateError::OutOfRange) => Err(l.pick(
                    format!("Zeile {line}, Spalte `{col}`: erwartet ein Datum zwischen 1985 und {last}, gefunden: `{text}`"),
                    format!("line {line}, column `{col}`: expected a date between 1985 and {last}, but found `{text}`"),
                )),
                Err(_) => Err(l.pick(
                    format!("Zeile {line}, Spalte `{col}`: erwartet ein Datum im Format JJJJ-MM-TT, gefunden: `{text}`"),
                    format!("line {line}, column `{col}`: expected a date as YYYY-MM-DD, but found `{text}`"),
                )),
            }
        };
        let (registered, renewal, last_transfer, authinfo_created) = match (
            date("registered", &raw.registered),
            date("renewal", &raw.renewal),
            date("last_transfer", &raw.last_transfer),
            date("authinfo_created", &raw.authinfo_created),
        ) {
            (Ok(a), Ok(b), Ok(c), Ok(d)) => (a, b, c, d),
            (Err(m), ..) | (_, Err(m), ..) | (_, _, Err(m), _) | (_, _, _, Err(m)) => {
                return self.error_row(raw, m)
            }
        };
        let unpaid = match raw.invoice_unpaid.to_ascii_lowercase().as_str() {
            "" | "false" | "no" | "nein" | "0" => false,
            "true" | "yes" | "ja" | "1" => true,
            other => {
                return self.error_row(
                    raw,
                    l.pick(
                        format!("Zeile {line}, Spalte `invoice_unpaid`: erwartet true oder false, gefunden: `{other}`"),
                        format!("line {line}, column `invoice_unpaid`: expected true or false, but found `{other}`"),
                    ),
                )
            }
        };
        let intent = match raw.intent.to_ascii_lowercase().as_str() {
            "" | "keep" => Intent::Keep,
            "close" => Intent::Close,
            "transfer" => Intent::Transfer,
            other => {
                return self.error_row(
                    raw,
                    l.pick(
                        format!("Zeile {line}, Spalte `intent`: erwartet `keep`, `close` oder `transfer`, gefunden: `{other}`"),
                        format!("line {line}, column `intent`: expected `keep`, `close` or `transfer`, but found `{other}`"),
                    ),
                )
            }
        };
        if let Some(reg) = registered.filter(|r| *r > self.today) {
            return self.error_row(
                raw,
                l.pick(
                    format!(
                        "Zeile {line}, Spalte `registered`: {} liegt nach dem heutigen Tag",
                        crate::dates::display(reg, l)
                    ),
                    format!(
                        "line {line}, column `registered`: {} lies after today",
                        crate::dates::display(reg, l)
                    ),
                ),
            );
        }
        let leap = self.policy.leap_day_renewal;
        let renewal = match (renewal, registered) {
            (Some(r), _) => r,
            (None, Some(reg)) => match next_renewal(reg, self.today, leap) {
                Some(r) => r,
                None => {
                    return self.error_row(
                        raw,
                        l.pick(
                            format!("Zeile {line}: kein Verlängerungsdatum berechenbar"),
                            format!("line {line}: no renewal date can be computed"),
                        ),
                    )
                }
            },
            (None, None) => {
                return self.error_row(
                    raw,
                    l.pick(
                        format!("Zeile {line}: erwartet `registered` oder `renewal`, beide fehlen"),
                        format!(
                            "line {line}: expected `registered` or `renewal`, both are missing"
                        ),
                    ),
                )
            }
        };
        let tld = name.tld();
        let to_renewal = days_between(self.today, renewal);
        let show = |d: NaiveDate| crate::dates::display(d, l);
        let unicode = name.unicode().to_string();
        let date = |d: NaiveDate| Json::String(iso(d));
        // The messages are the rules' own findings (src/messages.rs), the dates the schedule
        // kernel's (src/schedule.rs): one wording and one computation for case and list.
        let say = |code: Code, params: Json| code.message(l, &params);
        let (action, deadline, severity, message): (&'static str, NaiveDate, &'static str, String) =
            if unpaid && (0..=self.policy.renewal_warning_days).contains(&to_renewal) {
                (
                    "RENEWAL_AT_RISK",
                    renewal,
                    "high",
                    say(
                        Code::DOMAIN_RENEWAL_AT_RISK,
                        Json::object([
                            ("domain", Json::from(unicode.as_str())),
                            ("renewal", date(renewal)),
                            ("days_left", Json::from(to_renewal)),
                        ]),
                    ),
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
                            say(
                                Code::CLOSE_NOTICE_LATE,
                                Json::object([
                                    ("renewal", date(renewal)),
                                    (
                                        "missed_deadline",
                                        e.missed_deadline.map_or(Json::Null, date),
                                    ),
                                    ("close_date", date(e.close_date)),
                                    ("notice_deadline", date(e.notice_deadline)),
                                ]),
                            ),
                        ),
                        Some(e) => (
                            "SEND_CLOSE_NOTICE",
                            e.notice_deadline,
                            by_days(days_between(self.today, e.notice_deadline)),
                            say(
                                Code::CLOSE_SCHEDULED,
                                Json::object([
                                    ("close_date", date(e.close_date)),
                                    ("notice_deadline", date(e.notice_deadline)),
                                    ("undo_until", date(e.undo_until)),
                                ]),
                            ),
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
                            registered,
                            last_transfer,
                            authinfo_created,
                        )
                    }
                    Intent::Keep => {
                        let cancel_by =
                            self.policy.notice_deadline(renewal, tld).unwrap_or(renewal);
                        (
                            "RENEWAL",
                            renewal,
                            if unpaid { "medium" } else { "low" },
                            crate::text::render(
                                &crate::text::labels::REPORT_RENEWS,
                                l,
                                &[("renewal", &show(renewal)), ("cancel_by", &show(cancel_by))],
                            ),
                        )
                    }
                }
            };
        Row {
            line,
            domain: unicode,
            holder: raw.holder.clone(),
            renewal: Some(iso(renewal)),
            next_action: action,
            deadline: Some(iso(deadline)),
            days_left: Some(days_between(self.today, deadline)),
            severity,
            message,
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

/// The report as CSV (RFC 4180, CRLF), with a header row.
pub fn to_csv(report: &Report) -> String {
    let mut out = String::with_capacity(report.rows.len() * 96 + 64);
    out.push_str("domain,holder,renewal,next_action,deadline,days_left,severity,message\r\n");
    for r in &report.rows {
        let fields = [
            r.domain.clone(),
            r.holder.clone(),
            r.renewal.clone().unwrap_or_default(),
            r.next_action.to_string(),
            r.deadline.clone().unwrap_or_default(),
            r.days_left.map(|d| d.to_string()).unwrap_or_default(),
            r.severity.to_string(),
            r.message.clone(),
        ];
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            // Quote when needed; a cell a spreadsheet would read as a formula (OWASP: a leading
            // =, +, -, @, TAB or CR) is prefixed with ' so it stays text. Our own day counts
            // (-5) are numbers and stay as they are.
            let formula = f.starts_with(['=', '+', '-', '@', '\t', '\r']);
            let guarded = if formula && f.parse::<i64>().is_err() {
                format!("'{f}")
            } else {
                f.clone()
            };
            if guarded.contains([',', '"', '\n', '\r']) {
                out.push('"');
                out.push_str(&guarded.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(&guarded);
            }
        }
        out.push_str("\r\n");
    }
    out
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
