//! One event, many sources: events from different articles that overlap in time and tell
//! the same happening (shared actors or places and similar words) become one event with every
//! source's evidence; different dates or numbers for it are kept and flagged.

use std::hash::{DefaultHasher, Hash, Hasher};

use rayon::prelude::*;

use crate::model::{Event, Quantity, TimeSpan};
use crate::temporal::Lexicon;

/// An event's content words as sorted, deduplicated hashes: cheap to intersect.
type WordSet = Vec<u64>;

/// Word overlap (Jaccard over content words of the quotes) that alone makes two reports one.
const SAME_WORDS_THRESHOLD: f64 = 0.35;
/// Word overlap that makes two reports one when they also share an actor or a place.
const SHARED_ENTITY_WORDS_THRESHOLD: f64 = 0.15;
/// Earlier events each one is compared with (sorted by start): bounds the work on huge corpora.
const MAX_CANDIDATES_PER_EVENT: usize = 256;
/// Words shorter than this carry little meaning for the comparison.
const MIN_CONTENT_WORD_CHARS: usize = 4;

/// The words two reports are compared by: lower-case words of at least
/// [`MIN_CONTENT_WORD_CHARS`] letters that are neither function words nor verbs of saying,
/// repeats included.
fn compared_word_iter(quote: &str) -> impl Iterator<Item = String> + '_ {
    let lexicon = Lexicon::english();
    quote
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.chars().count() >= MIN_CONTENT_WORD_CHARS)
        .map(str::to_lowercase)
        .filter(|word| !lexicon.reporting_verbs.contains(word) && !lexicon.stop_words.contains(word))
}

/// [`compared_word_iter`] without repeats, in order of first appearance.
pub fn compared_words(quote: &str) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    compared_word_iter(quote)
        .filter(|word| seen.insert(word.clone()))
        .collect()
}

fn content_words(event: &Event) -> WordSet {
    let mut words: WordSet = event
        .evidence
        .iter()
        .flat_map(|e| compared_word_iter(&e.quote))
        .map(|w| {
            let mut hasher = DefaultHasher::new();
            w.hash(&mut hasher);
            hasher.finish()
        })
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

fn jaccard(a: &WordSet, b: &WordSet) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - shared;
    if union == 0 {
        0.0
    } else {
        shared as f64 / union as f64
    }
}

fn shares_entity(a: &Event, b: &Event) -> bool {
    a.actors.iter().any(|x| b.actors.contains(x)) || a.places.iter().any(|x| b.places.contains(x))
}

fn same_articles(a: &Event, b: &Event) -> bool {
    a.evidence
        .iter()
        .any(|x| b.evidence.iter().any(|y| y.article == x.article))
}

/// Whether two events (from different articles) tell the same happening.
/// The named period an event stands for ("temponym:mosul-offensive"), if it is one.
fn named_period(event: &Event) -> Option<&str> {
    event
        .evidence
        .first()
        .and_then(|x| x.rule.as_deref())
        .filter(|r| r.starts_with("temponym:"))
}

fn is_same_happening(a: &Event, words_a: &WordSet, b: &Event, words_b: &WordSet) -> bool {
    if same_articles(a, b) || !a.when.overlaps(&b.when) {
        return false;
    }
    if let (Some(x), Some(y)) = (named_period(a), named_period(b)) {
        return x == y;
    }
    let overlap = jaccard(words_a, words_b);
    overlap >= SAME_WORDS_THRESHOLD || (overlap >= SHARED_ENTITY_WORDS_THRESHOLD && shares_entity(a, b))
}

/// The order merging reads events in: by time, then by id (unique per told event), so that
/// the result never depends on the order of the input files.
fn merge_order(a: &Event, b: &Event) -> std::cmp::Ordering {
    (
        a.when.start_secs(),
        a.when.end_secs(),
        &a.id,
        a.evidence.first().map(|e| e.start_char),
    )
        .cmp(&(
            b.when.start_secs(),
            b.when.end_secs(),
            &b.id,
            b.evidence.first().map(|e| e.start_char),
        ))
}

/// Whether a report gives the same date as a group's seed, which every member of the group
/// shares (each joined on this test). Only the same span fits: two days ("January 20, 2016"
/// and "May 5, 2016") are two happenings however alike the words, and a coarse report ("in
/// 2016") is not put on a day its article never gives, so every quote sits at the date its own
/// article gives it, in a batch as alone.
fn dates_fit(seed: &Event, candidate: &Event) -> bool {
    seed.when == candidate.when
        && seed
            .evidence
            .iter()
            .chain(&candidate.evidence)
            .all(|evidence| evidence.when == candidate.when)
}

