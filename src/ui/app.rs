//! The app state, its layout, loading and persistence. The panels live in their own files.

use std::path::PathBuf;
use std::sync::Arc;

use super::loader::{LoadJob, LoadPoll, Loaded};
use super::persist::PersistedState;
use super::reader::Reader;
use super::timeline_panel::{fit_view, timeline_ui};
use crate::extract::Analysis;
use crate::ingest::IngestError;
use crate::model::Corpus;
use crate::scene::Theme;
use crate::timeline::{EventFilter, LaneMode, TimeView, TimelineModel};

/// Width of the side panels at start, in points.
const SIDE_PANEL_WIDTH: f32 = 300.0;
/// Side panels never shrink below this (they are empty for the first frames while loading).
const MIN_SIDE_PANEL_WIDTH: f32 = 220.0;
/// How long a view animation (fit all, zoom into a cluster) takes, in seconds.
const VIEW_ANIMATION_SECS: f64 = 0.3;
/// Height of the reader panel at start, in points.
const READER_HEIGHT: f32 = 280.0;

pub struct DatelineApp {
    /// Files and folders loaded (reloaded together when more are added).
    pub paths: Vec<PathBuf>,
    /// The articles and their events, packed; shared with exports running off the UI thread.
    pub corpus: Arc<Corpus>,
    pub errors: Vec<IngestError>,
    /// Index into the corpus's events.
    pub selected: Option<usize>,
    pub view: TimeView,
    pub lane_mode: LaneMode,
    pub theme: Theme,
    /// What the timeline shows; the model is rebuilt when it changes.
    pub filter: EventFilter,
    /// The article open in the reader, if any.
    pub reader: Option<Reader>,
    /// The last message for the user (export written, load failed…).
    pub status: String,
    /// Derived once per load or filter change, not per frame.
    pub(super) model: TimelineModel,
    /// The shown events by start (for Tab), derived with `model`.
    order: Vec<usize>,
    /// Counts for the sources panel, derived once per load.
    pub(super) facets: super::sources_panel::Facets,
    /// The filter and lane mode `model` was built with.
    built_with: (EventFilter, LaneMode),
    pub(super) job: Option<LoadJob>,
    /// Typed paths: the way to load or export where no native file dialog is available.
    pub(super) path_input: String,
    /// The publication date being typed in the inspector, and for which article.
    pub(super) publication_date_input: (usize, String),
    /// The year filters as typed.
    pub(super) from_year_input: String,
    pub(super) to_year_input: String,
    /// Size of the timeline area last frame, for exports of what the user sees.
    pub(super) timeline_size: [f32; 2],
    /// Whether the view was restored (then a load does not refit it).
    keep_view_on_load: bool,
    /// Exports running off the UI thread; each reports where its file went.
    pub(super) exports: Vec<std::sync::mpsc::Receiver<String>>,
    /// The scene the timeline painted last frame.
    pub last_scene: crate::scene::Scene,
    /// A view animation under way: from, to, and when it started (egui time, seconds).
    animation: Option<(TimeView, TimeView, f64)>,
    /// The theme egui's visuals were last set to.
    applied_theme: Option<Theme>,
    /// Frame times on stderr, when asked for.
    frame_log: Option<super::frame_log::FrameLog>,
}

impl DatelineApp {
    /// An app showing `analysis` of `paths` (no loading).
    pub fn from_analysis(paths: Vec<PathBuf>, analysis: Analysis) -> Self {
        let mut app = Self {
            paths,
            corpus: Arc::default(),
            errors: Vec::new(),
            selected: None,
            view: TimeView::new(0.0, 86_400.0),
            lane_mode: LaneMode::Source,
            theme: Theme::Light,
            filter: EventFilter::default(),
            reader: None,
            status: String::new(),
            model: TimelineModel::default(),
            order: Vec::new(),
            facets: Default::default(),
            built_with: (EventFilter::default(), LaneMode::Source),
            job: None,
            path_input: String::new(),
            publication_date_input: (usize::MAX, String::new()),
            from_year_input: String::new(),
            to_year_input: String::new(),
            timeline_size: [1200.0, 700.0],
            keep_view_on_load: false,
            applied_theme: None,
            animation: None,
            last_scene: Default::default(),
            exports: Vec::new(),
            frame_log: super::frame_log::FrameLog::from_env(),
        };
        app.show(Loaded::prepare(analysis, LaneMode::Source));
        app
    }

