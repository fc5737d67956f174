//! `dateline extract` end to end on the sample articles: every format is streamed to stdout
//! and reads back as the same events, and a reader that stops early is not an error.

use std::io::Read;
use std::process::{Command, Stdio};

/// Runs `dateline extract data --format FORMAT`: (exit code, stdout).
fn extract(format: &str) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(["extract", "data", "--format", format])
        .output()
        .expect("runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).expect("UTF-8 output"),
    )
}

#[test]
fn every_format_lists_the_same_events() {
    let (code, json) = extract("json");
    assert_eq!(code, 0);
    let document: serde_json::Value = serde_json::from_str(&json).expect("one JSON document");
    let events = document["events"].as_array().expect("events").len();
    assert!(events > 5, "the samples have events, found {events}");
    assert_eq!(document["articles"].as_array().expect("articles").len(), 2);

    let (code, jsonl) = extract("jsonl");
    assert_eq!(code, 0);
    let kinds: Vec<String> = jsonl
        .lines()
        .map(|line| {
            let record: serde_json::Value = serde_json::from_str(line).expect("each line is JSON");
            record["kind"].as_str().expect("a kind").to_owned()
        })
        .collect();
    assert_eq!(kinds.iter().filter(|k| *k == "event").count(), events);
    assert_eq!(kinds.iter().filter(|k| *k == "article").count(), 2);

    let (code, csv) = extract("csv");
    assert_eq!(code, 0);
    let evidence: usize = document["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["evidence"].as_array().map_or(0, Vec::len))
        .sum();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(reader.records().count(), evidence, "one row per event and source");

    let (code, timelinejs) = extract("timelinejs");
    assert_eq!(code, 0);
    let document: serde_json::Value = serde_json::from_str(&timelinejs).expect("JSON");
    assert_eq!(document["events"].as_array().expect("slides").len(), events);
}

#[test]
fn a_reader_that_closes_the_pipe_early_is_not_an_error() {
    // Output well past a pipe's buffer (64 KiB), so the writer meets the closed pipe.
    let folder = tempfile::tempdir().expect("a temporary folder");
    let article = folder.path().join("long.txt");
    let sentence = "On March 3, 2015, Iraqi forces entered Tikrit, officials said.\n\n";
    std::fs::write(&article, sentence.repeat(2_000)).expect("writes the article");
    let mut child = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(["extract", "--format", "jsonl", "--with-text"])
        .arg(&article)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut first_bytes = [0_u8; 16];
    child
        .stdout
        .take()
        .expect("stdout")
        .read_exact(&mut first_bytes)
        .expect("some output");
    // The pipe's reading end is dropped here, as `| head -c 16` would.
    let output = child.wait_with_output().expect("finishes");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "stderr: {stderr}");
    assert!(!stderr.contains("stdout"), "no error about stdout: {stderr}");
}
