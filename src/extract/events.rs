//! Sentences become events. A sentence is dated by its own temporal expression (or a range of
//! two), else by a named period it mentions, else by its anchoring (the story before it, the
//! publication day, the days before it); background sentences are left out.

use std::collections::VecDeque;
use std::ops::Range;

use chrono::{Days, NaiveDate};

use super::Extractor;
use super::analysed::AnalysedText;
use super::anchoring::Anchor;
use super::entities::entities_of;
use super::offset_dates::offset_datings;
use super::quantities::quantities_of;
use super::quotes::quoted_range;
use super::titles::title_from_sentence;
use crate::model::{
    Article, CharCursor, Event, EventId, Evidence, Precision, Qualifier, TimeSpan, TimeValue,
};
use crate::temporal::Timex;

/// How far back "lately" ("the recent deployment") reaches before the publication day.
pub const RECENT_WINDOW_DAYS: u64 = 14;
/// How far back the news of the day ("has sent forces", "resigned") reaches: news reports its
/// main event on the publication day or the day before.
pub const NEWS_OF_THE_DAY_WINDOW_DAYS: u64 = 1;

/// The article's lede: its first sentences (the headline among them, noise not counted, and
/// counted again from a wire dateline), where news tells its main event.
const LEDE_SENTENCES: usize = 3;

/// How many sentences back an "inherit" sentence may look for the story's time.
const MAX_INHERIT_DISTANCE_SENTENCES: usize = 3;

/// How many sentences back a narrative sentence without a cue still continues the story told
/// there ("The Falcon Heavy blasted off Tuesday afternoon. … Its boosters landed upright.").
const MAX_CONTINUATION_DISTANCE_SENTENCES: usize = 2;

/// The time a sentence gets and what gave it.
pub(super) struct Dating {
    pub(super) when: TimeSpan,
    /// The words that dated it, as written.
    pub(super) cue: Option<Range<usize>>,
    pub(super) rule: String,
    /// What the event quotes, when it is a clause of the sentence rather than the sentence
    /// ("just three days after a 7.6-magnitude earthquake shook Mexico").
    pub(super) quote: Option<Range<usize>>,
}

impl Extractor {
    /// The events of one article, dated against its publication date (none without one).
    pub fn events_of_article(&self, article: &Article) -> Vec<Event> {
        self.events_of_analysed(article, &self.analyse_text(&article.text))
    }

