//! What the app keeps between runs (eframe storage): loaded paths, view, lane mode, theme.
//! Panel sizes are kept by egui's own memory.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::timeline::{LaneMode, TimeView};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PersistedState {
    pub paths: Vec<PathBuf>,
    pub view: Option<TimeView>,
    pub lane_mode: LaneMode,
    pub dark: bool,
}

impl PersistedState {
    /// The saved state, if any (a missing or unreadable one is simply not restored).
    pub fn load(storage: Option<&dyn eframe::Storage>) -> Option<Self> {
        storage.and_then(|s| eframe::get_value(s, eframe::APP_KEY))
    }
}
