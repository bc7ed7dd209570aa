//! Domain names as a German hosting panel accepts them.
//!
//! [`DomainName::parse`] normalises user input (surrounding whitespace, upper case, the
//! alternative dots U+3002, U+FF0E and U+FF61, one trailing dot, decomposed DENIC letters)
//! and checks every label by IDNA2008 (RFC 5891 section 4.2, RFC 5892, RFC 5893, Unicode
//! 16.0.0, see [`crate::idna`]) and, under `.de`, against DENIC's list of 93 permitted
//! non-ASCII characters on top. The Unicode and the punycode (`xn--`) spelling of a name
//! parse to the same [`DomainName`]. The punycode codec (RFC 3492) lives in this module and
//! the Unicode data in generated tables, so that the WebAssembly build needs no Unicode crates.
//!
//! What IDNA2008 leaves to the application (RFC 5891 section 5.2, RFC 5895), decided here:
//! - Upper case is lowered (as [`char::to_lowercase`] does, by `lowercase` without its
//!   tables) unless the character is valid as it is (Cherokee's capital letters are the valid
//!   ones); `ẞ` becomes `ß` under `.de` and is refused elsewhere (UTS 46 maps it to `ss`,
//!   IDNA2008 disallows it: no guess either way).
//! - `ß` is a letter of its own and is never mapped to `ss` (as in IDNA2008, unlike IDNA2003).
//! - A base letter followed by a combining mark is composed when the result is one of DENIC's
//!   letters (`u` + U+0308 → `ü`), in every TLD; any other label must already be in NFC.
//! - Nothing else is mapped: compatibility characters (`ｅ`, `ℓ`, `ﬁ`, `𝐚`, `²`, `ᴬ`) are
//!   refused, not folded to their look-alikes as UTS 46 does.

pub(crate) mod lowercase;

use crate::idna::{self, BidiRule, ContextRule, Violation};
use crate::text::domain::*;
use crate::text::{render, Entry as Text};
use crate::Locale;
use core::fmt;
use core::str::FromStr;

/// Longest label, counted in its ASCII (punycode) form.
const MAX_LABEL_LEN: usize = 63;
/// Longest name without the trailing dot, counted in its ASCII form.
const MAX_NAME_LEN: usize = 253;
/// Prefix of a punycode label (an "A-label").
const ACE_PREFIX: &str = "xn--";
/// Literals in messages are cut after this many characters.
const SHOWN_CHARS: usize = 40;

/// DENIC's 93 non-ASCII characters permitted in `.de` names, sorted by code point (the
/// tests check [`DENIC_MAP`] against this list).
#[cfg(test)]
const DENIC_CHARS: [char; 93] = [
    'ß', 'à', 'á', 'â', 'ã', 'ä', 'å', 'æ', 'ç', 'è', 'é', 'ê', //
    'ë', 'ì', 'í', 'î', 'ï', 'ð', 'ñ', 'ò', 'ó', 'ô', 'õ', 'ö', //
    'ø', 'ù', 'ú', 'û', 'ü', 'ý', 'þ', 'ÿ', 'ā', 'ă', 'ą', 'ć', //
    'ĉ', 'ċ', 'č', 'ď', 'đ', 'ē', 'ĕ', 'ė', 'ę', 'ě', 'ĝ', 'ğ', //
    'ġ', 'ģ', 'ĥ', 'ħ', 'ĩ', 'ī', 'ĭ', 'į', 'ı', 'ĵ', 'ķ', 'ĸ', //
    'ĺ', 'ļ', 'ľ', 'ł', 'ń', 'ņ', 'ň', 'ŋ', 'ō', 'ŏ', 'ő', 'œ', //
    'ŕ', 'ŗ', 'ř', 'ś', 'ŝ', 'ş', 'š', 'ţ', 'ť', 'ŧ', 'ũ', 'ū', //
    'ŭ', 'ů', 'ű', 'ų', 'ŵ', 'ŷ', 'ź', 'ż', 'ž',
];

/// The first of DENIC's characters; all 93 lie in U+00DF..=U+017E.
const DENIC_FIRST: u32 = 0xDF;
/// DENIC's characters as a bit map: bit `c - DENIC_FIRST` (20 bytes instead of a list).
const DENIC_MAP: [u32; 5] = [
    0xFEFF_FFFF,
    0x5555_5555,
    0xAB45_5555,
    0x5555_52A8,
    0xA955_5555,
];

/// Whether `c` is one of DENIC's 93 non-ASCII characters.
fn is_denic(c: char) -> bool {
    let Some(offset) = u32::from(c).checked_sub(DENIC_FIRST) else {
        return false;
    };
    DENIC_MAP
        .get(offset as usize / 32)
        .is_some_and(|word| (word >> (offset % 32)) & 1 != 0)
}

/// A validated domain name, held in its Unicode and its ASCII (punycode) form.
///
/// Two names are equal when they are the same domain: parsing `straße.de` and
/// `xn--strae-oqa.de` gives equal values.
///
/// # Example
/// ```
/// use domainguard::domain::DomainName;
/// let name = DomainName::parse("Straße.de")?;
/// assert_eq!(name.unicode(), "straße.de");
/// assert_eq!(name.ascii(), "xn--strae-oqa.de");
/// assert_eq!(name, DomainName::parse("xn--strae-oqa.de")?);
/// # Ok::<(), domainguard::domain::DomainError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DomainName {
    unicode: String,
    ascii: String,
}

impl DomainName {
    /// Parses and validates a domain name typed by a user.
    ///
    /// The input is trimmed and lower-cased (`ẞ` becomes `ß`); U+3002, U+FF0E and U+FF61
    /// count as dots; one trailing dot is dropped; a base letter followed by a combining mark
    /// is composed when the result is one of DENIC's characters. `xn--` labels are decoded and
    /// must be the canonical punycode of a valid non-ASCII label.
    ///
    /// # Errors
    /// Returns a [`DomainError`] describing the first rule the input breaks: empty input,
    /// a missing TLD, an empty label, a character that is not allowed (under `.de`: not one of
    /// DENIC's), a misplaced hyphen, invalid punycode, a label over 63 or a name over 253
    /// characters in ASCII form, or an invalid TLD.
    ///
    /// # Example
    /// ```
    /// use domainguard::domain::DomainName;
    /// let name = DomainName::parse("  MÜNCHEN.de. ")?;
    /// assert_eq!(name.unicode(), "münchen.de");
    /// assert_eq!(name.ascii(), "xn--mnchen-3ya.de");
    /// assert_eq!(DomainName::parse("ab--cd.de").unwrap_err().code(), "hyphens_at_3_and_4");
    /// # Ok::<(), domainguard::domain::DomainError>(())
    /// ```
    pub fn parse(input: &str) -> Result<DomainName, DomainError> {
        // A lean module has no IDNA (src/lean.rs): the full module answers for any name with
        // a non-ASCII character or an `xn--` label, whether valid or not.
        #[cfg(feature = "lean")]
        if !input.is_ascii()
            || input.trim().split('.').any(|label| {
                (label.as_bytes().get(..ACE_PREFIX.len()))
                    .is_some_and(|p| p.eq_ignore_ascii_case(ACE_PREFIX.as_bytes()))
            })
        {
            crate::lean::lacking(crate::lean::Lacks::Idna);
            return Err(DomainError::Empty);
        }
        let name = normalize(input);
        if name.is_empty() {
            return Err(DomainError::Empty);
        }
        // Every character yields at least one character of the ASCII form, so a longer input
        // cannot be valid; rejecting it here also bounds the cost of punycode encoding.
        let chars = name.chars().count();
        if chars > MAX_NAME_LEN {
            return Err(DomainError::NameTooLong {
                length: chars,
                at_least: !name.is_ascii(),
            });
        }
        let labels: Vec<&str> = name.split('.').collect();
        if let Some(index) = labels.iter().position(|label| label.is_empty()) {
            return Err(DomainError::EmptyLabel {
                name: name.clone(),
                position: index + 1,
            });
        }
        if labels.len() < 2 {
            return Err(DomainError::MissingTld { name });
        }
        let under_de = labels.last() == Some(&"de");
        let mut unicode = String::with_capacity(name.len());
        let mut ascii = String::with_capacity(name.len());
        let mut tld = None;
        for raw in &labels {
            let label = check_label(raw, under_de)?;
            if !unicode.is_empty() {
                unicode.push('.');
                ascii.push('.');
            }
            unicode.push_str(&label.unicode);
            ascii.push_str(&label.ascii);
            tld = Some(label);
        }
        // RFC 5893: once one label has a right-to-left character, every label must keep the
        // Bidi rule. Names of ASCII labels skip this without a table lookup.
        #[cfg(not(feature = "lean"))]
        if !unicode.is_ascii() && unicode.split('.').any(idna::is_rtl_label) {
            for label in unicode.split('.') {
                if let Err((position, rule)) = idna::check_bidi(label) {
                    let character = label.chars().nth(position.saturating_sub(1)).unwrap_or('?');
                    return Err(DomainError::Bidi {
                        label: label.to_string(),
                        character,
                        position,
                        rule,
                    });
                }
            }
        }
        if let Some(tld) = tld {
            let letters = tld.ascii.len() >= 2 && tld.ascii.bytes().all(|b| b.is_ascii_lowercase());
            if !letters && !tld.ascii.starts_with(ACE_PREFIX) {
                return Err(DomainError::InvalidTld { tld: tld.unicode });
            }
        }
        if ascii.len() > MAX_NAME_LEN {
            return Err(DomainError::NameTooLong {
                length: ascii.len(),
                at_least: false,
            });
        }
        Ok(DomainName { unicode, ascii })
    }

