//! The inventory reader and report: any CSV or JSON text, never a panic; every row of the
//! list comes back once; every column sorts; the CSV export keeps formula starts as text.
#![no_main]

use domainguard::inventory::{to_csv, Format, Job};
use domainguard::{policy, Locale};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(today) = chrono::NaiveDate::from_ymd_opt(2009, 2, 1) else {
        return;
    };
    let format = if text.trim_start().starts_with(['[', '{']) {
        Format::Json
    } else {
        Format::Csv
    };
    let Ok(mut job) = Job::new(text, format, today, Locale::De, policy::default_policy()) else {
        return;
    };
    let total = job.total();
    while job.step(7) < total {}
    let mut report = job.finish();
    assert_eq!(report.len(), total);
    assert_eq!(report.rows().len(), total);
    // the page's sorted views: every column sorts any list, and a part of it is handed out
    for column in domainguard::inventory::SORT_COLUMNS {
        assert!(report.sort_by(column, column.len() % 2 == 0), "{column}");
        let _ = report.rows_json(total / 2, 3);
    }
    let csv = to_csv(&report);
    for cell in cells(&csv) {
        let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
        assert!(
            !formula || cell.parse::<i64>().is_ok(),
            "formula start in cell {cell:?}"
        );
    }
    let _ = domainguard::calendar::report_ics(&report);
});

/// The cells of CSV text (RFC 4180: quoted cells may hold separators, quotes and line breaks).
fn cells(csv: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = csv.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => out.push(core::mem::take(&mut cell)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => out.push(core::mem::take(&mut cell)),
            (false, c) => cell.push(c),
        }
    }
    out
}
