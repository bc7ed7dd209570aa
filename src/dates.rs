//! Calendar arithmetic for renewal anniversaries and deadlines. Pure: `today` always comes
//! from the caller.

use crate::locale::en;
use crate::Locale;
use chrono::{Datelike, NaiveDate, NaiveDateTime, TimeDelta, Timelike};

/// Where a 29 February registration renews in years without that day (policy
/// `leap_day_renewal`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeapDayRenewal {
    /// 28 February (the default).
    Feb28,
    /// 1 March.
    Mar1,
}

impl LeapDayRenewal {
    /// The name used in policies (`feb28` / `mar1`).
    pub fn name(self) -> &'static str {
        match self {
            LeapDayRenewal::Feb28 => "feb28",
            LeapDayRenewal::Mar1 => "mar1",
        }
    }
}

/// The anniversary of `registered` in `year`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use domainguard::dates::{anniversary, LeapDayRenewal};
/// let reg = NaiveDate::from_ymd_opt(2008, 2, 29).unwrap();
/// assert_eq!(anniversary(reg, 2009, LeapDayRenewal::Feb28), NaiveDate::from_ymd_opt(2009, 2, 28));
/// assert_eq!(anniversary(reg, 2009, LeapDayRenewal::Mar1), NaiveDate::from_ymd_opt(2009, 3, 1));
/// assert_eq!(anniversary(reg, 2012, LeapDayRenewal::Mar1), NaiveDate::from_ymd_opt(2012, 2, 29));
/// ```
pub fn anniversary(registered: NaiveDate, year: i32, leap: LeapDayRenewal) -> Option<NaiveDate> {
    let (month, day) = month_day(registered);
    ymd(year, month, day).or_else(|| {
        // Only 29 February is missing in some years.
        match leap {
            LeapDayRenewal::Feb28 => ymd(year, 2, 28),
            LeapDayRenewal::Mar1 => ymd(year, 3, 1),
        }
    })
}

/// The days of the months of a common year.
const MONTH_DAYS: [u8; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// Whether `year` has a 29 February (proleptic Gregorian, as chrono).
fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// The date `year`-`month`-`day`, as `NaiveDate::from_ymd_opt` gives it (`None` for a day
/// the month does not have, or outside chrono's range), through the day of the year:
/// chrono's month-and-day conversions need two tables (1.5 KB of the panel's wasm; issue 12).
pub(crate) fn ymd(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    if day == 0 || day > days_in_month(year, month) {
        return None;
    }
    let before: u32 = MONTH_DAYS
        .iter()
        .take(month as usize - 1)
        .map(|&d| u32::from(d))
        .sum();
    NaiveDate::from_yo_opt(year, before + u32::from(month > 2 && is_leap(year)) + day)
}

/// A date written in the code, made at compile time (call it in a `const` block): no
/// month-and-day conversion at run time (see [`ymd`]). A date that does not exist fails the build.
pub(crate) const fn fixed(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("a fixed date that does not exist"),
    }
}

/// The month (1–12) and the day of `date`, as `date.month()` and `date.day()` give them,
/// from its day of the year (see [`ymd`]).
fn month_day(date: NaiveDate) -> (u32, u32) {
    let mut day = date.ordinal();
    let mut month = 1;
    for &days in MONTH_DAYS.iter().take(11) {
        let days = u32::from(days) + u32::from(month == 2 && date.leap_year());
        if day <= days {
            break;
        }
        day -= days;
        month += 1;
    }
    (month, day)
}

/// The next renewal: the first anniversary of `registered` strictly after `today` (R-D1).
/// On the anniversary itself the domain has just been renewed, so the next one is a year on.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use domainguard::dates::{next_renewal, LeapDayRenewal};
/// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let reg = d(2005, 4, 4);
/// assert_eq!(next_renewal(reg, d(2009, 2, 1), LeapDayRenewal::Feb28), Some(d(2009, 4, 4)));
/// assert_eq!(next_renewal(reg, d(2009, 4, 4), LeapDayRenewal::Feb28), Some(d(2010, 4, 4)));
/// ```
pub fn next_renewal(
    registered: NaiveDate,
    today: NaiveDate,
    leap: LeapDayRenewal,
) -> Option<NaiveDate> {
    let first_year = today.year().max(registered.year() + 1);
    // The first anniversary after today, in this year or the next (a loop, not an iterator
    // chain: issue 12).
    for year in first_year..first_year + 2 {
        if let Some(d) = anniversary(registered, year, leap) {
            if d > today {
                return Some(d);
            }
        }
    }
    None
}

