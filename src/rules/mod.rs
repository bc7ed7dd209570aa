//! The rules: pure functions from a read case to a verdict.

pub(crate) mod authinfo_release;
pub(crate) mod close;
pub(crate) mod close_undo;
#[cfg(not(feature = "lean"))]
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
        #[cfg(not(feature = "lean"))]
        (_, ActionCase::Delete(c)) => cms::check_delete(ctx, c),
        #[cfg(not(feature = "lean"))]
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

    /// Adds a finding whose params are `keys` (names separated by single spaces) with
    /// `values`, pairwise: a call site stores a tag and a value per param instead of building
    /// JSON values itself (issue 12).
    #[inline(never)]
    pub fn put(&mut self, code: Code, field: Option<&str>, keys: &str, values: &[P]) {
        self.add(code, field, params(keys, values));
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

/// A param value as a rule gives it; [`params`] turns it into JSON.
#[derive(Clone, Copy)]
pub(crate) enum P<'a> {
    /// A date, as `YYYY-MM-DD`.
    Date(NaiveDate),
    /// A whole number.
    Int(i64),
    /// A text.
    Str(&'a str),
    /// A list of texts.
    List(&'a [&'a str]),
    /// `null`.
    Null,
}

impl<'a> P<'a> {
    /// A date, or `null` without one.
    pub fn date_or_null(date: Option<NaiveDate>) -> P<'a> {
        date.map_or(P::Null, P::Date)
    }

    /// A number, or `null` without one.
    pub fn int_or_null(n: Option<i64>) -> P<'a> {
        n.map_or(P::Null, P::Int)
    }

    /// A text, or `null` without one.
    pub fn str_or_null(s: Option<&'a str>) -> P<'a> {
        s.map_or(P::Null, P::Str)
    }
}

/// Params as a JSON object: the names in `keys` (separated by single spaces) with `values`,
/// pairwise, in order.
#[inline(never)]
pub(crate) fn params(keys: &str, values: &[P]) -> Json {
    debug_assert_eq!(keys.split(' ').count(), values.len(), "params {keys}");
    let mut members = Vec::with_capacity(values.len());
    let mut rest = keys;
    for value in values {
        let (key, tail) = rest.split_once(' ').unwrap_or((rest, ""));
        rest = tail;
        let value = match *value {
            P::Date(date) => d(date),
            P::Int(n) => Json::from(n),
            P::Str(s) => Json::from(s),
            P::List(items) => {
                let mut list = Vec::with_capacity(items.len());
                for &item in items {
                    list.push(Json::from(item));
                }
                Json::Array(list)
            }
            P::Null => Json::Null,
        };
        members.push((key.to_string(), value));
    }
    Json::Object(members)
}

