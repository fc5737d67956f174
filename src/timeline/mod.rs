//! The timeline engine, without egui: view maths, calendar ticks and lane layout.

mod filter;
mod lanes;
mod ticks;
mod view;

pub use filter::EventFilter;
pub use lanes::{LaneMode, TimelineEvent, TimelineModel};
pub use ticks::{
    LADDER, MIN_LABEL_SPACING_PX, MIN_MINOR_TICK_SPACING_PX, TickStep, choose_step, ticks, year_label,
};
pub use view::{FIT_MARGIN_FRACTION, MAX_SPAN_SECS, MIN_SPAN_SECS, SECS_PER_YEAR, TimeAxis, TimeView};
