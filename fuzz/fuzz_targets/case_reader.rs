//! The case reader and the rules behind `domainguard check`: any text in, never a panic; an
//! AuthInfo in the case never comes out of the verdict or the errors; the letter holds it
//! only through `letter_with_authinfo`.
#![no_main]

use domainguard::{check, letter_with_authinfo, read_case_text, MAX_CASE_BYTES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(case) = read_case_text(text, MAX_CASE_BYTES, None) else {
        return;
    };
    let outcome = check(&case);
    let out = serde_json::to_string(&outcome).expect("an outcome always serialises");
    let _ = domainguard::calendar(&case);
    let _ = letter_with_authinfo(&case);
    // A code that occurs once in the input and is long enough not to be some other word.
    let code = case.get("authinfo").get("code").as_str().map(str::trim);
    let code = code.or_else(|| case.get("authinfo").as_str().map(str::trim));
    if let Some(code) = code {
        if code.chars().count() >= 12 && text.matches(code).count() == 1 {
            assert!(!out.contains(code), "the AuthInfo leaked into the outcome");
        }
    }
});
