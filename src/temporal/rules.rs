//! Loading rule files: patterns with `{fragment}` references expand to named captures, values
//! parse into expressions, and every problem names the rule id and `file:line`.

use std::collections::HashMap;

use chrono::Datelike;
use rayon::prelude::*;
use regex::Regex;
use serde::Deserialize;

use super::fragments::{Fragment, expand_pattern};
use super::matchers::{LazyRegex, RuleSet, compile};
use super::resolve::{Captures, Resolved};
use super::timex::TimexType;
use super::value::ValueExpr;
use crate::model::{Qualifier, TimeValue};

/// A rule file problem, with where it is.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct RuleError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

impl RuleError {
    pub fn toml(file: &str, text: &str, error: &toml::de::Error) -> Self {
        let line = error.span().map_or(1, |span| line_of(text, span.start));
        Self {
            file: file.to_owned(),
            line,
            message: error.message().to_owned(),
        }
    }

    /// An error about the first place `needle` (a rule id, a key) appears in the file.
    pub fn at(file: &str, text: &str, needle: &str, message: String) -> Self {
        let line = text.find(needle).map_or(1, |byte| line_of(text, byte));
        Self {
            file: file.to_owned(),
            line,
            message,
        }
    }
}

/// An example that documents a rule and is run as a test.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub text: String,
    /// The expected TIMEX3 value.
    pub value: String,
    /// The expected extent; the whole text when absent.
    #[serde(rename = "match")]
    pub matched: Option<String>,
    /// Reference date; [`DEFAULT_EXAMPLE_DCT`] when absent.
    pub dct: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// A counter-example: this rule must not match anywhere in `text`.
    #[serde(default)]
    pub absent: bool,
}

/// The fixed reference date examples are checked against unless they name their own (the
/// Fox News sample's publication date: a Thursday).
pub const DEFAULT_EXAMPLE_DCT: &str = "2016-10-27";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSpec {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    pattern: String,
    value: String,
    #[serde(default)]
    qualifier: Option<Qualifier>,
    /// A regex the text right after the match must not start with ("-old" after "6-year").
    #[serde(default)]
    not_followed_by: Option<String>,
    /// A regex the text right after the match must start with ("ended" after "the year":
    /// "the year ended March 31" is a fiscal year's length).
    #[serde(default)]
    followed_by: Option<String>,
    /// A regex the text right before the match must not end with.
    #[serde(default)]
    not_preceded_by: Option<String>,
    /// A regex that, when the text right before the match ends with it, lifts the
    /// `not_followed_by` veto ("in 2003 troops invaded" is a year; "about 2000 troops" is not).
    #[serde(default)]
    unless_preceded_by: Option<String>,
    /// A regex that must occur somewhere in the text before the match (the story's topic:
    /// "quarter" makes "a year ago" the year-ago quarter).
    #[serde(default)]
    requires_context: Option<String>,
    /// What the value is relative to: the reference date (default) or, with `"antecedent"`,
    /// the date the text mentioned last ("later that day", "the following year").
    #[serde(default)]
    anchor: Option<String>,
    /// The expression compares with another date ("a year earlier", "the year-ago quarter")
    /// rather than moving the story to it: anaphoric expressions after it do not refer to it.
    #[serde(default)]
    comparison: bool,
    /// `"week"`: the value is the ISO week containing the day the pattern names ("the week of
    /// March 6", "Easter week").
    #[serde(default)]
    containing: Option<String>,
    #[serde(default)]
    examples: Vec<Example>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    rule: Vec<RuleSpec>,
}

/// A compiled rule.
#[derive(Debug)]
pub struct Rule {
    pub id: String,
    pub kind: TimexType,
    pub regex: LazyRegex,
    pub value: ValueExpr,
    pub qualifier: Qualifier,
    /// Context that vetoes a match: anchored at the start of the text after it…
    pub not_followed_by: Option<Regex>,
    /// …and at the end of the text before it.
    pub not_preceded_by: Option<Regex>,
    /// Anchored at the end of the text before the match: lifts the `not_followed_by` veto.
    pub unless_preceded_by: Option<Regex>,
    /// Context the match needs, anchored at the start of the text after it.
    pub followed_by: Option<Regex>,
    /// Must match in the [`TOPIC_CONTEXT_BYTES`] before the match.
    pub requires_context: Option<Regex>,
    /// The value is computed from the last date mentioned before the match, not the
    /// reference date.
    pub anaphoric: bool,
    /// See `RuleSpec::comparison`.
    pub comparison: bool,
    /// The value is the week containing the named day.
    pub containing_week: bool,
    pub examples: Vec<Example>,
    /// `file:line` of the rule, for error messages.
    pub location: String,
    /// Capture group name → the fragment it came from (for normalisation).
    pub captures: HashMap<String, String>,
}

/// How much text around a match the context vetoes look at, in bytes.
const CONTEXT_BYTES: usize = 40;
/// How far back `requires_context` looks for the story's topic: about the first paragraphs
/// of a news story, where its subject is set.
pub const TOPIC_CONTEXT_BYTES: usize = 3000;

