//! Short readable event titles from a sentence: the sentence without its date phrase,
//! attribution quotes and trailing clauses, cut to a few words.

use std::ops::Range;

/// Words kept in a title: enough for "ISIS captured the city" plus an object.
const MAX_TITLE_WORDS: usize = 10;

/// Prepositions that only introduce the date phrase and go with it.
const DATE_PREPOSITIONS: [&str; 9] = [
    "on", "in", "since", "by", "during", "at", "from", "until", "as of",
];

/// A title for `sentence` whose date phrase is at `timex` (byte range within the sentence).
pub fn title_from_sentence(sentence: &str, timex: Range<usize>) -> String {
    let timex = timex.start.min(sentence.len())..timex.end.min(sentence.len());
    let (before, after) = if sentence.is_char_boundary(timex.start) && sentence.is_char_boundary(timex.end) {
        (&sentence[..timex.start], &sentence[timex.end..])
    } else {
        (sentence, "")
    };
    let mut before_words: Vec<&str> = before.split_whitespace().collect();
    if before_words
        .last()
        .is_some_and(|w| DATE_PREPOSITIONS.contains(&w.to_lowercase().as_str()))
    {
        before_words.pop();
    }
    let words: Vec<&str> = before_words.into_iter().chain(after.split_whitespace()).collect();
    let cleaned: Vec<String> = words
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| matches!(c, '"' | '\u{201c}' | '\u{201d}'))
                .to_owned()
        })
        .filter(|w| !w.is_empty() && w != ",")
        .collect();
    let cut = cleaned.len() > MAX_TITLE_WORDS;
    let mut title = cleaned
        .into_iter()
        .take(MAX_TITLE_WORDS)
        .collect::<Vec<_>>()
        .join(" ");
    let trimmed_len = title
        .trim_end_matches([',', '.', ';', ':', '-', ' ', '\u{2014}'])
        .len();
    title.truncate(trimmed_len);
    if cut {
        title.push('…');
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_the_date_phrase_and_its_preposition() {
        let sentence = "The PMF was formed in 2014 following a fatwa.";
        let start = sentence.find("2014").unwrap_or(0);
        assert_eq!(
            title_from_sentence(sentence, start..start + 4),
            "The PMF was formed following a fatwa"
        );
    }

    #[test]
    fn long_sentences_are_cut_to_a_few_words() {
        let sentence = "\"Americans are in harm's way as part of this fight,\" Pentagon Press Secretary Peter Cook said last week.";
        let start = sentence.find("last week").unwrap_or(0);
        let title = title_from_sentence(sentence, start..start + 9);
        assert_eq!(title, "Americans are in harm's way as part of this fight…");
    }
}
