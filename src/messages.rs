//! The finding codes: severity, a description for the codes table, and each finding's message
//! in German and English, rendered from the text catalogue (`src/text/`). A message is a pure
//! function of the code, the locale and the finding's `params` (one exception:
//! `AUTHINFO_INVALID`'s `{detail}` is the validator's message), so every way in (CLI, wasm, JS)
//! says exactly the same.

use crate::dates::{display, parse_date};
use crate::json::Json;
use crate::text::{self, findings, labels, Entry};
use crate::Locale;
use std::borrow::Cow;

/// How serious a finding is. Any `block` makes the verdict `allowed: false`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
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

macro_rules! codes {
    ($($variant:ident => $severity:ident, $description:literal;)*) => {
        /// A finding code. The names are stable: panels key their own handling on them.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        pub enum Code { $(#[doc = $description] $variant,)* }

        impl Code {
            /// Every code, in the order of the codes table.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The code as it appears in the JSON: a slice of one text of every name, so the
            /// wasm holds a 2-byte end per code instead of a pointer and a length.
            pub fn name(self) -> &'static str {
                const NAMES: &str = concat!($(stringify!($variant),)*);
                const ENDS: &[u16] = &crate::text::ends([$(stringify!($variant).len(),)*]);
                let i = self as usize;
                let start = match i.checked_sub(1) {
                    Some(before) => ENDS.get(before).copied().unwrap_or(0),
                    None => 0,
                };
                let end = ENDS.get(i).copied().unwrap_or(0);
                NAMES.get(usize::from(start)..usize::from(end)).unwrap_or("")
            }

            /// The severity findings with this code have.
            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// What the code means, for the codes table (English).
            pub fn description(self) -> &'static str {
                match self { $(Code::$variant => $description,)* }
            }
        }
    };
}

