//! Dates in an article's address or file name: news sites put the publication day in the
//! URL path (`/2018/02/06/slug`, `/2016-10-27/`, `_20160127_`), and saved files often carry it
//! in their names (`2016-10-27-slug.txt`). Read only when the metadata gives no date.

use std::path::Path;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

/// Years a path date may name: before the web, a number that looks like a date is something else.
const EARLIEST_PATH_YEAR: i32 = 1990;
const LATEST_PATH_YEAR: i32 = 2100;

/// Year, month, day separated by slashes, hyphens, underscores or dots, or written together,
/// not inside a longer number.
static PATH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^0-9])((?:19|20)\d{2})(?:([/_.-])(\d{1,2})([/_.-])(\d{1,2})|(\d{2})(\d{2}))(?:[^0-9]|$)",
    )
    .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});

fn first_date(text: &str) -> Option<NaiveDate> {
    PATH_DATE.captures_iter(text).find_map(|caps| {
        let number = |i: usize| caps.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        let year = i32::try_from(number(1)?).ok()?;
        let (month, day) = match (caps.get(2), caps.get(4)) {
            // "2016/10-27" mixes separators: not a date.
            (Some(a), Some(b)) if a.as_str() != b.as_str() => return None,
            (Some(_), Some(_)) => (number(3)?, number(5)?),
            _ => (number(6)?, number(7)?),
        };
        NaiveDate::from_ymd_opt(year, month, day)
            .filter(|d| (EARLIEST_PATH_YEAR..=LATEST_PATH_YEAR).contains(&d.year()))
    })
}

/// The publication day in a URL's path ("https://site/news/2018/02/06/launch.html").
pub fn date_in_url(url: &str) -> Option<NaiveDate> {
    let after_host = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = after_host.find('/').map_or("", |i| &after_host[i..]);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    first_date(path)
}

/// The publication day in a file's name ("2016-10-27-uneasy-alliance.md").
pub fn date_in_file_name(path: &Path) -> Option<NaiveDate> {
    first_date(&path.file_stem()?.to_string_lossy())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn urls_in_the_shapes_news_sites_use() {
        assert_eq!(
            date_in_url("https://www.nytimes.com/2018/02/06/science/falcon-heavy.html"),
            d(2018, 2, 6)
        );
        assert_eq!(
            date_in_url("https://newsmax.com/amp/newsfront/iranian-shiite-militias-air/2014/09/10/id/593937"),
            d(2014, 9, 10)
        );
        assert_eq!(
            date_in_url("https://example.com/news/2016-10-27/mosul-offensive"),
            d(2016, 10, 27)
        );
        assert_eq!(
            date_in_url("https://example.com/world/europe_20160127_refugees.html"),
            d(2016, 1, 27)
        );
        // An id, a query or the host are no dates.
        assert_eq!(
            date_in_url("https://www.business-standard.com/article/companies/117080200123_1.html"),
            None
        );
        assert_eq!(date_in_url("https://example.com/story?date=2016-10-27"), None);
        assert_eq!(date_in_url("https://2016-10-27.example.com/story"), None);
        assert_eq!(date_in_url("https://example.com/2016/13/45/x"), None);
    }

    #[test]
    fn file_names() {
        assert_eq!(
            date_in_file_name(Path::new("data/foxnews-2016-10-27-uneasy-alliance.md")),
            d(2016, 10, 27)
        );
        assert_eq!(
            date_in_file_name(Path::new("2016-10-27-slug.txt")),
            d(2016, 10, 27)
        );
        assert_eq!(date_in_file_name(Path::new("scan_20140910.html")), d(2014, 9, 10));
        assert_eq!(date_in_file_name(Path::new("001_dow_record_high.txt")), None);
        assert_eq!(date_in_file_name(Path::new("report-1234567890.txt")), None);
    }
}
