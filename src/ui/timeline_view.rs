//! A first timeline: events fitted to the width, one lane per outlet, labels placed only where
//! they do not overlap. (Replaced by the timeline engine and scene of issue 6.)

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, Vec2};

use super::app::Lanes;
use crate::model::Event;

/// Height of one lane, in points.
const LANE_HEIGHT: f32 = 90.0;
/// Radius of an event marker, in points.
const MARKER_RADIUS: f32 = 5.0;
/// How far from a marker a click still selects it, in points.
const CLICK_SLOP: f32 = 8.0;
/// Space kept at both ends of the axis, in points.
const MARGIN_X: f32 = 40.0;

/// Draws the timeline; returns the index of a clicked event.
pub fn timeline_ui(
    ui: &mut egui::Ui,
    lanes: &Lanes,
    events: &[Event],
    selected: Option<usize>,
) -> Option<usize> {
    let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click());
    let rect = response.rect;
    let text_color = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    if events.is_empty() {
        painter.text(
            rect.center(),
            Align2::CENTER_CENTER,
            "No dated events",
            FontId::proportional(16.0),
            weak,
        );
        return None;
    }
    let min_secs = events.iter().map(|e| e.when.start_secs()).min().unwrap_or(0) as f64;
    let max_secs = events.iter().map(|e| e.when.end_secs()).max().unwrap_or(1) as f64;
    let span_secs = (max_secs - min_secs).max(1.0);
    let x_from_secs = |secs: f64| {
        rect.left() + MARGIN_X + ((secs - min_secs) / span_secs) as f32 * (rect.width() - 2.0 * MARGIN_X)
    };

    for (i, lane) in lanes.names.iter().enumerate() {
        let y = rect.top() + 30.0 + i as f32 * LANE_HEIGHT;
        painter.text(
            Pos2::new(rect.left() + 4.0, y),
            Align2::LEFT_TOP,
            lane,
            FontId::proportional(13.0),
            text_color,
        );
        painter.line_segment(
            [
                Pos2::new(rect.left(), y + LANE_HEIGHT - 4.0),
                Pos2::new(rect.right(), y + LANE_HEIGHT - 4.0),
            ],
            Stroke::new(0.5, weak),
        );
    }
    // Year ticks along the bottom.
    let first_year =
        crate::model::datetime_from_secs(min_secs as i64).map_or(0, |d| chrono::Datelike::year(&d));
    let last_year =
        crate::model::datetime_from_secs(max_secs as i64).map_or(0, |d| chrono::Datelike::year(&d));
    let step = ((last_year - first_year) / 12).max(1);
    for year in (first_year..=last_year + 1).step_by(step as usize) {
        if let Some(value) = crate::model::TimeValue::year(year) {
            let x = x_from_secs(value.start_secs as f64);
            if x >= rect.left() && x <= rect.right() {
                painter.line_segment(
                    [
                        Pos2::new(x, rect.bottom() - 24.0),
                        Pos2::new(x, rect.bottom() - 16.0),
                    ],
                    Stroke::new(1.0, weak),
                );
                painter.text(
                    Pos2::new(x, rect.bottom() - 14.0),
                    Align2::CENTER_TOP,
                    year.to_string(),
                    FontId::proportional(12.0),
                    weak,
                );
            }
        }
    }
    let mut placed_labels: Vec<Rect> = Vec::new();
    let mut clicked = None;
    let pointer = response.interact_pointer_pos();
    for (index, event) in events.iter().enumerate() {
        let lane_y =
            rect.top() + 30.0 + lanes.of_event.get(index).copied().unwrap_or(0) as f32 * LANE_HEIGHT + 30.0;
        let x_start = x_from_secs(event.when.start_secs() as f64);
        let x_end = x_from_secs(event.when.end_secs() as f64);
        let color = if selected == Some(index) {
            Color32::from_rgb(230, 120, 30)
        } else {
            Color32::from_rgb(70, 130, 200)
        };
        // A span wider than a marker is drawn as a soft bar: the date is known only to that range.
        if x_end - x_start > 2.0 * MARKER_RADIUS {
            let bar = Rect::from_min_max(Pos2::new(x_start, lane_y - 3.0), Pos2::new(x_end, lane_y + 3.0));
            painter.rect_filled(bar, 3.0, color.gamma_multiply(0.35));
        }
        let center = Pos2::new((x_start + x_end) / 2.0, lane_y);
        painter.circle_filled(center, MARKER_RADIUS, color);
        let galley = painter.layout_no_wrap(event.title.clone(), FontId::proportional(12.0), text_color);
        for row in 0..3 {
            let label_rect = Rect::from_min_size(
                Pos2::new(center.x + 6.0, lane_y + 6.0 + row as f32 * 15.0),
                galley.size() + Vec2::new(2.0, 0.0),
            );
            if label_rect.right() <= rect.right() && !placed_labels.iter().any(|r| r.intersects(label_rect)) {
                painter.galley(label_rect.min, galley, text_color);
                placed_labels.push(label_rect);
                break;
            }
        }
        if response.clicked() && pointer.is_some_and(|p| p.distance(center) <= CLICK_SLOP) {
            clicked = Some(index);
        }
    }
    clicked
}
