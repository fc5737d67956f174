//! One clue about an undated article's publication day, and how well a candidate day agrees
//! with it. Scores add up over all clues: a positive score is support, a negative one a
//! contradiction ("reports March 3, 2021 as past" contradicts any day before it).

use chrono::{Datelike, NaiveDate, Weekday};

use crate::temporal::Tense;

/// Penalty for a candidate day that contradicts a hard bound (an explicit past date after it,
/// a planned date before it).
pub(super) const PENALTY_CONTRADICTION: f64 = 3.0;
/// Support at the peak of the latest explicit past day: the strongest inferred clue.
pub(super) const SUPPORT_LATEST_DAY: f64 = 3.0;
/// Days after the latest explicit past day where its support peaks: news is written the day
/// of the latest thing it reports or the day after.
pub(super) const LATEST_DAY_PEAK_LAG_DAYS: i64 = 1;
/// Days over which the support of a past day falls by a factor e.
pub(super) const PAST_DAY_DECAY_DAYS: f64 = 7.0;
/// Support of a dateline's day (a wire's "Dec 3 (Reuters) -") and of the day after (a wire
/// dated in another time zone).
pub(super) const SUPPORT_DATELINE: f64 = 5.0;
pub(super) const SUPPORT_DATELINE_NEXT_DAY: f64 = 1.0;
/// Support of a span with its year ("in August 2014", "in 2016") for a day inside it, and the
/// days over which it fades after the span: the article's own year is the one it names most.
pub(super) const SUPPORT_PAST_SPAN: f64 = 1.0;
pub(super) const PAST_SPAN_DECAY_DAYS: f64 = 120.0;
/// Support of a planned date for the days before it, fading over this many days.
pub(super) const SUPPORT_AHEAD: f64 = 0.5;
pub(super) const AHEAD_DECAY_DAYS: f64 = 180.0;
/// Support of a past day without a year ("on 12 December") for the days after its most recent
/// occurrence, fading over this many days; a weekday next to it that does not agree with a
/// candidate occurrence contradicts it.
pub(super) const SUPPORT_YEARLESS_DAY: f64 = 2.0;
pub(super) const YEARLESS_DAY_DECAY_DAYS: f64 = 14.0;
pub(super) const PENALTY_WRONG_WEEKDAY: f64 = 1.5;
/// A day without a year further than this from the candidate, in another year, counts against
/// it: news names the year of such dates.
pub(super) const YEARLESS_DAY_MAX_GAP_DAYS: i64 = 90;
pub(super) const PENALTY_FAR_YEARLESS_DAY: f64 = 1.5;
/// Support of a month without a year ("in April") for the days of its most recent occurrence,
/// fading over this many days after it.
pub(super) const SUPPORT_YEARLESS_MONTH: f64 = 0.75;
pub(super) const YEARLESS_MONTH_DECAY_DAYS: f64 = 45.0;
/// Support of the lede's weekday for the same day and the next (AP style: "on Tuesday" is the
/// publication day or the day before); a planned one ("will make landfall Tuesday") for the
/// days before it.
pub(super) const SUPPORT_LEDE_WEEKDAY: f64 = 1.0;
pub(super) const SUPPORT_LEDE_WEEKDAY_NEXT_DAY: f64 = 0.8;
pub(super) const SUPPORT_LEDE_WEEKDAY_AHEAD: f64 = 0.5;

/// Support of a day for which a date without a year fell on the lede's weekday, that day or
/// the day before: the two name one day.
pub(super) const SUPPORT_WEEKDAY_MEETS_DATE: f64 = 1.0;

/// An interval longer than this many years (an open office term) bounds the date without
/// naming candidate years.
pub(super) const MAX_WITHIN_ANCHOR_YEARS: i32 = 16;

