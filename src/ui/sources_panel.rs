//! The sources panel: articles grouped by outlet with their dates (inferred ones marked), a
//! colour swatch, event counts and a checkbox to show or hide each article or outlet; the
//! files that failed; and the filters (years, actor, place).

use std::collections::HashMap;

use super::app::DatelineApp;
use crate::model::{ArticleId, Event};
use crate::scene::Token;

/// Actors and places offered in the filter lists: the most frequent ones.
const MAX_FACET_CHOICES: usize = 40;
/// Outlets with at most this many articles list them open; bigger ones start folded, so a
/// corpus of thousands of articles draws only its outlet rows.
const MAX_ARTICLES_OPEN_BY_DEFAULT: usize = 20;
/// Side of the outlet colour swatch, in points.
const SWATCH_SIZE: f32 = 10.0;

/// Counts derived once per load for the panel.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facets {
    pub events_by_article: HashMap<ArticleId, usize>,
    pub actors: Vec<(String, usize)>,
    pub places: Vec<(String, usize)>,
}

impl Facets {
    pub fn of(events: &[Event]) -> Self {
        let mut events_by_article: HashMap<ArticleId, usize> = HashMap::new();
        let mut actors: HashMap<&str, usize> = HashMap::new();
        let mut places: HashMap<&str, usize> = HashMap::new();
        for event in events {
            for evidence in &event.evidence {
                *events_by_article.entry(evidence.article.clone()).or_default() += 1;
            }
            for actor in &event.actors {
                *actors.entry(actor).or_default() += 1;
            }
            for place in &event.places {
                *places.entry(place).or_default() += 1;
            }
        }
        let top = |counts: HashMap<&str, usize>| {
            let mut list: Vec<(String, usize)> = counts.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
            list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            list.truncate(MAX_FACET_CHOICES);
            list
        };
        Self {
            events_by_article,
            actors: top(actors),
            places: top(places),
        }
    }
}

impl DatelineApp {
    pub(super) fn sources_ui(&mut self, ui: &mut egui::Ui) {
        ui.heading("Sources");
        egui::ScrollArea::vertical()
            .id_salt("sources_scroll")
            .show(ui, |ui| {
                self.filters_ui(ui);
                ui.separator();
                let mut outlets: Vec<&str> = Vec::new();
                for article in &self.articles {
                    if !outlets.contains(&article.source_or_unknown()) {
                        outlets.push(article.source_or_unknown());
                    }
                }
                let outlets: Vec<String> = outlets.into_iter().map(str::to_owned).collect();
                for (lane, outlet) in outlets.iter().enumerate() {
                    self.outlet_ui(ui, lane, outlet);
                }
                if !self.errors.is_empty() {
                    ui.separator();
                    ui.strong(format!("{} file(s) failed to load", self.errors.len()));
                    for error in &self.errors {
                        ui.colored_label(ui.visuals().error_fg_color, error.to_string());
                    }
                }
            });
    }

    fn outlet_ui(&mut self, ui: &mut egui::Ui, lane: usize, outlet: &str) {
        let ids: Vec<ArticleId> = self
            .articles
            .iter()
            .filter(|a| a.source_or_unknown() == outlet)
            .map(|a| a.id.clone())
            .collect();
        let events: usize = ids
            .iter()
            .filter_map(|id| self.facets.events_by_article.get(id))
            .sum();
        let id = ui.make_persistent_id(("outlet", lane));
        let state = egui::collapsing_header::CollapsingState::load_with_default_open(
            ui.ctx(),
            id,
            ids.len() <= MAX_ARTICLES_OPEN_BY_DEFAULT,
        );
        state
            .show_header(ui, |ui| {
                let [r, g, b, a] = self.theme.rgba(Token::Lane(lane as u32));
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(SWATCH_SIZE, SWATCH_SIZE), egui::Sense::hover());
                ui.painter()
                    .rect_filled(rect, 2.0, egui::Color32::from_rgba_unmultiplied(r, g, b, a));
                let mut shown = ids.iter().any(|id| !self.filter.hidden_articles.contains(id));
                let label = format!("{outlet} ({} articles, {events} events)", ids.len());
                if ui.checkbox(&mut shown, label).changed() {
                    for id in &ids {
                        if shown {
                            self.filter.hidden_articles.remove(id);
                        } else {
                            self.filter.hidden_articles.insert(id.clone());
                        }
                    }
                }
            })
            .body(|ui| self.articles_of_outlet_ui(ui, outlet));
    }

    fn articles_of_outlet_ui(&mut self, ui: &mut egui::Ui, outlet: &str) {
        for article in self.articles.iter().filter(|a| a.source_or_unknown() == outlet) {
            let mut shown = !self.filter.hidden_articles.contains(&article.id);
            let count = self
                .facets
                .events_by_article
                .get(&article.id)
                .copied()
                .unwrap_or(0);
            if ui
                .checkbox(&mut shown, format!("{} ({count})", article.title))
                .changed()
            {
                if shown {
                    self.filter.hidden_articles.remove(&article.id);
                } else {
                    self.filter.hidden_articles.insert(article.id.clone());
                }
            }
            let date = article
                .published
                .as_ref()
                .map_or("undated: no events".to_owned(), |p| {
                    if p.is_inferred() {
                        format!(
                            "{} (inferred, {:.0} %)",
                            p.value.iso_first(),
                            p.confidence * 100.0
                        )
                    } else {
                        p.value.iso_first()
                    }
                });
            ui.weak(date);
        }
    }

    fn filters_ui(&mut self, ui: &mut egui::Ui) {
        egui::CollapsingHeader::new("Filters")
            .default_open(false)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    let from = ui.label("From year");
                    ui.add(egui::TextEdit::singleline(&mut self.from_year_input).desired_width(50.0))
                        .labelled_by(from.id);
                    let to = ui.label("to");
                    ui.add(egui::TextEdit::singleline(&mut self.to_year_input).desired_width(50.0))
                        .labelled_by(to.id);
                });
                self.filter.from_year = self.from_year_input.trim().parse().ok();
                self.filter.to_year = self.to_year_input.trim().parse().ok();
                facet_combo(ui, "Actor", &self.facets.actors, &mut self.filter.actor);
                facet_combo(ui, "Place", &self.facets.places, &mut self.filter.place);
                if ui.button("Clear filters").clicked() {
                    self.filter = Default::default();
                    self.from_year_input.clear();
                    self.to_year_input.clear();
                }
                ui.weak(format!(
                    "{} of {} events shown",
                    self.model.events.len(),
                    self.events.len()
                ));
            });
    }
}

fn facet_combo(ui: &mut egui::Ui, name: &str, choices: &[(String, usize)], chosen: &mut Option<String>) {
    ui.horizontal(|ui| {
        let label = ui.label(name);
        egui::ComboBox::from_id_salt(name)
            .selected_text(chosen.as_deref().unwrap_or("any"))
            .show_ui(ui, |ui| {
                ui.selectable_value(chosen, None, "any");
                for (value, count) in choices {
                    ui.selectable_value(chosen, Some(value.clone()), format!("{value} ({count})"));
                }
            })
            .response
            .labelled_by(label.id);
    });
}
