//! The app driven through its accessibility tree (egui_kittest): no display, no GPU.
#![cfg(feature = "gui")]

use std::path::PathBuf;
use std::time::Duration;

use dateline::extract::analyse;
use dateline::ingest::IngestOptions;
use dateline::ui::DatelineApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn sample_app() -> DatelineApp {
    let paths = vec![PathBuf::from("data")];
    let analysis = match analyse(&paths, &IngestOptions::default()) {
        Ok(analysis) => analysis,
        Err(error) => panic!("rules compile: {error}"),
    };
    DatelineApp::from_analysis(paths, analysis)
}

fn harness() -> Harness<'static, DatelineApp> {
    Harness::builder()
        .with_size([1400.0, 860.0])
        .build_ui_state(|ui, app: &mut DatelineApp| app.contents_ui(ui), sample_app())
}

/// Runs frames until the background load is over (bounded).
fn wait_for_load(harness: &mut Harness<'static, DatelineApp>) {
    for _ in 0..400 {
        // The spinner repaints every frame while loading: step instead of running to rest.
        harness.step();
        if !harness.state().is_loading() {
            harness.run();
            return;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    panic!("loading did not finish");
}

#[test]
fn selecting_an_event_shows_its_quote_in_the_inspector() {
    let mut harness = harness();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Click an event on the timeline")
            .is_some()
    );
    let index = harness
        .state()
        .events
        .iter()
        .position(|e| {
            e.evidence
                .iter()
                .any(|ev| ev.timex.as_deref() == Some("more than two years ago"))
        })
        .expect("the fall of Mosul is an event");
    harness.state_mut().selected = Some(index);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("encircle the city ISIS captured")
            .is_some()
    );
    assert!(harness.query_by_label_contains("(approximate)").is_some());
}

#[test]
fn zoom_keys_change_the_view() {
    let mut harness = harness();
    harness.run();
    let before = harness.state().view;
    harness.key_press(egui::Key::Plus);
    harness.run();
    let zoomed = harness.state().view;
    assert!(zoomed.span_secs < before.span_secs, "{zoomed:?} vs {before:?}");
    harness.key_press(egui::Key::Home);
    harness.run();
    assert!((harness.state().view.span_secs - before.span_secs).abs() < 1.0);
}

#[test]
fn loading_a_broken_file_shows_its_error_and_keeps_the_rest() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("empty.txt");
    std::fs::write(&broken, b"").expect("write");
    let mut harness = harness();
    harness.run();
    let articles_before = harness.state().articles.len();
    harness.get_by_label("Path:").click();
    harness.run();
    harness.get_by_label("Path:").type_text(&broken.to_string_lossy());
    harness.run();
    harness.get_by_label("Load path").click();
    wait_for_load(&mut harness);
    assert_eq!(
        harness.state().articles.len(),
        articles_before,
        "the loaded articles stay"
    );
    assert!(harness.query_by_label_contains("the file is empty").is_some());
}
