//! Finding messages: one entry per finding code (keyed by the code's name), then the optional
//! parts a few messages add (keyed `CODE.part`), which `crate::messages` puts together.

super::messages! {
    /// The message templates of the finding codes, in the order of `Code::ALL` (a test checks it).
    MESSAGES;
    TERMINATION_MISSING = "TERMINATION_MISSING", "",
        "Es liegt keine Kündigung vor: Der Domaininhaber muss bei Ihnen als Reseller kündigen.",
        "No termination has been received: the domain holder must terminate with you, the reseller.";
    TERMINATION_NOT_FROM_HOLDER = "TERMINATION_NOT_FROM_HOLDER", "",
        "Die Kündigung muss vom Domaininhaber oder seinem gesetzlichen Vertreter kommen, nicht von Dritten.",
        "The termination must come from the domain holder or a legal representative, not from anyone else.";
    TERMINATION_SENT_TO_REGISTRAR = "TERMINATION_SENT_TO_REGISTRAR", "",
        "Die Kündigung ist an den Registrar gerichtet. Der Inhaber hat keinen Vertrag mit dem Registrar: Er muss bei Ihnen als Reseller kündigen.",
        "The termination is addressed to the registrar. The holder has no contract with the registrar: they must terminate with you, the reseller.";
    EVK_MISSING = "EVK_MISSING", "",
        "Es liegt keine Einverständniserklärung (EVK) des Domaininhabers vor.",
        "There is no declaration of consent (EVK) from the domain holder.";
    EVK_NOT_SIGNED_BY_HOLDER = "EVK_NOT_SIGNED_BY_HOLDER", "",
        "Die EVK ist nicht vom Domaininhaber unterschrieben.",
        "The EVK is not signed by the domain holder.";
    EVK_OPERATION_NOT_NAMED = "EVK_OPERATION_NOT_NAMED", "",
        "Die EVK nennt den Vorgang nicht eindeutig: Sie muss das Wort „Close“, „Schließung“ oder „Löschung“ enthalten.",
        "The EVK does not name the operation unambiguously: it must contain the word “Close”, “Schließung” or “Löschung”.";
    EVK_AVAILABILITY_NOT_ACKNOWLEDGED = "EVK_AVAILABILITY_NOT_ACKNOWLEDGED", "",
        "Der Inhaber hat nicht bestätigt, dass die Domain nach der Schließung für jedermann wieder frei registrierbar ist.",
        "The holder has not acknowledged that after the close the domain is free for anyone to register.";
    EVK_NEW_PROVIDER_MISSING = "EVK_NEW_PROVIDER_MISSING", "",
        "Die EVK nennt den neuen Provider nicht.",
        "The EVK does not name the new provider.";
    EVK_DATE_MISSING = "EVK_DATE_MISSING", "",
        "Die EVK trägt kein Datum; ob sie rechtzeitig vorlag, lässt sich nicht prüfen.",
        "The EVK carries no date, so whether it arrived in time cannot be checked.";
    REGISTERED_AFTER_TODAY = "REGISTERED_AFTER_TODAY", "registered today",
        "Das Registrierungsdatum {registered} liegt nach dem heutigen Tag ({today}).",
        "The registration date {registered} lies after today ({today}).";
    RENEWAL_NOT_AFTER_TODAY = "RENEWAL_NOT_AFTER_TODAY", "renewal today",
        "Das Verlängerungsdatum {renewal} liegt nicht nach dem heutigen Tag ({today}): Bitte das nächste Verlängerungsdatum angeben.",
        "The renewal date {renewal} is not after today ({today}): please give the next renewal date.";
    RENEWAL_NOT_ANNIVERSARY = "RENEWAL_NOT_ANNIVERSARY", "expected registered renewal",
        "Das Verlängerungsdatum {renewal} ist kein Jahrestag der Registrierung vom {registered} (erwartet: {expected}); es wird trotzdem verwendet.",
        "The renewal date {renewal} is not an anniversary of the registration on {registered} (expected: {expected}); it is used anyway.";
    DOMAIN_HOMOGRAPH = "DOMAIN_HOMOGRAPH", "label scripts",
        "Das Label „{label}“ mischt Schriften ({scripts}): Verwechslungsgefahr mit einem gleich aussehenden Namen.",
        "The label “{label}” mixes scripts ({scripts}): it may be mistaken for a look-alike name.";
    TLD_NOT_IN_POLICY = "TLD_NOT_IN_POLICY", "policy tld",
        "Für .{tld} hat die Richtlinie „{policy}“ keine eigenen Einstellungen; es gelten die allgemeinen Fristen.",
        "The policy “{policy}” has no settings of its own for .{tld}; the general figures apply.";
    TLD_NO_REGISTRY_PROFILE = "TLD_NO_REGISTRY_PROFILE", "policy tld",
        "Für .{tld} ist kein Registry-Profil hinterlegt (Richtlinie „{policy}“): Fristen, Sperren und Pflichten dieser Registry werden nicht geprüft. Prüfen Sie sie bei der Registry selbst.",
        "No registry profile exists for .{tld} (policy “{policy}”): this registry's deadlines, locks and obligations are not checked. Check them with the registry itself.";
    STATUS_SERVER_PROHIBITED = "STATUS_SERVER_PROHIBITED", "status what",
        "Die Domain trägt den Status {status}: Nur die Registry kann ihn aufheben; solange ist {what} nicht möglich.",
        "The domain carries the status {status}: only the registry can lift it; until then {what} is not possible.";
    STATUS_CLIENT_DELETE_PROHIBITED = "STATUS_CLIENT_DELETE_PROHIBITED", "",
        "Die Domain trägt den Status clientDeleteProhibited: Heben Sie die Löschsperre vor der Schließung auf.",
        "The domain carries the status clientDeleteProhibited: lift the delete lock before the close.";
    STATUS_PREVENTS_ACTION = "STATUS_PREVENTS_ACTION", "reason status",
        "Die Domain trägt den Status {status}: {reason}",
        "The domain carries the status {status}: {reason}";
    STATUS_HOLD = "STATUS_HOLD", "status who",
        "Die Domain trägt den Status {status}: {who} hat sie auf Hold gesetzt, sie wird nicht aufgelöst (Website und Mail sind offline).",
        "The domain carries the status {status}: {who} has put it on hold, so it does not resolve (website and mail are offline).";
    CLOSE_NOTICE_LATE = "CLOSE_NOTICE_LATE", "close_date missed_deadline notice_deadline renewal",
        "Die Frist für die Kündigung zur Verlängerung am {renewal} ist am {missed_deadline} abgelaufen: Die Domain wird für ein weiteres Jahr berechnet. Nächstmögliche Schließung: zum {close_date} (Meldung beim Registrar spätestens am {notice_deadline}).",
        "The notice deadline for the renewal on {renewal} passed on {missed_deadline}: the domain will be billed for another year. Next possible close: on {close_date} (notice to reach the registrar by {notice_deadline}).";
    CLOSE_SCHEDULED = "CLOSE_SCHEDULED", "close_date notice_deadline undo_until",
        "Schließung zum {close_date}: Die Meldung muss spätestens am {notice_deadline} beim Registrar sein; rückgängig machen ist bis zum {undo_until} möglich.",
        "Close on {close_date}: the notice must reach the registrar by {notice_deadline}; it can be undone until {undo_until}.";
    CLOSE_RGP = "CLOSE_RGP", "pending_tail rgp_until third_party_tail",
        "Nach der Löschung kann nur der letzte Inhaber{third_party_tail} die Domain bis zum {rgp_until} gegen Gebühr wiederherstellen lassen (Redemption Grace Period).{pending_tail}",
        "After the deletion only the last holder{third_party_tail} can have the domain restored, for a fee, until {rgp_until} (redemption grace period).{pending_tail}";
    CLOSE_MODE_NOT_ALLOWED = "CLOSE_MODE_NOT_ALLOWED", "allowed_labels mode_label policy",
        "Die Richtlinie „{policy}“ bietet keine Schließung „{mode_label}“ an; möglich: {allowed_labels}.",
        "The policy “{policy}” does not offer a close “{mode_label}”; possible: {allowed_labels}.";
    CLOSE_TRANSIT_NOT_AVAILABLE = "CLOSE_TRANSIT_NOT_AVAILABLE", "tld",
        "Für .{tld} gibt es keinen TRANSIT: Die Registry nimmt Domains nicht zurück. Wählen Sie eine Schließung.",
        "There is no TRANSIT for .{tld}: the registry does not take domains back. Choose a close instead.";
    CLOSE_DATE_TOO_SOON = "CLOSE_DATE_TOO_SOON", "close_date earliest notice_days notice_deadline",
        "Für eine Schließung zum {close_date} hätte die Meldung bis zum {notice_deadline} beim Registrar sein müssen ({notice_days} Tage vorher); frühestmöglicher Termin ist der {earliest}.",
        "A close on {close_date} needed its notice at the registrar by {notice_deadline} ({notice_days} days ahead); the earliest possible date is {earliest}.";
    CLOSE_DATE_AFTER_RENEWAL = "CLOSE_DATE_AFTER_RENEWAL", "close_date renewal",
        "Der Wunschtermin {close_date} liegt nach der Verlängerung am {renewal}: Die Domain wird vorher noch für ein Jahr berechnet.",
        "The chosen date {close_date} lies after the renewal on {renewal}: the domain is billed for another year first.";
    CLOSE_IMMEDIATE = "CLOSE_IMMEDIATE", "close_date",
        "Die Sofortlöschung zum {close_date} lässt sich nicht rückgängig machen; danach kann nur der letzte Inhaber die Domain wiederherstellen lassen.",
        "The immediate close on {close_date} cannot be undone; afterwards only the last holder can have the domain restored.";
    CLOSE_TRANSIT = "CLOSE_TRANSIT", "close_date",
        "TRANSIT: Die Domain geht zum {close_date} an die Registry zurück. Die Registry schreibt den Inhaber an: Er kann die Domain von ihr selbst verwalten lassen, was sie ihm berechnet, oder zu einem neuen Provider wechseln; reagiert er nicht, löscht sie die Domain.",
        "TRANSIT: the domain goes back to the registry on {close_date}. The registry writes to the holder: they can have the registry itself administer the domain, which it charges to them, or move to a new provider; if they do not respond, it deletes the domain.";
    SERVICES_WEBSITE_ONLINE = "SERVICES_WEBSITE_ONLINE", "",
        "Unter der Domain läuft noch eine Website: Mit der Schließung ist sie nicht mehr erreichbar.",
        "A website still runs under the domain: the close takes it offline.";
    SERVICES_MAILBOXES_ACTIVE = "SERVICES_MAILBOXES_ACTIVE", "mailboxes",
        "An der Domain hängen noch {mailboxes} Postfächer: Nach der Schließung kommt keine Mail mehr an. Sichern Sie die Mails vorher.",
        "{mailboxes} mailboxes still use the domain: after the close no mail arrives. Back up the mail first.";
    MAIL_BACKUP_MISSING = "MAIL_BACKUP_MISSING", "mailboxes",
        "Die Sicherung der {mailboxes} Postfächer ist nicht bestätigt: Erst die Mails sichern, dann schließen.",
        "The backup of the {mailboxes} mailboxes is not confirmed: back up the mail first, then close.";
    TRANSFER_EVK_LATE = "TRANSFER_EVK_LATE", "evk_date notice_days notice_deadline renewal",
        "Die EVK vom {evk_date} kam nach dem {notice_deadline} ({notice_days} Tage vor der Verlängerung am {renewal}): Der Transfer muss vor der Verlängerung abgeschlossen sein, sonst wird die Domain noch ein Jahr berechnet.",
        "The EVK of {evk_date} arrived after {notice_deadline} ({notice_days} days before the renewal on {renewal}): the transfer must be complete before the renewal, or the domain is billed for another year.";
    TRANSFER_SAFE_UNTIL = "TRANSFER_SAFE_UNTIL", "renewal transfer_safe_until",
        "Ein bis zum {transfer_safe_until} abgeschlossener Transfer wird in der Regel nicht mehr berechnet (Verlängerung am {renewal}).",
        "A transfer completed by {transfer_safe_until} is usually not billed again (renewal on {renewal}).";
    TRANSFER_PLANNED_TOO_LATE = "TRANSFER_PLANNED_TOO_LATE", "planned_transfer renewal transfer_safe_until",
        "Der geplante Transfer am {planned_transfer} liegt nach dem {transfer_safe_until}: Die Domain wird wahrscheinlich zur Verlängerung am {renewal} noch einmal berechnet.",
        "The planned transfer on {planned_transfer} lies after {transfer_safe_until}: the domain will likely be billed again at the renewal on {renewal}.";
    AUTHINFO_NOT_CREATED = "AUTHINFO_NOT_CREATED", "validity",
        "Noch keine AuthInfo erzeugt: Erzeugen Sie sie und senden Sie sie mit der Kündigungsbestätigung an den Inhaber; {validity}.",
        "No AuthInfo has been created yet: create it and send it to the holder with the confirmation letter; {validity}.";
    AUTHINFO_EXPIRED = "AUTHINFO_EXPIRED", "authinfo_expires created valid_days",
        "Die AuthInfo vom {created} ist seit dem {authinfo_expires} ungültig ({valid_days} Tage gültig): Erzeugen Sie eine neue.",
        "The AuthInfo created on {created} no longer works since {authinfo_expires} (valid for {valid_days} days): create a new one.";
    AUTHINFO_EXPIRES_BEFORE_TRANSFER = "AUTHINFO_EXPIRES_BEFORE_TRANSFER", "authinfo_expires planned_transfer",
        "Die AuthInfo ist ab dem {authinfo_expires} ungültig, der Transfer ist aber für den {planned_transfer} geplant.",
        "The AuthInfo stops working on {authinfo_expires}, but the transfer is planned for {planned_transfer}.";
    AUTHINFO_TOO_SHORT_FOR_POLICY = "AUTHINFO_TOO_SHORT_FOR_POLICY", "length min_length policy",
        "Die AuthInfo hat {length} Zeichen; die Transfer Policy „{policy}“ verlangt mindestens {min_length}.",
        "The AuthInfo has {length} characters; the Transfer Policy “{policy}” requires at least {min_length}.";
    AUTHINFO_PROVIDE_BY = "AUTHINFO_PROVIDE_BY", "authinfo_provide_by requested",
        "Der Inhaber hat die AuthInfo am {requested} angefordert: Sie muss ihm spätestens am {authinfo_provide_by} vorliegen.",
        "The holder asked for the AuthInfo on {requested}: it must reach them by {authinfo_provide_by}.";
    EVK_BEFORE_LAST_TRANSFER = "EVK_BEFORE_LAST_TRANSFER", "evk_date last_transfer",
        "Die EVK vom {evk_date} ist älter als der letzte Transfer der Domain zu Ihnen am {last_transfer}: Sie galt dem vorigen Provider. Holen Sie eine neue EVK ein.",
        "The EVK of {evk_date} is older than the domain's last transfer to you on {last_transfer}: it was given to the previous provider. Obtain a new EVK.";
    CLOSE_UNDO_POSSIBLE = "CLOSE_UNDO_POSSIBLE", "close_date undo_until",
        "Die Schließung zum {close_date} kann bis zum {undo_until} rückgängig gemacht werden: Die Meldung an den Registrar liegt bei.",
        "The close on {close_date} can be undone until {undo_until}: the notice to the registrar is attached.";
    CLOSE_UNDO_TOO_LATE = "CLOSE_UNDO_TOO_LATE", "close_date rgp_tail undo_until",
        "Die Schließung zum {close_date} konnte nur bis zum {undo_until} rückgängig gemacht werden: Die Domain wird gelöscht.{rgp_tail}",
        "The close on {close_date} could be undone only until {undo_until}: the domain will be deleted.{rgp_tail}";
    AUTHINFO_INVALID = "AUTHINFO_INVALID", "detail",
        "Die AuthInfo hat nicht das Format der Registry: {detail}.",
        "The AuthInfo does not have the registry's format: {detail}.";
    TRANSFER_LOCKED = "TRANSFER_LOCKED", "",
        "Die Domain trägt den Status clientTransferProhibited: Heben Sie die Transfersperre auf (Status ACTIVE), bevor der Transfer möglich ist.",
        "The domain carries the status clientTransferProhibited: lift the transfer lock (status ACTIVE) before the transfer can happen.";
    TRANSFER_WITHIN_LOCK_PERIOD = "TRANSFER_WITHIN_LOCK_PERIOD", "lock_days transfer_lock_until what",
        "Die Domain wurde vor weniger als {lock_days} Tagen {what}: Bis zum {transfer_lock_until} darf ein Transfer abgelehnt werden.",
        "The domain was {what} less than {lock_days} days ago: until {transfer_lock_until} a transfer may be refused.";
    TRANSFER_MUST_RELEASE = "TRANSFER_MUST_RELEASE", "",
        "Eine ordnungsgemäße Kündigung mit EVK des Inhabers liegt vor: Die AuthInfo muss herausgegeben werden, eine Ablehnung ist nicht zulässig.",
        "A proper termination with the holder's EVK exists: the AuthInfo must be released; refusing is not allowed.";
    TRANSFER_MAY_REFUSE_NO_TERMINATION = "TRANSFER_MAY_REFUSE_NO_TERMINATION", "",
        "Es liegt keine ordnungsgemäße Kündigung mit EVK des Inhabers vor: Nur aus diesem Grund darf die Herausgabe abgelehnt werden.",
        "No proper termination with the holder's EVK exists: the request may be refused for that reason only.";
    UNPAID_INVOICES_NOT_A_REASON = "UNPAID_INVOICES_NOT_A_REASON", "",
        "Offene Rechnungen sind kein Ablehnungsgrund: Die Domain ist kein Pfand. Forderungen sind auf anderem Weg einzutreiben.",
        "Unpaid invoices are no reason to refuse: the domain is not collateral. Claims must be pursued another way.";
    TRANSFER_MUST_DENY = "TRANSFER_MUST_DENY", "labels",
        "Der Transfer muss abgelehnt werden: {labels}.",
        "The transfer must be refused: {labels}.";
    TRANSFER_MAY_DENY = "TRANSFER_MAY_DENY", "labels",
        "Der Transfer darf abgelehnt werden, mit dem Grund: {labels}.",
        "The transfer may be refused, with the reason: {labels}.";
    TRANSFER_NOT_A_REASON = "TRANSFER_NOT_A_REASON", "labels",
        "Kein zulässiger Ablehnungsgrund: {labels}.",
        "Not a permitted reason to refuse: {labels}.";
    TRANSFER_HOLD_FIRST = "TRANSFER_HOLD_FIRST", "",
        "Nichtzahlung ist erst ein Ablehnungsgrund, wenn die Domain vorher auf Hold gesetzt wurde (Status clientHold).",
        "Non-payment is a reason to refuse only once the domain has been put on hold (status clientHold).";
    TRANSFER_ACK_DEADLINE = "TRANSFER_ACK_DEADLINE", "ack_deadline",
        "Antworten Sie bis zum {ack_deadline}: Danach gilt der Transfer als genehmigt.",
        "Answer by {ack_deadline}: after that the transfer counts as approved.";
    TRANSFER_ACK_DEADLINE_PASSED = "TRANSFER_ACK_DEADLINE_PASSED", "ack_deadline",
        "Die Antwortfrist endete am {ack_deadline}: Der Transfer gilt als genehmigt.",
        "The answer period ended on {ack_deadline}: the transfer counts as approved.";
    ANSWER_MISSING = "ANSWER_MISSING", "permitted_labels",
        "Bitte eine zulässige Antwort wählen: {permitted_labels}.",
        "Please choose a permitted answer: {permitted_labels}.";
    ANSWER_NOT_PERMITTED = "ANSWER_NOT_PERMITTED", "answer_label permitted_labels",
        "Die Antwort „{answer_label}“ ist hier nicht zulässig; zulässig: {permitted_labels}.",
        "The answer “{answer_label}” is not permitted here; permitted: {permitted_labels}.";
    REFUSAL_REASON_MISSING = "REFUSAL_REASON_MISSING", "permitted_labels",
        "Eine Ablehnung braucht einen Grund; zulässig: {permitted_labels}.",
        "A refusal needs a reason; permitted: {permitted_labels}.";
    REFUSAL_REASON_NOT_PERMITTED = "REFUSAL_REASON_NOT_PERMITTED", "label permitted_labels",
        "„{label}“ rechtfertigt hier keine Ablehnung; zulässig: {permitted_labels}.",
        "“{label}” does not justify a refusal here; permitted: {permitted_labels}.";
    MOVE_WEBSITE_NOT_COPIED = "MOVE_WEBSITE_NOT_COPIED", "",
        "Die Website ist noch nicht zum neuen Anbieter kopiert.",
        "The website has not yet been copied to the new host.";
    MOVE_WEBSITE_NOT_TESTED = "MOVE_WEBSITE_NOT_TESTED", "",
        "Die Website ist beim neuen Anbieter noch nicht getestet.",
        "The website has not yet been tested at the new host.";
    MOVE_MAILBOXES_OPEN = "MOVE_MAILBOXES_OPEN", "mailboxes open",
        "{open} von {mailboxes} Postfächern sind noch nicht gesichert oder umgezogen.",
        "{open} of {mailboxes} mailboxes are not yet backed up or migrated.";
    MOVE_DNS_RECORD_MISSING = "MOVE_DNS_RECORD_MISSING", "record",
        "Die {record}-Einträge sind beim neuen Anbieter noch nicht angelegt.",
        "The {record} records have not yet been recreated at the new host.";
    MOVE_TLS_NOT_CHECKED = "MOVE_TLS_NOT_CHECKED", "",
        "Die TLS-Zertifikate beim neuen Anbieter sind noch nicht geprüft.",
        "The TLS certificates at the new host have not been checked.";
    MOVE_CMS_NOT_CHECKED = "MOVE_CMS_NOT_CHECKED", "",
        "Die PHP- und TLS-Anforderungen des CMS beim neuen Anbieter sind noch nicht geprüft.",
        "The CMS's PHP and TLS requirements at the new host have not been checked.";
    MOVE_SWITCH_NOT_AGREED = "MOVE_SWITCH_NOT_AGREED", "",
        "Es ist noch kein Zeitpunkt für den Wechsel vereinbart.",
        "No time for the switch has been agreed yet.";
    MOVE_SWITCH_IN_BUSINESS_HOURS = "MOVE_SWITCH_IN_BUSINESS_HOURS", "end_hour start_hour switch_date switch_time",
        "Der Wechsel am {switch_date} um {switch_time} Uhr fällt in die Geschäftszeit ({start_hour}–{end_hour} Uhr): Vereinbaren Sie einen Zeitpunkt außerhalb.",
        "The switch on {switch_date} at {switch_time} falls within business hours ({start_hour}:00–{end_hour}:00): agree a time outside them.";
    MOVE_SWITCH_IN_PAST = "MOVE_SWITCH_IN_PAST", "switch_date",
        "Der vereinbarte Wechsel am {switch_date} liegt in der Vergangenheit.",
        "The agreed switch on {switch_date} lies in the past.";
    MOVE_OLD_CONTRACT_END_MISSING = "MOVE_OLD_CONTRACT_END_MISSING", "",
        "Das Vertragsende beim alten Anbieter fehlt: Es muss nach dem Wechsel liegen.",
        "The old contract's end date is missing: it must lie after the switch.";
    MOVE_OLD_CONTRACT_ENDS_TOO_EARLY = "MOVE_OLD_CONTRACT_ENDS_TOO_EARLY", "old_contract_end switch_date",
        "Der alte Vertrag endet am {old_contract_end}, nicht nach dem Wechsel am {switch_date}: Website und Mail wären vorher abgeschaltet.",
        "The old contract ends on {old_contract_end}, not after the switch on {switch_date}: website and mail would be switched off before it.";
    MOVE_OLD_CONTRACT_ENDS_ON_SWITCH_DAY = "MOVE_OLD_CONTRACT_ENDS_ON_SWITCH_DAY", "old_contract_end switch_time",
        "Der alte Vertrag endet am {old_contract_end}, dem Tag des Wechsels: Er läuft bis zum Ende dieses Tages, der Wechsel um {switch_time} Uhr muss also an diesem Tag gelingen. Planen Sie keinen Puffer über Mitternacht.",
        "The old contract ends on {old_contract_end}, the day of the switch: it runs to the end of that day, so the switch at {switch_time} must succeed that day. There is no slack past midnight.";
    MOVE_MAILBOX_LOCK = "MOVE_MAILBOX_LOCK", "",
        "Der alte Anbieter kann den Zugang zu den Postfächern im Moment des Wechsels sperren: Sichern oder migrieren Sie alle Mails vorher.",
        "The old provider may lock access to the mailboxes the moment the domain switches: back up or migrate all mail first.";
    MOVE_AUTHINFO_TO_AGENCY_ONLY = "MOVE_AUTHINFO_TO_AGENCY_ONLY", "",
        "Der Inhaber gibt die AuthInfo nur an die Agentur weiter, nie an eine automatische Anfrage des neuen Anbieters: Mit ihr wechselt die Domain sofort.",
        "The holder gives the AuthInfo to the agency only, never to an automated request of the new provider: it moves the domain at once.";
    MOVE_READY = "MOVE_READY", "switch_date switch_time",
        "Die Checkliste ist vollständig: Die AuthInfo darf für den Wechsel am {switch_date} um {switch_time} Uhr freigegeben werden.",
        "The checklist is complete: the AuthInfo may be released for the switch on {switch_date} at {switch_time}.";
    #[cms]
    BACKUP_MISSING = "BACKUP_MISSING", "max_age_hours",
        "Es gibt keine Datensicherung: Legen Sie vorher eine an (höchstens {max_age_hours} Stunden alt).",
        "There is no backup: make one first (at most {max_age_hours} hours old).";
    #[cms]
    BACKUP_TOO_OLD = "BACKUP_TOO_OLD", "age_hours max_age_hours",
        "Die letzte Datensicherung ist {age_hours} Stunden alt (erlaubt: höchstens {max_age_hours} Stunden): Legen Sie vorher eine neue an.",
        "The newest backup is {age_hours} hours old (at most {max_age_hours} hours allowed): make a new one first.";
    #[cms]
    BACKUP_IN_FUTURE = "BACKUP_IN_FUTURE", "",
        "Der Zeitpunkt der Datensicherung liegt in der Zukunft: Prüfen Sie die Angabe.",
        "The backup's time lies in the future: check the entry.";
    #[cms]
    BACKUP_AGE_UNKNOWN = "BACKUP_AGE_UNKNOWN", "max_age_hours",
        "Das Panel kennt keine Quelle für Datensicherungen, das Alter der letzten Sicherung ist unbekannt: Geben Sie den Zeitpunkt der letzten Ihnen bekannten Sicherung an (höchstens {max_age_hours} Stunden alt) oder legen Sie vorher eine an.",
        "The panel has no backup source, so the age of the newest backup is unknown: enter the time of the last backup you know of (at most {max_age_hours} hours old) or make one first.";
    #[cms]
    BACKUP_DECLARED = "BACKUP_DECLARED", "when",
        "Datensicherung vom {when} laut Ihrer Angabe: Das Panel kann sie nicht prüfen.",
        "Backup of {when} as you declared it: the panel cannot check it.";
    #[cms]
    DELETE_UNDOABLE = "DELETE_UNDOABLE", "title",
        "„{title}“ kommt in den Papierkorb (Recycler) und lässt sich dort wiederherstellen.",
        "“{title}” goes to the recycle bin (Recycler) and can be restored from there.";
    #[cms]
    DELETE_WITH_DESCENDANTS = "DELETE_WITH_DESCENDANTS", "descendants records_tail title",
        "Mit „{title}“ werden {descendants} Unterseiten{records_tail} gelöscht.",
        "Deleting “{title}” also deletes {descendants} pages below it{records_tail}.";
    #[cms]
    DELETE_CONFIRMATION_MISSING = "DELETE_CONFIRMATION_MISSING", "expected",
        "Zur Bestätigung die Zahl der mitgelöschten Unterseiten eintippen: {expected}.",
        "To confirm, type the number of pages deleted with it: {expected}.";
    #[cms]
    DELETE_CONFIRMATION_WRONG = "DELETE_CONFIRMATION_WRONG", "expected",
        "Die Bestätigung stimmt nicht: Tippen Sie die Zahl der mitgelöschten Unterseiten ({expected}).",
        "The confirmation does not match: type the number of pages deleted with it ({expected}).";
    #[cms]
    UPDATE_EXTENSION_INCOMPATIBLE = "UPDATE_EXTENSION_INCOMPATIBLE", "advice name range target version_tail",
        "Die Extension {name}{version_tail} unterstützt Core {range}, nach dem Update läuft aber Core {target}: {advice}",
        "The extension {name}{version_tail} supports core {range}, but after the update core {target} runs: {advice}";
    #[cms]
    UPDATE_NOT_STAGED = "UPDATE_NOT_STAGED", "name",
        "Das Update von {name} wurde nicht auf einer Staging-Kopie getestet.",
        "The update of {name} has not been tested on a staging copy.";
    #[cms]
    CORE_OUT_OF_SUPPORT = "CORE_OUT_OF_SUPPORT", "support_ends version",
        "Der installierte Core {version} bekommt seit dem {support_ends} keine Sicherheitsupdates mehr.",
        "The installed core {version} has had no security updates since {support_ends}.";
    #[cms]
    BACKUP_RESPONSIBILITY = "BACKUP_RESPONSIBILITY", "who",
        "Laut Hostingvertrag ist {who} für Datensicherungen verantwortlich.",
        "Under the hosting contract {who} is responsible for backups.";
    #[cms]
    BACKUP_RESPONSIBILITY_UNKNOWN = "BACKUP_RESPONSIBILITY_UNKNOWN", "",
        "Wer laut Hostingvertrag für Datensicherungen verantwortlich ist, ist nicht erfasst: Klären Sie es vor dem Update.",
        "Who is responsible for backups under the hosting contract is not recorded: settle it before the update.";
    DOMAIN_RENEWAL_AT_RISK = "DOMAIN_RENEWAL_AT_RISK", "days_left domain renewal",
        "{domain} verlängert sich am {renewal} (in {days_left} Tagen), die Rechnung ist offen: Die Domain droht zu verfallen.",
        "{domain} renews on {renewal} (in {days_left} days) and its invoice is unpaid: the domain may lapse.";
    ACCOUNT_NO_EMERGENCY_CONTACT = "ACCOUNT_NO_EMERGENCY_CONTACT", "",
        "Für dieses Reseller-Konto ist kein Notfallkontakt hinterlegt.",
        "This reseller account has no emergency contact on file.";
    ACCOUNT_NO_POWER_OF_ATTORNEY = "ACCOUNT_NO_POWER_OF_ATTORNEY", "",
        "Für dieses Reseller-Konto liegt keine Vollmacht vor, mit der der Provider im Notfall die Endkunden ansprechen darf.",
        "This reseller account has no power of attorney letting the provider contact the end customers in an emergency.";
    ACCOUNT_UNREACHABLE_PATHS = "ACCOUNT_UNREACHABLE_PATHS", "paths",
        "Ist der Reseller nicht erreichbar, bleibt den Endkunden nur der Weg über die Registry: {paths}",
        "If the reseller cannot be reached, the end customers have only the way through the registry: {paths}";
    ACCOUNT_READY = "ACCOUNT_READY", "domains",
        "Notfallkontakt und Vollmacht liegen vor; keine der {domains} Domains ist gefährdet.",
        "Emergency contact and power of attorney are on file; none of the {domains} domains is at risk.";
}

