//! The `close` action: rules.md section 3 (R-C1 … R-C10).

use super::documents::{close_letter, registrar_notice, CloseLetter};
use super::{domain_name, renewal, status_checks, termination_and_evk, Findings, StatusFor, P};
use crate::case::{Context, DomainCase};
use crate::json::Json;
use crate::messages::Code;
use crate::policy::CloseMode;
use crate::schedule;
use crate::verdict::{Deadlines, Documents, Severity, Verdict};
use chrono::NaiveDate;

/// The words an EVK must contain to name a close (R-C2), lower-case. German words may stand
/// inside compounds ("Domainlöschung"); "close" must start a word ("closed" counts,
/// "enclosed" does not).
const GERMAN_WORDS: [&str; 4] = ["schließung", "schliessung", "löschung", "loeschung"];

fn names_close(text: &str) -> bool {
    // Char by char (as `char::to_lowercase`, without its tables): `str::to_lowercase`'s
    // final-sigma rule and the std tables would add Unicode tables to the wasm.
    let mut lower = String::with_capacity(text.len());
    for c in text.chars() {
        let (l, second) = crate::domain::lowercase::lower(c);
        lower.push(l);
        lower.extend(second);
    }
    // Byte windows instead of `str::contains`/`match_indices` with a `&str` pattern: those
    // link core's two-way searcher (some 1.4 KB of wasm) for these five short words.
    let bytes = lower.as_bytes();
    let at = |i: usize, w: &str| {
        bytes
            .get(i..)
            .is_some_and(|rest| rest.starts_with(w.as_bytes()))
    };
    if (0..bytes.len()).any(|i| GERMAN_WORDS.iter().any(|w| at(i, w))) {
        return true;
    }
    // "close" is ASCII, so a match starts on a character boundary, and it cannot overlap
    // itself: every position is one of `match_indices`' matches.
    (0..bytes.len()).any(|i| {
        at(i, "close")
            && lower
                .get(..i)
                .and_then(|before| before.chars().next_back())
                .is_none_or(|c| !c.is_alphabetic())
    })
}

/// The close schedule: when, and what the deadlines around it are.
struct Schedule {
    close_date: NaiveDate,
    notice_deadline: Option<NaiveDate>,
    undo_until: Option<NaiveDate>,
    /// The renewal that will be billed because its notice deadline was missed.
    billed_renewal: Option<NaiveDate>,
}

pub(crate) fn check(ctx: &Context, c: &DomainCase) -> Verdict {
    let mut f = Findings::new(ctx);
    let policy = &ctx.policy;
    termination_and_evk(c, &mut f);
    if let Some(evk) = &c.evk {
        if !evk.text.as_deref().is_some_and(names_close) {
            f.put(
                Code::EVK_OPERATION_NOT_NAMED,
                Some("evk.text"),
                "expected",
                &[P::List(&["Close", "Schließung", "Löschung"])],
            );
        }
        if !evk.acknowledges_availability {
            f.flag(
                Code::EVK_AVAILABILITY_NOT_ACKNOWLEDGED,
                Some("evk.acknowledges_availability"),
            );
        }
    }
    services(c, &mut f);
    status_checks(&c.status, StatusFor::Close, &mut f);
    domain_name(&c.name, &mut f);

    let Some(renewal) = renewal(c, &mut f) else {
        return Verdict::bare(f.list);
    };
    let mut deadlines = Deadlines::default();
    super::set_date(&mut deadlines.renewal, Some(renewal));
    let tld_name = c.name.tld();
    let tld = policy.tld(tld_name);
    let mode = c.close.mode;
    if !policy.close_modes.contains(&mode) {
        let mut allowed = Vec::with_capacity(policy.close_modes.len());
        for m in &policy.close_modes {
            allowed.push(m.name());
        }
        f.put(
            Code::CLOSE_MODE_NOT_ALLOWED,
            Some("close.mode"),
            "mode allowed policy",
            &[P::Str(mode.name()), P::List(&allowed), P::Str(&policy.id)],
        );
    }
    if mode == CloseMode::Transit && !tld.transit {
        f.put(
            Code::CLOSE_TRANSIT_NOT_AVAILABLE,
            Some("close.mode"),
            "tld",
            &[P::Str(tld_name)],
        );
    }

    let notice_days = policy.notice_days_for(tld_name);
    let Some(schedule) = schedule(ctx, c, renewal, notice_days, &mut f) else {
        return Verdict::without_documents(f.list, deadlines);
    };
    super::set_date(&mut deadlines.close_date, Some(schedule.close_date));
    super::set_date(&mut deadlines.notice_deadline, schedule.notice_deadline);
    super::set_date(&mut deadlines.undo_until, schedule.undo_until);

    // R-C8: a deletion (not a TRANSIT) opens the redemption grace period, where the
    // registry's profile knows it (R-T10).
    let rgp_until = match (mode, tld.rgp_days) {
        (CloseMode::Transit, _) | (_, None) => None,
        (_, Some(days)) => schedule::rgp_until(schedule.close_date, days),
    };
    super::set_date(&mut deadlines.rgp_until, rgp_until);

    // A schedule that itself is refused (a date too soon, a mode not offered) is not announced.
    let schedule_refused = f.list.iter().any(|x| {
        x.severity == Severity::Block && x.field.as_deref().is_some_and(|p| p.starts_with("close."))
    });
    if let (false, Some(deadline), Some(undo)) = (
        schedule_refused,
        schedule.notice_deadline,
        schedule.undo_until,
    ) {
        f.put(
            Code::CLOSE_SCHEDULED,
            None,
            "close_date notice_deadline undo_until",
            &[
                P::Date(schedule.close_date),
                P::Date(deadline),
                P::Date(undo),
            ],
        );
    }
    match mode {
        _ if schedule_refused => {}
        CloseMode::Now => f.put(
            Code::CLOSE_IMMEDIATE,
            Some("close.mode"),
            "close_date",
            &[P::Date(schedule.close_date)],
        ),
        CloseMode::Transit if tld.transit => f.put(
            Code::CLOSE_TRANSIT,
            Some("close.mode"),
            "close_date",
            &[P::Date(schedule.close_date)],
        ),
        CloseMode::Transit | CloseMode::Expiry | CloseMode::Date => {}
    }
    // DENIC: the last holder, or a third party the holder names, may restore (R-C8).
    let third_party = tld.registry == crate::policy::Registry::Denic;
    if let (false, Some(rgp)) = (schedule_refused, rgp_until) {
        let mut params = super::params(
            "rgp_until pending_delete_days",
            &[P::Date(rgp), P::Int(tld.pending_delete_days)],
        );
        if third_party {
            params.set("third_party", Json::Bool(true));
        }
        f.add(Code::CLOSE_RGP, None, params);
    }

    let documents = if f.blocks() {
        Documents::default()
    } else {
        let notice_template = if mode == CloseMode::Transit {
            &policy.transit_template
        } else {
            &policy.notice_template
        };
        Documents {
            registrar_notice: Some(registrar_notice(
                notice_template,
                c,
                schedule.close_date,
                renewal,
                policy.notice_locale,
            )),
            holder_letter: Some(close_letter(
                ctx.locale,
                &CloseLetter {
                    case: c,
                    mode,
                    close_date: schedule.close_date,
                    undo_until: schedule.undo_until,
                    rgp_until,
                    rgp_third_party: third_party,
                    billed_renewal: schedule.billed_renewal,
                },
            )),
        }
    };
    Verdict::new(f.list, deadlines, documents)
}

