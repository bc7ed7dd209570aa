//! Policy profiles: every figure that differs between registrars and registries is a
//! setting here, never a constant in a rule. `default` is the seed-004 registrar.

use crate::authinfo::AuthInfoScheme;
use crate::dates::LeapDayRenewal;
use crate::tld::TldClass;
use crate::transfer_policy::{icann_2024, in_force, TransferPolicy};
use chrono::NaiveDate;

/// When a customer's website and mail are in use: a switch should happen outside (R-M1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BusinessHours {
    /// First hour of business (inclusive), 0–23.
    pub start_hour: u32,
    /// End of business (exclusive), 1–24.
    pub end_hour: u32,
    /// Whether Saturday and Sunday are outside business hours.
    pub weekdays_only: bool,
}

/// How a close is carried out (R-C10).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloseMode {
    /// On the day before the renewal (the usual close).
    Expiry,
    /// On a date the holder chose.
    Date,
    /// At once.
    Now,
    /// `.de` only: the domain is handed back to the registry (DENIC), which writes to the holder.
    Transit,
}

impl CloseMode {
    /// All modes, in the order the forms offer them.
    pub const ALL: [CloseMode; 4] = [
        CloseMode::Expiry,
        CloseMode::Date,
        CloseMode::Now,
        CloseMode::Transit,
    ];

    /// The name used in cases and policies.
    pub fn name(self) -> &'static str {
        match self {
            CloseMode::Expiry => "expiry",
            CloseMode::Date => "date",
            CloseMode::Now => "now",
            CloseMode::Transit => "transit",
        }
    }
}

/// Which family of registry rules a TLD follows (R-T10).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registry {
    /// DENIC (`.de`) and registries like it: the AuthInfo must be released whenever a proper
    /// termination exists (R-T7), it is valid for the profile's days, no transfer lock.
    Denic,
    /// An ICANN generic TLD: the Transfer Policy version in force decides (R-T8, R-T9, R-T12).
    Gtld,
    /// No registry profile is built in: the rules make no registry-specific claim.
    Other,
}

impl Registry {
    /// The name used in policies.
    pub fn name(self) -> &'static str {
        match self {
            Registry::Denic => "denic",
            Registry::Gtld => "gtld",
            Registry::Other => "other",
        }
    }
}

/// Settings of one TLD: the registry's figures. `None` means "not known" (no claim is
/// made) for the registry's own figures, or "the policy's general figure" for the notice.
#[derive(Debug, Clone, PartialEq)]
pub struct TldPolicy {
    /// The TLD in ASCII form (`de`, `com`), or `*` for every TLD without a profile.
    pub tld: String,
    /// The registry's rule family.
    pub registry: Registry,
    /// Days before the renewal the registrar must have a close notice (overrides the policy's).
    pub notice_days: Option<i64>,
    /// Whether a TRANSIT (hand back to the registry) exists.
    pub transit: bool,
    /// Length of the redemption grace period after a deletion; `None`: not known.
    pub rgp_days: Option<i64>,
    /// Days of "pending delete" after the redemption period (gTLDs: 5).
    pub pending_delete_days: i64,
    /// Days an AuthInfo is valid from its creation, where the registry sets it (DENIC: 30).
    /// gTLDs take it from the Transfer Policy version in force instead.
    pub authinfo_valid_days: Option<i64>,
    /// The AuthInfo format the registry accepts.
    pub authinfo_scheme: AuthInfoScheme,
}

/// A policy profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    /// The profile's id (`default`).
    pub id: String,
    /// A human-readable name.
    pub name: String,
    /// Days before the renewal by which the registrar must have a close notice (R-C4).
    pub notice_days: i64,
    /// Days before the close date until which a scheduled close can be undone (R-C5).
    pub undo_days: i64,
    /// A transfer done this many days before the renewal is usually not billed again (R-T3).
    pub transfer_safe_days: i64,
    /// Where a 29 February registration renews in other years (R-D2).
    pub leap_day_renewal: LeapDayRenewal,
    /// The close modes the registrar offers (R-C10).
    pub close_modes: Vec<CloseMode>,
    /// The registrar's required wording for a close notice (R-C6). Placeholders:
    /// `{domain}`, `{domain_ascii}`, `{close_date}`, `{renewal}`, `{holder}`.
    pub notice_template: String,
    /// The wording for a TRANSIT request; same placeholders.
    pub transit_template: String,
    /// The wording for undoing a scheduled close (R-C11); same placeholders.
    pub undo_template: String,
    /// The language the registrar's notice is written in (its dates follow it), whatever the
    /// case's locale: the registrar requires its own wording.
    pub notice_locale: crate::Locale,
    /// Renewals within this many days with an unpaid invoice are at risk (R-E2).
    pub renewal_warning_days: i64,
    /// A backup older than this does not count before a risky CMS action (R-R1).
    pub backup_max_age_hours: i64,
    /// Per-TLD settings (registry profiles). A TLD without an entry of its own gets the
    /// generic gTLD profile when its class is generic, else the entry `*` if there is one,
    /// else no profile (R-T10).
    pub tlds: Vec<TldPolicy>,
    /// The versions of ICANN's Transfer Policy; the one in force on `today` applies (R-T9).
    pub transfer_policies: Vec<TransferPolicy>,
    /// The customer's business hours, outside which a switch should happen (R-M1).
    pub business_hours: BusinessHours,
}

