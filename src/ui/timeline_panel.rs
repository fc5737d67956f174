//! The timeline in the central panel: builds the scene for the current view, paints it, and
//! turns input into view changes and selections.

use egui::{Key, Sense};

use super::inspector::date_in_words;
use super::scene_painter::paint_scene;
use crate::model::Corpus;
use crate::scene::{EventTitles, HitId, SceneInput, Style, Theme, build_scene};
use crate::timeline::{TimeAxis, TimeView, TimelineModel};

/// Zoom factor of one `+`/`-` key press.
const KEY_ZOOM_FACTOR: f64 = 1.5;
/// Zoom per point of ctrl + wheel scroll (a wheel notch is about 50 points: ×1.28).
const WHEEL_ZOOM_PER_POINT: f64 = 0.005;
/// Share of the view one arrow key press pans.
const KEY_PAN_FRACTION: f64 = 0.1;

/// What the user did to the timeline this frame.
#[derive(Debug, Default, PartialEq)]
pub struct TimelineResponse {
    pub view: Option<TimeView>,
    pub clicked_event: Option<u32>,
    /// A view to move to smoothly (double-click fits all, a cluster click zooms into it).
    pub animate_to: Option<TimeView>,
    /// The scene painted this frame (exports rebuild the same one).
    pub scene: crate::scene::Scene,
}

/// The scene for the timeline area: what the screen paints and what "Export" writes (with a
/// caption for exports). One function, so the two cannot drift apart.
pub fn scene_for_view(
    model: &TimelineModel,
    titles: &dyn EventTitles,
    view: TimeView,
    size: [f32; 2],
    selected: Option<u32>,
    caption: Option<&str>,
) -> crate::scene::Scene {
    let input = SceneInput {
        model,
        titles,
        selected,
        caption,
    };
    build_scene(&input, view, size[0], size[1], &Style::default())
}

/// The view that fits every event.
pub fn fit_view(model: &TimelineModel) -> TimeView {
    let (start, end) = model.extent_secs().unwrap_or((0, 86_400));
    TimeView::fit(start as f64, end as f64)
}

/// The timeline for `view`. `order` lists the shown events (indices into `corpus`) by start,
/// for Tab / Shift+Tab.
pub fn timeline_ui(
    ui: &mut egui::Ui,
    model: &TimelineModel,
    corpus: &Corpus,
    order: &[usize],
    view: TimeView,
    selected: Option<u32>,
) -> TimelineResponse {
    let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
    let area = response.rect;
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, "Timeline"));
    let theme = if ui.visuals().dark_mode {
        Theme::Dark
    } else {
        Theme::Light
    };
    let scene = scene_for_view(model, corpus, view, [area.width(), area.height()], selected, None);
    paint_scene(&painter, &scene, theme, area.min.to_vec2());

    let axis = TimeAxis::new(view, area.left(), area.width());
    let mut out = TimelineResponse::default();
    if let Some(pos) = response.hover_pos()
        && let Some(HitId::Event(index)) = scene.hit_test(pos.x - area.left(), pos.y - area.top())
        && let Some(event) = corpus.event(index as usize)
    {
        response.clone().on_hover_ui_at_pointer(|ui| {
            ui.strong(event.title());
            ui.label(date_in_words(&event.when()));
            ui.weak(format!("{} source(s) · click to read", event.source_count()));
        });
    }
    let mut new_view = view;
    if response.dragged() {
        new_view = new_view.panned(-f64::from(response.drag_delta().x) * axis.secs_per_px());
    }
    if response.hovered() {
        let (zoom, scroll, pointer, zoom_modifier) = ui.input(|i| {
            (
                i.zoom_delta(),
                i.smooth_scroll_delta,
                i.pointer.hover_pos(),
                i.modifiers.command || i.modifiers.ctrl,
            )
        });
        let anchor = pointer.map_or(view.start_secs + view.span_secs / 2.0, |p| {
            axis.time_from_x(f64::from(p.x))
        });
        // Pinch and ctrl/cmd + wheel zoom at the cursor (whether or not egui already turned
        // the wheel into a zoom delta); a plain wheel pans.
        let wheel_zoom = if zoom_modifier {
            (f64::from(scroll.y) * WHEEL_ZOOM_PER_POINT).exp()
        } else {
            1.0
        };
        let factor = f64::from(zoom) * wheel_zoom;
        if factor != 1.0 {
            new_view = new_view.zoomed_at(anchor, factor);
        } else {
            let pan_px = if scroll.x != 0.0 { scroll.x } else { scroll.y };
            if pan_px != 0.0 {
                new_view = new_view.panned(-f64::from(pan_px) * axis.secs_per_px());
            }
        }
    }
    let center = new_view.start_secs + new_view.span_secs / 2.0;
    // Keys belong to a text field while one has the keyboard.
    let typing = ui.ctx().text_edit_focused();
    ui.input(|i| {
        if typing {
            return;
        }
        if i.key_pressed(Key::Plus) || i.key_pressed(Key::Equals) {
            new_view = new_view.zoomed_at(center, KEY_ZOOM_FACTOR);
        }
        if i.key_pressed(Key::Minus) {
            new_view = new_view.zoomed_at(center, 1.0 / KEY_ZOOM_FACTOR);
        }
        if i.key_pressed(Key::ArrowLeft) {
            new_view = new_view.panned(-KEY_PAN_FRACTION * new_view.span_secs);
        }
        if i.key_pressed(Key::ArrowRight) {
            new_view = new_view.panned(KEY_PAN_FRACTION * new_view.span_secs);
        }
        if i.key_pressed(Key::Home) {
            new_view = fit_view(model);
        }
    });
    // Tab / Shift+Tab step through the shown events in time order (when no text field has
    // the keyboard), bringing the chosen one into view.
    let (tab, back) = ui.input(|i| (i.key_pressed(Key::Tab), i.modifiers.shift));
    if tab && !typing && !order.is_empty() {
        let at = selected.and_then(|s| order.iter().position(|&i| i == s as usize));
        let next = match (at, back) {
            (Some(at), false) => (at + 1) % order.len(),
            (Some(at), true) => (at + order.len() - 1) % order.len(),
            (None, false) => 0,
            (None, true) => order.len() - 1,
        };
        let chosen = order[next];
        out.clicked_event = u32::try_from(chosen).ok();
        if let Some(event) = corpus.event(chosen) {
            let when = event.when();
            let (start, end) = (when.start_secs() as f64, when.end_secs() as f64);
            if end < new_view.start_secs || start > new_view.start_secs + new_view.span_secs {
                new_view =
                    new_view.panned((start + end) / 2.0 - (new_view.start_secs + new_view.span_secs / 2.0));
            }
        }
    }
    if response.double_clicked() {
        out.animate_to = Some(fit_view(model));
    } else if response.clicked()
        && let Some(pos) = response.interact_pointer_pos()
    {
        match scene.hit_test(pos.x - area.left(), pos.y - area.top()) {
            Some(HitId::Event(index)) => out.clicked_event = Some(index),
            // Clusters expand by zooming into them.
            Some(HitId::Cluster {
                start_secs, end_secs, ..
            }) => {
                out.animate_to = Some(TimeView::fit(start_secs as f64, end_secs as f64));
            }
            _ => {}
        }
    }
    if new_view != view {
        out.view = Some(new_view);
    }
    out.scene = scene;
    out
}