codes! {
    TERMINATION_MISSING => Block, "No termination has been received (R-C1, R-T1).";
    TERMINATION_NOT_FROM_HOLDER => Block, "The termination comes from someone other than the holder or a legal representative (R-C1).";
    TERMINATION_SENT_TO_REGISTRAR => Block, "The termination is addressed to the registrar instead of the reseller (R-C1).";
    EVK_MISSING => Block, "No declaration of consent (EVK) exists (R-C2, R-T2).";
    EVK_NOT_SIGNED_BY_HOLDER => Block, "The EVK is not signed by the holder (R-C2).";
    EVK_OPERATION_NOT_NAMED => Block, "The EVK text names neither Close, Schließung nor Löschung (R-C2).";
    EVK_AVAILABILITY_NOT_ACKNOWLEDGED => Block, "The holder has not acknowledged that the domain is free for anyone after the close (R-C2).";
    EVK_NEW_PROVIDER_MISSING => Block, "The transfer EVK does not name the new provider (R-T2).";
    EVK_DATE_MISSING => Warn, "The EVK carries no date, so its timeliness cannot be checked.";
    REGISTERED_AFTER_TODAY => Block, "The registration date lies after today.";
    RENEWAL_NOT_AFTER_TODAY => Block, "The renewal date given is today or in the past; the next renewal is needed (R-D1).";
    RENEWAL_NOT_ANNIVERSARY => Warn, "The renewal date given is not an anniversary of the registration; it is used anyway (R-D1).";
    DOMAIN_HOMOGRAPH => Warn, "A label mixes Latin with Greek or Cyrillic letters: a look-alike (homograph) risk (section 8).";
    TLD_NOT_IN_POLICY => Info, "The policy has no settings of its own for this generic TLD; the general figures and ICANN's Transfer Policy apply (R-T10).";
    TLD_NO_REGISTRY_PROFILE => Warn, "No registry profile is built in for this TLD (a country code other than .de, or a TLD outside ICANN's registrar system): no registry-specific claim is made (R-T10).";
    STATUS_SERVER_PROHIBITED => Block, "A server prohibition (serverTransferProhibited, serverDeleteProhibited) forbids the action; only the registry can lift it (R-T11).";
    STATUS_CLIENT_DELETE_PROHIBITED => Warn, "The domain carries clientDeleteProhibited: the registrar must lift it before the close (R-T11).";
    STATUS_PREVENTS_ACTION => Block, "An EPP status stops the action: a transfer is already pending, or the domain is being deleted or is in its redemption period (R-T11, ICANN ERRP).";
    STATUS_HOLD => Warn, "The domain is on hold and does not resolve: clientHold is the registrar's hold, serverHold the registry's (R-T11).";
    CLOSE_NOTICE_LATE => Warn, "The notice deadline for the next renewal has passed: that renewal is billed; the deadlines describe the next possible close (R-C4).";
    CLOSE_SCHEDULED => Info, "When the close happens, by when the registrar must have the notice, and until when it can be undone (R-C3 to R-C5).";
    CLOSE_RGP => Info, "After the deletion only the last holder can restore the domain, until the end of the redemption grace period (R-C8).";
    CLOSE_MODE_NOT_ALLOWED => Block, "The policy does not offer this kind of close (R-C10).";
    CLOSE_TRANSIT_NOT_AVAILABLE => Block, "A TRANSIT was chosen for a TLD whose registry has none (R-C10).";
    CLOSE_DATE_TOO_SOON => Block, "A close on a chosen date needs its notice the policy's notice days before that date (R-C10).";
    CLOSE_DATE_AFTER_RENEWAL => Warn, "The chosen close date lies after the next renewal, which is billed first (R-C10).";
    CLOSE_IMMEDIATE => Warn, "An immediate close cannot be undone (R-C5, R-C10).";
    CLOSE_TRANSIT => Info, "What a TRANSIT means for the holder (R-C10).";
    SERVICES_WEBSITE_ONLINE => Warn, "A website still runs under the domain; the close takes it offline (R-C9).";
    SERVICES_MAILBOXES_ACTIVE => Warn, "Mailboxes still use the domain; the close stops their mail (R-C9).";
    MAIL_BACKUP_MISSING => Block, "The mailboxes' backup is not confirmed (R-C9).";
    TRANSFER_EVK_LATE => Warn, "The transfer EVK arrived after the notice deadline before the renewal (R-T3).";
    TRANSFER_SAFE_UNTIL => Info, "Until when a completed transfer is usually not billed again (R-T3).";
    TRANSFER_PLANNED_TOO_LATE => Warn, "The planned transfer lies after the transfer-safe date: the domain is likely billed again (R-T3).";
    AUTHINFO_NOT_CREATED => Info, "No AuthInfo has been created yet; it goes to the holder with the confirmation (R-T4, R-T5).";
    AUTHINFO_EXPIRED => Block, "The AuthInfo is older than its validity and must not be released (R-T5).";
    AUTHINFO_EXPIRES_BEFORE_TRANSFER => Warn, "The AuthInfo expires on or before the planned transfer (R-T5).";
    AUTHINFO_TOO_SHORT_FOR_POLICY => Block, "The AuthInfo is shorter than the Transfer Policy version in force requires (revised policy: 128 bits, RFC 9154) (R-T12).";
    AUTHINFO_PROVIDE_BY => Info, "gTLD: by when the registrar must give the holder the AuthInfo asked for (Transfer Policy I.A.5: 5 calendar days) (R-T12).";
    EVK_BEFORE_LAST_TRANSFER => Warn, "The EVK is dated before the domain's last transfer in: it was given to a previous provider (R-T13).";
    CLOSE_UNDO_POSSIBLE => Info, "The scheduled close can still be undone; the registrar notice for the undo is produced (R-C11).";
    CLOSE_UNDO_TOO_LATE => Block, "The undo window of the scheduled close has ended (R-C11).";
    AUTHINFO_INVALID => Block, "The AuthInfo does not have the registry's format; the message names the positions, never the characters (R-T6).";
    TRANSFER_LOCKED => Block, "A gTLD domain still carries clientTransferProhibited; the lock must be lifted first (R-T8).";
    TRANSFER_WITHIN_LOCK_PERIOD => Warn, "The gTLD domain is within the window after its creation or last transfer (60 days under the policy in force, I.A.3.7.5 and I.A.3.7.6); a transfer may be refused until the date given (R-T9).";
    TRANSFER_MUST_RELEASE => Info, ".de: a proper termination with the holder's EVK exists, so the AuthInfo must be released; refusing is not allowed (R-T7).";
    TRANSFER_MAY_REFUSE_NO_TERMINATION => Warn, ".de: no proper termination exists; the request may be refused for that reason only (R-T7).";
    UNPAID_INVOICES_NOT_A_REASON => Info, "Unpaid invoices are no reason to refuse a .de transfer: the domain is not collateral (R-T7, seed 004).";
    TRANSFER_MUST_DENY => Warn, "gTLD: a circumstance on ICANN's must-deny list (Transfer Policy I.A.3.8) applies; only a refusal is allowed (R-T9).";
    TRANSFER_MAY_DENY => Info, "gTLD: circumstances on ICANN's may-deny list (Transfer Policy I.A.3.7) apply; a refusal is allowed with one of them as its reason (R-T9).";
    TRANSFER_NOT_A_REASON => Info, "gTLD: circumstances on ICANN's may-not-deny list (Transfer Policy I.A.3.9) were given; they never justify a refusal (R-T9).";
    TRANSFER_HOLD_FIRST => Info, "gTLD: non-payment for a past period is a reason only once the domain is on hold (R-T9).";
    TRANSFER_ACK_DEADLINE => Info, "gTLD: by when the losing registrar must answer; after that the transfer is approved automatically (R-T8).";
    TRANSFER_ACK_DEADLINE_PASSED => Warn, "gTLD: the answer period has ended; the transfer counts as approved (R-T8).";
    ANSWER_MISSING => Block, "No answer to the transfer request has been chosen yet; the message lists the permitted ones (R-T7, R-T9).";
    ANSWER_NOT_PERMITTED => Block, "The chosen answer to the transfer request is not one of the permitted answers (R-T7, R-T9).";
    REFUSAL_REASON_MISSING => Block, "A refusal needs a reason from the permitted list (R-T7, R-T9).";
    REFUSAL_REASON_NOT_PERMITTED => Block, "The reason given does not justify a refusal here (R-T7, R-T9).";
    MOVE_WEBSITE_NOT_COPIED => Block, "Move checklist: the website is not yet copied to the new host (R-M1).";
    MOVE_WEBSITE_NOT_TESTED => Block, "Move checklist: the website is not yet tested at the new host (R-M1).";
    MOVE_MAILBOXES_OPEN => Block, "Move checklist: not every mailbox is backed up or migrated (R-M1).";
    MOVE_DNS_RECORD_MISSING => Block, "Move checklist: a kind of DNS record (MX, SPF/DKIM, A/AAAA, CNAME) is not yet recreated at the new host (R-M1).";
    MOVE_TLS_NOT_CHECKED => Block, "Move checklist: the TLS certificates at the new host are not checked (R-M1).";
    MOVE_CMS_NOT_CHECKED => Block, "Move checklist: the CMS's PHP/TLS requirements at the new host are not checked (R-M1).";
    MOVE_SWITCH_NOT_AGREED => Block, "Move checklist: no switch time is agreed (R-M1).";
    MOVE_SWITCH_IN_BUSINESS_HOURS => Block, "Move checklist: the agreed switch time lies within business hours (R-M1).";
    MOVE_SWITCH_IN_PAST => Warn, "The agreed switch time lies before today.";
    MOVE_OLD_CONTRACT_END_MISSING => Block, "Move checklist: the old contract's end date is not known (R-M2).";
    MOVE_OLD_CONTRACT_ENDS_TOO_EARLY => Block, "Move checklist: the old contract ends before the day of the switch (R-M2).";
    MOVE_OLD_CONTRACT_ENDS_ON_SWITCH_DAY => Warn, "The old contract ends on the day of the switch: it runs to the end of that day, so the switch must happen that day (R-M2, seed 000).";
    MOVE_MAILBOX_LOCK => Warn, "The old provider may lock mailbox access the moment the domain switches (R-M2, seed 000).";
    MOVE_AUTHINFO_TO_AGENCY_ONLY => Info, "The holder gives the AuthInfo to the agency only, never to an automated request of the new provider (R-M3, seed 000).";
    MOVE_READY => Info, "The move checklist is complete; the AuthInfo may be released for the agreed switch.";
    BACKUP_MISSING => Block, "No backup or restore point exists before a risky CMS action (R-R1, R-R2, seed 001).";
    BACKUP_TOO_OLD => Block, "The newest backup is older than the policy's limit (default 24 hours) (R-R1, R-R2).";
    BACKUP_IN_FUTURE => Warn, "The backup's time lies after now: check the clock or the entry.";
    BACKUP_AGE_UNKNOWN => Block, "The panel has no backup source, so the backup's age is unknown (not missing): the operator may declare the time of the last backup they know of (R-R1).";
    BACKUP_DECLARED => Info, "The backup time was declared by the operator, not read from a backup source; it is checked like a known one (R-R1).";
    DELETE_UNDOABLE => Info, "The delete goes to a recycle bin (TYPO3: the Recycler) and can be undone there; no backup is needed (R-R1).";
    DELETE_WITH_DESCENDANTS => Warn, "The node has descendants; how many pages and records go with it (R-R1).";
    DELETE_CONFIRMATION_MISSING => Block, "Deleting a node with descendants needs a confirmation that names their count (R-R1).";
    DELETE_CONFIRMATION_WRONG => Block, "The typed confirmation does not name the count of descendants (R-R1).";
    UPDATE_EXTENSION_INCOMPATIBLE => Block, "After the update an installed extension would run on a core version outside the range it supports (R-R4, seed 003).";
    UPDATE_NOT_STAGED => Warn, "The update has not been tried on a staging copy (R-R2, seed 003).";
    CORE_OUT_OF_SUPPORT => Warn, "The installed core is out of security support (R-R2).";
    BACKUP_RESPONSIBILITY => Info, "Who must make backups under the hosting contract (R-R3, seed 001).";
    BACKUP_RESPONSIBILITY_UNKNOWN => Warn, "Nobody is recorded as responsible for backups under the hosting contract (R-R3, seed 001).";
    DOMAIN_RENEWAL_AT_RISK => Warn, "A domain renews soon and its invoice is unpaid: it may lapse (R-E2, seed 002). Listed first.";
    ACCOUNT_NO_EMERGENCY_CONTACT => Warn, "The reseller account has no emergency contact (R-E1, seed 002).";
    ACCOUNT_NO_POWER_OF_ATTORNEY => Warn, "The reseller account has no power of attorney for the upstream provider to talk to its customers (R-E1, seed 002).";
    ACCOUNT_UNREACHABLE_PATHS => Info, "What the end customers can do when the reseller cannot be reached: .de holders ask DENIC for an AuthInfo2 sent to them by post; gTLD holders get the code from the registrar within 5 days (R-E1, seed 002).";
    ACCOUNT_READY => Info, "The account has an emergency contact and a power of attorney, and no domain is at risk.";
}

