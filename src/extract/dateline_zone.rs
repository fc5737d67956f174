//! A story datelined in a country whose clock runs far ahead of the outlet's ("SINGAPORE —
//! President Trump concluded a historic meeting … on Tuesday", published Monday in the United
//! States) tells its days in local time: for most of the day that is the day after the
//! publication date. Its events are dated against that local day.

use chrono::NaiveDate;

use super::Extractor;
use super::analysed::AnalysedText;
use super::gazetteer::{Gazetteer, Named};

/// How many sentences from the top a wire dateline may open the story's body (after a
/// headline, captions, credits and bylines).
const MAX_SENTENCES_BEFORE_DATELINE: usize = 8;

/// The day the story's own dates count from: the day after `published` when the body opens
/// with a dateline (without a date of its own) in a country that runs a day ahead, else
/// `published`.
pub(super) fn story_day(
    extractor: &Extractor,
    text: &str,
    analysed: &AnalysedText,
    published: NaiveDate,
) -> NaiveDate {
    let ahead = analysed
        .sentences
        .iter()
        .take(MAX_SENTENCES_BEFORE_DATELINE)
        .filter(|s| !s.noise)
        .map(|s| &text[s.range.clone()])
        .find(|sentence| extractor.anchoring.opens_body(sentence))
        .is_some_and(|opener| dateline_runs_a_day_ahead(&extractor.gazetteer, opener));
    if ahead {
        published.succ_opt().unwrap_or(published)
    } else {
        published
    }
}

/// Whether the dateline opening `opener` ("TOKYO, Japan (AP) — …") names, without a date, a
/// place that runs a day ahead.
fn dateline_runs_a_day_ahead(gazetteer: &Gazetteer, opener: &str) -> bool {
    let end = opener
        .find(['—', '–', '(', ':'])
        .into_iter()
        .chain(opener.find(" -"))
        .min()
        .unwrap_or(opener.len());
    let dateline = &opener[..end];
    if dateline.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    gazetteer
        .find(&title_case_capitals(dateline))
        .iter()
        .any(|m| matches!(&m.named, Named::Place { canonical, .. } if gazetteer.runs_a_day_ahead(canonical)))
}

/// "MEXICO CITY, Mexico" → "Mexico City, Mexico": words written in capitals get the case the
/// gazetteer's names have.
fn title_case_capitals(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            if word.chars().any(char::is_lowercase) {
                return word.to_owned();
            }
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_string() + &chars.as_str().to_lowercase())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TimeValue;

    fn statement_day(text: &str, published: Option<TimeValue>) -> String {
        let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules compile: {e}"));
        let article = crate::extract::test_article(text, published);
        let events = extractor.events_of_article(&article);
        events
            .iter()
            .find(|e| e.evidence.iter().any(|ev| ev.quote.contains("joint statement")))
            .map(|e| e.when.first.to_iso())
            .unwrap_or_default()
    }

    #[test]
    fn a_story_datelined_far_east_counts_its_weekdays_from_the_local_day() {
        // Published on Monday 11 June 2018 in the United States; Tuesday in Singapore.
        let headline = "Leaders meet\n\n";
        let published = TimeValue::day(2018, 6, 11);
        assert_eq!(
            statement_day(
                &format!("{headline}SINGAPORE — The two leaders signed a joint statement on Tuesday."),
                published
            ),
            "2018-06-12"
        );
        assert_eq!(
            statement_day(
                &format!(
                    "{headline}TOKYO, Japan (AP) — The two leaders signed a joint statement on Tuesday."
                ),
                published
            ),
            "2018-06-12"
        );
        assert_eq!(
            statement_day(
                &format!("{headline}PARIS — The two leaders signed a joint statement on Tuesday."),
                published
            ),
            "2018-06-05"
        );
    }

    #[test]
    fn a_dateline_with_its_own_date_or_in_the_west_keeps_the_publication_day() {
        let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules compile: {e}"));
        let ahead = |opener: &str| dateline_runs_a_day_ahead(&extractor.gazetteer, opener);
        assert!(ahead("MANILA, Philippines (AP) — A typhoon struck."));
        assert!(!ahead("SINGAPORE, June 11 (Reuters) - The leaders met."));
        assert!(!ahead("MEXICO CITY (AP) — A quake struck."));
        assert!(!ahead("CAPE CANAVERAL, Fla. (AP) – SpaceX launched a rocket."));
    }

    #[test]
    fn dateline_words_in_capitals_take_the_gazetteers_case() {
        assert_eq!(
            title_case_capitals("MEXICO CITY, Mexico "),
            "Mexico City, Mexico "
        );
        assert_eq!(title_case_capitals("SINGAPORE "), "Singapore ");
    }
}
