//! Events from articles. The temporal tagger dates sentences; this module turns them into
//! events with evidence. (Event extraction lands with the tagger: until then, no events.)

use crate::model::{Article, Event};

/// Extracts the events of every article.
pub fn extract_events(_articles: &[Article]) -> Vec<Event> {
    Vec::new()
}
