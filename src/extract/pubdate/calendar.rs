//! Clues from calendar expressions: explicit dates with their year (the latest past day, other
//! past dates and spans, planned dates), dates and months without a year (with a weekday next
//! to them that fixes the year), and the weekday of the lede.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, Weekday};
use regex::Regex;

use super::Probed;
use super::clue::{Clue, ClueKind};
use super::cues::DateCues;
use crate::extract::analysed::AnalysedText;
use crate::model::Precision;
use crate::temporal::{Tense, Timex, clause_around, tense_around};

/// How far into the text the lede's weekday may be: the headline and the first sentences.
const LEDE_WINDOW_BYTES: usize = 600;
/// How many bytes before a date without a year its weekday may stand ("Saturday, 12 December").
const WEEKDAY_BEFORE_DATE_BYTES: usize = 14;
/// A span with its year wider than this (a decade, a century) bounds the date from below
/// without naming candidate years.
const MAX_ANCHORING_SPAN_DAYS: i64 = 366;

static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(mon|tues|wednes|thurs|fri|satur|sun)day\b")
        .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});
/// A month's name or a number: what a written date without a year has ("Dec. 20", "12/20").
static MONTH_NAME_OR_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
        .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});
/// Day-first ("12 December") and month-first ("December 12") written dates.
static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")
        .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});
static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b")
        .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});

fn weekday_in(written: &str) -> Option<Weekday> {
    let caps = WEEKDAY.captures(written)?;
    match caps.get(1)?.as_str().to_ascii_lowercase().as_str() {
        "mon" => Some(Weekday::Mon),
        "tues" => Some(Weekday::Tue),
        "wednes" => Some(Weekday::Wed),
        "thurs" => Some(Weekday::Thu),
        "fri" => Some(Weekday::Fri),
        "satur" => Some(Weekday::Sat),
        "sun" => Some(Weekday::Sun),
        _ => None,
    }
}

/// Whether the text writes dates day first ("12 December" more often than "December 12").
pub(super) fn writes_day_first(text: &str) -> bool {
    DAY_FIRST.find_iter(text).count() > MONTH_FIRST.find_iter(text).count()
}

/// The sentence around each timex, once.
struct Context<'a> {
    text: &'a str,
    sentences: Vec<Range<usize>>,
    cues: &'a DateCues,
}

impl<'a> Context<'a> {
    fn sentence(&self, timex: &Timex) -> &'a str {
        self.sentences
            .iter()
            .find(|s| s.start <= timex.start_byte && timex.start_byte < s.end)
            .map_or("", |s| &self.text[s.clone()])
    }

    fn tense(&self, timex: &Timex) -> Tense {
        if self
            .cues
            .line_cue(super::dateline::line_of(self.text, timex.start_byte).1)
            == super::cues::DateCue::Embedded
        {
            // The date of an embedded post is when it was posted, whatever the post says.
            return Tense::Past;
        }
        let tense = tense_around(self.text, timex.start_byte, timex.end_byte);
        let clause = clause_around(self.text, timex.start_byte, timex.end_byte);
        let ahead = |text: &str| self.cues.classify(text) == super::cues::DateCue::Ahead;
        // A clause without a tense of its own takes the sentence's plan: "Expects … for
        // remainder of fy 2017, for FY 2018".
        if tense != Tense::Past
            && (ahead(clause) || (tense == Tense::Unmarked && ahead(self.sentence(timex))))
        {
            Tense::Future
        } else {
            tense
        }
    }
}

/// All calendar clues of the text.
pub(super) fn calendar_clues(
    cues: &DateCues,
    text: &str,
    analysed: &AnalysedText,
    probed: &Probed,
) -> Vec<Clue> {
    let context = Context {
        text,
        sentences: analysed.ranges().collect(),
        cues,
    };
    let mut clues = explicit_clues(&context, probed);
    let yearless = yearless_clues(&context, probed);
    if let Some(lede) = lede_weekday(&context, probed) {
        clues.extend(weekday_meets_date(&lede, &yearless));
        clues.push(lede);
    }
    clues.extend(yearless);
    clues
}

fn explicit_clues(context: &Context, probed: &Probed) -> Vec<Clue> {
    let day_first = writes_day_first(context.text);
    let mut clues = Vec::new();
    let mut latest: Option<(NaiveDate, String)> = None;
    let mut latest_caption: Option<(NaiveDate, String)> = None;
    for timex in &probed.a {
        let Some((first, last, precision)) = super::absolute_days(context.text, probed, timex, day_first)
        else {
            continue;
        };
        let written = context.text[timex.start_byte..timex.end_byte].to_owned();
        let tense = context.tense(timex);
        if tense == Tense::Future {
            clues.push(Clue::new(
                ClueKind::Ahead {
                    from: first,
                    to: last,
                },
                format!("“{written}” is ahead"),
            ));
            continue;
        }
        if precision >= Precision::Day {
            let slot = if context.cues.is_caption(context.sentence(timex)) {
                &mut latest_caption
            } else {
                &mut latest
            };
            if slot.as_ref().is_none_or(|(d, _)| first > *d) {
                *slot = Some((first, written.clone()));
            }
            clues.push(Clue::new(
                ClueKind::NotBefore(first),
                format!("reports “{written}”"),
            ));
        } else if last.signed_duration_since(first).num_days() <= MAX_ANCHORING_SPAN_DAYS {
            clues.push(Clue::new(
                ClueKind::PastSpan {
                    from: first,
                    to: last,
                    firm: tense == Tense::Past,
                },
                format!("mentions “{written}” as past"),
            ));
        } else {
            clues.push(Clue::new(
                ClueKind::NotBefore(first),
                format!("mentions “{written}”"),
            ));
        }
    }
    if let Some((day, written)) = latest.or(latest_caption) {
        clues.push(Clue::new(
            ClueKind::LatestDay(day),
            format!("latest date reported: “{written}” ({day})"),
        ));
    }
    clues
}