/// Reads a finding's params for its message.
struct Params<'a> {
    params: &'a Json,
    locale: Locale,
}

impl Params<'_> {
    /// A string or number param as text; `None` when absent (or of another type).
    #[inline(never)]
    fn get(&self, key: &str) -> Option<String> {
        match self.params.get(key) {
            Json::String(s) => Some(s.clone()),
            Json::Number(n) => Some(crate::json::number_text(*n)),
            _ => None,
        }
    }

    #[inline(never)]
    fn text(&self, key: &str) -> String {
        self.get(key).unwrap_or_default()
    }

    /// A param as a message shows it: a date (`YYYY-MM-DD`) written the locale's way, a list
    /// joined with commas; `None` when absent.
    fn shown(&self, key: &str) -> Option<String> {
        match self.params.get(key) {
            Json::Array(items) => {
                let (mut out, mut first) = (String::new(), true);
                for item in items {
                    match item {
                        Json::String(s) => push_listed(&mut out, &mut first, s),
                        Json::Number(x) => {
                            push_listed(&mut out, &mut first, &crate::json::number_text(*x))
                        }
                        _ => {}
                    }
                }
                Some(out)
            }
            _ => {
                let raw = self.get(key)?;
                Some(parse_date(&raw).map_or(raw, |d| display(d, self.locale)))
            }
        }
    }
}

