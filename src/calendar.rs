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

/// Appends `d` as `YYYYMMDD`.
fn push_compact(out: &mut String, d: NaiveDate) {
    let (y, m, day) = (d.year(), d.month(), d.day());
    if (0..=9999).contains(&y) {
        let digits = [
            y / 1000,
            y / 100 % 10,
            y / 10 % 10,
            y % 10,
            (m / 10) as i32,
            (m % 10) as i32,
            (day / 10) as i32,
            (day % 10) as i32,
        ];
        for digit in digits {
            out.push(char::from(b'0' + digit as u8));
        }
    } else {
        out.push_str(&compact(d));
    }
}

/// Appends `text` escaped as a TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma
/// get a backslash, a line feed becomes `\n`, a CR is dropped.
fn push_escaped(out: &mut String, text: &str) {
    let mut from = 0;
    for (i, b) in text.bytes().enumerate() {
        let esc = match b {
            b'\\' => "\\\\",
            b';' => "\\;",
            b',' => "\\,",
            b'\n' => "\\n",
            b'\r' => "",
            _ => continue,
        };
        out.push_str(text.get(from..i).unwrap_or(""));
        out.push_str(esc);
        from = i + 1;
    }
    out.push_str(text.get(from..).unwrap_or(""));
}

/// Appends `line` folded at 75 octets (RFC 5545 3.1), with CRLF: the first line holds at most
/// 75 octets, each continuation a space and at most 74; never inside a UTF-8 character.
fn push_folded(out: &mut String, line: &str) {
    let mut rest = line;
    let mut limit = 75;
    while rest.len() > limit {
        let mut end = limit;
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        let (head, tail) = rest.split_at(end);
        out.push_str(head);
        out.push_str("\r\n ");
        rest = tail;
        limit = 74;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

/// Appends [`uid_part`] of `text` without parsing a name of lower-case ASCII letters,
/// digits, dots and hyphens (what the report's domains mostly are) that does not end in a dot:
/// such a name, when valid, is its own ASCII form (lower case stays, an `xn--` label is kept
/// as written), and when not, every character of it is kept by the fallback.
fn push_uid_part(out: &mut String, text: &str) {
    let plain = text
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-');
    if plain && !text.ends_with('.') {
        out.push_str(text);
    } else {
        out.push_str(&uid_part(text));
    }
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
    let mut w = IcsWriter::new(events.len(), today);
    for e in events {
        w.event(
            e.date,
            |out| out.push_str(&e.uid),
            |out| push_escaped(out, &e.summary),
            |out| push_escaped(out, &e.description),
        );
    }
    w.finish()
}

/// Writes a calendar straight into one buffer; each line is assembled in `line` (reused) and
/// folded into `out`.
struct IcsWriter {
    out: String,
    line: String,
    stamp: String,
}

impl IcsWriter {
    fn new(events: usize, today: NaiveDate) -> IcsWriter {
        let mut out = String::with_capacity(events.saturating_mul(800).saturating_add(200));
        for line in [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//domainguard//domainguard//DE",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        ] {
            push_folded(&mut out, line);
        }
        let mut stamp = String::from("DTSTAMP:");
        push_compact(&mut stamp, today);
        stamp.push_str("T000000Z");
        IcsWriter {
            out,
            line: String::with_capacity(512),
            stamp,
        }
    }

    /// Folds the line `write` makes after `prefix`.
    fn line(&mut self, prefix: &str, write: impl FnOnce(&mut String)) {
        self.line.clear();
        self.line.push_str(prefix);
        write(&mut self.line);
        push_folded(&mut self.out, &self.line);
    }

    /// One all-day event on `date`: `uid` writes the UID, `summary` and `description` the
    /// escaped texts.
    fn event(
        &mut self,
        date: NaiveDate,
        uid: impl FnOnce(&mut String),
        summary: impl Fn(&mut String),
        description: impl FnOnce(&mut String),
    ) {
        push_folded(&mut self.out, "BEGIN:VEVENT");
        self.line("UID:", uid);
        push_folded(&mut self.out, &self.stamp);
        self.line("DTSTART;VALUE=DATE:", |l| push_compact(l, date));
        let next = date.succ_opt().unwrap_or(date);
        self.line("DTEND;VALUE=DATE:", |l| push_compact(l, next));
        self.line("SUMMARY:", &summary);
        self.line("DESCRIPTION:", description);
        push_folded(&mut self.out, "TRANSP:TRANSPARENT");
        for (trigger, label) in [("TRIGGER:-P7D", " (7)"), ("TRIGGER:-P1D", " (1)")] {
            push_folded(&mut self.out, "BEGIN:VALARM");
            push_folded(&mut self.out, "ACTION:DISPLAY");
            push_folded(&mut self.out, trigger);
            self.line("DESCRIPTION:", |l| {
                summary(l);
                l.push_str(label);
            });
            push_folded(&mut self.out, "END:VALARM");
        }
        push_folded(&mut self.out, "END:VEVENT");
    }

    fn finish(mut self) -> String {
        push_folded(&mut self.out, "END:VCALENDAR");
        self.out
    }
}

/// The label of a deadline key, as the page, the panels and the calendar show it before the
/// date (the keys and labels of the verdict's `deadline_list`); `None` for a key that is not
/// listed.
///
/// # Example
/// ```
/// use domainguard::{calendar::deadline_label, Locale};
/// assert_eq!(deadline_label("close_date", Locale::De), Some("Schließung zum"));
/// assert_eq!(deadline_label("close_date", Locale::En), Some("Close date"));
/// assert_eq!(deadline_label("holder", Locale::En), None);
/// ```
pub fn deadline_label(key: &str, locale: Locale) -> Option<&'static str> {
    Deadlines::default()
        .listed()
        .into_iter()
        .find(|(k, ..)| *k == key)
        .map(|(_, _, label)| crate::text::label(label, locale))
}

/// The events of one verdict's deadlines for `domain`.
pub fn deadline_events(domain: &str, deadlines: &Deadlines, locale: Locale) -> Vec<Event> {
    deadlines
        .listed()
        .into_iter()
        .filter_map(|(key, date, label)| {
            let date = crate::dates::parse_date(date.as_deref()?).ok()?;
            let label = crate::text::label(label, locale);
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
        .rows()
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

/// The report's deadlines as an iCalendar text, in the report's language: the events
/// [`report_events`] lists, written straight into one buffer without making them first.
pub fn report_ics(report: &Report) -> String {
    let mut w = IcsWriter::new(report.len(), today_of(report));
    report_events_into(report, &mut w, &mut |_| {});
    w.finish()
}

/// The text [`report_ics`] makes, handed to `each` in parts of about `part` bytes (whole
/// lines) as it is written, so that no more than one part is held at a time (the wasm
/// module hands each part on to JavaScript).
pub fn report_ics_parts(report: &Report, part: usize, mut each: impl FnMut(&str)) {
    let mut w = IcsWriter::new(0, today_of(report));
    w.out.reserve(part.saturating_add(4096));
    report_events_into(report, &mut w, &mut |out: &mut String| {
        if out.len() >= part {
            each(out);
            out.clear();
        }
    });
    each(&w.finish());
}

fn today_of(report: &Report) -> NaiveDate {
    crate::dates::parse_date(&report.today).unwrap_or_default()
}

/// Writes the events of `report` into `w`; `flush` sees the text after each event.
fn report_events_into(report: &Report, w: &mut IcsWriter, flush: &mut dyn FnMut(&mut String)) {
    use crate::text::labels::*;
    let locale = report.locale;
    let day = report_day(report);
    let mut action = String::new();
    report.for_each_row(|r| {
        let Some(date) = r
            .deadline
            .as_deref()
            .and_then(|d| crate::dates::parse_date(d).ok())
        else {
            return;
        };
        action.clear();
        action.extend(r.next_action.chars().map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        }));
        let urgency = match r.severity {
            "high" => &REPORT_URGENCY_HIGH,
            "medium" => &REPORT_URGENCY_MEDIUM,
            _ => &REPORT_URGENCY_LOW,
        };
        let description = crate::text::render(
            &REPORT_EVENT_DESCRIPTION,
            locale,
            &[
                ("message", &r.message),
                ("urgency", crate::text::label(urgency, locale)),
                ("day", &day),
            ],
        );
        w.event(
            date,
            |out| {
                push_uid_part(out, &r.domain);
                out.push('-');
                out.push_str(&action);
                out.push('-');
                push_compact(out, date);
                out.push_str("@domainguard");
            },
            |out| {
                push_escaped(out, &r.domain);
                out.push_str(": ");
                push_escaped(out, &r.message);
            },
            |out| push_escaped(out, &description),
        );
        flush(&mut w.out);
    });
}

fn report_day(report: &Report) -> String {
    crate::dates::parse_date(&report.today).map_or_else(|_| report.today.clone(), iso)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fold as the RFC words it, character by character: the reference for `push_folded`.
    fn folded_by_chars(line: &str) -> String {
        let mut out = String::new();
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
        out
    }

    #[test]
    fn lines_fold_at_75_octets_never_inside_a_character() {
        for unit in ["a", "ä", "€", "𝄞", "aä", "a€𝄞"] {
            for n in [0, 1, 24, 25, 37, 38, 74, 75, 76, 149, 150, 151, 300] {
                let line = unit.repeat(n);
                let mut out = String::new();
                push_folded(&mut out, &line);
                assert_eq!(out, folded_by_chars(&line), "{unit} x {n}");
                for part in out.split("\r\n") {
                    assert!(part.len() <= 75, "{part}");
                }
            }
        }
    }

    #[test]
    fn text_is_escaped() {
        let mut out = String::new();
        push_escaped(&mut out, "a\\b;c,d\ne\rf ä");
        assert_eq!(out, "a\\\\b\\;c\\,d\\nef ä");
    }

    #[test]
    fn uid_parts_without_a_parse_equal_the_parsed_ones() {
        for text in [
            "beispiel.de",
            "xn--bcher-kva.de",
            "bücher.de",
            "Beispiel.DE",
            "beispiel.de.",
            ".de",
            "a..de",
            "-a.de",
            "a-.de",
            "ab--c.de",
            "x",
            "",
            "1.2",
            "a_b.de",
            "straße.de",
        ] {
            let mut out = String::new();
            push_uid_part(&mut out, text);
            assert_eq!(out, uid_part(text), "{text}");
        }
        let mut out = String::new();
        push_compact(
            &mut out,
            NaiveDate::from_ymd_opt(2009, 3, 4).unwrap_or_default(),
        );
        assert_eq!(out, "20090304");
    }
}