    /// The name in Unicode, lower case, without a trailing dot.
    ///
    /// # Example
    /// ```
    /// use domainguard::domain::DomainName;
    /// assert_eq!(DomainName::parse("xn--bcher-kva.de")?.unicode(), "bücher.de");
    /// # Ok::<(), domainguard::domain::DomainError>(())
    /// ```
    pub fn unicode(&self) -> &str {
        &self.unicode
    }

    /// The name in ASCII: every non-ASCII label as `xn--` punycode.
    ///
    /// # Example
    /// ```
    /// use domainguard::domain::DomainName;
    /// assert_eq!(DomainName::parse("bücher.de")?.ascii(), "xn--bcher-kva.de");
    /// # Ok::<(), domainguard::domain::DomainError>(())
    /// ```
    pub fn ascii(&self) -> &str {
        &self.ascii
    }

    /// The ASCII form of the last label, e.g. `de`, `com` or `xn--p1ai`.
    ///
    /// # Example
    /// ```
    /// use domainguard::domain::DomainName;
    /// assert_eq!(DomainName::parse("www.Beispiel.DE")?.tld(), "de");
    /// assert_eq!(DomainName::parse("пример.рф")?.tld(), "xn--p1ai");
    /// # Ok::<(), domainguard::domain::DomainError>(())
    /// ```
    pub fn tld(&self) -> &str {
        let after_dot = self
            .ascii
            .bytes()
            .rposition(|b| b == b'.')
            .map_or(0, |at| at + 1);
        self.ascii.get(after_dot..).unwrap_or_default()
    }

    /// Whether any label contains non-ASCII characters (an internationalized domain name).
    ///
    /// # Example
    /// ```
    /// use domainguard::domain::DomainName;
    /// assert!(DomainName::parse("xn--mnchen-3ya.de")?.is_idn());
    /// assert!(!DomainName::parse("beispiel.de")?.is_idn());
    /// # Ok::<(), domainguard::domain::DomainError>(())
    /// ```
    pub fn is_idn(&self) -> bool {
        !self.unicode.is_ascii()
    }

    /// The first label that mixes letters of more than one of the scripts Latin, Greek and
    /// Cyrillic, a typical sign of a look-alike (homograph) name; or else the first label that
    /// is a whole-script confusable: written only with Cyrillic (or only with Greek) letters
    /// that look like Latin ones (`аррӏе` in Cyrillic), under a TLD in Latin letters that is not
    /// the country code of a country writing that script. Its `scripts` are then Latin (the
    /// script it imitates, and the TLD's) and the label's own.
    ///
    /// # Example
    /// ```
    /// use domainguard::domain::{DomainName, Script};
    /// // The second letter is the Cyrillic `а` (U+0430).
    /// let found = DomainName::parse("p\u{430}ypal.com")?.homograph().unwrap();
    /// assert_eq!(found.label, "p\u{430}ypal");
    /// assert_eq!(found.scripts, vec![Script::Latin, Script::Cyrillic]);
    /// assert_eq!(DomainName::parse("paypal.com")?.homograph(), None);
    /// // Whole-script: every letter Cyrillic, all of them look-alikes of Latin letters.
    /// let found = DomainName::parse("\u{430}\u{440}\u{440}\u{4CF}\u{435}.com")?.homograph().unwrap();
    /// assert_eq!(found.scripts, vec![Script::Latin, Script::Cyrillic]);
    /// assert_eq!(DomainName::parse("\u{430}\u{440}\u{440}\u{4CF}\u{435}.ru")?.homograph(), None);
    /// # Ok::<(), domainguard::domain::DomainError>(())
    /// ```
    pub fn homograph(&self) -> Option<Homograph> {
        // An ASCII name has Latin letters only (and a lean module's names are ASCII).
        if cfg!(feature = "lean") || self.unicode.is_ascii() {
            return None;
        }
        let found = |label: &str, scripts: Vec<Script>| {
            Some(Homograph {
                label: label.to_string(),
                scripts,
            })
        };
        for label in self.unicode.split('.') {
            let scripts = scripts_of(label);
            if scripts.len() > 1 {
                return found(label, scripts);
            }
        }
        let tld = self.tld();
        for label in self.unicode.split('.') {
            if let Some(script) = whole_script_confusable(label, tld) {
                return found(label, vec![Script::Latin, script]);
            }
        }
        None
    }
}

impl fmt::Display for DomainName {
    /// Writes the Unicode form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.unicode)
    }
}

impl FromStr for DomainName {
    type Err = DomainError;

    /// Same as [`DomainName::parse`].
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        DomainName::parse(input)
    }
}

/// A label that mixes scripts, as found by [`DomainName::homograph`].
///
/// # Example
/// ```
/// use domainguard::domain::{DomainName, Script};
/// let found = DomainName::parse("\u{3b1}lpha.com")?.homograph().unwrap();
/// assert_eq!(found.label, "αlpha");
/// assert_eq!(found.scripts, vec![Script::Latin, Script::Greek]);
/// # Ok::<(), domainguard::domain::DomainError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Homograph {
    /// The label in its Unicode form.
    pub label: String,
    /// The scripts found in the label, in the order Latin, Greek, Cyrillic.
    pub scripts: Vec<Script>,
}

/// A script whose letters look alike and are used for homograph attacks.
///
/// # Example
/// ```
/// use domainguard::domain::Script;
/// assert_eq!(Script::Cyrillic.name(), "Cyrillic");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    /// ASCII `a`–`z`, U+00C0–U+024F and U+1E00–U+1EFF.
    Latin,
    /// U+0370–U+03FF and U+1F00–U+1FFF.
    Greek,
    /// U+0400–U+052F, U+2DE0–U+2DFF and U+A640–U+A69F.
    Cyrillic,
}

impl Script {
    /// The English name of the script.
    ///
    /// # Example
    /// ```
    /// use domainguard::domain::Script;
    /// assert_eq!(Script::Greek.name(), "Greek");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Script::Latin => "Latin",
            Script::Greek => "Greek",
            Script::Cyrillic => "Cyrillic",
        }
    }

    /// The script of a letter, if it is one of the three; digits, hyphens and other scripts
    /// are neutral.
    fn of(c: char) -> Option<Script> {
        if !c.is_alphabetic() {
            return None;
        }
        match u32::from(c) {
            0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Some(Script::Latin),
            0x370..=0x3FF | 0x1F00..=0x1FFF => Some(Script::Greek),
            0x400..=0x52F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Some(Script::Cyrillic),
            _ => None,
        }
    }
}

/// Why a domain name was rejected.
///
/// Labels and names in the variants are the normalised (lower-case, Unicode) forms.
///
/// # Example
/// ```
/// use domainguard::domain::{DomainError, DomainName};
/// use domainguard::Locale;
/// let error = DomainName::parse("ab€c.com").unwrap_err();
/// assert_eq!(
///     error,
///     DomainError::InvalidCharacter { label: "ab€c".into(), character: '€', position: 3 }
/// );
/// assert_eq!(error.code(), "invalid_character");
/// assert_eq!(
///     error.message(Locale::En),
///     "character `€` (U+20AC) at position 3 of `ab€c` is not allowed"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DomainError {
    /// The input is empty, only whitespace or only a dot.
    Empty,
    /// The name has a single label and thus no top-level domain (`localhost`).
    MissingTld {
        /// The normalised input.
        name: String,
    },
    /// Two dots in a row, or a leading dot (`a..de`, `.de`).
    EmptyLabel {
        /// The normalised input.
        name: String,
        /// 1-based number of the empty label.
        position: usize,
    },
    /// A label is longer than 63 characters in its ASCII form.
    LabelTooLong {
        /// The label in Unicode.
        label: String,
        /// Length of its ASCII form.
        length: usize,
    },
    /// The name is longer than 253 characters in its ASCII form.
    NameTooLong {
        /// Length of the ASCII form; when `at_least` is set, the number of characters of the
        /// non-ASCII input, which the ASCII form exceeds.
        length: usize,
        /// Whether `length` is only a lower bound.
        at_least: bool,
    },
    /// A character that no label may contain (anything but letters, digits and hyphens).
    InvalidCharacter {
        /// The label in Unicode.
        label: String,
        /// The offending character.
        character: char,
        /// Its 1-based position in the label.
        position: usize,
    },
    #[cfg(not(feature = "lean"))]
    /// A non-ASCII character under `.de` that is not among DENIC's 93 characters.
    InvalidCharacterDe {
        /// The label in Unicode.
        label: String,
        /// The offending character.
        character: char,
        /// Its 1-based position in the label.
        position: usize,
    },
    #[cfg(not(feature = "lean"))]
    /// A label is not in Unicode normalization form C (RFC 5891 4.2.3.1 requires NFC).
    NotNfc {
        /// The label in Unicode.
        label: String,
        /// The first character that NFC changes.
        character: char,
        /// Its 1-based position in the label.
        position: usize,
        /// The label in NFC.
        normalized: String,
    },
    #[cfg(not(feature = "lean"))]
    /// A label starts with a combining mark (RFC 5891 4.2.3.2).
    LeadingCombiningMark {
        /// The label in Unicode.
        label: String,
        /// The mark.
        character: char,
    },
    #[cfg(not(feature = "lean"))]
    /// A CONTEXTJ or CONTEXTO character outside the context RFC 5892 allows it in.
    InvalidContext {
        /// The label in Unicode.
        label: String,
        /// The character.
        character: char,
        /// Its 1-based position in the label.
        position: usize,
        /// The rule it breaks.
        rule: ContextRule,
    },
    #[cfg(not(feature = "lean"))]
    /// A label of a name with right-to-left characters breaks the Bidi rule (RFC 5893).
    Bidi {
        /// The label in Unicode.
        label: String,
        /// The character where the rule breaks.
        character: char,
        /// Its 1-based position in the label.
        position: usize,
        /// The part of the rule.
        rule: BidiRule,
    },
    /// A label starts with a hyphen.
    LeadingHyphen {
        /// The label in Unicode.
        label: String,
    },
    /// A label ends with a hyphen.
    TrailingHyphen {
        /// The label in Unicode.
        label: String,
    },
    /// A label has hyphens at positions 3 and 4 but is not an `xn--` label.
    HyphensAt3And4 {
        /// The label in Unicode.
        label: String,
    },
    #[cfg(not(feature = "lean"))]
    /// An `xn--` label is not the canonical punycode of a non-ASCII label.
    InvalidPunycode {
        /// The label as given.
        label: String,
    },
    /// The top-level domain is neither 2–63 ASCII letters nor an IDN.
    InvalidTld {
        /// The last label in Unicode.
        tld: String,
    },
}

