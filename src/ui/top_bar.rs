//! The top bar: open files or folders (dialog or typed path), export, search, lane mode,
//! theme, and the loading indicator.

use std::path::PathBuf;

use super::app::DatelineApp;
use crate::export::atomic::write_atomically;
use crate::export::json::Extraction;
use crate::export::{csv_rows, png, svg, timelinejs};
use crate::scene::Theme;
use crate::timeline::LaneMode;

/// Scale of PNG exports: sharp on high-density screens and in print.
const PNG_EXPORT_SCALE: f32 = 2.0;

/// Shown when a dialog returns nothing: cancelled, or no dialog on this machine.
const NO_DIALOG_HINT: &str =
    "Nothing opened (no file dialog here?): type a file or folder path in the box and press Load path";

/// What the Export menu writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    Png,
    Svg,
    Json,
    Csv,
    TimelineJs,
}

impl ExportKind {
    fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
            Self::Json | Self::TimelineJs => "json",
            Self::Csv => "csv",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Self::Png => "PNG of the view…",
            Self::Svg => "SVG of the view…",
            Self::Json => "JSON (events and sources)…",
            Self::Csv => "CSV…",
            Self::TimelineJs => "TimelineJS…",
        }
    }
}

impl DatelineApp {
    pub(super) fn top_bar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal_wrapped(|ui| {
            if ui.button("Open files…").clicked() {
                let files = rfd::FileDialog::new()
                    .add_filter("Articles", &["txt", "md", "html", "htm", "json", "jsonl"])
                    .pick_files();
                match files {
                    Some(files) => self.add_paths(files, ui.ctx()),
                    None => self.status = NO_DIALOG_HINT.to_owned(),
                }
            }
            if ui.button("Open folder…").clicked() {
                match rfd::FileDialog::new().pick_folder() {
                    Some(folder) => self.add_paths(vec![folder], ui.ctx()),
                    None => self.status = NO_DIALOG_HINT.to_owned(),
                }
            }
            let label = ui.label("Path:");
            ui.add(
                egui::TextEdit::singleline(&mut self.path_input)
                    .desired_width(220.0)
                    .hint_text("file or folder, or export target"),
            )
            .labelled_by(label.id);
            if ui.button("Load path").clicked() && !self.path_input.trim().is_empty() {
                let path = PathBuf::from(self.path_input.trim());
                self.add_paths(vec![path], ui.ctx());
            }
            ui.menu_button("Export", |ui| {
                for kind in [
                    ExportKind::Png,
                    ExportKind::Svg,
                    ExportKind::Json,
                    ExportKind::Csv,
                    ExportKind::TimelineJs,
                ] {
                    if ui.button(kind.label()).clicked() {
                        self.export(kind, ui.ctx());
                        ui.close();
                    }
                }
            });
            ui.separator();
            let search = ui.label("Search:");
            ui.add(
                egui::TextEdit::singleline(&mut self.filter.text)
                    .desired_width(160.0)
                    .hint_text("words"),
            )
            .labelled_by(search.id);
            let lanes = ui.label("Lanes:");
            egui::ComboBox::from_id_salt("lane_mode")
                .selected_text(lane_mode_name(self.lane_mode))
                .show_ui(ui, |ui| {
                    for mode in [LaneMode::Source, LaneMode::Actor, LaneMode::Place, LaneMode::None] {
                        ui.selectable_value(&mut self.lane_mode, mode, lane_mode_name(mode));
                    }
                })
                .response
                .labelled_by(lanes.id);
            let theme_label = if self.theme == Theme::Dark {
                "Light theme"
            } else {
                "Dark theme"
            };
            if ui.button(theme_label).clicked() {
                self.theme = if self.theme == Theme::Dark {
                    Theme::Light
                } else {
                    Theme::Dark
                };
            }
            if let Some(job) = &self.job {
                ui.add(
                    egui::ProgressBar::new(job.progress.fraction())
                        .desired_width(160.0)
                        .text(job.progress.describe())
                        .animate(true),
                );
                if ui.button("Cancel").clicked() {
                    self.job = None;
                    self.status = "Loading cancelled".into();
                }
            }
            ui.label(&self.status);
        });
    }

    /// Writes `kind` off the UI thread to the typed path when it has the right extension,
    /// else to where the save dialog says.
    pub(super) fn export(&mut self, kind: ExportKind, ctx: &egui::Context) {
        let extension = kind.extension();
        let typed = PathBuf::from(self.path_input.trim());
        let typed_fits = typed.extension().and_then(|e| e.to_str()) == Some(extension);
        let target = if typed_fits {
            Some(typed)
        } else {
            rfd::FileDialog::new()
                .add_filter(extension.to_uppercase(), &[extension])
                .save_file()
        };
        let Some(target) = target else {
            self.status =
                format!("No file dialog here: type a .{extension} path in the box, then export again");
            return;
        };
        let theme = self.theme;
        let bytes_job: Box<dyn FnOnce() -> Result<Vec<u8>, String> + Send> = match kind {
            ExportKind::Png | ExportKind::Svg => {
                let scene = self.snapshot_scene(Some("Dateline timeline"));
                if kind == ExportKind::Png {
                    Box::new(move || {
                        png::scene_to_png(&scene, theme, PNG_EXPORT_SCALE).map_err(|e| e.to_string())
                    })
                } else {
                    Box::new(move || Ok(svg::scene_to_svg(&scene, theme).into_bytes()))
                }
            }
            ExportKind::Json | ExportKind::Csv | ExportKind::TimelineJs => {
                let shown = self.visible_events().to_vec();
                let corpus = std::sync::Arc::clone(&self.corpus);
                let errors = self.errors.clone();
                Box::new(move || {
                    let events: Vec<_> = shown
                        .iter()
                        .filter_map(|&i| corpus.event(i))
                        .map(|e| e.to_event())
                        .collect();
                    let articles = &corpus.articles;
                    match kind {
                        ExportKind::Json => {
                            serde_json::to_vec_pretty(&Extraction::new(articles, &events, &errors, false))
                                .map_err(|e| e.to_string())
                        }
                        ExportKind::Csv => csv_rows::write_csv(articles, &events)
                            .map(String::into_bytes)
                            .map_err(|e| e.to_string()),
                        _ => serde_json::to_vec_pretty(&timelinejs::timelinejs_document(
                            articles,
                            &events,
                            "Dateline timeline",
                        ))
                        .map_err(|e| e.to_string()),
                    }
                })
            }
        };
        let shown_target = target.display().to_string();
        let (sender, receiver) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let written = bytes_job().and_then(|b| write_atomically(&target, &b).map_err(|e| e.to_string()));
            let message = match written {
                Ok(()) => format!("Wrote {}", target.display()),
                Err(error) => format!("Export to {} failed: {error}", target.display()),
            };
            // The app may be gone: then nobody needs the message.
            let _ = sender.send(message);
            ctx.request_repaint();
        });
        self.exports.push(receiver);
        self.status = format!("Exporting to {shown_target}…");
    }
}

impl DatelineApp {
    /// Shows the outcome of finished exports in the status line.
    pub(super) fn poll_exports(&mut self) {
        self.exports.retain(|receiver| match receiver.try_recv() {
            Ok(message) => {
                self.status = message;
                false
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => true,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => false,
        });
    }
}

pub fn lane_mode_name(mode: LaneMode) -> &'static str {
    match mode {
        LaneMode::Source => "by outlet",
        LaneMode::Actor => "by actor",
        LaneMode::Place => "by place",
        LaneMode::None => "one lane",
    }
}
