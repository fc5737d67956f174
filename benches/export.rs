//! Picture export cost: the sample articles and 100,000 events (density mode) drawn to a 4K
//! (3840×2160) PNG and SVG — scene, SVG text and CPU rasterisation, without loading.
//! `cargo bench --bench export`

use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use dateline::export::{png, svg};
use dateline::extract::analyse;
use dateline::ingest::IngestOptions;
use dateline::model::Corpus;
use dateline::scene::{EventTitles, SceneInput, Style, Theme, build_scene};
use dateline::timeline::{LaneMode, SECS_PER_YEAR, TimeView, TimelineEvent, TimelineModel};

const WIDTH_4K: f32 = 3840.0;
const HEIGHT_4K: f32 = 2160.0;
const LANES: u32 = 20;
const FIRST_SECS: i64 = 946_684_800;
const YEARS: f64 = 50.0;

fn synthetic(count: usize) -> (TimelineModel, Vec<String>) {
    let events = (0..count)
        .map(|i| {
            let start = FIRST_SECS + ((i as f64 * 0.618_033_988_75).fract() * YEARS * SECS_PER_YEAR) as i64;
            (
                (i as u32) % LANES,
                TimelineEvent {
                    start_secs: start,
                    end_secs: start + 86_400,
                    event_index: i as u32,
                    source_count: 1,
                    uncertain: i % 7 == 0,
                    disputed: false,
                },
            )
        })
        .collect();
    let titles = (0..count).map(|i| format!("Event {i}")).collect();
    (
        TimelineModel::new((0..LANES).map(|l| format!("Outlet {l}")).collect(), events),
        titles,
    )
}

fn picture(model: &TimelineModel, titles: &dyn EventTitles, view: TimeView, as_png: bool) -> usize {
    let input = SceneInput {
        model,
        titles,
        selected: None,
        caption: Some("Dateline timeline"),
    };
    let scene = build_scene(&input, view, WIDTH_4K, HEIGHT_4K, &Style::default());
    if as_png {
        png::scene_to_png(&scene, Theme::Light, 1.0).map_or(0, |bytes| bytes.len())
    } else {
        svg::scene_to_svg(&scene, Theme::Light).len()
    }
}

fn export_cost(c: &mut Criterion) {
    let mut group = c.benchmark_group("export_4k");
    group.sample_size(10);
    let seeds =
        analyse(&[PathBuf::from("data")], &IngestOptions::default()).unwrap_or_else(|e| panic!("rules: {e}"));
    let titles = Corpus::new(seeds.articles, seeds.events);
    let model = TimelineModel::build(&titles, LaneMode::Source);
    let (start, end) = model.extent_secs().unwrap_or((0, 86_400));
    let view = TimeView::fit(start as f64, end as f64);
    group.bench_function("samples_png", |b| b.iter(|| picture(&model, &titles, view, true)));
    group.bench_function("samples_svg", |b| {
        b.iter(|| picture(&model, &titles, view, false))
    });
    let (big, big_titles) = synthetic(100_000);
    let all = TimeView::fit(FIRST_SECS as f64, FIRST_SECS as f64 + YEARS * SECS_PER_YEAR);
    group.bench_function("100k_events_png", |b| {
        b.iter(|| picture(&big, &big_titles, all, true))
    });
    group.finish();
}

criterion_group!(benches, export_cost);
criterion_main!(benches);
