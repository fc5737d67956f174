//! Which way a clause looks: past or future. News reports mostly the past, so a clause is past
//! unless it has a future marker; this decides which "Tuesday" or "June 9" is meant.

use std::sync::LazyLock;

use regex::Regex;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    /// Neither marker: present tense, a noun phrase ("the Jan. 14 deadline"). Weekdays then
    /// default to the past (news convention), calendar dates to the nearest occurrence.
    Unmarked,
}

/// Words that put a clause in the future.
static FUTURE_MARKERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(will|won't|shall|'ll|going to|plans?|planned|planning|scheduled|expected to|is to|are to|set to|upcoming|must|would|forecast|forecasts)\b",
    )
    .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});

/// Auxiliaries, regular past forms and the irregular past forms common in news.
static PAST_MARKERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(had|has|have|was|were|did|\w+ed|said|told|took|made|went|came|met|began|fell|rose|won|lost|left|saw|gave|held|led|sent|fought|struck|spoke|wrote|brought|thought|became|ran|paid|sold|bought|broke|chose|drove|flew|froze|hit|kept|knew|put|quit|set|shot|stood|threw|took|wore|overran|withdrew|drew|grew|ago)\b",
    )
    .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});

/// Prepositions right before a date that make it a deadline, hence ahead ("by Jan. 14").
/// ("until" is not one: "the talks lasted until Friday" looks back.)
const DEADLINE_PREPOSITIONS: [&str; 1] = ["by"];

/// Characters that end a clause for tense purposes: sentence ends, clause punctuation, quotes.
fn is_clause_boundary(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | ';' | ':' | ',' | '\n' | '"' | '`' | '\u{201c}' | '\u{201d}'
    )
}

/// The clause around `[start, end)`: from the previous clause boundary to the next. A period
/// inside an abbreviated month ("Oct. 27") is part of the match, so it does not cut it.
pub fn clause_around(text: &str, start: usize, end: usize) -> &str {
    // After the boundary character, whatever its width (curly quotes take three bytes).
    let mut from = text[..start]
        .char_indices()
        .rev()
        .find(|(_, c)| is_clause_boundary(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let mut to = text[end..]
        .find(is_clause_boundary)
        .map_or(text.len(), |i| end + i);
    // Conjunctions that start a new clause without a comma ("keeps it running until Nov. 17
    // but drops the aid it had requested").
    for word in CLAUSE_CONJUNCTIONS {
        if let Some(i) = text[from..start].rfind(word) {
            from = from.max(from + i + word.len());
        }
        if let Some(i) = text[end..to].find(word) {
            to = to.min(end + i);
        }
    }
    &text[from..to]
}

/// Words that open a clause of their own, spaces included.
const CLAUSE_CONJUNCTIONS: [&str; 2] = [" but ", " while "];

/// The tense of the clause around a temporal expression at `[start, end)` of `text`.
pub fn tense_around(text: &str, start: usize, end: usize) -> Tense {
    let previous_word = text[..start]
        .split_whitespace()
        .next_back()
        .unwrap_or_default()
        .to_lowercase();
    let clause = clause_around(text, start, end);
    if DEADLINE_PREPOSITIONS.contains(&previous_word.as_str()) && !PAST_MARKERS.is_match(clause) {
        return Tense::Future;
    }
    // "said on Thursday it would cut jobs": a "would" after the date is the future of a past
    // statement, and a date between the statement and the "would" goes with the statement.
    let clause_start = clause.as_ptr().addr() - text.as_ptr().addr();
    let clause_end = clause_start + clause.len();
    let before = &text[clause_start..start.max(clause_start)];
    let after = &text[end.min(clause_end)..clause_end];
    let future_only_after = !FUTURE_MARKERS.is_match(before)
        && FUTURE_MARKERS
            .find_iter(after)
            .all(|m| m.as_str().eq_ignore_ascii_case("would"));
    if future_only_after && PAST_MARKERS.is_match(before) {
        return Tense::Past;
    }
    tense_of(clause)
}

pub fn tense_of(clause: &str) -> Tense {
    if FUTURE_MARKERS.is_match(clause) {
        Tense::Future
    } else if PAST_MARKERS.is_match(clause) {
        Tense::Past
    } else {
        Tense::Unmarked
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tense(text: &str, timex: &str) -> Tense {
        let start = text.find(timex).unwrap_or(0);
        tense_around(text, start, start + timex.len())
    }

    #[test]
    fn clauses_end_at_curly_quotes_without_splitting_them() {
        let text = "He said \u{201d} on Tuesday";
        let start = text.find("Tuesday").unwrap_or(0);
        assert_eq!(clause_around(text, start, start + 7), " on Tuesday");
    }

    #[test]
    fn future_markers_in_the_clause_make_it_future() {
        assert_eq!(
            tense("The minister will visit Baghdad on Tuesday", "Tuesday"),
            Tense::Future
        );
        assert_eq!(
            tense("The minister visited Baghdad on Tuesday", "Tuesday"),
            Tense::Past
        );
        assert_eq!(tense("The rights expire Nov. 21", "Nov. 21"), Tense::Unmarked);
        assert_eq!(
            tense("The firm said on Thursday it would cut jobs", "Thursday"),
            Tense::Past
        );
        assert_eq!(
            tense("The firm would cut jobs on Thursday", "Thursday"),
            Tense::Future
        );
    }

    #[test]
    fn a_future_marker_in_another_clause_does_not_count() {
        let text = "Since the decision was announced Wednesday, they have said they will appeal.";
        assert_eq!(tense(text, "Wednesday"), Tense::Past);
    }

    #[test]
    fn deadlines_look_ahead() {
        assert_eq!(
            tense("Elian must be returned to his father by Jan. 14.", "Jan. 14"),
            Tense::Future
        );
        assert_eq!(tense("The talks lasted until Friday.", "Friday"), Tense::Past);
        assert_eq!(
            tense("Two members had filed reports by Wednesday.", "Wednesday"),
            Tense::Past
        );
    }
}
