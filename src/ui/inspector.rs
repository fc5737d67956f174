//! The inspector: the selected event's title, date in words, actors, places, numbers, and
//! every source's quote with its outlet and date; each quote opens the article in the reader.

use super::app::DatelineApp;
use crate::model::{Precision, Qualifier, TimeSpan};

/// The date of a span in words: "June 2014 (approximate)", "2010 – 2014", "week 42 of 2016".
pub fn date_in_words(span: &TimeSpan) -> String {
    let bound = |value: &crate::model::TimeValue| match value.precision {
        Precision::Week => format!("week of {}", value.iso_first()),
        _ => value.to_iso(),
    };
    let mut words = if span.first == span.last {
        bound(&span.first)
    } else {
        format!("{} – {}", bound(&span.first), bound(&span.last))
    };
    let qualifier = [span.first.qualifier, span.last.qualifier]
        .into_iter()
        .find(|q| *q != Qualifier::Exact);
    match qualifier {
        Some(Qualifier::Approximate) => words.push_str(" (approximate)"),
        Some(Qualifier::Before) => words.push_str(" (or before)"),
        Some(Qualifier::After) => words.push_str(" (or after)"),
        _ => {}
    }
    format!("{words} · to the {}", span.precision())
}

impl DatelineApp {
    pub(super) fn inspector_ui(&mut self, ui: &mut egui::Ui) {
        ui.heading("Event");
        let Some(selected) = self.selected.and_then(|i| self.corpus.event(i)) else {
            ui.label("Click an event on the timeline to read where it comes from.");
            return;
        };
        let index = selected.index();
        // The full record of one event, unpacked for this frame.
        let event = selected.to_event();
        let articles: Vec<_> = selected
            .sources()
            .map(|s| s.article.and_then(|i| self.corpus.articles.get(i)))
            .collect();
        let article_indices: Vec<Option<usize>> = selected.sources().map(|s| s.article).collect();
        let mut open: Option<usize> = None;
        let mut set_date: Option<(usize, chrono::NaiveDate)> = None;
        let mut date_error: Option<String> = None;
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.strong(&event.title);
            ui.label(date_in_words(&event.when));
            if event.disputed {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    "Sources disagree on the date or the numbers",
                );
            }
            if !event.actors.is_empty() {
                ui.label(format!("Actors: {}", event.actors.join(", ")));
            }
            if !event.places.is_empty() {
                ui.label(format!("Places: {}", event.places.join(", ")));
            }
            if !event.quantities.is_empty() {
                let numbers: Vec<String> = event
                    .quantities
                    .iter()
                    .map(|q| match &q.unit {
                        Some(unit) => format!("{} {unit}", q.text),
                        None => q.text.clone(),
                    })
                    .collect();
                ui.label(format!("Numbers: {}", numbers.join("; ")));
            }
            ui.label(format!("{} source(s)", event.evidence.len()));
            for (n, evidence) in event.evidence.iter().enumerate() {
                ui.separator();
                let article = articles.get(n).copied().flatten();
                let source = article.map_or("Unknown source", |a| a.source_or_unknown());
                let date = article
                    .and_then(|a| a.published.as_ref())
                    .map_or("undated".to_owned(), |p| {
                        format!(
                            "{}{}",
                            p.value.iso_first(),
                            if p.is_inferred() { " (inferred)" } else { "" }
                        )
                    });
                ui.strong(format!("{source} · {date}"));
                ui.label(format!("\u{201c}{}\u{201d}", evidence.quote));
                if evidence.when != event.when {
                    ui.weak(format!("this source dates it {}", date_in_words(&evidence.when)));
                }
                if let Some(timex) = &evidence.timex {
                    ui.weak(format!(
                        "dated by \u{201c}{timex}\u{201d} ({})",
                        evidence.rule.as_deref().unwrap_or("?")
                    ));
                } else if let Some(rule) = &evidence.rule {
                    ui.weak(format!("dated by {rule}"));
                }
                if ui.button(format!("Read in article ({source})")).clicked() {
                    open = Some(n);
                }
                if let Some(article_index) = article_indices.get(n).copied().flatten() {
                    ui.horizontal(|ui| {
                        if self.publication_date_input.0 != article_index {
                            self.publication_date_input = (article_index, String::new());
                        }
                        let current: String = article.and_then(|a| a.published.as_ref()).map_or_else(
                            || "YYYY-MM-DD".to_owned(),
                            |p| p.value.iso_first().chars().take(10).collect(),
                        );
                        let label = ui.label("Publication date:");
                        ui.add(
                            egui::TextEdit::singleline(&mut self.publication_date_input.1)
                                .desired_width(90.0)
                                .hint_text(current),
                        )
                        .labelled_by(label.id);
                        if ui.button("Set publication date").clicked() {
                            let written = self.publication_date_input.1.trim();
                            match chrono::NaiveDate::parse_from_str(written, "%Y-%m-%d") {
                                Ok(day) => set_date = Some((article_index, day)),
                                Err(_) => {
                                    date_error = Some(format!("“{written}” is not a date as YYYY-MM-DD"))
                                }
                            }
                        }
                    });
                }
                if let Some(crate::model::DateOrigin::Text { place }) =
                    article.and_then(|a| a.published.as_ref()).map(|p| &p.origin)
                {
                    ui.weak(format!("publication date read from the text: {place}"));
                }
                if let Some(published) = article.and_then(|a| a.published.as_ref())
                    && let crate::model::DateOrigin::Inferred { evidence: clues } = &published.origin
                {
                    ui.collapsing(format!("Why {}", published.value.iso_first()), |ui| {
                        ui.label(format!("confidence {:.0} %", published.confidence * 100.0));
                        for clue in clues {
                            ui.label(format!("• {clue}"));
                        }
                    });
                }
            }
        });
        if let Some(evidence) = open {
            self.open_in_reader(index, evidence);
        }
        if let Some(error) = date_error {
            self.status = error;
        }
        if let Some((article_index, day)) = set_date {
            let ctx = ui.ctx().clone();
            self.set_publication_date(article_index, day, move || ctx.request_repaint());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TimeValue;

    #[test]
    fn dates_read_as_words() {
        let june = TimeValue::month(2014, 6)
            .unwrap_or_else(|| panic!("valid"))
            .with_qualifier(Qualifier::Approximate);
        assert_eq!(
            date_in_words(&TimeSpan::single(june)),
            "2014-06 (approximate) · to the month"
        );
        let range = TimeSpan::between(
            TimeValue::year(2010).unwrap_or_else(|| panic!("valid")),
            TimeValue::year(2014).unwrap_or_else(|| panic!("valid")),
        );
        assert_eq!(date_in_words(&range), "2010 – 2014 · to the year");
    }
}