impl DomainError {
    /// A stable snake_case identifier of the reason, for programs and translations.
    ///
    /// # Example
    /// ```
    /// use domainguard::domain::DomainName;
    /// let error = DomainName::parse("a..de").unwrap_err();
    /// assert_eq!(error.code(), "empty_label");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            DomainError::Empty => "empty",
            DomainError::MissingTld { .. } => "missing_tld",
            DomainError::EmptyLabel { .. } => "empty_label",
            DomainError::LabelTooLong { .. } => "label_too_long",
            DomainError::NameTooLong { .. } => "name_too_long",
            DomainError::InvalidCharacter { .. } => "invalid_character",
            #[cfg(not(feature = "lean"))]
            DomainError::InvalidCharacterDe { .. } => "invalid_character_de",
            #[cfg(not(feature = "lean"))]
            DomainError::NotNfc { .. } => "not_nfc",
            #[cfg(not(feature = "lean"))]
            DomainError::LeadingCombiningMark { .. } => "leading_combining_mark",
            #[cfg(not(feature = "lean"))]
            DomainError::InvalidContext { .. } => "invalid_context",
            #[cfg(not(feature = "lean"))]
            DomainError::Bidi { .. } => "bidi_rule",
            DomainError::LeadingHyphen { .. } => "leading_hyphen",
            DomainError::TrailingHyphen { .. } => "trailing_hyphen",
            DomainError::HyphensAt3And4 { .. } => "hyphens_at_3_and_4",
            #[cfg(not(feature = "lean"))]
            DomainError::InvalidPunycode { .. } => "invalid_punycode",
            DomainError::InvalidTld { .. } => "invalid_tld",
        }
    }

    /// The reason as a sentence fragment for the user: lower-case start, no final period,
    /// offending literals in backticks (cut after 40 characters, invisible characters
    /// written as `\u{…}`).
    ///
    /// # Example
    /// ```
    /// use domainguard::domain::DomainName;
    /// use domainguard::Locale;
    /// let error = DomainName::parse("ab--cd.de").unwrap_err();
    /// assert_eq!(
    ///     error.message(Locale::En),
    ///     "`ab--cd` has hyphens at positions 3 and 4, which only `xn--` labels may have"
    /// );
    /// assert_eq!(
    ///     error.message(Locale::De),
    ///     "`ab--cd` hat Bindestriche an den Positionen 3 und 4, die nur `xn--`-Labels haben dürfen"
    /// );
    /// ```
    pub fn message(&self, locale: Locale) -> String {
        // One render call with every param some variant needs (a template takes the ones it
        // names): the code that turns them into text is in the wasm once, not per variant.
        let (text, literal, character, number, normalized, rule): (
            &Text,
            &str,
            Option<char>,
            Option<usize>,
            &str,
            &str,
        ) = match self {
            DomainError::Empty => (&DOMAIN_EMPTY, "", None, None, "", ""),
            DomainError::MissingTld { name } => (&DOMAIN_MISSING_TLD, name, None, None, "", ""),
            DomainError::EmptyLabel { name, position } => {
                (&DOMAIN_EMPTY_LABEL, name, None, Some(*position), "", "")
            }
            DomainError::LabelTooLong { label, length } => (
                if label.is_ascii() {
                    &DOMAIN_LABEL_TOO_LONG
                } else {
                    &DOMAIN_LABEL_TOO_LONG_ASCII
                },
                label,
                None,
                Some(*length),
                "",
                "",
            ),
            DomainError::NameTooLong { length, at_least } => (
                if *at_least {
                    &DOMAIN_NAME_TOO_LONG_AT_LEAST
                } else {
                    &DOMAIN_NAME_TOO_LONG
                },
                "",
                None,
                Some(*length),
                "",
                "",
            ),
            DomainError::InvalidCharacter {
                label,
                character,
                position,
            } => (
                &DOMAIN_INVALID_CHARACTER,
                label,
                Some(*character),
                Some(*position),
                "",
                "",
            ),
            #[cfg(not(feature = "lean"))]
            DomainError::InvalidCharacterDe {
                label,
                character,
                position,
            } => (
                &DOMAIN_INVALID_CHARACTER_DE,
                label,
                Some(*character),
                Some(*position),
                "",
                "",
            ),
            #[cfg(not(feature = "lean"))]
            DomainError::NotNfc {
                label,
                character,
                position,
                normalized,
            } => (
                &DOMAIN_NOT_NFC,
                label,
                Some(*character),
                Some(*position),
                normalized,
                "",
            ),
            #[cfg(not(feature = "lean"))]
            DomainError::LeadingCombiningMark { label, character } => (
                &DOMAIN_LEADING_COMBINING_MARK,
                label,
                Some(*character),
                None,
                "",
                "",
            ),
            #[cfg(not(feature = "lean"))]
            DomainError::InvalidContext {
                label,
                character,
                position,
                rule,
            } => (
                &DOMAIN_INVALID_CONTEXT,
                label,
                Some(*character),
                Some(*position),
                "",
                crate::text::label(context_rule_text(*rule), locale),
            ),
            #[cfg(not(feature = "lean"))]
            DomainError::Bidi {
                label,
                character,
                position,
                rule,
            } => (
                &DOMAIN_BIDI,
                label,
                Some(*character),
                Some(*position),
                "",
                crate::text::label(bidi_rule_text(*rule), locale),
            ),
            DomainError::LeadingHyphen { label } => {
                (&DOMAIN_LEADING_HYPHEN, label, None, None, "", "")
            }
            DomainError::TrailingHyphen { label } => {
                (&DOMAIN_TRAILING_HYPHEN, label, None, None, "", "")
            }
            DomainError::HyphensAt3And4 { label } => {
                (&DOMAIN_HYPHENS_AT_3_AND_4, label, None, None, "", "")
            }
            #[cfg(not(feature = "lean"))]
            DomainError::InvalidPunycode { label } => {
                (&DOMAIN_INVALID_PUNYCODE, label, None, None, "", "")
            }
            DomainError::InvalidTld { tld } => (&DOMAIN_INVALID_TLD, tld, None, None, "", ""),
        };
        let literal = show(literal);
        let character = character.map(show_code_point).unwrap_or_default();
        let number = number
            .map(|n| crate::dates::uint_text(n as u64))
            .unwrap_or_default();
        let normalized = show(normalized);
        // `name`, `label` and `tld` are the one literal of a text; `position` and `length` its
        // one number.
        render(
            text,
            locale,
            &[
                ("label", &literal),
                ("name", &literal),
                ("tld", &literal),
                ("character", &character),
                ("position", &number),
                ("length", &number),
                ("nfc", &normalized),
                ("rule", rule),
            ],
        )
    }
}

/// Why a contextual character is refused.
fn context_rule_text(rule: ContextRule) -> &'static Text {
    match rule {
        ContextRule::ZeroWidthNonJoiner => &CONTEXT_ZERO_WIDTH_NON_JOINER,
        ContextRule::ZeroWidthJoiner => &CONTEXT_ZERO_WIDTH_JOINER,
        ContextRule::MiddleDot => &CONTEXT_MIDDLE_DOT,
        ContextRule::GreekKeraia => &CONTEXT_GREEK_KERAIA,
        ContextRule::HebrewPunctuation => &CONTEXT_HEBREW_PUNCTUATION,
        ContextRule::KatakanaMiddleDot => &CONTEXT_KATAKANA_MIDDLE_DOT,
        ContextRule::ArabicIndicDigits => &CONTEXT_ARABIC_INDIC_DIGITS,
    }
}

/// Which part of the Bidi rule a label breaks.
fn bidi_rule_text(rule: BidiRule) -> &'static Text {
    match rule {
        BidiRule::First => &BIDI_FIRST,
        BidiRule::LeftToRightInRtl => &BIDI_LEFT_TO_RIGHT_IN_RTL,
        BidiRule::RightToLeftInLtr => &BIDI_RIGHT_TO_LEFT_IN_LTR,
        BidiRule::Last => &BIDI_LAST,
        BidiRule::MixedDigits => &BIDI_MIXED_DIGITS,
    }
}

impl fmt::Display for DomainError {
    /// Writes the English message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Locale::En))
    }
}

impl std::error::Error for DomainError {}

/// One checked label in both forms.
struct Label {
    unicode: String,
    ascii: String,
}

/// Trims, lower-cases, unifies dots, composes DENIC characters and drops one trailing dot.
fn normalize(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.trim().chars() {
        if c.is_ascii() {
            out.push(if c == '.' {
                '.'
            } else {
                c.to_ascii_lowercase()
            });
            continue;
        }
        // (A lean module's names are ASCII: `parse` hands the others to the full module.)
        #[cfg(not(feature = "lean"))]
        push_non_ascii(&mut out, c);
    }
    if out.ends_with('.') {
        out.pop();
    }
    out
}

