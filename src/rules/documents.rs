//! Generated documents: the registrar notice (policy template) and the holder's letters.

use crate::case::DomainCase;
use crate::dates::display;
use crate::policy::CloseMode;
use crate::Locale;
use chrono::NaiveDate;

/// Fills the registrar's template (R-C6). Dates are written in the template's language.
pub(crate) fn registrar_notice(
    template: &str,
    c: &DomainCase,
    close_date: NaiveDate,
    renewal: NaiveDate,
    locale: Locale,
) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(rest.get(..start).unwrap_or(""));
        let after = rest.get(start + 1..).unwrap_or("");
        let Some(end) = after.find('}') else {
            out.push_str(rest.get(start..).unwrap_or(""));
            return out;
        };
        match after.get(..end).unwrap_or("") {
            "domain" => out.push_str(c.name.unicode()),
            "domain_ascii" => out.push_str(c.name.ascii()),
            "close_date" => out.push_str(&display(close_date, locale)),
            "renewal" => out.push_str(&display(renewal, locale)),
            "holder" => out.push_str(&c.holder),
            other => {
                // Templates are checked when read; keep anything else literally.
                out.push('{');
                out.push_str(other);
                out.push('}');
            }
        }
        rest = after.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// What the close letter needs.
pub(crate) struct CloseLetter<'a> {
    pub case: &'a DomainCase,
    pub mode: CloseMode,
    pub close_date: NaiveDate,
    pub undo_until: Option<NaiveDate>,
    pub rgp_until: Option<NaiveDate>,
    /// The registry lets a third party the holder names restore too (DENIC).
    pub rgp_third_party: bool,
    pub billed_renewal: Option<NaiveDate>,
}

/// The holder's confirmation letter for a close (R-C7, R-C8).
pub(crate) fn close_letter(locale: Locale, l: &CloseLetter) -> String {
    let c = l.case;
    let date = |d: NaiveDate| display(d, locale);
    let domain = c.name.unicode();
    let de = locale == Locale::De;
    let mut paras: Vec<String> = Vec::new();
    paras.push(if de {
        format!("Kündigungsbestätigung für die Domain {domain}")
    } else {
        format!("Confirmation of termination for the domain {domain}")
    });
    paras.push(if de {
        format!("Guten Tag {},", c.holder)
    } else {
        format!("Dear {},", c.holder)
    });
    let evk_date = c.evk.as_ref().and_then(|e| e.date);
    let consent = match (evk_date, de) {
        (Some(d), true) => format!("Gemäß Ihrer Einverständniserklärung (EVK) vom {}", date(d)),
        (None, true) => "Gemäß Ihrer Einverständniserklärung (EVK)".to_string(),
        (Some(d), false) => format!(
            "As set out in your declaration of consent (EVK) of {}",
            date(d)
        ),
        (None, false) => "As set out in your declaration of consent (EVK)".to_string(),
    };
    let close = date(l.close_date);
    let confirm = locale.pick(
        format!("wir bestätigen Ihre Kündigung der Domain {domain}."),
        format!("we confirm your termination of the domain {domain}."),
    );
    paras.push(match (l.mode, de) {
        (CloseMode::Now, true) => format!("{confirm} {consent} schließen wir die Domain sofort, am {close} (Close)."),
        (CloseMode::Now, false) => format!("{confirm} {consent}, we close the domain immediately, on {close}."),
        (CloseMode::Transit, true) => format!("{confirm} {consent} geben wir die Domain zum {close} per TRANSIT an die Registry zurück. Die Registry schreibt Sie danach an: Sie können die Domain von ihr selbst verwalten lassen, was die Registry Ihnen berechnet, oder zu einem neuen Provider wechseln; reagieren Sie nicht, wird die Domain gelöscht."),
        (CloseMode::Transit, false) => format!("{confirm} {consent}, we hand the domain back to the registry by TRANSIT on {close}. The registry will then write to you: you can have the registry itself administer the domain, which it charges to you, or move to a new provider; if you do not respond, the domain is deleted."),
        (_, true) => format!("{confirm} {consent} führen wir die Schließung (Close) der Domain zum {close} aus."),
        (_, false) => format!("{confirm} {consent}, we will close the domain on {close}."),
    });
    if let Some(billed) = l.billed_renewal {
        paras.push(if de {
            format!("Bitte beachten Sie: Ihre Kündigung kam nach der Frist für die Verlängerung am {}. Die Domain wird daher zu diesem Termin noch einmal für ein Jahr berechnet.", date(billed))
        } else {
            format!("Please note: your termination arrived after the deadline for the renewal on {}. The domain is therefore billed for one more year on that date.", date(billed))
        });
    }
    paras.push(if de {
        "Nach der Schließung ist die Domain wieder für jedermann frei registrierbar. Die Schließung ist endgültig: Die Domain ist danach oft nicht wieder zu bekommen.".to_string()
    } else {
        "After the close the domain is free for anyone to register. The close is final: the domain often cannot be had back afterwards.".to_string()
    });
    let mut tail = Vec::new();
    match (l.undo_until, de) {
        (Some(u), true) => tail.push(format!(
            "Bis zum {} können Sie die Schließung noch rückgängig machen.",
            date(u)
        )),
        (Some(u), false) => tail.push(format!("You can still undo the close until {}.", date(u))),
        (None, true) => {
            tail.push("Eine Sofortlöschung kann nicht rückgängig gemacht werden.".to_string())
        }
        (None, false) => tail.push("An immediate close cannot be undone.".to_string()),
    }
    if let Some(rgp) = l.rgp_until {
        tail.push(match (l.rgp_third_party, de) {
            (false, true) => format!("Nach der Löschung können nur Sie als letzter Inhaber die Domain bis zum {} gegen eine Gebühr wiederherstellen lassen.", date(rgp)),
            (false, false) => format!("After the deletion only you, as the last holder, can have the domain restored, for a fee, until {}.", date(rgp)),
            (true, true) => format!("Nach der Löschung können nur Sie als letzter Inhaber (oder ein Dritter, den Sie benennen) die Domain bis zum {} gegen eine Gebühr wiederherstellen lassen.", date(rgp)),
            (true, false) => format!("After the deletion only you, as the last holder (or a third party you name), can have the domain restored, for a fee, until {}.", date(rgp)),
        });
    }
    paras.push(tail.join(" "));
    paras.push(
        locale
            .pick("Mit freundlichen Grüßen", "Kind regards")
            .to_string(),
    );
    paras.join("\n\n")
}

