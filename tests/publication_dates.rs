//! Undated copies of the sample articles get their publication dates back from the text: the
//! right season of the right year, with the clues that gave it.

use std::path::PathBuf;

use chrono::NaiveDate;
use dateline::extract::{Extractor, infer_publication_date};
use dateline::ingest::{IngestOptions, load_paths};

/// Days the inferred date may be off and still be in the same season for these articles.
const SEASON_TOLERANCE_DAYS: i64 = 45;

fn undated_text(file: &str) -> String {
    let report = load_paths(&[PathBuf::from("data").join(file)], &IngestOptions::default());
    let article = report
        .articles
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("{file} loads"));
    article.text
}

fn check(file: &str, truth: (i32, u32, u32)) {
    let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules load: {e}"));
    let truth = NaiveDate::from_ymd_opt(truth.0, truth.1, truth.2).unwrap_or_default();
    let inferred = infer_publication_date(&extractor, &undated_text(file))
        .unwrap_or_else(|| panic!("{file}: no date inferred"));
    let off_days = inferred.date.signed_duration_since(truth).num_days().abs();
    println!("{file}: {inferred:#?} ({off_days} days off)");
    assert!(
        off_days <= SEASON_TOLERANCE_DAYS,
        "{file}: inferred {} for {truth}",
        inferred.date
    );
    assert!(
        inferred.earliest <= truth && truth <= inferred.latest,
        "{file}: range misses {truth}: {inferred:?}"
    );
    assert!(!inferred.evidence.is_empty());
}

#[test]
fn fox_news_article_is_dated_to_autumn_2016() {
    check("foxnews-2016-10-27-uneasy-alliance.md", (2016, 10, 27));
}

#[test]
fn newsmax_article_is_dated_to_september_2014() {
    check("newsmax-2014-09-10-iran-forces-iraq.md", (2014, 9, 10));
}

#[test]
fn a_text_without_clues_gets_no_date() {
    let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules load: {e}"));
    assert_eq!(
        infer_publication_date(&extractor, "The cat sat on the mat. It was warm."),
        None
    );
}

#[test]
fn an_explicit_recent_day_dates_the_article_the_day_after() {
    let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules load: {e}"));
    let text = "The council voted on March 3, 2021 to close the bridge. It reopened in 2019 after repairs.";
    let inferred = infer_publication_date(&extractor, text).unwrap_or_else(|| panic!("no date"));
    assert_eq!(
        inferred.date,
        NaiveDate::from_ymd_opt(2021, 3, 4).unwrap_or_default()
    );
}

#[test]
fn a_dateline_date_is_the_publication_date() {
    let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules load: {e}"));
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    let wire = "LONDON, Oct. 27, 2016 (Reuters) - The central bank held rates on Thursday. It last cut them on Aug. 4, 2016.";
    let inferred = infer_publication_date(&extractor, wire).unwrap_or_else(|| panic!("no date"));
    assert_eq!(inferred.date, day(2016, 10, 27));
    let byline = "By Jane Doe\nPublished 10:32 AM EDT, October 11, 2023\n\nThe river burst its banks on Monday, officials said.";
    let inferred = infer_publication_date(&extractor, byline).unwrap_or_else(|| panic!("no date"));
    assert_eq!(inferred.date, day(2023, 10, 11));
    // A yearless dateline counts once other clues give the year.
    let yearless = "KYIV, Feb 25 (Reuters) - Shelling hit the capital on Friday, a day after the invasion of Ukraine began.";
    let inferred = infer_publication_date(&extractor, yearless).unwrap_or_else(|| panic!("no date"));
    assert_eq!(inferred.date, day(2022, 2, 25));
}
