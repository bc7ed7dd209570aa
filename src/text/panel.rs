//! The panels' own texts (TYPO3 extension, Plesk extension, the JS guard's UI strings), from
//! which `domainguard texts` generates their language files and `js/src/strings.js`. Only native builds have this module: none of it goes into
//! the wasm. The deadline labels are not here: the verdict's `deadline_list` carries them, so
//! the page, the panels and the calendar say the same.
//!
//! Editing a text: edit it here (or in the catalogue), then run
//! `bash scripts/build-integrations.sh` (or `domainguard texts PATH > PATH` for each of
//! [`GENERATED`]); a test names every generated file that is out of date.

use crate::Locale;

/// Which generated files a panel text goes into.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Files {
    /// The TYPO3 extension's `locallang.xlf` and the Plesk locale files.
    Both,
    /// Only the TYPO3 extension's `locallang.xlf`.
    Typo3,
    /// Only the Plesk locale files.
    Plesk,
    /// Only the JS guard's strings (`js/src/strings.js`).
    Guard,
}

use Files::{Both as BOTH, Guard as GUARD_ONLY, Plesk as PLESK, Typo3 as TYPO3};

/// One text of a panel: its own, or a catalogue entry's.
pub(super) struct PanelText {
    pub files: Files,
    /// The key in the generated files.
    pub key: &'static str,
    /// The params its texts use (checked by a test).
    #[cfg_attr(not(test), allow(dead_code))]
    params: &'static str,
    de: &'static str,
    en: &'static str,
}

impl PanelText {
    const fn own(
        files: Files,
        key: &'static str,
        params: &'static str,
        de: &'static str,
        en: &'static str,
    ) -> PanelText {
        PanelText {
            files,
            key,
            params,
            de,
            en,
        }
    }

    /// The text in `locale`.
    fn text(&self, locale: Locale) -> &'static str {
        locale.pick(self.de, self.en)
    }
}

