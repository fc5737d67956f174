//! What the timeline draws, derived once from the extraction (not per frame): compact events
//! sorted by lane and start, and the lane names.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::model::{Article, ArticleId, Event};

/// How events are split into horizontal lanes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LaneMode {
    /// One lane per outlet (the default).
    #[default]
    Source,
    /// By the first actor named.
    Actor,
    /// By the first place named.
    Place,
    /// Everything in one lane.
    None,
}

/// An event as the timeline needs it: 32 bytes, no strings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimelineEvent {
    pub start_secs: i64,
    pub end_secs: i64,
    pub lane: u32,
    /// Index into the extraction's events (for titles, selection and hit ids).
    pub event_index: u32,
    /// Number of sources that tell it (a badge when > 1).
    pub source_count: u16,
    pub uncertain: bool,
    pub disputed: bool,
}

/// Lane names and the events, sorted by `(lane, start_secs)`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TimelineModel {
    pub lanes: Vec<String>,
    pub events: Vec<TimelineEvent>,
}

/// The lane name of events that have no actor/place.
const NO_VALUE_LANE: &str = "(unspecified)";

impl TimelineModel {
    pub fn build(articles: &[Article], events: &[Event], mode: LaneMode) -> Self {
        let source_of: HashMap<&ArticleId, &str> =
            articles.iter().map(|a| (&a.id, a.source_or_unknown())).collect();
        // Outlets appear in article order, so the legend is stable.
        let mut lanes: Vec<String> = Vec::new();
        if mode == LaneMode::Source {
            for article in articles {
                if !lanes.iter().any(|l| l == article.source_or_unknown()) {
                    lanes.push(article.source_or_unknown().to_owned());
                }
            }
        }
        let mut lane_index: HashMap<String, u32> = lanes
            .iter()
            .enumerate()
            .map(|(i, l)| (l.clone(), i as u32))
            .collect();
        let mut timeline_events = Vec::with_capacity(events.len());
        for (index, event) in events.iter().enumerate() {
            let name = match mode {
                LaneMode::Source => event
                    .evidence
                    .first()
                    .and_then(|e| source_of.get(&e.article).copied())
                    .unwrap_or("Unknown source"),
                LaneMode::Actor => event.actors.first().map_or(NO_VALUE_LANE, String::as_str),
                LaneMode::Place => event.places.first().map_or(NO_VALUE_LANE, String::as_str),
                LaneMode::None => "All events",
            };
            let lane = *lane_index.entry(name.to_owned()).or_insert_with(|| {
                lanes.push(name.to_owned());
                (lanes.len() - 1) as u32
            });
            timeline_events.push(TimelineEvent {
                start_secs: event.when.start_secs(),
                end_secs: event.when.end_secs(),
                lane,
                event_index: index as u32,
                source_count: u16::try_from(event.evidence.len()).unwrap_or(u16::MAX),
                uncertain: event.when.is_uncertain(),
                disputed: event.disputed,
            });
        }
        timeline_events.sort_by_key(|e| (e.lane, e.start_secs, e.event_index));
        Self {
            lanes,
            events: timeline_events,
        }
    }

    /// The earliest start and latest end, for fitting the view.
    pub fn extent_secs(&self) -> Option<(i64, i64)> {
        let start = self.events.iter().map(|e| e.start_secs).min()?;
        let end = self.events.iter().map(|e| e.end_secs).max()?;
        Some((start, end))
    }
}