/// The renewal after `renewal` (one year on, by the anniversary rule).
pub fn following_renewal(
    registered: NaiveDate,
    renewal: NaiveDate,
    leap: LeapDayRenewal,
) -> Option<NaiveDate> {
    anniversary(registered, renewal.year() + 1, leap)
}

/// Whether `date` is an anniversary of `registered` (after the registration year).
pub fn is_anniversary(registered: NaiveDate, date: NaiveDate, leap: LeapDayRenewal) -> bool {
    date.year() > registered.year() && anniversary(registered, date.year(), leap) == Some(date)
}

/// `date` moved by `days` (negative: earlier). `None` only outside chrono's range.
pub fn shift(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    from_day_number(day_number(date).checked_add(days)?)
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    day_number(to) - day_number(from)
}

/// Whole hours from `from` to `to`, as `to.signed_duration_since(from).num_hours()` (whose
/// date part goes through chrono's year table; issue 12).
pub(crate) fn hours_between(from: NaiveDateTime, to: NaiveDateTime) -> i64 {
    TimeDelta::try_days(days_between(from.date(), to.date()))
        .and_then(|days| days.checked_add(&to.time().signed_duration_since(from.time())))
        .map_or(0, |delta| delta.num_hours())
}

/// The number of `date`'s day, counted from 1 January of year 1 (day 1).
fn day_number(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce())
}

/// The date of day number `n` (see [`day_number`]); `None` outside chrono's range. Counted
/// through the 400-year cycle instead of chrono's `add_days`, which needs a table of years.
fn from_day_number(n: i64) -> Option<NaiveDate> {
    let day0 = n.checked_sub(1)?;
    let cycles = day0.div_euclid(146_097);
    let mut rest = day0.rem_euclid(146_097);
    // Three centuries of 36,524 days, then one of 36,525; in each, quadrennia of 1,461 days
    // (the last of a century without 400 | year one day short); in each, three years of 365
    // days and a fourth with the leap day.
    let centuries = (rest / 36_524).min(3);
    rest -= centuries * 36_524;
    let quadrennia = rest / 1_461;
    rest -= quadrennia * 1_461;
    let years = (rest / 365).min(3);
    rest -= years * 365;
    let year = cycles
        .checked_mul(400)?
        .checked_add(1 + centuries * 100 + quadrennia * 4 + years)?;
    NaiveDate::from_yo_opt(i32::try_from(year).ok()?, u32::try_from(rest + 1).ok()?)
}

/// The ISO form used in JSON: `2009-03-14`.
pub fn iso(date: NaiveDate) -> String {
    let (month, day) = month_day(date);
    let mut out = String::with_capacity(10);
    push_year(&mut out, date.year());
    out.push('-');
    push_digits(&mut out, month);
    out.push('-');
    push_digits(&mut out, day);
    out
}

/// A time of day as `HH:MM` (as `format!("{:02}:{:02}")`, without the formatting machinery).
pub(crate) fn hh_mm(t: NaiveDateTime) -> String {
    let mut out = String::with_capacity(5);
    push_digits(&mut out, t.hour());
    out.push(':');
    push_digits(&mut out, t.minute());
    out
}

/// A moment as `YYYY-MM-DDTHH:MM` (the form of backup times in params).
pub(crate) fn stamp(t: NaiveDateTime) -> String {
    let mut out = iso(t.date());
    out.push('T');
    out.push_str(&hh_mm(t));
    out
}

