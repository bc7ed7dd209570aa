//! The case: what a form (or a panel's server) asks the rules about. Read from JSON with
//! every problem named by its field path; see `docs/case.md` for the fields.
//!
//! The reading layer, one file per action: each holds the action's case type beside its
//! reader (`close.rs` also for `transfer_out` and `close_undo`, which add their own parts in
//! `transfer_out.rs` and `close_undo.rs`; `cms.rs` for `cms_delete` and `cms_update`).
//! `policy.rs` reads a case's policy overrides. This file holds what every action reads:
//! `action`, `today`, `locale`, `policy`, domain names and EPP statuses. The rules
//! (`crate::rules`) take the read types and decide; nothing here imports them.

mod authinfo_release;
mod close;
mod close_undo;
#[cfg(not(feature = "lean"))]
mod cms;
mod policy;
mod readiness;
mod transfer_out;
mod transfer_request;

pub(crate) use authinfo_release::{ReleaseCase, DNS};
pub(crate) use close::DomainCase;
#[cfg(not(feature = "lean"))]
pub(crate) use cms::{
    Backup, BackupSource, CoreRange, DeleteCase, Responsible, UpdateCase, Version,
};
pub(crate) use policy::read_policy;
pub(crate) use readiness::{AccountDomain, ReadinessCase};
pub(crate) use transfer_out::AuthInfoCase;
pub(crate) use transfer_request::{all_reasons, TransferRequestCase, NO_TERMINATION};

use crate::domain::DomainName;
use crate::input::{code_list, indexed, quoted, Choices, InputCode, InputErrors, Reader};
use crate::json::Json;
use crate::policy::Policy;
use crate::text::input::{INPUT_CASE_NOT_OBJECT, INPUT_UNKNOWN_ACTION, INPUT_UNKNOWN_EPP_STATUS};
use crate::text::render;
use crate::Locale;
use chrono::NaiveDate;
use std::borrow::Cow;

/// What the user is about to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Close (delete) a domain at the holder's request.
    Close,
    /// Hand a domain over to another provider at the holder's request.
    TransferOut,
    /// Answer an incoming transfer request (gTLD ACK/NACK, `.de` AuthInfo request).
    TransferRequest,
    /// Hand out or enter an AuthInfo during a move.
    AuthinfoRelease,
    /// Delete a page (or any node) in a CMS.
    CmsDelete,
    /// Update a CMS core or extension.
    CmsUpdate,
    /// Check a reseller account's emergency readiness.
    Readiness,
    /// Undo a scheduled close (R-C11).
    CloseUndo,
}

impl Action {
    /// Every action this version checks, with its name in the case.
    pub const ALL: [(&'static str, Action); 8] = [
        ("close", Action::Close),
        ("transfer_out", Action::TransferOut),
        ("transfer_request", Action::TransferRequest),
        ("authinfo_release", Action::AuthinfoRelease),
        ("cms_delete", Action::CmsDelete),
        ("cms_update", Action::CmsUpdate),
        ("readiness", Action::Readiness),
        ("close_undo", Action::CloseUndo),
    ];

    /// The name used in the case (`close`, `transfer_out`, …).
    pub fn name(self) -> &'static str {
        Action::ALL
            .iter()
            .find(|(_, a)| *a == self)
            .map_or("", |(n, _)| n)
    }

    /// The action with this name.
    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, a)| *a)
    }
}

/// A case read for its action.
#[derive(Debug, Clone)]
pub(crate) enum ActionCase {
    Domain(DomainCase),
    Request(TransferRequestCase),
    Release(ReleaseCase),
    #[cfg(not(feature = "lean"))]
    Delete(DeleteCase),
    #[cfg(not(feature = "lean"))]
    Update(UpdateCase),
    Readiness(ReadinessCase),
}