/// The texts of the TYPO3 module (`locallang.xlf`) and of the Plesk extension, in file order.
/// `{name}` placeholders are filled by the panel's PHP.
pub(super) const PANEL: &[PanelText] = &[
    PanelText::own(TYPO3, "module.title", "",
        "Domains",
        "Domains"),
    PanelText::own(TYPO3, "module.intro", "",
        "Domain schließen oder für einen Providerwechsel freigeben. Jeder Auftrag wird zweimal geprüft: hier im Browser während der Eingabe und auf dem Server beim Absenden. Der Server lehnt ab, was die Regeln blockieren, egal was der Browser angezeigt hat.",
        "Close a domain or release it for a transfer. Every order is checked twice: here in the browser while you type, and on the server when you send it. The server refuses what the rules block, whatever the browser showed."),
    PanelText::own(PLESK, "title", "",
        "domainguard",
        "domainguard"),
    PanelText::own(PLESK, "button.close", "",
        "Domain schließen (domainguard)",
        "Close domain (domainguard)"),
    PanelText::own(PLESK, "button.closeDescription", "",
        "Die Domain beim Registrar schließen, geprüft von domainguard.",
        "Close the domain at the registrar, checked by domainguard."),
    PanelText::own(PLESK, "button.transfer", "",
        "Providerwechsel (domainguard)",
        "Transfer domain (domainguard)"),
    PanelText::own(PLESK, "button.transferDescription", "",
        "Die Domain für einen Providerwechsel freigeben, geprüft von domainguard.",
        "Release the domain for a transfer, checked by domainguard."),
    PanelText::own(PLESK, "intro", "",
        "Jeder Auftrag wird zweimal geprüft: im Browser während der Eingabe und auf dem Server beim Absenden. Der Server lehnt ab, was die Regeln blockieren, egal was der Browser angezeigt hat.",
        "Every order is checked twice: in the browser while you type, and on the server when you send it. The server refuses what the rules block, whatever the browser showed."),
    PanelText::own(BOTH, "form.close", "",
        "Schließung (Löschung)",
        "Close (deletion)"),
    PanelText::own(BOTH, "form.transfer_out", "",
        "Providerwechsel",
        "Transfer to another provider"),
    PanelText::own(BOTH, "legend.domain", "",
        "Domain",
        "Domain"),
    PanelText::own(BOTH, "legend.holder", "",
        "Domaininhaber",
        "Domain holder"),
    PanelText::own(BOTH, "legend.termination", "",
        "Kündigung",
        "Termination"),
    PanelText::own(BOTH, "legend.evk", "",
        "Einverständniserklärung (EVK)",
        "Declaration of consent (EVK)"),
    PanelText::own(BOTH, "legend.mode", "",
        "Art der Schließung",
        "Kind of close"),
    PanelText::own(BOTH, "legend.services", "",
        "Dienste auf der Domain",
        "Services on the domain"),
    PanelText::own(BOTH, "legend.authinfo", "",
        "AuthInfo",
        "AuthInfo"),
    PanelText::own(BOTH, "field.domain", "",
        "Domainname",
        "Domain name"),
    PanelText::own(BOTH, "field.registered", "",
        "Registriert am (JJJJ-MM-TT)",
        "Registered on (YYYY-MM-DD)"),
    PanelText::own(BOTH, "field.renewal", "",
        "Nächste Verlängerung (leer: aus der Registrierung)",
        "Next renewal (empty: from the registration)"),
    PanelText::own(BOTH, "field.status", "",
        "EPP-Status (durch Komma getrennt)",
        "EPP status (comma-separated)"),
    PanelText::own(BOTH, "field.last_transfer", "",
        "Letzter Transfer am",
        "Last transfer on"),
    PanelText::own(BOTH, "field.holder", "",
        "Name des Inhabers",
        "Name of the holder"),
    PanelText::own(BOTH, "field.term_from", "",
        "Gekündigt von",
        "Terminated by"),
    PanelText::own(BOTH, "field.term_to", "",
        "Gerichtet an",
        "Addressed to"),
    PanelText::own(BOTH, "field.term_received", "",
        "Eingegangen am",
        "Received on"),
    PanelText::own(BOTH, "field.evk_by", "",
        "Unterschrieben von",
        "Signed by"),
    PanelText::own(BOTH, "field.evk_date", "",
        "Datum der EVK",
        "Date of the EVK"),
    PanelText::own(BOTH, "field.evk_text", "",
        "Text der EVK",
        "Text of the EVK"),
    PanelText::own(BOTH, "field.evk_ack", "",
        "Der Inhaber hat bestätigt, dass die Domain nach der Schließung für jedermann frei ist.",
        "The holder confirmed that the domain is free for anyone after the close."),
    PanelText::own(BOTH, "field.evk_new_provider", "",
        "Neuer Provider (laut EVK)",
        "New provider (as named in the EVK)"),
    PanelText::own(BOTH, "field.website", "",
        "Eine Website läuft noch auf der Domain",
        "A website still runs on the domain"),
    PanelText::own(BOTH, "field.mailboxes", "",
        "Anzahl Postfächer",
        "Number of mailboxes"),
    PanelText::own(BOTH, "field.mail_backup", "",
        "Die E-Mails sind gesichert (vom Inhaber bestätigt)",
        "The mail has been backed up (confirmed by the holder)"),
    PanelText::own(BOTH, "field.close_mode", "",
        "Schließen",
        "Close"),
    PanelText::own(BOTH, "field.close_date", "",
        "Datum (nur „zu einem Datum“)",
        "Date (only for \"on a date\")"),
    PanelText::own(BOTH, "field.authinfo", "",
        "AuthInfo (wird nach dem Absenden nie wieder angezeigt)",
        "AuthInfo (never shown again after sending)"),
    PanelText::own(BOTH, "field.authinfo_created", "",
        "AuthInfo erzeugt am",
        "AuthInfo created on"),
    PanelText::own(BOTH, "field.planned_transfer", "",
        "Geplanter Transfer am",
        "Planned transfer on"),
    PanelText::own(BOTH, "option.none", "",
        "– keine –",
        "– none –"),
    PanelText::own(BOTH, "option.holder", "",
        "Inhaber",
        "Holder"),
    PanelText::own(BOTH, "option.representative", "",
        "Gesetzlicher Vertreter",
        "Legal representative"),
    PanelText::own(BOTH, "option.other", "",
        "Jemand anderes",
        "Someone else"),
    PanelText::own(BOTH, "option.reseller", "",
        "uns (Reseller)",
        "us (reseller)"),
    PanelText::own(BOTH, "option.registrar", "",
        "den Registrar",
        "the registrar"),
    PanelText::own(BOTH, "option.expiry", "",
        "zum Ablauf (Tag vor der Verlängerung)",
        "at expiry (the day before the renewal)"),
    PanelText::own(BOTH, "option.date", "",
        "zu einem Datum",
        "on a date"),
    PanelText::own(BOTH, "option.now", "",
        "sofort",
        "at once"),
    PanelText::own(BOTH, "option.transit", "",
        "TRANSIT (Rückgabe an DENIC)",
        "TRANSIT (back to DENIC)"),
    PanelText::own(BOTH, "submit.close", "",
        "Schließung beauftragen",
        "Order the close"),
    PanelText::own(BOTH, "submit.transfer_out", "",
        "Providerwechsel freigeben",
        "Release the transfer"),
    PanelText::own(BOTH, "severity.block", "",
        "Blockiert",
        "Blocked"),
    PanelText::own(BOTH, "severity.warn", "",
        "Warnung",
        "Warning"),
    PanelText::own(BOTH, "severity.info", "",
        "Hinweis",
        "Note"),
    PanelText::own(BOTH, "outcome.allowed", "",
        "Auf dem Server geprüft und angenommen.",
        "Checked on the server and accepted."),
    PanelText::own(BOTH, "outcome.refused", "",
        "Von der Prüfung auf dem Server abgelehnt. Es wurde nichts ausgeführt.",
        "Refused by the server check. Nothing has been done."),
    PanelText::own(TYPO3, "outcome.badRequest", "",
        "Die Anfrage enthielt nicht genau ein Formular. Es wurde nichts ausgeführt.",
        "The request did not contain exactly one form. Nothing has been done."),
    PanelText::own(PLESK, "outcome.domainMismatch", "",
        "Der Domainname passt nicht zu der Domain, für die diese Seite ist.",
        "The domain name does not match the domain this page is for."),
    PanelText::own(BOTH, "outcome.deadlines", "",
        "Fristen",
        "Deadlines"),
    PanelText::own(BOTH, "outcome.documents", "",
        "Schreiben",
        "Documents"),
    PanelText::own(BOTH, "document.registrar_notice", "",
        "Meldung an den Registrar",
        "Notice to the registrar"),
    PanelText::own(BOTH, "document.holder_letter", "",
        "Kündigungsbestätigung an den Inhaber (AuthInfo verdeckt)",
        "Confirmation to the holder (AuthInfo masked)"),
    PanelText::own(BOTH, "noscript", "",
        "JavaScript ist aus: Der Auftrag wird beim Absenden auf dem Server geprüft.",
        "JavaScript is off: the order is checked on the server when you send it."),
    PanelText::own(TYPO3, "pageDelete.refused", "count reason title",
        "domainguard: Die Seite „{title}“ wurde nicht gelöscht (Unterseiten: {count}). {reason}",
        "domainguard: page \"{title}\" was not deleted (pages below it: {count}). {reason}"),
    PanelText::own(TYPO3, "pageDelete.refusedPermanent", "count reason title",
        "domainguard: Die Seite „{title}“ wurde nicht endgültig gelöscht (Unterseiten: {count}); sie bleibt im Papierkorb. {reason}",
        "domainguard: page \"{title}\" was not deleted permanently (pages below it: {count}); it stays in the Recycler. {reason}"),
    PanelText::own(TYPO3, "pageDelete.modal.confirmation", "count",
        "Unterseiten, die mit gelöscht werden: {count}. Zur Bestätigung ihre Anzahl eintippen:",
        "Pages below this page that go with it: {count}. Type their number to confirm:"),
    PanelText::own(TYPO3, "pageDelete.modal.backup", "",
        "Es ist keine Sicherungsquelle eingerichtet. Zeitpunkt der letzten Ihnen bekannten Sicherung:",
        "No backup source is set up. Time of the last backup you know of:"),
    PanelText::own(TYPO3, "pageDelete.modal.checking", "",
        "domainguard prüft dieses Löschen …",
        "domainguard is checking this delete …"),
    PanelText::own(TYPO3, "pageDelete.refusedCleanup", "count reason",
        "domainguard: cleanup:deletedrecords wurde nicht ausgeführt; die Seiten im Papierkorb (Anzahl: {count}) bleiben dort. {reason}",
        "domainguard: cleanup:deletedrecords did not run; the pages in the Recycler (number: {count}) stay there. {reason}"),
    PanelText::own(PLESK, "settings.title", "",
        "domainguard-Einstellungen",
        "domainguard settings"),
    PanelText::own(PLESK, "settings.binary", "",
        "Pfad des Programms domainguard",
        "Path of the domainguard program"),
    PanelText::own(PLESK, "settings.policy", "",
        "Richtlinie (default, notice-30, …)",
        "Policy profile (default, notice-30, …)"),
    PanelText::own(PLESK, "settings.locale", "",
        "Sprache der Befunde (auto, de, en)",
        "Language of the findings (auto, de, en)"),
    PanelText::own(PLESK, "settings.timeout", "",
        "Zeitlimit der Prüfung in Sekunden",
        "Timeout of the re-check in seconds"),
    PanelText::own(PLESK, "settings.timezone", "",
        "Zeitzone für „heute“",
        "Time zone of \"today\""),
    PanelText::own(PLESK, "settings.saved", "",
        "Einstellungen gespeichert.",
        "Settings saved."),
    PanelText::own(PLESK, "settings.binaryMissing", "",
        "Das Programm fehlt oder ist nicht ausführbar: Jede Schließung und jeder Providerwechsel wird abgelehnt, bis es da ist.",
        "The program is not there or not executable: every close and transfer is refused until it is."),
    PanelText::own(PLESK, "accessDenied", "",
        "Sie haben keinen Zugriff auf diese Domain.",
        "You have no access to this domain."),
    PanelText::own(PLESK, "overview.intro", "",
        "Ihre Domains mit der nächsten Frist, berechnet von domainguard aus den Registrardaten.",
        "Your domains with their next deadline, computed by domainguard from the registrar data."),
    PanelText::own(PLESK, "overview.domains", "",
        "Domains und nächste Fristen",
        "Domains and next deadlines"),
    PanelText::own(PLESK, "overview.domain", "",
        "Domain",
        "Domain"),
    PanelText::own(PLESK, "overview.deadline", "",
        "Frist",
        "Deadline"),
    PanelText::own(PLESK, "overview.next", "",
        "Nächster Schritt",
        "Next step"),
    PanelText::own(PLESK, "overview.noData", "",
        "keine Registrardaten",
        "no registrar data"),
    PanelText::own(PLESK, "overview.settings", "",
        "Einstellungen von domainguard",
        "domainguard settings"),
    PanelText::own(PLESK, "removals.title", "",
        "Hosting entfernt, Registrierung läuft weiter",
        "Hosting removed, registration still running"),
    PanelText::own(PLESK, "removals.intro", "",
        "Das Entfernen einer Website oder eines Abonnements in Plesk beendet nicht die Registrierung der Domain: Sie läuft weiter und wird weiter berechnet, bis sie beim Registrar geschlossen wird.",
        "Removing a website or subscription in Plesk does not end the domain's registration: it keeps running and being billed until it is closed with the registrar."),
    PanelText::own(PLESK, "removals.none", "",
        "Keine Domain, deren Hosting entfernt wurde und deren Registrierung weiterläuft.",
        "No domain whose hosting was removed while its registration runs on."),
    PanelText::own(PLESK, "removals.closeBy", "date",
        "Hosting entfernt, Registrierung läuft weiter: schließen bis {date}",
        "hosting removed, registration still running: close by {date}"),
    PanelText::own(PLESK, "removals.unknown", "",
        "Hosting entfernt, Registrierung läuft weiter: Registrierungsdatum unbekannt, bitte beim Registrar prüfen",
        "hosting removed, registration still running: registration date unknown, check with the registrar"),
    PanelText::own(PLESK, "removals.dismiss", "",
        "Erledigt",
        "Done"),
    PanelText::own(PLESK, "settings.registrarFacts", "",
        "Registrardaten (JSON-Datei, Fakten je Domain)",
        "Registrar data (JSON file, facts per domain)"),
    // The JS guard's own texts (see [`GUARD`]).
    PanelText::own(GUARD_ONLY, "guard.loading", "",
        "Prüfung wird geladen …",
        "Loading the check …"),
    PanelText::own(GUARD_ONLY, "guard.blocked", "",
        "Blockiert: So kann der Auftrag nicht abgeschickt werden. Bitte die markierten Angaben korrigieren.",
        "Blocked: the order cannot be sent like this. Please correct the marked entries."),
    PanelText::own(GUARD_ONLY, "guard.warnings", "",
        "Zulässig, aber mit Warnungen. Bitte lesen und bestätigen.",
        "Allowed, with warnings. Please read and confirm them."),
    PanelText::own(GUARD_ONLY, "guard.ok", "",
        "Keine Einwände: Der Auftrag kann abgeschickt werden.",
        "No objections: the order can be sent."),
    PanelText::own(GUARD_ONLY, "guard.failed", "",
        "Die Prüfung konnte nicht geladen werden. Der Server prüft den Auftrag beim Absenden.",
        "The check could not be loaded. The server checks the order when it is sent."),
    PanelText::own(GUARD_ONLY, "guard.failedClosed", "",
        "Die Prüfung konnte nicht geladen werden. Absenden ist erst nach erfolgreicher Prüfung möglich.",
        "The check could not be loaded. Sending is possible only after a successful check."),
    PanelText::own(GUARD_ONLY, "guard.internal", "",
        "Interner Fehler der Prüfung",
        "Internal error of the check"),
    PanelText::own(GUARD_ONLY, "guard.ack", "",
        "Ich habe die Warnungen gelesen und möchte trotzdem fortfahren.",
        "I have read the warnings and want to proceed anyway."),
    PanelText::own(GUARD_ONLY, "guard.show", "",
        "AuthInfo anzeigen",
        "Show AuthInfo"),
    PanelText::own(GUARD_ONLY, "guard.generate", "",
        "Generieren",
        "Generate"),
    PanelText::own(GUARD_ONLY, "guard.locked", "",
        "Gesperrt",
        "Locked"),
    PanelText::own(GUARD_ONLY, "guard.paste", "",
        "Einfügen gesperrt",
        "Pasting blocked"),
    PanelText::own(GUARD_ONLY, "guard.copy", "",
        "Kopieren gesperrt",
        "Copying blocked"),
    PanelText::own(GUARD_ONLY, "guard.held", "",
        "Die AuthInfo bleibt zurückgehalten, solange die Prüfung blockiert (z. B. die Checkliste offen ist): kein Einfügen, Kopieren, Anzeigen oder Generieren.",
        "The AuthInfo is held back while the check blocks (e.g. the checklist is open): no pasting, copying, showing or generating."),
    PanelText::own(GUARD_ONLY, "guard.invalid", "",
        "AuthInfo ungültig",
        "AuthInfo invalid"),
    PanelText::own(GUARD_ONLY, "guard.valid", "",
        "Das Format der AuthInfo stimmt.",
        "The AuthInfo has the right format."),
];