/// Two spans that share time but neither holds the other ("24–26 October" and "25–27
/// October"): sources that disagree on the date of one happening, not two happenings nor a
/// coarse report of a precise one.
fn partly_overlap(a: &TimeSpan, b: &TimeSpan) -> bool {
    let (a_start, a_end, b_start, b_end) = (a.start_secs(), a.end_secs(), b.start_secs(), b.end_secs());
    a.overlaps(b) && a_start != b_start && a_end != b_end && (a_start < b_start) == (a_end < b_end)
}

/// Merges events that tell the same happening; the result keeps the input's other events.
/// Each group grows around its first report (its seed): a report joins a group when it tells
/// the same happening as the seed, its date fits the date of every member, and it comes from
/// an article the group does not have yet, so chains of loosely similar reports never
/// snowball into one event and no evidence is put with a date it contradicts. A report of the
/// same happening whose date partly overlaps a group's stays apart, and both say the sources
/// disagree (`disputed`).
pub fn merge_events(mut events: Vec<Event>) -> Vec<Event> {
    events.sort_by(merge_order);
    let words: Vec<WordSet> = events.par_iter().map(content_words).collect();
    let mut seed_of: Vec<usize> = (0..events.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..events.len()).map(|i| vec![i]).collect();
    let mut date_disputed = vec![false; events.len()];
    for j in 0..events.len() {
        let start = events[j].when.start_secs();
        let lookback = j.saturating_sub(MAX_CANDIDATES_PER_EVENT)..j;
        let mut seed = None;
        for i in lookback.rev() {
            let candidate = seed_of[i] == i
                && events[i].when.end_secs() > start
                && is_same_happening(&events[i], &words[i], &events[j], &words[j])
                && !members[i].iter().any(|&m| same_articles(&events[m], &events[j]));
            if !candidate {
                continue;
            }
            if dates_fit(&events[i], &events[j]) {
                seed = Some(i);
                break;
            }
            if partly_overlap(&events[i].when, &events[j].when) {
                date_disputed[i] = true;
                date_disputed[j] = true;
            }
        }
        if let Some(seed) = seed {
            seed_of[j] = seed;
            members[seed].push(j);
            members[j].clear();
        }
    }
    let mut slots: Vec<Option<Event>> = events.into_iter().map(Some).collect();
    members
        .into_iter()
        .filter(|group| !group.is_empty())
        .filter_map(|group| {
            let disputed = group.iter().any(|&i| date_disputed[i]);
            let mut event = combine(group.into_iter().filter_map(|i| slots[i].take()).collect())?;
            event.disputed |= disputed;
            Some(event)
        })
        .collect()
}

/// One event from the reports of the same happening, all with the same date (see
/// [`dates_fit`]): every source's evidence, all actors, places and numbers; disputed when the
/// sources' numbers differ. The title is the one of the first report by id, so the result
/// does not depend on the input order.
fn combine(mut members: Vec<Event>) -> Option<Event> {
    members.sort_by(|a, b| a.id.cmp(&b.id));
    let mut merged = members.first()?.clone();
    for other in members.iter().skip(1) {
        for actor in &other.actors {
            if !merged.actors.contains(actor) {
                merged.actors.push(actor.clone());
            }
        }
        for place in &other.places {
            if !merged.places.contains(place) {
                merged.places.push(place.clone());
            }
        }
        for quantity in &other.quantities {
            if disagrees(&merged.quantities, quantity) {
                merged.disputed = true;
            }
            if !merged
                .quantities
                .iter()
                .any(|q| q.text == quantity.text && q.unit == quantity.unit)
            {
                merged.quantities.push(quantity.clone());
            }
        }
        merged.evidence.extend(other.evidence.iter().cloned());
    }
    Some(merged)
}

