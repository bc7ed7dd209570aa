//! The `readiness` action (seed 002): is a reseller account ready for the day its owner
//! cannot act? An emergency contact and a power of attorney (R-E1), and no domain about to
//! lapse for an unpaid invoice (R-E2, listed first).

use super::{d, Findings};
use crate::case::{read_domain_name, Context};
use crate::dates::{days_between, next_renewal};
use crate::domain::DomainName;
use crate::input::Reader;
use crate::json::Json;
use crate::messages::Code;
use crate::verdict::{Deadlines, Documents, Verdict};
use chrono::NaiveDate;

/// One domain of the account.
#[derive(Debug, Clone)]
pub struct AccountDomain {
    /// Its name.
    pub name: DomainName,
    /// Its registration date.
    pub registered: Option<NaiveDate>,
    /// Its next renewal, when the panel knows it (else computed from the registration).
    pub renewal: Option<NaiveDate>,
    /// Whether its invoice is unpaid.
    pub invoice_unpaid: bool,
}

/// A `readiness` case.
#[derive(Debug, Clone)]
pub struct ReadinessCase {
    /// Whether an emergency contact with a name and a phone number or e-mail is on file.
    pub emergency_contact: bool,
    /// Whether a power of attorney lets the upstream provider talk to the end customers.
    pub power_of_attorney: bool,
    /// The account's domains.
    pub domains: Vec<AccountDomain>,
}

impl ReadinessCase {
    pub(crate) fn read(case: &Json, r: &mut Reader) -> Option<ReadinessCase> {
        let a = r
            .object(case.get("account"), "account", true)
            .unwrap_or(&Json::Null);
        let _ = r.text(a.get("name"), "account.name", false);
        let contact = r.object(
            a.get("emergency_contact"),
            "account.emergency_contact",
            false,
        );
        let emergency_contact = match contact {
            Some(c) => {
                let name = r.text(c.get("name"), "account.emergency_contact.name", false);
                let phone = r.text(c.get("phone"), "account.emergency_contact.phone", false);
                let email = r.text(c.get("email"), "account.emergency_contact.email", false);
                name.is_some() && (phone.is_some() || email.is_some())
            }
            None => false,
        };
        let power_of_attorney = r.flag(a.get("power_of_attorney"), "account.power_of_attorney");
        let mut domains = Vec::new();
        let items: &[Json] = match case.get("domains") {
            Json::Array(items) => items,
            Json::Null => &[],
            other => {
                let _ = r.text_list(other, "domains");
                &[]
            }
        };
        if r.is_schema() {
            let _ = read_domain_name(&Json::Null, "domains.N.name", r);
            let _ = r.date(&Json::Null, "domains.N.registered", false);
            let _ = r.date(&Json::Null, "domains.N.renewal", false);
            let _ = r.flag(&Json::Null, "domains.N.invoice_unpaid");
        }
        for (i, item) in items.iter().enumerate() {
            let path = format!("domains.{i}");
            let Some(item) = r.object(item, &path, true) else {
                continue;
            };
            let name = read_domain_name(item.get("name"), &format!("{path}.name"), r);
            let registered = r.date(item.get("registered"), &format!("{path}.registered"), false);
            let renewal = r.date(item.get("renewal"), &format!("{path}.renewal"), false);
            let invoice_unpaid = r.flag(
                item.get("invoice_unpaid"),
                &format!("{path}.invoice_unpaid"),
            );
            if renewal.is_none() && registered.is_none() && !r.is_schema() {
                let message = r.locale.pick(
                    "Pflichtfeld fehlt; erwartet `renewal` oder `registered` im Format JJJJ-MM-TT"
                        .to_string(),
                    "required field is missing; expected `renewal` or `registered` as YYYY-MM-DD"
                        .to_string(),
                );
                r.error(
                    crate::input::InputCode::MISSING_FIELD,
                    &format!("{path}.renewal"),
                    message,
                    Json::object([("expected", "YYYY-MM-DD".into())]),
                );
            }
            if let Some(name) = name {
                domains.push(AccountDomain {
                    name,
                    registered,
                    renewal,
                    invoice_unpaid,
                });
            }
        }
        Some(ReadinessCase {
            emergency_contact,
            power_of_attorney,
            domains,
        })
    }
}

pub(crate) fn check(ctx: &Context, c: &ReadinessCase) -> Verdict {
    let mut f = Findings::new(ctx);
    // R-E2 first: the domains about to lapse, soonest first.
    let mut at_risk: Vec<(usize, &AccountDomain, NaiveDate, i64)> = c
        .domains
        .iter()
        .enumerate()
        .filter(|(_, dom)| dom.invoice_unpaid)
        .filter_map(|(i, dom)| {
            let renewal = dom.renewal.or_else(|| {
                next_renewal(dom.registered?, ctx.today, ctx.policy.leap_day_renewal)
            })?;
            Some((i, dom, renewal, days_between(ctx.today, renewal)))
        })
        .filter(|(_, _, _, days)| (0..=ctx.policy.renewal_warning_days).contains(days))
        .collect();
    // Soonest first (insertion sort: a handful of rows, and no sort code in the wasm).
    for i in 1..at_risk.len() {
        let mut j = i;
        while j > 0 && at_risk.get(j - 1).map(|x| x.3) > at_risk.get(j).map(|x| x.3) {
            at_risk.swap(j - 1, j);
            j -= 1;
        }
    }
    for (i, dom, renewal, days) in at_risk {
        f.add(
            Code::DOMAIN_RENEWAL_AT_RISK,
            Some(&format!("domains.{i}.invoice_unpaid")),
            Json::object([
                ("domain", Json::from(dom.name.unicode())),
                ("renewal", d(renewal)),
                ("days_left", Json::from(days)),
            ]),
        );
    }
    if !c.emergency_contact {
        f.add(
            Code::ACCOUNT_NO_EMERGENCY_CONTACT,
            Some("account.emergency_contact"),
            Json::object::<&str>([]),
        );
    }
    // Seed 002: without an emergency contact, what the end customers can still do.
    if !c.emergency_contact {
        let registry = |dom: &&AccountDomain| ctx.policy.tld(dom.name.tld()).registry;
        let de = c
            .domains
            .iter()
            .filter(|x| registry(x) == crate::policy::Registry::Denic)
            .count();
        let gtld = c
            .domains
            .iter()
            .filter(|x| registry(x) == crate::policy::Registry::Gtld)
            .count();
        if de + gtld > 0 {
            f.add(
                Code::ACCOUNT_UNREACHABLE_PATHS,
                None,
                Json::object([
                    ("de_domains", Json::from(de as i64)),
                    ("gtld_domains", Json::from(gtld as i64)),
                ]),
            );
        }
    }
    if !c.power_of_attorney {
        f.add(
            Code::ACCOUNT_NO_POWER_OF_ATTORNEY,
            Some("account.power_of_attorney"),
            Json::object::<&str>([]),
        );
    }
    if f.list.is_empty() {
        f.add(
            Code::ACCOUNT_READY,
            None,
            Json::object([("domains", Json::from(c.domains.len() as i64))]),
        );
    }
    Verdict::new(f.list, Deadlines::default(), Documents::default())
}
