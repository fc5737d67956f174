//! Calendar-aware ticks: a ladder from one minute to a millennium, chosen so minor ticks stay a
//! few points apart and labels never crowd, with a second, coarser label tier ("Jun" under
//! "2014").

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};

use super::view::{SECS_PER_YEAR, TimeAxis};
use crate::model::datetime_from_secs;

/// Minor ticks closer than this (points) are not drawn: the next step up is used.
pub const MIN_MINOR_TICK_SPACING_PX: f64 = 8.0;
/// Labels need this much room (points) each: "Sep 2014" at 12 pt plus a gap.
pub const MIN_LABEL_SPACING_PX: f64 = 70.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickStep {
    Minutes(u32),
    Hours(u32),
    Days(u32),
    Weeks,
    Months(u32),
    Years(i32),
}

/// From fine to coarse.
pub const LADDER: [TickStep; 18] = [
    TickStep::Minutes(1),
    TickStep::Minutes(5),
    TickStep::Minutes(15),
    TickStep::Minutes(30),
    TickStep::Hours(1),
    TickStep::Hours(6),
    TickStep::Days(1),
    TickStep::Weeks,
    TickStep::Months(1),
    TickStep::Months(3),
    TickStep::Years(1),
    TickStep::Years(5),
    TickStep::Years(10),
    TickStep::Years(50),
    TickStep::Years(100),
    TickStep::Years(500),
    TickStep::Years(1000),
    TickStep::Years(5000),
];

impl TickStep {
    /// Approximate length, for choosing a step.
    pub fn approx_secs(self) -> f64 {
        match self {
            Self::Minutes(n) => 60.0 * f64::from(n),
            Self::Hours(n) => 3600.0 * f64::from(n),
            Self::Days(n) => 86_400.0 * f64::from(n),
            Self::Weeks => 7.0 * 86_400.0,
            Self::Months(n) => SECS_PER_YEAR / 12.0 * f64::from(n),
            Self::Years(n) => SECS_PER_YEAR * f64::from(n),
        }
    }

    /// The coarser unit whose labels go in the upper tier, if any.
    pub fn upper_tier(self) -> Option<Self> {
        match self {
            Self::Minutes(_) | Self::Hours(_) => Some(Self::Days(1)),
            Self::Days(_) | Self::Weeks => Some(Self::Months(1)),
            Self::Months(_) => Some(Self::Years(1)),
            Self::Years(_) => None,
        }
    }

    /// The first tick at or before `datetime`.
    fn floor(self, datetime: NaiveDateTime) -> Option<NaiveDateTime> {
        let date = datetime.date();
        let midnight = |d: NaiveDate| d.and_hms_opt(0, 0, 0);
        match self {
            Self::Minutes(n) => date.and_hms_opt(datetime.hour(), datetime.minute() / n * n, 0),
            Self::Hours(n) => date.and_hms_opt(datetime.hour() / n * n, 0, 0),
            Self::Days(_) => midnight(date),
            Self::Weeks => midnight(date - Duration::days(i64::from(date.weekday().num_days_from_monday()))),
            Self::Months(n) => midnight(NaiveDate::from_ymd_opt(
                date.year(),
                date.month0() / n * n + 1,
                1,
            )?),
            Self::Years(n) => midnight(NaiveDate::from_ymd_opt(date.year().div_euclid(n) * n, 1, 1)?),
        }
    }

    fn next(self, datetime: NaiveDateTime) -> Option<NaiveDateTime> {
        match self {
            Self::Minutes(n) => datetime.checked_add_signed(Duration::minutes(i64::from(n))),
            Self::Hours(n) => datetime.checked_add_signed(Duration::hours(i64::from(n))),
            Self::Days(n) => datetime.checked_add_signed(Duration::days(i64::from(n))),
            Self::Weeks => datetime.checked_add_signed(Duration::weeks(1)),
            Self::Months(n) => {
                let month0 = datetime.month0() + n;
                NaiveDate::from_ymd_opt(datetime.year() + (month0 / 12) as i32, month0 % 12 + 1, 1)?
                    .and_hms_opt(0, 0, 0)
            }
            Self::Years(n) => {
                NaiveDate::from_ymd_opt(datetime.year().checked_add(n)?, 1, 1)?.and_hms_opt(0, 0, 0)
            }
        }
    }

