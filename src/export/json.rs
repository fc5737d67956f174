//! The `dateline extract --format json` document: the shape other tools read. Keep it stable;
//! adding fields is fine, renaming or removing is not.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::ingest::IngestError;
use crate::model::{
    Article, ArticleId, DateOrigin, Event, EventId, Evidence, PublicationDate, Qualifier, Quantity,
    SourceFormat, TimeSpan, TimeValue,
};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleRecord {
    pub id: String,
    pub path: String,
    pub title: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    /// ISO 8601 date (`2016-10-27`), or null when neither stated nor inferable.
    pub published: Option<String>,
    pub published_inferred: bool,
    pub published_confidence: f32,
    /// Where the date came from: the metadata field, or the clues of the inference.
    pub published_evidence: Vec<String>,
    pub format: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuantityRecord {
    pub text: String,
    pub value: f64,
    pub unit: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvidenceRecord {
    pub article: String,
    pub quote: String,
    /// Unicode code point offsets into the article text, end exclusive.
    pub start: usize,
    pub end: usize,
    pub timex: Option<String>,
    pub rule: Option<String>,
    /// The date this evidence's own article gives, when it differs from the event's span
    /// (extraction merges only sources with the same date; other tools may not). Absent: the
    /// event's span.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<SpanRecord>,
}

/// A time span as two TIMEX3 values with their qualifiers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpanRecord {
    pub start_value: String,
    pub end_value: String,
    pub start_qualifier: Qualifier,
    pub end_qualifier: Qualifier,
}

impl SpanRecord {
    fn from_span(span: &TimeSpan) -> Self {
        Self {
            start_value: span.first.to_iso(),
            end_value: span.last.to_iso(),
            start_qualifier: span.first.qualifier,
            end_qualifier: span.last.qualifier,
        }
    }

    fn to_span(&self, field: &str) -> Result<TimeSpan, BadValue> {
        span_of(
            (
                &self.start_value,
                self.start_qualifier,
                &format!("{field}.start_value"),
            ),
            (&self.end_value, self.end_qualifier, &format!("{field}.end_value")),
        )
    }
}

/// A saved event that cannot be rebuilt: which event, which field, what it holds.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("event `{event}`: {field} `{written}` is not a TIMEX3 date; the event is left out")]
pub struct UnreadableEvent {
    pub event: String,
    pub field: String,
    pub written: String,
}

/// A value that does not parse, before the event it belongs to is known.
#[derive(Debug)]
pub struct BadValue {
    field: String,
    written: String,
}

/// The span two TIMEX3 values (value, qualifier, field name) write.
fn span_of(start: (&str, Qualifier, &str), end: (&str, Qualifier, &str)) -> Result<TimeSpan, BadValue> {
    let parse = |(written, qualifier, field): (&str, Qualifier, &str)| {
        TimeValue::parse_iso(written)
            .map(|value| value.with_qualifier(qualifier))
            .ok_or_else(|| BadValue {
                field: field.to_owned(),
                written: written.to_owned(),
            })
    };
    Ok(TimeSpan {
        first: parse(start)?,
        last: parse(end)?,
    })
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    pub id: String,
    pub title: String,
    /// First covered day (or minute), ISO 8601.
    pub start: String,
    /// Last covered day (or minute), inclusive.
    pub end: String,
    pub precision: String,
    pub uncertain: bool,
    /// The TIMEX3 values of the two bounds with their qualifiers, so a reader can rebuild the
    /// exact span (`start`/`end` alone lose "2014-06 approximately").
    pub start_value: String,
    pub end_value: String,
    pub start_qualifier: Qualifier,
    pub end_qualifier: Qualifier,
    pub actors: Vec<String>,
    pub places: Vec<String>,
    pub quantities: Vec<QuantityRecord>,
    pub evidence: Vec<EvidenceRecord>,
    pub disputed: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorRecord {
    pub path: String,
    pub error: String,
}

/// The whole document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub articles: Vec<ArticleRecord>,
    pub events: Vec<EventRecord>,
    pub errors: Vec<ErrorRecord>,
}

impl ArticleRecord {
    pub fn from_article(article: &Article, with_text: bool) -> Self {
        let published = article.published.as_ref();
        Self {
            id: article.id.0.clone(),
            path: article.path.display().to_string(),
            title: article.title.clone(),
            source: article.source.clone(),
            url: article.url.clone(),
            author: article.author.clone(),
            published: published.map(|p| p.value.iso_first().chars().take_while(|c| *c != 'T').collect()),
            published_inferred: published.is_some_and(PublicationDate::is_inferred),
            published_confidence: published.map_or(0.0, |p| p.confidence),
            published_evidence: match published.map(|p| &p.origin) {
                Some(DateOrigin::Metadata { field }) => vec![format!("metadata field `{field}`")],
                Some(DateOrigin::Text { place }) => vec![format!("in the text: {place}")],
                Some(DateOrigin::Inferred { evidence }) => evidence.clone(),
                None => Vec::new(),
            },
            format: article.format.name().to_owned(),
            text: with_text.then(|| article.text.clone()),
        }
    }
}

impl EventRecord {
    pub fn from_event(event: &Event) -> Self {
        let span = &event.when;
        Self {
            id: event.id.0.clone(),
            title: event.title.clone(),
            start: span.first.iso_first(),
            end: span.last.iso_last(),
            precision: span.precision().name().to_owned(),
            uncertain: span.is_uncertain(),
            start_value: span.first.to_iso(),
            end_value: span.last.to_iso(),
            start_qualifier: span.first.qualifier,
            end_qualifier: span.last.qualifier,
            actors: event.actors.clone(),
            places: event.places.clone(),
            quantities: event
                .quantities
                .iter()
                .map(|q| QuantityRecord {
                    text: q.text.clone(),
                    value: q.value,
                    unit: q.unit.clone(),
                })
                .collect(),
            evidence: event
                .evidence
                .iter()
                .map(|e| EvidenceRecord {
                    article: e.article.0.clone(),
                    quote: e.quote.clone(),
                    start: e.start_char,
                    end: e.end_char,
                    timex: e.timex.clone(),
                    rule: e.rule.clone(),
                    when: (e.when != *span).then(|| SpanRecord::from_span(&e.when)),
                })
                .collect(),
            disputed: event.disputed,
        }
    }

    /// Rebuilds the event; an error names the field whose time value does not parse.
    pub fn to_event(&self) -> Result<Event, UnreadableEvent> {
        self.try_to_event().map_err(|bad| UnreadableEvent {
            event: self.id.clone(),
            field: bad.field,
            written: bad.written,
        })
    }

    fn try_to_event(&self) -> Result<Event, BadValue> {
        let when = span_of(
            (&self.start_value, self.start_qualifier, "start_value"),
            (&self.end_value, self.end_qualifier, "end_value"),
        )?;
        let evidence = self
            .evidence
            .iter()
            .enumerate()
            .map(|(index, e)| {
                let own_when = match &e.when {
                    Some(record) => record.to_span(&format!("evidence[{index}].when"))?,
                    None => when,
                };
                Ok(Evidence {
                    article: ArticleId(e.article.clone()),
                    quote: e.quote.clone(),
                    start_char: e.start,
                    end_char: e.end,
                    timex: e.timex.clone(),
                    rule: e.rule.clone(),
                    when: own_when,
                })
            })
            .collect::<Result<Vec<_>, BadValue>>()?;
        Ok(Event {
            id: EventId(self.id.clone()),
            title: self.title.clone(),
            when,
            actors: self.actors.clone(),
            places: self.places.clone(),
            quantities: self
                .quantities
                .iter()
                .map(|q| Quantity {
                    text: q.text.clone(),
                    value: q.value,
                    unit: q.unit.clone(),
                })
                .collect(),
            evidence,
            disputed: self.disputed,
        })
    }
}

impl ErrorRecord {
    pub fn from_error(error: &IngestError) -> Self {
        Self {
            path: error.path.display().to_string(),
            error: error.to_string(),
        }
    }
}

impl Extraction {
    pub fn new(articles: &[Article], events: &[Event], errors: &[IngestError], with_text: bool) -> Self {
        Self {
            articles: articles
                .iter()
                .map(|a| ArticleRecord::from_article(a, with_text))
                .collect(),
            events: events.iter().map(EventRecord::from_event).collect(),
            errors: errors.iter().map(ErrorRecord::from_error).collect(),
        }
    }

    /// Rebuilds articles (text only when the document has it) and events. Events that do
    /// not parse are left out and each is named in the third value.
    pub fn to_model(&self) -> (Vec<Article>, Vec<Event>, Vec<UnreadableEvent>) {
        let mut skipped = Vec::new();
        let articles = self
            .articles
            .iter()
            .map(|record| {
                let published = record
                    .published
                    .as_deref()
                    .and_then(TimeValue::parse_iso)
                    .map(|value| {
                        if record.published_inferred {
                            PublicationDate {
                                value,
                                origin: DateOrigin::Inferred {
                                    evidence: record.published_evidence.clone(),
                                },
                                confidence: record.published_confidence,
                            }
                        } else {
                            PublicationDate::from_metadata(value, "extraction JSON")
                        }
                    });
                Article {
                    id: ArticleId(record.id.clone()),
                    path: PathBuf::from(&record.path),
                    format: SourceFormat::Json,
                    title: record.title.clone(),
                    source: record.source.clone(),
                    url: record.url.clone(),
                    author: record.author.clone(),
                    published,
                    text: record.text.clone().unwrap_or_default(),
                }
            })
            .collect();
        let events = self
            .events
            .iter()
            .filter_map(|record| match record.to_event() {
                Ok(event) => Some(event),
                Err(error) => {
                    skipped.push(error);
                    None
                }
            })
            .collect();
        (articles, events, skipped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn the_json_document_round_trips_to_the_same_events() {
        let analysis = match crate::extract::analyse(&[PathBuf::from("data")], &Default::default()) {
            Ok(analysis) => analysis,
            Err(error) => panic!("rules compile: {error}"),
        };
        assert!(!analysis.events.is_empty());
        let document = Extraction::new(&analysis.articles, &analysis.events, &analysis.errors, true);
        let text = serde_json::to_string(&document).expect("serialises");
        let back: Extraction = match serde_json::from_str(&text) {
            Ok(back) => back,
            Err(error) => panic!("reads back: {error}"),
        };
        let (articles, events, skipped) = back.to_model();
        assert!(skipped.is_empty(), "{skipped:?}");
        assert_eq!(events, analysis.events);
        assert_eq!(articles.len(), analysis.articles.len());
        assert_eq!(articles[0].text, analysis.articles[0].text);
    }
}
