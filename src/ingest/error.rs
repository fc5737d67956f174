//! Why a file (or one record in it) could not be loaded.

use std::path::PathBuf;

/// The problem, without the file; see [`IngestError`].
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum IngestProblem {
    #[error("cannot read the file: {0}")]
    Unreadable(String),
    #[error("{0}, not a regular file: not read")]
    NotRegularFile(String),
    #[error("a symbolic link loops back to {}: not walked again", .0.display())]
    LinkLoop(PathBuf),
    #[error("the file is empty")]
    Empty,
    #[error("the file is over the {limit_bytes}-byte limit (at least {size_bytes} bytes)")]
    TooLarge { size_bytes: u64, limit_bytes: u64 },
    #[error("the file is binary, not text ({0})")]
    Binary(&'static str),
    #[error("unknown file type{0}; expected .txt, .md, .html, .htm, .json or .jsonl")]
    UnknownType(String),
    #[error("malformed JSON: {0}")]
    Json(String),
    #[error("malformed front matter: {0}")]
    FrontMatter(String),
    #[error("{0}")]
    UnreadableRecord(String),
    #[error("no article text: {0}")]
    NoText(String),
    /// Not fatal: the file loads with U+FFFD in place of the broken bytes.
    #[error("{0} invalid UTF-8 byte sequence(s) replaced by U+FFFD; the rest of the file is loaded")]
    InvalidUtf8Replaced(usize),
    /// Not fatal: the article loads with U+FFFD in place of the control characters.
    #[error("{0} control character(s) replaced by U+FFFD; the rest of the article is loaded")]
    ControlCharsReplaced(usize),
    /// Not fatal: the whole article loads; events after the limit are not extracted.
    #[error(
        "more than {limit} time expressions (the per-article limit): events after character {stopped_at_char} were not extracted; the whole text is loaded"
    )]
    TooManyTimeExpressions { limit: usize, stopped_at_char: usize },
    /// Not fatal: the article loads undated and its date is inferred from the text.
    #[error(
        "`{field}` value `{written}` is not a recognisable date; the date will be inferred from the text"
    )]
    BadDate { field: String, written: String },
}

/// One file, or one line or item of a file, that did not load. Every other file still loads.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}{}: {problem}", path.display(), location.as_ref().map(|l| format!(":{l}")).unwrap_or_default())]
pub struct IngestError {
    pub path: PathBuf,
    /// "12" for line 12 of a JSONL file, "item 3" for an item of a JSON array.
    pub location: Option<String>,
    pub problem: IngestProblem,
}

impl IngestError {
    pub fn new(path: impl Into<PathBuf>, problem: IngestProblem) -> Self {
        Self {
            path: path.into(),
            location: None,
            problem,
        }
    }

    pub fn at(mut self, location: impl Into<String>) -> Self {
        self.location = Some(location.into());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_names_file_location_and_problem() {
        let error = IngestError::new("feeds/a.jsonl", IngestProblem::Json("expected value".into())).at("12");
        assert_eq!(
            error.to_string(),
            "feeds/a.jsonl:12: malformed JSON: expected value"
        );
        let error = IngestError::new("x.txt", IngestProblem::Empty);
        assert_eq!(error.to_string(), "x.txt: the file is empty");
    }
}
