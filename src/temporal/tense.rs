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

/// Tense markers (`assets/lexicon/en/words.toml`: `future_markers`, `irregular_past`), future
/// first so that "expected to" is not read as the past "expected". Regular past forms count
/// only in lower case ("United" is not a verb). ASCII word classes: Unicode word boundaries
/// would force the slow capture engine on every clause.
static MARKERS: LazyLock<Regex> = LazyLock::new(|| {
    let alternation = |list: &super::lexicon::WordList| {
        list.iter()
            .map(|w| regex::escape(w).replace(' ', r"\s+"))
            .collect::<Vec<_>>()
            .join("|")
    };
    let pattern = format!(
        r"\b(?:(?P<future>(?i:{}))|(?P<past>(?i:{})|[a-z]\w*ed))\b",
        alternation(&lexicon().future_markers),
        alternation(&lexicon().irregular_past),
    );
    regex::RegexBuilder::new(&pattern)
        .unicode(false)
        .build()
        .unwrap_or_else(|e| unreachable!("compiled-in lexicon's tense markers: {e}"))
});

fn lexicon() -> &'static super::Lexicon {
    super::Lexicon::english()
}

/// The tense markers in `text`, in order.
fn markers(text: &str) -> impl Iterator<Item = Tense> + '_ {
    MARKERS
        .captures_iter(text)
        .filter_map(|c| match (c.name("future"), c.name("past")) {
            (Some(_), _) => Some(Tense::Future),
            // A passive infinitive is not a past ("must be returned by Jan. 14").
            (None, Some(m)) if is_infinitive_passive(&text[..m.start()]) => None,
            // After "to" a word is an infinitive ("expects to have", "plans to set").
            (None, Some(m)) if follows_to(&text[..m.start()]) => None,
            // A participle after a determiner is an adjective ("a still unspecified date").
            (None, Some(m)) if follows_determiner(&text[..m.start()]) => None,
            (None, Some(m)) if lexicon().not_past_ed.contains(m.as_str()) => None,
            (None, Some(_)) => Some(Tense::Past),
            (None, None) => None,
        })
}

/// Whether the text before a participle ends with "be"/"being" ("to be returned").
fn is_infinitive_passive(before: &str) -> bool {
    let previous = before.split_whitespace().next_back().unwrap_or_default();
    previous.eq_ignore_ascii_case("be") || previous.eq_ignore_ascii_case("being")
}

/// Whether the text before a word ends with "to".
fn follows_to(before: &str) -> bool {
    before
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.eq_ignore_ascii_case("to"))
}

/// Adverbs that may stand between a determiner and an adjective ("a newly elected").
fn is_degree_adverb(word: &str) -> bool {
    word.ends_with("ly") || matches!(word, "still" | "yet" | "so" | "very" | "most" | "more")
}

/// Whether the text before a word ends with a determiner, maybe followed by one adverb.
fn follows_determiner(before: &str) -> bool {
    let mut words = before.split_whitespace().rev().map(str::to_lowercase);
    match words.next() {
        Some(word) if lexicon().determiners.contains(&word) => true,
        Some(word) if is_degree_adverb(&word) => {
            words.next().is_some_and(|w| lexicon().determiners.contains(&w))
        }
        _ => false,
    }
}

/// The marker that governs an expression at `[start, end)` of `region`: the nearest before it
/// (English puts the verb before its time adverbial: "said on Thursday it would cut jobs" is
/// past), else the first after it ("On Tuesday, the league plans to…").
fn governing_tense(region: &str, start: usize, end: usize) -> Option<Tense> {
    markers(&region[..start])
        .last()
        .or_else(|| markers(&region[end..]).next())
}

fn has_past_marker(text: &str) -> bool {
    markers(text).any(|tense| tense == Tense::Past)
}

/// Whether `until` (or another of the lexicon's `until_words`) right before a date, in this
/// clause, sets a deadline or a forecast's end ("warned of rain through Wednesday").
fn is_deadline_until(previous_word: &str, clause: &str) -> bool {
    if !lexicon().until_words.contains(previous_word) {
        return false;
    }
    let clause = clause.to_lowercase();
    lexicon()
        .deadline_setting_stems
        .iter()
        .any(|stem| clause.contains(stem))
}

/// Characters that end a clause for tense purposes: sentence ends, clause punctuation, quotes.
fn is_clause_boundary(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | ';' | ':' | ',' | '\n' | '"' | '`' | '\u{201c}' | '\u{201d}'
    )
}

/// Longest clause or sentence searched for around a temporal expression, in bytes each way: the
/// extractor's sentences are no longer (`extract::sentences` windows longer runs), and the bound
/// keeps tagging linear in the text's length when a run-on "sentence" holds thousands of dates.
pub const MAX_SENTENCE_BYTES: usize = 1_500;

/// Longest word looked at before a period to decide whether it is an abbreviation; longer
/// words never are.
const MAX_ABBREVIATION_BYTES: usize = 32;

