//! `dateline extract`: the extraction as JSON, JSONL or CSV on stdout.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, ValueEnum};

use crate::export::{Extraction, csv_rows, timelinejs};
use crate::extract::analyse;
use crate::ingest::IngestOptions;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// One document: `{"articles": […], "events": […], "errors": […]}`.
    Json,
    /// One JSON object per line, each tagged `"kind": "article" | "event" | "error"`.
    Jsonl,
    /// One row per event and source, with a header row.
    Csv,
    /// TimelineJS 3 JSON, which opens in TimelineJS unchanged.
    Timelinejs,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Article files or folders (.txt, .md, .html, .htm, .json, .jsonl).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
    pub format: OutputFormat,
    /// Include each article's full ingested text (the string evidence offsets point into).
    #[arg(long)]
    pub with_text: bool,
    /// Refuse files larger than this many bytes.
    #[arg(long, default_value_t = crate::ingest::DEFAULT_MAX_FILE_BYTES)]
    pub max_file_bytes: u64,
    /// The publication date of the one file given (YYYY-MM-DD), over what it says or what
    /// would be inferred; every relative date is resolved against it.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub published: Option<chrono::NaiveDate>,
}

fn parse_day(written: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(written, "%Y-%m-%d")
        .map_err(|e| format!("`{written}` is not a date as YYYY-MM-DD: {e}"))
}

fn jsonl_line(kind: &str, value: impl serde::Serialize) -> anyhow::Result<String> {
    let mut object = serde_json::to_value(value)?;
    if let serde_json::Value::Object(map) = &mut object {
        map.insert("kind".into(), kind.into());
    }
    Ok(serde_json::to_string(&object)?)
}

pub fn run(args: ExtractArgs) -> anyhow::Result<i32> {
    if args.published.is_some() && (args.paths.len() != 1 || args.paths.iter().any(|p| p.is_dir())) {
        eprintln!("dateline: --published dates one article file; give exactly one file");
        return Ok(2);
    }
    let options = IngestOptions {
        max_file_bytes: args.max_file_bytes,
        published: args.published,
    };
    let report = analyse(&args.paths, &options).context("compiling the temporal rules")?;
    let events = &report.events;
    for error in &report.errors {
        eprintln!("dateline: {error}");
    }
    let output = match args.format {
        OutputFormat::Json => {
            let document = Extraction::new(&report.articles, events, &report.errors, args.with_text);
            serde_json::to_string_pretty(&document)? + "\n"
        }
        OutputFormat::Jsonl => {
            let document = Extraction::new(&report.articles, events, &report.errors, args.with_text);
            let mut lines = Vec::new();
            for article in &document.articles {
                lines.push(jsonl_line("article", article)?);
            }
            for event in &document.events {
                lines.push(jsonl_line("event", event)?);
            }
            for error in &document.errors {
                lines.push(jsonl_line("error", error)?);
            }
            lines.iter().map(|l| format!("{l}\n")).collect()
        }
        OutputFormat::Csv => csv_rows::write_csv(&report.articles, events).context("writing CSV")?,
        OutputFormat::Timelinejs => {
            let document = timelinejs::timelinejs_document(&report.articles, events, "Dateline timeline");
            serde_json::to_string_pretty(&document)? + "\n"
        }
    };
    let mut stdout = std::io::stdout().lock();
    if let Err(error) = stdout.write_all(output.as_bytes()).and_then(|()| stdout.flush())
        && error.kind() != std::io::ErrorKind::BrokenPipe
    {
        return Err(error).context("writing to stdout");
    }
    if report.articles.is_empty() {
        eprintln!("dateline: no article loaded");
        return Ok(1);
    }
    Ok(0)
}
