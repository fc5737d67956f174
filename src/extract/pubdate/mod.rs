//! Publication dates for articles that do not state one, inferred from the text: explicit
//! dates (an article is written after the past it reports), named periods and office terms
//! (a "President Barack Obama" is in office), ongoing periods ("the Mosul offensive is being
//! led…") and relative expressions tied to a named event ("the city ISIS captured more than
//! two years ago" with the fall of Mosul in June 2014). Each clue is an interval of candidate
//! days with a weight; the most-supported interval wins.

mod calendar;
mod dateline;
mod named;

use chrono::{Days, NaiveDate};

use super::Extractor;
use crate::model::{DateOrigin, PublicationDate, TimeValue};
use crate::temporal::Timex;

/// Two reference dates far apart: an expression that resolves the same against both is
/// absolute ("June 10, 2014"); one that moves with them is relative ("two years ago").
const PROBE_DCTS: [(i32, u32, u32); 2] = [(1950, 7, 1), (2050, 7, 1)];

/// Weights of the clues: an explicit past day is the strongest; a title held, an ongoing
/// period, or a relative expression tied to a named event are strong; the start of a named
/// period or a coarse explicit date only bounds the date from below.
pub(super) const WEIGHT_EXPLICIT_DAY: f64 = 3.0;
pub(super) const WEIGHT_STRONG: f64 = 2.0;
pub(super) const WEIGHT_LOWER_BOUND: f64 = 1.0;

/// News reports the recent past: an article is usually written within this many days after
/// the latest explicit day it reports.
pub(super) const EXPLICIT_DAY_HORIZON_DAYS: u64 = 30;

/// Days after the earliest possible date where the estimate is placed: an explicit day is
/// reported the next day; the start of a named period or an office leaves more room.
pub(super) const LAG_AFTER_EXPLICIT_DAY_DAYS: u64 = 1;

/// News in AP style names the days of the past week ("on Tuesday") and dates older days
/// ("on Aug. 17"): in a text that names weekdays, an explicit past day is at least this many
/// days before the article.
pub(super) const AP_STYLE_WEEKDAY_RANGE_DAYS: u64 = 7;
pub(super) const LAG_AFTER_OTHER_BOUND_DAYS: u64 = 7;

/// Words before an office holder's title that put the term in the past.
pub(super) const PAST_OFFICE_MARKERS: [&str; 4] = ["former", "late", "then-", "ex-"];

/// The widest window considered for any clue: 1 CE to 2200.
pub(super) const EARLIEST_DAY: (i32, u32, u32) = (1, 1, 1);
pub(super) const LATEST_DAY: (i32, u32, u32) = (2200, 12, 31);

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
pub(super) struct Clue {
    from: NaiveDate,
    to: NaiveDate,
    weight: f64,
    /// Days to place the estimate after `from` when this clue starts the winning range.
    lag_days: u64,
    says: String,
}

/// The text tagged against both probe dates, once.
pub(super) struct Probed {
    a: Vec<Timex>,
    b: Vec<Timex>,
}

impl Probed {
    fn new(extractor: &Extractor, text: &str) -> Self {
        let [a, b] = PROBE_DCTS.map(day);
        Self {
            a: extractor.tagger.tag(text, a),
            b: extractor.tagger.tag(text, b),
        }
    }

    /// The same expression tagged against the other probe.
    fn twin(&self, timex: &Timex) -> Option<&Timex> {
        self.b
            .iter()
            .find(|t| t.start_byte == timex.start_byte && t.end_byte == timex.end_byte)
    }

    /// Whether `timex` (from `a`) means the same against both probes: "June 10, 2014".
    fn is_absolute(&self, timex: &Timex) -> bool {
        self.twin(timex).is_some_and(|t| t.value == timex.value)
    }
}

pub(super) fn day(ymd: (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(ymd.0, ymd.1, ymd.2).unwrap_or_default()
}

pub(super) fn value_days(value: &TimeValue) -> Option<(NaiveDate, NaiveDate)> {
    let first = value.start_date()?;
    let end = crate::model::datetime_from_secs(value.end_secs() - 1)?.date();
    Some((first, end))
}

/// The most likely publication date of `text`, or `None` when it has no usable clue.
pub fn infer_publication_date(extractor: &Extractor, text: &str) -> Option<DateInference> {
    let probed = Probed::new(extractor, text);
    let mut clues = dateline::dateline_clues(text, &probed);
    clues.extend(calendar::explicit_date_clues(text, &probed));
    clues.extend(calendar::relative_to_explicit_clues(text, &probed));
    clues.extend(named::named_period_clues(extractor, text, &probed));
    // Dates without a year ("on Sept. 21") count once the year is narrowed down.
    let coarse = best_range(&clues);
    let years = calendar::candidate_years(coarse.as_ref().map(|c| (c.earliest, c.latest)), text, &probed);
    clues.extend(calendar::yearless_clues(text, &probed, &years));
    best_range(&clues)
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
