//! The app driven through its accessibility tree (egui_kittest): no display, no GPU.
#![cfg(feature = "gui")]

use std::path::PathBuf;
use std::time::Duration;

/// How long a test waits for background work (an export) before it gives up: generous, as
/// the whole suite runs in parallel on two cores.
const BACKGROUND_WORK_WAIT_STEPS: usize = 3_000;

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
        .corpus
        .to_events()
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
    let articles_before = harness.state().corpus.articles.len();
    harness.get_by_label("Path:").click();
    harness.run();
    harness.get_by_label("Path:").type_text(&broken.to_string_lossy());
    harness.run();
    harness.get_by_label("Load path").click();
    wait_for_load(&mut harness);
    assert_eq!(
        harness.state().corpus.articles.len(),
        articles_before,
        "the loaded articles stay"
    );
    assert!(harness.query_by_label_contains("the file is empty").is_some());
}

fn mosul_index(harness: &Harness<'static, DatelineApp>) -> usize {
    harness
        .state()
        .corpus
        .to_events()
        .iter()
        .position(|e| {
            e.evidence
                .iter()
                .any(|ev| ev.timex.as_deref() == Some("more than two years ago"))
        })
        .expect("the fall of Mosul is an event")
}

#[test]
fn opening_a_quote_shows_the_article_with_the_sentence_highlighted() {
    let mut harness = harness();
    harness.run();
    let index = mosul_index(&harness);
    harness.state_mut().selected = Some(index);
    harness.run();
    harness.get_by_label("Read in article (Fox News)").click();
    harness.run();
    let reader = harness.state().reader.clone().expect("the reader is open");
    assert_eq!((reader.event, reader.evidence), (index, 0));
    assert!(
        harness
            .query_by_label_contains("Reader — Plan to battle ISIS")
            .is_some()
    );
    // The article's whole text is in the reader, and its event sentences are highlighted.
    assert!(
        harness
            .query_by_label_contains("The black-clad jihadist army has ruled the city")
            .is_some()
    );
    let marks = dateline::ui::highlights(&harness.state().corpus, reader.article);
    let events = harness.state().corpus.to_events();
    let focus = &events[index].evidence[0];
    assert!(
        marks
            .iter()
            .any(|h| h.start_char == focus.start_char && h.event == index)
    );
    harness.get_by_label("Close reader").click();
    harness.run();
    assert!(harness.state().reader.is_none());
}

#[test]
fn hiding_an_outlet_hides_its_events() {
    let mut harness = harness();
    harness.run();
    let all = harness.state().visible_events().len();
    let newsmax_id = harness
        .state()
        .corpus
        .articles
        .iter()
        .find(|a| a.source.as_deref() == Some("Newsmax"))
        .map(|a| a.id.clone())
        .expect("Newsmax is loaded");
    harness.get_by_label_contains("Newsmax (").click();
    harness.run();
    let state = harness.state();
    let (shown, events) = (state.visible_events(), state.corpus.to_events());
    assert!(shown.len() < all, "{} of {all}", shown.len());
    assert!(
        shown
            .iter()
            .all(|&i| events[i].evidence.iter().any(|e| e.article != newsmax_id)),
        "no shown event comes only from Newsmax"
    );
}

#[test]
fn search_narrows_the_timeline() {
    let mut harness = harness();
    harness.run();
    let all = harness.state().visible_events().len();
    harness.get_by_label("Search:").click();
    harness.run();
    harness.get_by_label("Search:").type_text("Amerli");
    harness.run();
    let shown = harness.state().visible_events();
    assert!(!shown.is_empty() && shown.len() < all, "{} of {all}", shown.len());
    let events = harness.state().corpus.to_events();
    assert!(shown.iter().all(|&i| {
        events[i].evidence.iter().any(|e| e.quote.contains("Amerli"))
            || events[i].places.iter().any(|p| p == "Amerli")
    }));
}

#[test]
fn tab_steps_through_events_in_time_order() {
    let mut harness = harness();
    harness.run();
    harness.key_press(egui::Key::Tab);
    harness.run();
    let order = harness.state().visible_events().to_vec();
    assert_eq!(harness.state().selected, order.first().copied());
    harness.key_press(egui::Key::Tab);
    harness.run();
    assert_eq!(harness.state().selected, order.get(1).copied());
}

#[test]
fn lane_mode_and_theme_switch() {
    let mut harness = harness();
    harness.run();
    harness.state_mut().lane_mode = dateline::timeline::LaneMode::Place;
    harness.run();
    assert!(!harness.state().visible_events().is_empty());
    harness.get_by_label("Dark theme").click();
    harness.run();
    assert_eq!(harness.state().theme, dateline::scene::Theme::Dark);
    assert!(harness.query_by_label("Light theme").is_some());
}

