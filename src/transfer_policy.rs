//! ICANN's Transfer Policy as data (R-T8, R-T9, R-T12): every figure of a gTLD transfer —
//! the lock windows after creation and after a transfer, the answer window, the code's
//! lifetime and hand-out deadline, the shortest code accepted, and the may / must / may-not
//! deny lists — lives here once, per policy version with its effective date. `transfer_out`,
//! `transfer_request`, `authinfo_release` and the inventory all read the version in force on
//! `today` through [`in_force`], so switching on the revised policy changes them alike.
//!
//! Built in: [`icann_2024`], the policy in force (the 2024 text; its figures have applied
//! since 12 November 2004), and [`icann_revised`], the revised policy the ICANN Board adopted
//! in 2026, whose effective date ICANN has yet to set: a profile or a case switches it on by
//! naming its id with an effective date (`policy.transfer_policies`).

use crate::locale::{de, en};
use chrono::NaiveDate;

/// Which list a denial reason is on (Transfer Policy section I.A.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DenyList {
    /// I.A.3.7 (2024 text): the registrar may deny for this reason.
    MayDeny,
    /// I.A.3.8 (2024 text): the registrar must deny.
    MustDeny,
    /// I.A.3.9 (2024 text): the registrar may not deny for this reason.
    MayNotDeny,
}

impl DenyList {
    /// The name used in JSON (`may_deny`, `must_deny`, `may_not_deny`).
    pub fn name(self) -> &'static str {
        match self {
            DenyList::MayDeny => "may_deny",
            DenyList::MustDeny => "must_deny",
            DenyList::MayNotDeny => "may_not_deny",
        }
    }
}

/// One circumstance of a transfer request, on one of the lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DenialReason {
    /// Stable code (`fraud`, `no_response_from_holder`, …): what a case lists in `facts`.
    pub code: String,
    /// The list it is on.
    pub list: DenyList,
    /// German label.
    pub de: String,
    /// English label.
    pub en: String,
}

/// One version of the Transfer Policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransferPolicy {
    /// Its id (`icann-2024`).
    pub id: String,
    /// The first day it applies.
    pub effective: NaiveDate,
    /// Days the losing registrar has to answer before the transfer is approved automatically.
    pub ack_days: i64,
    /// Days after creation in which a transfer may be denied.
    pub lock_days_after_creation: i64,
    /// Days after a transfer in which a further transfer may be denied.
    pub lock_days_after_transfer: i64,
    /// Days an AuthInfo (TAC) is valid from its creation; `None`: the policy sets no lifetime.
    pub code_valid_days: Option<i64>,
    /// Calendar days within which the registrar must give the holder the code once asked.
    pub code_provide_days: i64,
    /// The shortest code the registrar accepts or hands out under this version.
    pub code_min_length: usize,
    /// The section numbers of the may / must / may-not deny lists, for messages and docs.
    pub sections: [&'static str; 3],
    /// The circumstances and their lists.
    pub reasons: Vec<DenialReason>,
}

impl TransferPolicy {
    /// The section of the policy text that holds `list`.
    pub fn section(&self, list: DenyList) -> &'static str {
        let [may, must, not] = self.sections;
        match list {
            DenyList::MayDeny => may,
            DenyList::MustDeny => must,
            DenyList::MayNotDeny => not,
        }
    }
}

/// The circumstance "within the lock period after creation" (2024 text: 60 days), derived from the dates.
pub const WITHIN_CREATION_LOCK: &str = "creation_lock_period";
/// The circumstance "within the lock period after a transfer" (2024 text: 60 days), derived from the dates.
pub const WITHIN_TRANSFER_LOCK: &str = "transfer_lock_period";
/// Non-payment for a past period: a reason only once the domain is on hold.
pub const NO_PAYMENT_PAST: &str = "no_payment_past_period";

fn reason(code: &str, list: DenyList, de: &str, en: &str) -> DenialReason {
    DenialReason {
        code: code.to_string(),
        list,
        de: de.to_string(),
        en: en.to_string(),
    }
}

