//! Every ingest parser on arbitrary bytes: the first byte picks the format (text, Markdown with
//! front matter, HTML, JSON, JSON lines), the rest is the file. Never a panic, never a hang.
#![no_main]

use std::path::Path;

use dateline::ingest::{FileKind, parse_bytes};
use libfuzzer_sys::fuzz_target;

const KINDS: [(FileKind, &str); 5] = [
    (FileKind::Text, "fuzz.txt"),
    (FileKind::Markdown, "fuzz.md"),
    (FileKind::Html, "fuzz.html"),
    (FileKind::Json, "fuzz.json"),
    (FileKind::JsonLines, "fuzz.jsonl"),
];

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else {
        return;
    };
    let (kind, name) = KINDS[usize::from(selector) % KINDS.len()];
    let outcome = parse_bytes(Path::new(name), kind, bytes);
    for article in &outcome.articles {
        assert!(!article.text.contains('\u{0}'), "a NUL reached an article");
    }
});