/// Whether the period at byte `dot` of `text` ends something: not one of an abbreviation, an
/// initial ("James C. Kopp", "U.S. officials") or a number ("3.5").
fn is_full_stop(text: &str, dot: usize) -> bool {
    let search_from = text.floor_char_boundary(dot.saturating_sub(MAX_ABBREVIATION_BYTES));
    let word_start = text[search_from..dot]
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(search_from, |(i, c)| search_from + i + c.len_utf8());
    let word = &text[word_start..dot];
    let next = text[dot + 1..].chars().next();
    // "U.S", "3.5"; "Ala., killed": a sentence goes on after an abbreviation it does not end.
    let next_word = text[dot + 1..].chars().find(|c| !c.is_whitespace());
    if next.is_some_and(char::is_alphanumeric)
        || next_word.is_some_and(|c| c.is_lowercase() || matches!(c, ',' | ';'))
    {
        return false;
    }
    let single_capital = word.len() == 1 && word.starts_with(|c: char| c.is_ascii_uppercase());
    !(single_capital
        || super::Lexicon::english()
            .abbreviations
            .contains(&word.to_lowercase()))
}

/// Whether the character `c` at byte `at` of `text` is a boundary (a period only if it is a
/// full stop).
fn is_boundary_at(text: &str, at: usize, c: char, is_boundary: fn(char) -> bool) -> bool {
    is_boundary(c) && (c != '.' || is_full_stop(text, at))
}

/// Where the boundary nearest before `start` ends (the text's start, or [`MAX_SENTENCE_BYTES`]
/// before `start`, when there is none).
fn boundary_end_before(text: &str, start: usize, is_boundary: fn(char) -> bool) -> usize {
    let search_from = text.ceil_char_boundary(start.saturating_sub(MAX_SENTENCE_BYTES));
    text[search_from..start]
        .char_indices()
        .rev()
        .find(|&(i, c)| is_boundary_at(text, search_from + i, c, is_boundary))
        .map_or(search_from, |(i, c)| search_from + i + c.len_utf8())
}

/// Where the first boundary at or after `end` is (the text's end, or [`MAX_SENTENCE_BYTES`]
/// after `end`, when there is none).
fn boundary_at_or_after(text: &str, end: usize, is_boundary: fn(char) -> bool) -> usize {
    let search_to = text.floor_char_boundary(end.saturating_add(MAX_SENTENCE_BYTES));
    text[end..search_to]
        .char_indices()
        .find(|&(i, c)| is_boundary_at(text, end + i, c, is_boundary))
        .map_or(search_to, |(i, _)| end + i)
}

/// The clause around `[start, end)`: from the previous clause boundary to the next. A period
/// inside an abbreviated month ("Oct. 27") is part of the match, so it does not cut it.
pub fn clause_around(text: &str, start: usize, end: usize) -> &str {
    // After the boundary character, whatever its width (curly quotes take three bytes).
    let mut from = boundary_end_before(text, start, is_clause_boundary);
    let mut to = boundary_at_or_after(text, end, is_clause_boundary);
    // Conjunctions that start a new clause without a comma ("keeps it running until Nov. 17
    // but drops the aid it had requested").
    for opener in lexicon().clause_openers.iter() {
        if let Some(i) = spaced_matches(&text[from..start], opener).last() {
            from = from.max(from + i + opener.len() + 1);
        }
        if let Some(i) = spaced_matches(&text[end..to], opener).next() {
            to = to.min(end + i - 1);
        }
    }
    &text[from..to]
}

/// Where `word` stands in `text` between two spaces (" but "), as byte offsets of the word.
fn spaced_matches<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = usize> + 't {
    text.match_indices(word)
        .map(|(i, _)| i)
        .filter(move |&i| text[..i].ends_with(' ') && text[i + word.len()..].starts_with(' '))
}

/// Characters that end a sentence for tense purposes.
fn is_sentence_boundary(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\n')
}

/// The sentence around `[start, end)`, as [`clause_around`] but only cut at sentence ends.
fn sentence_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    (
        boundary_end_before(text, start, is_sentence_boundary),
        boundary_at_or_after(text, end, is_sentence_boundary),
    )
}

/// The tense of the clause around a temporal expression at `[start, end)` of `text`: the
/// clause's governing marker, else the sentence's ("In January, the firm brought in…").
pub fn tense_around(text: &str, start: usize, end: usize) -> Tense {
    let previous_word = text[..start]
        .split_whitespace()
        .next_back()
        .unwrap_or_default()
        .to_lowercase();
    let clause = clause_around(text, start, end);
    if lexicon().deadline_prepositions.contains(&previous_word) && !has_past_marker(clause) {
        return Tense::Future;
    }
    if is_deadline_until(&previous_word, clause) {
        return Tense::Future;
    }
    let clause_start = clause.as_ptr().addr() - text.as_ptr().addr();
    let in_clause = |from: usize| (start.max(from) - from, end.max(from) - from);
    let (clause_from, clause_to) = in_clause(clause_start);
    if let Some(tense) = governing_tense(clause, clause_from, clause_to.min(clause.len())) {
        return tense;
    }
    // Only a verbless clause ("In January,") takes the sentence's tense; one with a participle
    // of its own ("setting arguments for April") has none.
    if has_participle(&text[clause_start..start]) || has_participle(&text[end..clause_start + clause.len()]) {
        return Tense::Unmarked;
    }
    let (sentence_start, sentence_end) = sentence_around(text, start, end);
    let sentence = &text[sentence_start..sentence_end];
    let (from, to) = in_clause(sentence_start);
    governing_tense(sentence, from, to.min(sentence.len())).unwrap_or_else(|| {
        if is_present_schedule(&sentence[..from.min(sentence.len())]) {
            Tense::Future
        } else {
            Tense::Unmarked
        }
    })
}

