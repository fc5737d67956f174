//! Level of detail: a lane with more events in view than a budget draws per-column density and
//! clickable cluster counts instead of individual markers.

use super::build::Style;
use super::{Anchor, Fill, HitId, RectPx, Shape, Token};
use crate::timeline::TimeAxis;

/// A lane with more events in view than this draws density and clusters instead of markers:
/// individual labels could not be read anyway, and the frame stays within budget (the scene
/// bench builds 1,000,000 events over 20 lanes).
pub const INDIVIDUAL_EVENTS_PER_LANE_BUDGET: usize = 400;
/// Width of one density column, in points.
pub const DENSITY_BUCKET_PX: f32 = 2.0;
/// Width of one cluster (a count label and a click target), in points.
pub const CLUSTER_WIDTH_PX: f32 = 120.0;

/// Per-column counts by binary search over the lane's visible events (sorted by start):
/// the cost depends on the viewport width, not on the number of events.
pub fn density_counts(axis: &TimeAxis, starts_secs: &[i64], width: f32) -> Vec<u32> {
    let buckets = (width / DENSITY_BUCKET_PX).ceil().max(1.0) as usize;
    let mut counts = Vec::with_capacity(buckets);
    let mut before = starts_secs.partition_point(|&s| (s as f64) < axis.time_from_x(0.0));
    for bucket in 0..buckets {
        let t1 = axis.time_from_x(f64::from((bucket + 1) as f32 * DENSITY_BUCKET_PX));
        let upto = before + gallop(&starts_secs[before..], |&s| (s as f64) < t1);
        counts.push((upto - before) as u32);
        before = upto;
    }
    counts
}

/// `partition_point` by exponential search from the front: O(log k) for an answer at k, and
/// it touches memory near the previous answer, which keeps a left-to-right sweep over a large
/// sorted array in cache.
fn gallop<T>(items: &[T], is_before: impl Fn(&T) -> bool) -> usize {
    let mut bound = 1;
    while bound < items.len() && is_before(&items[bound]) {
        bound *= 2;
    }
    let low = bound / 2;
    let high = bound.min(items.len());
    low + items[low..high].partition_point(&is_before)
}

/// Where a crowded lane draws: its index, the band for the density columns, and where its
/// title ends (cluster counts go right of it).
#[derive(Clone, Copy)]
pub(super) struct DensityLane {
    pub(super) lane: u32,
    pub(super) band_top: f32,
    pub(super) band_bottom: f32,
    pub(super) title_right_x: f32,
}

pub(super) fn density_shapes(
    axis: &TimeAxis,
    starts_secs: &[i64],
    target: &DensityLane,
    width: f32,
    style: &Style,
    shapes: &mut Vec<Shape>,
) {
    let DensityLane {
        lane,
        band_top,
        band_bottom,
        title_right_x,
    } = *target;
    let counts = density_counts(axis, starts_secs, width);
    let max = counts.iter().copied().max().unwrap_or(0).max(1);
    let band_height = (band_bottom - band_top).max(1.0);
    let bucket_secs = |b: usize| axis.time_from_x(f64::from(b as f32 * DENSITY_BUCKET_PX)) as i64;
    for (bucket, &count) in counts.iter().enumerate() {
        if count == 0 {
            continue;
        }
        // Log scale: one event stays visible next to a thousand.
        let height = band_height * ((1.0 + count as f32).ln() / (1.0 + max as f32).ln()).max(0.08);
        let x = bucket as f32 * DENSITY_BUCKET_PX;
        shapes.push(Shape::Rect {
            rect: RectPx::new(x, band_bottom - height, x + DENSITY_BUCKET_PX, band_bottom),
            fill: Fill::Solid(Token::Lane(lane)),
            opacity: 0.75,
            corner_radius: 0.0,
            hit: Some(HitId::Cluster {
                lane,
                start_secs: bucket_secs(bucket),
                end_secs: bucket_secs(bucket + 1),
            }),
        });
    }
    let per_cluster = (CLUSTER_WIDTH_PX / DENSITY_BUCKET_PX) as usize;
    for (index, chunk) in counts.chunks(per_cluster).enumerate() {
        let total: u64 = chunk.iter().map(|&c| u64::from(c)).sum();
        if total == 0 {
            continue;
        }
        let first = index * per_cluster;
        // Counts go in the lane's header row, right of the lane title, clear of the bars.
        let x = first as f32 * DENSITY_BUCKET_PX + 2.0;
        if x < title_right_x + style.label_gap * 2.0 {
            continue;
        }
        shapes.push(Shape::Text {
            pos: [x, band_top - style.lane_header_height + 3.0],
            text: format!("{total} events"),
            size: style.font_size,
            anchor: Anchor::LeftTop,
            color: Token::WeakText,
            hit: Some(HitId::Cluster {
                lane,
                start_secs: bucket_secs(first),
                end_secs: bucket_secs(first + chunk.len()),
            }),
        });
    }
}
