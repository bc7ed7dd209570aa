//! The verdict: what `check` gives back for a well-formed case.

use crate::json::Json;
use crate::messages::Code;
// Defined beside the codes, whose severities it names; a verdict's type by use.
pub use crate::messages::Severity;
use crate::Locale;

/// One thing the rules found about a case.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Stable upper-snake-case code (see `docs/codes.md`).
    pub code: &'static str,
    /// `block`, `warn` or `info`.
    pub severity: Severity,
    /// The dotted path of the case field the finding is about, or `None`.
    pub field: Option<String>,
    /// The form control the finding belongs to, when the case was built from a form
    /// (see [`crate::form::controls_for`]); absent otherwise.
    pub control: Option<String>,
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
            control: None,
            message: code.message(locale, &params),
            params,
        }
    }
}

/// The deadlines of a case; only those that apply to the action are present.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Deadlines {
    /// The next renewal (the one that is billed).
    pub renewal: Option<String>,
    /// The day by which the registrar must have the close notice.
    pub notice_deadline: Option<String>,
    /// The day the domain is closed.
    pub close_date: Option<String>,
    /// The last day a scheduled close can be undone.
    pub undo_until: Option<String>,
    /// The last day of the redemption grace period after the deletion.
    pub rgp_until: Option<String>,
    /// The first day the AuthInfo no longer works.
    pub authinfo_expires: Option<String>,
    /// The day a transfer request is approved automatically when not answered.
    pub ack_deadline: Option<String>,
    /// The last day of the 60-day window after creation or a transfer (gTLDs).
    pub transfer_lock_until: Option<String>,
    /// The last day a completed transfer is usually not billed again.
    pub transfer_safe_until: Option<String>,
    /// gTLD: the last day the registrar may take to give the holder the code (R-T12).
    pub authinfo_provide_by: Option<String>,
}

/// Generated documents, as plain text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Documents {
    /// The notification to the registrar, in the registrar's required wording.
    pub registrar_notice: Option<String>,
    /// The confirmation letter to the holder, in the case's locale.
    pub holder_letter: Option<String>,
}

/// `transfer_request`: which answers the losing side may give, and with which reasons.
#[derive(Debug, Clone, PartialEq)]
pub struct Answers {
    /// The answers allowed: `.de` `release`/`refuse`, gTLD `ack`/`nack`.
    pub permitted: Vec<&'static str>,
    /// The one answer the rules leave (or call for), if any.
    pub recommended: Option<&'static str>,
    /// The reasons a refusal may give (empty when refusing is not permitted).
    pub refusal_reasons: Vec<ReasonOption>,
    /// The permitted answers with their labels in the case's locale, in the order of
    /// `permitted`: what an answer form offers.
    pub options: Vec<AnswerOption>,
}

/// A permitted answer of a transfer request, as listed in the verdict's `answers.options`.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerOption {
    /// The answer as the case's `answer` names it (`release`, `refuse`, `ack`, `nack`).
    pub value: &'static str,
    /// Its label in the case's locale.
    pub label: String,
}

/// One deadline of the verdict's `deadline_list`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeadlineItem {
    /// The deadline's name, as in `deadlines` (`notice_deadline`, …).
    pub key: &'static str,
    /// The day, `YYYY-MM-DD`.
    pub date: String,
    /// What the day is, in the case's locale (the calendar's label).
    pub label: String,
}

/// Which finding a typed confirmation answers (`cms_delete`: typing the number of pages that
/// go with the deleted one).
#[derive(Debug, Clone, PartialEq)]
pub struct Confirmation {
    /// The code of the finding the typed text answers (`DELETE_WITH_DESCENDANTS`): once the
    /// right text is typed, it needs no acknowledgement of its own.
    pub finding: &'static str,
    /// The case field the text is typed into.
    pub field: &'static str,
    /// The text to type.
    pub expected: String,
}

/// A reason a refusal may give, as listed in the verdict's `answers`.
#[derive(Debug, Clone, PartialEq)]
pub struct ReasonOption {
    /// Stable code (what the case's `reason` names).
    pub code: String,
    /// `may_deny` or `must_deny` (gTLD), `denic` (.de).
    pub list: &'static str,
    /// Its label in the case's locale.
    pub label: String,
}

