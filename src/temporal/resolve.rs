//! Evaluating a rule value against the captures and the reference date.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate};

use super::duration::{and_a_half, duration_value};
use super::holiday::holiday_date;
use super::tense::Tense;
use super::value::{Arg, Func, Piece, ValueExpr};
use crate::model::{Qualifier, Season, TimeValue, add_months};

/// The normalised captures of one match, by group name; groups that did not take part are
/// absent.
pub struct Captures<'a> {
    pub values: HashMap<&'a str, String>,
    pub dct: NaiveDate,
    /// Computed on demand from the sentence (see [`super::tense`]).
    pub tense: &'a dyn Fn() -> Tense,
}

/// A normalised value and, for placeable dates/times, its calendar unit.
pub type Resolved = (String, Option<TimeValue>);

impl Captures<'_> {
    fn get<'s>(&'s self, arg: &'s Arg) -> Option<&'s str> {
        match arg {
            Arg::Capture(name) | Arg::NegatedCapture(name) => {
                self.values.get(name.as_str()).map(String::as_str)
            }
            Arg::Word(word) => Some(word.as_str()),
            Arg::Int(_) => None,
        }
    }

    fn int(&self, arg: &Arg) -> Option<i64> {
        match arg {
            Arg::Int(n) => Some(*n),
            Arg::NegatedCapture(_) => self.get(arg)?.parse::<i64>().ok().map(|n| -n),
            _ => self.get(arg)?.parse().ok(),
        }
    }
}

fn add_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    date.checked_add_signed(Duration::try_days(days)?)
}

fn placed(value: TimeValue) -> Option<Resolved> {
    Some((value.to_iso(), Some(value)))
}