/// Whether a present-tense verb before the date in its sentence tells a schedule ("is back in
/// action on Tuesday, with the final on Thursday"); read only where no marker gives the tense.
fn is_present_schedule(before: &str) -> bool {
    before
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| lexicon().present_schedule.contains(word))
}

/// Whether text has an -ing word, the sign of a participle clause.
fn has_participle(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|word| {
        word.len() > 4
            && word.ends_with("ing")
            && word.starts_with(|c: char| c.is_lowercase())
            && !lexicon().not_participles.contains(word)
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn the_clause_around_any_span_contains_it(text in "[a-zA-Z .,\u{2014}\u{201c}é]{0,40}", a in 0usize..41, b in 0usize..41) {
            let mut start = a.min(b).min(text.len());
            let mut end = a.max(b).min(text.len());
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            // Boundaries next to periods of abbreviations are looked at without panicking.
            tense_around(&text, start, end);
            prop_assert!(clause_around(&text, start, end).contains(&text[start..end]));
        }
    }

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
    fn an_infinitive_is_no_past() {
        let text = "Expects deal to have minimal dilution for FY 2018";
        assert_eq!(tense(text, "FY 2018"), Tense::Unmarked);
        assert_eq!(tense("The bank had cut rates in 2018", "2018"), Tense::Past);
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
        let text = "Officials postponed until Tuesday morning any action on the case.";
        assert_eq!(tense(text, "Tuesday morning"), Tense::Future);
        let text = "The INS extended its deadline until 9 a.m. Tuesday.";
        assert_eq!(tense(text, "9 a.m. Tuesday"), Tense::Future);
        assert_eq!(
            tense("Two members had filed reports by Wednesday.", "Wednesday"),
            Tense::Past
        );
    }

    #[test]
    fn the_nearest_marker_before_the_date_governs() {
        let text = "The ambassadors issued a joint statement Friday saying entry will help.";
        assert_eq!(tense(text, "Friday"), Tense::Past);
        let text = "The INS ruled Wednesday that he must be returned to his father.";
        assert_eq!(tense(text, "Wednesday"), Tense::Past);
        let text = "Officials said the talks will resume Tuesday.";
        assert_eq!(tense(text, "Tuesday"), Tense::Future);
    }

    #[test]
    fn a_clause_without_markers_takes_the_sentence_tense() {
        let text = "In January, American Medical brought in a new chief executive.";
        assert_eq!(tense(text, "January"), Tense::Past);
        let text = "The court agreed to hear the case, setting arguments for April.";
        assert_eq!(tense(text, "April"), Tense::Unmarked);
        let text = "On Tuesday, the league plans to hold a news conference.";
        assert_eq!(tense(text, "Tuesday"), Tense::Future);
        let text = "Her first stop, Tuesday morning, is scheduled to last five hours.";
        assert_eq!(tense(text, "Tuesday morning"), Tense::Future);
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_the_sentence() {
        let text = "In January, a week after the Roe vs. Wade ruling, a bomb exploded.";
        assert_eq!(tense(text, "January"), Tense::Past);
        let text = "In March, James C. Kopp fled the U.S. and Mr. Smith followed.";
        assert_eq!(tense(text, "March"), Tense::Past);
        let text = "In January, a bombing in Birmingham, Ala., killed a guard.";
        assert_eq!(tense(text, "January"), Tense::Past);
        let text = "Officials\u{2014}U.S. envoys\u{2014}met in May. He will go.";
        assert_eq!(tense(text, "May"), Tense::Past);
        let text = "In May. He will go.";
        assert_eq!(tense(text, "May"), Tense::Unmarked);
    }

    #[test]
    fn capitalised_words_ending_in_ed_are_not_verbs() {
        let text = "Mr. Schwarz will succeed Daniel P. Davison Feb. 1";
        assert_eq!(tense(text, "Feb. 1"), Tense::Future);
        let text = "United Airlines flights to the United States on Friday";
        assert_eq!(tense(text, "Friday"), Tense::Unmarked);
        assert_eq!(tense("A planned vote on Friday", "Friday"), Tense::Future);
        assert_eq!(
            tense("Delegates could leave as soon as Tuesday", "Tuesday"),
            Tense::Future
        );
    }
}
