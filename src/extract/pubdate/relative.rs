//! "Last year's summit, held in October 2021": a relative expression next to an explicit date
//! says how long before the article that date was.

use chrono::{Datelike, NaiveDate};

use super::clue::{Clue, ClueKind};
use super::cues::DateCues;
use super::{PROBE_DCTS, Probed, WEIGHT_STRONG, day};
use crate::extract::analysed::AnalysedText;
use crate::model::Precision;
use crate::temporal::Timex;

/// Bytes between a relative expression and the explicit date it is tied to.
const MAX_PAIR_DISTANCE_BYTES: usize = 60;

/// "Last year's summit, held in October 2021": the relative expression, resolved against a
/// probe date, is some calendar units before it; the article is as many units after the
/// explicit date next to it. Only a pair joined as one time counts ("last year (2021)"); two
/// dates in one sentence are most often two times ("from 1980 to last year").
pub(super) fn relative_to_explicit_clues(
    cues: &DateCues,
    text: &str,
    analysed: &AnalysedText,
    probed: &Probed,
) -> Vec<Clue> {
    let [probe, _] = PROBE_DCTS.map(day);
    let mut clues = Vec::new();
    for sentence in analysed.ranges() {
        let in_sentence: Vec<&Timex> = probed
            .a
            .iter()
            .filter(|t| t.start_byte >= sentence.start && t.end_byte <= sentence.end)
            .collect();
        for relative in in_sentence.iter().filter(|t| !probed.is_absolute(t)) {
            let Some(time) = relative
                .time
                .filter(|t| matches!(t.precision, Precision::Year | Precision::Month))
            else {
                continue;
            };
            let Some(start) = time.start_date().filter(|s| *s < probe) else {
                continue;
            };
            let Some(explicit) = in_sentence.iter().find(|t| {
                probed.is_absolute(t)
                    && t.time.is_some_and(|e| e.precision >= time.precision)
                    && distance(t, relative) <= MAX_PAIR_DISTANCE_BYTES
                    && cues.joins_same_time(between(text, t, relative))
            }) else {
                continue;
            };
            let Some(anchor) = explicit.time.and_then(|e| e.start_date()) else {
                continue;
            };
            let (from, to) = if time.precision == Precision::Year {
                let year = anchor.year() + (probe.year() - start.year());
                (
                    NaiveDate::from_ymd_opt(year, 1, 1),
                    NaiveDate::from_ymd_opt(year, 12, 31),
                )
            } else {
                let months_back = i64::from(
                    probe.year() * 12 + probe.month0() as i32 - start.year() * 12 - start.month0() as i32,
                );
                let first = crate::model::add_months(anchor.with_day(1).unwrap_or(anchor), months_back);
                let last = first
                    .and_then(|f| crate::model::add_months(f, 1))
                    .and_then(|n| n.pred_opt());
                (first, last)
            };
            let (Some(from), Some(to)) = (from, to) else {
                continue;
            };
            clues.push(Clue::new(
                ClueKind::Within {
                    from,
                    to,
                    weight: WEIGHT_STRONG,
                },
                format!(
                    "“{}” is “{}” → {from} – {to}",
                    &text[relative.start_byte..relative.end_byte],
                    &text[explicit.start_byte..explicit.end_byte]
                ),
            ));
        }
    }
    clues
}

/// The text between two expressions, in either order.
fn between<'a>(text: &'a str, a: &Timex, b: &Timex) -> &'a str {
    let (first, second) = if a.start_byte <= b.start_byte {
        (a, b)
    } else {
        (b, a)
    };
    text.get(first.end_byte..second.start_byte).unwrap_or("")
}

fn distance(a: &Timex, b: &Timex) -> usize {
    if a.end_byte <= b.start_byte {
        b.start_byte - a.end_byte
    } else {
        a.start_byte.saturating_sub(b.end_byte)
    }
}
