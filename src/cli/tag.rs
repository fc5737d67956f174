//! `dateline tag --jsonl`: TIMEX3 tagging of JSON lines `{"doc", "dct", "dct_date", "text"}`
//! on stdin, one output line `{"doc", "timexes": [{"start", "end", "type", "value", "text"}]}`
//! per document (offsets in code points, end exclusive). A bad line gets an error on stderr
//! naming its number; the others are still tagged.

use std::io::{BufRead, Write};

use anyhow::Context;
use chrono::NaiveDate;
use clap::Args;
use serde::Deserialize;

use crate::temporal::Tagger;

#[derive(Debug, Args)]
pub struct TagArgs {
    /// Read JSON lines from stdin (the only input form for now).
    #[arg(long, required = true)]
    pub jsonl: bool,
}

#[derive(Deserialize)]
struct Input {
    doc: String,
    #[serde(default)]
    dct: Option<String>,
    #[serde(default)]
    dct_date: Option<String>,
    text: String,
}

fn reference_date(input: &Input) -> Option<NaiveDate> {
    let written = input.dct_date.as_deref().or(input.dct.as_deref())?;
    let date_part = written.get(..10).unwrap_or(written);
    NaiveDate::parse_from_str(date_part, "%Y-%m-%d").ok()
}

pub fn run(_args: TagArgs) -> anyhow::Result<i32> {
    let tagger = Tagger::english().context("compiling the temporal rules")?;
    let stdin = std::io::stdin().lock();
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let mut failed = 0;
    for (index, line) in stdin.lines().enumerate() {
        let line_number = index + 1;
        let line = line.with_context(|| format!("reading stdin line {line_number}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let input: Input = match serde_json::from_str(&line) {
            Ok(input) => input,
            Err(error) => {
                eprintln!("dateline: stdin:{line_number}: not a tagging input: {error}");
                failed += 1;
                continue;
            }
        };
        let Some(dct) = reference_date(&input) else {
            eprintln!(
                "dateline: stdin:{line_number}: doc `{}`: no valid `dct_date`/`dct` (YYYY-MM-DD)",
                input.doc
            );
            failed += 1;
            continue;
        };
        let timexes: Vec<serde_json::Value> = tagger
            .tag(&input.text, dct)
            .into_iter()
            .map(|t| {
                serde_json::json!({"start": t.start_char, "end": t.end_char, "type": t.kind.name(),
                                   "value": t.value, "text": &input.text[t.start_byte..t.end_byte], "rule": t.rule})
            })
            .collect();
        serde_json::to_writer(
            &mut stdout,
            &serde_json::json!({"doc": input.doc, "timexes": timexes}),
        )?;
        stdout.write_all(b"\n")?;
    }
    stdout.flush()?;
    Ok(if failed > 0 { 1 } else { 0 })
}