    /// A label for the tick at `datetime`.
    pub fn label(self, datetime: NaiveDateTime) -> String {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let month = MONTHS[datetime.month0() as usize % 12];
        match self {
            Self::Minutes(_) | Self::Hours(_) => format!("{:02}:{:02}", datetime.hour(), datetime.minute()),
            Self::Days(_) | Self::Weeks => format!("{} {month}", datetime.day()),
            Self::Months(_) => month.to_owned(),
            Self::Years(_) => year_label(datetime.year()),
        }
    }

    /// The upper-tier label ("Jun 2014" above days, "2014" above months).
    pub fn tier_label(self, datetime: NaiveDateTime) -> String {
        match self {
            Self::Days(_) => format!(
                "{} {}",
                Self::Days(1).label(datetime),
                year_label(datetime.year())
            ),
            Self::Months(_) => format!(
                "{} {}",
                Self::Months(1).label(datetime),
                year_label(datetime.year())
            ),
            _ => self.label(datetime),
        }
    }
}

/// Astronomical year → label: 2014 → "2014", -332 → "333 BCE".
pub fn year_label(year: i32) -> String {
    if year <= 0 {
        format!("{} BCE", 1 - i64::from(year))
    } else {
        year.to_string()
    }
}

/// The finest step whose ticks are at least `min_spacing_px` apart on `axis`.
pub fn choose_step(axis: &TimeAxis, min_spacing_px: f64) -> TickStep {
    let secs_per_px = axis.secs_per_px();
    LADDER
        .into_iter()
        .find(|step| step.approx_secs() / secs_per_px >= min_spacing_px)
        .unwrap_or(TickStep::Years(5000))
}

/// Tick instants (seconds) of `step` within the axis's view, at most `max_ticks`.
pub fn ticks(axis: &TimeAxis, step: TickStep, max_ticks: usize) -> Vec<(i64, NaiveDateTime)> {
    let mut out = Vec::new();
    let start = axis.view.start_secs.floor() as i64;
    let end = axis.view.end_secs().ceil() as i64;
    let Some(mut datetime) = datetime_from_secs(start).and_then(|d| step.floor(d)) else {
        return out;
    };
    let epoch = chrono::DateTime::UNIX_EPOCH.naive_utc();
    while out.len() < max_ticks {
        let secs = (datetime - epoch).num_seconds();
        if secs > end {
            break;
        }
        if secs >= start {
            out.push((secs, datetime));
        }
        match step.next(datetime) {
            Some(next) => datetime = next,
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::TimeView;

    fn axis(span_secs: f64) -> TimeAxis {
        TimeAxis::new(TimeView::new(1.4e9, span_secs), 0.0, 1000.0)
    }

    #[test]
    fn the_step_follows_the_zoom() {
        assert_eq!(
            choose_step(&axis(3600.0), MIN_LABEL_SPACING_PX),
            TickStep::Minutes(5)
        );
        assert_eq!(
            choose_step(&axis(30.0 * 86_400.0), MIN_LABEL_SPACING_PX),
            TickStep::Weeks
        );
        assert_eq!(
            choose_step(&axis(10.0 * SECS_PER_YEAR), MIN_LABEL_SPACING_PX),
            TickStep::Years(1)
        );
        assert_eq!(
            choose_step(&axis(5000.0 * SECS_PER_YEAR), MIN_LABEL_SPACING_PX),
            TickStep::Years(500)
        );
    }

    #[test]
    fn ticks_fall_on_calendar_boundaries() {
        // 2014-01-01 .. 2014-12-31 with month steps: the first of each month.
        let start = TimeAxis::new(TimeView::new(1_388_534_400.0, 364.0 * 86_400.0), 0.0, 1200.0);
        let months: Vec<String> = ticks(&start, TickStep::Months(1), 100)
            .iter()
            .map(|(_, d)| d.to_string())
            .collect();
        assert_eq!(months.len(), 12);
        assert_eq!(months[5], "2014-06-01 00:00:00");
    }

    #[test]
    fn bce_years_are_labelled() {
        assert_eq!(year_label(-332), "333 BCE");
        assert_eq!(year_label(0), "1 BCE");
        assert_eq!(year_label(2014), "2014");
    }
}
