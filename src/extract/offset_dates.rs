//! "A powerful earthquake struck early Thursday, just three days after a 7.6-magnitude
//! earthquake shook western Mexico": a duration followed by "after" or "before" ties a second
//! event to the sentence's date, that long before or after it. The event without a date of its
//! own is the clause on the other side of the duration from the date:
//!
//! - the date comes first ("struck Thursday, three days after X"): X is the date minus the
//!   duration ("before": plus);
//! - the date comes in the "after" clause ("attacked two weeks after the truce began on March
//!   3"): what comes before the duration is the date plus the duration ("before": minus).

use std::ops::Range;

use chrono::{Datelike, Days, Months, NaiveDate};

use super::events::Dating;
use super::sentences::trimmed_range;
use crate::model::{Precision, TimeSpan, TimeValue};
use crate::temporal::{Lexicon, Timex, TimexType, clause_around};

/// Which way the duration points from the dated event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Direction {
    After,
    Before,
}

/// A whole number of calendar units ("P3D", "P2W", "P6M", "P10Y"): the only durations that
/// give a day, month or year by arithmetic.
fn parse_duration(value: &str) -> Option<(i64, char)> {
    let body = value.strip_prefix('P')?;
    let unit = body.chars().last()?;
    let count: i64 = body.get(..body.len() - unit.len_utf8())?.parse().ok()?;
    matches!(unit, 'D' | 'W' | 'M' | 'Y').then_some((count, unit))
}

/// `day` moved `count` units forward (or back when `count` is negative), with the precision the
/// unit leaves: days and weeks keep the day, months the month, years the year; `keep_day`
/// ("to the day") keeps the anchor's precision whatever the unit.
fn shifted(
    day: NaiveDate,
    count: i64,
    unit: char,
    precision: Precision,
    keep_day: bool,
) -> Option<TimeValue> {
    let (moved, unit_precision) = match unit {
        'D' | 'W' => {
            let days = if unit == 'W' { count * 7 } else { count };
            let magnitude = Days::new(days.unsigned_abs());
            let moved = if days >= 0 {
                day.checked_add_days(magnitude)
            } else {
                day.checked_sub_days(magnitude)
            };
            (moved?, Precision::Day)
        }
        'M' => (same_day_months_away(day, count)?, Precision::Month),
        'Y' => (
            same_day_months_away(day, count.checked_mul(12)?)?,
            Precision::Year,
        ),
        _ => return None,
    };
    let precision = if keep_day {
        precision
    } else {
        precision.min(unit_precision)
    };
    match precision {
        Precision::Year => TimeValue::year(moved.year()),
        Precision::Month => TimeValue::month(moved.year(), moved.month()),
        _ => Some(TimeValue::from_naive_date(moved)),
    }
}

/// How a duration is tied to the event it counts from.
struct Offset {
    direction: Direction,
    /// Where the cue ("three days after", "seven years to the day before") ends.
    cue_end: usize,
    /// "to the day": the shifted date keeps its day, whatever the unit.
    to_the_day: bool,
}

/// The same day of the month `months` away (the last day when that month is shorter).
fn same_day_months_away(day: NaiveDate, months: i64) -> Option<NaiveDate> {
    let magnitude = Months::new(u32::try_from(months.unsigned_abs()).ok()?);
    if months >= 0 {
        day.checked_add_months(magnitude)
    } else {
        day.checked_sub_months(magnitude)
    }
}

/// The words after a duration that make it an offset ("three days after", "seven years to the
/// day after": the lexicon's `to_the_day` phrases may stand between), and where they end.
fn offset_after(text: &str, duration: &Timex) -> Option<Offset> {
    let rest = text.get(duration.end_byte..)?;
    let mut at = duration.end_byte + (rest.len() - rest.trim_start().len());
    let mut to_the_day = false;
    let lower = text.get(at..)?.to_lowercase();
    if let Some(phrase) = Lexicon::english()
        .to_the_day
        .iter()
        .filter(|phrase| lower.starts_with(&format!("{phrase} ")))
        .max_by_key(|phrase| phrase.len())
    {
        let after_phrase = text.get(at + phrase.len()..)?;
        at += phrase.len() + (after_phrase.len() - after_phrase.trim_start().len());
        to_the_day = true;
    }
    let word = text.get(at..)?.split_whitespace().next()?;
    let direction = match word {
        "after" => Direction::After,
        "before" => Direction::Before,
        _ => return None,
    };
    Some(Offset {
        direction,
        cue_end: at + word.len(),
        to_the_day,
    })
}

