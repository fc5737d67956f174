//! Parsing the ISO 8601 / TIMEX3 values that [`TimeValue::to_iso`] writes.

use super::time_value::{Season, TimeValue};

/// Splits an optional leading minus sign from a run of ASCII digits.
fn signed_digits(text: &str) -> Option<(bool, &str)> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then_some((negative, digits))
}

fn parse_signed(text: &str) -> Option<i32> {
    let (negative, digits) = signed_digits(text)?;
    let magnitude: i32 = digits.parse().ok()?;
    Some(if negative { -magnitude } else { magnitude })
}

fn parse_u32(text: &str, len: usize) -> Option<u32> {
    (text.len() == len && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

pub(super) fn parse_iso(text: &str) -> Option<TimeValue> {
    let (date_part, time_part) = match text.split_once('T') {
        Some((date, time)) => (date, Some(time)),
        None => (text, None),
    };
    // The year is everything up to the first '-' that is not a leading sign.
    let sign_len = usize::from(date_part.starts_with('-'));
    let (year_text, rest) = match date_part[sign_len..].find('-') {
        Some(i) => date_part.split_at(sign_len + i),
        None => (date_part, ""),
    };
    let (_, year_digits) = signed_digits(year_text)?;
    if rest.is_empty() {
        if time_part.is_some() {
            return None;
        }
        let index = parse_signed(year_text)?;
        return match year_digits.len() {
            1 => TimeValue::millennium(index),
            2 => TimeValue::century(index),
            3 => TimeValue::decade(index),
            4.. => TimeValue::year(index),
            _ => None,
        };
    }
    if year_digits.len() < 4 {
        return None;
    }
    let year = parse_signed(year_text)?;
    let rest = rest.strip_prefix('-')?;
    if let Some(time) = time_part {
        let (month, day) = rest.split_once('-')?;
        let (month, day) = (parse_u32(month, 2)?, parse_u32(day, 2)?);
        return match time.split_once(':') {
            Some((hour, minute)) => {
                TimeValue::minute(year, month, day, parse_u32(hour, 2)?, parse_u32(minute, 2)?)
            }
            None => TimeValue::hour(year, month, day, parse_u32(time, 2)?),
        };
    }
    // Seasons first: winter's code "WI" starts like a week.
    if let Some(season) = Season::parse_code(rest) {
        return TimeValue::season(year, season);
    }
    if let Some(week) = rest.strip_prefix('W') {
        return TimeValue::iso_week(year, parse_u32(week, 2)?);
    }
    if let Some(half) = rest.strip_prefix('H') {
        return TimeValue::half(year, parse_u32(half, 1)?);
    }
    if let Some(quarter) = rest.strip_prefix('Q') {
        return TimeValue::quarter(year, parse_u32(quarter, 1)?);
    }
    match rest.split_once('-') {
        Some((month, day)) => TimeValue::day(year, parse_u32(month, 2)?, parse_u32(day, 2)?),
        None => TimeValue::month(year, parse_u32(rest, 2)?),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Precision;
    use proptest::prelude::*;

    #[test]
    fn formats_each_precision_like_timex3() {
        let cases = [
            (TimeValue::millennium(2), "2"),
            (TimeValue::century(19), "19"),
            (TimeValue::decade(198), "198"),
            (TimeValue::year(2014), "2014"),
            (TimeValue::year(-332), "-0332"),
            (TimeValue::season(2014, Season::Summer), "2014-SU"),
            (TimeValue::season(2014, Season::Winter), "2014-WI"),
            (TimeValue::quarter(2014, 3), "2014-Q3"),
            (TimeValue::half(2014, 2), "2014-H2"),
            (TimeValue::month(2014, 6), "2014-06"),
            (TimeValue::iso_week(2014, 23), "2014-W23"),
            (TimeValue::day(2014, 6, 10), "2014-06-10"),
            (TimeValue::hour(2014, 6, 10, 14), "2014-06-10T14"),
            (TimeValue::minute(2014, 6, 10, 14, 30), "2014-06-10T14:30"),
        ];
        for (value, iso) in cases {
            let value = value.expect("valid test value");
            assert_eq!(value.to_iso(), iso);
            assert_eq!(TimeValue::parse_iso(iso), Some(value), "{iso}");
        }
    }

    #[test]
    fn bounds_are_first_and_last_covered_day() {
        let june = TimeValue::month(2014, 6).expect("valid");
        assert_eq!(june.iso_first(), "2014-06-01");
        assert_eq!(june.iso_last(), "2014-06-30");
        let winter = TimeValue::season(2014, Season::Winter).expect("valid");
        assert_eq!(winter.iso_last(), "2015-02-28");
        let eighties = TimeValue::decade(198).expect("valid");
        assert_eq!(eighties.iso_last(), "1989-12-31");
        let minute = TimeValue::minute(2016, 10, 27, 9, 5).expect("valid");
        assert_eq!(minute.iso_last(), "2016-10-27T09:05");
        let bce = TimeValue::year(-332).expect("valid");
        assert_eq!(bce.iso_last(), "-0332-12-31");
    }

    #[test]
    fn rejects_malformed_values() {
        for bad in [
            "",
            "-",
            "20x4",
            "2014-13",
            "2014-02-30",
            "2014-W60",
            "2014-Q5",
            "2014-XX",
            "2014T10",
            "2014-06-10T25:00",
            "14-06-10",
            "2014-6-1",
        ] {
            assert_eq!(TimeValue::parse_iso(bad), None, "{bad}");
        }
    }

    proptest! {
        #[test]
        fn parse_never_panics(text in "\\PC{0,24}") {
            let _ = TimeValue::parse_iso(&text);
        }

        #[test]
        fn every_value_round_trips(year in -8999i32..9999, month in 1u32..=12, day in 1u32..=28,
                                   hour in 0u32..24, minute in 0u32..60, p in 0usize..12) {
            let value = match Precision::ALL[p] {
                Precision::Millennium => TimeValue::millennium(year.div_euclid(1000)),
                Precision::Century => TimeValue::century(year.div_euclid(100)),
                Precision::Decade => TimeValue::decade(year.div_euclid(10)),
                Precision::Year => TimeValue::year(year),
                Precision::Half => TimeValue::half(year, (month - 1) / 6 + 1),
                Precision::Season => TimeValue::season(year, Season::Fall),
                Precision::Quarter => TimeValue::quarter(year, (month - 1) / 3 + 1),
                Precision::Month => TimeValue::month(year, month),
                Precision::Week => TimeValue::iso_week(year, day),
                Precision::Day => TimeValue::day(year, month, day),
                Precision::Hour => TimeValue::hour(year, month, day, hour),
                Precision::Minute => TimeValue::minute(year, month, day, hour, minute),
            }.expect("valid generated value");
            prop_assert_eq!(TimeValue::parse_iso(&value.to_iso()), Some(value));
            prop_assert!(value.end_secs() > value.start_secs);
        }
    }
}
