//! Sentence splitting for news text that survives abbreviations ("Lt. Gen.", "U.S.", "Maj."),
//! initials, quotes and hard-wrapped lines.
//!
//! A "sentence" never exceeds [`MAX_SENTENCE_BYTES`]: a longer run (a page of text without a
//! full stop, a list of thousands of dates) is cut into windows at the last clause break
//! (`;`, `,`, a dash) or space before the limit. Every later stage works per sentence, and
//! some of that work grows with the sentence's length times its dates, so the bound keeps
//! extraction linear in the article's length and keeps quotes to a readable clause.

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

/// Longest sentence kept whole, in bytes (the tagger's bound on the clause and sentence it
/// reads around a date); real news sentences stay well under it (100 words are ~600 bytes).
pub use crate::temporal::MAX_SENTENCE_BYTES;

/// A window cut from a long sentence is at least this share of [`MAX_SENTENCE_BYTES`], so a
/// clause break near the start does not make a run of tiny windows.
const MIN_WINDOW_SHARE: f64 = 0.5;

/// Where to cut `text[range]` (longer than `max_bytes`): after the last clause break in the
/// second half of the window, else after the last space, else at a character boundary.
fn window_end(text: &str, start: usize, max_bytes: usize) -> usize {
    let limit = text.floor_char_boundary(start + max_bytes);
    let earliest = start + (max_bytes as f64 * MIN_WINDOW_SHARE) as usize;
    let window = &text[start..limit];
    let after = |i: usize, c: char| start + i + c.len_utf8();
    let clause_break = window
        .char_indices()
        .rev()
        .take_while(|(i, _)| start + i >= earliest)
        .find(|(_, c)| matches!(c, ';' | ',' | '\u{2014}' | '\u{2013}' | ':'))
        .map(|(i, c)| after(i, c));
    let space = || {
        window
            .char_indices()
            .rev()
            .take_while(|(i, _)| start + i >= earliest)
            .find(|(_, c)| c.is_whitespace())
            .map(|(i, c)| after(i, c))
    };
    clause_break.or_else(space).unwrap_or(limit).max(start + 1)
}

/// Cuts sentences longer than `max_bytes` into windows (see [`window_end`]).
fn window_long_sentences(text: &str, sentences: Vec<Range<usize>>, max_bytes: usize) -> Vec<Range<usize>> {
    if sentences.iter().all(|r| r.len() <= max_bytes) {
        return sentences;
    }
    let mut windows = Vec::with_capacity(sentences.len());
    for range in sentences {
        let mut start = range.start;
        while range.end - start > max_bytes {
            let end = text.ceil_char_boundary(window_end(text, start, max_bytes));
            push_trimmed(text, start..end, &mut windows);
            start = end;
        }
        push_trimmed(text, start..range.end, &mut windows);
    }
    windows
}

/// Byte ranges of the sentences of `text`, trimmed of surrounding white space, none longer
/// than [`MAX_SENTENCE_BYTES`].
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    window_long_sentences(text, split_whole_sentences(text), MAX_SENTENCE_BYTES)
}

/// The characters that open a list item ("* ", "- ", "• "), followed by a space.
pub(super) const LIST_BULLETS: [char; 5] = ['*', '-', '•', '·', '–'];

/// A line that opens with a bullet ("* ", "- ", "• ") is an item of a list, a sentence of its
/// own whatever punctuation the item before it lacks.
fn starts_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    chars.next().is_some_and(|c| LIST_BULLETS.contains(&c))
        && chars.next().is_some_and(|c| c == ' ' || c == '\t')
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?')
}

