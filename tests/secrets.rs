//! An AuthInfo never leaves through a verdict (issue 11): every output of every vector (the
//! library in both locales; the CLI's `check`, `deadlines` and `calendar`) and of cases made
//! to provoke a leak is scanned for the code. Only `domainguard letter` /
//! `letter_with_authinfo` write it, into the holder's letter of an allowed transfer.
//! The wasm build and the guard are scanned by tests/wasm/secrets.test.mjs and
//! tests/browser/secrets.test.mjs.

mod common;

use serde_json::{json, Value};
use std::path::Path;

/// The code of the report: valid for `.de`.
const CODE: &str = "Xk7Pq2Rs9Tv4Wy8M";

/// The CLI's standard output and error as one text, and its exit status.
fn cli(args: &[&str], input: &str) -> (String, i32) {
    let run = common::run_cli(args, input.as_bytes());
    (run.stdout_text() + &run.stderr, run.code)
}

fn lib(case: &Value) -> String {
    let json: domainguard::Json = serde_json::from_value(case.clone()).expect("case is JSON");
    serde_json::to_string(&domainguard::check(&json)).expect("outcome serialises")
}

/// The secret texts a case holds: `authinfo.code`, or `authinfo` itself when it is a string.
fn secrets_of(case: &Value) -> Vec<String> {
    let a = &case["authinfo"];
    [a.as_str(), a["code"].as_str()]
        .into_iter()
        .flatten()
        .map(|s| s.trim().to_string())
        .filter(|s| s.len() >= 4)
        .collect()
}

/// A `transfer_out` case of seed 004's domain that is allowed, with `CODE`.
fn transfer(code: Value) -> Value {
    json!({
        "action": "transfer_out", "today": "2009-02-01", "locale": "de",
        "domain": {"name": "beispiel.de", "registered": "2005-04-04"},
        "holder": {"name": "Max Mustermann"},
        "termination": {"from": "holder", "to": "reseller", "received": "2009-02-01"},
        "evk": {"signed_by": "holder", "date": "2009-02-01",
                "text": "Hiermit kündige ich die Domain zum Providerwechsel.",
                "new_provider": "Neuer Hoster GmbH"},
        "authinfo": {"code": code, "created": "2009-02-01", "planned_transfer": "2009-02-20"}
    })
}

/// Every way out but `letter`, in both locales.
fn scan(name: &str, case: &Value, secrets: &[String], leaks: &mut Vec<String>) {
    for locale in ["de", "en"] {
        let mut c = case.clone();
        if let Some(o) = c.as_object_mut() {
            o.insert("locale".into(), json!(locale));
        }
        let text = c.to_string();
        let mut outputs = vec![("library check".to_string(), lib(&c))];
        for command in ["check", "deadlines", "calendar"] {
            outputs.push((format!("CLI {command}"), cli(&[command], &text).0));
        }
        for (what, out) in outputs {
            for s in secrets {
                if out.contains(s.as_str()) {
                    leaks.push(format!("{name} ({locale}): {what} contains `{s}`"));
                }
            }
        }
    }
}

#[test]
fn no_output_of_any_vector_contains_its_authinfo() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let mut leaks = Vec::new();
    let mut scanned = 0;
    for entry in std::fs::read_dir(dir).expect("tests/vectors") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let vector: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("JSON");
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        // Every vector also runs with `CODE` put in as `authinfo.code`: the actions that
        // do not read it must not echo it either.
        if let Some(case) = vector["case"].as_object() {
            let mut with_code = Value::Object(case.clone());
            match with_code.get_mut("authinfo").and_then(Value::as_object_mut) {
                Some(a) => {
                    a.insert("code".into(), json!(CODE));
                }
                None => with_code["authinfo"] = json!({ "code": CODE }),
            }
            scan(name, &with_code, &[CODE.to_string()], &mut leaks);
        }
        let secrets = secrets_of(&vector["case"]);
        if secrets.is_empty() {
            continue;
        }
        scanned += 1;
        // The stored expectation is an output too.
        for s in &secrets {
            if vector["expected"].to_string().contains(s.as_str()) {
                leaks.push(format!("{name}: `expected` contains `{s}`"));
            }
        }
        scan(name, &vector["case"], &secrets, &mut leaks);
    }
    assert!(scanned >= 4, "only {scanned} vectors hold an AuthInfo");
    assert!(leaks.is_empty(), "{}", leaks.join("\n"));
}

