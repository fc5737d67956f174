//! A scene as SVG: real `<text>` elements (searchable, editable), colours from the theme,
//! fuzzy bars as gradients.

use std::fmt::Write;

use super::text_safety::escape_markup;
use crate::scene::{Anchor, Fill, Scene, Shape, Theme, Token};

/// The font family written into the SVG; the PNG rasteriser loads the same embedded font.
pub const FONT_FAMILY: &str = "Ubuntu, DejaVu Sans, sans-serif";

fn color(theme: Theme, token: Token) -> String {
    let [r, g, b, _] = theme.rgba(token);
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// Writes the scene as a standalone SVG document.
pub fn scene_to_svg(scene: &Scene, theme: Theme) -> String {
    let mut svg = String::new();
    let mut gradients = String::new();
    let mut body = String::new();
    for (index, shape) in scene.shapes.iter().enumerate() {
        // `write!` to a String cannot fail.
        let _ = match shape {
            Shape::Rect {
                rect,
                fill,
                opacity,
                corner_radius,
                ..
            } => {
                let paint = match fill {
                    Fill::Solid(token) => color(theme, *token),
                    Fill::Fuzzy(token) => {
                        let c = color(theme, *token);
                        let _ = write!(
                            gradients,
                            r#"<linearGradient id="fuzzy{index}"><stop offset="0" stop-color="{c}" stop-opacity="0"/><stop offset="0.3" stop-color="{c}"/><stop offset="0.7" stop-color="{c}"/><stop offset="1" stop-color="{c}" stop-opacity="0"/></linearGradient>"#
                        );
                        format!("url(#fuzzy{index})")
                    }
                };
                writeln!(
                    body,
                    r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="{corner_radius:.1}" fill="{paint}" fill-opacity="{opacity:.2}"/>"#,
                    rect.min_x,
                    rect.min_y,
                    rect.width().max(0.0),
                    rect.height().max(0.0)
                )
            }
            Shape::Line {
                from,
                to,
                width,
                color: token,
            } => writeln!(
                body,
                r#"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{}" stroke-width="{width:.1}"/>"#,
                from[0],
                from[1],
                to[0],
                to[1],
                color(theme, *token)
            ),
            Shape::Circle {
                center,
                radius,
                color: token,
                stroke,
                ..
            } => {
                let stroke = stroke
                    .map(|s| format!(r#" stroke="{}" stroke-width="2""#, color(theme, s)))
                    .unwrap_or_default();
                writeln!(
                    body,
                    r#"<circle cx="{:.1}" cy="{:.1}" r="{radius:.1}" fill="{}"{stroke}/>"#,
                    center[0],
                    center[1],
                    color(theme, *token)
                )
            }
            Shape::Text {
                pos,
                text,
                size,
                anchor,
                color: token,
                ..
            } => {
                let (text_anchor, baseline) = match anchor {
                    Anchor::LeftTop => ("start", "hanging"),
                    Anchor::CenterTop => ("middle", "hanging"),
                    Anchor::RightTop => ("end", "hanging"),
                    Anchor::LeftCenter => ("start", "middle"),
                };
                writeln!(
                    body,
                    r#"<text x="{:.1}" y="{:.1}" font-size="{size:.1}" text-anchor="{text_anchor}" dominant-baseline="{baseline}" fill="{}">{}</text>"#,
                    pos[0],
                    pos[1],
                    color(theme, *token),
                    escape_markup(text)
                )
            }
        };
    }
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{FONT_FAMILY}">"#,
        w = scene.width,
        h = scene.height
    );
    if !gradients.is_empty() {
        let _ = writeln!(svg, "<defs>{gradients}</defs>");
    }
    svg.push_str(&body);
    svg.push_str("</svg>\n");
    svg
}
