//! Evaluating a rule value against the captures and the reference date.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use super::duration::{and_a_half, duration_value};
use super::holiday::holiday_value;
use super::pick::{
    add_days, pick_by_direction, pick_near_by_tense, pick_strictly, pick_yearless, weekday_date,
};
use super::shift::{shift_anchor, shifted_unit};
use super::tense::Tense;
use super::value::{Arg, Func, Piece, ValueExpr};
use crate::model::{Qualifier, Season, TimeValue};

/// The normalised captures of one match, by group name; groups that did not take part are
/// absent.
pub struct Captures<'a> {
    pub values: HashMap<&'a str, String>,
    pub dct: NaiveDate,
    /// For anaphoric rules, the earlier date they refer to ("a year earlier" than it).
    pub anchor: Option<TimeValue>,
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

/// A quarter's number from a captured ordinal, or for the word `reported` the last quarter
/// completed before the reference date (business news reports it: "the 1988 quarter" in a
/// story about third-quarter results is 1988's third).
fn quarter_number(arg: &Arg, captures: &Captures) -> Option<u32> {
    if matches!(arg, Arg::Word(word) if word == "reported") {
        let current_quarter0 = captures.dct.month0() / 3;
        return Some((current_quarter0 + 3) % 4 + 1);
    }
    u32::try_from(captures.int(arg)?).ok()
}

/// A numbered part of a year: `TimeValue::quarter` or `TimeValue::half`.
type PartOfYear = fn(i32, u32) -> Option<TimeValue>;

/// The part of a year a function numbers and the number its argument gives: a quarter (which
/// may be `reported`) or a half.
fn numbered_part(func: Func, arg: &Arg, captures: &Captures) -> Option<(u32, PartOfYear)> {
    if matches!(func, Func::Quarter | Func::QuarterInYear) {
        Some((quarter_number(arg, captures)?, TimeValue::quarter))
    } else {
        Some((u32::try_from(captures.int(arg)?).ok()?, TimeValue::half))
    }
}

fn placed(value: TimeValue) -> Option<Resolved> {
    Some((value.to_iso(), Some(value)))
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
        Func::Ago => {
            let (value, time) = evaluate_call(Func::Ref, args, captures)?;
            let unit = captures.get(arg(0)?)?;
            let offset = captures.int(arg(1)?);
            match (unit, offset) {
                ("week", Some(weeks)) => {
                    let day = TimeValue::from_naive_date(add_days(dct, 7 * weeks)?)
                        .with_qualifier(Qualifier::Approximate);
                    Some((value, Some(day)))
                }
                _ => Some((value, time)),
            }
        }
        Func::Shift => {
            let unit = captures.get(arg(0)?)?;
            let offset = captures.int(arg(1)?)?;
            match captures
                .anchor
                .and_then(|anchor| shift_anchor(anchor, unit, offset))
            {
                Some(value) => placed(value),
                None => placed(shifted_unit(dct, unit, offset)?),
            }
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
            placed(pick_yearless(dct, tense, on_weekday).or_else(|| pick_yearless(dct, tense, candidate))?)
        }
        Func::Holiday => {
            let spec = captures.get(arg(0)?)?;
            let candidate = |year| holiday_value(spec, year);
            placed(match arg(1).and_then(|a| captures.int(a)) {
                Some(offset) => pick_strictly(dct, offset, candidate)?,
                None => pick_near_by_tense(dct, (captures.tense)(), candidate)?,
            })
        }
        Func::HolidayIn => {
            let spec = captures.get(arg(0)?)?;
            let year = i32::try_from(captures.int(arg(1)?)?).ok()?;
            placed(holiday_value(spec, year)?)
        }
        Func::HolidayInYear => {
            let spec = captures.get(arg(0)?)?;
            let year = i64::from(dct.year()) + captures.int(arg(1)?)?;
            placed(holiday_value(spec, i32::try_from(year).ok()?)?)
        }
        Func::DayInYear => {
            let month = u32::try_from(captures.int(arg(0)?)?).ok()?;
            let day = u32::try_from(captures.int(arg(1)?)?).ok()?;
            let year = i64::from(dct.year()) + captures.int(arg(2)?)?;
            placed(TimeValue::day(i32::try_from(year).ok()?, month, day)?)
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
        Func::Season => {
            let season = season_from_code(captures.get(arg(0)?)?)?;
            let candidate = |year| TimeValue::season(year, season);
            placed(pick_near_by_tense(dct, (captures.tense)(), candidate)?)
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
        Func::Quarter | Func::Half => {
            let (part, make) = numbered_part(func, arg(0)?, captures)?;
            // The year is optional in the pattern: absent, the tense picks the occurrence
            // ("sales slowed in the fourth quarter", said in February, is last year's).
            match arg(1)
                .and_then(|a| captures.int(a))
                .and_then(|y| i32::try_from(y).ok())
            {
                Some(year) => placed(make(year, part)?),
                None => {
                    // Only the past looks back ("sales slowed in the fourth quarter", said in
                    // February); otherwise the part is the reference year's ("will report
                    // third-quarter results", "the fiscal first quarter").
                    let candidate = |year| make(year, part);
                    let value = match (captures.tense)() {
                        Tense::Past => pick_by_direction(dct, Tense::Past, candidate),
                        Tense::Future | Tense::Unmarked => None,
                    };
                    placed(value.or_else(|| candidate(dct.year()))?)
                }
            }
        }
        Func::QuarterInYear | Func::HalfInYear => {
            let (part, make) = numbered_part(func, arg(0)?, captures)?;
            let year = i64::from(dct.year()) + captures.int(arg(1)?)?;
            placed(make(i32::try_from(year).ok()?, part)?)
        }
        Func::Time => clock_time(dct, args, captures),
        Func::WeekdayTime => {
            let date = weekday_date(dct, captures.int(arg(0)?)?, None, (captures.tense)())?;
            clock_time(date, args.get(1..)?, captures)
        }
        Func::DateTime => {
            let month = u32::try_from(captures.int(arg(0)?)?).ok()?;
            let day = u32::try_from(captures.int(arg(1)?)?).ok()?;
            let candidate = |year| TimeValue::day(year, month, day);
            let explicit_year = arg(5).and_then(|a| captures.int(a));
            let date = match explicit_year.and_then(|y| i32::try_from(y).ok()) {
                Some(year) => NaiveDate::from_ymd_opt(year, month, day)?,
                None => pick_near_by_tense(dct, (captures.tense)(), candidate)?.start_date()?,
            };
            clock_time(date, args.get(2..5)?, captures)
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
