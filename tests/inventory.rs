//! The inventory report and the calendar export through the library and the CLI.

use domainguard::calendar::{ics, report_events};
use domainguard::inventory::{to_csv, Report};
use domainguard::{inventory_job, Json, Locale};
use serde_json::json;
use std::process::Command;

/// (domain, next action, deadline, days left, severity) of a row.
type RowSummary<'a> = (&'a str, &'a str, Option<&'a str>, Option<i64>, &'a str);

fn report(list: Json, today: &str) -> Report {
    let options: Json = serde_json::from_value(json!({"today": today})).expect("json");
    inventory_job(&list, &options)
        .expect("readable list")
        .finish()
}

const LIST: &str = "domain;registered;renewal;holder;invoice_unpaid;intent\n\
beispiel.de;2005-04-04;;Max Mustermann;nein;close\n\
spät.de;2004-02-10;;\"Müller; Anna\";;close\n\
kunde.com;2001-02-20;;;ja;keep\n\
umzug.de;2003-03-01;;;;transfer\n\
ruhig.de;2003-09-01;;;;\n\
kaputt.de;2010-13-01;;;;\n";

#[test]
fn rows_are_sorted_by_urgency_with_exact_deadlines() {
    let r = report(Json::from(LIST), "2009-02-01");
    let rows = r.rows();
    let got: Vec<RowSummary> = rows
        .iter()
        .map(|x| {
            (
                x.domain.as_str(),
                x.next_action,
                x.deadline.as_deref(),
                x.days_left,
                x.severity,
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("kaputt.de", "FIX_ROW", None, None, "error"),
            (
                "spät.de",
                "CLOSE_NOTICE_MISSED",
                Some("2009-02-10"),
                Some(9),
                "high"
            ),
            (
                "kunde.com",
                "RENEWAL_AT_RISK",
                Some("2009-02-20"),
                Some(19),
                "high"
            ),
            (
                "umzug.de",
                "COMPLETE_TRANSFER",
                Some("2009-02-27"),
                Some(26),
                "medium"
            ),
            (
                "beispiel.de",
                "SEND_CLOSE_NOTICE",
                Some("2009-03-14"),
                Some(41),
                "low"
            ),
            ("ruhig.de", "RENEWAL", Some("2009-09-01"), Some(212), "low"),
        ]
    );
    // The row's error is read as a case's field is (src/input.rs): the same code, wording and params.
    assert_eq!(
        rows[0].message,
        "Zeile 7, Spalte `registered`: `2010-13-01` gibt es nicht: Ein Jahr hat nur 12 Monate"
    );
    let error = rows[0]
        .error
        .as_deref()
        .expect("an error row carries its error");
    assert_eq!(error.code, "INVALID_DATE");
    assert_eq!(error.field.as_deref(), Some("registered"));
    assert_eq!(error.message, rows[0].message);
    assert_eq!(
        serde_json::to_value(&error.params).expect("params"),
        serde_json::json!({"expected": "YYYY-MM-DD", "found": "2010-13-01"})
    );
    assert!(rows[1..].iter().all(|row| row.error.is_none()));
    assert_eq!(rows[1].holder, "Müller; Anna");
    assert_eq!(
        rows[1].message,
        "Die Frist für die Kündigung zur Verlängerung am 10.02.2009 ist am 20.01.2009 abgelaufen: Die Domain wird für ein weiteres Jahr berechnet. Nächstmögliche Schließung: zum 09.02.2010 (Meldung beim Registrar spätestens am 20.01.2010)."
    );
    assert_eq!(
        (
            r.summary.total,
            r.summary.error,
            r.summary.high,
            r.summary.medium,
            r.summary.low
        ),
        (6, 1, 2, 1, 2)
    );
}

#[test]
fn json_lists_and_csv_output() {
    let list: Json = serde_json::from_value(json!([
        {"domain": "=HYPERLINK(\"x\").de", "registered": "2005-04-04"},
        {"domain": "beispiel.de", "registered": "2005-04-04", "holder": "=cmd|' /C calc'!A0", "intent": "close"}
    ]))
    .expect("json");
    let r = report(list, "2009-02-01");
    let csv = to_csv(&r);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "domain,holder,renewal,next_action,deadline,days_left,severity,message"
    );
    assert!(
        lines[1].starts_with("'=HYPERLINK(\"\"x\"\").de,") || lines[1].starts_with("\"'=HYPERLINK"),
        "{}",
        lines[1]
    );
    assert_eq!(
        lines[2],
        "beispiel.de,'=cmd|' /C calc'!A0,2009-04-04,SEND_CLOSE_NOTICE,2009-03-14,41,low,Schließung zum 03.04.2009: Die Meldung muss spätestens am 14.03.2009 beim Registrar sein; rückgängig machen ist bis zum 01.04.2009 möglich."
    );
}

