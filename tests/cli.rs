//! The command line as a panel's server uses it: exit status, JSON on standard output.

mod common;

use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &str) -> (Value, i32, String) {
    let (out, code, err) = run_bytes(args, stdin.as_bytes());
    let text = String::from_utf8(out).expect("utf-8");
    let value = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (value, code, err)
}

/// Runs the CLI with `stdin` as standard input (common::run_cli): output, status, error text.
fn run_bytes(args: &[&str], stdin: &[u8]) -> (Vec<u8>, i32, String) {
    let run = common::run_cli(args, stdin);
    (run.stdout, run.code, run.stderr)
}

/// A scratch directory of this test binary, one per test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
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
    let help = v.as_str().expect("help text");
    assert!(help.contains("    64   usage error"), "{help}");
    assert!(help.contains("    2    invalid input"), "{help}");

    let (_, code, err) = run(&["frobnicate"], "");
    assert_eq!(code, 64, "a usage error, not invalid input");
    assert_eq!(
        err,
        "domainguard: unknown command `frobnicate`; see `domainguard --help`\n"
    );
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

#[test]
fn check_reads_a_file_argument_or_dash_for_standard_input() {
    let path = scratch("file").join("case.json");
    std::fs::write(&path, seed_004().to_string()).expect("write case");
    let file = path.to_str().expect("path");
    // Standard input holds something else: the file must win.
    let (v, code, _) = run(&["check", file], "not json");
    assert_eq!(code, 0);
    assert_eq!(v["deadlines"]["notice_deadline"], "2009-03-14");
    let (v, code, _) = run(&["deadlines", "--pretty", file], "");
    assert_eq!(code, 0);
    assert_eq!(v["deadlines"]["close_date"], "2009-04-03");

    let (v, code, _) = run(&["check", "-"], &seed_004().to_string());
    assert_eq!(code, 0);
    assert_eq!(v["deadlines"]["undo_until"], "2009-04-01");

    let (v, code, _) = run(&["calendar", file], "");
    assert_eq!(code, 0);
    assert!(
        v.as_str()
            .is_some_and(|t| t.contains("DTSTART;VALUE=DATE:20090314\r\n")),
        "{v}"
    );

    let missing = scratch("file").join("nope.json");
    let (v, code, err) = run(&["check", missing.to_str().expect("path")], "");
    assert_eq!(code, 66, "an input file that cannot be opened");
    assert_eq!(v, json!(""));
    assert!(err.starts_with("domainguard: cannot open `"), "{err}");

    let (_, code, err) = run(&["check", file, file], "");
    assert_eq!(code, 64);
    assert!(err.contains("`check` takes one FILE, not 2"), "{err}");
}

#[test]
fn every_command_has_help_and_options_take_an_equals_sign() {
    for command in [
        "check",
        "deadlines",
        "calendar",
        "letter",
        "inventory",
        "fields",
        "policies",
        "codes",
    ] {
        let (v, code, err) = run(&[command, "--help"], "");
        assert_eq!(code, 0, "{command} --help: {err}");
        let text = v.as_str().expect("help text");
        assert!(
            text.contains(&format!("    domainguard {command} ")),
            "{command}: {text}"
        );
        let (again, code, _) = run(&["help", command], "");
        assert_eq!((again, code), (v.clone(), 0), "help {command}");
    }
    let (v, code, _) = run(&["authinfo", "check", "-h"], "");
    assert_eq!(code, 0);
    assert!(v
        .as_str()
        .is_some_and(|t| t.contains("never as an argument")));
    let (v, _, _) = run(&["check", "--help"], "");
    let text = v.as_str().expect("help text");
    for option in [
        "--locale de|en",
        "--policy ID",
        "--max-input-bytes N",
        "--pretty",
    ] {
        assert!(text.contains(option), "{option} missing: {text}");
    }

    let mut case = seed_004();
    case["termination"]["to"] = json!("registrar");
    let (v, code, _) = run(
        &["check", "--locale=en", "--policy=notice-30"],
        &case.to_string(),
    );
    assert_eq!(code, 1);
    assert_eq!(
        v["findings"][0]["message"],
        "The termination is addressed to the registrar. The holder has no contract with the registrar: they must terminate with you, the reseller."
    );
    assert_eq!(v["deadlines"]["notice_deadline"], "2009-03-05");
}

