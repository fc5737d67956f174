//! A story told in sequence keeps its own week: "…they left at 8 a.m. on Good Friday. They then
//! returned Saturday night and left just before 7 a.m. Sunday." The bare weekdays of a sentence
//! that goes on with a narrative (a sequence word of the lexicon's `sequence_markers`) right
//! after one dated to a day weeks before publication are the first such days after that day,
//! not the ones before publication.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::model::{Precision, TimeValue};
use crate::temporal::{Lexicon, Timex};

/// A narrative day this close to publication is in the publication's own week: weekdays keep
/// their reading against the publication date.
const NARRATIVE_MIN_DAYS_BEFORE_PUBLICATION: i64 = 7;

const SECS_PER_DAY: i64 = 86_400;

/// Whether `sentence` carries on a sequence ("then", "later").
fn continues_sequence(sentence: &str) -> bool {
    let lexicon = Lexicon::english();
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| lexicon.sequence_markers.contains(&word.to_lowercase()))
}

/// The weekday a temporal expression names bare ("Saturday night", "7 a.m. Sunday"; not "last
/// Saturday"): only clock words may come before it.
fn bare_weekday(expression: &str) -> Option<Weekday> {
    let mut words = expression.split_whitespace();
    words.find_map(|word| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        match word.parse::<Weekday>() {
            Ok(day) if word.len() > 3 => Some(Some(day)),
            _ if word.starts_with(|c: char| c.is_ascii_digit())
                || matches!(word.to_lowercase().as_str(), "a.m" | "p.m" | "am" | "pm" | "") =>
            {
                None
            }
            _ => Some(None),
        }
    })?
}

/// The sentence's temporal expressions with its bare weekdays moved into the week after
/// `narrative_day` (the day the previous sentence told), when the sentence carries on a
/// sequence and that day lies weeks before publication; `None` when nothing moves.
pub(super) fn in_narrative_week(
    text: &str,
    sentence: &str,
    timexes: &[&Timex],
    narrative_day: Option<NaiveDate>,
    publication: NaiveDate,
) -> Option<Vec<Timex>> {
    let day = narrative_day?;
    if (publication - day).num_days() < NARRATIVE_MIN_DAYS_BEFORE_PUBLICATION || !continues_sequence(sentence)
    {
        return None;
    }
    let mut moved_any = false;
    let moved = timexes
        .iter()
        .map(|timex| {
            let mut timex = (*timex).clone();
            let weekday = text.get(timex.start_byte..timex.end_byte).and_then(bare_weekday);
            if let (Some(weekday), Some(time)) = (weekday, timex.time) {
                let told = time.start_date();
                let wanted = (1..=7)
                    .filter_map(|n| day.checked_add_days(chrono::Days::new(n)))
                    .find(|d| d.weekday() == weekday);
                if let (Some(told), Some(wanted)) = (told, wanted)
                    && time.precision >= Precision::Day
                    && told != wanted
                {
                    let shift_secs = (wanted - told).num_days() * SECS_PER_DAY;
                    timex.time = Some(TimeValue {
                        start_secs: time.start_secs + shift_secs,
                        ..time
                    });
                    moved_any = true;
                }
            }
            timex
        })
        .collect();
    moved_any.then_some(moved)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;

    fn days_of(text: &str) -> Vec<String> {
        let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules compile: {e}"));
        let article = crate::extract::test_article(text, TimeValue::day(2015, 5, 19));
        extractor
            .events_of_article(&article)
            .iter()
            .map(|e| e.when.first.to_iso()[..10].to_owned())
            .collect()
    }

    #[test]
    fn weekdays_after_then_follow_the_day_just_told() {
        let days = days_of(
            "The thieves entered the building on Thursday, April 2. They left at 8 a.m. on Good Friday. They then returned Saturday night and left just before 7 a.m. Sunday.",
        );
        assert!(days.contains(&"2015-04-04".to_owned()), "{days:?}");
        assert!(days.contains(&"2015-04-05".to_owned()), "{days:?}");
        assert!(!days.iter().any(|d| d.starts_with("2015-05-1")), "{days:?}");
    }

    #[test]
    fn without_a_sequence_word_or_near_publication_weekdays_stay() {
        let news =
            days_of("The thieves entered the building on April 2. Police arrested seven men on Saturday.");
        assert!(news.contains(&"2015-05-16".to_owned()), "{news:?}");
        let this_week =
            days_of("Police raided a house on Friday, May 15. They then arrested two men on Sunday.");
        assert!(this_week.contains(&"2015-05-17".to_owned()), "{this_week:?}");
    }

    #[test]
    fn only_bare_weekdays_move() {
        assert_eq!(bare_weekday("Saturday night"), Some(Weekday::Sat));
        assert_eq!(bare_weekday("7 a.m. Sunday"), Some(Weekday::Sun));
        assert_eq!(bare_weekday("last Saturday"), None);
        assert_eq!(bare_weekday("April 2"), None);
    }
}
