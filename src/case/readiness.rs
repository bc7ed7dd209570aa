//! The `readiness` case: a reseller account's emergency contact, power of attorney and
//! domains (R-E1, R-E2).

use super::read_domain_name;
use crate::domain::DomainName;
use crate::input::{child, indexed, Reader};
use crate::json::Json;
use crate::text::input::INPUT_RENEWAL_OR_REGISTERED;
use crate::text::label;
use chrono::NaiveDate;

/// One domain of the account.
#[derive(Debug, Clone)]
pub struct AccountDomain {
    /// Its name.
    pub name: DomainName,
    /// Its registration date.
    pub registered: Option<NaiveDate>,
    /// Its next renewal, when the panel knows it (else computed from the registration).
    pub renewal: Option<NaiveDate>,
    /// Whether its invoice is unpaid.
    pub invoice_unpaid: bool,
}

/// A `readiness` case.
#[derive(Debug, Clone)]
pub struct ReadinessCase {
    /// Whether an emergency contact with a name and a phone number or e-mail is on file.
    pub emergency_contact: bool,
    /// Whether a power of attorney lets the upstream provider talk to the end customers.
    pub power_of_attorney: bool,
    /// The account's domains.
    pub domains: Vec<AccountDomain>,
}

impl ReadinessCase {
    pub(crate) fn read(case: &Json, r: &mut Reader) -> Option<ReadinessCase> {
        let a = r.object_in(case, "account", true).unwrap_or(&Json::Null);
        let _ = r.text_in(a, "account.name", false);
        let contact = r.object_in(a, "account.emergency_contact", false);
        let emergency_contact = match contact {
            Some(c) => {
                let name = r.text_in(c, "account.emergency_contact.name", false);
                let phone = r.text_in(c, "account.emergency_contact.phone", false);
                let email = r.text_in(c, "account.emergency_contact.email", false);
                name.is_some() && (phone.is_some() || email.is_some())
            }
            None => false,
        };
        let power_of_attorney = r.flag_in(a, "account.power_of_attorney");
        let mut domains = Vec::new();
        let items: &[Json] = match case.get("domains") {
            Json::Array(items) => items,
            Json::Null => &[],
            other => {
                let _ = r.text_list(other, "domains");
                &[]
            }
        };
        if r.is_schema() {
            let _ = read_domain_name(&Json::Null, "domains.N.name", r);
            let _ = r.date(&Json::Null, "domains.N.registered", false);
            let _ = r.date(&Json::Null, "domains.N.renewal", false);
            let _ = r.flag(&Json::Null, "domains.N.invoice_unpaid");
        }
        for (i, item) in items.iter().enumerate() {
            let path = indexed("domains", i);
            let Some(item) = r.object(item, &path, true) else {
                continue;
            };
            let name = read_domain_name(item.get("name"), &child(&path, "name"), r);
            let registered = r.date_at(item, &path, "registered", false);
            let renewal = r.date_at(item, &path, "renewal", false);
            let invoice_unpaid = r.flag_at(item, &path, "invoice_unpaid");
            if renewal.is_none() && registered.is_none() && !r.is_schema() {
                let message = label(&INPUT_RENEWAL_OR_REGISTERED, r.locale).to_string();
                r.error(
                    crate::input::InputCode::MISSING_FIELD,
                    &child(&path, "renewal"),
                    message,
                    Json::object([("expected", "YYYY-MM-DD".into())]),
                );
            }
            if let Some(name) = name {
                domains.push(AccountDomain {
                    name,
                    registered,
                    renewal,
                    invoice_unpaid,
                });
            }
        }
        Some(ReadinessCase {
            emergency_contact,
            power_of_attorney,
            domains,
        })
    }
}