impl Rule {
    /// `time` as the rule qualifies it ("about two years ago" is approximate); a rule that
    /// says nothing keeps what the value itself knows ("Tuesday night" is approximately that
    /// day).
    pub fn qualify(&self, time: TimeValue) -> TimeValue {
        if self.qualifier == Qualifier::Exact {
            time
        } else {
            time.with_qualifier(self.qualifier)
        }
    }

    /// The rule's value for one match, widened to the unit the rule names.
    pub fn evaluate(&self, captures: &Captures) -> Option<Resolved> {
        self.widen(super::resolve::evaluate(&self.value, captures)?)
    }

    /// The value widened to the unit the rule names (see `RuleSpec::containing`); `None` when
    /// it cannot be (no placed day).
    fn widen(&self, resolved: Resolved) -> Option<Resolved> {
        if !self.containing_week {
            return Some(resolved);
        }
        let week = resolved.1?.start_date()?.iso_week();
        let value = TimeValue::iso_week(week.year(), week.week())?;
        Some((value.to_iso(), Some(value)))
    }

    /// True when the text around `[start, end)` rules the match out.
    pub fn vetoed_by_context(&self, text: &str, start: usize, end: usize) -> bool {
        let after_text = &text[end..text.floor_char_boundary(end + CONTEXT_BYTES)];
        let before_text = &text[text.ceil_char_boundary(start.saturating_sub(CONTEXT_BYTES))..start];
        let lifted = self
            .unless_preceded_by
            .as_ref()
            .is_some_and(|lift| lift.is_match(before_text));
        let after = self
            .not_followed_by
            .as_ref()
            .is_some_and(|veto| !lifted && veto.is_match(after_text))
            || self
                .followed_by
                .as_ref()
                .is_some_and(|needed| !needed.is_match(after_text));
        let before = self
            .not_preceded_by
            .as_ref()
            .is_some_and(|veto| veto.is_match(before_text));
        let missing_topic = self.requires_context.as_ref().is_some_and(|topic| {
            let from = text.ceil_char_boundary(start.saturating_sub(TOPIC_CONTEXT_BYTES));
            !topic.is_match(&text[from..start])
        });
        after || before || missing_topic
    }
}

/// The rules of several `(file name, contents)` files, in order, and the set of all their
/// patterns (the prefilter that says which rules can match a text). The rules and the set
/// compile in parallel: compilation is most of `dateline tag`'s start-up.
pub fn compile_rule_files(
    rule_files: &[(&str, &str)],
    fragments: &HashMap<String, Fragment>,
) -> Result<(Vec<Rule>, RuleSet), RuleError> {
    let mut specs = Vec::new();
    let mut sources = Vec::new();
    for (file, text) in rule_files {
        let raw: RuleFile = toml::from_str(text).map_err(|e| RuleError::toml(file, text, &e))?;
        for spec in raw.rule {
            let (expanded, captures) = expand_pattern(&spec.pattern, fragments)
                .map_err(|message| spec_error(file, text, &spec, &message))?;
            sources.push(format!(r"(?i)\b(?:{expanded})"));
            specs.push(ExpandedSpec {
                file,
                text,
                spec,
                captures,
            });
        }
    }
    let (rules, prefilter) = rayon::join(
        || {
            specs
                .into_par_iter()
                .zip(sources.par_iter())
                .map(|(spec, source)| compile_rule(spec, source))
                .collect::<Result<Vec<_>, _>>()
        },
        || RuleSet::new(&sources),
    );
    let rules = rules?;
    let prefilter = prefilter.map_err(|e| {
        // Name the rule whose pattern is bad (compiling each one: only on this error path).
        let bad_rule = rules
            .iter()
            .find_map(|rule| compile(rule.regex.as_str()).err().map(|e| (rule, e)));
        match bad_rule {
            Some((rule, error)) => {
                let (file, line) = rule.location.rsplit_once(':').unwrap_or((&rule.location, "0"));
                RuleError {
                    file: file.to_owned(),
                    line: line.parse().unwrap_or(0),
                    message: format!("rule `{}`: bad pattern: {error}", rule.id),
                }
            }
            None => RuleError {
                file: "rules".into(),
                line: 0,
                message: format!("combining rules: {e}"),
            },
        }
    })?;
    Ok((rules, prefilter))
}

/// A rule as written, where it was written, and the captures of its expanded pattern.
struct ExpandedSpec<'a> {
    file: &'a str,
    text: &'a str,
    spec: RuleSpec,
    /// Capture group → the fragment it came from.
    captures: HashMap<String, String>,
}

/// An error about rule `spec` of `file`, located at its id.
fn spec_error(file: &str, text: &str, spec: &RuleSpec, message: &str) -> RuleError {
    let id_needle = format!("\"{}\"", spec.id);
    RuleError::at(file, text, &id_needle, format!("rule `{}`: {message}", spec.id))
}

