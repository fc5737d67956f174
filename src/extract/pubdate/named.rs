//! Clues from the gazetteer of named periods: office terms, periods going on, named events
//! and how long ago the text says they were.

use chrono::NaiveDate;

use super::clue::{Clue, ClueKind};
use super::{LATEST_DAY, PROBE_DCTS, Probed, WEIGHT_STRONG, day, value_days};
use crate::extract::Extractor;
use crate::extract::analysed::AnalysedText;
use crate::extract::anchoring::Anchor;
use crate::extract::gazetteer::{Named, TemponymKind};

pub(super) fn named_period_clues(
    extractor: &Extractor,
    text: &str,
    analysed: &AnalysedText,
    probed: &Probed,
) -> Vec<Clue> {
    let [probe, _] = PROBE_DCTS.map(day);
    let mut clues = Vec::new();
    for analysed_sentence in &analysed.sentences {
        let sentence = analysed_sentence.range.clone();
        let quote = &text[sentence.clone()];
        let matches = &analysed_sentence.matches;
        for index in extractor.gazetteer.temponyms_in(quote, matches) {
            let temponym = &extractor.gazetteer.temponyms[index];
            let name = matches
                .iter()
                .find(|m| m.named == Named::Temponym(index))
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
                        .find(|m| m.named == Named::Temponym(index))
                        .map_or(0, |m| m.start);
                    let before = quote[..start].to_lowercase();
                    let before = before.trim_end();
                    let past = extractor.date_cues.past_office.iter().any(|m| {
                        before
                            .strip_suffix(m.as_str())
                            .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric()))
                    });
                    if past {
                        clues.push(Clue::new(
                            ClueKind::NotBefore(to),
                            format!("“{name}” has left office ({to})"),
                        ));
                    } else {
                        clues.push(Clue::new(
                            ClueKind::Within {
                                from: temponym.from,
                                to,
                                weight: WEIGHT_STRONG,
                            },
                            format!("“{name}” in office ({} – {to})", temponym.from),
                        ));
                    }
                }
                TemponymKind::Event | TemponymKind::Period => {
                    if extractor.anchoring.classify(quote) == Anchor::Ongoing {
                        clues.push(Clue::new(
                            ClueKind::Within {
                                from: temponym.from,
                                to,
                                weight: WEIGHT_STRONG,
                            },
                            format!("“{name}” is going on ({} – {to})", temponym.from),
                        ));
                    } else {
                        // A past event or period: the article is most likely soon after it.
                        let (from, over) = if temponym.kind == TemponymKind::Event {
                            let over = temponym.to.unwrap_or(temponym.from);
                            (over, over)
                        } else {
                            (temponym.from, temponym.to.unwrap_or(temponym.from))
                        };
                        clues.push(Clue::new(
                            ClueKind::PastSpan {
                                from,
                                to: over,
                                firm: true,
                            },
                            format!("mentions “{name}” ({from} – {over})"),
                        ));
                    }
                    clues.extend(relative_to_named_event(
                        probed,
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
    probed: &Probed,
    text: &str,
    sentence: &std::ops::Range<usize>,
    probe: NaiveDate,
    event_day: NaiveDate,
    name: &str,
) -> Option<Clue> {
    // Only a relative expression says how long ago: "the 1940s" is a time of its own.
    let timex = probed.a.iter().find(|t| {
        t.start_byte >= sentence.start
            && t.end_byte <= sentence.end
            && t.time.is_some()
            && !probed.is_absolute(t)
    })?;
    let (first, last) = value_days(&timex.time?)?;
    if last >= probe {
        return None;
    }
    let earliest_offset = probe.signed_duration_since(last).num_days();
    let latest_offset = probe.signed_duration_since(first).num_days();
    let from = event_day.checked_add_signed(chrono::TimeDelta::days(earliest_offset))?;
    let to = event_day.checked_add_signed(chrono::TimeDelta::days(latest_offset))?;
    Some(Clue::new(
        ClueKind::Within {
            from,
            to,
            weight: WEIGHT_STRONG,
        },
        format!(
            "“{name}” was “{}” → {from} – {to}",
            &text[timex.start_byte..timex.end_byte]
        ),
    ))
}