/// R-C9: what still runs under the domain.
fn services(c: &DomainCase, f: &mut Findings) {
    let s = c.services;
    if s.website {
        f.flag(Code::SERVICES_WEBSITE_ONLINE, Some("services.website"));
    }
    if s.mailboxes > 0 {
        let n = [P::Int(i64::from(s.mailboxes))];
        f.put(
            Code::SERVICES_MAILBOXES_ACTIVE,
            Some("services.mailboxes"),
            "mailboxes",
            &n,
        );
        if !s.mail_backup_confirmed {
            f.put(
                Code::MAIL_BACKUP_MISSING,
                Some("services.mail_backup_confirmed"),
                "mailboxes",
                &n,
            );
        }
    }
}

/// R-C3, R-C4, R-C5, R-C10: the close date and its deadlines for the chosen mode.
fn schedule(
    ctx: &Context,
    c: &DomainCase,
    renewal: NaiveDate,
    notice_days: i64,
    f: &mut Findings,
) -> Option<Schedule> {
    let today = ctx.today;
    let policy = &ctx.policy;
    let undo = |close: NaiveDate| schedule::undo_until(close, policy.undo_days);
    match c.close.mode {
        CloseMode::Expiry | CloseMode::Transit => {
            let tld = c.name.tld();
            let e = schedule::close_at_expiry(
                c.registered,
                renewal,
                today,
                policy.notice_days_for(tld),
                policy.undo_days,
                policy.leap_day_renewal,
            )?;
            if let Some(missed) = e.missed_deadline {
                f.put(
                    Code::CLOSE_NOTICE_LATE,
                    None,
                    "renewal missed_deadline close_date notice_deadline",
                    &[
                        P::Date(renewal),
                        P::Date(missed),
                        P::Date(e.close_date),
                        P::Date(e.notice_deadline),
                    ],
                );
            }
            Some(Schedule {
                close_date: e.close_date,
                notice_deadline: Some(e.notice_deadline),
                undo_until: Some(e.undo_until),
                billed_renewal: (e.target != renewal).then_some(renewal),
            })
        }
        CloseMode::Date => {
            let close_date = c.close.date?;
            let deadline = schedule::notice_deadline(close_date, notice_days)?;
            if today > deadline {
                f.put(
                    Code::CLOSE_DATE_TOO_SOON,
                    Some("close.date"),
                    "close_date notice_deadline notice_days earliest",
                    &[
                        P::Date(close_date),
                        P::Date(deadline),
                        P::Int(notice_days),
                        P::Date(crate::dates::shift(today, notice_days)?),
                    ],
                );
            }
            let billed = close_date >= renewal;
            if billed {
                f.put(
                    Code::CLOSE_DATE_AFTER_RENEWAL,
                    Some("close.date"),
                    "close_date renewal",
                    &[P::Date(close_date), P::Date(renewal)],
                );
            }
            Some(Schedule {
                close_date,
                notice_deadline: Some(deadline),
                undo_until: undo(close_date),
                billed_renewal: billed.then_some(renewal),
            })
        }
        CloseMode::Now => Some(Schedule {
            close_date: today,
            notice_deadline: None,
            undo_until: None,
            billed_renewal: None,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::names_close;

    #[test]
    fn evk_words() {
        for yes in [
            "Hiermit beantrage ich die Schließung der Domain",
            "SCHLIESSUNG bitte",
            "Domainlöschung",
            "loeschung",
            "Please close beispiel.de",
            "CLOSE",
            "the domain shall be closed",
        ] {
            assert!(names_close(yes), "{yes}");
        }
        for no in [
            "Hiermit kündige ich",
            "enclosed you find",
            "Providerwechsel",
            "",
        ] {
            assert!(!names_close(no), "{no}");
        }
    }
}
