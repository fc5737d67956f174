//! `build_scene` cost: 1,000,000 events over 20 lanes in a 1920×1080 viewport, all in view
//! (density mode) and zoomed to one week; 1,000 events; the same views with 10³, 10⁵ and 10⁶
//! events loaded (events spread evenly, so a week shows more of them as the total grows); and
//! a week that always shows the same 1,000 events while 10³ … 10⁶ are loaded, to show the
//! cost is flat in the total. `cargo bench --bench scene`

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use dateline::scene::{SceneInput, Style, build_scene};
use dateline::timeline::{SECS_PER_YEAR, TimeView, TimelineEvent, TimelineModel};

const LANES: u32 = 20;
/// 2000-01-01 .. 2050-01-01: fifty years of news.
const FIRST_SECS: i64 = 946_684_800;
const YEARS: f64 = 50.0;

/// `count` events spread evenly (with a deterministic jitter) over fifty years and 20 lanes.
fn model(count: usize) -> (TimelineModel, Vec<String>) {
    let span = YEARS * SECS_PER_YEAR;
    let events = (0..count)
        .map(|i| {
            // A fixed pseudo-random sequence (golden ratio), so every run builds the same data.
            let fraction = (i as f64 * 0.618_033_988_75).fract();
            let start = FIRST_SECS + (fraction * span) as i64;
            let event = TimelineEvent {
                start_secs: start,
                end_secs: start + if i % 10 == 0 { 30 * 86_400 } else { 86_400 },
                event_index: i as u32,
                source_count: 1,
                uncertain: i % 7 == 0,
                disputed: false,
            };
            ((i as u32) % LANES, event)
        })
        .collect();
    let titles = (0..count).map(|i| format!("Event {i}")).collect();
    (
        TimelineModel::new((0..LANES).map(|l| format!("Outlet {l}")).collect(), events),
        titles,
    )
}

/// The week the "same visible" series looks at: the first day of year 20.
const WEEK_START_SECS: i64 = FIRST_SECS + (20.0 * SECS_PER_YEAR) as i64;
const WEEK_SECS: i64 = 7 * 86_400;
/// Events inside that week in the "same visible" series, whatever the total.
const SHOWN_IN_WEEK: usize = 1_000;

/// `count` events of which the first [`SHOWN_IN_WEEK`] fall in the week and the rest outside it.
fn model_with_fixed_week(count: usize) -> (TimelineModel, Vec<String>) {
    let span = (YEARS * SECS_PER_YEAR) as i64 - WEEK_SECS;
    let events = (0..count)
        .map(|i| {
            let fraction = (i as f64 * 0.618_033_988_75).fract();
            let start = if i < SHOWN_IN_WEEK {
                WEEK_START_SECS + (fraction * (WEEK_SECS - 3600) as f64) as i64
            } else {
                // Everything else before or after the week.
                let offset = (fraction * span as f64) as i64;
                let start = FIRST_SECS + offset;
                if start >= WEEK_START_SECS - 86_400 {
                    start + WEEK_SECS + 86_400
                } else {
                    start
                }
            };
            let event = TimelineEvent {
                start_secs: start,
                end_secs: start + 3600,
                event_index: i as u32,
                source_count: 1,
                uncertain: false,
                disputed: false,
            };
            ((i as u32) % LANES, event)
        })
        .collect();
    let titles = (0..count).map(|i| format!("Event {i}")).collect();
    (
        TimelineModel::new((0..LANES).map(|l| format!("Outlet {l}")).collect(), events),
        titles,
    )
}

fn scene_cost(c: &mut Criterion) {
    let style = Style::default();
    let all = TimeView::fit(FIRST_SECS as f64, FIRST_SECS as f64 + YEARS * SECS_PER_YEAR);
    let week = TimeView::new(FIRST_SECS as f64 + 20.0 * SECS_PER_YEAR, 7.0 * 86_400.0);
    let mut group = c.benchmark_group("build_scene_1920x1080");
    for count in [1_000usize, 100_000, 1_000_000] {
        let (model, titles) = model(count);
        let input = SceneInput {
            model: &model,
            titles: &titles,
            selected: None,
            caption: None,
        };
        group.bench_with_input(BenchmarkId::new("all_in_view", count), &count, |b, _| {
            b.iter(|| build_scene(&input, all, 1920.0, 1080.0, &style))
        });
        group.bench_with_input(BenchmarkId::new("one_week", count), &count, |b, _| {
            b.iter(|| build_scene(&input, week, 1920.0, 1080.0, &style))
        });
        let (fixed, fixed_titles) = model_with_fixed_week(count);
        let input = SceneInput {
            model: &fixed,
            titles: &fixed_titles,
            selected: None,
            caption: None,
        };
        let fixed_week = TimeView::new(WEEK_START_SECS as f64, WEEK_SECS as f64);
        group.bench_with_input(BenchmarkId::new("week_with_1000_shown", count), &count, |b, _| {
            b.iter(|| build_scene(&input, fixed_week, 1920.0, 1080.0, &style))
        });
    }
    group.finish();
}

criterion_group!(benches, scene_cost);
criterion_main!(benches);
