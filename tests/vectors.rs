//! The shared case/verdict vectors (`tests/vectors/*.json`): each file holds a `case` and the
//! `expected` output. The library and the CLI must give exactly `expected` here; the wasm
//! build must give it too (tests/wasm/vectors.test.mjs runs the same files).
//!
//! Each vector file is a test of its own, named by the file (`cargo test --test vectors --
//! close-seed-004` runs one; one failure does not hide another): a harness (libtest-mimic,
//! `harness = false` in Cargo.toml) lists them from the folder.
//!
//! After a deliberate change of wording or rules, `DOMAINGUARD_BLESS=1 cargo test --test vectors`
//! rewrites `expected`; review the diff line by line before committing it.

use libtest_mimic::{Arguments, Failed, Trial};
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
    files
}

/// The folder holds the whole set: a wrong path or a lost checkout must not pass as "no test
/// failed".
fn the_full_set(count: usize) -> Result<(), Failed> {
    if count >= 50 {
        Ok(())
    } else {
        Err(format!("expected the full vector set (at least 50 files), found {count}").into())
    }
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

/// One vector: the library gives `expected` (or, blessing, writes what it gives), the CLI
/// gives the same output with the matching exit status.
fn check_vector(path: &Path, bless: bool) -> Result<(), Failed> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("vector unreadable: {e}"))?;
    let mut vector: Value =
        serde_json::from_str(&text).map_err(|e| format!("vector is not JSON: {e}"))?;
    let case = vector["case"].clone();
    let got = run_lib(&case);
    if bless {
        vector["expected"] = got.clone();
        let mut out = serde_json::to_string_pretty(&vector).expect("serialise");
        out.push('\n');
        std::fs::write(path, out).map_err(|e| format!("cannot write the vector: {e}"))?;
    } else if got != vector["expected"] {
        return Err(format!(
            "library output differs\n  got:      {got}\n  expected: {}",
            vector["expected"]
        )
        .into());
    }
    let mut failures = Vec::new();
    let (cli, code) = run_cli(&case);
    if cli != got {
        failures.push(format!(
            "CLI output differs from the library\n  cli: {cli}\n  lib: {got}"
        ));
    }
    if code != expected_exit(&got) {
        failures.push(format!(
            "CLI exit status {code}, expected {}",
            expected_exit(&got)
        ));
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n").into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let bless = std::env::var_os("DOMAINGUARD_BLESS").is_some();
    let files = vector_files();
    let count = files.len();
    let mut trials = vec![Trial::test("vector_set_is_complete", move || {
        the_full_set(count)
    })];
    trials.extend(files.into_iter().map(|path| {
        let name = path
            .file_stem()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_string();
        Trial::test(name, move || check_vector(&path, bless))
    }));
    libtest_mimic::run(&args, trials).exit();
}
