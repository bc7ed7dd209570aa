//! The `close_undo` action (R-C5, R-C11): undoing a scheduled close. Allowed until
//! `undo_until` (close date − `undo_days`), refused after it with the date; the registrar
//! notice names the domain and the original close date.

use super::documents::registrar_notice;
use super::{domain_name, Findings, P};
use crate::case::{Context, DomainCase};
use crate::messages::Code;
use crate::schedule;
use crate::verdict::{Deadlines, Documents, Verdict};

pub(crate) fn check(ctx: &Context, c: &DomainCase) -> Verdict {
    let mut f = Findings::new(ctx);
    let policy = &ctx.policy;
    domain_name(&c.name, &mut f);
    let mut deadlines = Deadlines::default();
    let Some(close_date) = c.close.date else {
        return Verdict::without_documents(f.list, deadlines);
    };
    super::set_date(&mut deadlines.close_date, Some(close_date));
    let Some(undo) = schedule::undo_until(close_date, policy.undo_days) else {
        return Verdict::without_documents(f.list, deadlines);
    };
    super::set_date(&mut deadlines.undo_until, Some(undo));
    let rgp = policy
        .tld(c.name.tld())
        .rgp_days
        .and_then(|days| schedule::rgp_until(close_date, days));
    if ctx.today <= undo {
        f.put(
            Code::CLOSE_UNDO_POSSIBLE,
            None,
            "close_date undo_until",
            &[P::Date(close_date), P::Date(undo)],
        );
    } else {
        super::set_date(&mut deadlines.rgp_until, rgp);
        f.put(
            Code::CLOSE_UNDO_TOO_LATE,
            Some("close.date"),
            "close_date undo_until rgp_until",
            &[P::Date(close_date), P::Date(undo), P::date_or_null(rgp)],
        );
    }
    let documents = if f.blocks() {
        Documents::default()
    } else {
        // The renewal the undone close would have preceded: the day after the close date.
        let renewal = crate::dates::shift(close_date, 1).unwrap_or(close_date);
        Documents {
            registrar_notice: Some(registrar_notice(
                &policy.undo_template,
                c,
                close_date,
                renewal,
                policy.notice_locale,
            )),
            holder_letter: None,
        }
    };
    Verdict::new(f.list, deadlines, documents)
}