/// The JS guard's UI strings in `js/src/strings.js` (`GUARD`, today's shape of `STRINGS` in
/// js/domainguard.js without its `deadline` table: the verdict carries the deadline labels):
/// (JS name, key in [`PANEL`]). Severity names and the deadlines heading are the panels' texts.
pub(super) const GUARD: &[(&str, &str)] = &[
    ("block", "severity.block"),
    ("warn", "severity.warn"),
    ("info", "severity.info"),
    ("loading", "guard.loading"),
    ("blocked", "guard.blocked"),
    ("warnings", "guard.warnings"),
    ("ok", "guard.ok"),
    ("failed", "guard.failed"),
    ("failedClosed", "guard.failedClosed"),
    ("internal", "guard.internal"),
    ("ack", "guard.ack"),
    ("deadlines", "outcome.deadlines"),
    ("show", "guard.show"),
    ("generate", "guard.generate"),
    ("locked", "guard.locked"),
    ("paste", "guard.paste"),
    ("copy", "guard.copy"),
    ("held", "guard.held"),
    ("invalid", "guard.invalid"),
    ("valid", "guard.valid"),
];

/// The TYPO3 backend module's title and description (`locallang_mod.xlf`).
pub(super) const TYPO3_MODULE: &[PanelText] = &[
    PanelText::own(TYPO3, "mlang_tabs_tab", "",
        "Domains",
        "Domains"),
    PanelText::own(TYPO3, "mlang_labels_tablabel", "",
        "Domains schließen und übertragen, geprüft von domainguard",
        "Close and transfer domains, checked by domainguard"),
    PanelText::own(TYPO3, "mlang_labels_tabdescr", "",
        "Formulare für Schließung und Providerwechsel. Jeder Auftrag wird im Browser geprüft und auf dem Server erneut; der Server lehnt ab, was die Regeln blockieren.",
        "Close and transfer forms for domains. Each order is checked in the browser and re-checked on the server; the server refuses what the rules block."),
];

