//! The PNG of the sample timeline matches a reviewed reference within a tolerance (the same
//! font and rasteriser everywhere; the tolerance absorbs anti-aliasing differences between
//! library versions). `UPDATE_PNG=1 cargo test --test png_export` rewrites the reference.

use std::path::{Path, PathBuf};

use dateline::export::png::scene_to_png;
use dateline::extract::analyse;
use dateline::ingest::IngestOptions;
use dateline::model::Corpus;
use dateline::scene::{SceneInput, Style, Theme, build_scene};
use dateline::timeline::{LaneMode, TimeView, TimelineModel};
use resvg::tiny_skia::Pixmap;

const REFERENCE: &str = "tests/golden/sample_timeline.png";
/// Mean absolute difference per channel (0–255) allowed.
const MAX_MEAN_CHANNEL_DIFF: f64 = 1.5;
/// Share of pixels allowed to differ by more than a few levels.
const MAX_CHANGED_PIXEL_SHARE: f64 = 0.01;

fn render() -> Vec<u8> {
    let analysis = match analyse(&[PathBuf::from("data")], &IngestOptions::default()) {
        Ok(analysis) => analysis,
        Err(error) => panic!("rules compile: {error}"),
    };
    let corpus = Corpus::new(analysis.articles, analysis.events);
    let model = TimelineModel::build(&corpus, LaneMode::Source);
    let (start, end) = model.extent_secs().expect("sample events");
    let input = SceneInput {
        model: &model,
        titles: &corpus,
        selected: None,
        caption: Some("Samples"),
    };
    let scene = build_scene(
        &input,
        TimeView::fit(start as f64, end as f64),
        800.0,
        400.0,
        &Style::default(),
    );
    scene_to_png(&scene, Theme::Light, 1.0).expect("renders")
}

#[test]
fn sample_png_matches_the_reference() {
    let png = render();
    if std::env::var_os("UPDATE_PNG").is_some() || !Path::new(REFERENCE).exists() {
        std::fs::create_dir_all("tests/golden").expect("folder");
        std::fs::write(REFERENCE, &png).expect("write reference");
    }
    let ours = Pixmap::decode_png(&png).expect("our PNG decodes");
    let reference =
        Pixmap::decode_png(&std::fs::read(REFERENCE).expect("reference exists")).expect("decodes");
    assert_eq!(
        (ours.width(), ours.height()),
        (reference.width(), reference.height())
    );
    let (mut total_diff, mut changed) = (0u64, 0usize);
    for (a, b) in ours.data().chunks(4).zip(reference.data().chunks(4)) {
        let diff: u32 = a.iter().zip(b).map(|(x, y)| u32::from(x.abs_diff(*y))).sum();
        total_diff += u64::from(diff);
        changed += usize::from(diff > 12);
    }
    let pixels = (ours.width() * ours.height()) as f64;
    let mean = total_diff as f64 / (pixels * 4.0);
    assert!(mean <= MAX_MEAN_CHANNEL_DIFF, "mean channel difference {mean:.2}");
    assert!(
        (changed as f64 / pixels) <= MAX_CHANGED_PIXEL_SHARE,
        "{changed} pixels differ"
    );
    // The picture is not blank: the timeline's dark text and coloured markers are there.
    let dark = ours
        .data()
        .chunks(4)
        .filter(|p| p[0] < 100 && p[1] < 100 && p[2] < 100)
        .count();
    assert!(dark > 500, "only {dark} dark pixels");
}

#[test]
fn absurd_sizes_are_refused() {
    let scene = dateline::scene::Scene {
        width: 0.0,
        height: 10.0,
        ..Default::default()
    };
    assert!(scene_to_png(&scene, Theme::Light, 1.0).is_err());
    let huge = dateline::scene::Scene {
        width: 20_000.0,
        height: 10.0,
        ..Default::default()
    };
    assert!(scene_to_png(&huge, Theme::Light, 1.0).is_err());
}
