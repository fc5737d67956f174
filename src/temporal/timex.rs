//! A temporal expression found in text.

use crate::model::TimeValue;

/// TimeML's four TIMEX3 types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn name(self) -> &'static str {
        match self {
            Self::Date => "DATE",
            Self::Time => "TIME",
            Self::Duration => "DURATION",
            Self::Set => "SET",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        [Self::Date, Self::Time, Self::Duration, Self::Set]
            .into_iter()
            .find(|t| t.name() == name)
    }
}

/// One temporal expression, normalised against the reference date.
#[derive(Clone, Debug, PartialEq)]
pub struct Timex {
    /// Unicode code point offsets into the tagged text, end exclusive.
    pub start_char: usize,
    pub end_char: usize,
    /// Byte offsets of the same span, for slicing the `&str`.
    pub start_byte: usize,
    pub end_byte: usize,
    pub kind: TimexType,
    /// The TIMEX3 value: `2014-06-10`, `2014-W23`, `P3D`, `PRESENT_REF`, `XXXX-XX-XXTMO`…
    pub value: String,
    /// The calendar unit this denotes, when it is a placeable date or time (not a duration,
    /// a set or a vague reference like `PAST_REF`).
    pub time: Option<TimeValue>,
    /// The id of the rule that matched, for provenance.
    pub rule: String,
}
