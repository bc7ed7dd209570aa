//! AuthInfo codes (transfer passwords): format rules, validation and generation.
//!
//! An AuthInfo is a secret. Nothing in this module puts the code or any of its characters
//! into an error, a message or `Debug` output; errors name lengths, 1-based positions and
//! missing character classes only.
//!
//! # Schemes
//! - [`AuthInfoScheme::Denic`] (`.de`): 8 to 16 characters from a 60-character alphabet
//!   without look-alikes: `A`–`Z` without `I` and `O`, `a`–`z` without `l` and `o`, the digits
//!   `2`–`9` and `+ - / *`.
//! - [`AuthInfoScheme::Gtld`] (everything else): EPP (RFC 5731) only says the code is a
//!   string, and each registry adds its own rules. We use the common denominator of the large
//!   gTLD registries' published password rules: 6 to 32 printable ASCII characters without
//!   the space (`!` to `~`), with at least one letter, one digit and one special character.
//!   This accepts the codes other registrars hand out and rejects pasted text, spaces and
//!   codes too weak for most registries.
//!
//! # Generation
//! [`generate`] draws from the DENIC alphabet for both schemes: it is unambiguous when read
//! aloud or copied from paper, and it contains letters, digits and special characters, so a
//! code also meets the gTLD rule once every class is present (codes missing one are
//! discarded and drawn again from further random bytes). [`AuthInfoScheme::recommended_length`]
//! is 16 for DENIC (its maximum, about 94 bits of entropy) and 22 for gTLDs, at least 128 bits
//! as RFC 9154 asks of generated codes.

use crate::text::authinfo::*;
use crate::text::{label, render};
use crate::Locale;
use core::fmt;
use core::ops::RangeInclusive;

