//! Event extraction throughput: 1,000 news articles of about 5 KB (5 MB), a quarter of them
//! without a publication date, as `dateline extract` sees them. `cargo bench --bench extract`
//!
//! - `extract/in_memory`: publication date inference + tagging + events + merging, on loaded
//!   articles, each text analysed once (the work `dateline extract` adds to loading);
//! - `extract/in_memory_two_passes`: the same with inference and events each analysing the
//!   text on their own (what the shared analysed text saves);
//! - `extract/analyse_files`: the whole pipeline from files on disk (`analyse`), rules and
//!   gazetteers compiled included.

use std::path::PathBuf;

use chrono::{Days, NaiveDate};
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use dateline::extract::{Extractor, analyse};
use dateline::ingest::IngestOptions;
use dateline::model::{Article, ArticleId, PublicationDate, SourceFormat, TimeValue};

#[path = "support/news_paragraphs.rs"]
mod news_paragraphs;
use news_paragraphs::paragraphs;

/// Articles in the corpus: the number the events issue's goal names.
const ARTICLE_COUNT: usize = 1000;
/// About 5 KB per article: 5 MB in all.
const ARTICLE_BYTES: usize = 5_000;
/// One article in this many has no publication date, so inference runs too.
const UNDATED_EVERY: usize = 4;

fn corpus() -> Vec<Article> {
    let paragraphs = paragraphs();
    assert!(!paragraphs.is_empty(), "run from the package root");
    let first_day = NaiveDate::from_ymd_opt(2014, 1, 1).unwrap_or_default();
    (0..ARTICLE_COUNT)
        .map(|seed| {
            let mut text = String::new();
            let mut i = seed;
            while text.len() < ARTICLE_BYTES {
                text.push_str(&paragraphs[i % paragraphs.len()]);
                text.push_str("\n\n");
                i += 7;
            }
            let day = first_day
                .checked_add_days(Days::new((seed * 3) as u64))
                .unwrap_or(first_day);
            Article {
                id: ArticleId::from_content(format!("{seed}{text}").as_bytes()),
                path: PathBuf::from(format!("{seed}.txt")),
                format: SourceFormat::Text,
                title: format!("Story {seed}"),
                source: Some(format!("Outlet {}", seed % 12)),
                url: None,
                author: None,
                published: (seed % UNDATED_EVERY != 0)
                    .then(|| PublicationDate::from_metadata(TimeValue::from_naive_date(day), "bench")),
                text,
            }
        })
        .collect()
}

fn bench_extract(c: &mut Criterion) {
    let articles = corpus();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let extractor = match Extractor::english() {
        Ok(extractor) => extractor,
        Err(error) => panic!("rules compile: {error}"),
    };
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("in_memory", |b| {
        b.iter_batched(
            || articles.clone(),
            |mut articles| extractor.date_and_extract(&mut articles),
            BatchSize::LargeInput,
        );
    });
    // The same work in two passes, each analysing the text again: what the shared analysed
    // text saves.
    group.bench_function("in_memory_two_passes", |b| {
        b.iter_batched(
            || articles.clone(),
            |mut articles| {
                extractor.infer_missing_dates(&mut articles);
                extractor.extract_events(&articles)
            },
            BatchSize::LargeInput,
        );
    });
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    for article in &articles {
        let header = match &article.published {
            Some(p) => format!("---\ntitle: {}\ndate: {}\n---\n", article.title, p.value.to_iso()),
            None => String::new(),
        };
        let name = article
            .path
            .with_extension(if header.is_empty() { "txt" } else { "md" });
        let written = std::fs::write(dir.path().join(name), format!("{header}{}", article.text));
        written.unwrap_or_else(|e| panic!("write corpus: {e}"));
    }
    let paths = vec![dir.path().to_path_buf()];
    group.bench_function("analyse_files", |b| {
        b.iter(|| analyse(&paths, &IngestOptions::default()).map(|a| a.events.len()));
    });
    group.finish();
}

/// How many times each news-dev text is copied: 60 x 17 = 1,020 real-sized articles.
const NEWS_DEV_COPIES: usize = 17;

/// The 60 real articles of `../shared/news-dev` (read there, never copied into the
/// repository), each copied [`NEWS_DEV_COPIES`] times with its publication date, as
/// `scripts/news_dev_corpus.py --dated` writes them; empty when the folder is absent.
fn news_dev_corpus() -> Vec<Article> {
    let folder = PathBuf::from("../shared/news-dev/articles");
    let Ok(index) = std::fs::read_to_string(folder.join("index.jsonl")) else {
        return Vec::new();
    };
    let mut articles = Vec::new();
    for line in index.lines().filter(|l| !l.trim().is_empty()) {
        let Ok(entry) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let (Some(file), Some(published)) = (entry["file"].as_str(), entry["published"].as_str()) else {
            continue;
        };
        let (Ok(text), Ok(day)) = (
            std::fs::read_to_string(folder.join(file)),
            NaiveDate::parse_from_str(published, "%Y-%m-%d"),
        ) else {
            continue;
        };
        for copy in 0..NEWS_DEV_COPIES {
            let text = format!("Copy {copy}\n\n{text}");
            articles.push(Article {
                id: ArticleId::from_content(text.as_bytes()),
                path: PathBuf::from(format!("{copy}-{file}")),
                format: SourceFormat::Text,
                title: file.to_owned(),
                source: None,
                url: None,
                author: None,
                published: Some(PublicationDate::from_metadata(
                    TimeValue::from_naive_date(day),
                    "bench",
                )),
                text,
            });
        }
    }
    articles
}

/// `extract/news_dev_x17`: 1,020 real-sized news articles (1.8 KB on average), dated, in
/// memory: the "1,000 articles" at the size real news has.
fn bench_real_sized(c: &mut Criterion) {
    let articles = news_dev_corpus();
    if articles.is_empty() {
        eprintln!("extract/news_dev_x17 skipped: ../shared/news-dev is not beside the repository");
        return;
    }
    let extractor = match Extractor::english() {
        Ok(extractor) => extractor,
        Err(error) => panic!("rules compile: {error}"),
    };
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("news_dev_x17", |b| {
        b.iter_batched(
            || articles.clone(),
            |mut articles| extractor.date_and_extract(&mut articles),
            BatchSize::LargeInput,
        );
    });
    group.finish();
}

criterion_group!(benches, bench_extract, bench_real_sized);
criterion_main!(benches);
