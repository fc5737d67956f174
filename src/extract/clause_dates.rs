//! The dates a sentence gives its events: each range of two ("between 2010 and 2014"), and
//! the most precise date of each clause ("June 10" over "2014"), a clock time put on the day
//! its clause names ("at about 2 a.m. local time on Sunday").

use chrono::{Days, NaiveDate};

use super::Extractor;
use super::events::Dating;
use crate::model::{Precision, Qualifier, TimeSpan, TimeValue};
use crate::temporal::{Lexicon, Timex, TimexType, clause_around, part_named, span_of_part};

impl Extractor {
    /// The sentence's own dates: each range of two ("between 2010 and 2014"), and the most
    /// precise date of each clause ("June 10" over "2014"); several clauses may tell several
    /// events ("…on Dec. 3, after Ruiz resigned in August").
    pub(super) fn dates_by_timex(
        &self,
        text: &str,
        sentence_start: usize,
        timexes: &[&Timex],
        dct: NaiveDate,
    ) -> Vec<Dating> {
        let local = |t: &Timex| t.start_byte - sentence_start..t.end_byte - sentence_start;
        let timexes: Vec<&Timex> = timexes
            .iter()
            .copied()
            .filter(|t| {
                t.start_byte >= sentence_start
                    && !is_name_year(
                        &text[sentence_start..t.start_byte],
                        &text[t.start_byte..t.end_byte],
                    )
            })
            .collect();
        let mut datings = Vec::new();
        let mut in_range = vec![false; timexes.len()];
        for i in 1..timexes.len() {
            let (a, b) = (timexes[i - 1], timexes[i]);
            let (Some(first), Some(last)) = (a.time, b.time) else {
                continue;
            };
            if in_range[i - 1] {
                continue;
            }
            let joiner = text[a.end_byte..b.start_byte].trim();
            let opener = text[sentence_start..a.start_byte].trim_end().to_lowercase();
            let is_range = Lexicon::english().range_joiners.contains(joiner)
                && (opener.ends_with("between") || opener.ends_with("from") || joiner != "and");
            if is_range {
                in_range[i - 1] = true;
                in_range[i] = true;
                datings.push(Dating {
                    when: TimeSpan::between(first, last),
                    cue: Some(local(a).start..local(b).end),
                    rule: format!("range({},{})", a.rule, b.rule),
                    quote: None,
                });
            }
        }
        // The most precise placeable date of each clause.
        let mut by_clause: Vec<(usize, &Timex, TimeValue)> = Vec::new();
        // The first date of each clause that names a day ("on Sunday").
        let mut clause_days: Vec<(usize, TimeValue)> = Vec::new();
        for (i, timex) in timexes.iter().enumerate() {
            let Some(time) = timex.time.filter(|_| !in_range[i]) else {
                continue;
            };
            let clause = clause_around(text, timex.start_byte, timex.end_byte);
            let clause_start = clause.as_ptr().addr() - text.as_ptr().addr();
            if timex.kind == TimexType::Date
                && time.precision == Precision::Day
                && !clause_days.iter().any(|(start, _)| *start == clause_start)
            {
                clause_days.push((clause_start, time));
            }
            place_in_clause(&mut by_clause, text, (clause_start, timex, time));
        }
        datings.extend(by_clause.into_iter().map(|(clause_start, timex, time)| {
            let clause_day = clause_days
                .iter()
                .find(|(start, _)| *start == clause_start)
                .map(|(_, day)| *day);
            let time = on_the_clause_day(timex, time, clause_day, dct);
            Dating {
                when: weekend_days(&timex.value, time)
                    .or_else(|| {
                        let part = part_named(&text[timex.start_byte..timex.end_byte])?;
                        span_of_part(time, part)
                    })
                    .unwrap_or_else(|| TimeSpan::single(time)),
                cue: Some(local(timex)),
                rule: timex.rule.clone(),
                quote: None,
            }
        }));
        datings.sort_by_key(|d| d.cue.as_ref().map_or(0, |c| c.start));
        datings
    }
}

