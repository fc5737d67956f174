//! Page furniture: a line that is only a date stamp ("Mar 27, 2024, 1:05 PM EDT"), an update
//! line ("Updated September 12, 2014 18:27:58") or a byline with a date ("Jim Puzzanghera /
//! December 16, 2015") has dates but tells no event. Its date still carries to the sentences
//! after it (a live blog's "7:05 pm" stamp dates the update below it).

use std::ops::Range;

/// A sentence tells an event only with at least this many content words (as merging compares
/// them: four letters or more, no function words, no verbs of saying) besides its time
/// expressions.
const MIN_EVENT_CONTENT_WORDS: usize = 2;

/// Most content words besides its dates of a line that opens like a date stamp ("Last
/// Updated: April 1, 2024, 3:31 PM EDT", "— Jane Doe (@janedoe) March 26, 2024") or reads
/// like a caption's credit ("Picture date: Tuesday July 19, 2022.") and is one:
/// more, and it is a sentence that happens to open so ("By October, Musk once again reversed
/// course…", "Update at 2:30 p.m. ET: More Arrests; Two Suspects In Their 70s").
const MAX_STAMP_CONTENT_WORDS: usize = 3;

/// Whether `sentence`, with its time expressions at `date_ranges`, is page furniture;
/// `stamp_cue` says it opens like a publication or update line or an embedded post's
/// signature, or reads like a caption.
pub(super) fn is_page_furniture(sentence: &str, date_ranges: &[Range<usize>], stamp_cue: bool) -> bool {
    let words = content_words_besides(sentence, date_ranges);
    words < MIN_EVENT_CONTENT_WORDS || (stamp_cue && words <= MAX_STAMP_CONTENT_WORDS)
}

/// How many content words `sentence` has outside `date_ranges` (in order, not overlapping).
fn content_words_besides(sentence: &str, date_ranges: &[Range<usize>]) -> usize {
    let mut rest = String::with_capacity(sentence.len());
    let mut at = 0;
    for range in date_ranges {
        if range.start >= at
            && let Some(before) = sentence.get(at..range.start)
        {
            rest.push_str(before);
            rest.push(' ');
            at = range.end;
        }
    }
    rest.push_str(sentence.get(at..).unwrap_or(""));
    super::merge::compared_words(&rest).len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn furniture(sentence: &str, dates: &[&str]) -> bool {
        furniture_if_stamp(sentence, dates, false)
    }

    fn stamp(sentence: &str, dates: &[&str]) -> bool {
        furniture_if_stamp(sentence, dates, true)
    }

    fn furniture_if_stamp(sentence: &str, dates: &[&str], stamp_cue: bool) -> bool {
        let mut ranges: Vec<Range<usize>> = dates
            .iter()
            .flat_map(|d| sentence.match_indices(d).map(|(at, _)| at..at + d.len()))
            .collect();
        ranges.sort_by_key(|r| r.start);
        is_page_furniture(sentence, &ranges, stamp_cue)
    }

    #[test]
    fn lines_that_open_like_stamps_are_furniture_only_when_short() {
        assert!(stamp(
            "Published 3:14 a.m. ET April 23, 2019 | Updated 3:17 a.m. ET April 23, 2019",
            &["3:14 a.m.", "April 23, 2019", "3:17 a.m."]
        ));
        assert!(stamp("Update at 6:20 AM, Eastern:", &["6:20 AM"]));
        assert!(stamp(
            "Picture date: Tuesday July 19, 2022.",
            &["Tuesday July 19, 2022"]
        ));
        assert!(!stamp(
            "By October, Musk once again reversed course by proposing a purchase at the original price.",
            &["October"]
        ));
    }

    #[test]
    fn date_stamps_update_lines_and_dated_bylines_are_furniture() {
        assert!(furniture(
            "Mar 27, 2024, 1:05 PM EDT",
            &["Mar 27, 2024", "1:05 PM"]
        ));
        assert!(furniture(
            "Updated September 12, 2014 18:27:58",
            &["September 12, 2014", "18:27:58"]
        ));
        assert!(furniture(
            "Jim Puzzanghera\nDecember 16, 2015",
            &["December 16, 2015"]
        ));
        assert!(furniture(
            "Published 3:14 a.m. ET April 23",
            &["3:14 a.m.", "April 23"]
        ));
    }

    #[test]
    fn short_news_sentences_are_events() {
        assert!(!furniture("Six others were wounded on Tuesday.", &["Tuesday"]));
        assert!(!furniture("In 1984 we introduced the Macintosh.", &["1984"]));
        assert!(!furniture(
            "16 Aug 2008, 9.69secs Usain Bolt in Beijing",
            &["16 Aug 2008"]
        ));
    }
}
