//! A loaded corpus: its articles and their events, packed so that a million events fit in
//! about a hundred bytes each beyond the article text. The app, the timeline and the exports
//! read events through [`EventRef`]; [`EventRef::to_event`] gives back the full [`Event`].

mod byte_offsets;
mod packed;
mod recipe;
mod store;

pub use packed::NameIndex;
pub use store::EventStore;

use crate::model::{Article, ArticleId, Event, EventId, TimeSpan};

/// Articles and the events told in them.
#[derive(Debug, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    events: EventStore,
}

impl Corpus {
    pub fn new(articles: Vec<Article>, events: impl IntoIterator<Item = Event>) -> Self {
        let events = EventStore::build(&articles, events);
        Self { articles, events }
    }

    /// The number of events.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// The event at `index` (`None` past the end).
    pub fn event(&self, index: usize) -> Option<EventRef<'_>> {
        (index < self.len()).then_some(EventRef { corpus: self, index })
    }

    pub fn events(&self) -> impl ExactSizeIterator<Item = EventRef<'_>> + '_ {
        (0..self.len()).map(|index| EventRef { corpus: self, index })
    }

    /// Every event in full (for exports and tests; the app reads [`EventRef`]s).
    pub fn to_events(&self) -> Vec<Event> {
        self.events().map(|e| e.to_event()).collect()
    }

    /// A name from the store's table (see [`EventRef::first_actor`]).
    pub fn name(&self, name: NameIndex) -> Option<&str> {
        self.events.name(name)
    }
}

/// One event of a [`Corpus`], read in place.
#[derive(Clone, Copy)]
pub struct EventRef<'a> {
    corpus: &'a Corpus,
    index: usize,
}

/// What an [`EventRef`] says about one of its sources.
#[derive(Clone, Copy, Debug)]
pub struct SourceRef<'a> {
    /// Index into [`Corpus::articles`], `None` for an article the corpus does not hold.
    pub article: Option<usize>,
    pub article_id: &'a ArticleId,
    pub quote: &'a str,
    pub start_char: usize,
    pub end_char: usize,
}

impl<'a> EventRef<'a> {
    pub fn index(self) -> usize {
        self.index
    }

    pub fn id(self) -> EventId {
        self.corpus.events.id(self.index)
    }

    pub fn title(self) -> String {
        self.corpus.events.title(self.index, &self.corpus.articles)
    }

    pub fn when(self) -> TimeSpan {
        self.corpus.events.when(self.index)
    }

    pub fn disputed(self) -> bool {
        self.corpus.events.disputed(self.index)
    }

