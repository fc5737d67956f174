//! Holidays: their dates by year, from the specs in the `holiday` normalisation table.
//!
//! A spec is one of
//! - `MM-DD`: a fixed date ("12-25" Christmas);
//! - `MM/N/W`: the N-th weekday W (1 = Monday) of month MM, N = -1 for the last ("11/4/4"
//!   Thanksgiving, "05/-1/1" Memorial Day);
//! - `easter`: Easter Sunday (Gregorian);
//! - `hijri:MM-DD`: day DD of month MM of the Islamic calendar, in its tabular (arithmetic)
//!   form: observed dates follow the sighting of the moon and may differ by a day
//!   ("hijri:10-01" Eid al-Fitr);
//!
//! each optionally followed by `+K` or `-K` days ("11/1/1+1": the Tuesday after the first
//! Monday of November, Election Day; "easter-2": Good Friday).

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::model::{Qualifier, TimeValue};

/// A holiday's day in `year`: approximate when it follows the moon (an Islamic date may be
/// announced a day either side of the tabular one), exact otherwise.
pub fn holiday_value(spec: &str, year: i32) -> Option<TimeValue> {
    let day = TimeValue::from_naive_date(holiday_date(spec, year)?);
    Some(if spec.starts_with(HIJRI_PREFIX) {
        day.with_qualifier(Qualifier::Approximate)
    } else {
        day
    })
}

/// The date of a holiday in `year`, or `None` for a malformed spec or an impossible date.
pub fn holiday_date(spec: &str, year: i32) -> Option<NaiveDate> {
    let (base, shift_days) = split_shift(spec)?;
    let date = if base == "easter" {
        easter_sunday(year)?
    } else if let Some(month_day) = base.strip_prefix(HIJRI_PREFIX) {
        let (month, day) = month_day.split_once('-')?;
        hijri_in_year(year, month.parse().ok()?, day.parse().ok()?)?
    } else if let Some((month, rest)) = base.split_once('/') {
        let (nth, weekday) = rest.split_once('/')?;
        nth_weekday(
            year,
            month.parse().ok()?,
            nth.parse().ok()?,
            weekday.parse().ok()?,
        )?
    } else {
        let (month, day) = base.split_once('-')?;
        NaiveDate::from_ymd_opt(year, month.parse().ok()?, day.parse().ok()?)?
    };
    date.checked_add_signed(Duration::try_days(shift_days)?)
}

/// `"11/1/1+1"` → `("11/1/1", 1)`; a spec without a shift has 0. The sign must follow the
/// base, so the `-` inside `MM-DD` or `05/-1/1` is not a shift.
fn split_shift(spec: &str) -> Option<(&str, i64)> {
    let base_end = match spec.split_once('/') {
        // `MM/N/W±K`: after the weekday digit.
        Some(_) => spec.rfind('/')? + 2,
        // `MM-DD±K`, `hijri:MM-DD±K` or `easter±K`.
        None if spec.starts_with("easter") => "easter".len(),
        None => spec.find('-').map_or(spec.len(), |dash| dash + 3),
    };
    if base_end >= spec.len() {
        return Some((spec, 0));
    }
    let (base, shift) = (spec.get(..base_end)?, spec.get(base_end..)?);
    let shift_days = shift.trim_start_matches('+').parse().ok()?;
    Some((base, shift_days))
}

/// The `nth` (1-based; -1 = last) `weekday` (1 = Monday … 7 = Sunday) of a month.
fn nth_weekday(year: i32, month: u32, nth: i32, weekday: u32) -> Option<NaiveDate> {
    let weekday = Weekday::try_from(u8::try_from(weekday.checked_sub(1)?).ok()?).ok()?;
    if nth == -1 {
        let next_month = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)?
        };
        let last = next_month.pred_opt()?;
        let back = (7 + last.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
        return last.checked_sub_signed(Duration::try_days(i64::from(back))?);
    }
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, u8::try_from(nth).ok()?)
}

/// The spec prefix of a date in the Islamic calendar.
pub const HIJRI_PREFIX: &str = "hijri:";

