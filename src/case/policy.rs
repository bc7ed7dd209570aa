//! `policy`: a built-in profile's id, or an object of inline overrides on a base profile
//! (`docs/case.md`); every bad override is an input error naming its field.

use crate::dates::LeapDayRenewal;
use crate::input::{child, code_list, indexed, Choices, InputCode, Reader};
use crate::json::Json;
use crate::policy::{
    builtin_ids, builtin_policy, builtin_policy_ref, CloseMode, Policy, Registry, TldPolicy,
    TEMPLATE_PLACEHOLDERS,
};
use crate::text::input::{
    INPUT_AUTHINFO_VALID_DAYS_MOVED, INPUT_POLICY_TYPE, INPUT_TRANSFER_FIGURE_MOVED,
    INPUT_UNKNOWN_PLACEHOLDER, INPUT_UNKNOWN_POLICY,
};
use crate::text::{label, render};
use crate::transfer_policy::{builtin_version, icann_2024, in_force, DenialReason, DenyList};
use std::borrow::Cow;

pub(super) const CLOSE_MODES: Choices<CloseMode, 4> = Choices::new(&[
    ("expiry", CloseMode::Expiry),
    ("date", CloseMode::Date),
    ("now", CloseMode::Now),
    ("transit", CloseMode::Transit),
]);
const LEAP: Choices<LeapDayRenewal, 2> = Choices::new(&[
    ("feb28", LeapDayRenewal::Feb28),
    ("mar1", LeapDayRenewal::Mar1),
]);
const REGISTRIES: Choices<Registry, 4> = Choices::new(&[
    ("denic", Registry::Denic),
    ("gtld", Registry::Gtld),
    ("other", Registry::Other),
    ("none", Registry::Other),
]);

/// The case's policy: a built-in profile is borrowed as it is (built once, see
/// [`builtin_policy_ref`]); only inline overrides make a copy.
pub(crate) fn read_policy(v: &Json, r: &mut Reader) -> Option<Cow<'static, Policy>> {
    let lookup = |id: &str, r: &mut Reader, path: &str| {
        let found = builtin_policy_ref(id);
        if found.is_none() {
            let list = code_list(&mut builtin_ids(), false);
            let shown: String = id.chars().take(40).collect();
            r.error(
                InputCode::UNKNOWN_POLICY,
                path,
                render(
                    &INPUT_UNKNOWN_POLICY,
                    r.locale,
                    &[("found", &shown), ("list", &list)],
                ),
                Json::object([
                    (
                        "expected",
                        Json::Array(builtin_ids().map(Json::from).collect()),
                    ),
                    ("found", shown.as_str().into()),
                ]),
            );
        }
        found
    };
    match v {
        Json::Null => builtin_policy_ref("default").map(Cow::Borrowed),
        Json::String(s) if s.trim().is_empty() => builtin_policy_ref("default").map(Cow::Borrowed),
        Json::String(s) => lookup(s.trim(), r, "policy").map(Cow::Borrowed),
        #[cfg(feature = "lean")]
        Json::Object(_) => {
            crate::lean::lacking(crate::lean::Lacks::Policy);
            None
        }
        #[cfg(not(feature = "lean"))]
        Json::Object(_) => {
            // The overrides go into a profile built afresh (no Clone code in the module).
            let base = match r.text_in(v, "policy.base", false) {
                Some(id) => lookup(&id, r, "policy.base").and_then(|p| builtin_policy(&p.id))?,
                None => builtin_policy("default")?,
            };
            Some(Cow::Owned(apply_overrides(base, v, r)))
        }
        other => {
            r.error(
                InputCode::INVALID_TYPE,
                "policy",
                render(&INPUT_POLICY_TYPE, r.locale, &[("found", other.kind())]),
                Json::object([
                    ("expected", "string or object".into()),
                    ("found", other.kind().into()),
                ]),
            );
            None
        }
    }
}

/// `{name}`: a placeholder as a template writes it.
fn braced(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 2);
    out.push('{');
    out.push_str(name);
    out.push('}');
    out
}

