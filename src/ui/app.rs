//! The app state and its panels.

use std::path::PathBuf;

use super::loader::{LoadJob, LoadPoll};
use super::timeline_panel::{fit_view, timeline_ui};
use crate::export::atomic::write_atomically;
use crate::export::{png, svg};
use crate::extract::Analysis;
use crate::ingest::IngestError;
use crate::model::{Article, Event};
use crate::scene::{SceneInput, Style, Theme, build_scene};
use crate::timeline::{LaneMode, TimeView, TimelineModel};

/// Width of the side panels at start, in points.
const SIDE_PANEL_WIDTH: f32 = 300.0;
/// Side panels never shrink below this (they are empty for the first frames while loading).
const MIN_SIDE_PANEL_WIDTH: f32 = 220.0;

pub struct DatelineApp {
    /// Files and folders loaded (reloaded together when more are added).
    pub paths: Vec<PathBuf>,
    pub articles: Vec<Article>,
    pub events: Vec<Event>,
    pub errors: Vec<IngestError>,
    pub selected: Option<usize>,
    pub view: TimeView,
    /// Derived once per load, not per frame.
    model: TimelineModel,
    titles: Vec<String>,
    job: Option<LoadJob>,
    /// Typed paths: the way to load or export where no native file dialog is available.
    path_input: String,
    /// The last message for the user (export written, load failed…).
    pub status: String,
    /// Size of the timeline area last frame, for exports of what the user sees.
    timeline_size: [f32; 2],
}

impl DatelineApp {
    /// An app showing `analysis` of `paths` (no loading).
    pub fn from_analysis(paths: Vec<PathBuf>, analysis: Analysis) -> Self {
        let mut app = Self {
            paths,
            articles: Vec::new(),
            events: Vec::new(),
            errors: Vec::new(),
            selected: None,
            view: TimeView::new(0.0, 86_400.0),
            model: TimelineModel::default(),
            titles: Vec::new(),
            job: None,
            path_input: String::new(),
            status: String::new(),
            timeline_size: [1200.0, 700.0],
        };
        app.show(analysis);
        app
    }

    /// An app that starts loading `paths` in the background at once.
    pub fn loading(paths: Vec<PathBuf>, repaint: impl Fn() + Send + 'static) -> Self {
        let mut app = Self::from_analysis(Vec::new(), Analysis::default());
        app.job = Some(LoadJob::start(paths, repaint));
        app
    }

    /// True while a load runs in the background.
    pub fn is_loading(&self) -> bool {
        self.job.is_some()
    }

    fn show(&mut self, analysis: Analysis) {
        self.model = TimelineModel::build(&analysis.articles, &analysis.events, LaneMode::Source);
        self.titles = analysis.events.iter().map(|e| e.title.clone()).collect();
        self.view = fit_view(&self.model);
        self.articles = analysis.articles;
        self.events = analysis.events;
        self.errors = analysis.errors;
        self.selected = None;
    }

    /// Loads `more` together with what is loaded already.
    fn add_paths(&mut self, more: Vec<PathBuf>, ctx: &egui::Context) {
        let mut paths = self
            .job
            .as_ref()
            .map_or_else(|| self.paths.clone(), |job| job.paths.clone());
        paths.extend(more);
        let ctx = ctx.clone();
        self.job = Some(LoadJob::start(paths, move || ctx.request_repaint()));
    }

    fn poll_job(&mut self) {
        let Some(job) = &self.job else { return };
        if let LoadPoll::Done(result) = job.poll() {
            let paths = job.paths.clone();
            self.job = None;
            match result {
                Ok(analysis) => {
                    self.status = format!(
                        "Loaded {} articles, {} events",
                        analysis.articles.len(),
                        analysis.events.len()
                    );
                    self.paths = paths;
                    self.show(analysis);
                }
                Err(error) => self.status = format!("Loading failed: {error}"),
            }
        }
    }

    fn export(&mut self, extension: &str) {
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
        let input = SceneInput {
            model: &self.model,
            titles: &self.titles,
            selected: None,
            caption: Some("Dateline timeline"),
        };
        let [width, height] = self.timeline_size;
        let scene = build_scene(&input, self.view, width, height, &Style::default());
        // Rasterising and writing happen off the UI thread.
        let status_target = target.display().to_string();
        let is_png = extension == "png";
        std::thread::spawn(move || {
            let bytes = if is_png {
                png::scene_to_png(&scene, Theme::Light, 2.0).map_err(|e| e.to_string())
            } else {
                Ok(svg::scene_to_svg(&scene, Theme::Light).into_bytes())
            };
            if let Err(error) = bytes.and_then(|b| write_atomically(&target, &b).map_err(|e| e.to_string())) {
                eprintln!("dateline: exporting {}: {error}", target.display());
            }
        });
        self.status = format!("Exporting to {status_target}");
    }

