//! Temporal tagger throughput on the TBAQ development texts (one core), and rule compilation
//! (the start-up cost of `dateline tag`), alone and with a first document. `cargo bench
//! --bench tagger`
//!
//! The texts come from `../shared/tempeval/TBAQ-cleaned` when it is beside the project;
//! otherwise the bench tags a generated news-like text of similar size.

use std::path::Path;

use chrono::NaiveDate;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline::temporal::Tagger;

const TBAQ_DIR: &str = "../shared/tempeval/TBAQ-cleaned";

/// The `<TEXT>` bodies of the TBAQ documents with their tags stripped, concatenated.
fn tbaq_texts() -> Option<Vec<String>> {
    let mut texts = Vec::new();
    for sub in ["TimeBank", "AQUAINT"] {
        for entry in std::fs::read_dir(Path::new(TBAQ_DIR).join(sub)).ok()? {
            let raw = std::fs::read_to_string(entry.ok()?.path()).ok()?;
            let body = raw.split("<TEXT>").nth(1)?.split("</TEXT>").next()?;
            let mut text = String::with_capacity(body.len());
            let mut in_tag = false;
            for c in body.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => in_tag = false,
                    _ if !in_tag => text.push(c),
                    _ => {}
                }
            }
            texts.push(text);
        }
    }
    Some(texts)
}

fn generated_texts() -> Vec<String> {
    let paragraph = "Iraqi forces pushed into eastern Mosul on Tuesday, officers said, more than two years \
                     after the militants captured the city in June 2014. The Pentagon said last week that 600 \
                     more troops would deploy in the coming weeks, and a spokesman said on Oct. 27 that talks \
                     would resume next month. Profit rose 5% in the third quarter from a year earlier. ";
    (0..256).map(|_| paragraph.repeat(8)).collect()
}

fn tagger_throughput(c: &mut Criterion) {
    let texts = tbaq_texts().unwrap_or_else(generated_texts);
    let total_bytes: usize = texts.iter().map(String::len).sum();
    let tagger = Tagger::english().expect("rules compile");
    let dct = NaiveDate::from_ymd_opt(1998, 2, 27).expect("valid date");

    let mut group = c.benchmark_group("tagger");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(total_bytes as u64));
    group.bench_function("tag_tbaq_one_core", |b| {
        b.iter(|| texts.iter().map(|t| tagger.tag(t, dct).len()).sum::<usize>())
    });
    group.finish();

    // Start-up: the set of all patterns is compiled up front, each rule's own regex when a
    // text first needs it; so also time a fresh tagger's first document.
    c.bench_function("tagger/compile_rules", |b| {
        b.iter(|| Tagger::english().expect("rules compile"))
    });
    let first_text = texts.first().cloned().unwrap_or_default();
    c.bench_function("tagger/compile_rules_and_tag_first_document", |b| {
        b.iter(|| {
            Tagger::english()
                .expect("rules compile")
                .tag(&first_text, dct)
                .len()
        })
    });
}

criterion_group!(benches, tagger_throughput);
criterion_main!(benches);