/// Appends `n` (below 100) as two digits, as `{:02}` does, without the formatting machinery:
/// `format!` was a seventh of a check (issue 12).
fn push_digits(out: &mut String, n: u32) {
    out.push(char::from_digit(n / 10 % 10, 10).unwrap_or('0'));
    out.push(char::from_digit(n % 10, 10).unwrap_or('0'));
}

/// Appends a year as `{:04}` does (four digits for every year a domain can have).
fn push_year(out: &mut String, year: i32) {
    match u32::try_from(year) {
        Ok(y) if y < 10_000 => {
            push_digits(out, y / 100);
            push_digits(out, y % 100);
        }
        // As `{:04}`: the sign counts towards the width.
        _ if year < 0 => {
            out.push('-');
            let n = year.unsigned_abs();
            if n < 100 {
                out.push('0');
            }
            if n < 10 {
                out.push('0');
            }
            push_uint(out, u64::from(n));
        }
        _ => push_uint(out, u64::from(year.unsigned_abs())),
    }
}

/// Appends `n` in decimal, as `{}` does, without the formatting machinery (issue 12).
pub(crate) fn push_uint(out: &mut String, n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        if let Some(slot) = digits.get_mut(at) {
            *slot = b'0' + (rest % 10) as u8;
        }
        rest /= 10;
        if rest == 0 || at == 0 {
            break;
        }
    }
    for &b in digits.get(at..).unwrap_or_default() {
        out.push(char::from(b));
    }
}

/// `n` in decimal, as `n.to_string()` gives it, without the formatting machinery.
pub(crate) fn uint_text(n: u64) -> String {
    let mut out = String::new();
    push_uint(&mut out, n);
    out
}

const MONTHS_EN: [&str; 12] = [
    en!("January"),
    en!("February"),
    en!("March"),
    en!("April"),
    en!("May"),
    en!("June"),
    en!("July"),
    en!("August"),
    en!("September"),
    en!("October"),
    en!("November"),
    en!("December"),
];

/// A date the way the locale writes it: `14.03.2009` in German, `14 March 2009` in English.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use domainguard::{dates::display, Locale};
/// let d = NaiveDate::from_ymd_opt(2009, 3, 14).unwrap();
/// assert_eq!(display(d, Locale::De), "14.03.2009");
/// assert_eq!(display(d, Locale::En), "14 March 2009");
/// ```
pub fn display(date: NaiveDate, locale: Locale) -> String {
    // The German lean module has no English month names (src/lean.rs); German dates are digits.
    #[cfg(feature = "lean-de")]
    if locale == Locale::En {
        crate::lean::lacking(crate::lean::Lacks::Locale);
    }
    let (month, day) = month_day(date);
    match locale {
        Locale::De => {
            let mut out = String::with_capacity(10);
            push_digits(&mut out, day);
            out.push('.');
            push_digits(&mut out, month);
            out.push('.');
            push_year(&mut out, date.year());
            out
        }
        Locale::En => {
            let month = MONTHS_EN.get(month as usize - 1).copied().unwrap_or("");
            let mut out = String::with_capacity(month.len() + 8);
            if day >= 10 {
                out.push(char::from_digit(day / 10, 10).unwrap_or('0'));
            }
            out.push(char::from_digit(day % 10, 10).unwrap_or('0'));
            out.push(' ');
            out.push_str(month);
            out.push(' ');
            push_year(&mut out, date.year());
            out
        }
    }
}

/// Why a text is not a usable date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Format,
    /// Well-formed, but the month has no such day (or there is no such month).
    NoSuchDay {
        /// The year as written.
        year: i32,
        /// The month as written.
        month: u32,
        /// How many days that month has, or 0 when the month itself does not exist.
        days_in_month: u32,
    },
    /// Before 1985 (no domain is older) or after 9999.
    OutOfRange,
}