/// The localised name of a close mode (`expiry`, `date`, `now`, `transit`).
pub fn close_mode_label(mode: &str, locale: Locale) -> String {
    let e = match mode {
        "expiry" => labels::CLOSE_MODE_EXPIRY,
        "date" => labels::CLOSE_MODE_DATE,
        "now" => labels::CLOSE_MODE_NOW,
        "transit" => labels::CLOSE_MODE_TRANSIT,
        other => return other.to_string(),
    };
    text::label(&e, locale).to_string()
}

/// The localised label of an answer to a transfer request.
pub fn answer_label(answer: &str, locale: Locale) -> String {
    let e = match answer {
        "release" => labels::ANSWER_RELEASE,
        "refuse" => labels::ANSWER_REFUSE,
        "ack" => labels::ANSWER_ACK,
        "nack" => labels::ANSWER_NACK,
        other => return other.to_string(),
    };
    text::label(&e, locale).to_string()
}

impl Code {
    /// A text a few messages need besides the params, asked for by the placeholder `key`:
    /// a localised label or an optional part, each from the catalogue
    /// (`src/text/findings.rs`, keyed `CODE.part`); `None` for every other placeholder (the
    /// param itself is shown). Computed only for the placeholders the template has, with no
    /// list of them built first.
    fn derived(self, key: &str, p: &Params) -> Option<String> {
        let (locale, params) = (p.locale, p.params);
        let part_with = |e: Entry, args: &[(&str, &str)]| text::render(&e, locale, args);
        // A count that adds a part only when it is given and not zero.
        let nonzero = |name: &str, e: Entry, arg: &str| {
            let count = p.text(name);
            if count.is_empty() || count == "0" {
                String::new()
            } else {
                part_with(e, &[(arg, &count)])
            }
        };
        let e: Entry = match (self, key) {
            (Code::CLOSE_RGP, "pending_tail") => {
                return Some(nonzero(
                    "pending_delete_days",
                    findings::CLOSE_RGP_PENDING_TAIL,
                    "pending",
                ))
            }
            (Code::CLOSE_RGP, "third_party_tail") => {
                if !matches!(params.get("third_party"), Json::Bool(true)) {
                    return Some(String::new());
                }
                findings::CLOSE_RGP_THIRD_PARTY_TAIL
            }
            (Code::CLOSE_MODE_NOT_ALLOWED, "mode_label") => {
                return Some(close_mode_label(&p.text("mode"), locale))
            }
            (Code::CLOSE_MODE_NOT_ALLOWED, "allowed_labels") => {
                return Some(labels(params.get("allowed"), |m| {
                    close_mode_label(m, locale)
                }))
            }
            (Code::ANSWER_NOT_PERMITTED, "answer_label") => {
                return Some(answer_label(&p.text("answer"), locale))
            }
            (Code::ANSWER_MISSING | Code::ANSWER_NOT_PERMITTED, "permitted_labels") => {
                return Some(labels(params.get("permitted"), |a| answer_label(a, locale)))
            }
            // Parts of CMS messages, which the lean modules leave out.
            #[cfg(not(feature = "lean"))]
            (Code::DELETE_WITH_DESCENDANTS, "records_tail") => {
                return Some(nonzero(
                    "records",
                    findings::DELETE_WITH_DESCENDANTS_RECORDS_TAIL,
                    "records",
                ))
            }
            #[cfg(not(feature = "lean"))]
            (Code::BACKUP_RESPONSIBILITY, "who") => match p.text("responsible").as_str() {
                "customer" => findings::BACKUP_RESPONSIBILITY_CUSTOMER,
                "hoster" => findings::BACKUP_RESPONSIBILITY_HOSTER,
                _ => findings::BACKUP_RESPONSIBILITY_AGENCY,
            },
            (Code::AUTHINFO_NOT_CREATED, "validity") => match p.get("valid_days") {
                Some(days) if !days.is_empty() => {
                    return Some(part_with(
                        findings::AUTHINFO_NOT_CREATED_VALID_DAYS,
                        &[("days", &days)],
                    ))
                }
                _ => findings::AUTHINFO_NOT_CREATED_NO_LIFETIME,
            },
            (Code::STATUS_SERVER_PROHIBITED, "what") => {
                if p.text("action") == "close" {
                    findings::STATUS_SERVER_PROHIBITED_CLOSE
                } else {
                    findings::STATUS_SERVER_PROHIBITED_TRANSFER
                }
            }
            (Code::STATUS_PREVENTS_ACTION, "reason") => {
                let close = p.text("action") == "close";
                match (p.text("status").as_str(), close) {
                    ("pendingTransfer", _) => findings::STATUS_PREVENTS_ACTION_PENDING_TRANSFER,
                    ("pendingDelete", true) => {
                        findings::STATUS_PREVENTS_ACTION_PENDING_DELETE_CLOSE
                    }
                    ("pendingDelete", false) => {
                        findings::STATUS_PREVENTS_ACTION_PENDING_DELETE_TRANSFER
                    }
                    ("redemptionPeriod", true) | ("pendingRestore", true) => {
                        findings::STATUS_PREVENTS_ACTION_REDEMPTION_CLOSE
                    }
                    (_, _) => findings::STATUS_PREVENTS_ACTION_REDEMPTION_TRANSFER,
                }
            }
            (Code::STATUS_HOLD, "who") => {
                if p.text("status") == "serverHold" {
                    findings::STATUS_HOLD_REGISTRY
                } else {
                    findings::STATUS_HOLD_REGISTRAR
                }
            }
            (Code::CLOSE_UNDO_TOO_LATE, "rgp_tail") => {
                return Some(match p.shown("rgp_until") {
                    Some(rgp) if !rgp.is_empty() => {
                        part_with(findings::CLOSE_UNDO_TOO_LATE_RGP_TAIL, &[("rgp", &rgp)])
                    }
                    _ => String::new(),
                })
            }
            (Code::ACCOUNT_UNREACHABLE_PATHS, "paths") => {
                let (mut out, mut first) = (String::new(), true);
                for (param, part) in [
                    ("de_domains", findings::ACCOUNT_UNREACHABLE_PATHS_DE),
                    ("gtld_domains", findings::ACCOUNT_UNREACHABLE_PATHS_GTLD),
                ] {
                    let count = p.text(param);
                    if count.parse::<i64>().unwrap_or(0) > 0 {
                        if !first {
                            out.push(' ');
                        }
                        first = false;
                        out.push_str(&part_with(part, &[("count", &count)]));
                    }
                }
                return Some(out);
            }
            #[cfg(not(feature = "lean"))]
            (Code::BACKUP_DECLARED, "when") => {
                // `YYYY-MM-DDTHH:MM`: the date the locale's way, then the time.
                let raw = p.text("created_at");
                let (day, time) = raw.split_once('T').unwrap_or((raw.as_str(), ""));
                let day = parse_date(day).map_or(day.to_string(), |d| display(d, locale));
                return Some(if time.is_empty() {
                    day
                } else {
                    part_with(
                        findings::BACKUP_DECLARED_DAY_TIME,
                        &[("day", &day), ("time", time)],
                    )
                });
            }
            #[cfg(not(feature = "lean"))]
            (Code::UPDATE_EXTENSION_INCOMPATIBLE, "range") => {
                let (min, max) = (p.text("core_min"), p.text("core_max"));
                return Some(match (min.is_empty(), max.is_empty()) {
                    (false, false) => part_with(
                        findings::UPDATE_EXTENSION_INCOMPATIBLE_RANGE,
                        &[("min", &min), ("max", &max)],
                    ),
                    (false, true) => part_with(
                        findings::UPDATE_EXTENSION_INCOMPATIBLE_RANGE_FROM,
                        &[("min", &min)],
                    ),
                    (true, _) => part_with(
                        findings::UPDATE_EXTENSION_INCOMPATIBLE_RANGE_TO,
                        &[("max", &max)],
                    ),
                });
            }
            #[cfg(not(feature = "lean"))]
            (Code::UPDATE_EXTENSION_INCOMPATIBLE, "version_tail") => {
                let version = p.text("version");
                return Some(if version.is_empty() {
                    String::new()
                } else {
                    text::cat(&[" ", &version])
                });
            }
            #[cfg(not(feature = "lean"))]
            (Code::UPDATE_EXTENSION_INCOMPATIBLE, "advice") => {
                if matches!(params.get("updated"), Json::Bool(true)) {
                    findings::UPDATE_EXTENSION_INCOMPATIBLE_UPDATE_CORE
                } else {
                    findings::UPDATE_EXTENSION_INCOMPATIBLE_UPDATE_EXTENSION
                }
            }
            (Code::TRANSFER_WITHIN_LOCK_PERIOD, "what") => {
                if p.text("since") == "transfer" {
                    findings::TRANSFER_WITHIN_LOCK_PERIOD_TRANSFER
                } else {
                    findings::TRANSFER_WITHIN_LOCK_PERIOD_REGISTRATION
                }
            }
            _ => return None,
        };
        Some(label_string(e, locale))
    }

