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

/// Lane names and the events, sorted by `(lane, start_secs)`, with what makes a frame's cost
/// independent of the total: each lane's slice and its longest event.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TimelineModel {
    pub lanes: Vec<String>,
    pub events: Vec<TimelineEvent>,
    /// `events[lane_ranges[lane]]` are the lane's events, sorted by start.
    pub lane_ranges: Vec<std::ops::Range<usize>>,
    /// The longest event of each lane: how far before a view's start a visible event can begin.
    pub lane_max_duration_secs: Vec<i64>,
    /// `events[i].start_secs` again, packed: density counting sweeps it (8 bytes an event
    /// instead of 32, so a million events stay cache-friendly).
    pub starts_secs: Vec<i64>,
}

/// The lane name of events that have no actor/place.
const NO_VALUE_LANE: &str = "(unspecified)";

impl TimelineModel {
    pub fn build(articles: &[Article], events: &[Event], mode: LaneMode) -> Self {
        Self::build_filtered(articles, events, mode, |_| true)
    }

    /// Like [`Self::build`] with only the events `keep` accepts; event indices still refer to
    /// `events`, so titles and selection need no remapping.
    pub fn build_filtered(
        articles: &[Article],
        events: &[Event],
        mode: LaneMode,
        keep: impl Fn(&Event) -> bool,
    ) -> Self {
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
            if !keep(event) {
                continue;
            }
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
        Self::new(lanes, timeline_events)
    }

    /// Sorts `events` and precomputes the per-lane index. Events naming a lane past `lanes`
    /// get lanes named after their number.
    pub fn new(mut lanes: Vec<String>, mut events: Vec<TimelineEvent>) -> Self {
        events.sort_by_key(|e| (e.lane, e.start_secs, e.event_index));
        let lane_count = events.last().map_or(0, |e| e.lane as usize + 1).max(lanes.len());
        while lanes.len() < lane_count {
            lanes.push(format!("Lane {}", lanes.len() + 1));
        }
        let mut lane_ranges = Vec::with_capacity(lane_count);
        let mut lane_max_duration_secs = Vec::with_capacity(lane_count);
        for lane in 0..lane_count as u32 {
            let start = events.partition_point(|e| e.lane < lane);
            let end = events.partition_point(|e| e.lane <= lane);
            lane_max_duration_secs.push(
                events[start..end]
                    .iter()
                    .map(|e| e.end_secs - e.start_secs)
                    .max()
                    .unwrap_or(0),
            );
            lane_ranges.push(start..end);
        }
        let starts_secs = events.iter().map(|e| e.start_secs).collect();
        Self {
            lanes,
            events,
            lane_ranges,
            lane_max_duration_secs,
            starts_secs,
        }
    }

    /// The events of `lane` that can be visible in `[start_secs, end_secs]`: a slice found by
    /// binary search, so its cost does not depend on the total number of events.
    pub fn visible_in_lane(&self, lane: usize, start_secs: f64, end_secs: f64) -> &[TimelineEvent] {
        &self.events[self.visible_range(lane, start_secs, end_secs)]
    }

    /// Indices (into `events` and `starts_secs`) of [`Self::visible_in_lane`].
    pub fn visible_range(&self, lane: usize, start_secs: f64, end_secs: f64) -> std::ops::Range<usize> {
        let (Some(range), Some(&lookback)) =
            (self.lane_ranges.get(lane), self.lane_max_duration_secs.get(lane))
        else {
            return 0..0;
        };
        let starts = &self.starts_secs[range.clone()];
        let from = starts.partition_point(|&s| (s as f64) < start_secs - lookback as f64);
        let to = starts.partition_point(|&s| (s as f64) <= end_secs).max(from);
        range.start + from..range.start + to
    }

    /// The earliest start and latest end, for fitting the view.
    pub fn extent_secs(&self) -> Option<(i64, i64)> {
        let start = self.events.iter().map(|e| e.start_secs).min()?;
        let end = self.events.iter().map(|e| e.end_secs).max()?;
        Some((start, end))
    }
}
