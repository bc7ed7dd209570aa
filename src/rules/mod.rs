//! The rules: pure functions from a read case to a verdict.

pub(crate) mod authinfo_release;
pub(crate) mod close;
pub(crate) mod close_undo;
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
    let mut verdict = match (action, case) {
        (Action::TransferOut, ActionCase::Domain(c)) => transfer_out::check(ctx, c),
        (Action::CloseUndo, ActionCase::Domain(c)) => close_undo::check(ctx, c),
        (_, ActionCase::Domain(c)) => close::check(ctx, c),
        (_, ActionCase::Request(c)) => transfer_request::check(ctx, c),
        (_, ActionCase::Release(c)) => authinfo_release::check(ctx, c),
        (_, ActionCase::Delete(c)) => cms::check_delete(ctx, c),
        (_, ActionCase::Update(c)) => cms::check_update(ctx, c),
        (_, ActionCase::Readiness(c)) => readiness::check(ctx, c),
    };
    verdict.complete(action, ctx.locale);
    verdict
}

use crate::authinfo::validate;
use crate::case::{Context, DomainCase, Recipient, Sender};
use crate::dates::{is_anniversary, iso};
use crate::json::Json;
use crate::messages::Code;
use crate::schedule::next_renewal;
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

    // Not inlined: the rules add some eighty findings, each call site stays a call.
    #[inline(never)]
    pub fn add(&mut self, code: Code, field: Option<&str>, params: Json) {
        let message = code.message(self.ctx.locale, &params);
        self.push(code, field, message, params);
    }

    /// Adds a finding without params.
    #[inline(never)]
    pub fn flag(&mut self, code: Code, field: Option<&str>) {
        self.add(code, field, Json::Object(Vec::new()));
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
        let message = code.message(self.ctx.locale, &shown);
        self.push(code, field, message, params);
    }

    /// Adds a finding with its message already written. The one place a finding is built.
    #[inline(never)]
    pub fn push(&mut self, code: Code, field: Option<&str>, message: String, params: Json) {
        self.list.push(Finding {
            code: code.name(),
            severity: code.severity(),
            field: field.map(str::to_string),
            control: None,
            message,
            params,
        });
    }

    pub fn blocks(&self) -> bool {
        self.list
            .iter()
            .any(|f| f.severity == crate::verdict::Severity::Block)
    }
}

/// A field path with an index: `{head}{index}{tail}` (without the formatting machinery).
pub(crate) fn indexed(head: &str, index: usize, tail: &str) -> String {
    let mut out = String::from(head);
    crate::dates::push_uint(&mut out, index as u64);
    out.push_str(tail);
    out
}

/// A date param.
#[inline(never)]
pub(crate) fn d(date: NaiveDate) -> Json {
    Json::String(iso(date))
}

/// R-C1/R-T1 and the EVK's signature (R-C2, R-T2): who terminated, to whom, and whether an
/// EVK signed by the holder exists.
pub(crate) fn termination_and_evk(c: &DomainCase, f: &mut Findings) {
    match &c.termination {
        None => f.flag(Code::TERMINATION_MISSING, Some("termination")),
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
        None => f.flag(Code::EVK_MISSING, Some("evk")),
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
                f.flag(Code::EVK_DATE_MISSING, Some("evk.date"));
            }
        }
    }
}

