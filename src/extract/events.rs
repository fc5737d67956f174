//! Dated sentences become events: each sentence with a placeable temporal expression yields one
//! event, dated by its most precise expression, with the sentence as evidence.

use chrono::NaiveDate;

use super::sentences::split_sentences;
use super::titles::title_from_sentence;
use crate::model::{Article, CharCursor, Event, EventId, Evidence, TimeSpan};
use crate::temporal::Tagger;

/// The events of one article; none when it has no publication date to resolve against
/// (publication date inference comes with the events issue).
pub fn events_of_article(tagger: &Tagger, article: &Article) -> Vec<Event> {
    let Some(dct) = article.published.as_ref().and_then(|p| p.value.start_date()) else {
        return Vec::new();
    };
    events_with_reference(tagger, article, dct)
}

fn events_with_reference(tagger: &Tagger, article: &Article, dct: NaiveDate) -> Vec<Event> {
    let text = &article.text;
    let timexes = tagger.tag(text, dct);
    let mut events = Vec::new();
    let mut next_timex = 0;
    let mut chars = CharCursor::new(text);
    for sentence in split_sentences(text) {
        while next_timex < timexes.len() && timexes[next_timex].end_byte <= sentence.start {
            next_timex += 1;
        }
        // The most precise placeable expression dates the event ("June 10" over "2014").
        let best = timexes[next_timex..]
            .iter()
            .take_while(|t| t.start_byte < sentence.end)
            .filter_map(|t| t.time.map(|time| (t, time)))
            .max_by_key(|(_, time)| time.precision);
        let Some((best, time)) = best else {
            continue;
        };
        let quote = text[sentence.clone()].to_owned();
        let timex_in_sentence =
            best.start_byte.saturating_sub(sentence.start)..best.end_byte.saturating_sub(sentence.start);
        let title = title_from_sentence(&quote, timex_in_sentence);
        let start_char = chars.char_offset(sentence.start);
        let end_char = chars.char_offset(sentence.end);
        events.push(Event {
            id: EventId::from_evidence(&article.id, start_char, end_char),
            title,
            when: TimeSpan::single(time),
            actors: Vec::new(),
            places: Vec::new(),
            quantities: Vec::new(),
            evidence: vec![Evidence {
                article: article.id.clone(),
                quote,
                start_char,
                end_char,
                timex: Some(text[best.start_byte..best.end_byte].to_owned()),
                rule: Some(best.rule.clone()),
            }],
            disputed: false,
        });
    }
    events
}