/// Whether `time` dates its clause better than `other`: finer, or as fine and exact where the
/// other is approximate ("on Saturday" over "two weeks ago", which is a day only roughly).
fn pins_better(time: TimeValue, other: TimeValue) -> bool {
    time.precision > other.precision
        || (time.precision == other.precision
            && time.qualifier == Qualifier::Exact
            && other.qualifier != Qualifier::Exact)
}

/// The dates kept so far, each with the start of its clause.
type ClauseDates<'t> = Vec<(usize, &'t Timex, TimeValue)>;

/// Adds a date to the dates of its clause: a date apart from every date the clause already
/// has, with more than list words between, tells an event of its own ("…clearing him
/// yesterday of murdering her on Valentine's Day last year", "plans to impose it from this
/// summer after talks broke down in January"); a date that meets one of them replaces it if
/// it pins the time better ("June 10" in "in 2014"); a listed one ("in 2019 and 2020") is left
/// to the first.
fn place_in_clause<'t>(kept: &mut ClauseDates<'t>, text: &str, date: (usize, &'t Timex, TimeValue)) {
    let (clause_start, timex, time) = date;
    let Some(first) = kept.iter().position(|entry| entry.0 == clause_start) else {
        kept.push(date);
        return;
    };
    let meeting = kept
        .iter()
        .position(|(start, _, other)| *start == clause_start && spans_meet(time, *other));
    match meeting {
        Some(i) => {
            if pins_better(time, kept[i].2) {
                kept[i] = date;
            }
        }
        None => {
            let previous_end = kept
                .iter()
                .filter(|entry| entry.0 == clause_start)
                .map(|entry| entry.1.end_byte)
                .filter(|end| *end <= timex.start_byte)
                .max()
                .unwrap_or(timex.start_byte);
            if !lists_dates(&text[previous_end..timex.start_byte]) {
                kept.push(date);
            } else if pins_better(time, kept[first].2) {
                kept[first] = date;
            }
        }
    }
}

/// Whether a bare year is part of a name ("to win the World Cup 2022", "the Paris Agreement
/// 2015 targets"): it follows a capitalised word that is neither the sentence's first nor a
/// determiner or date preposition. Such a year names an edition, not the time of the clause
/// ("Tokyo 2020" was held in 2021), so it dates no event; the sentence is placed as if it had
/// no date.
fn is_name_year(before: &str, expression: &str) -> bool {
    if expression.len() != 4 || !expression.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some(previous) = before.strip_suffix(' ') else {
        return false;
    };
    let mut words = previous.split_whitespace().rev();
    let Some(word) = words.next() else {
        return false;
    };
    let lexicon = Lexicon::english();
    let lower = word.to_lowercase();
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(char::is_alphabetic)
        && words.next().is_some()
        && !lexicon.determiners.contains(&lower)
        && !lexicon.date_prepositions.contains(&lower)
}

/// Whether the words between two dates only list them ("in 2019 and 2020", "on Monday or on
/// Tuesday"): see the lexicon's `date_list_joiners`.
fn lists_dates(gap: &str) -> bool {
    let lexicon = Lexicon::english();
    gap.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .all(|word| {
            lexicon.date_list_joiners.contains(&word)
                || lexicon.date_prepositions.contains(&word)
                || lexicon.range_joiners.contains(&word)
        })
}

fn spans_meet(a: TimeValue, b: TimeValue) -> bool {
    TimeSpan::single(a).overlaps(&TimeSpan::single(b))
}

/// A clock time the tagger put on the reference day ("2 a.m." → the publication day) moved
/// to the day its clause names ("at about 2 a.m. local time (0900 GMT) on Sunday"); any other
/// time as it is.
fn on_the_clause_day(
    timex: &Timex,
    time: TimeValue,
    clause_day: Option<TimeValue>,
    dct: NaiveDate,
) -> TimeValue {
    let reference_day = TimeValue::from_naive_date(dct);
    match clause_day {
        Some(day)
            if timex.kind == TimexType::Time
                && time.precision > Precision::Day
                && time.start_date() == Some(dct)
                && day.start_date() != Some(dct) =>
        {
            TimeValue {
                start_secs: time.start_secs - reference_day.start_secs + day.start_secs,
                ..time
            }
        }
        _ => time,
    }
}

