//! TLD classes (R-T10): which family of rules a TLD falls under, from the IANA root zone's
//! TLD types. Kept as rules plus a small generated list (`src/tld_data.rs`, made by
//! `scripts/gen-tld-classes.py`): every two-letter ASCII TLD is a country code, the IDN
//! country codes are listed, a few sponsored and infrastructure TLDs outside ICANN's
//! registrar system are named here, and every other TLD is generic — legacy, new and IDN
//! gTLDs alike, which all fall under ICANN's Transfer Policy.

use crate::tld_data::IDN_CCTLDS;

/// The type of a TLD in the IANA root zone database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TldClass {
    /// A generic TLD under ICANN's registrar contracts (`com`, `shop`, `xn--c1avg`, `aero`).
    Generic,
    /// A country-code TLD (`de`, `at`, `xn--p1ai`).
    CountryCode,
    /// A sponsored TLD run outside ICANN's registrar system (`edu`, `gov`, `mil`, `int`).
    Sponsored,
    /// An infrastructure TLD (`arpa`).
    Infrastructure,
}

/// Sponsored TLDs that no ICANN-accredited registrar sells: no Transfer Policy applies.
const RESTRICTED_SPONSORED: [&str; 4] = ["edu", "gov", "int", "mil"];

impl TldClass {
    /// The class of `tld`, given in ASCII (A-label) lower case: `shop` and `xn--c1avg` (.орг)
    /// are generic, `at` and `xn--p1ai` (.рф) country codes, `gov` sponsored.
    pub fn of(tld: &str) -> TldClass {
        let two_letters = tld.len() == 2 && tld.bytes().all(|b| b.is_ascii_lowercase());
        if two_letters || is_idn_cctld(tld) {
            TldClass::CountryCode
        } else if tld == "arpa" {
            TldClass::Infrastructure
        } else if RESTRICTED_SPONSORED.contains(&tld) {
            TldClass::Sponsored
        } else {
            TldClass::Generic
        }
    }

    /// The name used in params (`generic`, `country-code`, `sponsored`, `infrastructure`).
    pub fn name(self) -> &'static str {
        match self {
            TldClass::Generic => "generic",
            TldClass::CountryCode => "country-code",
            TldClass::Sponsored => "sponsored",
            TldClass::Infrastructure => "infrastructure",
        }
    }
}

/// Whether `tld` is one of the listed IDN country codes (a byte scan of one string, made only
/// for `xn--` TLDs).
fn is_idn_cctld(tld: &str) -> bool {
    let Some(label) = tld.strip_prefix("xn--") else {
        return false;
    };
    // A lean module has no IDNs (src/lean.rs): the full module answers.
    #[cfg(feature = "lean")]
    {
        let _ = label;
        crate::lean::lacking(crate::lean::Lacks::Idna);
        false
    }
    #[cfg(not(feature = "lean"))]
    IDN_CCTLDS
        .as_bytes()
        .split(|&b| b == b' ')
        .any(|listed| listed == label.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_of_known_tlds() {
        assert_eq!(TldClass::of("shop"), TldClass::Generic);
        assert_eq!(TldClass::of("at"), TldClass::CountryCode);
        assert_eq!(TldClass::of("xn--p1ai"), TldClass::CountryCode);
        assert_eq!(TldClass::of("xn--c1avg"), TldClass::Generic);
        assert_eq!(TldClass::of("gov"), TldClass::Sponsored);
        assert_eq!(TldClass::of("arpa"), TldClass::Infrastructure);
    }

    #[test]
    fn the_generated_list_is_sorted_and_holds_only_punycode() {
        let listed: Vec<&str> = IDN_CCTLDS.split(' ').collect();
        assert_eq!(listed.len(), 70);
        assert!(listed.windows(2).all(|w| w[0] < w[1]));
        assert!(listed.iter().all(|t| !t.is_empty()
            && t.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')));
        for t in &listed {
            assert!(is_idn_cctld(&format!("xn--{t}")), "{t}");
            assert!(!is_idn_cctld(t), "{t}");
        }
        // Neither a prefix nor an extension of a listed label, nor the empty label.
        for t in ["xn--p1a", "xn--p1aix", "xn--", "xn--90a", "p1ai"] {
            assert_eq!(TldClass::of(t), TldClass::Generic, "{t}");
        }
        // .рф, .中国, .ею (the EU in Cyrillic) are country codes; .москва, .онлайн generic.
        for cc in ["xn--p1ai", "xn--fiqs8s", "xn--e1a4c"] {
            assert_eq!(TldClass::of(cc), TldClass::CountryCode, "{cc}");
        }
        for g in ["xn--80adxhks", "xn--80asehdb", "online", "xyz", "museum"] {
            assert_eq!(TldClass::of(g), TldClass::Generic, "{g}");
        }
    }
}
