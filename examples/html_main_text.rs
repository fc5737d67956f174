//! Prints the main text Dateline extracts from every `*.html` page in a folder, as JSON
//! `{"<file stem>": {"articleBody": "…"}}`: the prediction format of the ScrapingHub article
//! extraction benchmark, so its scorer measures our HTML ingest (see `scripts/html_benchmark.sh`).
//!
//! `cargo run --release --example html_main_text -- DIR > predictions.json`

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::Context;
use dateline::ingest::{FileKind, parse_bytes};

fn main() -> anyhow::Result<()> {
    let dir = PathBuf::from(std::env::args().nth(1).context("usage: html_main_text DIR")?);
    let mut predictions = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("html") {
            continue;
        }
        let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        let outcome = parse_bytes(&path, FileKind::Html, &bytes);
        let body = outcome
            .articles
            .first()
            .map(|a| a.text.clone())
            .unwrap_or_default();
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        predictions.insert(stem, serde_json::json!({ "articleBody": body }));
    }
    println!("{}", serde_json::to_string(&predictions)?);
    Ok(())
}
