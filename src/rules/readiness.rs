//! The `readiness` action (seed 002): is a reseller account ready for the day its owner
//! cannot act? An emergency contact and a power of attorney (R-E1), and no domain about to
//! lapse for an unpaid invoice (R-E2, listed first).

use super::{Findings, P};
use crate::case::{AccountDomain, Context, ReadinessCase};
use crate::dates::{days_between, next_renewal};
use crate::messages::Code;
use crate::verdict::Verdict;
use chrono::NaiveDate;

pub(crate) fn check(ctx: &Context, c: &ReadinessCase) -> Verdict {
    let mut f = Findings::new(ctx);
    // R-E2 first: the domains about to lapse, soonest first.
    // Plain loops, not iterator chains: each chain is code of its own in the wasm (issue 12).
    let mut at_risk: Vec<(usize, &AccountDomain, NaiveDate, i64)> = Vec::new();
    for (i, dom) in c.domains.iter().enumerate() {
        if !dom.invoice_unpaid {
            continue;
        }
        let renewal = match (dom.renewal, dom.registered) {
            (Some(r), _) => r,
            (None, Some(registered)) => {
                match next_renewal(registered, ctx.today, ctx.policy.leap_day_renewal) {
                    Some(r) => r,
                    None => continue,
                }
            }
            (None, None) => continue,
        };
        let days = days_between(ctx.today, renewal);
        if (0..=ctx.policy.renewal_warning_days).contains(&days) {
            at_risk.push((i, dom, renewal, days));
        }
    }
    // Soonest first (insertion sort: a handful of rows, and no sort code in the wasm).
    for i in 1..at_risk.len() {
        let mut j = i;
        while j > 0 && at_risk.get(j - 1).map(|x| x.3) > at_risk.get(j).map(|x| x.3) {
            at_risk.swap(j - 1, j);
            j -= 1;
        }
    }
    for (i, dom, renewal, days) in at_risk {
        f.put(
            Code::DOMAIN_RENEWAL_AT_RISK,
            Some(&super::indexed("domains.", i, ".invoice_unpaid")),
            "domain renewal days_left",
            &[P::Str(dom.name.unicode()), P::Date(renewal), P::Int(days)],
        );
    }
    if !c.emergency_contact {
        f.flag(
            Code::ACCOUNT_NO_EMERGENCY_CONTACT,
            Some("account.emergency_contact"),
        );
    }
    // Seed 002: without an emergency contact, what the end customers can still do.
    if !c.emergency_contact {
        let (mut de, mut gtld) = (0usize, 0usize);
        for dom in &c.domains {
            match ctx.policy.tld(dom.name.tld()).registry {
                crate::policy::Registry::Denic => de += 1,
                crate::policy::Registry::Gtld => gtld += 1,
                crate::policy::Registry::Other => {}
            }
        }
        if de + gtld > 0 {
            f.put(
                Code::ACCOUNT_UNREACHABLE_PATHS,
                None,
                "de_domains gtld_domains",
                &[P::Int(de as i64), P::Int(gtld as i64)],
            );
        }
    }
    if !c.power_of_attorney {
        f.flag(
            Code::ACCOUNT_NO_POWER_OF_ATTORNEY,
            Some("account.power_of_attorney"),
        );
    }
    if f.list.is_empty() {
        f.put(
            Code::ACCOUNT_READY,
            None,
            "domains",
            &[P::Int(c.domains.len() as i64)],
        );
    }
    Verdict::bare(f.list)
}