/// Julian day number of 1 Muharram, year 1 of the Islamic calendar (15 July 622, Julian), the
/// "astronomical" epoch: against announced dates of 2014–2025 it is right more often than the
/// civil epoch a day later.
const HIJRI_EPOCH_JDN: i64 = 1_948_439;
/// `NaiveDate::num_days_from_ce` of a day is its Julian day number minus this.
const JDN_OF_CE_DAY_ZERO: i64 = 1_721_425;
/// Islamic years per million Gregorian years (365.2425 days against 354.36667).
const HIJRI_YEARS_PER_MILLION_GREGORIAN: i64 = 1_030_689;

/// Day `day` of month `month` of Islamic year `hijri_year` in the tabular calendar (30-year
/// cycle, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29).
fn hijri_date(hijri_year: i64, month: i64, day: i64) -> Option<NaiveDate> {
    if !(1..=12).contains(&month) || !(1..=30).contains(&day) {
        return None;
    }
    let days_before_month = (295 * (month - 1) + 9) / 10; // ceil(29.5 × (month − 1))
    let jdn = day
        + days_before_month
        + (hijri_year - 1) * 354
        + (3 + 11 * hijri_year).div_euclid(30)
        + HIJRI_EPOCH_JDN
        - 1;
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(jdn - JDN_OF_CE_DAY_ZERO).ok()?)
}

/// The first date in Gregorian `year` that is `month`-`day` in the Islamic calendar (an
/// Islamic date falls twice in some Gregorian years, as Eid al-Adha did in 2006).
fn hijri_in_year(year: i32, month: i64, day: i64) -> Option<NaiveDate> {
    let approximate = (i64::from(year) - 622) * HIJRI_YEARS_PER_MILLION_GREGORIAN / 1_000_000 + 1;
    (approximate - 2..=approximate + 2)
        .filter_map(|hijri_year| hijri_date(hijri_year, month, day))
        .find(|date| date.year() == year)
}

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/
/// Butcher").
fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(spec: &str, year: i32) -> String {
        holiday_date(spec, year).map_or_else(|| "none".to_owned(), |d| d.to_string())
    }

    #[test]
    fn easter_falls_on_the_known_sundays() {
        assert_eq!(date("easter", 2000), "2000-04-23");
        assert_eq!(date("easter", 2016), "2016-03-27");
        assert_eq!(date("easter", 2019), "2019-04-21");
        assert_eq!(date("easter", 1818), "1818-03-22");
        assert_eq!(date("easter-2", 2024), "2024-03-29");
    }

    #[test]
    fn nth_and_last_weekdays_and_shifts() {
        assert_eq!(date("11/4/4", 1999), "1999-11-25", "Thanksgiving");
        assert_eq!(date("05/-1/1", 2016), "2016-05-30", "Memorial Day");
        assert_eq!(date("11/1/1+1", 1998), "1998-11-03", "Election Day");
        assert_eq!(date("11/1/1+1", 2016), "2016-11-08", "Election Day");
        assert_eq!(date("12/-1/7", 2016), "2016-12-25", "last Sunday of December");
    }

    #[test]
    fn islamic_holidays_fall_within_a_day_of_their_announced_dates() {
        // Announced in Saudi Arabia: Eid al-Fitr 2016-07-06, 2014-07-28, 2024-04-10; Eid
        // al-Adha 2016-09-12, 2014-10-04, 2025-06-06; Eid al-Adha twice in 2006 (Jan. 10, Dec. 31).
        assert_eq!(date("hijri:10-01", 2016), "2016-07-06");
        assert_eq!(date("hijri:10-01", 2014), "2014-07-28");
        assert_eq!(date("hijri:12-10", 2016), "2016-09-12");
        assert_eq!(date("hijri:12-10", 2014), "2014-10-04");
        assert_eq!(date("hijri:12-10", 2025), "2025-06-06");
        assert_eq!(date("hijri:10-01", 2024), "2024-04-09", "announced a day later");
        assert_eq!(
            date("hijri:12-10", 2006),
            "2006-01-09",
            "the first of two, a day early"
        );
        assert_eq!(date("hijri:13-01", 2016), "none");
        assert_eq!(date("hijri:10-01-1", 2016), "2016-07-05");
    }

    #[test]
    fn fixed_dates_and_bad_specs() {
        assert_eq!(date("12-25", 2014), "2014-12-25");
        assert_eq!(date("12-31+1", 2014), "2015-01-01");
        assert_eq!(date("02-30", 2014), "none");
        assert_eq!(date("11/6/4", 2014), "none");
        assert_eq!(date("nonsense", 2014), "none");
        assert_eq!(date("", 2014), "none");
    }
}