/// A weekend (`2016-W42-WE`) covers its Saturday and Sunday, not the whole week.
fn weekend_days(value: &str, week: TimeValue) -> Option<TimeSpan> {
    let monday = week.start_date().filter(|_| value.ends_with("-WE"))?;
    let day = |offset: u64| {
        monday
            .checked_add_days(Days::new(offset))
            .map(TimeValue::from_naive_date)
    };
    Some(TimeSpan::between(day(5)?, day(6)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The events' spans of a text published on Tuesday 2022-04-05, in ISO.
    fn spans_of(text: &str) -> Vec<(String, String)> {
        let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules compile: {e}"));
        let article = crate::extract::test_article(text, TimeValue::day(2022, 4, 5));
        extractor
            .events_of_article(&article)
            .iter()
            .map(|e| (e.when.first.to_iso(), e.when.last.to_iso()))
            .collect()
    }

    #[test]
    fn a_repeated_sentence_and_two_dates_of_one_day_tell_one_event() {
        let caption = "Supporters cheer at the rally in Grant Park on Nov. 4, 2008.";
        assert_eq!(spans_of(&format!("{caption}\n\n{caption}")).len(), 1);
        let wire = "WASHINGTON, April 4, 2022 (AFP) – The bank filed for bankruptcy protection on Monday.";
        assert_eq!(
            spans_of(wire),
            vec![("2022-04-04".to_owned(), "2022-04-04".to_owned())]
        );
    }

    #[test]
    fn a_clock_time_takes_the_day_its_clause_names() {
        let spans =
            spans_of("The gunfire erupted at about 2 a.m. local time (0900 GMT) on Sunday near the arena.");
        assert!(
            spans.iter().any(|(first, _)| first.starts_with("2022-04-03T02")),
            "{spans:?}"
        );
        assert!(
            !spans.iter().any(|(first, _)| first.starts_with("2022-04-05")),
            "{spans:?}"
        );
    }

    #[test]
    fn a_clock_time_alone_stays_on_the_reference_day() {
        let spans = spans_of("Police closed the road at 9 p.m., officials said.");
        assert!(
            spans.iter().any(|(first, _)| first.starts_with("2022-04-05T21")),
            "{spans:?}"
        );
    }

    #[test]
    fn a_range_of_two_dates_is_one_span() {
        let spans = spans_of("The talks ran from March 3 to March 9, 2022, in Geneva.");
        assert!(
            spans.contains(&("2022-03-03".to_owned(), "2022-03-09".to_owned())),
            "{spans:?}"
        );
    }

    #[test]
    fn a_day_weeks_back_and_the_day_of_a_poll_are_two_times_of_the_clause() {
        let spans = spans_of("The gap narrowed two weeks ago to 8 points in a poll published on Saturday.");
        assert_eq!(
            spans,
            vec![
                ("2022-03-22".to_owned(), "2022-03-22".to_owned()),
                ("2022-04-02".to_owned(), "2022-04-02".to_owned())
            ]
        );
    }

    #[test]
    fn an_exact_day_pins_a_clause_better_than_the_same_day_roughly() {
        let exact = TimeValue::day(2022, 4, 2).expect("valid");
        let rough = exact.with_qualifier(Qualifier::Approximate);
        assert!(pins_better(exact, rough));
        assert!(!pins_better(rough, exact));
    }

    #[test]
    fn two_days_apart_in_one_clause_are_two_events() {
        let spans = spans_of(
            "The judge went on, after clearing him yesterday of killing her on Valentine's Day last year.",
        );
        assert_eq!(
            spans,
            vec![
                ("2022-04-04".to_owned(), "2022-04-04".to_owned()),
                ("2021-02-14".to_owned(), "2021-02-14".to_owned())
            ]
        );
        let same_day = spans_of("Fans cheered in the park on Tuesday night, April 5, 2022.");
        assert_eq!(same_day.len(), 1, "{same_day:?}");
    }

    #[test]
    fn a_year_in_a_name_dates_no_event() {
        assert!(is_name_year(
            "Argentina beat France to win the World Cup ",
            "2022"
        ));
        assert!(!is_name_year("Argentina won the cup in ", "2022"));
        assert!(!is_name_year("In ", "2022"));
        assert!(!is_name_year("It was The ", "2022"));
        assert!(!is_name_year("Argentina won the Cup ", "March 2022"));
    }
}
