//! The reader: an article's text with the sentences that gave events highlighted, the chosen
//! one strongest and scrolled into view, its temporal expression underlined. Clicking a
//! highlighted sentence selects its event.

use egui::text::{CCursor, LayoutJob, TextFormat};
use egui::{Align, Color32, FontId, Sense, Stroke};

use super::app::DatelineApp;
use std::sync::Arc;

use crate::model::{Corpus, Evidence};

/// Points of text in the reader.
const READER_FONT_SIZE: f32 = 14.0;

/// The article open in the reader and the quote it was opened for.
#[derive(Clone, Debug, PartialEq)]
pub struct Reader {
    /// Index into the corpus's articles.
    pub article: usize,
    /// The event and which of its quotes.
    pub event: usize,
    pub evidence: usize,
    /// The article's event sentences, found once when the reader opens.
    pub highlights: Arc<[Highlight]>,
    /// Scroll the quote into view on the next frame.
    scroll_pending: bool,
}

impl Reader {
    pub fn new(corpus: &Corpus, article: usize, event: usize, evidence: usize) -> Self {
        Self {
            article,
            event,
            evidence,
            highlights: highlights(corpus, article).into(),
            scroll_pending: true,
        }
    }
}

/// A highlighted stretch of the article: code point offsets and the event it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Highlight {
    pub start_char: usize,
    pub end_char: usize,
    pub event: usize,
}

/// Every event sentence of article `article` (an index into the corpus's articles), in text
/// order (the first event wins where two share one).
pub fn highlights(corpus: &Corpus, article: usize) -> Vec<Highlight> {
    let mut found: Vec<Highlight> = corpus
        .events()
        .flat_map(|event| {
            event
                .sources()
                .filter(|s| s.article == Some(article))
                .map(move |s| Highlight {
                    start_char: s.start_char,
                    end_char: s.end_char,
                    event: event.index(),
                })
        })
        .collect();
    found.sort_by_key(|h| (h.start_char, h.event));
    found.dedup_by_key(|h| h.start_char);
    found
}

/// The highlight containing code point `char_index`, if any.
pub fn highlight_at(highlights: &[Highlight], char_index: usize) -> Option<&Highlight> {
    highlights
        .iter()
        .find(|h| h.start_char <= char_index && char_index < h.end_char)
}

impl DatelineApp {
    pub(super) fn reader_ui(&mut self, ui: &mut egui::Ui) {
        let Some(reader) = self.reader.clone() else { return };
        let Some(article) = self.corpus.articles.get(reader.article) else {
            self.reader = None;
            return;
        };
        ui.horizontal(|ui| {
            ui.heading(format!("Reader — {}", article.title));
            if ui.button("Close reader").clicked() {
                self.reader = None;
            }
        });
        let date = article.published.as_ref().map_or("undated".to_owned(), |p| {
            format!(
                "{}{}",
                p.value.iso_first(),
                if p.is_inferred() { " (inferred)" } else { "" }
            )
        });
        ui.weak(format!(
            "{} · {date} · {}",
            article.source_or_unknown(),
            article.path.display()
        ));
        let focus: Option<Evidence> = self
            .corpus
            .event(reader.event)
            .and_then(|e| e.to_event().evidence.into_iter().nth(reader.evidence));
        let focus = focus.as_ref();
        let marks = &reader.highlights[..];
        let text_color = ui.visuals().text_color();
        let job = reader_layout(
            &article.text,
            marks,
            focus,
            text_color,
            ui.visuals().dark_mode,
            ui.available_width(),
        );
        let mut clicked_event = None;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let galley = ui.painter().layout_job(job);
                let response = ui.add(egui::Label::new(galley.clone()).sense(Sense::click()));
                if let Some(focus) = focus
                    && reader.scroll_pending
                {
                    let rect = galley
                        .pos_from_cursor(CCursor::new(focus.start_char))
                        .translate(response.rect.min.to_vec2());
                    ui.scroll_to_rect(rect, Some(Align::Center));
                }
                if response.clicked()
                    && let Some(pos) = response.interact_pointer_pos()
                {
                    let cursor = galley.cursor_from_pos(pos - response.rect.min);
                    clicked_event = highlight_at(marks, cursor.index.0).map(|h| h.event);
                }
            });
        if let Some(open) = &mut self.reader {
            open.scroll_pending = false;
        }
        if let Some(event) = clicked_event {
            self.selected = Some(event);
        }
    }
}