/// Appends the non-ASCII `c` to a name being normalised: a dot for the ideographic and
/// full-width dots, else lower-cased and composed.
#[cfg(not(feature = "lean"))]
fn push_non_ascii(out: &mut String, c: char) {
    if matches!(c, '\u{3002}' | '\u{FF0E}' | '\u{FF61}') {
        out.push('.');
        return;
    }
    // Valid characters stay as they are (Cherokee's valid letters are the capitals);
    // `ẞ` waits for the TLD (see `check_label`).
    if c == 'ẞ' || idna::is_valid(c) {
        push_composing(out, c);
    } else {
        let (lower, second) = lowercase::lower(c);
        push_composing(out, lower);
        if let Some(second) = second {
            push_composing(out, second);
        }
    }
}

/// Appends `c`, composing it with the previous character into a DENIC letter if it can.
fn push_composing(out: &mut String, c: char) {
    match out.chars().next_back().and_then(|base| compose(base, c)) {
        Some(composed) => {
            out.pop();
            out.push(composed);
        }
        None => out.push(c),
    }
}

/// The DENIC character made of `base` and the combining `mark`, if there is one (from the
/// canonical compositions of the IDNA tables).
fn compose(base: char, mark: char) -> Option<char> {
    if !('\u{300}'..='\u{36F}').contains(&mark) {
        return None;
    }
    idna::composition(base, mark).filter(|&c| is_denic(c))
}

/// Checks one non-empty, normalised label and computes its two forms.
fn check_label(raw: &str, under_de: bool) -> Result<Label, DomainError> {
    // (A lean module has no `xn--` labels: `parse` hands them to the full module.)
    #[cfg(feature = "lean")]
    let (mut unicode, from_ace) = (raw.to_string(), false);
    #[cfg(not(feature = "lean"))]
    let (mut unicode, from_ace) = match raw.strip_prefix(ACE_PREFIX) {
        Some(encoded) => match decode_ace(encoded) {
            Some(decoded) => (decoded, true),
            None => {
                return Err(DomainError::InvalidPunycode {
                    label: raw.to_string(),
                })
            }
        },
        None => (raw.to_string(), false),
    };
    // Char loops rather than `str::contains`/`replace` with a char: those link core's
    // pattern searchers into the wasm.
    if under_de && !from_ace && unicode.chars().any(|c| c == 'ẞ') {
        unicode = unicode
            .chars()
            .map(|c| if c == 'ẞ' { 'ß' } else { c })
            .collect();
    }
    if let Some((character, position)) = unicode
        .chars()
        .zip(1..)
        .find(|&(c, _)| !is_allowed(c, under_de))
    {
        #[cfg(not(feature = "lean"))]
        if under_de && !character.is_ascii() {
            return Err(DomainError::InvalidCharacterDe {
                label: unicode,
                character,
                position,
            });
        }
        return Err(DomainError::InvalidCharacter {
            label: unicode,
            character,
            position,
        });
    }
    // The characters of a non-ASCII label, for the IDNA checks and the punycode encoding
    // (empty for an ASCII label, which needs neither).
    let chars: Vec<char> = if unicode.is_ascii() {
        Vec::new()
    } else {
        unicode.chars().collect()
    };
    #[cfg(not(feature = "lean"))]
    if !chars.is_empty() {
        let at = |position: usize| {
            chars
                .get(position.saturating_sub(1))
                .copied()
                .unwrap_or('?')
        };
        // Every character passed `is_allowed` above.
        match idna::check_label(&chars) {
            Ok(()) => {}
            Err(Violation::NotNfc(position)) => {
                return Err(DomainError::NotNfc {
                    character: at(position),
                    normalized: idna::nfc(&chars).into_iter().collect(),
                    label: unicode,
                    position,
                })
            }
            Err(Violation::LeadingMark) => {
                return Err(DomainError::LeadingCombiningMark {
                    character: at(1),
                    label: unicode,
                })
            }
            Err(Violation::Context(position, rule)) => {
                return Err(DomainError::InvalidContext {
                    character: at(position),
                    label: unicode,
                    position,
                    rule,
                })
            }
        }
    }
    if unicode.starts_with('-') {
        return Err(DomainError::LeadingHyphen { label: unicode });
    }
    if unicode.ends_with('-') {
        return Err(DomainError::TrailingHyphen { label: unicode });
    }
    // `xn--` labels took the punycode branch above, so here only their decoded form is
    // checked, which must not have hyphens at positions 3 and 4 either (RFC 5891, 4.2.3.1).
    let mut third_and_fourth = unicode.chars().skip(2).take(2);
    if third_and_fourth.next() == Some('-') && third_and_fourth.next() == Some('-') {
        return Err(DomainError::HyphensAt3And4 { label: unicode });
    }
    let ascii = if from_ace {
        raw.to_string()
    } else if chars.is_empty() {
        unicode.clone()
    } else {
        #[cfg(feature = "lean")]
        return Err(DomainError::Empty);
        #[cfg(not(feature = "lean"))]
        match punycode::encode(&chars) {
            Some(encoded) => {
                let mut ascii = String::with_capacity(ACE_PREFIX.len() + encoded.len());
                ascii.push_str(ACE_PREFIX);
                ascii.push_str(&encoded);
                ascii
            }
            // Only reachable for labels far longer than the 253 characters admitted above.
            None => {
                return Err(DomainError::LabelTooLong {
                    length: chars.len() + ACE_PREFIX.len(),
                    label: unicode,
                })
            }
        }
    };
    if ascii.len() > MAX_LABEL_LEN {
        return Err(DomainError::LabelTooLong {
            label: unicode,
            length: ascii.len(),
        });
    }
    Ok(Label { unicode, ascii })
}

/// Decodes the part after `xn--`; `None` unless it is the canonical punycode of a label with
/// at least one non-ASCII character.
fn decode_ace(encoded: &str) -> Option<String> {
    if !encoded.is_ascii() {
        return None;
    }
    let decoded = punycode::decode(encoded)?;
    if decoded.iter().all(char::is_ascii) {
        return None;
    }
    if punycode::encode(&decoded)? != encoded {
        return None;
    }
    Some(decoded.into_iter().collect())
}

/// Whether `c` may appear in a label (the contextual rules aside).
fn is_allowed(c: char, under_de: bool) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
    } else if cfg!(feature = "lean") {
        false
    } else if under_de {
        is_denic(c)
    } else {
        matches!(c, '\u{200C}' | '\u{200D}') || idna::is_valid(c)
    }
}

/// Whether `c` is a combining mark of the common blocks (shown escaped in messages).
fn is_combining_diacritic(c: char) -> bool {
    matches!(
        u32::from(c),
        0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
    )
}

/// Characters that would be invisible or confusing between backticks.
fn is_invisible(c: char) -> bool {
    c.is_control()
        || c.is_whitespace()
        || is_combining_diacritic(c)
        || matches!(
            u32::from(c),
            0xAD | 0x34F
                | 0x61C
                | 0x115F..=0x1160
                | 0x17B4..=0x17B5
                | 0x180B..=0x180F
                | 0x200B..=0x200F
                | 0x202A..=0x202E
                | 0x2060..=0x206F
                | 0x3164
                | 0xFE00..=0xFE0F
                | 0xFEFF
                | 0xFFA0
                | 0xFFF0..=0xFFFB
                | 0xE0000..=0xE0FFF
        )
}

/// Appends the code point of `c` in upper-case hex, at least `min` digits (`{:0min$X}`;
/// by hand, so the wasm needs no formatting machinery for it).
fn push_hex(out: &mut String, c: char, min: u32) {
    let code = u32::from(c);
    let mut digits = min;
    while digits < 8 && code >> (4 * digits) != 0 {
        digits += 1;
    }
    for shift in (0..digits).rev() {
        let digit = char::from_digit((code >> (4 * shift)) & 0xF, 16).unwrap_or('0');
        out.push(digit.to_ascii_uppercase());
    }
}

/// Appends a character for a message: itself, or `\u{…}` when it would not be visible.
fn push_shown_char(out: &mut String, c: char) {
    if is_invisible(c) {
        out.push_str("\\u{");
        push_hex(out, c, 1);
        out.push('}');
    } else {
        out.push(c);
    }
}

/// A character with its code point for a message: `` `ᴬ` (U+1D2C) ``, or only `U+3164`
/// when it would not be visible.
fn show_code_point(c: char) -> String {
    let mut out = String::with_capacity(16);
    if is_invisible(c) {
        out.push_str("U+");
        push_hex(&mut out, c, 4);
    } else {
        out.push('`');
        out.push(c);
        out.push_str("` (U+");
        push_hex(&mut out, c, 4);
        out.push(')');
    }
    out
}

/// A literal for a message: invisible characters escaped, cut after [`SHOWN_CHARS`].
fn show(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(4 * SHOWN_CHARS));
    for (index, c) in text.chars().enumerate() {
        if index == SHOWN_CHARS - 1 && text.chars().nth(SHOWN_CHARS).is_some() {
            out.push('…');
            break;
        }
        push_shown_char(&mut out, c);
    }
    out
}

/// Cyrillic letters that look like Latin ones (a c d e g h i j l o p q s w x y, and the
/// lower-case forms of n, r, v, w, b in common fonts), as Chromium's IDN display policy lists
/// them.
const CYRILLIC_LATIN_LOOKALIKES: &str = "аысԁеԍһіюјӏорԛѕԝхуъьҽпгѵѡү";
/// Greek letters that look like Latin ones (a i k n o p t u v x y).
const GREEK_LATIN_LOOKALIKES: &str = "αικνορτυχγ";
/// Country-code TLDs (ASCII) of countries that write Cyrillic, where such names are ordinary,
/// two letters each (`ba`, `bg`, … `ua`; one string, no table of pointers).
const CYRILLIC_CCTLDS: &str = "babgbykgkzmkmnrsrusutjua";
/// Country-code TLDs (ASCII) of countries that write Greek (`cy`, `gr`).
const GREEK_CCTLDS: &str = "cygr";