#[test]
fn cases_made_to_leak_do_not() {
    let mut as_string = transfer(json!(CODE));
    as_string["authinfo"] = json!(CODE);
    let mut release_as_string = json!({
        "action": "authinfo_release", "today": "2026-11-21",
        "domain": {"name": "kunde-shop.de"}, "authinfo": CODE
    });
    release_as_string["locale"] = json!("de");
    let cases = [
        ("allowed transfer", transfer(json!(CODE))),
        ("code with blanks", transfer(json!(format!("  {CODE}\n")))),
        ("authinfo as a string", as_string),
        ("release, authinfo as a string", release_as_string),
        ("code in a list", transfer(json!([CODE]))),
        ("code in an object", transfer(json!({ "value": CODE }))),
        ("invalid code", transfer(json!(format!("{CODE}ÄÖ")))),
    ];
    let mut leaks = Vec::new();
    for (name, case) in &cases {
        scan(name, case, &[CODE.to_string()], &mut leaks);
    }
    assert!(leaks.is_empty(), "{}", leaks.join("\n"));
}

#[test]
fn the_verdict_letter_holds_the_placeholder_and_letter_puts_the_code_in() {
    let case = transfer(json!(CODE));
    let verdict: Value = serde_json::from_str(&lib(&case)).expect("JSON");
    assert_eq!(verdict["allowed"], json!(true));
    let plain = verdict["documents"]["holder_letter"]
        .as_str()
        .expect("letter");
    assert!(plain.contains(
        "Ihre AuthInfo (Providerwechsel-Passwort): [[AUTHINFO]]\nSie ist ab dem 03.03.2009 ungültig."
    ));
    assert_eq!(domainguard::AUTHINFO_PLACEHOLDER, "[[AUTHINFO]]");

    let (letter, status) = cli(&["letter"], &case.to_string());
    assert_eq!(status, 0);
    assert_eq!(
        letter,
        format!("{}\n", plain.replace("[[AUTHINFO]]", CODE)),
        "the letter is the verdict's letter with the code in place of the placeholder"
    );
    let (letter_en, _) = cli(&["letter", "--locale", "en"], &case.to_string());
    assert!(letter_en.contains(&format!(
        "Your AuthInfo (transfer code): {CODE}\nIt stops working on 3 March 2009."
    )));

    // The placeholder typed into the holder's name stays as typed: only the letter's own one
    // is replaced.
    let mut sly = case.clone();
    sly["holder"]["name"] = json!("[[AUTHINFO]]");
    let (letter, _) = cli(&["letter"], &sly.to_string());
    assert!(letter.contains("Guten Tag [[AUTHINFO]],"));
    assert_eq!(letter.matches(CODE).count(), 1);
}

#[test]
fn letter_gives_no_code_when_the_check_blocks_or_the_case_is_invalid() {
    // An expired code blocks (R-T6): no letter, the verdict as `check` prints it, exit 1.
    let mut expired = transfer(json!(CODE));
    expired["authinfo"]["created"] = json!("2008-11-01");
    let (out, status) = cli(&["letter"], &expired.to_string());
    assert_eq!(status, 1);
    assert!(!out.contains(CODE));
    let v: Value = serde_json::from_str(&out).expect("the verdict as JSON");
    assert_eq!(v["allowed"], json!(false));

    let mut invalid = transfer(json!(CODE));
    invalid["today"] = json!("2009-02-30");
    let (out, status) = cli(&["letter"], &invalid.to_string());
    assert_eq!(status, 2);
    assert!(!out.contains(CODE));
    assert!(out.contains("\"field\":\"today\""));
}
