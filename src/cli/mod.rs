//! The command line: `dateline [PATHS…]` opens the app; subcommands work without a window.

mod extract;
mod render;
mod tag;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

pub use extract::{ExtractArgs, OutputFormat};
pub use render::RenderArgs;
pub use tag::TagArgs;

/// Turns a pile of news articles into a sourced, zoomable timeline.
#[derive(Debug, Parser)]
#[command(name = "dateline", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Article files or folders to open in the app (default: `data/`).
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load articles, extract their events and print them (JSON, JSONL, CSV or TimelineJS).
    Extract(ExtractArgs),
    /// Tag TIMEX3 temporal expressions in JSON lines read from stdin.
    Tag(TagArgs),
    /// Render the timeline to a PNG or SVG file, without a window.
    Render(RenderArgs),
}

/// The folder the app opens when given no paths.
pub const DEFAULT_DATA_DIR: &str = "data";

/// The paths to open: the ones given, or `data/` next to the working directory.
pub fn paths_or_default(paths: Vec<PathBuf>) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from(DEFAULT_DATA_DIR)]
    } else {
        paths
    }
}

/// Runs a subcommand; returns the process exit code.
pub fn run_command(command: Command) -> anyhow::Result<i32> {
    match command {
        Command::Extract(args) => extract::run(args),
        Command::Tag(args) => tag::run(args),
        Command::Render(args) => render::run(args),
    }
}
