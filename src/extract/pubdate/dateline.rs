//! A date in the article's dateline or byline ("LONDON, Oct. 27, 2016 (Reuters) –",
//! "Published 10:32 AM, October 27, 2016") is its publication date: the strongest clue.

use std::sync::LazyLock;

use regex::Regex;

use super::{Clue, Probed, value_days};
use crate::model::Precision;
use crate::temporal::Timex;

/// How far into the text a dateline or byline date may start.
pub(super) const DATELINE_WINDOW_BYTES: usize = 200;
/// How close after the date a dateline's agency or dash must follow.
const DATELINE_TAIL_BYTES: usize = 30;
/// Weight of a dateline date: above any other clue.
pub(super) const WEIGHT_DATELINE: f64 = 4.0;

/// What follows a dateline's date ("(Reuters) -", " — ") or opens a byline line.
static DATELINE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^\n]{0,30}?(?:\([A-Za-z. ]{1,25}\)|\s[—–-]{1,2}\s|\n)")
        .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});
static BYLINE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:first\s+)?(?:published|updated|posted|last\s+updated)\b")
        .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});

/// Whether `timex` sits in the text's dateline or byline.
pub(super) fn is_dateline_date(text: &str, timex: &Timex) -> bool {
    if timex.start_byte > DATELINE_WINDOW_BYTES {
        return false;
    }
    let line_start = text[..timex.start_byte].rfind('\n').map_or(0, |i| i + 1);
    let tail_end = text.floor_char_boundary(timex.end_byte + DATELINE_TAIL_BYTES + 20);
    let after = &text[timex.end_byte..tail_end.max(timex.end_byte)];
    BYLINE_LINE.is_match(&text[line_start..timex.start_byte]) || DATELINE_TAIL.is_match(after)
}

/// The dateline's full date (with its year) as a one-day clue.
pub(super) fn dateline_clues(text: &str, probed: &Probed) -> Vec<Clue> {
    probed
        .a
        .iter()
        .filter(|t| probed.is_absolute(t) && is_dateline_date(text, t))
        .filter_map(|t| {
            let time = t.time.filter(|v| v.precision >= Precision::Day)?;
            let (day, _) = value_days(&time)?;
            Some(Clue {
                from: day,
                to: day,
                weight: WEIGHT_DATELINE,
                lag_days: 0,
                says: format!("dateline “{}”", &text[t.start_byte..t.end_byte]),
            })
        })
        .take(1)
        .collect()
}