    fn top_bar_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            if ui.button("Open files…").clicked()
                && let Some(files) = rfd::FileDialog::new()
                    .add_filter("Articles", &["txt", "md", "html", "htm", "json", "jsonl"])
                    .pick_files()
            {
                self.add_paths(files, ui.ctx());
            }
            if ui.button("Open folder…").clicked()
                && let Some(folder) = rfd::FileDialog::new().pick_folder()
            {
                self.add_paths(vec![folder], ui.ctx());
            }
            let label = ui.label("Path:");
            ui.add(
                egui::TextEdit::singleline(&mut self.path_input)
                    .desired_width(260.0)
                    .hint_text("file or folder"),
            )
            .labelled_by(label.id);
            if ui.button("Load path").clicked() && !self.path_input.trim().is_empty() {
                let path = PathBuf::from(self.path_input.trim());
                self.add_paths(vec![path], ui.ctx());
            }
            if ui.button("Export PNG…").clicked() {
                self.export("png");
            }
            if ui.button("Export SVG…").clicked() {
                self.export("svg");
            }
            if self.job.is_some() {
                ui.spinner();
                ui.label("Loading…");
                if ui.button("Cancel").clicked() {
                    self.job = None;
                    self.status = "Loading cancelled".into();
                }
            }
            ui.label(&self.status);
        });
    }

    fn sources_ui(&self, ui: &mut egui::Ui) {
        ui.heading("Sources");
        egui::ScrollArea::vertical().show(ui, |ui| {
            for article in &self.articles {
                let date = article.published.as_ref().map_or("undated".to_owned(), |p| {
                    let inferred = if p.is_inferred() { " (inferred)" } else { "" };
                    format!("{}{inferred}", p.value.to_iso())
                });
                ui.strong(format!("{} · {date}", article.source_or_unknown()));
                ui.label(&article.title);
                ui.separator();
            }
            for error in &self.errors {
                ui.colored_label(ui.visuals().error_fg_color, error.to_string());
            }
        });
    }

    fn inspector_ui(&self, ui: &mut egui::Ui) {
        ui.heading("Event");
        let Some(event) = self.selected.and_then(|i| self.events.get(i)) else {
            ui.label("Click an event on the timeline to read where it comes from.");
            return;
        };
        ui.strong(&event.title);
        let span = &event.when;
        let uncertain = if span.is_uncertain() { " (approximate)" } else { "" };
        ui.label(format!(
            "{} – {} · {}{uncertain}",
            span.first.iso_first(),
            span.last.iso_last(),
            span.precision()
        ));
        for evidence in &event.evidence {
            ui.separator();
            let source = self
                .articles
                .iter()
                .find(|a| a.id == evidence.article)
                .map_or("Unknown source", |a| a.source_or_unknown());
            ui.strong(source);
            ui.label(format!("\u{201c}{}\u{201d}", evidence.quote));
            if let Some(timex) = &evidence.timex {
                ui.weak(format!(
                    "dated by \u{201c}{timex}\u{201d} ({})",
                    evidence.rule.as_deref().unwrap_or("?")
                ));
            }
        }
    }
}

impl eframe::App for DatelineApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.contents_ui(ui);
    }
}

impl DatelineApp {
    /// The whole window's contents (separate from `eframe::App` so tests can drive it with a
    /// plain `egui::Ui`).
    pub fn contents_ui(&mut self, ui: &mut egui::Ui) {
        self.poll_job();
        let dropped: Vec<PathBuf> = ui.ctx().input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() {
            self.add_paths(dropped, &ui.ctx().clone());
        }
        egui::Panel::top("top_bar").show(ui, |ui| self.top_bar_ui(ui));
        egui::Panel::left("sources")
            .default_size(SIDE_PANEL_WIDTH)
            .min_size(MIN_SIDE_PANEL_WIDTH)
            .show(ui, |ui| self.sources_ui(ui));
        egui::Panel::right("inspector")
            .default_size(SIDE_PANEL_WIDTH)
            .min_size(MIN_SIDE_PANEL_WIDTH)
            .show(ui, |ui| self.inspector_ui(ui));
        egui::CentralPanel::default_margins().show(ui, |ui| {
            let size = ui.available_size();
            self.timeline_size = [size.x.max(1.0), size.y.max(1.0)];
            let selected = self.selected.and_then(|i| u32::try_from(i).ok());
            let response = timeline_ui(ui, &self.model, &self.titles, self.view, selected);
            if let Some(view) = response.view {
                self.view = view;
            }
            if let Some(clicked) = response.clicked_event {
                self.selected = Some(clicked as usize);
            }
        });
    }
}
