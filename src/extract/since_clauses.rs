//! "So far, at least 160 people have died in Germany since the floods began on Wednesday": a
//! tally in the present perfect before "since" is the count as of publication, and the
//! since-clause tells when it began. The sentence tells two events: the tally, dated to the
//! publication day and quoting the clause before "since", and the start, dated by its own
//! expression and quoting the sentence.

use chrono::NaiveDate;

use super::events::Dating;
use super::sentences::trimmed_range;
use crate::model::{Qualifier, TimeSpan, TimeValue};
use crate::temporal::Lexicon;

/// Words looked at after "has"/"have" for the participle ("have already been killed").
const MAX_WORDS_TO_PARTICIPLE: usize = 3;

/// Whether `clause` is in the present perfect: a perfect auxiliary (the lexicon's
/// `perfect_auxiliaries`) with a participle soon after it.
fn is_present_perfect(clause: &str) -> bool {
    let lexicon = Lexicon::english();
    let words: Vec<String> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.iter().enumerate().any(|(i, word)| {
        lexicon.perfect_auxiliaries.contains(word)
            && words
                .iter()
                .skip(i + 1)
                .take(MAX_WORDS_TO_PARTICIPLE)
                .any(|next| {
                    next.len() > 3
                        && (next.ends_with("ed")
                            || next.ends_with("en")
                            || next.ends_with("wn")
                            || lexicon.irregular_past.contains(next))
                })
    })
}

/// Where " since " starts in `sentence`, if it does.
fn since_at(sentence: &str) -> Option<usize> {
    sentence
        .match_indices("since")
        .map(|(i, _)| i)
        .find(|&i| sentence[..i].ends_with(' ') && sentence[i + "since".len()..].starts_with(' '))
}

/// Adds the tally of a tally-since sentence: dated to the publication day, quoting what comes
/// before "since". The dates after "since" keep the whole sentence, which tells how the count
/// began. Other sentences are left as they are.
pub(super) fn split_tally_since(sentence: &str, datings: &mut Vec<Dating>, dct: NaiveDate) {
    let Some(since) = since_at(sentence) else {
        return;
    };
    let tally = trimmed_range(sentence, 0..since);
    let main = &sentence[tally.clone()];
    let dated_since = |d: &Dating| d.quote.is_none() && d.cue.as_ref().is_some_and(|c| c.start > since);
    if tally.is_empty()
        || !main.bytes().any(|b| b.is_ascii_digit())
        || !is_present_perfect(main)
        || !datings.iter().any(dated_since)
    {
        return;
    }
    datings.push(Dating {
        when: TimeSpan::single(TimeValue::from_naive_date(dct).with_qualifier(Qualifier::Approximate)),
        cue: None,
        rule: "anchor:tally".to_owned(),
        quote: Some(tally),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events_of(text: &str) -> Vec<(String, String)> {
        crate::extract::test_events(text, TimeValue::day(2021, 7, 19))
    }

    #[test]
    fn a_tally_since_a_day_is_counted_at_publication_and_began_that_day() {
        let events = events_of(
            "Officials met on Sunday. So far, at least 160 people have died in Germany since the floods began on Wednesday, police said.",
        );
        assert!(
            events.contains(&(
                "2021-07-19".to_owned(),
                "So far, at least 160 people have died in Germany".to_owned()
            )),
            "{events:?}"
        );
        assert!(
            events.contains(&(
                "2021-07-14".to_owned(),
                "So far, at least 160 people have died in Germany since the floods began on Wednesday, police said.".to_owned()
            )),
            "{events:?}"
        );
    }

    #[test]
    fn a_state_since_a_date_or_a_past_count_stays_one_event() {
        assert_eq!(events_of("Merkel has been chancellor since 2005.").len(), 1);
        let past = events_of(
            "Officials met on Sunday. At least 160 people died after the floods began on Wednesday.",
        );
        assert!(past.iter().all(|(day, _)| day != "2021-07-19"), "{past:?}");
        assert!(is_present_perfect("at least 160 people have died"));
        assert!(is_present_perfect("more than 2,000 have been killed"));
        assert!(!is_present_perfect("at least 160 people died"));
    }
}
