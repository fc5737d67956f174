//! Ingest throughput on 1,000 generated mixed files (txt, md, html, json), as users have them.
//! `cargo bench --bench ingest`

use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline::ingest::{IngestOptions, load_paths};

/// Files in the generated corpus: the size the foundation issue's goal names.
const FILE_COUNT: usize = 1000;

const SENTENCES: [&str; 6] = [
    "Iraqi forces pushed into eastern Mosul on Tuesday, officers said, as the offensive entered its third week.",
    "The Pentagon said more than 600 additional troops would deploy in the coming weeks.",
    "Residents who fled the city described shortages of food, water and medicine.",
    "Kurdish Peshmerga fighters held positions north of the city, a spokesman told reporters.",
    "The militants captured the city more than two years ago in a lightning advance.",
    "Officials in Baghdad declined to comment on the number of casualties.",
];

/// A news-like body of about 3 KB, different for each `seed`.
fn body(seed: usize) -> Vec<String> {
    (0..24)
        .map(|i| format!("{} ({seed}-{i})", SENTENCES[(seed + i) % SENTENCES.len()]))
        .collect()
}

fn write_corpus(dir: &Path) -> u64 {
    let mut total_bytes = 0;
    for seed in 0..FILE_COUNT {
        let paragraphs = body(seed);
        let (name, content) = match seed % 4 {
            0 => (
                format!("{seed}.txt"),
                format!("Headline {seed}\n\n{}", paragraphs.join("\n\n")),
            ),
            1 => (
                format!("{seed}.md"),
                format!(
                    "---\ntitle: Story {seed}\ndate: 2016-10-27\noutlet: Wire\n---\n{}",
                    paragraphs.join("\n\n")
                ),
            ),
            2 => {
                let html: String = paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect();
                (
                    format!("{seed}.html"),
                    format!(
                        "<html><head><title>Story {seed}</title><meta property=\"article:published_time\" \
                         content=\"2016-10-27T10:00:00Z\"></head><body><nav><a href=\"/\">Home</a> \
                         <a href=\"/world\">World</a></nav><article><h1>Story {seed}</h1>{html}</article>\
                         <footer>Copyright</footer></body></html>"
                    ),
                )
            }
            _ => (
                format!("{seed}.json"),
                serde_json::json!({"title": format!("Story {seed}"), "date": "2016-10-27",
                                   "text": paragraphs.join("\n\n")})
                .to_string(),
            ),
        };
        total_bytes += content.len() as u64;
        std::fs::write(dir.join(name), content).expect("write corpus file");
    }
    total_bytes
}

fn ingest_mixed_corpus(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let total_bytes = write_corpus(dir.path());
    let paths: Vec<PathBuf> = vec![dir.path().to_owned()];
    let options = IngestOptions::default();
    let report = load_paths(&paths, &options);
    assert_eq!(
        report.articles.len(),
        FILE_COUNT,
        "errors: {:?}",
        report.errors.first()
    );

    let mut group = c.benchmark_group("ingest");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(total_bytes));
    group.bench_function("1000_mixed_files", |b| b.iter(|| load_paths(&paths, &options)));
    group.finish();
}

criterion_group!(benches, ingest_mixed_corpus);
criterion_main!(benches);
