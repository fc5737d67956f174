//! The events of a corpus in columns: fixed-size records, titles as recipes over their quote,
//! quotes as byte ranges of the article text, names interned once. See [`EventStore::build`].

use std::collections::HashMap;

use super::byte_offsets::ByteOffsets;
use super::packed::{
    EntityRef, EvidenceExtras, LONG_QUOTE, NO_NAME, NO_RULE, NameIndex, NameTable, PackedEvidence,
    PackedQuantity, QUOTE_IN_OWN_TEXT, QuoteText, RuleIndex, SpanKind, TextRef,
};
use super::recipe;
use crate::model::{Article, ArticleId, Event, EventId, Evidence, Quantity, TimeSpan};

/// Hex digits of an [`EventId`] that packs into a `u64`.
const PACKED_ID_HEX_LEN: usize = 16;

/// Column `i` of every `*_offsets` vector starts event `i`'s items; the last entry ends them.
#[derive(Debug, Default)]
pub struct EventStore {
    ids: Vec<u64>,
    /// Ids that are not 16 hex digits (hand-written or foreign data), by event index, sorted.
    odd_ids: Vec<(u32, Box<str>)>,
    first_starts_secs: Vec<i64>,
    last_starts_secs: Vec<i64>,
    kinds: Vec<SpanKind>,
    title_offsets: Vec<u32>,
    title_recipes: Vec<u8>,
    evidence_offsets: Vec<u32>,
    evidence: Vec<PackedEvidence>,
    /// What does not fit a record (long quotes, rules past the table), by evidence index, sorted.
    evidence_extras: Vec<(u32, EvidenceExtras)>,
    /// The evidence whose own date is not its event's (events read from a document another
    /// tool wrote; extraction never makes them), by evidence index,
    /// sorted; every other evidence has its event's date.
    evidence_spans: Vec<(u32, TimeSpan)>,
    rules: Box<[Box<str>]>,
    entity_offsets: Vec<u32>,
    entities: Vec<EntityRef>,
    /// Sorted by event.
    quantities: Vec<PackedQuantity>,
    names: Box<[Box<str>]>,
    /// Articles that evidence names but the corpus does not hold (index − articles.len()).
    unknown_articles: Vec<ArticleId>,
    /// Quotes that are not in their article's text.
    own_text: String,
}