/// The placeholders a registrar notice template may use.
pub const TEMPLATE_PLACEHOLDERS: [&str; 5] =
    ["domain", "domain_ascii", "close_date", "renewal", "holder"];

impl Policy {
    /// The registry profile for `tld` (ASCII form): its own entry, else by its class (R-T10):
    /// a generic TLD gets the gTLD profile, any other the `*` entry or no profile at all
    /// ([`Registry::Other`], no registry figures).
    pub fn tld(&self, tld: &str) -> TldPolicy {
        if let Some(t) = self.tlds.iter().find(|t| t.tld == tld) {
            return t.clone();
        }
        if TldClass::of(tld) == TldClass::Generic {
            return gtld(tld);
        }
        match self.tlds.iter().find(|t| t.tld == "*") {
            Some(t) => TldPolicy {
                tld: tld.to_string(),
                ..t.clone()
            },
            None => no_profile(tld),
        }
    }

    /// Whether `tld` has an entry of its own (not only a profile by its class).
    pub fn knows_tld(&self, tld: &str) -> bool {
        self.tlds.iter().any(|t| t.tld == tld)
    }

    /// The notice period for `tld`: the TLD's own figure or the policy's.
    pub fn notice_days_for(&self, tld: &str) -> i64 {
        self.tlds
            .iter()
            .find(|t| t.tld == tld)
            .and_then(|t| t.notice_days)
            .unwrap_or(self.notice_days)
    }

    /// The Transfer Policy version in force on `today` (R-T9, R-T12).
    pub fn transfer_policy(&self, today: NaiveDate) -> Option<&TransferPolicy> {
        in_force(&self.transfer_policies, today)
    }

    /// How many days an AuthInfo for `tld` is valid (R-T5, R-T12): the registry's figure
    /// (`.de`: 30), for a gTLD the Transfer Policy version in force on `today` (`None`: no
    /// fixed lifetime), for a TLD without a profile `None` (not known).
    pub fn authinfo_valid_days(&self, tld: &TldPolicy, today: NaiveDate) -> Option<i64> {
        match tld.registry {
            Registry::Gtld => self.transfer_policy(today).and_then(|p| p.code_valid_days),
            Registry::Denic | Registry::Other => tld.authinfo_valid_days,
        }
    }

    /// The day by which the registrar must have the notice for a close at `renewal` (R-C4).
    pub fn notice_deadline(
        &self,
        renewal: chrono::NaiveDate,
        tld: &str,
    ) -> Option<chrono::NaiveDate> {
        crate::schedule::notice_deadline(renewal, self.notice_days_for(tld))
    }

    /// The last day a transfer before `renewal` is usually not billed again (R-T3).
    pub fn transfer_safe_until(&self, renewal: chrono::NaiveDate) -> Option<chrono::NaiveDate> {
        crate::schedule::transfer_safe_until(renewal, self.transfer_safe_days)
    }
}

/// The profile of a generic TLD: RFC 3915's 30 days of redemption, then 5 days pending
/// delete; every transfer figure comes from the Transfer Policy version in force.
pub fn gtld(tld: &str) -> TldPolicy {
    TldPolicy {
        tld: tld.to_string(),
        registry: Registry::Gtld,
        notice_days: None,
        transit: false,
        rgp_days: Some(30),
        pending_delete_days: 5,
        authinfo_valid_days: None,
        authinfo_scheme: AuthInfoScheme::Gtld,
    }
}

