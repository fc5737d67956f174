//! Short texts (event titles) stored as pieces of a longer text they were cut from (the
//! evidence quote), so a million titles cost a few bytes each instead of a copy.
//!
//! A recipe is a byte string of operations, decoded in order:
//! - `0x01..=0x7F` (`n`): the next `n` bytes are literal text;
//! - [`PIECE`]: the next four bytes are a piece of the source text, `start` then `len`, both
//!   little-endian `u16` byte offsets.
//!
//! Encoding is greedy (the longest piece of the source at each point) and always checked by
//! decoding, so a recipe never changes the text; text that pieces do not shorten stays literal.

/// The operation byte of a piece of the source text.
const PIECE: u8 = 0x80;
/// The longest literal run one operation carries.
const MAX_LITERAL_RUN: usize = 0x7F;
/// A piece costs five bytes, so shorter matches are cheaper as literals.
const MIN_PIECE_BYTES: usize = 6;

/// Encodes `text` as pieces of `source` and literal runs, appending the recipe to `out`.
pub fn encode(text: &str, source: &str, out: &mut Vec<u8>) {
    let start_len = out.len();
    let (text_bytes, source_bytes) = (text.as_bytes(), source.as_bytes());
    let mut literal: Vec<u8> = Vec::new();
    let mut at = 0;
    while at < text_bytes.len() {
        match longest_piece(&text_bytes[at..], source_bytes) {
            Some((start, len)) if len >= MIN_PIECE_BYTES => {
                flush_literal(&mut literal, out);
                out.push(PIECE);
                out.extend_from_slice(&(start as u16).to_le_bytes());
                out.extend_from_slice(&(len as u16).to_le_bytes());
                at += len;
            }
            _ => {
                literal.push(text_bytes[at]);
                at += 1;
            }
        }
    }
    flush_literal(&mut literal, out);
    if decode(&out[start_len..], source).as_deref() != Some(text) {
        out.truncate(start_len);
        for chunk in text_bytes.chunks(MAX_LITERAL_RUN) {
            out.push(chunk.len() as u8);
            out.extend_from_slice(chunk);
        }
    }
}

fn flush_literal(literal: &mut Vec<u8>, out: &mut Vec<u8>) {
    for chunk in literal.chunks(MAX_LITERAL_RUN) {
        out.push(chunk.len() as u8);
        out.extend_from_slice(chunk);
    }
    literal.clear();
}

/// The start and length of the longest prefix of `text` found in `source` (offsets that fit
/// a `u16`).
fn longest_piece(text: &[u8], source: &[u8]) -> Option<(usize, usize)> {
    let first = *text.first()?;
    let limit = source.len().min(usize::from(u16::MAX));
    let mut best: Option<(usize, usize)> = None;
    for start in memchr_all(first, &source[..limit]) {
        let max_len = text.len().min(usize::from(u16::MAX)).min(source.len() - start);
        let len = text[..max_len]
            .iter()
            .zip(&source[start..start + max_len])
            .take_while(|(a, b)| a == b)
            .count();
        if best.is_none_or(|(_, best_len)| len > best_len) {
            best = Some((start, len));
        }
    }
    best
}

fn memchr_all(needle: u8, haystack: &[u8]) -> impl Iterator<Item = usize> + '_ {
    haystack
        .iter()
        .enumerate()
        .filter(move |(_, b)| **b == needle)
        .map(|(i, _)| i)
}

/// The text a recipe spells, or `None` when it does not fit `source` (a corrupt recipe or
/// the wrong source).
pub fn decode(recipe: &[u8], source: &str) -> Option<String> {
    let source = source.as_bytes();
    let mut bytes = Vec::with_capacity(recipe.len() * 4);
    let mut at = 0;
    while let Some(&op) = recipe.get(at) {
        if op == PIECE {
            let field = |offset: usize| -> Option<usize> {
                let pair = recipe.get(at + offset..at + offset + 2)?;
                Some(usize::from(u16::from_le_bytes([pair[0], pair[1]])))
            };
            let (start, len) = (field(1)?, field(3)?);
            bytes.extend_from_slice(source.get(start..start + len)?);
            at += 5;
        } else {
            let len = usize::from(op);
            bytes.extend_from_slice(recipe.get(at + 1..at + 1 + len)?);
            at += 1 + len;
        }
    }
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn round_trip(text: &str, source: &str) -> Vec<u8> {
        let mut recipe = Vec::new();
        encode(text, source, &mut recipe);
        assert_eq!(decode(&recipe, source).as_deref(), Some(text));
        recipe
    }

    #[test]
    fn a_title_cut_from_its_sentence_costs_a_few_bytes() {
        let quote = "On Tuesday, ISIS fighters captured the city of Mosul after a three-day battle.";
        let recipe = round_trip(
            "ISIS fighters captured the city of Mosul after a three-day battle",
            quote,
        );
        assert_eq!(recipe.len(), 5, "one piece");
        let recipe = round_trip("ISIS fighters captured the city after a three-day battle", quote);
        assert_eq!(recipe.len(), 10, "two pieces");
    }

    #[test]
    fn changed_letters_and_missing_sources_stay_literal() {
        let quote = "the army said it retook the town of Amerli on Sunday.";
        let recipe = round_trip("The army retook the town of Amerli", quote);
        assert!(recipe.len() < 20, "{recipe:?}");
        assert_eq!(round_trip("Mosul offensive", "").len(), 16);
        let long = "x".repeat(300);
        round_trip(&long, "");
        round_trip("", quote);
    }

    #[test]
    fn multibyte_text_survives_pieces_that_end_inside_a_character() {
        let quote = "Führer über café — naïve résumé";
        round_trip("Führer über café — naïve", quote);
        round_trip("über cafè — naïve résumé", quote);
    }

    proptest! {
        #[test]
        fn any_text_decodes_to_itself(source in "\\PC{0,120}", cuts in proptest::collection::vec((0usize..200, 0usize..40), 0..5), extra in "\\PC{0,8}") {
            let chars: Vec<char> = source.chars().collect();
            let mut text = String::new();
            for (start, len) in cuts {
                let start = start.min(chars.len());
                let end = (start + len).min(chars.len());
                text.extend(&chars[start..end]);
                text.push_str(&extra);
            }
            let mut recipe = Vec::new();
            encode(&text, &source, &mut recipe);
            prop_assert_eq!(decode(&recipe, &source), Some(text.clone()));
            prop_assert!(recipe.len() <= text.len() + text.len() / MAX_LITERAL_RUN + 1);
        }
    }
}
