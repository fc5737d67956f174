//! Events from articles: sentences dated by the temporal tagger become events with their
//! quote as evidence. (Actors, places, quantities, cross-source merging and publication date
//! inference come with the events issue.)

mod events;
mod sentences;
mod titles;

use rayon::prelude::*;

pub use events::events_of_article;
pub use sentences::split_sentences;
pub use titles::title_from_sentence;

use std::path::PathBuf;

use crate::ingest::{IngestError, IngestOptions, load_paths};
use crate::model::{Article, Event};
use crate::temporal::{RuleError, Tagger};

/// Extracts the events of every article in parallel, sorted by start time then title.
pub fn extract_events(articles: &[Article]) -> Result<Vec<Event>, RuleError> {
    let tagger = Tagger::english()?;
    let mut events: Vec<Event> = articles
        .par_iter()
        .flat_map(|a| events_of_article(&tagger, a))
        .collect();
    events
        .sort_by(|a, b| (a.when.start_secs(), &a.title, &a.id).cmp(&(b.when.start_secs(), &b.title, &b.id)));
    Ok(events)
}

/// Everything a load produced: the articles, their events and the files that failed.
#[derive(Debug, Default)]
pub struct Analysis {
    pub articles: Vec<Article>,
    pub events: Vec<Event>,
    pub errors: Vec<IngestError>,
}

/// Loads `paths` and extracts their events: the pipeline every front end runs.
pub fn analyse(paths: &[PathBuf], options: &IngestOptions) -> Result<Analysis, RuleError> {
    let report = load_paths(paths, options);
    let events = extract_events(&report.articles)?;
    Ok(Analysis {
        articles: report.articles,
        events,
        errors: report.errors,
    })
}
