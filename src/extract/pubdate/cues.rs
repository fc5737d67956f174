//! The cue phrases of publication dates, as data: `assets/rules/en/pubdate.toml`, with
//! examples that are tests.

use regex::RegexSet;
use serde::Deserialize;

use crate::temporal::RuleError;

const PUBDATE_FILE: (&str, &str) = (
    "assets/rules/en/pubdate.toml",
    include_str!("../../../assets/rules/en/pubdate.toml"),
);

/// What a line or sentence is, for dating the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateCue {
    /// States the first publication ("Published …", "By Jane Doe | March 3, 2021").
    Published,
    /// States a later update ("Last Updated: …").
    Updated,
    /// Signs an embedded post ("— WHO (@WHO) March 11, 2020"): its date is past.
    Embedded,
    /// Describes a photo ("This March 23, 2019 file photo shows…").
    Caption,
    /// Marks its dates as planned ("is scheduled for December 22").
    Ahead,
    None,
}

impl DateCue {
    pub fn name(self) -> &'static str {
        match self {
            Self::Published => "published",
            Self::Updated => "updated",
            Self::Embedded => "embedded",
            Self::Caption => "caption",
            Self::Ahead => "ahead",
            Self::None => "none",
        }
    }
}

/// An example from the cue file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateCueExample {
    pub text: String,
    pub expect: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PubdateFile {
    published: Vec<String>,
    updated: Vec<String>,
    embedded: Vec<String>,
    caption: Vec<String>,
    ahead: Vec<String>,
    past_office: Vec<String>,
    same_time: Vec<String>,
    same_time_examples: Vec<SameTimeExample>,
    examples: Vec<DateCueExample>,
}

/// An example of what joins a relative expression and an explicit date into one time.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SameTimeExample {
    pub between: String,
    pub joins: bool,
}

/// The compiled cues.
pub struct DateCues {
    published: RegexSet,
    updated: RegexSet,
    embedded: RegexSet,
    caption: RegexSet,
    ahead: RegexSet,
    /// Words before an office holder's title that put the term in the past, lower case.
    pub past_office: Vec<String>,
    same_time: RegexSet,
    pub same_time_examples: Vec<SameTimeExample>,
    pub examples: Vec<DateCueExample>,
}

fn compile(patterns: &[String]) -> Result<RegexSet, RuleError> {
    crate::extract::anchoring::compile_cues(PUBDATE_FILE, patterns)
}

impl DateCues {
    pub fn english() -> Result<Self, RuleError> {
        let (file, text) = PUBDATE_FILE;
        let parsed: PubdateFile = toml::from_str(text).map_err(|e| RuleError::toml(file, text, &e))?;
        Ok(Self {
            published: compile(&parsed.published)?,
            updated: compile(&parsed.updated)?,
            embedded: compile(&parsed.embedded)?,
            caption: compile(&parsed.caption)?,
            ahead: compile(&parsed.ahead)?,
            past_office: parsed.past_office.iter().map(|w| w.to_lowercase()).collect(),
            same_time: compile(&parsed.same_time)?,
            same_time_examples: parsed.same_time_examples,
            examples: parsed.examples,
        })
    }

    /// A line that states the publication or an update.
    pub fn line_cue(&self, line: &str) -> DateCue {
        if self.published.is_match(line) {
            DateCue::Published
        } else if self.updated.is_match(line) {
            DateCue::Updated
        } else if self.embedded.is_match(line) {
            DateCue::Embedded
        } else {
            DateCue::None
        }
    }

    /// What `text` (a line or a sentence) is, in the order of [`DateCue`].
    pub fn classify(&self, text: &str) -> DateCue {
        match self.line_cue(text) {
            DateCue::None if self.is_caption(text) => DateCue::Caption,
            DateCue::None if self.ahead.is_match(text) => DateCue::Ahead,
            cue => cue,
        }
    }

    pub fn is_caption(&self, sentence: &str) -> bool {
        self.caption.is_match(sentence)
    }

    /// Whether `between`, the text between a relative expression and an explicit date, makes
    /// them one time ("last year (2021)") rather than two ("from 1980 to last year").
    pub fn joins_same_time(&self, between: &str) -> bool {
        self.same_time.is_match(between)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_gets_its_cue() {
        let cues = DateCues::english().unwrap_or_else(|e| panic!("cues load: {e}"));
        let wrong: Vec<String> = cues
            .examples
            .iter()
            .filter(|e| cues.classify(&e.text).name() != e.expect)
            .map(|e| {
                format!(
                    "{:?}: expected {}, got {}",
                    e.text,
                    e.expect,
                    cues.classify(&e.text).name()
                )
            })
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
        assert!(cues.examples.len() >= 10);
    }

    #[test]
    fn every_same_time_example_joins_as_stated() {
        let cues = DateCues::english().unwrap_or_else(|e| panic!("cues load: {e}"));
        let wrong: Vec<&SameTimeExample> = cues
            .same_time_examples
            .iter()
            .filter(|e| cues.joins_same_time(&e.between) != e.joins)
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
        assert!(cues.same_time_examples.iter().any(|e| e.joins));
        assert!(cues.same_time_examples.iter().any(|e| !e.joins));
    }

    #[test]
    fn an_unknown_key_is_an_error_naming_the_file() {
        let error = toml::from_str::<PubdateFile>("published = []\nupdatd = []\n")
            .err()
            .map(|e| RuleError::toml(PUBDATE_FILE.0, "", &e).to_string())
            .unwrap_or_default();
        assert!(
            error.contains("pubdate.toml") && error.contains("updatd"),
            "{error}"
        );
    }
}