fn to_u32(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

impl EventStore {
    /// Packs `events`, whose evidence points into `articles`, one at a time (a stream of
    /// events never needs to be held unpacked).
    pub fn build(articles: &[Article], events: impl IntoIterator<Item = Event>) -> Self {
        let events = events.into_iter();
        let article_index: HashMap<&ArticleId, u32> = articles
            .iter()
            .enumerate()
            .map(|(i, a)| (&a.id, i as u32))
            .collect();
        let mut offsets: Vec<Option<ByteOffsets>> = articles.iter().map(|_| None).collect();
        let mut unknown: HashMap<ArticleId, u32> = HashMap::new();
        let mut names = NameTable::default();
        let mut rules = NameTable::default();
        let mut store = Self::default();
        store.ids.reserve(events.size_hint().0);
        for (index, event) in events.enumerate() {
            store.push_id(index, &event.id);
            store.first_starts_secs.push(event.when.first.start_secs);
            store.last_starts_secs.push(event.when.last.start_secs);
            store.kinds.push(SpanKind::new(&event.when, event.disputed));
            store.evidence_offsets.push(to_u32(store.evidence.len()));
            for evidence in &event.evidence {
                if evidence.when != event.when {
                    store
                        .evidence_spans
                        .push((to_u32(store.evidence.len()), evidence.when));
                }
                let article = match article_index.get(&evidence.article) {
                    Some(&i) => i,
                    None => {
                        let next = (articles.len() + unknown.len()) as u32;
                        *unknown.entry(evidence.article.clone()).or_insert_with(|| {
                            store.unknown_articles.push(evidence.article.clone());
                            next
                        })
                    }
                };
                let in_article = articles.get(article as usize).and_then(|a| {
                    let cursor = offsets[article as usize].get_or_insert_with(|| ByteOffsets::new(&a.text));
                    let start = cursor.byte_of_char(evidence.start_char)?;
                    let end = start.checked_add(evidence.quote.len())?;
                    (a.text.get(start..end) == Some(evidence.quote.as_str())).then_some(start)
                });
                let (quote_start_byte, place) = match in_article {
                    Some(start) => (start, 0),
                    None => {
                        store.own_text.push_str(&evidence.quote);
                        (store.own_text.len() - evidence.quote.len(), QUOTE_IN_OWN_TEXT)
                    }
                };
                let rule = evidence.rule.as_deref().map(|r| rules.intern(r));
                let packed_rule = match rule {
                    None => NO_RULE,
                    Some(index) => RuleIndex::try_from(index).unwrap_or(NO_RULE),
                };
                let len_bytes = u16::try_from(evidence.quote.len()).unwrap_or(LONG_QUOTE);
                // An end before the start (foreign data) is kept in the extras too.
                let len_chars = evidence
                    .end_char
                    .checked_sub(evidence.start_char)
                    .and_then(|len| u16::try_from(len).ok())
                    .unwrap_or(LONG_QUOTE);
                let packed = PackedEvidence {
                    article,
                    start_char: to_u32(evidence.start_char),
                    quote_start_and_place: to_u32(quote_start_byte).min(QUOTE_IN_OWN_TEXT - 1) | place,
                    quote_len_bytes: len_bytes,
                    quote_len_chars: len_chars,
                    timex: TextRef::new(evidence.timex.as_deref(), &evidence.quote, &mut names),
                    rule: packed_rule,
                };
                let rule_overflows = rule.is_some() && packed_rule == NO_RULE;
                if packed.is_long() || rule_overflows {
                    store.evidence_extras.push((
                        to_u32(store.evidence.len()),
                        EvidenceExtras {
                            quote_len_bytes: evidence.quote.len(),
                            end_char: evidence.end_char,
                            rule: evidence
                                .rule
                                .as_deref()
                                .filter(|_| rule_overflows)
                                .map(Into::into),
                        },
                    ));
                }
                store.evidence.push(packed);
            }
            let first_quote = event.evidence.first().map_or("", |e| e.quote.as_str());
            store.title_offsets.push(to_u32(store.title_recipes.len()));
            recipe::encode(&event.title, first_quote, &mut store.title_recipes);
            store.entity_offsets.push(to_u32(store.entities.len()));
            for actor in &event.actors {
                store.entities.push(EntityRef::actor(names.intern(actor)));
            }
            for place in &event.places {
                store.entities.push(EntityRef::place(names.intern(place)));
            }
            for quantity in &event.quantities {
                store.quantities.push(PackedQuantity {
                    event: index as u32,
                    unit: names.intern_optional(quantity.unit.as_deref()),
                    value: quantity.value,
                    text: TextRef::new(Some(&quantity.text), first_quote, &mut names),
                });
            }
        }
        store.evidence_offsets.push(to_u32(store.evidence.len()));
        store.title_offsets.push(to_u32(store.title_recipes.len()));
        store.entity_offsets.push(to_u32(store.entities.len()));
        store.names = names.finish();
        store.rules = rules.finish();
        store.shrink_to_fit();
        store
    }

    fn push_id(&mut self, index: usize, id: &EventId) {
        let packed = (id.0.len() == PACKED_ID_HEX_LEN
            && id.0.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
        .then(|| u64::from_str_radix(&id.0, 16).ok())
        .flatten();
        match packed {
            Some(value) => self.ids.push(value),
            None => {
                self.ids.push(0);
                self.odd_ids.push((index as u32, id.0.as_str().into()));
            }
        }
    }

    fn shrink_to_fit(&mut self) {
        self.ids.shrink_to_fit();
        self.odd_ids.shrink_to_fit();
        self.title_recipes.shrink_to_fit();
        self.evidence.shrink_to_fit();
        self.evidence_extras.shrink_to_fit();
        self.evidence_spans.shrink_to_fit();
        self.entities.shrink_to_fit();
        self.quantities.shrink_to_fit();
        self.own_text.shrink_to_fit();
        self.unknown_articles.shrink_to_fit();
    }

    /// Heap bytes of each column, for memory reports.
    pub fn heap_bytes(&self) -> Vec<(&'static str, usize)> {
        use std::mem::size_of_val;
        vec![
            ("ids", size_of_val(&self.ids[..]) + size_of_val(&self.odd_ids[..])),
            (
                "spans",
                size_of_val(&self.first_starts_secs[..]) * 2 + size_of_val(&self.kinds[..]),
            ),
            (
                "titles",
                size_of_val(&self.title_offsets[..]) + self.title_recipes.len(),
            ),
            (
                "evidence",
                size_of_val(&self.evidence_offsets[..])
                    + size_of_val(&self.evidence[..])
                    + size_of_val(&self.evidence_extras[..])
                    + size_of_val(&self.evidence_spans[..]),
            ),
            (
                "actors and places",
                size_of_val(&self.entity_offsets[..]) + size_of_val(&self.entities[..]),
            ),
            ("quantities", size_of_val(&self.quantities[..])),
            ("names", self.names.iter().map(|n| n.len() + 16).sum()),
            ("own quote text", self.own_text.len()),
        ]
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn id(&self, index: usize) -> EventId {
        match self.odd_ids.binary_search_by_key(&(index as u32), |(i, _)| *i) {
            Ok(found) => EventId(self.odd_ids[found].1.to_string()),
            Err(_) => EventId(format!("{:016x}", self.ids[index])),
        }
    }

    pub fn when(&self, index: usize) -> TimeSpan {
        self.kinds[index].span(self.first_starts_secs[index], self.last_starts_secs[index])
    }

    pub fn disputed(&self, index: usize) -> bool {
        self.kinds[index].disputed()
    }

    fn range(offsets: &[u32], index: usize) -> std::ops::Range<usize> {
        offsets[index] as usize..offsets[index + 1] as usize
    }

    /// Evidence `evidence_index` (see [`Self::evidence_indices`]).
    pub fn evidence_at(&self, evidence_index: usize) -> &PackedEvidence {
        &self.evidence[evidence_index]
    }

    fn extras(&self, evidence_index: usize) -> Option<&EvidenceExtras> {
        let found = self
            .evidence_extras
            .binary_search_by_key(&(evidence_index as u32), |(i, _)| *i);
        found.ok().map(|i| &self.evidence_extras[i].1)
    }

    /// The indices of an event's evidence (for [`Self::quote`] and friends).
    pub fn evidence_indices(&self, index: usize) -> std::ops::Range<usize> {
        Self::range(&self.evidence_offsets, index)
    }

    /// The quote of evidence `evidence_index` ("" if its article no longer fits it).
    pub fn quote<'a>(&'a self, evidence_index: usize, articles: &'a [Article]) -> &'a str {
        let evidence = &self.evidence[evidence_index];
        let text = match evidence.quote_place() {
            QuoteText::Own => self.own_text.as_str(),
            QuoteText::Article => articles
                .get(evidence.article as usize)
                .map_or("", |a| a.text.as_str()),
        };
        let len = match evidence.is_long().then(|| self.extras(evidence_index)).flatten() {
            Some(extras) => extras.quote_len_bytes,
            None => usize::from(evidence.quote_len_bytes),
        };
        let start = evidence.quote_start_byte();
        text.get(start..start + len).unwrap_or("")
    }

    /// One past the quote's last code point in its article.
    pub fn end_char(&self, evidence_index: usize) -> usize {
        let evidence = &self.evidence[evidence_index];
        match evidence.is_long().then(|| self.extras(evidence_index)).flatten() {
            Some(extras) => extras.end_char,
            None => evidence.start_char as usize + usize::from(evidence.quote_len_chars),
        }
    }

    /// The date evidence `evidence_index` gives, read in its own article.
    pub fn evidence_when(&self, index: usize, evidence_index: usize) -> TimeSpan {
        match self
            .evidence_spans
            .binary_search_by_key(&(evidence_index as u32), |(i, _)| *i)
        {
            Ok(found) => self.evidence_spans[found].1,
            Err(_) => self.when(index),
        }
    }

    pub fn rule(&self, evidence_index: usize) -> Option<&str> {
        let evidence = &self.evidence[evidence_index];
        if evidence.rule != NO_RULE {
            return self.rules.get(usize::from(evidence.rule)).map(|r| &**r);
        }
        self.extras(evidence_index).and_then(|e| e.rule.as_deref())
    }

    pub fn article_id<'a>(&'a self, evidence: &PackedEvidence, articles: &'a [Article]) -> &'a ArticleId {
        match articles.get(evidence.article as usize) {
            Some(article) => &article.id,
            None => &self.unknown_articles[evidence.article as usize - articles.len()],
        }
    }

    fn first_quote<'a>(&'a self, index: usize, articles: &'a [Article]) -> &'a str {
        let mut indices = self.evidence_indices(index);
        indices.next().map_or("", |first| self.quote(first, articles))
    }

    pub fn title(&self, index: usize, articles: &[Article]) -> String {
        let quote = self.first_quote(index, articles);
        recipe::decode(
            &self.title_recipes[Self::range(&self.title_offsets, index)],
            quote,
        )
        .unwrap_or_default()
    }

    pub fn name(&self, name: NameIndex) -> Option<&str> {
        if name == NO_NAME {
            return None;
        }
        self.names.get(name as usize).map(|n| &**n)
    }

    /// Actors (`places == false`) or places of an event, in the extraction's order.
    pub fn entities(&self, index: usize, places: bool) -> impl Iterator<Item = &str> + '_ {
        self.entities[Self::range(&self.entity_offsets, index)]
            .iter()
            .filter(move |e| e.is_place() == places)
            .filter_map(|e| self.name(e.name()))
    }

    /// The first actor or place as a name index, for lanes.
    pub fn first_entity(&self, index: usize, places: bool) -> Option<NameIndex> {
        self.entities[Self::range(&self.entity_offsets, index)]
            .iter()
            .find(|e| e.is_place() == places)
            .map(|e| e.name())
    }

    pub fn quantities(&self, index: usize, articles: &[Article]) -> Vec<Quantity> {
        let from = self.quantities.partition_point(|q| (q.event as usize) < index);
        let quote = self.first_quote(index, articles);
        self.quantities[from..]
            .iter()
            .take_while(|q| q.event as usize == index)
            .map(|q| Quantity {
                text: q.text.resolve(quote, &self.names).unwrap_or_default().to_owned(),
                value: q.value,
                unit: self.name(q.unit).map(str::to_owned),
            })
            .collect()
    }

    /// The whole event, as extraction made it.
    pub fn event(&self, index: usize, articles: &[Article]) -> Event {
        let evidence = self
            .evidence_indices(index)
            .map(|i| {
                let (e, quote) = (&self.evidence[i], self.quote(i, articles));
                Evidence {
                    article: self.article_id(e, articles).clone(),
                    quote: quote.to_owned(),
                    start_char: e.start_char as usize,
                    end_char: self.end_char(i),
                    timex: e.timex.resolve(quote, &self.names).map(str::to_owned),
                    rule: self.rule(i).map(str::to_owned),
                    when: self.evidence_when(index, i),
                }
            })
            .collect();
        Event {
            id: self.id(index),
            title: self.title(index, articles),
            when: self.when(index),
            actors: self.entities(index, false).map(str::to_owned).collect(),
            places: self.entities(index, true).map(str::to_owned).collect(),
            quantities: self.quantities(index, articles),
            evidence,
            disputed: self.disputed(index),
        }
    }
}
