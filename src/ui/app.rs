//! The app state and its panels.

use std::path::PathBuf;

use anyhow::Context;

use super::timeline_panel::{fit_view, timeline_ui};
use crate::extract::analyse;
use crate::ingest::{IngestError, IngestOptions};
use crate::model::{Article, Event};
use crate::timeline::{LaneMode, TimeView, TimelineModel};

/// Width of the side panels at start, in points.
const SIDE_PANEL_WIDTH: f32 = 300.0;

pub struct DatelineApp {
    pub articles: Vec<Article>,
    pub events: Vec<Event>,
    pub errors: Vec<IngestError>,
    pub selected: Option<usize>,
    pub view: TimeView,
    /// Derived once at load, not per frame.
    model: TimelineModel,
    titles: Vec<String>,
}

impl DatelineApp {
    pub fn load(paths: &[PathBuf]) -> anyhow::Result<Self> {
        let analysis = analyse(paths, &IngestOptions::default()).context("compiling the temporal rules")?;
        let model = TimelineModel::build(&analysis.articles, &analysis.events, LaneMode::Source);
        let titles = analysis.events.iter().map(|e| e.title.clone()).collect();
        Ok(Self {
            view: fit_view(&model),
            articles: analysis.articles,
            events: analysis.events,
            errors: analysis.errors,
            selected: None,
            model,
            titles,
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