/// `authinfo_release`: one item of the move checklist (R-M1, R-M2).
#[derive(Debug, Clone, PartialEq)]
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
#[derive(Debug, Clone, PartialEq)]
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
    pub answers: Option<Answers>,
    /// `authinfo_release` only: the move checklist.
    pub checklist: Option<Vec<ChecklistItem>>,
    /// The deadlines of `deadlines` in the order a page lists them, each with its label in the
    /// case's locale. `authinfo_provide_by` is in `deadlines` only.
    pub deadline_list: Vec<DeadlineItem>,
    /// `transfer_out` and `authinfo_release` only: whether the AuthInfo is held back (no
    /// showing, copying, pasting or generating it): while any finding about something other
    /// than the code itself (`authinfo.code`) blocks.
    pub authinfo_held_back: Option<bool>,
    /// Which finding a typed confirmation answers, or `null` when none is asked for.
    pub confirmation: Option<Confirmation>,
}

impl Deadlines {
    /// The date of the deadline `key`, if it applies.
    pub fn get(&self, key: &str) -> Option<&str> {
        if key == "authinfo_provide_by" {
            return self.authinfo_provide_by.as_deref();
        }
        self.listed()
            .into_iter()
            .find(|(k, ..)| *k == key)
            .and_then(|(_, date, _)| date.as_deref())
    }

    /// The deadlines a page and a calendar list, in their order, each with its label: the one
    /// place where the keys, the fields and the labels stand side by side (the verdict's
    /// `deadline_list`, [`crate::calendar::deadline_events`] and
    /// [`crate::calendar::deadline_label`] read it). `authinfo_provide_by` is not listed: it is
    /// in `deadlines` only.
    pub(crate) fn listed(
        &self,
    ) -> [(&'static str, &Option<String>, &'static crate::text::Entry); 9] {
        use crate::text::labels::*;
        [
            (
                "notice_deadline",
                &self.notice_deadline,
                &DEADLINE_NOTICE_DEADLINE,
            ),
            ("undo_until", &self.undo_until, &DEADLINE_UNDO_UNTIL),
            ("close_date", &self.close_date, &DEADLINE_CLOSE_DATE),
            (
                "transfer_safe_until",
                &self.transfer_safe_until,
                &DEADLINE_TRANSFER_SAFE_UNTIL,
            ),
            ("renewal", &self.renewal, &DEADLINE_RENEWAL),
            ("rgp_until", &self.rgp_until, &DEADLINE_RGP_UNTIL),
            (
                "authinfo_expires",
                &self.authinfo_expires,
                &DEADLINE_AUTHINFO_EXPIRES,
            ),
            ("ack_deadline", &self.ack_deadline, &DEADLINE_ACK_DEADLINE),
            (
                "transfer_lock_until",
                &self.transfer_lock_until,
                &DEADLINE_TRANSFER_LOCK_UNTIL,
            ),
        ]
    }
}

impl Verdict {
    /// Orders the findings by severity (stable) and derives `allowed`.
    pub fn new(findings: Vec<Finding>, deadlines: Deadlines, documents: Documents) -> Verdict {
        // Stable by severity: blocks, then warnings, then information, each in rule order.
        // Moved into one list per severity instead of the standard sort, whose code would add
        // ~5 KB to the wasm (and without cloning a finding).
        let mut lists: [Vec<Finding>; 3] = Default::default();
        for f in findings {
            if let Some(list) = lists.get_mut(f.severity as usize) {
                list.push(f);
            }
        }
        let [mut findings, mut warn, mut info] = lists;
        let allowed = findings.is_empty();
        findings.append(&mut warn);
        findings.append(&mut info);
        Verdict {
            allowed,
            findings,
            deadlines,
            documents,
            answers: None,
            checklist: None,
            deadline_list: Vec::new(),
            authinfo_held_back: None,
            confirmation: None,
        }
    }

    /// A verdict without deadlines or documents.
    #[inline(never)]
    pub(crate) fn bare(findings: Vec<Finding>) -> Verdict {
        Verdict::without_documents(findings, Deadlines::default())
    }

    /// A verdict without documents.
    #[inline(never)]
    pub(crate) fn without_documents(findings: Vec<Finding>, deadlines: Deadlines) -> Verdict {
        Verdict::new(findings, deadlines, Documents::default())
    }

