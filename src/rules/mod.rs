//! The rules: pure functions from a read case to a verdict.

pub(crate) mod close;
mod documents;
pub(crate) mod transfer_out;

use crate::case::{Context, DomainCase, Recipient, Sender};
use crate::dates::{is_anniversary, iso, next_renewal};
use crate::json::Json;
use crate::messages::Code;
use crate::verdict::Finding;
use chrono::NaiveDate;

/// Collects findings in the case's locale.
pub(crate) struct Findings<'c> {
    pub ctx: &'c Context,
    pub list: Vec<Finding>,
}

impl<'c> Findings<'c> {
    pub fn new(ctx: &'c Context) -> Findings<'c> {
        Findings {
            ctx,
            list: Vec::new(),
        }
    }

    pub fn add(&mut self, code: Code, field: Option<&str>, params: Json) {
        self.list
            .push(Finding::new(code, field, params, self.ctx.locale));
    }

    pub fn blocks(&self) -> bool {
        self.list
            .iter()
            .any(|f| f.severity == crate::verdict::Severity::Block)
    }
}

/// A date param.
pub(crate) fn d(date: NaiveDate) -> Json {
    Json::String(iso(date))
}

/// R-C1/R-T1 and the EVK's signature (R-C2, R-T2): who terminated, to whom, and whether an
/// EVK signed by the holder exists.
pub(crate) fn termination_and_evk(c: &DomainCase, f: &mut Findings) {
    match &c.termination {
        None => f.add(
            Code::TERMINATION_MISSING,
            Some("termination"),
            Json::object::<&str>([]),
        ),
        Some(t) => {
            if t.from == Sender::Other {
                f.add(
                    Code::TERMINATION_NOT_FROM_HOLDER,
                    Some("termination.from"),
                    Json::object([
                        (
                            "expected",
                            Json::Array(vec!["holder".into(), "representative".into()]),
                        ),
                        ("actual", "other".into()),
                    ]),
                );
            }
            if t.to == Recipient::Registrar {
                f.add(
                    Code::TERMINATION_SENT_TO_REGISTRAR,
                    Some("termination.to"),
                    Json::object([
                        ("expected", "reseller".into()),
                        ("actual", "registrar".into()),
                    ]),
                );
            }
        }
    }
    match &c.evk {
        None => f.add(Code::EVK_MISSING, Some("evk"), Json::object::<&str>([])),
        Some(evk) => {
            if !matches!(evk.signed_by, Some(Sender::Holder | Sender::Representative)) {
                let actual = match evk.signed_by {
                    Some(Sender::Other) => Json::from("other"),
                    _ => Json::Null,
                };
                f.add(
                    Code::EVK_NOT_SIGNED_BY_HOLDER,
                    Some("evk.signed_by"),
                    Json::object([("expected", "holder".into()), ("actual", actual)]),
                );
            }
            if evk.date.is_none() {
                f.add(
                    Code::EVK_DATE_MISSING,
                    Some("evk.date"),
                    Json::object::<&str>([]),
                );
            }
        }
    }
}

/// The domain name's warnings (section 8) and whether the policy knows its TLD.
pub(crate) fn domain_name(c: &DomainCase, f: &mut Findings) {
    if let Some(h) = c.name.homograph() {
        let scripts = h.scripts.iter().map(|s| Json::from(s.name())).collect();
        f.add(
            Code::DOMAIN_HOMOGRAPH,
            Some("domain.name"),
            Json::object([
                ("label", Json::from(h.label.as_str())),
                ("scripts", Json::Array(scripts)),
            ]),
        );
    }
    let tld = c.name.tld();
    if !f.ctx.policy.knows_tld(tld) {
        f.add(
            Code::TLD_NOT_IN_POLICY,
            Some("domain.name"),
            Json::object([
                ("tld", Json::from(tld)),
                ("policy", Json::from(f.ctx.policy.id.as_str())),
            ]),
        );
    }
}

/// The next renewal (R-D1, R-D2), or `None` when the case's dates make it impossible (the
/// reason is then a blocking finding).
pub(crate) fn renewal(c: &DomainCase, f: &mut Findings) -> Option<NaiveDate> {
    let today = f.ctx.today;
    let leap = f.ctx.policy.leap_day_renewal;
    if c.registered > today {
        f.add(
            Code::REGISTERED_AFTER_TODAY,
            Some("domain.registered"),
            Json::object([("registered", d(c.registered)), ("today", d(today))]),
        );
        return None;
    }
    let computed = next_renewal(c.registered, today, leap);
    match c.renewal {
        None => computed,
        Some(given) if given <= today => {
            f.add(
                Code::RENEWAL_NOT_AFTER_TODAY,
                Some("domain.renewal"),
                Json::object([("renewal", d(given)), ("today", d(today))]),
            );
            None
        }
        Some(given) => {
            if !is_anniversary(c.registered, given, leap) {
                f.add(
                    Code::RENEWAL_NOT_ANNIVERSARY,
                    Some("domain.renewal"),
                    Json::object([
                        ("renewal", d(given)),
                        ("registered", d(c.registered)),
                        ("expected", computed.map_or(Json::Null, d)),
                    ]),
                );
            }
            Some(given)
        }
    }
}
