//! What the timeline draws, derived once from the extraction (not per frame): compact events
//! sorted by lane and start, and the lane names.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::model::{Corpus, EventRef, NameIndex};

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

/// An event as the timeline needs it: 24 bytes, no strings (its lane is where it is stored).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimelineEvent {
    pub start_secs: i64,
    pub end_secs: i64,
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
    /// `events[i].start_secs` again, packed: density counting binary-searches it per pixel
    /// column, and at a million events 8-byte keys touch a third of the cache lines that
    /// 24-byte events would (the scene bench's all-in-view frame is ~3× faster with it).
    pub starts_secs: Vec<i64>,
}

/// Lane names in order of first use.
#[derive(Default)]
struct LaneNames {
    names: Vec<String>,
    index: HashMap<String, u32>,
}

impl LaneNames {
    fn lane(&mut self, name: &str) -> u32 {
        if let Some(&lane) = self.index.get(name) {
            return lane;
        }
        self.names.push(name.to_owned());
        self.index.insert(name.to_owned(), (self.names.len() - 1) as u32);
        (self.names.len() - 1) as u32
    }
}

/// The lane name of events that have no actor/place.
const NO_VALUE_LANE: &str = "(unspecified)";

impl TimelineModel {
    pub fn build(corpus: &Corpus, mode: LaneMode) -> Self {
        Self::build_filtered(corpus, mode, |_| true)
    }

    /// Like [`Self::build`] with only the events `keep` accepts; event indices still refer to
    /// the corpus, so titles and selection need no remapping.
    pub fn build_filtered(corpus: &Corpus, mode: LaneMode, keep: impl Fn(EventRef) -> bool) -> Self {
        let mut lanes = LaneNames::default();
        // Outlets appear in article order, so the legend is stable.
        let outlet_lanes: Vec<u32> = if mode == LaneMode::Source {
            corpus
                .articles
                .iter()
                .map(|a| lanes.lane(a.source_or_unknown()))
                .collect()
        } else {
            Vec::new()
        };
        let mut name_lanes: HashMap<Option<NameIndex>, u32> = HashMap::new();
        let mut timeline_events = Vec::with_capacity(corpus.len());
        for event in corpus.events() {
            if !keep(event) {
                continue;
            }
            let lane = match mode {
                LaneMode::Source => {
                    let article = event.sources().next().and_then(|s| s.article);
                    match article.and_then(|a| outlet_lanes.get(a)) {
                        Some(&lane) => lane,
                        None => lanes.lane("Unknown source"),
                    }
                }
                LaneMode::Actor | LaneMode::Place => {
                    let name = if mode == LaneMode::Actor {
                        event.first_actor()
                    } else {
                        event.first_place()
                    };
                    *name_lanes.entry(name).or_insert_with(|| {
                        lanes.lane(name.and_then(|n| corpus.name(n)).unwrap_or(NO_VALUE_LANE))
                    })
                }
                LaneMode::None => lanes.lane("All events"),
            };
            let when = event.when();
            timeline_events.push((
                lane,
                TimelineEvent {
                    start_secs: when.start_secs(),
                    end_secs: when.end_secs(),
                    event_index: event.index() as u32,
                    source_count: u16::try_from(event.source_count()).unwrap_or(u16::MAX),
                    uncertain: when.is_uncertain(),
                    disputed: event.disputed(),
                },
            ));
        }
        Self::new(lanes.names, timeline_events)
    }

