//! Writing what Dateline found: the extraction as JSON/JSONL/CSV, and (later) pictures of the
//! timeline. Files are written atomically.

pub mod atomic;
pub mod csv_rows;
pub mod json;
pub mod json_stream;
pub mod png;
pub mod saved;
pub mod svg;
pub mod text_safety;
pub mod timelinejs;

pub use json::Extraction;
pub use json_stream::ExtractionView;