/// The script of `label` if it is a whole-script confusable under `tld` (see
/// [`DomainName::homograph`]).
fn whole_script_confusable(label: &str, tld: &str) -> Option<Script> {
    if label.is_ascii() || tld.starts_with(ACE_PREFIX) {
        return None;
    }
    let letters = || label.chars().filter(|c| c.is_alphabetic());
    let script = Script::of(letters().next()?)?;
    let (lookalikes, cctlds) = match script {
        Script::Latin => return None,
        Script::Cyrillic => (CYRILLIC_LATIN_LOOKALIKES, CYRILLIC_CCTLDS),
        Script::Greek => (GREEK_LATIN_LOOKALIKES, GREEK_CCTLDS),
    };
    let all_lookalikes = letters().all(|c| lookalikes.chars().any(|l| l == c));
    let ordinary = cctlds.as_bytes().chunks(2).any(|cc| cc == tld.as_bytes());
    (all_lookalikes && !ordinary).then_some(script)
}

/// The scripts among the letters of `label`, in the order Latin, Greek, Cyrillic.
fn scripts_of(label: &str) -> Vec<Script> {
    let (mut latin, mut greek, mut cyrillic) = (false, false, false);
    for c in label.chars() {
        match Script::of(c) {
            Some(Script::Latin) => latin = true,
            Some(Script::Greek) => greek = true,
            Some(Script::Cyrillic) => cyrillic = true,
            None => {}
        }
    }
    let mut scripts = Vec::new();
    for (found, script) in [
        (latin, Script::Latin),
        (greek, Script::Greek),
        (cyrillic, Script::Cyrillic),
    ] {
        if found {
            scripts.push(script);
        }
    }
    scripts
}

/// Punycode (RFC 3492) with the overflow checks of section 6.4. Both directions return `None`
/// instead of failing loudly; no input can make them panic.
mod punycode {
    const BASE: u32 = 36;
    const TMIN: u32 = 1;
    const TMAX: u32 = 26;
    const SKEW: u32 = 38;
    const DAMP: u32 = 700;
    const INITIAL_BIAS: u32 = 72;
    const INITIAL_N: u32 = 128;
    const DELIMITER: u8 = b'-';

    /// Bias adaptation, RFC 3492 section 6.1.
    fn adapt(delta: u32, num_points: u32, first_time: bool) -> u32 {
        let mut delta = if first_time { delta / DAMP } else { delta / 2 };
        delta = delta.saturating_add(delta / num_points.max(1));
        let mut k = 0;
        while delta > ((BASE - TMIN) * TMAX) / 2 {
            delta /= BASE - TMIN;
            k += BASE;
        }
        k + (BASE - TMIN + 1) * delta / (delta + SKEW)
    }

    /// The threshold `t` for position `k`, clamped to `TMIN..=TMAX`.
    fn threshold(k: u32, bias: u32) -> u32 {
        if k <= bias {
            TMIN
        } else if k >= bias.saturating_add(TMAX) {
            TMAX
        } else {
            k - bias
        }
    }

    /// The value of a punycode digit (`a`–`z` → 0–25, `0`–`9` → 26–35, case-insensitive).
    fn digit_value(byte: u8) -> Option<u32> {
        match byte {
            b'a'..=b'z' => Some(u32::from(byte - b'a')),
            b'A'..=b'Z' => Some(u32::from(byte - b'A')),
            b'0'..=b'9' => Some(u32::from(byte - b'0') + 26),
            _ => None,
        }
    }

    /// The lower-case punycode digit for a value in 0–35.
    fn digit_char(value: u32) -> Option<char> {
        if value < 26 {
            char::from_digit(value + 10, BASE)
        } else {
            char::from_digit(value.checked_sub(26)?, 10)
        }
    }

    /// Decodes punycode into code points, RFC 3492 section 6.2.
    pub(super) fn decode(input: &str) -> Option<Vec<char>> {
        if !input.is_ascii() {
            return None;
        }
        let (basic, extended) = match input.bytes().rposition(|b| b == DELIMITER) {
            Some(at) if at > 0 => (input.get(..at)?, input.get(at + 1..)?),
            _ => ("", input),
        };
        let mut output: Vec<char> = basic.chars().collect();
        let mut n = INITIAL_N;
        let mut i: u32 = 0;
        let mut bias = INITIAL_BIAS;
        let mut digits = extended.bytes().peekable();
        while digits.peek().is_some() {
            let old_i = i;
            let mut w: u32 = 1;
            let mut k = BASE;
            loop {
                let digit = digit_value(digits.next()?)?;
                i = i.checked_add(digit.checked_mul(w)?)?;
                let t = threshold(k, bias);
                if digit < t {
                    break;
                }
                w = w.checked_mul(BASE - t)?;
                k = k.checked_add(BASE)?;
            }
            let points = u32::try_from(output.len()).ok()?.checked_add(1)?;
            bias = adapt(i.checked_sub(old_i)?, points, old_i == 0);
            n = n.checked_add(i / points)?;
            i %= points;
            let c = char::from_u32(n)?;
            if c.is_ascii() {
                return None;
            }
            let at = usize::try_from(i).ok()?;
            if at > output.len() {
                return None;
            }
            output.insert(at, c);
            i = i.checked_add(1)?;
        }
        Some(output)
    }

    /// Encodes code points as punycode, RFC 3492 section 6.3. Basic code points keep their
    /// case; digits are lower case.
    pub(super) fn encode(input: &[char]) -> Option<String> {
        let mut output = String::with_capacity(input.len() + 8);
        for &c in input {
            if c.is_ascii() {
                output.push(c);
            }
        }
        let basic = u32::try_from(output.len()).ok()?;
        let total = u32::try_from(input.len()).ok()?;
        if basic > 0 {
            output.push(char::from(DELIMITER));
        }
        let mut n = INITIAL_N;
        let mut delta: u32 = 0;
        let mut bias = INITIAL_BIAS;
        let mut handled = basic;
        while handled < total {
            // The smallest code point not below `n` (there is one while some are unhandled).
            let mut m = None;
            for &c in input {
                let c = u32::from(c);
                if c >= n && m.is_none_or(|m| c < m) {
                    m = Some(c);
                }
            }
            let m = m?;
            delta = delta.checked_add((m - n).checked_mul(handled + 1)?)?;
            n = m;
            for &c in input {
                let c = u32::from(c);
                if c < n {
                    delta = delta.checked_add(1)?;
                }
                if c == n {
                    let mut q = delta;
                    let mut k = BASE;
                    loop {
                        let t = threshold(k, bias);
                        if q < t {
                            break;
                        }
                        output.push(digit_char(t + (q - t) % (BASE - t))?);
                        q = (q - t) / (BASE - t);
                        k = k.checked_add(BASE)?;
                    }
                    output.push(digit_char(q)?);
                    bias = adapt(delta, handled + 1, handled == basic);
                    delta = 0;
                    handled += 1;
                }
            }
            delta = delta.checked_add(1)?;
            n = n.checked_add(1)?;
        }
        Some(output)
    }
}

/// Whether `input` is a valid name already in its normal form in ASCII: lower-case letters,
/// digits, hyphens and dots, no `xn--` label, no trailing dot. Then [`DomainName::parse`]
/// gives `input` itself as both forms and its last label as the TLD; this decides that
/// without allocating (the inventory checks 100,000 names this way). `false` says nothing:
/// the name may still be valid (upper case, IDN, punycode) or not.
pub(crate) fn is_plain_ascii(input: &str) -> bool {
    let bytes = input.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_NAME_LEN {
        return false;
    }
    let mut labels = 0;
    let mut last: &[u8] = &[];
    for label in bytes.split(|&b| b == b'.') {
        let plain = !label.is_empty()
            && label.len() <= MAX_LABEL_LEN
            && label
                .iter()
                .all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && label.first() != Some(&b'-')
            && label.last() != Some(&b'-')
            && label.get(2..4) != Some(b"--".as_slice());
        if !plain {
            return false;
        }
        labels += 1;
        last = label;
    }
    labels >= 2 && last.len() >= 2 && last.iter().all(u8::is_ascii_lowercase)
}

#[cfg(test)]
mod tests {

