//! The `close` case, also the shape of `transfer_out` and `close_undo` ([`DomainCase`]): the
//! domain, its holder, the termination, the EVK, what runs under the domain and the close
//! request (R-C1 … R-C10).

use super::close_undo::read_close_to_undo;
use super::policy::CLOSE_MODES;
use super::transfer_out::{read_authinfo, AuthInfoCase};
use super::{read_domain_name, read_status, Action, Recipient, Sender, RECIPIENTS, SENDERS};
use crate::domain::DomainName;
use crate::input::{InputCode, Reader};
use crate::json::Json;
use crate::policy::CloseMode;
use crate::text::input::INPUT_CLOSE_DATE_MISSING;
use crate::text::label;
use chrono::NaiveDate;

/// The holder's termination.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Termination {
    /// Who sent it.
    pub from: Sender,
    /// To whom.
    pub to: Recipient,
    /// When the reseller received it.
    pub received: Option<NaiveDate>,
}

/// The holder's declaration of consent (EVK).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Evk {
    /// Who signed it (`None`: unsigned).
    pub signed_by: Option<Sender>,
    /// Its date.
    pub date: Option<NaiveDate>,
    /// Its text.
    pub text: Option<String>,
    /// Whether the holder acknowledged that the domain is free for anyone after a close.
    pub acknowledges_availability: bool,
    /// The gaining provider named in a transfer EVK.
    pub new_provider: Option<String>,
}

/// What still runs under the domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Services {
    /// A website is online.
    pub website: bool,
    /// Number of mailboxes.
    pub mailboxes: u32,
    /// The mail has been backed up.
    pub mail_backup_confirmed: bool,
}

/// How and when a close is to happen (R-C10).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CloseRequest {
    /// The kind of close.
    pub mode: CloseMode,
    /// The chosen date (mode `date`).
    pub date: Option<NaiveDate>,
}

/// A `close` or `transfer_out` case.
#[derive(Debug, Clone)]
pub struct DomainCase {
    /// The domain, normalised.
    pub name: DomainName,
    /// The registration date.
    pub registered: NaiveDate,
    /// The next renewal when the caller knows it.
    pub renewal: Option<NaiveDate>,
    /// EPP status values.
    pub status: Vec<String>,
    /// The last transfer (gTLD 60-day window).
    pub last_transfer: Option<NaiveDate>,
    /// The holder's name.
    pub holder: String,
    /// The termination, if one exists.
    pub termination: Option<Termination>,
    /// The EVK, if one exists.
    pub evk: Option<Evk>,
    /// What runs under the domain.
    pub services: Services,
    /// The AuthInfo (transfer).
    pub authinfo: Option<AuthInfoCase>,
    /// The close request (close).
    pub close: CloseRequest,
}

impl DomainCase {
    /// Reads the fields of a `close` or `transfer_out` case.
    pub(crate) fn read(case: &Json, action: Action, r: &mut Reader) -> Option<DomainCase> {
        let domain = r.object_in(case, "domain", true);
        let d = domain.unwrap_or(&Json::Null);
        let name = read_domain_name(d.get("name"), "domain.name", r);
        let registered = r.date_in(d, "domain.registered", true);
        let renewal = r.date_in(d, "domain.renewal", false);
        let status = read_status(d.get("status"), "domain.status", r);
        let last_transfer = r.date_in(d, "domain.last_transfer", false);

        let holder_obj = r.object_in(case, "holder", true);
        let holder = r.text(
            holder_obj.unwrap_or(&Json::Null).get("name"),
            "holder.name",
            true,
        );

        let undo = action == Action::CloseUndo;
        let termination = (!undo)
            .then(|| r.object_in(case, "termination", false))
            .flatten()
            .and_then(|t| {
                let from = r.choice_in(t, "termination.from", &SENDERS, true);
                let to = r.choice_in(t, "termination.to", &RECIPIENTS, true);
                let received = r.date_in(t, "termination.received", false);
                Some(Termination {
                    from: from?,
                    to: to?,
                    received,
                })
            });

        let evk = (!undo)
            .then(|| r.object_in(case, "evk", false))
            .flatten()
            .map(|e| Evk {
                signed_by: r.choice_in(e, "evk.signed_by", &SENDERS, false),
                date: r.date_in(e, "evk.date", false),
                text: r.text_in(e, "evk.text", false),
                acknowledges_availability: if action == Action::Close {
                    r.flag_in(e, "evk.acknowledges_availability")
                } else {
                    false
                },
                new_provider: if action == Action::TransferOut {
                    r.text_in(e, "evk.new_provider", false)
                } else {
                    None
                },
            });

        let services = (!undo)
            .then(|| r.object_in(case, "services", false))
            .flatten()
            .map(|s| Services {
                website: r.flag_in(s, "services.website"),
                mailboxes: r.count_in(s, "services.mailboxes", 100_000),
                mail_backup_confirmed: r.flag_in(s, "services.mail_backup_confirmed"),
            })
            .unwrap_or_default();

        let authinfo = if action == Action::TransferOut {
            read_authinfo(case, r)
        } else {
            None
        };

        let close = match action {
            // The close to undo: its scheduled date.
            Action::CloseUndo => CloseRequest {
                mode: CloseMode::Date,
                date: read_close_to_undo(case, r),
            },
            Action::Close => read_close_request(case, r),
            _ => CloseRequest {
                mode: CloseMode::Expiry,
                date: None,
            },
        };

        Some(DomainCase {
            name: name?,
            registered: registered?,
            renewal,
            status,
            last_transfer,
            holder: holder?,
            termination,
            evk,
            services,
            authinfo,
            close,
        })
    }
}

/// `close`: how and when the close is to happen (R-C10); mode `date` needs `close.date`.
fn read_close_request(case: &Json, r: &mut Reader) -> CloseRequest {
    let c = r.object_in(case, "close", false);
    let c = c.unwrap_or(&Json::Null);
    let mode = r
        .choice_in(c, "close.mode", &CLOSE_MODES, false)
        .unwrap_or(CloseMode::Expiry);
    let date = r.date_in(c, "close.date", false);
    if mode == CloseMode::Date
        && date.is_none()
        && !r.is_schema()
        && !r
            .errors
            .iter()
            .any(|e| e.field.as_deref() == Some("close.date"))
    {
        let message = label(&INPUT_CLOSE_DATE_MISSING, r.locale).to_string();
        r.error(
            InputCode::MISSING_FIELD,
            "close.date",
            message,
            Json::object([("expected", "YYYY-MM-DD".into())]),
        );
    }
    CloseRequest { mode, date }
}
