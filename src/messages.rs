//! The catalogue of finding codes: severity, the field they are usually about, a description
//! for the codes table, and the message in German and English. A message is a pure function
//! of the code, the locale and the finding's `params` (one exception: `AUTHINFO_INVALID`
//! carries the validator's more precise message), so every way in (CLI, wasm, JS) says
//! exactly the same.

use crate::dates::{display, parse_date};
use crate::json::Json;
use crate::verdict::Severity;
use crate::Locale;

macro_rules! codes {
    ($($variant:ident => $severity:ident, $description:literal;)*) => {
        /// A finding code. The names are stable: panels key their own handling on them.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        pub enum Code { $(#[doc = $description] $variant,)* }

        impl Code {
            /// Every code, in the order of the codes table.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The code as it appears in the JSON.
            pub fn name(self) -> &'static str {
                match self { $(Code::$variant => stringify!($variant),)* }
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
    TLD_NOT_IN_POLICY => Info, "The policy has no settings of its own for this TLD; the general figures apply.";
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
    AUTHINFO_INVALID => Block, "The AuthInfo does not have the registry's format; the message names the positions, never the characters (R-T6).";
    TRANSFER_LOCKED => Block, "A gTLD domain still carries clientTransferProhibited; the lock must be lifted first (R-T8).";
    TRANSFER_WITHIN_LOCK_PERIOD => Warn, "The gTLD domain was created or transferred less than 60 days ago; a transfer may be refused until the date given (R-T9).";
    TRANSFER_MUST_RELEASE => Info, ".de: a proper termination with the holder's EVK exists, so the AuthInfo must be released; refusing is not allowed (R-T7).";
    TRANSFER_MAY_REFUSE_NO_TERMINATION => Warn, ".de: no proper termination exists; the request may be refused for that reason only (R-T7).";
    UNPAID_INVOICES_NOT_A_REASON => Info, "Unpaid invoices are no reason to refuse a .de transfer: the domain is not collateral (R-T7, seed 004).";
    TRANSFER_MUST_DENY => Warn, "gTLD: a circumstance on ICANN's must-deny list applies; only a refusal is allowed (R-T9).";
    TRANSFER_MAY_DENY => Info, "gTLD: circumstances on ICANN's may-deny list apply; a refusal is allowed with one of them as its reason (R-T9).";
    TRANSFER_NOT_A_REASON => Info, "gTLD: circumstances on ICANN's may-not-deny list were given; they never justify a refusal (R-T9).";
    TRANSFER_HOLD_FIRST => Info, "gTLD: non-payment for a past period is a reason only once the domain is on hold (R-T9).";
    TRANSFER_ACK_DEADLINE => Info, "gTLD: by when the losing registrar must answer; after that the transfer is approved automatically (R-T8).";
    TRANSFER_ACK_DEADLINE_PASSED => Warn, "gTLD: the answer period has ended; the transfer counts as approved (R-T8).";
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
    MOVE_OLD_CONTRACT_ENDS_TOO_EARLY => Block, "Move checklist: the old contract ends on or before the switch (R-M2).";
    MOVE_MAILBOX_LOCK => Warn, "The old provider may lock mailbox access the moment the domain switches (R-M2, seed 000).";
    MOVE_AUTHINFO_TO_AGENCY_ONLY => Info, "The holder gives the AuthInfo to the agency only, never to an automated request of the new provider (R-M3, seed 000).";
    MOVE_READY => Info, "The move checklist is complete; the AuthInfo may be released for the agreed switch.";
    BACKUP_MISSING => Block, "No backup or restore point exists before a risky CMS action (R-R1, R-R2, seed 001).";
    BACKUP_TOO_OLD => Block, "The newest backup is older than the policy's limit (default 24 hours) (R-R1, R-R2).";
    BACKUP_IN_FUTURE => Warn, "The backup's time lies after now: check the clock or the entry.";
    DELETE_WITH_DESCENDANTS => Warn, "The node has descendants; how many pages and records go with it (R-R1).";
    DELETE_CONFIRMATION_MISSING => Block, "Deleting a node with descendants needs a confirmation that names their count (R-R1).";
    DELETE_CONFIRMATION_WRONG => Block, "The typed confirmation does not name the count of descendants (R-R1).";
    UPDATE_NOT_STAGED => Warn, "The update has not been tried on a staging copy (R-R2, seed 003).";
    CORE_OUT_OF_SUPPORT => Warn, "The installed core is out of security support (R-R2).";
    BACKUP_RESPONSIBILITY => Info, "Who must make backups under the hosting contract (R-R3, seed 001).";
    BACKUP_RESPONSIBILITY_UNKNOWN => Warn, "Nobody is recorded as responsible for backups under the hosting contract (R-R3, seed 001).";
    DOMAIN_RENEWAL_AT_RISK => Warn, "A domain renews soon and its invoice is unpaid: it may lapse (R-E2, seed 002). Listed first.";
    ACCOUNT_NO_EMERGENCY_CONTACT => Warn, "The reseller account has no emergency contact (R-E1, seed 002).";
    ACCOUNT_NO_POWER_OF_ATTORNEY => Warn, "The reseller account has no power of attorney for the upstream provider to talk to its customers (R-E1, seed 002).";
    ACCOUNT_READY => Info, "The account has an emergency contact and a power of attorney, and no domain is at risk.";
}

/// Reads a finding's params for its message.
struct Params<'a> {
    params: &'a Json,
    locale: Locale,
}

impl Params<'_> {
    fn text(&self, key: &str) -> String {
        match self.params.get(key) {
            Json::String(s) => s.clone(),
            Json::Number(n) => crate::json::number_text(*n),
            _ => String::new(),
        }
    }

    /// A date param (`YYYY-MM-DD`) written the locale's way.
    fn date(&self, key: &str) -> String {
        let raw = self.text(key);
        parse_date(&raw).map_or(raw, |d| display(d, self.locale))
    }

    fn list(&self, key: &str) -> String {
        match self.params.get(key) {
            Json::Array(items) => items
                .iter()
                .filter_map(|i| match i {
                    Json::String(s) => Some(s.clone()),
                    Json::Number(n) => Some(crate::json::number_text(*n)),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join(", "),
            _ => String::new(),
        }
    }
}

/// The localised name of a close mode (`expiry`, `date`, `now`, `transit`).
pub fn close_mode_label(mode: &str, locale: Locale) -> String {
    let (de, en) = match mode {
        "expiry" => ("zum Ablauf", "at expiry"),
        "date" => ("zum Wunschtermin", "on a chosen date"),
        "now" => ("sofort", "immediately"),
        "transit" => ("TRANSIT", "TRANSIT"),
        other => (other, other),
    };
    locale.pick(de, en).to_string()
}

/// The localised label of an answer to a transfer request.
pub fn answer_label(answer: &str, locale: Locale) -> String {
    let (de, en) = match answer {
        "release" => ("AuthInfo herausgeben", "release the AuthInfo"),
        "refuse" => ("Herausgabe ablehnen", "refuse"),
        "ack" => ("Transfer genehmigen (ACK)", "approve the transfer (ACK)"),
        "nack" => ("Transfer ablehnen (NACK)", "refuse the transfer (NACK)"),
        other => (other, other),
    };
    locale.pick(de, en).to_string()
}

fn answer_list(v: &Json, locale: Locale) -> String {
    match v {
        Json::Array(items) => items
            .iter()
            .filter_map(|i| match i {
                Json::String(s) => Some(answer_label(s, locale)),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    }
}

impl Code {
    /// The message of a finding with this code, built from its params.
    pub fn message(self, locale: Locale, params: &Json) -> String {
        let p = Params { params, locale };
        let de = locale == Locale::De;
        match self {
            Code::TERMINATION_MISSING => {
                if de {
                    "Es liegt keine Kündigung vor: Der Domaininhaber muss bei Ihnen als Reseller kündigen.".into()
                } else {
                    "No termination has been received: the domain holder must terminate with you, the reseller.".into()
                }
            }
            Code::TERMINATION_NOT_FROM_HOLDER => {
                if de {
                    "Die Kündigung muss vom Domaininhaber oder seinem gesetzlichen Vertreter kommen, nicht von Dritten.".into()
                } else {
                    "The termination must come from the domain holder or a legal representative, not from anyone else.".into()
                }
            }
            Code::TERMINATION_SENT_TO_REGISTRAR => {
                if de {
                    "Die Kündigung ist an den Registrar gerichtet. Der Inhaber hat keinen Vertrag mit dem Registrar: Er muss bei Ihnen als Reseller kündigen.".into()
                } else {
                    "The termination is addressed to the registrar. The holder has no contract with the registrar: they must terminate with you, the reseller.".into()
                }
            }
            Code::EVK_MISSING => {
                if de {
                    "Es liegt keine Einverständniserklärung (EVK) des Domaininhabers vor.".into()
                } else {
                    "There is no declaration of consent (EVK) from the domain holder.".into()
                }
            }
            Code::EVK_NOT_SIGNED_BY_HOLDER => {
                if de {
                    "Die EVK ist nicht vom Domaininhaber unterschrieben.".into()
                } else {
                    "The EVK is not signed by the domain holder.".into()
                }
            }
            Code::EVK_OPERATION_NOT_NAMED => {
                if de {
                    "Die EVK nennt den Vorgang nicht eindeutig: Sie muss das Wort „Close“, „Schließung“ oder „Löschung“ enthalten.".into()
                } else {
                    "The EVK does not name the operation unambiguously: it must contain the word “Close”, “Schließung” or “Löschung”.".into()
                }
            }
            Code::EVK_AVAILABILITY_NOT_ACKNOWLEDGED => {
                if de {
                    "Der Inhaber hat nicht bestätigt, dass die Domain nach der Schließung für jedermann wieder frei registrierbar ist.".into()
                } else {
                    "The holder has not acknowledged that after the close the domain is free for anyone to register.".into()
                }
            }
            Code::EVK_NEW_PROVIDER_MISSING => {
                if de {
                    "Die EVK nennt den neuen Provider nicht.".into()
                } else {
                    "The EVK does not name the new provider.".into()
                }
            }
            Code::EVK_DATE_MISSING => {
                if de {
                    "Die EVK trägt kein Datum; ob sie rechtzeitig vorlag, lässt sich nicht prüfen."
                        .into()
                } else {
                    "The EVK carries no date, so whether it arrived in time cannot be checked."
                        .into()
                }
            }
            Code::REGISTERED_AFTER_TODAY => {
                if de {
                    format!(
                        "Das Registrierungsdatum {} liegt nach dem heutigen Tag ({}).",
                        p.date("registered"),
                        p.date("today")
                    )
                } else {
                    format!(
                        "The registration date {} lies after today ({}).",
                        p.date("registered"),
                        p.date("today")
                    )
                }
            }
            Code::RENEWAL_NOT_AFTER_TODAY => {
                if de {
                    format!("Das Verlängerungsdatum {} liegt nicht nach dem heutigen Tag ({}): Bitte das nächste Verlängerungsdatum angeben.", p.date("renewal"), p.date("today"))
                } else {
                    format!("The renewal date {} is not after today ({}): please give the next renewal date.", p.date("renewal"), p.date("today"))
                }
            }
            Code::RENEWAL_NOT_ANNIVERSARY => {
                if de {
                    format!("Das Verlängerungsdatum {} ist kein Jahrestag der Registrierung vom {} (erwartet: {}); es wird trotzdem verwendet.", p.date("renewal"), p.date("registered"), p.date("expected"))
                } else {
                    format!("The renewal date {} is not an anniversary of the registration on {} (expected: {}); it is used anyway.", p.date("renewal"), p.date("registered"), p.date("expected"))
                }
            }
            Code::DOMAIN_HOMOGRAPH => {
                if de {
                    format!("Das Label „{}“ mischt Schriften ({}): Verwechslungsgefahr mit einem gleich aussehenden Namen.", p.text("label"), p.list("scripts"))
                } else {
                    format!("The label “{}” mixes scripts ({}): it may be mistaken for a look-alike name.", p.text("label"), p.list("scripts"))
                }
            }
            Code::TLD_NOT_IN_POLICY => {
                if de {
                    format!("Für .{} hat die Richtlinie „{}“ keine eigenen Einstellungen; es gelten die allgemeinen Fristen.", p.text("tld"), p.text("policy"))
                } else {
                    format!("The policy “{}” has no settings of its own for .{}; the general figures apply.", p.text("policy"), p.text("tld"))
                }
            }
            Code::CLOSE_NOTICE_LATE => {
                if de {
                    format!("Die Frist für die Kündigung zur Verlängerung am {} ist am {} abgelaufen: Die Domain wird für ein weiteres Jahr berechnet. Nächstmögliche Schließung: zum {} (Meldung beim Registrar spätestens am {}).", p.date("renewal"), p.date("missed_deadline"), p.date("close_date"), p.date("notice_deadline"))
                } else {
                    format!("The notice deadline for the renewal on {} passed on {}: the domain will be billed for another year. Next possible close: on {} (notice to reach the registrar by {}).", p.date("renewal"), p.date("missed_deadline"), p.date("close_date"), p.date("notice_deadline"))
                }
            }
            Code::CLOSE_SCHEDULED => {
                if de {
                    format!("Schließung zum {}: Die Meldung muss spätestens am {} beim Registrar sein; rückgängig machen ist bis zum {} möglich.", p.date("close_date"), p.date("notice_deadline"), p.date("undo_until"))
                } else {
                    format!("Close on {}: the notice must reach the registrar by {}; it can be undone until {}.", p.date("close_date"), p.date("notice_deadline"), p.date("undo_until"))
                }
            }
            Code::CLOSE_RGP => {
                let pending = p.text("pending_delete_days");
                let tail = match (pending.is_empty() || pending == "0", de) {
                    (true, _) => String::new(),
                    (false, true) => format!(" Danach folgen {pending} Tage „pending delete“."),
                    (false, false) => format!(" Then {pending} days of pending delete follow."),
                };
                if de {
                    format!("Nach der Löschung kann nur der letzte Inhaber die Domain bis zum {} gegen Gebühr wiederherstellen lassen (Redemption Grace Period).{tail}", p.date("rgp_until"))
                } else {
                    format!("After the deletion only the last holder can have the domain restored, for a fee, until {} (redemption grace period).{tail}", p.date("rgp_until"))
                }
            }
            Code::CLOSE_MODE_NOT_ALLOWED => {
                let allowed = match params.get("allowed") {
                    Json::Array(items) => items
                        .iter()
                        .filter_map(|i| match i {
                            Json::String(s) => Some(close_mode_label(s, locale)),
                            _ => None,
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                    _ => String::new(),
                };
                let mode = close_mode_label(&p.text("mode"), locale);
                if de {
                    format!("Die Richtlinie „{}“ bietet keine Schließung „{mode}“ an; möglich: {allowed}.", p.text("policy"))
                } else {
                    format!(
                        "The policy “{}” does not offer a close “{mode}”; possible: {allowed}.",
                        p.text("policy")
                    )
                }
            }
            Code::CLOSE_TRANSIT_NOT_AVAILABLE => {
                if de {
                    format!("Für .{} gibt es keinen TRANSIT: Die Registry nimmt Domains nicht zurück. Wählen Sie eine Schließung.", p.text("tld"))
                } else {
                    format!("There is no TRANSIT for .{}: the registry does not take domains back. Choose a close instead.", p.text("tld"))
                }
            }
            Code::CLOSE_DATE_TOO_SOON => {
                if de {
                    format!("Für eine Schließung zum {} hätte die Meldung bis zum {} beim Registrar sein müssen ({} Tage vorher); frühestmöglicher Termin ist der {}.", p.date("close_date"), p.date("notice_deadline"), p.text("notice_days"), p.date("earliest"))
                } else {
                    format!("A close on {} needed its notice at the registrar by {} ({} days ahead); the earliest possible date is {}.", p.date("close_date"), p.date("notice_deadline"), p.text("notice_days"), p.date("earliest"))
                }
            }
            Code::CLOSE_DATE_AFTER_RENEWAL => {
                if de {
                    format!("Der Wunschtermin {} liegt nach der Verlängerung am {}: Die Domain wird vorher noch für ein Jahr berechnet.", p.date("close_date"), p.date("renewal"))
                } else {
                    format!("The chosen date {} lies after the renewal on {}: the domain is billed for another year first.", p.date("close_date"), p.date("renewal"))
                }
            }
            Code::CLOSE_IMMEDIATE => {
                if de {
                    format!("Die Sofortlöschung zum {} lässt sich nicht rückgängig machen; danach kann nur der letzte Inhaber die Domain wiederherstellen lassen.", p.date("close_date"))
                } else {
                    format!("The immediate close on {} cannot be undone; afterwards only the last holder can have the domain restored.", p.date("close_date"))
                }
            }
            Code::CLOSE_TRANSIT => {
                if de {
                    format!("TRANSIT: Die Domain geht zum {} an die Registry zurück. Die Registry schreibt den Inhaber an und löscht die Domain, wenn er nicht reagiert.", p.date("close_date"))
                } else {
                    format!("TRANSIT: the domain goes back to the registry on {}. The registry writes to the holder and deletes the domain if they do not respond.", p.date("close_date"))
                }
            }
            Code::SERVICES_WEBSITE_ONLINE => {
                if de {
                    "Unter der Domain läuft noch eine Website: Mit der Schließung ist sie nicht mehr erreichbar.".into()
                } else {
                    "A website still runs under the domain: the close takes it offline.".into()
                }
            }
            Code::SERVICES_MAILBOXES_ACTIVE => {
                if de {
                    format!("An der Domain hängen noch {} Postfächer: Nach der Schließung kommt keine Mail mehr an. Sichern Sie die Mails vorher.", p.text("mailboxes"))
                } else {
                    format!("{} mailboxes still use the domain: after the close no mail arrives. Back up the mail first.", p.text("mailboxes"))
                }
            }
            Code::MAIL_BACKUP_MISSING => {
                if de {
                    format!("Die Sicherung der {} Postfächer ist nicht bestätigt: Erst die Mails sichern, dann schließen.", p.text("mailboxes"))
                } else {
                    format!("The backup of the {} mailboxes is not confirmed: back up the mail first, then close.", p.text("mailboxes"))
                }
            }
            Code::TRANSFER_EVK_LATE => {
                if de {
                    format!("Die EVK vom {} kam nach dem {} ({} Tage vor der Verlängerung am {}): Der Transfer muss vor der Verlängerung abgeschlossen sein, sonst wird die Domain noch ein Jahr berechnet.", p.date("evk_date"), p.date("notice_deadline"), p.text("notice_days"), p.date("renewal"))
                } else {
                    format!("The EVK of {} arrived after {} ({} days before the renewal on {}): the transfer must be complete before the renewal, or the domain is billed for another year.", p.date("evk_date"), p.date("notice_deadline"), p.text("notice_days"), p.date("renewal"))
                }
            }
            Code::TRANSFER_SAFE_UNTIL => {
                if de {
                    format!("Ein bis zum {} abgeschlossener Transfer wird in der Regel nicht mehr berechnet (Verlängerung am {}).", p.date("transfer_safe_until"), p.date("renewal"))
                } else {
                    format!(
                        "A transfer completed by {} is usually not billed again (renewal on {}).",
                        p.date("transfer_safe_until"),
                        p.date("renewal")
                    )
                }
            }
            Code::TRANSFER_PLANNED_TOO_LATE => {
                if de {
                    format!("Der geplante Transfer am {} liegt nach dem {}: Die Domain wird wahrscheinlich zur Verlängerung am {} noch einmal berechnet.", p.date("planned_transfer"), p.date("transfer_safe_until"), p.date("renewal"))
                } else {
                    format!("The planned transfer on {} lies after {}: the domain will likely be billed again at the renewal on {}.", p.date("planned_transfer"), p.date("transfer_safe_until"), p.date("renewal"))
                }
            }
            Code::AUTHINFO_NOT_CREATED => {
                if de {
                    format!("Noch keine AuthInfo erzeugt: Erzeugen Sie sie und senden Sie sie mit der Kündigungsbestätigung an den Inhaber; sie gilt {} Tage.", p.text("valid_days"))
                } else {
                    format!("No AuthInfo has been created yet: create it and send it to the holder with the confirmation letter; it is valid for {} days.", p.text("valid_days"))
                }
            }
            Code::AUTHINFO_EXPIRED => {
                if de {
                    format!("Die AuthInfo vom {} ist seit dem {} ungültig ({} Tage gültig): Erzeugen Sie eine neue.", p.date("created"), p.date("authinfo_expires"), p.text("valid_days"))
                } else {
                    format!("The AuthInfo created on {} no longer works since {} (valid for {} days): create a new one.", p.date("created"), p.date("authinfo_expires"), p.text("valid_days"))
                }
            }
            Code::AUTHINFO_EXPIRES_BEFORE_TRANSFER => {
                if de {
                    format!("Die AuthInfo ist ab dem {} ungültig, der Transfer ist aber für den {} geplant.", p.date("authinfo_expires"), p.date("planned_transfer"))
                } else {
                    format!(
                        "The AuthInfo stops working on {}, but the transfer is planned for {}.",
                        p.date("authinfo_expires"),
                        p.date("planned_transfer")
                    )
                }
            }
            // The finding itself carries the validator's message (positions, never characters);
            // this is the general form.
            Code::AUTHINFO_INVALID => {
                let positions = p.list("positions");
                match (de, positions.is_empty()) {
                    (true, true) => "Die AuthInfo hat nicht das Format der Registry.".into(),
                    (false, true) => "The AuthInfo does not have the registry's format.".into(),
                    (true, false) => format!("Die AuthInfo hat nicht das Format der Registry: unzulässige Zeichen an Position {positions}."),
                    (false, false) => format!("The AuthInfo does not have the registry's format: characters not allowed at position {positions}."),
                }
            }
            Code::TRANSFER_LOCKED => {
                if de {
                    "Die Domain trägt den Status clientTransferProhibited: Heben Sie die Transfersperre auf (Status ACTIVE), bevor der Transfer möglich ist.".into()
                } else {
                    "The domain carries the status clientTransferProhibited: lift the transfer lock (status ACTIVE) before the transfer can happen.".into()
                }
            }
            Code::TRANSFER_MUST_RELEASE => {
                if de {
                    "Eine ordnungsgemäße Kündigung mit EVK des Inhabers liegt vor: Die AuthInfo muss herausgegeben werden, eine Ablehnung ist nicht zulässig.".into()
                } else {
                    "A proper termination with the holder's EVK exists: the AuthInfo must be released; refusing is not allowed.".into()
                }
            }
            Code::TRANSFER_MAY_REFUSE_NO_TERMINATION => {
                if de {
                    "Es liegt keine ordnungsgemäße Kündigung mit EVK des Inhabers vor: Nur aus diesem Grund darf die Herausgabe abgelehnt werden.".into()
                } else {
                    "No proper termination with the holder's EVK exists: the request may be refused for that reason only.".into()
                }
            }
            Code::UNPAID_INVOICES_NOT_A_REASON => {
                if de {
                    "Offene Rechnungen sind kein Ablehnungsgrund: Die Domain ist kein Pfand. Forderungen sind auf anderem Weg einzutreiben.".into()
                } else {
                    "Unpaid invoices are no reason to refuse: the domain is not collateral. Claims must be pursued another way.".into()
                }
            }
            Code::TRANSFER_MUST_DENY => {
                if de {
                    format!("Der Transfer muss abgelehnt werden: {}.", p.list("labels"))
                } else {
                    format!("The transfer must be refused: {}.", p.list("labels"))
                }
            }
            Code::TRANSFER_MAY_DENY => {
                if de {
                    format!(
                        "Der Transfer darf abgelehnt werden, mit dem Grund: {}.",
                        p.list("labels")
                    )
                } else {
                    format!(
                        "The transfer may be refused, with the reason: {}.",
                        p.list("labels")
                    )
                }
            }
            Code::TRANSFER_NOT_A_REASON => {
                if de {
                    format!("Kein zulässiger Ablehnungsgrund: {}.", p.list("labels"))
                } else {
                    format!("Not a permitted reason to refuse: {}.", p.list("labels"))
                }
            }
            Code::TRANSFER_HOLD_FIRST => {
                if de {
                    "Nichtzahlung ist erst ein Ablehnungsgrund, wenn die Domain vorher auf Hold gesetzt wurde (Status clientHold).".into()
                } else {
                    "Non-payment is a reason to refuse only once the domain has been put on hold (status clientHold).".into()
                }
            }
            Code::TRANSFER_ACK_DEADLINE => {
                if de {
                    format!(
                        "Antworten Sie bis zum {}: Danach gilt der Transfer als genehmigt.",
                        p.date("ack_deadline")
                    )
                } else {
                    format!(
                        "Answer by {}: after that the transfer counts as approved.",
                        p.date("ack_deadline")
                    )
                }
            }
            Code::TRANSFER_ACK_DEADLINE_PASSED => {
                if de {
                    format!(
                        "Die Antwortfrist endete am {}: Der Transfer gilt als genehmigt.",
                        p.date("ack_deadline")
                    )
                } else {
                    format!(
                        "The answer period ended on {}: the transfer counts as approved.",
                        p.date("ack_deadline")
                    )
                }
            }
            Code::ANSWER_NOT_PERMITTED => {
                let permitted = answer_list(params.get("permitted"), locale);
                let answer = answer_label(&p.text("answer"), locale);
                if de {
                    format!(
                        "Die Antwort „{answer}“ ist hier nicht zulässig; zulässig: {permitted}."
                    )
                } else {
                    format!("The answer “{answer}” is not permitted here; permitted: {permitted}.")
                }
            }
            Code::REFUSAL_REASON_MISSING => {
                if de {
                    format!(
                        "Eine Ablehnung braucht einen Grund; zulässig: {}.",
                        p.list("permitted_labels")
                    )
                } else {
                    format!(
                        "A refusal needs a reason; permitted: {}.",
                        p.list("permitted_labels")
                    )
                }
            }
            Code::REFUSAL_REASON_NOT_PERMITTED => {
                if de {
                    format!(
                        "„{}“ rechtfertigt hier keine Ablehnung; zulässig: {}.",
                        p.text("label"),
                        p.list("permitted_labels")
                    )
                } else {
                    format!(
                        "“{}” does not justify a refusal here; permitted: {}.",
                        p.text("label"),
                        p.list("permitted_labels")
                    )
                }
            }
            Code::MOVE_WEBSITE_NOT_COPIED => {
                if de {
                    "Die Website ist noch nicht zum neuen Anbieter kopiert.".into()
                } else {
                    "The website has not yet been copied to the new host.".into()
                }
            }
            Code::MOVE_WEBSITE_NOT_TESTED => {
                if de {
                    "Die Website ist beim neuen Anbieter noch nicht getestet.".into()
                } else {
                    "The website has not yet been tested at the new host.".into()
                }
            }
            Code::MOVE_MAILBOXES_OPEN => {
                if de {
                    format!(
                        "{} von {} Postfächern sind noch nicht gesichert oder umgezogen.",
                        p.text("open"),
                        p.text("mailboxes")
                    )
                } else {
                    format!(
                        "{} of {} mailboxes are not yet backed up or migrated.",
                        p.text("open"),
                        p.text("mailboxes")
                    )
                }
            }
            Code::MOVE_DNS_RECORD_MISSING => {
                if de {
                    format!(
                        "Die {}-Einträge sind beim neuen Anbieter noch nicht angelegt.",
                        p.text("record")
                    )
                } else {
                    format!(
                        "The {} records have not yet been recreated at the new host.",
                        p.text("record")
                    )
                }
            }
            Code::MOVE_TLS_NOT_CHECKED => {
                if de {
                    "Die TLS-Zertifikate beim neuen Anbieter sind noch nicht geprüft.".into()
                } else {
                    "The TLS certificates at the new host have not been checked.".into()
                }
            }
            Code::MOVE_CMS_NOT_CHECKED => {
                if de {
                    "Die PHP- und TLS-Anforderungen des CMS beim neuen Anbieter sind noch nicht geprüft.".into()
                } else {
                    "The CMS's PHP and TLS requirements at the new host have not been checked."
                        .into()
                }
            }
            Code::MOVE_SWITCH_NOT_AGREED => {
                if de {
                    "Es ist noch kein Zeitpunkt für den Wechsel vereinbart.".into()
                } else {
                    "No time for the switch has been agreed yet.".into()
                }
            }
            Code::MOVE_SWITCH_IN_BUSINESS_HOURS => {
                if de {
                    format!("Der Wechsel am {} um {} Uhr fällt in die Geschäftszeit ({}–{} Uhr): Vereinbaren Sie einen Zeitpunkt außerhalb.", p.date("switch_date"), p.text("switch_time"), p.text("start_hour"), p.text("end_hour"))
                } else {
                    format!("The switch on {} at {} falls within business hours ({}:00–{}:00): agree a time outside them.", p.date("switch_date"), p.text("switch_time"), p.text("start_hour"), p.text("end_hour"))
                }
            }
            Code::MOVE_SWITCH_IN_PAST => {
                if de {
                    format!(
                        "Der vereinbarte Wechsel am {} liegt in der Vergangenheit.",
                        p.date("switch_date")
                    )
                } else {
                    format!(
                        "The agreed switch on {} lies in the past.",
                        p.date("switch_date")
                    )
                }
            }
            Code::MOVE_OLD_CONTRACT_END_MISSING => {
                if de {
                    "Das Vertragsende beim alten Anbieter fehlt: Es muss nach dem Wechsel liegen."
                        .into()
                } else {
                    "The old contract's end date is missing: it must lie after the switch.".into()
                }
            }
            Code::MOVE_OLD_CONTRACT_ENDS_TOO_EARLY => {
                if de {
                    format!("Der alte Vertrag endet am {}, nicht nach dem Wechsel am {}: Website und Mail wären vorher abgeschaltet.", p.date("old_contract_end"), p.date("switch_date"))
                } else {
                    format!("The old contract ends on {}, not after the switch on {}: website and mail would be switched off before it.", p.date("old_contract_end"), p.date("switch_date"))
                }
            }
            Code::MOVE_MAILBOX_LOCK => {
                if de {
                    "Der alte Anbieter kann den Zugang zu den Postfächern im Moment des Wechsels sperren: Sichern oder migrieren Sie alle Mails vorher.".into()
                } else {
                    "The old provider may lock access to the mailboxes the moment the domain switches: back up or migrate all mail first.".into()
                }
            }
            Code::MOVE_AUTHINFO_TO_AGENCY_ONLY => {
                if de {
                    "Der Inhaber gibt die AuthInfo nur an die Agentur weiter, nie an eine automatische Anfrage des neuen Anbieters: Mit ihr wechselt die Domain sofort.".into()
                } else {
                    "The holder gives the AuthInfo to the agency only, never to an automated request of the new provider: it moves the domain at once.".into()
                }
            }
            Code::MOVE_READY => {
                if de {
                    format!("Die Checkliste ist vollständig: Die AuthInfo darf für den Wechsel am {} um {} Uhr freigegeben werden.", p.date("switch_date"), p.text("switch_time"))
                } else {
                    format!("The checklist is complete: the AuthInfo may be released for the switch on {} at {}.", p.date("switch_date"), p.text("switch_time"))
                }
            }
            Code::BACKUP_MISSING => {
                if de {
                    format!("Es gibt keine Datensicherung: Legen Sie vorher eine an (höchstens {} Stunden alt).", p.text("max_age_hours"))
                } else {
                    format!(
                        "There is no backup: make one first (at most {} hours old).",
                        p.text("max_age_hours")
                    )
                }
            }
            Code::BACKUP_TOO_OLD => {
                if de {
                    format!("Die letzte Datensicherung ist {} Stunden alt (erlaubt: höchstens {} Stunden): Legen Sie vorher eine neue an.", p.text("age_hours"), p.text("max_age_hours"))
                } else {
                    format!("The newest backup is {} hours old (at most {} hours allowed): make a new one first.", p.text("age_hours"), p.text("max_age_hours"))
                }
            }
            Code::BACKUP_IN_FUTURE => {
                if de {
                    "Der Zeitpunkt der Datensicherung liegt in der Zukunft: Prüfen Sie die Angabe."
                        .into()
                } else {
                    "The backup's time lies in the future: check the entry.".into()
                }
            }
            Code::DELETE_WITH_DESCENDANTS => {
                let title = p.text("title");
                let records = p.text("records");
                let with_records = records != "0" && !records.is_empty();
                match (de, with_records) {
                    (true, true) => format!(
                        "Mit „{title}“ werden {} Unterseiten und {records} Datensätze gelöscht.",
                        p.text("descendants")
                    ),
                    (true, false) => format!(
                        "Mit „{title}“ werden {} Unterseiten gelöscht.",
                        p.text("descendants")
                    ),
                    (false, true) => format!(
                        "Deleting “{title}” also deletes {} pages below it and {records} records.",
                        p.text("descendants")
                    ),
                    (false, false) => format!(
                        "Deleting “{title}” also deletes {} pages below it.",
                        p.text("descendants")
                    ),
                }
            }
            Code::DELETE_CONFIRMATION_MISSING => {
                if de {
                    format!(
                        "Zur Bestätigung die Zahl der mitgelöschten Unterseiten eintippen: {}.",
                        p.text("expected")
                    )
                } else {
                    format!(
                        "To confirm, type the number of pages deleted with it: {}.",
                        p.text("expected")
                    )
                }
            }
            Code::DELETE_CONFIRMATION_WRONG => {
                if de {
                    format!("Die Bestätigung stimmt nicht: Tippen Sie die Zahl der mitgelöschten Unterseiten ({}).", p.text("expected"))
                } else {
                    format!("The confirmation does not match: type the number of pages deleted with it ({}).", p.text("expected"))
                }
            }
            Code::UPDATE_NOT_STAGED => {
                if de {
                    format!(
                        "Das Update von {} wurde nicht auf einer Staging-Kopie getestet.",
                        p.text("name")
                    )
                } else {
                    format!(
                        "The update of {} has not been tested on a staging copy.",
                        p.text("name")
                    )
                }
            }
            Code::CORE_OUT_OF_SUPPORT => {
                if de {
                    format!("Der installierte Core {} bekommt seit dem {} keine Sicherheitsupdates mehr.", p.text("version"), p.date("support_ends"))
                } else {
                    format!(
                        "The installed core {} has had no security updates since {}.",
                        p.text("version"),
                        p.date("support_ends")
                    )
                }
            }
            Code::BACKUP_RESPONSIBILITY => {
                let who = p.text("responsible");
                let (w_de, w_en) = match who.as_str() {
                    "customer" => ("der Kunde", "the customer"),
                    "hoster" => ("der Hoster", "the hoster"),
                    _ => ("die Agentur", "the agency"),
                };
                if de {
                    format!("Laut Hostingvertrag ist {w_de} für Datensicherungen verantwortlich.")
                } else {
                    format!("Under the hosting contract {w_en} is responsible for backups.")
                }
            }
            Code::BACKUP_RESPONSIBILITY_UNKNOWN => {
                if de {
                    "Wer laut Hostingvertrag für Datensicherungen verantwortlich ist, ist nicht erfasst: Klären Sie es vor dem Update.".into()
                } else {
                    "Who is responsible for backups under the hosting contract is not recorded: settle it before the update.".into()
                }
            }
            Code::DOMAIN_RENEWAL_AT_RISK => {
                if de {
                    format!("{} verlängert sich am {} (in {} Tagen), die Rechnung ist offen: Die Domain droht zu verfallen.", p.text("domain"), p.date("renewal"), p.text("days_left"))
                } else {
                    format!("{} renews on {} (in {} days) and its invoice is unpaid: the domain may lapse.", p.text("domain"), p.date("renewal"), p.text("days_left"))
                }
            }
            Code::ACCOUNT_NO_EMERGENCY_CONTACT => {
                if de {
                    "Für dieses Reseller-Konto ist kein Notfallkontakt hinterlegt.".into()
                } else {
                    "This reseller account has no emergency contact on file.".into()
                }
            }
            Code::ACCOUNT_NO_POWER_OF_ATTORNEY => {
                if de {
                    "Für dieses Reseller-Konto liegt keine Vollmacht vor, mit der der Provider im Notfall die Endkunden ansprechen darf.".into()
                } else {
                    "This reseller account has no power of attorney letting the provider contact the end customers in an emergency.".into()
                }
            }
            Code::ACCOUNT_READY => {
                if de {
                    format!("Notfallkontakt und Vollmacht liegen vor; keine der {} Domains ist gefährdet.", p.text("domains"))
                } else {
                    format!("Emergency contact and power of attorney are on file; none of the {} domains is at risk.", p.text("domains"))
                }
            }
            Code::TRANSFER_WITHIN_LOCK_PERIOD => {
                let since = p.text("since");
                if de {
                    let what = if since == "transfer" {
                        "transferiert"
                    } else {
                        "registriert"
                    };
                    format!("Die Domain wurde vor weniger als {} Tagen {what}: Bis zum {} darf ein Transfer abgelehnt werden.", p.text("lock_days"), p.date("transfer_lock_until"))
                } else {
                    let what = if since == "transfer" {
                        "transferred"
                    } else {
                        "registered"
                    };
                    format!("The domain was {what} less than {} days ago: until {} a transfer may be refused.", p.text("lock_days"), p.date("transfer_lock_until"))
                }
            }
        }
    }
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