/// What a clue says about the publication day.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum ClueKind {
    /// The latest explicit past day in the text: the article follows it closely.
    LatestDay(NaiveDate),
    /// An explicit past date: the article is not before it.
    NotBefore(NaiveDate),
    /// A past span with its year ("August 2014", "2016", "the third quarter of 2017"): the
    /// article is not before it, most likely in it or soon after.
    /// `firm` when the text puts it in the past: then a day before it is contradicted.
    PastSpan {
        from: NaiveDate,
        to: NaiveDate,
        firm: bool,
    },
    /// A planned date ("will be inaugurated on January 1, 2019"): the article is before its end.
    Ahead { from: NaiveDate, to: NaiveDate },
    /// The article lies in this interval (an office term, a period going on, arithmetic on a
    /// named event); outside it, `weight` counts against.
    Within {
        from: NaiveDate,
        to: NaiveDate,
        weight: f64,
    },
    /// A day without a year ("on 12 December", "Thursday, Sept. 22", "June 13 (Reuters)").
    YearlessDay {
        month: u32,
        day: u32,
        weekday: Option<Weekday>,
        tense: Tense,
        dateline: bool,
    },
    /// A month without a year ("in April").
    YearlessMonth { month: u32, tense: Tense },
    /// The first weekday of the lede ("concluded … on Tuesday").
    LedeWeekday { weekday: Weekday, tense: Tense },
    /// The lede's weekday and a recent date without a year, which may name the same day.
    WeekdayMeetsDate { month: u32, day: u32, weekday: Weekday },
}

/// A clue and what it says in words, for the inspector.
#[derive(Clone, Debug)]
pub(super) struct Clue {
    pub kind: ClueKind,
    pub says: String,
}

impl Clue {
    pub fn new(kind: ClueKind, says: String) -> Self {
        Self { kind, says }
    }

    /// Years a publication day may fall in by this clue alone, if it names any.
    pub fn anchor_years(&self) -> Vec<i32> {
        match &self.kind {
            ClueKind::LatestDay(d) | ClueKind::NotBefore(d) => {
                vec![d.year(), d.year() + 1]
            }
            ClueKind::PastSpan { to, .. } => vec![to.year(), to.year() + 1],
            ClueKind::Ahead { from, .. } => vec![from.year() - 1, from.year()],
            ClueKind::Within { from, to, .. } if to.year() - from.year() <= MAX_WITHIN_ANCHOR_YEARS => {
                (from.year()..=to.year()).collect()
            }
            _ => Vec::new(),
        }
    }

    /// How well `day` agrees with this clue.
    pub fn score(&self, day: NaiveDate) -> f64 {
        match &self.kind {
            ClueKind::LatestDay(d) => {
                let after = days_between(*d, day);
                if after < 0 {
                    -PENALTY_CONTRADICTION
                } else {
                    let off = (after - LATEST_DAY_PEAK_LAG_DAYS).abs() as f64;
                    SUPPORT_LATEST_DAY * (-off / PAST_DAY_DECAY_DAYS).exp()
                }
            }
            ClueKind::NotBefore(d) => {
                if day < *d {
                    -PENALTY_CONTRADICTION
                } else {
                    0.0
                }
            }
            ClueKind::PastSpan { from, to, firm } => {
                if day < *from {
                    if *firm { -PENALTY_CONTRADICTION } else { 0.0 }
                } else if day <= *to {
                    SUPPORT_PAST_SPAN
                } else {
                    SUPPORT_PAST_SPAN * decay(days_between(*to, day), PAST_SPAN_DECAY_DAYS)
                }
            }
            ClueKind::Ahead { from, to } => {
                if day > *to {
                    -PENALTY_CONTRADICTION
                } else {
                    SUPPORT_AHEAD * decay(days_between(day, *from).max(0), AHEAD_DECAY_DAYS)
                }
            }
            ClueKind::Within { from, to, weight } => {
                if *from <= day && day <= *to {
                    *weight
                } else {
                    -*weight
                }
            }
            ClueKind::YearlessDay {
                month,
                day: day_of_month,
                weekday,
                tense,
                dateline,
            } => yearless_day_score(day, *month, *day_of_month, *weekday, *tense, *dateline),
            ClueKind::YearlessMonth { month, tense } => yearless_month_score(day, *month, *tense),
            ClueKind::WeekdayMeetsDate {
                month,
                day: day_of_month,
                weekday,
            } => {
                let met = occurrence(day, *month, *day_of_month, false)
                    .is_some_and(|when| days_between(when, day) <= 1 && when.weekday() == *weekday);
                if met { SUPPORT_WEEKDAY_MEETS_DATE } else { 0.0 }
            }
            ClueKind::LedeWeekday { weekday, tense } => {
                let back = i64::from(day.weekday().days_since(*weekday));
                match (tense, back) {
                    (Tense::Future, 0) => 0.0,
                    (Tense::Future, b) if b >= 5 => SUPPORT_LEDE_WEEKDAY_AHEAD,
                    (Tense::Future, _) => 0.0,
                    (_, 0) => SUPPORT_LEDE_WEEKDAY,
                    (_, 1) => SUPPORT_LEDE_WEEKDAY_NEXT_DAY,
                    _ => 0.0,
                }
            }
        }
    }
}

