//! The extraction document serialised straight from the model, one record at a time.
//!
//! [`Extraction`] holds every record as owned strings, which doubles a large load's memory
//! just before it is written. [`ExtractionView`] writes the same bytes while building only
//! the record being written, so `dateline extract` stays within a small multiple of its input.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::json::{ArticleRecord, ErrorRecord, EventRecord};
use crate::ingest::IngestError;
use crate::model::{Article, Event};

#[cfg(doc)]
use super::json::Extraction;

/// The document [`Extraction::new`] would build, borrowed instead of copied.
#[derive(Debug, Clone, Copy)]
pub struct ExtractionView<'a> {
    pub articles: &'a [Article],
    pub events: &'a [Event],
    pub errors: &'a [IngestError],
    /// Include each article's full text.
    pub with_text: bool,
}

impl<'a> ExtractionView<'a> {
    pub fn article_records(&self) -> impl Iterator<Item = ArticleRecord> + 'a {
        let with_text = self.with_text;
        self.articles
            .iter()
            .map(move |article| ArticleRecord::from_article(article, with_text))
    }

    pub fn event_records(&self) -> impl Iterator<Item = EventRecord> + 'a {
        self.events.iter().map(EventRecord::from_event)
    }

    pub fn error_records(&self) -> impl Iterator<Item = ErrorRecord> + 'a {
        self.errors.iter().map(ErrorRecord::from_error)
    }
}

/// A sequence serialised from an iterator made on demand.
struct LazySeq<F>(F);

impl<F, I> Serialize for LazySeq<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

impl Serialize for ExtractionView<'_> {
    /// The fields in [`Extraction`]'s order, so both write the same document.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut document = serializer.serialize_struct("Extraction", 3)?;
        document.serialize_field("articles", &LazySeq(|| self.article_records()))?;
        document.serialize_field("events", &LazySeq(|| self.event_records()))?;
        document.serialize_field("errors", &LazySeq(|| self.error_records()))?;
        document.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Extraction;
    use crate::extract::Extractor;
    use crate::ingest::{IngestOptions, IngestProblem, load_paths};

    #[test]
    fn the_view_writes_the_same_document_as_the_records() {
        let paths = [std::path::PathBuf::from("data")];
        let mut report = load_paths(&paths, &IngestOptions::default());
        assert!(!report.articles.is_empty(), "the sample articles load");
        let extractor = Extractor::english().expect("rules compile");
        let events = extractor.date_and_extract(&mut report.articles);
        assert!(!events.is_empty(), "the samples have events");
        let errors = [IngestError::new("broken.json", IngestProblem::Empty)];
        for with_text in [false, true] {
            let records = Extraction::new(&report.articles, &events, &errors, with_text);
            let view = ExtractionView {
                articles: &report.articles,
                events: &events,
                errors: &errors,
                with_text,
            };
            assert_eq!(
                serde_json::to_string_pretty(&view).expect("serialises"),
                serde_json::to_string_pretty(&records).expect("serialises"),
            );
        }
    }
}
