//! The `authinfo_release` action: handing out or entering an AuthInfo during a move (seed 000).
//! Blocked until the move checklist is complete (R-M1), with the old provider's mailbox lock
//! and contract end in view (R-M2) and the reminder that the AuthInfo goes to the agency only
//! (R-M3).

use super::{authinfo_checks, d, domain_name, Findings};
use crate::case::{read_domain_name, AuthInfoCase, Context};
use crate::domain::DomainName;
use crate::input::Reader;
use crate::json::Json;
use crate::messages::Code;
use crate::verdict::{ChecklistItem, Deadlines, Documents, Verdict};
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike, Weekday};

/// An `authinfo_release` case.
#[derive(Debug, Clone)]
pub struct ReleaseCase {
    /// The domain being moved.
    pub name: DomainName,
    /// The AuthInfo (code, creation).
    pub authinfo: AuthInfoCase,
    /// The move checklist.
    pub website_copied: bool,
    /// Tested at the new host.
    pub website_tested: bool,
    /// Mailboxes on the domain.
    pub mailboxes: u32,
    /// Mailboxes backed up or migrated.
    pub mailboxes_done: u32,
    /// DNS records recreated: MX, SPF/DKIM, A/AAAA, CNAME.
    pub dns: [bool; 4],
    /// TLS certificates checked.
    pub tls_checked: bool,
    /// The CMS's PHP/TLS requirements checked.
    pub cms_requirements_checked: bool,
    /// The agreed switch, local time.
    pub switch_at: Option<NaiveDateTime>,
    /// The old contract's last day.
    pub old_contract_end: Option<NaiveDate>,
}

/// The DNS record kinds of R-M1: (id, field, name shown).
const DNS: [(&str, &str, &str); 4] = [
    ("dns_mx", "move.dns.mx", "MX"),
    ("dns_spf_dkim", "move.dns.spf_dkim", "SPF/DKIM"),
    ("dns_a_aaaa", "move.dns.a_aaaa", "A/AAAA"),
    ("dns_cname", "move.dns.cname", "CNAME"),
];

