//! The fixed-size records of the event store and the small tables they point into.

use std::collections::HashMap;

use crate::model::{Precision, Qualifier, TimeSpan, TimeValue};

/// An index into the store's name table (actors, places, rules, units, odd strings).
pub type NameIndex = u32;
/// "No name".
pub const NO_NAME: NameIndex = NameIndex::MAX;

/// A short string that is usually a piece of its evidence quote (a timex as written, a
/// quantity as written), else a name in the table; four bytes: [`TextRef::NONE`], a name index
/// with [`TextRef::NAME_BIT`], or a byte range of the quote (start in the high 15 bits, length
/// in the low 16).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextRef(u32);

impl TextRef {
    pub const NONE: Self = Self(u32::MAX);
    const NAME_BIT: u32 = 1 << 31;
    /// Quote ranges start before this byte (15 bits).
    const MAX_QUOTE_START: usize = 1 << 15;

    pub fn new(text: Option<&str>, quote: &str, names: &mut NameTable) -> Self {
        let Some(text) = text else { return Self::NONE };
        if let Some(start) = quote.find(text)
            && start < Self::MAX_QUOTE_START
            && let Ok(len) = u16::try_from(text.len())
        {
            return Self((start as u32) << 16 | u32::from(len));
        }
        Self(names.intern(text) | Self::NAME_BIT)
    }

    pub fn resolve<'a>(self, quote: &'a str, names: &'a [Box<str>]) -> Option<&'a str> {
        if self == Self::NONE {
            None
        } else if self.0 & Self::NAME_BIT != 0 {
            names.get((self.0 & !Self::NAME_BIT) as usize).map(|n| &**n)
        } else {
            let start = (self.0 >> 16) as usize;
            quote.get(start..start + (self.0 & 0xFFFF) as usize)
        }
    }
}

/// Where a quote's bytes are: in its article's text, or in the store's own text (quotes of
/// articles loaded without text, e.g. from a saved extraction).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteText {
    Article,
    Own,
}

/// A rule id: an index into the store's rule table.
pub type RuleIndex = u16;
/// "No rule" (and rules past the table's capacity, kept in the evidence's extras).
pub const NO_RULE: RuleIndex = RuleIndex::MAX;
/// A quote length too long for the record: the real lengths are in the evidence's extras.
pub const LONG_QUOTE: u16 = u16::MAX;

/// One piece of evidence: 24 bytes, no heap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PackedEvidence {
    /// Index into the corpus's articles, or past them into the store's unknown article ids.
    pub article: u32,
    pub start_char: u32,
    /// The quote's byte offset in its article's text, or with [`QUOTE_IN_OWN_TEXT`] set, in
    /// the store's own text.
    pub quote_start_and_place: u32,
    /// Lengths, or [`LONG_QUOTE`] when either does not fit.
    pub quote_len_bytes: u16,
    pub quote_len_chars: u16,
    pub timex: TextRef,
    pub rule: RuleIndex,
}

/// The flag of `quote_start_and_place` that says the quote is in the store's own text.
pub const QUOTE_IN_OWN_TEXT: u32 = 1 << 31;

impl PackedEvidence {
    pub fn quote_place(&self) -> QuoteText {
        if self.quote_start_and_place & QUOTE_IN_OWN_TEXT == 0 {
            QuoteText::Article
        } else {
            QuoteText::Own
        }
    }

    pub fn quote_start_byte(&self) -> usize {
        (self.quote_start_and_place & !QUOTE_IN_OWN_TEXT) as usize
    }

    pub fn is_long(&self) -> bool {
        self.quote_len_bytes == LONG_QUOTE || self.quote_len_chars == LONG_QUOTE
    }
}

/// What does not fit a [`PackedEvidence`], for the rare evidence that needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EvidenceExtras {
    pub quote_len_bytes: usize,
    pub end_char: usize,
    pub rule: Option<Box<str>>,
}

/// A number an event gives, tied to its event by index: 24 bytes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PackedQuantity {
    pub event: u32,
    pub unit: NameIndex,
    pub value: f64,
    /// As written, usually a piece of the event's first quote.
    pub text: TextRef,
}

/// An actor or a place of an event: a name index with the top bit set for places.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntityRef(pub u32);

impl EntityRef {
    const PLACE_BIT: u32 = 1 << 31;

    pub fn actor(name: NameIndex) -> Self {
        Self(name & !Self::PLACE_BIT)
    }
    pub fn place(name: NameIndex) -> Self {
        Self(name | Self::PLACE_BIT)
    }
    pub fn is_place(self) -> bool {
        self.0 & Self::PLACE_BIT != 0
    }
    pub fn name(self) -> NameIndex {
        self.0 & !Self::PLACE_BIT
    }
}

