//! `dateline tag --jsonl`: TIMEX3 tagging of JSON lines `{"doc", "dct", "dct_date", "text"}`
//! on stdin, one output line `{"doc", "timexes": [{"start", "end", "type", "value", "text"}]}`
//! per document (offsets in code points, end exclusive). A bad line gets an error on stderr
//! naming its number; the others are still tagged.

use std::io::{BufRead, Read, Write};

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

/// One line of standard input, or why it cannot be read as one.
enum Line {
    Text(String),
    NotUtf8(std::str::Utf8Error),
    TooLong,
}

/// Reads the next line (without its `\n`), never holding more than `limit_bytes` of it: a line
/// that is not UTF-8 or too long is reported and the following lines are still read. `None` at
/// the end of input.
fn next_line(input: &mut impl BufRead, limit_bytes: u64) -> std::io::Result<Option<Line>> {
    let mut bytes = Vec::new();
    let read = input
        .by_ref()
        .take(limit_bytes + 1)
        .read_until(b'\n', &mut bytes)?;
    if read == 0 {
        return Ok(None);
    }
    if bytes.last() == Some(&b'\n') {
        bytes.pop();
    } else if bytes.len() as u64 > limit_bytes {
        // Skip the rest of the over-long line without keeping it.
        loop {
            let buffer = input.fill_buf()?;
            if buffer.is_empty() {
                break;
            }
            match buffer.iter().position(|&b| b == b'\n') {
                Some(at) => {
                    input.consume(at + 1);
                    break;
                }
                None => {
                    let length = buffer.len();
                    input.consume(length);
                }
            }
        }
        return Ok(Some(Line::TooLong));
    }
    Ok(Some(match String::from_utf8(bytes) {
        Ok(text) => Line::Text(text),
        Err(error) => Line::NotUtf8(error.utf8_error()),
    }))
}

pub fn run(_args: TagArgs) -> anyhow::Result<i32> {
    let tagger = Tagger::english().context("compiling the temporal rules")?;
    let stdin = std::io::stdin().lock();
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let mut failed = 0;
    let mut stdin = stdin;
    let mut line_number = 0;
    while let Some(read) =
        next_line(&mut stdin, crate::ingest::DEFAULT_MAX_FILE_BYTES).context("reading stdin")?
    {
        line_number += 1;
        let line = match read {
            Line::Text(line) => line,
            Line::NotUtf8(error) => {
                eprintln!("dateline: stdin:{line_number}: not valid UTF-8: {error}; line skipped");
                failed += 1;
                continue;
            }
            Line::TooLong => {
                eprintln!(
                    "dateline: stdin:{line_number}: longer than {} bytes; line skipped",
                    crate::ingest::DEFAULT_MAX_FILE_BYTES
                );
                failed += 1;
                continue;
            }
        };
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

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], limit_bytes: u64) -> Vec<String> {
        let mut reader = std::io::BufReader::with_capacity(4, input);
        let mut out = Vec::new();
        while let Some(line) = next_line(&mut reader, limit_bytes).expect("read") {
            out.push(match line {
                Line::Text(text) => text,
                Line::NotUtf8(_) => "<not utf-8>".into(),
                Line::TooLong => "<too long>".into(),
            });
        }
        out
    }

    #[test]
    fn a_bad_or_long_line_is_reported_and_the_next_ones_are_read() {
        assert_eq!(
            lines(b"a\ncaf\xe9\nb\n0123456789abc\nc", 8),
            ["a", "<not utf-8>", "b", "<too long>", "c"]
        );
    }
}
