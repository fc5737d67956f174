//! Publication dates for articles that do not state one, inferred from the text: explicit
//! dates (an article is written after the past it reports), named periods and office terms
//! (a "President Barack Obama" is in office), ongoing periods ("the Mosul offensive is being
//! led…") and relative expressions tied to a named event ("the city ISIS captured more than
//! two years ago" with the fall of Mosul in June 2014). Each clue is an interval of candidate
//! days with a weight; the most-supported interval wins.

use chrono::{Days, NaiveDate};

use super::Extractor;
use super::anchoring::Anchor;
use super::gazetteer::TemponymKind;
use super::sentences::split_sentences;
use crate::model::{DateOrigin, Precision, PublicationDate, TimeValue};
use crate::temporal::{Tense, tense_around};

/// Two reference dates far apart: an expression that resolves the same against both is
/// absolute ("June 10, 2014"); one that moves with them is relative ("two years ago").
const PROBE_DCTS: [(i32, u32, u32); 2] = [(1950, 7, 1), (2050, 7, 1)];

/// Weights of the clues: an explicit past day is the strongest; a title held, an ongoing
/// period, or a relative expression tied to a named event are strong; the start of a named
/// period or a coarse explicit date only bounds the date from below.
const WEIGHT_EXPLICIT_DAY: f64 = 3.0;
const WEIGHT_STRONG: f64 = 2.0;
const WEIGHT_LOWER_BOUND: f64 = 1.0;

/// News reports the recent past: an article is usually written within this many days after
/// the latest explicit day it reports.
const EXPLICIT_DAY_HORIZON_DAYS: u64 = 30;

/// Days after the earliest possible date where the estimate is placed: an explicit day is
/// reported the next day; the start of a named period or an office leaves more room.
const LAG_AFTER_EXPLICIT_DAY_DAYS: u64 = 1;
const LAG_AFTER_OTHER_BOUND_DAYS: u64 = 7;

/// Words before an office holder's title that put the term in the past.
const PAST_OFFICE_MARKERS: [&str; 4] = ["former", "late", "then-", "ex-"];

/// The widest window considered for any clue: 1 CE to 2200.
const EARLIEST_DAY: (i32, u32, u32) = (1, 1, 1);
const LATEST_DAY: (i32, u32, u32) = (2200, 12, 31);

/// An inferred publication date, its plausible range and the clues, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct DateInference {
    pub date: NaiveDate,
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
    pub confidence: f32,
    pub evidence: Vec<String>,
}

impl DateInference {
    pub fn into_publication_date(self) -> PublicationDate {
        let mut evidence = vec![format!("likely between {} and {}", self.earliest, self.latest)];
        evidence.extend(self.evidence);
        PublicationDate {
            value: TimeValue::from_naive_date(self.date),
            origin: DateOrigin::Inferred { evidence },
            confidence: self.confidence,
        }
    }
}

/// One clue: the publication day is in `[from, to]`.
#[derive(Clone, Debug)]
struct Clue {
    from: NaiveDate,
    to: NaiveDate,
    weight: f64,
    /// Days to place the estimate after `from` when this clue starts the winning range.
    lag_days: u64,
    says: String,
}

