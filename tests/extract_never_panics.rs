//! Extraction never panics, whatever the text: random mixes of news words, dates, numbers,
//! quotes, names and odd Unicode go through date inference, events and merging, and every
//! quote is where its offsets say.

use std::path::PathBuf;

use dateline::extract::{Extractor, infer_publication_date, merge_events};
use dateline::model::{Article, ArticleId, PublicationDate, SourceFormat, TimeValue};
use proptest::prelude::*;

const PIECES: [&str; 32] = [
    "The",
    "army",
    "captured",
    "Mosul",
    "on",
    "Tuesday",
    ",",
    ".",
    "more than two years ago",
    "in 2014",
    "Oct. 27",
    "between 2010 and 2014",
    "\u{201c}",
    "\u{201d}",
    "\"",
    "said",
    "President Barack Obama",
    "the siege of Amerli",
    "600 troops",
    "1,192",
    "who",
    "when it",
    "since it",
    "— ",
    "WASHINGTON (AP) —",
    "Maj. Gen.",
    "É",
    "日本",
    "last week",
    "is providing",
    "has sent",
    "\n\n",
];

fn article(text: String, dated: bool) -> Article {
    Article {
        id: ArticleId::from_content(text.as_bytes()),
        path: PathBuf::from("random.txt"),
        format: SourceFormat::Text,
        title: "random".into(),
        source: None,
        url: None,
        author: None,
        published: dated.then(|| {
            PublicationDate::from_metadata(
                TimeValue::day(2016, 10, 27).unwrap_or_else(|| panic!("valid day")),
                "test",
            )
        }),
        text,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]
    #[test]
    fn any_text_extracts_without_panicking(
        pieces in proptest::collection::vec(0usize..PIECES.len(), 0..60),
        noise in "\\PC{0,40}",
        dated: bool,
    ) {
        let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules load: {e}"));
        let mut text: String = pieces.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" ");
        text.push_str(&noise);
        let _ = infer_publication_date(&extractor, &text);
        let mut articles = vec![article(text.clone(), dated), article(format!("{text} Again."), true)];
        extractor.infer_missing_dates(&mut articles);
        let events: Vec<_> = articles.iter().flat_map(|a| extractor.events_of_article(a)).collect();
        for event in &events {
            for evidence in &event.evidence {
                let article = articles.iter().find(|a| a.id == evidence.article).unwrap_or_else(|| panic!("article"));
                let quote: String = article.text.chars().skip(evidence.start_char).take(evidence.end_char - evidence.start_char).collect();
                prop_assert_eq!(&quote, &evidence.quote);
            }
            prop_assert!(event.when.start_secs() < event.when.end_secs());
        }
        let count = events.len();
        let merged = merge_events(events);
        prop_assert!(merged.len() <= count);
        let evidence_after: usize = merged.iter().map(|e| e.evidence.len()).sum();
        prop_assert_eq!(evidence_after, count, "merging keeps every source");
    }
}