#[test]
fn unknown_unused_and_malformed_options_are_usage_errors() {
    for (args, message) in [
        (
            &["policies", "--locale", "en"][..],
            "domainguard: `policies` has no option `--locale`; see `domainguard policies --help`\n",
        ),
        (
            &["check", "--today=2009-02-01"][..],
            "domainguard: `check` has no option `--today`; see `domainguard check --help`\n",
        ),
        (
            &["check", "--locale", "fr"][..],
            "domainguard: --locale: expected de or en, found `fr`; see `domainguard check --help`\n",
        ),
        (
            &["inventory", "--out=xlsx"][..],
            "domainguard: --out: expected json, csv or ics, found `xlsx`; see `domainguard inventory --help`\n",
        ),
        (
            &["inventory", "--out=csv", "--pretty"][..],
            "domainguard: --pretty applies only to --out json; see `domainguard inventory --help`\n",
        ),
        (
            &["check", "--max-input-bytes=0"][..],
            "domainguard: --max-input-bytes: expected a positive number of bytes, found `0`; see `domainguard check --help`\n",
        ),
        (
            &["codes", "-x"][..],
            "domainguard: `codes` has no option `-x`; see `domainguard codes --help`\n",
        ),
        (
            &["policies", "extra"][..],
            "domainguard: `policies` takes no argument `extra`; see `domainguard policies --help`\n",
        ),
        (
            &[][..],
            "domainguard: no command given; see `domainguard --help`\n",
        ),
    ] {
        let (v, code, err) = run(args, &seed_004().to_string());
        assert_eq!((code, err.as_str()), (64, message), "{args:?}");
        assert_eq!(v, json!(""), "nothing on standard output for {args:?}");
    }
    // A flag given a value is refused, not ignored.
    let (_, code, err) = run(&["check", "--pretty=no"], &seed_004().to_string());
    assert_eq!(code, 64);
    assert!(err.contains("--pretty"), "{err}");
}

#[test]
fn fields_error_lists_every_action() {
    let (_, code, err) = run(&["fields", "nope"], "");
    assert_eq!(code, 64);
    assert!(err.starts_with("domainguard: unknown action `nope`; known: close, transfer_out, transfer_request, authinfo_release, cms_delete, cms_update, readiness"), "{err}");
    for (name, _) in domainguard::Action::ALL {
        assert!(err.contains(name), "{name} missing: {err}");
        let (v, code, _) = run(&["fields", name], "");
        assert_eq!(code, 0, "fields {name}");
        assert!(v.as_array().is_some_and(|a| !a.is_empty()), "fields {name}");
    }
}