#[test]
fn the_exported_scene_is_the_painted_scene() {
    let mut harness = harness();
    harness.run();
    let painted = harness.state().last_scene.clone();
    assert!(!painted.shapes.is_empty());
    assert_eq!(
        painted,
        harness.state().snapshot_scene(None),
        "same shapes, same hit ids"
    );
    // An export adds its header (title, legend, time range) on top of the same timeline.
    let exported = harness.state().snapshot_scene(Some("Dateline timeline"));
    assert!(exported.shapes.len() > painted.shapes.len());
    let painted_hits: Vec<_> = painted.hit_ids().collect();
    assert!(
        exported.hit_ids().all(|hit| painted_hits.contains(&hit)),
        "the export draws nothing the screen does not"
    );
}

#[test]
fn exporting_to_a_typed_path_writes_the_file_and_says_where() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("view.svg");
    let mut harness = harness();
    harness.run();
    harness.get_by_label("Path:").click();
    harness.run();
    harness.get_by_label("Path:").type_text(&target.to_string_lossy());
    harness.run();
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label("SVG of the view…").click();
    for _ in 0..BACKGROUND_WORK_WAIT_STEPS {
        harness.step();
        if harness.state().status.starts_with("Wrote") {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(
        harness.state().status.starts_with("Wrote"),
        "{}",
        harness.state().status
    );
    let svg = std::fs::read_to_string(&target).expect("the SVG is written");
    assert!(svg.contains("<svg") && svg.contains("Fox News"));
}

#[test]
fn saved_state_comes_back_and_missing_files_are_reported() {
    use dateline::ui::PersistedState;
    let app = sample_app();
    let mut state = app.persisted_state();
    state.lane_mode = dateline::timeline::LaneMode::Actor;
    state.dark = true;
    // What eframe stores is this JSON; it must read back the same.
    let text = serde_json::to_string(&state).expect("serialises");
    let back: PersistedState = serde_json::from_str(&text).expect("reads back");
    assert_eq!(back, state);
    let paths = vec![PathBuf::from("data"), PathBuf::from("gone/since/last/run.md")];
    let restored = DatelineApp::restored(back, paths, || {});
    assert_eq!(restored.lane_mode, dateline::timeline::LaneMode::Actor);
    assert_eq!(restored.theme, dateline::scene::Theme::Dark);
    assert_eq!(Some(restored.view), state.view);
    assert!(
        restored.status.contains("gone/since/last/run.md"),
        "{}",
        restored.status
    );
    assert!(restored.is_loading(), "the paths still there load");
}

#[test]
fn setting_a_publication_date_re_dates_the_article_s_events() {
    let mut harness = harness();
    harness.run();
    let index = mosul_index(&harness);
    let year_of = |harness: &Harness<'static, DatelineApp>, index: usize| {
        harness.state().corpus.to_events()[index]
            .when
            .first
            .start_date()
            .map(|d| chrono::Datelike::year(&d))
    };
    // "more than two years ago" in an article of 2016-10-27.
    assert_eq!(year_of(&harness, index), Some(2014));
    harness.state_mut().selected = Some(index);
    harness.run();
    harness.get_by_label("Publication date:").click();
    harness.run();
    harness.get_by_label("Publication date:").type_text("2017-10-27");
    harness.run();
    harness.get_by_label("Set publication date").click();
    wait_for_load(&mut harness);
    let state = harness.state();
    let fox = state
        .corpus
        .articles
        .iter()
        .find(|a| a.source.as_deref() == Some("Fox News"))
        .expect("Fox News is loaded");
    assert_eq!(
        fox.published.as_ref().map(|p| p.value.iso_first()),
        Some("2017-10-27".to_owned())
    );
    let index = mosul_index(&harness);
    assert_eq!(
        year_of(&harness, index),
        Some(2015),
        "re-resolved against the new date"
    );
    // A date that is not one is refused in the status line and changes nothing.
    harness.state_mut().selected = Some(index);
    harness.run();
    harness.get_by_label("Publication date:").click();
    harness.run();
    harness.get_by_label("Publication date:").type_text("27/10/2017");
    harness.run();
    harness.get_by_label("Set publication date").click();
    harness.run();
    assert!(
        harness.state().status.contains("not a date"),
        "{}",
        harness.state().status
    );
    assert!(!harness.state().is_loading());
}
