//! Publication dates for articles that do not state one, inferred from the text: explicit
//! dates (an article is written after the past it reports), named periods and office terms
//! (a "President Barack Obama" is in office), ongoing periods ("the Mosul offensive is being
//! led…") and relative expressions tied to a named event ("the city ISIS captured more than
//! two years ago" with the fall of Mosul in June 2014). Each clue is an interval of candidate
//! days with a weight; the most-supported interval wins.

mod calendar;
mod clue;
mod cues;
mod dateline;
mod named;
mod relative;
mod search;

use chrono::NaiveDate;

pub use cues::{DateCue, DateCueExample, DateCues};

use super::Extractor;
use super::analysed::AnalysedText;
use crate::model::{DateOrigin, PublicationDate, TimeValue};
use crate::temporal::Timex;
use clue::Clue;

/// Two reference dates far apart: an expression that resolves the same against both is
/// absolute ("June 10, 2014"); one that moves with them is relative ("two years ago").
const PROBE_DCTS: [(i32, u32, u32); 2] = [(1950, 7, 1), (2050, 7, 1)];

/// Weight of an interval the article must lie in (an office term, a period going on,
/// arithmetic on a named event or an explicit date): inside supports, outside contradicts.
pub(super) const WEIGHT_STRONG: f64 = 2.0;

/// Confidence of a date the text states (a byline, a dateline): read, not inferred, but the
/// text may still mislead (a syndicated page's dateline is the wire's day).
const STATED_CONFIDENCE: f32 = 0.95;

/// The latest day considered for an open-ended clue.
pub(super) const LATEST_DAY: (i32, u32, u32) = (2200, 12, 31);

/// An inferred publication date, its plausible range and the clues, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct DateInference {
    /// Where the text states the date ("dateline “Oct. 27, 2016”"), when it does: then the
    /// date is read, not inferred.
    pub stated: Option<String>,
    pub date: NaiveDate,
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
    pub confidence: f32,
    pub evidence: Vec<String>,
}

impl DateInference {
    pub fn into_publication_date(self) -> PublicationDate {
        if let Some(place) = self.stated {
            return PublicationDate {
                value: TimeValue::from_naive_date(self.date),
                origin: DateOrigin::Text { place },
                confidence: self.confidence,
            };
        }
        let mut evidence = vec![format!("likely between {} and {}", self.earliest, self.latest)];
        evidence.extend(self.evidence);
        PublicationDate {
            value: TimeValue::from_naive_date(self.date),
            origin: DateOrigin::Inferred { evidence },
            confidence: self.confidence,
        }
    }
}

/// The text's matches resolved against both probe dates, once.
pub(super) struct Probed {
    a: Vec<Timex>,
    b: Vec<Timex>,
}

impl Probed {
    fn new(extractor: &Extractor, text: &str, analysed: &AnalysedText) -> Self {
        let [a, b] = PROBE_DCTS.map(day);
        let matches = &analysed.timex_matches;
        Self {
            a: extractor.tagger.tag_matches(text, matches, a),
            b: extractor.tagger.tag_matches(text, matches, b),
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

/// A numeric date whose order is ambiguous ("05/01/2016").
static NUMERIC_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
        .unwrap_or_else(|e| unreachable!("constant regex: {e}"))
});

/// The days an absolute timex covers and its precision; a numeric date whose order is
/// ambiguous ("05/01/2016") is read day first where the text writes its dates so.
pub(super) fn absolute_days(
    text: &str,
    probed: &Probed,
    timex: &Timex,
    day_first: bool,
) -> Option<(NaiveDate, NaiveDate, crate::model::Precision)> {
    let time = timex.time?;
    if !probed.is_absolute(timex) {
        return None;
    }
    let (first, last) = value_days(&time)?;
    let written = text.get(timex.start_byte..timex.end_byte)?;
    if day_first && let Some(caps) = NUMERIC_DATE.captures(written.trim()) {
        let number = |i: usize| caps.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
        if let (Some(a), Some(b), Some(year)) = (number(1), number(2), number(3))
            && a <= 12
            && b <= 12
            && let Some(swapped) = i32::try_from(year)
                .ok()
                .and_then(|y| NaiveDate::from_ymd_opt(y, b, a))
        {
            return Some((swapped, swapped, crate::model::Precision::Day));
        }
    }
    Some((first, last, time.precision))
}

pub(super) fn value_days(value: &TimeValue) -> Option<(NaiveDate, NaiveDate)> {
    let first = value.start_date()?;
    let end = crate::model::datetime_from_secs(value.end_secs() - 1)?.date();
    Some((first, end))
}

/// The publication date of `text`: the one it states (a publication line, a dateline), else
/// the best-supported day of a search over the years its clues name; `None` when no clue
/// names a year.
pub fn infer_publication_date(extractor: &Extractor, text: &str) -> Option<DateInference> {
    infer_publication_date_analysed(extractor, text, &extractor.analyse_text(text))
}

/// [`infer_publication_date`] on the text's analysis.
pub fn infer_publication_date_analysed(
    extractor: &Extractor,
    text: &str,
    analysed: &AnalysedText,
) -> Option<DateInference> {
    let probed = Probed::new(extractor, text, analysed);
    if let Some(stated) = dateline::stated_date(&extractor.date_cues, text, &probed) {
        return Some(DateInference {
            date: stated.date,
            earliest: stated.date,
            latest: stated.date,
            confidence: STATED_CONFIDENCE,
            evidence: vec![stated.says.clone()],
            stated: Some(stated.says),
        });
    }
    let mut clues: Vec<Clue> = calendar::calendar_clues(&extractor.date_cues, text, analysed, &probed);
    clues.extend(relative::relative_to_explicit_clues(
        &extractor.date_cues,
        text,
        analysed,
        &probed,
    ));
    clues.extend(named::named_period_clues(extractor, text, analysed, &probed));
    // The same clue said twice counts once: a repeated caption is one photo.
    let mut seen = std::collections::HashSet::new();
    clues.retain(|c| seen.insert(format!("{:?}", c.kind)));
    search::search(&clues)
}