    /// Sorts `(lane, event)` pairs and precomputes the per-lane index. Events naming a lane
    /// past `lanes` get lanes named after their number.
    pub fn new(mut lanes: Vec<String>, mut events: Vec<(u32, TimelineEvent)>) -> Self {
        events.sort_by_key(|(lane, e)| (*lane, e.start_secs, e.event_index));
        let lane_count = events
            .last()
            .map_or(0, |(lane, _)| *lane as usize + 1)
            .max(lanes.len());
        while lanes.len() < lane_count {
            lanes.push(format!("Lane {}", lanes.len() + 1));
        }
        let mut lane_ranges = Vec::with_capacity(lane_count);
        let mut lane_max_duration_secs = Vec::with_capacity(lane_count);
        for lane in 0..lane_count as u32 {
            let start = events.partition_point(|(l, _)| *l < lane);
            let end = events.partition_point(|(l, _)| *l <= lane);
            lane_max_duration_secs.push(
                events[start..end]
                    .iter()
                    .map(|(_, e)| e.end_secs - e.start_secs)
                    .max()
                    .unwrap_or(0),
            );
            lane_ranges.push(start..end);
        }
        let starts_secs = events.iter().map(|(_, e)| e.start_secs).collect();
        Self {
            lanes,
            starts_secs,
            // A fresh vector: collecting in place would keep the pairs' larger allocation.
            events: {
                let mut sorted = Vec::with_capacity(events.len());
                sorted.extend(events.into_iter().map(|(_, e)| e));
                sorted
            },
            lane_ranges,
            lane_max_duration_secs,
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
        let events = &self.events[range.clone()];
        let from = events.partition_point(|e| (e.start_secs as f64) < start_secs - lookback as f64);
        let to = events
            .partition_point(|e| (e.start_secs as f64) <= end_secs)
            .max(from);
        range.start + from..range.start + to
    }

    /// The earliest start and latest end, for fitting the view.
    pub fn extent_secs(&self) -> Option<(i64, i64)> {
        let start = self.events.iter().map(|e| e.start_secs).min()?;
        let end = self.events.iter().map(|e| e.end_secs).max()?;
        Some((start, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, ArticleId, Event, EventId, Evidence, SourceFormat, TimeSpan, TimeValue};

    fn article(id: &str, outlet: Option<&str>) -> Article {
        Article {
            id: ArticleId(id.into()),
            path: format!("{id}.txt").into(),
            format: SourceFormat::Text,
            title: id.into(),
            source: outlet.map(str::to_owned),
            url: None,
            author: None,
            published: None,
            text: String::new(),
        }
    }

    fn event(article: &str, year: i32, actor: Option<&str>, sources: usize) -> Event {
        let when = TimeSpan::single(TimeValue::year(year).unwrap_or_else(|| panic!("valid year")));
        let evidence = Evidence {
            article: ArticleId(article.into()),
            quote: String::new(),
            start_char: year as usize,
            end_char: year as usize,
            timex: None,
            rule: None,
            when,
        };
        Event {
            id: EventId(format!("{article}{year}")),
            title: format!("{year}"),
            when,
            actors: actor.into_iter().map(str::to_owned).collect(),
            places: Vec::new(),
            quantities: Vec::new(),
            evidence: vec![evidence; sources],
            disputed: false,
        }
    }

    fn corpus() -> Corpus {
        Corpus::new(
            vec![
                article("a", Some("Wire")),
                article("b", None),
                article("c", Some("Wire")),
            ],
            vec![
                event("b", 2016, Some("Iran"), 1),
                event("a", 2014, None, 2),
                event("c", 1990, Some("Iran"), 1),
            ],
        )
    }

    #[test]
    fn lanes_follow_the_mode_and_keep_events_sorted_by_start() {
        let corpus = corpus();
        let by_source = TimelineModel::build(&corpus, LaneMode::Source);
        assert_eq!(by_source.lanes, ["Wire", "Unknown source"]);
        let wire: Vec<u32> = by_source
            .visible_in_lane(0, f64::MIN, f64::MAX)
            .iter()
            .map(|e| e.event_index)
            .collect();
        assert_eq!(wire, [2, 1], "1990 before 2014");
        assert_eq!(by_source.events[1].source_count, 2);
        let by_actor = TimelineModel::build(&corpus, LaneMode::Actor);
        assert_eq!(by_actor.lanes, ["Iran", NO_VALUE_LANE]);
        assert_eq!(by_actor.lane_ranges, [0..2, 2..3]);
        let one = TimelineModel::build(&corpus, LaneMode::None);
        assert_eq!(one.lanes, ["All events"]);
        assert_eq!(
            one.starts_secs,
            one.events.iter().map(|e| e.start_secs).collect::<Vec<_>>()
        );
        let filtered = TimelineModel::build_filtered(&corpus, LaneMode::Source, |e| e.index() != 1);
        assert_eq!(filtered.events.len(), 2);
    }

    #[test]
    fn a_long_event_that_began_before_the_view_is_still_visible() {
        let year = |y| TimeValue::year(y).unwrap_or_else(|| panic!("valid year"));
        let long = TimelineEvent {
            start_secs: year(2000).start_secs,
            end_secs: year(2020).start_secs,
            event_index: 0,
            source_count: 1,
            uncertain: false,
            disputed: false,
        };
        let short = TimelineEvent {
            start_secs: year(2010).start_secs,
            end_secs: year(2011).start_secs,
            event_index: 1,
            ..long
        };
        let model = TimelineModel::new(Vec::new(), vec![(0, short), (0, long)]);
        assert_eq!(model.lanes, ["Lane 1"]);
        let view = (year(2015).start_secs as f64, year(2016).start_secs as f64);
        let visible = model.visible_in_lane(0, view.0, view.1);
        assert!(visible.iter().any(|e| e.event_index == 0), "{visible:?}");
        assert!(
            model.visible_in_lane(1, view.0, view.1).is_empty(),
            "no such lane"
        );
        assert_eq!(model.extent_secs(), Some((long.start_secs, long.end_secs)));
    }
}
