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

    /// Picks the text for this locale. (A lean module notes a pick of the language it leaves
    /// out, see `src/lean.rs`.)
    pub fn pick<T>(self, de: T, en: T) -> T {
        #[cfg(feature = "lean-de")]
        if self == Locale::En {
            crate::lean::lacking(crate::lean::Lacks::Locale);
        }
        #[cfg(feature = "lean-en")]
        if self == Locale::De {
            crate::lean::lacking(crate::lean::Lacks::Locale);
        }
        match self {
            Locale::De => de,
            Locale::En => en,
        }
    }
}

/// A German text, or `""` in the English lean module (`--features lean-en`), which leaves
/// German out.
#[cfg(not(feature = "lean-en"))]
macro_rules! de {
    ($text:literal) => {
        $text
    };
}
#[cfg(feature = "lean-en")]
macro_rules! de {
    ($text:literal) => {
        ""
    };
}
pub(crate) use de;

/// An English text, or `""` in the German lean module (`--features lean-de`).
#[cfg(not(feature = "lean-de"))]
macro_rules! en {
    ($text:literal) => {
        $text
    };
}
#[cfg(feature = "lean-de")]
macro_rules! en {
    ($text:literal) => {
        ""
    };
}
pub(crate) use en;

/// A text only the CMS actions show, or `""` in a lean module, which leaves them out.
#[cfg(not(feature = "lean"))]
macro_rules! cms {
    ($text:literal) => {
        $text
    };
}
#[cfg(feature = "lean")]
macro_rules! cms {
    ($text:literal) => {
        ""
    };
}
pub(crate) use cms;