/// Parses a strict `YYYY-MM-DD` calendar date.
///
/// # Errors
/// [`DateError::Format`] for any other shape (`01.02.2009`, `2009-2-1`, a time of day),
/// [`DateError::NoSuchDay`] for `2009-02-30`, [`DateError::OutOfRange`] before 1985.
///
/// # Example
/// ```
/// use domainguard::dates::{parse_date, DateError};
/// assert!(parse_date("2009-02-28").is_ok());
/// assert_eq!(parse_date("2009-02-30"), Err(DateError::NoSuchDay { year: 2009, month: 2, days_in_month: 28 }));
/// assert_eq!(parse_date("01.02.2009"), Err(DateError::Format));
/// ```
pub fn parse_date(text: &str) -> Result<NaiveDate, DateError> {
    let b = text.as_bytes();
    let shape_ok = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        });
    if !shape_ok {
        return Err(DateError::Format);
    }
    // The digits were checked above: add them up by hand (no `str::parse` in the wasm).
    let num = |r: core::ops::Range<usize>| {
        b.get(r)
            .map(|d| d.iter().fold(0, |n, c| n * 10 + u32::from(c - b'0')))
    };
    let (Some(year), Some(month), Some(day)) = (num(0..4), num(5..7), num(8..10)) else {
        return Err(DateError::Format);
    };
    let year = year as i32;
    if !(1985..=9999).contains(&year) {
        return Err(DateError::OutOfRange);
    }
    ymd(year, month, day).ok_or_else(|| DateError::NoSuchDay {
        year,
        month,
        days_in_month: days_in_month(year, month),
    })
}

/// The days of `month` in `year`; 0 when there is no such month.
fn days_in_month(year: i32, month: u32) -> u32 {
    match MONTH_DAYS.get((month as usize).wrapping_sub(1)) {
        Some(&days) => u32::from(days) + u32::from(month == 2 && is_leap(year)),
        None => 0,
    }
}

/// The name of a month (1-based) in the locale (`März`, `March`), for error messages; empty
/// for a month that does not exist.
pub(crate) fn month_name(month: u32, locale: Locale) -> &'static str {
    const DE: [&str; 12] = [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ];
    let table = locale.pick(&DE, &MONTHS_EN);
    month
        .checked_sub(1)
        .and_then(|i| table.get(i as usize))
        .copied()
        .unwrap_or("")
}

#[cfg(test)]
mod tests {

    #[test]
    fn iso_and_display_write_what_format_wrote() {
        let mut dates = Vec::new();
        for year in [
            -262_000, -1000, -999, -100, -99, -10, -5, -1, 0, 7, 99, 999, 1985, 2009, 2024, 9999,
            10000, 123_456, 262_000,
        ] {
            let mut d = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
            while d.year() == year {
                dates.push(d);
                d = d.succ_opt().unwrap();
            }
        }
        for d in dates {
            let (y, m, day) = (d.year(), d.month(), d.day());
            assert_eq!(iso(d), format!("{y:04}-{m:02}-{day:02}"));
            assert_eq!(display(d, Locale::De), format!("{day:02}.{m:02}.{y:04}"));
            let month = MONTHS_EN[d.month0() as usize];
            assert_eq!(display(d, Locale::En), format!("{day} {month} {y:04}"));
        }
    }
    use super::*;

    #[test]
    fn ymd_and_days_in_month_agree_with_chrono() {
        for year in [
            -262_143, -262_144, -400, -100, -4, -1, 0, 1, 1900, 1985, 2000, 2008, 2009, 2100, 9999,
            10000, 262_142, 262_143, 262_144,
        ] {
            for month in 0..=13 {
                for day in 0..=32 {
                    assert_eq!(
                        ymd(year, month, day),
                        NaiveDate::from_ymd_opt(year, month, day),
                        "{year}-{month}-{day}"
                    );
                }
                let chrono_days = (1..=31)
                    .filter(|&day| NaiveDate::from_ymd_opt(year, month, day).is_some())
                    .count() as u32;
                if (-262_000..=262_000).contains(&year) {
                    assert_eq!(days_in_month(year, month), chrono_days, "{year}-{month}");
                }
            }
        }
    }