    /// The message of a finding with this code, built from its params and the catalogue's
    /// template (`src/text/findings.rs`). A placeholder without a param fails a debug
    /// assertion naming the code (so a vector that reaches it fails).
    pub fn message(self, locale: Locale, params: &Json) -> String {
        let Some(entry) = findings::message(self as usize) else {
            debug_assert!(false, "{} has no message in the catalogue", self.name());
            return self.name().to_string();
        };
        let p = Params { params, locale };
        text::fill_checked(&entry, entry.template(locale), &mut |key| {
            self.derived(key, &p)
                .or_else(|| p.shown(key))
                .map(Cow::Owned)
        })
    }
}

/// A label as an owned text (one function instead of an allocation at every use).
#[inline(never)]
fn label_string(e: Entry, locale: Locale) -> String {
    text::label(&e, locale).to_string()
}

/// Labels of the strings in a JSON array, joined with commas.
fn labels(v: &Json, label: impl Fn(&str) -> String) -> String {
    match v {
        Json::Array(items) => {
            let (mut out, mut first) = (String::new(), true);
            for item in items {
                if let Json::String(s) = item {
                    push_listed(&mut out, &mut first, &label(s));
                }
            }
            out
        }
        _ => String::new(),
    }
}

/// Appends `item` to a list joined with commas (`join(", ")` without a list of the parts).
fn push_listed(out: &mut String, first: &mut bool, item: &str) {
    if !*first {
        out.push_str(", ");
    }
    *first = false;
    out.push_str(item);
}