/// Compiles one rule from its full regex `source`.
fn compile_rule(expanded: ExpandedSpec, source: &str) -> Result<Rule, RuleError> {
    let ExpandedSpec {
        file,
        text,
        spec,
        captures,
    } = expanded;
    let id_needle = format!("\"{}\"", spec.id);
    let fail = |message: String| spec_error(file, text, &spec, &message);
    let kind =
        TimexType::from_name(&spec.kind).ok_or_else(|| fail(format!("unknown type `{}`", spec.kind)))?;
    let regex = LazyRegex::new(source);
    let value = ValueExpr::parse(&spec.value).map_err(&fail)?;
    let context = |pattern: &Option<String>, anchored: fn(&str) -> String| {
        pattern
            .as_deref()
            .map(|p| compile(&anchored(p)).map_err(|e| fail(format!("bad context pattern: {e}"))))
            .transpose()
    };
    let not_followed_by = context(&spec.not_followed_by, |p| format!(r"(?i)^(?:{p})"))?;
    let not_preceded_by = context(&spec.not_preceded_by, |p| format!(r"(?i)(?:{p})$"))?;
    let unless_preceded_by = context(&spec.unless_preceded_by, |p| format!(r"(?i)(?:{p})$"))?;
    let followed_by = context(&spec.followed_by, |p| format!(r"(?i)^(?:{p})"))?;
    let requires_context = context(&spec.requires_context, |p| format!(r"(?i){p}"))?;
    for name in value.captures() {
        if !captures.contains_key(name) {
            return Err(fail(format!(
                "value uses `{{{name}}}`, which the pattern does not capture"
            )));
        }
    }
    let anaphoric = match spec.anchor.as_deref() {
        None | Some("reference") => false,
        Some("antecedent") => true,
        Some(other) => {
            return Err(fail(format!(
                "unknown anchor `{other}` (expected `reference` or `antecedent`)"
            )));
        }
    };
    let containing_week = match spec.containing.as_deref() {
        None => false,
        Some("week") => true,
        Some(other) => {
            return Err(fail(format!(
                "unknown containing unit `{other}` (expected `week`)"
            )));
        }
    };
    if spec.examples.is_empty() {
        return Err(fail("has no examples; every rule needs at least one".into()));
    }
    let line = text.find(&id_needle).map_or(1, |byte| line_of(text, byte));
    Ok(Rule {
        id: spec.id,
        kind,
        regex,
        value,
        qualifier: spec.qualifier.unwrap_or_default(),
        not_followed_by,
        not_preceded_by,
        unless_preceded_by,
        followed_by,
        requires_context,
        anaphoric,
        comparison: spec.comparison,
        containing_week,
        examples: spec.examples,
        location: format!("{file}:{line}"),
        captures,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::temporal::fragments::test_fragments as fragments;

    #[test]
    fn errors_name_the_rule_and_its_line() {
        let text = "[[rule]]\nid = \"ok\"\ntype = \"DATE\"\npattern = '{day}'\nvalue = \"PAST_REF\"\nexamples = [{text = \"1\", value = \"PAST_REF\"}]\n\n[[rule]]\nid = \"broken\"\ntype = \"DATE\"\npattern = '{nope}'\nvalue = \"PAST_REF\"\n";
        let error = compile_rule_files(&[("date.toml", text)], &fragments()).expect_err("unknown fragment");
        assert_eq!(error.line, 9);
        assert!(
            error
                .to_string()
                .starts_with("date.toml:9: rule `broken`: unknown fragment"),
            "{error}"
        );
    }

    #[test]
    fn an_unknown_key_names_the_file_and_the_key() {
        let text = "[[rule]]\nid = \"ok\"\ntype = \"DATE\"\npattern = '{day}'\nvalue = \"PAST_REF\"\nnot_folowed_by = '-'\n";
        let error = compile_rule_files(&[("date.toml", text)], &fragments()).expect_err("unknown key");
        let message = error.to_string();
        assert!(
            message.starts_with("date.toml:") && message.contains("not_folowed_by"),
            "{message}"
        );
    }

    #[test]
    fn a_bad_regex_names_its_rule_and_line() {
        let text = "[[rule]]\nid = \"unclosed\"\ntype = \"DATE\"\npattern = '(?:ab'\nvalue = \"PAST_REF\"\nexamples = [{text = \"ab\", value = \"PAST_REF\"}]\n";
        let error = compile_rule_files(&[("date.toml", text)], &fragments()).expect_err("bad regex");
        assert_eq!(error.file, "date.toml");
        assert_eq!(error.line, 2);
        assert!(
            error.message.starts_with("rule `unclosed`: bad pattern"),
            "{error}"
        );
    }

    #[test]
    fn toml_syntax_errors_name_the_line() {
        let error =
            compile_rule_files(&[("x.toml", "[[rule]]\nid = \n")], &fragments()).expect_err("bad toml");
        assert_eq!(error.line, 2);
    }
}
