//! One analysed text per article: its sentences, the names the gazetteers find in each,
//! whether each is noise (a credit, a bio, a copyright line) and the temporal rules' matches,
//! computed once and read by every stage — publication-date inference, events, named periods
//! — so none splits, scans or matches the text again. Only the matches' values wait: they are
//! resolved against a reference date (inference's probe dates, then the publication date).

use std::ops::Range;

use super::Extractor;
use super::gazetteer::PhraseMatch;
use super::sentences::split_sentences;
use crate::temporal::TimexMatches;

/// One sentence of an analysed text.
#[derive(Clone, Debug)]
pub struct AnalysedSentence {
    /// Byte range in the text, trimmed of surrounding white space.
    pub range: Range<usize>,
    /// Gazetteer names in the sentence, byte offsets relative to its start.
    pub matches: Vec<PhraseMatch>,
    /// Never an event, whatever its dates (see `noise` in `anchoring.toml`).
    pub noise: bool,
}

/// The analysis of one text; it holds offsets, not the text.
#[derive(Clone, Debug, Default)]
pub struct AnalysedText {
    pub sentences: Vec<AnalysedSentence>,
    /// The temporal rules' matches, before any reference date: inference resolves them
    /// against its probe dates, events against the publication date.
    pub timex_matches: TimexMatches,
}

impl AnalysedText {
    /// The sentences' byte ranges, in order.
    pub fn ranges(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.sentences.iter().map(|s| s.range.clone())
    }
}

impl Extractor {
    /// Splits `text` into sentences and finds their names and noise, once.
    pub fn analyse_text(&self, text: &str) -> AnalysedText {
        let sentences = split_sentences(text)
            .into_iter()
            .map(|range| {
                let sentence = &text[range.clone()];
                AnalysedSentence {
                    matches: self.gazetteer.find(sentence),
                    noise: self.anchoring.is_noise(sentence),
                    range,
                }
            })
            .collect();
        AnalysedText {
            sentences,
            timex_matches: self.tagger.find_matches(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_names_and_noise_are_found_once() {
        let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules load: {e}"));
        let text = "Militants captured Mosul in June. Follow us on Twitter for more.";
        let analysed = extractor.analyse_text(text);
        assert_eq!(analysed.sentences.len(), 2);
        let first = &analysed.sentences[0];
        assert_eq!(&text[first.range.clone()], "Militants captured Mosul in June.");
        assert!(
            first
                .matches
                .iter()
                .any(|m| &text[first.range.start + m.start..first.range.start + m.end] == "Mosul"),
            "{first:?}"
        );
        assert!(!first.noise);
        assert!(analysed.sentences[1].noise, "a call to follow is noise");
    }
}
