//! An article as loaded: its metadata and its text, kept verbatim.

use std::path::PathBuf;

use super::TimeValue;

/// A stable article id: a hash of the article's content, so the same file loaded twice or
/// from another path gets the same id.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ArticleId(pub String);

impl ArticleId {
    /// Hex digits of the content hash kept in an id: 64 bits, collision-free for any
    /// realistic corpus and short enough to read.
    const HEX_LEN: usize = 16;

    pub fn from_content(bytes: &[u8]) -> Self {
        let hex = blake3::hash(bytes).to_hex();
        Self(hex[..Self::HEX_LEN].to_owned())
    }
}

impl std::fmt::Display for ArticleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where a publication date came from.
#[derive(Clone, Debug, PartialEq)]
pub enum DateOrigin {
    /// Stated by the file: front matter, JSON field, HTML meta tag. `field` names it.
    Metadata { field: String },
    /// Written in the article's text: a publication line or a dateline. `place` quotes it.
    Text { place: String },
    /// Inferred from the text; `evidence` lists the clues in words for the inspector.
    Inferred { evidence: Vec<String> },
}

/// An article's publication date and how much to trust it.
#[derive(Clone, Debug, PartialEq)]
pub struct PublicationDate {
    pub value: TimeValue,
    pub origin: DateOrigin,
    /// 1.0 for metadata; the inference's own estimate otherwise.
    pub confidence: f32,
}

impl PublicationDate {
    pub fn from_metadata(value: TimeValue, field: &str) -> Self {
        Self {
            value,
            origin: DateOrigin::Metadata {
                field: field.to_owned(),
            },
            confidence: 1.0,
        }
    }

    pub fn is_inferred(&self) -> bool {
        matches!(self.origin, DateOrigin::Inferred { .. })
    }
}

/// The file format an article was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceFormat {
    Text,
    Markdown,
    Html,
    Json,
    JsonLines,
}

impl SourceFormat {
    pub fn name(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Markdown => "markdown",
            Self::Html => "html",
            Self::Json => "json",
            Self::JsonLines => "jsonl",
        }
    }
}

/// One news article.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    pub id: ArticleId,
    /// The file it came from (JSON arrays and JSONL hold several articles per file).
    pub path: PathBuf,
    pub format: SourceFormat,
    pub title: String,
    /// The outlet: "Fox News", "Newsmax".
    pub source: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    pub published: Option<PublicationDate>,
    /// The article's text, verbatim; evidence offsets are Unicode code points into it.
    pub text: String,
}

impl Article {
    /// The outlet, or a stand-in for articles that name none.
    pub fn source_or_unknown(&self) -> &str {
        self.source.as_deref().unwrap_or("Unknown source")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_depend_on_content_only() {
        let a = ArticleId::from_content(b"ISIS captured Mosul.");
        assert_eq!(a, ArticleId::from_content(b"ISIS captured Mosul."));
        assert_ne!(a, ArticleId::from_content(b"ISIS captured Mosul!"));
        assert_eq!(a.0.len(), 16);
    }
}