#[test]
fn a_large_list_is_checked_in_steps_with_every_row_reported() {
    let mut text = String::from("domain,registered,invoice_unpaid\n");
    for i in 0..20_000 {
        text.push_str(&format!(
            "kunde{i}.de,2005-{:02}-{:02},{}\n",
            i % 12 + 1,
            i % 28 + 1,
            i % 7 == 0
        ));
    }
    let options: Json = serde_json::from_value(json!({"today": "2009-02-01"})).expect("json");
    let mut job = inventory_job(&Json::from(text), &options).expect("list");
    assert_eq!(job.total(), 20_000);
    let mut progress = Vec::new();
    while job.step(5_000) < job.total() {
        progress.push(job.step(0));
    }
    assert_eq!(progress, vec![5_000, 10_000, 15_000]);
    let r = job.finish();
    assert_eq!(r.len(), 20_000);
    assert_eq!(r.summary.error, 0);
    // Sorted: every row's (severity, days) is not before its predecessor's.
    let rank = |s: &str| {
        ["error", "high", "medium", "low"]
            .iter()
            .position(|x| *x == s)
            .unwrap_or(9)
    };
    assert!(r
        .rows()
        .windows(2)
        .all(|w| (rank(w[0].severity), w[0].days_left) <= (rank(w[1].severity), w[1].days_left)));
}

#[test]
fn calendar_is_rfc5545_shaped() {
    let r = report(Json::from(LIST), "2009-02-01");
    let text = ics(
        &report_events(&r, Locale::De),
        chrono::NaiveDate::from_ymd_opt(2009, 2, 1).expect("date"),
    );
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(
        text.matches("BEGIN:VEVENT").count(),
        5,
        "every readable row has its deadline"
    );
    for line in text.split("\r\n") {
        assert!(
            line.len() <= 75,
            "unfolded line ({} octets): {line}",
            line.len()
        );
        assert!(!line.contains('\n'));
    }
    assert!(
        text.contains("UID:xn--spt-rla.de-close-notice-missed-20090210@domainguard\r\n"),
        "{text}"
    );
    assert!(text.contains("DTSTART;VALUE=DATE:20090314\r\nDTEND;VALUE=DATE:20090315\r\n"));
    assert!(text.contains("TRIGGER:-P7D\r\n") && text.contains("TRIGGER:-P1D\r\n"));
    // Stable: the same report gives the same calendar.
    let again = ics(
        &report_events(&r, Locale::De),
        chrono::NaiveDate::from_ymd_opt(2009, 2, 1).expect("date"),
    );
    assert_eq!(text, again);
}

