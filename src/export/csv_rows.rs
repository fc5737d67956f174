//! CSV: one row per event and source, with a header row.

use std::collections::HashMap;

use crate::model::{Article, ArticleId, Event};

/// `source_start`/`source_end` are the dates this row's source gives the event, read in its own
/// article (extraction merges only sources that give the same date; a document edited
/// elsewhere may hold others).
pub const CSV_HEADER: [&str; 12] = [
    "start",
    "end",
    "precision",
    "title",
    "actors",
    "places",
    "quantities",
    "source",
    "url",
    "quote",
    "source_start",
    "source_end",
];

/// Separator inside a multi-valued cell ("Iran; Iraq").
const LIST_SEPARATOR: &str = "; ";

/// Writes the CSV document for `events`; article metadata fills the source and url columns.
pub fn write_csv(articles: &[Article], events: &[Event]) -> Result<String, csv::Error> {
    let by_id: HashMap<&ArticleId, &Article> = articles.iter().map(|a| (&a.id, a)).collect();
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(CSV_HEADER)?;
    for event in events {
        let quantities: Vec<&str> = event.quantities.iter().map(|q| q.text.as_str()).collect();
        for evidence in &event.evidence {
            let article = by_id.get(&evidence.article);
            writer.write_record([
                event.when.first.iso_first().as_str(),
                event.when.last.iso_last().as_str(),
                event.when.precision().name(),
                event.title.as_str(),
                event.actors.join(LIST_SEPARATOR).as_str(),
                event.places.join(LIST_SEPARATOR).as_str(),
                quantities.join(LIST_SEPARATOR).as_str(),
                article.map_or("", |a| a.source_or_unknown()),
                article.and_then(|a| a.url.as_deref()).unwrap_or_default(),
                evidence.quote.as_str(),
                evidence.when.first.iso_first().as_str(),
                evidence.when.last.iso_last().as_str(),
            ])?;
        }
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
