//! The `dateline` binary: parse arguments, run, report errors, exit.

use clap::Parser;
use dateline::cli::{Cli, paths_or_default, run_command};

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(command) => run_command(command),
        None => open_app(cli.paths),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(error) => {
            eprintln!("dateline: {error:#}");
            std::process::exit(2);
        }
    }
}

#[cfg(feature = "gui")]
fn open_app(paths: Vec<std::path::PathBuf>) -> anyhow::Result<i32> {
    dateline::ui::run_app(paths, paths_or_default(Vec::new()))?;
    Ok(0)
}

#[cfg(not(feature = "gui"))]
fn open_app(_paths: Vec<std::path::PathBuf>) -> anyhow::Result<i32> {
    let _ = paths_or_default;
    anyhow::bail!("this build has no desktop app (built without the `gui` feature); try `dateline extract`")
}
