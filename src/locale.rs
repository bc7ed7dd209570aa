//! The two languages every user-facing text exists in.

use serde::Serialize;

/// The language of messages and documents: German first, English second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// German (`de`), the default.
    #[default]
    De,
    /// English (`en`).
    En,
}

impl Locale {
    /// Parses a locale tag; accepts `de`, `en` and regional forms such as `de-DE` or `en_GB`.
    ///
    /// # Errors
    /// Returns `None` for any other language.
    ///
    /// # Example
    /// ```
    /// use domainguard::Locale;
    /// assert_eq!(Locale::parse("de-AT"), Some(Locale::De));
    /// assert_eq!(Locale::parse("fr"), None);
    /// ```
    pub fn parse(tag: &str) -> Option<Locale> {
        // Bytes, not a char pattern and a lower-cased copy: the separators are ASCII (issue 12).
        let tag = tag.trim().as_bytes();
        let end = tag.iter().position(|&b| b == b'-' || b == b'_');
        let lang = tag.get(..end.unwrap_or(tag.len())).unwrap_or(tag);
        if lang.eq_ignore_ascii_case(b"de") {
            Some(Locale::De)
        } else if lang.eq_ignore_ascii_case(b"en") {
            Some(Locale::En)
        } else {
            None
        }
    }

    /// The tag as used in the case JSON.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::De => "de",
            Locale::En => "en",
        }
    }

    /// Picks the text for this locale.
    pub fn pick<T>(self, de: T, en: T) -> T {
        match self {
            Locale::De => de,
            Locale::En => en,
        }
    }
}
