//! Labels (deadlines, close modes, answers, severities) and the texts of the inventory report
//! and its calendar.

super::texts! {
    /// Labels and report texts.
    LABELS;
    // One label per deadline key (`deadline.KEY`): the page, the panels and the calendar
    // show these, followed by the date.
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
