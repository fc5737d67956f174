//! Sentence splitting for news text that survives abbreviations ("Lt. Gen.", "U.S.", "Maj."),
//! initials, quotes and hard-wrapped lines.

use std::ops::Range;

use crate::temporal::Lexicon;

fn ends_with_abbreviation(text_before_period: &str) -> bool {
    let word = text_before_period
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '\u{201c}')
        .next()
        .unwrap_or_default()
        .to_lowercase();
    // A single letter is an initial ("George W. Bush").
    Lexicon::english().abbreviations.contains(&word)
        || (word.chars().count() == 1 && word.chars().all(char::is_alphabetic))
}

fn is_closing_quote(c: char) -> bool {
    matches!(c, '"' | '\'' | '\u{201d}' | '\u{2019}' | ')')
}

/// Byte ranges of the sentences of `text`, trimmed of surrounding white space.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (byte, c) = chars[i];
        let mut end_of_sentence = None;
        if matches!(c, '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len() && (is_closing_quote(chars[j].1) || matches!(chars[j].1, '.' | '!' | '?')) {
                j += 1;
            }
            let followed_by_space = j >= chars.len() || chars[j].1.is_whitespace();
            let next_word_start = chars[j..]
                .iter()
                .find(|(_, c)| !c.is_whitespace())
                .map(|(_, c)| *c);
            let next_starts_sentence = next_word_start.is_none_or(|c| {
                c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\u{201c}' | '\'')
            });
            let abbreviation = c == '.' && ends_with_abbreviation(&text[start..byte]);
            if followed_by_space && next_starts_sentence && !abbreviation {
                end_of_sentence = Some(chars.get(j).map_or(text.len(), |(b, _)| *b));
            }
            // The run of closing punctuation ("?.?", ".\"") is one unit: never split inside it.
            i = j - 1;
        } else if c == '\n' {
            // A blank line always ends a paragraph, and so a sentence.
            let next_non_space = chars[i + 1..].iter().take_while(|(_, c)| c.is_whitespace());
            if next_non_space.clone().any(|(_, c)| *c == '\n') {
                end_of_sentence = Some(byte);
            }
        }
        if let Some(end) = end_of_sentence {
            push_trimmed(text, start..end, &mut sentences);
            start = end;
        }
        i += 1;
    }
    push_trimmed(text, start..text.len(), &mut sentences);
    sentences
}

fn push_trimmed(text: &str, range: Range<usize>, sentences: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let leading = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        sentences.push(range.start + leading..range.start + leading + trimmed.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn abbreviations_titles_and_initials_do_not_split() {
        assert_eq!(
            split(
                "Lt. Gen. Steve Townsend leads U.S. forces. Maj. Adrian Rankine-Galloway spoke. George W. Bush did not."
            ),
            [
                "Lt. Gen. Steve Townsend leads U.S. forces.",
                "Maj. Adrian Rankine-Galloway spoke.",
                "George W. Bush did not."
            ]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            split(
                "\"Americans are in harm's way,\" Cook said. \"They are playing a support role.\" Then he left."
            ),
            [
                "\"Americans are in harm's way,\" Cook said.",
                "\"They are playing a support role.\"",
                "Then he left."
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_join_and_blank_lines_split() {
        assert_eq!(
            split("The operation at\nAmerli was noteworthy.\n\nHeadline without period\n\nNext paragraph."),
            [
                "The operation at\nAmerli was noteworthy.",
                "Headline without period",
                "Next paragraph."
            ]
        );
    }

    #[test]
    fn punctuation_runs_do_not_split_twice_regression_for_slice_panic() {
        assert_eq!(split("Really ?.? Yes."), ["Really ?.?", "Yes."]);
        assert_eq!(split("A&b ?.?"), ["A&b ?.?"]);
    }

    proptest! {
        #[test]
        fn ranges_are_ordered_char_boundaries(text in "\\PC{0,80}") {
            let mut previous_end = 0;
            for range in split_sentences(&text) {
                prop_assert!(range.start >= previous_end && range.start < range.end);
                prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
                previous_end = range.end;
            }
        }
    }
}
