//! EPP domain statuses (R-T11): the names of RFC 5731 and the grace-period statuses of
//! RFC 3915. A status word in neither is an input error naming the value.

/// Every status this version knows, in its RFC spelling.
pub const STATUSES: [&str; 23] = [
    // RFC 5731, section 2.3
    "ok",
    "inactive",
    "clientDeleteProhibited",
    "clientHold",
    "clientRenewProhibited",
    "clientTransferProhibited",
    "clientUpdateProhibited",
    "serverDeleteProhibited",
    "serverHold",
    "serverRenewProhibited",
    "serverTransferProhibited",
    "serverUpdateProhibited",
    "pendingCreate",
    "pendingDelete",
    "pendingRenew",
    "pendingTransfer",
    "pendingUpdate",
    // RFC 3915, section 3.1 (rgpStatus values)
    "addPeriod",
    "autoRenewPeriod",
    "renewPeriod",
    "transferPeriod",
    "redemptionPeriod",
    "pendingRestore",
    // RFC 3915's rgpStatus `pendingDelete` is RFC 5731's, listed above; `linked` is for hosts.
];

/// The RFC spelling of `word` (case-insensitive, surrounding white space ignored): `SERVERHOLD`
/// is `serverHold`; `None` for a word in neither RFC, such as `locked`.
pub fn canonical(word: &str) -> Option<&'static str> {
    let word = word.trim();
    STATUSES
        .iter()
        .find(|s| s.eq_ignore_ascii_case(word))
        .copied()
}

/// The statuses that stop a transfer outright (R-T11): a transfer is already running, or
/// the domain is being deleted or is in its redemption period (ICANN's Expired Registration
/// Recovery Policy: no transfer during the RGP).
pub const TRANSFER_STOPPERS: [&str; 4] = [
    "pendingTransfer",
    "pendingDelete",
    "redemptionPeriod",
    "pendingRestore",
];

/// The statuses under which a close makes no sense: the domain is already being deleted.
pub const CLOSE_STOPPERS: [&str; 3] = ["pendingDelete", "redemptionPeriod", "pendingRestore"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_spelling_whatever_the_case() {
        assert_eq!(canonical("SERVERHOLD"), Some("serverHold"));
        assert_eq!(
            canonical(" clientTransferProhibited\n"),
            Some("clientTransferProhibited")
        );
        assert_eq!(canonical("redemptionperiod"), Some("redemptionPeriod"));
        assert_eq!(canonical("locked"), None);
    }

    #[test]
    fn every_stopper_is_a_listed_status() {
        for s in TRANSFER_STOPPERS.iter().chain(CLOSE_STOPPERS.iter()) {
            assert_eq!(canonical(s), Some(*s), "{s}");
        }
    }
}
