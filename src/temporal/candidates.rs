//! Turning the rules' matches into candidate time expressions against a reference date:
//! captures normalised, each rule's value evaluated; anaphoric ones wait for their antecedent,
//! and an impossible date ("February 30, 2015") stays as a candidate that only blocks.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::resolve::Captures;
use super::{Tagger, TimexMatches, calendar, tense_around};
use crate::model::TimeValue;

/// One match's reading against a reference date, before overlapping ones are chosen between.
pub(super) struct Candidate<'r> {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) rule: usize,
    pub(super) value: String,
    pub(super) time: Option<TimeValue>,
    /// For an anaphoric rule: its normalised captures, evaluated once the antecedent is known.
    pub(super) pending: Option<HashMap<&'r str, String>>,
    /// A date that cannot exist ("February 30, 2015"): it wins its words from shorter matches
    /// inside it, then is dropped.
    pub(super) impossible: bool,
}

impl Tagger {
    /// The candidates of the matches against the reference date `dct`.
    pub(super) fn candidates<'r>(
        &'r self,
        text: &str,
        matches: &TimexMatches,
        dct: NaiveDate,
    ) -> Vec<Candidate<'r>> {
        let mut found = Vec::new();
        for found_match in &matches.0 {
            let (start, end, rule_index) = (found_match.start, found_match.end, found_match.rule);
            let Some(rule) = self.rules.get(rule_index) else {
                continue;
            };
            let mut values = HashMap::new();
            let mut complete = true;
            for (group, fragment) in &rule.captures {
                let written = found_match
                    .groups
                    .iter()
                    .find(|(name, _)| name == group)
                    .and_then(|(_, range)| text.get(range.clone()));
                if let Some(written) = written {
                    match self.normalise(fragment, written, dct) {
                        Some(v) => {
                            values.insert(group.as_str(), v);
                        }
                        None => complete = false,
                    }
                }
            }
            if !complete {
                continue;
            }
            let candidate = |value, time, pending, impossible| Candidate {
                start,
                end,
                rule: rule_index,
                value,
                time,
                pending,
                impossible,
            };
            if rule.anaphoric {
                found.push(candidate(String::new(), None, Some(values), false));
                continue;
            }
            let tense = || tense_around(text, start, end);
            let captures = Captures {
                values,
                dct,
                anchor: None,
                tense: &tense,
            };
            match rule.evaluate(&captures) {
                Some((value, time)) => {
                    found.push(candidate(value, time.map(|t| rule.qualify(t)), None, false));
                }
                None if calendar::names_impossible_day(&rule.captures, &captures.values) => {
                    found.push(candidate(String::new(), None, None, true));
                }
                None => {}
            }
        }
        found
    }
}
