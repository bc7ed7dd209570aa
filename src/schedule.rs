//! The schedule kernel: every date the rules and the inventory report — renewal, close date,
//! notice deadline with its roll-over, undo window, redemption period, transfer lock, answer
//! window, code expiry and hand-out deadline — is computed here and nowhere else. Pure date
//! arithmetic on calendar days; `None` only where a date would leave chrono's range.

pub use crate::dates::{following_renewal, next_renewal};
use crate::dates::{shift, LeapDayRenewal};
use crate::transfer_policy::TransferPolicy;
use chrono::NaiveDate;

/// How far ahead the roll-over to the next possible close may look (R-C4). The loop stops at
/// the first renewal whose notice deadline is still ahead; a notice period shorter than a
/// year needs at most two steps, so this bound is never reached by a sane policy.
pub const MAX_ROLL_OVER_YEARS: usize = 3;

/// The close date for a close at `renewal` (R-C3): the day before.
pub fn close_date(renewal: NaiveDate) -> Option<NaiveDate> {
    shift(renewal, -1)
}

/// The day by which the registrar must have the notice for a close at `renewal` (R-C4).
pub fn notice_deadline(renewal: NaiveDate, notice_days: i64) -> Option<NaiveDate> {
    shift(renewal, -notice_days)
}

/// The last day a scheduled close on `close` can be undone (R-C5, R-C11).
pub fn undo_until(close: NaiveDate, undo_days: i64) -> Option<NaiveDate> {
    shift(close, -undo_days)
}

/// The end of the redemption grace period after a deletion on `close` (R-C8).
pub fn rgp_until(close: NaiveDate, rgp_days: i64) -> Option<NaiveDate> {
    shift(close, rgp_days)
}

/// A close at expiry (R-C3 to R-C5), rolled over to the next possible renewal when the
/// notice deadline for `renewal` has passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExpiryClose {
    /// The renewal the close is declared for (the day after `close_date`).
    pub target: NaiveDate,
    /// The day before `target`.
    pub close_date: NaiveDate,
    /// By when the registrar must have the notice.
    pub notice_deadline: NaiveDate,
    /// Until when the close can be undone.
    pub undo_until: NaiveDate,
    /// When the deadline for `renewal` was missed: that deadline (the renewal is billed).
    pub missed_deadline: Option<NaiveDate>,
}

/// The close at expiry for the next renewal `renewal` of a domain registered on `registered`,
/// as seen on `today` (R-C3, R-C4, R-C5).
pub fn close_at_expiry(
    registered: NaiveDate,
    renewal: NaiveDate,
    today: NaiveDate,
    notice_days: i64,
    undo_days: i64,
    leap: LeapDayRenewal,
) -> Option<ExpiryClose> {
    let mut target = renewal;
    let mut deadline = notice_deadline(target, notice_days)?;
    let mut missed = None;
    if today > deadline {
        missed = Some(deadline);
        for _ in 0..MAX_ROLL_OVER_YEARS {
            target = following_renewal(registered, target, leap)?;
            deadline = notice_deadline(target, notice_days)?;
            if today <= deadline {
                break;
            }
        }
    }
    let close = close_date(target)?;
    Some(ExpiryClose {
        target,
        close_date: close,
        notice_deadline: deadline,
        undo_until: undo_until(close, undo_days)?,
        missed_deadline: missed,
    })
}

/// What the gTLD lock window is counted from (R-T9).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockSince {
    /// The registration.
    Creation,
    /// The last transfer in.
    Transfer,
}

/// The last day of the gTLD window after creation or the last transfer in which a transfer
/// may be denied (R-T9), by the Transfer Policy version `tp`. The day itself still counts.
pub fn transfer_lock_until(
    registered: NaiveDate,
    last_transfer: Option<NaiveDate>,
    tp: &TransferPolicy,
) -> Option<(NaiveDate, LockSince, i64)> {
    let (base, since, days) = match last_transfer {
        Some(t) if t > registered => (t, LockSince::Transfer, tp.lock_days_after_transfer),
        _ => (registered, LockSince::Creation, tp.lock_days_after_creation),
    };
    Some((shift(base, days)?, since, days))
}

/// The day the losing registrar's answer window ends (R-T8).
pub fn ack_deadline(received: NaiveDate, tp: &TransferPolicy) -> Option<NaiveDate> {
    shift(received, tp.ack_days)
}

/// The first day an AuthInfo created on `created` no longer works (R-T5, R-T12).
pub fn authinfo_expires(created: NaiveDate, valid_days: i64) -> Option<NaiveDate> {
    shift(created, valid_days)
}

/// The last day the registrar may take to give the holder the code asked for on
/// `requested` (R-T12: 5 calendar days under the policy in force, 120 hours revised).
pub fn authinfo_provide_by(requested: NaiveDate, tp: &TransferPolicy) -> Option<NaiveDate> {
    shift(requested, tp.code_provide_days)
}

/// The last day a transfer before `renewal` is usually not billed again (R-T3).
pub fn transfer_safe_until(renewal: NaiveDate, transfer_safe_days: i64) -> Option<NaiveDate> {
    shift(renewal, -transfer_safe_days)
}
