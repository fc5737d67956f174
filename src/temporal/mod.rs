//! The temporal tagger: finds TIMEX3 expressions in English news text and normalises them
//! against a reference date (the article's publication date; never the clock).
//!
//! Rules are data (`assets/rules/en/`): normalisation tables, regex fragments, and rules by
//! type, each with examples that are run as tests (`tests/rule_examples.rs`).

mod calendar;
mod candidates;
mod duration;
mod fragments;
mod holiday;
pub mod lexicon;
mod matchers;
mod normalise;
mod pick;
mod ranges;
mod resolve;
mod rules;
mod shift;
mod tense;
mod timex;
mod timex_matches;
mod unit_part;
mod value;

use std::collections::HashMap;

use chrono::NaiveDate;

pub use fragments::Fragment;
pub use lexicon::{Lexicon, WordExample, WordList};
pub use normalise::Tables;
pub use rules::{DEFAULT_EXAMPLE_DCT, Example, Rule, RuleError};
pub use tense::{MAX_SENTENCE_BYTES, Tense, clause_around, tense_around};
pub use timex::{Timex, TimexType};
use timex_matches::RuleMatch;
pub use timex_matches::TimexMatches;
pub use unit_part::{UnitPart, part_named, span_of_part};

use crate::model::{CharCursor, Precision, TimeValue};
use candidates::Candidate;
use resolve::Captures;

/// The English rule files, compiled into the binary so start-up reads no files.
pub const ENGLISH_RULE_FILES: [(&str, &str); 4] = [
    (
        "assets/rules/en/date.toml",
        include_str!("../../assets/rules/en/date.toml"),
    ),
    (
        "assets/rules/en/time.toml",
        include_str!("../../assets/rules/en/time.toml"),
    ),
    (
        "assets/rules/en/duration.toml",
        include_str!("../../assets/rules/en/duration.toml"),
    ),
    (
        "assets/rules/en/set.toml",
        include_str!("../../assets/rules/en/set.toml"),
    ),
];
const ENGLISH_TABLES: (&str, &str) = (
    "assets/rules/en/normalisation.toml",
    include_str!("../../assets/rules/en/normalisation.toml"),
);
const ENGLISH_FRAGMENTS: (&str, &str) = (
    "assets/rules/en/patterns.toml",
    include_str!("../../assets/rules/en/patterns.toml"),
);

/// Two-digit years up to this many years after the reference year are read as this century
/// ("'20" in 2016 → 2020); later ones as the previous century ("'98" → 1998).
const TWO_DIGIT_YEAR_FUTURE_WINDOW: i32 = 10;

/// A compiled rule set.
#[derive(Debug)]
pub struct Tagger {
    rules: Vec<Rule>,
    tables: Tables,
    fragments: HashMap<String, Fragment>,
    /// Every rule's regex in one set: one pass over a text tells which rules can match.
    prefilter: matchers::RuleSet,
}

/// A value of precision `wanted` somewhere in the coarser `within`: `1998-10-XX` for a day
/// in October 1998, `1998-XX` for a month in 1998; other precisions keep `within`'s value.
fn unknown_within(within: &TimeValue, wanted: Precision) -> String {
    let iso = within.to_iso();
    match (within.precision, wanted) {
        (Precision::Month, Precision::Day) => format!("{iso}-XX"),
        (Precision::Year, Precision::Month) => format!("{iso}-XX"),
        (Precision::Year, Precision::Day) => format!("{iso}-XX-XX"),
        _ => iso,
    }
}

/// How far back (in bytes of text) an anaphoric expression looks for the date it refers to:
/// about a paragraph. Further, "that day" falls back to the reference date.
const ANTECEDENT_MAX_DISTANCE_BYTES: usize = 1500;

impl Tagger {
    /// The English tagger from the rule files shipped in the binary.
    pub fn english() -> Result<Self, RuleError> {
        Self::from_sources(ENGLISH_TABLES, ENGLISH_FRAGMENTS, &ENGLISH_RULE_FILES)
    }