/// Days from `from` to `to` (negative when `to` is earlier).
pub(super) fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    to.signed_duration_since(from).num_days()
}

fn decay(days: i64, scale_days: f64) -> f64 {
    (-(days as f64) / scale_days).exp()
}

/// The occurrence of month/day on or before `day` (or on or after it, `forward`), trying up
/// to a leap cycle of years for 29 February.
fn occurrence(day: NaiveDate, month: u32, day_of_month: u32, forward: bool) -> Option<NaiveDate> {
    (0..=4).find_map(|step| {
        let year = if forward {
            day.year() + step
        } else {
            day.year() - step
        };
        NaiveDate::from_ymd_opt(year, month, day_of_month)
            .filter(|d| if forward { *d >= day } else { *d <= day })
    })
}

fn yearless_day_score(
    day: NaiveDate,
    month: u32,
    day_of_month: u32,
    weekday: Option<Weekday>,
    tense: Tense,
    dateline: bool,
) -> f64 {
    let before = occurrence(day, month, day_of_month, false);
    let after = occurrence(day, month, day_of_month, true);
    let when = match (tense, dateline) {
        (_, true) | (Tense::Past, _) => before,
        (Tense::Future, _) => after,
        // Unmarked ("the Oct. 2 referendum"): the nearest occurrence.
        (Tense::Unmarked, false) => match (before, after) {
            (Some(b), Some(a)) if days_between(b, day) <= days_between(day, a) => Some(b),
            (Some(_), Some(a)) => Some(a),
            (b, a) => b.or(a),
        },
    };
    let Some(when) = when else {
        return 0.0;
    };
    if weekday.is_some_and(|w| when.weekday() != w) {
        return -PENALTY_WRONG_WEEKDAY;
    }
    let gap = days_between(when, day).abs();
    if dateline {
        return match gap {
            0 => SUPPORT_DATELINE,
            1 => SUPPORT_DATELINE_NEXT_DAY,
            _ => 0.0,
        };
    }
    if gap > YEARLESS_DAY_MAX_GAP_DAYS && when.year() != day.year() {
        // News writes the year of a date outside the current year unless it is the last few
        // weeks across New Year: a yearless date that far away is another year's.
        return -PENALTY_FAR_YEARLESS_DAY;
    }
    SUPPORT_YEARLESS_DAY * decay(gap, YEARLESS_DAY_DECAY_DAYS)
}