fn day(ymd: (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(ymd.0, ymd.1, ymd.2).unwrap_or_default()
}

fn value_days(value: &TimeValue) -> Option<(NaiveDate, NaiveDate)> {
    let first = value.start_date()?;
    let end = crate::model::datetime_from_secs(value.end_secs() - 1)?.date();
    Some((first, end))
}

/// The most likely publication date of `text`, or `None` when it has no usable clue.
pub fn infer_publication_date(extractor: &Extractor, text: &str) -> Option<DateInference> {
    let mut clues = explicit_date_clues(extractor, text);
    clues.extend(named_period_clues(extractor, text));
    best_range(&clues)
}

fn explicit_date_clues(extractor: &Extractor, text: &str) -> Vec<Clue> {
    let [a, b] = PROBE_DCTS.map(day);
    let probe_b = extractor.tagger.tag(text, b);
    let mut clues = Vec::new();
    let mut latest_day: Option<(NaiveDate, String)> = None;
    for timex in extractor.tagger.tag(text, a) {
        let Some(time) = timex.time else { continue };
        let absolute = probe_b.iter().any(|t| {
            t.start_byte == timex.start_byte && t.end_byte == timex.end_byte && t.value == timex.value
        });
        let Some((first, last)) = value_days(&time).filter(|_| absolute) else {
            continue;
        };
        let written = &text[timex.start_byte..timex.end_byte];
        if tense_around(text, timex.start_byte, timex.end_byte) == Tense::Future {
            clues.push(Clue {
                from: day(EARLIEST_DAY),
                to: last,
                weight: WEIGHT_LOWER_BOUND,
                lag_days: 0,
                says: format!("“{written}” is ahead"),
            });
            continue;
        }
        if time.precision >= Precision::Day {
            if latest_day.as_ref().is_none_or(|(d, _)| first > *d) {
                latest_day = Some((first, written.to_owned()));
            }
        } else {
            clues.push(Clue {
                from: first,
                to: day(LATEST_DAY),
                weight: WEIGHT_LOWER_BOUND,
                lag_days: LAG_AFTER_OTHER_BOUND_DAYS,
                says: format!("mentions “{written}” as past"),
            });
        }
    }
    if let Some((latest, written)) = latest_day {
        let horizon = latest
            .checked_add_days(Days::new(EXPLICIT_DAY_HORIZON_DAYS))
            .unwrap_or(latest);
        clues.push(Clue {
            from: latest,
            to: horizon,
            weight: WEIGHT_EXPLICIT_DAY,
            lag_days: LAG_AFTER_EXPLICIT_DAY_DAYS,
            says: format!("latest date reported: “{written}” ({latest})"),
        });
    }
    clues
}

fn named_period_clues(extractor: &Extractor, text: &str) -> Vec<Clue> {
    let [probe, _] = PROBE_DCTS.map(day);
    let probe_timexes = extractor.tagger.tag(text, probe);
    let mut clues = Vec::new();
    for sentence in split_sentences(text) {
        let quote = &text[sentence.clone()];
        let matches = extractor.gazetteer.find(quote);
        for index in extractor.gazetteer.temponyms_in(quote, &matches) {
            let temponym = &extractor.gazetteer.temponyms[index];
            let name = matches
                .iter()
                .find(|m| m.named == super::Named::Temponym(index))
                .map_or_else(
                    || {
                        temponym
                            .names
                            .first()
                            .map_or(temponym.id.as_str(), String::as_str)
                    },
                    |m| &quote[m.start..m.end],
                );
            let to = temponym.to.unwrap_or(day(LATEST_DAY));
            match temponym.kind {
                TemponymKind::Office => {
                    let start = matches
                        .iter()
                        .find(|m| m.named == super::Named::Temponym(index))
                        .map_or(0, |m| m.start);
                    let before = quote[..start].to_lowercase();
                    if PAST_OFFICE_MARKERS.iter().any(|m| before.trim_end().ends_with(m)) {
                        clues.push(Clue {
                            from: to,
                            to: day(LATEST_DAY),
                            weight: WEIGHT_LOWER_BOUND,
                            lag_days: LAG_AFTER_OTHER_BOUND_DAYS,
                            says: format!("“{name}” has left office ({to})"),
                        });
                    } else {
                        clues.push(Clue {
                            from: temponym.from,
                            to,
                            weight: WEIGHT_STRONG,
                            lag_days: LAG_AFTER_OTHER_BOUND_DAYS,
                            says: format!("“{name}” in office ({} – {to})", temponym.from),
                        });
                    }
                }
                TemponymKind::Event | TemponymKind::Period => {
                    if extractor.anchoring.classify(quote) == Anchor::Ongoing {
                        clues.push(Clue {
                            from: temponym.from,
                            to,
                            weight: WEIGHT_STRONG,
                            lag_days: LAG_AFTER_OTHER_BOUND_DAYS,
                            says: format!("“{name}” is going on ({} – {to})", temponym.from),
                        });
                    } else {
                        let over = if temponym.kind == TemponymKind::Event {
                            temponym.to.unwrap_or(temponym.from)
                        } else {
                            temponym.from
                        };
                        clues.push(Clue {
                            from: over,
                            to: day(LATEST_DAY),
                            weight: WEIGHT_LOWER_BOUND,
                            lag_days: LAG_AFTER_OTHER_BOUND_DAYS,
                            says: format!("mentions “{name}” ({over})"),
                        });
                    }
                    clues.extend(relative_to_named_event(
                        &probe_timexes,
                        text,
                        &sentence,
                        probe,
                        temponym.from,
                        name,
                    ));
                }
            }
        }
    }
    clues
}

/// "captured more than two years ago" + the fall of Mosul (June 2014): the expression,
/// resolved against the probe date, lies some days before it; the article lies as many days
/// after the named event.
fn relative_to_named_event(
    probe_timexes: &[crate::temporal::Timex],
    text: &str,
    sentence: &std::ops::Range<usize>,
    probe: NaiveDate,
    event_day: NaiveDate,
    name: &str,
) -> Option<Clue> {
    let timex = probe_timexes
        .iter()
        .find(|t| t.start_byte >= sentence.start && t.end_byte <= sentence.end && t.time.is_some())?;
    let (first, last) = value_days(&timex.time?)?;
    if last >= probe {
        return None;
    }
    let earliest_offset = probe.signed_duration_since(last).num_days();
    let latest_offset = probe.signed_duration_since(first).num_days();
    let from = event_day.checked_add_signed(chrono::TimeDelta::days(earliest_offset))?;
    let to = event_day.checked_add_signed(chrono::TimeDelta::days(latest_offset))?;
    Some(Clue {
        from,
        to,
        weight: WEIGHT_STRONG,
        lag_days: 0,
        says: format!(
            "“{name}” was “{}” → {from} – {to}",
            &text[timex.start_byte..timex.end_byte]
        ),
    })
}

/// The range of days supported by the largest total weight (the latest such range when
/// several tie: news is about recent things), and the estimate inside it.
fn best_range(clues: &[Clue]) -> Option<DateInference> {
    if clues.is_empty() {
        return None;
    }
    let mut boundaries: Vec<NaiveDate> = clues
        .iter()
        .flat_map(|c| [c.from, c.to.succ_opt().unwrap_or(c.to)])
        .collect();
    boundaries.sort();
    boundaries.dedup();
    let score = |d: NaiveDate| {
        clues
            .iter()
            .filter(|c| c.from <= d && d <= c.to)
            .map(|c| c.weight)
            .sum::<f64>()
    };
    // Runs of consecutive segments with the same score; the best has the highest score,
    // the latest start on ties.
    let mut runs: Vec<(f64, NaiveDate, NaiveDate)> = Vec::new();
    for pair in boundaries.windows(2) {
        let (start, end) = (pair[0], pair[1].pred_opt().unwrap_or(pair[0]));
        let segment_score = score(start);
        match runs.last_mut() {
            Some(run) if (run.0 - segment_score).abs() < f64::EPSILON => run.2 = end,
            _ => runs.push((segment_score, start, end)),
        }
    }
    let best = runs
        .into_iter()
        .max_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let (top, earliest, latest) = best?;
    let total: f64 = clues.iter().map(|c| c.weight).sum();
    let lag = clues
        .iter()
        .filter(|c| c.from == earliest)
        .map(|c| c.lag_days)
        .min()
        .unwrap_or(LAG_AFTER_OTHER_BOUND_DAYS);
    let span_days = latest.signed_duration_since(earliest).num_days().max(0) as u64;
    let date = earliest
        .checked_add_days(Days::new(lag.min(span_days / 2)))
        .unwrap_or(earliest);
    let narrowness = 1.0 / (1.0 + span_days as f64 / 30.0);
    let confidence = ((top / total) * narrowness).clamp(0.01, 0.95) as f32;
    let mut evidence: Vec<String> = Vec::new();
    for clue in clues.iter().filter(|c| c.from <= date && date <= c.to) {
        if !evidence.contains(&clue.says) {
            evidence.push(clue.says.clone());
        }
    }
    Some(DateInference {
        date,
        earliest,
        latest,
        confidence,
        evidence,
    })
}
