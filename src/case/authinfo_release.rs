//! The `authinfo_release` case: the domain being moved, its AuthInfo and the move checklist
//! (R-M1, R-M2).

use super::read_domain_name;
use super::transfer_out::AuthInfoCase;
use crate::domain::DomainName;
use crate::input::Reader;
use crate::json::Json;
use chrono::{NaiveDate, NaiveDateTime};

/// An `authinfo_release` case.
#[derive(Debug, Clone)]
pub struct ReleaseCase {
    /// The domain being moved.
    pub name: DomainName,
    /// The AuthInfo (code, creation).
    pub authinfo: AuthInfoCase,
    /// R-M1's checklist: the website (files and database) is copied to the new host.
    pub website_copied: bool,
    /// The copied website was tested at the new host.
    pub website_tested: bool,
    /// Mailboxes on the domain.
    pub mailboxes: u32,
    /// Mailboxes backed up or migrated.
    pub mailboxes_done: u32,
    /// DNS records recreated: MX, SPF/DKIM, A/AAAA, CNAME.
    pub dns: [bool; 4],
    /// The TLS certificates at the new host were checked.
    pub tls_checked: bool,
    /// The CMS's PHP and TLS requirements were checked against the new host.
    pub cms_requirements_checked: bool,
    /// The agreed time of the switch, local time (R-M1: outside business hours).
    pub switch_at: Option<NaiveDateTime>,
    /// The old contract's last day: the old provider's mailboxes close with it (R-M2).
    pub old_contract_end: Option<NaiveDate>,
}

/// The DNS record kinds of R-M1: (id, field, name shown).
pub(crate) const DNS: [(&str, &str, &str); 4] = [
    ("dns_mx", "move.dns.mx", "MX"),
    ("dns_spf_dkim", "move.dns.spf_dkim", "SPF/DKIM"),
    ("dns_a_aaaa", "move.dns.a_aaaa", "A/AAAA"),
    ("dns_cname", "move.dns.cname", "CNAME"),
];

impl ReleaseCase {
    pub(crate) fn read(case: &Json, r: &mut Reader) -> Option<ReleaseCase> {
        let d = r.object_in(case, "domain", true).unwrap_or(&Json::Null);
        let name = read_domain_name(d.get("name"), "domain.name", r);
        let authinfo = r
            .object_in(case, "authinfo", false)
            .map(|a| AuthInfoCase {
                code: r.secret(a.get("code"), "authinfo.code"),
                created: r.date_in(a, "authinfo.created", false),
                planned_transfer: None,
                requested: None,
            })
            .unwrap_or_default();
        let m = r.object_in(case, "move", false).unwrap_or(&Json::Null);
        let website_copied = r.flag_in(m, "move.website_copied");
        let website_tested = r.flag_in(m, "move.website_tested");
        let mailboxes = r.count_in(m, "move.mailboxes", 100_000);
        let mailboxes_done = r.count_in(m, "move.mailboxes_done", 100_000);
        let dns_obj = r.object_in(m, "move.dns", false).unwrap_or(&Json::Null);
        let mut dns = [false; 4];
        for (slot, (_, field, _)) in dns.iter_mut().zip(DNS) {
            let key = crate::after_last_dot(field);
            *slot = r.flag(dns_obj.get(key), field);
        }
        let tls_checked = r.flag_in(m, "move.tls_checked");
        let cms_requirements_checked = r.flag_in(m, "move.cms_requirements_checked");
        let switch_at = r.datetime_in(m, "move.switch_at", false);
        let old_contract_end = r.date_in(m, "move.old_contract_end", false);
        Some(ReleaseCase {
            name: name?,
            authinfo,
            website_copied,
            website_tested,
            mailboxes,
            mailboxes_done,
            dns,
            tls_checked,
            cms_requirements_checked,
            switch_at,
            old_contract_end,
        })
    }
}
