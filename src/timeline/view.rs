//! The persisted view (a start and a span) and the per-frame mapping between time and screen x.
//!
//! Seconds are f64 (see `crate::model::TimeValue` for the epoch): 53 bits keep sub-second
//! precision at ±10,000 years, so minutes in 2016 and years in 3000 BCE are both exact.

use serde::{Deserialize, Serialize};

/// Seconds in a mean Gregorian year.
pub const SECS_PER_YEAR: f64 = 365.2425 * 86_400.0;
/// The narrowest view: one minute across the whole width.
pub const MIN_SPAN_SECS: f64 = 60.0;
/// The widest view: ten thousand years.
pub const MAX_SPAN_SECS: f64 = 10_000.0 * SECS_PER_YEAR;
/// Share of the span left empty on each side when fitting a view to events.
pub const FIT_MARGIN_FRACTION: f64 = 0.05;

/// What is visible: `[start_secs, start_secs + span_secs)`. Tiny and `Copy`; interactions
/// return a new view rather than mutating this one.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimeView {
    pub start_secs: f64,
    pub span_secs: f64,
}

impl TimeView {
    /// A view with its span clamped to `[MIN_SPAN_SECS, MAX_SPAN_SECS]` and non-finite input
    /// repaired (to a one-year view at the epoch).
    pub fn new(start_secs: f64, span_secs: f64) -> Self {
        let span_secs = if span_secs.is_finite() {
            span_secs.clamp(MIN_SPAN_SECS, MAX_SPAN_SECS)
        } else {
            SECS_PER_YEAR
        };
        let start_secs = if start_secs.is_finite() { start_secs } else { 0.0 };
        Self {
            start_secs,
            span_secs,
        }
    }

    pub fn end_secs(&self) -> f64 {
        self.start_secs + self.span_secs
    }

    /// The view showing `[min_secs, max_secs]` with a margin on both sides; a single instant
    /// gets a one-day view around it.
    /// The view a fraction `t` (0 to 1, eased) of the way from `self` to `to`: the centre
    /// moves linearly and the span geometrically, so a zoom animation feels even at every scale.
    pub fn interpolate(self, to: Self, t: f64) -> Self {
        let t = t.clamp(0.0, 1.0);
        let eased = t * t * (3.0 - 2.0 * t);
        let center = |v: Self| v.start_secs + v.span_secs / 2.0;
        let span = self.span_secs * (to.span_secs / self.span_secs).powf(eased);
        let middle = center(self) + (center(to) - center(self)) * eased;
        Self::new(middle - span / 2.0, span)
    }

    pub fn fit(min_secs: f64, max_secs: f64) -> Self {
        const SINGLE_INSTANT_SPAN_SECS: f64 = 86_400.0;
        let (min_secs, max_secs) = if min_secs <= max_secs {
            (min_secs, max_secs)
        } else {
            (max_secs, min_secs)
        };
        let content = max_secs - min_secs;
        if content <= 0.0 {
            return Self::new(
                min_secs - SINGLE_INSTANT_SPAN_SECS / 2.0,
                SINGLE_INSTANT_SPAN_SECS,
            );
        }
        let span = content * (1.0 + 2.0 * FIT_MARGIN_FRACTION);
        let clamped = Self::new(0.0, span).span_secs;
        Self::new(min_secs - (clamped - content) / 2.0, clamped)
    }

    /// Zooms by `factor` (> 1 zooms in) keeping the time `anchor_secs` at the same screen x.
    pub fn zoomed_at(&self, anchor_secs: f64, factor: f64) -> Self {
        if !(factor.is_finite() && factor > 0.0) {
            return *self;
        }
        let span_secs = (self.span_secs / factor).clamp(MIN_SPAN_SECS, MAX_SPAN_SECS);
        let fraction = (anchor_secs - self.start_secs) / self.span_secs;
        Self::new(anchor_secs - fraction * span_secs, span_secs)
    }

    pub fn panned(&self, delta_secs: f64) -> Self {
        Self::new(self.start_secs + delta_secs, self.span_secs)
    }
}

