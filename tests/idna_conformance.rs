//! Unicode's UTS #46 conformance test (tests/data/IdnaTestV2.txt, Unicode 16.0.0) against
//! `DomainName::parse`, with UTS 46's non-transitional `toASCII` as the oracle.
//!
//! Each line is counted as
//! - agree: both refuse, or both accept with the same A-label;
//! - stricter by design: UTS 46 accepts, we refuse, for one of the reasons explained in
//!   `stricter_reason` (IDNA2008 has no mapping step, a panel needs a TLD, ...);
//! - lenient: UTS 46 refuses, we accept;
//! - different: both accept, with different A-labels.
//!
//! Done when: 0 lenient and 0 different outside `.de` (under `.de` DENIC's list is stricter
//! on purpose, and `ẞ` becomes `ß`, where UTS 46 writes `ss`).

use domainguard::domain::{DomainError, DomainName};
use std::collections::BTreeMap;

/// Decodes the file's `\uXXXX` and `\x{XXXX}` escapes; `None` for a lone surrogate (an
/// ill-formed string, which a Rust `&str` cannot hold; the file allows skipping those).
fn unescape(text: &str) -> Option<String> {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let (hex, tail) = if let Some(x) = after.strip_prefix("x{") {
            let end = x.find('}')?;
            (&x[..end], &x[end + 1..])
        } else if let Some(u) = after.strip_prefix('u') {
            (&u[..4], &u[4..])
        } else {
            out.push('\\');
            rest = after;
            continue;
        };
        out.push(char::from_u32(u32::from_str_radix(hex, 16).ok()?)?);
        rest = tail;
    }
    out.push_str(rest);
    Some(out)
}

fn field(text: &str) -> Option<String> {
    let text = text.trim();
    if text == "\"\"" {
        return Some(String::new());
    }
    unescape(text)
}

/// Why refusing a name that UTS 46 accepts is intended; `None` if it is not explained.
fn stricter_reason(source: &str, to_unicode: &str, error: &DomainError) -> Option<&'static str> {
    let labels = to_unicode.trim_end_matches('.').split('.').count();
    Some(match error {
        DomainError::MissingTld { .. } if labels < 2 => {
            "one label only: a panel needs a name with a TLD"
        }
        DomainError::InvalidTld { .. } => {
            "the TLD is not 2 to 63 letters or an A-label (digits, hyphens, a single letter)"
        }
        DomainError::NotNfc { .. } => {
            "not in NFC: UTS 46 normalises, IDNA2008 requires NFC input (only DENIC letters are composed)"
        }
        DomainError::InvalidContext { .. } => {
            "a CONTEXTO rule of RFC 5892 (UTS 46 and its test leave CONTEXTO out)"
        }
        DomainError::InvalidCharacter { character, .. } => {
            if *character == 'ẞ' {
                "capital sharp s outside .de: UTS 46 maps it to `ss`, IDNA2008 disallows it"
            } else if to_unicode.contains(*character) && source.contains(*character) {
                "a character UTS 46 keeps valid that IDNA2008 disallows (NV8/XV8: symbols, \
                 punctuation, historic forms)"
            } else {
                "a character UTS 46 maps (compatibility form, upper case whose lower case is \
                 disallowed, ignored characters) that IDNA2008 disallows: no mapping beyond lower case"
            }
        }
        DomainError::LeadingCombiningMark { .. } | DomainError::Bidi { .. } => return None,
        _ => return None,
    })
}

#[test]
fn idna_test_v2() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/IdnaTestV2.txt");
    let text = std::fs::read_to_string(path).expect("tests/data/IdnaTestV2.txt is readable");
    assert!(
        text.contains(&format!(
            "# Version: {}",
            domainguard::idna::UNICODE_VERSION
        )),
        "IdnaTestV2.txt must be of the tables' Unicode version {}",
        domainguard::idna::UNICODE_VERSION
    );
    let mut counts: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut stricter: BTreeMap<&str, (usize, String)> = BTreeMap::new();
    let mut problems = Vec::new();
    let mut unexplained = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("");
        if line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split(';').collect();
        assert!(cols.len() >= 7, "line {}: {line}", number + 1);
        let (Some(source), Some(unicode_col), Some(ascii_col)) =
            (field(cols[0]), field(cols[1]), field(cols[3]))
        else {
            *counts
                .entry(("all", "skipped: ill-formed (lone surrogate)"))
                .or_default() += 1;
            continue;
        };
        let to_unicode = if cols[1].trim().is_empty() {
            source.clone()
        } else {
            unicode_col
        };
        let to_ascii = if cols[3].trim().is_empty() {
            to_unicode.clone()
        } else {
            ascii_col
        };
        let unicode_status = cols[2].trim();
        let status = if cols[4].trim().is_empty() {
            unicode_status
        } else {
            cols[4].trim()
        };
        let uts46_ok = status.is_empty() || status == "[]";
        let scope = if to_unicode.trim_end_matches('.').rsplit('.').next() == Some("de") {
            ".de"
        } else {
            "other"
        };
        let ours = DomainName::parse(&source);
        let verdict = match (&ours, uts46_ok) {
            (Err(_), false) => "agree (both refuse)",
            (Ok(name), true) if name.ascii() == to_ascii.trim_end_matches('.') => {
                "agree (same A-label)"
            }
            (Ok(_), true) => "different",
            (Ok(_), false) => "lenient",
            (Err(error), true) => {
                match stricter_reason(&source, &to_unicode, error)
                    .filter(|_| scope == "other")
                    .or((scope == ".de").then_some("under .de: DENIC's list"))
                {
                    Some(reason) => {
                        let entry = stricter.entry(reason).or_insert((0, String::new()));
                        entry.0 += 1;
                        if entry.1.is_empty() {
                            entry.1 = format!("{source:?}: {}", error.code());
                        }
                    }
                    None => unexplained.push(format!(
                        "line {}: {source:?} refused ({}), UTS 46 gives {to_ascii:?}",
                        number + 1,
                        error.message(domainguard::Locale::En)
                    )),
                }
                "stricter by design"
            }
        };
        *counts.entry((scope, verdict)).or_default() += 1;
        if scope == "other" && matches!(verdict, "lenient" | "different") {
            problems.push(format!(
                "line {}: {verdict}: {source:?} → ours {:?}, UTS 46 {to_ascii:?} {status}",
                number + 1,
                ours.as_ref().map(|n| n.ascii().to_string()),
            ));
        }
    }
    println!(
        "IdnaTestV2 (Unicode {}):",
        domainguard::idna::UNICODE_VERSION
    );
    for ((scope, verdict), n) in &counts {
        println!("  {scope:>5}  {verdict:<20} {n}");
    }
    println!("stricter by design, by reason (outside .de; first example):");
    for (reason, (n, example)) in &stricter {
        println!("  {n:>5}  {reason}  e.g. {example}");
    }
    assert!(
        problems.is_empty(),
        "{} lenient or different outside .de:\n{}",
        problems.len(),
        problems
            .iter()
            .take(60)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(
        unexplained.is_empty(),
        "{} refusals without an explained reason:\n{}",
        unexplained.len(),
        unexplained
            .iter()
            .take(60)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    let agree: usize = counts
        .iter()
        .filter(|((_, v), _)| v.starts_with("agree"))
        .map(|(_, n)| n)
        .sum();
    assert!(agree > 6000, "only {agree} lines agree");
    let accepted = counts
        .get(&("other", "agree (same A-label)"))
        .copied()
        .unwrap_or(0);
    assert!(accepted > 150, "only {accepted} names accepted alike");
}
