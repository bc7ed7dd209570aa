//! The holder's confirmation letters, paragraph by paragraph (`src/rules/documents.rs` picks and
//! joins them). The registrar notices are the policy's templates (`crate::policy`), filled by the
//! same renderer.

super::texts! {
    /// Letter paragraphs.
    LETTERS;
    LETTER_GREETING = "letter.greeting", "holder",
        "Guten Tag {holder},",
        "Dear {holder},";
    LETTER_CLOSING = "letter.closing", "",
        "Mit freundlichen Grüßen",
        "Kind regards";
    // The close letter (R-C7, R-C8).
    LETTER_CLOSE_SUBJECT = "letter.close.subject", "domain",
        "Kündigungsbestätigung für die Domain {domain}",
        "Confirmation of termination for the domain {domain}";
    LETTER_CLOSE_CONFIRM = "letter.close.confirm", "domain",
        "wir bestätigen Ihre Kündigung der Domain {domain}.",
        "we confirm your termination of the domain {domain}.";
    LETTER_CLOSE_CONSENT_OF = "letter.close.consent_of", "date",
        "Gemäß Ihrer Einverständniserklärung (EVK) vom {date}",
        "As set out in your declaration of consent (EVK) of {date}";
    LETTER_CLOSE_CONSENT = "letter.close.consent", "",
        "Gemäß Ihrer Einverständniserklärung (EVK)",
        "As set out in your declaration of consent (EVK)";
    LETTER_CLOSE_NOW = "letter.close.now", "confirm consent close",
        "{confirm} {consent} schließen wir die Domain sofort, am {close} (Close).",
        "{confirm} {consent}, we close the domain immediately, on {close}.";
    LETTER_CLOSE_TRANSIT = "letter.close.transit", "confirm consent close",
        "{confirm} {consent} geben wir die Domain zum {close} per TRANSIT an die Registry zurück. Die Registry schreibt Sie danach an: Sie können die Domain von ihr selbst verwalten lassen, was die Registry Ihnen berechnet, oder zu einem neuen Provider wechseln; reagieren Sie nicht, wird die Domain gelöscht.",
        "{confirm} {consent}, we hand the domain back to the registry by TRANSIT on {close}. The registry will then write to you: you can have the registry itself administer the domain, which it charges to you, or move to a new provider; if you do not respond, the domain is deleted.";
    LETTER_CLOSE_SCHEDULED = "letter.close.scheduled", "confirm consent close",
        "{confirm} {consent} führen wir die Schließung (Close) der Domain zum {close} aus.",
        "{confirm} {consent}, we will close the domain on {close}.";
    LETTER_CLOSE_BILLED = "letter.close.billed", "renewal",
        "Bitte beachten Sie: Ihre Kündigung kam nach der Frist für die Verlängerung am {renewal}. Die Domain wird daher zu diesem Termin noch einmal für ein Jahr berechnet.",
        "Please note: your termination arrived after the deadline for the renewal on {renewal}. The domain is therefore billed for one more year on that date.";
    LETTER_CLOSE_FINAL = "letter.close.final", "",
        "Nach der Schließung ist die Domain wieder für jedermann frei registrierbar. Die Schließung ist endgültig: Die Domain ist danach oft nicht wieder zu bekommen.",
        "After the close the domain is free for anyone to register. The close is final: the domain often cannot be had back afterwards.";
    LETTER_CLOSE_UNDO_UNTIL = "letter.close.undo_until", "date",
        "Bis zum {date} können Sie die Schließung noch rückgängig machen.",
        "You can still undo the close until {date}.";
    LETTER_CLOSE_NO_UNDO = "letter.close.no_undo", "",
        "Eine Sofortlöschung kann nicht rückgängig gemacht werden.",
        "An immediate close cannot be undone.";
    LETTER_CLOSE_RGP = "letter.close.rgp", "date",
        "Nach der Löschung können nur Sie als letzter Inhaber die Domain bis zum {date} gegen eine Gebühr wiederherstellen lassen.",
        "After the deletion only you, as the last holder, can have the domain restored, for a fee, until {date}.";
    LETTER_CLOSE_RGP_THIRD_PARTY = "letter.close.rgp_third_party", "date",
        "Nach der Löschung können nur Sie als letzter Inhaber (oder ein Dritter, den Sie benennen) die Domain bis zum {date} gegen eine Gebühr wiederherstellen lassen.",
        "After the deletion only you, as the last holder (or a third party you name), can have the domain restored, for a fee, until {date}.";
    // The transfer letter (R-T4, R-M3).
    LETTER_TRANSFER_SUBJECT = "letter.transfer.subject", "domain",
        "Kündigungsbestätigung für die Domain {domain} (Providerwechsel)",
        "Confirmation of termination for the domain {domain} (transfer)";
    LETTER_TRANSFER_CONFIRM = "letter.transfer.confirm", "domain provider",
        "wir bestätigen Ihre Kündigung der Domain {domain} zum Wechsel zu {provider}.",
        "we confirm your termination of the domain {domain} for its transfer to {provider}.";
    LETTER_TRANSFER_RENEWS = "letter.transfer.renews", "date",
        "Die Domain verlängert sich am {date}.",
        "The domain renews on {date}.";
    LETTER_TRANSFER_SAFE_UNTIL = "letter.transfer.safe_until", "date",
        "Damit sie nicht noch ein Jahr berechnet wird, muss der Transfer bis zum {date} abgeschlossen sein.",
        "So that it is not billed for another year, the transfer must be complete by {date}.";
    LETTER_TRANSFER_CODE_UNTIL = "letter.transfer.code_until", "code date",
        "Ihre AuthInfo (Providerwechsel-Passwort): {code}\nSie ist ab dem {date} ungültig.",
        "Your AuthInfo (transfer code): {code}\nIt stops working on {date}.";
    LETTER_TRANSFER_CODE = "letter.transfer.code", "code",
        "Ihre AuthInfo (Providerwechsel-Passwort): {code}",
        "Your AuthInfo (transfer code): {code}";
    LETTER_TRANSFER_CODE_SEPARATELY = "letter.transfer.code_separately", "",
        "Ihre AuthInfo (Providerwechsel-Passwort) teilen wir Ihnen gesondert mit.",
        "We will send you your AuthInfo (transfer code) separately.";
    LETTER_TRANSFER_ADVICE = "letter.transfer.advice", "",
        "Geben Sie die AuthInfo nur Ihrer Agentur oder Ihrem neuen Provider, und erst wenn Website und Postfächer dort bereitstehen: Mit der AuthInfo wechselt die Domain sofort. Beantworten Sie keine automatische Anfrage nach der AuthInfo.",
        "Give the AuthInfo only to your agency or your new provider, and only once the website and mailboxes are ready there: the AuthInfo moves the domain at once. Do not answer an automated request for it.";
}
