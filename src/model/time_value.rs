//! Time values that know how precisely and how surely they are known, from deep past to minutes.
//!
//! Instants are whole seconds since 1970-01-01T00:00 on the proleptic Gregorian calendar with
//! astronomical year numbering (year 0 is 1 BCE, year -332 is 333 BCE), with no time zone: news
//! dates are civil dates as the article states them.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};
use serde::{Deserialize, Serialize};

use super::Precision;

/// How sure the text is of a value, beyond its precision.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Qualifier {
    #[default]
    Exact,
    /// "about", "some", "more than two years ago": near the value, not exactly it.
    Approximate,
    /// "before June": at some time before the value.
    Before,
    /// "after June", "since": at some time after the value.
    After,
}

/// Meteorological seasons of the northern hemisphere, as TIMEX3 names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    fn code(self) -> &'static str {
        match self {
            Self::Spring => "SP",
            Self::Summer => "SU",
            Self::Fall => "FA",
            Self::Winter => "WI",
        }
    }
    fn from_code(code: &str) -> Option<Self> {
        [Self::Spring, Self::Summer, Self::Fall, Self::Winter]
            .into_iter()
            .find(|s| s.code() == code)
    }
    /// First month of the season; winter starts in December of its year.
    fn first_month(self) -> u32 {
        match self {
            Self::Spring => 3,
            Self::Summer => 6,
            Self::Fall => 9,
            Self::Winter => 12,
        }
    }
    fn from_first_month(month: u32) -> Option<Self> {
        [Self::Spring, Self::Summer, Self::Fall, Self::Winter]
            .into_iter()
            .find(|s| s.first_month() == month)
    }
}

/// A calendar unit (a minute, a day, a month, a century…) that may be qualified as approximate
/// or open-ended. It covers `[start_secs, end_secs())`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TimeValue {
    /// First second covered (see the module doc for the epoch and calendar).
    pub start_secs: i64,
    pub precision: Precision,
    pub qualifier: Qualifier,
}

fn epoch() -> NaiveDateTime {
    chrono::DateTime::UNIX_EPOCH.naive_utc()
}

fn secs_from_datetime(datetime: NaiveDateTime) -> i64 {
    (datetime - epoch()).num_seconds()
}

/// Converts seconds back to a calendar date-time; `None` past chrono's ±262,000-year range.
pub fn datetime_from_secs(secs: i64) -> Option<NaiveDateTime> {
    epoch().checked_add_signed(Duration::try_seconds(secs)?)
}

fn secs_from_date(date: NaiveDate) -> i64 {
    secs_from_datetime(date.and_hms_opt(0, 0, 0).unwrap_or_default())
}

/// Adds calendar months to a date, landing on day 1 of the resulting month.
pub fn add_months(date: NaiveDate, months: i64) -> Option<NaiveDate> {
    let total = i64::from(date.year()) * 12 + i64::from(date.month0()) + months;
    NaiveDate::from_ymd_opt(
        i32::try_from(total.div_euclid(12)).ok()?,
        u32::try_from(total.rem_euclid(12)).ok()? + 1,
        1,
    )
}

fn format_year(year: i32) -> String {
    if year < 0 {
        format!("-{:04}", -i64::from(year))
    } else {
        format!("{year:04}")
    }
}

impl TimeValue {
    fn from_date(date: NaiveDate, precision: Precision) -> Self {
        Self {
            start_secs: secs_from_date(date),
            precision,
            qualifier: Qualifier::Exact,
        }
    }

    pub fn with_qualifier(self, qualifier: Qualifier) -> Self {
        Self { qualifier, ..self }
    }

