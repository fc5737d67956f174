//! Opening saved extractions (`dateline extract --format json`, the app's Export → JSON)
//! together with article files: a saved extraction is used as it is (no re-extraction, so a
//! saved project reopens as it was), every other path is loaded and extracted.

use std::path::{Path, PathBuf};

use super::Extraction;
use crate::extract::{Analysis, Progress, analyse_reporting};
use crate::ingest::IngestOptions;
use crate::temporal::RuleError;

/// What [`analyse_with_saved`] found.
#[derive(Debug, Default)]
pub struct Opened {
    pub analysis: Analysis,
    /// Saved events whose dates could not be read (left out).
    pub skipped_events: usize,
}

/// The saved extraction in `path`, if it is one (a `.json` file with articles, events and
/// errors); `None` for anything else, which is then read as articles.
pub fn saved_extraction(path: &Path) -> Option<Extraction> {
    let is_json = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    if !is_json {
        return None;
    }
    let bytes = std::fs::read(path).ok()?;
    serde_json::from_slice::<Extraction>(&bytes).ok()
}

/// Loads `paths`: saved extractions as they are, the rest through [`analyse_reporting`].
pub fn analyse_with_saved(
    paths: &[PathBuf],
    options: &IngestOptions,
    progress: &Progress,
) -> Result<Opened, RuleError> {
    let mut saved = Vec::new();
    let mut sources = Vec::new();
    for path in paths {
        match saved_extraction(path) {
            Some(extraction) => saved.push(extraction),
            None => sources.push(path.clone()),
        }
    }
    let mut opened = Opened::default();
    if !sources.is_empty() {
        opened.analysis = analyse_reporting(&sources, options, progress)?;
    }
    for extraction in saved {
        let (articles, events, skipped) = extraction.to_model();
        opened.skipped_events += skipped;
        opened.analysis.articles.extend(articles);
        opened.analysis.events.extend(events);
    }
    Ok(opened)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_extraction_reopens_with_the_same_events_and_articles_load_beside_it() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
        let fox = PathBuf::from("data/foxnews-2016-10-27-uneasy-alliance.md");
        let newsmax = PathBuf::from("data/newsmax-2014-09-10-iran-forces-iraq.md");
        let first = analyse_reporting(
            std::slice::from_ref(&fox),
            &IngestOptions::default(),
            &Progress::default(),
        )
        .unwrap_or_else(|e| panic!("rules: {e}"));
        let saved = dir.path().join("project.json");
        let document = Extraction::new(&first.articles, &first.events, &first.errors, true);
        let json = serde_json::to_vec(&document).unwrap_or_else(|e| panic!("json: {e}"));
        std::fs::write(&saved, json).unwrap_or_else(|e| panic!("write: {e}"));

        let opened = analyse_with_saved(&[saved, newsmax], &IngestOptions::default(), &Progress::default())
            .unwrap_or_else(|e| panic!("rules: {e}"));
        assert_eq!(opened.skipped_events, 0);
        let sources: Vec<_> = opened
            .analysis
            .articles
            .iter()
            .map(|a| a.source_or_unknown())
            .collect();
        assert!(
            sources.contains(&"Fox News") && sources.contains(&"Newsmax"),
            "{sources:?}"
        );
        for event in &first.events {
            assert!(opened.analysis.events.contains(event), "{event:?} came back");
        }
        assert!(
            opened.analysis.events.len() > first.events.len(),
            "Newsmax's events too"
        );
    }
}