impl ReleaseCase {
    pub(crate) fn read(case: &Json, r: &mut Reader) -> Option<ReleaseCase> {
        let d = r
            .object(case.get("domain"), "domain", true)
            .unwrap_or(&Json::Null);
        let name = read_domain_name(d.get("name"), "domain.name", r);
        let authinfo = r
            .object(case.get("authinfo"), "authinfo", false)
            .map(|a| AuthInfoCase {
                code: r.secret(a.get("code"), "authinfo.code"),
                created: r.date(a.get("created"), "authinfo.created", false),
                planned_transfer: None,
                requested: None,
            })
            .unwrap_or_default();
        let m = r
            .object(case.get("move"), "move", false)
            .unwrap_or(&Json::Null);
        let website_copied = r.flag(m.get("website_copied"), "move.website_copied");
        let website_tested = r.flag(m.get("website_tested"), "move.website_tested");
        let mailboxes = r.count(m.get("mailboxes"), "move.mailboxes", 100_000);
        let mailboxes_done = r.count(m.get("mailboxes_done"), "move.mailboxes_done", 100_000);
        let dns_obj = r
            .object(m.get("dns"), "move.dns", false)
            .unwrap_or(&Json::Null);
        let mut dns = [false; 4];
        for (slot, (_, field, _)) in dns.iter_mut().zip(DNS) {
            let key = field.rsplit('.').next().unwrap_or("");
            *slot = r.flag(dns_obj.get(key), field);
        }
        let tls_checked = r.flag(m.get("tls_checked"), "move.tls_checked");
        let cms_requirements_checked = r.flag(
            m.get("cms_requirements_checked"),
            "move.cms_requirements_checked",
        );
        let switch_at = r.datetime(m.get("switch_at"), "move.switch_at", false);
        let old_contract_end = r.date(m.get("old_contract_end"), "move.old_contract_end", false);
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

fn item(id: &'static str, field: &'static str, done: bool, label: String) -> ChecklistItem {
    ChecklistItem {
        item: id,
        field,
        done,
        label,
    }
}

pub(crate) fn check(ctx: &Context, c: &ReleaseCase) -> Verdict {
    let mut f = Findings::new(ctx);
    let locale = ctx.locale;
    let de = locale == crate::Locale::De;
    let mut list = Vec::new();
    let empty = || Json::object::<&str>([]);

    list.push(item(
        "website_copied",
        "move.website_copied",
        c.website_copied,
        locale
            .pick(
                "Website zum neuen Anbieter kopiert",
                "Website copied to the new host",
            )
            .into(),
    ));
    if !c.website_copied {
        f.add(
            Code::MOVE_WEBSITE_NOT_COPIED,
            Some("move.website_copied"),
            empty(),
        );
    }
    list.push(item(
        "website_tested",
        "move.website_tested",
        c.website_tested,
        locale
            .pick(
                "Website beim neuen Anbieter getestet",
                "Website tested at the new host",
            )
            .into(),
    ));
    if !c.website_tested {
        f.add(
            Code::MOVE_WEBSITE_NOT_TESTED,
            Some("move.website_tested"),
            empty(),
        );
    }
    let open = c.mailboxes.saturating_sub(c.mailboxes_done);
    list.push(item(
        "mailboxes",
        "move.mailboxes_done",
        open == 0,
        if de {
            format!(
                "Alle Postfächer gesichert oder umgezogen ({} von {})",
                c.mailboxes_done.min(c.mailboxes),
                c.mailboxes
            )
        } else {
            format!(
                "Every mailbox backed up or migrated ({} of {})",
                c.mailboxes_done.min(c.mailboxes),
                c.mailboxes
            )
        },
    ));
    if open > 0 {
        f.add(
            Code::MOVE_MAILBOXES_OPEN,
            Some("move.mailboxes_done"),
            Json::object([
                ("open", Json::from(i64::from(open))),
                ("mailboxes", Json::from(i64::from(c.mailboxes))),
            ]),
        );
    }
    for (done, (id, field, record)) in c.dns.iter().zip(DNS) {
        list.push(item(
            id,
            field,
            *done,
            if de {
                format!("{record}-Einträge beim neuen Anbieter angelegt (oder keine nötig)")
            } else {
                format!("{record} records recreated at the new host (or none needed)")
            },
        ));
        if !done {
            f.add(
                Code::MOVE_DNS_RECORD_MISSING,
                Some(field),
                Json::object([("record", Json::from(record))]),
            );
        }
    }
    list.push(item(
        "tls",
        "move.tls_checked",
        c.tls_checked,
        locale
            .pick(
                "TLS-Zertifikate beim neuen Anbieter geprüft",
                "TLS certificates checked at the new host",
            )
            .into(),
    ));
    if !c.tls_checked {
        f.add(
            Code::MOVE_TLS_NOT_CHECKED,
            Some("move.tls_checked"),
            empty(),
        );
    }
    list.push(item(
        "cms",
        "move.cms_requirements_checked",
        c.cms_requirements_checked,
        locale
            .pick(
                "PHP-/TLS-Anforderungen des CMS geprüft",
                "The CMS's PHP/TLS requirements checked",
            )
            .into(),
    ));
    if !c.cms_requirements_checked {
        f.add(
            Code::MOVE_CMS_NOT_CHECKED,
            Some("move.cms_requirements_checked"),
            empty(),
        );
    }

    // The switch: agreed, outside business hours, before the old contract ends.
    let hours = ctx.policy.business_hours;
    let in_business_hours = |t: NaiveDateTime| {
        let weekend = matches!(t.weekday(), Weekday::Sat | Weekday::Sun);
        let hour = t.hour();
        !(hours.weekdays_only && weekend) && hour >= hours.start_hour && hour < hours.end_hour
    };
    let switch_ok = c.switch_at.is_some_and(|t| !in_business_hours(t));
    list.push(item(
        "switch_agreed",
        "move.switch_at",
        switch_ok,
        locale
            .pick(
                "Wechselzeitpunkt außerhalb der Geschäftszeit vereinbart",
                "Switch time agreed outside business hours",
            )
            .into(),
    ));
    let time_text = |t: NaiveDateTime| format!("{:02}:{:02}", t.hour(), t.minute());
    match c.switch_at {
        None => f.add(
            Code::MOVE_SWITCH_NOT_AGREED,
            Some("move.switch_at"),
            empty(),
        ),
        Some(t) => {
            if in_business_hours(t) {
                f.add(
                    Code::MOVE_SWITCH_IN_BUSINESS_HOURS,
                    Some("move.switch_at"),
                    Json::object([
                        ("switch_date", d(t.date())),
                        ("switch_time", time_text(t).into()),
                        ("start_hour", Json::from(i64::from(hours.start_hour))),
                        ("end_hour", Json::from(i64::from(hours.end_hour))),
                    ]),
                );
            }
            if t.date() < ctx.today {
                f.add(
                    Code::MOVE_SWITCH_IN_PAST,
                    Some("move.switch_at"),
                    Json::object([("switch_date", d(t.date()))]),
                );
            }
        }
    }
    // R-M2: a contract ending "zum 30.04." runs to the end of that day: a switch on that day
    // is a warning, only an end before the switch day blocks.
    let contract_ok =
        matches!((c.old_contract_end, c.switch_at), (Some(end), Some(t)) if end >= t.date());
    list.push(item(
        "old_contract",
        "move.old_contract_end",
        contract_ok,
        locale
            .pick(
                "Alter Vertrag läuft bis zum Wechsel",
                "Old contract runs until the switch",
            )
            .into(),
    ));
    match (c.old_contract_end, c.switch_at) {
        (None, _) => f.add(
            Code::MOVE_OLD_CONTRACT_END_MISSING,
            Some("move.old_contract_end"),
            empty(),
        ),
        (Some(end), Some(t)) if end < t.date() => f.add(
            Code::MOVE_OLD_CONTRACT_ENDS_TOO_EARLY,
            Some("move.old_contract_end"),
            Json::object([("old_contract_end", d(end)), ("switch_date", d(t.date()))]),
        ),
        (Some(end), Some(t)) if end == t.date() => f.add(
            Code::MOVE_OLD_CONTRACT_ENDS_ON_SWITCH_DAY,
            Some("move.old_contract_end"),
            Json::object([
                ("old_contract_end", d(end)),
                ("switch_time", time_text(t).into()),
            ]),
        ),
        _ => {}
    }

    // R-M2, R-M3: the warnings that hold however complete the list is.
    if c.mailboxes > 0 {
        f.add(Code::MOVE_MAILBOX_LOCK, Some("move.mailboxes"), empty());
    }
    f.add(Code::MOVE_AUTHINFO_TO_AGENCY_ONLY, None, empty());
    domain_name(&c.name, &mut f);

    let mut deadlines = Deadlines::default();
    let planned = c.switch_at.map(|t| (t.date(), "move.switch_at"));
    deadlines.authinfo_expires =
        authinfo_checks(ctx, &c.name, &c.authinfo, planned, &mut f).map(crate::dates::iso);

    if !f.blocks() {
        if let Some(t) = c.switch_at {
            f.add(
                Code::MOVE_READY,
                None,
                Json::object([
                    ("switch_date", d(t.date())),
                    ("switch_time", time_text(t).into()),
                ]),
            );
        }
    }
    let mut verdict = Verdict::new(f.list, deadlines, Documents::default());
    verdict.checklist = Some(list);
    verdict
}
