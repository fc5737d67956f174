//! Dates that cannot exist. "February 30, 2015" and "April 31" are written dates, but no day:
//! such a match is rejected as a whole, and it still covers its words, so that the pieces inside
//! it ("February", "2015") are not tagged on their own as if the writer meant them.

use std::collections::HashMap;

use chrono::NaiveDate;

/// A leap year, to check a yearless "February 29" (it exists in some year).
const ANY_LEAP_YEAR: i32 = 2000;

fn number<T: std::str::FromStr>(values: &HashMap<&str, String>, group: Option<&String>) -> Option<T> {
    values.get(group?.as_str())?.parse().ok()
}

/// True when a rule's normalised captures name a month and a day (and maybe a year) that no
/// calendar has. `captures` maps each capture group to its fragment (`month`, `day`, `year`).
pub fn names_impossible_day(captures: &HashMap<String, String>, values: &HashMap<&str, String>) -> bool {
    let group_of = |fragments: &[&str]| {
        captures
            .iter()
            .find(|(group, fragment)| {
                fragments.contains(&fragment.as_str()) && values.contains_key(group.as_str())
            })
            .map(|(group, _)| group)
    };
    let (Some(month), Some(day)) = (
        number::<u32>(values, group_of(&["month", "month_num"])),
        number::<u32>(values, group_of(&["day"])),
    ) else {
        return false;
    };
    let year = number::<i32>(values, group_of(&["year", "year2"])).unwrap_or(ANY_LEAP_YEAR);
    NaiveDate::from_ymd_opt(year, month, day).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(month: &str, day: &str, year: Option<&str>) -> bool {
        let mut captures = HashMap::from([
            ("m".to_owned(), "month".to_owned()),
            ("d".to_owned(), "day".to_owned()),
        ]);
        let mut values = HashMap::from([("m", month.to_owned()), ("d", day.to_owned())]);
        if let Some(year) = year {
            captures.insert("y".into(), "year".into());
            values.insert("y", year.to_owned());
        }
        names_impossible_day(&captures, &values)
    }

    #[test]
    fn days_past_the_end_of_their_month_are_impossible() {
        assert!(check("02", "30", Some("2015")));
        assert!(check("04", "31", Some("2014")));
        assert!(check("02", "29", Some("2015")));
        assert!(check("13", "05", Some("2016")));
        assert!(check("06", "00", None));
        assert!(!check("02", "29", Some("2016")));
        assert!(!check("02", "29", None));
        assert!(!check("06", "10", Some("2014")));
    }

    #[test]
    fn a_rule_without_a_month_and_a_day_is_never_impossible() {
        let captures = HashMap::from([("y".to_owned(), "year".to_owned())]);
        let values = HashMap::from([("y", "2015".to_owned())]);
        assert!(!names_impossible_day(&captures, &values));
    }
}
