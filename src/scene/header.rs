//! The exported picture's header: the title, a legend of the lanes (colour and name) and the
//! time range, so a picture makes sense on its own in a report or a slide.

use super::build::{Style, text_rect};
use super::{Anchor, Fill, RectPx, Shape, Token};
use crate::timeline::TimeView;

/// Side of a legend swatch and the gaps around legend entries, in pixels.
const LEGEND_SWATCH_PX: f32 = 10.0;
const LEGEND_GAP_PX: f32 = 14.0;

/// Header shapes: the title on the left, the legend after it while it fits (then "+N more"),
/// the time range on the right.
pub fn header_shapes(
    caption: &str,
    lanes: &[String],
    view: &TimeView,
    width: f32,
    style: &Style,
    shapes: &mut Vec<Shape>,
) {
    let date = |secs: f64| {
        crate::model::datetime_from_secs(secs as i64)
            .map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string())
    };
    let title_size = style.lane_title_size + 3.0;
    let title_pos = [8.0, 7.0];
    shapes.push(Shape::Text {
        pos: title_pos,
        text: caption.to_owned(),
        size: title_size,
        anchor: Anchor::LeftTop,
        color: Token::Text,
        hit: None,
    });
    let range = format!("{} – {}", date(view.start_secs), date(view.end_secs()));
    let range_left = width - 8.0 - text_rect([0.0, 0.0], &range, style.font_size).width();
    shapes.push(Shape::Text {
        pos: [width - 8.0, 9.0],
        text: range,
        size: style.font_size,
        anchor: Anchor::RightTop,
        color: Token::WeakText,
        hit: None,
    });
    let mut x = title_pos[0] + text_rect([0.0, 0.0], caption, title_size).width() + 2.0 * LEGEND_GAP_PX;
    let y = (style.header_height - LEGEND_SWATCH_PX) / 2.0;
    for (index, lane) in lanes.iter().enumerate() {
        let entry_width = LEGEND_SWATCH_PX + 4.0 + text_rect([0.0, 0.0], lane, style.font_size).width();
        let more = format!("+{} more", lanes.len() - index);
        let more_width = text_rect([0.0, 0.0], &more, style.font_size).width();
        if x + entry_width + LEGEND_GAP_PX + more_width > range_left {
            shapes.push(legend_text([x, y - 1.0], more, style));
            break;
        }
        shapes.push(Shape::Rect {
            rect: RectPx::new(x, y, x + LEGEND_SWATCH_PX, y + LEGEND_SWATCH_PX),
            fill: Fill::Solid(Token::Lane(index as u32)),
            opacity: 1.0,
            corner_radius: 2.0,
            hit: None,
        });
        shapes.push(legend_text(
            [x + LEGEND_SWATCH_PX + 4.0, y - 1.0],
            lane.clone(),
            style,
        ));
        x += entry_width + LEGEND_GAP_PX;
    }
    shapes.push(Shape::Line {
        from: [0.0, style.header_height - 1.0],
        to: [width, style.header_height - 1.0],
        width: 1.0,
        color: Token::Grid,
    });
}

fn legend_text(pos: [f32; 2], text: String, style: &Style) -> Shape {
    Shape::Text {
        pos,
        text,
        size: style.font_size,
        anchor: Anchor::LeftTop,
        color: Token::Text,
        hit: None,
    }
}