    /// An app that starts loading `paths` in the background at once.
    pub fn loading(paths: Vec<PathBuf>, repaint: impl Fn() + Send + 'static) -> Self {
        let mut app = Self::from_analysis(Vec::new(), Analysis::default());
        app.job = Some(LoadJob::start(paths, app.lane_mode, repaint));
        app
    }

    /// An app restored from its saved state: the saved view, lane mode and theme; paths that
    /// are gone are reported in the status line, not fatal.
    pub fn restored(state: PersistedState, paths: Vec<PathBuf>, repaint: impl Fn() + Send + 'static) -> Self {
        let missing: Vec<String> = paths
            .iter()
            .filter(|p| !p.exists())
            .map(|p| p.display().to_string())
            .collect();
        let present: Vec<PathBuf> = paths.into_iter().filter(|p| p.exists()).collect();
        let mut app = Self::from_analysis(Vec::new(), Analysis::default());
        app.lane_mode = state.lane_mode;
        app.job = Some(LoadJob::start(present, app.lane_mode, repaint));
        app.theme = if state.dark { Theme::Dark } else { Theme::Light };
        if let Some(view) = state.view {
            app.view = view;
            app.keep_view_on_load = true;
        }
        if !missing.is_empty() {
            app.status = format!("Not found any more: {}", missing.join(", "));
        }
        app
    }

    /// What is saved between runs.
    pub fn persisted_state(&self) -> PersistedState {
        PersistedState {
            paths: self.paths.clone(),
            view: Some(self.view),
            lane_mode: self.lane_mode,
            dark: self.theme == Theme::Dark,
        }
    }

    /// True while a load runs in the background.
    pub fn is_loading(&self) -> bool {
        self.job.is_some()
    }

    /// Indices of the events the timeline shows (after filters), in start order.
    pub fn visible_events(&self) -> &[usize] {
        &self.order
    }

    fn show(&mut self, loaded: Loaded) {
        self.corpus = Arc::new(loaded.corpus);
        self.errors = loaded.errors;
        self.facets = loaded.facets;
        self.selected = None;
        self.reader = None;
        // The loader built the timeline already unless the lanes or filters changed meanwhile.
        if loaded.lane_mode == self.lane_mode && self.filter.is_empty() {
            self.model = loaded.model;
            self.order = loaded.order;
            self.built_with = (self.filter.clone(), self.lane_mode);
        } else {
            self.rebuild_model();
        }
        if !std::mem::take(&mut self.keep_view_on_load) {
            self.view = fit_view(&self.model);
        }
    }

    /// Rebuilds the timeline model when the filter or lane mode changed since it was built.
    pub(super) fn rebuild_model_if_changed(&mut self) {
        if self.built_with != (self.filter.clone(), self.lane_mode) {
            self.rebuild_model();
        }
    }

    fn rebuild_model(&mut self) {
        let filter = &self.filter;
        self.model = if filter.is_empty() {
            TimelineModel::build(&self.corpus, self.lane_mode)
        } else {
            TimelineModel::build_filtered(&self.corpus, self.lane_mode, |e| filter.matches(e))
        };
        self.built_with = (self.filter.clone(), self.lane_mode);
        self.order = super::loader::start_order(&self.model);
    }

    /// Loads `more` together with what is loaded already.
    pub(super) fn add_paths(&mut self, more: Vec<PathBuf>, ctx: &egui::Context) {
        let mut paths = self
            .job
            .as_ref()
            .map_or_else(|| self.paths.clone(), |job| job.paths.clone());
        paths.extend(more);
        let ctx = ctx.clone();
        self.job = Some(LoadJob::start(paths, self.lane_mode, move || {
            ctx.request_repaint()
        }));
    }