#[test]
fn input_over_the_size_limit_is_an_input_error() {
    let case = seed_004().to_string();
    let (v, code, _) = run(&["check", "--max-input-bytes=100"], &case);
    assert_eq!(code, 2);
    assert_eq!(
        v,
        json!({"errors": [{
            "code": "INPUT_TOO_LARGE", "field": null,
            "message": "Die Eingabe ist größer als 100 Bytes und wird nicht gelesen (die Grenze ändert --max-input-bytes).",
            "params": {"max_bytes": 100}
        }]})
    );
    let limit = case.len().to_string();
    let (v, code, _) = run(&["check", "--max-input-bytes", &limit], &case);
    assert_eq!(
        (code, &v["allowed"]),
        (0, &json!(true)),
        "exactly the limit"
    );

    // The default for a case is 4 MiB: a case padded to exactly 4 MiB is read, one byte more is not.
    let mut padded = case.clone().into_bytes();
    padded.resize(4 << 20, b' ');
    let (out, code, _) = run_bytes(&["check"], &padded);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&out));
    padded.push(b' ');
    let (out, code, _) = run_bytes(&["check", "--locale=en"], &padded);
    assert_eq!(code, 2);
    let v: Value = serde_json::from_slice(&out).expect("json");
    assert_eq!(v["errors"][0]["code"], "INPUT_TOO_LARGE");
    assert_eq!(
        v["errors"][0]["message"],
        "The input is larger than 4194304 bytes and is not read (--max-input-bytes changes the limit)."
    );

    // A list may be 32 MiB; a larger file is refused without being read (a sparse file here).
    let path = scratch("limit").join("huge.csv");
    let file = std::fs::File::create(&path).expect("create");
    file.set_len((32 << 20) + 1).expect("size");
    let (v, code, _) = run(
        &[
            "inventory",
            "--today=2009-02-01",
            path.to_str().expect("path"),
        ],
        "",
    );
    assert_eq!(code, 2);
    assert_eq!(v["errors"][0]["code"], "INPUT_TOO_LARGE");
    assert_eq!(v["errors"][0]["params"]["max_bytes"], 33554432);
    std::fs::remove_file(&path).ok();
}

fn big_list(rows: usize) -> String {
    let mut text = String::from("domain;registered;intent\n");
    for i in 0..rows {
        text.push_str(&format!("kunde{i}.de;2005-{:02}-04;close\n", i % 12 + 1));
    }
    text
}

