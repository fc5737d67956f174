//! The time an event covers: one calendar unit, or a range between two.

use super::{Precision, Qualifier, TimeValue};

/// From the start of `first` to the end of `last` (both covered). A single unit has
/// `first == last`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TimeSpan {
    pub first: TimeValue,
    pub last: TimeValue,
}

impl TimeSpan {
    pub fn single(value: TimeValue) -> Self {
        Self {
            first: value,
            last: value,
        }
    }

    /// A range; the bounds are swapped if given in the wrong order.
    pub fn between(a: TimeValue, b: TimeValue) -> Self {
        if b.start_secs < a.start_secs {
            Self { first: b, last: a }
        } else {
            Self { first: a, last: b }
        }
    }

    pub fn start_secs(&self) -> i64 {
        self.first.start_secs
    }

    /// One past the last covered second.
    pub fn end_secs(&self) -> i64 {
        self.last.end_secs().max(self.first.end_secs())
    }

    /// The coarser of the two bounds' precisions.
    pub fn precision(&self) -> Precision {
        self.first.precision.min(self.last.precision)
    }

    /// True when the text does not pin the span to its calendar unit(s): approximate or
    /// open-ended bounds.
    pub fn is_uncertain(&self) -> bool {
        self.first.qualifier != Qualifier::Exact || self.last.qualifier != Qualifier::Exact
    }

    pub fn overlaps(&self, other: &Self) -> bool {
        self.start_secs() < other.end_secs() && other.start_secs() < self.end_secs()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_covers_both_units_and_reports_the_coarser_precision() {
        let y2010 = TimeValue::year(2010).expect("valid");
        let june14 = TimeValue::month(2014, 6).expect("valid");
        let span = TimeSpan::between(june14, y2010);
        assert_eq!(span.first, y2010);
        assert_eq!(span.precision(), Precision::Year);
        assert_eq!(span.end_secs(), june14.end_secs());
        assert!(!span.is_uncertain());
        let about = TimeSpan::single(june14.with_qualifier(Qualifier::Approximate));
        assert!(about.is_uncertain());
        assert!(span.overlaps(&about));
    }
}
