//! The core model: articles, time values, events and their evidence. No I/O, no clock.

mod article;
mod char_cursor;
pub mod control_chars;
mod corpus;
mod event;
mod precision;
mod time_parse;
mod time_span;
mod time_value;

pub use article::{Article, ArticleId, DateOrigin, PublicationDate, SourceFormat};
pub use char_cursor::CharCursor;
pub use corpus::{Corpus, EventRef, EventStore, NameIndex, SourceRef};
pub use event::{Event, EventId, Evidence, Quantity};
pub use precision::Precision;
pub use time_span::TimeSpan;
pub use time_value::{Qualifier, Season, TimeValue, add_months, datetime_from_secs};
