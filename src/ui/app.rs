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
}

impl DatelineApp {
    pub fn load(paths: &[PathBuf]) -> anyhow::Result<Self> {
        let report = load_paths(paths, &IngestOptions::default());
        let events =
            crate::extract::extract_events(&report.articles).context("compiling the temporal rules")?;
        Ok(Self {
            articles: report.articles,
            events,
            errors: report.errors,
            selected: None,
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
            if let Some(clicked) = timeline_ui(ui, &self.articles, &self.events, self.selected) {
                self.selected = Some(clicked);
            }
        });
    }
}
