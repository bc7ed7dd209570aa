//! The `transfer_request` action: answering an incoming transfer (gTLD ACK/NACK) or a `.de`
//! AuthInfo request. R-T7 (.de: refuse only without a proper termination; unpaid invoices are
//! never a reason), R-T8 (5-day answer window), R-T9 (ICANN's may/must/may-not lists).

use super::{domain_name, Findings, P};
use crate::case::{all_reasons, Context, Recipient, Sender, TransferRequestCase, NO_TERMINATION};
use crate::json::Json;
use crate::messages::Code;
use crate::policy::Registry;
use crate::schedule::{self, LockSince};
use crate::text::{self, labels::*};
use crate::transfer_policy::{
    DenialReason, DenyList, NO_PAYMENT_PAST, WITHIN_CREATION_LOCK, WITHIN_TRANSFER_LOCK,
};
use crate::verdict::{Answers, Deadlines, ReasonOption, Verdict};
use crate::Locale;

fn label(r: &DenialReason, locale: Locale) -> String {
    locale.pick(&r.de, &r.en).clone()
}

/// The reasons' labels in `locale`.
fn labels(reasons: &[&DenialReason], locale: Locale) -> Json {
    let mut out = Vec::with_capacity(reasons.len());
    for r in reasons {
        out.push(Json::from(label(r, locale)));
    }
    Json::Array(out)
}

/// The refusal reasons an answer form offers.
fn options(reasons: &[&DenialReason], locale: Locale) -> Vec<ReasonOption> {
    let mut out = Vec::with_capacity(reasons.len());
    for r in reasons {
        out.push(ReasonOption {
            code: r.code.clone(),
            list: r.list.name(),
            label: label(r, locale),
        });
    }
    out
}

pub(crate) fn check(ctx: &Context, c: &TransferRequestCase) -> Verdict {
    let mut f = Findings::new(ctx);
    let locale = ctx.locale;
    let tld_name = c.name.tld();
    let tld = ctx.policy.tld(tld_name);
    domain_name(&c.name, &mut f);
    let mut deadlines = Deadlines::default();
    // R-T10: the TLD's registry profile decides which rules answer the request; without a
    // profile no registry-specific answer is claimed.
    let (permitted, reasons): (&'static [&'static str], Vec<ReasonOption>) = match tld.registry {
        Registry::Gtld => gtld(ctx, c, &mut f, &mut deadlines),
        Registry::Denic => denic(c, &mut f, locale),
        Registry::Other => unknown_registry(c, &mut f),
    };

    // The user's answer, if given, must be one of the permitted ones, and a refusal needs a
    // permitted reason.
    if c.answer.is_none() {
        // The answer form is not sent without an answer; the message lists the permitted ones.
        f.put(
            Code::ANSWER_MISSING,
            Some("answer"),
            "permitted",
            &[P::List(permitted)],
        );
    }
    if let Some(answer) = c.answer {
        if !permitted.contains(&answer) {
            f.put(
                Code::ANSWER_NOT_PERMITTED,
                Some("answer"),
                "answer permitted",
                &[P::Str(answer), P::List(permitted)],
            );
        } else if matches!(answer, "refuse" | "nack") {
            let (mut permitted_labels, mut permitted_codes) = (Vec::new(), Vec::new());
            for r in &reasons {
                permitted_labels.push(Json::from(r.label.as_str()));
                permitted_codes.push(r.code.as_str());
            }
            let permitted_labels = Json::Array(permitted_labels);
            let permitted_codes = P::List(&permitted_codes);
            match c.reason.as_deref() {
                None => f.add_with(
                    Code::REFUSAL_REASON_MISSING,
                    Some("reason"),
                    super::params("permitted", &[permitted_codes]),
                    &[("permitted_labels", permitted_labels)],
                ),
                Some(reason) if !reasons.iter().any(|r| r.code == reason) => {
                    let all = all_reasons(ctx);
                    let shown = match all.iter().find(|r| r.code == reason) {
                        Some(r) => label(r, locale),
                        None => reason.to_string(),
                    };
                    f.add_with(
                        Code::REFUSAL_REASON_NOT_PERMITTED,
                        Some("reason"),
                        super::params("reason permitted", &[P::Str(reason), permitted_codes]),
                        &[
                            ("permitted_labels", permitted_labels),
                            ("label", shown.into()),
                        ],
                    );
                }
                Some(_) => {}
            }
        }
    }
    let recommended = match (permitted, reasons.iter().any(|r| r.list == "must_deny")) {
        ([only], _) => Some(*only),
        (_, true) => Some("nack"),
        _ => None,
    };
    let mut verdict = Verdict::without_documents(f.list, deadlines);
    verdict.answers = Some(Answers {
        permitted: permitted.to_vec(),
        recommended,
        refusal_reasons: reasons,
        options: Vec::new(),
    });
    verdict
}

/// R-T10: a TLD without a registry profile: no registry-specific obligation is claimed (no
/// "must release", no ACK window, no lock). What holds everywhere still holds: a proper
/// termination is the basis for releasing, and unpaid invoices are no collateral.
fn unknown_registry(
    c: &TransferRequestCase,
    f: &mut Findings,
) -> (&'static [&'static str], Vec<ReasonOption>) {
    unpaid_is_no_reason(c, f);
    let reasons = vec![
        no_termination(f.ctx.locale, "any"),
        ReasonOption {
            code: "registry_rules".to_string(),
            list: "registry",
            label: text::label(&REASON_REGISTRY_RULES, f.ctx.locale).to_string(),
        },
    ];
    (&["release", "refuse"], reasons)
}