/// The table of every code: findings (with severity) and input errors. `markdown` gives the
/// table of `docs/codes.md`; otherwise one tab-separated line per code.
pub fn codes_table(markdown: bool) -> String {
    use crate::input::InputCode;
    let mut out = String::new();
    if markdown {
        out.push_str("# Codes\n\n");
        out.push_str("Generated by `domainguard codes --markdown`; a test keeps this file in step with the code.\n");
        out.push_str("Codes are stable: panels may key their own handling on them. Messages exist in German and English.\n\n");
        out.push_str(
            "## Findings\n\n`allowed` is false exactly when a finding has severity `block`.\n\n",
        );
        out.push_str("| code | severity | meaning |\n|---|---|---|\n");
        for c in Code::ALL {
            out.push_str(&format!(
                "| `{}` | {} | {} |\n",
                c.name(),
                c.severity().name(),
                c.description()
            ));
        }
        out.push_str("\n## Input errors\n\nReturned as `{\"errors\": [...]}` (CLI exit status 2); each names its `field`.\n\n");
        out.push_str("| code | meaning |\n|---|---|\n");
        for c in InputCode::ALL {
            out.push_str(&format!("| `{}` | {} |\n", c.name(), c.description()));
        }
    } else {
        for c in Code::ALL {
            out.push_str(&format!(
                "{}\t{}\t{}\n",
                c.name(),
                c.severity().name(),
                c.description()
            ));
        }
        for c in InputCode::ALL {
            out.push_str(&format!("{}\terror\t{}\n", c.name(), c.description()));
        }
    }
    out
}
