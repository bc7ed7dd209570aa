//! Every text the vectors reach renders completely in both languages: each vector's case is
//! checked in German and in English (the vectors themselves pin one language), and no message,
//! letter or notice keeps a `{placeholder}`. A placeholder without a param also fails the
//! catalogue's debug assertion (`src/text/mod.rs`), which names the entry and the param.

use serde_json::Value;
use std::path::Path;

/// `{name}` with a name of letters, digits and underscores (not quoted in backticks: an input
/// error quotes the placeholders a policy template may use; not a `\u{...}` escape, with which a
/// domain error writes an invisible or combining character).
fn placeholder(text: &str) -> Option<&str> {
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let quoted = rest[..start].ends_with('`') || rest[..start].ends_with("\\u");
        let after = &rest[start + 1..];
        let end = after.find('}')?;
        let name = &after[..end];
        if !quoted
            && !name.is_empty()
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            return Some(name);
        }
        rest = after;
    }
    None
}

fn texts(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|i| texts(i, out)),
        Value::Object(m) => {
            for (k, v) in m {
                // The params are data; only what is shown to a person is checked.
                if k != "params" && k != "case" {
                    texts(v, out);
                }
            }
        }
        _ => {}
    }
}

#[test]
fn every_vector_renders_without_placeholders_in_both_languages() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/vectors exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 50, "found only {} vectors", files.len());
    let mut checked = 0;
    let mut left = Vec::new();
    for file in &files {
        let vector: Value =
            serde_json::from_str(&std::fs::read_to_string(file).expect("readable")).expect("JSON");
        let Some(case) = vector.get("case").filter(|c| c.is_object()) else {
            continue;
        };
        for locale in ["de", "en"] {
            let mut case = case.clone();
            case["locale"] = Value::from(locale);
            let json: domainguard::Json = serde_json::from_value(case).expect("case is JSON");
            let outcome = serde_json::to_value(domainguard::check(&json)).expect("serialises");
            let mut shown = Vec::new();
            texts(&outcome, &mut shown);
            for t in shown {
                if let Some(name) = placeholder(&t) {
                    left.push(format!(
                        "{} ({locale}): `{{{name}}}` in {t:?}",
                        file.display()
                    ));
                }
            }
            checked += 1;
        }
    }
    assert!(checked >= 100, "only {checked} outcomes checked");
    assert!(left.is_empty(), "placeholders left:\n{}", left.join("\n"));
}

/// `domainguard texts` lists the generated files and writes each exactly as committed (what
/// scripts/build-integrations.sh runs).
#[test]
fn the_cli_writes_each_generated_file_as_committed() {
    let cli = env!("CARGO_BIN_EXE_domainguard");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let list = std::process::Command::new(cli)
        .arg("texts")
        .output()
        .expect("CLI runs");
    assert!(list.status.success());
    let paths: Vec<String> = String::from_utf8(list.stdout)
        .expect("UTF-8")
        .lines()
        .map(str::to_string)
        .collect();
    for want in [
        "integrations/typo3/Resources/Private/Language/de.locallang.xlf",
        "integrations/plesk/plib/resources/locales/en-US.php",
        "js/src/strings.js",
    ] {
        assert!(
            paths.iter().any(|p| p == want),
            "{want} not listed: {paths:?}"
        );
    }
    for path in &paths {
        let out = std::process::Command::new(cli)
            .args(["texts", path])
            .output()
            .expect("CLI runs");
        assert!(out.status.success(), "{path}");
        let committed = std::fs::read(root.join(path)).expect("committed copy exists");
        assert!(
            out.stdout == committed,
            "{path} is out of date: run scripts/build-integrations.sh"
        );
    }
    let unknown = std::process::Command::new(cli)
        .args(["texts", "README.md"])
        .output()
        .expect("CLI runs");
    assert_eq!(unknown.status.code(), Some(64));
}
