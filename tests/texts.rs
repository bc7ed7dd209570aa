//! Every text the vectors reach renders completely in both languages: each vector's case is
//! checked in German and in English (the vectors themselves pin one language), and no message,
//! letter or notice keeps a `{placeholder}`. A placeholder without a param also fails the
//! catalogue's debug assertion (`src/text/mod.rs`), which names the entry and the param.

use serde_json::Value;
use std::path::Path;

/// `{name}` with a name of letters, digits and underscores (not quoted in backticks: an input
/// error quotes the placeholders a policy template may use).
fn placeholder(text: &str) -> Option<&str> {
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let quoted = rest[..start].ends_with('`');
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