fn yearless_month_score(day: NaiveDate, month: u32, tense: Tense) -> f64 {
    let months = |d: NaiveDate| d.year() * 12 + d.month0() as i32;
    let here = months(day);
    let mut gap_months = (here - (month as i32 - 1)).rem_euclid(12);
    if tense == Tense::Future {
        gap_months = ((month as i32 - 1) - here).rem_euclid(12);
    }
    if gap_months == 0 {
        return SUPPORT_YEARLESS_MONTH;
    }
    // Days from the end of the month mentioned (or, ahead, to its start).
    let approx_days = i64::from(gap_months) * 30 - 15;
    SUPPORT_YEARLESS_MONTH * decay(approx_days.max(0), YEARLESS_MONTH_DECAY_DAYS)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn the_latest_day_peaks_the_day_after_and_forbids_earlier_days() {
        let clue = Clue::new(ClueKind::LatestDay(d(2021, 3, 3)), String::new());
        assert!(clue.score(d(2021, 3, 4)) > clue.score(d(2021, 3, 3)));
        assert!(clue.score(d(2021, 3, 3)) > clue.score(d(2021, 3, 20)));
        assert!(clue.score(d(2021, 3, 2)) < 0.0);
    }

    #[test]
    fn a_weekday_next_to_a_yearless_day_picks_its_year() {
        // "Saturday, 12 December": 12 December 2015 was a Saturday, 2014 a Friday.
        let clue = Clue::new(
            ClueKind::YearlessDay {
                month: 12,
                day: 12,
                weekday: Some(Weekday::Sat),
                tense: Tense::Past,
                dateline: false,
            },
            String::new(),
        );
        assert!(clue.score(d(2016, 1, 5)) > 0.0);
        assert!(clue.score(d(2015, 1, 5)) < 0.0);
    }

    #[test]
    fn a_date_on_the_ledes_weekday_supports_the_years_it_falls_on_it() {
        // "declared Monday" and "a Feb. 1 news conference": 2016-02-01 was a Monday, 2014-02-01
        // a Saturday.
        let clue = Clue::new(
            ClueKind::WeekdayMeetsDate {
                month: 2,
                day: 1,
                weekday: Weekday::Mon,
            },
            String::new(),
        );
        assert_eq!(clue.score(d(2016, 2, 1)), SUPPORT_WEEKDAY_MEETS_DATE);
        assert_eq!(clue.score(d(2016, 2, 2)), SUPPORT_WEEKDAY_MEETS_DATE);
        assert_eq!(clue.score(d(2016, 2, 5)), 0.0);
        assert_eq!(clue.score(d(2014, 2, 3)), 0.0);
    }

    #[test]
    fn a_planned_yearless_day_looks_ahead() {
        let clue = Clue::new(
            ClueKind::YearlessDay {
                month: 12,
                day: 25,
                weekday: None,
                tense: Tense::Future,
                dateline: false,
            },
            String::new(),
        );
        assert!(clue.score(d(2021, 12, 23)) > clue.score(d(2021, 12, 27)));
    }

    #[test]
    fn the_lede_weekday_is_the_day_or_the_day_before() {
        let clue = Clue::new(
            ClueKind::LedeWeekday {
                weekday: Weekday::Tue,
                tense: Tense::Past,
            },
            String::new(),
        );
        // 2018-06-12 was a Tuesday.
        assert_eq!(clue.score(d(2018, 6, 12)), SUPPORT_LEDE_WEEKDAY);
        assert_eq!(clue.score(d(2018, 6, 13)), SUPPORT_LEDE_WEEKDAY_NEXT_DAY);
        assert_eq!(clue.score(d(2018, 6, 15)), 0.0);
    }

    #[test]
    fn a_month_without_a_year_is_most_likely_this_month_or_just_before() {
        let clue = Clue::new(
            ClueKind::YearlessMonth {
                month: 4,
                tense: Tense::Past,
            },
            String::new(),
        );
        assert!(clue.score(d(2019, 4, 20)) > clue.score(d(2019, 5, 20)));
        assert!(clue.score(d(2019, 5, 20)) > clue.score(d(2019, 12, 20)));
    }
}