    #[test]
    fn shift_and_days_between_agree_with_chrono() {
        use chrono::{Days, NaiveTime};
        let chrono_shift = |date: NaiveDate, days: i64| {
            if days >= 0 {
                date.checked_add_days(Days::new(days.unsigned_abs()))
            } else {
                date.checked_sub_days(Days::new(days.unsigned_abs()))
            }
        };
        let mut dates = vec![NaiveDate::MIN, NaiveDate::MAX];
        for year in [
            -262_143, -401, -400, -101, -100, -5, -4, -1, 0, 1, 4, 100, 1600, 1900,
        ] {
            dates.push(NaiveDate::from_ymd_opt(year, 1, 1).unwrap());
            dates.push(NaiveDate::from_ymd_opt(year, 12, 31).unwrap());
        }
        let mut d = NaiveDate::from_ymd_opt(1985, 1, 1).unwrap();
        while d.year() < 2430 {
            dates.push(d);
            d = d.succ_opt().unwrap();
        }
        let offsets = [
            0,
            1,
            -1,
            27,
            -28,
            59,
            -60,
            365,
            -366,
            1461,
            -1461,
            36_524,
            -36_525,
            146_097,
            -146_097,
            1_000_000,
            -1_000_000,
            200_000_000,
            -200_000_000,
            i64::from(i32::MAX),
            i64::from(i32::MAX) + 1,
            i64::from(i32::MIN),
            i64::MAX,
            i64::MIN,
        ];
        for &date in &dates {
            for &days in &offsets {
                assert_eq!(shift(date, days), chrono_shift(date, days), "{date} {days}");
            }
            for &other in &[NaiveDate::MIN, NaiveDate::MAX, dates[20], dates[5000]] {
                assert_eq!(
                    days_between(date, other),
                    other.signed_duration_since(date).num_days(),
                    "{date} {other}"
                );
            }
        }
        let at = |date: NaiveDate, h, m| date.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap());
        for (from, to) in [
            (at(dates[30], 10, 30), at(dates[31], 10, 29)),
            (at(dates[30], 10, 30), at(dates[31], 10, 30)),
            (at(dates[31], 10, 30), at(dates[30], 10, 31)),
            (at(dates[31], 23, 59), at(dates[30], 0, 0)),
            (at(NaiveDate::MIN, 0, 0), at(NaiveDate::MAX, 23, 59)),
            (at(dates[100], 0, 0), at(dates[100], 0, 59)),
        ] {
            assert_eq!(
                hours_between(from, to),
                to.signed_duration_since(from).num_hours(),
                "{from} {to}"
            );
        }
    }

    #[test]
    fn uint_text_writes_what_to_string_wrote() {
        let mut n: u64 = 1;
        for x in [
            0,
            1,
            9,
            10,
            11,
            99,
            100,
            101,
            65_535,
            u64::from(u32::MAX),
            u64::MAX,
        ] {
            assert_eq!(uint_text(x), x.to_string());
        }
        while let Some(next) = n.checked_mul(7) {
            assert_eq!(uint_text(n), n.to_string());
            assert_eq!(uint_text(n - 1), (n - 1).to_string());
            n = next;
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn seed_004_renewal() {
        let reg = d(2005, 4, 4);
        assert_eq!(
            next_renewal(reg, d(2009, 2, 1), LeapDayRenewal::Feb28),
            Some(d(2009, 4, 4))
        );
        assert_eq!(
            next_renewal(reg, d(2009, 4, 3), LeapDayRenewal::Feb28),
            Some(d(2009, 4, 4))
        );
        // On the anniversary the domain has just renewed.
        assert_eq!(
            next_renewal(reg, d(2009, 4, 4), LeapDayRenewal::Feb28),
            Some(d(2010, 4, 4))
        );
        assert_eq!(
            next_renewal(reg, d(2009, 4, 5), LeapDayRenewal::Feb28),
            Some(d(2010, 4, 4))
        );
    }

    #[test]
    fn first_renewal_is_one_year_after_registration() {
        let reg = d(2009, 1, 10);
        assert_eq!(
            next_renewal(reg, d(2009, 1, 10), LeapDayRenewal::Feb28),
            Some(d(2010, 1, 10))
        );
        assert_eq!(
            next_renewal(reg, d(2009, 12, 31), LeapDayRenewal::Feb28),
            Some(d(2010, 1, 10))
        );
    }

    #[test]
    fn year_end_and_new_year() {
        let reg = d(2004, 12, 31);
        assert_eq!(
            next_renewal(reg, d(2008, 12, 30), LeapDayRenewal::Feb28),
            Some(d(2008, 12, 31))
        );
        assert_eq!(
            next_renewal(reg, d(2008, 12, 31), LeapDayRenewal::Feb28),
            Some(d(2009, 12, 31))
        );
        let reg = d(2004, 1, 1);
        assert_eq!(
            next_renewal(reg, d(2008, 12, 31), LeapDayRenewal::Feb28),
            Some(d(2009, 1, 1))
        );
    }

    #[test]
    fn leap_day_registration() {
        let reg = d(2008, 2, 29);
        assert_eq!(
            next_renewal(reg, d(2008, 3, 1), LeapDayRenewal::Feb28),
            Some(d(2009, 2, 28))
        );
        assert_eq!(
            next_renewal(reg, d(2008, 3, 1), LeapDayRenewal::Mar1),
            Some(d(2009, 3, 1))
        );
        assert_eq!(
            next_renewal(reg, d(2011, 3, 1), LeapDayRenewal::Feb28),
            Some(d(2012, 2, 29))
        );
        assert_eq!(
            next_renewal(reg, d(2009, 2, 28), LeapDayRenewal::Feb28),
            Some(d(2010, 2, 28))
        );
        assert_eq!(
            next_renewal(reg, d(2009, 2, 28), LeapDayRenewal::Mar1),
            Some(d(2009, 3, 1))
        );
        assert!(is_anniversary(reg, d(2009, 2, 28), LeapDayRenewal::Feb28));
        assert!(!is_anniversary(reg, d(2009, 3, 1), LeapDayRenewal::Feb28));
        assert!(is_anniversary(reg, d(2012, 2, 29), LeapDayRenewal::Mar1));
        assert!(!is_anniversary(reg, d(2008, 2, 29), LeapDayRenewal::Feb28));
    }

    #[test]
    fn shift_crosses_month_year_and_leap_boundaries() {
        assert_eq!(shift(d(2009, 4, 4), -21), Some(d(2009, 3, 14)));
        assert_eq!(shift(d(2008, 3, 14), -21), Some(d(2008, 2, 22)));
        assert_eq!(shift(d(2012, 3, 1), -1), Some(d(2012, 2, 29)));
        assert_eq!(shift(d(2009, 1, 2), -2), Some(d(2008, 12, 31)));
        assert_eq!(shift(d(2009, 12, 31), 30), Some(d(2010, 1, 30)));
        assert_eq!(days_between(d(2009, 2, 1), d(2009, 3, 14)), 41);
    }

    #[test]
    fn parse_and_display() {
        assert_eq!(parse_date("2012-02-29"), Ok(d(2012, 2, 29)));
        assert_eq!(
            parse_date("2009-02-29"),
            Err(DateError::NoSuchDay {
                year: 2009,
                month: 2,
                days_in_month: 28
            })
        );
        assert_eq!(
            parse_date("2009-13-01"),
            Err(DateError::NoSuchDay {
                year: 2009,
                month: 13,
                days_in_month: 0
            })
        );
        assert_eq!(
            parse_date("2009-04-31"),
            Err(DateError::NoSuchDay {
                year: 2009,
                month: 4,
                days_in_month: 30
            })
        );
        for bad in [
            "",
            "2009-2-01",
            "2009-02-01T00:00",
            " 2009-02-01",
            "２００９-02-01",
            "2009/02/01",
            "+009-02-01",
        ] {
            assert_eq!(parse_date(bad), Err(DateError::Format), "{bad}");
        }
        assert_eq!(parse_date("1970-01-01"), Err(DateError::OutOfRange));
        assert_eq!(display(d(2009, 4, 3), Locale::De), "03.04.2009");
        assert_eq!(display(d(2009, 4, 3), Locale::En), "3 April 2009");
        assert_eq!(iso(d(2009, 4, 3)), "2009-04-03");
    }
}
