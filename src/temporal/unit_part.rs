//! The part of a calendar unit an expression names: "late April" is 21–30 April, "the end of
//! 2016" its December, "the early 1990s" 1990–1992 (TIMEX3 keeps the unit and says `mod="END"`;
//! a timeline draws the part). The words are data: the lexicon's `unit_early_words`,
//! `unit_middle_words`, `unit_late_words`, `unit_start_words` and `unit_end_words`.

use chrono::{Datelike, NaiveDate};

use super::Lexicon;
use super::pick::add_days;
use crate::model::{Precision, Qualifier, TimeSpan, TimeValue, add_months};

/// Which part of its unit an expression names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitPart {
    /// "early", the first third.
    EarlyThird,
    /// "mid", "the middle of", the middle third.
    MiddleThird,
    /// "late", the last third.
    LateThird,
    /// "the beginning of", "the start of": the first finer unit (January of a year, the first
    /// week of a month, the first year of a decade).
    FirstSubunit,
    /// "the end of": the last finer unit.
    LastSubunit,
}

/// Days "the beginning of" or "the end of" a month covers.
const MONTH_EDGE_DAYS: u32 = 7;

/// Words looked at from the start of an expression for its part ("the", "very" may stand
/// before it: "the very end of").
const MAX_LEADING_WORDS: usize = 3;

/// The part of its unit `expression` names by its first words, if any.
pub fn part_named(expression: &str) -> Option<UnitPart> {
    let lexicon = Lexicon::english();
    let lists = [
        (&lexicon.unit_early_words, UnitPart::EarlyThird),
        (&lexicon.unit_middle_words, UnitPart::MiddleThird),
        (&lexicon.unit_late_words, UnitPart::LateThird),
        (&lexicon.unit_start_words, UnitPart::FirstSubunit),
        (&lexicon.unit_end_words, UnitPart::LastSubunit),
    ];
    expression
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .take(MAX_LEADING_WORDS)
        .map(str::to_lowercase)
        .find_map(|word| {
            lists
                .iter()
                .find(|(list, _)| list.contains(&word))
                .map(|(_, part)| *part)
        })
}

/// The finer unit a unit is cut into, and how many of them it holds.
fn subunits(value: TimeValue, start: NaiveDate) -> Option<(Precision, u32)> {
    Some(match value.precision {
        Precision::Century => (Precision::Year, 100),
        Precision::Decade => (Precision::Year, 10),
        Precision::Year => (Precision::Month, 12),
        Precision::Half => (Precision::Month, 6),
        Precision::Quarter | Precision::Season => (Precision::Month, 3),
        Precision::Month => (Precision::Day, add_months(start, 1)?.pred_opt()?.day()),
        _ => return None,
    })
}

/// The `index`-th (0-based) finer unit from `start`.
fn subunit(start: NaiveDate, precision: Precision, index: u32) -> Option<TimeValue> {
    match precision {
        Precision::Year => TimeValue::year(start.year().checked_add(i32::try_from(index).ok()?)?),
        Precision::Month => {
            let month = add_months(start, i64::from(index))?;
            TimeValue::month(month.year(), month.month())
        }
        Precision::Day => Some(TimeValue::from_naive_date(add_days(start, i64::from(index))?)),
        _ => None,
    }
}

/// The span `part` of `value` covers, approximately (the words are not exact); `None` for a
/// unit with no finer calendar cut here (a day, a week).
pub fn span_of_part(value: TimeValue, part: UnitPart) -> Option<TimeSpan> {
    let start = value.start_date()?;
    let (precision, count) = subunits(value, start)?;
    let (first, last) = match part {
        UnitPart::EarlyThird => (0, count / 3 - 1),
        UnitPart::MiddleThird => (count / 3, 2 * count / 3 - 1),
        UnitPart::LateThird => (2 * count / 3, count - 1),
        UnitPart::FirstSubunit if precision == Precision::Day => (0, MONTH_EDGE_DAYS - 1),
        UnitPart::LastSubunit if precision == Precision::Day => (count - MONTH_EDGE_DAYS, count - 1),
        UnitPart::FirstSubunit => (0, 0),
        UnitPart::LastSubunit => (count - 1, count - 1),
    };
    let approximately = |v: TimeValue| v.with_qualifier(Qualifier::Approximate);
    Some(TimeSpan::between(
        approximately(subunit(start, precision, first)?),
        approximately(subunit(start, precision, last)?),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(expression: &str, value: TimeValue) -> (String, String) {
        let part = part_named(expression).unwrap_or_else(|| panic!("{expression:?} names a part"));
        let span = span_of_part(value, part).unwrap_or_else(|| panic!("{expression:?} has a span"));
        assert!(span.is_uncertain(), "a part is approximate");
        (span.first.to_iso(), span.last.to_iso())
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_owned(), b.to_owned())
    }

    #[test]
    fn thirds_of_a_month_a_year_and_a_decade() {
        let april = TimeValue::month(2015, 4).expect("valid");
        assert_eq!(span("late April", april), pair("2015-04-21", "2015-04-30"));
        assert_eq!(span("early April", april), pair("2015-04-01", "2015-04-10"));
        assert_eq!(span("mid-April", april), pair("2015-04-11", "2015-04-20"));
        let year = TimeValue::year(2016).expect("valid");
        assert_eq!(span("late last year", year), pair("2016-09", "2016-12"));
        assert_eq!(span("the middle of 2016", year), pair("2016-05", "2016-08"));
        let nineties = TimeValue::decade(199).expect("valid");
        assert_eq!(span("the early 1990s", nineties), pair("1990", "1992"));
    }

    #[test]
    fn the_edges_are_the_first_or_last_finer_unit() {
        let year = TimeValue::year(2016).expect("valid");
        assert_eq!(span("the end of 2016", year), pair("2016-12", "2016-12"));
        assert_eq!(
            span("the beginning of the year", year),
            pair("2016-01", "2016-01")
        );
        let march = TimeValue::month(2016, 3).expect("valid");
        assert_eq!(span("the end of March", march), pair("2016-03-25", "2016-03-31"));
    }

    #[test]
    fn other_words_and_units_name_no_part() {
        assert_eq!(part_named("earlier this year"), None);
        assert_eq!(part_named("April"), None);
        let day = TimeValue::day(2016, 3, 1).expect("valid");
        assert_eq!(span_of_part(day, UnitPart::LateThird), None);
    }
}
