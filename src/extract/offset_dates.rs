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

use chrono::{Datelike, Days, NaiveDate};

use super::events::Dating;
use crate::model::{Precision, TimeSpan, TimeValue, add_months};
use crate::temporal::{Timex, TimexType, clause_around};

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
/// unit leaves: days and weeks keep the day, months the month, years the year.
fn shifted(day: NaiveDate, count: i64, unit: char, precision: Precision) -> Option<TimeValue> {
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
        'M' => (add_months(day, count)?, Precision::Month),
        'Y' => (add_months(day, count * 12)?, Precision::Year),
        _ => return None,
    };
    match precision.min(unit_precision) {
        Precision::Year => TimeValue::year(moved.year()),
        Precision::Month => TimeValue::month(moved.year(), moved.month()),
        _ => Some(TimeValue::from_naive_date(moved)),
    }
}

/// The word after a duration that makes it an offset ("three days after"), and where it ends.
fn direction_after(text: &str, duration: &Timex) -> Option<(Direction, usize)> {
    let rest = text.get(duration.end_byte..)?;
    let word_start = duration.end_byte + (rest.len() - rest.trim_start().len());
    let word = rest.split_whitespace().next()?;
    let direction = match word {
        "after" => Direction::After,
        "before" => Direction::Before,
        _ => return None,
    };
    Some((direction, word_start + word.len()))
}

/// Trims `range` of `text` to its first and last non-space bytes.
fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let Some(slice) = text.get(range.clone()) else {
        return range;
    };
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = start + slice.trim().len();
    start..end
}

/// The events a sentence dates by a duration from its own date, each quoting its clause.
/// `sentence_start` is the sentence's first byte in `text`; ranges in the datings are local to
/// the sentence.
pub(super) fn offset_datings(text: &str, sentence: &Range<usize>, timexes: &[&Timex]) -> Vec<Dating> {
    let mut datings = Vec::new();
    for duration in timexes.iter().filter(|t| t.kind == TimexType::Duration) {
        let (Some((count, unit)), Some((direction, cue_end))) =
            (parse_duration(&duration.value), direction_after(text, duration))
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
        // The date first: the clause of the duration is the other event. The date after it,
        // in the duration's clause: what comes before the duration is.
        let (anchor, sign, quote) = match (before, after) {
            (Some(anchor), _) => {
                let sign = if direction == Direction::After { -1 } else { 1 };
                (anchor, sign, clause_start..clause_end)
            }
            (None, Some(anchor)) if anchor.end_byte <= clause_end => {
                let sign = if direction == Direction::After { 1 } else { -1 };
                (anchor, sign, sentence.start..duration.start_byte)
            }
            _ => continue,
        };
        let Some(time) = anchor.time else { continue };
        let Some(day) = time.start_date() else { continue };
        let Some(moved) = shifted(day, sign * count, unit, time.precision) else {
            continue;
        };
        let quote = trimmed(text, quote);
        if quote.is_empty() {
            continue;
        }
        let local =
            |r: Range<usize>| r.start.saturating_sub(sentence.start)..r.end.saturating_sub(sentence.start);
        let cue = (quote.start <= duration.start_byte && cue_end <= quote.end)
            .then(|| local(duration.start_byte..cue_end));
        datings.push(Dating {
            when: TimeSpan::single(moved),
            cue,
            rule: format!("offset({},{})", duration.rule, anchor.rule),
            quote: Some(local(quote)),
        });
    }
    datings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;

    /// The events of a text published on Thursday 2022-09-22: (first day in ISO, quote).
    fn events_of(text: &str) -> Vec<(String, String)> {
        let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules compile: {e}"));
        let article = crate::extract::test_article(text, TimeValue::day(2022, 9, 22));
        extractor
            .events_of_article(&article)
            .iter()
            .map(|e| (e.when.first.to_iso(), e.evidence[0].quote.clone()))
            .collect()
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
        let back = shifted(day, -3, 'D', Precision::Day).map(|v| v.to_iso());
        assert_eq!(back.as_deref(), Some("2022-09-19"));
        let years = shifted(day, -2, 'Y', Precision::Day).map(|v| v.to_iso());
        assert_eq!(years.as_deref(), Some("2020"));
        let weeks = shifted(day, 2, 'W', Precision::Day).map(|v| v.to_iso());
        assert_eq!(weeks.as_deref(), Some("2022-10-06"));
    }
}
