//! The `authinfo_release` action: handing out or entering an AuthInfo during a move (seed 000).
//! Blocked until the move checklist is complete (R-M1), with the old provider's mailbox lock
//! and contract end in view (R-M2) and the reminder that the AuthInfo goes to the agency only
//! (R-M3).

use super::{authinfo_checks, domain_name, Findings, P};
use crate::case::{Context, ReleaseCase, DNS};
use crate::messages::Code;
use crate::text::labels::*;
use crate::text::{label, render};
use crate::verdict::{ChecklistItem, Deadlines, Verdict};
use chrono::{Datelike, NaiveDateTime, Timelike, Weekday};

fn item(id: &'static str, field: &'static str, done: bool, label: String) -> ChecklistItem {
    ChecklistItem {
        item: id,
        field,
        done,
        label,
    }
}

/// A checklist item that is done or not, with the finding (no params) while it is open.
#[inline(never)]
fn step(
    list: &mut Vec<ChecklistItem>,
    f: &mut Findings,
    (id, field): (&'static str, &'static str),
    done: bool,
    text: &crate::text::Entry,
    code: Code,
) {
    list.push(item(id, field, done, label(text, f.ctx.locale).into()));
    if !done {
        f.flag(code, Some(field));
    }
}

pub(crate) fn check(ctx: &Context, c: &ReleaseCase) -> Verdict {
    let mut f = Findings::new(ctx);
    let locale = ctx.locale;
    let mut list = Vec::new();

    step(
        &mut list,
        &mut f,
        ("website_copied", "move.website_copied"),
        c.website_copied,
        &CHECKLIST_WEBSITE_COPIED,
        Code::MOVE_WEBSITE_NOT_COPIED,
    );
    step(
        &mut list,
        &mut f,
        ("website_tested", "move.website_tested"),
        c.website_tested,
        &CHECKLIST_WEBSITE_TESTED,
        Code::MOVE_WEBSITE_NOT_TESTED,
    );
    let open = c.mailboxes.saturating_sub(c.mailboxes_done);
    list.push(item(
        "mailboxes",
        "move.mailboxes_done",
        open == 0,
        render(
            &CHECKLIST_MAILBOXES,
            locale,
            &[
                (
                    "done",
                    &crate::dates::uint_text(c.mailboxes_done.min(c.mailboxes).into()),
                ),
                ("total", &crate::dates::uint_text(c.mailboxes.into())),
            ],
        ),
    ));
    if open > 0 {
        f.put(
            Code::MOVE_MAILBOXES_OPEN,
            Some("move.mailboxes_done"),
            "open mailboxes",
            &[P::Int(i64::from(open)), P::Int(i64::from(c.mailboxes))],
        );
    }
    for (done, &(id, field, record)) in c.dns.iter().zip(DNS.iter()) {
        list.push(item(
            id,
            field,
            *done,
            render(&CHECKLIST_DNS, locale, &[("record", record)]),
        ));
        if !done {
            f.put(
                Code::MOVE_DNS_RECORD_MISSING,
                Some(field),
                "record",
                &[P::Str(record)],
            );
        }
    }
    step(
        &mut list,
        &mut f,
        ("tls", "move.tls_checked"),
        c.tls_checked,
        &CHECKLIST_TLS_CHECKED,
        Code::MOVE_TLS_NOT_CHECKED,
    );
    step(
        &mut list,
        &mut f,
        ("cms", "move.cms_requirements_checked"),
        c.cms_requirements_checked,
        &CHECKLIST_CMS_CHECKED,
        Code::MOVE_CMS_NOT_CHECKED,
    );

    // The switch: agreed, outside business hours, before the old contract ends.
    let hours = ctx.policy.business_hours;
    let in_business_hours = |t: NaiveDateTime| {
        let weekend = matches!(t.weekday(), Weekday::Sat | Weekday::Sun);
        let hour = t.hour();
        !(hours.weekdays_only && weekend) && hour >= hours.start_hour && hour < hours.end_hour
    };
    let in_hours = c.switch_at.map(in_business_hours);
    let switch_ok = in_hours == Some(false);
    list.push(item(
        "switch_agreed",
        "move.switch_at",
        switch_ok,
        label(&CHECKLIST_SWITCH_TIME, locale).into(),
    ));
    let time_text = crate::dates::hh_mm;
    match c.switch_at {
        None => f.flag(Code::MOVE_SWITCH_NOT_AGREED, Some("move.switch_at")),
        Some(t) => {
            if in_hours == Some(true) {
                f.put(
                    Code::MOVE_SWITCH_IN_BUSINESS_HOURS,
                    Some("move.switch_at"),
                    "switch_date switch_time start_hour end_hour",
                    &[
                        P::Date(t.date()),
                        P::Str(&time_text(t)),
                        P::Int(i64::from(hours.start_hour)),
                        P::Int(i64::from(hours.end_hour)),
                    ],
                );
            }
            if t.date() < ctx.today {
                f.put(
                    Code::MOVE_SWITCH_IN_PAST,
                    Some("move.switch_at"),
                    "switch_date",
                    &[P::Date(t.date())],
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
        label(&CHECKLIST_OLD_CONTRACT, locale).into(),
    ));
    match (c.old_contract_end, c.switch_at) {
        (None, _) => f.flag(
            Code::MOVE_OLD_CONTRACT_END_MISSING,
            Some("move.old_contract_end"),
        ),
        (Some(end), Some(t)) if end < t.date() => f.put(
            Code::MOVE_OLD_CONTRACT_ENDS_TOO_EARLY,
            Some("move.old_contract_end"),
            "old_contract_end switch_date",
            &[P::Date(end), P::Date(t.date())],
        ),
        (Some(end), Some(t)) if end == t.date() => f.put(
            Code::MOVE_OLD_CONTRACT_ENDS_ON_SWITCH_DAY,
            Some("move.old_contract_end"),
            "old_contract_end switch_time",
            &[P::Date(end), P::Str(&time_text(t))],
        ),
        _ => {}
    }

    // R-M2, R-M3: the warnings that hold however complete the list is.
    if c.mailboxes > 0 {
        f.flag(Code::MOVE_MAILBOX_LOCK, Some("move.mailboxes"));
    }
    f.flag(Code::MOVE_AUTHINFO_TO_AGENCY_ONLY, None);
    domain_name(&c.name, &mut f);

    let mut deadlines = Deadlines::default();
    let planned = c.switch_at.map(|t| (t.date(), "move.switch_at"));
    let expires = authinfo_checks(ctx, &c.name, &c.authinfo, planned, &mut f);
    super::set_date(&mut deadlines.authinfo_expires, expires);

    if !f.blocks() {
        if let Some(t) = c.switch_at {
            f.put(
                Code::MOVE_READY,
                None,
                "switch_date switch_time",
                &[P::Date(t.date()), P::Str(&time_text(t))],
            );
        }
    }
    let mut verdict = Verdict::without_documents(f.list, deadlines);
    verdict.checklist = Some(list);
    verdict
}
