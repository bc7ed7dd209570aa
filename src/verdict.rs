//! The verdict: what `check` gives back for a well-formed case.

use crate::json::Json;
use crate::messages::Code;
use crate::Locale;
use serde::Serialize;

/// How serious a finding is. Any `block` makes the verdict `allowed: false`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The action must not go ahead.
    Block,
    /// The action may go ahead once the user has read this.
    Warn,
    /// For information (a date to know, a step to remember).
    Info,
}

impl Severity {
    /// The name used in the JSON (`block`, `warn`, `info`).
    pub fn name(self) -> &'static str {
        match self {
            Severity::Block => "block",
            Severity::Warn => "warn",
            Severity::Info => "info",
        }
    }
}

/// One thing the rules found about a case.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Stable upper-snake-case code (see `docs/codes.md`).
    pub code: &'static str,
    /// `block`, `warn` or `info`.
    pub severity: Severity,
    /// The dotted path of the case field the finding is about, or `None`.
    pub field: Option<String>,
    /// The message in the case's locale.
    pub message: String,
    /// The figures the message is built from (dates as `YYYY-MM-DD`).
    pub params: Json,
}

impl Finding {
    /// Builds a finding with the code's severity and its message in `locale`.
    pub fn new(code: Code, field: Option<&str>, params: Json, locale: Locale) -> Finding {
        Finding {
            code: code.name(),
            severity: code.severity(),
            field: field.map(str::to_string),
            message: code.message(locale, &params),
            params,
        }
    }
}

/// The deadlines of a case; only those that apply to the action are present.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Deadlines {
    /// The next renewal (the one that is billed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renewal: Option<String>,
    /// The day by which the registrar must have the close notice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice_deadline: Option<String>,
    /// The day the domain is closed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub close_date: Option<String>,
    /// The last day a scheduled close can be undone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub undo_until: Option<String>,
    /// The last day of the redemption grace period after the deletion.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rgp_until: Option<String>,
    /// The first day the AuthInfo no longer works.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authinfo_expires: Option<String>,
    /// The day a transfer request is approved automatically when not answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ack_deadline: Option<String>,
    /// The last day of the 60-day window after creation or a transfer (gTLDs).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_lock_until: Option<String>,
    /// The last day a completed transfer is usually not billed again.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_safe_until: Option<String>,
    /// gTLD: the last day the registrar may take to give the holder the code (R-T12).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authinfo_provide_by: Option<String>,
}

/// Generated documents, as plain text.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Documents {
    /// The notification to the registrar, in the registrar's required wording.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registrar_notice: Option<String>,
    /// The confirmation letter to the holder, in the case's locale.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holder_letter: Option<String>,
}

/// `transfer_request`: which answers the losing side may give, and with which reasons.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Answers {
    /// The answers allowed: `.de` `release`/`refuse`, gTLD `ack`/`nack`.
    pub permitted: Vec<&'static str>,
    /// The one answer the rules leave (or call for), if any.
    pub recommended: Option<&'static str>,
    /// The reasons a refusal may give (empty when refusing is not permitted).
    pub refusal_reasons: Vec<ReasonOption>,
}

/// A reason a refusal may give, as listed in the verdict's `answers`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReasonOption {
    /// Stable code (what the case's `reason` names).
    pub code: String,
    /// `may_deny` or `must_deny` (gTLD), `denic` (.de).
    pub list: &'static str,
    /// Its label in the case's locale.
    pub label: String,
}

/// `authinfo_release`: one item of the move checklist (R-M1, R-M2).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChecklistItem {
    /// Stable id (`website_copied`, `dns_mx`, …).
    pub item: &'static str,
    /// The case field that records it.
    pub field: &'static str,
    /// Whether it is done.
    pub done: bool,
    /// Its label in the case's locale.
    pub label: String,
}

/// The answer to a well-formed case.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// False exactly when some finding blocks.
    pub allowed: bool,
    /// Blocks first, then warnings, then information; in rule order within each.
    pub findings: Vec<Finding>,
    /// The deadlines that apply.
    pub deadlines: Deadlines,
    /// The generated documents.
    pub documents: Documents,
    /// `transfer_request` only: the permitted answers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answers: Option<Answers>,
    /// `authinfo_release` only: the move checklist.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checklist: Option<Vec<ChecklistItem>>,
}

impl Verdict {
    /// Orders the findings by severity (stable) and derives `allowed`.
    pub fn new(findings: Vec<Finding>, deadlines: Deadlines, documents: Documents) -> Verdict {
        // Stable by severity: blocks, then warnings, then information, each in rule order.
        // Three passes instead of the standard sort, whose code would add ~5 KB to the wasm.
        let mut ordered = Vec::with_capacity(findings.len());
        for severity in [Severity::Block, Severity::Warn, Severity::Info] {
            ordered.extend(findings.iter().filter(|f| f.severity == severity).cloned());
        }
        let findings = ordered;
        let allowed = !findings.iter().any(|f| f.severity == Severity::Block);
        Verdict {
            allowed,
            findings,
            deadlines,
            documents,
            answers: None,
            checklist: None,
        }
    }
}
