//! The AuthInfo checker: any code for any TLD, never a panic; positions lie within the code;
//! a valid code has none.
#![no_main]

use domainguard::{check_authinfo, Locale};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // First line: the TLD or domain; the rest: the code.
    let (tld, code) = text.split_once('\n').unwrap_or(("de", text));
    for locale in [Locale::De, Locale::En] {
        let r = check_authinfo(tld, code, locale);
        let length = code.trim().chars().count();
        assert!(r.positions.iter().all(|&p| p >= 1 && p <= length));
        assert_eq!(r.valid, r.message.is_none());
        if r.valid {
            assert!(r.positions.is_empty());
        }
    }
});
