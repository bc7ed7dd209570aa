//! The text catalogue: every text the rules show a user, in German and English, in one place
//! with one renderer.
//!
//! - `findings`: the message of each finding code and the optional parts some messages add.
//! - `input`: the texts of input errors (what a field expects, what was found).
//! - `domain`: why a domain name is not valid (IDNA2008, DENIC, RFC 5892/5893).
//! - `authinfo`: why an AuthInfo is not valid, why one could not be generated.
//! - `labels`: deadline labels, close modes, answers, severities, the inventory report's texts.
//! - `inventory`: a domain list that cannot be read, a row that cannot be used.
//! - `letters`: the holder's confirmation letters, paragraph by paragraph.
//! - `panel` (native builds only, never in the wasm): the texts of the TYPO3 and Plesk panels and
//!   of the JS guard, from which `domainguard texts` generates their language files.
//!
//! An entry is a key, the names of the params its templates use, and the two templates. `{name}`
//! in a template stands for the param `name`; a test checks that both templates use exactly the
//! declared params. `render` fills a template; a placeholder without a param is an error
//! (`fill` returns it; `render` fails a debug assertion naming the entry and the param, so
//! every test and vector that reaches it fails, and a release build leaves `{name}` visible
//! instead of an empty string).

/// Declares catalogue entries as constants (`NAME = "key", "params", "German", "English";`)
/// and, for the tests, the list of them.
macro_rules! texts {
    ($(#[$doc:meta])* $list:ident; $($name:ident = $key:literal, $params:literal, $de:literal, $en:literal;)*) => {
        $(
            #[doc = concat!("`", $key, "`")]
            pub(crate) const $name: super::Entry = super::Entry(super::entry_text!($key, $params, $de, $en));
        )*
        $(#[$doc])*
        #[cfg(test)]
        pub(crate) const $list: &[super::Entry] = &[$($name),*];
    };
}
use texts;

/// Declares the finding messages like [`texts`] (`NAME = "code", "params", "German",
/// "English";`, in the order of `Code::ALL`), as one text of them all and the end of each (two
/// bytes a message in the wasm instead of a pointer and a length); `message(i)` is the `i`th.
/// `#[cms]` before an entry marks a message only the CMS actions give: the lean panel modules,
/// which leave those actions out, keep it empty.
macro_rules! messages {
    ($(#[$doc:meta])* $list:ident; $($(#[$cms:ident])? $name:ident = $key:literal, $params:literal, $de:literal, $en:literal;)*) => {
        /// Every message, one after the other.
        const ALL: &str = concat!($(super::entry_text!($($cms)? $key, $params, $de, $en),)*);
        /// Where each message ends in [`ALL`].
        const ENDS: &[u16] = &super::ends([$(super::entry_text!($($cms)? $key, $params, $de, $en).len(),)*]);
        /// The place of each message in [`ALL`].
        #[allow(non_camel_case_types, clippy::upper_case_acronyms, dead_code)]
        enum Index { $($name,)* }
        $(
            #[doc = concat!("`", $key, "`")]
            #[allow(dead_code)] // Most are reached through `message`.
            pub(crate) const $name: super::Entry = super::Entry(super::nth(ALL, ENDS, Index::$name as usize));
        )*
        $(#[$doc])*
        #[cfg(test)]
        pub(crate) const $list: &[super::Entry] = &[$($name),*];

        /// The message template of the `i`th finding code (`Code as usize`).
        pub(crate) fn message(i: usize) -> Option<super::Entry> {
            let start = match i.checked_sub(1) {
                Some(before) => *ENDS.get(before)?,
                None => 0,
            };
            ALL.get(usize::from(start)..usize::from(*ENDS.get(i)?)).map(super::Entry)
        }
    };
}
use messages;

/// The end of each part of a text of parts, given their lengths (one after the other).
pub(crate) const fn ends<const N: usize>(lens: [usize; N]) -> [u16; N] {
    let mut out = [0u16; N];
    let (mut i, mut end) = (0, 0);
    while i < N {
        end += lens[i];
        assert!(
            end <= u16::MAX as usize,
            "a text of parts longer than 64 KiB"
        );
        out[i] = end as u16;
        i += 1;
    }
    out
}

/// The `i`th part of `all`, whose parts end at `ends` (at compile time).
const fn nth(all: &'static str, ends: &[u16], i: usize) -> &'static str {
    let start = if i == 0 { 0 } else { ends[i - 1] as usize };
    let (head, _) = all.as_bytes().split_at(ends[i] as usize);
    let (_, part) = head.split_at(start);
    match std::str::from_utf8(part) {
        Ok(part) => part,
        Err(_) => panic!("a part that is not UTF-8"),
    }
}

/// The text an entry is made of: the German template, U+001F, the English template; in debug
/// builds the key and the params first, each followed by U+001D (`entry_key!`). A lean module
/// keeps one language (`de!`/`en!` in `src/locale.rs`) and no CMS message (`cms` first).
macro_rules! entry_text {
    (cms $key:literal, $params:literal, $de:literal, $en:literal) => {
        concat!(
            super::entry_key!($key, $params),
            $crate::locale::cms!($de),
            "\u{1f}",
            $crate::locale::cms!($en)
        )
    };
    ($key:literal, $params:literal, $de:literal, $en:literal) => {
        concat!(
            super::entry_key!($key, $params),
            $crate::locale::de!($de),
            "\u{1f}",
            $crate::locale::en!($en)
        )
    };
}
/// The key and the params of an entry, each followed by U+001D, in debug builds; nothing in
/// release builds.
#[cfg(debug_assertions)]
macro_rules! entry_key {
    ($key:literal, $params:literal) => {
        concat!($key, "\u{1d}", $params, "\u{1d}")
    };
}
#[cfg(not(debug_assertions))]
macro_rules! entry_key {
    ($key:literal, $params:literal) => {
        ""
    };
}
use entry_key;
use entry_text;

pub(crate) mod authinfo;
pub(crate) mod domain;
pub(crate) mod findings;
pub(crate) mod input;
pub(crate) mod inventory;
pub(crate) mod labels;
pub(crate) mod letters;
#[cfg(not(target_arch = "wasm32"))]
mod panel;

#[cfg(not(target_arch = "wasm32"))]
pub use panel::{generate, Generated, GENERATED};

use crate::Locale;
use std::borrow::Cow;

/// One text of the catalogue: the German template, U+001F, the English template (in debug
/// builds the key and the params first, each followed by U+001D). Code names it by its
/// constant; the key (a finding code, or `section.name`) names it in debug messages and tests,
/// and is left out of release builds. [`render`] and [`label`] take the text out where they are
/// called (`#[inline(always)]`), so `&NAME` costs the wasm no static holding the text's pointer
/// and length, only the two numbers at the call.
#[derive(Clone, Copy)]
pub(crate) struct Entry(&'static str);

impl Entry {
    /// The template in `locale`.
    #[inline(always)]
    pub(crate) fn template(&self, locale: Locale) -> &'static str {
        template(self.0, locale)
    }

    /// The key, in debug builds (messages of failed assertions).
    fn name(&self) -> &'static str {
        parts(self.0).0
    }

    /// The params its templates use, separated by spaces (checked by a test).
    #[cfg(test)]
    fn params(&self) -> &'static str {
        parts(self.0).1
    }
}

/// The key, the params and the two templates of an entry's text (key and params only in debug
/// builds).
fn parts(text: &'static str) -> (&'static str, &'static str, &'static str) {
    #[cfg(debug_assertions)]
    let (key, params, both) = {
        let mut it = text.splitn(3, '\u{1d}');
        let key = it.next().unwrap_or("");
        let params = it.next().unwrap_or("");
        (key, params, it.next().unwrap_or(""))
    };
    #[cfg(not(debug_assertions))]
    let (key, params, both) = ("", "", text);
    (key, params, both)
}

/// The template in `locale` of an entry's text.
#[inline(never)]
fn template(text: &'static str, locale: Locale) -> &'static str {
    let both = parts(text).2;
    let (de, en) = both.split_once('\u{1f}').unwrap_or((both, both));
    locale.pick(de, en)
}

/// Every section of the catalogue that the rules (and so the wasm) use.
#[cfg(test)]
const SECTIONS: &[&[Entry]] = &[
    findings::MESSAGES,
    findings::PARTS,
    input::INPUT,
    authinfo::AUTHINFO,
    domain::DOMAIN,
    inventory::INVENTORY,
    labels::LABELS,
    letters::LETTERS,
];

/// The names of the placeholders in `template`, in order (`{name}`: a name is what lies
/// between a `{` and the next `}`). The one template scanner: policy templates are checked
/// with it when read, the catalogue's tests and the renderer use it.
pub(crate) fn placeholders(template: &str) -> impl Iterator<Item = &str> {
    let mut rest = template;
    std::iter::from_fn(move || {
        let (name, tail) = placeholder(rest)?.1;
        rest = tail;
        Some(name)
    })
}

/// The text before the first placeholder of `template`, and the placeholder's name and the
/// text after it; `None` when there is none (no `{`, or no `}` after it).
fn placeholder(template: &str) -> Option<(&str, (&str, &str))> {
    let (text, after) = template.split_once('{')?;
    Some((text, after.split_once('}')?))
}

/// A placeholder whose param was not given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Missing(pub String);

/// Fills `template`, asking `value` for each placeholder's text.
/// (One instance for every caller: `dyn`, so the wasm has the loop once.)
pub(crate) fn fill<'a>(
    template: &str,
    value: &mut dyn FnMut(&str) -> Option<Cow<'a, str>>,
) -> Result<String, Missing> {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some((text, (name, tail))) = placeholder(rest) {
        out.push_str(text);
        out.push_str(&value(name).ok_or_else(|| Missing(name.to_string()))?);
        rest = tail;
    }
    out.push_str(rest);
    Ok(out)
}

/// The parts one after the other, as `format!` with only `{}`s would write them, without the
/// formatting machinery (issue 12: the panel's wasm has no `core::fmt`).
pub(crate) fn cat(parts: &[&str]) -> String {
    let mut out = String::new();
    for part in parts {
        out.push_str(part);
    }
    out
}

/// Like [`fill`], for texts whose params the code guarantees: a missing one fails a debug
/// assertion naming `key` and the param, and stays visible as `{name}` in a release build.
pub(crate) fn fill_checked<'a>(
    entry: &Entry,
    template: &str,
    value: &mut dyn FnMut(&str) -> Option<Cow<'a, str>>,
) -> String {
    fill(template, &mut |n| {
        value(n).or_else(|| {
            debug_assert!(
                false,
                "text `{}`: no param for the placeholder `{{{n}}}`",
                entry.name()
            );
            Some(Cow::Owned(cat(&["{", n, "}"])))
        })
    })
    .unwrap_or_default()
}

/// The text of catalogue entry `e` in `locale`, with `params` (name, text) filled in.
#[inline(always)]
pub(crate) fn render(e: &Entry, locale: Locale, params: &[(&str, &str)]) -> String {
    render_text(*e, locale, params)
}

#[inline(never)]
fn render_text(e: Entry, locale: Locale, params: &[(&str, &str)]) -> String {
    fill_checked(&e, e.template(locale), &mut |n| {
        params
            .iter()
            .find(|(k, _)| *k == n)
            .map(|(_, v)| Cow::Borrowed(*v))
    })
}

/// The text of an entry without params (a label).
#[inline(always)]
pub(crate) fn label(e: &Entry, locale: Locale) -> &'static str {
    e.template(locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (key, declared params, German, English) of every text.
    fn all() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
        let mut v: Vec<_> = SECTIONS
            .iter()
            .flat_map(|s| s.iter())
            .map(|e| {
                (
                    e.name(),
                    e.params(),
                    e.template(Locale::De),
                    e.template(Locale::En),
                )
            })
            .collect();
        #[cfg(not(target_arch = "wasm32"))]
        v.extend(panel::own_texts());
        v
    }

    #[test]
    fn every_template_uses_exactly_its_declared_params() {
        let mut wrong = Vec::new();
        for (key, params, de, en) in all() {
            let mut declared: Vec<&str> = params.split_whitespace().collect();
            declared.sort_unstable();
            for (lang, t) in [("de", de), ("en", en)] {
                let mut used: Vec<&str> = placeholders(t).collect();
                used.sort_unstable();
                used.dedup();
                if used != declared {
                    wrong.push(format!(
                        "{key} ({lang}): declares {declared:?}, uses {used:?}"
                    ));
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "templates and declarations differ:\n{}",
            wrong.join("\n")
        );
    }

    #[test]
    fn keys_are_unique_and_texts_not_empty() {
        let entries = all();
        let mut keys: Vec<&str> = entries.iter().map(|e| e.0).collect();
        keys.sort_unstable();
        let before = keys.len();
        keys.dedup();
        assert_eq!(keys.len(), before, "a key appears twice in the catalogue");
        for (key, _, de, en) in entries {
            assert!(
                !de.trim().is_empty() && !en.trim().is_empty(),
                "{key} is empty"
            );
            assert!(
                !de.contains('\u{1f}') && !en.contains('\u{1f}'),
                "{key}: U+001F"
            );
        }
    }

    #[test]
    fn every_finding_code_has_its_message_in_code_order() {
        let codes = crate::messages::Code::ALL;
        assert_eq!(findings::MESSAGES.len(), codes.len());
        assert!(findings::message(codes.len()).is_none());
        for (i, (c, e)) in codes.iter().zip(findings::MESSAGES).enumerate() {
            assert_eq!(
                e.name(),
                c.name(),
                "src/text/findings.rs: MESSAGES out of Code::ALL order"
            );
            let m = findings::message(i).map(|m| (m.name(), m.template(Locale::En)));
            assert_eq!(m, Some((c.name(), e.template(Locale::En))));
        }
    }

    #[test]
    fn placeholders_are_the_names_between_braces() {
        let names: Vec<&str> = placeholders("Die {domain} zum {close_date}.{x} { y }{").collect();
        assert_eq!(names, ["domain", "close_date", "x", " y "]);
        assert_eq!(placeholders("kein Platzhalter").count(), 0);
    }

    #[test]
    fn fill_reports_the_missing_param_instead_of_an_empty_text() {
        let r = fill("zum {close_date} ({renewal})", &mut |n| {
            (n == "close_date").then_some(Cow::Borrowed("03.04.2009"))
        });
        assert_eq!(r, Err(Missing("renewal".into())));
        let r = fill("zum {close_date}", &mut |_| {
            Some(Cow::Borrowed("03.04.2009"))
        });
        assert_eq!(r.as_deref(), Ok("zum 03.04.2009"));
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "text `deadline.renewal`")]
    fn render_with_a_missing_param_fails_a_debug_assertion() {
        // `deadline.renewal` has no params; `CLOSE_SCHEDULED` needs three.
        let _ = fill_checked(&labels::DEADLINE_RENEWAL, "bis {renewal}", &mut |_| None);
    }

    #[test]
    fn render_fills_the_params() {
        assert_eq!(
            render(
                &findings::TRANSFER_ACK_DEADLINE,
                Locale::En,
                &[("ack_deadline", "5 March 2009")]
            ),
            "Answer by 5 March 2009: after that the transfer counts as approved."
        );
    }
}
