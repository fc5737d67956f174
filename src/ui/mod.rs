//! The desktop app (eframe/egui). The only module that touches egui, eframe or rfd.
//!
//! Today: sources, the timeline (the core's scene, painted by `scene_painter`; zoom, pan, fit,
//! click to select) and the selected event's evidence. Dialogs, reader, filters and
//! persistence come with the desktop-app issue.

mod app;
mod loader;
mod scene_painter;
mod timeline_panel;

use std::path::PathBuf;

use anyhow::Context;

pub use app::DatelineApp;

/// Opens the window; `paths` load in the background while it draws.
pub fn run_app(paths: Vec<PathBuf>) -> anyhow::Result<()> {
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
            Ok(Box::new(DatelineApp::loading(paths, move || {
                ctx.request_repaint()
            })))
        }),
    )
    .map_err(|e| anyhow::anyhow!("{e}"))
    .context("opening the window")
}
