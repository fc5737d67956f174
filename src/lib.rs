//! Dateline: turns a pile of news articles into a sourced, zoomable timeline.
//!
//! The core (everything but `ui`) builds without egui: see `ARCHITECTURE.md`.

pub mod cli;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod model;
pub mod scene;
pub mod temporal;
pub mod timeline;
#[cfg(feature = "gui")]
pub mod ui;
