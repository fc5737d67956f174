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
    /// Lately, without saying when: the weeks before publication.
    Lately,
    /// Just before publication: the news of the day.
    Recent,
    /// Background: not placed on the timeline.
    None,
    /// Not part of the story at all (an author bio, a credit, a copyright line): never an
    /// event, even with a date.
    Noise,
}

impl Anchor {
    pub fn name(self) -> &'static str {
        match self {
            Self::Inherit => "inherit",
            Self::Ongoing => "ongoing",
            Self::Lately => "lately",
            Self::Recent => "recent",
            Self::None => "none",
            Self::Noise => "noise",
        }
    }
}

/// An example from the anchoring file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnchoringExample {
    pub text: String,
    pub expect: String,
    /// The sentence opens the article (its lede): classified by [`Anchoring::classify_in_lede`].
    #[serde(default)]
    pub lede: bool,
    /// The sentence follows closely on one dated to a day: classified by
    /// [`Anchoring::classify_continuing`].
    #[serde(default)]
    pub continues_story: bool,
}

impl AnchoringExample {
    /// How `anchoring` classifies this example, where the example says it stands.
    pub fn classify(&self, anchoring: &Anchoring) -> Anchor {
        if self.lede {
            anchoring.classify_in_lede(&self.text)
        } else if self.continues_story {
            anchoring.classify_continuing(&self.text)
        } else {
            anchoring.classify(&self.text)
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnchoringFile {
    noise: Vec<String>,
    background: Vec<String>,
    reported_speech: Vec<String>,
    lede_past: Vec<String>,
    body_opener: Vec<String>,
    body_opener_examples: Vec<BodyOpenerExample>,
    pluperfect: Vec<String>,
    inherit: Vec<String>,
    ongoing: Vec<String>,
    lately: Vec<String>,
    recent: Vec<String>,
    examples: Vec<AnchoringExample>,
}

/// The compiled cues.
pub struct Anchoring {
    noise: RegexSet,
    background: RegexSet,
    reported_speech: RegexSet,
    lede_past: RegexSet,
    body_opener: RegexSet,
    pluperfect: RegexSet,
    inherit: RegexSet,
    ongoing: RegexSet,
    lately: RegexSet,
    recent: RegexSet,
    pub examples: Vec<AnchoringExample>,
    pub body_opener_examples: Vec<BodyOpenerExample>,
}

/// An example of a sentence that opens (or does not open) a story's body.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BodyOpenerExample {
    pub text: String,
    pub opens_body: bool,
}

/// Case-insensitive cue patterns from the data file `file` (name, text), compiled as one set;
/// a bad pattern is an error naming the file and its line.
pub(super) fn compile_cues(file: (&str, &str), patterns: &[String]) -> Result<RegexSet, RuleError> {
    let (name, text) = file;
    for pattern in patterns {
        Regex::new(pattern).map_err(|e| RuleError::at(name, text, pattern, e.to_string()))?;
    }
    RegexSet::new(
        patterns
            .iter()
            .map(|p| format!("(?i){}", p.replace(r"\b", ASCII_WORD_BOUNDARY))),
    )
    .map_err(|e| RuleError::at(name, text, "", e.to_string()))
}

/// What `\b` means in a cue: the edge of an ASCII word. The cue words are English; a Unicode
/// word boundary would make every sentence with a curly quote or an accent run through the
/// slowest regex engine (the lazy DFA gives up on it), a third of extraction's time.
const ASCII_WORD_BOUNDARY: &str = r"(?-u:\b)";

fn compile(patterns: &[String]) -> Result<RegexSet, RuleError> {
    compile_cues(ANCHORING_FILE, patterns)
}

impl Anchoring {
    pub fn english() -> Result<Self, RuleError> {
        let (file, text) = ANCHORING_FILE;
        let parsed: AnchoringFile = toml::from_str(text).map_err(|e| RuleError::toml(file, text, &e))?;
        Ok(Self {
            noise: compile(&parsed.noise)?,
            background: compile(&parsed.background)?,
            reported_speech: compile(&parsed.reported_speech)?,
            lede_past: compile(&parsed.lede_past)?,
            body_opener: compile(&parsed.body_opener)?,
            pluperfect: compile(&parsed.pluperfect)?,
            inherit: compile(&parsed.inherit)?,
            ongoing: compile(&parsed.ongoing)?,
            lately: compile(&parsed.lately)?,
            recent: compile(&parsed.recent)?,
            examples: parsed.examples,
            body_opener_examples: parsed.body_opener_examples,
        })
    }

    /// Where `sentence` (which has no date of its own) belongs.
    pub fn classify(&self, sentence: &str) -> Anchor {
        if self.is_noise(sentence) {
            Anchor::Noise
        } else if self.is_background(sentence) {
            Anchor::None
        } else if self.inherit.is_match(sentence) {
            Anchor::Inherit
        } else if self.ongoing.is_match(sentence) {
            Anchor::Ongoing
        } else if self.lately.is_match(sentence) {
            Anchor::Lately
        } else if self.recent.is_match(sentence) || self.reported_speech.is_match(sentence) {
            Anchor::Recent
        } else {
            Anchor::None
        }
    }

    /// Not part of the story: an author bio, a credit, a copyright line, a call to follow.
    pub fn is_noise(&self, sentence: &str) -> bool {
        self.noise.is_match(sentence)
    }

    /// Speculation, plans or opinion, unless the modal is reported speech ("Corbyn said he
    /// would not fight another election" reports what was said).
    fn is_background(&self, sentence: &str) -> bool {
        self.background.is_match(sentence) && !self.reported_speech.is_match(sentence)
    }

    /// Whether `sentence` opens the story's body (a wire dateline: "PARIS (Reuters) -"): the
    /// lede is counted from it, past captions and bylines.
    pub fn opens_body(&self, sentence: &str) -> bool {
        self.body_opener.is_match(sentence)
    }

    /// Whether `sentence` narrates in the past (and is no speculation): "The boosters landed
    /// upright."
    fn narrates_past(&self, sentence: &str) -> bool {
        !self.is_background(sentence) && self.lede_past.is_match(sentence)
    }

    /// Where a sentence that follows closely on one dated to a day belongs: narration in the
    /// past goes on telling that day ("The Falcon Heavy blasted off Tuesday. … Its boosters
    /// landed upright."), unless it steps back in the pluperfect ("had received").
    pub fn classify_continuing(&self, sentence: &str) -> Anchor {
        match self.classify(sentence) {
            Anchor::None if self.narrates_past(sentence) && !self.pluperfect.is_match(sentence) => {
                Anchor::Inherit
            }
            anchor => anchor,
        }
    }

    /// Where a sentence of the article's lede belongs: news opens with its main event, so a
    /// lede sentence told in the past ("Bolt set a new Olympic record") or a headline ("Obama
    /// and Castro hail historic breakthrough") is recent even without one of the usual cues.
    pub fn classify_in_lede(&self, sentence: &str) -> Anchor {
        match self.classify(sentence) {
            Anchor::None if self.narrates_past(sentence) || is_headline(sentence) => Anchor::Recent,
            anchor => anchor,
        }
    }
}

/// A headline or a summary point has at least this many words ("Live feed" and "Key events"
/// are page furniture).
const MIN_HEADLINE_WORDS: usize = 5;

/// A line in headline style: one line, no full stop, a few words, not all capitals. In the
/// lede, headlines and summary points tell the news of the day in the present ("Obama and
/// Castro hail historic breakthrough", "Presidents speak to nations").
fn is_headline(sentence: &str) -> bool {
    let line = sentence
        .trim()
        .trim_start_matches(super::sentences::LIST_BULLETS)
        .trim();
    !line.contains('\n')
        && !line.ends_with(['.', '!', '?', '"', '\u{201d}', ':', ')'])
        && line.split_whitespace().count() >= MIN_HEADLINE_WORDS
        && line.chars().any(char::is_lowercase)
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
