//! Which way a sentence looks: past or future. News reports mostly the past, so a sentence
//! is past unless it has a future marker; this decides which "Tuesday" or "June 9" is meant.

use std::sync::LazyLock;

use regex::Regex;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

/// Words that put a clause in the future.
static FUTURE_MARKERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(will|won't|shall|'ll|going to|plans?|planned|planning|scheduled|expected to|is to|are to|set to|upcoming)\b",
    )
    .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});

/// The sentence around `[start, end)`: from the previous sentence end to the next.
pub fn sentence_around(text: &str, start: usize, end: usize) -> &str {
    let is_boundary = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let from = text[..start].rfind(['!', '?', '\n']).map_or(0, |i| i + 1);
    // A period ends a sentence only when a space and a capital follow, so "Oct. 27" stays.
    let from = text[from..start]
        .match_indices(". ")
        .filter(|(i, _)| text[from + i + 2..].starts_with(char::is_uppercase))
        .last()
        .map_or(from, |(i, _)| from + i + 2);
    let to = text[end..].find(is_boundary).map_or(text.len(), |i| end + i);
    &text[from..to]
}

pub fn tense_of(sentence: &str) -> Tense {
    if FUTURE_MARKERS.is_match(sentence) {
        Tense::Future
    } else {
        Tense::Past
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn future_markers_make_a_sentence_future() {
        assert_eq!(
            tense_of("The minister will visit Baghdad on Tuesday"),
            Tense::Future
        );
        assert_eq!(tense_of("The minister visited Baghdad on Tuesday"), Tense::Past);
    }

    #[test]
    fn the_sentence_stops_at_real_sentence_ends_only() {
        let text = "Troops left. They will return on Oct. 27 to the base. Then home.";
        let start = text.find("Oct.").unwrap_or(0);
        assert_eq!(
            sentence_around(text, start, start + 7),
            "They will return on Oct. 27 to the base"
        );
    }
}
