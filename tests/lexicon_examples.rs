//! Every example of every word list in `assets/lexicon/en/words.toml` is a test: each list's
//! examples go through the code that reads the list, and one failure lists them all.

use std::path::PathBuf;

use dateline::extract::{Extractor, compared_words, entities_of, split_sentences, title_from_sentence};
use dateline::model::{Article, ArticleId, PublicationDate, SourceFormat, TimeValue};
use dateline::temporal::{Lexicon, WordExample, clause_around, tense_around};

/// The publication date the range examples are resolved against.
fn published() -> PublicationDate {
    let day = TimeValue::day(2016, 10, 27).unwrap_or_else(|| panic!("valid day"));
    PublicationDate::from_metadata(day, "test")
}

fn article(text: &str) -> Article {
    Article {
        id: ArticleId::from_content(text.as_bytes()),
        path: PathBuf::from("example.txt"),
        format: SourceFormat::Text,
        title: String::new(),
        source: None,
        url: None,
        author: None,
        published: Some(published()),
        text: text.to_owned(),
    }
}

/// What the reader of list `name` makes of an example text.
fn read(extractor: &Extractor, name: &str, text: &str) -> String {
    let entities = || entities_of(&extractor.gazetteer, text, &extractor.gazetteer.find(text));
    match name {
        "abbreviations" => split_sentences(text)
            .into_iter()
            .map(|range| text[range].to_owned())
            .collect::<Vec<_>>()
            .join(" | "),
        "range_joiners" | "unit_early_words" | "unit_middle_words" | "unit_late_words"
        | "unit_start_words" | "unit_end_words" => extractor
            .events_of_article(&article(text))
            .first()
            .map(|e| format!("{}/{}", e.when.first.to_iso(), e.when.last.to_iso()))
            .unwrap_or_default(),
        "date_list_joiners" | "to_the_day" | "sequence_markers" | "perfect_auxiliaries" => extractor
            .events_of_article(&article(text))
            .iter()
            .map(|e| e.when.first.to_iso())
            .collect::<Vec<_>>()
            .join(" | "),
        "reporting_verbs" | "force_nouns" => entities().actors.join("; "),
        "place_introducers" => entities().places.join("; "),
        "stop_words" => compared_words(text).join(" "),
        "clause_openers" => extractor
            .tagger
            .tag(text, published().value.start_date().unwrap_or_default())
            .iter()
            .map(|t| clause_around(text, t.start_byte, t.end_byte).trim().to_owned())
            .collect::<Vec<_>>()
            .join(" | "),
        "future_markers"
        | "irregular_past"
        | "not_past_ed"
        | "determiners"
        | "deadline_prepositions"
        | "deadline_setting_stems"
        | "not_participles"
        | "present_schedule"
        | "until_words" => {
            let day = published().value.start_date().unwrap_or_default();
            extractor
                .tagger
                .tag(text, day)
                .first()
                .map_or("no time expression".to_owned(), |t| {
                    format!("{:?}", tense_around(text, t.start_byte, t.end_byte)).to_lowercase()
                })
        }
        "date_prepositions" | "subject_pronouns" => {
            let day = published().value.start_date().unwrap_or_default();
            let timex = extractor
                .tagger
                .tag(text, day)
                .first()
                .map_or(0..0, |t| t.start_byte..t.end_byte);
            title_from_sentence(text, timex)
        }
        other => format!("no reader for list `{other}`"),
    }
}

#[test]
fn every_word_list_example_reads_as_documented() {
    let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules load: {e}"));
    let mut failures = Vec::new();
    let mut checked = 0;
    for (name, list) in Lexicon::english().lists() {
        for WordExample { text, expect } in &list.examples {
            checked += 1;
            let got = read(&extractor, name, text);
            if got != *expect {
                failures.push(format!("{name}: `{text}` → `{got}`, expected `{expect}`"));
            }
        }
    }
    assert!(checked >= 25, "only {checked} examples");
    assert!(
        failures.is_empty(),
        "{} failing:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
