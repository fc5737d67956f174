//! Writes a synthetic extraction JSON with N events over 20 outlets and fifty years, for
//! rendering and load benchmarks: `cargo run --release --example synthetic_extraction -- 100000 > big.json`

use anyhow::Context;
use dateline::export::json::{ArticleRecord, EventRecord, EvidenceRecord, Extraction};
use dateline::model::{Qualifier, TimeValue};

const OUTLETS: usize = 20;

fn main() -> anyhow::Result<()> {
    let count: usize = std::env::args()
        .nth(1)
        .context("usage: synthetic_extraction N")?
        .parse()?;
    let articles = (0..OUTLETS)
        .map(|i| ArticleRecord {
            id: format!("outlet{i}"),
            path: format!("synthetic/{i}.txt"),
            title: format!("Outlet {i} archive"),
            source: Some(format!("Outlet {i}")),
            url: None,
            author: None,
            published: Some("2050-01-01".into()),
            published_inferred: false,
            published_confidence: 1.0,
            published_evidence: Vec::new(),
            format: "text".into(),
            text: None,
        })
        .collect();
    let first_day = TimeValue::day(2000, 1, 1)
        .context("valid date")?
        .start_date()
        .context("valid date")?;
    let events = (0..count)
        .map(|i| {
            // Golden-ratio spacing: deterministic and evenly spread.
            let day = ((i as f64 * 0.618_033_988_75).fract() * 50.0 * 365.0) as i64;
            let date = first_day + chrono::Duration::days(day);
            let value = TimeValue::from_naive_date(date).to_iso();
            EventRecord {
                id: format!("e{i}"),
                title: format!("Synthetic event {i}"),
                start: value.clone(),
                end: value.clone(),
                precision: "day".into(),
                uncertain: false,
                start_value: value.clone(),
                end_value: value,
                start_qualifier: Qualifier::Exact,
                end_qualifier: Qualifier::Exact,
                actors: Vec::new(),
                places: Vec::new(),
                quantities: Vec::new(),
                evidence: vec![EvidenceRecord {
                    article: format!("outlet{}", i % OUTLETS),
                    quote: String::new(),
                    start: 0,
                    end: 0,
                    timex: None,
                    rule: None,
                    when: None,
                }],
                disputed: false,
            }
        })
        .collect();
    let extraction = Extraction {
        articles,
        events,
        errors: Vec::new(),
    };
    println!("{}", serde_json::to_string(&extraction)?);
    Ok(())
}
