//! `dateline extract`: the extraction as JSON, JSONL or CSV on stdout.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, ValueEnum};

use crate::export::{ExtractionView, csv_rows, timelinejs};
use crate::extract::{Analysis, analyse};
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

fn write_jsonl_line(out: &mut impl Write, kind: &str, value: impl serde::Serialize) -> anyhow::Result<()> {
    let mut object = serde_json::to_value(value)?;
    if let serde_json::Value::Object(map) = &mut object {
        map.insert("kind".into(), kind.into());
    }
    serde_json::to_writer(&mut *out, &object)?;
    Ok(out.write_all(b"\n")?)
}

/// Writes the document in `args.format` to `out` as it is serialised: no second copy of the
/// output in memory (a large load's JSON is several times its text).
fn write_output(args: &ExtractArgs, report: &Analysis, out: &mut impl Write) -> anyhow::Result<()> {
    let document = ExtractionView {
        articles: &report.articles,
        events: &report.events,
        errors: &report.errors,
        with_text: args.with_text,
    };
    match args.format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &document)?;
            out.write_all(b"\n")?;
        }
        OutputFormat::Jsonl => {
            for article in document.article_records() {
                write_jsonl_line(out, "article", article)?;
            }
            for event in document.event_records() {
                write_jsonl_line(out, "event", event)?;
            }
            for error in document.error_records() {
                write_jsonl_line(out, "error", error)?;
            }
        }
        OutputFormat::Csv => {
            csv_rows::write_csv_to(&report.articles, &report.events, out).context("writing CSV")?
        }
        OutputFormat::Timelinejs => {
            let document =
                timelinejs::timelinejs_document(&report.articles, &report.events, "Dateline timeline");
            serde_json::to_writer_pretty(&mut *out, &document)?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}

/// A reader that closed the pipe (`dateline extract … | head`) is not an error.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        let io_kind = cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
            .or_else(|| {
                cause
                    .downcast_ref::<serde_json::Error>()
                    .and_then(serde_json::Error::io_error_kind)
            });
        io_kind == Some(std::io::ErrorKind::BrokenPipe)
    })
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
    for error in &report.errors {
        eprintln!("dateline: {error}");
    }
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let written = write_output(&args, &report, &mut stdout).and_then(|()| Ok(stdout.flush()?));
    if let Err(error) = written
        && !is_broken_pipe(&error)
    {
        return Err(error).context("writing to stdout");
    }
    if report.articles.is_empty() {
        eprintln!("dateline: no article loaded");
        return Ok(1);
    }
    Ok(0)
}
