//! Merging across sources keeps every source's own date: generated batches of articles that
//! tell the same happenings with dates of every precision ("in 2014", "in June 2014",
//! "on June 10, 2014", "on Tuesday") are extracted alone and together, and
//! - each piece of evidence has the same date in the batch as when its article is alone;
//! - a merged event has the date of every piece of its evidence (one source's date never
//!   overwrites another's, a coarse "in 2014" is never put on a day);
//! - the merged events do not depend on the order the articles' events arrive in.

use std::collections::BTreeMap;
use std::path::PathBuf;

use dateline::extract::{Extractor, merge_events};
use dateline::model::{Article, ArticleId, Event, PublicationDate, SourceFormat, TimeValue};
use proptest::prelude::*;

/// What happened, worded as news does (the same happening in several outlets).
const HAPPENINGS: [&str; 4] = [
    "Islamic State fighters captured the city of Mosul",
    "Iraqi troops broke the siege of Amerli",
    "The United States sent 600 more troops to Iraq",
    "Kurdish forces retook the Mosul Dam",
];

/// When, at every precision; several are days of the same month, one is the whole year.
const WHEN: [&str; 8] = [
    "in 2014",
    "in June 2014",
    "on June 10, 2014",
    "on June 20, 2014",
    "on August 31, 2014",
    "in August 2014",
    "on Tuesday",
    "last week",
];

fn sentence(happening: usize, when: usize) -> String {
    format!("{} {}, officials said.", HAPPENINGS[happening], WHEN[when])
}

/// One article by outlet `outlet`, published on day `published_day` of September 2014.
fn article(outlet: usize, published_day: u32, told: &[(usize, usize)]) -> Article {
    let body: Vec<String> = told.iter().map(|&(h, w)| sentence(h, w)).collect();
    let text = format!("Report number {outlet}.\n\n{}", body.join(" "));
    Article {
        id: ArticleId::from_content(text.as_bytes()),
        path: PathBuf::from(format!("outlet{outlet}.txt")),
        format: SourceFormat::Text,
        title: format!("Report {outlet}"),
        source: Some(format!("Outlet {outlet}")),
        url: None,
        author: None,
        published: TimeValue::day(2014, 9, published_day)
            .map(|day| PublicationDate::from_metadata(day, "test")),
        text,
    }
}

/// Every piece of evidence, keyed by where it is, with the dates its own article gives it (a
/// sentence can tell two events: "broke the siege of Amerli on June 20" is a day and the
/// named period of the siege).
fn evidence_dates(events: &[Event]) -> BTreeMap<(String, usize, usize), Vec<String>> {
    let mut dates: BTreeMap<(String, usize, usize), Vec<String>> = BTreeMap::new();
    for evidence in events.iter().flat_map(|e| e.evidence.iter()) {
        let place = (evidence.article.0.clone(), evidence.start_char, evidence.end_char);
        let when = &evidence.when;
        dates
            .entry(place)
            .or_default()
            .push(format!("{}/{}", when.first.to_iso(), when.last.to_iso()));
    }
    for spans in dates.values_mut() {
        spans.sort();
    }
    dates
}

/// A merged event in a comparable form: its id, span and the places of its evidence.
fn shape(event: &Event) -> (String, String, String, Vec<(String, usize)>) {
    let mut sources: Vec<(String, usize)> = event
        .evidence
        .iter()
        .map(|e| (e.article.0.clone(), e.start_char))
        .collect();
    sources.sort();
    let span = &event.when;
    (
        event.id.0.clone(),
        span.first.to_iso(),
        span.last.to_iso(),
        sources,
    )
}

fn batch() -> impl Strategy<Value = Vec<Article>> {
    let told = proptest::collection::vec((0..HAPPENINGS.len(), 0..WHEN.len()), 1..5);
    proptest::collection::vec((1u32..29, told), 2..7).prop_map(|articles| {
        articles
            .into_iter()
            .enumerate()
            .map(|(outlet, (day, told))| article(outlet, day, &told))
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_source_keeps_its_own_date_in_a_batch(articles in batch()) {
        let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules load: {e}"));
        let alone: BTreeMap<_, _> = articles
            .iter()
            .flat_map(|a| evidence_dates(&extractor.extract_events(std::slice::from_ref(a))))
            .collect();
        let together = extractor.extract_events(&articles);
        let in_batch = evidence_dates(&together);
        prop_assert_eq!(in_batch.len(), alone.len(), "the batch loses or adds evidence");
        for (place, when) in &in_batch {
            prop_assert_eq!(Some(when), alone.get(place), "evidence at {:?}", place);
        }
        for event in &together {
            for evidence in &event.evidence {
                prop_assert!(
                    event.when == evidence.when,
                    "event {:?} dated {:?} holds evidence dated {:?}",
                    event.title,
                    event.when,
                    evidence.when
                );
            }
        }
    }

    #[test]
    fn merging_does_not_depend_on_arrival_order(articles in batch(), rotation in 0usize..64) {
        let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules load: {e}"));
        let events: Vec<Event> = articles.iter().flat_map(|a| extractor.events_of_article(a)).collect();
        let mut reordered = events.clone();
        reordered.reverse();
        let turn = rotation % reordered.len().max(1);
        reordered.rotate_left(turn);
        let mut first: Vec<_> = merge_events(events).iter().map(shape).collect();
        let mut second: Vec<_> = merge_events(reordered).iter().map(shape).collect();
        first.sort();
        second.sort();
        prop_assert_eq!(first, second);
    }
}
