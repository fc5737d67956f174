//! The app state and its panels.

use std::path::PathBuf;

use anyhow::Context;

use super::timeline_view::timeline_ui;
use crate::ingest::{IngestError, IngestOptions, load_paths};
use crate::model::{Article, Event};

/// Width of the side panels at start, in points.
const SIDE_PANEL_WIDTH: f32 = 300.0;

pub struct DatelineApp {
    pub articles: Vec<Article>,
    pub events: Vec<Event>,
    pub errors: Vec<IngestError>,
    pub selected: Option<usize>,
    /// Derived once at load, not per frame: the lanes (one per outlet, in article order) and
    /// each event's lane.
    lanes: Lanes,
}

/// One lane per outlet, and the lane of each event.
pub struct Lanes {
    pub names: Vec<String>,
    pub of_event: Vec<usize>,
}

impl Lanes {
    fn by_source(articles: &[Article], events: &[Event]) -> Self {
        let mut names: Vec<String> = Vec::new();
        let mut lane_of_article = std::collections::HashMap::new();
        for article in articles {
            let source = article.source_or_unknown();
            let lane = match names.iter().position(|n| n == source) {
                Some(lane) => lane,
                None => {
                    names.push(source.to_owned());
                    names.len() - 1
                }
            };
            lane_of_article.insert(&article.id, lane);
        }
        let of_event = events
            .iter()
            .map(|e| {
                e.evidence
                    .first()
                    .and_then(|ev| lane_of_article.get(&ev.article))
                    .copied()
                    .unwrap_or(0)
            })
            .collect();
        Self { names, of_event }
    }
}

impl DatelineApp {
    pub fn load(paths: &[PathBuf]) -> anyhow::Result<Self> {
        let report = load_paths(paths, &IngestOptions::default());
        let events =
            crate::extract::extract_events(&report.articles).context("compiling the temporal rules")?;
        let lanes = Lanes::by_source(&report.articles, &events);
        Ok(Self {
            articles: report.articles,
            events,
            errors: report.errors,
            selected: None,
            lanes,
        })
    }

    fn sources_ui(&self, ui: &mut egui::Ui) {
        ui.heading("Sources");
        egui::ScrollArea::vertical().show(ui, |ui| {
            for article in &self.articles {
                let date = article
                    .published
                    .as_ref()
                    .map_or("undated".to_owned(), |p| p.value.to_iso());
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
        egui::Panel::left("sources")
            .default_size(SIDE_PANEL_WIDTH)
            .show(ui, |ui| self.sources_ui(ui));
        egui::Panel::right("inspector")
            .default_size(SIDE_PANEL_WIDTH)
            .show(ui, |ui| self.inspector_ui(ui));
        egui::CentralPanel::default_margins().show(ui, |ui| {
            if let Some(clicked) = timeline_ui(ui, &self.lanes, &self.events, self.selected) {
                self.selected = Some(clicked);
            }
        });
    }
}
