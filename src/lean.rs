//! The lean panel modules (`--features lean-de` or `lean-en`): what a domain panel page needs,
//! in one language, for a smaller module. They leave out internationalised domain names
//! (IDNA2008, Punycode, the homograph check), the CMS actions, inline policy objects and the
//! other language's texts. Where a call meets one of these, the module notes it here
//! ([`lacking`]) and the wasm export answers `{"needs_full_module": "<what>"}` instead of its
//! result ([`take`]); the JS layer then loads the full module and asks it. Everything a lean
//! module does answer is what the full module answers (the vectors test holds them to it).

use core::sync::atomic::{AtomicU8, Ordering};

/// What a lean module lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lacks {
    /// A domain name with a non-ASCII character or an `xn--` label.
    Idna = 1,
    /// A text in the language the module leaves out.
    Locale = 2,
    /// A CMS action (`cms_delete`, `cms_update`).
    Cms = 3,
    /// An inline policy object (a built-in policy id is fine).
    Policy = 4,
}

impl Lacks {
    /// The name the marker carries: `idna`, `locale`, `cms` or `policy`.
    pub fn name(self) -> &'static str {
        match self {
            Lacks::Idna => "idna",
            Lacks::Locale => "locale",
            Lacks::Cms => "cms",
            Lacks::Policy => "policy",
        }
    }
}

/// What the current call lacks first (0: nothing). A wasm module runs one call at a time.
static LACKING: AtomicU8 = AtomicU8::new(0);

/// Notes that the current call needs something the lean module leaves out (the first note
/// counts); the call goes on, and its result is not used.
pub(crate) fn lacking(what: Lacks) {
    let _ = LACKING.compare_exchange(0, what as u8, Ordering::Relaxed, Ordering::Relaxed);
}

/// What the call that just ended lacked, if anything; clears it for the next call.
pub fn take() -> Option<Lacks> {
    match LACKING.swap(0, Ordering::Relaxed) {
        1 => Some(Lacks::Idna),
        2 => Some(Lacks::Locale),
        3 => Some(Lacks::Cms),
        4 => Some(Lacks::Policy),
        _ => None,
    }
}

#[cfg(all(feature = "lean-de", feature = "lean-en"))]
compile_error!("`lean-de` and `lean-en` are two different modules: enable one of them");
