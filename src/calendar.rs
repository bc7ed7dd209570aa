//! Deadlines as an iCalendar file (RFC 5545): one all-day event per deadline, with reminders
//! a week and a day before. Lines end in CRLF and are folded at 75 octets (never inside a
//! UTF-8 character); text is escaped; UIDs are stable (the same deadline of the same domain
//! always has the same UID, so a re-import updates instead of duplicating); `DTSTAMP` is
//! `today` (the rules never read a clock).

use crate::dates::iso;
use crate::inventory::Report;
use crate::verdict::Deadlines;
use crate::Locale;
use chrono::{Datelike, NaiveDate};

/// One all-day event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Stable identifier.
    pub uid: String,
    /// The day.
    pub date: NaiveDate,
    /// The title.
    pub summary: String,
    /// The details.
    pub description: String,
}

fn compact(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// Escapes TEXT values (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets (RFC 5545 3.1), with CRLF.
fn push_folded(out: &mut String, line: &str) {
    let mut octets = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if octets + len > 75 {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += len;
    }
    out.push_str("\r\n");
}

/// A UID part for a domain: its ASCII (punycode) form, so that `straße.de` and `strasse.de`
/// never share a UID; anything else reduced to letters, digits, dots and hyphens.
fn uid_part(text: &str) -> String {
    if let Ok(name) = crate::domain::DomainName::parse(text) {
        return name.ascii().to_string();
    }
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// The calendar text for `events`.
///
/// # Example
/// ```
/// use domainguard::calendar::{ics, Event};
/// use chrono::NaiveDate;
/// let today = NaiveDate::from_ymd_opt(2009, 2, 1).unwrap();
/// let e = Event { uid: "x@domainguard".into(), date: NaiveDate::from_ymd_opt(2009, 3, 14).unwrap(),
///                 summary: "beispiel.de: Frist".into(), description: "a, b; c".into() };
/// let text = ics(&[e], today);
/// assert!(text.contains("DTSTART;VALUE=DATE:20090314\r\n"));
/// assert!(text.contains("DESCRIPTION:a\\, b\\; c\r\n"));
/// ```
pub fn ics(events: &[Event], today: NaiveDate) -> String {
    let mut out = String::with_capacity(events.len() * 400 + 200);
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//domainguard//domainguard//DE",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_folded(&mut out, line);
    }
    let stamp = format!("DTSTAMP:{}T000000Z", compact(today));
    for e in events {
        push_folded(&mut out, "BEGIN:VEVENT");
        push_folded(&mut out, &format!("UID:{}", e.uid));
        push_folded(&mut out, &stamp);
        push_folded(&mut out, &format!("DTSTART;VALUE=DATE:{}", compact(e.date)));
        let next = e.date.succ_opt().unwrap_or(e.date);
        push_folded(&mut out, &format!("DTEND;VALUE=DATE:{}", compact(next)));
        push_folded(&mut out, &format!("SUMMARY:{}", escape(&e.summary)));
        push_folded(&mut out, &format!("DESCRIPTION:{}", escape(&e.description)));
        push_folded(&mut out, "TRANSP:TRANSPARENT");
        for (trigger, label) in [("-P7D", "7"), ("-P1D", "1")] {
            push_folded(&mut out, "BEGIN:VALARM");
            push_folded(&mut out, "ACTION:DISPLAY");
            push_folded(&mut out, &format!("TRIGGER:{trigger}"));
            push_folded(
                &mut out,
                &format!("DESCRIPTION:{} ({label})", escape(&e.summary)),
            );
            push_folded(&mut out, "END:VALARM");
        }
        push_folded(&mut out, "END:VEVENT");
    }
    push_folded(&mut out, "END:VCALENDAR");
    out
}

/// The deadline keys in the order a page and a calendar list them.
pub const DEADLINE_KEYS: &[&str] = &[
    "notice_deadline",
    "undo_until",
    "close_date",
    "transfer_safe_until",
    "renewal",
    "rgp_until",
    "authinfo_expires",
    "ack_deadline",
    "transfer_lock_until",
];

/// The label of a deadline key (see [`DEADLINE_KEYS`]), as the page, the panels and the
/// calendar show it before the date; `None` for a key that is not a deadline.
///
/// # Example
/// ```
/// use domainguard::{calendar::deadline_label, Locale};
/// assert_eq!(deadline_label("close_date", Locale::De), Some("Schließung zum"));
/// assert_eq!(deadline_label("close_date", Locale::En), Some("Close date"));
/// assert_eq!(deadline_label("holder", Locale::En), None);
/// ```
pub fn deadline_label(key: &str, locale: Locale) -> Option<&'static str> {
    use crate::text::labels::*;
    let e = match key {
        "renewal" => &DEADLINE_RENEWAL,
        "notice_deadline" => &DEADLINE_NOTICE_DEADLINE,
        "close_date" => &DEADLINE_CLOSE_DATE,
        "undo_until" => &DEADLINE_UNDO_UNTIL,
        "rgp_until" => &DEADLINE_RGP_UNTIL,
        "authinfo_expires" => &DEADLINE_AUTHINFO_EXPIRES,
        "ack_deadline" => &DEADLINE_ACK_DEADLINE,
        "transfer_lock_until" => &DEADLINE_TRANSFER_LOCK_UNTIL,
        "transfer_safe_until" => &DEADLINE_TRANSFER_SAFE_UNTIL,
        _ => return None,
    };
    Some(crate::text::label(e, locale))
}

