//! How finely a time value is known.

use serde::{Deserialize, Serialize};

/// The granularity of a [`crate::model::TimeValue`], coarsest first so that `Ord` reads "finer than".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Millennium,
    Century,
    Decade,
    Year,
    /// Half of a calendar year (TIMEX3 `2014-H2`).
    Half,
    /// A meteorological season of the northern hemisphere (TIMEX3 `2014-SU`).
    Season,
    Quarter,
    Month,
    Week,
    Day,
    Hour,
    Minute,
}

impl Precision {
    pub const ALL: [Self; 12] = [
        Self::Millennium,
        Self::Century,
        Self::Decade,
        Self::Year,
        Self::Half,
        Self::Season,
        Self::Quarter,
        Self::Month,
        Self::Week,
        Self::Day,
        Self::Hour,
        Self::Minute,
    ];

    /// The lower-case name used in JSON and CSV.
    pub fn name(self) -> &'static str {
        match self {
            Self::Millennium => "millennium",
            Self::Century => "century",
            Self::Decade => "decade",
            Self::Year => "year",
            Self::Half => "half",
            Self::Season => "season",
            Self::Quarter => "quarter",
            Self::Month => "month",
            Self::Week => "week",
            Self::Day => "day",
            Self::Hour => "hour",
            Self::Minute => "minute",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.name() == name)
    }

    /// True when a value of this precision carries a time of day.
    pub fn has_time_of_day(self) -> bool {
        matches!(self, Self::Hour | Self::Minute)
    }
}

impl std::fmt::Display for Precision {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_order_is_coarse_to_fine() {
        for p in Precision::ALL {
            assert_eq!(Precision::from_name(p.name()), Some(p));
        }
        assert!(Precision::Year < Precision::Day);
        assert!(Precision::Millennium < Precision::Minute);
        assert_eq!(Precision::from_name("fortnight"), None);
    }
}