/// The 2024 text's circumstances: code, list, German and English label.
const REASONS_2024: [(&str, DenyList, &str, &str); 16] = [
    ("fraud", DenyList::MayDeny, de!("Beweise für Betrug"), en!("evidence of fraud")),
    ("identity_dispute", DenyList::MayDeny, de!("begründeter Streit über die Identität des Inhabers oder Antragstellers"), en!("reasonable dispute over the identity of the registrant or the requester")),
    (NO_PAYMENT_PAST, DenyList::MayDeny, de!("keine Zahlung für einen vergangenen oder den laufenden Zeitraum (Domain vorher auf Hold gesetzt)"), en!("no payment for a past or the current period (domain put on hold first)")),
    ("express_objection", DenyList::MayDeny, de!("ausdrücklicher schriftlicher Widerspruch des Inhabers"), en!("the holder's express written objection")),
    (WITHIN_CREATION_LOCK, DenyList::MayDeny, de!("innerhalb der Sperrfrist nach der Registrierung"), en!("within the lock period after the registration")),
    (WITHIN_TRANSFER_LOCK, DenyList::MayDeny, de!("innerhalb der Sperrfrist nach dem letzten Transfer"), en!("within the lock period after the last transfer")),
    ("udrp_pending", DenyList::MustDeny, de!("laufendes UDRP-Verfahren, von dem der Registrar weiß"), en!("a pending UDRP proceeding the registrar has been told of")),
    ("urs_pending", DenyList::MustDeny, de!("laufendes URS-Verfahren oder URS-Sperre"), en!("a pending URS proceeding or URS suspension")),
    ("court_order", DenyList::MustDeny, de!("gerichtliche Anordnung"), en!("a court order")),
    ("tdrp_pending", DenyList::MustDeny, de!("laufendes TDRP-Verfahren über einen früheren Transfer"), en!("a pending TDRP dispute over a previous transfer")),
    ("change_of_registrant_lock", DenyList::MustDeny, de!("60-Tage-Sperre nach Inhaberwechsel (kein Opt-out des Inhabers)"), en!("60-day lock after a change of registrant the holder did not opt out of")),
    ("no_payment_future_period", DenyList::MayNotDeny, de!("keine Zahlung für einen kommenden Zeitraum"), en!("non-payment for a pending or future period")),
    ("no_response_from_holder", DenyList::MayNotDeny, de!("keine Antwort des Inhabers"), en!("no response from the holder")),
    ("registrar_lock_not_liftable", DenyList::MayNotDeny, de!("Registrar-Sperre, die der Inhaber nicht selbst aufheben konnte"), en!("a registrar lock the holder could not lift")),
    ("time_constraints", DenyList::MayNotDeny, de!("andere Fristen als die 60-Tage-Fenster"), en!("time constraints other than the 60-day windows")),
    ("reseller_payment_dispute", DenyList::MayNotDeny, de!("Zahlungsstreit zwischen Registrar und Reseller, obwohl der Inhaber bezahlt hat"), en!("a payment dispute between the registrar and its reseller when the holder has paid")),
];

/// The Transfer Policy in force: the 2024 text. Its figures (the 60-day windows, the 5-day
/// answer window) have applied since the first Inter-Registrar Transfer Policy took effect on
/// 12 November 2004, so that is the date it is in force from here. I.A.3.7 may deny (the 60-day windows are I.A.3.7.5 and I.A.3.7.6), I.A.3.8 must
/// deny, I.A.3.9 may not deny; the losing registrar answers within 5 days (I.A.3.4); the
/// code has no fixed lifetime and is provided within 5 calendar days of the holder's request
/// (I.A.5).
pub fn icann_2024() -> TransferPolicy {
    TransferPolicy {
        id: "icann-2024".to_string(),
        effective: const { crate::dates::fixed(2004, 11, 12) },
        ack_days: 5,
        lock_days_after_creation: 60,
        lock_days_after_transfer: 60,
        code_valid_days: None,
        code_provide_days: 5,
        code_min_length: 6,
        sections: ["I.A.3.7", "I.A.3.8", "I.A.3.9"],
        reasons: {
            let mut reasons = Vec::with_capacity(REASONS_2024.len());
            for &(code, list, de, en) in &REASONS_2024 {
                reasons.push(reason(code, list, de, en));
            }
            reasons
        },
    }
}

/// The id of the revised Transfer Policy (built in, switched on by a profile or a case).
pub const REVISED: &str = "icann-revised";

/// The revised Transfer Policy (ICANN Board, 2026; effective date to be set by ICANN, so the
/// date here is only a placeholder that a profile or case replaces when switching it on):
/// the TAC is valid 14 days and provided within 120 hours; the windows after creation and
/// after a transfer are 30 days (720 hours); the 60-day lock after a change of registrant is
/// gone from the must-deny list; codes carry at least 128 bits of entropy (RFC 9154), so a
/// code shorter than 20 printable characters is refused. The figures follow the Transfer
/// Policy Review's final recommendations; check them against the text ICANN publishes with
/// the effective date.
pub fn icann_revised() -> TransferPolicy {
    let base = icann_2024();
    TransferPolicy {
        id: REVISED.to_string(),
        effective: const { crate::dates::fixed(9999, 12, 31) },
        lock_days_after_creation: 30,
        lock_days_after_transfer: 30,
        code_valid_days: Some(14),
        code_provide_days: 5,
        code_min_length: 20,
        reasons: {
            let mut reasons = base.reasons;
            reasons.retain(|r| r.code != "change_of_registrant_lock");
            reasons
        },
        ..base
    }
}

/// The built-in versions, by id.
pub fn builtin_version(id: &str) -> Option<TransferPolicy> {
    match id {
        "icann-2024" => Some(icann_2024()),
        REVISED => Some(icann_revised()),
        _ => None,
    }
}

/// The version in force on `today`: the latest whose effective date is not after it.
pub fn in_force(versions: &[TransferPolicy], today: NaiveDate) -> Option<&TransferPolicy> {
    // The last of the latest, as `max_by_key` gives it (a loop: issue 12).
    let mut found: Option<&TransferPolicy> = None;
    for v in versions {
        if v.effective <= today && found.is_none_or(|f| v.effective >= f.effective) {
            found = Some(v);
        }
    }
    found
}
