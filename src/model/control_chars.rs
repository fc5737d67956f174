//! Control characters in text from files: the one definition of which characters no output can
//! carry (XML 1.0 forbids them; they draw as nothing useful), and their replacement. Ingest
//! replaces them in every article it loads; exporters replace them again in text that reached
//! them another way (a `--title`, a saved project).

use std::borrow::Cow;

/// Shown in place of a control character.
pub const REPLACEMENT_CHARACTER: char = '\u{FFFD}';

/// True for C0 controls other than tab, line feed and carriage return, for DEL and the C1
/// controls, and for the non-characters U+FFFE and U+FFFF.
pub fn is_forbidden_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// `text` with every forbidden control character replaced by U+FFFD (borrowed when clean).
pub fn replace_control_chars(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_forbidden_control) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if is_forbidden_control(c) {
                    REPLACEMENT_CHARACTER
                } else {
                    c
                }
            })
            .collect(),
    )
}

/// Replaces forbidden control characters in place; returns how many there were.
pub fn replace_control_chars_in(text: &mut String) -> usize {
    let count = text.chars().filter(|&c| is_forbidden_control(c)).count();
    if count > 0 {
        *text = replace_control_chars(text).into_owned();
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_forbidden_controls_are_replaced() {
        assert_eq!(
            replace_control_chars("a\u{0}b\u{1}c\u{7f}d\u{85}"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}"
        );
        assert!(matches!(
            replace_control_chars("tab\tnew\nline\r"),
            Cow::Borrowed(_)
        ));
        let mut text = String::from("x\u{c}y");
        assert_eq!(replace_control_chars_in(&mut text), 1);
        assert_eq!(text, "x\u{FFFD}y");
    }
}