/// The events a sentence dates by a duration from its own date, each quoting its clause.
/// `sentence_date` is the date the sentence has without a date of its own (the story's, by
/// anchoring), for "Seven years to the day after lowering the rate, the Fed raised it": the
/// duration's clause is then that long before (or after) it. Ranges in the datings are local to
/// the sentence.
pub(super) fn offset_datings(
    text: &str,
    sentence: &Range<usize>,
    timexes: &[&Timex],
    sentence_date: Option<TimeValue>,
) -> Vec<Dating> {
    let mut datings = Vec::new();
    for duration in timexes.iter().filter(|t| t.kind == TimexType::Duration) {
        let (Some((count, unit)), Some(offset)) =
            (parse_duration(&duration.value), offset_after(text, duration))
        else {
            continue;
        };
        let dated = |t: &&&Timex| {
            matches!(t.kind, TimexType::Date | TimexType::Time)
                && t.time.is_some_and(|v| v.precision >= Precision::Month)
        };
        let before = timexes
            .iter()
            .filter(dated)
            .rfind(|t| t.end_byte <= duration.start_byte);
        let after = timexes
            .iter()
            .filter(dated)
            .find(|t| t.start_byte >= duration.end_byte);
        let clause_of_duration = clause_around(text, duration.start_byte, duration.end_byte);
        let clause_start = clause_of_duration.as_ptr().addr() - text.as_ptr().addr();
        let clause_end = clause_start + clause_of_duration.len();
        let counted_back = if offset.direction == Direction::After {
            -1
        } else {
            1
        };
        // The date first: the clause of the duration is the other event. The date after it,
        // in the duration's clause: what comes before the duration is. No date: the sentence's
        // own time is the main clause's, and the duration's clause is the other event.
        let (time, anchor_rule, sign, quote) = match (before, after) {
            (Some(anchor), _) => (
                anchor.time,
                anchor.rule.as_str(),
                counted_back,
                clause_start..clause_end,
            ),
            (None, Some(anchor)) if anchor.end_byte <= clause_end => (
                anchor.time,
                anchor.rule.as_str(),
                -counted_back,
                sentence.start..duration.start_byte,
            ),
            (None, None) if timexes.iter().all(|t| t.time.is_none()) => {
                (sentence_date, "sentence", counted_back, clause_start..clause_end)
            }
            _ => continue,
        };
        let Some(time) = time.filter(|t| t.precision >= Precision::Month) else {
            continue;
        };
        let Some(day) = time.start_date() else { continue };
        let Some(moved) = shifted(day, sign * count, unit, time.precision, offset.to_the_day) else {
            continue;
        };
        let quote = trimmed_range(text, quote);
        if quote.is_empty() {
            continue;
        }
        let local =
            |r: Range<usize>| r.start.saturating_sub(sentence.start)..r.end.saturating_sub(sentence.start);
        let cue = (quote.start <= duration.start_byte && offset.cue_end <= quote.end)
            .then(|| local(duration.start_byte..offset.cue_end));
        datings.push(Dating {
            when: TimeSpan::single(moved),
            cue,
            rule: format!("offset({},{anchor_rule})", duration.rule),
            quote: Some(local(quote)),
        });
    }
    datings
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The events of a text published on Thursday 2022-09-22: (first day in ISO, quote).
    fn events_of(text: &str) -> Vec<(String, String)> {
        crate::extract::test_events(text, TimeValue::day(2022, 9, 22))
    }

    #[test]
    fn the_clause_after_the_duration_is_that_long_before_the_date() {
        let events = events_of(
            "The earthquake struck shortly after 1 a.m. on Thursday, just three days after a larger quake shook the coast, killing two.",
        );
        assert!(
            events.iter().any(|(day, quote)| day == "2022-09-19"
                && quote.starts_with("just three days after a larger quake")),
            "{events:?}"
        );
        assert!(
            events.iter().any(|(day, _)| day.starts_with("2022-09-22")),
            "{events:?}"
        );
    }

    #[test]
    fn the_clause_before_the_duration_is_that_long_after_a_date_in_its_clause() {
        let events = events_of("The rebels attacked the town two weeks after the truce began on March 3.");
        assert!(
            events
                .iter()
                .any(|(day, quote)| day == "2022-03-17" && quote == "The rebels attacked the town"),
            "{events:?}"
        );
        assert!(events.iter().any(|(day, _)| day == "2022-03-03"), "{events:?}");
    }

    #[test]
    fn a_duration_without_after_or_before_ties_nothing() {
        let events = events_of("The siege lasted three days and ended on Tuesday.");
        assert!(
            events.iter().all(|(_, quote)| quote.starts_with("The siege")),
            "{events:?}"
        );
        assert_eq!(events.len(), 1, "{events:?}");
    }

    #[test]
    fn whole_calendar_units_are_offsets_and_others_are_not() {
        assert_eq!(parse_duration("P3D"), Some((3, 'D')));
        assert_eq!(parse_duration("P2W"), Some((2, 'W')));
        assert_eq!(parse_duration("P10Y"), Some((10, 'Y')));
        assert_eq!(parse_duration("PT3H"), None);
        assert_eq!(parse_duration("PXD"), None);
        assert_eq!(parse_duration("P1.5Y"), None);
    }

    #[test]
    fn a_shift_keeps_the_precision_its_unit_leaves() {
        let day = NaiveDate::from_ymd_opt(2022, 9, 22).unwrap_or_default();
        let back = shifted(day, -3, 'D', Precision::Day, false).map(|v| v.to_iso());
        assert_eq!(back.as_deref(), Some("2022-09-19"));
        let years = shifted(day, -2, 'Y', Precision::Day, false).map(|v| v.to_iso());
        assert_eq!(years.as_deref(), Some("2020"));
        let weeks = shifted(day, 2, 'W', Precision::Day, false).map(|v| v.to_iso());
        assert_eq!(weeks.as_deref(), Some("2022-10-06"));
    }

    #[test]
    fn to_the_day_after_an_undated_clause_counts_back_from_the_story_day() {
        let events = events_of(
            "The committee met on Monday. Its chair spoke on Monday. The vote came on Monday. Seven years to the day after lowering the rate to near zero, members of the committee edged it up.",
        );
        assert!(
            events.iter().any(|(day, quote)| day == "2015-09-19"
                && quote.starts_with("Seven years to the day after lowering")),
            "{events:?}"
        );
    }
}
