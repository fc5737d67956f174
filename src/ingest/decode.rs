//! Bytes to text: UTF-8 (BOM tolerated), UTF-16 with a BOM, a declared HTML charset, or
//! Windows-1252 as the fallback, so a file is never refused for its encoding alone. A UTF-8
//! file with a few broken bytes (a truncated download, one pasted Latin-1 character) stays
//! UTF-8: the broken bytes become U+FFFD and the load says how many, instead of the whole file
//! turning into mojibake ("é" → "Ã©") by a silent switch to Windows-1252.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use super::IngestProblem;

/// Bytes inspected for NUL bytes and control characters before a file is called binary.
const SNIFF_BYTES: usize = 8 * 1024;

/// Share of control characters (other than tab, newline, carriage return and form feed) above
/// which decoded text is taken for binary data: real text has almost none, while random bytes
/// decoded as Windows-1252 have about 1 in 8.
const MAX_CONTROL_CHAR_SHARE: f64 = 0.05;

/// Share of a file's invalid UTF-8 sequences among all its non-ASCII sequences (valid
/// multi-byte characters plus invalid ones) up to which the file is read as UTF-8 with the
/// invalid ones replaced: Windows-1252 text has almost no valid multi-byte sequences by chance
/// (an accented letter is followed by ASCII), so its share is near 1, while UTF-8 with a stray
/// byte has at least as many good characters as broken ones ("café \xff": one of each).
const MAX_INVALID_UTF8_SHARE: f64 = 0.5;

/// A decoded file and what had to be replaced in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    /// Invalid UTF-8 sequences replaced by U+FFFD in a file read as UTF-8.
    pub invalid_utf8_sequences: usize,
}

/// Counts (valid multi-byte characters, invalid sequences) in `bytes`.
fn utf8_census(bytes: &[u8]) -> (usize, usize) {
    let mut multibyte = 0;
    let mut invalid = 0;
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    (multibyte, invalid)
}

/// Decodes a whole file. `declared` is an encoding label the file names itself (HTML `charset`).
pub fn decode_text(bytes: &[u8], declared: Option<&str>) -> Result<Decoded, IngestProblem> {
    let mut invalid_utf8_sequences = 0;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(IngestProblem::Empty);
    }
    let text = if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        text.into_owned()
    } else {
        let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
        if head.contains(&0) {
            return Err(IngestProblem::Binary("it contains NUL bytes"));
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => text.to_owned(),
            Err(_) => {
                let (multibyte, invalid) = utf8_census(bytes);
                if declared_is_utf8(declared) || mostly_utf8(multibyte, invalid) {
                    invalid_utf8_sequences = invalid;
                    String::from_utf8_lossy(bytes).into_owned()
                } else {
                    let encoding = declared
                        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
                        .filter(|e| *e != UTF_8)
                        .unwrap_or(WINDOWS_1252);
                    let (text, _) = encoding.decode_without_bom_handling(bytes);
                    text.into_owned()
                }
            }
        }
    };
    if text.trim().is_empty() {
        return Err(IngestProblem::Empty);
    }
    let sample: Vec<char> = text.chars().take(SNIFF_BYTES).collect();
    let control = sample
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
        .count();
    if control as f64 > MAX_CONTROL_CHAR_SHARE * sample.len() as f64 {
        return Err(IngestProblem::Binary("too many control characters"));
    }
    Ok(Decoded {
        text,
        invalid_utf8_sequences,
    })
}

fn declared_is_utf8(declared: Option<&str>) -> bool {
    declared.and_then(|label| Encoding::for_label(label.trim().as_bytes())) == Some(UTF_8)
}

/// True when a file with `multibyte` valid multi-byte characters and `invalid` invalid
/// sequences is mostly UTF-8 (see [`MAX_INVALID_UTF8_SHARE`]).
fn mostly_utf8(multibyte: usize, invalid: usize) -> bool {
    let non_ascii = multibyte + invalid;
    non_ascii > 0 && invalid as f64 <= MAX_INVALID_UTF8_SHARE * non_ascii as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(
            decode_text("Mosul – 2014".as_bytes(), None)
                .map(|d| d.text)
                .as_deref(),
            Ok("Mosul – 2014")
        );
        assert_eq!(
            decode_text(b"\xEF\xBB\xBFMosul", None).map(|d| d.text).as_deref(),
            Ok("Mosul")
        );
    }

    #[test]
    fn windows_1252_fallback_decodes_smart_quotes() {
        assert_eq!(
            decode_text(b"\x93Mosul\x94 caf\xe9", None)
                .map(|d| d.text)
                .as_deref(),
            Ok("\u{201c}Mosul\u{201d} caf\u{e9}")
        );
    }

    #[test]
    fn declared_charset_wins_over_the_fallback() {
        // 0xC4 is "Д" in windows-1251 and "Ä" in windows-1252.
        assert_eq!(
            decode_text(b"\xC4a", Some("windows-1251"))
                .map(|d| d.text)
                .as_deref(),
            Ok("\u{414}a")
        );
    }

    #[test]
    fn utf16_with_bom() {
        let bytes = [0xFF, 0xFE, b'I', 0, b'S', 0];
        assert_eq!(decode_text(&bytes, None).map(|d| d.text).as_deref(), Ok("IS"));
    }

    #[test]
    fn empty_and_binary_are_refused() {
        assert_eq!(decode_text(b"", None), Err(IngestProblem::Empty));
        assert_eq!(decode_text(b" \n\t ", None), Err(IngestProblem::Empty));
        assert!(matches!(
            decode_text(b"PNG\0\x01\x02", None),
            Err(IngestProblem::Binary(_))
        ));
        let noise: Vec<u8> = (0u8..=255)
            .cycle()
            .skip(1)
            .take(4000)
            .filter(|b| *b != 0)
            .collect();
        assert!(matches!(decode_text(&noise, None), Err(IngestProblem::Binary(_))));
    }

    #[test]
    fn utf8_with_a_stray_byte_stays_utf8_and_counts_it() {
        let decoded = decode_text(b"On March 3, 2015, caf\xc3\xa9 \xff here, na\xc3\xafve.", None);
        assert_eq!(
            decoded,
            Ok(Decoded {
                text: "On March 3, 2015, caf\u{e9} \u{FFFD} here, na\u{ef}ve.".into(),
                invalid_utf8_sequences: 1,
            })
        );
        let declared = decode_text(b"caf\xff", Some("utf-8")).map(|d| d.invalid_utf8_sequences);
        assert_eq!(declared, Ok(1));
    }

    proptest! {
        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = decode_text(&bytes, None);
        }
    }
}
