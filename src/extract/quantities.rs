//! Numbers a sentence gives and what they count: "more than 600 troops", "1,192",
//! "an estimated 6,000 mostly Sunni ISIS fighters", "hundreds of ground forces".

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::Quantity;

/// Words between a number and its noun that are skipped ("mostly", "Sunni", "ISIS").
const MAX_WORDS_BEFORE_UNIT: usize = 3;

/// A number: digits with thousands separators or decimals, or a number word, with an optional
/// hedge before and a scale after.
static QUANTITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        (?:\b(?P<hedge>more\ than|over|nearly|almost|about|around|some|at\ least|up\ to|an\ estimated|roughly|approximately|fewer\ than|less\ than|as\ many\ as)\s+)?
        (?:
            (?P<digits>\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\b)
          | (?P<word>\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|dozens|several\ hundreds?|several\ thousands?|tens\ of\ thousands)\b)
        )
        (?:\s+(?P<scale>million|billion|trillion|thousand|hundred)\b)?
        (?P<percent>\s*(?:%|percent\b|per\ cent\b))?",
    )
    .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});

/// Value of a number word (lower case).
fn word_value(word: &str) -> Option<f64> {
    let value = match word {
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "dozens" => 24.0,
        "hundred" | "hundreds" | "several hundred" | "several hundreds" => 100.0,
        "thousand" | "thousands" | "several thousand" | "several thousands" => 1000.0,
        "tens of thousands" => 10_000.0,
        _ => return None,
    };
    Some(value)
}

fn scale_value(scale: &str) -> f64 {
    match scale.to_lowercase().as_str() {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => 1.0,
    }
}

/// Words that end the search for a unit: verbs and function words.
fn is_stop_word(word: &str) -> bool {
    matches!(
        word,
        "and"
            | "or"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "is"
            | "are"
            | "was"
            | "were"
            | "the"
            | "a"
            | "have"
            | "has"
            | "had"
            | "that"
            | "who"
            | "which"
            | "with"
            | "by"
            | "from"
    )
}

/// The noun a number counts: the first lower-case word after it, skipping a few adverbs and
/// names ("6,000 mostly Sunni ISIS fighters" → fighters; "hundreds of ground forces" → forces).
fn unit_after(rest: &str) -> Option<String> {
    let rest = rest.strip_prefix(" of ").map_or(rest, |r| r);
    for (i, raw) in rest.split_whitespace().enumerate() {
        if i > MAX_WORDS_BEFORE_UNIT {
            break;
        }
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        if word.is_empty() || is_stop_word(word) {
            return None;
        }
        let is_lower = word.chars().next().is_some_and(char::is_lowercase);
        let is_adverb = word.ends_with("ly");
        if is_lower && !is_adverb && !matches!(word, "ground" | "more" | "other" | "new" | "additional") {
            return Some(word.to_owned());
        }
        if raw.ends_with([',', '.', ';', ':']) {
            return None;
        }
    }
    None
}

/// The quantities of `sentence`, skipping numbers inside `dates` (byte ranges of its temporal
/// expressions) and four-digit years.
pub fn quantities_of(sentence: &str, dates: &[Range<usize>]) -> Vec<Quantity> {
    let mut quantities = Vec::new();
    for caps in QUANTITY.captures_iter(sentence) {
        let Some(whole) = caps.get(0) else { continue };
        if dates
            .iter()
            .any(|d| d.start < whole.end() && whole.start() < d.end)
        {
            continue;
        }
        let (value, number_end) = if let Some(digits) = caps.name("digits") {
            let text = digits.as_str().replace(',', "");
            let Ok(value) = text.parse::<f64>() else { continue };
            let looks_like_year = digits.as_str().len() == 4 && (1000.0..=2100.0).contains(&value);
            let is_part_of_token = sentence[digits.end()..]
                .starts_with(|c: char| c.is_alphabetic() || c == '/' || c == '-')
                || sentence[..digits.start()].ends_with(['/', '-', '#', '@']);
            if looks_like_year || is_part_of_token {
                continue;
            }
            (value, digits.end())
        } else if let Some(word) = caps.name("word") {
            let Some(value) = word_value(&word.as_str().to_lowercase()) else {
                continue;
            };
            (value, word.end())
        } else {
            continue;
        };
        let scale = caps.name("scale").map_or(1.0, |s| scale_value(s.as_str()));
        let percent = caps.name("percent").is_some();
        let end = caps.name("scale").map_or(number_end, |s| s.end());
        let unit = if percent {
            Some("percent".to_owned())
        } else if caps.name("word").is_some() || sentence[..whole.start()].ends_with('$') {
            unit_after(&sentence[end..]).or_else(|| {
                sentence[..whole.start()]
                    .ends_with('$')
                    .then(|| "dollars".to_owned())
            })
        } else {
            unit_after(&sentence[end..])
        };
        // A bare small number word without a counted noun is not a quantity ("two of them").
        if caps.name("word").is_some() && unit.is_none() {
            continue;
        }
        quantities.push(Quantity {
            text: whole.as_str().trim().to_owned(),
            value: value * scale,
            unit,
        });
    }
    quantities
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(sentence: &str) -> Vec<(f64, Option<String>)> {
        quantities_of(sentence, &[])
            .into_iter()
            .map(|q| (q.value, q.unit))
            .collect()
    }

    #[test]
    fn numbers_with_hedges_and_units() {
        let q = quantities_of(
            "With the recent deployment of more than 600 troops, the U.S. has nearly 5,000 men and women on Iraqi soil.",
            &[],
        );
        assert_eq!(q[0].text, "more than 600");
        assert_eq!(q[0].unit.as_deref(), Some("troops"));
        assert_eq!(q[1].value, 5000.0);
        assert_eq!(q[1].unit.as_deref(), Some("men"));
    }

    #[test]
    fn skips_adverbs_and_names_before_the_unit() {
        assert_eq!(
            summary("With an estimated 6,000 mostly Sunni ISIS fighters holed up inside."),
            [(6000.0, Some("fighters".to_owned()))]
        );
        assert_eq!(
            summary("Iran has had hundreds of ground forces there."),
            [(100.0, Some("forces".to_owned()))]
        );
    }

    #[test]
    fn bare_totals_scales_and_percentages() {
        assert_eq!(summary("The Pentagon's latest tally is 1,192."), [(1192.0, None)]);
        assert_eq!(
            summary("It costs 2.5 billion dollars."),
            [(2.5e9, Some("dollars".to_owned()))]
        );
        assert_eq!(
            summary("Turnout was 64 percent."),
            [(64.0, Some("percent".to_owned()))]
        );
    }

    #[test]
    fn years_and_dates_are_not_quantities() {
        assert!(summary("He has been a reporter since 2007.").is_empty());
        let sentence = "They met on June 10 in Paris.";
        let date = sentence.find("June 10").unwrap_or(0);
        let dates: Vec<Range<usize>> = std::iter::once(date..date + 7).collect();
        assert!(quantities_of(sentence, &dates).is_empty());
    }
}
