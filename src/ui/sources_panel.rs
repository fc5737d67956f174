//! The sources panel: articles grouped by outlet with their dates (inferred ones marked), a
//! colour swatch, event counts and a checkbox to show or hide each article or outlet; the
//! files that failed; and the filters (years, actor, place).

use std::collections::HashMap;

use super::app::DatelineApp;
use crate::model::{ArticleId, Corpus};
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
    /// Outlets in article order (the order of the source lanes).
    pub outlets: Vec<Outlet>,
    /// Evidence count by article index.
    pub events_by_article: Vec<usize>,
    pub actors: Vec<(String, usize)>,
    pub places: Vec<(String, usize)>,
}

/// One outlet of the sources panel.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outlet {
    pub name: String,
    /// Indices into the app's articles.
    pub articles: Vec<usize>,
    /// Evidence count of its articles' events.
    pub events: usize,
}

impl Facets {
    pub fn of(corpus: &Corpus) -> Self {
        let mut events_by_article = vec![0; corpus.articles.len()];
        let mut actors: HashMap<&str, usize> = HashMap::new();
        let mut places: HashMap<&str, usize> = HashMap::new();
        for event in corpus.events() {
            for source in event.sources() {
                if let Some(count) = source.article.and_then(|i| events_by_article.get_mut(i)) {
                    *count += 1;
                }
            }
            for actor in event.actors() {
                *actors.entry(actor).or_default() += 1;
            }
            for place in event.places() {
                *places.entry(place).or_default() += 1;
            }
        }
        let top = |counts: HashMap<&str, usize>| {
            let mut list: Vec<(String, usize)> = counts.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
            list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            list.truncate(MAX_FACET_CHOICES);
            list
        };
        let mut outlets: Vec<Outlet> = Vec::new();
        for (index, article) in corpus.articles.iter().enumerate() {
            let name = article.source_or_unknown();
            let events = events_by_article[index];
            match outlets.iter_mut().find(|o| o.name == name) {
                Some(outlet) => {
                    outlet.articles.push(index);
                    outlet.events += events;
                }
                None => outlets.push(Outlet {
                    name: name.to_owned(),
                    articles: vec![index],
                    events,
                }),
            }
        }
        Self {
            outlets,
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
                // Taken out for the loop (no per-frame copy), put back after.
                let outlets = std::mem::take(&mut self.facets.outlets);
                for (lane, outlet) in outlets.iter().enumerate() {
                    self.outlet_ui(ui, lane, outlet);
                }
                self.facets.outlets = outlets;
                if !self.errors.is_empty() {
                    ui.separator();
                    ui.strong(format!("{} file(s) failed to load", self.errors.len()));
                    for error in &self.errors {
                        ui.colored_label(ui.visuals().error_fg_color, error.to_string());
                    }
                }
            });
    }

    fn outlet_ui(&mut self, ui: &mut egui::Ui, lane: usize, outlet: &Outlet) {
        let ids = || {
            outlet
                .articles
                .iter()
                .filter_map(|&i| self.corpus.articles.get(i))
                .map(|a| &a.id)
        };
        let id = ui.make_persistent_id(("outlet", lane));
        let state = egui::collapsing_header::CollapsingState::load_with_default_open(
            ui.ctx(),
            id,
            outlet.articles.len() <= MAX_ARTICLES_OPEN_BY_DEFAULT,
        );
        state
            .show_header(ui, |ui| {
                let [r, g, b, a] = self.theme.rgba(Token::Lane(lane as u32));
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(SWATCH_SIZE, SWATCH_SIZE), egui::Sense::hover());
                ui.painter()
                    .rect_filled(rect, 2.0, egui::Color32::from_rgba_unmultiplied(r, g, b, a));
                let mut shown = ids().any(|id| !self.filter.hidden_articles.contains(id));
                let label = format!(
                    "{} ({} articles, {} events)",
                    outlet.name,
                    outlet.articles.len(),
                    outlet.events
                );
                if ui.checkbox(&mut shown, label).changed() {
                    let ids: Vec<ArticleId> = ids().cloned().collect();
                    for id in ids {
                        if shown {
                            self.filter.hidden_articles.remove(&id);
                        } else {
                            self.filter.hidden_articles.insert(id);
                        }
                    }
                }
            })
            .body(|ui| self.articles_of_outlet_ui(ui, outlet));
    }

    fn articles_of_outlet_ui(&mut self, ui: &mut egui::Ui, outlet: &Outlet) {
        for &index in &outlet.articles {
            let Some(article) = self.corpus.articles.get(index) else {
                continue;
            };
            let mut shown = !self.filter.hidden_articles.contains(&article.id);
            let count = self.facets.events_by_article.get(index).copied().unwrap_or(0);
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
                    self.corpus.len()
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
