//! The command line as a panel's server uses it: exit status, JSON on standard output.

use serde_json::{json, Value};
use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &str) -> (Value, i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_domainguard"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("CLI starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("CLI ends");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let value = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (
        value,
        out.status.code().expect("exit code"),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn seed_004() -> Value {
    json!({
        "action": "close", "today": "2009-02-01", "policy": "default", "locale": "de",
        "domain": { "name": "beispiel.de", "registered": "2005-04-04", "renewal": null,
                    "status": [], "last_transfer": null },
        "holder": { "name": "Max Mustermann" },
        "termination": { "from": "holder", "to": "reseller", "received": "2009-02-01" },
        "evk": { "signed_by": "holder", "date": "2009-02-01",
                 "text": "Hiermit beantrage ich die Schließung der Domain beispiel.de.",
                 "acknowledges_availability": true, "new_provider": null }
    })
}

#[test]
fn seed_004_example_gives_the_seed_dates_and_notice() {
    let (v, code, _) = run(&["check"], &seed_004().to_string());
    assert_eq!(code, 0);
    assert_eq!(v["allowed"], json!(true));
    assert_eq!(v["deadlines"]["renewal"], "2009-04-04");
    assert_eq!(v["deadlines"]["notice_deadline"], "2009-03-14");
    assert_eq!(v["deadlines"]["close_date"], "2009-04-03");
    assert_eq!(v["deadlines"]["undo_until"], "2009-04-01");
    assert_eq!(v["deadlines"]["rgp_until"], "2009-05-03");
    assert_eq!(
        v["documents"]["registrar_notice"],
        "Bitte schließen Sie die Domain beispiel.de, zum 03.04.2009, die EVK des Kunden, Herr / Frau Max Mustermann liegt uns vor"
    );
}

#[test]
fn blocked_case_exits_1_and_names_the_field() {
    let mut case = seed_004();
    case["termination"]["to"] = json!("registrar");
    let (v, code, _) = run(&["check"], &case.to_string());
    assert_eq!(code, 1);
    assert_eq!(v["allowed"], json!(false));
    assert_eq!(v["findings"][0]["code"], "TERMINATION_SENT_TO_REGISTRAR");
    assert_eq!(v["findings"][0]["field"], "termination.to");
    assert_eq!(v["documents"], json!({}), "no notice for a blocked close");
}

#[test]
fn locale_option_overrides_the_case() {
    let mut case = seed_004();
    case["termination"]["to"] = json!("registrar");
    let (v, _, _) = run(&["check", "--locale", "en"], &case.to_string());
    assert_eq!(
        v["findings"][0]["message"],
        "The termination is addressed to the registrar. The holder has no contract with the registrar: they must terminate with you, the reseller."
    );
}

#[test]
fn policy_option_overrides_the_case() {
    let (v, code, _) = run(&["check", "--policy", "notice-30"], &seed_004().to_string());
    assert_eq!(code, 0);
    assert_eq!(v["deadlines"]["notice_deadline"], "2009-03-05");
}

#[test]
fn impossible_date_exits_2_naming_the_field() {
    let mut case = seed_004();
    case["domain"]["registered"] = json!("2009-02-30");
    let (v, code, _) = run(&["check"], &case.to_string());
    assert_eq!(code, 2);
    assert_eq!(
        v,
        json!({"errors": [{
            "code": "INVALID_DATE", "field": "domain.registered",
            "message": "`domain.registered`: `2009-02-30` gibt es nicht: Der Februar 2009 hat 28 Tage",
            "params": {"expected": "YYYY-MM-DD", "found": "2009-02-30"}
        }]})
    );
}

#[test]
fn unknown_action_and_invalid_domain_exit_2() {
    let mut case = seed_004();
    case["action"] = json!("nuke");
    let (v, code, _) = run(&["check", "--locale", "en"], &case.to_string());
    assert_eq!(code, 2);
    assert_eq!(v["errors"][0]["field"], "action");
    assert_eq!(
        v["errors"][0]["message"],
        "`action`: unknown action `nuke`; expected one of `close`, `transfer_out`, `transfer_request`, `authinfo_release`, `cms_delete`, `cms_update`, `readiness`, `close_undo`"
    );

    let mut case = seed_004();
    case["domain"]["name"] = json!("-beispiel.de");
    let (v, code, _) = run(&["check"], &case.to_string());
    assert_eq!(code, 2);
    assert_eq!(v["errors"][0]["code"], "INVALID_DOMAIN");
    assert_eq!(v["errors"][0]["field"], "domain.name");
}

#[test]
fn malformed_json_exits_2_with_a_json_error() {
    let (v, code, _) = run(&["check"], "{\"action\": \"close\",");
    assert_eq!(code, 2);
    assert_eq!(v["errors"][0]["code"], "INVALID_JSON");
    assert_eq!(v["errors"][0]["field"], Value::Null);
    let (v, code, _) = run(&["check"], "[1, 2]");
    assert_eq!(code, 2);
    assert_eq!(v["errors"][0]["code"], "INVALID_TYPE");
}

#[test]
fn deadlines_subcommand_prints_only_the_deadlines() {
    let (v, code, _) = run(&["deadlines"], &seed_004().to_string());
    assert_eq!(code, 0);
    assert_eq!(
        v,
        json!({"deadlines": {"renewal": "2009-04-04", "notice_deadline": "2009-03-14",
                             "close_date": "2009-04-03", "undo_until": "2009-04-01", "rgp_until": "2009-05-03"}})
    );
}

#[test]
fn fields_policies_help_and_bad_usage() {
    let (v, code, _) = run(&["fields", "close"], "");
    assert_eq!(code, 0);
    let paths: Vec<&str> = v
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|f| f["path"].as_str())
        .collect();
    for p in [
        "today",
        "domain.name",
        "domain.registered",
        "termination.to",
        "evk.acknowledges_availability",
        "services.mailboxes",
        "close.mode",
    ] {
        assert!(paths.contains(&p), "{p} missing from {paths:?}");
    }
    assert!(!paths.contains(&"authinfo.code"), "close reads no AuthInfo");
    let to = v
        .as_array()
        .expect("list")
        .iter()
        .find(|f| f["path"] == "termination.to")
        .expect("termination.to");
    assert_eq!(to["type"], "enum");
    assert_eq!(to["values"], json!(["reseller", "registrar"]));

    let (v, code, _) = run(&["policies"], "");
    assert_eq!(code, 0);
    assert_eq!(v[0]["id"], "default");
    assert_eq!(v[0]["notice_days"], 21);

    let (v, code, _) = run(&["--help"], "");
    assert_eq!(code, 0);
    assert!(v.as_str().is_some_and(|t| t.contains("domainguard check")));

    let (_, code, err) = run(&["frobnicate"], "");
    assert_eq!(code, 2);
    assert!(err.contains("unknown command `frobnicate`"), "{err}");
}

#[test]
fn codes_table_in_docs_matches_the_code() {
    let (v, code, _) = run(&["codes", "--markdown"], "");
    assert_eq!(code, 0);
    let generated = v.as_str().expect("markdown text").to_string();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/codes.md");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        generated == committed,
        "docs/codes.md is out of date: run `cargo run -q -- codes --markdown > docs/codes.md`"
    );
}
