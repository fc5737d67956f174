//! Linear time in text length: tagging and extraction of one article as it grows, of one
//! run-on sentence as it grows, and of one sentence holding more and more dates. Time per byte
//! (criterion's throughput) must stay flat within 2× across each group's sizes.
//! `cargo bench --no-default-features --bench linear_time`
//!
//! - `article/{1,4,16}MB`: one dated article made of news paragraphs;
//! - `sentence/{10,100,1000}KB`: one sentence without a full stop (words and dates);
//! - `dates_in_sentence/{100,1000,10000}`: one sentence listing that many dates.
//!
//! Each input runs through `Extractor::date_and_extract` (analysis, tagging, events, merging).

use std::path::PathBuf;
use std::time::Duration;

use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use dateline::extract::Extractor;
use dateline::model::{Article, ArticleId, PublicationDate, SourceFormat, TimeValue};

#[path = "support/news_paragraphs.rs"]
mod news_paragraphs;
// The sample articles: news at its usual density of dates (about 1,300 time expressions a
// MB); the development set is written dense with dates and 16 MB of it would pass the
// per-article limit.
use news_paragraphs::sample_paragraphs;

const MB: usize = 1024 * 1024;
const KB: usize = 1024;

fn article(text: String) -> Article {
    Article {
        id: ArticleId::from_content(text.as_bytes()),
        path: PathBuf::from("bench.txt"),
        format: SourceFormat::Text,
        title: "Bench".into(),
        source: Some("Bench".into()),
        url: None,
        author: None,
        published: TimeValue::day(2016, 10, 27).map(|day| PublicationDate::from_metadata(day, "bench")),
        text,
    }
}

fn news_text(bytes: usize) -> String {
    let paragraphs = sample_paragraphs();
    assert!(!paragraphs.is_empty(), "run from the package root");
    let mut text = String::with_capacity(bytes + 4 * KB);
    for paragraph in paragraphs.iter().cycle() {
        if text.len() >= bytes {
            break;
        }
        text.push_str(paragraph);
        text.push_str("\n\n");
    }
    text
}

/// One sentence of `bytes` bytes: news words and a date every few words, no full stop.
fn run_on_sentence(bytes: usize) -> String {
    const WORDS: [&str; 12] = [
        "troops",
        "entered",
        "the",
        "city",
        "and",
        "forces",
        "said",
        "on",
        "March 3, 2015",
        "that",
        "Mosul",
        "fell",
    ];
    let mut text = String::with_capacity(bytes + 32);
    let mut index = 0usize;
    while text.len() < bytes {
        text.push_str(WORDS[index.wrapping_mul(7) % WORDS.len()]);
        text.push(' ');
        index += 1;
    }
    text.push('.');
    text
}

fn dates_sentence(count: usize) -> String {
    let dates: Vec<String> = (0..count)
        .map(|i| format!("March {}, {}", 1 + i % 28, 1990 + i % 30))
        .collect();
    format!("Troops moved on {}.", dates.join(", "))
}

fn bench_group(c: &mut Criterion, name: &str, inputs: Vec<(String, String)>, extractor: &Extractor) {
    let mut group = c.benchmark_group(name);
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    for (label, text) in inputs {
        let analysed = extractor.analyse_text(&text);
        assert!(
            analysed.stopped_at_byte.is_none(),
            "{name}/{label} reaches the per-article limit: it would not measure the whole text"
        );
        group.throughput(Throughput::Bytes(text.len() as u64));
        let input = vec![article(text)];
        group.bench_with_input(BenchmarkId::from_parameter(&label), &input, |b, input| {
            b.iter_batched(
                || input.clone(),
                |mut articles| extractor.date_and_extract(&mut articles),
                BatchSize::LargeInput,
            );
        });
    }
    group.finish();
}

fn bench_linear_time(c: &mut Criterion) {
    let extractor = match Extractor::english() {
        Ok(extractor) => extractor,
        Err(error) => panic!("rules compile: {error}"),
    };
    let articles = [1, 4, 16].map(|mb| (format!("{mb}MB"), news_text(mb * MB)));
    bench_group(c, "article", articles.into(), &extractor);
    let sentences = [10, 100, 1000].map(|kb| (format!("{kb}KB"), run_on_sentence(kb * KB)));
    bench_group(c, "sentence", sentences.into(), &extractor);
    let dates = [100, 1000, 10_000].map(|n| (n.to_string(), dates_sentence(n)));
    bench_group(c, "dates_in_sentence", dates.into(), &extractor);
}

criterion_group!(benches, bench_linear_time);
criterion_main!(benches);