/// Dates and months without a year: the same month (and day) against both probes, another year.
fn yearless_clues(context: &Context, probed: &Probed) -> Vec<Clue> {
    let mut clues = Vec::new();
    for timex in &probed.a {
        let (Some(a), Some(b)) = (timex.time, probed.twin(timex).and_then(|t| t.time)) else {
            continue;
        };
        let (Some(da), Some(db)) = (a.start_date(), b.start_date()) else {
            continue;
        };
        if da.month() != db.month() || da.year() == db.year() || a.precision != b.precision {
            continue;
        }
        let written = &context.text[timex.start_byte..timex.end_byte];
        if !MONTH_NAME_OR_NUMBER.is_match(written) {
            // "today", "this morning": the probe day itself, not a date without a year.
            continue;
        }
        let tense = context.tense(timex);
        match a.precision {
            Precision::Day if da.day() == db.day() => {
                let before_start = context
                    .text
                    .floor_char_boundary(timex.start_byte.saturating_sub(WEEKDAY_BEFORE_DATE_BYTES));
                let weekday = weekday_in(written).or_else(|| {
                    let before = &context.text[before_start..timex.start_byte];
                    weekday_in(before)
                        .filter(|_| before.trim_end().ends_with([',', ' ']) || !before.contains('.'))
                });
                let dateline = super::dateline::is_dateline_date(context.text, timex);
                clues.push(Clue::new(
                    ClueKind::YearlessDay {
                        month: da.month(),
                        day: da.day(),
                        weekday,
                        tense,
                        dateline,
                    },
                    if dateline {
                        format!("dateline “{written}”")
                    } else {
                        format!("“{written}” ({})", tense_word(tense))
                    },
                ));
            }
            Precision::Month => clues.push(Clue::new(
                ClueKind::YearlessMonth {
                    month: da.month(),
                    tense,
                },
                format!("“{written}” ({})", tense_word(tense)),
            )),
            _ => {}
        }
    }
    clues
}

/// The lede's weekday and a recent date without a year that may name the same day ("declared
/// Monday" and "a Feb. 1 news conference"): a year in which that date is that weekday is
/// twice supported, a coincidence of one in seven otherwise.
fn weekday_meets_date(lede: &Clue, yearless: &[Clue]) -> Vec<Clue> {
    let ClueKind::LedeWeekday { weekday, tense } = lede.kind else {
        return Vec::new();
    };
    if tense == Tense::Future {
        return Vec::new();
    }
    yearless
        .iter()
        .filter_map(|clue| match clue.kind {
            ClueKind::YearlessDay {
                month,
                day,
                weekday: None,
                tense: date_tense,
                dateline: false,
            } if date_tense != Tense::Future => Some(Clue::new(
                ClueKind::WeekdayMeetsDate { month, day, weekday },
                format!("{} falls on {}", clue.says, lede.says),
            )),
            _ => None,
        })
        .collect()
}

fn tense_word(tense: Tense) -> &'static str {
    match tense {
        Tense::Past => "past",
        Tense::Future => "ahead",
        Tense::Unmarked => "recent",
    }
}

/// The first weekday on its own near the top: AP style names the publication day or the day
/// before ("concluded … on Tuesday"), or a coming day for what is planned.
fn lede_weekday(context: &Context, probed: &Probed) -> Option<Clue> {
    let timex = probed
        .a
        .iter()
        .take_while(|t| t.start_byte < LEDE_WINDOW_BYTES)
        .find(|t| {
            let written = &context.text[t.start_byte..t.end_byte];
            weekday_in(written).is_some()
                && !written.chars().any(|c| c.is_ascii_digit())
                && !probed.is_absolute(t)
        })?;
    let written = &context.text[timex.start_byte..timex.end_byte];
    let weekday = weekday_in(written)?;
    let tense = context.tense(timex);
    Some(Clue::new(
        ClueKind::LedeWeekday { weekday, tense },
        format!("the lede's “{written}” ({})", tense_word(tense)),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekday_names_and_date_order() {
        assert_eq!(weekday_in("late Tuesday night"), Some(Weekday::Tue));
        assert_eq!(weekday_in("Sunday's vote"), Some(Weekday::Sun));
        assert_eq!(weekday_in("Mondays"), None);
        assert!(writes_day_first("on 12 December and 3 January, not December 12"));
        assert!(!writes_day_first("on Dec. 12, 2015"));
    }
}