impl ActionCase {
    /// The domain the case is about, for the actions that have one.
    pub(crate) fn domain_name(&self) -> Option<&DomainName> {
        match self {
            ActionCase::Domain(c) => Some(&c.name),
            ActionCase::Request(c) => Some(&c.name),
            ActionCase::Release(c) => Some(&c.name),
            #[cfg(not(feature = "lean"))]
            ActionCase::Delete(_) | ActionCase::Update(_) => None,
            ActionCase::Readiness(_) => None,
        }
    }

    /// Reads the fields of `action`. With the case's context (when `today`, `locale` and
    /// `policy` could be read) values that depend on the policy are checked too.
    pub(crate) fn read(
        case: &Json,
        action: Action,
        ctx: Option<&Context>,
        r: &mut Reader,
    ) -> Option<ActionCase> {
        match action {
            Action::Close | Action::TransferOut | Action::CloseUndo => {
                DomainCase::read(case, action, r).map(ActionCase::Domain)
            }
            Action::TransferRequest => {
                TransferRequestCase::read(case, ctx, r).map(ActionCase::Request)
            }
            Action::AuthinfoRelease => ReleaseCase::read(case, r).map(ActionCase::Release),
            #[cfg(not(feature = "lean"))]
            Action::CmsDelete => DeleteCase::read(case, r).map(ActionCase::Delete),
            #[cfg(not(feature = "lean"))]
            Action::CmsUpdate => UpdateCase::read(case, r).map(ActionCase::Update),
            #[cfg(feature = "lean")]
            Action::CmsDelete | Action::CmsUpdate => {
                crate::lean::lacking(crate::lean::Lacks::Cms);
                None
            }
            Action::Readiness => ReadinessCase::read(case, r).map(ActionCase::Readiness),
        }
    }
}

/// What every action has: the day, the language and the policy.
#[derive(Debug, Clone)]
pub struct Context {
    /// The calendar day the check is for (the rules never read a clock).
    pub today: NaiveDate,
    /// The language of messages and the holder's letter.
    pub locale: Locale,
    /// The resolved policy profile: a built-in one borrowed, or a copy with inline overrides.
    pub policy: Cow<'static, Policy>,
}

/// Who sent the termination.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sender {
    /// The domain holder.
    Holder,
    /// The holder's legal representative.
    Representative,
    /// Anyone else.
    Other,
}

/// To whom the termination is addressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recipient {
    /// The reseller (the holder's contract partner): right.
    Reseller,
    /// The upstream registrar: wrong, the holder has no contract with it.
    Registrar,
}

/// [`Action::ALL`] for [`Reader::choice`].
const ACTIONS: Choices<Action, 8> = Choices::new(&Action::ALL);

pub(crate) const SENDERS: Choices<Sender, 3> = Choices::new(&[
    ("holder", Sender::Holder),
    ("representative", Sender::Representative),
    ("other", Sender::Other),
]);
pub(crate) const RECIPIENTS: Choices<Recipient, 2> = Choices::new(&[
    ("reseller", Recipient::Reseller),
    ("registrar", Recipient::Registrar),
]);

/// Reads the locale first, so every later message can be in it.
pub(crate) fn read_locale(case: &Json, r: &mut Reader) -> Locale {
    // (code, what was found as the message quotes it, as `params.found` gives it)
    let (code, quoted, found) = match case.get("locale") {
        Json::Null => return Locale::De,
        Json::String(s) if s.trim().is_empty() => return Locale::De,
        Json::String(s) => {
            if let Some(locale) = Locale::parse(s) {
                return locale;
            }
            let found: String = s.chars().take(20).collect();
            (InputCode::UNKNOWN_LOCALE, quoted(&found, 20), found)
        }
        other => (
            InputCode::INVALID_TYPE,
            other.kind().to_string(),
            other.kind().to_string(),
        ),
    };
    r.error(
        code,
        "locale",
        {
            let mut m = String::from("erwartet `de` oder `en`, gefunden: ");
            m.push_str(&quoted);
            m.push_str(" / expected `de` or `en`, but found ");
            m.push_str(&quoted);
            m
        },
        Json::object([
            ("expected", Json::Array(vec!["de".into(), "en".into()])),
            ("found", Json::String(found)),
        ]),
    );
    Locale::De
}

