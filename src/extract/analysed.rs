//! One analysed text per article: its sentences, the names the gazetteers find in each,
//! whether each is noise (a credit, a bio, a copyright line) opens like a date stamp or is a caption, and the temporal rules' matches,
//! computed once and read by every stage — publication-date inference, events, named periods
//! — so none splits, scans or matches the text again. Only the matches' values wait: they are
//! resolved against a reference date (inference's probe dates, then the publication date).

use std::ops::Range;

use super::Extractor;
use super::gazetteer::PhraseMatch;
use super::pubdate::DateCue;
use super::sentences::{push_trimmed, split_sentences};
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
    /// Opens like a publication or update line, or an embedded post's signature (see
    /// `published`, `updated` and `embedded` in `pubdate.toml`): with few words besides its
    /// dates it is a date stamp, no event, but its dates carry to the sentences after it, as
    /// a live blog's stamp dates its update.
    pub stamp_cue: bool,
    /// Describes a picture (see `caption` in `pubdate.toml`): an event of its own, but not a
    /// sentence of the story's lede.
    pub caption: bool,
}

/// The analysis of one text; it holds offsets, not the text.
#[derive(Clone, Debug, Default)]
pub struct AnalysedText {
    pub sentences: Vec<AnalysedSentence>,
    /// The temporal rules' matches, before any reference date: inference resolves them
    /// against its probe dates, events against the publication date.
    pub timex_matches: TimexMatches,
    /// Where analysis stopped when the text has more than
    /// [`MAX_TIME_EXPRESSIONS_PER_ARTICLE`] time expressions (byte offset); `None` when it did not.
    pub stopped_at_byte: Option<usize>,
}

/// Most time expressions analysed in one article: a real article has tens, a long report a
/// few thousand, and 16 MB of dense news about 21,000. Past it (a generated list of dates, a
/// dump of a whole archive as one file) the rest of the text is loaded and readable but not
/// searched for events, so one file cannot hold up a load; the load reports it.
pub const MAX_TIME_EXPRESSIONS_PER_ARTICLE: usize = 25_000;

impl AnalysedText {
    /// The sentences' byte ranges, in order.
    pub fn ranges(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.sentences.iter().map(|s| s.range.clone())
    }
}

impl Extractor {
    /// Splits `text` into sentences and finds their names and noise, once.
    pub fn analyse_text(&self, text: &str) -> AnalysedText {
        self.analyse_text_within(text, MAX_TIME_EXPRESSIONS_PER_ARTICLE)
    }

    /// [`Self::analyse_text`] stopping after `max_expressions` time expressions.
    fn analyse_text_within(&self, text: &str, max_expressions: usize) -> AnalysedText {
        let mut timex_matches = self.tagger.find_matches(text);
        let stopped_at_byte = timex_matches.keep_first(max_expressions);
        let mut ranges = Vec::new();
        for sentence in split_sentences(text) {
            self.push_split_at_stamp_lines(text, sentence, &mut ranges);
        }
        let sentences = ranges
            .into_iter()
            .take_while(|range| stopped_at_byte.is_none_or(|stop| range.end <= stop))
            .map(|range| {
                let sentence = &text[range.clone()];
                AnalysedSentence {
                    matches: self.gazetteer.find(sentence),
                    noise: self.anchoring.is_noise(sentence),
                    stamp_cue: self.date_cues.line_cue(sentence) != DateCue::None,
                    caption: self.date_cues.is_caption(sentence),
                    range,
                }
            })
            .collect();
        AnalysedText {
            sentences,
            timex_matches,
            stopped_at_byte,
        }
    }
}

impl Extractor {
    /// A line that opens like a date stamp ("Published 3:14 a.m. ET April 23, 2019 | Updated …")
    /// is a sentence of its own, even where no punctuation ends the line before it ("Associated
    /// Press") or it runs on into the lede without a blank line.
    fn push_split_at_stamp_lines(&self, text: &str, sentence: Range<usize>, ranges: &mut Vec<Range<usize>>) {
        if !text[sentence.clone()].contains('\n') {
            ranges.push(sentence);
            return;
        }
        let mut part_start = sentence.start;
        let mut line_start = sentence.start;
        for line in text[sentence.clone()].split_inclusive('\n') {
            let line_end = line_start + line.len();
            if self.date_cues.line_cue(line.trim()) != DateCue::None {
                push_trimmed(text, part_start..line_start, ranges);
                push_trimmed(text, line_start..line_end, ranges);
                part_start = line_end;
            }
            line_start = line_end;
        }
        push_trimmed(text, part_start..sentence.end, ranges);
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

    #[test]
    fn a_stamp_line_is_a_sentence_of_its_own() {
        let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules load: {e}"));
        let text = "Associated Press\nPublished 3:14 a.m. ET April 23, 2019 | Updated 3:17 a.m. ET April 23, 2019\nA magnitude 6.3 earthquake has hit the central Philippines.";
        let analysed = extractor.analyse_text(text);
        let sentences: Vec<&str> = analysed.ranges().map(|r| &text[r]).collect();
        assert_eq!(
            sentences,
            [
                "Associated Press",
                "Published 3:14 a.m. ET April 23, 2019 | Updated 3:17 a.m. ET April 23, 2019",
                "A magnitude 6.3 earthquake has hit the central Philippines."
            ]
        );
        assert!(analysed.sentences[1].stamp_cue);
    }

    #[test]
    fn date_stamp_lines_and_captions_are_marked_once() {
        let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules load: {e}"));
        let text = "Last Updated: April 1, 2024, 3:31 PM EDT\n\nThe bridge fell on Tuesday.\n\n— Jane Doe (@janedoe) March 26, 2024\n\nThe span in 2019. Picture: Alamy";
        let analysed = extractor.analyse_text(text);
        let marks: Vec<(bool, bool)> = analysed
            .sentences
            .iter()
            .map(|s| (s.stamp_cue, s.caption))
            .collect();
        assert_eq!(
            marks,
            [
                (true, false),
                (false, false),
                (true, false),
                (false, false),
                (false, true)
            ]
        );
    }

    #[test]
    fn analysis_stops_after_the_most_time_expressions_and_says_where() {
        let extractor = Extractor::english().unwrap_or_else(|e| panic!("rules load: {e}"));
        let text = "Troops entered Mosul on March 3, 2015. ".repeat(10);
        let whole = extractor.analyse_text_within(&text, 10);
        assert_eq!(whole.stopped_at_byte, None);
        assert_eq!(whole.sentences.len(), 10);
        let cut = extractor.analyse_text_within(&text, 4);
        let stop = cut.stopped_at_byte.unwrap_or_else(|| panic!("stops"));
        assert_eq!(cut.timex_matches.expression_count(), 4);
        assert_eq!(cut.sentences.len(), 4);
        assert!(cut.sentences.iter().all(|s| s.range.end <= stop));
    }
}
