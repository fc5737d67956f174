//! The temporal tagger on arbitrary text and reference dates: never a panic, and every
//! expression's offsets are where its text is.
#![no_main]

use std::sync::LazyLock;

use chrono::NaiveDate;
use dateline::temporal::Tagger;
use libfuzzer_sys::fuzz_target;

static TAGGER: LazyLock<Tagger> = LazyLock::new(|| Tagger::english().expect("the rules compile"));

fuzz_target!(|data: &[u8]| {
    let Some((days, text)) = data.split_first_chunk::<2>() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    let offset = i64::from(u16::from_le_bytes(*days));
    let Some(dct) = NaiveDate::from_ymd_opt(1990, 1, 1)
        .and_then(|d| d.checked_add_signed(chrono::Duration::days(offset)))
    else {
        return;
    };
    for timex in TAGGER.tag(text, dct) {
        assert!(timex.start_byte < timex.end_byte && timex.end_byte <= text.len());
        assert!(text.is_char_boundary(timex.start_byte) && text.is_char_boundary(timex.end_byte));
    }
});
