//! `dateline render`: the timeline as PNG or SVG, built from the same scene the app paints,
//! with no window and no GPU.

use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::{Args, ValueEnum};

use crate::export::atomic::write_atomically;
use crate::export::saved::analyse_with_saved;
use crate::export::{png, svg};
use crate::extract::{Analysis, Progress};
use crate::ingest::IngestOptions;
use crate::model::{Corpus, TimeValue};
use crate::scene::{SceneInput, Style, Theme, build_scene};
use crate::timeline::{LaneMode, TimeView, TimelineModel};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LanesArg {
    Source,
    Actor,
    Place,
    None,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    Light,
    Dark,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// Article files or folders.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output file: `.png` or `.svg`.
    #[arg(long)]
    pub out: PathBuf,
    /// Width in points.
    #[arg(long, default_value_t = 1600)]
    pub width: u32,
    /// Height in points.
    #[arg(long, default_value_t = 900)]
    pub height: u32,
    /// Device pixels per point (PNG only), e.g. 2 for a sharp slide.
    #[arg(long, default_value_t = 1.0)]
    pub scale: f32,
    /// Start of the view (ISO 8601: 2014, 2014-06, 2014-06-10, -0500); default: fit all events.
    #[arg(long, allow_hyphen_values = true)]
    pub from: Option<String>,
    /// End of the view (ISO 8601, inclusive).
    #[arg(long, allow_hyphen_values = true)]
    pub to: Option<String>,
    #[arg(long, value_enum, default_value_t = LanesArg::Source)]
    pub lanes: LanesArg,
    #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
    pub theme: ThemeArg,
    /// The picture's title (shown with the time range above the timeline).
    #[arg(long, default_value = "Dateline timeline")]
    pub title: String,
}

/// Saved extractions (`dateline extract --format json` output) are used as they are; every
/// other path is loaded and extracted.
fn load_for_render(paths: &[PathBuf]) -> anyhow::Result<Analysis> {
    analyse_with_saved(paths, &IngestOptions::default(), &Progress::default())
        .context("compiling the temporal rules")
}

fn parse_bound(text: &str, name: &str) -> anyhow::Result<TimeValue> {
    TimeValue::parse_iso(text)
        .with_context(|| format!("--{name} `{text}` is not an ISO 8601 date (e.g. 2014-06-10)"))
}

pub fn run(args: RenderArgs) -> anyhow::Result<i32> {
    let extension = args
        .out
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if !matches!(extension.as_deref(), Some("png" | "svg")) {
        bail!(
            "--out {}: unknown picture type; use a .png or .svg file name",
            args.out.display()
        );
    }
    let max = png::MAX_SIDE_PX;
    if !(1..=max).contains(&args.width) || !(1..=max).contains(&args.height) {
        bail!(
            "--width/--height {}×{}: each must be 1 to {max}",
            args.width,
            args.height
        );
    }
    let analysis = load_for_render(&args.paths)?;
    for error in &analysis.errors {
        eprintln!("dateline: {error}");
    }
    if analysis.articles.is_empty() {
        eprintln!("dateline: no article loaded");
        return Ok(1);
    }
    let mode = match args.lanes {
        LanesArg::Source => LaneMode::Source,
        LanesArg::Actor => LaneMode::Actor,
        LanesArg::Place => LaneMode::Place,
        LanesArg::None => LaneMode::None,
    };
    let corpus = Corpus::new(analysis.articles, analysis.events);
    let model = TimelineModel::build(&corpus, mode);
    let (fit_start, fit_end) = model.extent_secs().unwrap_or((0, 86_400));
    let start = match &args.from {
        Some(text) => parse_bound(text, "from")?.start_secs,
        None => fit_start,
    };
    let end = match &args.to {
        Some(text) => parse_bound(text, "to")?.end_secs(),
        None => fit_end,
    };
    let view = if args.from.is_some() || args.to.is_some() {
        TimeView::new(start as f64, (end - start) as f64)
    } else {
        TimeView::fit(start as f64, end as f64)
    };
    if end <= start {
        bail!("--from is not before --to: nothing to draw");
    }
    let in_view = model
        .events
        .iter()
        .filter(|e| e.end_secs > start && e.start_secs < end)
        .count();
    if in_view == 0 {
        let range = match (&args.from, &args.to) {
            (Some(from), Some(to)) => format!("between --from {from} and --to {to}"),
            (Some(from), None) => format!("from --from {from} on"),
            (None, Some(to)) => format!("up to --to {to}"),
            (None, None) => "with a readable date".to_owned(),
        };
        eprintln!(
            "dateline: no event in the chosen range ({} events loaded, none {range}); nothing written",
            model.events.len()
        );
        return Ok(1);
    }
    let input = SceneInput {
        model: &model,
        titles: &corpus,
        selected: None,
        caption: Some(&args.title),
    };
    let scene = build_scene(
        &input,
        view,
        args.width as f32,
        args.height as f32,
        &Style::default(),
    );
    let theme = match args.theme {
        ThemeArg::Light => Theme::Light,
        ThemeArg::Dark => Theme::Dark,
    };
    let bytes = if extension.as_deref() == Some("svg") {
        svg::scene_to_svg(&scene, theme).into_bytes()
    } else {
        png::scene_to_png(&scene, theme, args.scale)?
    };
    write_atomically(&args.out, &bytes).with_context(|| format!("writing {}", args.out.display()))?;
    eprintln!("dateline: wrote {}", args.out.display());
    Ok(0)
}