/// What the transfer letter needs.
pub(crate) struct TransferLetter<'a> {
    pub case: &'a DomainCase,
    pub renewal: NaiveDate,
    pub transfer_safe_until: Option<NaiveDate>,
    pub authinfo_expires: Option<NaiveDate>,
}

/// The holder's confirmation letter for a transfer (R-T4, R-M3): the key dates and the AuthInfo.
pub(crate) fn transfer_letter(locale: Locale, l: &TransferLetter) -> String {
    let c = l.case;
    let date = |d: NaiveDate| display(d, locale);
    let domain = c.name.unicode();
    let de = locale == Locale::De;
    let provider = c
        .evk
        .as_ref()
        .and_then(|e| e.new_provider.clone())
        .unwrap_or_default();
    let mut paras: Vec<String> = Vec::new();
    paras.push(if de {
        format!("Kündigungsbestätigung für die Domain {domain} (Providerwechsel)")
    } else {
        format!("Confirmation of termination for the domain {domain} (transfer)")
    });
    paras.push(if de {
        format!("Guten Tag {},", c.holder)
    } else {
        format!("Dear {},", c.holder)
    });
    paras.push(if de {
        format!("wir bestätigen Ihre Kündigung der Domain {domain} zum Wechsel zu {provider}.")
    } else {
        format!(
            "we confirm your termination of the domain {domain} for its transfer to {provider}."
        )
    });
    let mut dates = vec![if de {
        format!("Die Domain verlängert sich am {}.", date(l.renewal))
    } else {
        format!("The domain renews on {}.", date(l.renewal))
    }];
    if let Some(safe) = l.transfer_safe_until {
        dates.push(if de {
            format!("Damit sie nicht noch ein Jahr berechnet wird, muss der Transfer bis zum {} abgeschlossen sein.", date(safe))
        } else {
            format!("So that it is not billed for another year, the transfer must be complete by {}.", date(safe))
        });
    }
    paras.push(dates.join(" "));
    // The code itself never goes into a verdict: the letter holds the placeholder, and
    // `crate::letter_with_authinfo` puts the code in on explicit request.
    let has_code = c.authinfo.as_ref().is_some_and(|a| a.code.is_some());
    let code = crate::AUTHINFO_PLACEHOLDER;
    paras.push(match (has_code, l.authinfo_expires, de) {
        (true, Some(exp), true) => format!(
            "Ihre AuthInfo (Providerwechsel-Passwort): {code}\nSie ist ab dem {} ungültig.",
            date(exp)
        ),
        (true, Some(exp), false) => format!(
            "Your AuthInfo (transfer code): {code}\nIt stops working on {}.",
            date(exp)
        ),
        (true, None, true) => format!("Ihre AuthInfo (Providerwechsel-Passwort): {code}"),
        (true, None, false) => format!("Your AuthInfo (transfer code): {code}"),
        (false, _, true) => {
            "Ihre AuthInfo (Providerwechsel-Passwort) teilen wir Ihnen gesondert mit.".to_string()
        }
        (false, _, false) => {
            "We will send you your AuthInfo (transfer code) separately.".to_string()
        }
    });
    paras.push(if de {
        "Geben Sie die AuthInfo nur Ihrer Agentur oder Ihrem neuen Provider, und erst wenn Website und Postfächer dort bereitstehen: Mit der AuthInfo wechselt die Domain sofort. Beantworten Sie keine automatische Anfrage nach der AuthInfo.".to_string()
    } else {
        "Give the AuthInfo only to your agency or your new provider, and only once the website and mailboxes are ready there: the AuthInfo moves the domain at once. Do not answer an automated request for it.".to_string()
    });
    paras.push(
        locale
            .pick("Mit freundlichen Grüßen", "Kind regards")
            .to_string(),
    );
    paras.join("\n\n")
}
