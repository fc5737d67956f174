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

fn infer(text: &str) -> dateline::extract::DateInference {
    let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules load: {e}"));
    infer_publication_date(&extractor, text).unwrap_or_else(|| panic!("no date for {text:?}"))
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

#[test]
fn a_publication_line_wins_over_an_update_line_and_is_read_not_inferred() {
    let page = "Storm floods the coast\nUpdated 2:15 PM ET, Wed April 3, 2024\nPublished 9:02 AM ET, Mon April 1, 2024\n\nThe river rose on Sunday, officials said.";
    let read = infer(page);
    assert_eq!(read.date, day(2024, 4, 1));
    assert!(
        read.stated.as_deref().is_some_and(|s| s.contains("Published")),
        "{read:?}"
    );
    // The Guardian's shape, with the weekday and a time zone.
    let guardian = "Markets slide\nFirst published on Tue 16 Oct 2018 06.00 BST\nShares fell on Monday, and again on Tuesday.";
    assert_eq!(infer(guardian).date, day(2018, 10, 16));
}

#[test]
fn an_update_line_alone_dates_a_live_page() {
    let live = "Bridge collapse: live updates\nLast Updated: April 1, 2024, 9:00 AM\n\nThe ship lost power on March 26, 2024, before it struck the bridge.";
    assert_eq!(infer(live).date, day(2024, 4, 1));
}

#[test]
fn a_crawl_time_label_is_no_date() {
    let text = "This article is more than 9 years old\nThe talks ended on Dec. 17, 2014, with a deal.";
    let inferred = infer(text);
    assert!(inferred.stated.is_none(), "{inferred:?}");
    assert_eq!(inferred.date, day(2014, 12, 18));
}

#[test]
fn wire_datelines_with_and_without_a_year() {
    let afp = "WASHINGTON, Sept. 15, 2008 (AFP) - Lehman Brothers filed for bankruptcy protection, capping a week of turmoil.";
    let read = infer(afp);
    assert_eq!(read.date, day(2008, 9, 15));
    assert!(read.stated.is_some());
    // A yearless dateline takes its year from the text ("fiscal 2016" ends ahead of it).
    let reuters =
        "June 13 (Reuters) - The company said the deal, announced in 2016, would close by Dec. 31, 2016.";
    assert_eq!(infer(reuters).date, day(2016, 6, 13));
}

#[test]
fn a_sentence_ending_in_a_date_at_the_top_is_no_dateline() {
    // A financial brief's first sentence ends with a maturity: not the wire's date line.
    let brief = "Acme Corp. plans to redeem on Nov. 16 its $150 million of debentures due March 1, 2011.\n\nThe company will pay $1,059 for each $1,000 face amount.";
    let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules load: {e}"));
    let inferred = infer_publication_date(&extractor, brief);
    assert!(
        inferred
            .as_ref()
            .is_none_or(|i| i.stated.is_none() && i.date < day(2011, 3, 1)),
        "{inferred:?}"
    );
}

#[test]
fn a_date_on_a_line_of_its_own_at_the_top_is_the_page_date() {
    let text = "Strike called off\nTuesday 16 October 2018\n\nThe union said on Monday it had reached a deal after talks that began in 2017.";
    assert_eq!(infer(text).date, day(2018, 10, 16));
}

#[test]
fn a_numeric_date_is_read_day_first_in_a_text_that_writes_dates_day_first() {
    let text = "publié le 05/01/2016\n\nThe agreement reached in Paris on Saturday 12 December was welcomed by ministers.";
    assert_eq!(infer(text).date, day(2016, 1, 5));
}

#[test]
fn a_weekday_next_to_a_yearless_date_fixes_the_year() {
    // 12 December was a Saturday in 2015 (not in 2014 or 2016); the text names 2014 as past.
    let text = "The deal was struck on Saturday, 12 December, a year after the failed talks of 2014.";
    let inferred = infer(text);
    assert!(
        inferred.date >= day(2015, 12, 12) && inferred.date <= day(2016, 1, 31),
        "{inferred:?}"
    );
}

#[test]
fn a_planned_weekday_in_the_lede_puts_the_article_before_it() {
    // "expected to make landfall Tuesday" with the storm's month: Monday 14 September 2020.
    let text = "Hurricane expected to make landfall Tuesday\nThe storm strengthened on Sept. 13, 2020, forecasters said.";
    let inferred = infer(text);
    let off = inferred
        .date
        .signed_duration_since(day(2020, 9, 14))
        .num_days()
        .abs();
    assert!(off <= 1, "{inferred:?}");
}

#[test]
fn an_office_holder_alone_gives_a_wide_interval_and_a_low_confidence() {
    let text = "President Barack Obama met the delegation at the White House.";
    let inferred = infer(text);
    assert!(
        inferred.earliest <= day(2009, 1, 20) && inferred.latest >= day(2017, 1, 19),
        "{inferred:?}"
    );
    assert!(inferred.confidence < 0.2, "{inferred:?}");
}

#[test]
fn a_file_photo_is_not_the_latest_report() {
    let text = "This March 23, 2019 file photo shows the spire in scaffolding.\nThe fire broke out on April 15, 2019, officials said.";
    assert_eq!(infer(text).date, day(2019, 4, 16));
}

#[test]
fn an_embedded_posts_date_is_past_whatever_the_post_says() {
    let page = "The virus has been declared a pandemic.\n“In the days ahead, we expect the number of cases to climb even higher” - @DrTedros\n— World Health Organization (WHO) (@WHO) March 11, 2020\nThe director-general made the announcement at a press conference on Wednesday.";
    let inferred = infer(page);
    assert!(
        (day(2020, 3, 11)..=day(2020, 3, 12)).contains(&inferred.date),
        "{inferred:?}"
    );
}
