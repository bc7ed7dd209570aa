//! Every code that `domainguard codes` lists is produced by at least one shared vector
//! (`tests/vectors/*.json`), so no finding or input error exists only on paper.

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// Codes no JSON case can produce, with the test that shows them instead.
const NOT_FROM_A_CASE: [(&str, &str); 2] = [
    (
        "INVALID_JSON",
        "a vector's case is JSON already; tests/cli.rs::malformed_json_exits_2_with_a_json_error",
    ),
    (
        "INPUT_TOO_LARGE",
        "a vector is small; tests/cli.rs::input_over_the_size_limit_is_an_input_error",
    ),
];

#[test]
fn every_listed_code_is_produced_by_a_vector() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let mut produced = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("tests/vectors exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("vector readable");
        let vector: Value = serde_json::from_str(&text).expect("vector is JSON");
        for list in ["findings", "errors"] {
            if let Some(items) = vector["expected"][list].as_array() {
                for item in items {
                    if let Some(code) = item["code"].as_str() {
                        produced.insert(code.to_string());
                    }
                }
            }
        }
    }
    let table = domainguard::messages::codes_table(false);
    let listed: Vec<&str> = table.lines().filter_map(|l| l.split('\t').next()).collect();
    assert!(
        listed.len() > 80,
        "the codes table lists {} codes",
        listed.len()
    );
    let missing: Vec<&str> = listed
        .iter()
        .copied()
        .filter(|c| !produced.contains(*c))
        .filter(|c| !NOT_FROM_A_CASE.iter().any(|(n, _)| n == c))
        .collect();
    assert!(
        missing.is_empty(),
        "codes listed by `domainguard codes` but produced by no vector: {missing:?}"
    );
}