super::texts! {
    /// The optional parts of finding messages.
    PARTS;
    // Parts of messages (see `Code::derived` in src/messages.rs).
    CLOSE_RGP_PENDING_TAIL = "CLOSE_RGP.pending_tail", "pending",
        " Danach folgen {pending} Tage „pending delete“.",
        " Then {pending} days of pending delete follow.";
    CLOSE_RGP_THIRD_PARTY_TAIL = "CLOSE_RGP.third_party_tail", "",
        " (oder ein Dritter, den er benennt)",
        " (or a third party they name)";
    DELETE_WITH_DESCENDANTS_RECORDS_TAIL = "DELETE_WITH_DESCENDANTS.records_tail", "records",
        " und {records} Datensätze",
        " and {records} records";
    BACKUP_RESPONSIBILITY_CUSTOMER = "BACKUP_RESPONSIBILITY.customer", "",
        "der Kunde",
        "the customer";
    BACKUP_RESPONSIBILITY_HOSTER = "BACKUP_RESPONSIBILITY.hoster", "",
        "der Hoster",
        "the hoster";
    BACKUP_RESPONSIBILITY_AGENCY = "BACKUP_RESPONSIBILITY.agency", "",
        "die Agentur",
        "the agency";
    AUTHINFO_NOT_CREATED_VALID_DAYS = "AUTHINFO_NOT_CREATED.valid_days", "days",
        "sie gilt {days} Tage",
        "it is valid for {days} days";
    AUTHINFO_NOT_CREATED_NO_LIFETIME = "AUTHINFO_NOT_CREATED.no_lifetime", "",
        "eine feste Gültigkeit legt die Registry nicht fest",
        "the registry sets no fixed lifetime";
    STATUS_SERVER_PROHIBITED_CLOSE = "STATUS_SERVER_PROHIBITED.close", "",
        "eine Schließung",
        "a close";
    STATUS_SERVER_PROHIBITED_TRANSFER = "STATUS_SERVER_PROHIBITED.transfer", "",
        "ein Transfer",
        "a transfer";
    STATUS_PREVENTS_ACTION_PENDING_TRANSFER = "STATUS_PREVENTS_ACTION.pending_transfer", "",
        "Ein Transfer läuft bereits; ein zweiter ist nicht möglich.",
        "a transfer is already pending; a second one is not possible.";
    STATUS_PREVENTS_ACTION_PENDING_DELETE_CLOSE = "STATUS_PREVENTS_ACTION.pending_delete_close", "",
        "Die Domain wird bereits gelöscht; eine Schließung ist nicht mehr nötig.",
        "the domain is already being deleted; a close is no longer needed.";
    STATUS_PREVENTS_ACTION_PENDING_DELETE_TRANSFER = "STATUS_PREVENTS_ACTION.pending_delete_transfer", "",
        "Die Domain wird gelöscht; ein Transfer ist nicht mehr möglich.",
        "the domain is being deleted; a transfer is no longer possible.";
    STATUS_PREVENTS_ACTION_REDEMPTION_CLOSE = "STATUS_PREVENTS_ACTION.redemption_close", "",
        "Die Domain ist bereits gelöscht und in der Redemption Grace Period; nur der letzte Inhaber kann sie wiederherstellen lassen.",
        "the domain is already deleted and in its redemption grace period; only the last holder can have it restored.";
    STATUS_PREVENTS_ACTION_REDEMPTION_TRANSFER = "STATUS_PREVENTS_ACTION.redemption_transfer", "",
        "Die Domain ist gelöscht und in der Redemption Grace Period: Während dieser Zeit ist kein Transfer möglich, nur die Wiederherstellung durch den letzten Inhaber.",
        "the domain is deleted and in its redemption grace period: no transfer is possible during it, only a restore by the last holder.";
    STATUS_HOLD_REGISTRY = "STATUS_HOLD.registry", "",
        "Die Registry (nur sie kann den Hold aufheben)",
        "the registry (only it can lift the hold)";
    STATUS_HOLD_REGISTRAR = "STATUS_HOLD.registrar", "",
        "Der Registrar",
        "the registrar";
    CLOSE_UNDO_TOO_LATE_RGP_TAIL = "CLOSE_UNDO_TOO_LATE.rgp_tail", "rgp",
        " Danach kann nur der letzte Inhaber (oder ein von ihm benannter Dritter) sie bis zum {rgp} gegen Gebühr wiederherstellen lassen.",
        " After that only the last holder (or a third party they name) can have it restored, for a fee, until {rgp}.";
    ACCOUNT_UNREACHABLE_PATHS_DE = "ACCOUNT_UNREACHABLE_PATHS.de", "count",
        ".de-Domains ({count}): Die Inhaber beantragen bei der DENIC einen AuthInfo2, den die DENIC per Post an ihre Anschrift schickt, und wechseln damit zu einem neuen Provider.",
        ".de domains ({count}): the holders ask DENIC for an AuthInfo2, which DENIC sends to their address by post, and move to a new provider with it.";
    ACCOUNT_UNREACHABLE_PATHS_GTLD = "ACCOUNT_UNREACHABLE_PATHS.gtld", "count",
        "gTLD-Domains ({count}): Die Inhaber wenden sich an den Registrar, der ihnen den Code binnen 5 Tagen geben muss (Transfer Policy I.A.5), notfalls über eine Beschwerde bei ICANN.",
        "gTLD domains ({count}): the holders turn to the registrar, which must give them the code within 5 days (Transfer Policy I.A.5), if need be through a complaint to ICANN.";
    BACKUP_DECLARED_DAY_TIME = "BACKUP_DECLARED.day_time", "day time",
        "{day}, {time} Uhr",
        "{day}, {time}";
    UPDATE_EXTENSION_INCOMPATIBLE_RANGE = "UPDATE_EXTENSION_INCOMPATIBLE.range", "min max",
        "{min} bis {max}",
        "{min} to {max}";
    UPDATE_EXTENSION_INCOMPATIBLE_RANGE_FROM = "UPDATE_EXTENSION_INCOMPATIBLE.range_from", "min",
        "ab {min}",
        "{min} and later";
    UPDATE_EXTENSION_INCOMPATIBLE_RANGE_TO = "UPDATE_EXTENSION_INCOMPATIBLE.range_to", "max",
        "bis {max}",
        "up to {max}";
    UPDATE_EXTENSION_INCOMPATIBLE_UPDATE_CORE = "UPDATE_EXTENSION_INCOMPATIBLE.update_core", "",
        "Aktualisieren Sie zuerst den Core.",
        "update the core first.";
    UPDATE_EXTENSION_INCOMPATIBLE_UPDATE_EXTENSION = "UPDATE_EXTENSION_INCOMPATIBLE.update_extension", "",
        "Aktualisieren oder entfernen Sie sie vorher.",
        "update or remove it first.";
    TRANSFER_WITHIN_LOCK_PERIOD_TRANSFER = "TRANSFER_WITHIN_LOCK_PERIOD.transfer", "",
        "transferiert",
        "transferred";
    TRANSFER_WITHIN_LOCK_PERIOD_REGISTRATION = "TRANSFER_WITHIN_LOCK_PERIOD.registration", "",
        "registriert",
        "registered";
}