/// Reads `action`, `today`, `locale` and `policy`.
///
/// # Errors
/// Every problem with those fields (and a case that is not an object).
pub(crate) fn read_context(case: &Json) -> Result<(Action, Context, Reader), InputErrors> {
    let mut r = Reader::new(Locale::De);
    if !matches!(case, Json::Object(_)) {
        let locale = Locale::De;
        return Err(InputErrors {
            errors: vec![crate::input::InputError {
                code: InputCode::INVALID_TYPE.name(),
                field: None,
                control: None,
                message: render(&INPUT_CASE_NOT_OBJECT, locale, &[("found", case.kind())]),
                params: Json::object([
                    ("expected", "object".into()),
                    ("found", case.kind().into()),
                ]),
            }],
        });
    }
    let locale = read_locale(case, &mut r);
    r.locale = locale;
    let action = match case.get("action") {
        Json::String(s) if !s.trim().is_empty() => {
            let name = s.trim();
            let action = Action::from_name(name);
            if action.is_none() {
                let known = code_list(&mut Action::ALL.iter().map(|(n, _)| *n), false);
                let shown: String = name.chars().take(40).collect();
                r.error(
                    InputCode::UNKNOWN_ACTION,
                    "action",
                    render(
                        &INPUT_UNKNOWN_ACTION,
                        locale,
                        &[("found", &shown), ("list", &known)],
                    ),
                    Json::object([
                        (
                            "expected",
                            Json::Array(Action::ALL.iter().map(|(n, _)| Json::from(*n)).collect()),
                        ),
                        ("found", shown.as_str().into()),
                    ]),
                );
            }
            action
        }
        other => r.choice(other, "action", &ACTIONS, true),
    };
    let today = r.date_in(case, "today", true);
    let policy = read_policy(case.get("policy"), &mut r);
    match (action, today, policy) {
        (Some(action), Some(today), Some(policy)) if r.errors.is_empty() => Ok((
            action,
            Context {
                today,
                locale,
                policy,
            },
            r,
        )),
        _ => {
            // Read the action's own fields too, so that a form learns of every bad field at once.
            if let Some(action) = action {
                let _ = ActionCase::read(case, action, None, &mut r);
            }
            Err(InputErrors { errors: r.errors })
        }
    }
}

/// `domain.status`: EPP status words, spelled as in RFC 5731 / RFC 3915 whatever their case;
/// a word in neither RFC is an input error naming the value (R-T11).
pub(crate) fn read_status(v: &Json, path: &str, r: &mut Reader) -> Vec<String> {
    let words = r.text_list(v, path);
    let mut out = Vec::new();
    for (i, word) in words.iter().enumerate() {
        match crate::epp::canonical(word) {
            Some(s) => out.push(s.to_string()),
            None => {
                let shown: String = word.chars().take(40).collect();
                r.error(
                    InputCode::INVALID_VALUE,
                    &indexed(path, i),
                    render(&INPUT_UNKNOWN_EPP_STATUS, r.locale, &[("found", &shown)]),
                    Json::object([("found", shown.as_str().into())]),
                );
            }
        }
    }
    out
}

pub(crate) fn read_domain_name(v: &Json, path: &str, r: &mut Reader) -> Option<DomainName> {
    let text = r.text(v, path, true)?;
    match DomainName::parse(&text) {
        Ok(name) => Some(name),
        Err(e) => {
            let shown: String = text.chars().take(80).collect();
            r.error(
                InputCode::INVALID_DOMAIN,
                path,
                e.message(r.locale),
                Json::object([
                    ("reason", e.code().into()),
                    ("found", shown.as_str().into()),
                ]),
            );
            None
        }
    }
}
