//! The desktop app (eframe/egui). The only module that touches egui, eframe or rfd.
//!
//! `app` holds the state and lays out the panels: `top_bar` (open, export, search, lanes,
//! theme), `sources_panel` (outlets, articles, failed files, filters), `timeline_panel` (the
//! core's scene painted by `scene_painter`), `inspector` (the selected event's evidence) and
//! `reader` (an article with its event sentences highlighted). `loader` runs loads off the UI
//! thread; `persist` is what survives a restart.

mod app;
mod frame_log;
mod inspector;
mod loader;
mod persist;
mod reader;
mod scene_painter;
mod sources_panel;
mod timeline_panel;
mod top_bar;

use std::path::PathBuf;

use anyhow::Context;

pub use app::DatelineApp;
pub use inspector::date_in_words;
pub use persist::PersistedState;
pub use reader::{Highlight, Reader, highlight_at, highlights};

/// Opens the window. `paths` load in the background while it draws; with none, the paths
/// of the last run (or `default_paths`) load, and the last view, lane mode and theme return.
pub fn run_app(paths: Vec<PathBuf>, default_paths: Vec<PathBuf>) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1400.0, 860.0])
            .with_title("Dateline")
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Dateline",
        options,
        Box::new(move |creation| {
            let ctx = creation.egui_ctx.clone();
            let repaint = move || ctx.request_repaint();
            let saved = PersistedState::load(creation.storage);
            let app = match saved {
                Some(state) if paths.is_empty() => {
                    let restore = if state.paths.is_empty() {
                        default_paths
                    } else {
                        state.paths.clone()
                    };
                    DatelineApp::restored(state, restore, repaint)
                }
                _ => {
                    let paths = if paths.is_empty() { default_paths } else { paths };
                    DatelineApp::loading(paths, repaint)
                }
            };
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("{e}"))
    .context("opening the window")
}