    /// Adds what the verdict decides for the page beyond the findings: the labelled
    /// deadline list, whether the AuthInfo is held back, which finding a typed confirmation
    /// answers, the labels of the permitted answers. Derived from the findings, deadlines and
    /// answers, so no page repeats the decision.
    pub(crate) fn complete(&mut self, action: crate::case::Action, locale: Locale) {
        use crate::case::Action;
        let mut list = Vec::new();
        for (key, date, label) in self.deadlines.listed() {
            if let Some(date) = date {
                list.push(DeadlineItem {
                    key,
                    date: date.clone(),
                    label: crate::text::label(label, locale).to_string(),
                });
            }
        }
        self.deadline_list = list;
        if matches!(action, Action::TransferOut | Action::AuthinfoRelease) {
            self.authinfo_held_back = Some(self.findings.iter().any(|f| {
                f.severity == Severity::Block && f.field.as_deref() != Some(AUTHINFO_FIELD)
            }));
        }
        self.confirmation = self
            .findings
            .iter()
            .find(|f| f.code == Code::DELETE_WITH_DESCENDANTS.name())
            .map(|f| Confirmation {
                finding: f.code,
                field: "confirmation",
                expected: match f.params.get("descendants") {
                    Json::Number(n) => crate::json::number_text(*n),
                    _ => String::new(),
                },
            });
        if let Some(answers) = &mut self.answers {
            let mut options = Vec::with_capacity(answers.permitted.len());
            for &value in &answers.permitted {
                options.push(AnswerOption {
                    value,
                    label: capitalised(&crate::messages::answer_label(value, locale)),
                });
            }
            answers.options = options;
        }
    }
}

/// The case field of the AuthInfo itself.
const AUTHINFO_FIELD: &str = "authinfo.code";

/// `text` with its first letter upper-case (ASCII: the labels start with one; no Unicode case
/// tables in the wasm): a label stands alone, the message text it comes from is written for
/// the middle of a sentence.
fn capitalised(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The order a page and a calendar list the deadlines in, each key with its own field and
    /// label; `get` reads every field, `authinfo_provide_by` included.
    #[test]
    fn each_listed_deadline_is_its_own_field_in_the_page_order() {
        let order = [
            "notice_deadline",
            "undo_until",
            "close_date",
            "transfer_safe_until",
            "renewal",
            "rgp_until",
            "authinfo_expires",
            "ack_deadline",
            "transfer_lock_until",
        ];
        let listed = Deadlines::default().listed().map(|(key, ..)| key);
        assert_eq!(listed, order);
        // every field a different date: each listed key holds the date the JSON writes under
        // that key (the verdict's `deadlines` object)
        let mut deadlines = Deadlines::default();
        for (i, field) in [
            &mut deadlines.renewal,
            &mut deadlines.notice_deadline,
            &mut deadlines.close_date,
            &mut deadlines.undo_until,
            &mut deadlines.rgp_until,
            &mut deadlines.authinfo_expires,
            &mut deadlines.ack_deadline,
            &mut deadlines.transfer_lock_until,
            &mut deadlines.transfer_safe_until,
            &mut deadlines.authinfo_provide_by,
        ]
        .into_iter()
        .enumerate()
        {
            *field = Some(format!("2009-01-{:02}", i + 1));
        }
        let mut text = String::new();
        crate::json::ToJson::write_json(&deadlines, &mut text);
        let json: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        for (key, date, _) in deadlines.listed() {
            assert!(date.is_some(), "{key}");
            assert_eq!(date.as_deref(), json[key].as_str(), "{key}");
            assert_eq!(deadlines.get(key), json[key].as_str(), "{key}");
        }
        assert_eq!(deadlines.get("authinfo_provide_by"), Some("2009-01-10"));
        assert_eq!(json["authinfo_provide_by"], "2009-01-10");
        assert_eq!(deadlines.get("holder"), None);
        let labels_de: Vec<_> = order
            .iter()
            .filter_map(|k| crate::calendar::deadline_label(k, Locale::De))
            .collect();
        assert_eq!(
            labels_de,
            [
                "Kündigung muss beim Registrar sein bis",
                "Rückgängig machbar bis",
                "Schließung zum",
                "Transfer ohne erneute Berechnung bis",
                "Nächste Verlängerung",
                "Wiederherstellung (RGP) möglich bis",
                "AuthInfo ungültig ab",
                "ACK/NACK-Frist bis",
                "Transfersperre bis",
            ]
        );
    }
}

// ---------------------------------------------------------------------------------------------
// JSON output: the one description of the verdict's shape (see [`crate::json::ToJson`]).
crate::json::serde_via_text!(
    Severity,
    Finding,
    Deadlines,
    Documents,
    Answers,
    AnswerOption,
    DeadlineItem,
    Confirmation,
    ReasonOption,
    ChecklistItem,
    Verdict
);

