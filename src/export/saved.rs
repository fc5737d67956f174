//! Opening saved extractions (`dateline extract --format json`, the app's Export → JSON)
//! together with article files: a saved extraction is used as it is (no re-extraction, so a
//! saved project reopens as it was), every other path is loaded and extracted.

use std::path::{Path, PathBuf};

use super::Extraction;
use crate::extract::{Analysis, Progress, analyse_reporting};
use crate::ingest::{IngestError, IngestOptions, IngestProblem};
use crate::temporal::RuleError;

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
) -> Result<Analysis, RuleError> {
    let mut saved = Vec::new();
    let mut sources = Vec::new();
    for path in paths {
        match saved_extraction(path) {
            Some(extraction) => saved.push((path, extraction)),
            None => sources.push(path.clone()),
        }
    }
    let mut analysis = Analysis::default();
    if !sources.is_empty() {
        analysis = analyse_reporting(&sources, options, progress)?;
    }
    for (path, extraction) in saved {
        let (articles, events, skipped) = extraction.to_model();
        analysis.errors.extend(
            skipped
                .into_iter()
                .map(|e| IngestError::new(path, IngestProblem::UnreadableRecord(e.to_string()))),
        );
        analysis.articles.extend(articles);
        analysis.events.extend(events);
    }
    Ok(analysis)
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
        assert!(opened.errors.is_empty(), "{:?}", opened.errors);
        let sources: Vec<_> = opened.articles.iter().map(|a| a.source_or_unknown()).collect();
        assert!(
            sources.contains(&"Fox News") && sources.contains(&"Newsmax"),
            "{sources:?}"
        );
        for event in &first.events {
            assert!(opened.events.contains(event), "{event:?} came back");
        }
        assert!(opened.events.len() > first.events.len(), "Newsmax's events too");
    }

    #[test]
    fn an_unreadable_saved_event_is_named_with_its_file_and_field_and_the_rest_loads() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
        let fox = PathBuf::from("data/foxnews-2016-10-27-uneasy-alliance.md");
        let first = analyse_reporting(&[fox], &IngestOptions::default(), &Progress::default())
            .unwrap_or_else(|e| panic!("rules: {e}"));
        let mut document = Extraction::new(&first.articles, &first.events, &first.errors, true);
        let broken_id = document.events[0].id.clone();
        document.events[0].start_value = "2016-13-45".into();
        let saved = dir.path().join("project.json");
        let json = serde_json::to_vec(&document).unwrap_or_else(|e| panic!("json: {e}"));
        std::fs::write(&saved, json).unwrap_or_else(|e| panic!("write: {e}"));
        let opened = analyse_with_saved(
            std::slice::from_ref(&saved),
            &IngestOptions::default(),
            &Progress::default(),
        )
        .unwrap_or_else(|e| panic!("rules: {e}"));
        assert_eq!(opened.events.len(), first.events.len() - 1);
        assert_eq!(opened.errors.len(), 1);
        let message = opened.errors[0].to_string();
        assert!(
            message.contains("project.json")
                && message.contains(&broken_id)
                && message.contains("start_value `2016-13-45`"),
            "{message}"
        );
    }
}
