//! The scene for the sample data at fixed views, as text and as SVG (reviewed snapshots), and
//! the label guarantee: no two drawn labels intersect, for any events and view.

use std::path::PathBuf;

use dateline::export::svg::scene_to_svg;
use dateline::extract::analyse;
use dateline::ingest::IngestOptions;
use dateline::model::{
    Article, ArticleId, Corpus, Event, EventId, Evidence, SourceFormat, TimeSpan, TimeValue,
};
use dateline::scene::{SceneInput, Style, Theme, build_scene};
use dateline::timeline::{LaneMode, TimeView, TimelineModel};
use proptest::prelude::*;

fn sample_scene(view: Option<TimeView>) -> dateline::scene::Scene {
    let analysis = match analyse(&[PathBuf::from("data")], &IngestOptions::default()) {
        Ok(analysis) => analysis,
        Err(error) => panic!("rules compile: {error}"),
    };
    let corpus = Corpus::new(analysis.articles, analysis.events);
    let model = TimelineModel::build(&corpus, LaneMode::Source);
    let (start, end) = model.extent_secs().expect("sample events");
    let view = view.unwrap_or_else(|| TimeView::fit(start as f64, end as f64));
    let input = SceneInput {
        model: &model,
        titles: &corpus,
        selected: None,
        caption: None,
    };
    build_scene(&input, view, 1200.0, 500.0, &Style::default())
}

#[test]
fn sample_scene_fit_all() {
    insta::assert_snapshot!(sample_scene(None).to_text());
}

#[test]
fn sample_scene_2014_to_2016() {
    let from = TimeValue::year(2014).expect("valid").start_secs as f64;
    let to = TimeValue::year(2016).expect("valid").end_secs() as f64;
    insta::assert_snapshot!(sample_scene(Some(TimeView::new(from, to - from))).to_text());
}

#[test]
fn sample_svg_fit_all() {
    insta::assert_snapshot!(scene_to_svg(&sample_scene(None), Theme::Light));
}

fn synthetic(starts_days: &[(i64, i64, u8)]) -> (Vec<Article>, Vec<Event>) {
    let article = |n: u8| Article {
        id: ArticleId(format!("a{n}")),
        path: PathBuf::from(format!("{n}.txt")),
        format: SourceFormat::Text,
        title: String::new(),
        source: Some(format!("Outlet {n}")),
        url: None,
        author: None,
        published: None,
        text: String::new(),
    };
    let articles: Vec<Article> = (0..4).map(article).collect();
    let events = starts_days
        .iter()
        .enumerate()
        .filter_map(|(i, &(start_day, length_days, outlet))| {
            let first = TimeValue::from_naive_date(chrono::NaiveDate::from_num_days_from_ce_opt(
                735_000 + start_day as i32,
            )?);
            let last = TimeValue::from_naive_date(chrono::NaiveDate::from_num_days_from_ce_opt(
                735_000 + (start_day + length_days) as i32,
            )?);
            Some(Event {
                id: EventId(i.to_string()),
                title: format!("Event number {i} with a longish title"),
                when: TimeSpan::between(first, last),
                actors: Vec::new(),
                places: Vec::new(),
                quantities: Vec::new(),
                evidence: vec![Evidence {
                    article: ArticleId(format!("a{}", outlet % 4)),
                    quote: String::new(),
                    start_char: 0,
                    end_char: 0,
                    timex: None,
                    rule: None,
                    when: TimeSpan::between(first, last),
                }],
                disputed: false,
            })
        })
        .collect();
    (articles, events)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn drawn_labels_never_intersect(
        events in proptest::collection::vec((0i64..3000, 0i64..400, 0u8..4), 0..200),
        view_start_day in -500i64..3000, view_days in 1i64..5000,
        width in 200f32..2000.0, height in 150f32..1200.0,
    ) {
        let (articles, events) = synthetic(&events);
        let corpus = Corpus::new(articles, events);
        let model = TimelineModel::build(&corpus, LaneMode::Source);
        let base = TimeValue::from_naive_date(chrono::NaiveDate::from_num_days_from_ce_opt(735_000).expect("date")).start_secs as f64;
        let view = TimeView::new(base + view_start_day as f64 * 86_400.0, view_days as f64 * 86_400.0);
        let input = SceneInput { model: &model, titles: &corpus, selected: None, caption: None };
        let scene = build_scene(&input, view, width, height, &Style::default());
        for (i, a) in scene.label_rects.iter().enumerate() {
            prop_assert!(a.min_x >= 0.0 && a.max_x <= width);
            for b in &scene.label_rects[i + 1..] {
                prop_assert!(!a.intersects(b), "{a:?} overlaps {b:?}");
            }
        }
    }
}

/// Many events in one lane: the lane switches to density, and the density columns count every
/// visible event exactly once.
#[test]
fn crowded_lanes_draw_density_that_conserves_counts() {
    use dateline::scene::{HitId, Shape};
    use dateline::timeline::{TimeAxis, TimelineEvent};
    let events: Vec<(u32, TimelineEvent)> = (0..5000)
        .map(|i| {
            (
                0,
                TimelineEvent {
                    start_secs: 1_400_000_000 + i * 3600,
                    end_secs: 1_400_000_000 + i * 3600 + 60,
                    event_index: i as u32,
                    source_count: 1,
                    uncertain: false,
                    disputed: false,
                },
            )
        })
        .collect();
    let model = TimelineModel::new(vec!["Wire".into()], events);
    let view = TimeView::new(1_399_000_000.0, 5000.0 * 3600.0 + 2_000_000.0);
    let no_titles: Vec<String> = Vec::new();
    let input = SceneInput {
        model: &model,
        titles: &no_titles,
        selected: None,
        caption: None,
    };
    let scene = build_scene(&input, view, 1000.0, 400.0, &Style::default());
    let markers = scene
        .shapes
        .iter()
        .filter(|s| matches!(s, Shape::Circle { .. }))
        .count();
    assert_eq!(markers, 0, "a crowded lane draws no individual markers");
    let clusters = scene
        .shapes
        .iter()
        .filter(|s| {
            matches!(
                s,
                Shape::Rect {
                    hit: Some(HitId::Cluster { .. }),
                    ..
                }
            )
        })
        .count();
    assert!(clusters > 100, "{clusters} density columns");
    let axis = TimeAxis::new(view, 0.0, 1000.0);
    let visible = model.visible_range(0, view.start_secs, view.end_secs());
    let counts = dateline::scene::density_counts(&axis, &model.starts_secs[visible], 1000.0);
    assert_eq!(counts.iter().map(|&c| c as usize).sum::<usize>(), 5000);
}