/// A generated file: its path in the repository and what makes it.
pub type Generated = (&'static str, fn() -> String);

/// Every generated file.
pub const GENERATED: &[Generated] = &[
    (
        "integrations/typo3/Resources/Private/Language/locallang.xlf",
        || xliff("locallang.xlf", &typo3_texts(), Locale::En),
    ),
    (
        "integrations/typo3/Resources/Private/Language/de.locallang.xlf",
        || xliff("locallang.xlf", &typo3_texts(), Locale::De),
    ),
    (
        "integrations/typo3/Resources/Private/Language/locallang_mod.xlf",
        || xliff("locallang_mod.xlf", &module_texts(), Locale::En),
    ),
    (
        "integrations/typo3/Resources/Private/Language/de.locallang_mod.xlf",
        || xliff("locallang_mod.xlf", &module_texts(), Locale::De),
    ),
    (
        "integrations/plesk/plib/resources/locales/en-US.php",
        || plesk(Locale::En),
    ),
    (
        "integrations/plesk/plib/resources/locales/de-DE.php",
        || plesk(Locale::De),
    ),
    ("js/src/strings.js", guard_strings),
];

/// The generated file at `path` (one of [`GENERATED`]), or `None`.
pub fn generate(path: &str) -> Option<String> {
    GENERATED
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, make)| make())
}