/// The domain name's warnings (section 8) and whether the policy knows its TLD.
pub(crate) fn domain_name(name: &crate::domain::DomainName, f: &mut Findings) {
    if let Some(h) = name.homograph() {
        let mut scripts = Vec::new();
        for s in &h.scripts {
            scripts.push(Json::from(s.name()));
        }
        f.add(
            Code::DOMAIN_HOMOGRAPH,
            Some("domain.name"),
            Json::object([
                ("label", Json::from(h.label.as_str())),
                ("scripts", Json::Array(scripts)),
            ]),
        );
    }
    // R-T10: a TLD without an entry of its own follows its class; a generic TLD gets the
    // Transfer Policy, any other TLD without a profile gets no registry-specific claim.
    let tld = name.tld();
    let profile = f.ctx.policy.tld(tld);
    if profile.registry == crate::policy::Registry::Other {
        f.add(
            Code::TLD_NO_REGISTRY_PROFILE,
            Some("domain.name"),
            Json::object([
                ("tld", Json::from(tld)),
                ("class", crate::tld::TldClass::of(tld).name().into()),
                ("policy", Json::from(f.ctx.policy.id.as_str())),
            ]),
        );
    } else if !f.ctx.policy.knows_tld(tld) {
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

/// Which action the EPP statuses are checked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StatusFor {
    Close,
    Transfer,
}

/// R-T8, R-T11: what the domain's EPP statuses allow. Statuses are in their RFC spelling.
pub(crate) fn status_checks(statuses: &[String], action: StatusFor, f: &mut Findings) {
    let has = |s: &str| statuses.iter().any(|x| x == s);
    let field = Some("domain.status");
    let action_name = match action {
        StatusFor::Close => "close",
        StatusFor::Transfer => "transfer_out",
    };
    let server = match action {
        StatusFor::Close => "serverDeleteProhibited",
        StatusFor::Transfer => "serverTransferProhibited",
    };
    if has(server) {
        f.add(
            Code::STATUS_SERVER_PROHIBITED,
            field,
            Json::object([("status", server.into()), ("action", action_name.into())]),
        );
    }
    match action {
        StatusFor::Transfer => {
            if has("clientTransferProhibited") {
                f.add(
                    Code::TRANSFER_LOCKED,
                    field,
                    Json::object([("status", "clientTransferProhibited".into())]),
                );
            }
        }
        StatusFor::Close => {
            if has("clientDeleteProhibited") {
                f.add(
                    Code::STATUS_CLIENT_DELETE_PROHIBITED,
                    field,
                    Json::object([("status", "clientDeleteProhibited".into())]),
                );
            }
        }
    }
    let stoppers: &[&str] = match action {
        StatusFor::Transfer => &crate::epp::TRANSFER_STOPPERS,
        StatusFor::Close => &crate::epp::CLOSE_STOPPERS,
    };
    for &s in stoppers {
        if has(s) {
            f.add(
                Code::STATUS_PREVENTS_ACTION,
                field,
                Json::object([("status", s.into()), ("action", action_name.into())]),
            );
        }
    }
    for hold in ["clientHold", "serverHold"].iter() {
        if has(hold) {
            f.add(
                Code::STATUS_HOLD,
                field,
                Json::object([("status", (*hold).into())]),
            );
        }
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

/// R-T5, R-T6, R-T12: an AuthInfo's format (positions only, never characters), its length
/// under the Transfer Policy version in force (gTLDs), and its lifetime — the registry's
/// (`.de`: 30 days), the policy version's for gTLDs (none under the policy in force, 14
/// days revised), unknown for a TLD without a profile. `planned` is the day the code will be
/// used, recorded in `planned_field`. Returns the first day the code no longer works
/// (`authinfo_expires`), when the code has a lifetime.
pub(crate) fn authinfo_checks(
    ctx: &Context,
    name: &crate::domain::DomainName,
    auth: &crate::case::AuthInfoCase,
    planned: Option<(NaiveDate, &str)>,
    f: &mut Findings,
) -> Option<NaiveDate> {
    let policy = &ctx.policy;
    let tld = policy.tld(name.tld());
    let transfer_policy = policy.transfer_policy(ctx.today);
    if let Some(code) = auth.code.as_deref() {
        match validate(code, tld.authinfo_scheme) {
            Err(e) => {
                let mut positions = Vec::new();
                for &p in e.invalid_positions() {
                    positions.push(Json::from(p as i64));
                }
                let detail = e.message(ctx.locale);
                f.push(
                    Code::AUTHINFO_INVALID,
                    Some("authinfo.code"),
                    crate::text::render(
                        &crate::text::findings::AUTHINFO_INVALID,
                        ctx.locale,
                        &[("detail", &detail)],
                    ),
                    Json::object([
                        ("reason", e.code().into()),
                        ("positions", Json::Array(positions)),
                    ]),
                );
            }
            Ok(()) => {
                let length = code.chars().count();
                if let (crate::policy::Registry::Gtld, Some(tp)) = (tld.registry, transfer_policy) {
                    if length < tp.code_min_length {
                        f.add(
                            Code::AUTHINFO_TOO_SHORT_FOR_POLICY,
                            Some("authinfo.code"),
                            Json::object([
                                ("length", Json::from(length as i64)),
                                ("min_length", Json::from(tp.code_min_length as i64)),
                                ("policy", tp.id.as_str().into()),
                            ]),
                        );
                    }
                }
            }
        }
    }
    let valid_days = policy.authinfo_valid_days(&tld, ctx.today);
    let Some(created) = auth.created else {
        f.add(
            Code::AUTHINFO_NOT_CREATED,
            Some("authinfo.created"),
            Json::object([("valid_days", valid_days.map_or(Json::Null, Json::from))]),
        );
        return None;
    };
    let exp = crate::schedule::authinfo_expires(created, valid_days?)?;
    let valid_days = valid_days.unwrap_or_default();
    if ctx.today >= exp {
        f.add(
            Code::AUTHINFO_EXPIRED,
            Some("authinfo.created"),
            Json::object([
                ("created", d(created)),
                ("authinfo_expires", d(exp)),
                ("valid_days", Json::from(valid_days)),
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
