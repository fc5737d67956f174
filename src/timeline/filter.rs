//! Which events the timeline shows: the user's filters (text, date range, actor, place) and
//! the articles hidden in the sources panel. Renderer-neutral, so the app and exports agree.

use std::collections::HashSet;

use chrono::Datelike;

use crate::model::{ArticleId, EventRef};

/// The filters; the default shows everything.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventFilter {
    /// Words that must all appear (case-insensitive) in the title, a quote, an actor or a place.
    pub text: String,
    /// Events that end before this year (or start after `to_year`) are hidden.
    pub from_year: Option<i32>,
    pub to_year: Option<i32>,
    /// Exact actor / place names.
    pub actor: Option<String>,
    pub place: Option<String>,
    /// An event is hidden when every article that tells it is hidden.
    pub hidden_articles: HashSet<ArticleId>,
}

impl EventFilter {
    /// True when nothing is filtered out.
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
            && self.from_year.is_none()
            && self.to_year.is_none()
            && self.actor.is_none()
            && self.place.is_none()
            && self.hidden_articles.is_empty()
    }

    /// Whether `event` passes every filter.
    pub fn matches(&self, event: EventRef) -> bool {
        if !self.hidden_articles.is_empty()
            && event
                .sources()
                .all(|s| self.hidden_articles.contains(s.article_id))
        {
            return false;
        }
        if let Some(actor) = &self.actor
            && !event.actors().any(|a| a == actor)
        {
            return false;
        }
        if let Some(place) = &self.place
            && !event.places().any(|p| p == place)
        {
            return false;
        }
        let when = event.when();
        let first_year = when.first.start_date().map(|d| d.year());
        let last_year = crate::model::datetime_from_secs(when.end_secs() - 1).map(|d| d.year());
        if let (Some(from), Some(last)) = (self.from_year, last_year)
            && last < from
        {
            return false;
        }
        if let (Some(to), Some(first)) = (self.to_year, first_year)
            && first > to
        {
            return false;
        }
        self.matches_text(event)
    }

    fn matches_text(&self, event: EventRef) -> bool {
        let words: Vec<String> = self.text.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() {
            return true;
        }
        let haystack = {
            let mut all = event.title().to_lowercase();
            for part in event.actors().chain(event.places()) {
                all.push('\n');
                all.push_str(&part.to_lowercase());
            }
            for source in event.sources() {
                all.push('\n');
                all.push_str(&source.quote.to_lowercase());
            }
            all
        };
        words.iter().all(|w| haystack.contains(w.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Corpus, Event, EventId, Evidence, TimeSpan, TimeValue};

    /// Checks `filter` against each event, packed in a corpus as the app holds them.
    fn matches(filter: &EventFilter, events: &[Event]) -> Vec<bool> {
        let corpus = Corpus::new(Vec::new(), events.to_vec());
        corpus.events().map(|e| filter.matches(e)).collect()
    }

    fn event(year: i32, article: &str, quote: &str, actor: &str) -> Event {
        let when = TimeSpan::single(TimeValue::year(year).unwrap_or_else(|| panic!("valid year")));
        Event {
            id: EventId(format!("{article}{year}")),
            title: quote.to_owned(),
            when,
            actors: vec![actor.to_owned()],
            places: vec!["Iraq".to_owned()],
            quantities: Vec::new(),
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
    fn the_default_shows_everything() {
        let filter = EventFilter::default();
        assert!(filter.is_empty());
        assert_eq!(
            matches(
                &filter,
                &[event(2014, "a", "ISIS captured Mosul", "Islamic State")]
            ),
            [true]
        );
    }

    #[test]
    fn text_years_actor_and_hidden_articles_narrow() {
        let both = [
            event(2014, "a", "ISIS captured Mosul", "Islamic State"),
            event(1985, "b", "Iran waged war on Iraq", "Iran"),
        ];
        let by_text = EventFilter {
            text: "mosul CAPTURED".into(),
            ..Default::default()
        };
        assert_eq!(matches(&by_text, &both), [true, false]);
        let by_years = EventFilter {
            from_year: Some(2000),
            to_year: Some(2020),
            ..Default::default()
        };
        assert_eq!(matches(&by_years, &both), [true, false]);
        let by_actor = EventFilter {
            actor: Some("Iran".into()),
            ..Default::default()
        };
        assert_eq!(matches(&by_actor, &both), [false, true]);
        let hidden = EventFilter {
            hidden_articles: [ArticleId("a".into())].into(),
            ..Default::default()
        };
        assert_eq!(matches(&hidden, &both), [false, true]);
    }
}