/// (key, German, English) of each text of a file.
type Texts = Vec<(&'static str, &'static str, &'static str)>;

fn typo3_texts() -> Texts {
    PANEL
        .iter()
        .filter(|t| matches!(t.files, Files::Both | Files::Typo3))
        .map(|t| (t.key, t.text(Locale::De), t.text(Locale::En)))
        .collect()
}

fn module_texts() -> Texts {
    TYPO3_MODULE.iter().map(|t| (t.key, t.de, t.en)).collect()
}

fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// An XLIFF 1.2 file: the English source file, or the German translation (`de.` prefix).
fn xliff(file: &str, texts: &Texts, locale: Locale) -> String {
    let de = locale == Locale::De;
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n",
    );
    out.push_str(&format!(
        "  <file source-language=\"en\"{} datatype=\"plaintext\" \
         original=\"EXT:domainguard/Resources/Private/Language/{file}\" \
         date=\"2026-01-01T00:00:00Z\" product-name=\"domainguard\">\n    <header/>\n    <body>\n",
        if de { " target-language=\"de\"" } else { "" }
    ));
    for (key, text_de, text_en) in texts {
        out.push_str(&format!(
            "      <trans-unit id=\"{key}\" resname=\"{key}\"{}>\n        <source>{}</source>\n",
            if de { " approved=\"yes\"" } else { "" },
            xml(text_en)
        ));
        if de {
            out.push_str(&format!("        <target>{}</target>\n", xml(text_de)));
        }
        out.push_str("      </trans-unit>\n");
    }
    out.push_str("    </body>\n  </file>\n</xliff>\n");
    out
}

