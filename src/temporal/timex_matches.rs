//! The temporal rules' matches in one text, before any reference date.

use std::ops::Range;

/// One rule's match in a text: where, and the byte range of each named capture.
#[derive(Clone, Debug)]
pub(super) struct RuleMatch {
    pub(super) rule: usize,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) groups: Vec<(String, Range<usize>)>,
}

/// The rules' matches in one text, found once ([`super::Tagger::find_matches`]) and resolved
/// against any reference date ([`super::Tagger::tag_matches`]).
#[derive(Clone, Debug, Default)]
pub struct TimexMatches(pub(super) Vec<RuleMatch>);

impl TimexMatches {
    /// Where each time expression starts: overlapping matches of several rules ("March 3,
    /// 2015" and its "2015") are one expression.
    fn expression_starts(&self) -> Vec<usize> {
        let mut spans: Vec<(usize, usize)> = self.0.iter().map(|m| (m.start, m.end)).collect();
        spans.sort_unstable();
        let mut starts = Vec::new();
        let mut reach = 0;
        for (start, end) in spans {
            if starts.is_empty() || start >= reach {
                starts.push(start);
                reach = end;
            } else {
                reach = reach.max(end);
            }
        }
        starts
    }

    /// How many time expressions the text holds.
    pub fn expression_count(&self) -> usize {
        self.expression_starts().len()
    }

    /// Keeps the first `max_expressions` time expressions of the text and drops the rest;
    /// returns the byte offset where the dropped ones begin, or `None` when none is dropped.
    pub fn keep_first(&mut self, max_expressions: usize) -> Option<usize> {
        // Every expression has at least one match: few matches need no count.
        if self.0.len() <= max_expressions {
            return None;
        }
        let cut = *self.expression_starts().get(max_expressions)?;
        self.0.retain(|m| m.start < cut);
        Some(cut)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(start: usize) -> RuleMatch {
        RuleMatch {
            rule: 0,
            start,
            end: start + 1,
            groups: Vec::new(),
        }
    }

    #[test]
    fn keeps_the_first_expressions_and_says_where_the_rest_began() {
        let mut inside = at(10);
        inside.end = 15;
        let mut matches = TimexMatches(vec![at(30), inside, at(12), at(20)]);
        assert_eq!(
            matches.expression_count(),
            3,
            "the match at 12 is inside the one at 10"
        );
        assert_eq!(matches.clone().keep_first(3), None);
        assert_eq!(matches.keep_first(2), Some(30));
        assert_eq!(matches.expression_count(), 2);
        assert_eq!(matches.0.len(), 3, "both matches of the first expression stay");
    }
}