/// A TLD without a registry profile: no registry figure is known (R-T10).
pub fn no_profile(tld: &str) -> TldPolicy {
    TldPolicy {
        tld: tld.to_string(),
        registry: Registry::Other,
        notice_days: None,
        transit: false,
        rgp_days: None,
        pending_delete_days: 0,
        authinfo_valid_days: None,
        authinfo_scheme: AuthInfoScheme::Gtld,
    }
}

/// The built-in profile `default`: the registrar of seed 004 (21 days' notice, 2 days'
/// undo, its notice wording), `.de` by DENIC's rules and the gTLDs it names by ICANN's.
pub fn default_policy() -> Policy {
    let mut tlds = vec![TldPolicy {
        tld: "de".to_string(),
        registry: Registry::Denic,
        notice_days: None,
        transit: true,
        // DENIC Redemption Grace Period since December 2013.
        rgp_days: Some(30),
        pending_delete_days: 0,
        // DENIC: an AuthInfo is valid at most 30 days.
        authinfo_valid_days: Some(30),
        authinfo_scheme: AuthInfoScheme::Denic,
    }];
    // The gTLDs seed 004's registrar names; every other generic TLD gets the same profile
    // by its class (R-T10).
    tlds.extend(["com", "net", "org", "info", "biz"].into_iter().map(gtld));
    Policy {
        id: "default".to_string(),
        name: "Reseller-Registrar (Seed 004): 21 Tage Kündigungsfrist".to_string(),
        notice_days: 21,
        undo_days: 2,
        transfer_safe_days: 2,
        leap_day_renewal: LeapDayRenewal::Feb28,
        close_modes: CloseMode::ALL.to_vec(),
        notice_template:
            "Bitte schließen Sie die Domain {domain}, zum {close_date}, die EVK des Kunden, \
                          Herr / Frau {holder} liegt uns vor"
                .to_string(),
        transit_template: "Bitte stellen Sie die Domain {domain} zum {close_date} in den TRANSIT, \
                           die EVK des Kunden, Herr / Frau {holder} liegt uns vor"
            .to_string(),
        undo_template: "Bitte machen Sie die Schließung der Domain {domain} zum {close_date} \
                        rückgängig, die Domain soll bestehen bleiben."
            .to_string(),
        notice_locale: crate::Locale::De,
        renewal_warning_days: 30,
        backup_max_age_hours: 24,
        tlds,
        transfer_policies: vec![icann_2024()],
        business_hours: BusinessHours {
            start_hour: 8,
            end_hour: 18,
            weekdays_only: true,
        },
    }
}

/// Makes a built-in profile.
type MakePolicy = fn() -> Policy;

/// The built-in profiles: id and constructor. To add one, write a function like
/// [`notice_30_policy`] that starts from the default and changes what differs, and list it
/// here (see the README).
const BUILTIN: [(&str, MakePolicy); 2] =
    [("default", default_policy), ("notice-30", notice_30_policy)];

/// The built-in profiles, built once on first use and shared by every check after it (a
/// check without overrides borrows its profile; rebuilding it cost a fifth of a check).
static BUILT: std::sync::LazyLock<Vec<Policy>> = std::sync::LazyLock::new(builtin_policies);

/// Every built-in profile.
pub fn builtin_policies() -> Vec<Policy> {
    BUILTIN.iter().map(|(_, make)| make()).collect()
}

/// The ids of the built-in profiles.
pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    BUILTIN.iter().map(|(id, _)| *id)
}

/// `notice-30`: a registrar whose cancellations must arrive 30 days ahead and which offers no
/// immediate deletion (rules.md R-C10's example of a stricter registry).
pub fn notice_30_policy() -> Policy {
    // Changed in place: no second copy of the whole profile (issue 12).
    let mut p = default_policy();
    p.id = "notice-30".to_string();
    p.name = "Registrar mit 30 Tagen Kündigungsfrist, ohne Sofortlöschung".to_string();
    p.notice_days = 30;
    p.close_modes = vec![CloseMode::Expiry, CloseMode::Date, CloseMode::Transit];
    p
}

/// The built-in profile with this id.
pub fn builtin_policy(id: &str) -> Option<Policy> {
    BUILTIN
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, make)| make())
}

/// Every built-in profile, shared (built once).
pub(crate) fn builtin_policies_shared() -> &'static [Policy] {
    &BUILT
}

/// The built-in profile with this id, shared (built once).
pub fn builtin_policy_ref(id: &str) -> Option<&'static Policy> {
    BUILT.iter().find(|p| p.id == id)
}
