//! The calendar time a tagged expression places its event at, beside its TIMEX3 value: where
//! the two differ on purpose ("three weeks ago" is a week in TIMEX3 and a day on the timeline).

use chrono::NaiveDate;
use dateline::model::{Precision, Qualifier};
use dateline::temporal::{Tagger, Timex};

fn tag_one(text: &str, dct: (i32, u32, u32), expression: &str) -> Timex {
    let tagger = Tagger::english().expect("rules compile");
    let dct = NaiveDate::from_ymd_opt(dct.0, dct.1, dct.2).expect("valid date");
    tagger
        .tag(text, dct)
        .into_iter()
        .find(|t| &text[t.start_byte..t.end_byte] == expression)
        .unwrap_or_else(|| panic!("{expression:?} is tagged in {text:?}"))
}

#[test]
fn weeks_ago_keep_the_week_value_and_place_the_event_on_that_day_approximately() {
    let timex = tag_one(
        "She finished second three weeks ago.",
        (2018, 10, 29),
        "three weeks ago",
    );
    assert_eq!(timex.value, "2018-W41");
    let time = timex.time.expect("placed");
    assert_eq!(time.to_iso(), "2018-10-08");
    assert_eq!(time.precision, Precision::Day);
    assert_eq!(time.qualifier, Qualifier::Approximate);

    let about = tag_one(
        "It began about two weeks ago.",
        (2022, 5, 21),
        "about two weeks ago",
    );
    assert_eq!(about.time.expect("placed").to_iso(), "2022-05-07");
}

#[test]
fn months_and_years_ago_stay_the_unit() {
    let months = tag_one("It began three months ago.", (2018, 10, 29), "three months ago");
    assert_eq!(months.time.expect("placed").to_iso(), "2018-07");
    let vague = tag_one("It began several weeks ago.", (2018, 10, 29), "several weeks ago");
    assert_eq!(vague.value, "PAST_REF");
}
