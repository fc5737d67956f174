//! What an event quotes: its sentence, or, in a sentence that lists many dates, the clause of
//! its own date.
//!
//! A sentence (at most [`super::sentences::MAX_SENTENCE_BYTES`]) that gives a dozen events
//! would otherwise be copied into each of them: a list of 10,000 dates would make 10,000
//! quotes of 1,500 bytes, and memory would grow with dates × window instead of with the text.

use std::ops::Range;

use crate::temporal::clause_around;

/// A sentence that dates more events than this is a list ("on March 3, 1990, March 4, 1991,
/// …"): each event quotes the clause of its own date. News sentences date one to three.
pub const MAX_EVENTS_QUOTING_THE_SENTENCE: usize = 4;

/// The bytes of `sentence` that an event dated by `cue` (a range of `sentence`) quotes, when
/// the sentence dates `events_in_sentence` events.
pub fn quoted_range(sentence: &str, cue: Option<&Range<usize>>, events_in_sentence: usize) -> Range<usize> {
    let whole = 0..sentence.len();
    let Some(cue) = cue.filter(|_| events_in_sentence > MAX_EVENTS_QUOTING_THE_SENTENCE) else {
        return whole;
    };
    if sentence.get(cue.clone()).is_none() {
        return whole;
    }
    let clause = clause_around(sentence, cue.start, cue.end);
    let start = clause.as_ptr().addr() - sentence.as_ptr().addr();
    let trimmed = clause.trim_start();
    let start = start + (clause.len() - trimmed.len());
    let end = start + trimmed.trim_end().len();
    // The clause holds its date; should it not, the date alone is the quote.
    if start <= cue.start && cue.end <= end {
        start..end
    } else {
        cue.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_news_sentence_is_quoted_whole() {
        let sentence = "After talks on Monday, the minister said on Tuesday that troops would leave.";
        let cue = sentence.find("Tuesday").map(|i| i..i + "Tuesday".len());
        assert_eq!(quoted_range(sentence, cue.as_ref(), 2), 0..sentence.len());
    }

    #[test]
    fn a_list_of_dates_quotes_each_date_s_clause() {
        let sentence = "Troops moved on March 1, 1990, then on March 2, 1991, then on March 3, 1992, \
                        then on March 4, 1993, then on March 5, 1994.";
        let date = "March 3, 1992";
        let at = sentence.find(date).unwrap_or_default();
        let quoted = quoted_range(sentence, Some(&(at..at + date.len())), 5);
        let quote = &sentence[quoted];
        assert!(quote.contains(date), "{quote}");
        assert!(quote.len() < 40, "a clause, not the sentence: {quote}");
        assert!(!quote.contains("1991") && !quote.contains("1993"), "{quote}");
    }

    #[test]
    fn a_cue_outside_the_sentence_quotes_the_sentence() {
        let sentence = "Short.";
        assert_eq!(quoted_range(sentence, Some(&(3..99)), 9), 0..sentence.len());
    }
}
