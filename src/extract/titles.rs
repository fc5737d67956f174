//! Short readable event titles from a sentence: the main clause without its date phrase, an
//! introductory phrase, the attribution ("…, officials said") and trailing clauses, cut to a
//! few words.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::temporal::Lexicon;

/// Words kept in a title: enough for "ISIS captured the city" plus an object.
const MAX_TITLE_WORDS: usize = 10;

/// Fewest words left after dropping an introductory phrase; shorter, and it stays.
const MIN_MAIN_CLAUSE_WORDS: usize = 4;

/// Words that open an introductory phrase ending at the first comma ("With the recent
/// deployment of more than 600 troops, …").
static INTRODUCTORY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:With|While|As|After|Although|Though|Since|Despite|Quoting|Aiming|Asked|According|Following|Amid|In|On|For now|However|Meanwhile|Still|Yet|Later|Earlier)\b[^,]{0,120},\s+")
        .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});

/// A wire dateline opening the text: "WASHINGTON (AP) — ", "LONDON, Oct 3 (Reuters) - ".
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z][A-Z .,'-]{2,40}(?:,[^()]{0,20})?(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+")
        .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});

/// "McCarthy, who won the speakership in January": a relative clause about a named subject.
static WHO_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<subject>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}), who (?P<rest>[^,]+)")
        .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});

/// Where a title stops: an attribution tail ("…, Foreign Policy reports"), a trailing clause
/// ("…, which…", "; …", " — …").
static TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?:,\s*["”]?\s*(?:(?:the |a |an )?[\w.’'-]+(?: [\w.’'-]+){0,5} (?:said|says|told|reports|reported|added|according)\b|which\b|who\b|but\b|while\b|and (?:the|it|he|she|they)\b|saying\b)|;|\s[—–]\s|\s--\s)"#)
        .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});

fn strip_quotes(word: &str) -> &str {
    word.trim_matches(|c: char| matches!(c, '"' | '\u{201c}' | '\u{201d}' | '[' | ']'))
}

/// "the city ISIS captured" right before a date: a reduced relative clause, told the other way
/// round as the title ("ISIS captured the city").
static REDUCED_RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<object>the (?:\w+ )?\w+) (?P<subject>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}) (?P<verb>\w+ed|took|seized|overran|won|lost|built|hit|struck|shot|sold|bought|left|fought|began|held|sent|made)\s+(?:in |on |since )?$")
        .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});

/// A finite verb that makes the words after "and" a clause of their own.
static CLAUSE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:was|were|is|are|has|have|had|did|will)\b")
        .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});

/// The event a date belongs to when it is not the sentence's main one: "the city ISIS captured
/// more than two years ago" → "ISIS captured the city"; "back to the 1980s, when it waged a war"
/// → "Iran waged a war" (the pronoun stands for the sentence's first name).
fn dated_clause(sentence: &str, timex: &Range<usize>) -> Option<(String, Range<usize>)> {
    if let Some(caps) = WHO_CLAUSE.captures(sentence)
        && let Some(rest) = caps.name("rest")
        && rest.start() <= timex.start
        && timex.end <= rest.end()
    {
        let subject = &caps["subject"];
        // The date keeps its place in the clause, to be dropped from the title.
        let shift = subject.len() + 1;
        let moved = timex.start - rest.start() + shift..timex.end - rest.start() + shift;
        return Some((
            format!("{subject} {}", &sentence[rest.start()..rest.end()]),
            moved,
        ));
    }
    let before = &sentence[..timex.start];
    if let Some(caps) = REDUCED_RELATIVE.captures(before) {
        let clause = format!("{} {} {}", &caps["subject"], &caps["verb"], &caps["object"]);
        return Some((clause, 0..0));
    }
    // "Iran has sent troops into Iraq and Suleimani was spotted in the region earlier this
    // week": the date belongs to the second clause.
    if let Some(and) = before.rfind(" and ") {
        let clause = &before[and + " and ".len()..];
        if CLAUSE_VERB.is_match(clause) && clause.split_whitespace().count() >= MIN_MAIN_CLAUSE_WORDS {
            return Some((format!("{clause}{}", &sentence[timex.end..]), 0..0));
        }
    }
    let after = sentence[timex.end..].trim_start();
    let clause = after
        .strip_prefix(", when ")
        .or_else(|| after.strip_prefix(" when "))?;
    let mut words = clause.split_whitespace();
    let first = words.next()?;
    let subject = if Lexicon::english().subject_pronouns.contains(first) {
        let first_word = sentence.split_whitespace().next()?;
        // "Iran's ties …, when it waged": the pronoun stands for Iran.
        let owner = first_word
            .strip_suffix("'s")
            .or_else(|| first_word.strip_suffix("\u{2019}s"))
            .unwrap_or(first_word);
        owner.trim_matches(|c: char| !c.is_alphanumeric())
    } else {
        first
    };
    let clause = std::iter::once(subject)
        .chain(words)
        .collect::<Vec<_>>()
        .join(" ");
    Some((clause, 0..0))
}

/// How many of the last words are a preposition that only introduces the date phrase ("in",
/// "as of"), which goes with the date: 0 when there is none.
fn date_preposition_before(words: &[&str]) -> usize {
    Lexicon::english()
        .date_prepositions
        .iter()
        .filter_map(|preposition| {
            let length = preposition.split(' ').count();
            let tail = words.get(words.len().checked_sub(length)?..)?;
            let same = tail
                .iter()
                .zip(preposition.split(' '))
                .all(|(word, part)| word.eq_ignore_ascii_case(part));
            same.then_some(length)
        })
        .max()
        .unwrap_or(0)
}

