//! Paints a [`Scene`] with egui: the same shapes the exporter writes to SVG/PNG.

use egui::{Align2, Color32, FontId, Mesh, Painter, Pos2, Rect, Stroke, Vec2};

use crate::scene::{Anchor, Fill, RectPx, Scene, Shape, Theme, Token};

fn color(theme: Theme, token: Token, opacity: f32) -> Color32 {
    let [r, g, b, a] = theme.rgba(token);
    Color32::from_rgba_unmultiplied(r, g, b, (f32::from(a) * opacity.clamp(0.0, 1.0)) as u8)
}

fn rect(rect: &RectPx, origin: Vec2) -> Rect {
    Rect::from_min_max(
        Pos2::new(rect.min_x, rect.min_y),
        Pos2::new(rect.max_x, rect.max_y),
    )
    .translate(origin)
}

/// A horizontal gradient quad from `left` to `right` colour.
fn gradient_quad(mesh: &mut Mesh, area: Rect, left: Color32, right: Color32) {
    let base = mesh.vertices.len() as u32;
    mesh.colored_vertex(area.left_top(), left);
    mesh.colored_vertex(area.right_top(), right);
    mesh.colored_vertex(area.right_bottom(), right);
    mesh.colored_vertex(area.left_bottom(), left);
    mesh.add_triangle(base, base + 1, base + 2);
    mesh.add_triangle(base, base + 2, base + 3);
}

/// Share of a fuzzy bar's width that fades at each end (the SVG gradient uses the same stops).
const FUZZY_FADE_FRACTION: f32 = 0.3;

/// Paints `scene` with its top-left corner at `origin`.
pub fn paint_scene(painter: &Painter, scene: &Scene, theme: Theme, origin: Vec2) {
    for shape in &scene.shapes {
        match shape {
            Shape::Rect {
                rect: r,
                fill,
                opacity,
                corner_radius,
                ..
            } => {
                let area = rect(r, origin);
                match fill {
                    Fill::Solid(token) => {
                        painter.rect_filled(area, *corner_radius, color(theme, *token, *opacity));
                    }
                    Fill::Fuzzy(token) => {
                        let solid = color(theme, *token, *opacity);
                        let clear = color(theme, *token, 0.0);
                        let fade = area.width() * FUZZY_FADE_FRACTION;
                        let mut mesh = Mesh::default();
                        let left = Rect::from_min_max(area.min, Pos2::new(area.min.x + fade, area.max.y));
                        let middle = Rect::from_min_max(
                            Pos2::new(left.max.x, area.min.y),
                            Pos2::new(area.max.x - fade, area.max.y),
                        );
                        let right = Rect::from_min_max(Pos2::new(middle.max.x, area.min.y), area.max);
                        gradient_quad(&mut mesh, left, clear, solid);
                        gradient_quad(&mut mesh, middle, solid, solid);
                        gradient_quad(&mut mesh, right, solid, clear);
                        painter.add(mesh);
                    }
                }
            }
            Shape::Line {
                from,
                to,
                width,
                color: token,
            } => {
                painter.line_segment(
                    [
                        Pos2::new(from[0], from[1]) + origin,
                        Pos2::new(to[0], to[1]) + origin,
                    ],
                    Stroke::new(*width, color(theme, *token, 1.0)),
                );
            }
            Shape::Circle {
                center,
                radius,
                color: token,
                stroke,
                ..
            } => {
                let center = Pos2::new(center[0], center[1]) + origin;
                painter.circle_filled(center, *radius, color(theme, *token, 1.0));
                if let Some(stroke) = stroke {
                    painter.circle_stroke(
                        center,
                        *radius + 1.0,
                        Stroke::new(2.0, color(theme, *stroke, 1.0)),
                    );
                }
            }
            Shape::Text {
                pos,
                text,
                size,
                anchor,
                color: token,
                ..
            } => {
                let align = match anchor {
                    Anchor::LeftTop => Align2::LEFT_TOP,
                    Anchor::CenterTop => Align2::CENTER_TOP,
                    Anchor::RightTop => Align2::RIGHT_TOP,
                    Anchor::LeftCenter => Align2::LEFT_CENTER,
                };
                painter.text(
                    Pos2::new(pos[0], pos[1]) + origin,
                    align,
                    text,
                    FontId::proportional(*size),
                    color(theme, *token, 1.0),
                );
            }
        }
    }
}
