//! The `transfer_request` case: the domain, the incoming request, the termination and EVK
//! on file, and the answer the user chose (R-T7 … R-T10).

use super::{read_domain_name, read_status, Context, Recipient, Sender, RECIPIENTS, SENDERS};
use crate::domain::DomainName;
use crate::input::{indexed, Choices, Reader};
use crate::json::Json;
use crate::text::input::INPUT_UNKNOWN_FACT;
use crate::text::render;
use crate::transfer_policy::{in_force, DenialReason};
use chrono::NaiveDate;

/// A `transfer_request` case.
#[derive(Debug, Clone)]
pub struct TransferRequestCase {
    /// The domain.
    pub name: DomainName,
    /// Its registration date (gTLD 60-day window).
    pub registered: NaiveDate,
    /// EPP status values (`clientHold` matters for non-payment).
    pub status: Vec<String>,
    /// The last transfer in.
    pub last_transfer: Option<NaiveDate>,
    /// When the request reached the losing side.
    pub received: NaiveDate,
    /// Whether a termination from the holder to the reseller exists.
    pub termination: Option<(Sender, Recipient)>,
    /// Who signed the EVK, if one exists.
    pub evk_signed_by: Option<Option<Sender>>,
    /// Whether invoices are unpaid.
    pub unpaid_invoices: bool,
    /// The circumstances the user ticked (codes of the Transfer Policy).
    pub facts: Vec<String>,
    /// The answer the user chose, if any.
    pub answer: Option<&'static str>,
    /// The reason for a refusal.
    pub reason: Option<String>,
}

const ANSWERS: Choices<&str, 4> = Choices::new(&[
    ("release", "release"),
    ("refuse", "refuse"),
    ("ack", "ack"),
    ("nack", "nack"),
]);

/// The refusal reason for a `.de` request without a proper termination.
pub const NO_TERMINATION: &str = "no_termination";

impl TransferRequestCase {
    pub(crate) fn read(
        case: &Json,
        ctx: Option<&Context>,
        r: &mut Reader,
    ) -> Option<TransferRequestCase> {
        let d = r.object_in(case, "domain", true).unwrap_or(&Json::Null);
        let name = read_domain_name(d.get("name"), "domain.name", r);
        let registered = r.date_in(d, "domain.registered", true);
        let status = read_status(d.get("status"), "domain.status", r);
        let last_transfer = r.date_in(d, "domain.last_transfer", false);
        let req = r.object_in(case, "request", true).unwrap_or(&Json::Null);
        let received = r.date_in(req, "request.received", true);
        let _ = r.text_in(req, "request.gaining_registrar", false);
        let termination = r.object_in(case, "termination", false).and_then(|t| {
            let from = r.choice_in(t, "termination.from", &SENDERS, true);
            let to = r.choice_in(t, "termination.to", &RECIPIENTS, true);
            Some((from?, to?))
        });
        let evk_signed_by = r
            .object_in(case, "evk", false)
            .map(|e| r.choice_in(e, "evk.signed_by", &SENDERS, false));
        let unpaid_invoices = match r.object_in(case, "invoices", false) {
            Some(i) => r.flag_in(i, "invoices.unpaid"),
            None => false,
        };
        let facts = r.text_list(case.get("facts"), "facts");
        if let Some(ctx) = ctx {
            validate_facts(ctx, &facts, r);
        }
        let answer = r.choice_in(case, "answer", &ANSWERS, false);
        let reason = r.text_in(case, "reason", false);
        Some(TransferRequestCase {
            name: name?,
            registered: registered?,
            status,
            last_transfer,
            received: received?,
            termination,
            evk_signed_by,
            unpaid_invoices,
            facts,
            answer,
            reason,
        })
    }
}

/// Input check: every `facts` entry must be a code of the Transfer Policy in force.
fn validate_facts(ctx: &Context, facts: &[String], r: &mut Reader) {
    let known = all_reasons(ctx);
    for (i, fact) in facts.iter().enumerate() {
        if !known.iter().any(|k| &k.code == fact) {
            let list: Vec<Json> = known.iter().map(|k| Json::from(k.code.as_str())).collect();
            let shown: String = fact.chars().take(40).collect();
            r.error(
                crate::input::InputCode::INVALID_VALUE,
                &indexed("facts", i),
                render(&INPUT_UNKNOWN_FACT, r.locale, &[("found", &shown)]),
                Json::object([
                    ("expected", Json::Array(list)),
                    ("found", shown.as_str().into()),
                ]),
            );
        }
    }
}

/// The denial reasons of the Transfer Policy in force on `ctx.today`.
pub(crate) fn all_reasons(ctx: &Context) -> Vec<DenialReason> {
    in_force(&ctx.policy.transfer_policies, ctx.today)
        .map(|p| p.reasons.clone())
        .unwrap_or_default()
}
