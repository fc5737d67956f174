//! Scores event extraction on the development set (`tests/devset/events.toml`): a gold event
//! is found when a system event's quote contains its `quote`; its date is right when the
//! system's span overlaps the gold span and their lengths differ by at most the gold span's
//! length (or three days, for single days). Shared by the example that prints the figures
//! and the test that keeps them from falling.

use std::path::PathBuf;

use chrono::NaiveDate;
use dateline::extract::{Extractor, infer_publication_date};
use dateline::model::{Article, ArticleId, Event, PublicationDate, SourceFormat, TimeValue};
use serde::Deserialize;

/// The development set, compiled in so the scorer runs from any directory.
const DEVSET: &str = include_str!("events.toml");

/// Slack for single-day gold spans: "on Tuesday" dated to that week is still about right.
const MIN_LENGTH_SLACK_DAYS: i64 = 3;

#[derive(Deserialize)]
struct Devset {
    doc: Vec<Doc>,
}

#[derive(Deserialize)]
struct Doc {
    id: String,
    published: NaiveDate,
    text: String,
    events: Vec<GoldEvent>,
}

#[derive(Deserialize)]
struct GoldEvent {
    quote: String,
    from: NaiveDate,
    to: NaiveDate,
}

/// Counts over the whole set.
#[derive(Debug, Default)]
pub struct Scores {
    pub documents: usize,
    pub gold_events: usize,
    pub system_events: usize,
    /// Gold events some system event quotes.
    pub found: usize,
    /// ... with the right date.
    pub found_with_date: usize,
    /// System events that quote some gold event.
    pub system_matching: usize,
    /// Publication dates inferred from the text alone within three days.
    pub inferred_within_3_days: usize,
    pub misses: Vec<String>,
    /// Inferred publication dates off by more than three days, or missing.
    pub date_misses: Vec<String>,
}

impl Scores {
    pub fn recall(&self) -> f64 {
        ratio(self.found_with_date, self.gold_events)
    }
    pub fn precision(&self) -> f64 {
        ratio(self.system_matching, self.system_events)
    }
    pub fn quote_recall(&self) -> f64 {
        ratio(self.found, self.gold_events)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn days(event: &Event) -> Option<(NaiveDate, NaiveDate)> {
    let first = event.when.first.start_date()?;
    let last = dateline::model::datetime_from_secs(event.when.end_secs() - 1)?.date();
    Some((first, last))
}

fn date_is_right(event: &Event, gold: &GoldEvent) -> bool {
    let Some((first, last)) = days(event) else {
        return false;
    };
    let overlaps = first <= gold.to && gold.from <= last;
    let gold_len = gold.to.signed_duration_since(gold.from).num_days();
    let system_len = last.signed_duration_since(first).num_days();
    overlaps && (system_len - gold_len).abs() <= gold_len.max(MIN_LENGTH_SLACK_DAYS)
}

fn article(doc: &Doc, dated: bool) -> Article {
    Article {
        id: ArticleId::from_content(doc.text.as_bytes()),
        path: PathBuf::from(format!("devset/{}.txt", doc.id)),
        format: SourceFormat::Text,
        title: doc.id.clone(),
        source: None,
        url: None,
        author: None,
        published: dated
            .then(|| PublicationDate::from_metadata(TimeValue::from_naive_date(doc.published), "devset")),
        text: doc.text.clone(),
    }
}

/// Runs the extractor over the development set and scores it.
pub fn score() -> Scores {
    let devset: Devset = toml::from_str(DEVSET).unwrap_or_else(|e| panic!("devset parses: {e}"));
    let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules load: {e}"));
    let mut scores = Scores::default();
    for doc in &devset.doc {
        scores.documents += 1;
        let events = extractor.events_of_article(&article(doc, true));
        scores.gold_events += doc.events.len();
        scores.system_events += events.len();
        for gold in &doc.events {
            let quoting: Vec<&Event> = events
                .iter()
                .filter(|e| e.evidence.iter().any(|x| x.quote.contains(&gold.quote)))
                .collect();
            if !quoting.is_empty() {
                scores.found += 1;
            }
            if quoting.iter().any(|e| date_is_right(e, gold)) {
                scores.found_with_date += 1;
            } else {
                let got: Vec<String> = quoting
                    .iter()
                    .map(|e| format!("{} … {}", e.when.first.to_iso(), e.when.last.to_iso()))
                    .collect();
                scores.misses.push(format!(
                    "{}: `{}` gold {} … {}, got {got:?}",
                    doc.id, gold.quote, gold.from, gold.to
                ));
            }
        }
        scores.system_matching += events
            .iter()
            .filter(|e| {
                doc.events
                    .iter()
                    .any(|g| e.evidence.iter().any(|x| x.quote.contains(&g.quote)))
            })
            .count();
        match infer_publication_date(&extractor, &doc.text) {
            Some(inferred)
                if inferred
                    .date
                    .signed_duration_since(doc.published)
                    .num_days()
                    .abs()
                    <= 3 =>
            {
                scores.inferred_within_3_days += 1;
            }
            Some(inferred) => scores.date_misses.push(format!(
                "{}: published {}, inferred {} ({} … {})",
                doc.id, doc.published, inferred.date, inferred.earliest, inferred.latest
            )),
            None => scores.date_misses.push(format!(
                "{}: published {}, nothing inferred",
                doc.id, doc.published
            )),
        }
    }
    scores
}
