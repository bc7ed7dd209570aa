//! The domain name normaliser: any text in, never a panic; what it accepts is stable (the
//! normal form reads back as itself) and its A-label is ASCII.
#![no_main]

use domainguard::domain::DomainName;
use domainguard::Locale;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match DomainName::parse(text) {
        Ok(name) => {
            assert!(name.ascii().is_ascii());
            let _ = name.homograph();
            let again = DomainName::parse(name.unicode()).expect("the normal form is valid");
            assert_eq!(again.ascii(), name.ascii());
            let from_ascii = DomainName::parse(name.ascii()).expect("the A-label form is valid");
            assert_eq!(from_ascii.unicode(), name.unicode());
        }
        Err(e) => {
            let _ = e.code();
            let _ = e.message(Locale::De);
            let _ = e.message(Locale::En);
        }
    }
});
