//! Dates the text states as its own: a byline or "Published" line ("Published 10:32 AM,
//! October 27, 2016"; the first publication wins over an update), a wire dateline
//! ("WASHINGTON, Sept. 15, 2008 (AFP) -"), or a line that is only a date near the top
//! ("Tuesday 16 October 2018"). Read before anything is inferred.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::cues::{DateCue, DateCues};
use super::{Probed, absolute_days};
use crate::model::Precision;
use crate::temporal::Timex;

/// How far into the text a dateline date may start.
pub(super) const DATELINE_WINDOW_BYTES: usize = 200;
/// How close after the date a dateline's agency or dash must follow.
const DATELINE_TAIL_BYTES: usize = 30;
/// How many lines from the top a line holding only a date is the page's date stamp.
const DATE_STAMP_LINES: usize = 6;

/// What follows a dateline's date ("(Reuters) -", " — ") or ends its line.
static DATELINE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^\n]{0,30}?(?:\([A-Za-z. ]{1,25}\)|\s[—–-]{1,2}\s|\n)")
        .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});

/// What may stand before a dateline's date on its line: nothing, or the place in capitalised
/// words and commas ("WASHINGTON, ", "BLOEMFONTEIN, South Africa, "), never a sentence ("… debentures
/// due March 1, 2011.").
static DATELINE_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\s\p{Pd}]*(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},?\s+){0,3}$")
        .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});

/// What may surround a date on a line of its own: a weekday, a time, punctuation.
static DATE_STAMP_REST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^[\s,.|:•·–—-]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|(?-i:[A-Z]{2,4})|[\s,.|:•·–—-])*$",
    )
    .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});

/// A date the text states as the publication date, and where.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Stated {
    pub date: NaiveDate,
    pub says: String,
}

/// Whether `timex` is the date of a wire dateline: near the top, at the start of its line or
/// after the place, followed by the agency or a dash ("LONDON, Oct 27 (Reuters) -").
pub(super) fn is_dateline_date(text: &str, timex: &Timex) -> bool {
    if timex.start_byte > DATELINE_WINDOW_BYTES || !text.is_char_boundary(timex.start_byte) {
        return false;
    }
    let (line_start, _) = line_of(text, timex.start_byte);
    if !DATELINE_PLACE.is_match(&text[line_start..timex.start_byte]) {
        return false;
    }
    let tail_end = text.floor_char_boundary(timex.end_byte + DATELINE_TAIL_BYTES + 20);
    let after = &text[timex.end_byte..tail_end.max(timex.end_byte)];
    DATELINE_TAIL.is_match(after)
}

/// The start and the text of the line `byte` is on.
pub(super) fn line_of(text: &str, byte: usize) -> (usize, &str) {
    let start = text[..byte].rfind('\n').map_or(0, |i| i + 1);
    let end = text[byte..].find('\n').map_or(text.len(), |i| byte + i);
    (start, &text[start..end])
}

/// A full absolute day: "Oct. 27, 2016", "2016-10-27T14:30:00Z".
fn full_day(text: &str, probed: &Probed, timex: &Timex, day_first: bool) -> Option<NaiveDate> {
    let (first, _, precision) = absolute_days(text, probed, timex, day_first)?;
    (precision >= Precision::Day).then_some(first)
}

/// The publication date the text states, if any.
pub(super) fn stated_date(cues: &DateCues, text: &str, probed: &Probed) -> Option<Stated> {
    let mut updated: Option<Stated> = None;
    let day_first = super::calendar::writes_day_first(text);
    for timex in &probed.a {
        let Some(date) = full_day(text, probed, timex, day_first) else {
            continue;
        };
        let written = &text[timex.start_byte..timex.end_byte];
        let (line_start, line) = line_of(text, timex.start_byte);
        match cues.line_cue(line) {
            DateCue::Published => {
                return Some(Stated {
                    date,
                    says: format!("publication line “{}”", line.trim()),
                });
            }
            DateCue::Updated => {
                updated.get_or_insert(Stated {
                    date,
                    says: format!("update line “{}”", line.trim()),
                });
                continue;
            }
            _ => {}
        }
        if is_dateline_date(text, timex) {
            return Some(Stated {
                date,
                says: format!("dateline “{written}”"),
            });
        }
        let line_number = text[..line_start].matches('\n').count();
        let before = &text[line_start..timex.start_byte];
        let after_end = line_start + line.len();
        let after = &text[timex.end_byte..after_end.max(timex.end_byte)];
        if line_number < DATE_STAMP_LINES
            && DATE_STAMP_REST.is_match(before)
            && DATE_STAMP_REST.is_match(after)
        {
            return Some(Stated {
                date,
                says: format!("date line “{}”", line.trim()),
            });
        }
    }
    updated
}
