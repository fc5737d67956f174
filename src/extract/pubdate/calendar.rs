//! Clues from calendar dates in the text: explicit dates, relative expressions tied to an
//! explicit date ("last year's summit, held in October 2021"), and dates without a year
//! ("on Sept. 21") once the year is narrowed down.

use chrono::{Datelike, Days, NaiveDate};

use std::sync::LazyLock;

use regex::Regex;

use super::{
    AP_STYLE_WEEKDAY_RANGE_DAYS, Clue, EARLIEST_DAY, EXPLICIT_DAY_HORIZON_DAYS, LAG_AFTER_EXPLICIT_DAY_DAYS,
    LAG_AFTER_OTHER_BOUND_DAYS, LATEST_DAY, PROBE_DCTS, Probed, WEIGHT_EXPLICIT_DAY, WEIGHT_LOWER_BOUND,
    WEIGHT_STRONG, day, value_days,
};
use crate::extract::sentences::split_sentences;
use crate::model::{Precision, TimeValue};
use crate::temporal::{Tense, Timex, tense_around};

/// A weekday named in the text: the sign of AP style ("on Tuesday" within the week).
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
        .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});

/// Days from an explicit past day to the earliest likely publication day: a week in AP-style
/// text (which names the days of the past week), else the next day.
fn lag_after_explicit_day(text: &str) -> u64 {
    if WEEKDAY.is_match(text) {
        AP_STYLE_WEEKDAY_RANGE_DAYS
    } else {
        LAG_AFTER_EXPLICIT_DAY_DAYS
    }
}

/// Years tried for dates without a year: the narrowed range when it spans at most this many
/// years past its first.
const MAX_CANDIDATE_YEAR_SPAN: i32 = 2;

/// Bytes between a relative expression and the explicit date it is tied to ("last year's
/// summit, held in October 2021").
const MAX_PAIR_DISTANCE_BYTES: usize = 60;

/// After a past day without a year ("on Sept. 21"), the days within which the article is
/// written; after a past month ("in August"), the days.
const YEARLESS_DAY_HORIZON_DAYS: u64 = 14;
const YEARLESS_MONTH_HORIZON_DAYS: u64 = 90;

/// Before a future date without a year ("on Dec. 3"), the days within which the article is
/// written; an unmarked one may be either side by as much.
const YEARLESS_LEAD_DAYS: u64 = 60;

/// Explicit dates: past ones bound the date from below (the latest past day closely), future
/// ones from above.
pub(super) fn explicit_date_clues(text: &str, probed: &Probed) -> Vec<Clue> {
    let mut clues = Vec::new();
    let mut latest_day: Option<(NaiveDate, String)> = None;
    for timex in &probed.a {
        let Some(time) = timex.time else { continue };
        let Some((first, last)) = value_days(&time).filter(|_| probed.is_absolute(timex)) else {
            continue;
        };
        let written = &text[timex.start_byte..timex.end_byte];
        if tense_around(text, timex.start_byte, timex.end_byte) == Tense::Future {
            clues.push(Clue {
                from: day(EARLIEST_DAY),
                to: last,
                weight: WEIGHT_LOWER_BOUND,
                lag_days: 0,
                says: format!("“{written}” is ahead"),
            });
            continue;
        }
        if time.precision >= Precision::Day {
            if latest_day.as_ref().is_none_or(|(d, _)| first > *d) {
                latest_day = Some((first, written.to_owned()));
            }
        } else {
            clues.push(Clue {
                from: first,
                to: day(LATEST_DAY),
                weight: WEIGHT_LOWER_BOUND,
                lag_days: LAG_AFTER_OTHER_BOUND_DAYS,
                says: format!("mentions “{written}” as past"),
            });
        }
    }
    if let Some((latest, written)) = latest_day {
        let horizon = latest
            .checked_add_days(Days::new(EXPLICIT_DAY_HORIZON_DAYS))
            .unwrap_or(latest);
        clues.push(Clue {
            from: latest,
            to: horizon,
            weight: WEIGHT_EXPLICIT_DAY,
            lag_days: lag_after_explicit_day(text),
            says: format!("latest date reported: “{written}” ({latest})"),
        });
    }
    clues
}

/// "Last year's summit, held in October 2021": the relative expression, resolved against a
/// probe date, is some calendar units before it; the article is as many units after the
/// explicit date next to it.
pub(super) fn relative_to_explicit_clues(text: &str, probed: &Probed) -> Vec<Clue> {
    let [probe, _] = PROBE_DCTS.map(day);
    let mut clues = Vec::new();
    for sentence in split_sentences(text) {
        let in_sentence: Vec<&Timex> = probed
            .a
            .iter()
            .filter(|t| t.start_byte >= sentence.start && t.end_byte <= sentence.end)
            .collect();
        for relative in in_sentence.iter().filter(|t| !probed.is_absolute(t)) {
            let Some(time) = relative
                .time
                .filter(|t| matches!(t.precision, Precision::Year | Precision::Month))
            else {
                continue;
            };
            let Some(start) = time.start_date().filter(|s| *s < probe) else {
                continue;
            };
            let Some(explicit) = in_sentence.iter().find(|t| {
                probed.is_absolute(t)
                    && t.time.is_some_and(|e| e.precision >= time.precision)
                    && distance(t, relative) <= MAX_PAIR_DISTANCE_BYTES
            }) else {
                continue;
            };
            let Some(anchor) = explicit.time.and_then(|e| e.start_date()) else {
                continue;
            };
            let (from, to) = if time.precision == Precision::Year {
                let year = anchor.year() + (probe.year() - start.year());
                (
                    NaiveDate::from_ymd_opt(year, 1, 1),
                    NaiveDate::from_ymd_opt(year, 12, 31),
                )
            } else {
                let months_back = i64::from(
                    probe.year() * 12 + probe.month0() as i32 - start.year() * 12 - start.month0() as i32,
                );
                let first = crate::model::add_months(anchor.with_day(1).unwrap_or(anchor), months_back);
                let last = first
                    .and_then(|f| crate::model::add_months(f, 1))
                    .and_then(|n| n.pred_opt());
                (first, last)
            };
            let (Some(from), Some(to)) = (from, to) else {
                continue;
            };
            clues.push(Clue {
                from,
                to,
                weight: WEIGHT_STRONG,
                lag_days: LAG_AFTER_OTHER_BOUND_DAYS,
                says: format!(
                    "“{}” is “{}” → {from} – {to}",
                    &text[relative.start_byte..relative.end_byte],
                    &text[explicit.start_byte..explicit.end_byte]
                ),
            });
        }
    }
    clues
}

