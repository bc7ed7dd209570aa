//! Labels (deadlines, close modes, answers, severities) and the texts of the inventory report
//! and its calendar.

use super::Entry;

/// Labels and report texts.
pub(crate) const LABELS: &[Entry] = &[
    // One label per deadline key (`deadline.KEY`): the page, the panels and the calendar
    // show these, followed by the date.
    Entry::new(
        "deadline.renewal",
        "",
        "Nächste Verlängerung",
        "Next renewal",
    ),
    Entry::new(
        "deadline.notice_deadline",
        "",
        "Kündigung muss beim Registrar sein bis",
        "Notice must reach the registrar by",
    ),
    Entry::new("deadline.close_date", "", "Schließung zum", "Close date"),
    Entry::new(
        "deadline.undo_until",
        "",
        "Rückgängig machbar bis",
        "Can be undone until",
    ),
    Entry::new(
        "deadline.rgp_until",
        "",
        "Wiederherstellung (RGP) möglich bis",
        "Redemption (RGP) possible until",
    ),
    Entry::new(
        "deadline.authinfo_expires",
        "",
        "AuthInfo ungültig ab",
        "AuthInfo invalid from",
    ),
    Entry::new(
        "deadline.transfer_safe_until",
        "",
        "Transfer ohne erneute Berechnung bis",
        "Transfer without a new renewal charge until",
    ),
    Entry::new(
        "deadline.transfer_lock_until",
        "",
        "Transfersperre bis",
        "Transfer lock until",
    ),
    Entry::new(
        "deadline.ack_deadline",
        "",
        "ACK/NACK-Frist bis",
        "ACK/NACK deadline",
    ),
    // Close modes in messages.
    Entry::new("close_mode.expiry", "", "zum Ablauf", "at expiry"),
    Entry::new(
        "close_mode.date",
        "",
        "zum Wunschtermin",
        "on a chosen date",
    ),
    Entry::new("close_mode.now", "", "sofort", "immediately"),
    Entry::new("close_mode.transit", "", "TRANSIT", "TRANSIT"),
    // Answers to a transfer request.
    Entry::new(
        "answer.release",
        "",
        "AuthInfo herausgeben",
        "release the AuthInfo",
    ),
    Entry::new("answer.refuse", "", "Herausgabe ablehnen", "refuse"),
    Entry::new(
        "answer.ack",
        "",
        "Transfer genehmigen (ACK)",
        "approve the transfer (ACK)",
    ),
    Entry::new(
        "answer.nack",
        "",
        "Transfer ablehnen (NACK)",
        "refuse the transfer (NACK)",
    ),
    // The inventory report: a row kept as it is, and the calendar's event text.
    Entry::new(
        "report.renews",
        "renewal cancel_by",
        "Verlängerung am {renewal} (kündbar bis {cancel_by}).",
        "Renews on {renewal} (can be cancelled until {cancel_by}).",
    ),
    Entry::new("report.urgency.high", "", "hoch", "high"),
    Entry::new("report.urgency.medium", "", "mittel", "medium"),
    Entry::new("report.urgency.low", "", "niedrig", "low"),
    Entry::new(
        "report.event_description",
        "message urgency day",
        "{message} – Dringlichkeit: {urgency} – Stand {day}",
        "{message} – severity: {urgency} – as of {day}",
    ),
];