#[test]
fn inventory_reads_standard_input_and_a_closed_pipe_ends_quietly() {
    let (v, code, _) = run(
        &["inventory", "--today=2009-02-01", "-"],
        "domain;registered;intent\nbeispiel.de;2005-04-04;close\n",
    );
    assert_eq!(code, 0);
    assert_eq!(v["rows"][0]["domain"], "beispiel.de");
    assert_eq!(v["rows"][0]["deadline"], "2009-03-14");
    let (v, code, _) = run(
        &["inventory", "--today=2009-02-01", "--format=json"],
        r#"[{"domain": "beispiel.de", "registered": "2005-04-04", "intent": "close"}]"#,
    );
    assert_eq!(code, 0);
    assert_eq!(v["rows"][0]["next_action"], "SEND_CLOSE_NOTICE");

    // `domainguard inventory big.csv --out csv | head -1`, in a shell with pipefail: the
    // report (about 1.5 MB) is far more than a pipe holds, so the CLI meets the closed pipe.
    let path = scratch("pipe").join("big.csv");
    std::fs::write(&path, big_list(20_000)).expect("write list");
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "set -o pipefail; '{}' inventory '{}' --today 2009-02-01 --out csv | head -1",
            env!("CARGO_BIN_EXE_domainguard"),
            path.display()
        ))
        .output()
        .expect("bash runs");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "domain,holder,renewal,next_action,deadline,days_left,severity,message\r\n"
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "quietly");
    assert_eq!(out.status.code(), Some(0));

    // The same without a shell: read one line, close the pipe, and the CLI still exits 0.
    let mut child = Command::new(env!("CARGO_BIN_EXE_domainguard"))
        .args([
            "inventory",
            path.to_str().expect("path"),
            "--today=2009-02-01",
            "--out=ics",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("CLI starts");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut first)
        .expect("first line");
    assert_eq!(first, "BEGIN:VCALENDAR\r\n");
    let out = child.wait_with_output().expect("CLI ends");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn authinfo_check_reads_a_file_and_never_prints_the_code() {
    let path = scratch("authinfo").join("code.txt");
    std::fs::write(&path, "AbIl3O0xyz\n").expect("write code");
    let (v, code, _) = run(
        &[
            "authinfo",
            "check",
            "--locale=en",
            path.to_str().expect("path"),
        ],
        "",
    );
    assert_eq!(code, 1);
    assert_eq!(v["valid"], json!(false));
    assert_eq!(v["positions"], json!([3, 4, 6, 7]));
    assert!(!v.to_string().contains("AbIl3O0xyz"));
    let (v, code, _) = run(&["authinfo", "check", "--tld=beispiel.de"], " Ab3+Xy9/Zq\n");
    assert_eq!((code, &v["valid"]), (0, &json!(true)));
    let (v, code, _) = run(&["authinfo", "generate", "--tld=de"], "");
    assert_eq!(code, 0);
    assert_eq!(v.as_str().map(|c| c.trim_end().len()), Some(16));
    let (_, code, err) = run(&["authinfo", "show"], "");
    assert_eq!(code, 64);
    assert!(
        err.contains("`authinfo` takes `generate` or `check`, not `show`"),
        "{err}"
    );
}

#[test]
fn without_a_file_a_terminal_on_standard_input_is_refused_instead_of_waiting() {
    // `script` (util-linux) runs the CLI with a pseudo-terminal as standard input, as a user's
    // shell does; without the check the CLI would wait for input and `timeout` would end it.
    let out = Command::new("timeout")
        .args(["10", "script", "-qec"])
        .arg(format!("'{}' check", env!("CARGO_BIN_EXE_domainguard")))
        .arg("/dev/null")
        .stdin(Stdio::null())
        .output()
        .expect("timeout and script (util-linux) run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(64), "{text}");
    assert!(
        text.contains(
            "domainguard: `check` reads FILE or standard input, and standard input is a terminal"
        ),
        "{text}"
    );
}

// ---------------------------------------------------------------------------------------------
// Form posts: `check --form MAPPING.json` and `case --form MAPPING.json` (issue 10)

/// The mapping of a TYPO3-style close form, for `--form` (one file for several actions).
fn form_mapping(name: &str) -> String {
    let dir = scratch(name);
    let path = dir.join("mapping.json");
    let mapping = json!({ "actions": { "close": {
        "fields": {
            "domain.name": "domain", "domain.registered": "registered", "holder.name": "holder",
            "termination.from": "term_from", "termination.to": "term_to",
            "evk.signed_by": "evk_by", "evk.date": "evk_date", "evk.text": "evk_text",
            "evk.acknowledges_availability": "evk_ack", "services.mailboxes": "mailboxes",
            "services.mail_backup_confirmed": "mail_backup"
        },
        "constants": { "domain": { "status": [] } }
    }}});
    std::fs::write(&path, mapping.to_string()).expect("mapping written");
    path.to_string_lossy().into_owned()
}

fn seed_004_post() -> Value {
    json!({
        "action": "close", "today": "2009-02-01", "locale": "de",
        "values": {
            "domain": "beispiel.de", "registered": "04.04.2005", "holder": "Max Mustermann",
            "term_from": "holder", "term_to": "reseller", "evk_by": "holder",
            "evk_date": "1.2.2009",
            "evk_text": "Hiermit beantrage ich die Schließung der Domain beispiel.de.",
            "evk_ack": ["0", "1"], "mailboxes": "0"
        }
    })
}

#[test]
fn check_form_reads_the_raw_post_and_gives_the_seed_verdict() {
    let mapping = form_mapping("form-seed");
    let (v, code, err) = run(&["check", "--form", &mapping], &seed_004_post().to_string());
    assert_eq!(code, 0, "{v} {err}");
    assert_eq!(v["deadlines"]["notice_deadline"], "2009-03-14");
    assert_eq!(
        v["deadline_list"][0]["label"],
        "Kündigung muss beim Registrar sein bis"
    );
    // the same verdict as the case written by hand
    let (by_hand, _, _) = run(&["check"], &seed_004().to_string());
    assert_eq!(v["findings"], by_hand["findings"]);
    assert_eq!(v["deadlines"], by_hand["deadlines"]);
}

#[test]
fn check_form_names_the_control_of_findings_and_errors() {
    let mapping = form_mapping("form-controls");
    let mut post = seed_004_post();
    post["values"]["term_to"] = json!("registrar");
    let (v, code, _) = run(&["check", "--form", &mapping], &post.to_string());
    assert_eq!(code, 1);
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "TERMINATION_SENT_TO_REGISTRAR")
        .unwrap();
    assert_eq!(f["control"], "term_to");
    // a date that does not exist: the rules' error, at its control
    post["values"]["registered"] = json!("31.02.2005");
    let (v, code, _) = run(
        &["check", "--form", &mapping, "--locale", "en"],
        &post.to_string(),
    );
    assert_eq!(code, 2);
    assert_eq!(v["errors"][0]["field"], "domain.registered");
    assert_eq!(v["errors"][0]["control"], "registered");
    assert_eq!(
        v["errors"][0]["message"],
        "`domain.registered`: `2005-02-31` does not exist: February 2005 has 28 days"
    );
    // a nested value where a text belongs: INVALID_TYPE naming the control, never dropped
    post["values"]["holder"] = json!({ "first": "Max" });
    let (v, code, _) = run(&["check", "--form", &mapping], &post.to_string());
    assert_eq!(code, 2);
    assert_eq!(v["errors"].as_array().unwrap().len(), 1);
    assert_eq!(v["errors"][0]["code"], "INVALID_TYPE");
    assert_eq!(v["errors"][0]["field"], "holder.name");
    assert_eq!(v["errors"][0]["control"], "holder");
}

#[test]
fn case_form_prints_the_built_case_and_masks_the_authinfo() {
    let dir = scratch("form-case");
    let path = dir.join("transfer.json");
    // as text: the mapping's order is the case's order
    let mapping = r#"{"fields": {"domain.name": "domain", "authinfo.code": "ai", "authinfo.created": "created"}}"#;
    std::fs::write(&path, mapping).unwrap();
    let path = path.to_string_lossy().into_owned();
    let post = json!({ "action": "transfer_out", "today": "2009-02-01", "locale": "en-GB",
        "policy": "default", "values": { "domain": "beispiel.de", "ai": "Ab3+Xy9/Zq", "created": "01.02.2009" } });
    let (out, code, _) = run_bytes(&["case", "--form", &path], post.to_string().as_bytes());
    assert_eq!(code, 0);
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "{\"action\":\"transfer_out\",\"today\":\"2009-02-01\",\"locale\":\"en\",\"policy\":\"default\",\
         \"domain\":{\"name\":\"beispiel.de\"},\"authinfo\":{\"code\":\"[[AUTHINFO]]\",\"created\":\"2009-02-01\"}}\n"
    );
    let (v, code, _) = run(
        &["case", "--form", &path, "--with-secrets"],
        &post.to_string(),
    );
    assert_eq!(code, 0);
    assert_eq!(v["authinfo"]["code"], "Ab3+Xy9/Zq");
    // without --form, `case` is a usage error; a missing mapping file is 66
    let (_, code, err) = run(&["case"], &post.to_string());
    assert_eq!(code, 64, "{err}");
    assert!(err.contains("--form"), "{err}");
    let (_, code, _) = run(
        &["check", "--form", "/nonexistent/mapping.json"],
        &post.to_string(),
    );
    assert_eq!(code, 66);
    // a post without values
    let (v, code, _) = run(
        &["case", "--form", &path],
        r#"{"action": "transfer_out", "today": "2009-02-01"}"#,
    );
    assert_eq!(code, 2);
    assert_eq!(v["errors"][0]["code"], "MISSING_FIELD");
    assert_eq!(v["errors"][0]["field"], "values");
}