fn distance(a: &Timex, b: &Timex) -> usize {
    if a.end_byte <= b.start_byte {
        b.start_byte - a.end_byte
    } else {
        a.start_byte.saturating_sub(b.end_byte)
    }
}

/// The years to try for dates without one: those of the narrowed range, or else the latest
/// year the text mentions as past and the next.
pub(super) fn candidate_years(
    range: Option<(NaiveDate, NaiveDate)>,
    text: &str,
    probed: &Probed,
) -> Vec<i32> {
    if let Some((earliest, latest)) = range
        && latest.year() - earliest.year() <= MAX_CANDIDATE_YEAR_SPAN
    {
        return (earliest.year()..=latest.year()).collect();
    }
    let latest_year = probed
        .a
        .iter()
        .filter(|t| probed.is_absolute(t))
        .filter(|t| tense_around(text, t.start_byte, t.end_byte) != Tense::Future)
        .filter_map(|t| {
            t.time
                .filter(|v| v.precision >= Precision::Year)
                .and_then(|v| v.start_date())
        })
        .map(|d| d.year())
        .max();
    let in_range =
        |year: &i32| range.is_none_or(|(earliest, latest)| (earliest.year()..=latest.year()).contains(year));
    latest_year.map_or_else(Vec::new, |y| [y, y + 1].into_iter().filter(in_range).collect())
}

/// A date without a year: its month, its day (for a day) and how the text looks at it.
struct Yearless<'a> {
    /// In the dateline ("LONDON, Oct 27 (Reuters) -"): the publication day itself.
    in_dateline: bool,
    month: u32,
    day: Option<u32>,
    tense: Tense,
    written: &'a str,
}

fn yearless_mentions<'a>(text: &'a str, probed: &Probed) -> Vec<Yearless<'a>> {
    let mut found = Vec::new();
    for timex in &probed.a {
        let (Some(a), Some(b)) = (timex.time, probed.twin(timex).and_then(|t| t.time)) else {
            continue;
        };
        let (Some(da), Some(db)) = (a.start_date(), b.start_date()) else {
            continue;
        };
        let same_month = da.month() == db.month() && da.year() != db.year() && a.precision == b.precision;
        let day = match a.precision {
            Precision::Day if same_month && da.day() == db.day() => Some(da.day()),
            Precision::Month if same_month => None,
            _ => continue,
        };
        found.push(Yearless {
            in_dateline: super::dateline::is_dateline_date(text, timex),
            month: da.month(),
            day,
            tense: tense_around(text, timex.start_byte, timex.end_byte),
            written: &text[timex.start_byte..timex.end_byte],
        });
    }
    found
}

fn shift(date: NaiveDate, days: u64, forward: bool) -> NaiveDate {
    let shifted = if forward {
        date.checked_add_days(Days::new(days))
    } else {
        date.checked_sub_days(Days::new(days))
    };
    shifted.unwrap_or(date)
}

/// Clues from dates without a year, for each candidate year.
pub(super) fn yearless_clues(text: &str, probed: &Probed, years: &[i32]) -> Vec<Clue> {
    let mut clues = Vec::new();
    for mention in yearless_mentions(text, probed) {
        for &year in years {
            let value = match mention.day {
                Some(d) => TimeValue::day(year, mention.month, d),
                None => TimeValue::month(year, mention.month),
            };
            let Some((first, last)) = value.as_ref().and_then(value_days) else {
                continue;
            };
            let (horizon, weight, lag) = match mention.day {
                Some(_) => (
                    YEARLESS_DAY_HORIZON_DAYS,
                    WEIGHT_STRONG,
                    lag_after_explicit_day(text),
                ),
                None => (
                    YEARLESS_MONTH_HORIZON_DAYS,
                    WEIGHT_LOWER_BOUND,
                    LAG_AFTER_OTHER_BOUND_DAYS,
                ),
            };
            if mention.in_dateline && mention.day.is_some() {
                clues.push(Clue {
                    from: first,
                    to: first,
                    weight: super::dateline::WEIGHT_DATELINE,
                    lag_days: 0,
                    says: format!("dateline “{}” ({first})", mention.written),
                });
                continue;
            }
            let (from, to, says) = match mention.tense {
                Tense::Past => (
                    first,
                    shift(last, horizon, true),
                    format!("“{}” is past ({first})", mention.written),
                ),
                Tense::Future => (
                    shift(first, YEARLESS_LEAD_DAYS, false),
                    first,
                    format!("“{}” is ahead ({first})", mention.written),
                ),
                Tense::Unmarked => (
                    shift(first, YEARLESS_LEAD_DAYS, false),
                    shift(last, horizon, true),
                    format!("“{}” is near ({first})", mention.written),
                ),
            };
            clues.push(Clue {
                from,
                to,
                weight,
                lag_days: lag,
                says,
            });
        }
    }
    clues
}
