//! Loading articles from the files users already have. One broken file never stops a load:
//! each problem becomes an [`IngestError`] naming the file, and every other file still loads.
//! Nothing here touches the network.

mod decode;
mod error;
mod fields;
mod html;
mod html_depth;
mod html_meta;
mod json;
mod markdown;
mod meta_date;
mod path_date;
mod plain;
mod walk;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use decode::{Decoded, decode_text};
pub use error::{IngestError, IngestProblem};
pub use meta_date::parse_metadata_date;
pub use path_date::{date_in_file_name, date_in_url};
pub use walk::collect_files;

use crate::model::control_chars::replace_control_chars_in;
use crate::model::{Article, PublicationDate, TimeValue};

/// Files larger than this are refused: a news article is a few kilobytes, a saved page a few
/// megabytes; 50 MB leaves room for big JSONL dumps while keeping a stray video out of memory.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

#[derive(Clone, Debug)]
pub struct IngestOptions {
    pub max_file_bytes: u64,
    /// The publication date the user gives (`--published`), over whatever the files say.
    pub published: Option<chrono::NaiveDate>,
}

impl Default for IngestOptions {
    fn default() -> Self {
        Self {
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
            published: None,
        }
    }
}

/// The metadata field name of a publication date the user set.
pub const USER_DATE_FIELD: &str = "set by the user";

/// What loading one file produced: some articles, some errors, or both (a JSONL file with a
/// bad line).
#[derive(Debug, Default, PartialEq)]
pub struct FileOutcome {
    pub articles: Vec<Article>,
    pub errors: Vec<IngestError>,
}

/// Everything a load produced, in the order the files were given (folders sorted by name).
#[derive(Debug, Default)]
pub struct LoadReport {
    pub articles: Vec<Article>,
    pub errors: Vec<IngestError>,
}

/// The formats we read, by file extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Text,
    Markdown,
    Html,
    Json,
    JsonLines,
}

impl FileKind {
    pub fn from_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match extension.as_str() {
            "txt" | "text" => Self::Text,
            "md" | "markdown" => Self::Markdown,
            "html" | "htm" | "xhtml" => Self::Html,
            "json" => Self::Json,
            "jsonl" | "ndjson" => Self::JsonLines,
            _ => return None,
        })
    }
}

/// Loads one file's bytes as read from disk (exposed for tests and fuzzing without I/O).
pub fn parse_bytes(path: &Path, kind: FileKind, bytes: &[u8]) -> FileOutcome {
    let declared = match kind {
        FileKind::Html => html::declared_charset(bytes),
        _ => None,
    };
    let decoded = match decode_text(bytes, declared.as_deref()) {
        Ok(decoded) => decoded,
        Err(problem) => {
            return FileOutcome {
                articles: Vec::new(),
                errors: vec![IngestError::new(path, problem)],
            };
        }
    };
    let text = decoded.text;
    let single = |result: Result<(Article, Option<IngestError>), IngestError>| match result {
        Ok((article, warning)) => FileOutcome {
            articles: vec![article],
            errors: warning.into_iter().collect(),
        },
        Err(error) => FileOutcome {
            articles: Vec::new(),
            errors: vec![error],
        },
    };
    let mut outcome = match kind {
        FileKind::Text => single(Ok((plain::parse_plain(path, text), None))),
        FileKind::Markdown => single(markdown::parse_markdown(path, &text)),
        FileKind::Html => single(html::parse_html(path, &text)),
        FileKind::Json => json::parse_json(path, &text),
        FileKind::JsonLines => json::parse_json_lines(path, &text),
    };
    date_from_address(path, &mut outcome.articles);
    if decoded.invalid_utf8_sequences > 0 {
        outcome.errors.push(IngestError::new(
            path,
            IngestProblem::InvalidUtf8Replaced(decoded.invalid_utf8_sequences),
        ));
    }
    for (index, article) in outcome.articles.iter_mut().enumerate() {
        let replaced = replace_article_control_chars(article);
        if replaced > 0 {
            let mut warning = IngestError::new(path, IngestProblem::ControlCharsReplaced(replaced));
            if let Some(location) = article_location(kind, index) {
                warning = warning.at(location);
            }
            outcome.errors.push(warning);
        }
    }
    outcome
}

