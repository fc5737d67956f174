//! Which occurrence of a yearless or weekly pattern is meant: "June 9", "Tuesday",
//! "Thanksgiving", by the tense of the clause and the distance from the reference date.

use chrono::{Datelike, Duration, NaiveDate};

use super::tense::Tense;
use crate::model::TimeValue;

pub fn add_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    date.checked_add_signed(Duration::try_days(days)?)
}

/// The occurrences of a calendar pattern in the reference year and the years either side.
fn occurrences_around(dct: NaiveDate, candidate: impl Fn(i32) -> Option<TimeValue>) -> Vec<TimeValue> {
    (-1..=1).filter_map(|d| candidate(dct.year() + d)).collect()
}

/// The occurrence of a calendar pattern nearest the reference date in the direction the
/// tense (or an explicit offset) says. `candidate` gives the occurrence in a given year.
pub fn pick_by_direction(
    dct: NaiveDate,
    direction: Tense,
    candidate: impl Fn(i32) -> Option<TimeValue>,
) -> Option<TimeValue> {
    let dct_secs = TimeValue::from_naive_date(dct).start_secs;
    let options = occurrences_around(dct, candidate);
    let contains = |v: &TimeValue| v.start_secs <= dct_secs && dct_secs < v.end_secs();
    match direction {
        Tense::Past => options
            .into_iter()
            .filter(|v| v.start_secs <= dct_secs)
            .max_by_key(|v| v.start_secs),
        Tense::Future => options
            .into_iter()
            .filter(|v| v.end_secs() > dct_secs)
            .min_by_key(|v| v.start_secs),
        Tense::Unmarked => options.into_iter().min_by_key(|v| {
            if contains(v) {
                0
            } else {
                (v.start_secs - dct_secs)
                    .abs()
                    .min((v.end_secs() - dct_secs).abs())
            }
        }),
    }
}

/// A yearless day further than this from the reference date, by the tense's choice, is
/// reconsidered ("Jan. 14" said on Jan. 5 in the past tense is not last January's)…
const FAR_YEARLESS_DAY_DAYS: i64 = 183;
/// …and replaced by the one on the other side when that is at most this far.
const NEAR_YEARLESS_DAY_DAYS: i64 = 61;

/// Whole days between the reference date and a value's start, either way.
fn days_from(dct: NaiveDate, value: &TimeValue) -> i64 {
    (value.start_secs - TimeValue::from_naive_date(dct).start_secs).abs() / 86_400
}

/// The occurrence the tense picks (the nearest when none lies that way), unless it is more
/// than half a year away and the one on the other side is close: news gives far dates their
/// year, so "Jan. 14" said on Jan. 5 in the past tense is next week's.
pub fn pick_near_by_tense(
    dct: NaiveDate,
    tense: Tense,
    candidate: impl Fn(i32) -> Option<TimeValue>,
) -> Option<TimeValue> {
    let near = pick_by_direction(dct, Tense::Unmarked, &candidate);
    let value = pick_by_direction(dct, tense, &candidate).or(near)?;
    Some(match near {
        Some(near)
            if days_from(dct, &value) > FAR_YEARLESS_DAY_DAYS
                && days_from(dct, &near) <= NEAR_YEARLESS_DAY_DAYS =>
        {
            near
        }
        _ => value,
    })
}

/// A yearless date ("Feb. 25", "in April") as [`pick_near_by_tense`] picks it, except that
/// with no tense to go by news means the most recent occurrence ("a photo of Yellen as she
/// testifies on Feb. 25", in December, is this year's Feb. 25), unless the next one is close
/// (at most [`NEAR_YEARLESS_DAY_DAYS`] ahead: "the Jan. 14 deadline", said on Jan. 5).
/// Holidays and seasons keep the nearest ("New Year's Eve", said in October, is the coming one).
pub fn pick_yearless(
    dct: NaiveDate,
    tense: Tense,
    candidate: impl Fn(i32) -> Option<TimeValue>,
) -> Option<TimeValue> {
    if tense == Tense::Unmarked {
        most_recent_unless_soon(dct, &candidate)
    } else {
        pick_near_by_tense(dct, tense, candidate)
    }
}

fn most_recent_unless_soon(
    dct: NaiveDate,
    candidate: impl Fn(i32) -> Option<TimeValue>,
) -> Option<TimeValue> {
    let next = pick_by_direction(dct, Tense::Future, &candidate);
    match next {
        Some(next) if days_from(dct, &next) <= NEAR_YEARLESS_DAY_DAYS => Some(next),
        _ => pick_by_direction(dct, Tense::Past, &candidate).or(next),
    }
}

/// Like [`pick_by_direction`] but excluding the unit that contains the reference date:
/// "last April" in April means the April of last year.
pub fn pick_strictly(
    dct: NaiveDate,
    offset: i64,
    candidate: impl Fn(i32) -> Option<TimeValue>,
) -> Option<TimeValue> {
    let dct_secs = TimeValue::from_naive_date(dct).start_secs;
    let options = occurrences_around(dct, candidate);
    match offset {
        ..0 => options
            .into_iter()
            .filter(|v| v.end_secs() <= dct_secs)
            .max_by_key(|v| v.start_secs),
        0 => options
            .into_iter()
            .find(|v| v.start_date().is_some_and(|d| d.year() == dct.year())),
        _ => options
            .into_iter()
            .filter(|v| v.start_secs > dct_secs)
            .min_by_key(|v| v.start_secs),
    }
}

pub fn weekday_date(dct: NaiveDate, weekday: i64, offset: Option<i64>, tense: Tense) -> Option<NaiveDate> {
    let today = i64::from(dct.weekday().number_from_monday());
    let back = (today - weekday).rem_euclid(7);
    let forward = (weekday - today).rem_euclid(7);
    let days = match (offset, tense) {
        (Some(offset), _) if offset < 0 => -(if back == 0 { 7 } else { back }),
        (Some(offset), _) if offset > 0 => {
            if forward == 0 {
                7
            } else {
                forward
            }
        }
        (_, Tense::Past | Tense::Unmarked) => -back,
        (_, Tense::Future) => forward,
    };
    add_days(dct, days)
}