/// The article text as a layout job: plain, highlighted sentences, the focused one stronger
/// with its temporal expression underlined.
fn reader_layout(
    text: &str,
    marks: &[Highlight],
    focus: Option<&Evidence>,
    text_color: Color32,
    dark: bool,
    wrap_width: f32,
) -> LayoutJob {
    let font = FontId::proportional(READER_FONT_SIZE);
    let plain = TextFormat::simple(font.clone(), text_color);
    let (soft, strong, date) = if dark {
        (
            Color32::from_rgb(60, 60, 30),
            Color32::from_rgb(110, 90, 20),
            Color32::from_rgb(160, 100, 20),
        )
    } else {
        (
            Color32::from_rgb(255, 248, 200),
            Color32::from_rgb(255, 220, 110),
            Color32::from_rgb(250, 170, 60),
        )
    };
    let mut job = LayoutJob::default();
    job.wrap.max_width = wrap_width;
    // Byte offsets of code points, to slice the text at the highlights' char offsets.
    let byte_at = |char_index: usize| text.char_indices().nth(char_index).map_or(text.len(), |(b, _)| b);
    let mut at = 0;
    for mark in marks {
        let (start, end) = (byte_at(mark.start_char), byte_at(mark.end_char));
        if start < at || end <= start {
            continue;
        }
        job.append(&text[at..start], 0.0, plain.clone());
        let focused = focus.is_some_and(|f| f.start_char == mark.start_char);
        let background = if focused { strong } else { soft };
        let quote = &text[start..end];
        let timex = focus
            .filter(|_| focused)
            .and_then(|f| f.timex.as_deref())
            .and_then(|t| quote.find(t).map(|i| i..i + t.len()));
        let highlighted = TextFormat {
            background,
            ..plain.clone()
        };
        match timex {
            Some(range) => {
                job.append(&quote[..range.start], 0.0, highlighted.clone());
                let underlined = TextFormat {
                    underline: Stroke::new(1.5, text_color),
                    background: date,
                    ..highlighted.clone()
                };
                job.append(&quote[range.clone()], 0.0, underlined);
                job.append(&quote[range.end..], 0.0, highlighted);
            }
            None => job.append(quote, 0.0, highlighted),
        }
        at = end;
    }
    job.append(&text[at..], 0.0, plain);
    job
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, ArticleId, Event, EventId, SourceFormat, TimeSpan, TimeValue};

    fn event(article: &str, start: usize, end: usize) -> Event {
        let when = TimeSpan::single(TimeValue::year(2014).unwrap_or_else(|| panic!("valid year")));
        Event {
            id: EventId(format!("{article}{start}")),
            title: String::new(),
            when,
            actors: Vec::new(),
            places: Vec::new(),
            quantities: Vec::new(),
            evidence: vec![Evidence {
                article: ArticleId(article.into()),
                quote: String::new(),
                start_char: start,
                end_char: end,
                timex: None,
                rule: None,
                when,
            }],
            disputed: false,
        }
    }

    #[test]
    fn highlights_are_the_articles_event_sentences_in_order() {
        let events = vec![event("a", 50, 80), event("b", 0, 10), event("a", 0, 20)];
        let article = |id: &str| Article {
            id: ArticleId(id.into()),
            path: format!("{id}.txt").into(),
            format: SourceFormat::Text,
            title: id.into(),
            source: None,
            url: None,
            author: None,
            published: None,
            text: "x".repeat(100),
        };
        let corpus = Corpus::new(vec![article("a"), article("b")], events);
        let marks = highlights(&corpus, 0);
        assert_eq!(marks.iter().map(|h| h.event).collect::<Vec<_>>(), [2, 0]);
        assert_eq!(highlight_at(&marks, 55).map(|h| h.event), Some(0));
        assert_eq!(highlight_at(&marks, 30), None);
    }

    #[test]
    fn layout_keeps_every_character_once() {
        let text = "Première phrase. Deuxième phrase, datée hier.";
        let marks = vec![Highlight {
            start_char: 17,
            end_char: 45,
            event: 0,
        }];
        let job = reader_layout(text, &marks, None, Color32::BLACK, false, 400.0);
        assert_eq!(job.text, text);
    }
}
