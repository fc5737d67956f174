//! Events from articles: sentences dated by the temporal tagger, by named periods or by their
//! anchoring become events with actors, places, quantities and their quote as evidence;
//! undated articles get an inferred publication date; the same event told by several sources
//! is merged.

mod anchoring;
mod entities;
mod events;
mod gazetteer;
mod merge;
mod pubdate;
mod quantities;
mod sentences;
mod titles;

use rayon::prelude::*;

pub use anchoring::{Anchor, Anchoring, AnchoringExample};
pub use entities::{Entities, entities_of};
pub use events::RECENT_WINDOW_DAYS;
pub use gazetteer::{Gazetteer, Named, PhraseMatch, Temponym, TemponymExample, TemponymKind};
pub use merge::merge_events;
pub use pubdate::{DateInference, infer_publication_date};
pub use quantities::quantities_of;
pub use sentences::split_sentences;
pub use titles::title_from_sentence;

use std::path::PathBuf;

use crate::ingest::{IngestError, IngestOptions, load_paths};
use crate::model::{Article, Event};
use crate::temporal::{RuleError, Tagger};

/// The compiled rules and gazetteers that turn articles into events.
pub struct Extractor {
    pub tagger: Tagger,
    pub gazetteer: Gazetteer,
    pub anchoring: Anchoring,
}

impl Extractor {
    /// The English rules and gazetteers compiled into the binary.
    pub fn english() -> Result<Self, RuleError> {
        Ok(Self {
            tagger: Tagger::english()?,
            gazetteer: Gazetteer::english()?,
            anchoring: Anchoring::english()?,
        })
    }

    /// Gives every article without a publication date an inferred one (where the text allows).
    pub fn infer_missing_dates(&self, articles: &mut [Article]) {
        articles
            .par_iter_mut()
            .filter(|a| a.published.is_none())
            .for_each(|article| {
                article.published =
                    infer_publication_date(self, &article.text).map(|i| i.into_publication_date());
            });
    }

    /// The events of every article in parallel, merged across sources, sorted by start time
    /// then title.
    pub fn extract_events(&self, articles: &[Article]) -> Vec<Event> {
        let events: Vec<Event> = articles
            .par_iter()
            .flat_map(|a| self.events_of_article(a))
            .collect();
        let mut events = merge_events(events);
        events.sort_by(|a, b| {
            (a.when.start_secs(), &a.title, &a.id).cmp(&(b.when.start_secs(), &b.title, &b.id))
        });
        events
    }
}

/// Extracts the events of `articles` (which keep their publication dates as given).
pub fn extract_events(articles: &[Article]) -> Result<Vec<Event>, RuleError> {
    Ok(Extractor::english()?.extract_events(articles))
}

/// Everything a load produced: the articles, their events and the files that failed.
#[derive(Debug, Default)]
pub struct Analysis {
    pub articles: Vec<Article>,
    pub events: Vec<Event>,
    pub errors: Vec<IngestError>,
}

/// Loads `paths`, infers missing publication dates and extracts the events: the pipeline
/// every front end runs.
pub fn analyse(paths: &[PathBuf], options: &IngestOptions) -> Result<Analysis, RuleError> {
    let extractor = Extractor::english()?;
    let mut report = load_paths(paths, options);
    extractor.infer_missing_dates(&mut report.articles);
    let events = extractor.extract_events(&report.articles);
    Ok(Analysis {
        articles: report.articles,
        events,
        errors: report.errors,
    })
}
