//! Code point offsets (what evidence stores) to byte offsets (what slicing needs).

/// Finds the byte offset of a code point offset in one article, walking forward from the last
/// answer when offsets increase (as an article's events do).
pub struct ByteOffsets<'a> {
    text: &'a str,
    ascii: bool,
    last: (usize, usize),
}

impl<'a> ByteOffsets<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            ascii: text.is_ascii(),
            last: (0, 0),
        }
    }

    pub fn byte_of_char(&mut self, char_offset: usize) -> Option<usize> {
        if self.ascii {
            return (char_offset <= self.text.len()).then_some(char_offset);
        }
        if char_offset < self.last.0 {
            self.last = (0, 0);
        }
        let (from_char, from_byte) = self.last;
        let byte = match self.text[from_byte..].char_indices().nth(char_offset - from_char) {
            Some((byte, _)) => from_byte + byte,
            None if self.text[from_byte..].chars().count() == char_offset - from_char => self.text.len(),
            None => return None,
        };
        self.last = (char_offset, byte);
        Some(byte)
    }
}