    /// [`Self::events_of_article`] on the article's analysed text.
    pub fn events_of_analysed(&self, article: &Article, analysed: &AnalysedText) -> Vec<Event> {
        let Some(dct) = article.published.as_ref().and_then(|p| p.value.start_date()) else {
            return Vec::new();
        };
        let text = &article.text;
        let dct = super::dateline_zone::story_day(self, text, analysed, dct);
        let timexes = self.tagger.tag_matches(text, &analysed.timex_matches, dct);
        let mut events: Vec<Event> = Vec::new();
        // The times of the last few sentences, for sentences that refer back to the story
        // (only those within reach are kept: the work per sentence stays constant).
        let mut recent: VecDeque<(usize, TimeSpan)> = VecDeque::new();
        let publication_end = TimeValue::from_naive_date(dct).end_secs();
        let mut next_timex = 0;
        let mut chars = CharCursor::new(text);
        // Sentences told so far in the story's body (for the lede).
        let mut told: usize = 0;
        for (index, analysed_sentence) in analysed.sentences.iter().enumerate() {
            let sentence = &analysed_sentence.range;
            while next_timex < timexes.len() && timexes[next_timex].end_byte <= sentence.start {
                next_timex += 1;
            }
            let in_sentence: Vec<&Timex> = timexes[next_timex..]
                .iter()
                .take_while(|t| t.start_byte < sentence.end)
                .collect();
            let quote = &text[sentence.clone()];
            if analysed_sentence.noise {
                continue;
            }
            if self.anchoring.opens_body(quote) {
                told = 0;
            }
            let in_lede = told < LEDE_SENTENCES;
            // A caption above the story is no sentence of its lede.
            if !analysed_sentence.caption {
                told += 1;
            }
            let matches = &analysed_sentence.matches;
            let by_anchor = || {
                // The story's time is the nearest past one of the last few sentences ("He
                // signed the bill shortly before midnight" after "…until Nov. 17").
                let inherited = recent
                    .iter()
                    .filter(|(at, when)| {
                        index - at <= MAX_INHERIT_DISTANCE_SENTENCES && when.start_secs() < publication_end
                    })
                    .max_by_key(|(at, when)| (when.end_secs().min(publication_end), *at))
                    .map(|(_, when)| *when);
                // Direct speech is comment, not a report of what happened.
                let anchor = if starts_with_quote(quote) {
                    Anchor::None
                } else if in_lede {
                    self.anchoring.classify_in_lede(quote)
                } else if continues_dated_day(&recent, index) {
                    self.anchoring.classify_continuing(quote)
                } else {
                    self.anchoring.classify(quote)
                };
                date_by_anchor(anchor, dct, inherited)
            };
            // The day the previous sentence told, for a narrative that goes on from it.
            let narrative_day = recent
                .back()
                .filter(|(at, _)| index - at <= 1)
                .and_then(|(last, _)| {
                    recent
                        .iter()
                        .filter(|(at, when)| at == last && when.precision() >= Precision::Day)
                        .filter_map(|(_, when)| when.last.start_date())
                        .max()
                });
            let moved = super::narrative::in_narrative_week(text, quote, &in_sentence, narrative_day, dct);
            let in_sentence: Vec<&Timex> = match &moved {
                Some(moved) => moved.iter().collect(),
                None => in_sentence,
            };
            let mut by_timex = self.dates_by_timex(text, sentence.start, &in_sentence, dct);
            by_timex.extend(offset_datings(text, sentence, &in_sentence, None));
            super::since_clauses::split_tally_since(quote, &mut by_timex, dct);
            let datings: Vec<Dating> = if by_timex.is_empty() {
                let own: Vec<Dating> = match self.date_by_temponym(quote, matches, dct) {
                    // A period still going on names the setting, not the event: "a source
                    // within Operation Inherent Resolve told…" is news of the day.
                    Some((_, true)) => by_anchor(),
                    Some((by_name, false)) => Some(by_name),
                    None => by_anchor(),
                }
                .into_iter()
                .collect();
                // A single unit only: a span of days ("recent") gives no day to count from.
                let sentence_date = own
                    .first()
                    .filter(|d| d.when.first == d.when.last)
                    .map(|d| d.when.first);
                let mut datings = own;
                if !datings.is_empty() {
                    datings.extend(offset_datings(text, sentence, &in_sentence, sentence_date));
                }
                datings
            } else {
                by_timex
            };
            if datings.is_empty() {
                continue;
            }
            recent.extend(datings.iter().map(|d| (index, d.when)));
            while recent
                .front()
                .is_some_and(|(at, _)| index - at > MAX_INHERIT_DISTANCE_SENTENCES)
            {
                recent.pop_front();
            }
            let date_ranges: Vec<Range<usize>> = in_sentence
                .iter()
                .map(|t| {
                    t.start_byte.saturating_sub(sentence.start)..t.end_byte.saturating_sub(sentence.start)
                })
                .collect();
            if super::furniture::is_page_furniture(
                quote,
                &date_ranges,
                analysed_sentence.stamp_cue || analysed_sentence.caption,
            ) {
                continue;
            }
            let entities = entities_of(&self.gazetteer, quote, matches);
            let quantities = quantities_of(quote, &date_ranges);
            let sentence_start_char = chars.char_offset(sentence.start);
            let sentence_end_char = chars.char_offset(sentence.end);
            let events_in_sentence = datings.len();
            for (part, dating) in datings.into_iter().enumerate() {
                let quoted = dating
                    .quote
                    .clone()
                    .filter(|q| quote.get(q.clone()).is_some())
                    .unwrap_or_else(|| quoted_range(quote, dating.cue.as_ref(), events_in_sentence));
                let (start_char, end_char) = if quoted == (0..quote.len()) {
                    (sentence_start_char, sentence_end_char)
                } else {
                    let chars_before = |byte: usize| sentence_start_char + quote[..byte].chars().count();
                    (chars_before(quoted.start), chars_before(quoted.end))
                };
                let cue = dating
                    .cue
                    .map(|c| c.start.saturating_sub(quoted.start)..c.end.saturating_sub(quoted.start));
                let quote = &quote[quoted];
                // A date phrase goes from the title; a named period stays ("the Mosul offensive").
                let title_cut = if dating.rule.starts_with("temponym:") {
                    0..0
                } else {
                    cue.clone().unwrap_or(0..0)
                };
                let title = title_from_sentence(quote, title_cut);
                events.push(Event {
                    id: EventId::from_evidence_part(&article.id, start_char, end_char, part),
                    title,
                    when: dating.when,
                    actors: entities.actors.clone(),
                    places: entities.places.clone(),
                    quantities: quantities.clone(),
                    evidence: vec![Evidence {
                        article: article.id.clone(),
                        quote: quote.to_owned(),
                        start_char,
                        end_char,
                        timex: cue.and_then(|c| quote.get(c)).map(str::to_owned),
                        rule: Some(dating.rule),
                        when: dating.when,
                    }],
                    disputed: false,
                });
            }
        }
        // A sentence the page repeats (a caption under two photos) or one whose two dates name
        // the same day ("WASHINGTON, September 15, 2008 (AFP) – … on Monday") tells one event.
        let mut told = std::collections::HashSet::new();
        events.retain(|e| {
            e.evidence
                .first()
                .is_none_or(|x| told.insert((x.quote.clone(), e.when)))
        });
        let named = self.named_period_events(article, analysed, dct, &events);
        events.extend(named);
        events
    }
}

