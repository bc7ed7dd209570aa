//! The `transfer_out` action: rules.md section 4 (R-T1 … R-T6, R-T8's lock check).

use super::documents::{transfer_letter, TransferLetter};
use super::{authinfo_checks, d, domain_name, renewal, termination_and_evk, Findings};
use crate::case::{Context, DomainCase};
use crate::dates::{iso, shift};
use crate::json::Json;
use crate::messages::Code;
use crate::policy::Registry;
use crate::verdict::{Deadlines, Documents, Verdict};

/// The EPP status that keeps a gTLD domain from being transferred (R-T8).
const CLIENT_TRANSFER_PROHIBITED: &str = "clienttransferprohibited";

pub(crate) fn check(ctx: &Context, c: &DomainCase) -> Verdict {
    let mut f = Findings::new(ctx);
    let policy = &ctx.policy;
    let today = ctx.today;
    termination_and_evk(c, &mut f);
    if let Some(evk) = &c.evk {
        if evk.new_provider.is_none() {
            f.add(
                Code::EVK_NEW_PROVIDER_MISSING,
                Some("evk.new_provider"),
                Json::object::<&str>([]),
            );
        }
    }
    domain_name(&c.name, &mut f);
    let tld_name = c.name.tld();
    let tld = policy.tld(tld_name);
    let mut deadlines = Deadlines::default();

    // R-T8: gTLDs are kept locked; the lock must be lifted before the transfer.
    if tld.is_some_and(|t| t.registry == Registry::Gtld)
        && c.status
            .iter()
            .any(|s| s.eq_ignore_ascii_case(CLIENT_TRANSFER_PROHIBITED))
    {
        f.add(
            Code::TRANSFER_LOCKED,
            Some("domain.status"),
            Json::object([("status", "clientTransferProhibited".into())]),
        );
    }
    // R-T9: the 60-day window after creation or the last transfer.
    if let Some(lock_days) = tld.and_then(|t| t.transfer_lock_days) {
        let (base, since, field) = match c.last_transfer {
            Some(t) if t > c.registered => (t, "transfer", "domain.last_transfer"),
            _ => (c.registered, "creation", "domain.registered"),
        };
        if let Some(until) = shift(base, lock_days) {
            deadlines.transfer_lock_until = Some(iso(until));
            if today <= until {
                f.add(
                    Code::TRANSFER_WITHIN_LOCK_PERIOD,
                    Some(field),
                    Json::object([
                        ("transfer_lock_until", d(until)),
                        ("since", since.into()),
                        ("lock_days", Json::from(lock_days)),
                    ]),
                );
            }
        }
    }

    // R-T5, R-T6: the AuthInfo's format and lifetime.
    let auth = c.authinfo.clone().unwrap_or_default();
    let expires = authinfo_checks(
        ctx,
        &c.name,
        &auth,
        auth.planned_transfer
            .map(|p| (p, "authinfo.planned_transfer")),
        &mut f,
    );
    deadlines.authinfo_expires = expires.map(iso);

    let Some(renewal) = renewal(c, &mut f) else {
        return Verdict::new(f.list, deadlines, Documents::default());
    };
    deadlines.renewal = Some(iso(renewal));
    // R-T3: the EVK should be there by the notice deadline; a transfer done by the safe date
    // is usually not billed again.
    let notice_days = policy.notice_days_for(tld_name);
    let notice_deadline = policy.notice_deadline(renewal, tld_name);
    deadlines.notice_deadline = notice_deadline.map(iso);
    if let (Some(deadline), Some(evk_date)) = (notice_deadline, c.evk.as_ref().and_then(|e| e.date))
    {
        if evk_date > deadline {
            f.add(
                Code::TRANSFER_EVK_LATE,
                Some("evk.date"),
                Json::object([
                    ("evk_date", d(evk_date)),
                    ("notice_deadline", d(deadline)),
                    ("notice_days", Json::from(notice_days)),
                    ("renewal", d(renewal)),
                ]),
            );
        }
    }
    let safe = policy.transfer_safe_until(renewal);
    if let Some(safe) = safe {
        deadlines.transfer_safe_until = Some(iso(safe));
        let (planned, field) = match auth.planned_transfer {
            Some(p) => (p, Some("authinfo.planned_transfer")),
            None => (today, None),
        };
        if planned > safe {
            f.add(
                Code::TRANSFER_PLANNED_TOO_LATE,
                field,
                Json::object([
                    ("planned_transfer", d(planned)),
                    ("transfer_safe_until", d(safe)),
                    ("renewal", d(renewal)),
                ]),
            );
        }
        f.add(
            Code::TRANSFER_SAFE_UNTIL,
            None,
            Json::object([("transfer_safe_until", d(safe)), ("renewal", d(renewal))]),
        );
    }

    let documents = if f.blocks() {
        Documents::default()
    } else {
        Documents {
            registrar_notice: None,
            holder_letter: Some(transfer_letter(
                ctx.locale,
                &TransferLetter {
                    case: c,
                    renewal,
                    transfer_safe_until: safe,
                    authinfo_expires: expires,
                },
            )),
        }
    };
    Verdict::new(f.list, deadlines, documents)
}
