//! The shared case/verdict vectors (`tests/vectors/*.json`): each file holds a `case` and the
//! `expected` output. The library and the CLI must give exactly `expected` here; the wasm
//! build must give it too (tests/wasm/vectors.test.mjs runs the same files).
//!
//! After a deliberate change of wording or rules, `DOMAINGUARD_BLESS=1 cargo test --test vectors`
//! rewrites `expected`; review the diff line by line before committing it.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn vector_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/vectors exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 50,
        "expected the full vector set, found {}",
        files.len()
    );
    files
}

fn run_lib(case: &Value) -> Value {
    let json: domainguard::Json = serde_json::from_value(case.clone()).expect("case is JSON");
    serde_json::to_value(domainguard::check(&json)).expect("outcome serialises")
}

fn run_cli(case: &Value) -> (Value, i32) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_domainguard"))
        .arg("check")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("CLI starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(case.to_string().as_bytes())
        .expect("write case");
    let out = child.wait_with_output().expect("CLI ends");
    let value = serde_json::from_slice(&out.stdout).expect("CLI prints JSON");
    (value, out.status.code().expect("exit code"))
}

fn expected_exit(expected: &Value) -> i32 {
    if expected.get("errors").is_some() {
        2
    } else if expected["allowed"] == Value::Bool(true) {
        0
    } else {
        1
    }
}

#[test]
fn library_and_cli_give_the_expected_output() {
    let bless = std::env::var_os("DOMAINGUARD_BLESS").is_some();
    let mut failures = Vec::new();
    for path in vector_files() {
        let text = std::fs::read_to_string(&path).expect("vector readable");
        let mut vector: Value = serde_json::from_str(&text).expect("vector is JSON");
        let case = vector["case"].clone();
        let got = run_lib(&case);
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_string();
        if bless {
            vector["expected"] = got.clone();
            let mut out = serde_json::to_string_pretty(&vector).expect("serialise");
            out.push('\n');
            std::fs::write(&path, out).expect("write vector");
        } else if got != vector["expected"] {
            failures.push(format!(
                "{name}: library output differs\n  got:      {got}\n  expected: {}",
                vector["expected"]
            ));
            continue;
        }
        let (cli, code) = run_cli(&case);
        if cli != got {
            failures.push(format!(
                "{name}: CLI output differs from the library\n  cli: {cli}\n  lib: {got}"
            ));
        }
        if code != expected_exit(&got) {
            failures.push(format!(
                "{name}: CLI exit status {code}, expected {}",
                expected_exit(&got)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
