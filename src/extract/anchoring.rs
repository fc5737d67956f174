//! How a sentence with no date of its own is placed in time: it refers back to the story
//! before it, reports what is going on, reports what has just happened, or is background.
//! The cues are data: `assets/rules/en/anchoring.toml`, with examples that are tests.

use regex::{Regex, RegexSet};
use serde::Deserialize;

use crate::temporal::RuleError;

const ANCHORING_FILE: (&str, &str) = (
    "assets/rules/en/anchoring.toml",
    include_str!("../../assets/rules/en/anchoring.toml"),
);

/// Where an undated sentence belongs in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The time of the previous dated event of the same story.
    Inherit,
    /// Going on at publication.
    Ongoing,
    /// Just before publication.
    Recent,
    /// Background: not placed on the timeline.
    None,
}

impl Anchor {
    pub fn name(self) -> &'static str {
        match self {
            Self::Inherit => "inherit",
            Self::Ongoing => "ongoing",
            Self::Recent => "recent",
            Self::None => "none",
        }
    }
}

/// An example from the anchoring file.
#[derive(Clone, Debug, Deserialize)]
pub struct AnchoringExample {
    pub text: String,
    pub expect: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnchoringFile {
    background: Vec<String>,
    inherit: Vec<String>,
    ongoing: Vec<String>,
    recent: Vec<String>,
    examples: Vec<AnchoringExample>,
}

/// The compiled cues.
pub struct Anchoring {
    background: RegexSet,
    inherit: RegexSet,
    ongoing: RegexSet,
    recent: RegexSet,
    pub examples: Vec<AnchoringExample>,
}

fn compile(patterns: &[String]) -> Result<RegexSet, RuleError> {
    let (file, text) = ANCHORING_FILE;
    for pattern in patterns {
        Regex::new(pattern).map_err(|e| RuleError::at(file, text, pattern, e.to_string()))?;
    }
    RegexSet::new(patterns.iter().map(|p| format!("(?i){p}")))
        .map_err(|e| RuleError::at(file, text, "", e.to_string()))
}

impl Anchoring {
    pub fn english() -> Result<Self, RuleError> {
        let (file, text) = ANCHORING_FILE;
        let parsed: AnchoringFile = toml::from_str(text).map_err(|e| RuleError::toml(file, text, &e))?;
        Ok(Self {
            background: compile(&parsed.background)?,
            inherit: compile(&parsed.inherit)?,
            ongoing: compile(&parsed.ongoing)?,
            recent: compile(&parsed.recent)?,
            examples: parsed.examples,
        })
    }

    /// Where `sentence` (which has no date of its own) belongs.
    pub fn classify(&self, sentence: &str) -> Anchor {
        if self.background.is_match(sentence) {
            Anchor::None
        } else if self.inherit.is_match(sentence) {
            Anchor::Inherit
        } else if self.ongoing.is_match(sentence) {
            Anchor::Ongoing
        } else if self.recent.is_match(sentence) {
            Anchor::Recent
        } else {
            Anchor::None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_the_four_kinds() {
        let anchoring = Anchoring::english().unwrap_or_else(|e| panic!("anchoring loads: {e}"));
        assert_eq!(
            anchoring.classify("It has held the town since then."),
            Anchor::Inherit
        );
        assert_eq!(
            anchoring.classify("Rebels are shelling the port."),
            Anchor::Ongoing
        );
        assert_eq!(
            anchoring.classify("The minister resigned, aides said."),
            Anchor::Recent
        );
        assert_eq!(
            anchoring.classify("Paris is the capital of France."),
            Anchor::None
        );
    }
}
