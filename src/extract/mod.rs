//! Events from articles: sentences dated by the temporal tagger, by named periods or by their
//! anchoring become events with actors, places, quantities and their quote as evidence;
//! undated articles get an inferred publication date; the same event told by several sources
//! is merged.

mod analysed;
mod anchoring;
mod clause_dates;
mod dateline_zone;
mod entities;
mod events;
mod furniture;
mod gazetteer;
mod merge;
mod named_periods;
mod narrative;
mod offset_dates;
mod pubdate;
mod quantities;
mod quotes;
mod sentences;
mod since_clauses;
mod titles;

use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};

use rayon::prelude::*;

pub use analysed::{AnalysedSentence, AnalysedText, MAX_TIME_EXPRESSIONS_PER_ARTICLE};
pub use anchoring::{Anchor, Anchoring, AnchoringExample};
pub use entities::{Entities, entities_of};
pub use events::RECENT_WINDOW_DAYS;
pub use gazetteer::{Gazetteer, Named, PhraseMatch, Temponym, TemponymExample, TemponymKind};
pub use merge::{compared_words, merge_events};
pub use pubdate::{
    DateCue, DateCueExample, DateCues, DateInference, infer_publication_date, infer_publication_date_analysed,
};
pub use quantities::quantities_of;
pub use sentences::split_sentences;
pub use titles::title_from_sentence;

use std::path::PathBuf;

use crate::ingest::{IngestError, IngestOptions, IngestProblem, load_paths};
use crate::model::{Article, Event};
use crate::temporal::{RuleError, Tagger};

/// The compiled rules and gazetteers that turn articles into events.
pub struct Extractor {
    pub tagger: Tagger,
    pub gazetteer: Gazetteer,
    pub anchoring: Anchoring,
    pub date_cues: DateCues,
}