/// A Plesk locale file (`$messages`, single-quoted PHP strings).
fn plesk(locale: Locale) -> String {
    let mut out = String::from("<?php\n\n$messages = [\n");
    for t in PANEL
        .iter()
        .filter(|t| matches!(t.files, Files::Both | Files::Plesk))
    {
        let text = t.text(locale).replace('\\', "\\\\").replace('\'', "\\'");
        out.push_str(&format!("    '{}' => '{text}',\n", t.key));
    }
    out.push_str("];\n");
    out
}

/// (key, params, German, English) of the panels' own texts, for the catalogue's tests.
#[cfg(test)]
pub(super) fn own_texts() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
    PANEL
        .iter()
        .chain(TYPO3_MODULE)
        .map(|t| (t.key, t.params, t.de, t.en))
        .collect()
}

/// `js/src/strings.js`: the JS guard's strings as an ES module.
fn guard_strings() -> String {
    let mut out = String::from(
        "// Generated from the text catalogue (src/text/panel.rs) by `domainguard texts js/src/strings.js`\n\
         // (scripts/build-integrations.sh); edit the catalogue, not this file.\n\n\
         /** The guard's UI strings (German first, English second). */\n\
         export const GUARD = {\n",
    );
    for locale in [Locale::De, Locale::En] {
        out.push_str(&format!("  {}: {{\n", locale.pick("de", "en")));
        for (name, key) in GUARD {
            let text = PANEL
                .iter()
                .find(|t| t.key == *key)
                .map_or("", |t| t.text(locale));
            let text = text.replace('\\', "\\\\").replace('\'', "\\'");
            out.push_str(&format!("    {name}: '{text}',\n"));
        }
        out.push_str("  },\n");
    }
    out.push_str("};\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed copies are what the catalogue gives: a stale file fails, named.
    #[test]
    fn generated_files_are_up_to_date() {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut stale = Vec::new();
        for (path, make) in GENERATED {
            let committed = std::fs::read_to_string(format!("{root}/{path}")).unwrap_or_default();
            if committed != make() {
                stale.push(*path);
            }
        }
        assert!(
            stale.is_empty(),
            "out of date (generated from src/text/): {}\n\
             regenerate with `bash scripts/build-integrations.sh` \
             (or `cargo run -q -- texts PATH > PATH`)",
            stale.join(", ")
        );
    }

    #[test]
    fn every_guard_string_has_a_text() {
        for (name, key) in GUARD {
            assert!(
                PANEL.iter().any(|t| t.key == *key),
                "GUARD.{name}: no {key}"
            );
        }
    }

    #[test]
    fn the_panels_keep_no_deadline_labels_of_their_own() {
        // the verdict's deadline_list carries the labels; a panel shows them as they come
        for locale in [Locale::De, Locale::En] {
            assert!(!plesk(locale).contains("'deadline."));
            assert!(!xliff("locallang.xlf", &typo3_texts(), locale).contains("\"deadline."));
        }
    }
}