/// The alphabet of DENIC AuthInfos, also used to generate gTLD codes (60 characters).
const ALPHABET: &[u8; 60] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789+-/*";

/// Random bytes at or above this value are discarded: 240 is the largest multiple of 60 that
/// fits a byte, so `byte % 60` is uniform on the accepted bytes.
const REJECT_FROM: u8 = 240;

/// How many positions a message lists before it summarises the rest.
const LISTED_POSITIONS: usize = 10;

/// How many random bytes are plenty for [`generate`], whatever the scheme and allowed
/// length: the chance that they run out is below 10⁻¹³ (gTLD, 6 characters, the worst case).
///
/// For DENIC codes of 16 characters, 64 bytes already fail with a chance below 10⁻¹⁵; gTLD
/// codes of 16 characters need about 31 bytes on average, and 256 bytes fail with a chance
/// of about 2 · 10⁻⁶, 512 bytes with about 3 · 10⁻¹².
///
/// # Example
/// ```
/// use domainguard::authinfo::{generate, AuthInfoScheme, RANDOM_BYTES};
/// // Bytes from a simple generator stand in for the OS or the browser here.
/// let mut state = 0x9E37_79B9u32;
/// let random: Vec<u8> = (0..RANDOM_BYTES)
///     .map(|_| { state ^= state << 13; state ^= state >> 17; state ^= state << 5; (state >> 24) as u8 })
///     .collect();
/// for scheme in [AuthInfoScheme::Denic, AuthInfoScheme::Gtld] {
///     for length in scheme.lengths() {
///         assert!(generate(scheme, length, &random).is_ok(), "{scheme:?} {length}");
///     }
/// }
/// ```
pub const RANDOM_BYTES: usize = 1024;

/// The rule set an AuthInfo must follow.
///
/// # Example
/// ```
/// use domainguard::authinfo::AuthInfoScheme;
/// assert_eq!(AuthInfoScheme::for_tld("de"), AuthInfoScheme::Denic);
/// assert_eq!(AuthInfoScheme::Denic.lengths(), 8..=16);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuthInfoScheme {
    /// DENIC (`.de`): 8–16 characters of `A–Z a–z 2–9 + - / *` without `I O l o`.
    Denic,
    /// Generic TLDs: 6–32 printable ASCII characters without space, with a letter, a digit
    /// and a special character.
    Gtld,
}

impl AuthInfoScheme {
    /// The scheme for a TLD given in ASCII: `de` is DENIC, everything else gTLD. Case, a
    /// leading dot and surrounding whitespace are ignored.
    ///
    /// # Example
    /// ```
    /// use domainguard::authinfo::AuthInfoScheme;
    /// assert_eq!(AuthInfoScheme::for_tld(".DE"), AuthInfoScheme::Denic);
    /// assert_eq!(AuthInfoScheme::for_tld("com"), AuthInfoScheme::Gtld);
    /// ```
    pub fn for_tld(tld: &str) -> AuthInfoScheme {
        let tld = tld.trim();
        let tld = tld.strip_prefix('.').unwrap_or(tld);
        if tld.eq_ignore_ascii_case("de") {
            AuthInfoScheme::Denic
        } else {
            AuthInfoScheme::Gtld
        }
    }

    /// The allowed lengths in characters.
    ///
    /// # Example
    /// ```
    /// use domainguard::authinfo::AuthInfoScheme;
    /// assert_eq!(AuthInfoScheme::Gtld.lengths(), 6..=32);
    /// ```
    pub fn lengths(self) -> RangeInclusive<usize> {
        match self {
            AuthInfoScheme::Denic => 8..=16,
            AuthInfoScheme::Gtld => 6..=32,
        }
    }

    /// The length to generate codes with: 16 characters for DENIC (its longest), 22 for gTLDs,
    /// so that a generated gTLD code carries at least 128 bits of entropy (RFC 9154; 22 draws
    /// from the 60-character alphabet are 22 · log2(60) ≈ 129.9 bits).
    ///
    /// # Example
    /// ```
    /// use domainguard::authinfo::AuthInfoScheme;
    /// assert_eq!(AuthInfoScheme::Denic.recommended_length(), 16);
    /// assert_eq!(AuthInfoScheme::Gtld.recommended_length(), 22);
    /// ```
    pub fn recommended_length(self) -> usize {
        match self {
            AuthInfoScheme::Denic => 16,
            AuthInfoScheme::Gtld => 22,
        }
    }

    /// Whether the scheme allows the character `c` anywhere in a code.
    ///
    /// # Example
    /// ```
    /// use domainguard::authinfo::AuthInfoScheme;
    /// assert!(!AuthInfoScheme::Denic.allows('l'));
    /// assert!(AuthInfoScheme::Gtld.allows('l'));
    /// assert!(!AuthInfoScheme::Gtld.allows(' '));
    /// ```
    pub fn allows(self, c: char) -> bool {
        match self {
            AuthInfoScheme::Denic => u8::try_from(c).is_ok_and(|byte| ALPHABET.contains(&byte)),
            AuthInfoScheme::Gtld => c.is_ascii_graphic(),
        }
    }

    /// The scheme as the user knows it, for messages.
    fn noun(self, locale: Locale) -> &'static str {
        match self {
            AuthInfoScheme::Denic => label(&AUTHINFO_NOUN_DENIC, locale),
            AuthInfoScheme::Gtld => label(&AUTHINFO_NOUN_GTLD, locale),
        }
    }

    /// `noun` in the dative, for German phrases like "in einer AuthInfo".
    fn noun_in(self, locale: Locale) -> &'static str {
        match self {
            AuthInfoScheme::Denic => label(&AUTHINFO_NOUN_IN_DENIC, locale),
            AuthInfoScheme::Gtld => label(&AUTHINFO_NOUN_IN_GTLD, locale),
        }
    }
}

/// A class of characters that a gTLD AuthInfo must contain.
///
/// # Example
/// ```
/// use domainguard::authinfo::{validate, AuthInfoScheme, CharClass};
/// let error = validate("abcdefgh", AuthInfoScheme::Gtld).unwrap_err();
/// assert_eq!(error.missing_classes(), &[CharClass::Digit, CharClass::Special]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CharClass {
    /// An ASCII letter.
    Letter,
    /// An ASCII digit.
    Digit,
    /// Any other printable ASCII character except the space.
    Special,
}

impl CharClass {
    /// The class of an allowed gTLD character.
    fn of(c: char) -> CharClass {
        if c.is_ascii_alphabetic() {
            CharClass::Letter
        } else if c.is_ascii_digit() {
            CharClass::Digit
        } else {
            CharClass::Special
        }
    }

    /// "no letter" and so on, for messages.
    fn missing(self, locale: Locale) -> &'static str {
        match self {
            CharClass::Letter => label(&AUTHINFO_NO_LETTER, locale),
            CharClass::Digit => label(&AUTHINFO_NO_DIGIT, locale),
            CharClass::Special => label(&AUTHINFO_NO_SPECIAL, locale),
        }
    }
}

/// What is wrong with an AuthInfo: its length, the positions of characters that are not
/// allowed, and (gTLD) the character classes it lacks. Holds no character of the code.
///
/// # Example
/// ```
/// use domainguard::authinfo::{validate, AuthInfoScheme};
/// let error = validate("ab1I5678", AuthInfoScheme::Denic).unwrap_err();
/// assert_eq!(error.invalid_positions(), &[3, 4]);
/// assert_eq!(error.code(), "invalid_characters");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthInfoError {
    scheme: AuthInfoScheme,
    length: usize,
    invalid_positions: Vec<usize>,
    missing_classes: Vec<CharClass>,
}

impl AuthInfoError {
    /// A stable snake_case identifier of the main problem: `empty`, `too_short`, `too_long`,
    /// `invalid_characters` or `missing_character_classes`, in this order of precedence.
    ///
    /// # Example
    /// ```
    /// use domainguard::authinfo::{validate, AuthInfoScheme};
    /// assert_eq!(validate("", AuthInfoScheme::Denic).unwrap_err().code(), "empty");
    /// assert_eq!(validate("abc", AuthInfoScheme::Denic).unwrap_err().code(), "too_short");
    /// ```
    pub fn code(&self) -> &'static str {
        let lengths = self.scheme.lengths();
        if self.length == 0 {
            "empty"
        } else if self.length < *lengths.start() {
            "too_short"
        } else if self.length > *lengths.end() {
            "too_long"
        } else if !self.invalid_positions.is_empty() {
            "invalid_characters"
        } else {
            "missing_character_classes"
        }
    }

    /// Every problem as one sentence fragment (lower-case start, parts joined by `; `),
    /// naming lengths and positions but never a character of the code.
    ///
    /// # Example
    /// ```
    /// use domainguard::authinfo::{validate, AuthInfoScheme};
    /// use domainguard::Locale;
    /// let error = validate("Ab0cdefgh", AuthInfoScheme::Denic).unwrap_err();
    /// assert_eq!(
    ///     error.message(Locale::En),
    ///     "character at position 3 is not allowed in a .de AuthInfo \
    ///      (not allowed: I, O, l, o, 0, 1 and anything outside A–Z, a–z, 2–9, + - / *)"
    /// );
    /// ```
    pub fn message(&self, locale: Locale) -> String {
        let noun = self.scheme.noun(locale);
        if self.length == 0 {
            return render(&AUTHINFO_EMPTY, locale, &[("noun", noun)]);
        }
        // The parts joined by `; ` as they are written (no `Vec` and `join` in the wasm).
        let mut out = String::new();
        let lengths = self.scheme.lengths();
        if !lengths.contains(&self.length) {
            let (min, max, length) = (lengths.start(), lengths.end(), self.length);
            out = render(
                &AUTHINFO_LENGTH,
                locale,
                &[
                    ("noun", noun),
                    ("min", &number(*min)),
                    ("max", &number(*max)),
                    ("length", &number(length)),
                ],
            );
        }
        if !self.invalid_positions.is_empty() {
            separate(&mut out, "; ");
            out.push_str(&self.invalid_message(locale));
        }
        if !self.missing_classes.is_empty() {
            let missing = join_list(&self.missing_classes, locale);
            let noun_in = self.scheme.noun_in(locale);
            separate(&mut out, "; ");
            out.push_str(&render(
                &AUTHINFO_MISSING_CLASSES,
                locale,
                &[("noun_in", noun_in), ("missing", &missing)],
            ));
        }
        out
    }

    /// The 1-based character positions of characters the scheme does not allow, ascending.
    ///
    /// # Example
    /// ```
    /// use domainguard::authinfo::{validate, AuthInfoScheme};
    /// let error = validate("a b c-1!", AuthInfoScheme::Gtld).unwrap_err();
    /// assert_eq!(error.invalid_positions(), &[2, 4]);
    /// ```
    pub fn invalid_positions(&self) -> &[usize] {
        &self.invalid_positions
    }

    /// The length of the code in characters.
    ///
    /// # Example
    /// ```
    /// use domainguard::authinfo::{validate, AuthInfoScheme};
    /// assert_eq!(validate("Ab3+Xy9", AuthInfoScheme::Denic).unwrap_err().length(), 7);
    /// ```
    pub fn length(&self) -> usize {
        self.length
    }

    /// The character classes a gTLD code lacks (always empty for DENIC), in the order letter,
    /// digit, special character.
    ///
    /// # Example
    /// ```
    /// use domainguard::authinfo::{validate, AuthInfoScheme, CharClass};
    /// let error = validate("123456", AuthInfoScheme::Gtld).unwrap_err();
    /// assert_eq!(error.missing_classes(), &[CharClass::Letter, CharClass::Special]);
    /// ```
    pub fn missing_classes(&self) -> &[CharClass] {
        &self.missing_classes
    }

    /// The scheme the code was checked against.
    ///
    /// # Example
    /// ```
    /// use domainguard::authinfo::{validate, AuthInfoScheme};
    /// let error = validate("", AuthInfoScheme::Gtld).unwrap_err();
    /// assert_eq!(error.scheme(), AuthInfoScheme::Gtld);
    /// ```
    pub fn scheme(&self) -> AuthInfoScheme {
        self.scheme
    }

    /// The part of the message about characters that are not allowed.
    fn invalid_message(&self, locale: Locale) -> String {
        let count = self.invalid_positions.len();
        let mut listed = String::new();
        for position in self.invalid_positions.iter().take(LISTED_POSITIONS) {
            separate(&mut listed, ", ");
            listed.push_str(&number(*position));
        }
        let more = count.saturating_sub(LISTED_POSITIONS);
        if more > 0 {
            listed = render(
                &AUTHINFO_POSITIONS_MORE,
                locale,
                &[("listed", &listed), ("more", &number(more))],
            );
        }
        let noun_in = self.scheme.noun_in(locale);
        let rule = match self.scheme {
            AuthInfoScheme::Denic => label(&AUTHINFO_RULE_DENIC, locale),
            AuthInfoScheme::Gtld => label(&AUTHINFO_RULE_GTLD, locale),
        };
        let entry = if count == 1 {
            &AUTHINFO_INVALID_ONE
        } else {
            &AUTHINFO_INVALID_MANY
        };
        render(
            entry,
            locale,
            &[("listed", &listed), ("noun_in", noun_in), ("rule", rule)],
        )
    }
}

impl fmt::Display for AuthInfoError {
    /// Writes the English message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Locale::En))
    }
}

impl std::error::Error for AuthInfoError {}

/// Checks an AuthInfo exactly as given (callers trim pasted input first if they want to).
///
/// # Errors
/// Returns an [`AuthInfoError`] listing every problem: a length outside
/// [`AuthInfoScheme::lengths`], the positions of characters the scheme does not allow and,
/// for gTLD codes, missing character classes.
///
/// # Example
/// ```
/// use domainguard::authinfo::{validate, AuthInfoScheme};
/// assert!(validate("Ab3+Xy9/Zq", AuthInfoScheme::Denic).is_ok());
/// let error = validate("Ab3+Xy9/Zo1", AuthInfoScheme::Denic).unwrap_err();
/// assert_eq!(error.invalid_positions(), &[10, 11]);
/// assert!(validate("pass-w0rd", AuthInfoScheme::Gtld).is_ok());
/// ```
pub fn validate(code: &str, scheme: AuthInfoScheme) -> Result<(), AuthInfoError> {
    let mut length = 0;
    let mut invalid_positions = Vec::new();
    let (mut letter, mut digit, mut special) = (false, false, false);
    for (position, c) in (1..).zip(code.chars()) {
        length = position;
        if !scheme.allows(c) {
            invalid_positions.push(position);
            continue;
        }
        match CharClass::of(c) {
            CharClass::Letter => letter = true,
            CharClass::Digit => digit = true,
            CharClass::Special => special = true,
        }
    }
    let missing_classes = match scheme {
        AuthInfoScheme::Gtld if length > 0 => [
            (letter, CharClass::Letter),
            (digit, CharClass::Digit),
            (special, CharClass::Special),
        ]
        .into_iter()
        .filter_map(|(present, class)| (!present).then_some(class))
        .collect(),
        _ => Vec::new(),
    };
    if scheme.lengths().contains(&length)
        && invalid_positions.is_empty()
        && missing_classes.is_empty()
    {
        Ok(())
    } else {
        Err(AuthInfoError {
            scheme,
            length,
            invalid_positions,
            missing_classes,
        })
    }
}

/// Why [`generate`] could not produce a code.
///
/// # Example
/// ```
/// use domainguard::authinfo::{generate, AuthInfoScheme, GenerateError};
/// assert_eq!(generate(AuthInfoScheme::Denic, 16, &[]), Err(GenerateError::NotEnoughRandomness));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenerateError {
    /// The random bytes ran out before a valid code was complete.
    NotEnoughRandomness,
    /// The requested length is outside the scheme's [`AuthInfoScheme::lengths`].
    InvalidLength {
        /// The scheme asked for.
        scheme: AuthInfoScheme,
        /// The length asked for.
        length: usize,
    },
}

impl GenerateError {
    /// A stable snake_case identifier: `not_enough_randomness` or `invalid_length`.
    ///
    /// # Example
    /// ```
    /// use domainguard::authinfo::{generate, AuthInfoScheme};
    /// let error = generate(AuthInfoScheme::Denic, 20, &[0; 64]).unwrap_err();
    /// assert_eq!(error.code(), "invalid_length");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            GenerateError::NotEnoughRandomness => "not_enough_randomness",
            GenerateError::InvalidLength { .. } => "invalid_length",
        }
    }

    /// The reason as a sentence fragment (lower-case start).
    ///
    /// # Example
    /// ```
    /// use domainguard::authinfo::{generate, AuthInfoScheme};
    /// use domainguard::Locale;
    /// let error = generate(AuthInfoScheme::Denic, 20, &[0; 64]).unwrap_err();
    /// assert_eq!(
    ///     error.message(Locale::En),
    ///     "expected a length of 8 to 16 characters for a .de AuthInfo, but got 20"
    /// );
    /// ```
    pub fn message(&self, locale: Locale) -> String {
        match self {
            GenerateError::NotEnoughRandomness => render(
                &AUTHINFO_NOT_ENOUGH_RANDOMNESS,
                locale,
                &[("bytes", &crate::dates::uint_text(RANDOM_BYTES as u64))],
            ),
            GenerateError::InvalidLength { scheme, length } => {
                let lengths = scheme.lengths();
                let (min, max) = (lengths.start(), lengths.end());
                render(
                    &AUTHINFO_GENERATE_LENGTH,
                    locale,
                    &[
                        ("min", &crate::dates::uint_text(*min as u64)),
                        ("max", &crate::dates::uint_text(*max as u64)),
                        ("target", scheme.noun(locale)),
                        ("length", &crate::dates::uint_text(*length as u64)),
                    ],
                )
            }
        }
    }
}

impl fmt::Display for GenerateError {
    /// Writes the English message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Locale::En))
    }
}

impl std::error::Error for GenerateError {}

/// Generates an AuthInfo of `length` characters from the DENIC alphabet.
///
/// Pure and deterministic: `random` must come from a cryptographically secure source
/// (`crypto.getRandomValues` in the browser, the OS generator natively); [`RANDOM_BYTES`]
/// (1024) bytes are plenty for every scheme and length, 64 for a DENIC code of 16
/// characters. Bytes are used by rejection sampling (bytes 240–255 are skipped, the rest
/// taken modulo 60), so every character is equally likely. For gTLD codes a candidate
/// without a letter, a digit and a special character is discarded and the next one drawn
/// from the following bytes. The result always passes [`validate`] for `scheme`.
///
/// # Errors
/// [`GenerateError::InvalidLength`] if `length` is outside [`AuthInfoScheme::lengths`];
/// [`GenerateError::NotEnoughRandomness`] if the bytes run out first.
///
/// # Example
/// ```
/// use domainguard::authinfo::{generate, validate, AuthInfoScheme};
/// let random: Vec<u8> = (0..=255).collect(); // use real randomness in practice
/// let code = generate(AuthInfoScheme::Denic, 16, &random)?;
/// assert_eq!(code, "ABCDEFGHJKLMNPQR");
/// assert!(validate(&code, AuthInfoScheme::Denic).is_ok());
/// # Ok::<(), domainguard::authinfo::GenerateError>(())
/// ```
pub fn generate(
    scheme: AuthInfoScheme,
    length: usize,
    random: &[u8],
) -> Result<String, GenerateError> {
    if !scheme.lengths().contains(&length) {
        return Err(GenerateError::InvalidLength { scheme, length });
    }
    let mut characters = random.iter().filter_map(|&byte| pick(byte));
    loop {
        let mut code = String::with_capacity(length);
        for _ in 0..length {
            code.push(
                characters
                    .next()
                    .ok_or(GenerateError::NotEnoughRandomness)?,
            );
        }
        if validate(&code, scheme).is_ok() {
            return Ok(code);
        }
    }
}

/// The alphabet character for a random byte, or `None` for a rejected byte.
fn pick(byte: u8) -> Option<char> {
    if byte >= REJECT_FROM {
        return None;
    }
    ALPHABET.get(usize::from(byte % 60)).map(|&c| char::from(c))
}

/// `separator` unless `out` is still empty: for lists written item by item.
/// A count or position as a message shows it (one instance for every number of the messages).
#[inline(never)]
fn number(n: usize) -> String {
    crate::dates::uint_text(n as u64)
}

fn separate(out: &mut String, separator: &str) {
    if !out.is_empty() {
        out.push_str(separator);
    }
}

/// "no letter, no digit and no special character": the missing classes as a list.
fn join_list(classes: &[CharClass], locale: Locale) -> String {
    let Some((last, init)) = classes.split_last() else {
        return String::new();
    };
    let last = last.missing(locale);
    if init.is_empty() {
        return last.to_string();
    }
    let mut listed = String::new();
    for class in init {
        separate(&mut listed, ", ");
        listed.push_str(class.missing(locale));
    }
    render(
        &AUTHINFO_LIST_AND,
        locale,
        &[("init", &listed), ("last", last)],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator standing in for real randomness.
    struct XorShift(u64);

    impl XorShift {
        fn bytes(&mut self, count: usize) -> Vec<u8> {
            (0..count)
                .map(|_| {
                    self.0 ^= self.0 << 13;
                    self.0 ^= self.0 >> 7;
                    self.0 ^= self.0 << 17;
                    self.0.to_le_bytes()[0]
                })
                .collect()
        }
    }

    fn err(code: &str, scheme: AuthInfoScheme) -> AuthInfoError {
        match validate(code, scheme) {
            Ok(()) => panic!("should be rejected"),
            Err(error) => error,
        }
    }

    #[test]
    fn alphabet() {
        assert_eq!(ALPHABET.len(), 60);
        for c in ['I', 'O', 'l', 'o', '0', '1'] {
            assert!(!AuthInfoScheme::Denic.allows(c));
        }
        let mut sorted = ALPHABET.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 60);
        assert_eq!(
            ALPHABET.iter().filter(|b| b.is_ascii_uppercase()).count(),
            24
        );
        assert_eq!(
            ALPHABET.iter().filter(|b| b.is_ascii_lowercase()).count(),
            24
        );
        assert_eq!(ALPHABET.iter().filter(|b| b.is_ascii_digit()).count(), 8);
    }

    #[test]
    fn scheme_for_tld() {
        assert_eq!(AuthInfoScheme::for_tld("de"), AuthInfoScheme::Denic);
        assert_eq!(AuthInfoScheme::for_tld(" DE "), AuthInfoScheme::Denic);
        assert_eq!(AuthInfoScheme::for_tld(".de"), AuthInfoScheme::Denic);
        assert_eq!(AuthInfoScheme::for_tld("com"), AuthInfoScheme::Gtld);
        assert_eq!(AuthInfoScheme::for_tld("dev"), AuthInfoScheme::Gtld);
        assert_eq!(AuthInfoScheme::for_tld(""), AuthInfoScheme::Gtld);
    }

    #[test]
    fn denic_ambiguous_characters_by_position() {
        let error = err("AbI2lO3o01Zz", AuthInfoScheme::Denic);
        assert_eq!(error.invalid_positions(), &[3, 5, 6, 8, 9, 10]);
        assert_eq!(error.code(), "invalid_characters");
        assert_eq!(error.length(), 12);
        assert_eq!(
            error.message(Locale::En),
            "characters at positions 3, 5, 6, 8, 9, 10 are not allowed in a .de AuthInfo \
             (not allowed: I, O, l, o, 0, 1 and anything outside A–Z, a–z, 2–9, + - / *)"
        );
        assert_eq!(
            error.message(Locale::De),
            "die Zeichen an den Positionen 3, 5, 6, 8, 9, 10 sind in einer .de-AuthInfo nicht erlaubt \
             (nicht erlaubt: I, O, l, o, 0, 1 und alles außerhalb von A–Z, a–z, 2–9, + - / *)"
        );
        for (code, position) in [
            ("IAbc2345", 1),
            ("AlAbc2345", 2),
            ("AbOc2345", 3),
            ("Abco2345", 4),
            ("Abc23450", 8),
            ("Abc234512", 8),
            ("Abc2 345", 5),
            ("Abc2ä345", 5),
        ] {
            assert_eq!(
                err(code, AuthInfoScheme::Denic).invalid_positions(),
                &[position],
                "{position}"
            );
        }
        assert_eq!(
            err("Abc2ä345", AuthInfoScheme::Denic).message(Locale::De),
            "das Zeichen an Position 5 ist in einer .de-AuthInfo nicht erlaubt \
             (nicht erlaubt: I, O, l, o, 0, 1 und alles außerhalb von A–Z, a–z, 2–9, + - / *)"
        );
    }

    #[test]
    fn denic_length() {
        let error = err("Ab3+Xy9", AuthInfoScheme::Denic);
        assert_eq!(error.code(), "too_short");
        assert_eq!(error.invalid_positions(), &[] as &[usize]);
        assert_eq!(
            error.message(Locale::En),
            "expected a .de AuthInfo of 8 to 16 characters, but it has 7"
        );
        assert_eq!(
            error.message(Locale::De),
            "erwartet eine .de-AuthInfo mit 8 bis 16 Zeichen, aber sie hat 7"
        );
        let error = err("Ab3+Xy9/ZqAb3+Xy9", AuthInfoScheme::Denic);
        assert_eq!(error.code(), "too_long");
        assert_eq!(error.length(), 17);
        assert!(validate("Ab3+Xy9/", AuthInfoScheme::Denic).is_ok());
        assert!(validate("Ab3+Xy9/ZqAb3+Xy", AuthInfoScheme::Denic).is_ok());
        // Lengths count characters, not bytes.
        assert_eq!(err("ääääääää", AuthInfoScheme::Denic).length(), 8);
        let empty = err("", AuthInfoScheme::Denic);
        assert_eq!(empty.code(), "empty");
        assert_eq!(
            empty.message(Locale::En),
            "expected a .de AuthInfo, but it is empty"
        );
        assert_eq!(
            empty.message(Locale::De),
            "erwartet eine .de-AuthInfo, aber sie ist leer"
        );
    }

    #[test]
    fn several_problems_in_one_message() {
        let error = err("0l1", AuthInfoScheme::Denic);
        assert_eq!(error.code(), "too_short");
        assert_eq!(
            error.message(Locale::En),
            "expected a .de AuthInfo of 8 to 16 characters, but it has 3; \
             characters at positions 1, 2, 3 are not allowed in a .de AuthInfo \
             (not allowed: I, O, l, o, 0, 1 and anything outside A–Z, a–z, 2–9, + - / *)"
        );
        let long = "0".repeat(40);
        let error = err(&long, AuthInfoScheme::Gtld);
        assert_eq!(error.code(), "too_long");
        assert_eq!(
            error.message(Locale::En),
            "expected an AuthInfo of 6 to 32 characters, but it has 40; \
             expected at least one letter, one digit and one special character in an AuthInfo, \
             but it has no letter and no special character"
        );
        let spaces = " ".repeat(12);
        let error = err(&spaces, AuthInfoScheme::Gtld);
        assert_eq!(error.invalid_positions().len(), 12);
        assert_eq!(
            error.message(Locale::En),
            "characters at positions 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2 more are not allowed \
             in an AuthInfo (allowed: printable ASCII characters without spaces); \
             expected at least one letter, one digit and one special character in an AuthInfo, \
             but it has no letter, no digit and no special character"
        );
        assert_eq!(
            error.message(Locale::De),
            "die Zeichen an den Positionen 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 und 2 weiteren sind \
             in einer AuthInfo nicht erlaubt (erlaubt: druckbare ASCII-Zeichen ohne Leerzeichen); \
             erwartet mindestens einen Buchstaben, eine Ziffer und ein Sonderzeichen in einer AuthInfo, \
             aber sie enthält keinen Buchstaben, keine Ziffer und kein Sonderzeichen"
        );
    }

    #[test]
    fn gtld_rules() {
        for ok in ["a1-b2c", "Pa$$w0rd", "0l1O/I", "~~~~~a1", "Ab3+Xy9/Zq"] {
            assert!(validate(ok, AuthInfoScheme::Gtld).is_ok(), "{ok}");
        }
        let error = err("abcdef", AuthInfoScheme::Gtld);
        assert_eq!(error.code(), "missing_character_classes");
        assert_eq!(
            error.missing_classes(),
            &[CharClass::Digit, CharClass::Special]
        );
        assert_eq!(
            error.message(Locale::En),
            "expected at least one letter, one digit and one special character in an AuthInfo, \
             but it has no digit and no special character"
        );
        assert_eq!(
            error.message(Locale::De),
            "erwartet mindestens einen Buchstaben, eine Ziffer und ein Sonderzeichen in einer AuthInfo, \
             aber sie enthält keine Ziffer und kein Sonderzeichen"
        );
        assert_eq!(err("a1-b2", AuthInfoScheme::Gtld).code(), "too_short");
        assert_eq!(
            err(&"a1-".repeat(11), AuthInfoScheme::Gtld).code(),
            "too_long"
        );
        let error = err("a1-b2c\u{e9}", AuthInfoScheme::Gtld);
        assert_eq!(error.invalid_positions(), &[7]);
        assert_eq!(
            error.message(Locale::En),
            "character at position 7 is not allowed in an AuthInfo \
             (allowed: printable ASCII characters without spaces)"
        );
        assert_eq!(
            err("a1-b2c\t", AuthInfoScheme::Gtld).invalid_positions(),
            &[7]
        );
        assert_eq!(
            err("", AuthInfoScheme::Gtld).missing_classes(),
            &[] as &[CharClass]
        );
        assert_eq!(
            err("", AuthInfoScheme::Gtld).message(Locale::En),
            "expected an AuthInfo, but it is empty"
        );
    }

    #[test]
    fn nothing_reveals_the_code() {
        let code = "Ab3+Xy9/Zq";
        let mut errors = Vec::new();
        // Variants of the code that each scheme rejects for some reason.
        for candidate in [
            code.to_string(),
            format!("{code}{code}"),
            format!("{code}{code}{code}{code}"),
            format!("{code}l"),
            format!("{code}ö"),
            code.replace(['3', '9'], ""),
        ] {
            for scheme in [AuthInfoScheme::Denic, AuthInfoScheme::Gtld] {
                if let Err(error) = validate(&candidate, scheme) {
                    errors.push(error);
                }
            }
        }
        assert!(errors.len() >= 6, "{}", errors.len());
        for error in errors {
            let texts = [
                error.message(Locale::De),
                error.message(Locale::En),
                format!("{error:?}"),
                error.to_string(),
            ];
            for text in texts {
                assert!(!text.contains(code), "{text}");
                for window in code.as_bytes().windows(3) {
                    let piece = core::str::from_utf8(window).unwrap_or_default();
                    assert!(!text.contains(piece), "{piece} in {text}");
                }
                assert!(!text.contains("Xy") && !text.contains("Zq"), "{text}");
            }
        }
    }

    #[test]
    fn generate_exact_values() {
        // Byte 240 and above are skipped; the rest is taken modulo 60.
        assert_eq!(
            generate(
                AuthInfoScheme::Denic,
                8,
                &[0, 240, 1, 255, 2, 60, 119, 120, 239, 59]
            ),
            Ok("ABCA*A**".to_string())
        );
        // A gTLD candidate without digit and special character is discarded.
        assert_eq!(
            generate(
                AuthInfoScheme::Gtld,
                6,
                &[0, 1, 2, 3, 4, 5, 24, 48, 56, 0, 0, 0]
            ),
            Ok("a2+AAA".to_string())
        );
        assert_eq!(
            generate(AuthInfoScheme::Gtld, 6, &[0, 1, 2, 3, 4, 5, 24, 48]),
            Err(GenerateError::NotEnoughRandomness)
        );
        assert_eq!(
            generate(AuthInfoScheme::Denic, 8, &[250; 1024]),
            Err(GenerateError::NotEnoughRandomness)
        );
        assert_eq!(
            generate(AuthInfoScheme::Denic, 8, &[]),
            Err(GenerateError::NotEnoughRandomness)
        );
        for (scheme, length) in [
            (AuthInfoScheme::Denic, 7),
            (AuthInfoScheme::Denic, 17),
            (AuthInfoScheme::Gtld, 5),
            (AuthInfoScheme::Gtld, 33),
            (AuthInfoScheme::Gtld, 0),
        ] {
            assert_eq!(
                generate(scheme, length, &[0; 1024]),
                Err(GenerateError::InvalidLength { scheme, length })
            );
        }
    }

    #[test]
    fn generate_error_messages() {
        let error = GenerateError::NotEnoughRandomness;
        assert_eq!(error.code(), "not_enough_randomness");
        assert_eq!(
            error.message(Locale::En),
            "expected enough random bytes for an AuthInfo, but they ran out (1024 bytes are plenty)"
        );
        assert_eq!(
            error.message(Locale::De),
            "erwartet genug Zufallsbytes für eine AuthInfo, aber sie reichten nicht (1024 Bytes genügen)"
        );
        let error = GenerateError::InvalidLength {
            scheme: AuthInfoScheme::Gtld,
            length: 40,
        };
        assert_eq!(error.code(), "invalid_length");
        assert_eq!(
            error.message(Locale::En),
            "expected a length of 6 to 32 characters for an AuthInfo, but got 40"
        );
        assert_eq!(
            error.message(Locale::De),
            "erwartet eine Länge von 6 bis 32 Zeichen für eine AuthInfo, aber verlangt sind 40"
        );
        assert_eq!(error.to_string(), error.message(Locale::En));
    }

    #[test]
    fn generated_codes_always_validate() {
        let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
        for round in 0..20_000usize {
            for scheme in [AuthInfoScheme::Denic, AuthInfoScheme::Gtld] {
                let lengths = scheme.lengths();
                let span = lengths.end() - lengths.start() + 1;
                let length = lengths.start() + round % span;
                let random = rng.bytes(RANDOM_BYTES);
                let code = match generate(scheme, length, &random) {
                    Ok(code) => code,
                    Err(error) => panic!("round {round}: {error:?}"),
                };
                assert_eq!(code.chars().count(), length);
                assert_eq!(validate(&code, scheme), Ok(()), "round {round}");
                // DENIC codes are also valid gTLD codes once they contain every class.
                assert!(code.bytes().all(|b| ALPHABET.contains(&b)));
            }
        }
    }

    #[test]
    fn generated_gtld_codes_carry_at_least_128_bits() {
        // Uniform draws from the alphabet: length · log2(60) bits (RFC 9154, section 4.1).
        let bits =
            AuthInfoScheme::Gtld.recommended_length() as f64 * (ALPHABET.len() as f64).log2();
        assert!(bits >= 128.0, "{bits} bits");
        let code = generate(AuthInfoScheme::Gtld, 22, &XorShift(3).bytes(RANDOM_BYTES));
        assert_eq!(code.map(|c| c.len()), Ok(22));
    }

    #[test]
    fn recommended_randomness_suffices_for_recommended_length() {
        let mut rng = XorShift(7);
        for _ in 0..2_000 {
            for scheme in [AuthInfoScheme::Denic, AuthInfoScheme::Gtld] {
                let random = rng.bytes(256);
                assert!(generate(scheme, scheme.recommended_length(), &random).is_ok());
            }
        }
    }

    #[test]
    fn every_character_is_drawn_evenly() {
        let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
        let mut counts = [0usize; 128];
        let mut total = 0usize;
        for _ in 0..20_000 {
            let random = rng.bytes(64);
            let code = generate(AuthInfoScheme::Denic, 16, &random).unwrap_or_default();
            assert_eq!(code.len(), 16);
            for b in code.bytes() {
                if let Some(count) = counts.get_mut(usize::from(b)) {
                    *count += 1;
                    total += 1;
                }
            }
        }
        assert_eq!(total, 320_000);
        let expected = total / 60; // 5333
        for &b in ALPHABET {
            let count = counts.get(usize::from(b)).copied().unwrap_or_default();
            assert!(
                count.abs_diff(expected) < expected / 10,
                "{} drawn {count} times, expected about {expected}",
                char::from(b)
            );
        }
        let outside: usize = (0..128u8)
            .filter(|b| !ALPHABET.contains(b))
            .map(|b| counts.get(usize::from(b)).copied().unwrap_or_default())
            .sum();
        assert_eq!(outside, 0);
    }
}
