//! The compiled matchers behind the rules: each rule's regex, compiled on first use, and the
//! set of all rule patterns that says, in one pass over a text, which rules to run.

use std::sync::OnceLock;

use rayon::prelude::*;
use regex::Regex;
use regex_automata::nfa::thompson::WhichCaptures;
use regex_automata::{Input, MatchKind, PatternSet, meta};

/// Room for each regex's lazily built DFA states. The default (2 MiB) is too small for the
/// set of all rules: its cache filled and was rebuilt over and over, a 4× slowdown on news.
/// It is only allocated as states are built.
const LAZY_DFA_CACHE_BYTES: usize = 64 << 20;

/// Compiles a rule regex. Rules are written for English news, so character classes and word
/// boundaries are ASCII (`\d`, `\s`, `\b`): much smaller automata than their Unicode forms,
/// which keeps rule compilation, and so `dateline tag` start-up, fast.
pub fn compile(pattern: &str) -> Result<Regex, regex::Error> {
    regex::RegexBuilder::new(pattern)
        .unicode(false)
        .dfa_size_limit(LAZY_DFA_CACHE_BYTES)
        .build()
}

/// A rule's regex, compiled on first use: start-up compiles only the set of all patterns
/// (which also checks each one), and a run then compiles just the rules its texts can match.
#[derive(Debug)]
pub struct LazyRegex {
    source: String,
    compiled: OnceLock<Option<Regex>>,
}

impl LazyRegex {
    pub fn new(source: &str) -> Self {
        Self {
            source: source.to_owned(),
            compiled: OnceLock::new(),
        }
    }

    /// The compiled regex; `None` only if the pattern does not compile, which the set of all
    /// patterns has already ruled out at start-up.
    pub fn get(&self) -> Option<&Regex> {
        self.compiled.get_or_init(|| compile(&self.source).ok()).as_ref()
    }

    pub fn as_str(&self) -> &str {
        &self.source
    }

    fn is_compiled(&self) -> bool {
        self.compiled.get().is_some()
    }
}

/// Compiles, in parallel, those of `regexes` not compiled yet (a process's first texts need
/// most rules at once: this spreads that start-up cost over the cores).
pub fn compile_all<'a>(regexes: impl Iterator<Item = &'a LazyRegex>) {
    let pending: Vec<&LazyRegex> = regexes.filter(|regex| !regex.is_compiled()).collect();
    if pending.len() > 1 {
        pending.par_iter().for_each(|regex| {
            regex.get();
        });
    }
}

/// All rule patterns, in a few sets built in parallel (the sets are most of `dateline tag`'s
/// start-up; one per core halves it on two cores for a second pass over each text).
#[derive(Debug)]
pub struct RuleSet {
    /// Each set with the index of its first rule.
    parts: Vec<(usize, meta::Regex)>,
}

impl RuleSet {
    /// Compiles `sources` (one pattern per rule, in rule order).
    pub fn new(sources: &[String]) -> Result<Self, Box<meta::BuildError>> {
        let parts_wanted = rayon::current_num_threads().clamp(1, sources.len().max(1));
        let chunk_len = sources.len().div_ceil(parts_wanted).max(1);
        let parts = sources
            .par_chunks(chunk_len)
            .enumerate()
            .map(|(index, chunk)| compile_set(chunk).map(|set| (index * chunk_len, set)))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self { parts })
    }

    /// The indices of the rules whose patterns match somewhere in `text`, ascending.
    pub fn matching_rules(&self, text: &str) -> Vec<usize> {
        let input = Input::new(text);
        let mut rules = Vec::new();
        for (first_rule, set) in &self.parts {
            let mut matched = PatternSet::new(set.pattern_len());
            set.which_overlapping_matches(&input, &mut matched);
            rules.extend(matched.iter().map(|id| first_rule + id.as_usize()));
        }
        rules
    }
}

/// One set of patterns, built for start-up speed: no literal prefilter (extracting literals
/// from a hundred large alternations costs more than it would save in a pass that finds some
/// rule in nearly every sentence), no capture groups (the set only says which rules match),
/// and only the lazy DFA and the PikeVM.
fn compile_set(sources: &[String]) -> Result<meta::Regex, Box<meta::BuildError>> {
    meta::Builder::new()
        .configure(
            meta::Config::new()
                // Every pattern that matches anywhere, not just the leftmost-first one.
                .match_kind(MatchKind::All)
                .auto_prefilter(false)
                .which_captures(WhichCaptures::None)
                .dfa(false)
                .onepass(false)
                .backtrack(false)
                .hybrid_cache_capacity(LAZY_DFA_CACHE_BYTES),
        )
        .syntax(regex_automata::util::syntax::Config::new().unicode(false))
        .build_many(sources)
        .map_err(Box::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_set_reports_every_matching_rule_in_rule_order() {
        let sources: Vec<String> = ["(?i)\\bmonday", "tuesday", "(?i)\\bday", "xyz", "mon"]
            .map(str::to_owned)
            .into();
        let set = RuleSet::new(&sources).expect("valid patterns");
        assert_eq!(set.matching_rules("Monday, a day of mon"), vec![0, 2, 4]);
        assert_eq!(set.matching_rules("Tuesday and xyz"), vec![3]);
        assert_eq!(set.matching_rules("tuesday"), vec![1]);
    }
}
