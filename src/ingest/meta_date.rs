//! Publication dates as metadata states them: ISO 8601 / RFC 3339, RFC 2822, and the usual
//! written forms ("October 27, 2016", "27 Oct 2016"). The local date as written is kept; a
//! time zone offset is not applied, since a news date is the date the outlet printed.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Timelike};

use crate::model::TimeValue;

const DATETIME_FORMATS: [&str; 4] = [
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%d %H:%M",
];

const DATE_FORMATS: [&str; 9] = [
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%Y%m%d",
    "%B %d, %Y",
    "%b %d, %Y",
    "%b. %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%A, %B %d, %Y",
];

fn minute_value(datetime: NaiveDateTime) -> Option<TimeValue> {
    let date = datetime.date();
    TimeValue::minute(
        chrono::Datelike::year(&date),
        chrono::Datelike::month(&date),
        chrono::Datelike::day(&date),
        datetime.hour(),
        datetime.minute(),
    )
}

/// Parses a metadata date; `None` when it is not a recognisable date.
pub fn parse_metadata_date(text: &str) -> Option<TimeValue> {
    let text = text.trim();
    if text.is_empty() || text.len() > 64 {
        return None;
    }
    if let Ok(datetime) = DateTime::parse_from_rfc3339(text) {
        return minute_value(datetime.naive_local());
    }
    if let Ok(datetime) = DateTime::parse_from_rfc2822(text) {
        return minute_value(datetime.naive_local());
    }
    // "2016-10-27T10:00:00Z" variants chrono's RFC 3339 parser refuses, e.g. "+0000" offsets.
    let without_zone = text.trim_end_matches('Z').split(['+']).next().unwrap_or(text);
    for format in DATETIME_FORMATS {
        if let Ok(datetime) = NaiveDateTime::parse_from_str(without_zone, format) {
            return minute_value(datetime);
        }
    }
    for format in DATE_FORMATS {
        if let Ok(date) = NaiveDate::parse_from_str(text, format) {
            return Some(TimeValue::from_naive_date(date));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn common_metadata_forms() {
        let cases = [
            ("2016-10-27", "2016-10-27"),
            ("2016-10-27T14:05:00Z", "2016-10-27T14:05"),
            ("2016-10-27T23:30:00-04:00", "2016-10-27T23:30"),
            ("2016-10-27T23:30:00.000+0000", "2016-10-27T23:30"),
            ("Thu, 27 Oct 2016 10:00:00 -0400", "2016-10-27T10:00"),
            ("October 27, 2016", "2016-10-27"),
            ("Oct 27, 2016", "2016-10-27"),
            ("27 October 2016", "2016-10-27"),
            ("2016/10/27", "2016-10-27"),
        ];
        for (text, iso) in cases {
            assert_eq!(
                parse_metadata_date(text).map(|v| v.to_iso()).as_deref(),
                Some(iso),
                "{text}"
            );
        }
    }

    #[test]
    fn non_dates_are_none() {
        for text in ["", "yesterday", "2016-13-45", "Breaking news"] {
            assert_eq!(parse_metadata_date(text), None, "{text}");
        }
    }

    proptest! {
        #[test]
        fn never_panics(text in "\\PC{0,40}") {
            let _ = parse_metadata_date(&text);
        }
    }
}
