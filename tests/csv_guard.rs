//! The inventory's CSV export keeps every cell a spreadsheet could run as a formula as text
//! (OWASP CSV injection: a leading `=`, `+`, `-`, `@`, TAB or CR gets a `'`).

use domainguard::inventory::{rows_to_csv, Row};

fn row(domain: &str, holder: &str, days_left: Option<i64>) -> Row {
    Row {
        line: 2,
        domain: domain.to_string(),
        holder: holder.to_string(),
        renewal: None,
        next_action: "FIX_ROW",
        deadline: None,
        days_left,
        severity: "error",
        message: "m".to_string(),
        error: None,
    }
}

fn csv_line(r: Row) -> String {
    rows_to_csv(&[r])
        .split("\r\n")
        .nth(1)
        .expect("one data line")
        .to_string()
}

#[test]
fn every_formula_start_is_kept_as_text() {
    for (holder, cell) in [
        ("=1+1", "'=1+1"),
        ("+1+1", "'+1+1"),
        ("-1+1", "'-1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "\"'\r=1+1\""),
        ("Max Mustermann", "Max Mustermann"),
    ] {
        assert_eq!(
            csv_line(row("x.de", holder, None)),
            format!("x.de,{cell},,FIX_ROW,,,error,m"),
            "holder {holder:?}"
        );
    }
}

#[test]
fn numbers_stay_numbers() {
    assert_eq!(
        csv_line(row("x.de", "M", Some(-5))),
        "x.de,M,,FIX_ROW,,-5,error,m"
    );
}