    /// The millennium starting at year `1000 * index` (TIMEX3 `2` is 2000–2999).
    /// Indexes are limited to one signed digit so the TIMEX3 value stays unambiguous.
    pub fn millennium(index: i32) -> Option<Self> {
        if !(-9..=9).contains(&index) {
            return None;
        }
        Some(Self::from_date(
            NaiveDate::from_ymd_opt(index.checked_mul(1000)?, 1, 1)?,
            Precision::Millennium,
        ))
    }
    /// The hundred years starting at `100 * index` (TIMEX3 `19` is 1900–1999).
    pub fn century(index: i32) -> Option<Self> {
        if !(-99..=99).contains(&index) {
            return None;
        }
        Some(Self::from_date(
            NaiveDate::from_ymd_opt(index.checked_mul(100)?, 1, 1)?,
            Precision::Century,
        ))
    }
    /// The ten years starting at `10 * index` (TIMEX3 `198` is the 1980s).
    pub fn decade(index: i32) -> Option<Self> {
        if !(-999..=999).contains(&index) {
            return None;
        }
        Some(Self::from_date(
            NaiveDate::from_ymd_opt(index.checked_mul(10)?, 1, 1)?,
            Precision::Decade,
        ))
    }
    pub fn year(year: i32) -> Option<Self> {
        Some(Self::from_date(
            NaiveDate::from_ymd_opt(year, 1, 1)?,
            Precision::Year,
        ))
    }
    pub fn season(year: i32, season: Season) -> Option<Self> {
        Some(Self::from_date(
            NaiveDate::from_ymd_opt(year, season.first_month(), 1)?,
            Precision::Season,
        ))
    }
    /// Half 1 or 2 of a calendar year.
    pub fn half(year: i32, half: u32) -> Option<Self> {
        Self::part_of_year(year, half, 2, Precision::Half)
    }
    /// Quarter 1–4 of a calendar year.
    pub fn quarter(year: i32, quarter: u32) -> Option<Self> {
        Self::part_of_year(year, quarter, 4, Precision::Quarter)
    }
    /// Part `part` (1-based) of a year cut into `parts` equal runs of months.
    fn part_of_year(year: i32, part: u32, parts: u32, precision: Precision) -> Option<Self> {
        if !(1..=parts).contains(&part) {
            return None;
        }
        let months_per_part = 12 / parts;
        Some(Self::from_date(
            NaiveDate::from_ymd_opt(year, (part - 1) * months_per_part + 1, 1)?,
            precision,
        ))
    }
    pub fn month(year: i32, month: u32) -> Option<Self> {
        Some(Self::from_date(
            NaiveDate::from_ymd_opt(year, month, 1)?,
            Precision::Month,
        ))
    }
    /// ISO week `week` of ISO year `iso_year`, starting on its Monday.
    pub fn iso_week(iso_year: i32, week: u32) -> Option<Self> {
        Some(Self::from_date(
            NaiveDate::from_isoywd_opt(iso_year, week, chrono::Weekday::Mon)?,
            Precision::Week,
        ))
    }
    pub fn day(year: i32, month: u32, day: u32) -> Option<Self> {
        Some(Self::from_date(
            NaiveDate::from_ymd_opt(year, month, day)?,
            Precision::Day,
        ))
    }
    pub fn from_naive_date(date: NaiveDate) -> Self {
        Self::from_date(date, Precision::Day)
    }
    pub fn hour(year: i32, month: u32, day: u32, hour: u32) -> Option<Self> {
        let datetime = NaiveDate::from_ymd_opt(year, month, day)?.and_hms_opt(hour, 0, 0)?;
        Some(Self {
            start_secs: secs_from_datetime(datetime),
            precision: Precision::Hour,
            qualifier: Qualifier::Exact,
        })
    }
    pub fn minute(year: i32, month: u32, day: u32, hour: u32, minute: u32) -> Option<Self> {
        let datetime = NaiveDate::from_ymd_opt(year, month, day)?.and_hms_opt(hour, minute, 0)?;
        Some(Self {
            start_secs: secs_from_datetime(datetime),
            precision: Precision::Minute,
            qualifier: Qualifier::Exact,
        })
    }

    /// The calendar date-time of the first second; `None` only for values built by hand past
    /// chrono's range.
    pub fn start_datetime(&self) -> Option<NaiveDateTime> {
        datetime_from_secs(self.start_secs)
    }

    /// The first day covered.
    pub fn start_date(&self) -> Option<NaiveDate> {
        self.start_datetime().map(|d| d.date())
    }