    /// The fast path agrees with the parser on every name it takes, and takes the plain ones.
    #[test]
    fn plain_ascii_names_are_what_the_parser_makes_of_them() {
        let mut names: Vec<String> = [
            "beispiel.de",
            "a.de",
            "a.b.c.de",
            "1.de",
            "a-b.de",
            "ab--c.de",
            "abc--d.de",
            "-a.de",
            "a-.de",
            "a..de",
            ".a.de",
            "a.de.",
            "a",
            "de",
            "a.d",
            "a.d1",
            "a.1de",
            "xn--bcher-kva.de",
            "a.xn--p1ai",
            "Beispiel.de",
            "a_b.de",
            "a b.de",
            "a.de-",
            "",
            ".",
            "..",
            "bücher.de",
            "ab-c.de",
            "abc-.de",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        names.push(format!("{}.de", "a".repeat(63)));
        names.push(format!("{}.de", "a".repeat(64)));
        names.push(format!("{}.de", vec!["a".repeat(60); 4].join(".")));
        names.push(format!("{}.de", vec!["a".repeat(62); 4].join(".")));
        // every string of up to 4 characters over a small alphabet
        let alphabet = ['a', 'b', '1', '-', '.', 'x', 'n', 'A'];
        let mut level = vec![String::new()];
        for _ in 0..4 {
            level = level
                .iter()
                .flat_map(|p| alphabet.iter().map(move |c| format!("{p}{c}")))
                .collect();
            names.extend(level.iter().map(|n| format!("{n}.de")));
            names.extend(level.iter().cloned());
        }
        let mut taken = 0;
        for name in &names {
            if is_plain_ascii(name) {
                taken += 1;
                let parsed = DomainName::parse(name).expect(name);
                assert_eq!(parsed.unicode(), name);
                assert_eq!(parsed.ascii(), name);
                assert_eq!(parsed.tld(), name.rsplit('.').next().unwrap_or(""));
            } else if let Ok(parsed) = DomainName::parse(name) {
                // refused only what is not already in its plain normal form
                assert!(
                    !name.is_ascii() || parsed.unicode() != name || name.contains("xn--"),
                    "{name} is plain but was refused"
                );
            }
        }
        assert!(taken > 1000, "{taken}");
    }

    use super::*;

    fn parse(input: &str) -> DomainName {
        match DomainName::parse(input) {
            Ok(name) => name,
            Err(error) => panic!("{input:?} should parse: {error:?}"),
        }
    }

    fn error(input: &str) -> DomainError {
        match DomainName::parse(input) {
            Ok(name) => panic!("{input:?} should fail, parsed as {name:?}"),
            Err(error) => error,
        }
    }

    fn encode(text: &str) -> Option<String> {
        punycode::encode(&text.chars().collect::<Vec<_>>())
    }

    fn decode(text: &str) -> Option<String> {
        punycode::decode(text).map(|chars| chars.into_iter().collect())
    }

    #[test]
    fn unicode_and_punycode_are_the_same_domain() {
        let from_unicode = parse("straße.de");
        let from_ascii = parse("xn--strae-oqa.de");
        assert_eq!(from_unicode.unicode(), "straße.de");
        assert_eq!(from_unicode.ascii(), "xn--strae-oqa.de");
        assert_eq!(from_ascii.unicode(), "straße.de");
        assert_eq!(from_ascii.ascii(), "xn--strae-oqa.de");
        assert_eq!(from_unicode, from_ascii);
        assert!(from_unicode.is_idn());
        assert_eq!(from_unicode.tld(), "de");
        assert_eq!(from_unicode.to_string(), "straße.de");
    }

    #[test]
    fn sharp_s_is_not_ss() {
        assert_ne!(parse("straße.de"), parse("strasse.de"));
        assert_eq!(parse("strasse.de").ascii(), "strasse.de");
        assert_eq!(parse("STRAẞE.DE").unicode(), "straße.de");
    }

    #[test]
    fn german_examples() {
        assert_eq!(parse("münchen.de").ascii(), "xn--mnchen-3ya.de");
        assert_eq!(parse("bücher.de").ascii(), "xn--bcher-kva.de");
        assert_eq!(parse("xn--bcher-kva.de").unicode(), "bücher.de");
        assert_eq!(parse("xn--mnchen-3ya.de").unicode(), "münchen.de");
    }

    #[test]
    fn rfc_3492_samples() {
        let samples = [
            // (A) Arabic (Egyptian)
            (
                "\u{644}\u{64A}\u{647}\u{645}\u{627}\u{628}\u{62A}\u{643}\u{644}\u{645}\u{648}\u{634}\u{639}\u{631}\u{628}\u{64A}\u{61F}",
                "egbpdaj6bu4bxfgehfvwxn",
            ),
            // (B) Chinese (simplified)
            (
                "\u{4ED6}\u{4EEC}\u{4E3A}\u{4EC0}\u{4E48}\u{4E0D}\u{8BF4}\u{4E2D}\u{6587}",
                "ihqwcrb4cv8a8dqg056pqjye",
            ),
            // (D) Czech
            (
                "Pro\u{10D}prost\u{11B}nemluv\u{ED}\u{10D}esky",
                "Proprostnemluvesky-uyb24dma41a",
            ),
            // (J) Spanish
            (
                "Porqu\u{E9}nopuedensimplementehablarenEspa\u{F1}ol",
                "PorqunopuedensimplementehablarenEspaol-fmd56a",
            ),
            // (L) 3<nen>B<gumi><kinpachi><sensei>
            (
                "3\u{5E74}B\u{7D44}\u{91D1}\u{516B}\u{5148}\u{751F}",
                "3B-ww4c5e180e575a65lsy2b",
            ),
            // (P) Maji<de>Koi<suru>5<byou><mae>
            (
                "Maji\u{3067}Koi\u{3059}\u{308B}5\u{79D2}\u{524D}",
                "MajiKoi5-783gue6qz075azm5e",
            ),
        ];
        for (unicode, encoded) in samples {
            assert_eq!(encode(unicode).as_deref(), Some(encoded), "{unicode}");
            assert_eq!(decode(encoded).as_deref(), Some(unicode), "{encoded}");
        }
        // Decoding is case-insensitive for digits.
        assert_eq!(
            decode("EGBPDAJ6BU4BXFGEHFVWXN").as_deref(),
            Some(samples[0].0)
        );
    }

    #[test]
    fn bad_punycode_is_rejected_by_the_codec() {
        assert_eq!(decode("zz"), None); // ends inside a number
        assert_eq!(decode("99999999999999"), None); // overflow
        assert_eq!(decode("abc-!"), None); // not a digit
        assert_eq!(decode("-abc"), None); // a leading delimiter is not a separator
        assert_eq!(decode("ü"), None);
        assert_eq!(decode("abc-").as_deref(), Some("abc"));
        assert_eq!(decode("").as_deref(), Some(""));
        // U+10FFFF is the last code point; one more, and surrogates, are rejected.
        assert_eq!(decode("dn32g").as_deref(), Some("\u{10FFFF}"));
        assert_eq!(decode("en32g"), None);
        assert_eq!(decode("ib9b"), None); // U+D800
    }

    #[test]
    fn normalisation() {
        let name = parse("  WWW.Straße.DE.  ");
        assert_eq!(name.unicode(), "www.straße.de");
        assert_eq!(name.ascii(), "www.xn--strae-oqa.de");
        assert_eq!(parse("beispiel\u{3002}de").ascii(), "beispiel.de");
        assert_eq!(parse("beispiel\u{FF0E}de").ascii(), "beispiel.de");
        assert_eq!(parse("beispiel\u{FF61}de\u{FF61}").ascii(), "beispiel.de");
        assert_eq!(parse("XN--STRAE-OQA.DE").unicode(), "straße.de");
    }

    #[test]
    fn plain_name() {
        let name = parse("beispiel.de");
        assert_eq!(name.unicode(), "beispiel.de");
        assert_eq!(name.ascii(), "beispiel.de");
        assert_eq!(name.tld(), "de");
        assert!(!name.is_idn());
        assert_eq!(name.homograph(), None);
        assert_eq!("beispiel.de".parse::<DomainName>(), Ok(name));
        assert_eq!(parse("sub-1.example.com").tld(), "com");
    }

    #[test]
    fn decomposed_input_is_composed() {
        assert_eq!(parse("mu\u{308}nchen.de"), parse("münchen.de"));
        assert_eq!(parse("MU\u{308}NCHEN.DE").ascii(), "xn--mnchen-3ya.de");
        assert_eq!(parse("c\u{327}a.com").unicode(), "ça.com");
        // A mark without a DENIC composition stays; as NFC would compose it, it is refused.
        let err = error("x\u{308}.com");
        assert_eq!(
            err,
            DomainError::NotNfc {
                label: "x\u{308}".into(),
                character: 'x',
                position: 1,
                normalized: "\u{1E8D}".into(),
            }
        );
        assert_eq!(err.code(), "not_nfc");
        assert_eq!(
            err.message(Locale::En),
            "`x\\u{308}` is not in Unicode normalization form C (NFC): character `x` (U+0078) \
             at position 1 would change; type the name as `\u{1E8D}`"
        );
        // A mark that composes with nothing is valid IDNA2008 (U+0305 COMBINING OVERLINE).
        assert_eq!(parse("a\u{305}b.com").ascii(), "xn--ab-lub.com");
    }

    #[test]
    fn idn_outside_de() {
        let name = parse("пример.рф");
        assert_eq!(name.ascii(), "xn--e1afmkfd.xn--p1ai");
        assert_eq!(name.tld(), "xn--p1ai");
        assert_eq!(parse("xn--e1afmkfd.xn--p1ai").unicode(), "пример.рф");
        assert_eq!(parse("αβγ.com").ascii(), "xn--mxacd.com");
        assert_eq!(name.homograph(), None);
    }

    #[test]
    fn denic_list_has_93_sorted_characters() {
        let brief =
            "ß à á â ã ä å æ ç è é ê ë ì í î ï ð ñ ò ó ô õ ö ø ù ú û ü ý þ ÿ ā ă ą ć ĉ ċ č ď \
                     đ ē ĕ ė ę ě ĝ ğ ġ ģ ĥ ħ ĩ ī ĭ į ı ĵ ķ ĸ ĺ ļ ľ ł ń ņ ň ŋ ō ŏ ő œ ŕ ŗ ř ś ŝ \
                     ş š ţ ť ŧ ũ ū ŭ ů ű ų ŵ ŷ ź ż ž";
        let listed: Vec<char> = brief
            .split_whitespace()
            .filter_map(|s| s.chars().next())
            .collect();
        assert_eq!(listed.len(), 93);
        assert_eq!(listed, DENIC_CHARS.to_vec());
        assert!(DENIC_CHARS.windows(2).all(|pair| pair[0] < pair[1]));
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_denic(c), DENIC_CHARS.contains(&c), "{c:?}");
        }
        for c in DENIC_CHARS {
            let name = format!("a{c}.de");
            assert_eq!(parse(&name).unicode(), name);
        }
    }

    #[test]
    fn compositions_target_denic() {
        let mut composed = Vec::new();
        for base in 'a'..='z' {
            for mark in '\u{300}'..='\u{36F}' {
                if let Some(c) = compose(base, mark) {
                    assert!(DENIC_CHARS.contains(&c));
                    assert_eq!(
                        parse(&format!("{base}{mark}.de")).unicode(),
                        format!("{c}.de")
                    );
                    composed.push(c);
                }
            }
        }
        // 80 of DENIC's 93 letters are a base letter and one mark (the rest: ß æ ð ø þ ı ĸ …).
        assert_eq!(composed.len(), 80);
        assert_eq!(compose('x', '\u{308}'), None);
        assert_eq!(compose('ü', '\u{304}'), None); // ǖ is no DENIC letter
    }

    #[test]
    fn label_length() {
        let ok = "a".repeat(63);
        assert_eq!(parse(&format!("{ok}.de")).ascii(), format!("{ok}.de"));
        let long = "a".repeat(64);
        let err = error(&format!("{long}.de"));
        assert_eq!(
            err,
            DomainError::LabelTooLong {
                label: long.clone(),
                length: 64
            }
        );
        assert_eq!(err.code(), "label_too_long");
        let shown = format!("{}…", "a".repeat(39));
        assert_eq!(
            err.message(Locale::En),
            format!("expected a label of at most 63 characters, but `{shown}` has 64")
        );
        assert_eq!(
            err.message(Locale::De),
            format!("erwartet ein Label mit höchstens 63 Zeichen, aber `{shown}` hat 64")
        );
        // Counted in the ASCII form: `üa` × 29 is 58 characters but 65 in punycode.
        let mixed = "üa".repeat(29);
        let err = error(&format!("{mixed}.de"));
        assert_eq!(
            err,
            DomainError::LabelTooLong {
                label: mixed.clone(),
                length: 65
            }
        );
        let shown: String = mixed.chars().take(39).collect();
        assert_eq!(
            err.message(Locale::En),
            format!("expected a label of at most 63 characters, but `{shown}…` has 65 in its ASCII form")
        );
        assert_eq!(
            err.message(Locale::De),
            format!("erwartet ein Label mit höchstens 63 Zeichen, aber `{shown}…` hat in der ASCII-Form 65")
        );
        assert_eq!(
            parse(&format!("{}.de", "üa".repeat(28))).ascii().len(),
            63 + 3
        );
    }

    #[test]
    fn name_length() {
        let label = "a".repeat(63);
        let ok = format!("{label}.{label}.{label}.{}.de", "a".repeat(58)); // 253
        assert_eq!(parse(&ok).ascii().len(), 253);
        let long = format!("{label}.{label}.{label}.{}.de", "a".repeat(59));
        let err = error(&long);
        assert_eq!(
            err,
            DomainError::NameTooLong {
                length: 254,
                at_least: false
            }
        );
        assert_eq!(err.code(), "name_too_long");
        assert_eq!(
            err.message(Locale::En),
            "expected a domain name of at most 253 characters, but it has 254"
        );
        assert_eq!(
            err.message(Locale::De),
            "erwartet einen Domainnamen mit höchstens 253 Zeichen, aber er hat 254"
        );
        // Short in Unicode, too long in ASCII.
        let label = "üa".repeat(28); // 56 characters, 63 in ASCII
        let idn = format!("{label}.{label}.{label}.{label}.de");
        assert_eq!(idn.chars().count(), 230);
        assert_eq!(
            error(&idn),
            DomainError::NameTooLong {
                length: 4 * 63 + 3 + 3,
                at_least: false
            }
        );
        let huge = "ü".repeat(300);
        let err = error(&huge);
        assert_eq!(
            err,
            DomainError::NameTooLong {
                length: 300,
                at_least: true
            }
        );
        assert_eq!(
            err.message(Locale::En),
            "expected a domain name of at most 253 characters, but it has at least 300"
        );
        assert_eq!(
            err.message(Locale::De),
            "erwartet einen Domainnamen mit höchstens 253 Zeichen, aber er hat mindestens 300"
        );
    }

    #[test]
    fn empty_and_missing_tld() {
        for input in ["", "   ", ".", "\u{3002}"] {
            assert_eq!(error(input), DomainError::Empty, "{input:?}");
        }
        assert_eq!(error("").code(), "empty");
        assert_eq!(
            DomainError::Empty.message(Locale::En),
            "expected a domain name, but the input is empty"
        );
        assert_eq!(
            DomainError::Empty.message(Locale::De),
            "erwartet einen Domainnamen, aber die Eingabe ist leer"
        );
        let err = error("Localhost");
        assert_eq!(
            err,
            DomainError::MissingTld {
                name: "localhost".into()
            }
        );
        assert_eq!(err.code(), "missing_tld");
        assert_eq!(
            err.message(Locale::En),
            "expected a domain name with a top-level domain such as `.de`, but `localhost` has none"
        );
        assert_eq!(
            err.message(Locale::De),
            "erwartet einen Domainnamen mit Top-Level-Domain wie `.de`, aber `localhost` hat keine"
        );
    }

    #[test]
    fn empty_labels() {
        let err = error("a..de");
        assert_eq!(
            err,
            DomainError::EmptyLabel {
                name: "a..de".into(),
                position: 2
            }
        );
        assert_eq!(err.code(), "empty_label");
        assert_eq!(
            err.message(Locale::En),
            "expected a label between every two dots, but label 2 of `a..de` is empty"
        );
        assert_eq!(
            err.message(Locale::De),
            "erwartet ein Label zwischen je zwei Punkten, aber Label 2 von `a..de` ist leer"
        );
        assert_eq!(
            error(".de"),
            DomainError::EmptyLabel {
                name: ".de".into(),
                position: 1
            }
        );
        assert_eq!(
            error("beispiel.de.."),
            DomainError::EmptyLabel {
                name: "beispiel.de.".into(),
                position: 3
            }
        );
    }

    #[test]
    fn invalid_characters() {
        let err = error("ab€c.com");
        assert_eq!(err.code(), "invalid_character");
        assert_eq!(
            err.message(Locale::En),
            "character `€` (U+20AC) at position 3 of `ab€c` is not allowed"
        );
        assert_eq!(
            err.message(Locale::De),
            "das Zeichen `€` (U+20AC) an Position 3 von `ab€c` ist nicht erlaubt"
        );
        assert_eq!(
            error("my_site.de"),
            DomainError::InvalidCharacter {
                label: "my_site".into(),
                character: '_',
                position: 3
            }
        );
        assert_eq!(
            error("a b.de").message(Locale::En),
            "character U+0020 at position 2 of `a\\u{20}b` is not allowed"
        );
        assert_eq!(
            error("a\u{200B}b.com").message(Locale::En),
            "character U+200B at position 2 of `a\\u{200B}b` is not allowed"
        );
        // Upper case cannot be typed (it is lowered), but can be smuggled in via punycode.
        let upper = format!("xn--{}", encode("Ü").unwrap_or_default());
        assert_eq!(
            error(&format!("{upper}.com")),
            DomainError::InvalidCharacter {
                label: "Ü".into(),
                character: 'Ü',
                position: 1
            }
        );
    }

    #[test]
    fn compatibility_characters_are_rejected() {
        for (input, label, character) in [
            ("ｅｘａｍｐｌｅ.com", "ｅｘａｍｐｌｅ", 'ｅ'),
            ("\u{1D429}aypal.com", "\u{1D429}aypal", '\u{1D429}'),
            ("ﬁle.com", "ﬁle", 'ﬁ'),
            ("ℓ.com", "ℓ", 'ℓ'),
            ("ⓐb.com", "ⓐb", 'ⓐ'),
            ("x².com", "x²", '²'),
        ] {
            let position = label
                .chars()
                .position(|c| c == character)
                .map_or(0, |p| p + 1);
            assert_eq!(
                error(input),
                DomainError::InvalidCharacter {
                    label: label.into(),
                    character,
                    position
                },
                "{input}"
            );
        }
        // Turkish dotted capital I lowers to `i` + U+0307, valid in IDNA2008 (as in UTS 46).
        assert_eq!(parse("İstanbul.com").ascii(), "xn--istanbul-o0e.com");
        // Modifier letters, the Hangul filler and segmented digits are disallowed.
        for (input, character, position) in [
            ("p\u{1D2C}ypal.com", '\u{1D2C}', 2),
            ("paypal\u{3164}.com", '\u{3164}', 7),
            ("a\u{1FBF1}.com", '\u{1FBF1}', 2),
            ("\u{2B0}.com", '\u{2B0}', 1),
            ("\u{133}.com", '\u{133}', 1),
            ("\u{17F}.com", '\u{17F}', 1),
            ("\u{F900}.com", '\u{F900}', 1),
            ("\u{B5}.com", '\u{B5}', 1),
        ] {
            let label = input.trim_end_matches(".com");
            assert_eq!(
                error(input),
                DomainError::InvalidCharacter {
                    label: label.into(),
                    character,
                    position
                },
                "{input}"
            );
        }
        assert_eq!(
            error("paypal\u{3164}.com").message(Locale::En),
            "character U+3164 at position 7 of `paypal\\u{3164}` is not allowed"
        );
        assert_eq!(
            error("p\u{1D2C}ypal.com").message(Locale::De),
            "das Zeichen `\u{1D2C}` (U+1D2C) an Position 2 von `p\u{1D2C}ypal` ist nicht erlaubt"
        );
    }

    #[test]
    fn denic_characters_only_under_de() {
        let err = error("teиst.de");
        assert_eq!(
            err,
            DomainError::InvalidCharacterDe {
                label: "teиst".into(),
                character: 'и',
                position: 3
            }
        );
        assert_eq!(err.code(), "invalid_character_de");
        assert_eq!(
            err.message(Locale::En),
            "character `и` (U+0438) at position 3 of `teиst` is not allowed under .de \
             (DENIC allows a–z, 0–9, the hyphen and 93 Latin letters such as ä, ö, ü, ß)"
        );
        assert_eq!(
            err.message(Locale::De),
            "das Zeichen `и` (U+0438) an Position 3 von `teиst` ist unter .de nicht erlaubt \
             (die DENIC erlaubt a–z, 0–9, den Bindestrich und 93 lateinische Buchstaben wie ä, ö, ü, ß)"
        );
        // Applies to every label of a .de name, and to decoded punycode.
        assert_eq!(error("ǆ.beispiel.de").code(), "invalid_character_de");
        assert_eq!(error("xn--e1afmkfd.de").code(), "invalid_character_de");
        // The same characters are fine elsewhere.
        assert_eq!(parse("teиst.com").ascii(), "xn--test-c5d.com");
        assert_eq!(parse("ŧeиst.com").unicode(), "ŧeиst.com");
        // ǆ is no letter of IDNA2008 (NFKC makes it `dž`): refused in every TLD.
        assert_eq!(error("ǆ.com").code(), "invalid_character");
    }

    #[test]
    fn hyphens() {
        let err = error("-abc.de");
        assert_eq!(
            err,
            DomainError::LeadingHyphen {
                label: "-abc".into()
            }
        );
        assert_eq!(err.code(), "leading_hyphen");
        assert_eq!(
            err.message(Locale::En),
            "`-abc` starts with a hyphen, which no label may"
        );
        assert_eq!(
            err.message(Locale::De),
            "`-abc` beginnt mit einem Bindestrich, was kein Label darf"
        );
        let err = error("abc-.de");
        assert_eq!(err.code(), "trailing_hyphen");
        assert_eq!(
            err.message(Locale::En),
            "`abc-` ends with a hyphen, which no label may"
        );
        assert_eq!(
            err.message(Locale::De),
            "`abc-` endet mit einem Bindestrich, was kein Label darf"
        );
        let err = error("ab--cd.de");
        assert_eq!(
            err,
            DomainError::HyphensAt3And4 {
                label: "ab--cd".into()
            }
        );
        assert_eq!(err.code(), "hyphens_at_3_and_4");
        assert_eq!(error("ab--ü.com").code(), "hyphens_at_3_and_4");
        assert_eq!(error("xn--ab---3ra.com").code(), "hyphens_at_3_and_4");
        // Hyphens elsewhere, also doubled, are fine (positions 2 and 3 here).
        assert_eq!(parse("a--b.de").ascii(), "a--b.de");
        assert_eq!(parse("abc--d.de").ascii(), "abc--d.de");
    }

    #[test]
    fn invalid_punycode() {
        let err = error("xn--zz.de");
        assert_eq!(
            err,
            DomainError::InvalidPunycode {
                label: "xn--zz".into()
            }
        );
        assert_eq!(err.code(), "invalid_punycode");
        assert_eq!(
            err.message(Locale::En),
            "`xn--zz` starts with `xn--` but is not valid punycode of an internationalized label"
        );
        assert_eq!(
            err.message(Locale::De),
            "`xn--zz` beginnt mit `xn--`, ist aber kein gültiger Punycode eines internationalisierten Labels"
        );
        for (input, code) in [
            ("xn--.de", "invalid_punycode"),               // empty
            ("xn--abc-.de", "invalid_punycode"),           // decodes to ASCII only
            ("xn--99999999999999.de", "invalid_punycode"), // overflow
            ("xn--strae-oqa9.de", "invalid_punycode"),     // trailing garbage
            ("xn--ü.de", "invalid_punycode"),              // not ASCII
            ("xn---strae-oqa.de", "invalid_character_de"), // decodes to `Ò-strae`
            ("xn----eha.de", "leading_hyphen"),            // decodes to `-ü`
        ] {
            assert_eq!(error(input).code(), code, "{input}");
        }
        assert_eq!(error("xn--.de").code(), "invalid_punycode");
        assert_eq!(error("xn--abc-.de").code(), "invalid_punycode");
        assert_eq!(error("xn--99999999999999.de").code(), "invalid_punycode");
        // A decodable label with a disallowed character (U+0080) is a character error.
        assert_eq!(
            error("xn--a.com"),
            DomainError::InvalidCharacter {
                label: "\u{80}".into(),
                character: '\u{80}',
                position: 1
            }
        );
        // Decomposed punycode is not composed: it is not in NFC.
        let decomposed = format!("xn--{}.com", encode("mu\u{308}nchen").unwrap_or_default());
        assert_eq!(error(&decomposed).code(), "not_nfc");
    }

    #[test]
    fn tld_rules() {
        let err = error("beispiel.c0m");
        assert_eq!(err, DomainError::InvalidTld { tld: "c0m".into() });
        assert_eq!(err.code(), "invalid_tld");
        assert_eq!(
            err.message(Locale::En),
            "expected a top-level domain of 2 to 63 letters a–z or an IDN, but `c0m` is neither"
        );
        assert_eq!(
            err.message(Locale::De),
            "erwartet eine Top-Level-Domain aus 2 bis 63 Buchstaben a–z oder eine IDN, aber `c0m` ist keins davon"
        );
        assert_eq!(error("beispiel.d").code(), "invalid_tld");
        assert_eq!(error("192.168.0.1").code(), "invalid_tld");
        assert_eq!(error("beispiel.c-m").code(), "invalid_tld");
        assert_eq!(parse("beispiel.museum").tld(), "museum");
    }

    #[test]
    fn homographs() {
        let found = parse("p\u{430}ypal.com").homograph();
        assert_eq!(
            found,
            Some(Homograph {
                label: "p\u{430}ypal".into(),
                scripts: vec![Script::Latin, Script::Cyrillic],
            })
        );
        assert_eq!(
            parse("www.p\u{430}ypal.com").homograph().map(|h| h.label),
            Some("p\u{430}ypal".into())
        );
        assert_eq!(
            parse("\u{3b1}\u{43e}b.com").homograph().map(|h| h.scripts),
            Some(vec![Script::Latin, Script::Greek, Script::Cyrillic])
        );
        assert_eq!(parse("münchen.de").homograph(), None);
        assert_eq!(parse("1-2-3.com").homograph(), None);
        assert_eq!(parse("ελλάδα.gr").homograph(), None);
        // Whole-script confusables: Cyrillic `аррӏе` and `соо` look like `apple`, `coo`.
        for input in ["аррӏе.com", "www.аррӏе.org", "соо1-ѕ.net"] {
            let found = parse(input).homograph();
            assert_eq!(
                found.map(|h| h.scripts),
                Some(vec![Script::Latin, Script::Cyrillic]),
                "{input}"
            );
        }
        assert_eq!(
            parse("ορο.com").homograph().map(|h| h.scripts),
            Some(vec![Script::Latin, Script::Greek])
        );
        // Not under a TLD of the script's countries or an IDN TLD, nor with a telling letter.
        assert_eq!(parse("аррӏе.ru").homograph(), None);
        assert_eq!(parse("аррӏе.рф").homograph(), None);
        assert_eq!(parse("ορο.gr").homograph(), None);
        assert_eq!(parse("пример.com").homograph(), None);
        assert_eq!(parse("αβγ.com").homograph(), None);
        assert_eq!(Script::Latin.name(), "Latin");
        assert_eq!(Script::Greek.name(), "Greek");
        assert_eq!(Script::Cyrillic.name(), "Cyrillic");
    }

    #[test]
    fn display_and_error_trait() {
        let err = error("a..de");
        assert_eq!(err.to_string(), err.message(Locale::En));
        let boxed: Box<dyn std::error::Error> = Box::new(err);
        assert!(boxed.to_string().starts_with("expected a label"));
    }

    /// A small deterministic generator for the fuzz loop.
    fn xorshift(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    #[test]
    fn weird_input_never_panics() {
        // Every character of the first 12,288 code points in five positions: a name is either
        // accepted and reads back as itself from its ASCII form, or refused with a message in
        // each language that quotes nothing empty.
        for code in 0..0x3000u32 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            for input in [
                format!("a{c}b.de"),
                format!("a{c}b.com"),
                format!("{c}.{c}"),
                format!("xn--{c}.com"),
                format!("{c}"),
            ] {
                match DomainName::parse(&input) {
                    Ok(name) => assert_eq!(parse(name.ascii()), name, "{input:?}"),
                    Err(e) => {
                        let (de, en) = (e.message(Locale::De), e.message(Locale::En));
                        assert!(!de.is_empty() && !en.is_empty() && de != en, "{input:?}");
                    }
                }
            }
        }
        for dots in 0..300 {
            assert!(DomainName::parse(&".".repeat(dots)).is_err());
            assert!(DomainName::parse(&"\u{3002}".repeat(dots)).is_err());
        }
        let huge = "a".repeat(10_000);
        assert_eq!(
            DomainName::parse(&huge),
            Err(DomainError::NameTooLong {
                length: 10_000,
                at_least: false
            })
        );
        let huge_idn = "ü漢".repeat(5_000);
        assert_eq!(error(&huge_idn).code(), "name_too_long");
        let huge_dots = "a.".repeat(5_000);
        assert_eq!(error(&huge_dots).code(), "name_too_long");
        // Random punycode and random Unicode labels.
        let alphabet = b"abcdefghijklmnopqrstuvwxyz0123456789-";
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..20_000 {
            let len = (xorshift(&mut state) % 20) as usize;
            let mut label = String::from("xn--");
            for _ in 0..len {
                let index = (xorshift(&mut state) % alphabet.len() as u64) as usize;
                label.push(char::from(alphabet[index]));
            }
            if let Ok(name) = DomainName::parse(&format!("{label}.com")) {
                // Whatever is accepted round-trips.
                assert_eq!(parse(name.unicode()), name);
                assert_eq!(name.ascii(), format!("{label}.com"));
            }
            let random: String = (0..len)
                .filter_map(|_| char::from_u32((xorshift(&mut state) % 0x11_0000) as u32))
                .collect();
            for tld in ["de", "com"] {
                if let Ok(name) = DomainName::parse(&format!("{random}.{tld}")) {
                    assert_eq!(parse(name.ascii()), name);
                }
            }
        }
    }
}
