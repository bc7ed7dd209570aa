//! The case: what a form (or a panel's server) asks the rules about. Read from JSON with
//! every problem named by its field path; see `docs/case.md` for the fields.

use crate::dates::LeapDayRenewal;
use crate::domain::DomainName;
use crate::input::{InputCode, InputErrors, Reader};
use crate::json::Json;
use crate::policy::{
    builtin_ids, builtin_policy, CloseMode, Policy, Registry, TldPolicy, TEMPLATE_PLACEHOLDERS,
};
use crate::transfer_policy::{builtin_version, icann_2024, in_force, DenialReason, DenyList};
use crate::Locale;
use chrono::NaiveDate;

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
    Request(crate::rules::transfer_request::TransferRequestCase),
    Release(crate::rules::authinfo_release::ReleaseCase),
    Delete(crate::rules::cms::DeleteCase),
    Update(crate::rules::cms::UpdateCase),
    Readiness(crate::rules::readiness::ReadinessCase),
}

impl ActionCase {
    /// The domain the case is about, for the actions that have one.
    pub(crate) fn domain_name(&self) -> Option<&DomainName> {
        match self {
            ActionCase::Domain(c) => Some(&c.name),
            ActionCase::Request(c) => Some(&c.name),
            ActionCase::Release(c) => Some(&c.name),
            ActionCase::Delete(_) | ActionCase::Update(_) | ActionCase::Readiness(_) => None,
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
                crate::rules::transfer_request::TransferRequestCase::read(case, ctx, r)
                    .map(ActionCase::Request)
            }
            Action::AuthinfoRelease => {
                crate::rules::authinfo_release::ReleaseCase::read(case, r).map(ActionCase::Release)
            }
            Action::CmsDelete => {
                crate::rules::cms::DeleteCase::read(case, r).map(ActionCase::Delete)
            }
            Action::CmsUpdate => {
                crate::rules::cms::UpdateCase::read(case, r).map(ActionCase::Update)
            }
            Action::Readiness => {
                crate::rules::readiness::ReadinessCase::read(case, r).map(ActionCase::Readiness)
            }
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
    /// The resolved policy profile (built-in plus inline overrides).
    pub policy: Policy,
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

/// The AuthInfo of a transfer. `code` is a secret.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct AuthInfoCase {
    /// The code itself, when the form has it.
    pub code: Option<String>,
    /// When it was created.
    pub created: Option<NaiveDate>,
    /// When the transfer is planned.
    pub planned_transfer: Option<NaiveDate>,
    /// When the holder asked for the code (gTLD hand-out deadline, R-T12).
    pub requested: Option<NaiveDate>,
}

impl core::fmt::Debug for AuthInfoCase {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AuthInfoCase")
            .field("code", &self.code.as_ref().map(|_| "<secret>"))
            .field("created", &self.created)
            .field("planned_transfer", &self.planned_transfer)
            .field("requested", &self.requested)
            .finish()
    }
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

pub(crate) const SENDERS: [(&str, Sender); 3] = [
    ("holder", Sender::Holder),
    ("representative", Sender::Representative),
    ("other", Sender::Other),
];
pub(crate) const RECIPIENTS: [(&str, Recipient); 2] = [
    ("reseller", Recipient::Reseller),
    ("registrar", Recipient::Registrar),
];
const CLOSE_MODES: [(&str, CloseMode); 4] = [
    ("expiry", CloseMode::Expiry),
    ("date", CloseMode::Date),
    ("now", CloseMode::Now),
    ("transit", CloseMode::Transit),
];
const LEAP: [(&str, LeapDayRenewal); 2] = [
    ("feb28", LeapDayRenewal::Feb28),
    ("mar1", LeapDayRenewal::Mar1),
];
const REGISTRIES: [(&str, Registry); 4] = [
    ("denic", Registry::Denic),
    ("gtld", Registry::Gtld),
    ("other", Registry::Other),
    ("none", Registry::Other),
];

/// Reads the locale first, so every later message can be in it.
pub(crate) fn read_locale(case: &Json, r: &mut Reader) -> Locale {
    match case.get("locale") {
        Json::Null => Locale::De,
        Json::String(s) if s.trim().is_empty() => Locale::De,
        Json::String(s) => Locale::parse(s).unwrap_or_else(|| {
            let found: String = s.chars().take(20).collect();
            r.error(
                InputCode::UNKNOWN_LOCALE,
                "locale",
                format!("erwartet `de` oder `en`, gefunden: `{found}` / expected `de` or `en`, but found `{found}`"),
                Json::object([("expected", Json::Array(vec!["de".into(), "en".into()])), ("found", found.as_str().into())]),
            );
            Locale::De
        }),
        other => {
            r.error(
                InputCode::INVALID_TYPE,
                "locale",
                format!("erwartet `de` oder `en`, gefunden: {0} / expected `de` or `en`, but found {0}", other.kind()),
                Json::object([("expected", Json::Array(vec!["de".into(), "en".into()])), ("found", other.kind().into())]),
            );
            Locale::De
        }
    }
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
                message: locale.pick(
                    format!(
                        "erwartet ein JSON-Objekt als Fall, gefunden: {}",
                        case.kind()
                    ),
                    format!(
                        "expected a JSON object as the case, but found {}",
                        case.kind()
                    ),
                ),
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
                let known = Action::ALL
                    .iter()
                    .map(|(n, _)| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let shown: String = name.chars().take(40).collect();
                r.error(
                    InputCode::UNKNOWN_ACTION,
                    "action",
                    locale.pick(
                        format!("unbekannte Aktion `{shown}`; erwartet einer der Werte {known}"),
                        format!("unknown action `{shown}`; expected one of {known}"),
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
        other => r.choice(other, "action", &Action::ALL, true),
    };
    let today = r.date(case.get("today"), "today", true);
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

pub(crate) fn read_policy(v: &Json, r: &mut Reader) -> Option<Policy> {
    let lookup = |id: &str, r: &mut Reader, path: &str| {
        let found = builtin_policy(id);
        if found.is_none() {
            let ids: Vec<String> = builtin_ids().map(str::to_string).collect();
            let list = ids
                .iter()
                .map(|i| format!("`{i}`"))
                .collect::<Vec<_>>()
                .join(", ");
            let shown: String = id.chars().take(40).collect();
            r.error(
                InputCode::UNKNOWN_POLICY,
                path,
                r.locale.pick(
                    format!("unbekannte Richtlinie `{shown}`; vorhanden: {list}"),
                    format!("unknown policy `{shown}`; available: {list}"),
                ),
                Json::object([
                    (
                        "expected",
                        Json::Array(ids.iter().map(|i| Json::from(i.as_str())).collect()),
                    ),
                    ("found", shown.as_str().into()),
                ]),
            );
        }
        found
    };
    match v {
        Json::Null => builtin_policy("default"),
        Json::String(s) if s.trim().is_empty() => builtin_policy("default"),
        Json::String(s) => lookup(s.trim(), r, "policy"),
        Json::Object(_) => {
            let base = match r.text(v.get("base"), "policy.base", false) {
                Some(id) => lookup(&id, r, "policy.base")?,
                None => builtin_policy("default")?,
            };
            Some(apply_overrides(base, v, r))
        }
        other => {
            r.error(
                InputCode::INVALID_TYPE,
                "policy",
                r.locale.pick(
                    format!(
                        "erwartet die ID einer Richtlinie oder ein Objekt, gefunden: {}",
                        other.kind()
                    ),
                    format!(
                        "expected a policy id or an object, but found {}",
                        other.kind()
                    ),
                ),
                Json::object([
                    ("expected", "string or object".into()),
                    ("found", other.kind().into()),
                ]),
            );
            None
        }
    }
}

fn read_template(v: &Json, path: &str, r: &mut Reader) -> Option<String> {
    let text = r.text(v, path, false)?;
    let mut rest = text.as_str();
    while let Some(start) = rest.find('{') {
        let after = rest.get(start + 1..).unwrap_or("");
        let Some(end) = after.find('}') else { break };
        let name = after.get(..end).unwrap_or("");
        if !TEMPLATE_PLACEHOLDERS.contains(&name) {
            let list = TEMPLATE_PLACEHOLDERS
                .iter()
                .map(|p| format!("`{{{p}}}`"))
                .collect::<Vec<_>>()
                .join(", ");
            r.error(
                InputCode::INVALID_TEMPLATE,
                path,
                r.locale.pick(
                    format!("unbekannter Platzhalter `{{{name}}}`; erlaubt: {list}"),
                    format!("unknown placeholder `{{{name}}}`; allowed: {list}"),
                ),
                Json::object([
                    (
                        "expected",
                        Json::Array(
                            TEMPLATE_PLACEHOLDERS
                                .iter()
                                .map(|p| Json::from(*p))
                                .collect(),
                        ),
                    ),
                    ("found", name.into()),
                ]),
            );
            return None;
        }
        rest = after.get(end + 1..).unwrap_or("");
    }
    Some(text)
}

fn apply_overrides(mut p: Policy, v: &Json, r: &mut Reader) -> Policy {
    if let Some(n) = r.days(v.get("notice_days"), "policy.notice_days", 365) {
        p.notice_days = n;
    }
    if let Some(n) = r.days(v.get("undo_days"), "policy.undo_days", 60) {
        p.undo_days = n;
    }
    if let Some(n) = r.days(v.get("transfer_safe_days"), "policy.transfer_safe_days", 60) {
        p.transfer_safe_days = n;
    }
    // The code's lifetime is a registry figure now (R-T12): `.de` keeps its own.
    if !v.get("authinfo_valid_days").is_null() && !r.is_schema() {
        r.error(
            InputCode::INVALID_VALUE,
            "policy.authinfo_valid_days",
            r.locale.pick(
                "die Gültigkeit der AuthInfo ist eine Zahl der Registry: erwartet sie in `policy.tlds.TLD.authinfo_valid_days` (gTLDs: `policy.transfer_policies`)".to_string(),
                "the AuthInfo's lifetime is a registry figure: expected it in `policy.tlds.TLD.authinfo_valid_days` (gTLDs: `policy.transfer_policies`)".to_string(),
            ),
            Json::object([("expected", "policy.tlds.TLD.authinfo_valid_days".into())]),
        );
    }
    if let Some(n) = r.days(
        v.get("renewal_warning_days"),
        "policy.renewal_warning_days",
        365,
    ) {
        p.renewal_warning_days = n;
    }
    if let Some(n) = r.days(
        v.get("backup_max_age_hours"),
        "policy.backup_max_age_hours",
        8760,
    ) {
        p.backup_max_age_hours = n;
    }
    if let Some(l) = r.choice(
        v.get("leap_day_renewal"),
        "policy.leap_day_renewal",
        &LEAP,
        false,
    ) {
        p.leap_day_renewal = l;
    }
    if !v.get("close_modes").is_null() {
        let names = r.text_list(v.get("close_modes"), "policy.close_modes");
        let mut modes = Vec::new();
        for (i, name) in names.iter().enumerate() {
            let item = Json::String(name.clone());
            if let Some(m) = r.choice(
                &item,
                &format!("policy.close_modes.{i}"),
                &CLOSE_MODES,
                true,
            ) {
                modes.push(m);
            }
        }
        p.close_modes = modes;
    }
    if let Some(t) = read_template(v.get("notice_template"), "policy.notice_template", r) {
        p.notice_template = t;
    }
    if let Some(t) = read_template(v.get("transit_template"), "policy.transit_template", r) {
        p.transit_template = t;
    }
    if let Some(t) = read_template(v.get("undo_template"), "policy.undo_template", r) {
        p.undo_template = t;
    }
    if let Some(b) = r.object(v.get("business_hours"), "policy.business_hours", false) {
        if let Some(h) = r.days(b.get("start_hour"), "policy.business_hours.start_hour", 23) {
            p.business_hours.start_hour = h as u32;
        }
        if let Some(h) = r.days(b.get("end_hour"), "policy.business_hours.end_hour", 24) {
            p.business_hours.end_hour = h as u32;
        }
        if !b.get("weekdays_only").is_null() {
            p.business_hours.weekdays_only = r.flag(
                b.get("weekdays_only"),
                "policy.business_hours.weekdays_only",
            );
        }
    }
    if !v.get("transfer_policies").is_null() {
        read_transfer_policies(&mut p, v.get("transfer_policies"), r);
    }
    match v.get("tlds") {
        Json::Null => {}
        tlds if r.too_many(tlds, "policy.tlds") => {}
        Json::Object(members) => {
            for (tld, settings) in members {
                let key = tld.trim().trim_start_matches('.').to_ascii_lowercase();
                let path = format!("policy.tlds.{key}");
                let Some(settings) = r.object(settings, &path, true) else {
                    continue;
                };
                let mut entry = p.tld(&key);
                entry.tld = key.clone();
                read_tld(&mut entry, settings, &path, r);
                match p.tlds.iter_mut().find(|t| t.tld == key) {
                    Some(slot) => *slot = entry,
                    None => p.tlds.insert(0, entry),
                }
            }
        }
        other => {
            let _ = r.object(other, "policy.tlds", false);
        }
    }
    p
}

const DENY_LISTS: [(&str, DenyList); 3] = [
    ("may_deny", DenyList::MayDeny),
    ("must_deny", DenyList::MustDeny),
    ("may_not_deny", DenyList::MayNotDeny),
];

/// `policy.transfer_policies`: further versions of ICANN's Transfer Policy, each with its
/// effective date (a version with an existing id replaces it). A version without `reasons`
/// keeps the lists of the latest earlier version.
fn read_transfer_policies(p: &mut Policy, v: &Json, r: &mut Reader) {
    let Json::Array(items) = v else {
        let _ = r.text_list(v, "policy.transfer_policies");
        return;
    };
    if r.too_many(v, "policy.transfer_policies") {
        return;
    }
    for (i, item) in items.iter().enumerate() {
        let path = format!("policy.transfer_policies.{i}");
        let Some(item) = r.object(item, &path, true) else {
            continue;
        };
        let id = r.text(item.get("id"), &format!("{path}.id"), true);
        let effective = r.date(item.get("effective"), &format!("{path}.effective"), true);
        let (Some(id), Some(effective)) = (id, effective) else {
            continue;
        };
        // A built-in version (`icann-revised`) is switched on with its own figures; any
        // other id starts from the version in force before it.
        let mut version = builtin_version(&id)
            .or_else(|| {
                in_force(&p.transfer_policies, effective)
                    .or_else(|| p.transfer_policies.first())
                    .cloned()
            })
            .unwrap_or_else(icann_2024);
        version.id = id;
        version.effective = effective;
        if let Some(n) = r.days(item.get("ack_days"), &format!("{path}.ack_days"), 60) {
            version.ack_days = n;
        }
        if let Some(n) = r.days(
            item.get("lock_days_after_creation"),
            &format!("{path}.lock_days_after_creation"),
            365,
        ) {
            version.lock_days_after_creation = n;
        }
        if let Some(n) = r.days(
            item.get("lock_days_after_transfer"),
            &format!("{path}.lock_days_after_transfer"),
            365,
        ) {
            version.lock_days_after_transfer = n;
        }
        if let Some(n) = r.days(
            item.get("code_valid_days"),
            &format!("{path}.code_valid_days"),
            365,
        ) {
            version.code_valid_days = Some(n);
        }
        if let Some(n) = r.days(
            item.get("code_provide_days"),
            &format!("{path}.code_provide_days"),
            60,
        ) {
            version.code_provide_days = n;
        }
        if let Some(n) = r.days(
            item.get("code_min_length"),
            &format!("{path}.code_min_length"),
            64,
        ) {
            version.code_min_length = n as usize;
        }
        if let Json::Array(reasons) = item.get("reasons") {
            if r.too_many(item.get("reasons"), &format!("{path}.reasons")) {
                continue;
            }
            version.reasons.clear();
            for (j, reason) in reasons.iter().enumerate() {
                let rp = format!("{path}.reasons.{j}");
                let Some(reason) = r.object(reason, &rp, true) else {
                    continue;
                };
                let code = r.text(reason.get("code"), &format!("{rp}.code"), true);
                let list = r.choice(reason.get("list"), &format!("{rp}.list"), &DENY_LISTS, true);
                let de = r.text(reason.get("de"), &format!("{rp}.de"), true);
                let en = r.text(reason.get("en"), &format!("{rp}.en"), true);
                if let (Some(code), Some(list), Some(de), Some(en)) = (code, list, de, en) {
                    version.reasons.push(DenialReason { code, list, de, en });
                }
            }
        }
        match p.transfer_policies.iter_mut().find(|t| t.id == version.id) {
            Some(slot) => *slot = version,
            None => p.transfer_policies.push(version),
        }
    }
}

fn read_tld(t: &mut TldPolicy, v: &Json, path: &str, r: &mut Reader) {
    if let Some(reg) = r.choice(
        v.get("registry"),
        &format!("{path}.registry"),
        &REGISTRIES,
        false,
    ) {
        t.registry = reg;
    }
    if let Some(n) = r.days(v.get("notice_days"), &format!("{path}.notice_days"), 365) {
        t.notice_days = Some(n);
    }
    if !v.get("transit").is_null() {
        t.transit = r.flag(v.get("transit"), &format!("{path}.transit"));
    }
    if let Some(n) = r.days(v.get("rgp_days"), &format!("{path}.rgp_days"), 365) {
        t.rgp_days = Some(n);
    }
    if let Some(n) = r.days(
        v.get("authinfo_valid_days"),
        &format!("{path}.authinfo_valid_days"),
        365,
    ) {
        t.authinfo_valid_days = Some(n);
    }
    if let Some(s) = r.choice(
        v.get("authinfo_scheme"),
        &format!("{path}.authinfo_scheme"),
        &SCHEMES,
        false,
    ) {
        t.authinfo_scheme = s;
    }
    if let Some(n) = r.days(
        v.get("pending_delete_days"),
        &format!("{path}.pending_delete_days"),
        365,
    ) {
        t.pending_delete_days = n;
    }
    // The gTLD transfer figures live once, in the Transfer Policy versions (R-T9, R-T12).
    for moved in ["transfer_lock_days", "ack_days"] {
        if !v.get(moved).is_null() && !r.is_schema() {
            r.error(
                InputCode::INVALID_VALUE,
                &format!("{path}.{moved}"),
                r.locale.pick(
                    "diese Frist gehört zur Transfer Policy: erwartet sie in `policy.transfer_policies`".to_string(),
                    "this figure belongs to the Transfer Policy: expected it in `policy.transfer_policies`".to_string(),
                ),
                Json::object([("expected", "policy.transfer_policies".into())]),
            );
        }
    }
}

const SCHEMES: [(&str, crate::authinfo::AuthInfoScheme); 2] = [
    ("denic", crate::authinfo::AuthInfoScheme::Denic),
    ("gtld", crate::authinfo::AuthInfoScheme::Gtld),
];

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
                    &format!("{path}.{i}"),
                    r.locale.pick(
                        format!("unbekannter EPP-Status `{shown}`; erwartet ein Status aus RFC 5731 oder RFC 3915 (`ok`, `clientTransferProhibited`, `serverHold`, `redemptionPeriod`, …)"),
                        format!("unknown EPP status `{shown}`; expected a status of RFC 5731 or RFC 3915 (`ok`, `clientTransferProhibited`, `serverHold`, `redemptionPeriod`, …)"),
                    ),
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

impl DomainCase {
    /// Reads the fields of a `close` or `transfer_out` case.
    pub(crate) fn read(case: &Json, action: Action, r: &mut Reader) -> Option<DomainCase> {
        let domain = r.object(case.get("domain"), "domain", true);
        let d = domain.unwrap_or(&Json::Null);
        let name = read_domain_name(d.get("name"), "domain.name", r);
        let registered = r.date(d.get("registered"), "domain.registered", true);
        let renewal = r.date(d.get("renewal"), "domain.renewal", false);
        let status = read_status(d.get("status"), "domain.status", r);
        let last_transfer = r.date(d.get("last_transfer"), "domain.last_transfer", false);

        let holder_obj = r.object(case.get("holder"), "holder", true);
        let holder = r.text(
            holder_obj.unwrap_or(&Json::Null).get("name"),
            "holder.name",
            true,
        );

        let undo = action == Action::CloseUndo;
        let termination = (!undo)
            .then(|| r.object(case.get("termination"), "termination", false))
            .flatten()
            .and_then(|t| {
                let from = r.choice(t.get("from"), "termination.from", &SENDERS, true);
                let to = r.choice(t.get("to"), "termination.to", &RECIPIENTS, true);
                let received = r.date(t.get("received"), "termination.received", false);
                Some(Termination {
                    from: from?,
                    to: to?,
                    received,
                })
            });

        let evk = (!undo)
            .then(|| r.object(case.get("evk"), "evk", false))
            .flatten()
            .map(|e| Evk {
                signed_by: r.choice(e.get("signed_by"), "evk.signed_by", &SENDERS, false),
                date: r.date(e.get("date"), "evk.date", false),
                text: r.text(e.get("text"), "evk.text", false),
                acknowledges_availability: if action == Action::Close {
                    r.flag(
                        e.get("acknowledges_availability"),
                        "evk.acknowledges_availability",
                    )
                } else {
                    false
                },
                new_provider: if action == Action::TransferOut {
                    r.text(e.get("new_provider"), "evk.new_provider", false)
                } else {
                    None
                },
            });

        let services = (!undo)
            .then(|| r.object(case.get("services"), "services", false))
            .flatten()
            .map(|s| Services {
                website: r.flag(s.get("website"), "services.website"),
                mailboxes: r.count(s.get("mailboxes"), "services.mailboxes", 100_000),
                mail_backup_confirmed: r.flag(
                    s.get("mail_backup_confirmed"),
                    "services.mail_backup_confirmed",
                ),
            })
            .unwrap_or_default();

        let authinfo = if action == Action::TransferOut {
            r.object(case.get("authinfo"), "authinfo", false)
                .map(|a| AuthInfoCase {
                    code: r.secret(a.get("code"), "authinfo.code"),
                    created: r.date(a.get("created"), "authinfo.created", false),
                    planned_transfer: r.date(
                        a.get("planned_transfer"),
                        "authinfo.planned_transfer",
                        false,
                    ),
                    requested: r.date(a.get("requested"), "authinfo.requested", false),
                })
        } else {
            None
        };

        let close = if undo {
            // The close to undo: its scheduled date.
            let c = r
                .object(case.get("close"), "close", true)
                .unwrap_or(&Json::Null);
            CloseRequest {
                mode: CloseMode::Date,
                date: r.date(c.get("date"), "close.date", true),
            }
        } else if action == Action::Close {
            let c = r.object(case.get("close"), "close", false);
            let c = c.unwrap_or(&Json::Null);
            let mode = r
                .choice(c.get("mode"), "close.mode", &CLOSE_MODES, false)
                .unwrap_or(CloseMode::Expiry);
            let date = r.date(c.get("date"), "close.date", false);
            if mode == CloseMode::Date
                && date.is_none()
                && !r.is_schema()
                && !r
                    .errors
                    .iter()
                    .any(|e| e.field.as_deref() == Some("close.date"))
            {
                let message = r.locale.pick(
                    "Pflichtfeld fehlt, wenn `close.mode` `date` ist; erwartet ein Datum im Format JJJJ-MM-TT".to_string(),
                    "required field is missing when `close.mode` is `date`; expected a date as YYYY-MM-DD".to_string(),
                );
                r.error(
                    InputCode::MISSING_FIELD,
                    "close.date",
                    message,
                    Json::object([("expected", "YYYY-MM-DD".into())]),
                );
            }
            CloseRequest { mode, date }
        } else {
            CloseRequest {
                mode: CloseMode::Expiry,
                date: None,
            }
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