/// Walks the text once by byte offset (no per-character buffer: memory stays the ranges).
fn split_whole_sentences(text: &str) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut byte = 0;
    while let Some(c) = text[byte..].chars().next() {
        let mut next = byte + c.len_utf8();
        let mut end_of_sentence = None;
        if is_sentence_end(c) {
            // The run of closing punctuation ("?.?", ".\"") is one unit: never split inside it.
            let rest = &text[next..];
            next += rest
                .find(|c: char| !(is_closing_quote(c) || is_sentence_end(c)))
                .unwrap_or(rest.len());
            let rest = &text[next..];
            let followed_by_space = rest.chars().next().is_none_or(char::is_whitespace);
            let next_starts_sentence = rest.chars().find(|c| !c.is_whitespace()).is_none_or(|c| {
                c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\u{201c}' | '\'')
            });
            // Checked last: the word before the period is read only where a sentence could end.
            if followed_by_space
                && next_starts_sentence
                && !(c == '.' && ends_with_abbreviation(&text[start..byte]))
            {
                end_of_sentence = Some(next);
            }
        } else if c == '\n' {
            // A blank line always ends a paragraph, and so a sentence; so does a list item.
            let mut blank_run = text[next..].chars().take_while(|c| c.is_whitespace());
            if blank_run.any(|c| c == '\n') || starts_list_item(text[next..].trim_start()) {
                end_of_sentence = Some(byte);
            }
        }
        if let Some(end) = end_of_sentence {
            push_trimmed(text, start..end, &mut sentences);
            start = end;
        }
        byte = next;
    }
    push_trimmed(text, start..text.len(), &mut sentences);
    sentences
}

/// `range` of `text` without the white space around it (an empty range at the first
/// non-space byte when nothing else is left; `range` itself when it does not fall on characters).
pub(super) fn trimmed_range(text: &str, range: Range<usize>) -> Range<usize> {
    let Some(slice) = text.get(range.clone()) else {
        return range;
    };
    let start = range.start + (slice.len() - slice.trim_start().len());
    start..start + slice.trim().len()
}

/// Pushes `range` of `text`, trimmed, unless only white space is left.
pub(super) fn push_trimmed(text: &str, range: Range<usize>, sentences: &mut Vec<Range<usize>>) {
    let trimmed = trimmed_range(text, range);
    if !trimmed.is_empty() {
        sentences.push(trimmed);
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
    fn each_list_item_is_a_sentence_and_a_hard_wrapped_dash_is_not() {
        assert_eq!(
            split(
                "Microsoft said:\n* It will buy LinkedIn for $196 a share\n* Deal to close in 2016\n- Board approved"
            ),
            [
                "Microsoft said:",
                "* It will buy LinkedIn for $196 a share",
                "* Deal to close in 2016",
                "- Board approved"
            ]
        );
        assert_eq!(
            split("prices rose 3\n-4 percent."),
            ["prices rose 3\n-4 percent."]
        );
    }

    #[test]
    fn punctuation_runs_do_not_split_twice_regression_for_slice_panic() {
        assert_eq!(split("Really ?.? Yes."), ["Really ?.?", "Yes."]);
        assert_eq!(split("A&b ?.?"), ["A&b ?.?"]);
    }

    #[test]
    fn a_run_on_sentence_is_cut_at_clause_breaks_into_bounded_windows() {
        let clause = "troops entered the city on March 3, 2015, and the army said ";
        let text = clause.repeat(200);
        let windows = split_sentences(&text);
        assert!(windows.len() > 1);
        for window in &windows[..windows.len() - 1] {
            assert!(window.len() <= MAX_SENTENCE_BYTES, "{}", window.len());
            assert!(window.len() >= MAX_SENTENCE_BYTES / 2, "{}", window.len());
            assert!(text[window.clone()].ends_with(','), "{}", &text[window.clone()]);
        }
        let covered: usize = windows.iter().map(|w| w.len()).sum();
        assert!(covered + windows.len() >= text.trim().len(), "nothing is lost");
    }

    #[test]
    fn a_run_without_any_break_is_cut_at_character_boundaries() {
        let text = "é".repeat(MAX_SENTENCE_BYTES);
        for window in split_sentences(&text) {
            assert!(window.len() <= MAX_SENTENCE_BYTES && text.is_char_boundary(window.start));
        }
    }

    proptest! {
        #[test]
        fn windows_are_bounded_ordered_char_boundaries(text in "[a-z ,;é]{0,400}", max_bytes in 4usize..40) {
            let mut previous_end = 0;
            for range in window_long_sentences(&text, split_whole_sentences(&text), max_bytes) {
                prop_assert!(range.len() <= max_bytes, "{range:?}");
                prop_assert!(range.start >= previous_end && range.start < range.end);
                prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
                previous_end = range.end;
            }
        }

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
