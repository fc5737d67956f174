//! The two ends of a range share a year: "from June to August 2014" is June 2014, not the
//! June the tense picks; "from Dec. 3 to Feb. 5, 2015" starts in December 2014.

use chrono::Datelike;

use super::Candidate;
use super::rules::Rule;
use super::value::{Func, ValueExpr};
use crate::model::{Precision, TimeValue};

/// Whether the rule places its date by tense because the text gives no year ("June 9").
fn is_yearless(rule: &Rule) -> bool {
    matches!(
        rule.value,
        ValueExpr::Call {
            func: Func::Yearless,
            ..
        }
    )
}

/// Whether the rule's match spells out a year ("August 2014").
fn names_a_year(rule: &Rule) -> bool {
    rule.captures.values().any(|fragment| fragment == "year")
}

/// Whether the text between two dates joins them into a range.
fn joins_a_range(text: &str, first: &Candidate, second: &Candidate) -> bool {
    let between = text[first.end..second.start].trim().to_lowercase();
    let between = between.as_str();
    if !super::Lexicon::english().range_joiners.contains(between) {
        return false;
    }
    between != "and" || text[..first.start].trim_end().to_lowercase().ends_with("between")
}

/// `start` (a month or a day) in the year of `end`, or the year before if it would otherwise
/// come after `end`.
fn in_year_of(start: TimeValue, end: TimeValue) -> Option<TimeValue> {
    let date = start.start_date()?;
    let end_date = end.start_date()?;
    let in_year = |year: i32| match start.precision {
        Precision::Month => TimeValue::month(year, date.month()),
        Precision::Day => TimeValue::day(year, date.month(), date.day()),
        _ => None,
    };
    let candidate = in_year(end_date.year())?;
    let value = if candidate.start_secs > end.start_secs {
        in_year(end_date.year() - 1)?
    } else {
        candidate
    };
    Some(value.with_qualifier(start.qualifier))
}

/// Gives the yearless start of each range the year of its end.
pub(super) fn share_range_years(text: &str, rules: &[Rule], chosen: &mut [Candidate]) {
    for index in 1..chosen.len() {
        let (before, after) = chosen.split_at_mut(index);
        let (Some(first), Some(second)) = (before.last_mut(), after.first()) else {
            continue;
        };
        if !is_yearless(&rules[first.rule])
            || !names_a_year(&rules[second.rule])
            || !joins_a_range(text, first, second)
        {
            continue;
        }
        let (Some(start), Some(end)) = (first.time, second.time) else {
            continue;
        };
        if let Some(value) = in_year_of(start, end) {
            first.value = value.to_iso();
            first.time = Some(value);
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::temporal::Tagger;

    fn values(text: &str) -> Vec<(String, String)> {
        let tagger = Tagger::english().expect("rules compile");
        let dct = NaiveDate::from_ymd_opt(2016, 10, 27).expect("valid date");
        let timexes = tagger.tag(text, dct);
        timexes
            .into_iter()
            .map(|t| (text[t.start_byte..t.end_byte].to_owned(), t.value))
            .collect()
    }

    fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected
            .iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect()
    }

    #[test]
    fn the_start_of_a_range_takes_the_year_of_its_end() {
        assert_eq!(
            values("Fighting raged from June to August 2014."),
            pairs(&[("June", "2014-06"), ("August 2014", "2014-08")])
        );
        assert_eq!(
            values("The talks ran from Dec. 3 to Feb. 5, 2015."),
            pairs(&[("Dec. 3", "2014-12-03"), ("Feb. 5, 2015", "2015-02-05")])
        );
        assert_eq!(
            values("Troops stayed between March and May 2003."),
            pairs(&[("March", "2003-03"), ("May 2003", "2003-05")])
        );
    }

    #[test]
    fn dates_that_are_not_a_range_keep_their_own_year() {
        assert_eq!(
            values("He left in June and returned in August 2014."),
            pairs(&[("June", "2016-06"), ("August 2014", "2014-08")])
        );
    }
}