    pub fn actors(self) -> impl Iterator<Item = &'a str> {
        self.corpus.events.entities(self.index, false)
    }

    pub fn places(self) -> impl Iterator<Item = &'a str> {
        self.corpus.events.entities(self.index, true)
    }

    /// The first actor as a name index: lanes group by it without comparing strings.
    pub fn first_actor(self) -> Option<NameIndex> {
        self.corpus.events.first_entity(self.index, false)
    }

    pub fn first_place(self) -> Option<NameIndex> {
        self.corpus.events.first_entity(self.index, true)
    }

    pub fn source_count(self) -> usize {
        self.corpus.events.evidence_indices(self.index).len()
    }

    pub fn sources(self) -> impl Iterator<Item = SourceRef<'a>> {
        let (store, articles) = (&self.corpus.events, &self.corpus.articles);
        store.evidence_indices(self.index).map(move |i| {
            let e = store.evidence_at(i);
            SourceRef {
                article: ((e.article as usize) < articles.len()).then_some(e.article as usize),
                article_id: store.article_id(e, articles),
                quote: store.quote(i, articles),
                start_char: e.start_char as usize,
                end_char: store.end_char(i),
            }
        })
    }

    pub fn to_event(self) -> Event {
        self.corpus.events.event(self.index, &self.corpus.articles)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Quantity, TimeValue};

    fn article(id: &str, text: &str) -> Article {
        Article {
            id: ArticleId(id.into()),
            path: format!("{id}.txt").into(),
            format: crate::model::SourceFormat::Text,
            title: id.into(),
            source: None,
            url: None,
            author: None,
            published: None,
            text: text.into(),
        }
    }

    fn evidence(article: &str, text: &str, quote: &str, timex: &str) -> Evidence {
        let start = text.find(quote).map_or(0, |b| text[..b].chars().count());
        Evidence {
            article: ArticleId(article.into()),
            quote: quote.into(),
            start_char: start,
            end_char: start + quote.chars().count(),
            timex: Some(timex.into()),
            rule: Some("date_month_year".into()),
            when: TimeSpan::single(TimeValue::day(2014, 6, 10).expect("valid")),
        }
    }

    #[test]
    fn events_come_back_exactly_as_packed() {
        let text_a = "Intro — “quoted”. On June 10, 2014, ISIS fighters captured Mosul, Iraq’s second city, with 1,500 men.";
        let text_b = "Militants seized Mosul in June 2014.";
        let quote_a = "On June 10, 2014, ISIS fighters captured Mosul, Iraq’s second city, with 1,500 men.";
        let june = TimeValue::day(2014, 6, 10).expect("valid");
        let events = vec![
            Event {
                id: EventId::from_evidence(&ArticleId("a".into()), 18, 100),
                title: "ISIS fighters captured Mosul".into(),
                when: TimeSpan::single(june),
                actors: vec!["ISIS".into()],
                places: vec!["Mosul".into(), "Iraq".into()],
                quantities: vec![Quantity {
                    text: "1,500 men".into(),
                    value: 1500.0,
                    unit: Some("men".into()),
                }],
                evidence: vec![
                    evidence("a", text_a, quote_a, "June 10, 2014"),
                    Evidence {
                        when: TimeSpan::single(TimeValue::month(2014, 6).expect("valid")),
                        ..evidence("b", text_b, text_b, "June 2014")
                    },
                    evidence(
                        "gone",
                        "",
                        "A quote from an article not loaded.",
                        "siege of Amerli",
                    ),
                ],
                disputed: true,
            },
            Event {
                id: EventId("hand-made id".into()),
                title: "Mosul offensive".into(),
                when: TimeSpan::between(june, TimeValue::year(2017).expect("valid")),
                actors: Vec::new(),
                places: vec!["Mosul".into()],
                quantities: Vec::new(),
                evidence: vec![Evidence {
                    start_char: 3,
                    timex: None,
                    rule: None,
                    when: TimeSpan::between(june, TimeValue::year(2017).expect("valid")),
                    ..evidence("b", text_b, "a quote that is not in the text", "")
                }],
                disputed: false,
            },
        ];
        // A quote longer than a record's 16-bit lengths, and offsets that run backwards.
        let long_text = "word ".repeat(14_000);
        let mut events = events;
        events.push(Event {
            id: EventId("0123456789abcdef".into()),
            title: "A very long sentence".into(),
            when: TimeSpan::single(june),
            actors: Vec::new(),
            places: Vec::new(),
            quantities: Vec::new(),
            evidence: vec![
                evidence("long", &long_text, &long_text, "word"),
                Evidence {
                    start_char: 9,
                    end_char: 2,
                    ..evidence("b", text_b, "Mosul", "Mosul")
                },
            ],
            disputed: false,
        });
        let articles = vec![
            article("a", text_a),
            article("b", text_b),
            article("long", &long_text),
        ];
        let corpus = Corpus::new(articles, events.clone());
        assert_eq!(corpus.to_events(), events);
        let first = corpus.event(0).expect("one");
        assert_eq!(first.first_place().and_then(|n| corpus.name(n)), Some("Mosul"));
        assert_eq!(
            first.sources().map(|s| s.article).collect::<Vec<_>>(),
            [Some(0), Some(1), None]
        );
        assert_eq!(
            corpus
                .event(2)
                .map(|e| e.sources().map(|s| s.quote.len()).sum::<usize>()),
            Some(70_005)
        );
        assert!(corpus.event(3).is_none());
    }
}
