//! CSV: one row per event and source, with a header row. Text cells are neutralised against
//! formula injection ([`super::text_safety::neutralise_csv_cell`]).

use std::collections::HashMap;

use super::text_safety::neutralise_csv_cell;
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

/// The CSV document for `events` as a string (see [`write_csv_to`]).
pub fn write_csv(articles: &[Article], events: &[Event]) -> Result<String, csv::Error> {
    let mut bytes = Vec::new();
    write_csv_to(articles, events, &mut bytes)?;
    // Every cell is a `&str`, so the document is UTF-8.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Writes the CSV document for `events` to `out` as it goes (no copy of the whole document);
/// article metadata fills the source and url columns.
pub fn write_csv_to(
    articles: &[Article],
    events: &[Event],
    out: impl std::io::Write,
) -> Result<(), csv::Error> {
    let by_id: HashMap<&ArticleId, &Article> = articles.iter().map(|a| (&a.id, a)).collect();
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(CSV_HEADER)?;
    for event in events {
        let quantity_texts: Vec<&str> = event.quantities.iter().map(|q| q.text.as_str()).collect();
        for evidence in &event.evidence {
            let article = by_id.get(&evidence.article);
            let (actors, places, quantities) = (
                event.actors.join(LIST_SEPARATOR),
                event.places.join(LIST_SEPARATOR),
                quantity_texts.join(LIST_SEPARATOR),
            );
            let text_cells = [
                event.title.as_str(),
                &actors,
                &places,
                &quantities,
                article.map_or("", |a| a.source_or_unknown()),
                article.and_then(|a| a.url.as_deref()).unwrap_or_default(),
                evidence.quote.as_str(),
            ]
            .map(neutralise_csv_cell);
            let [title, actors, places, quantities, source, url, quote] = &text_cells;
            // Dates are ours (ISO, possibly "-0500-01-01" before the common era): not neutralised.
            writer.write_record([
                event.when.first.iso_first().as_str(),
                event.when.last.iso_last().as_str(),
                event.when.precision().name(),
                title,
                actors,
                places,
                quantities,
                source,
                url,
                quote,
                evidence.when.first.iso_first().as_str(),
                evidence.when.last.iso_last().as_str(),
            ])?;
        }
    }
    writer.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventId, Evidence, TimeSpan, TimeValue};

    #[test]
    fn formula_cells_are_neutralised_and_bce_dates_are_not() {
        let day = TimeValue::year(-500).expect("valid");
        let event = Event {
            id: EventId("e1".into()),
            title: "=HYPERLINK(\"http://x\") fighters attack".into(),
            when: TimeSpan::between(day, day),
            actors: vec!["@someone".into()],
            places: Vec::new(),
            quantities: Vec::new(),
            evidence: vec![Evidence {
                article: ArticleId("a".into()),
                quote: "-1 on the\u{1} day".into(),
                start_char: 0,
                end_char: 10,
                timex: None,
                rule: None,
                when: TimeSpan::between(day, day),
            }],
            disputed: false,
        };
        let csv = write_csv(&[], &[event]).expect("csv");
        let row = csv.lines().nth(1).expect("a data row");
        assert!(row.starts_with("-0500-01-01,"), "{row}");
        assert!(
            row.contains("\"'=HYPERLINK(\"\"http://x\"\") fighters attack\""),
            "{row}"
        );
        assert!(row.contains(",'@someone,"), "{row}");
        assert!(row.contains(",'-1 on the\u{FFFD} day,"), "{row}");
    }
}