/// The `unit` containing `dct`, shifted by `offset` units.
fn shifted_unit(dct: NaiveDate, unit: &str, offset: i64) -> Option<TimeValue> {
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

/// The occurrence of a calendar pattern nearest the reference date in the direction the
/// tense (or an explicit offset) says. `candidate` gives the occurrence in a given year.
fn pick_by_direction(
    dct: NaiveDate,
    direction: Tense,
    candidate: impl Fn(i32) -> Option<TimeValue>,
) -> Option<TimeValue> {
    let dct_secs = TimeValue::from_naive_date(dct).start_secs;
    let options: Vec<TimeValue> = (-1..=1).filter_map(|d| candidate(dct.year() + d)).collect();
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
fn pick_near_by_tense(
    dct: NaiveDate,
    tense: Tense,
    candidate: impl Fn(i32) -> Option<TimeValue>,
) -> Option<TimeValue> {
    let value = pick_by_direction(dct, tense, &candidate)
        .or_else(|| pick_by_direction(dct, Tense::Unmarked, &candidate))?;
    Some(match pick_by_direction(dct, Tense::Unmarked, &candidate) {
        Some(near)
            if days_from(dct, &value) > FAR_YEARLESS_DAY_DAYS
                && days_from(dct, &near) <= NEAR_YEARLESS_DAY_DAYS =>
        {
            near
        }
        _ => value,
    })
}

/// Like [`pick_by_direction`] but excluding the unit that contains the reference date:
/// "last April" in April means the April of last year.
fn pick_strictly(
    dct: NaiveDate,
    offset: i64,
    candidate: impl Fn(i32) -> Option<TimeValue>,
) -> Option<TimeValue> {
    let dct_secs = TimeValue::from_naive_date(dct).start_secs;
    let options: Vec<TimeValue> = (-1..=1).filter_map(|d| candidate(dct.year() + d)).collect();
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

fn season_from_code(code: &str) -> Option<Season> {
    Some(match code {
        "SP" => Season::Spring,
        "SU" => Season::Summer,
        "FA" => Season::Fall,
        "WI" => Season::Winter,
        _ => return None,
    })
}

fn weekday_date(dct: NaiveDate, weekday: i64, offset: Option<i64>, tense: Tense) -> Option<NaiveDate> {
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

/// `hour[, minute[, am/pm]]` on `date`.
fn clock_time(date: NaiveDate, args: &[Arg], captures: &Captures) -> Option<Resolved> {
    let mut hour = u32::try_from(captures.int(args.first()?)?).ok()?;
    let minute = args.get(1).and_then(|a| captures.int(a)).unwrap_or(0);
    let meridiem = args.get(2).and_then(|a| captures.get(a)).unwrap_or_default();
    match meridiem {
        "PM" if hour < 12 => hour += 12,
        "AM" if hour == 12 => hour = 0,
        _ => {}
    }
    let minute = u32::try_from(minute).ok()?;
    placed(TimeValue::minute(
        date.year(),
        date.month(),
        date.day(),
        hour,
        minute,
    )?)
}

fn evaluate_call(func: Func, args: &[Arg], captures: &Captures) -> Option<Resolved> {
    let dct = captures.dct;
    let arg = |i: usize| args.get(i);
    match func {
        Func::Ref => {
            let unit = captures.get(arg(0)?)?;
            let offset_arg = arg(1)?;
            if captures.get(offset_arg) == Some("X") {
                let past = matches!(offset_arg, Arg::NegatedCapture(_));
                return Some((if past { "PAST_REF" } else { "FUTURE_REF" }.to_owned(), None));
            }
            placed(shifted_unit(dct, unit, captures.int(offset_arg)?)?)
        }
        Func::Weekday => {
            let weekday = captures.int(arg(0)?)?;
            let offset = arg(1).and_then(|a| captures.int(a));
            placed(TimeValue::from_naive_date(weekday_date(
                dct,
                weekday,
                offset,
                (captures.tense)(),
            )?))
        }
        Func::WeekdayPart => {
            let weekday = captures.int(arg(0)?)?;
            let part = captures.get(arg(1)?)?;
            let date = weekday_date(dct, weekday, None, (captures.tense)())?;
            let day = TimeValue::from_naive_date(date).with_qualifier(Qualifier::Approximate);
            Some((format!("{}T{part}", day.to_iso()), Some(day)))
        }
        Func::DayPart => {
            let date = add_days(dct, captures.int(arg(0)?)?)?;
            let part = captures.get(arg(1)?)?;
            let day = TimeValue::from_naive_date(date).with_qualifier(Qualifier::Approximate);
            Some((format!("{}T{part}", day.to_iso()), Some(day)))
        }
        Func::Yearless => {
            let month = u32::try_from(captures.int(arg(0)?)?).ok()?;
            let day = match arg(1) {
                Some(a) => Some(u32::try_from(captures.int(a)?).ok()?),
                None => None,
            };
            let candidate = |year| match day {
                Some(day) => TimeValue::day(year, month, day),
                None => TimeValue::month(year, month),
            };
            // "Saturday, April 25": the year in which that day is a Saturday, if one is near.
            let weekday = arg(2).and_then(|a| captures.int(a));
            let on_weekday = |year| {
                candidate(year).filter(|v| {
                    let matches = |w: i64| {
                        v.start_date()
                            .is_some_and(|d| i64::from(d.weekday().number_from_monday()) == w)
                    };
                    weekday.is_none_or(matches)
                })
            };
            let tense = (captures.tense)();
            placed(
                pick_near_by_tense(dct, tense, on_weekday)
                    .or_else(|| pick_near_by_tense(dct, tense, candidate))?,
            )
        }
        Func::Holiday => {
            let spec = captures.get(arg(0)?)?;
            let candidate = |year| holiday_date(spec, year).map(TimeValue::from_naive_date);
            placed(match arg(1).and_then(|a| captures.int(a)) {
                Some(offset) => pick_strictly(dct, offset, candidate)?,
                None => pick_near_by_tense(dct, (captures.tense)(), candidate)?,
            })
        }
        Func::HolidayIn => {
            let spec = captures.get(arg(0)?)?;
            let year = i32::try_from(captures.int(arg(1)?)?).ok()?;
            placed(TimeValue::from_naive_date(holiday_date(spec, year)?))
        }
        Func::NamedMonth => {
            let month = u32::try_from(captures.int(arg(0)?)?).ok()?;
            placed(pick_strictly(dct, captures.int(arg(1)?)?, |year| {
                TimeValue::month(year, month)
            })?)
        }
        Func::MonthInYear => {
            let month = u32::try_from(captures.int(arg(0)?)?).ok()?;
            let year = i64::from(dct.year()) + captures.int(arg(1)?)?;
            placed(TimeValue::month(i32::try_from(year).ok()?, month)?)
        }
        Func::NamedSeason => {
            let season = season_from_code(captures.get(arg(0)?)?)?;
            placed(pick_strictly(dct, captures.int(arg(1)?)?, |year| {
                TimeValue::season(year, season)
            })?)
        }
        Func::Duration => {
            let number = match arg(0)? {
                Arg::Int(n) => n.to_string(),
                other => captures.get(other)?.to_owned(),
            };
            Some((duration_value(&number, captures.get(arg(1)?)?), None))
        }
        Func::HalfMore => {
            let whole = captures.int(arg(0)?)?;
            Some((and_a_half(whole, captures.get(arg(1)?)?)?, None))
        }
        Func::Quarter => {
            let quarter = u32::try_from(captures.int(arg(0)?)?).ok()?;
            // The year is optional in the pattern: absent, the tense picks the occurrence
            // ("sales slowed in the fourth quarter", said in February, is last year's).
            match arg(1)
                .and_then(|a| captures.int(a))
                .and_then(|y| i32::try_from(y).ok())
            {
                Some(year) => placed(TimeValue::quarter(year, quarter)?),
                None => {
                    // Only the past looks back ("sales slowed in the fourth quarter", said in
                    // February); otherwise the quarter is the reference year's ("will report
                    // third-quarter results", "the fiscal first quarter").
                    let candidate = |year| TimeValue::quarter(year, quarter);
                    let value = match (captures.tense)() {
                        Tense::Past => pick_by_direction(dct, Tense::Past, candidate),
                        Tense::Future | Tense::Unmarked => None,
                    };
                    placed(value.or_else(|| candidate(dct.year()))?)
                }
            }
        }
        Func::Time => clock_time(dct, args, captures),
        Func::WeekdayTime => {
            let date = weekday_date(dct, captures.int(arg(0)?)?, None, (captures.tense)())?;
            clock_time(date, args.get(1..)?, captures)
        }
        Func::Weekend => {
            let days_into_week = i64::from(dct.weekday().num_days_from_monday());
            let in_weekend = days_into_week >= 5;
            // "the weekend" in news is the last one (or this one, said on it); in the future
            // it is the coming one, which is this week's.
            let weeks = match arg(0).and_then(|a| captures.int(a)) {
                Some(offset) => offset,
                None => match (captures.tense)() {
                    Tense::Future => 0,
                    Tense::Past | Tense::Unmarked => {
                        if in_weekend {
                            0
                        } else {
                            -1
                        }
                    }
                },
            };
            let monday = add_days(dct, 7 * weeks - days_into_week)?;
            let week = monday.iso_week();
            let value = TimeValue::iso_week(week.year(), week.week())?.with_qualifier(Qualifier::Approximate);
            Some((format!("{}-WE", value.to_iso()), Some(value)))
        }
        Func::Decade => {
            let year = captures.int(arg(0)?)?;
            placed(TimeValue::decade(i32::try_from(year.div_euclid(10)).ok()?)?)
        }
        Func::Century => {
            let ordinal = captures.int(arg(0)?)?;
            placed(TimeValue::century(i32::try_from(ordinal - 1).ok()?)?)
        }
    }
}

/// The value of a rule for one match; `None` when the captures do not make a valid value
/// (e.g. "February 30"), in which case the match is dropped.
pub fn evaluate(expr: &ValueExpr, captures: &Captures) -> Option<Resolved> {
    match expr {
        ValueExpr::Call { func, args } => evaluate_call(*func, args, captures),
        ValueExpr::Template(pieces) => {
            let mut value = String::new();
            for piece in pieces {
                match piece {
                    Piece::Literal(text) => value.push_str(text),
                    Piece::Capture(name) => value.push_str(captures.values.get(name.as_str())?),
                }
            }
            let time = TimeValue::parse_iso(&value);
            // A template that looks like a calendar value must be one ("2014-02-30" is not).
            let looks_calendar = value.starts_with(|c: char| c.is_ascii_digit());
            if looks_calendar && time.is_none() && !value.contains('X') {
                return None;
            }
            Some((value, time))
        }
    }
}
