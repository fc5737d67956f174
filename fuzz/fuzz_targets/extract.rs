//! Extraction end to end on arbitrary text (dated and undated): publication-date inference,
//! events and merging never panic, and every quote is where its offsets say.
#![no_main]

use std::path::PathBuf;
use std::sync::LazyLock;

use dateline::extract::Extractor;
use dateline::model::{Article, ArticleId, PublicationDate, SourceFormat, TimeValue};
use libfuzzer_sys::fuzz_target;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::english().expect("the rules compile"));

fuzz_target!(|data: &[u8]| {
    let Some((&dated, text)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    let mut articles = vec![Article {
        id: ArticleId::from_content(text.as_bytes()),
        path: PathBuf::from("fuzz.txt"),
        format: SourceFormat::Text,
        title: String::new(),
        source: None,
        url: None,
        author: None,
        published: (dated % 2 == 0)
            .then(|| TimeValue::day(2016, 10, 27))
            .flatten()
            .map(|day| PublicationDate::from_metadata(day, "fuzz")),
        text: text.to_owned(),
    }];
    for event in EXTRACTOR.date_and_extract(&mut articles) {
        for evidence in &event.evidence {
            let quoted: String = text
                .chars()
                .skip(evidence.start_char)
                .take(evidence.end_char - evidence.start_char)
                .collect();
            assert_eq!(quoted, evidence.quote);
        }
    }
});
