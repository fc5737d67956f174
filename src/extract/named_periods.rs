//! Named events and periods ("the Mosul offensive", "the siege of Amerli") as events of their
//! own and as the dates of the sentences that name them, from the temponym gazetteer.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::Extractor;
use super::analysed::AnalysedText;
use super::entities::entities_of;
use super::events::{Dating, capitalise_first};
use super::gazetteer::{Named, PhraseMatch, TemponymKind};
use crate::model::{Article, CharCursor, Event, EventId, Evidence, Qualifier, TimeSpan, TimeValue};

impl Extractor {
    /// One event per named event or period the article mentions ("the Mosul offensive"),
    /// dated by the gazetteer, with the first sentence that names it as evidence. Reports
    /// of the same named period merge across articles.
    pub(super) fn named_period_events(
        &self,
        article: &Article,
        analysed: &AnalysedText,
        dct: NaiveDate,
        sentence_events: &[Event],
    ) -> Vec<Event> {
        let text = &article.text;
        let mut seen: Vec<usize> = Vec::new();
        let mut events = Vec::new();
        let mut chars = CharCursor::new(text);
        // The named periods that already date a sentence (one pass, not one per mention).
        let dated_by_rule: HashSet<&str> = sentence_events
            .iter()
            .flat_map(|e| e.evidence.iter().filter_map(|x| x.rule.as_deref()))
            .filter(|rule| rule.starts_with("temponym:"))
            .collect();
        for analysed_sentence in analysed.sentences.iter().filter(|s| !s.noise) {
            let sentence = &analysed_sentence.range;
            let quote = &text[sentence.clone()];
            let matches = &analysed_sentence.matches;
            for index in self.gazetteer.temponyms_in(quote, matches) {
                let temponym = &self.gazetteer.temponyms[index];
                let rule = format!("temponym:{}", temponym.id);
                let already_dated = dated_by_rule.contains(rule.as_str());
                if temponym.kind == TemponymKind::Office
                    || seen.contains(&index)
                    || temponym.from > dct
                    || already_dated
                {
                    continue;
                }
                seen.push(index);
                let Some((dating, _)) = self.date_by_temponym(quote, matches, dct) else {
                    continue;
                };
                let named = matches.iter().find(|m| m.named == Named::Temponym(index));
                let title = named.map_or_else(
                    || {
                        temponym
                            .names
                            .first()
                            .cloned()
                            .unwrap_or_else(|| temponym.id.replace('-', " "))
                    },
                    |m| quote[m.start..m.end].to_owned(),
                );
                let entities = entities_of(&self.gazetteer, quote, matches);
                let start_char = chars.char_offset(sentence.start);
                let end_char = chars.char_offset(sentence.end);
                let key = format!("{}#{}", temponym.id, article.id);
                events.push(Event {
                    id: EventId::from_evidence(&crate::model::ArticleId(key), start_char, end_char),
                    title: capitalise_first(&title),
                    when: dating.when,
                    actors: entities.actors,
                    places: entities.places,
                    quantities: Vec::new(),
                    evidence: vec![Evidence {
                        article: article.id.clone(),
                        quote: quote.to_owned(),
                        start_char,
                        end_char,
                        timex: named.map(|m| quote[m.start..m.end].to_owned()),
                        rule: Some(rule),
                        when: dating.when,
                    }],
                    disputed: false,
                });
            }
        }
        events
    }

    /// A named event or period the sentence mentions ("the siege of Amerli"). Office terms
    /// do not date what an office holder does.
    /// Also says whether the period is still going on at `dct`.
    pub(super) fn date_by_temponym(
        &self,
        sentence: &str,
        matches: &[PhraseMatch],
        dct: NaiveDate,
    ) -> Option<(Dating, bool)> {
        let index = self
            .gazetteer
            .temponyms_in(sentence, matches)
            .into_iter()
            .find(|&i| {
                self.gazetteer.temponyms[i].kind != TemponymKind::Office
                    && self.gazetteer.temponyms[i].from <= dct
            })?;
        let temponym = &self.gazetteer.temponyms[index];
        let first = TimeValue::from_naive_date(temponym.from);
        // Still going on: up to the far future, which the after-qualifier marks as open.
        let last = temponym
            .to
            .map_or(first.with_qualifier(Qualifier::After), TimeValue::from_naive_date);
        let cue = matches.iter().find(|m| m.named == Named::Temponym(index));
        let going_on = temponym.from <= dct && temponym.to.is_none_or(|to| to >= dct);
        let dating = Dating {
            when: TimeSpan::between(first, last),
            cue: cue.map(|m| m.start..m.end),
            rule: format!("temponym:{}", temponym.id),
            quote: None,
        };
        Some((dating, going_on))
    }
}
