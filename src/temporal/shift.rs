//! Moving calendar units: the unit containing a date shifted by whole units ("last month",
//! "next quarter"), and an earlier date moved at its own precision ("a year earlier").

use chrono::{Datelike, NaiveDate};

use super::pick::add_days;
use crate::model::{Precision, TimeValue, add_months};

/// The `unit` containing `dct`, shifted by `offset` units.
pub(super) fn shifted_unit(dct: NaiveDate, unit: &str, offset: i64) -> Option<TimeValue> {
    let year = i64::from(dct.year());
    let to_i32 = |n: i64| i32::try_from(n).ok();
    match unit {
        "day" => Some(TimeValue::from_naive_date(add_days(dct, offset)?)),
        "week" => {
            let monday = add_days(dct, -i64::from(dct.weekday().num_days_from_monday()) + 7 * offset)?;
            let week = monday.iso_week();
            TimeValue::iso_week(week.year(), week.week())
        }
        "month" => {
            let date = add_months(dct, offset)?;
            TimeValue::month(date.year(), date.month())
        }
        "quarter" => {
            let index = year * 4 + i64::from(dct.month0() / 3) + offset;
            TimeValue::quarter(
                to_i32(index.div_euclid(4))?,
                u32::try_from(index.rem_euclid(4)).ok()? + 1,
            )
        }
        "year" => TimeValue::year(to_i32(year + offset)?),
        "decade" => TimeValue::decade(to_i32(year.div_euclid(10) + offset)?),
        "century" => TimeValue::century(to_i32(year.div_euclid(100) + offset)?),
        _ => None,
    }
}

fn days_in_month(month_start: NaiveDate) -> Option<u32> {
    Some(add_months(month_start, 1)?.pred_opt()?.day())
}

/// `anchor` moved by `offset` units, at its own precision ("a year earlier" than the third
/// quarter of 1989 is the third quarter of 1988); `None` when the unit is finer than the
/// anchor ("two days later" than March) or the precision has no calendar form here.
pub(super) fn shift_anchor(anchor: TimeValue, unit: &str, offset: i64) -> Option<TimeValue> {
    let start = anchor.start_date()?;
    let (months, days) = match unit {
        "year" => (12 * offset, 0),
        "quarter" => (3 * offset, 0),
        "month" => (offset, 0),
        "week" => (0, 7 * offset),
        "day" => (0, offset),
        _ => return None,
    };
    let unit_precision = match unit {
        "year" => Precision::Year,
        "quarter" => Precision::Quarter,
        "month" => Precision::Month,
        "week" => Precision::Week,
        _ => Precision::Day,
    };
    if unit_precision > anchor.precision {
        return None;
    }
    // The same day of the shifted month (clamped: a year after Feb. 29 is Feb. 28).
    let month_start = add_months(start, months)?;
    let day = start.day().min(days_in_month(month_start)?);
    let date = add_days(month_start.with_day(day)?, days)?;
    let shifted = match anchor.precision {
        Precision::Year => TimeValue::year(date.year()),
        Precision::Half => TimeValue::half(date.year(), date.month0() / 6 + 1),
        Precision::Quarter => TimeValue::quarter(date.year(), date.month0() / 3 + 1),
        Precision::Month => TimeValue::month(date.year(), date.month()),
        Precision::Week => {
            let week = date.iso_week();
            TimeValue::iso_week(week.year(), week.week())
        }
        Precision::Day => Some(TimeValue::from_naive_date(date)),
        _ => None,
    }?;
    Some(shifted.with_qualifier(anchor.qualifier))
}