/// The date of a deadline key in `deadlines`.
fn deadline_value<'a>(deadlines: &'a Deadlines, key: &str) -> Option<&'a str> {
    match key {
        "renewal" => &deadlines.renewal,
        "notice_deadline" => &deadlines.notice_deadline,
        "close_date" => &deadlines.close_date,
        "undo_until" => &deadlines.undo_until,
        "rgp_until" => &deadlines.rgp_until,
        "authinfo_expires" => &deadlines.authinfo_expires,
        "ack_deadline" => &deadlines.ack_deadline,
        "transfer_lock_until" => &deadlines.transfer_lock_until,
        "transfer_safe_until" => &deadlines.transfer_safe_until,
        _ => return None,
    }
    .as_deref()
}

/// The events of one verdict's deadlines for `domain`.
pub fn deadline_events(domain: &str, deadlines: &Deadlines, locale: Locale) -> Vec<Event> {
    DEADLINE_KEYS
        .iter()
        .filter_map(|key| {
            let date = crate::dates::parse_date(deadline_value(deadlines, key)?).ok()?;
            let label = deadline_label(key, locale)?;
            Some(Event {
                uid: format!(
                    "{}-{}-{}@domainguard",
                    uid_part(domain),
                    key.replace('_', "-"),
                    compact(date)
                ),
                date,
                summary: format!("{domain}: {label}"),
                description: format!("{label}: {}", crate::dates::display(date, locale)),
            })
        })
        .collect()
}

/// The events of an inventory report: each row's next action on its deadline (rows that
/// could not be read have none).
pub fn report_events(report: &Report, locale: Locale) -> Vec<Event> {
    report
        .rows
        .iter()
        .filter_map(|r| {
            let date = crate::dates::parse_date(r.deadline.as_deref()?).ok()?;
            Some(Event {
                uid: format!(
                    "{}-{}-{}@domainguard",
                    uid_part(&r.domain),
                    r.next_action.to_ascii_lowercase().replace('_', "-"),
                    compact(date)
                ),
                date,
                summary: format!("{}: {}", r.domain, r.message),
                description: {
                    use crate::text::labels::*;
                    let urgency = match r.severity {
                        "high" => &REPORT_URGENCY_HIGH,
                        "medium" => &REPORT_URGENCY_MEDIUM,
                        _ => &REPORT_URGENCY_LOW,
                    };
                    crate::text::render(
                        &REPORT_EVENT_DESCRIPTION,
                        locale,
                        &[
                            ("message", &r.message),
                            ("urgency", crate::text::label(urgency, locale)),
                            ("day", &report_day(report)),
                        ],
                    )
                },
            })
        })
        .collect()
}

/// The report's deadlines as an iCalendar text, in the report's language.
pub fn report_ics(report: &Report) -> String {
    let today = crate::dates::parse_date(&report.today).unwrap_or_default();
    ics(&report_events(report, report.locale), today)
}

fn report_day(report: &Report) -> String {
    crate::dates::parse_date(&report.today).map_or_else(|_| report.today.clone(), iso)
}
