//! Loading and extraction off the UI thread: the window keeps drawing while articles load.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::export::saved::analyse_with_saved;
use crate::extract::{Analysis, Progress};
use crate::ingest::{IngestError, IngestOptions};
use crate::model::Corpus;

/// What a load gives the app: the corpus with its events packed, and the files that failed.
#[derive(Debug, Default)]
pub struct Loaded {
    pub corpus: Corpus,
    pub errors: Vec<IngestError>,
}

impl From<Analysis> for Loaded {
    fn from(analysis: Analysis) -> Self {
        Self {
            corpus: Corpus::new(analysis.articles, analysis.events),
            errors: analysis.errors,
        }
    }
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
    /// Starts loading `paths`; `repaint` is called when the result is ready.
    pub fn start(paths: Vec<PathBuf>, repaint: impl Fn() + Send + 'static) -> Self {
        let (sender, receiver) = channel();
        let job_paths = paths.clone();
        let progress = Arc::new(Progress::default());
        let job_progress = Arc::clone(&progress);
        std::thread::spawn(move || {
            let result = analyse_with_saved(&job_paths, &IngestOptions::default(), &job_progress)
                .map(|opened| Box::new(Loaded::from(opened.analysis)))
                .map_err(|e| e.to_string());
            // The receiver is gone when the user cancelled: nothing to do then.
            let _ = sender.send(result);
            repaint();
        });
        Self {
            paths,
            progress,
            receiver,
        }
    }

    pub fn poll(&self) -> LoadPoll {
        match self.receiver.try_recv() {
            Ok(result) => LoadPoll::Done(result),
            Err(TryRecvError::Empty) => LoadPoll::Running,
            Err(TryRecvError::Disconnected) => LoadPoll::Done(Err("the loading thread stopped".into())),
        }
    }
}
