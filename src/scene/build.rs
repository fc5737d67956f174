//! `build_scene`: the timeline model and a view → shapes in a viewport.

use std::borrow::Cow;

use super::density::{DensityLane, INDIVIDUAL_EVENTS_PER_LANE_BUDGET, density_shapes};
use super::header::header_shapes;
use super::{Anchor, Fill, HitId, RectPx, Scene, Shape, Token};
use crate::model::Corpus;
use crate::timeline::{
    MIN_LABEL_SPACING_PX, MIN_MINOR_TICK_SPACING_PX, TimeAxis, TimeView, TimelineModel, choose_step, ticks,
};

/// Width of an average glyph as a share of the font size: labels are measured with it (no
/// font access in the core), slightly generously so real text never exceeds its box.
pub const AVERAGE_GLYPH_WIDTH_EM: f32 = 0.58;
/// Labels are cut to this many characters; the inspector shows the whole title.
pub const MAX_LABEL_CHARS: usize = 48;
/// Most ticks ever drawn, whatever the zoom (the step is chosen so this is never reached on
/// a sane viewport; it bounds the work on absurd ones).
const MAX_TICKS: usize = 2000;

/// Sizes of the layout, in points.
#[derive(Clone, Debug, PartialEq)]
pub struct Style {
    pub font_size: f32,
    pub lane_title_size: f32,
    pub axis_height: f32,
    pub lane_header_height: f32,
    /// Height of the title and time-range header of exported pictures.
    pub header_height: f32,
    pub row_height: f32,
    pub marker_radius: f32,
    /// Space between a marker and its label.
    pub label_gap: f32,
}

impl Default for Style {
    fn default() -> Self {
        Self {
            font_size: 12.0,
            lane_title_size: 13.0,
            axis_height: 44.0,
            lane_header_height: 20.0,
            header_height: 30.0,
            row_height: 18.0,
            marker_radius: 5.0,
            label_gap: 4.0,
        }
    }
}

/// Where the scene reads the titles of the events it labels (only those in view).
pub trait EventTitles {
    /// The title of event `event_index` ("" when there is none).
    fn title(&self, event_index: u32) -> Cow<'_, str>;
}

impl EventTitles for [String] {
    fn title(&self, event_index: u32) -> Cow<'_, str> {
        self.get(event_index as usize)
            .map_or(Cow::Borrowed(""), |t| Cow::Borrowed(t))
    }
}

impl EventTitles for Vec<String> {
    fn title(&self, event_index: u32) -> Cow<'_, str> {
        self.as_slice().title(event_index)
    }
}

impl EventTitles for Corpus {
    fn title(&self, event_index: u32) -> Cow<'_, str> {
        self.event(event_index as usize)
            .map_or(Cow::Borrowed(""), |e| Cow::Owned(e.title()))
    }
}

/// What the scene shows besides the view.
pub struct SceneInput<'a> {
    pub model: &'a TimelineModel,
    /// Event titles by event index.
    pub titles: &'a dyn EventTitles,
    pub selected: Option<u32>,
    /// A header with this title and the view's time range (exported pictures); `None` on screen.
    pub caption: Option<&'a str>,
}

/// The box a text run occupies (left-top anchored).
pub fn text_rect(pos: [f32; 2], text: &str, size: f32) -> RectPx {
    let width = text.chars().count() as f32 * size * AVERAGE_GLYPH_WIDTH_EM;
    RectPx::new(pos[0], pos[1], pos[0] + width, pos[1] + size * 1.25)
}