/// A number for the same thing (same unit) with a different value.
fn disagrees(known: &[Quantity], quantity: &Quantity) -> bool {
    quantity.unit.is_some()
        && known
            .iter()
            .any(|q| q.unit == quantity.unit && (q.value - quantity.value).abs() > f64::EPSILON)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleId, EventId, Evidence, TimeSpan, TimeValue};

    fn event(article: &str, quote: &str, day: u32, actors: &[&str], troops: Option<f64>) -> Event {
        let when = TimeSpan::single(TimeValue::day(2016, 10, day).unwrap_or_else(|| panic!("valid day")));
        Event {
            id: EventId::from_evidence(&ArticleId(article.to_owned()), 0, quote.len()),
            title: quote.to_owned(),
            when,
            actors: actors.iter().map(|a| (*a).to_owned()).collect(),
            places: Vec::new(),
            quantities: troops
                .map(|v| Quantity {
                    text: v.to_string(),
                    value: v,
                    unit: Some("troops".to_owned()),
                })
                .into_iter()
                .collect(),
            evidence: vec![Evidence {
                article: ArticleId(article.to_owned()),
                quote: quote.to_owned(),
                start_char: 0,
                end_char: quote.chars().count(),
                timex: None,
                rule: None,
                when,
            }],
            disputed: false,
        }
    }

    #[test]
    fn the_same_happening_from_two_sources_merges_and_keeps_both_quotes() {
        let merged = merge_events(vec![
            event(
                "a",
                "The Pentagon sent 600 more troops to Iraq on Tuesday.",
                25,
                &["Pentagon"],
                Some(600.0),
            ),
            event(
                "b",
                "Pentagon officials said 600 additional troops were sent to Iraq.",
                25,
                &["Pentagon"],
                Some(600.0),
            ),
        ]);
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].evidence.len(), 2);
        assert!(!merged[0].disputed);
    }

    #[test]
    fn different_numbers_are_kept_and_flagged() {
        let merged = merge_events(vec![
            event(
                "a",
                "The Pentagon sent 600 more troops to Iraq on Tuesday.",
                25,
                &["Pentagon"],
                Some(600.0),
            ),
            event(
                "b",
                "Pentagon officials said 650 additional troops were sent to Iraq.",
                25,
                &["Pentagon"],
                Some(650.0),
            ),
        ]);
        assert_eq!(merged.len(), 1);
        assert!(merged[0].disputed);
        assert_eq!(merged[0].quantities.len(), 2, "both numbers are kept");
    }

    fn on(mut event: Event, span: TimeSpan) -> Event {
        event.when = span;
        event.evidence[0].when = span;
        event
    }

    /// Each source's event is dated as its own article dates it.
    fn assert_own_dates(merged: &[Event]) {
        for event in merged {
            for evidence in &event.evidence {
                assert_eq!(event.when, evidence.when, "{event:#?}");
            }
        }
    }

    #[test]
    fn a_coarse_report_is_never_put_on_a_day_it_does_not_give() {
        let year = TimeSpan::single(TimeValue::year(2016).unwrap_or_else(|| panic!("valid year")));
        let day = |m, d| TimeSpan::single(TimeValue::day(2016, m, d).unwrap_or_else(|| panic!("valid day")));
        let quote = "The Pentagon sent 600 more troops to Iraq.";
        let merged = merge_events(vec![
            on(event("a", quote, 1, &["Pentagon"], None), year),
            on(event("b", quote, 1, &["Pentagon"], None), day(1, 20)),
            on(event("c", quote, 1, &["Pentagon"], None), day(5, 5)),
            on(event("d", quote, 1, &["Pentagon"], None), day(5, 5)),
        ]);
        assert_eq!(merged.len(), 3, "{merged:#?}");
        assert_own_dates(&merged);
        assert!(
            merged.iter().all(|e| !e.disputed),
            "a year and its days, two days: no dispute"
        );
        assert!(
            merged
                .iter()
                .any(|e| e.evidence.len() == 2 && e.when == day(5, 5))
        );
    }

    #[test]
    fn partly_overlapping_dates_stay_apart_and_say_the_sources_disagree() {
        let range = |a, b| {
            TimeSpan::between(
                TimeValue::day(2016, 10, a).unwrap_or_else(|| panic!("valid day")),
                TimeValue::day(2016, 10, b).unwrap_or_else(|| panic!("valid day")),
            )
        };
        let quote = "The Pentagon sent 600 more troops to Iraq.";
        let merged = merge_events(vec![
            on(event("a", quote, 1, &["Pentagon"], None), range(24, 26)),
            on(event("b", quote, 1, &["Pentagon"], None), range(25, 27)),
        ]);
        assert_eq!(merged.len(), 2);
        assert_own_dates(&merged);
        assert!(merged.iter().all(|e| e.disputed), "both say the sources disagree");
    }

    #[test]
    fn unrelated_or_same_article_or_distant_events_stay_apart() {
        let merged = merge_events(vec![
            event(
                "a",
                "The Pentagon sent 600 more troops to Iraq.",
                25,
                &["Pentagon"],
                None,
            ),
            event(
                "b",
                "Flooding closed schools across the northern provinces.",
                25,
                &["Red Cross"],
                None,
            ),
            event(
                "a",
                "The Pentagon sent 600 more troops to Iraq again.",
                25,
                &["Pentagon"],
                None,
            ),
            event(
                "c",
                "The Pentagon sent 600 more troops to Iraq.",
                2,
                &["Pentagon"],
                None,
            ),
        ]);
        assert_eq!(merged.len(), 4, "{merged:#?}");
    }
}
