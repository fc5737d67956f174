//! One frame of the desktop app's UI (update + tessellation, no GPU) with 100,000 loaded
//! events, zoomed out and zoomed to a week, and with the sample articles.
//! `cargo bench --bench ui_frame`

use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use dateline::extract::{Analysis, analyse};
use dateline::ingest::IngestOptions;
use dateline::model::{
    Article, ArticleId, Event, EventId, Evidence, PublicationDate, SourceFormat, TimeSpan, TimeValue,
};
use dateline::timeline::TimeView;
use dateline::ui::DatelineApp;

const EVENT_COUNT: usize = 100_000;
const OUTLET_COUNT: usize = 20;
const ARTICLE_COUNT: usize = 1_000;
/// Window size of the frame, in points.
const WINDOW: [f32; 2] = [1400.0, 860.0];

/// A deterministic pseudo-random sequence (64-bit LCG), so every run draws the same corpus.
fn next(state: &mut u64) -> u64 {
    *state = state
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    *state >> 33
}

fn synthetic() -> Analysis {
    let articles: Vec<Article> = (0..ARTICLE_COUNT)
        .map(|i| Article {
            id: ArticleId(format!("article{i:05}")),
            path: PathBuf::from(format!("{i}.txt")),
            format: SourceFormat::Text,
            title: format!("Story {i}"),
            source: Some(format!("Outlet {}", i % OUTLET_COUNT)),
            url: None,
            author: None,
            published: TimeValue::day(2016, 1, 1).map(|v| PublicationDate::from_metadata(v, "bench")),
            text: "Something happened. ".repeat(10),
        })
        .collect();
    let mut state = 7;
    let events: Vec<Event> = (0..EVENT_COUNT)
        .map(|i| {
            let day = (next(&mut state) % 3650) as i64;
            let date = chrono::NaiveDate::from_ymd_opt(2010, 1, 1).unwrap_or_default()
                + chrono::TimeDelta::days(day);
            let value = TimeValue::from_naive_date(date);
            let article = &articles[i % ARTICLE_COUNT];
            Event {
                id: EventId(format!("{i}")),
                title: format!("Event {i} happened somewhere"),
                when: TimeSpan::single(value),
                actors: vec![format!("Actor {}", i % 50)],
                places: vec![format!("Place {}", i % 30)],
                quantities: Vec::new(),
                evidence: vec![Evidence {
                    article: article.id.clone(),
                    quote: "Something happened.".into(),
                    start_char: 0,
                    end_char: 19,
                    timex: None,
                    rule: None,
                    when: TimeSpan::single(value),
                }],
                disputed: false,
            }
        })
        .collect();
    Analysis {
        articles,
        events,
        errors: Vec::new(),
    }
}

fn frame(ctx: &egui::Context, app: &mut DatelineApp) -> usize {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(WINDOW[0], WINDOW[1]),
        )),
        ..Default::default()
    };
    let mut output = ctx.run_ui(input, |ui| app.contents_ui(ui));
    // No GPU here to upload font textures to.
    output.textures_delta.clear();
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

fn bench_frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("ui_frame");
    let ctx = egui::Context::default();
    let mut app = DatelineApp::from_analysis(vec![PathBuf::from("synthetic")], synthetic());
    frame(&ctx, &mut app);
    group.bench_function("100k_events_all", |b| b.iter(|| frame(&ctx, &mut app)));
    let week_start = chrono::NaiveDate::from_ymd_opt(2014, 6, 2).unwrap_or_default();
    let start_secs = TimeValue::from_naive_date(week_start).start_secs as f64;
    app.view = TimeView::new(start_secs, 7.0 * 86_400.0);
    group.bench_function("100k_events_week", |b| b.iter(|| frame(&ctx, &mut app)));

    let seeds =
        analyse(&[PathBuf::from("data")], &IngestOptions::default()).unwrap_or_else(|e| panic!("rules: {e}"));
    let seeds_ctx = egui::Context::default();
    let mut seeds_app = DatelineApp::from_analysis(vec![PathBuf::from("data")], seeds);
    frame(&seeds_ctx, &mut seeds_app);
    group.bench_function("sample_articles", |b| {
        b.iter(|| frame(&seeds_ctx, &mut seeds_app))
    });
    group.finish();
}

criterion_group!(benches, bench_frames);
criterion_main!(benches);
