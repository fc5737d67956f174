//! Memory and speed of the loaded events: a synthetic corpus (10 events an article, ~1.3
//! sources an event, 1–2 actors, a place, numbers in 40 %, a few non-ASCII articles) packed
//! into a [`Corpus`] plus its [`TimelineModel`], measured with a counting allocator: bytes
//! per event beyond the article text, for 10⁴, 10⁵ and 10⁶ events (10⁴ only when run as a
//! test). Then the time to pack, to read a title and to unpack a whole event.
//! `cargo bench --bench event_store`

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use dateline::model::{
    Article, ArticleId, Corpus, Event, EventId, Evidence, Quantity, SourceFormat, TimeSpan, TimeValue,
};
use dateline::timeline::{LaneMode, TimelineModel};

#[path = "support/counting_alloc.rs"]
mod counting_alloc;
use counting_alloc::measure;

/// Events told by one article.
const EVENTS_PER_ARTICLE: usize = 10;
/// Distinct actor and place names (a large, varied corpus).
const NAME_POOL: usize = 5_000;
const FIRST_NAMES: [&str; 8] = [
    "Peter", "Amira", "Stephen", "Haider", "Lena", "Omar", "Grace", "Tomas",
];
const VERBS: [&str; 6] = [
    "visited",
    "shelled",
    "announced new aid for",
    "withdrew troops from",
    "signed an accord in",
    "opened talks about",
];
const RULES: [&str; 5] = [
    "date_month_day_year",
    "date_weekday",
    "date_last_week",
    "date_year",
    "anchor_recent",
];

fn actor(n: usize) -> String {
    format!("{} Name{}", FIRST_NAMES[n % FIRST_NAMES.len()], n % NAME_POOL)
}

fn place(n: usize) -> String {
    format!("Town{}", (n * 7) % NAME_POOL)
}

/// One sentence per event: "{actor} {verb} {place} on {date}, officials said, after {n} people …".
struct Sentence {
    text: String,
    title: String,
    timex: String,
    when: TimeSpan,
    actor: String,
    place: String,
    count: Option<usize>,
}

fn sentence(event: usize) -> Sentence {
    let day = TimeValue::day(
        1990 + (event % 35) as i32,
        1 + (event % 12) as u32,
        1 + (event % 28) as u32,
    )
    .unwrap_or_else(|| panic!("valid day"));
    let (actor, place) = (actor(event), place(event));
    let verb = VERBS[event % VERBS.len()];
    let timex = day.to_iso();
    let count = (event % 5 < 2).then_some(100 + event % 900);
    // Every 20th sentence has non-ASCII punctuation, so char and byte offsets differ.
    let dash = if event.is_multiple_of(20) { " — " } else { ", " };
    let tail = match count {
        Some(n) => format!("after {n} people gathered near the main square"),
        None => "after a week of rising tension in the region".to_owned(),
    };
    let text = format!("{actor} {verb} {place} on {timex}{dash}officials said, {tail}.");
    Sentence {
        title: format!("{actor} {verb} {place}, {tail}"),
        text,
        timex,
        when: TimeSpan::single(day),
        actor,
        place,
        count,
    }
}

/// Articles of `EVENTS_PER_ARTICLE` sentences each, for `events` events.
fn articles(events: usize) -> Vec<Article> {
    (0..events.div_ceil(EVENTS_PER_ARTICLE))
        .map(|a| {
            let sentences: Vec<String> = (0..EVENTS_PER_ARTICLE)
                .map(|s| sentence(a * EVENTS_PER_ARTICLE + s).text)
                .collect();
            Article {
                id: ArticleId(format!("{a:016x}")),
                path: format!("synthetic/{a}.txt").into(),
                format: SourceFormat::Text,
                title: format!("Report {a}"),
                source: Some(format!("Outlet {}", a % 20)),
                url: None,
                author: None,
                published: None,
                text: sentences.join(" "),
            }
        })
        .collect()
}

/// The evidence of sentence `s` of article `a`, with the quote's code point offsets.
fn evidence(articles: &[Article], a: usize, s: usize) -> Evidence {
    let text = &articles[a].text;
    let quote = sentence(a * EVENTS_PER_ARTICLE + s);
    let byte = text.find(&quote.text).unwrap_or(0);
    let start_char = text[..byte].chars().count();
    Evidence {
        article: articles[a].id.clone(),
        start_char,
        end_char: start_char + quote.text.chars().count(),
        quote: quote.text,
        timex: Some(quote.timex),
        rule: Some(RULES[(a + s) % RULES.len()].to_owned()),
        when: quote.when,
    }
}

/// The events, generated one at a time: 30 % also told by the next article.
fn events<'a>(articles: &'a [Article], count: usize) -> impl Iterator<Item = Event> + 'a {
    (0..count).map(move |i| {
        let (a, s) = (i / EVENTS_PER_ARTICLE, i % EVENTS_PER_ARTICLE);
        let told = sentence(i);
        let mut sources = vec![evidence(articles, a, s)];
        if i % 10 < 3 && a + 1 < articles.len() {
            sources.push(evidence(articles, a + 1, s));
        }
        let mut actors = vec![told.actor];
        if i % 2 == 0 {
            actors.push(actor(i + 1));
        }
        Event {
            id: EventId::from_evidence(&articles[a].id, sources[0].start_char, sources[0].end_char),
            title: told.title,
            when: told.when,
            actors,
            places: vec![told.place],
            quantities: told
                .count
                .map(|n| Quantity {
                    text: format!("{n} people"),
                    value: n as f64,
                    unit: Some("people".into()),
                })
                .into_iter()
                .collect(),
            evidence: sources,
            disputed: false,
        }
    })
}

fn report_memory(count: usize) {
    let (articles, article_bytes) = measure(|| articles(count));
    // The corpus takes a copy of the articles; the original goes once the events are packed.
    let (corpus, store) = measure(|| {
        let corpus = Corpus::new(articles.clone(), events(&articles, count));
        drop(articles);
        corpus
    });
    let (model, model_bytes) = measure(|| TimelineModel::build(&corpus, LaneMode::Source));
    let per_event = |bytes: isize| bytes as f64 / count as f64;
    println!(
        "event_store/{count} events: store {:.1} B/event + timeline model {:.1} B/event = {:.1} B/event beyond the article text ({:.1} MB of articles)",
        per_event(store),
        per_event(model_bytes),
        per_event(store + model_bytes),
        article_bytes as f64 / 1e6
    );
    black_box((corpus, model));
}

fn event_store(c: &mut Criterion) {
    let full_run = std::env::args().any(|a| a == "--bench");
    let sizes: &[usize] = if full_run {
        &[10_000, 100_000, 1_000_000]
    } else {
        &[10_000]
    };
    for &count in sizes {
        report_memory(count);
    }
    let count = 100_000.min(*sizes.last().unwrap_or(&10_000));
    let articles = articles(count);
    let mut group = c.benchmark_group("event_store");
    group.sample_size(10);
    group.bench_function(format!("pack_{count}_events"), |b| {
        b.iter(|| Corpus::new(articles.clone(), events(&articles, count)).len())
    });
    let corpus = Corpus::new(articles.clone(), events(&articles, count));
    group.bench_function("title_of_one_event", |b| {
        b.iter(|| corpus.event(black_box(count / 2)).map(|e| e.title()))
    });
    group.bench_function("whole_event", |b| {
        b.iter(|| corpus.event(black_box(count / 2)).map(|e| e.to_event()))
    });
    group.finish();
}

criterion_group!(benches, event_store);
criterion_main!(benches);
