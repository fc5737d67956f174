//! Byte offsets to Unicode code point offsets, which is what evidence and TIMEX3 offsets use.

/// Converts byte offsets of one text to code point offsets, counting each character once when
/// the offsets come in increasing order (as matches and sentences do).
pub struct CharCursor<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCursor<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// The code point offset of `byte` (clamped to the text, rounded down to a character
    /// boundary). An offset before the previous one restarts the count from the beginning.
    pub fn char_offset(&mut self, byte: usize) -> usize {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_code_points_in_any_order() {
        let text = "Mosul – June 2014";
        let mut cursor = CharCursor::new(text);
        let june = text.find("June").unwrap_or(0);
        assert_eq!(cursor.char_offset(june), 8);
        assert_eq!(cursor.char_offset(text.len()), 17);
        assert_eq!(cursor.char_offset(0), 0);
        assert_eq!(cursor.char_offset(7), 6, "inside the dash: rounded down");
    }
}