/// R-T7 (seed 004): unpaid invoices are never a reason to refuse: the domain is no collateral.
fn unpaid_is_no_reason(c: &TransferRequestCase, f: &mut Findings) {
    if c.unpaid_invoices {
        f.flag(Code::UNPAID_INVOICES_NOT_A_REASON, Some("invoices.unpaid"));
    }
}

/// The refusal reason "no proper termination", on the list `list`.
fn no_termination(locale: Locale, list: &'static str) -> ReasonOption {
    ReasonOption {
        code: NO_TERMINATION.to_string(),
        list,
        label: text::label(&REASON_NO_TERMINATION, locale).to_string(),
    }
}

/// R-T7: `.de` (and registries with a DENIC-like profile): refuse only without a proper
/// termination; unpaid invoices are never a reason.
fn denic(
    c: &TransferRequestCase,
    f: &mut Findings,
    locale: Locale,
) -> (&'static [&'static str], Vec<ReasonOption>) {
    unpaid_is_no_reason(c, f);
    let proper = matches!(
        c.termination,
        Some((Sender::Holder | Sender::Representative, Recipient::Reseller))
    ) && matches!(
        c.evk_signed_by,
        Some(Some(Sender::Holder | Sender::Representative))
    );
    if proper {
        f.flag(Code::TRANSFER_MUST_RELEASE, None);
        (&["release"], Vec::new())
    } else {
        let field = if c.termination.is_none() {
            "termination"
        } else {
            "evk"
        };
        f.flag(Code::TRANSFER_MAY_REFUSE_NO_TERMINATION, Some(field));
        (
            &["release", "refuse"],
            vec![no_termination(locale, "denic")],
        )
    }
}

/// R-T8, R-T9: gTLDs by the Transfer Policy in force.
fn gtld(
    ctx: &Context,
    c: &TransferRequestCase,
    f: &mut Findings,
    deadlines: &mut Deadlines,
) -> (&'static [&'static str], Vec<ReasonOption>) {
    let locale = ctx.locale;
    let Some(policy) = ctx.policy.transfer_policy(ctx.today) else {
        return (&["ack", "nack"], Vec::new());
    };
    // The answer window.
    if let Some(ack) = schedule::ack_deadline(c.received, policy) {
        super::set_date(&mut deadlines.ack_deadline, Some(ack));
        let code = if ctx.today > ack {
            Code::TRANSFER_ACK_DEADLINE_PASSED
        } else {
            Code::TRANSFER_ACK_DEADLINE
        };
        f.put(code, None, "ack_deadline", &[P::Date(ack)]);
    }
    // The 60-day windows, derived from the dates.
    // Borrowed, not cloned: the derived fact is a constant.
    let mut facts: Vec<&str> = Vec::with_capacity(c.facts.len() + 1);
    for fact in &c.facts {
        facts.push(fact);
    }
    if let Some((until, since, _)) =
        schedule::transfer_lock_until(c.registered, c.last_transfer, policy)
    {
        let fact = match since {
            LockSince::Transfer => WITHIN_TRANSFER_LOCK,
            LockSince::Creation => WITHIN_CREATION_LOCK,
        };
        super::set_date(&mut deadlines.transfer_lock_until, Some(until));
        if ctx.today <= until && !facts.contains(&fact) {
            facts.push(fact);
        }
    }
    // Non-payment counts once the registrar has put the domain on hold: `clientHold`; the
    // registry's `serverHold` is not the registrar's doing (R-T9, R-T11).
    let on_hold = c.status.iter().any(|s| s == "clientHold");
    let known = |code: &str| policy.reasons.iter().find(|r| r.code == code);
    let mut must: Vec<&DenialReason> = Vec::new();
    let mut may: Vec<&DenialReason> = Vec::new();
    let mut not: Vec<&DenialReason> = Vec::new();
    for fact in &facts {
        let Some(r) = known(fact) else { continue };
        match r.list {
            DenyList::MustDeny => must.push(r),
            DenyList::MayDeny if r.code == NO_PAYMENT_PAST && !on_hold => {
                f.flag(Code::TRANSFER_HOLD_FIRST, Some("domain.status"));
            }
            DenyList::MayDeny => may.push(r),
            DenyList::MayNotDeny => not.push(r),
        }
    }
    if !not.is_empty() {
        listed(f, Code::TRANSFER_NOT_A_REASON, &not, None);
    }
    let id = Some(policy.id.as_str());
    if !must.is_empty() {
        listed(f, Code::TRANSFER_MUST_DENY, &must, id);
        return (&["nack"], options(&must, locale));
    }
    if !may.is_empty() {
        listed(f, Code::TRANSFER_MAY_DENY, &may, id);
        return (&["ack", "nack"], options(&may, locale));
    }
    (&["ack"], Vec::new())
}

/// The finding about the facts on one deny list: their codes (and the policy's id, if given)
/// as params, their labels for the message.
fn listed(f: &mut Findings, code: Code, reasons: &[&DenialReason], policy: Option<&str>) {
    let mut codes = Vec::with_capacity(reasons.len());
    for r in reasons {
        codes.push(r.code.as_str());
    }
    let codes = P::List(&codes);
    let params = match policy {
        Some(id) => super::params("reasons policy", &[codes, P::Str(id)]),
        None => super::params("reasons", &[codes]),
    };
    let shown = labels(reasons, f.ctx.locale);
    f.add_with(code, Some("facts"), params, &[("labels", shown)]);
}