    /// Compiles `(file name, contents)` sources; errors name the file, line and rule.
    pub fn from_sources(
        tables: (&str, &str),
        fragments: (&str, &str),
        rule_files: &[(&str, &str)],
    ) -> Result<Self, RuleError> {
        let tables = Tables::parse(tables.0, tables.1)?;
        let fragments = fragments::parse_fragments(fragments.0, fragments.1, &tables)?;
        let (all, prefilter) = rules::compile_rule_files(rule_files, &fragments)?;
        Ok(Self {
            rules: all,
            tables,
            fragments,
            prefilter,
        })
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    fn normalise(&self, fragment: &str, text: &str, dct: NaiveDate) -> Option<String> {
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        if let Some(table) = self.fragments.get(fragment).and_then(|f| f.table.as_deref()) {
            return match self.tables.lookup(table, text) {
                Some(value) => Some(value),
                None if !digits.is_empty() && text.trim().chars().all(|c| c.is_ascii_digit() || c == ',') => {
                    Some(digits)
                }
                None => None,
            };
        }
        match fragment {
            "year" | "year2" => {
                let year: i32 = digits.parse().ok()?;
                let year = if digits.len() <= 2 {
                    let this_century = chrono::Datelike::year(&dct) / 100 * 100;
                    if this_century + year <= chrono::Datelike::year(&dct) + TWO_DIGIT_YEAR_FUTURE_WINDOW {
                        this_century + year
                    } else {
                        this_century - 100 + year
                    }
                } else {
                    year
                };
                Some(format!("{year:04}"))
            }
            "day" | "month_num" | "hour" | "minute" => {
                let number: u32 = digits.parse().ok()?;
                Some(format!("{number:02}"))
            }
            "ampm" => Some(
                if text.to_ascii_lowercase().starts_with('p') {
                    "PM"
                } else {
                    "AM"
                }
                .to_owned(),
            ),
            _ => Some(text.to_owned()),
        }
    }

    /// Every rule's matches in `text`, before any reference date: the regex work, done once
    /// however many reference dates the text is then resolved against.
    pub fn find_matches(&self, text: &str) -> TimexMatches {
        let mut found = Vec::new();
        let matching = self.prefilter.matching_rules(text);
        matchers::compile_all(matching.iter().map(|&index| &self.rules[index].regex));
        for rule_index in matching {
            let rule = &self.rules[rule_index];
            let Some(regex) = rule.regex.get() else { continue };
            for caps in regex.captures_iter(text) {
                let Some(whole) = caps.get(0) else { continue };
                let (start, end) = (whole.start(), whole.end());
                // The match must end at a word boundary (the regex only checks the start).
                let ends_in_word = text[..end].chars().next_back().is_some_and(char::is_alphanumeric);
                if start == end
                    || (ends_in_word && text[end..].chars().next().is_some_and(char::is_alphanumeric))
                    || starts_inside_a_number(text, start)
                    || ends_inside_a_number(text, end)
                    || rule.vetoed_by_context(text, start, end)
                    || article_with_plural_unit(rule, &caps)
                {
                    continue;
                }
                let groups = rule
                    .captures
                    .keys()
                    .filter_map(|group| Some((group.clone(), caps.name(group)?.range())))
                    .collect();
                found.push(RuleMatch {
                    rule: rule_index,
                    start,
                    end,
                    groups,
                });
            }
        }
        TimexMatches(found)
    }

    /// Values for the anaphoric candidates ("later that day"): computed from the nearest
    /// earlier placed date fine enough for them (a day for "that day"), within
    /// [`ANTECEDENT_MAX_DISTANCE_BYTES`], else from the reference date. Unresolvable ones go.
    fn resolve_anaphors(&self, text: &str, dct: NaiveDate, chosen: &mut Vec<Candidate>) {
        let mut resolved = Vec::with_capacity(chosen.len());
        for mut candidate in chosen.drain(..) {
            if let Some(values) = candidate.pending.take() {
                let rule = &self.rules[candidate.rule];
                let tense = || tense_around(text, candidate.start, candidate.end);
                let evaluate = |anchor: Option<TimeValue>, values: HashMap<&str, String>| {
                    let captures = Captures {
                        values,
                        dct: anchor.and_then(|a| a.start_date()).unwrap_or(dct),
                        anchor,
                        tense: &tense,
                    };
                    rule.evaluate(&captures)
                };
                // A comparison ("a year earlier") refers to a date; it is not one that the
                // story moves to, so later expressions do not refer to it.
                let mut nearby = resolved
                    .iter()
                    .rev()
                    .take_while(|earlier: &&Candidate| {
                        candidate.start - earlier.end <= ANTECEDENT_MAX_DISTANCE_BYTES
                    })
                    .filter(|earlier| !self.rules[earlier.rule].comparison);
                // The nearest placed date; if it is coarser than the expression ("that same
                // day" after "last October"), the expression is a day in it: `1998-10-XX`.
                let from_antecedent = nearby.find_map(|earlier| earlier.time).and_then(|antecedent| {
                    antecedent.start_date()?;
                    let (value, time) = evaluate(Some(antecedent), values.clone())?;
                    let wanted = time?.precision;
                    if wanted <= antecedent.precision {
                        Some((value, time))
                    } else {
                        Some((unknown_within(&antecedent, wanted), Some(antecedent)))
                    }
                });
                let Some((value, time)) = from_antecedent.or_else(|| evaluate(None, values)) else {
                    continue;
                };
                candidate.value = value;
                candidate.time = time.map(|t| rule.qualify(t));
            }
            resolved.push(candidate);
        }
        *chosen = resolved;
    }

    /// Tags `text` against the reference date `dct`. Matches never overlap: the longest match
    /// starting first wins, ties to the rule listed first.
    pub fn tag(&self, text: &str, dct: NaiveDate) -> Vec<Timex> {
        self.tag_matches(text, &self.find_matches(text), dct)
    }

    /// [`Self::tag`] from the text's matches ([`Self::find_matches`]), so that one text is
    /// matched once and resolved against several reference dates.
    pub fn tag_matches(&self, text: &str, matches: &TimexMatches, dct: NaiveDate) -> Vec<Timex> {
        let mut candidates = self.candidates(text, matches, dct);
        // A valid reading of the same words (day-month after an impossible month-day) wins over
        // an impossible one.
        candidates.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end), c.impossible, c.rule));
        let mut chosen: Vec<Candidate> = Vec::new();
        for candidate in candidates {
            if chosen.last().is_none_or(|last| candidate.start >= last.end) {
                chosen.push(candidate);
            }
        }
        chosen.retain(|c| !c.impossible);
        self.resolve_anaphors(text, dct, &mut chosen);
        ranges::share_range_years(text, &self.rules, &mut chosen);
        let mut chars = CharCursor::new(text);
        let mut timexes = Vec::with_capacity(chosen.len());
        for candidate in chosen {
            let rule = &self.rules[candidate.rule];
            timexes.push(Timex {
                start_char: chars.char_offset(candidate.start),
                end_char: chars.char_offset(candidate.end),
                start_byte: candidate.start,
                end_byte: candidate.end,
                kind: rule.kind,
                value: candidate.value,
                time: candidate.time,
                rule: rule.id.clone(),
            });
        }
        timexes
    }
}

