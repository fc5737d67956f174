//! Loading and extraction off the UI thread: the window keeps drawing while articles load.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::export::saved::analyse_with_saved;
use crate::extract::{Analysis, Extractor, Progress};
use crate::ingest::{IngestError, IngestOptions};
use crate::model::{Article, Corpus, Event};
use crate::timeline::{LaneMode, TimelineModel};

use super::sources_panel::Facets;

/// What a load gives the app, all derived off the UI thread: the corpus with its events
/// packed, the files that failed, the sources panel's counts, and the unfiltered timeline for
/// the lane mode the load started with.
#[derive(Debug, Default)]
pub struct Loaded {
    pub corpus: Corpus,
    pub errors: Vec<IngestError>,
    pub facets: Facets,
    pub lane_mode: LaneMode,
    pub model: TimelineModel,
    /// The model's events by start (for Tab).
    pub order: Vec<usize>,
}

impl Loaded {
    pub fn prepare(analysis: Analysis, lane_mode: LaneMode) -> Self {
        let corpus = Corpus::new(analysis.articles, analysis.events);
        let facets = Facets::of(&corpus);
        let model = TimelineModel::build(&corpus, lane_mode);
        let order = start_order(&model);
        Self {
            corpus,
            errors: analysis.errors,
            facets,
            lane_mode,
            model,
            order,
        }
    }
}

/// Indices of the model's events in start order.
pub fn start_order(model: &TimelineModel) -> Vec<usize> {
    let mut shown: Vec<(i64, usize)> = model
        .events
        .iter()
        .map(|e| (e.start_secs, e.event_index as usize))
        .collect();
    shown.sort_unstable();
    shown.into_iter().map(|(_, i)| i).collect()
}

/// A load running on a background thread.
pub struct LoadJob {
    pub paths: Vec<PathBuf>,
    pub progress: Arc<Progress>,
    receiver: Receiver<Result<Box<Loaded>, String>>,
}

/// What polling a job found.
pub enum LoadPoll {
    Running,
    Done(Result<Box<Loaded>, String>),
}

impl LoadJob {
    /// Runs `work` on a background thread with a fresh progress counter; `repaint` is called
    /// when its result is ready.
    fn spawn(
        paths: Vec<PathBuf>,
        repaint: impl Fn() + Send + 'static,
        work: impl FnOnce(&Progress) -> Result<Box<Loaded>, String> + Send + 'static,
    ) -> Self {
        let (sender, receiver) = channel();
        let progress = Arc::new(Progress::default());
        let job_progress = Arc::clone(&progress);
        std::thread::spawn(move || {
            // The receiver is gone when the user cancelled: nothing to do then.
            let _ = sender.send(work(&job_progress));
            repaint();
        });
        Self {
            paths,
            progress,
            receiver,
        }
    }

    /// Starts loading `paths`; `repaint` is called when the result is ready.
    pub fn start(paths: Vec<PathBuf>, lane_mode: LaneMode, repaint: impl Fn() + Send + 'static) -> Self {
        let job_paths = paths.clone();
        Self::spawn(paths, repaint, move |progress| {
            analyse_with_saved(&job_paths, &IngestOptions::default(), progress)
                .map(|analysis| Box::new(Loaded::prepare(analysis, lane_mode)))
                .map_err(|e| e.to_string())
        })
    }

    /// Re-extracts `articles` (one of them newly dated by the user) off the UI thread: every
    /// relative date of every article is resolved again and the events merged again. `kept`
    /// are events of saved documents without text, which cannot be re-extracted.
    pub fn reextract(
        paths: Vec<PathBuf>,
        articles: Vec<Article>,
        kept: Vec<Event>,
        errors: Vec<IngestError>,
        lane_mode: LaneMode,
        repaint: impl Fn() + Send + 'static,
    ) -> Self {
        Self::spawn(paths, repaint, move |progress| {
            let extractor = Extractor::english().map_err(|e| e.to_string())?;
            let with_text: Vec<Article> = articles.iter().filter(|a| !a.text.is_empty()).cloned().collect();
            let mut events = extractor.extract_events_reporting(&with_text, progress);
            events.extend(kept);
            let analysis = Analysis {
                articles,
                events,
                errors,
            };
            Ok(Box::new(Loaded::prepare(analysis, lane_mode)))
        })
    }

    pub fn poll(&self) -> LoadPoll {
        match self.receiver.try_recv() {
            Ok(result) => LoadPoll::Done(result),
            Err(TryRecvError::Empty) => LoadPoll::Running,
            Err(TryRecvError::Disconnected) => LoadPoll::Done(Err("the loading thread stopped".into())),
        }
    }
}