pub(super) fn capitalise_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

fn starts_with_quote(sentence: &str) -> bool {
    sentence
        .trim_start()
        .starts_with(['"', '\u{201c}', '\'', '\u{2018}'])
}

fn day_before(dct: NaiveDate, days: u64) -> NaiveDate {
    dct.checked_sub_days(Days::new(days)).unwrap_or(dct)
}

/// An undated sentence's time from its anchoring.
/// Seconds in a day.
const SECONDS_PER_DAY: i64 = 86_400;

/// The longest span a narrative sentence continues: the news of the day (the publication day
/// and the day before); a week, a month or the two weeks of "lately" are no story's moment.
const MAX_CONTINUED_SPAN_SECS: i64 = (NEWS_OF_THE_DAY_WINDOW_DAYS as i64 + 1) * SECONDS_PER_DAY;

/// Whether a sentence at `index` follows closely on one dated to a day, or to the news of the
/// day.
fn continues_dated_day(recent: &VecDeque<(usize, TimeSpan)>, index: usize) -> bool {
    recent.back().is_some_and(|(at, when)| {
        index - at <= MAX_CONTINUATION_DISTANCE_SENTENCES
            && when.precision() >= Precision::Day
            && when.end_secs() - when.start_secs() <= MAX_CONTINUED_SPAN_SECS
    })
}

fn date_by_anchor(anchor: Anchor, dct: NaiveDate, inherited: Option<TimeSpan>) -> Option<Dating> {
    let publication = TimeValue::from_naive_date(dct);
    let when = match anchor {
        Anchor::Inherit => inherited?,
        Anchor::Ongoing => TimeSpan::single(publication.with_qualifier(Qualifier::Approximate)),
        Anchor::Lately => TimeSpan::between(
            TimeValue::from_naive_date(day_before(dct, RECENT_WINDOW_DAYS))
                .with_qualifier(Qualifier::Approximate),
            publication,
        ),
        Anchor::Recent => TimeSpan::between(
            TimeValue::from_naive_date(day_before(dct, NEWS_OF_THE_DAY_WINDOW_DAYS))
                .with_qualifier(Qualifier::Approximate),
            publication,
        ),
        Anchor::None | Anchor::Noise => return None,
    };
    Some(Dating {
        when,
        cue: None,
        rule: format!("anchor:{}", anchor.name()),
        quote: None,
    })
}
