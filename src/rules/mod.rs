//! The rules: pure functions from a read case to a verdict.

pub(crate) mod authinfo_release;
pub(crate) mod close;
pub(crate) mod cms;
mod documents;
pub(crate) mod readiness;
pub(crate) mod transfer_out;
pub(crate) mod transfer_request;

/// Runs the rules of a read case.
pub(crate) fn run(
    ctx: &Context,
    action: crate::case::Action,
    case: &crate::case::ActionCase,
) -> crate::verdict::Verdict {
    use crate::case::{Action, ActionCase};
    match (action, case) {
        (Action::TransferOut, ActionCase::Domain(c)) => transfer_out::check(ctx, c),
        (_, ActionCase::Domain(c)) => close::check(ctx, c),
        (_, ActionCase::Request(c)) => transfer_request::check(ctx, c),
        (_, ActionCase::Release(c)) => authinfo_release::check(ctx, c),
        (_, ActionCase::Delete(c)) => cms::check_delete(ctx, c),
        (_, ActionCase::Update(c)) => cms::check_update(ctx, c),
        (_, ActionCase::Readiness(c)) => readiness::check(ctx, c),
    }
}

use crate::authinfo::{validate, AuthInfoScheme};
use crate::case::{Context, DomainCase, Recipient, Sender};
use crate::dates::{is_anniversary, iso, next_renewal, shift};
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

    /// Adds a finding whose message also needs text that is not a param (localised labels
    /// of policy data): the message sees `extra` merged into the params; the finding keeps
    /// the locale-free params only.
    pub fn add_with(
        &mut self,
        code: Code,
        field: Option<&str>,
        params: Json,
        extra: &[(&str, Json)],
    ) {
        let mut shown = params.clone();
        for (k, v) in extra {
            shown.set(k, v.clone());
        }
        let mut finding = Finding::new(code, field, params, self.ctx.locale);
        finding.message = code.message(self.ctx.locale, &shown);
        self.list.push(finding);
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
pub(crate) fn domain_name(name: &crate::domain::DomainName, f: &mut Findings) {
    if let Some(h) = name.homograph() {
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
    let tld = name.tld();
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

/// R-T5, R-T6: an AuthInfo's format (positions only, never characters) and lifetime.
/// `planned` is the day the code will be used, recorded in `planned_field`. Returns the
/// first day the code no longer works (`authinfo_expires`).
pub(crate) fn authinfo_checks(
    ctx: &Context,
    name: &crate::domain::DomainName,
    auth: &crate::case::AuthInfoCase,
    planned: Option<(NaiveDate, &str)>,
    f: &mut Findings,
) -> Option<NaiveDate> {
    let policy = &ctx.policy;
    if let Some(code) = auth.code.as_deref() {
        let scheme = policy.tld(name.tld()).map_or_else(
            || AuthInfoScheme::for_tld(name.tld()),
            |t| t.authinfo_scheme,
        );
        if let Err(e) = validate(code, scheme) {
            let positions = e
                .invalid_positions()
                .iter()
                .map(|p| Json::from(*p as i64))
                .collect();
            let detail = e.message(ctx.locale);
            f.list.push(Finding {
                code: Code::AUTHINFO_INVALID.name(),
                severity: Code::AUTHINFO_INVALID.severity(),
                field: Some("authinfo.code".to_string()),
                message: ctx.locale.pick(
                    format!("Die AuthInfo hat nicht das Format der Registry: {detail}."),
                    format!("The AuthInfo does not have the registry's format: {detail}."),
                ),
                params: Json::object([
                    ("reason", e.code().into()),
                    ("positions", Json::Array(positions)),
                ]),
            });
        }
    }
    let Some(created) = auth.created else {
        f.add(
            Code::AUTHINFO_NOT_CREATED,
            Some("authinfo.created"),
            Json::object([("valid_days", Json::from(policy.authinfo_valid_days))]),
        );
        return None;
    };
    let exp = shift(created, policy.authinfo_valid_days)?;
    if ctx.today >= exp {
        f.add(
            Code::AUTHINFO_EXPIRED,
            Some("authinfo.created"),
            Json::object([
                ("created", d(created)),
                ("authinfo_expires", d(exp)),
                ("valid_days", Json::from(policy.authinfo_valid_days)),
            ]),
        );
    } else if let Some((day, field)) = planned.filter(|(p, _)| *p >= exp) {
        f.add(
            Code::AUTHINFO_EXPIRES_BEFORE_TRANSFER,
            Some(field),
            Json::object([("authinfo_expires", d(exp)), ("planned_transfer", d(day))]),
        );
    }
    Some(exp)
}