    /// Sets the publication date of article `index` as the user gives it and re-resolves every
    /// date that depends on it (the events are extracted again off the UI thread).
    pub fn set_publication_date(
        &mut self,
        index: usize,
        day: chrono::NaiveDate,
        repaint: impl Fn() + Send + 'static,
    ) {
        let mut articles = self.corpus.articles.clone();
        let Some(article) = articles.get_mut(index) else {
            return;
        };
        article.published = Some(crate::model::PublicationDate::from_metadata(
            crate::model::TimeValue::from_naive_date(day),
            crate::ingest::USER_DATE_FIELD,
        ));
        self.status = format!(
            "Publication date of “{}” set to {day}; re-dating its events…",
            article.title
        );
        let textless: std::collections::HashSet<String> = articles
            .iter()
            .filter(|a| a.text.is_empty())
            .map(|a| a.id.0.clone())
            .collect();
        let kept: Vec<crate::model::Event> = self
            .corpus
            .to_events()
            .into_iter()
            .filter(|e| !textless.is_empty() && e.evidence.iter().all(|ev| textless.contains(&ev.article.0)))
            .collect();
        self.keep_view_on_load = true;
        self.job = Some(LoadJob::reextract(
            self.paths.clone(),
            articles,
            kept,
            self.errors.clone(),
            self.lane_mode,
            repaint,
        ));
    }

    fn poll_job(&mut self) {
        let Some(job) = &self.job else { return };
        if let LoadPoll::Done(result) = job.poll() {
            let paths = job.paths.clone();
            self.job = None;
            match result {
                Ok(loaded) => {
                    let failed = loaded.errors.len();
                    self.status = format!(
                        "Loaded {} articles, {} events{}",
                        loaded.corpus.articles.len(),
                        loaded.corpus.len(),
                        if failed > 0 {
                            format!(", {failed} files failed (see Sources)")
                        } else {
                            String::new()
                        }
                    );
                    self.paths = paths;
                    self.show(*loaded);
                }
                Err(error) => self.status = format!("Loading failed: {error}"),
            }
        }
    }

    /// The scene an export of the current view draws: the one on screen (without the
    /// selection highlight), with `caption` as its header.
    pub fn snapshot_scene(&self, caption: Option<&str>) -> crate::scene::Scene {
        super::timeline_panel::scene_for_view(
            &self.model,
            &*self.corpus,
            self.view,
            self.timeline_size,
            None,
            caption,
        )
    }

    /// Selects event `index` and opens the article of its `evidence`-th quote in the reader.
    pub fn open_in_reader(&mut self, index: usize, evidence: usize) {
        let source = self.corpus.event(index).and_then(|e| e.sources().nth(evidence));
        let Some(article) = source.and_then(|s| s.article) else {
            return;
        };
        self.selected = Some(index);
        self.reader = Some(Reader::new(&self.corpus, article, index, evidence));
    }

    /// The whole window's contents (separate from `eframe::App` so tests can drive it with a
    /// plain `egui::Ui`).
    pub fn contents_ui(&mut self, ui: &mut egui::Ui) {
        self.poll_job();
        self.poll_exports();
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
        if self.applied_theme != Some(self.theme) {
            ui.ctx().set_visuals(match self.theme {
                Theme::Light => egui::Visuals::light(),
                Theme::Dark => egui::Visuals::dark(),
            });
            self.applied_theme = Some(self.theme);
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
        if self.reader.is_some() {
            egui::Panel::bottom("reader")
                .default_size(READER_HEIGHT)
                .resizable(true)
                .show(ui, |ui| self.reader_ui(ui));
        }
        self.rebuild_model_if_changed();
        egui::CentralPanel::default_margins().show(ui, |ui| {
            let size = ui.available_size();
            self.timeline_size = [size.x.max(1.0), size.y.max(1.0)];
            let selected = self.selected.and_then(|i| u32::try_from(i).ok());
            let response = timeline_ui(ui, &self.model, &self.corpus, &self.order, self.view, selected);
            if let Some(view) = response.view {
                self.view = view;
                self.animation = None;
            }
            if let Some(target) = response.animate_to {
                self.animation = Some((self.view, target, ui.input(|i| i.time)));
            }
            if let Some((from, to, started)) = self.animation {
                let t = (ui.input(|i| i.time) - started) / VIEW_ANIMATION_SECS;
                self.view = from.interpolate(to, t);
                if t >= 1.0 {
                    self.animation = None;
                } else {
                    ui.ctx().request_repaint();
                }
            }
            if let Some(clicked) = response.clicked_event {
                self.selected = Some(clicked as usize);
            }
            self.last_scene = response.scene;
        });
    }
}

impl eframe::App for DatelineApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let started = std::time::Instant::now();
        self.contents_ui(ui);
        let (events, loading) = (self.corpus.len(), self.is_loading());
        if let Some(log) = &mut self.frame_log {
            log.frame(started.elapsed(), events, loading);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.persisted_state());
    }
}
