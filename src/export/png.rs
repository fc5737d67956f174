//! A scene as PNG: the SVG of [`super::svg`] rasterised on the CPU (resvg/tiny-skia) with the
//! font embedded in the binary (the one egui draws the screen with), so the picture is the
//! same on every machine, with or without a display.

use std::sync::Arc;

use resvg::{tiny_skia, usvg};

use super::svg::scene_to_svg;
use crate::scene::{Scene, Theme};

/// Ubuntu Light (Ubuntu Font Licence, `assets/fonts/UFL.txt`): egui's default proportional font.
const EMBEDDED_FONT: &[u8] = include_bytes!("../../assets/fonts/Ubuntu-Light.ttf");

/// The largest picture side we write, in pixels (16K): beyond it memory use explodes.
pub const MAX_SIDE_PX: u32 = 16_384;

#[derive(Debug, thiserror::Error)]
pub enum PngError {
    #[error("picture size {width}×{height} px is out of range (1 to {MAX_SIDE_PX} px a side)")]
    Size { width: u32, height: u32 },
    #[error("rendering failed: {0}")]
    Render(String),
}

/// Rasterises the scene at `scale` device pixels per point.
pub fn scene_to_png(scene: &Scene, theme: Theme, scale: f32) -> Result<Vec<u8>, PngError> {
    let width = (scene.width * scale).round() as u32;
    let height = (scene.height * scale).round() as u32;
    if !(1..=MAX_SIDE_PX).contains(&width) || !(1..=MAX_SIDE_PX).contains(&height) {
        return Err(PngError::Size { width, height });
    }
    let svg = scene_to_svg(scene, theme);
    let mut options = usvg::Options {
        font_family: "Ubuntu".to_owned(),
        ..Default::default()
    };
    let mut fonts = usvg::fontdb::Database::new();
    fonts.load_font_data(EMBEDDED_FONT.to_vec());
    options.fontdb = Arc::new(fonts);
    let tree = usvg::Tree::from_str(&svg, &options).map_err(|e| PngError::Render(e.to_string()))?;
    let mut pixmap = tiny_skia::Pixmap::new(width, height).ok_or(PngError::Size { width, height })?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| PngError::Render(e.to_string()))
}