#[test]
fn cli_inventory_and_calendar() {
    let dir = std::env::temp_dir().join(format!("domainguard-inv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let path = dir.join("list.csv");
    std::fs::write(&path, LIST).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_domainguard"))
        .args([
            "inventory",
            path.to_str().expect("path"),
            "--today",
            "2009-02-01",
            "--out",
            "csv",
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert_eq!(text.lines().count(), 7);
    assert!(text
        .lines()
        .nth(1)
        .is_some_and(|l| l.starts_with("kaputt.de,,,FIX_ROW,")));
    let out = Command::new(env!("CARGO_BIN_EXE_domainguard"))
        .args(["inventory", path.to_str().expect("path")])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2), "--today is required");
    let errors: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(errors["errors"][0]["field"], "today");
    std::fs::remove_dir_all(&dir).ok();
}

/// Issue 9: the revised Transfer Policy, switched on, changes the lock window and the code's
/// lifetime in the inventory exactly as in `transfer_out`; `.de` keeps DENIC's 30 days.
#[test]
fn the_revised_transfer_policy_changes_locks_and_code_lifetimes_in_the_inventory_too() {
    let list = "domain,registered,intent,authinfo_created\n\
                neu.com,2026-10-20,transfer,2026-11-10\n\
                neu.de,2026-10-20,transfer,2026-11-10\n";
    let run = |policy: serde_json::Value| {
        let options: Json = serde_json::from_value(serde_json::json!({
            "today": "2026-11-30", "locale": "en", "policy": policy
        }))
        .expect("options");
        let r = inventory_job(&Json::from(list), &options)
            .expect("job")
            .finish();
        r.rows()
            .iter()
            .map(|x| {
                (
                    x.domain.clone(),
                    x.next_action,
                    x.deadline.clone(),
                    x.message.clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    // In force: a 60-day window after creation (until 19 December), no gTLD code lifetime.
    let in_force = run(serde_json::json!("default"));
    let com = in_force.iter().find(|r| r.0 == "neu.com").expect("com row");
    assert_eq!(com.1, "COMPLETE_TRANSFER");
    assert!(com.3.contains("until 19 December 2026"), "{}", com.3);
    // Revised: the window ended on 19 November, the code (14 days) on 24 November.
    let revised = run(serde_json::json!({
        "transfer_policies": [{ "id": "icann-revised", "effective": "2026-07-01" }]
    }));
    let com = revised.iter().find(|r| r.0 == "neu.com").expect("com row");
    assert_eq!(
        (com.1, com.2.as_deref()),
        ("AUTHINFO_EXPIRED", Some("2026-11-24"))
    );
    assert_eq!(
        com.3,
        domainguard::messages::Code::AUTHINFO_EXPIRED.message(
            domainguard::Locale::En,
            &serde_json::from_value(serde_json::json!({
                "created": "2026-11-10", "authinfo_expires": "2026-11-24", "valid_days": 14
            }))
            .expect("params")
        )
    );
    // .de: DENIC's 30 days under both versions, so the code runs out on 10 December, before
    // the transfer-safe date: the row's deadline is the day before.
    for rows in [&in_force, &revised] {
        let de = rows.iter().find(|r| r.0 == "neu.de").expect("de row");
        assert_eq!(
            (de.1, de.2.as_deref()),
            ("COMPLETE_TRANSFER", Some("2026-12-09"))
        );
        assert!(de.3.contains("10 December 2026"), "{}", de.3);
    }
}

/// Every kind of unreadable row says what is wrong the way a case's field does: a code, the
/// column as `field`, params with what was expected and found; the message leads with the line.
#[test]
fn each_unreadable_row_carries_a_code_a_field_and_params() {
    let list = "domain,registered,renewal,invoice_unpaid,intent,holder\n\
a..b.de,2005-04-04,,,,A\n\
datum.de,04.04.2005,,,,B\n\
bezahlt.de,2005-04-04,,vielleicht,,C\n\
absicht.de,2005-04-04,,,Kündigen,D\n\
zukunft.de,2010-01-01,,,,E\n\
leer.de,,,,,F\n\
\"quoted, fine.de\",2005-04-04,,,,G\r\n";
    let r = report(Json::from(list), "2009-02-01");
    let rows = r.rows();
    let errors: Vec<(usize, &str, &str, Option<&str>, serde_json::Value)> = rows
        .iter()
        .filter_map(|row| {
            let e = row.error.as_deref()?;
            assert_eq!(e.message, row.message);
            assert_eq!(row.next_action, "FIX_ROW");
            Some((
                row.line,
                row.holder.as_str(),
                e.code,
                e.field.as_deref(),
                serde_json::to_value(&e.params).expect("params"),
            ))
        })
        .collect();
    let mut errors = errors;
    errors.sort_by_key(|e| e.0);
    assert_eq!(
        errors,
        vec![
            (
                2,
                "A",
                "INVALID_DOMAIN",
                Some("domain"),
                json!({"reason": "empty_label", "found": "a..b.de"})
            ),
            (
                3,
                "B",
                "INVALID_DATE",
                Some("registered"),
                json!({"expected": "YYYY-MM-DD", "found": "04.04.2005"})
            ),
            (
                4,
                "C",
                "INVALID_VALUE",
                Some("invoice_unpaid"),
                json!({"expected": ["true", "false"], "found": "vielleicht"})
            ),
            (
                5,
                "D",
                "INVALID_VALUE",
                Some("intent"),
                json!({"expected": ["keep", "close", "transfer"], "found": "kündigen"})
            ),
            (
                6,
                "E",
                "INVALID_DATE",
                Some("registered"),
                json!({"found": "2010-01-01", "today": "2009-02-01"})
            ),
            (
                7,
                "F",
                "MISSING_FIELD",
                None,
                json!({"expected": ["registered", "renewal"]})
            ),
            (
                8,
                "G",
                "INVALID_DOMAIN",
                Some("domain"),
                json!({"reason": "invalid_character", "found": "quoted, fine.de"})
            ),
        ]
    );
    let by_line = |n: usize| {
        rows.iter()
            .find(|row| row.line == n)
            .map(|row| row.message.as_str())
    };
    assert_eq!(
        by_line(4),
        Some("Zeile 4, Spalte `invoice_unpaid`: erwartet true oder false, gefunden: `vielleicht`")
    );
    assert_eq!(
        by_line(7),
        Some("Zeile 7: erwartet `registered` oder `renewal`, beide fehlen")
    );
}

/// The report's order: severity, days left, domain, and for full ties the list's order (the
/// rows are put in order in place, cycle by cycle; every row is there exactly once).
#[test]
fn the_order_is_total_and_stable_over_many_ties() {
    let mut list = String::from("domain,registered,intent,invoice_unpaid\n");
    for i in 0..3000 {
        // few distinct domains and dates: many rows tie on everything but their line
        let intent = ["", "close", "transfer", "keep"][i % 4];
        let unpaid = if i % 5 == 0 { "ja" } else { "nein" };
        let bad = if i % 97 == 0 { "-" } else { "" };
        list.push_str(&format!(
            "n{}{bad}.de,20{:02}-{:02}-{:02},{intent},{unpaid}\n",
            i % 7,
            i % 9,
            i % 12 + 1,
            i % 3 + 1
        ));
    }
    let r = report(Json::from(list), "2009-02-01");
    assert_eq!(r.len(), 3000);
    assert_eq!(r.summary.error, 31);
    assert!(r.summary.high > 0 && r.summary.medium > 0 && r.summary.low > 0);
    let mut lines: Vec<usize> = r.rows().iter().map(|row| row.line).collect();
    lines.sort_unstable();
    assert_eq!(lines, (2..3002).collect::<Vec<_>>());
    let rank = |s: &str| {
        ["error", "high", "medium", "low"]
            .iter()
            .position(|x| *x == s)
    };
    let key = |row: &domainguard::inventory::Row| {
        (
            rank(row.severity),
            row.days_left.unwrap_or(i64::MAX),
            row.domain.clone(),
            row.line,
        )
    };
    for pair in r.rows().windows(2) {
        assert!(
            key(&pair[0]) < key(&pair[1]),
            "{:?} before {:?}",
            key(&pair[0]),
            key(&pair[1])
        );
    }
}

/// The page's view of a report: `sort_by` orders the rows `row` and `rows_json` hand out by a
/// column, ties in the urgency order; the report's own rows keep the urgency order.
#[test]
fn sort_by_orders_the_view_by_a_column_with_ties_in_urgency_order() {
    let mut r = report(Json::from(LIST), "2009-02-01");
    let urgency = [
        "kaputt.de",
        "spät.de",
        "kunde.com",
        "umzug.de",
        "beispiel.de",
        "ruhig.de",
    ];
    let view = |r: &Report| -> Vec<String> {
        (0..r.len())
            .map(|k| r.row(k).expect("row").domain.clone())
            .collect()
    };
    assert_eq!(r.len(), 6);
    assert_eq!(view(&r), urgency);
    for (column, descending, expected) in [
        ("urgency", false, urgency),
        (
            "urgency",
            true,
            [
                "ruhig.de",
                "beispiel.de",
                "umzug.de",
                "kunde.com",
                "spät.de",
                "kaputt.de",
            ],
        ),
        (
            "domain",
            false,
            [
                "beispiel.de",
                "kaputt.de",
                "kunde.com",
                "ruhig.de",
                "spät.de",
                "umzug.de",
            ],
        ),
        (
            "domain",
            true,
            [
                "umzug.de",
                "spät.de",
                "ruhig.de",
                "kunde.com",
                "kaputt.de",
                "beispiel.de",
            ],
        ),
        // four rows without a holder tie: they keep the urgency order
        (
            "holder",
            false,
            [
                "kaputt.de",
                "kunde.com",
                "umzug.de",
                "ruhig.de",
                "beispiel.de",
                "spät.de",
            ],
        ),
        (
            "holder",
            true,
            [
                "spät.de",
                "beispiel.de",
                "kaputt.de",
                "kunde.com",
                "umzug.de",
                "ruhig.de",
            ],
        ),
        // the row without a deadline comes last both ways
        (
            "deadline",
            false,
            [
                "spät.de",
                "kunde.com",
                "umzug.de",
                "beispiel.de",
                "ruhig.de",
                "kaputt.de",
            ],
        ),
        (
            "deadline",
            true,
            [
                "ruhig.de",
                "beispiel.de",
                "umzug.de",
                "kunde.com",
                "spät.de",
                "kaputt.de",
            ],
        ),
        (
            "days_left",
            true,
            [
                "ruhig.de",
                "beispiel.de",
                "umzug.de",
                "kunde.com",
                "spät.de",
                "kaputt.de",
            ],
        ),
        (
            "renewal",
            false,
            [
                "spät.de",
                "kunde.com",
                "umzug.de",
                "beispiel.de",
                "ruhig.de",
                "kaputt.de",
            ],
        ),
        (
            "severity",
            false,
            [
                "kaputt.de",
                "spät.de",
                "kunde.com",
                "umzug.de",
                "beispiel.de",
                "ruhig.de",
            ],
        ),
        // two high and two low rows tie: each pair keeps the urgency order
        (
            "severity",
            true,
            [
                "beispiel.de",
                "ruhig.de",
                "umzug.de",
                "spät.de",
                "kunde.com",
                "kaputt.de",
            ],
        ),
        (
            "next_action",
            false,
            [
                "kaputt.de",
                "kunde.com",
                "spät.de",
                "beispiel.de",
                "umzug.de",
                "ruhig.de",
            ],
        ),
        (
            "line",
            false,
            [
                "beispiel.de",
                "spät.de",
                "kunde.com",
                "umzug.de",
                "ruhig.de",
                "kaputt.de",
            ],
        ),
    ] {
        assert!(r.sort_by(column, descending), "{column}");
        assert_eq!(view(&r), expected, "{column} descending {descending}");
        // the report itself, its CSV and calendar keep the urgency order
        let own: Vec<String> = r.rows().into_iter().map(|x| x.domain).collect();
        assert_eq!(own, urgency);
    }
    r.sort_by("line", true);
    assert!(!r.sort_by("colour", false));
    assert!(!r.sort_by("", true));
    assert_eq!(
        view(&r)[0],
        "kaputt.de",
        "an unknown column changes nothing"
    );
}

#[test]
fn rows_json_gives_the_report_rows_a_screenful_at_a_time() {
    let list = "domain;registered;holder;intent\n\
beispiel.de;2005-04-04;\"Max \"\"Maxi\"\" Mustermann\";close\n\
kaputt.de;2010-13-01;Tab\tBack\\x\u{1};\n\
ruhig.de;2003-09-01;;\n";
    let mut r = report(Json::from(list), "2009-02-01");
    // every row's text is serde's text of the same row, byte for byte
    let full = serde_json::to_value(&r).expect("report");
    let all: serde_json::Value = serde_json::from_str(&r.rows_json(0, usize::MAX)).expect("json");
    assert_eq!(all, full["rows"]);
    for (k, row) in r.rows().iter().enumerate() {
        assert_eq!(
            r.rows_json(k, 1),
            format!("[{}]", serde_json::to_string(row).expect("row"))
        );
    }
    assert!(r.sort_by("line", false));
    assert_eq!(
        r.rows_json(0, 1),
        "[{\"line\":2,\"domain\":\"beispiel.de\",\"holder\":\"Max \\\"Maxi\\\" Mustermann\",\
\"renewal\":\"2009-04-04\",\"next_action\":\"SEND_CLOSE_NOTICE\",\"deadline\":\"2009-03-14\",\
\"days_left\":41,\"severity\":\"low\",\"message\":\"Schließung zum 03.04.2009: Die Meldung muss \
spätestens am 14.03.2009 beim Registrar sein; rückgängig machen ist bis zum 01.04.2009 möglich.\"}]"
    );
    assert_eq!(
        r.rows_json(1, 1),
        "[{\"line\":3,\"domain\":\"kaputt.de\",\"holder\":\"Tab\\tBack\\\\x\\u0001\",\"renewal\":null,\
\"next_action\":\"FIX_ROW\",\"deadline\":null,\"days_left\":null,\"severity\":\"error\",\
\"message\":\"Zeile 3, Spalte `registered`: `2010-13-01` gibt es nicht: Ein Jahr hat nur 12 Monate\",\
\"error\":{\"code\":\"INVALID_DATE\",\"field\":\"registered\",\"message\":\"Zeile 3, Spalte \
`registered`: `2010-13-01` gibt es nicht: Ein Jahr hat nur 12 Monate\",\"params\":{\"expected\":\
\"YYYY-MM-DD\",\"found\":\"2010-13-01\"}}}]"
    );
    let lines = |text: &str| -> Vec<u64> {
        let v: serde_json::Value = serde_json::from_str(text).expect("json");
        v.as_array()
            .expect("array")
            .iter()
            .map(|x| x["line"].as_u64().expect("line"))
            .collect()
    };
    assert_eq!(
        lines(&r.rows_json(1, 5)),
        [3, 4],
        "clamped to the rows there are"
    );
    assert_eq!(r.rows_json(3, 1), "[]");
    assert_eq!(r.rows_json(usize::MAX, usize::MAX), "[]");
    assert!(r.sort_by("line", true));
    assert_eq!(lines(&r.rows_json(0, 3)), [4, 3, 2]);
    // the full report's rows, a part at a time, keep the urgency order whatever the view's
    let parts = format!(
        "[{},{}]",
        r.urgency_rows_json(0, 2).trim_matches(['[', ']']),
        r.urgency_rows_json(2, 2).trim_matches(['[', ']'])
    );
    let parts_value: serde_json::Value = serde_json::from_str(&parts).expect("json");
    assert_eq!(parts_value, full["rows"]);
    assert_eq!(lines(&parts), [3, 2, 4]);
}

/// The CSV and the calendar in parts (what the wasm module hands to JavaScript a megabyte at a
/// time) join to exactly the texts written in one go.
#[test]
fn csv_and_calendar_in_parts_join_to_the_whole_texts() {
    let r = report(Json::from(LIST), "2009-02-01");
    let whole_csv = to_csv(&r);
    let whole_ics = domainguard::calendar::report_ics(&r);
    assert!(whole_ics.contains("SUMMARY:spät.de: Die Frist"));
    for part in [1, 100, 1000, 1 << 20] {
        let mut parts = Vec::new();
        domainguard::inventory::to_csv_parts(&r, part, |p| parts.push(p.to_string()));
        assert_eq!(parts.concat(), whole_csv, "part {part}");
        if part == 1 {
            // one record per part after the header's
            assert_eq!(parts.len(), 7, "{parts:?}");
        }
        let mut parts = Vec::new();
        domainguard::calendar::report_ics_parts(&r, part, |p| parts.push(p.to_string()));
        assert_eq!(parts.concat(), whole_ics, "part {part}");
        assert!(parts.iter().all(|p| p.is_empty() || p.ends_with("\r\n")));
    }
}

/// Texts sort as a German reader expects a sorted list: `ä` with `a`, case ignored, numbers by
/// value (the page's sorted columns; code point order put `bäckerei.de` after `beispiel.de`
/// and `Ärztehaus` after `Zahnarzt`).
#[test]
fn sort_by_orders_domains_and_holders_as_a_german_reader_expects() {
    let list = "domain;registered;holder\n\
beispiel.de;2005-04-04;Zahnarzt Weber\n\
bäckerei.de;2005-04-04;Ärztehaus Nord\n\
kunde9.de;2005-04-04;Kunde 10\n\
kunde10.de;2005-04-04;Kunde 9\n\
strasse.de;2005-04-04;straße 1\n";
    let mut r = report(Json::from(list), "2009-02-01");
    let view = |r: &Report| -> Vec<String> {
        (0..r.len())
            .map(|k| r.row(k).expect("row").domain.clone())
            .collect()
    };
    assert!(r.sort_by("domain", false));
    assert_eq!(
        view(&r),
        [
            "bäckerei.de",
            "beispiel.de",
            "kunde9.de",
            "kunde10.de",
            "strasse.de"
        ]
    );
    assert!(r.sort_by("holder", false));
    assert_eq!(
        view(&r),
        [
            "bäckerei.de",
            "kunde10.de",
            "kunde9.de",
            "strasse.de",
            "beispiel.de"
        ]
    );
    assert!(r.sort_by("holder", true));
    assert_eq!(
        view(&r),
        [
            "beispiel.de",
            "strasse.de",
            "kunde9.de",
            "kunde10.de",
            "bäckerei.de"
        ]
    );
}
