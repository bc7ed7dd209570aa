//! ICANN's Transfer Policy as data (R-T8, R-T9): when a losing registrar may, must or may not
//! deny a gTLD transfer. Versions carry an effective date; the version in force on `today` is
//! used, so a revised policy (ICANN adopted one in 2025: shorter locks, 14-day TAC lifetime) is
//! added as data — in a profile or inline in a case — without code changes.

use chrono::NaiveDate;

/// Which list a denial reason is on (Transfer Policy section I.A.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DenyList {
    /// I.A.3.8: the registrar may deny for this reason.
    MayDeny,
    /// I.A.3.7: the registrar must deny.
    MustDeny,
    /// I.A.3.9: the registrar may not deny for this reason.
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
    /// Its id (`icann-2016`).
    pub id: String,
    /// The first day it applies.
    pub effective: NaiveDate,
    /// Days the losing registrar has to answer before the transfer is approved automatically.
    pub ack_days: i64,
    /// Days after creation in which a transfer may be denied.
    pub lock_days_after_creation: i64,
    /// Days after a transfer in which a further transfer may be denied.
    pub lock_days_after_transfer: i64,
    /// The circumstances and their lists.
    pub reasons: Vec<DenialReason>,
}

/// The circumstance "within the lock period after creation" (2016: 60 days), derived from the dates.
pub const WITHIN_CREATION_LOCK: &str = "creation_lock_period";
/// The circumstance "within the lock period after a transfer" (2016: 60 days), derived from the dates.
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

/// The Transfer Policy in force since 1 December 2016 (the 2016 consolidated text).
pub fn icann_2016() -> TransferPolicy {
    use DenyList::*;
    TransferPolicy {
        id: "icann-2016".to_string(),
        effective: NaiveDate::from_ymd_opt(2016, 12, 1).unwrap_or_default(),
        ack_days: 5,
        lock_days_after_creation: 60,
        lock_days_after_transfer: 60,
        reasons: vec![
            reason("fraud", MayDeny, "Beweise für Betrug", "evidence of fraud"),
            reason(
                "identity_dispute",
                MayDeny,
                "begründeter Streit über die Identität des Inhabers oder Antragstellers",
                "reasonable dispute over the identity of the registrant or the requester",
            ),
            reason(
                NO_PAYMENT_PAST,
                MayDeny,
                "keine Zahlung für einen vergangenen oder den laufenden Zeitraum (Domain vorher auf Hold gesetzt)",
                "no payment for a past or the current period (domain put on hold first)",
            ),
            reason(
                "express_objection",
                MayDeny,
                "ausdrücklicher schriftlicher Widerspruch des Inhabers",
                "the holder's express written objection",
            ),
            reason(
                WITHIN_CREATION_LOCK,
                MayDeny,
                "innerhalb der Sperrfrist nach der Registrierung",
                "within the lock period after the registration",
            ),
            reason(
                WITHIN_TRANSFER_LOCK,
                MayDeny,
                "innerhalb der Sperrfrist nach dem letzten Transfer",
                "within the lock period after the last transfer",
            ),
            reason(
                "udrp_pending",
                MustDeny,
                "laufendes UDRP-Verfahren, von dem der Registrar weiß",
                "a pending UDRP proceeding the registrar has been told of",
            ),
            reason(
                "urs_pending",
                MustDeny,
                "laufendes URS-Verfahren oder URS-Sperre",
                "a pending URS proceeding or URS suspension",
            ),
            reason("court_order", MustDeny, "gerichtliche Anordnung", "a court order"),
            reason(
                "tdrp_pending",
                MustDeny,
                "laufendes TDRP-Verfahren über einen früheren Transfer",
                "a pending TDRP dispute over a previous transfer",
            ),
            reason(
                "change_of_registrant_lock",
                MustDeny,
                "60-Tage-Sperre nach Inhaberwechsel (kein Opt-out des Inhabers)",
                "60-day lock after a change of registrant the holder did not opt out of",
            ),
            reason(
                "no_payment_future_period",
                MayNotDeny,
                "keine Zahlung für einen kommenden Zeitraum",
                "non-payment for a pending or future period",
            ),
            reason(
                "no_response_from_holder",
                MayNotDeny,
                "keine Antwort des Inhabers",
                "no response from the holder",
            ),
            reason(
                "registrar_lock_not_liftable",
                MayNotDeny,
                "Registrar-Sperre, die der Inhaber nicht selbst aufheben konnte",
                "a registrar lock the holder could not lift",
            ),
            reason(
                "time_constraints",
                MayNotDeny,
                "andere Fristen als die 60-Tage-Fenster",
                "time constraints other than the 60-day windows",
            ),
            reason(
                "reseller_payment_dispute",
                MayNotDeny,
                "Zahlungsstreit zwischen Registrar und Reseller, obwohl der Inhaber bezahlt hat",
                "a payment dispute between the registrar and its reseller when the holder has paid",
            ),
        ],
    }
}

/// The version in force on `today`: the latest whose effective date is not after it.
pub fn in_force(versions: &[TransferPolicy], today: NaiveDate) -> Option<&TransferPolicy> {
    versions
        .iter()
        .filter(|v| v.effective <= today)
        .max_by_key(|v| v.effective)
}