#[test]
fn case_form_writes_large_whole_numbers_as_javascript_does() {
    // the browser's JSON.stringify of the same case: byte-identical texts (issue 10)
    let dir = scratch("form-case-numbers");
    let path = dir.join("close.json");
    std::fs::write(&path, r#"{"fields": {"services.mailboxes": "boxes"}}"#).unwrap();
    let path = path.to_string_lossy().into_owned();
    for (typed, written) in [
        ("12345678901234567890", "12345678901234567000"),
        ("10000000000000000", "10000000000000000"),
        ("-9007199254740993", "-9007199254740992"),
        ("8999999999999999", "8999999999999999"),
    ] {
        let post =
            json!({ "action": "close", "today": "2009-02-01", "values": { "boxes": typed } });
        let (out, code, _) = run_bytes(&["case", "--form", &path], post.to_string().as_bytes());
        assert_eq!(code, 0);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            format!(
                "{{\"action\":\"close\",\"today\":\"2009-02-01\",\"locale\":\"de\",\"policy\":\"default\",\
                 \"services\":{{\"mailboxes\":{written}}}}}\n"
            ),
            "{typed}"
        );
    }
}

#[test]
fn form_input_and_mapping_obey_the_size_limit() {
    let mapping = form_mapping("form-limit");
    let big = format!(
        r#"{{"action": "close", "today": "2009-02-01", "values": {{"holder": "{}"}}}}"#,
        "x".repeat(2000)
    );
    let (v, code, _) = run(
        &["check", "--form", &mapping, "--max-input-bytes", "1000"],
        &big,
    );
    assert_eq!(code, 2);
    assert_eq!(v["errors"][0]["code"], "INPUT_TOO_LARGE");
    // a mapping over the limit is refused the same way
    let dir = scratch("form-limit-mapping");
    let path = dir.join("big.json");
    let padding = "x".repeat(2000);
    std::fs::write(
        &path,
        format!(r#"{{"fields": {{}}, "constants": {{"note": "{padding}"}}}}"#),
    )
    .unwrap();
    let small = r#"{"action": "close", "today": "2009-02-01", "values": {}}"#;
    let (v, code, _) = run(
        &[
            "check",
            "--form",
            &path.to_string_lossy(),
            "--max-input-bytes",
            "1000",
        ],
        small,
    );
    assert_eq!(code, 2, "{v}");
    assert_eq!(v["errors"][0]["code"], "INPUT_TOO_LARGE");
}

#[test]
fn fields_marks_the_secret_field() {
    let (v, code, _) = run(&["fields", "transfer_out"], "");
    assert_eq!(code, 0);
    let secret: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["secret"] == json!(true))
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(secret, ["authinfo.code"]);
    let (v, _, _) = run(&["fields", "close"], "");
    assert!(v
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f.get("secret").is_none()));
}