/// The view laid over a horizontal strip of the screen, rebuilt every frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeAxis {
    pub view: TimeView,
    pub left_x: f32,
    pub width_px: f32,
}

impl TimeAxis {
    /// A degenerate width is repaired to one point so the mapping stays invertible.
    pub fn new(view: TimeView, left_x: f32, width_px: f32) -> Self {
        Self {
            view,
            left_x,
            width_px: if width_px.is_finite() && width_px >= 1.0 {
                width_px
            } else {
                1.0
            },
        }
    }

    pub fn secs_per_px(&self) -> f64 {
        self.view.span_secs / f64::from(self.width_px)
    }

    /// Screen x of a time; far off-screen times give far off-screen x (as f64 to not lose them).
    pub fn x_from_time(&self, secs: f64) -> f64 {
        f64::from(self.left_x) + (secs - self.view.start_secs) / self.secs_per_px()
    }

    pub fn time_from_x(&self, x: f64) -> f64 {
        self.view.start_secs + (x - f64::from(self.left_x)) * self.secs_per_px()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn fit_leaves_margins_and_single_instants_get_a_day() {
        let view = TimeView::fit(0.0, 100.0 * SECS_PER_YEAR);
        assert!((view.start_secs + 5.0 * SECS_PER_YEAR).abs() < 1.0);
        assert!((view.span_secs - 110.0 * SECS_PER_YEAR).abs() < 1.0);
        assert_eq!(TimeView::fit(500.0, 500.0).span_secs, 86_400.0);
    }

    #[test]
    fn spans_are_clamped_to_a_minute_and_ten_thousand_years() {
        assert_eq!(TimeView::new(0.0, 1.0).span_secs, MIN_SPAN_SECS);
        assert_eq!(TimeView::new(0.0, 1e15).span_secs, MAX_SPAN_SECS);
        assert_eq!(
            TimeView::new(f64::NAN, f64::INFINITY),
            TimeView::new(0.0, SECS_PER_YEAR)
        );
        let view = TimeView::new(0.0, 120.0);
        assert_eq!(view.zoomed_at(60.0, 1000.0).span_secs, MIN_SPAN_SECS);
    }

    #[test]
    fn minutes_in_3000_bce_are_exact() {
        let start = -5000.0 * SECS_PER_YEAR;
        let axis = TimeAxis::new(TimeView::new(start, 3600.0), 0.0, 1200.0);
        let minute_later = start + 60.0;
        assert!((axis.x_from_time(minute_later) - 20.0).abs() < 1e-6);
    }

    #[test]
    fn interpolation_starts_and_ends_at_the_views() {
        let a = TimeView::new(0.0, 86_400.0);
        let b = TimeView::new(1e9, 1e8);
        assert_eq!(a.interpolate(b, 0.0), a);
        let end = a.interpolate(b, 1.0);
        assert!((end.start_secs - b.start_secs).abs() < 1e-3 && (end.span_secs - b.span_secs).abs() < 1e-3);
        let half = a.interpolate(b, 0.5);
        assert!((half.span_secs - (a.span_secs * b.span_secs).sqrt()).abs() / half.span_secs < 1e-9);
    }

    proptest! {
        #[test]
        fn x_and_time_round_trip(start in -3e11f64..3e11, span in 60f64..3e11, x in -5000f64..5000.0) {
            let axis = TimeAxis::new(TimeView::new(start, span), 10.0, 1600.0);
            let back = axis.x_from_time(axis.time_from_x(x));
            prop_assert!((back - x).abs() < 1e-3, "{back} vs {x}");
        }

        #[test]
        fn zoom_keeps_the_time_under_the_cursor(start in -3e11f64..3e11, span in 600f64..3e11,
                                                 x in 0f64..1600.0, factor in 0.1f64..10.0) {
            let axis = TimeAxis::new(TimeView::new(start, span), 0.0, 1600.0);
            let anchor = axis.time_from_x(x);
            let zoomed = TimeAxis::new(axis.view.zoomed_at(anchor, factor), 0.0, 1600.0);
            prop_assert!((zoomed.x_from_time(anchor) - x).abs() < 1e-3);
        }
    }
}
