//! The `transfer_out` action: rules.md section 4 (R-T1 … R-T6, R-T8's lock check).

use super::documents::{transfer_letter, TransferLetter};
use super::{
    authinfo_checks, domain_name, renewal, status_checks, termination_and_evk, Findings, StatusFor,
    P,
};
use crate::case::{Context, DomainCase};
use crate::messages::Code;
use crate::policy::Registry;
use crate::schedule::{self, LockSince};
use crate::verdict::{Deadlines, Documents, Verdict};

pub(crate) fn check(ctx: &Context, c: &DomainCase) -> Verdict {
    let mut f = Findings::new(ctx);
    let policy = &ctx.policy;
    let today = ctx.today;
    termination_and_evk(c, &mut f);
    if let Some(evk) = &c.evk {
        if evk.new_provider.is_none() {
            f.flag(Code::EVK_NEW_PROVIDER_MISSING, Some("evk.new_provider"));
        }
    }
    domain_name(&c.name, &mut f);
    let tld_name = c.name.tld();
    let tld = policy.tld(tld_name);
    let mut deadlines = Deadlines::default();

    // R-T8, R-T11: the EPP statuses (a registrar lock to lift first, registry prohibitions,
    // a pending transfer or deletion, the redemption period).
    status_checks(&c.status, StatusFor::Transfer, &mut f);
    // R-T13: an EVK dated before the last transfer in was given to a previous provider.
    if let (Some(evk_date), Some(last)) = (c.evk.as_ref().and_then(|e| e.date), c.last_transfer) {
        if evk_date < last {
            f.put(
                Code::EVK_BEFORE_LAST_TRANSFER,
                Some("evk.date"),
                "evk_date last_transfer",
                &[P::Date(evk_date), P::Date(last)],
            );
        }
    }
    // R-T9: the window after creation or the last transfer, by the Transfer Policy in force.
    let transfer_policy = match tld.registry {
        Registry::Gtld => policy.transfer_policy(today),
        Registry::Denic | Registry::Other => None,
    };
    if let Some(tp) = transfer_policy {
        if let Some((until, since, lock_days)) =
            schedule::transfer_lock_until(c.registered, c.last_transfer, tp)
        {
            super::set_date(&mut deadlines.transfer_lock_until, Some(until));
            if today <= until {
                let (since, field) = match since {
                    LockSince::Transfer => ("transfer", "domain.last_transfer"),
                    LockSince::Creation => ("creation", "domain.registered"),
                };
                f.put(
                    Code::TRANSFER_WITHIN_LOCK_PERIOD,
                    Some(field),
                    "transfer_lock_until since lock_days",
                    &[P::Date(until), P::Str(since), P::Int(lock_days)],
                );
            }
        }
    }
    // R-T12: the deadline for handing the code to the holder who asked for it.
    if let (Some(tp), Some(requested)) = (
        transfer_policy,
        c.authinfo.as_ref().and_then(|a| a.requested),
    ) {
        if let Some(by) = schedule::authinfo_provide_by(requested, tp) {
            super::set_date(&mut deadlines.authinfo_provide_by, Some(by));
            f.put(
                Code::AUTHINFO_PROVIDE_BY,
                Some("authinfo.requested"),
                "requested authinfo_provide_by",
                &[P::Date(requested), P::Date(by)],
            );
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
    super::set_date(&mut deadlines.authinfo_expires, expires);

    let Some(renewal) = renewal(c, &mut f) else {
        return Verdict::without_documents(f.list, deadlines);
    };
    super::set_date(&mut deadlines.renewal, Some(renewal));
    // R-T3: the EVK should be there by the notice deadline; a transfer done by the safe date
    // is usually not billed again.
    let notice_days = policy.notice_days_for(tld_name);
    let notice_deadline = policy.notice_deadline(renewal, tld_name);
    super::set_date(&mut deadlines.notice_deadline, notice_deadline);
    if let (Some(deadline), Some(evk_date)) = (notice_deadline, c.evk.as_ref().and_then(|e| e.date))
    {
        if evk_date > deadline {
            f.put(
                Code::TRANSFER_EVK_LATE,
                Some("evk.date"),
                "evk_date notice_deadline notice_days renewal",
                &[
                    P::Date(evk_date),
                    P::Date(deadline),
                    P::Int(notice_days),
                    P::Date(renewal),
                ],
            );
        }
    }
    let safe = policy.transfer_safe_until(renewal);
    if let Some(safe) = safe {
        super::set_date(&mut deadlines.transfer_safe_until, Some(safe));
        let (planned, field) = match auth.planned_transfer {
            Some(p) => (p, Some("authinfo.planned_transfer")),
            None => (today, None),
        };
        if planned > safe {
            f.put(
                Code::TRANSFER_PLANNED_TOO_LATE,
                field,
                "planned_transfer transfer_safe_until renewal",
                &[P::Date(planned), P::Date(safe), P::Date(renewal)],
            );
        }
        f.put(
            Code::TRANSFER_SAFE_UNTIL,
            None,
            "transfer_safe_until renewal",
            &[P::Date(safe), P::Date(renewal)],
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