#[test]
fn inventory_output_written_in_parts_is_the_report_byte_for_byte() {
    // The CLI writes the report a 64 KB part at a time; what arrives is what the library's
    // whole-text writers make, for outputs of many parts and with non-ASCII text in them.
    let mut list = big_list(6_000);
    list.push_str("bücher-straße.de;2005-02-04;close\nschön.de;2005-03-04;transfer\n");
    let path = scratch("parts").join("list.csv");
    std::fs::write(&path, &list).expect("write list");
    let options: domainguard::Json =
        serde_json::from_str(r#"{"today": "2009-02-01"}"#).expect("options");
    let report = domainguard::inventory_job(&domainguard::Json::from(list), &options)
        .expect("list reads")
        .finish();
    let cli = |extra: &[&str]| {
        let mut args = vec![
            "inventory",
            path.to_str().expect("path"),
            "--today=2009-02-01",
        ];
        args.extend_from_slice(extra);
        let (out, code, err) = run_bytes(&args, b"");
        assert_eq!((code, err.as_str()), (0, ""), "{extra:?}");
        String::from_utf8(out).expect("utf-8")
    };
    let csv = domainguard::inventory::to_csv(&report);
    assert!(csv.len() > 4 * 64 * 1024, "several parts: {}", csv.len());
    assert_eq!(cli(&["--out=csv"]), csv);
    assert_eq!(
        cli(&["--out=ics"]),
        domainguard::calendar::report_ics(&report)
    );
    assert_eq!(
        cli(&[]),
        serde_json::to_string(&report).expect("json") + "\n"
    );
    assert_eq!(
        cli(&["--pretty"]),
        serde_json::to_string_pretty(&report).expect("json") + "\n"
    );
}