/// Characters that join the digits of one number: "1.5", "1,500", "1/2".
const NUMBER_JOINERS: [char; 3] = ['.', ',', '/'];

/// Whether a match starting at `start` begins with digits that continue a number before it
/// ("5 years" in "1.5 years" or "2.25 years").
fn starts_inside_a_number(text: &str, start: usize) -> bool {
    let starts_with_digit = text[start..].starts_with(|c: char| c.is_ascii_digit());
    let mut before = text[..start].chars().rev();
    starts_with_digit
        && before.next().is_some_and(|c| NUMBER_JOINERS.contains(&c))
        && before.next().is_some_and(|c| c.is_ascii_digit())
}

/// Whether a match ending at `end` ends with digits that a decimal part or a thousands group
/// continues ("2082" in "the index closed at 2082.1").
fn ends_inside_a_number(text: &str, end: usize) -> bool {
    let ends_with_digit = text[..end].ends_with(|c: char| c.is_ascii_digit());
    let mut after = text[end..].chars();
    ends_with_digit
        && after.next().is_some_and(|c| c == '.' || c == ',')
        && after.next().is_some_and(|c| c.is_ascii_digit())
}

/// Fragments that count ("two", "a", "14").
const COUNT_FRAGMENTS: [&str; 2] = ["number", "count"];

/// Whether a match counts with an article a plural unit: "a months" in "a months-long siege"
/// is no duration (units are plural exactly when they end in "s": "years", "centuries"; "one
/// and a half hours" is fine).
fn article_with_plural_unit(rule: &Rule, caps: &regex::Captures) -> bool {
    let raw = |group: &str| caps.name(group).map(|m| m.as_str());
    let mut article = false;
    let mut plural_unit = false;
    for (group, fragment) in &rule.captures {
        if COUNT_FRAGMENTS.contains(&fragment.as_str()) {
            article |= raw(group)
                .is_some_and(|count| count.eq_ignore_ascii_case("a") || count.eq_ignore_ascii_case("an"));
        } else if fragment.starts_with("unit") {
            plural_unit |= raw(group).is_some_and(|unit| unit.ends_with(['s', 'S']));
        }
    }
    article && plural_unit
}
