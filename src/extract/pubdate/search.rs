//! The search: every day of the years the clues name is a candidate; each is scored by all the
//! clues together; the best day wins, with the days nearly as good as its interval and the
//! margin over the best day elsewhere as its confidence.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};

use super::DateInference;
use super::clue::{Clue, days_between};

/// At most this many candidate years (the latest ones): a text naming thousands of years costs
/// no more than this.
const MAX_CANDIDATE_YEARS: usize = 24;
/// Days whose score is within this of the best are in the answer's interval.
const INTERVAL_SCORE_MARGIN: f64 = 0.5;
/// A rival is the best day more than this many days from the answer (the scorer's tolerance).
const RIVAL_DISTANCE_DAYS: i64 = 3;
/// The margin over the rival at which confidence is one half.
const HALF_CONFIDENCE_MARGIN: f64 = 1.0;
/// Confidence stays within these bounds: never certain, never nothing.
const CONFIDENCE_FLOOR: f64 = 0.01;
const CONFIDENCE_CEILING: f64 = 0.99;

/// The candidate years: those the clues name, the latest [`MAX_CANDIDATE_YEARS`] of them.
fn candidate_years(clues: &[Clue]) -> Vec<i32> {
    let years: BTreeSet<i32> = clues
        .iter()
        .flat_map(Clue::anchor_years)
        .filter(|y| (1..=9999).contains(y))
        .collect();
    years.into_iter().rev().take(MAX_CANDIDATE_YEARS).collect()
}

/// The best-supported day, or `None` when no clue names a year.
pub(super) fn search(clues: &[Clue]) -> Option<DateInference> {
    let mut scored: Vec<(NaiveDate, f64)> = Vec::new();
    for year in candidate_years(clues) {
        let mut day = NaiveDate::from_ymd_opt(year, 1, 1)?;
        while day.year() == year {
            scored.push((day, clues.iter().map(|c| c.score(day)).sum()));
            day = day.succ_opt()?;
        }
    }
    scored.sort_by_key(|(day, _)| *day);
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
    let rival = scored
        .iter()
        .filter(|(d, _)| days_between(date, *d).abs() > RIVAL_DISTANCE_DAYS)
        .map(|(_, s)| *s)
        .fold(f64::NEG_INFINITY, f64::max);
    let margin = if rival.is_finite() {
        (best_score - rival).max(0.0)
    } else {
        best_score.max(0.0)
    };
    let confidence = (margin / (margin + HALF_CONFIDENCE_MARGIN)).clamp(CONFIDENCE_FLOOR, CONFIDENCE_CEILING);
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
        confidence: confidence as f32,
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
    fn a_latest_day_gives_a_confident_answer_a_year_alone_does_not() {
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
        assert!(year.confidence < 0.1, "{year:?}");
        assert!(day.confidence > 0.5, "{day:?}");
        assert!(year.latest.signed_duration_since(year.earliest).num_days() > 300);
    }
}
