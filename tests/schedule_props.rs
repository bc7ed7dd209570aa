//! Property tests of the schedule kernel (`src/schedule.rs`) over random dates, including
//! 29 February registrations, year ends and the deadline day itself.

use chrono::{Datelike, NaiveDate};
use domainguard::dates::{is_anniversary, LeapDayRenewal};
use domainguard::schedule::{close_at_expiry, following_renewal, next_renewal};
use proptest::prelude::*;

fn day(n: i64) -> NaiveDate {
    // Day 0 is 1990-01-01; 40,000 days reach into 2099.
    NaiveDate::from_ymd_opt(1990, 1, 1)
        .and_then(|d| d.checked_add_days(chrono::Days::new(n as u64)))
        .unwrap_or_default()
}

/// Registration dates: anywhere, with 29 February and 31 December drawn often.
fn registered() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        (0i64..36_000).prop_map(day),
        (1990i32..2080).prop_filter_map("leap years", |y| NaiveDate::from_ymd_opt(y, 2, 29)),
        (1990i32..2080).prop_filter_map("year ends", |y| NaiveDate::from_ymd_opt(y, 12, 31)),
    ]
}

fn leap() -> impl Strategy<Value = LeapDayRenewal> {
    prop_oneof![Just(LeapDayRenewal::Feb28), Just(LeapDayRenewal::Mar1)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4_000))]

    #[test]
    fn close_schedule_invariants(
        reg in registered(),
        offset in 0i64..4_000,
        notice_days in 0i64..=180,
        undo_days in 0i64..=60,
        leap in leap(),
        on_deadline in any::<bool>(),
    ) {
        let mut today = reg.checked_add_days(chrono::Days::new(offset as u64)).unwrap_or(reg);
        let renewal = next_renewal(reg, today, leap).expect("a next renewal exists");
        // The deadline day itself: today is exactly the notice deadline of this renewal.
        if on_deadline {
            if let Some(d) = renewal.checked_sub_days(chrono::Days::new(notice_days as u64)) {
                if d >= reg { today = d; }
            }
        }
        let renewal = next_renewal(reg, today, leap).expect("a next renewal exists");
        prop_assert!(renewal > today, "renewal {renewal} not after today {today}");
        prop_assert!(is_anniversary(reg, renewal, leap));

        let e = close_at_expiry(reg, renewal, today, notice_days, undo_days, leap)
            .expect("a schedule exists");
        prop_assert!(e.close_date < e.target, "close {} not before renewal {}", e.close_date, e.target);
        prop_assert_eq!(e.close_date.succ_opt(), Some(e.target));
        prop_assert!(e.notice_deadline <= e.close_date || notice_days == 0);
        prop_assert!(e.undo_until <= e.close_date);
        prop_assert!(today <= e.notice_deadline, "deadline {} already passed on {today}", e.notice_deadline);
        prop_assert!(is_anniversary(reg, e.target, leap));
        match e.missed_deadline {
            None => prop_assert_eq!(e.target, renewal),
            Some(missed) => {
                // The roll-over lands in the next term: the first following renewal whose
                // deadline is still ahead.
                prop_assert!(missed < today);
                prop_assert!(e.target > renewal);
                prop_assert_eq!(e.target, following_renewal(reg, renewal, leap).expect("next term"));
            }
        }
        if on_deadline && e.missed_deadline.is_none() && today == e.notice_deadline {
            // On the deadline day itself the close for this renewal is still possible.
            prop_assert_eq!(e.target, renewal);
        }
    }

    #[test]
    fn leap_day_registrations_renew_on_the_policy_day(y in 1992i32..2080, years in 1i32..20) {
        let reg = NaiveDate::from_ymd_opt(y - y % 4, 2, 29).expect("a leap year");
        let target_year = reg.year() + years;
        let today = NaiveDate::from_ymd_opt(target_year, 1, 15).expect("a date");
        for (leap, month, day) in [(LeapDayRenewal::Feb28, 2, 28), (LeapDayRenewal::Mar1, 3, 1)] {
            let r = next_renewal(reg, today, leap).expect("renewal");
            let leap_year = NaiveDate::from_ymd_opt(target_year, 2, 29).is_some();
            if leap_year {
                prop_assert_eq!(r, NaiveDate::from_ymd_opt(target_year, 2, 29).expect("29 Feb"));
            } else {
                prop_assert_eq!(r, NaiveDate::from_ymd_opt(target_year, month, day).expect("day"));
            }
        }
    }
}