    /// One past the last second covered.
    pub fn end_secs(&self) -> i64 {
        const SECS_PER_HOUR: i64 = 3600;
        const SECS_PER_DAY: i64 = 86_400;
        let Some(start) = self.start_date() else {
            return self.start_secs;
        };
        let months = match self.precision {
            Precision::Minute => return self.start_secs + 60,
            Precision::Hour => return self.start_secs + SECS_PER_HOUR,
            Precision::Day => return self.start_secs + SECS_PER_DAY,
            Precision::Week => return self.start_secs + 7 * SECS_PER_DAY,
            Precision::Month => 1,
            Precision::Quarter | Precision::Season => 3,
            Precision::Half => 6,
            Precision::Year => 12,
            Precision::Decade => 120,
            Precision::Century => 1200,
            Precision::Millennium => 12_000,
        };
        add_months(start, months).map_or(self.start_secs, secs_from_date)
    }

    /// The TIMEX3-style ISO 8601 value: `2014`, `2014-06`, `2014-06-10T14:30`, `2014-W23`,
    /// `2014-Q3`, `2014-H2`, `2014-SU`, `198` (the 1980s), `19` (the 1900s), `-0332` (333 BCE).
    pub fn to_iso(&self) -> String {
        let Some(datetime) = self.start_datetime() else {
            return String::from("XXXX");
        };
        let date = datetime.date();
        let year = date.year();
        match self.precision {
            Precision::Millennium => signed_index(year.div_euclid(1000), 1),
            Precision::Century => signed_index(year.div_euclid(100), 2),
            Precision::Decade => signed_index(year.div_euclid(10), 3),
            Precision::Year => format_year(year),
            Precision::Season => {
                let season = Season::from_first_month(date.month()).unwrap_or(Season::Spring);
                format!("{}-{}", format_year(year), season.code())
            }
            Precision::Half => format!("{}-H{}", format_year(year), date.month0() / 6 + 1),
            Precision::Quarter => format!("{}-Q{}", format_year(year), date.month0() / 3 + 1),
            Precision::Month => format!("{}-{:02}", format_year(year), date.month()),
            Precision::Week => {
                let week = date.iso_week();
                format!("{}-W{:02}", format_year(week.year()), week.week())
            }
            Precision::Day => format_date(date),
            Precision::Hour => format!("{}T{:02}", format_date(date), datetime.hour()),
            Precision::Minute => format!(
                "{}T{:02}:{:02}",
                format_date(date),
                datetime.hour(),
                datetime.minute()
            ),
        }
    }

    /// The first covered day (or minute, for times of day) as ISO 8601: `start` in JSON exports.
    pub fn iso_first(&self) -> String {
        format_bound(self.start_secs, self.precision)
    }

    /// The last covered day (or minute) as ISO 8601: the inclusive `end` in JSON exports.
    pub fn iso_last(&self) -> String {
        let unit_secs = if self.precision.has_time_of_day() {
            60
        } else {
            86_400
        };
        format_bound(self.end_secs() - unit_secs, self.precision)
    }

    /// Parses what [`Self::to_iso`] writes (qualifier `Exact`).
    pub fn parse_iso(text: &str) -> Option<Self> {
        super::time_parse::parse_iso(text)
    }
}

fn signed_index(index: i32, digits: usize) -> String {
    if index < 0 {
        format!("-{:0digits$}", -i64::from(index))
    } else {
        format!("{index:0digits$}")
    }
}

pub(super) fn format_date(date: NaiveDate) -> String {
    format!(
        "{}-{:02}-{:02}",
        format_year(date.year()),
        date.month(),
        date.day()
    )
}

fn format_bound(secs: i64, precision: Precision) -> String {
    let Some(datetime) = datetime_from_secs(secs) else {
        return String::from("XXXX");
    };
    if precision.has_time_of_day() {
        format!(
            "{}T{:02}:{:02}",
            format_date(datetime.date()),
            datetime.hour(),
            datetime.minute()
        )
    } else {
        format_date(datetime.date())
    }
}

impl Season {
    pub(super) fn parse_code(code: &str) -> Option<Self> {
        Self::from_code(code)
    }
}
