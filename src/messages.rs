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

impl Code {
    /// The German and English message templates. `{key}` stands for the finding's param
    /// `key` (dates written the locale's way, lists joined with commas) or for one of the few
    /// texts [`Code::derived`] makes from the params.
    fn templates(self) -> (&'static str, &'static str) {
        match self {
            Code::TERMINATION_MISSING => (
                "Es liegt keine Kündigung vor: Der Domaininhaber muss bei Ihnen als Reseller kündigen.",
                "No termination has been received: the domain holder must terminate with you, the reseller.",
            ),
            Code::TERMINATION_NOT_FROM_HOLDER => (
                "Die Kündigung muss vom Domaininhaber oder seinem gesetzlichen Vertreter kommen, nicht von Dritten.",
                "The termination must come from the domain holder or a legal representative, not from anyone else.",
            ),
            Code::TERMINATION_SENT_TO_REGISTRAR => (
                "Die Kündigung ist an den Registrar gerichtet. Der Inhaber hat keinen Vertrag mit dem Registrar: Er muss bei Ihnen als Reseller kündigen.",
                "The termination is addressed to the registrar. The holder has no contract with the registrar: they must terminate with you, the reseller.",
            ),
            Code::EVK_MISSING => (
                "Es liegt keine Einverständniserklärung (EVK) des Domaininhabers vor.",
                "There is no declaration of consent (EVK) from the domain holder.",
            ),
            Code::EVK_NOT_SIGNED_BY_HOLDER => (
                "Die EVK ist nicht vom Domaininhaber unterschrieben.",
                "The EVK is not signed by the domain holder.",
            ),
            Code::EVK_OPERATION_NOT_NAMED => (
                "Die EVK nennt den Vorgang nicht eindeutig: Sie muss das Wort „Close“, „Schließung“ oder „Löschung“ enthalten.",
                "The EVK does not name the operation unambiguously: it must contain the word “Close”, “Schließung” or “Löschung”.",
            ),
            Code::EVK_AVAILABILITY_NOT_ACKNOWLEDGED => (
                "Der Inhaber hat nicht bestätigt, dass die Domain nach der Schließung für jedermann wieder frei registrierbar ist.",
                "The holder has not acknowledged that after the close the domain is free for anyone to register.",
            ),
            Code::EVK_NEW_PROVIDER_MISSING => (
                "Die EVK nennt den neuen Provider nicht.",
                "The EVK does not name the new provider.",
            ),
            Code::EVK_DATE_MISSING => (
                "Die EVK trägt kein Datum; ob sie rechtzeitig vorlag, lässt sich nicht prüfen.",
                "The EVK carries no date, so whether it arrived in time cannot be checked.",
            ),
            Code::REGISTERED_AFTER_TODAY => (
                "Das Registrierungsdatum {registered} liegt nach dem heutigen Tag ({today}).",
                "The registration date {registered} lies after today ({today}).",
            ),
            Code::RENEWAL_NOT_AFTER_TODAY => (
                "Das Verlängerungsdatum {renewal} liegt nicht nach dem heutigen Tag ({today}): Bitte das nächste Verlängerungsdatum angeben.",
                "The renewal date {renewal} is not after today ({today}): please give the next renewal date.",
            ),
            Code::RENEWAL_NOT_ANNIVERSARY => (
                "Das Verlängerungsdatum {renewal} ist kein Jahrestag der Registrierung vom {registered} (erwartet: {expected}); es wird trotzdem verwendet.",
                "The renewal date {renewal} is not an anniversary of the registration on {registered} (expected: {expected}); it is used anyway.",
            ),
            Code::DOMAIN_HOMOGRAPH => (
                "Das Label „{label}“ mischt Schriften ({scripts}): Verwechslungsgefahr mit einem gleich aussehenden Namen.",
                "The label “{label}” mixes scripts ({scripts}): it may be mistaken for a look-alike name.",
            ),
            Code::TLD_NO_REGISTRY_PROFILE => (
                "Für .{tld} ist kein Registry-Profil hinterlegt (Richtlinie „{policy}“): Fristen, Sperren und Pflichten dieser Registry werden nicht geprüft. Prüfen Sie sie bei der Registry selbst.",
                "No registry profile exists for .{tld} (policy “{policy}”): this registry's deadlines, locks and obligations are not checked. Check them with the registry itself.",
            ),
            Code::STATUS_SERVER_PROHIBITED => (
                "Die Domain trägt den Status {status}: Nur die Registry kann ihn aufheben; solange ist {what} nicht möglich.",
                "The domain carries the status {status}: only the registry can lift it; until then {what} is not possible.",
            ),
            Code::STATUS_CLIENT_DELETE_PROHIBITED => (
                "Die Domain trägt den Status clientDeleteProhibited: Heben Sie die Löschsperre vor der Schließung auf.",
                "The domain carries the status clientDeleteProhibited: lift the delete lock before the close.",
            ),
            Code::STATUS_PREVENTS_ACTION => (
                "Die Domain trägt den Status {status}: {reason}",
                "The domain carries the status {status}: {reason}",
            ),
            Code::STATUS_HOLD => (
                "Die Domain trägt den Status {status}: {who} hat sie auf Hold gesetzt, sie wird nicht aufgelöst (Website und Mail sind offline).",
                "The domain carries the status {status}: {who} has put it on hold, so it does not resolve (website and mail are offline).",
            ),
            Code::AUTHINFO_TOO_SHORT_FOR_POLICY => (
                "Die AuthInfo hat {length} Zeichen; die Transfer Policy „{policy}“ verlangt mindestens {min_length}.",
                "The AuthInfo has {length} characters; the Transfer Policy “{policy}” requires at least {min_length}.",
            ),
            Code::AUTHINFO_PROVIDE_BY => (
                "Der Inhaber hat die AuthInfo am {requested} angefordert: Sie muss ihm spätestens am {authinfo_provide_by} vorliegen.",
                "The holder asked for the AuthInfo on {requested}: it must reach them by {authinfo_provide_by}.",
            ),
            Code::EVK_BEFORE_LAST_TRANSFER => (
                "Die EVK vom {evk_date} ist älter als der letzte Transfer der Domain zu Ihnen am {last_transfer}: Sie galt dem vorigen Provider. Holen Sie eine neue EVK ein.",
                "The EVK of {evk_date} is older than the domain's last transfer to you on {last_transfer}: it was given to the previous provider. Obtain a new EVK.",
            ),
            Code::CLOSE_UNDO_POSSIBLE => (
                "Die Schließung zum {close_date} kann bis zum {undo_until} rückgängig gemacht werden: Die Meldung an den Registrar liegt bei.",
                "The close on {close_date} can be undone until {undo_until}: the notice to the registrar is attached.",
            ),
            Code::CLOSE_UNDO_TOO_LATE => (
                "Die Schließung zum {close_date} konnte nur bis zum {undo_until} rückgängig gemacht werden: Die Domain wird gelöscht.{rgp_tail}",
                "The close on {close_date} could be undone only until {undo_until}: the domain will be deleted.{rgp_tail}",
            ),
            Code::MOVE_OLD_CONTRACT_ENDS_ON_SWITCH_DAY => (
                "Der alte Vertrag endet am {old_contract_end}, dem Tag des Wechsels: Er läuft bis zum Ende dieses Tages, der Wechsel um {switch_time} Uhr muss also an diesem Tag gelingen. Planen Sie keinen Puffer über Mitternacht.",
                "The old contract ends on {old_contract_end}, the day of the switch: it runs to the end of that day, so the switch at {switch_time} must succeed that day. There is no slack past midnight.",
            ),
            Code::TLD_NOT_IN_POLICY => (
                "Für .{tld} hat die Richtlinie „{policy}“ keine eigenen Einstellungen; es gelten die allgemeinen Fristen.",
                "The policy “{policy}” has no settings of its own for .{tld}; the general figures apply.",
            ),
            Code::CLOSE_NOTICE_LATE => (
                "Die Frist für die Kündigung zur Verlängerung am {renewal} ist am {missed_deadline} abgelaufen: Die Domain wird für ein weiteres Jahr berechnet. Nächstmögliche Schließung: zum {close_date} (Meldung beim Registrar spätestens am {notice_deadline}).",
                "The notice deadline for the renewal on {renewal} passed on {missed_deadline}: the domain will be billed for another year. Next possible close: on {close_date} (notice to reach the registrar by {notice_deadline}).",
            ),
            Code::CLOSE_SCHEDULED => (
                "Schließung zum {close_date}: Die Meldung muss spätestens am {notice_deadline} beim Registrar sein; rückgängig machen ist bis zum {undo_until} möglich.",
                "Close on {close_date}: the notice must reach the registrar by {notice_deadline}; it can be undone until {undo_until}.",
            ),
            Code::CLOSE_RGP => (
                "Nach der Löschung kann nur der letzte Inhaber{third_party_tail} die Domain bis zum {rgp_until} gegen Gebühr wiederherstellen lassen (Redemption Grace Period).{pending_tail}",
                "After the deletion only the last holder{third_party_tail} can have the domain restored, for a fee, until {rgp_until} (redemption grace period).{pending_tail}",
            ),
            Code::CLOSE_MODE_NOT_ALLOWED => (
                "Die Richtlinie „{policy}“ bietet keine Schließung „{mode_label}“ an; möglich: {allowed_labels}.",
                "The policy “{policy}” does not offer a close “{mode_label}”; possible: {allowed_labels}.",
            ),
            Code::CLOSE_TRANSIT_NOT_AVAILABLE => (
                "Für .{tld} gibt es keinen TRANSIT: Die Registry nimmt Domains nicht zurück. Wählen Sie eine Schließung.",
                "There is no TRANSIT for .{tld}: the registry does not take domains back. Choose a close instead.",
            ),
            Code::CLOSE_DATE_TOO_SOON => (
                "Für eine Schließung zum {close_date} hätte die Meldung bis zum {notice_deadline} beim Registrar sein müssen ({notice_days} Tage vorher); frühestmöglicher Termin ist der {earliest}.",
                "A close on {close_date} needed its notice at the registrar by {notice_deadline} ({notice_days} days ahead); the earliest possible date is {earliest}.",
            ),
            Code::CLOSE_DATE_AFTER_RENEWAL => (
                "Der Wunschtermin {close_date} liegt nach der Verlängerung am {renewal}: Die Domain wird vorher noch für ein Jahr berechnet.",
                "The chosen date {close_date} lies after the renewal on {renewal}: the domain is billed for another year first.",
            ),
            Code::CLOSE_IMMEDIATE => (
                "Die Sofortlöschung zum {close_date} lässt sich nicht rückgängig machen; danach kann nur der letzte Inhaber die Domain wiederherstellen lassen.",
                "The immediate close on {close_date} cannot be undone; afterwards only the last holder can have the domain restored.",
            ),
            Code::CLOSE_TRANSIT => (
                "TRANSIT: Die Domain geht zum {close_date} an die Registry zurück. Die Registry schreibt den Inhaber an: Er kann die Domain von ihr selbst verwalten lassen, was sie ihm berechnet, oder zu einem neuen Provider wechseln; reagiert er nicht, löscht sie die Domain.",
                "TRANSIT: the domain goes back to the registry on {close_date}. The registry writes to the holder: they can have the registry itself administer the domain, which it charges to them, or move to a new provider; if they do not respond, it deletes the domain.",
            ),
            Code::SERVICES_WEBSITE_ONLINE => (
                "Unter der Domain läuft noch eine Website: Mit der Schließung ist sie nicht mehr erreichbar.",
                "A website still runs under the domain: the close takes it offline.",
            ),
            Code::SERVICES_MAILBOXES_ACTIVE => (
                "An der Domain hängen noch {mailboxes} Postfächer: Nach der Schließung kommt keine Mail mehr an. Sichern Sie die Mails vorher.",
                "{mailboxes} mailboxes still use the domain: after the close no mail arrives. Back up the mail first.",
            ),
            Code::MAIL_BACKUP_MISSING => (
                "Die Sicherung der {mailboxes} Postfächer ist nicht bestätigt: Erst die Mails sichern, dann schließen.",
                "The backup of the {mailboxes} mailboxes is not confirmed: back up the mail first, then close.",
            ),
            Code::TRANSFER_EVK_LATE => (
                "Die EVK vom {evk_date} kam nach dem {notice_deadline} ({notice_days} Tage vor der Verlängerung am {renewal}): Der Transfer muss vor der Verlängerung abgeschlossen sein, sonst wird die Domain noch ein Jahr berechnet.",
                "The EVK of {evk_date} arrived after {notice_deadline} ({notice_days} days before the renewal on {renewal}): the transfer must be complete before the renewal, or the domain is billed for another year.",
            ),
            Code::TRANSFER_SAFE_UNTIL => (
                "Ein bis zum {transfer_safe_until} abgeschlossener Transfer wird in der Regel nicht mehr berechnet (Verlängerung am {renewal}).",
                "A transfer completed by {transfer_safe_until} is usually not billed again (renewal on {renewal}).",
            ),
            Code::TRANSFER_PLANNED_TOO_LATE => (
                "Der geplante Transfer am {planned_transfer} liegt nach dem {transfer_safe_until}: Die Domain wird wahrscheinlich zur Verlängerung am {renewal} noch einmal berechnet.",
                "The planned transfer on {planned_transfer} lies after {transfer_safe_until}: the domain will likely be billed again at the renewal on {renewal}.",
            ),
            Code::AUTHINFO_NOT_CREATED => (
                "Noch keine AuthInfo erzeugt: Erzeugen Sie sie und senden Sie sie mit der Kündigungsbestätigung an den Inhaber; {validity}.",
                "No AuthInfo has been created yet: create it and send it to the holder with the confirmation letter; {validity}.",
            ),
            Code::AUTHINFO_EXPIRED => (
                "Die AuthInfo vom {created} ist seit dem {authinfo_expires} ungültig ({valid_days} Tage gültig): Erzeugen Sie eine neue.",
                "The AuthInfo created on {created} no longer works since {authinfo_expires} (valid for {valid_days} days): create a new one.",
            ),
            Code::AUTHINFO_EXPIRES_BEFORE_TRANSFER => (
                "Die AuthInfo ist ab dem {authinfo_expires} ungültig, der Transfer ist aber für den {planned_transfer} geplant.",
                "The AuthInfo stops working on {authinfo_expires}, but the transfer is planned for {planned_transfer}.",
            ),
            Code::AUTHINFO_INVALID => (
                "Die AuthInfo hat nicht das Format der Registry{positions_tail}.",
                "The AuthInfo does not have the registry's format{positions_tail}.",
            ),
            Code::TRANSFER_LOCKED => (
                "Die Domain trägt den Status clientTransferProhibited: Heben Sie die Transfersperre auf (Status ACTIVE), bevor der Transfer möglich ist.",
                "The domain carries the status clientTransferProhibited: lift the transfer lock (status ACTIVE) before the transfer can happen.",
            ),
            Code::TRANSFER_WITHIN_LOCK_PERIOD => (
                "Die Domain wurde vor weniger als {lock_days} Tagen {what}: Bis zum {transfer_lock_until} darf ein Transfer abgelehnt werden.",
                "The domain was {what} less than {lock_days} days ago: until {transfer_lock_until} a transfer may be refused.",
            ),
            Code::TRANSFER_MUST_RELEASE => (
                "Eine ordnungsgemäße Kündigung mit EVK des Inhabers liegt vor: Die AuthInfo muss herausgegeben werden, eine Ablehnung ist nicht zulässig.",
                "A proper termination with the holder's EVK exists: the AuthInfo must be released; refusing is not allowed.",
            ),
            Code::TRANSFER_MAY_REFUSE_NO_TERMINATION => (
                "Es liegt keine ordnungsgemäße Kündigung mit EVK des Inhabers vor: Nur aus diesem Grund darf die Herausgabe abgelehnt werden.",
                "No proper termination with the holder's EVK exists: the request may be refused for that reason only.",
            ),
            Code::UNPAID_INVOICES_NOT_A_REASON => (
                "Offene Rechnungen sind kein Ablehnungsgrund: Die Domain ist kein Pfand. Forderungen sind auf anderem Weg einzutreiben.",
                "Unpaid invoices are no reason to refuse: the domain is not collateral. Claims must be pursued another way.",
            ),
            Code::TRANSFER_MUST_DENY => (
                "Der Transfer muss abgelehnt werden: {labels}.",
                "The transfer must be refused: {labels}.",
            ),
            Code::TRANSFER_MAY_DENY => (
                "Der Transfer darf abgelehnt werden, mit dem Grund: {labels}.",
                "The transfer may be refused, with the reason: {labels}.",
            ),
            Code::TRANSFER_NOT_A_REASON => (
                "Kein zulässiger Ablehnungsgrund: {labels}.",
                "Not a permitted reason to refuse: {labels}.",
            ),
            Code::TRANSFER_HOLD_FIRST => (
                "Nichtzahlung ist erst ein Ablehnungsgrund, wenn die Domain vorher auf Hold gesetzt wurde (Status clientHold).",
                "Non-payment is a reason to refuse only once the domain has been put on hold (status clientHold).",
            ),
            Code::TRANSFER_ACK_DEADLINE => (
                "Antworten Sie bis zum {ack_deadline}: Danach gilt der Transfer als genehmigt.",
                "Answer by {ack_deadline}: after that the transfer counts as approved.",
            ),
            Code::TRANSFER_ACK_DEADLINE_PASSED => (
                "Die Antwortfrist endete am {ack_deadline}: Der Transfer gilt als genehmigt.",
                "The answer period ended on {ack_deadline}: the transfer counts as approved.",
            ),
            Code::ANSWER_MISSING => (
                "Bitte eine zulässige Antwort wählen: {permitted_labels}.",
                "Please choose a permitted answer: {permitted_labels}.",
            ),
            Code::ANSWER_NOT_PERMITTED => (
                "Die Antwort „{answer_label}“ ist hier nicht zulässig; zulässig: {permitted_labels}.",
                "The answer “{answer_label}” is not permitted here; permitted: {permitted_labels}.",
            ),
            Code::REFUSAL_REASON_MISSING => (
                "Eine Ablehnung braucht einen Grund; zulässig: {permitted_labels}.",
                "A refusal needs a reason; permitted: {permitted_labels}.",
            ),
            Code::REFUSAL_REASON_NOT_PERMITTED => (
                "„{label}“ rechtfertigt hier keine Ablehnung; zulässig: {permitted_labels}.",
                "“{label}” does not justify a refusal here; permitted: {permitted_labels}.",
            ),
            Code::MOVE_WEBSITE_NOT_COPIED => (
                "Die Website ist noch nicht zum neuen Anbieter kopiert.",
                "The website has not yet been copied to the new host.",
            ),
            Code::MOVE_WEBSITE_NOT_TESTED => (
                "Die Website ist beim neuen Anbieter noch nicht getestet.",
                "The website has not yet been tested at the new host.",
            ),
            Code::MOVE_MAILBOXES_OPEN => (
                "{open} von {mailboxes} Postfächern sind noch nicht gesichert oder umgezogen.",
                "{open} of {mailboxes} mailboxes are not yet backed up or migrated.",
            ),
            Code::MOVE_DNS_RECORD_MISSING => (
                "Die {record}-Einträge sind beim neuen Anbieter noch nicht angelegt.",
                "The {record} records have not yet been recreated at the new host.",
            ),
            Code::MOVE_TLS_NOT_CHECKED => (
                "Die TLS-Zertifikate beim neuen Anbieter sind noch nicht geprüft.",
                "The TLS certificates at the new host have not been checked.",
            ),
            Code::MOVE_CMS_NOT_CHECKED => (
                "Die PHP- und TLS-Anforderungen des CMS beim neuen Anbieter sind noch nicht geprüft.",
                "The CMS's PHP and TLS requirements at the new host have not been checked.",
            ),
            Code::MOVE_SWITCH_NOT_AGREED => (
                "Es ist noch kein Zeitpunkt für den Wechsel vereinbart.",
                "No time for the switch has been agreed yet.",
            ),
            Code::MOVE_SWITCH_IN_BUSINESS_HOURS => (
                "Der Wechsel am {switch_date} um {switch_time} Uhr fällt in die Geschäftszeit ({start_hour}–{end_hour} Uhr): Vereinbaren Sie einen Zeitpunkt außerhalb.",
                "The switch on {switch_date} at {switch_time} falls within business hours ({start_hour}:00–{end_hour}:00): agree a time outside them.",
            ),
            Code::MOVE_SWITCH_IN_PAST => (
                "Der vereinbarte Wechsel am {switch_date} liegt in der Vergangenheit.",
                "The agreed switch on {switch_date} lies in the past.",
            ),
            Code::MOVE_OLD_CONTRACT_END_MISSING => (
                "Das Vertragsende beim alten Anbieter fehlt: Es muss nach dem Wechsel liegen.",
                "The old contract's end date is missing: it must lie after the switch.",
            ),
            Code::MOVE_OLD_CONTRACT_ENDS_TOO_EARLY => (
                "Der alte Vertrag endet am {old_contract_end}, nicht nach dem Wechsel am {switch_date}: Website und Mail wären vorher abgeschaltet.",
                "The old contract ends on {old_contract_end}, not after the switch on {switch_date}: website and mail would be switched off before it.",
            ),
            Code::MOVE_MAILBOX_LOCK => (
                "Der alte Anbieter kann den Zugang zu den Postfächern im Moment des Wechsels sperren: Sichern oder migrieren Sie alle Mails vorher.",
                "The old provider may lock access to the mailboxes the moment the domain switches: back up or migrate all mail first.",
            ),
            Code::MOVE_AUTHINFO_TO_AGENCY_ONLY => (
                "Der Inhaber gibt die AuthInfo nur an die Agentur weiter, nie an eine automatische Anfrage des neuen Anbieters: Mit ihr wechselt die Domain sofort.",
                "The holder gives the AuthInfo to the agency only, never to an automated request of the new provider: it moves the domain at once.",
            ),
            Code::MOVE_READY => (
                "Die Checkliste ist vollständig: Die AuthInfo darf für den Wechsel am {switch_date} um {switch_time} Uhr freigegeben werden.",
                "The checklist is complete: the AuthInfo may be released for the switch on {switch_date} at {switch_time}.",
            ),
            Code::BACKUP_MISSING => (
                "Es gibt keine Datensicherung: Legen Sie vorher eine an (höchstens {max_age_hours} Stunden alt).",
                "There is no backup: make one first (at most {max_age_hours} hours old).",
            ),
            Code::BACKUP_TOO_OLD => (
                "Die letzte Datensicherung ist {age_hours} Stunden alt (erlaubt: höchstens {max_age_hours} Stunden): Legen Sie vorher eine neue an.",
                "The newest backup is {age_hours} hours old (at most {max_age_hours} hours allowed): make a new one first.",
            ),
            Code::BACKUP_IN_FUTURE => (
                "Der Zeitpunkt der Datensicherung liegt in der Zukunft: Prüfen Sie die Angabe.",
                "The backup's time lies in the future: check the entry.",
            ),
            Code::BACKUP_AGE_UNKNOWN => (
                "Das Panel kennt keine Quelle für Datensicherungen, das Alter der letzten Sicherung ist unbekannt: Geben Sie den Zeitpunkt der letzten Ihnen bekannten Sicherung an (höchstens {max_age_hours} Stunden alt) oder legen Sie vorher eine an.",
                "The panel has no backup source, so the age of the newest backup is unknown: enter the time of the last backup you know of (at most {max_age_hours} hours old) or make one first.",
            ),
            Code::BACKUP_DECLARED => (
                "Datensicherung vom {when} laut Ihrer Angabe: Das Panel kann sie nicht prüfen.",
                "Backup of {when} as you declared it: the panel cannot check it.",
            ),
            Code::DELETE_UNDOABLE => (
                "„{title}“ kommt in den Papierkorb (Recycler) und lässt sich dort wiederherstellen.",
                "“{title}” goes to the recycle bin (Recycler) and can be restored from there.",
            ),
            Code::UPDATE_EXTENSION_INCOMPATIBLE => (
                "Die Extension {name}{version_tail} unterstützt Core {range}, nach dem Update läuft aber Core {target}: {advice}",
                "The extension {name}{version_tail} supports core {range}, but after the update core {target} runs: {advice}",
            ),
            Code::DELETE_WITH_DESCENDANTS => (
                "Mit „{title}“ werden {descendants} Unterseiten{records_tail} gelöscht.",
                "Deleting “{title}” also deletes {descendants} pages below it{records_tail}.",
            ),
            Code::DELETE_CONFIRMATION_MISSING => (
                "Zur Bestätigung die Zahl der mitgelöschten Unterseiten eintippen: {expected}.",
                "To confirm, type the number of pages deleted with it: {expected}.",
            ),
            Code::DELETE_CONFIRMATION_WRONG => (
                "Die Bestätigung stimmt nicht: Tippen Sie die Zahl der mitgelöschten Unterseiten ({expected}).",
                "The confirmation does not match: type the number of pages deleted with it ({expected}).",
            ),
            Code::UPDATE_NOT_STAGED => (
                "Das Update von {name} wurde nicht auf einer Staging-Kopie getestet.",
                "The update of {name} has not been tested on a staging copy.",
            ),
            Code::CORE_OUT_OF_SUPPORT => (
                "Der installierte Core {version} bekommt seit dem {support_ends} keine Sicherheitsupdates mehr.",
                "The installed core {version} has had no security updates since {support_ends}.",
            ),
            Code::BACKUP_RESPONSIBILITY => (
                "Laut Hostingvertrag ist {who} für Datensicherungen verantwortlich.",
                "Under the hosting contract {who} is responsible for backups.",
            ),
            Code::BACKUP_RESPONSIBILITY_UNKNOWN => (
                "Wer laut Hostingvertrag für Datensicherungen verantwortlich ist, ist nicht erfasst: Klären Sie es vor dem Update.",
                "Who is responsible for backups under the hosting contract is not recorded: settle it before the update.",
            ),
            Code::DOMAIN_RENEWAL_AT_RISK => (
                "{domain} verlängert sich am {renewal} (in {days_left} Tagen), die Rechnung ist offen: Die Domain droht zu verfallen.",
                "{domain} renews on {renewal} (in {days_left} days) and its invoice is unpaid: the domain may lapse.",
            ),
            Code::ACCOUNT_NO_EMERGENCY_CONTACT => (
                "Für dieses Reseller-Konto ist kein Notfallkontakt hinterlegt.",
                "This reseller account has no emergency contact on file.",
            ),
            Code::ACCOUNT_NO_POWER_OF_ATTORNEY => (
                "Für dieses Reseller-Konto liegt keine Vollmacht vor, mit der der Provider im Notfall die Endkunden ansprechen darf.",
                "This reseller account has no power of attorney letting the provider contact the end customers in an emergency.",
            ),
            Code::ACCOUNT_UNREACHABLE_PATHS => (
                "Ist der Reseller nicht erreichbar, bleibt den Endkunden nur der Weg über die Registry: {paths}",
                "If the reseller cannot be reached, the end customers have only the way through the registry: {paths}",
            ),
            Code::ACCOUNT_READY => (
                "Notfallkontakt und Vollmacht liegen vor; keine der {domains} Domains ist gefährdet.",
                "Emergency contact and power of attorney are on file; none of the {domains} domains is at risk.",
            ),
        }
    }

