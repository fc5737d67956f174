//! The renderer-neutral scene: shapes, text runs and hit ids in screen points, with colours as
//! theme tokens. Built once per frame by [`build_scene`]; painted by egui on screen and by the
//! exporter to SVG/PNG, so both show the same thing.

mod build;
mod density;
mod header;
mod theme;

pub use build::{EventTitles, SceneInput, Style, build_scene};
pub use density::{CLUSTER_WIDTH_PX, DENSITY_BUCKET_PX, INDIVIDUAL_EVENTS_PER_LANE_BUDGET, density_counts};
pub use theme::{Rgba, Theme, Token};

/// An axis-aligned rectangle in screen points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RectPx {
    pub min_x: f32,
    pub min_y: f32,
    pub max_x: f32,
    pub max_y: f32,
}

impl RectPx {
    pub fn new(min_x: f32, min_y: f32, max_x: f32, max_y: f32) -> Self {
        Self {
            min_x,
            min_y,
            max_x,
            max_y,
        }
    }
    pub fn width(&self) -> f32 {
        self.max_x - self.min_x
    }
    pub fn height(&self) -> f32 {
        self.max_y - self.min_y
    }
    pub fn intersects(&self, other: &Self) -> bool {
        self.min_x < other.max_x
            && other.min_x < self.max_x
            && self.min_y < other.max_y
            && other.min_y < self.max_y
    }
    pub fn contains(&self, x: f32, y: f32) -> bool {
        (self.min_x..=self.max_x).contains(&x) && (self.min_y..=self.max_y).contains(&y)
    }
}

/// What a shape stands for, so a click on it can be resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HitId {
    /// An index into the extraction's events.
    Event(u32),
    Lane(u32),
    Tick,
    /// A crowded stretch of a lane, drawn as density: clicking it zooms into it.
    Cluster {
        lane: u32,
        start_secs: i64,
        end_secs: i64,
    },
}

/// How a rectangle is filled.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fill {
    Solid(Token),
    /// Opaque in the middle, fading out at both ends: a date known only to a range.
    Fuzzy(Token),
}

/// Which point of a text run `pos` names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    LeftTop,
    CenterTop,
    RightTop,
    LeftCenter,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Rect {
        rect: RectPx,
        fill: Fill,
        opacity: f32,
        corner_radius: f32,
        hit: Option<HitId>,
    },
    Line {
        from: [f32; 2],
        to: [f32; 2],
        width: f32,
        color: Token,
    },
    Circle {
        center: [f32; 2],
        radius: f32,
        color: Token,
        stroke: Option<Token>,
        hit: Option<HitId>,
    },
    Text {
        pos: [f32; 2],
        text: String,
        size: f32,
        anchor: Anchor,
        color: Token,
        hit: Option<HitId>,
    },
}

/// Everything to draw for one view.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scene {
    pub width: f32,
    pub height: f32,
    pub shapes: Vec<Shape>,
    /// Label rectangles as placed (for tests: they never intersect).
    pub label_rects: Vec<RectPx>,
}

/// Extra distance (points) at which a click still hits a marker.
pub const HIT_SLOP_PX: f32 = 4.0;

impl Scene {
    /// Every shape's hit id, in drawing order.
    pub fn hit_ids(&self) -> impl Iterator<Item = HitId> + '_ {
        self.shapes.iter().filter_map(|shape| match shape {
            Shape::Rect { hit, .. } | Shape::Circle { hit, .. } | Shape::Text { hit, .. } => *hit,
            Shape::Line { .. } => None,
        })
    }

    /// The topmost shape with a hit id under `(x, y)`.
    pub fn hit_test(&self, x: f32, y: f32) -> Option<HitId> {
        self.shapes.iter().rev().find_map(|shape| match shape {
            Shape::Circle {
                center,
                radius,
                hit: Some(hit),
                ..
            } => {
                let (dx, dy) = (x - center[0], y - center[1]);
                (dx * dx + dy * dy <= (radius + HIT_SLOP_PX).powi(2)).then_some(*hit)
            }
            Shape::Rect {
                rect, hit: Some(hit), ..
            } => rect.contains(x, y).then_some(*hit),
            Shape::Text {
                pos,
                text,
                size,
                hit: Some(hit),
                ..
            } => build::text_rect(*pos, text, *size).contains(x, y).then_some(*hit),
            _ => None,
        })
    }

    /// A readable, stable text form for snapshot tests.
    pub fn to_text(&self) -> String {
        let mut out = format!("scene {}x{}\n", self.width, self.height);
        for shape in &self.shapes {
            let line = match shape {
                Shape::Rect {
                    rect,
                    fill,
                    opacity,
                    hit,
                    ..
                } => format!(
                    "rect {:.1},{:.1} {:.1}x{:.1} {fill:?} a={opacity:.2} {hit:?}",
                    rect.min_x,
                    rect.min_y,
                    rect.width(),
                    rect.height()
                ),
                Shape::Line { from, to, color, .. } => {
                    format!(
                        "line {:.1},{:.1} -> {:.1},{:.1} {color:?}",
                        from[0], from[1], to[0], to[1]
                    )
                }
                Shape::Circle {
                    center,
                    radius,
                    color,
                    hit,
                    ..
                } => {
                    format!(
                        "circle {:.1},{:.1} r={radius:.1} {color:?} {hit:?}",
                        center[0], center[1]
                    )
                }
                Shape::Text {
                    pos,
                    text,
                    anchor,
                    color,
                    ..
                } => {
                    format!("text {:.1},{:.1} {anchor:?} {color:?} {text:?}", pos[0], pos[1])
                }
            };
            out.push_str(&line);
            out.push('\n');
        }
        out
    }
}