/// The time span's precisions and qualifiers and the disputed flag, in two bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpanKind([u8; 2]);

const QUALIFIERS: [Qualifier; 4] = [
    Qualifier::Exact,
    Qualifier::Approximate,
    Qualifier::Before,
    Qualifier::After,
];
const DISPUTED_BIT: u8 = 1 << 4;

fn precision_code(precision: Precision) -> u8 {
    Precision::ALL.iter().position(|&p| p == precision).unwrap_or(0) as u8
}

fn qualifier_code(qualifier: Qualifier) -> u8 {
    QUALIFIERS.iter().position(|&q| q == qualifier).unwrap_or(0) as u8
}

impl SpanKind {
    pub fn new(span: &TimeSpan, disputed: bool) -> Self {
        let precisions = precision_code(span.first.precision) | precision_code(span.last.precision) << 4;
        let qualifiers = qualifier_code(span.first.qualifier)
            | qualifier_code(span.last.qualifier) << 2
            | if disputed { DISPUTED_BIT } else { 0 };
        Self([precisions, qualifiers])
    }

    pub fn span(self, first_start_secs: i64, last_start_secs: i64) -> TimeSpan {
        let precision = |code: u8| {
            Precision::ALL
                .get(usize::from(code))
                .copied()
                .unwrap_or(Precision::Day)
        };
        let qualifier = |code: u8| QUALIFIERS[usize::from(code & 0b11)];
        let [precisions, qualifiers] = self.0;
        TimeSpan {
            first: TimeValue {
                start_secs: first_start_secs,
                precision: precision(precisions & 0x0F),
                qualifier: qualifier(qualifiers),
            },
            last: TimeValue {
                start_secs: last_start_secs,
                precision: precision(precisions >> 4),
                qualifier: qualifier(qualifiers >> 2),
            },
        }
    }

    pub fn disputed(self) -> bool {
        self.0[1] & DISPUTED_BIT != 0
    }
}

/// Interns names while the store is built; [`Self::finish`] keeps only the list.
#[derive(Default)]
pub struct NameTable {
    names: Vec<Box<str>>,
    index: HashMap<Box<str>, NameIndex>,
}

impl NameTable {
    pub fn intern(&mut self, name: &str) -> NameIndex {
        if let Some(&index) = self.index.get(name) {
            return index;
        }
        let index = self.names.len() as NameIndex;
        self.names.push(name.into());
        self.index.insert(name.into(), index);
        index
    }

    pub fn intern_optional(&mut self, name: Option<&str>) -> NameIndex {
        name.map_or(NO_NAME, |n| self.intern(n))
    }

    pub fn finish(self) -> Box<[Box<str>]> {
        self.names.into_boxed_slice()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_stay_small() {
        assert_eq!(std::mem::size_of::<PackedEvidence>(), 24);
        assert_eq!(std::mem::size_of::<PackedQuantity>(), 24);
    }

    #[test]
    fn span_kinds_round_trip_every_precision_and_qualifier() {
        for first in Precision::ALL {
            for qualifier in QUALIFIERS {
                let value = TimeValue {
                    start_secs: -5_000_000_000,
                    precision: first,
                    qualifier,
                };
                let last = TimeValue {
                    start_secs: 7,
                    precision: Precision::Minute,
                    qualifier: Qualifier::After,
                };
                let span = TimeSpan { first: value, last };
                for disputed in [false, true] {
                    let kind = SpanKind::new(&span, disputed);
                    assert_eq!(kind.span(value.start_secs, 7), span);
                    assert_eq!(kind.disputed(), disputed);
                }
            }
        }
    }

    #[test]
    fn text_refs_point_into_the_quote_or_the_names() {
        let mut names = NameTable::default();
        let quote = "ISIS took Mosul in June 2014.";
        let inside = TextRef::new(Some("June 2014"), quote, &mut names);
        assert_eq!(inside, TextRef(19 << 16 | 9));
        let outside = TextRef::new(Some("siege of Amerli"), quote, &mut names);
        let names = names.finish();
        assert_eq!(inside.resolve(quote, &names), Some("June 2014"));
        assert_eq!(outside.resolve(quote, &names), Some("siege of Amerli"));
        assert_eq!(TextRef::NONE.resolve(quote, &names), None);
        assert!(EntityRef::place(3).is_place() && EntityRef::place(3).name() == 3);
        assert!(!EntityRef::actor(3).is_place());
    }
}
