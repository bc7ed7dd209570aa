//! Labels (deadlines, close modes, answers, severities) and the texts of the inventory report
//! and its calendar.

super::texts! {
    /// Labels and report texts.
    LABELS;
    // One label per deadline key (`deadline.KEY`): the page, the panels and the calendar
    // show these, followed by the date.
    // In CORE_OUT_OF_SUPPORT's `{version}` when the case names no version.
    CORE_VERSION_UNKNOWN = "core.version_unknown", "",
        "(Version unbekannt)",
        "(version unknown)";
    DEADLINE_RENEWAL = "deadline.renewal", "",
        "Nächste Verlängerung",
        "Next renewal";
    DEADLINE_NOTICE_DEADLINE = "deadline.notice_deadline", "",
        "Kündigung muss beim Registrar sein bis",
        "Notice must reach the registrar by";
    DEADLINE_CLOSE_DATE = "deadline.close_date", "",
        "Schließung zum",
        "Close date";
    DEADLINE_UNDO_UNTIL = "deadline.undo_until", "",
        "Rückgängig machbar bis",
        "Can be undone until";
    DEADLINE_RGP_UNTIL = "deadline.rgp_until", "",
        "Wiederherstellung (RGP) möglich bis",
        "Redemption (RGP) possible until";
    DEADLINE_AUTHINFO_EXPIRES = "deadline.authinfo_expires", "",
        "AuthInfo ungültig ab",
        "AuthInfo invalid from";
    DEADLINE_TRANSFER_SAFE_UNTIL = "deadline.transfer_safe_until", "",
        "Transfer ohne erneute Berechnung bis",
        "Transfer without a new renewal charge until";
    DEADLINE_TRANSFER_LOCK_UNTIL = "deadline.transfer_lock_until", "",
        "Transfersperre bis",
        "Transfer lock until";
    DEADLINE_ACK_DEADLINE = "deadline.ack_deadline", "",
        "ACK/NACK-Frist bis",
        "ACK/NACK deadline";
    // Close modes in messages.
    CLOSE_MODE_EXPIRY = "close_mode.expiry", "",
        "zum Ablauf",
        "at expiry";
    CLOSE_MODE_DATE = "close_mode.date", "",
        "zum Wunschtermin",
        "on a chosen date";
    CLOSE_MODE_NOW = "close_mode.now", "",
        "sofort",
        "immediately";
    CLOSE_MODE_TRANSIT = "close_mode.transit", "",
        "TRANSIT",
        "TRANSIT";
    // Answers to a transfer request.
    ANSWER_RELEASE = "answer.release", "",
        "AuthInfo herausgeben",
        "release the AuthInfo";
    ANSWER_REFUSE = "answer.refuse", "",
        "Herausgabe ablehnen",
        "refuse";
    ANSWER_ACK = "answer.ack", "",
        "Transfer genehmigen (ACK)",
        "approve the transfer (ACK)";
    ANSWER_NACK = "answer.nack", "",
        "Transfer ablehnen (NACK)",
        "refuse the transfer (NACK)";
    // Refusal reasons offered beside the Transfer Policy's (`crate::rules::transfer_request`).
    REASON_NO_TERMINATION = "reason.no_termination", "",
        "keine ordnungsgemäße Kündigung mit EVK des Inhabers",
        "no proper termination with the holder's EVK";
    REASON_REGISTRY_RULES = "reason.registry_rules", "",
        "ein Grund nach den eigenen Regeln dieser Registry (selbst geprüft)",
        "a reason under this registry's own rules (checked yourself)";
    // The move checklist of an AuthInfo release (`crate::rules::authinfo_release`).
    CHECKLIST_WEBSITE_COPIED = "checklist.website_copied", "",
        "Website zum neuen Anbieter kopiert",
        "Website copied to the new host";
    CHECKLIST_WEBSITE_TESTED = "checklist.website_tested", "",
        "Website beim neuen Anbieter getestet",
        "Website tested at the new host";
    CHECKLIST_MAILBOXES = "checklist.mailboxes", "done total",
        "Alle Postfächer gesichert oder umgezogen ({done} von {total})",
        "Every mailbox backed up or migrated ({done} of {total})";
    CHECKLIST_DNS = "checklist.dns", "record",
        "{record}-Einträge beim neuen Anbieter angelegt (oder keine nötig)",
        "{record} records recreated at the new host (or none needed)";
    CHECKLIST_TLS_CHECKED = "checklist.tls_checked", "",
        "TLS-Zertifikate beim neuen Anbieter geprüft",
        "TLS certificates checked at the new host";
    CHECKLIST_CMS_CHECKED = "checklist.cms_requirements_checked", "",
        "PHP-/TLS-Anforderungen des CMS geprüft",
        "The CMS's PHP/TLS requirements checked";
    CHECKLIST_SWITCH_TIME = "checklist.switch_time", "",
        "Wechselzeitpunkt außerhalb der Geschäftszeit vereinbart",
        "Switch time agreed outside business hours";
    CHECKLIST_OLD_CONTRACT = "checklist.old_contract", "",
        "Alter Vertrag läuft bis zum Wechsel",
        "Old contract runs until the switch";
    // The inventory report: a row kept as it is, and the calendar's event text.
    REPORT_RENEWS = "report.renews", "renewal cancel_by",
        "Verlängerung am {renewal} (kündbar bis {cancel_by}).",
        "Renews on {renewal} (can be cancelled until {cancel_by}).";
    REPORT_URGENCY_HIGH = "report.urgency.high", "",
        "hoch",
        "high";
    REPORT_URGENCY_MEDIUM = "report.urgency.medium", "",
        "mittel",
        "medium";
    REPORT_URGENCY_LOW = "report.urgency.low", "",
        "niedrig",
        "low";
    REPORT_EVENT_DESCRIPTION = "report.event_description", "message urgency day",
        "{message} – Dringlichkeit: {urgency} – Stand {day}",
        "{message} – severity: {urgency} – as of {day}";
}
