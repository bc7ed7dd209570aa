//! Generated documents: the registrar notice (policy template) and the holder's letters. Their
//! words are in the text catalogue (`src/text/letters.rs`); this module picks the paragraphs.

use crate::case::DomainCase;
use crate::dates::display;
use crate::policy::CloseMode;
use crate::text::letters::*;
use crate::text::{fill, render, Entry};
use crate::Locale;
use chrono::NaiveDate;
use std::borrow::Cow;

/// Fills the registrar's template (R-C6). Dates are written in the template's language.
pub(crate) fn registrar_notice(
    template: &str,
    c: &DomainCase,
    close_date: NaiveDate,
    renewal: NaiveDate,
    locale: Locale,
) -> String {
    // Templates are checked when read (`crate::policy::TEMPLATE_PLACEHOLDERS`); anything else
    // stays literally.
    fill(template, &mut |name| {
        Some(match name {
            "domain" => Cow::Borrowed(c.name.unicode()),
            "domain_ascii" => Cow::Borrowed(c.name.ascii()),
            "close_date" => Cow::Owned(display(close_date, locale)),
            "renewal" => Cow::Owned(display(renewal, locale)),
            "holder" => Cow::Borrowed(c.holder.as_str()),
            other => {
                // pushed, not `concat()`: that links std's generic join into the wasm
                let mut kept = String::with_capacity(other.len() + 2);
                kept.push('{');
                kept.push_str(other);
                kept.push('}');
                Cow::Owned(kept)
            }
        })
    })
    .unwrap_or_else(|_| template.to_string())
}

/// What the close letter needs.
pub(crate) struct CloseLetter<'a> {
    pub case: &'a DomainCase,
    pub mode: CloseMode,
    pub close_date: NaiveDate,
    pub undo_until: Option<NaiveDate>,
    pub rgp_until: Option<NaiveDate>,
    /// The registry lets a third party the holder names restore too (DENIC).
    pub rgp_third_party: bool,
    pub billed_renewal: Option<NaiveDate>,
}

/// A letter being written: paragraphs rendered straight into one text, separated by a blank
/// line (as `join("\n\n")` of the paragraphs), without a list of paragraphs to join.
struct Letter {
    out: String,
    locale: Locale,
    started: bool,
}

impl Letter {
    fn new(locale: Locale) -> Letter {
        Letter {
            out: String::new(),
            locale,
            started: false,
        }
    }

    /// Starts a new paragraph with `e`.
    #[inline(never)]
    fn para(&mut self, e: &Entry, params: &[(&str, &str)]) {
        if self.started {
            self.out.push_str("\n\n");
        }
        self.started = true;
        self.sentence(e, params);
    }

    /// Continues the paragraph with `e`, after a space.
    #[inline(never)]
    fn more(&mut self, e: &Entry, params: &[(&str, &str)]) {
        self.out.push(' ');
        self.sentence(e, params);
    }

    fn sentence(&mut self, e: &Entry, params: &[(&str, &str)]) {
        self.out.push_str(&render(e, self.locale, params));
    }
}

/// The holder's confirmation letter for a close (R-C7, R-C8).
pub(crate) fn close_letter(locale: Locale, l: &CloseLetter) -> String {
    let c = l.case;
    let date = |d: NaiveDate| display(d, locale);
    let domain = c.name.unicode();
    let mut letter = Letter::new(locale);
    letter.para(&LETTER_CLOSE_SUBJECT, &[("domain", domain)]);
    letter.para(&LETTER_GREETING, &[("holder", &c.holder)]);
    let consent = match c.evk.as_ref().and_then(|e| e.date) {
        Some(d) => render(&LETTER_CLOSE_CONSENT_OF, locale, &[("date", &date(d))]),
        None => render(&LETTER_CLOSE_CONSENT, locale, &[]),
    };
    let confirm = render(&LETTER_CLOSE_CONFIRM, locale, &[("domain", domain)]);
    let key = match l.mode {
        CloseMode::Now => &LETTER_CLOSE_NOW,
        CloseMode::Transit => &LETTER_CLOSE_TRANSIT,
        _ => &LETTER_CLOSE_SCHEDULED,
    };
    letter.para(
        key,
        &[
            ("confirm", &confirm),
            ("consent", &consent),
            ("close", &date(l.close_date)),
        ],
    );
    if let Some(billed) = l.billed_renewal {
        letter.para(&LETTER_CLOSE_BILLED, &[("renewal", &date(billed))]);
    }
    letter.para(&LETTER_CLOSE_FINAL, &[]);
    match l.undo_until {
        Some(u) => letter.para(&LETTER_CLOSE_UNDO_UNTIL, &[("date", &date(u))]),
        None => letter.para(&LETTER_CLOSE_NO_UNDO, &[]),
    }
    if let Some(rgp) = l.rgp_until {
        let key = if l.rgp_third_party {
            &LETTER_CLOSE_RGP_THIRD_PARTY
        } else {
            &LETTER_CLOSE_RGP
        };
        letter.more(key, &[("date", &date(rgp))]);
    }
    letter.para(&LETTER_CLOSING, &[]);
    letter.out
}

/// What the transfer letter needs.
pub(crate) struct TransferLetter<'a> {
    pub case: &'a DomainCase,
    pub renewal: NaiveDate,
    pub transfer_safe_until: Option<NaiveDate>,
    pub authinfo_expires: Option<NaiveDate>,
}

/// The holder's confirmation letter for a transfer (R-T4, R-M3): the key dates and the AuthInfo.
pub(crate) fn transfer_letter(locale: Locale, l: &TransferLetter) -> String {
    let c = l.case;
    let date = |d: NaiveDate| display(d, locale);
    let domain = c.name.unicode();
    let provider = c
        .evk
        .as_ref()
        .and_then(|e| e.new_provider.clone())
        .unwrap_or_default();
    let mut letter = Letter::new(locale);
    letter.para(&LETTER_TRANSFER_SUBJECT, &[("domain", domain)]);
    letter.para(&LETTER_GREETING, &[("holder", &c.holder)]);
    letter.para(
        &LETTER_TRANSFER_CONFIRM,
        &[("domain", domain), ("provider", &provider)],
    );
    letter.para(&LETTER_TRANSFER_RENEWS, &[("date", &date(l.renewal))]);
    if let Some(safe) = l.transfer_safe_until {
        letter.more(&LETTER_TRANSFER_SAFE_UNTIL, &[("date", &date(safe))]);
    }
    // The code itself never goes into a verdict: the letter holds the placeholder, and
    // `crate::letter_with_authinfo` puts the code in on explicit request.
    let has_code = c.authinfo.as_ref().is_some_and(|a| a.code.is_some());
    let code = crate::AUTHINFO_PLACEHOLDER;
    match (has_code, l.authinfo_expires) {
        (true, Some(exp)) => letter.para(
            &LETTER_TRANSFER_CODE_UNTIL,
            &[("code", code), ("date", &date(exp))],
        ),
        (true, None) => letter.para(&LETTER_TRANSFER_CODE, &[("code", code)]),
        (false, _) => letter.para(&LETTER_TRANSFER_CODE_SEPARATELY, &[]),
    }
    letter.para(&LETTER_TRANSFER_ADVICE, &[]);
    letter.para(&LETTER_CLOSING, &[]);
    letter.out
}