fn label_text(title: &str) -> String {
    if title.chars().count() <= MAX_LABEL_CHARS {
        return title.to_owned();
    }
    let cut: String = title.chars().take(MAX_LABEL_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

fn axis_shapes(axis: &TimeAxis, width: f32, height: f32, style: &Style, shapes: &mut Vec<Shape>) {
    let axis_top = height - style.axis_height;
    shapes.push(Shape::Line {
        from: [0.0, axis_top],
        to: [width, axis_top],
        width: 1.0,
        color: Token::Grid,
    });
    let minor = choose_step(axis, MIN_MINOR_TICK_SPACING_PX);
    for (secs, _) in ticks(axis, minor, MAX_TICKS) {
        let x = axis.x_from_time(secs as f64) as f32;
        shapes.push(Shape::Line {
            from: [x, axis_top],
            to: [x, axis_top + 4.0],
            width: 1.0,
            color: Token::Grid,
        });
    }
    let labelled = choose_step(axis, MIN_LABEL_SPACING_PX);
    for (secs, datetime) in ticks(axis, labelled, MAX_TICKS) {
        let x = axis.x_from_time(secs as f64) as f32;
        shapes.push(Shape::Line {
            from: [x, 0.0],
            to: [x, axis_top + 8.0],
            width: 1.0,
            color: Token::LaneSeparator,
        });
        shapes.push(Shape::Text {
            pos: [x, axis_top + 9.0],
            text: labelled.label(datetime),
            size: style.font_size,
            anchor: Anchor::CenterTop,
            color: Token::WeakText,
            hit: Some(HitId::Tick),
        });
    }
    if let Some(upper) = labelled.upper_tier() {
        let mut upper_ticks = ticks(axis, upper, MAX_TICKS);
        // Name the period the view starts in even when its boundary is off-screen.
        if upper_ticks
            .first()
            .is_none_or(|(secs, _)| (*secs as f64) > axis.view.start_secs)
            && let Some(first) = crate::model::datetime_from_secs(axis.view.start_secs as i64)
        {
            upper_ticks.insert(0, (axis.view.start_secs as i64, first));
        }
        let mut last_right = f32::MIN;
        for (secs, datetime) in upper_ticks {
            let x = (axis.x_from_time(secs as f64) as f32).max(axis.left_x + 2.0);
            let text = labelled.tier_label(datetime);
            let rect = text_rect([x, 0.0], &text, style.font_size);
            if x < last_right {
                continue;
            }
            last_right = x + rect.width() + 8.0;
            shapes.push(Shape::Text {
                pos: [x, axis_top + 25.0],
                text,
                size: style.font_size,
                anchor: Anchor::LeftTop,
                color: Token::Text,
                hit: Some(HitId::Tick),
            });
        }
    }
}

/// Builds the scene for `view` in a `width × height` viewport.
pub fn build_scene(input: &SceneInput, view: TimeView, width: f32, height: f32, style: &Style) -> Scene {
    let mut scene = Scene {
        width,
        height,
        ..Scene::default()
    };
    let shapes = &mut scene.shapes;
    shapes.push(Shape::Rect {
        rect: RectPx::new(0.0, 0.0, width, height),
        fill: Fill::Solid(Token::Background),
        opacity: 1.0,
        corner_radius: 0.0,
        hit: None,
    });
    let axis = TimeAxis::new(view, 0.0, width);
    axis_shapes(&axis, width, height, style, shapes);

    let header_height = if input.caption.is_some() {
        style.header_height
    } else {
        0.0
    };
    if let Some(caption) = input.caption {
        header_shapes(caption, &input.model.lanes, &view, width, style, shapes);
    }
    let lane_count = input.model.lanes.len().max(1);
    let lanes_height = (height - style.axis_height - header_height).max(0.0);
    let lane_height = lanes_height / lane_count as f32;
    let rows_per_lane =
        (((lane_height - style.lane_header_height) / style.row_height).floor() as usize).max(1);
    let (view_start, view_end) = (view.start_secs, view.end_secs());
    for (lane_index, lane) in input.model.lanes.iter().enumerate() {
        let lane_top = header_height + lane_index as f32 * lane_height;
        if lane_index > 0 {
            shapes.push(Shape::Line {
                from: [0.0, lane_top],
                to: [width, lane_top],
                width: 1.0,
                color: Token::LaneSeparator,
            });
        }
        shapes.push(Shape::Text {
            pos: [6.0, lane_top + 3.0],
            text: lane.clone(),
            size: style.lane_title_size,
            anchor: Anchor::LeftTop,
            color: Token::Lane(lane_index as u32),
            hit: Some(HitId::Lane(lane_index as u32)),
        });
        let visible_range = input.model.visible_range(lane_index, view_start, view_end);
        if visible_range.len() > INDIVIDUAL_EVENTS_PER_LANE_BUDGET {
            let target = DensityLane {
                lane: lane_index as u32,
                band_top: lane_top + style.lane_header_height,
                band_bottom: lane_top + lane_height - 2.0,
                title_right_x: text_rect([6.0, 0.0], lane, style.lane_title_size).max_x,
            };
            let starts = &input.model.starts_secs[visible_range];
            density_shapes(&axis, starts, &target, width, style, shapes);
            continue;
        }
        let visible = &input.model.events[visible_range];
        let mut row_ends = vec![f32::MIN; rows_per_lane];
        for event in visible {
            if (event.end_secs as f64) < view_start || (event.start_secs as f64) > view_end {
                continue;
            }
            let x0 = axis.x_from_time(event.start_secs as f64).max(-10.0) as f32;
            let x1 = (axis.x_from_time(event.end_secs as f64) as f32).min(width + 10.0);
            let is_span = x1 - x0 > 2.0 * style.marker_radius;
            let marker_x = if is_span { x0 } else { (x0 + x1) / 2.0 };
            let title = input.titles.title(event.event_index);
            let label = match event.source_count {
                0 | 1 => label_text(&title),
                count => format!("{} ×{count}", label_text(&title)),
            };
            let label_width = text_rect([0.0, 0.0], &label, style.font_size).width();
            // Stack into the first row where the marker (and its label, if it fits) is free.
            let needed_right = (if is_span {
                x1
            } else {
                marker_x + style.marker_radius
            })
            .max(marker_x + style.marker_radius + style.label_gap + label_width);
            let row = row_ends
                .iter()
                .position(|end| *end + style.label_gap <= marker_x - style.marker_radius)
                .unwrap_or_else(|| {
                    // Every row is busy: the one that frees up first.
                    row_ends
                        .iter()
                        .enumerate()
                        .min_by(|a, b| a.1.total_cmp(b.1))
                        .map_or(0, |(i, _)| i)
                });
            let y = lane_top + style.lane_header_height + (row as f32 + 0.5) * style.row_height;
            let color = Token::Lane(lane_index as u32);
            let hit = Some(HitId::Event(event.event_index));
            if is_span {
                let bar = RectPx::new(x0, y - 4.0, x1, y + 4.0);
                let fill = if event.uncertain {
                    Fill::Fuzzy(color)
                } else {
                    Fill::Solid(color)
                };
                shapes.push(Shape::Rect {
                    rect: bar,
                    fill,
                    opacity: 0.45,
                    corner_radius: 3.0,
                    hit,
                });
            }
            let selected = input.selected == Some(event.event_index);
            let stroke = if selected {
                Some(Token::Selected)
            } else if event.disputed {
                Some(Token::Disputed)
            } else {
                None
            };
            shapes.push(Shape::Circle {
                center: [marker_x, y],
                radius: style.marker_radius,
                color,
                stroke,
                hit,
            });
            // Right of the marker, else left of it; a label that fits neither waits for a zoom.
            let label_y = y - style.font_size * 0.62;
            let right = [marker_x + style.marker_radius + style.label_gap, label_y];
            let left = [
                marker_x - style.marker_radius - style.label_gap - label_width,
                label_y,
            ];
            let free = |pos: [f32; 2]| {
                let rect = text_rect(pos, &label, style.font_size);
                (rect.min_x >= 0.0
                    && rect.max_x <= width
                    && rect.max_y <= header_height + lanes_height
                    && !scene.label_rects.iter().any(|placed| placed.intersects(&rect)))
                .then_some((pos, rect))
            };
            if let Some((label_pos, label_rect)) = free(right).or_else(|| free(left)) {
                shapes.push(Shape::Text {
                    pos: label_pos,
                    text: label,
                    size: style.font_size,
                    anchor: Anchor::LeftTop,
                    color: Token::Text,
                    hit,
                });
                scene.label_rects.push(label_rect);
                row_ends[row] = needed_right;
            } else {
                row_ends[row] = row_ends[row].max(if is_span {
                    x1
                } else {
                    marker_x + style.marker_radius
                });
            }
        }
    }
    scene
}