mod write_json {
    use super::*;
    use crate::json::{close, key, member, ToJson};

    impl ToJson for Severity {
        fn write_json(&self, out: &mut String) {
            self.name().write_json(out);
        }
    }

    impl ToJson for Finding {
        fn write_json(&self, out: &mut String) {
            out.push('{');
            member(out, key!("code"), self.code);
            member(out, key!("severity"), &self.severity);
            member(out, key!("field"), &self.field);
            if let Some(control) = &self.control {
                member(out, key!("control"), control);
            }
            member(out, key!("message"), &self.message);
            member(out, key!("params"), &self.params);
            close(out, '}');
        }
    }

    impl ToJson for Deadlines {
        fn write_json(&self, out: &mut String) {
            let dates = [
                (key!("renewal"), &self.renewal),
                (key!("notice_deadline"), &self.notice_deadline),
                (key!("close_date"), &self.close_date),
                (key!("undo_until"), &self.undo_until),
                (key!("rgp_until"), &self.rgp_until),
                (key!("authinfo_expires"), &self.authinfo_expires),
                (key!("ack_deadline"), &self.ack_deadline),
                (key!("transfer_lock_until"), &self.transfer_lock_until),
                (key!("transfer_safe_until"), &self.transfer_safe_until),
                (key!("authinfo_provide_by"), &self.authinfo_provide_by),
            ];
            out.push('{');
            for (name, date) in dates {
                if let Some(date) = date {
                    member(out, name, date);
                }
            }
            close(out, '}');
        }
    }

    impl ToJson for Documents {
        fn write_json(&self, out: &mut String) {
            out.push('{');
            if let Some(notice) = &self.registrar_notice {
                member(out, key!("registrar_notice"), notice);
            }
            if let Some(letter) = &self.holder_letter {
                member(out, key!("holder_letter"), letter);
            }
            close(out, '}');
        }
    }

    impl ToJson for Answers {
        fn write_json(&self, out: &mut String) {
            out.push('{');
            member(out, key!("permitted"), &self.permitted);
            member(out, key!("recommended"), &self.recommended);
            member(out, key!("refusal_reasons"), &self.refusal_reasons);
            member(out, key!("options"), &self.options);
            close(out, '}');
        }
    }

    impl ToJson for AnswerOption {
        fn write_json(&self, out: &mut String) {
            out.push('{');
            member(out, key!("value"), self.value);
            member(out, key!("label"), &self.label);
            close(out, '}');
        }
    }

    impl ToJson for DeadlineItem {
        fn write_json(&self, out: &mut String) {
            out.push('{');
            member(out, key!("key"), self.key);
            member(out, key!("date"), &self.date);
            member(out, key!("label"), &self.label);
            close(out, '}');
        }
    }

    impl ToJson for Confirmation {
        fn write_json(&self, out: &mut String) {
            out.push('{');
            member(out, key!("finding"), self.finding);
            member(out, key!("field"), self.field);
            member(out, key!("expected"), &self.expected);
            close(out, '}');
        }
    }

    impl ToJson for ReasonOption {
        fn write_json(&self, out: &mut String) {
            out.push('{');
            member(out, key!("code"), &self.code);
            member(out, key!("list"), self.list);
            member(out, key!("label"), &self.label);
            close(out, '}');
        }
    }

    impl ToJson for ChecklistItem {
        fn write_json(&self, out: &mut String) {
            out.push('{');
            member(out, key!("item"), self.item);
            member(out, key!("field"), self.field);
            member(out, key!("done"), &self.done);
            member(out, key!("label"), &self.label);
            close(out, '}');
        }
    }

    impl ToJson for Verdict {
        fn write_json(&self, out: &mut String) {
            out.push('{');
            member(out, key!("allowed"), &self.allowed);
            member(out, key!("findings"), &self.findings);
            member(out, key!("deadlines"), &self.deadlines);
            member(out, key!("documents"), &self.documents);
            if let Some(answers) = &self.answers {
                member(out, key!("answers"), answers);
            }
            if let Some(checklist) = &self.checklist {
                member(out, key!("checklist"), checklist);
            }
            member(out, key!("deadline_list"), &self.deadline_list);
            if let Some(held_back) = &self.authinfo_held_back {
                member(out, key!("authinfo_held_back"), held_back);
            }
            member(out, key!("confirmation"), &self.confirmation);
            close(out, '}');
        }
    }
}
