//! Events and the evidence that dates them.

use super::{ArticleId, TimeSpan};

/// A stable event id, derived from its evidence so that re-extraction keeps ids (and any
/// user correction keyed by them).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EventId(pub String);

impl EventId {
    /// Hex digits kept from the hash (see [`super::ArticleId`]).
    const HEX_LEN: usize = 16;

    pub fn from_evidence(article: &ArticleId, start_char: usize, end_char: usize) -> Self {
        Self::from_evidence_part(article, start_char, end_char, 0)
    }

    /// The id of the `part`-th event told by one sentence ("…on Dec. 3, after Ruiz resigned
    /// in August" tells two); part 0 has the same id as [`Self::from_evidence`].
    pub fn from_evidence_part(article: &ArticleId, start_char: usize, end_char: usize, part: usize) -> Self {
        let key = if part == 0 {
            format!("{}:{start_char}:{end_char}", article.0)
        } else {
            format!("{}:{start_char}:{end_char}#{part}", article.0)
        };
        Self(blake3::hash(key.as_bytes()).to_hex()[..Self::HEX_LEN].to_owned())
    }
}

/// A number the text gives: "more than 600 troops", "1,192".
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// As written.
    pub text: String,
    pub value: f64,
    /// What is counted ("troops"), if said.
    pub unit: Option<String>,
}

/// Where an event is told: one sentence of one article.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    pub article: ArticleId,
    /// The exact sentence.
    pub quote: String,
    /// Unicode code point offsets of `quote` in the article text, end exclusive.
    pub start_char: usize,
    pub end_char: usize,
    /// The temporal expression that dated the event, as written ("more than two years ago").
    pub timex: Option<String>,
    /// The id of the rule that produced the date, for provenance.
    pub rule: Option<String>,
    /// The date this source gives the event, read against its own article's publication
    /// date. Merging never changes it, and merges only sources that give the same date.
    pub when: TimeSpan,
}

/// Something that happened (or will), placed in time, with every source that tells it.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub id: EventId,
    pub title: String,
    pub when: TimeSpan,
    pub actors: Vec<String>,
    pub places: Vec<String>,
    pub quantities: Vec<Quantity>,
    /// At least one item; several when sources were merged.
    pub evidence: Vec<Evidence>,
    /// Sources disagree on the date or numbers.
    pub disputed: bool,
}