fn read_template(v: &Json, path: &str, r: &mut Reader) -> Option<String> {
    let text = r.text(v, path, false)?;
    let unknown =
        crate::text::placeholders(&text).find(|name| !TEMPLATE_PLACEHOLDERS.contains(name));
    if let Some(name) = unknown {
        let list = code_list(&mut TEMPLATE_PLACEHOLDERS.iter().copied(), true);
        let message = render(
            &INPUT_UNKNOWN_PLACEHOLDER,
            r.locale,
            &[("found", &braced(name)), ("list", &list)],
        );
        let params = Json::object([
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
        ]);
        r.error(InputCode::INVALID_TEMPLATE, path, message, params);
        return None;
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
            label(&INPUT_AUTHINFO_VALID_DAYS_MOVED, r.locale).to_string(),
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
    if let Some(l) = r.choice_in(v, "policy.leap_day_renewal", &LEAP, false) {
        p.leap_day_renewal = l;
    }
    if !v.get("close_modes").is_null() {
        let names = r.text_list(v.get("close_modes"), "policy.close_modes");
        let mut modes = Vec::new();
        for (i, name) in names.iter().enumerate() {
            let item = Json::String(name.clone());
            if let Some(m) = r.choice(&item, &indexed("policy.close_modes", i), &CLOSE_MODES, true)
            {
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
    if let Some(b) = r.object_in(v, "policy.business_hours", false) {
        if let Some(h) = r.days(b.get("start_hour"), "policy.business_hours.start_hour", 23) {
            p.business_hours.start_hour = h as u32;
        }
        if let Some(h) = r.days(b.get("end_hour"), "policy.business_hours.end_hour", 24) {
            p.business_hours.end_hour = h as u32;
        }
        if !b.get("weekdays_only").is_null() {
            p.business_hours.weekdays_only = r.flag_in(b, "policy.business_hours.weekdays_only");
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
                let path = child("policy.tlds", &key);
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

const DENY_LISTS: Choices<DenyList, 3> = Choices::new(&[
    ("may_deny", DenyList::MayDeny),
    ("must_deny", DenyList::MustDeny),
    ("may_not_deny", DenyList::MayNotDeny),
]);

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
        let path = indexed("policy.transfer_policies", i);
        let Some(item) = r.object(item, &path, true) else {
            continue;
        };
        let id = r.text_at(item, &path, "id", true);
        let effective = r.date_at(item, &path, "effective", true);
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
        if let Some(n) = r.days_at(item, &path, "ack_days", 60) {
            version.ack_days = n;
        }
        if let Some(n) = r.days_at(item, &path, "lock_days_after_creation", 365) {
            version.lock_days_after_creation = n;
        }
        if let Some(n) = r.days_at(item, &path, "lock_days_after_transfer", 365) {
            version.lock_days_after_transfer = n;
        }
        if let Some(n) = r.days_at(item, &path, "code_valid_days", 365) {
            version.code_valid_days = Some(n);
        }
        if let Some(n) = r.days_at(item, &path, "code_provide_days", 60) {
            version.code_provide_days = n;
        }
        if let Some(n) = r.days_at(item, &path, "code_min_length", 64) {
            version.code_min_length = n as usize;
        }
        if let Json::Array(reasons) = item.get("reasons") {
            if r.too_many(item.get("reasons"), &child(&path, "reasons")) {
                continue;
            }
            version.reasons.clear();
            for (j, reason) in reasons.iter().enumerate() {
                let rp = indexed(&child(&path, "reasons"), j);
                let Some(reason) = r.object(reason, &rp, true) else {
                    continue;
                };
                let code = r.text_at(reason, &rp, "code", true);
                let list = r.choice(reason.get("list"), &child(&rp, "list"), &DENY_LISTS, true);
                let de = r.text_at(reason, &rp, "de", true);
                let en = r.text_at(reason, &rp, "en", true);
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
        &child(path, "registry"),
        &REGISTRIES,
        false,
    ) {
        t.registry = reg;
    }
    if let Some(n) = r.days_at(v, path, "notice_days", 365) {
        t.notice_days = Some(n);
    }
    if !v.get("transit").is_null() {
        t.transit = r.flag_at(v, path, "transit");
    }
    if let Some(n) = r.days_at(v, path, "rgp_days", 365) {
        t.rgp_days = Some(n);
    }
    if let Some(n) = r.days_at(v, path, "authinfo_valid_days", 365) {
        t.authinfo_valid_days = Some(n);
    }
    if let Some(s) = r.choice(
        v.get("authinfo_scheme"),
        &child(path, "authinfo_scheme"),
        &SCHEMES,
        false,
    ) {
        t.authinfo_scheme = s;
    }
    if let Some(n) = r.days_at(v, path, "pending_delete_days", 365) {
        t.pending_delete_days = n;
    }
    // The gTLD transfer figures live once, in the Transfer Policy versions (R-T9, R-T12).
    for moved in ["transfer_lock_days", "ack_days"] {
        if !v.get(moved).is_null() && !r.is_schema() {
            r.error(
                InputCode::INVALID_VALUE,
                &child(path, moved),
                label(&INPUT_TRANSFER_FIGURE_MOVED, r.locale).to_string(),
                Json::object([("expected", "policy.transfer_policies".into())]),
            );
        }
    }
}

const SCHEMES: Choices<crate::authinfo::AuthInfoScheme, 2> = Choices::new(&[
    ("denic", crate::authinfo::AuthInfoScheme::Denic),
    ("gtld", crate::authinfo::AuthInfoScheme::Gtld),
]);
