//! The search: every day of the years the clues name (and a few after them) is a candidate;
//! each is scored by all the clues together. Scores are read as log-likelihoods: the posterior
//! of a day is proportional to `exp(SCORE_TO_LOG_ODDS * score)`. The best day wins; its
//! confidence is the posterior mass within the scorer's tolerance of it, so evidence that only
//! bounds the date from below (a year mentioned as past) spreads the mass over the following
//! years and gives a low confidence, however peaked its best day.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};

use super::DateInference;
use super::clue::{Clue, days_between};

/// At most this many candidate years (the latest ones): a text naming thousands of years costs
/// no more than this.
const MAX_CANDIDATE_YEARS: usize = 24;
/// Years after the latest one a clue names that are candidates too: an article may be written
/// years after the latest year it mentions.
const FOLLOWING_YEARS: i32 = 3;
/// Days whose score is within this of the best are in the answer's interval.
const INTERVAL_SCORE_MARGIN: f64 = 0.5;
/// The answer is right when the truth is within this many days (the scorer's tolerance); the
/// posterior mass within it is the confidence.
const TOLERANCE_DAYS: i64 = 3;
/// How a score difference reads as log-odds: one unit of score is a likelihood ratio of
/// `e^SCORE_TO_LOG_ODDS`. Fitted so that the confidence bands are calibrated on real news
/// (`scripts/pubdate_eval.py` on news-dev and the TempEval texts).
const SCORE_TO_LOG_ODDS: f64 = 1.5;
/// Confidence stays within these bounds: never certain, never nothing.
const CONFIDENCE_FLOOR: f64 = 0.01;
const CONFIDENCE_CEILING: f64 = 0.99;

/// The candidate years: those the clues name and [`FOLLOWING_YEARS`] after the latest, the
/// latest [`MAX_CANDIDATE_YEARS`] of them.
fn candidate_years(clues: &[Clue]) -> Vec<i32> {
    let mut years: BTreeSet<i32> = clues
        .iter()
        .flat_map(Clue::anchor_years)
        .filter(|y| (1..=9999).contains(y))
        .collect();
    if let Some(&latest) = years.last() {
        years.extend((latest + 1..=latest + FOLLOWING_YEARS).filter(|y| *y <= 9999));
    }
    years.into_iter().rev().take(MAX_CANDIDATE_YEARS).collect()
}

/// Every candidate day with its score, in day order.
fn scored_days(clues: &[Clue]) -> Vec<(NaiveDate, f64)> {
    let mut scored: Vec<(NaiveDate, f64)> = Vec::new();
    for year in candidate_years(clues) {
        let Some(mut day) = NaiveDate::from_ymd_opt(year, 1, 1) else {
            continue;
        };
        while day.year() == year {
            scored.push((day, clues.iter().map(|c| c.score(day)).sum()));
            let Some(next) = day.succ_opt() else { break };
            day = next;
        }
    }
    scored.sort_by_key(|(day, _)| *day);
    scored
}

/// The posterior mass of the days within [`TOLERANCE_DAYS`] of `date`.
fn mass_near(scored: &[(NaiveDate, f64)], date: NaiveDate, best_score: f64) -> f64 {
    let weight = |score: f64| (SCORE_TO_LOG_ODDS * (score - best_score)).exp();
    let total: f64 = scored.iter().map(|(_, s)| weight(*s)).sum();
    let near: f64 = scored
        .iter()
        .filter(|(d, _)| days_between(date, *d).abs() <= TOLERANCE_DAYS)
        .map(|(_, s)| weight(*s))
        .sum();
    if total > 0.0 { near / total } else { 0.0 }
}

/// The best-supported day, or `None` when no clue names a year.
pub(super) fn search(clues: &[Clue]) -> Option<DateInference> {
    let scored = scored_days(clues);
    let best_score = scored.iter().map(|(_, s)| *s).fold(f64::NEG_INFINITY, f64::max);
    if !best_score.is_finite() {
        return None;
    }
    // The best days; the one in the middle of their run is the answer.
    let best_days: Vec<NaiveDate> = scored
        .iter()
        .filter(|(_, s)| (best_score - s).abs() < 1e-9)
        .map(|(d, _)| *d)
        .collect();
    let date = *best_days.get(best_days.len() / 2)?;
    let near: Vec<NaiveDate> = scored
        .iter()
        .filter(|(_, s)| *s >= best_score - INTERVAL_SCORE_MARGIN)
        .map(|(d, _)| *d)
        .collect();
    let earliest = near.first().copied().unwrap_or(date).min(date);
    let latest = near.last().copied().unwrap_or(date).max(date);
    let confidence = mass_near(&scored, date, best_score).clamp(CONFIDENCE_FLOOR, CONFIDENCE_CEILING) as f32;
    let mut evidence: Vec<String> = Vec::new();
    for clue in clues.iter().filter(|c| c.score(date) > 0.0) {
        if !evidence.contains(&clue.says) {
            evidence.push(clue.says.clone());
        }
    }
    Some(DateInference {
        stated: None,
        date,
        earliest,
        latest,
        confidence,
        evidence,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::pubdate::clue::ClueKind;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn no_year_no_answer() {
        let clues = [Clue::new(
            ClueKind::LedeWeekday {
                weekday: chrono::Weekday::Tue,
                tense: crate::temporal::Tense::Past,
            },
            String::new(),
        )];
        assert_eq!(search(&clues), None);
    }

    #[test]
    fn a_latest_day_is_far_more_confident_than_a_year_alone() {
        let day = search(&[Clue::new(ClueKind::LatestDay(d(2021, 3, 3)), "day".into())])
            .unwrap_or_else(|| panic!("an answer"));
        assert_eq!(day.date, d(2021, 3, 4));
        let year = search(&[Clue::new(
            ClueKind::PastSpan {
                from: d(2021, 1, 1),
                to: d(2021, 12, 31),
                firm: true,
            },
            "year".into(),
        )])
        .unwrap_or_else(|| panic!("an answer"));
        assert!(year.confidence < 0.05, "{year:?}");
        assert!(day.confidence > 5.0 * year.confidence, "{day:?} against {year:?}");
        assert!(year.latest.signed_duration_since(year.earliest).num_days() > 300);
    }

    #[test]
    fn a_weekday_that_agrees_with_the_latest_day_raises_the_confidence() {
        let latest = Clue::new(ClueKind::LatestDay(d(2021, 3, 3)), "day".into());
        // 2021-03-04 was a Thursday.
        let weekday = Clue::new(
            ClueKind::LedeWeekday {
                weekday: chrono::Weekday::Thu,
                tense: crate::temporal::Tense::Past,
            },
            "weekday".into(),
        );
        let alone = search(std::slice::from_ref(&latest)).unwrap_or_else(|| panic!("an answer"));
        let both = search(&[latest, weekday]).unwrap_or_else(|| panic!("an answer"));
        assert_eq!(both.date, d(2021, 3, 4));
        assert!(both.confidence > alone.confidence, "{both:?} against {alone:?}");
    }

    #[test]
    fn a_year_mentioned_as_past_leaves_the_following_years_possible() {
        let clues = [Clue::new(
            ClueKind::PastSpan {
                from: d(2007, 1, 1),
                to: d(2007, 12, 31),
                firm: true,
            },
            "2007".into(),
        )];
        let years = candidate_years(&clues);
        assert!(years.contains(&(2008 + FOLLOWING_YEARS)), "{years:?}");
        assert!(!years.contains(&2006), "{years:?}");
    }
}