    /// Texts a few messages need besides the params: localised labels and optional parts.
    fn derived(self, locale: Locale, params: &Json) -> Vec<(&'static str, String)> {
        let p = Params { params, locale };
        let de = locale == Locale::De;
        match self {
            Code::CLOSE_RGP => {
                let pending = p.text("pending_delete_days");
                let tail = match (pending.is_empty() || pending == "0", de) {
                    (true, _) => String::new(),
                    (false, true) => format!(" Danach folgen {pending} Tage „pending delete“."),
                    (false, false) => format!(" Then {pending} days of pending delete follow."),
                };
                let third = match (matches!(params.get("third_party"), Json::Bool(true)), de) {
                    (false, _) => "",
                    (true, true) => " (oder ein Dritter, den er benennt)",
                    (true, false) => " (or a third party they name)",
                };
                vec![
                    ("pending_tail", tail),
                    ("third_party_tail", third.to_string()),
                ]
            }
            Code::CLOSE_MODE_NOT_ALLOWED => {
                let allowed = labels(params.get("allowed"), |m| close_mode_label(m, locale));
                vec![
                    ("mode_label", close_mode_label(&p.text("mode"), locale)),
                    ("allowed_labels", allowed),
                ]
            }
            Code::AUTHINFO_INVALID => {
                let positions = p.list("positions");
                let tail = match (positions.is_empty(), de) {
                    (true, _) => String::new(),
                    (false, true) => format!(": unzulässige Zeichen an Position {positions}"),
                    (false, false) => format!(": characters not allowed at position {positions}"),
                };
                vec![("positions_tail", tail)]
            }
            Code::ANSWER_MISSING => vec![(
                "permitted_labels",
                labels(params.get("permitted"), |a| answer_label(a, locale)),
            )],
            Code::ANSWER_NOT_PERMITTED => vec![
                ("answer_label", answer_label(&p.text("answer"), locale)),
                (
                    "permitted_labels",
                    labels(params.get("permitted"), |a| answer_label(a, locale)),
                ),
            ],
            Code::DELETE_WITH_DESCENDANTS => {
                let records = p.text("records");
                let tail = match (records.is_empty() || records == "0", de) {
                    (true, _) => String::new(),
                    (false, true) => format!(" und {records} Datensätze"),
                    (false, false) => format!(" and {records} records"),
                };
                vec![("records_tail", tail)]
            }
            Code::BACKUP_RESPONSIBILITY => {
                let (w_de, w_en) = match p.text("responsible").as_str() {
                    "customer" => ("der Kunde", "the customer"),
                    "hoster" => ("der Hoster", "the hoster"),
                    _ => ("die Agentur", "the agency"),
                };
                vec![("who", locale.pick(w_de, w_en).to_string())]
            }
            Code::AUTHINFO_NOT_CREATED => {
                let days = p.text("valid_days");
                let validity = match (days.is_empty(), de) {
                    (false, true) => format!("sie gilt {days} Tage"),
                    (false, false) => format!("it is valid for {days} days"),
                    (true, true) => {
                        "eine feste Gültigkeit legt die Registry nicht fest".to_string()
                    }
                    (true, false) => "the registry sets no fixed lifetime".to_string(),
                };
                vec![("validity", validity)]
            }
            Code::STATUS_SERVER_PROHIBITED => {
                let close = p.text("action") == "close";
                let what = match (close, de) {
                    (true, true) => "eine Schließung",
                    (true, false) => "a close",
                    (false, true) => "ein Transfer",
                    (false, false) => "a transfer",
                };
                vec![("what", what.to_string())]
            }
            Code::STATUS_PREVENTS_ACTION => {
                let close = p.text("action") == "close";
                let (r_de, r_en) = match (p.text("status").as_str(), close) {
                    ("pendingTransfer", _) => ("Ein Transfer läuft bereits; ein zweiter ist nicht möglich.", "a transfer is already pending; a second one is not possible."),
                    ("pendingDelete", true) => ("Die Domain wird bereits gelöscht; eine Schließung ist nicht mehr nötig.", "the domain is already being deleted; a close is no longer needed."),
                    ("pendingDelete", false) => ("Die Domain wird gelöscht; ein Transfer ist nicht mehr möglich.", "the domain is being deleted; a transfer is no longer possible."),
                    ("redemptionPeriod", true) | ("pendingRestore", true) => ("Die Domain ist bereits gelöscht und in der Redemption Grace Period; nur der letzte Inhaber kann sie wiederherstellen lassen.", "the domain is already deleted and in its redemption grace period; only the last holder can have it restored."),
                    (_, _) => ("Die Domain ist gelöscht und in der Redemption Grace Period: Während dieser Zeit ist kein Transfer möglich, nur die Wiederherstellung durch den letzten Inhaber.", "the domain is deleted and in its redemption grace period: no transfer is possible during it, only a restore by the last holder."),
                };
                vec![("reason", locale.pick(r_de, r_en).to_string())]
            }
            Code::STATUS_HOLD => {
                let registry = p.text("status") == "serverHold";
                let who = match (registry, de) {
                    (true, true) => "Die Registry (nur sie kann den Hold aufheben)",
                    (true, false) => "the registry (only it can lift the hold)",
                    (false, true) => "Der Registrar",
                    (false, false) => "the registrar",
                };
                vec![("who", who.to_string())]
            }
            Code::CLOSE_UNDO_TOO_LATE => {
                let rgp = p.date("rgp_until");
                let tail = match (rgp.is_empty(), de) {
                    (true, _) => String::new(),
                    (false, true) => format!(" Danach kann nur der letzte Inhaber (oder ein von ihm benannter Dritter) sie bis zum {rgp} gegen Gebühr wiederherstellen lassen."),
                    (false, false) => format!(" After that only the last holder (or a third party they name) can have it restored, for a fee, until {rgp}."),
                };
                vec![("rgp_tail", tail)]
            }
            Code::ACCOUNT_UNREACHABLE_PATHS => {
                let n = |k: &str| p.text(k).parse::<i64>().unwrap_or(0);
                let mut paths = Vec::new();
                if n("de_domains") > 0 {
                    paths.push(locale.pick(
                        format!(".de-Domains ({}): Die Inhaber beantragen bei der DENIC einen AuthInfo2, den die DENIC per Post an ihre Anschrift schickt, und wechseln damit zu einem neuen Provider.", p.text("de_domains")),
                        format!(".de domains ({}): the holders ask DENIC for an AuthInfo2, which DENIC sends to their address by post, and move to a new provider with it.", p.text("de_domains")),
                    ));
                }
                if n("gtld_domains") > 0 {
                    paths.push(locale.pick(
                        format!("gTLD-Domains ({}): Die Inhaber wenden sich an den Registrar, der ihnen den Code binnen 5 Tagen geben muss (Transfer Policy I.A.5), notfalls über eine Beschwerde bei ICANN.", p.text("gtld_domains")),
                        format!("gTLD domains ({}): the holders turn to the registrar, which must give them the code within 5 days (Transfer Policy I.A.5), if need be through a complaint to ICANN.", p.text("gtld_domains")),
                    ));
                }
                vec![("paths", paths.join(" "))]
            }
            Code::BACKUP_DECLARED => {
                // `YYYY-MM-DDTHH:MM`: the date the locale's way, then the time.
                let raw = p.text("created_at");
                let (day, time) = raw.split_once('T').unwrap_or((raw.as_str(), ""));
                let day = parse_date(day).map_or(day.to_string(), |d| display(d, locale));
                let when = match (time.is_empty(), de) {
                    (true, _) => day,
                    (false, true) => format!("{day}, {time} Uhr"),
                    (false, false) => format!("{day}, {time}"),
                };
                vec![("when", when)]
            }
            Code::UPDATE_EXTENSION_INCOMPATIBLE => {
                let version = p.text("version");
                let (min, max) = (p.text("core_min"), p.text("core_max"));
                let range = match (min.is_empty(), max.is_empty(), de) {
                    (false, false, true) => format!("{min} bis {max}"),
                    (false, false, false) => format!("{min} to {max}"),
                    (false, true, true) => format!("ab {min}"),
                    (false, true, false) => format!("{min} and later"),
                    (true, _, true) => format!("bis {max}"),
                    (true, _, false) => format!("up to {max}"),
                };
                let tail = if version.is_empty() {
                    String::new()
                } else {
                    format!(" {version}")
                };
                let updated = matches!(params.get("updated"), Json::Bool(true));
                let advice = match (updated, de) {
                    (true, true) => "Aktualisieren Sie zuerst den Core.",
                    (true, false) => "update the core first.",
                    (false, true) => "Aktualisieren oder entfernen Sie sie vorher.",
                    (false, false) => "update or remove it first.",
                };
                vec![
                    ("range", range),
                    ("version_tail", tail),
                    ("advice", advice.to_string()),
                ]
            }
            Code::TRANSFER_WITHIN_LOCK_PERIOD => {
                let transfer = p.text("since") == "transfer";
                let what = match (transfer, de) {
                    (true, true) => "transferiert",
                    (false, true) => "registriert",
                    (true, false) => "transferred",
                    (false, false) => "registered",
                };
                vec![("what", what.to_string())]
            }
            _ => Vec::new(),
        }
    }

    /// The message of a finding with this code, built from its params.
    pub fn message(self, locale: Locale, params: &Json) -> String {
        let (de, en) = self.templates();
        let extra = self.derived(locale, params);
        let p = Params { params, locale };
        let mut out = String::new();
        let mut rest = locale.pick(de, en);
        while let Some(start) = rest.find('{') {
            out.push_str(rest.get(..start).unwrap_or(""));
            let after = rest.get(start + 1..).unwrap_or("");
            let Some(end) = after.find('}') else { break };
            let key = after.get(..end).unwrap_or("");
            match extra.iter().find(|(k, _)| *k == key) {
                Some((_, text)) => out.push_str(text),
                None => match params.get(key) {
                    Json::Array(_) => out.push_str(&p.list(key)),
                    _ => out.push_str(&p.date(key)),
                },
            }
            rest = after.get(end + 1..).unwrap_or("");
        }
        out.push_str(rest);
        out
    }
}

/// Labels of the strings in a JSON array, joined with commas.
fn labels(v: &Json, label: impl Fn(&str) -> String) -> String {
    match v {
        Json::Array(items) => items
            .iter()
            .filter_map(|i| match i {
                Json::String(s) => Some(label(s)),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
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