impl Extractor {
    /// The English rules and gazetteers compiled into the binary.
    pub fn english() -> Result<Self, RuleError> {
        Ok(Self {
            tagger: Tagger::english()?,
            gazetteer: Gazetteer::english()?,
            anchoring: Anchoring::english()?,
            date_cues: DateCues::english()?,
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

    /// [`Self::date_and_extract_reporting`] without a progress report.
    pub fn date_and_extract(&self, articles: &mut [Article]) -> Vec<Event> {
        self.date_and_extract_reporting(articles, &Progress::default())
    }

    /// Dates every undated article (where the text allows) and extracts every article's
    /// events, each text analysed once for both; merged and sorted as
    /// [`Self::extract_events`].
    pub fn date_and_extract_reporting(&self, articles: &mut [Article], progress: &Progress) -> Vec<Event> {
        self.date_and_extract_checked(articles, progress).0
    }

    /// [`Self::date_and_extract_reporting`], with a warning for each article whose analysis
    /// stopped at [`MAX_TIME_EXPRESSIONS_PER_ARTICLE`].
    pub fn date_and_extract_checked(
        &self,
        articles: &mut [Article],
        progress: &Progress,
    ) -> (Vec<Event>, Vec<IngestError>) {
        progress.start(Stage::Extracting, articles.len());
        let (events, warnings): (Vec<Vec<Event>>, Vec<Option<IngestError>>) = articles
            .par_iter_mut()
            .map(|article| {
                let analysed = self.analyse_text(&article.text);
                if article.published.is_none() {
                    article.published = infer_publication_date_analysed(self, &article.text, &analysed)
                        .map(DateInference::into_publication_date);
                }
                let events = self.events_of_analysed(article, &analysed);
                progress.done.fetch_add(1, Ordering::Relaxed);
                let warning = analysed.stopped_at_byte.map(|stop| {
                    IngestError::new(
                        &article.path,
                        IngestProblem::TooManyTimeExpressions {
                            limit: MAX_TIME_EXPRESSIONS_PER_ARTICLE,
                            stopped_at_char: article.text[..stop].chars().count(),
                        },
                    )
                });
                (events, warning)
            })
            .unzip();
        let events = merge_and_sort(events.into_iter().flatten().collect(), progress);
        (events, warnings.into_iter().flatten().collect())
    }

    /// The events of every article in parallel, merged across sources, sorted by start time
    /// then title.
    pub fn extract_events(&self, articles: &[Article]) -> Vec<Event> {
        self.extract_events_reporting(articles, &Progress::default())
    }

    /// [`Self::extract_events`], counting articles done in `progress`.
    pub fn extract_events_reporting(&self, articles: &[Article], progress: &Progress) -> Vec<Event> {
        progress.start(Stage::Extracting, articles.len());
        let events: Vec<Event> = articles
            .par_iter()
            .flat_map(|a| {
                let events = self.events_of_article(a);
                progress.done.fetch_add(1, Ordering::Relaxed);
                events
            })
            .collect();
        merge_and_sort(events, progress)
    }
}

/// One event per happening and date across sources, by start time then title.
fn merge_and_sort(events: Vec<Event>, progress: &Progress) -> Vec<Event> {
    progress.start(Stage::Merging, events.len());
    let mut events = merge_events(events);
    events
        .sort_by(|a, b| (a.when.start_secs(), &a.title, &a.id).cmp(&(b.when.start_secs(), &b.title, &b.id)));
    events
}

/// Extracts the events of `articles` (which keep their publication dates as given).
pub fn extract_events(articles: &[Article]) -> Result<Vec<Event>, RuleError> {
    Ok(Extractor::english()?.extract_events(articles))
}

/// The steps of an analysis, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Stage {
    Reading,
    /// Dating undated articles and extracting events, one article at a time.
    Extracting,
    Merging,
}

/// How far a running analysis is, readable from another thread.
#[derive(Debug, Default)]
pub struct Progress {
    stage: AtomicU8,
    done: AtomicUsize,
    total: AtomicUsize,
}

impl Progress {
    fn start(&self, stage: Stage, total: usize) {
        self.done.store(0, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
        self.stage.store(stage as u8, Ordering::Relaxed);
    }

    pub fn stage(&self) -> Stage {
        match self.stage.load(Ordering::Relaxed) {
            0 => Stage::Reading,
            1 => Stage::Extracting,
            _ => Stage::Merging,
        }
    }

    /// The share of the work done, 0 to 1: reading is the first fifth, dating and extraction
    /// (counted by article) most of the rest, merging the last stretch.
    pub fn fraction(&self) -> f32 {
        let (done, total) = (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        );
        let within = if total == 0 {
            0.0
        } else {
            (done as f32 / total as f32).min(1.0)
        };
        match self.stage() {
            Stage::Reading => 0.0,
            Stage::Extracting => 0.2 + 0.75 * within,
            Stage::Merging => 0.95,
        }
    }

    /// What is happening, in words.
    pub fn describe(&self) -> String {
        let total = self.total.load(Ordering::Relaxed);
        match self.stage() {
            Stage::Reading => "Reading files…".to_owned(),
            Stage::Extracting => format!(
                "Extracting events: {} of {total} articles…",
                self.done.load(Ordering::Relaxed)
            ),
            Stage::Merging => format!("Merging {total} events across sources…"),
        }
    }
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
    analyse_reporting(paths, options, &Progress::default())
}

/// [`analyse`], telling `progress` how far it is (for a progress bar on another thread).
pub fn analyse_reporting(
    paths: &[PathBuf],
    options: &IngestOptions,
    progress: &Progress,
) -> Result<Analysis, RuleError> {
    progress.start(Stage::Reading, 0);
    let extractor = Extractor::english()?;
    let mut report = load_paths(paths, options);
    let (events, warnings) = extractor.date_and_extract_checked(&mut report.articles, progress);
    report.errors.extend(warnings);
    Ok(Analysis {
        articles: report.articles,
        events,
        errors: report.errors,
    })
}

/// The events of `text` published on `day`, each as (first day in ISO, first quote), for the
/// tests of the extraction stages.
#[cfg(test)]
pub(crate) fn test_events(text: &str, day: Option<crate::model::TimeValue>) -> Vec<(String, String)> {
    let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules compile: {e}"));
    extractor
        .events_of_article(&test_article(text, day))
        .iter()
        .map(|e| (e.when.first.to_iso(), e.evidence[0].quote.clone()))
        .collect()
}

/// A text article published on `day`, for the tests of the extraction stages.
#[cfg(test)]
pub(crate) fn test_article(text: &str, day: Option<crate::model::TimeValue>) -> crate::model::Article {
    use crate::model::{Article, ArticleId, PublicationDate, SourceFormat};
    Article {
        id: ArticleId::from_content(text.as_bytes()),
        path: std::path::PathBuf::from("test.txt"),
        format: SourceFormat::Text,
        title: "Test".into(),
        source: None,
        url: None,
        author: None,
        published: day.map(|day| PublicationDate::from_metadata(day, "test")),
        text: text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_moves_forward_through_the_stages() {
        let progress = Progress::default();
        assert_eq!(progress.fraction(), 0.0);
        let analysis = analyse_reporting(&[PathBuf::from("data")], &IngestOptions::default(), &progress)
            .unwrap_or_else(|e| panic!("rules compile: {e}"));
        assert!(!analysis.events.is_empty());
        assert_eq!(progress.stage(), Stage::Merging);
        assert!(progress.fraction() > 0.9);
        assert!(progress.describe().starts_with("Merging"));
    }
}
