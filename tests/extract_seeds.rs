//! The sample articles' events come out right: dates, titles, actors, places, quantities and
//! exact quotes. The named checks say what must hold; the snapshot (`tests/snapshots/`) pins
//! the whole extraction so any change shows up in review.

use std::path::PathBuf;

use dateline::extract::analyse;
use dateline::ingest::IngestOptions;
use dateline::model::{Event, Qualifier};

fn seed_events() -> (Vec<Event>, Vec<dateline::model::Article>) {
    let analysis = analyse(&[PathBuf::from("data")], &IngestOptions::default())
        .unwrap_or_else(|e| panic!("rules compile: {e}"));
    (analysis.events, analysis.articles)
}

fn by_timex<'a>(events: &'a [Event], timex: &str) -> &'a Event {
    events
        .iter()
        .find(|e| e.evidence.iter().any(|ev| ev.timex.as_deref() == Some(timex)))
        .unwrap_or_else(|| panic!("no event dated by `{timex}`"))
}

fn by_quote<'a>(events: &'a [Event], words: &str) -> &'a Event {
    events
        .iter()
        .find(|e| e.evidence.iter().any(|ev| ev.quote.contains(words)))
        .unwrap_or_else(|| panic!("no event quoting `{words}`"))
}

#[test]
fn fox_news_events_have_their_dates_titles_and_quotes() {
    let (events, _) = seed_events();
    let mosul = by_timex(&events, "more than two years ago");
    assert_eq!(mosul.when.first.to_iso(), "2014");
    assert_eq!(mosul.when.first.qualifier, Qualifier::Approximate);
    assert!(mosul.when.is_uncertain());
    assert_eq!(mosul.title, "ISIS captured the city");
    assert!(mosul.actors.contains(&"Islamic State".to_owned()));

    let deployment = by_quote(&events, "recent deployment of more than 600 troops");
    assert_eq!(
        deployment
            .when
            .first
            .start_date()
            .map(|d| d.to_string())
            .as_deref(),
        Some("2016-10-13")
    );
    assert_eq!(deployment.when.last.to_iso(), "2016-10-27");
    let troops = deployment
        .quantities
        .iter()
        .find(|q| q.unit.as_deref() == Some("troops"));
    assert_eq!(
        troops.map(|q| (q.text.as_str(), q.value)),
        Some(("more than 600", 600.0))
    );

    let cook = by_timex(&events, "last week");
    assert_eq!(cook.when.first.to_iso(), "2016-W42");
    assert_eq!(cook.title, "Americans are in harm's way as part of this fight");
    assert!(
        cook.actors.contains(&"Peter Cook".to_owned()),
        "{:?}",
        cook.actors
    );

    let suleimani = by_timex(&events, "earlier this week");
    assert_eq!(suleimani.when.first.to_iso(), "2016-W43");
    assert!(suleimani.actors.contains(&"Qassem Suleimani".to_owned()));

    let war = by_timex(&events, "the 1980s");
    assert_eq!(war.when.first.to_iso(), "198");
    assert!(
        war.title.starts_with("Iran waged a grinding war"),
        "{}",
        war.title
    );
    assert!(war.actors.contains(&"Saddam Hussein".to_owned()));

    let pmf = by_quote(&events, "The PMF was formed in 2014");
    assert_eq!(pmf.when.first.to_iso(), "2014");
    assert!(pmf.actors.contains(&"Popular Mobilization Forces".to_owned()));
    assert!(pmf.actors.contains(&"Ali Sistani".to_owned()));

    let tihi = by_timex(&events, "2010 and 2014");
    assert_eq!(
        (tihi.when.first.to_iso(), tihi.when.last.to_iso()),
        ("2010".to_owned(), "2014".to_owned())
    );

    assert_eq!(by_timex(&events, "earlier this year").when.first.to_iso(), "2016");
    let offensive = events
        .iter()
        .find(|e| e.title == "Mosul offensive")
        .unwrap_or_else(|| panic!("no Mosul offensive"));
    assert_eq!(offensive.when.first.to_iso(), "2016-10-16");
}

#[test]
fn newsmax_events_have_their_dates_and_numbers() {
    let (events, _) = seed_events();
    let amerli = by_quote(&events, "after stopping an Islamic State siege there");
    assert_eq!(
        (amerli.when.first.to_iso(), amerli.when.last.to_iso()),
        ("2014-06-11".to_owned(), "2014-08-31".to_owned())
    );
    assert!(amerli.places.contains(&"Amerli".to_owned()));
    assert!(amerli.actors.contains(&"Qassem Suleimani".to_owned()));

    let tally = by_quote(&events, "latest tally for U.S. troops in Iraq is 1,192");
    assert_eq!(tally.when.first.to_iso(), "2014-09-10");
    assert_eq!(tally.quantities.first().map(|q| q.value), Some(1192.0));

    let iran = by_quote(&events, "Iran has already sent forces into Iraq");
    assert_eq!(iran.title, "Iran has already sent forces into Iraq to help beat…");
    assert_eq!(iran.when.last.to_iso(), "2014-09-10");
    assert!(iran.places.contains(&"Iraq".to_owned()));
}

#[test]
fn background_sentences_are_not_events() {
    let (events, _) = seed_events();
    for background in [
        "The Islamic State is referred to as both ISIS",
        "are seen as an Iranian proxy",
        "Iraq is Shia-dominated",
    ] {
        assert!(
            !events
                .iter()
                .any(|e| e.evidence.iter().any(|ev| ev.quote.contains(background))),
            "`{background}` is background"
        );
    }
}

#[test]
fn evidence_offsets_are_code_points_into_the_article() {
    let (events, articles) = seed_events();
    for event in &events {
        for evidence in &event.evidence {
            let article = articles
                .iter()
                .find(|a| a.id == evidence.article)
                .unwrap_or_else(|| panic!("article exists"));
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

#[test]
fn whole_extraction_matches_the_golden_snapshot() {
    let (events, _) = seed_events();
    let lines: Vec<String> = events
        .iter()
        .map(|e| {
            let quantities: Vec<String> = e
                .quantities
                .iter()
                .map(|q| format!("{} {}", q.text, q.unit.as_deref().unwrap_or("-")))
                .collect();
            format!(
                "{} … {}{} | {} | {} | actors: {} | places: {} | numbers: {} | sources: {}",
                e.when.first.to_iso(),
                e.when.last.to_iso(),
                if e.when.is_uncertain() { " ~" } else { "" },
                e.title,
                e.evidence
                    .iter()
                    .filter_map(|x| x.rule.as_deref())
                    .collect::<Vec<_>>()
                    .join(","),
                e.actors.join(", "),
                e.places.join(", "),
                quantities.join(", "),
                e.evidence.len()
            )
        })
        .collect();
    insta::assert_snapshot!("seed_events", lines.join("\n"));
}