/// A title for `sentence` whose date phrase is at `timex` (byte range within the sentence;
/// empty when the date does not come from a phrase to drop).
pub fn title_from_sentence(sentence: &str, timex: Range<usize>) -> String {
    let timex = timex.start.min(sentence.len())..timex.end.min(sentence.len());
    if !timex.is_empty()
        && sentence.is_char_boundary(timex.start)
        && sentence.is_char_boundary(timex.end)
        && let Some((clause, date)) = dated_clause(sentence, &timex)
    {
        return title_from_sentence(&clause, date);
    }
    let (before, after) = if sentence.is_char_boundary(timex.start) && sentence.is_char_boundary(timex.end) {
        (&sentence[..timex.start], &sentence[timex.end..])
    } else {
        (sentence, "")
    };
    let mut before_words: Vec<&str> = before.split_whitespace().collect();
    if !timex.is_empty() {
        let preposition_words = date_preposition_before(&before_words);
        before_words.truncate(before_words.len() - preposition_words);
    }
    let joined = before_words
        .into_iter()
        .chain(after.split_whitespace())
        .map(strip_quotes)
        .filter(|w| !w.is_empty() && *w != ",")
        .collect::<Vec<_>>()
        .join(" ");
    let main = main_clause(&joined);
    let words: Vec<&str> = main.split_whitespace().collect();
    let cut = words.len() > MAX_TITLE_WORDS;
    let mut title = words
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
    capitalise_first(&title)
}

/// The sentence without its introductory phrase and its tail, when enough is left.
fn main_clause(sentence: &str) -> &str {
    let mut main = sentence;
    if let Some(dateline) = DATELINE.find(main)
        && main[dateline.end()..].split_whitespace().count() >= MIN_MAIN_CLAUSE_WORDS
    {
        main = &main[dateline.end()..];
    }
    for conjunction in ["But ", "And ", "So ", "Yet "] {
        if let Some(rest) = main.strip_prefix(conjunction) {
            main = rest;
        }
    }
    if let Some(intro) = INTRODUCTORY.find(main)
        && main[intro.end()..].split_whitespace().count() >= MIN_MAIN_CLAUSE_WORDS
    {
        main = &main[intro.end()..];
    }
    if let Some(tail) = TAIL.find(main)
        && main[..tail.start()].split_whitespace().count() >= MIN_MAIN_CLAUSE_WORDS
    {
        main = &main[..tail.start()];
    }
    main
}

fn capitalise_first(title: &str) -> String {
    let mut chars = title.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(sentence: &str, timex: &str) -> String {
        let start = if timex.is_empty() {
            0
        } else {
            sentence.find(timex).unwrap_or(0)
        };
        title_from_sentence(sentence, start..start + timex.len())
    }

    #[test]
    fn drops_the_date_phrase_and_its_preposition() {
        assert_eq!(
            title("The PMF was formed in 2014 following a fatwa.", "2014"),
            "The PMF was formed following a fatwa"
        );
    }

    #[test]
    fn long_sentences_are_cut_to_a_few_words() {
        let t = title(
            "\"Americans are in harm's way as part of this fight,\" Pentagon Press Secretary Peter Cook said last week.",
            "last week",
        );
        assert_eq!(t, "Americans are in harm's way as part of this fight");
    }

    #[test]
    fn drops_introductions_and_attributions() {
        assert_eq!(
            title(
                "With the recent deployment of more than 600 troops, the U.S. has nearly 5,000 men on Iraqi soil.",
                ""
            ),
            "The U.S. has nearly 5,000 men on Iraqi soil"
        );
        assert_eq!(
            title(
                "Iran has already sent forces into Iraq to help, Foreign Policy reports.",
                ""
            ),
            "Iran has already sent forces into Iraq to help"
        );
        assert_eq!(
            title("Rebels took the port; the army fled.", ""),
            "Rebels took the port"
        );
    }

    #[test]
    fn a_date_in_a_side_clause_titles_that_clause() {
        assert_eq!(
            title(
                "Forces have freed villages as they encircle the city ISIS captured more than two years ago.",
                "more than two years ago"
            ),
            "ISIS captured the city"
        );
        assert_eq!(
            title(
                "Iran has long sought influence, dating back to the 1980s, when it waged a grinding war with Iraq.",
                "the 1980s"
            ),
            "Iran waged a grinding war with Iraq"
        );
        assert_eq!(
            title(
                "Iran has sent troops and its general was spotted in the region earlier this week.",
                "earlier this week"
            ),
            "Its general was spotted in the region"
        );
    }

    #[test]
    fn datelines_and_who_clauses() {
        assert_eq!(
            title(
                "WASHINGTON (AP) — The Senate voted 88-9 on Saturday night to send a bill.",
                "Saturday night"
            ),
            "The Senate voted 88-9 to send a bill"
        );
        assert_eq!(
            title(
                "McCarthy, who won the speakership in January after 15 rounds, now faces a threat.",
                "January"
            ),
            "McCarthy won the speakership after 15 rounds"
        );
    }

    #[test]
    fn never_panics_on_odd_ranges() {
        for (s, r) in [("", 0..3), ("É", 1..2), ("a, b", 5..9)] {
            let _ = title_from_sentence(s, r);
        }
    }
}
