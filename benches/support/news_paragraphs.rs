//! Paragraphs of real-looking news for benchmarks: the sample articles and the development
//! set (shared by `benches/extract.rs` and `benches/linear_time.rs` through `#[path]`).

// Each bench that includes this file uses only some of it.
#![allow(dead_code)]

/// Paragraph sources: the sample articles and the development set.
pub fn paragraphs() -> Vec<String> {
    let mut found = sample_paragraphs();
    found.extend(devset_paragraphs());
    found
}

/// The paragraphs of the two sample articles: news at its usual density of dates.
pub fn sample_paragraphs() -> Vec<String> {
    let mut found = Vec::new();
    for file in [
        "data/foxnews-2016-10-27-uneasy-alliance.md",
        "data/newsmax-2014-09-10-iran-forces-iraq.md",
    ] {
        let text = std::fs::read_to_string(file).unwrap_or_default();
        let body = text.splitn(3, "---").nth(2).unwrap_or(&text).to_owned();
        found.extend(
            body.split("\n\n")
                .map(str::trim)
                .filter(|p| p.len() > 80)
                .map(str::to_owned),
        );
    }
    found
}

/// The development set's texts, written dense with dates.
fn devset_paragraphs() -> Vec<String> {
    let mut found = Vec::new();
    let devset = std::fs::read_to_string("tests/devset/events.toml").unwrap_or_default();
    found.extend(
        devset
            .split("text = \"\"\"")
            .skip(1)
            .filter_map(|rest| rest.split("\"\"\"").next())
            .map(str::to_owned),
    );
    found
}