/// Sets a deadline: `date` as `YYYY-MM-DD`, or none (one call per deadline, not the
/// conversion and the drop of the old value at every site: issue 12).
#[inline(never)]
pub(crate) fn set_date(slot: &mut Option<String>, date: Option<NaiveDate>) {
    *slot = date.map(iso);
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
                f.put(
                    Code::TERMINATION_NOT_FROM_HOLDER,
                    Some("termination.from"),
                    "expected actual",
                    &[P::List(&["holder", "representative"]), P::Str("other")],
                );
            }
            if t.to == Recipient::Registrar {
                f.put(
                    Code::TERMINATION_SENT_TO_REGISTRAR,
                    Some("termination.to"),
                    "expected actual",
                    &[P::Str("reseller"), P::Str("registrar")],
                );
            }
        }
    }
    match &c.evk {
        None => f.flag(Code::EVK_MISSING, Some("evk")),
        Some(evk) => {
            if !matches!(evk.signed_by, Some(Sender::Holder | Sender::Representative)) {
                let actual = match evk.signed_by {
                    Some(Sender::Other) => P::Str("other"),
                    _ => P::Null,
                };
                f.put(
                    Code::EVK_NOT_SIGNED_BY_HOLDER,
                    Some("evk.signed_by"),
                    "expected actual",
                    &[P::Str("holder"), actual],
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
        let mut scripts = Vec::with_capacity(h.scripts.len());
        for s in &h.scripts {
            scripts.push(s.name());
        }
        f.put(
            Code::DOMAIN_HOMOGRAPH,
            Some("domain.name"),
            "label scripts",
            &[P::Str(&h.label), P::List(&scripts)],
        );
    }
    // R-T10: a TLD without an entry of its own follows its class; a generic TLD gets the
    // Transfer Policy, any other TLD without a profile gets no registry-specific claim.
    let tld = name.tld();
    let profile = f.ctx.policy.tld(tld);
    if profile.registry == crate::policy::Registry::Other {
        let class = crate::tld::TldClass::of(tld).name();
        f.put(
            Code::TLD_NO_REGISTRY_PROFILE,
            Some("domain.name"),
            "tld class policy",
            &[P::Str(tld), P::Str(class), P::Str(&f.ctx.policy.id)],
        );
    } else if !f.ctx.policy.knows_tld(tld) {
        f.put(
            Code::TLD_NOT_IN_POLICY,
            Some("domain.name"),
            "tld policy",
            &[P::Str(tld), P::Str(&f.ctx.policy.id)],
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
        f.put(
            Code::STATUS_SERVER_PROHIBITED,
            field,
            "status action",
            &[P::Str(server), P::Str(action_name)],
        );
    }
    match action {
        StatusFor::Transfer => {
            if has("clientTransferProhibited") {
                f.put(
                    Code::TRANSFER_LOCKED,
                    field,
                    "status",
                    &[P::Str("clientTransferProhibited")],
                );
            }
        }
        StatusFor::Close => {
            if has("clientDeleteProhibited") {
                f.put(
                    Code::STATUS_CLIENT_DELETE_PROHIBITED,
                    field,
                    "status",
                    &[P::Str("clientDeleteProhibited")],
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
            f.put(
                Code::STATUS_PREVENTS_ACTION,
                field,
                "status action",
                &[P::Str(s), P::Str(action_name)],
            );
        }
    }
    for hold in ["clientHold", "serverHold"].iter() {
        if has(hold) {
            f.put(Code::STATUS_HOLD, field, "status", &[P::Str(hold)]);
        }
    }
}

/// The next renewal (R-D1, R-D2), or `None` when the case's dates make it impossible (the
/// reason is then a blocking finding).
pub(crate) fn renewal(c: &DomainCase, f: &mut Findings) -> Option<NaiveDate> {
    let today = f.ctx.today;
    let leap = f.ctx.policy.leap_day_renewal;
    if c.registered > today {
        f.put(
            Code::REGISTERED_AFTER_TODAY,
            Some("domain.registered"),
            "registered today",
            &[P::Date(c.registered), P::Date(today)],
        );
        return None;
    }
    let computed = next_renewal(c.registered, today, leap);
    match c.renewal {
        None => computed,
        Some(given) if given <= today => {
            f.put(
                Code::RENEWAL_NOT_AFTER_TODAY,
                Some("domain.renewal"),
                "renewal today",
                &[P::Date(given), P::Date(today)],
            );
            None
        }
        Some(given) => {
            if !is_anniversary(c.registered, given, leap) {
                f.put(
                    Code::RENEWAL_NOT_ANNIVERSARY,
                    Some("domain.renewal"),
                    "renewal registered expected",
                    &[
                        P::Date(given),
                        P::Date(c.registered),
                        P::date_or_null(computed),
                    ],
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
                        f.put(
                            Code::AUTHINFO_TOO_SHORT_FOR_POLICY,
                            Some("authinfo.code"),
                            "length min_length policy",
                            &[
                                P::Int(length as i64),
                                P::Int(tp.code_min_length as i64),
                                P::Str(&tp.id),
                            ],
                        );
                    }
                }
            }
        }
    }
    let valid_days = policy.authinfo_valid_days(&tld, ctx.today);
    let Some(created) = auth.created else {
        f.put(
            Code::AUTHINFO_NOT_CREATED,
            Some("authinfo.created"),
            "valid_days",
            &[P::int_or_null(valid_days)],
        );
        return None;
    };
    let exp = crate::schedule::authinfo_expires(created, valid_days?)?;
    let valid_days = valid_days.unwrap_or_default();
    if ctx.today >= exp {
        f.put(
            Code::AUTHINFO_EXPIRED,
            Some("authinfo.created"),
            "created authinfo_expires valid_days",
            &[P::Date(created), P::Date(exp), P::Int(valid_days)],
        );
    } else if let Some((day, field)) = planned.filter(|(p, _)| *p >= exp) {
        f.put(
            Code::AUTHINFO_EXPIRES_BEFORE_TRANSFER,
            Some(field),
            "authinfo_expires planned_transfer",
            &[P::Date(exp), P::Date(day)],
        );
    }
    Some(exp)
}
