//! Bytes to text: UTF-8 (BOM tolerated), UTF-16 with a BOM, a declared HTML charset, or
//! Windows-1252 as the fallback, so a file is never refused for its encoding alone.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use super::IngestProblem;

/// Bytes inspected for NUL bytes and control characters before a file is called binary.
const SNIFF_BYTES: usize = 8 * 1024;

/// Share of control characters (other than tab, newline, carriage return and form feed) above
/// which decoded text is taken for binary data: real text has almost none, while random bytes
/// decoded as Windows-1252 have about 1 in 8.
const MAX_CONTROL_CHAR_SHARE: f64 = 0.05;

/// Decodes a whole file. `declared` is an encoding label the file names itself (HTML `charset`).
pub fn decode_text(bytes: &[u8], declared: Option<&str>) -> Result<String, IngestProblem> {
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
                let encoding = declared
                    .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
                    .filter(|e| *e != UTF_8)
                    .unwrap_or(WINDOWS_1252);
                let (text, _) = encoding.decode_without_bom_handling(bytes);
                text.into_owned()
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
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(
            decode_text("Mosul – 2014".as_bytes(), None).as_deref(),
            Ok("Mosul – 2014")
        );
        assert_eq!(decode_text(b"\xEF\xBB\xBFMosul", None).as_deref(), Ok("Mosul"));
    }

    #[test]
    fn windows_1252_fallback_decodes_smart_quotes() {
        assert_eq!(
            decode_text(b"\x93Mosul\x94 caf\xe9", None).as_deref(),
            Ok("\u{201c}Mosul\u{201d} caf\u{e9}")
        );
    }

    #[test]
    fn declared_charset_wins_over_the_fallback() {
        // 0xC4 is "Д" in windows-1251 and "Ä" in windows-1252.
        assert_eq!(
            decode_text(b"\xC4a", Some("windows-1251")).as_deref(),
            Ok("\u{414}a")
        );
    }

    #[test]
    fn utf16_with_bom() {
        let bytes = [0xFF, 0xFE, b'I', 0, b'S', 0];
        assert_eq!(decode_text(&bytes, None).as_deref(), Ok("IS"));
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

    proptest! {
        #[test]
        fn never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = decode_text(&bytes, None);
        }
    }
}
