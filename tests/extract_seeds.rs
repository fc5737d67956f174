//! The sample articles' dated sentences come out as events with the right dates and quotes.

use std::path::PathBuf;

use dateline::extract::extract_events;
use dateline::ingest::{IngestOptions, load_paths};
use dateline::model::Qualifier;

#[test]
fn seed_events_have_their_dates_and_quotes() {
    let report = load_paths(&[PathBuf::from("data")], &IngestOptions::default());
    let events = match extract_events(&report.articles) {
        Ok(events) => events,
        Err(error) => panic!("rules do not compile: {error}"),
    };
    let find = |timex: &str| {
        events
            .iter()
            .find(|e| e.evidence.iter().any(|ev| ev.timex.as_deref() == Some(timex)))
            .unwrap_or_else(|| panic!("no event dated by `{timex}`"))
    };
    let mosul = find("more than two years ago");
    assert_eq!(mosul.when.first.to_iso(), "2014");
    assert_eq!(mosul.when.first.qualifier, Qualifier::Approximate);
    assert!(
        mosul.evidence[0]
            .quote
            .contains("encircle the city ISIS captured")
    );
    assert_eq!(find("last week").when.first.to_iso(), "2016-W42");
    assert_eq!(find("the 1980s").when.first.to_iso(), "198");
    assert_eq!(find("earlier this year").when.first.to_iso(), "2016");
    assert_eq!(find("earlier this week").when.first.to_iso(), "2016-W43");
    let pmf = events
        .iter()
        .find(|e| e.title.starts_with("The PMF was formed"))
        .expect("the PMF's formation is an event");
    assert_eq!(pmf.when.first.to_iso(), "2014");

    // Evidence offsets are code points into the article text.
    for event in &events {
        for evidence in &event.evidence {
            let article = report
                .articles
                .iter()
                .find(|a| a.id == evidence.article)
                .expect("article exists");
            let quote: String = article
                .text
                .chars()
                .skip(evidence.start_char)
                .take(evidence.end_char - evidence.start_char)
                .collect();
            assert_eq!(quote, evidence.quote);
        }
    }
}