/// Replaces control characters in every text field of an article (JSON strings can carry
/// them escaped, so this runs after parsing, for every format); returns how many there were.
fn replace_article_control_chars(article: &mut Article) -> usize {
    let mut replaced =
        replace_control_chars_in(&mut article.text) + replace_control_chars_in(&mut article.title);
    for field in [&mut article.source, &mut article.url, &mut article.author]
        .into_iter()
        .flatten()
    {
        replaced += replace_control_chars_in(field);
    }
    replaced
}

/// Where an article sits in a file that holds several ("item 3"), for messages.
fn article_location(kind: FileKind, index: usize) -> Option<String> {
    match kind {
        FileKind::Json | FileKind::JsonLines => Some(format!("article {}", index + 1)),
        _ => None,
    }
}

/// Articles without a metadata date take the one in their URL's path, or (for a file that
/// holds one article) in the file's name.
fn date_from_address(path: &Path, articles: &mut [Article]) {
    let single = articles.len() == 1;
    for article in articles.iter_mut().filter(|a| a.published.is_none()) {
        let from_url = article
            .url
            .as_deref()
            .and_then(date_in_url)
            .map(|d| (d, "URL path"));
        let from_name = || {
            single
                .then(|| date_in_file_name(path))
                .flatten()
                .map(|d| (d, "file name"))
        };
        if let Some((day, field)) = from_url.or_else(from_name) {
            article.published = Some(PublicationDate::from_metadata(
                TimeValue::from_naive_date(day),
                field,
            ));
        }
    }
}

/// Loads one file from disk.
pub fn load_file(path: &Path, options: &IngestOptions) -> FileOutcome {
    let fail = |problem| FileOutcome {
        articles: Vec::new(),
        errors: vec![IngestError::new(path, problem)],
    };
    let Some(kind) = FileKind::from_path(path) else {
        let extension = path
            .extension()
            .map(|e| format!(" `.{}`", e.to_string_lossy()))
            .unwrap_or_else(|| " (no extension)".to_owned());
        return fail(IngestProblem::UnknownType(extension));
    };
    match read_limited(path, options.max_file_bytes) {
        Ok(bytes) => parse_bytes(path, kind, &bytes),
        Err(problem) => fail(problem),
    }
}

/// Opens a file without blocking (a FIFO swapped in after the walk's type check must not hang
/// the load), refuses anything but a regular file, and reads at most `limit_bytes`: the limit
/// holds on the bytes actually read, not only on the size the metadata claims.
fn read_limited(path: &Path, limit_bytes: u64) -> Result<Vec<u8>, IngestProblem> {
    use std::io::Read;
    let unreadable = |error: std::io::Error| IngestProblem::Unreadable(error.to_string());
    let mut open = std::fs::OpenOptions::new();
    open.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        open.custom_flags(libc::O_NONBLOCK);
    }
    let file = open.open(path).map_err(unreadable)?;
    let meta = file.metadata().map_err(unreadable)?;
    if let Some(kind) = walk::special_file_kind(meta.file_type()) {
        return Err(IngestProblem::NotRegularFile(kind.to_owned()));
    }
    if meta.len() > limit_bytes {
        return Err(IngestProblem::TooLarge {
            size_bytes: meta.len(),
            limit_bytes,
        });
    }
    let capacity = usize::try_from(meta.len()).unwrap_or(0);
    let mut bytes = Vec::with_capacity(capacity);
    file.take(limit_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    let read_bytes = bytes.len() as u64;
    if read_bytes > limit_bytes {
        return Err(IngestProblem::TooLarge {
            size_bytes: read_bytes,
            limit_bytes,
        });
    }
    Ok(bytes)
}

/// Loads files, folders (recursively) or a mix, in parallel. Duplicate articles (same
/// content, e.g. one file reached through two paths) are kept once.
pub fn load_paths(paths: &[PathBuf], options: &IngestOptions) -> LoadReport {
    let (files, mut walk_errors) = collect_files(paths);
    let outcomes: Vec<FileOutcome> = files.par_iter().map(|path| load_file(path, options)).collect();
    let mut report = LoadReport::default();
    report.errors.append(&mut walk_errors);
    let mut seen = std::collections::HashSet::new();
    for outcome in outcomes {
        report
            .articles
            .extend(outcome.articles.into_iter().filter(|a| seen.insert(a.id.clone())));
        report.errors.extend(outcome.errors);
    }
    if let Some(day) = options.published {
        for article in &mut report.articles {
            article.published = Some(PublicationDate::from_metadata(
                TimeValue::from_naive_date(day),
                USER_DATE_FIELD,
            ));
        }
    }
    report
}
