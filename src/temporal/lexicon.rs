//! The word lists of English news the tagger and the extraction read (abbreviations, range
//! joiners, clause openers, reporting verbs, function words, force nouns, place introducers,
//! the tense cues, the words titles drop or resolve): data in
//! `assets/lexicon/en/words.toml`, one definition of each list, each with examples that are
//! tests (`tests/lexicon_examples.rs`).

use std::sync::LazyLock;

use serde::Deserialize;

use super::RuleError;

const LEXICON_FILE: (&str, &str) = (
    "assets/lexicon/en/words.toml",
    include_str!("../../assets/lexicon/en/words.toml"),
);

/// An example of a list: `expect` is what the list's reader makes of `text` (the file says
/// what, above each list).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WordExample {
    pub text: String,
    pub expect: String,
}

/// One list of lower-case words or phrases.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WordList {
    pub words: Vec<String>,
    pub examples: Vec<WordExample>,
}

impl WordList {
    /// Whether `word` (already lower-case) is in the list.
    pub fn contains(&self, word: &str) -> bool {
        self.words.iter().any(|w| w == word)
    }

    /// The words, for tests of suffixes and prefixes ("town of" before a name).
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(String::as_str)
    }
}

/// Every list of the file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    pub abbreviations: WordList,
    pub range_joiners: WordList,
    pub reporting_verbs: WordList,
    pub stop_words: WordList,
    pub force_nouns: WordList,
    pub place_introducers: WordList,
    pub clause_openers: WordList,
    pub future_markers: WordList,
    pub irregular_past: WordList,
    pub not_past_ed: WordList,
    pub determiners: WordList,
    pub deadline_prepositions: WordList,
    pub deadline_setting_stems: WordList,
    pub not_participles: WordList,
    pub present_schedule: WordList,
    pub date_prepositions: WordList,
    pub subject_pronouns: WordList,
    pub date_list_joiners: WordList,
    pub unit_early_words: WordList,
    pub unit_middle_words: WordList,
    pub unit_late_words: WordList,
    pub unit_start_words: WordList,
    pub unit_end_words: WordList,
    pub to_the_day: WordList,
    pub until_words: WordList,
    pub sequence_markers: WordList,
    pub perfect_auxiliaries: WordList,
}

impl Lexicon {
    /// Reads a lexicon file: unknown keys, upper-case, empty or repeated words are errors
    /// naming the file, the line and the key or word.
    pub fn parse(file: &str, text: &str) -> Result<Self, RuleError> {
        let lexicon: Self = toml::from_str(text).map_err(|e| RuleError::toml(file, text, &e))?;
        for (name, list) in lexicon.lists() {
            if list.examples.is_empty() {
                return Err(RuleError::at(
                    file,
                    text,
                    name,
                    format!("list `{name}` has no examples"),
                ));
            }
            for (i, word) in list.words.iter().enumerate() {
                let problem = if word.trim().is_empty() {
                    Some("is empty")
                } else if word.to_lowercase() != *word {
                    Some("is not lower-case")
                } else if list.words[..i].contains(word) {
                    Some("is listed twice")
                } else {
                    None
                };
                if let Some(problem) = problem {
                    let message = format!("list `{name}`: \"{word}\" {problem}");
                    return Err(RuleError::at(file, text, &format!("\"{word}\""), message));
                }
            }
        }
        Ok(lexicon)
    }

    /// The English lexicon compiled into the binary (checked by the tests of this module).
    pub fn english() -> &'static Self {
        static ENGLISH: LazyLock<Lexicon> = LazyLock::new(|| {
            let (file, text) = LEXICON_FILE;
            Lexicon::parse(file, text).unwrap_or_else(|e| unreachable!("compiled-in lexicon: {e}"))
        });
        &ENGLISH
    }

    /// Every list with its key in the file.
    pub fn lists(&self) -> [(&'static str, &WordList); 27] {
        [
            ("abbreviations", &self.abbreviations),
            ("range_joiners", &self.range_joiners),
            ("reporting_verbs", &self.reporting_verbs),
            ("stop_words", &self.stop_words),
            ("force_nouns", &self.force_nouns),
            ("place_introducers", &self.place_introducers),
            ("clause_openers", &self.clause_openers),
            ("future_markers", &self.future_markers),
            ("irregular_past", &self.irregular_past),
            ("not_past_ed", &self.not_past_ed),
            ("determiners", &self.determiners),
            ("deadline_prepositions", &self.deadline_prepositions),
            ("deadline_setting_stems", &self.deadline_setting_stems),
            ("not_participles", &self.not_participles),
            ("present_schedule", &self.present_schedule),
            ("date_prepositions", &self.date_prepositions),
            ("subject_pronouns", &self.subject_pronouns),
            ("date_list_joiners", &self.date_list_joiners),
            ("unit_early_words", &self.unit_early_words),
            ("unit_middle_words", &self.unit_middle_words),
            ("unit_late_words", &self.unit_late_words),
            ("unit_start_words", &self.unit_start_words),
            ("unit_end_words", &self.unit_end_words),
            ("to_the_day", &self.to_the_day),
            ("until_words", &self.until_words),
            ("sequence_markers", &self.sequence_markers),
            ("perfect_auxiliaries", &self.perfect_auxiliaries),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_lexicon_reads() {
        let (file, text) = LEXICON_FILE;
        let lexicon = Lexicon::parse(file, text).unwrap_or_else(|e| panic!("{e}"));
        assert!(lexicon.abbreviations.contains("gen"));
        assert!(lexicon.range_joiners.contains("\u{2013}"));
    }

    #[test]
    fn an_unknown_key_names_the_file_and_the_key() {
        let (file, text) = LEXICON_FILE;
        let with_unknown = format!("{text}\n[weekday_names]\nwords = [\"monday\"]\nexamples = []\n");
        let error = Lexicon::parse(file, &with_unknown).err().map(|e| e.to_string());
        let error = error.unwrap_or_else(|| panic!("an unknown list is refused"));
        assert!(error.contains(file) && error.contains("weekday_names"), "{error}");
    }

    #[test]
    fn a_repeated_or_capitalised_word_is_refused_with_its_line() {
        let (file, text) = LEXICON_FILE;
        let repeated = text.replace("\"mr\", \"mrs\"", "\"mr\", \"mr\"");
        let error = Lexicon::parse(file, &repeated).err().map(|e| e.to_string());
        assert!(
            error.is_some_and(|e| e.contains("listed twice") && e.contains(file)),
            "repeated word"
        );
        let capital = text.replace("\"said\"", "\"Said\"");
        let error = Lexicon::parse(file, &capital).err().map(|e| e.to_string());
        assert!(
            error.is_some_and(|e| e.contains("lower-case")),
            "capitalised word"
        );
    }
}
