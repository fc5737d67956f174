//! Markdown articles with optional `---` front matter of `key: value` lines.

use std::path::Path;

use super::fields::Fields;
use super::plain::title_from_text;
use super::{IngestError, IngestProblem};
use crate::model::{Article, SourceFormat};

/// A front matter line with its 1-based line number.
type NumberedLine<'a> = (usize, &'a str);
/// A problem at a 1-based line.
type LineError = (usize, String);

/// Front matter: the lines between an opening `---` on the first line and the next `---`,
/// and the byte offset where the body starts.
fn split_front_matter(text: &str) -> Result<Option<(Vec<NumberedLine<'_>>, usize)>, LineError> {
    let mut lines = text.split_inclusive('\n');
    let Some(first) = lines.next() else {
        return Ok(None);
    };
    if first.trim_end() != "---" {
        return Ok(None);
    }
    let mut offset = first.len();
    let mut body = Vec::new();
    for (index, line) in lines.enumerate() {
        offset += line.len();
        if line.trim_end() == "---" {
            return Ok(Some((body, offset)));
        }
        body.push((index + 2, line.trim_end_matches(['\n', '\r'])));
    }
    Err((1, "the opening `---` has no closing `---`".to_owned()))
}

fn unquote(value: &str) -> &str {
    let value = value.trim();
    for quote in ['"', '\''] {
        if let Some(inner) = value.strip_prefix(quote).and_then(|v| v.strip_suffix(quote)) {
            return inner;
        }
    }
    value
}

fn parse_fields(lines: &[NumberedLine<'_>]) -> Result<Fields, LineError> {
    let mut fields = Fields::default();
    for &(line_number, line) in lines {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        // YAML list items and continuation lines under a key (e.g. `tags:` then `- a`) are
        // not fields we read; they are allowed, not errors.
        if line.starts_with([' ', '\t']) || trimmed.starts_with("- ") {
            continue;
        }
        let Some((key, value)) = trimmed.split_once(':') else {
            return Err((line_number, format!("expected `key: value`, found `{trimmed}`")));
        };
        let key = key.trim();
        if key.is_empty() || key.contains(char::is_whitespace) {
            return Err((line_number, format!("`{key}` is not a field name")));
        }
        fields.set(key, unquote(value).to_owned());
    }
    Ok(fields)
}

/// The first `# ` heading, else the first line.
fn markdown_title(body: &str, path: &Path) -> String {
    body.lines()
        .map(str::trim)
        .find_map(|l| l.strip_prefix("# ").map(|t| t.trim().to_owned()))
        .unwrap_or_else(|| title_from_text(body, path))
}

pub fn parse_markdown(path: &Path, text: &str) -> Result<(Article, Option<IngestError>), IngestError> {
    let frontmatter_error = |(line, message): (usize, String)| {
        IngestError::new(path, IngestProblem::FrontMatter(message)).at(line.to_string())
    };
    let (fields, body) = match split_front_matter(text).map_err(frontmatter_error)? {
        Some((lines, body_start)) => (
            parse_fields(&lines).map_err(frontmatter_error)?,
            &text[body_start..],
        ),
        None => (Fields::default(), text),
    };
    if body.trim().is_empty() {
        return Err(IngestError::new(
            path,
            IngestProblem::NoText("the Markdown body is empty".into()),
        ));
    }
    Ok(
        fields.into_article(path, SourceFormat::Markdown, body.to_owned(), |body| {
            markdown_title(body, path)
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const PATH: &str = "data/fox.md";

    #[test]
    fn front_matter_fields_and_verbatim_body() {
        let text = "---\ntitle: \"Uneasy alliance\"\ndate: 2016-10-27\noutlet: Fox News\nurl: http://x/y\ntags:\n  - isis\n---\nThe Americans don't trust the Iranians.\n";
        let (article, warning) = parse_markdown(Path::new(PATH), text).expect("parses");
        assert_eq!(warning, None);
        assert_eq!(article.title, "Uneasy alliance");
        assert_eq!(article.source.as_deref(), Some("Fox News"));
        assert_eq!(article.url.as_deref(), Some("http://x/y"));
        assert_eq!(
            article.published.map(|p| p.value.to_iso()).as_deref(),
            Some("2016-10-27")
        );
        assert_eq!(article.text, "The Americans don't trust the Iranians.\n");
    }

    #[test]
    fn no_front_matter_takes_the_heading_as_title() {
        let (article, _) = parse_markdown(Path::new(PATH), "Intro\n# Mosul falls\nText").expect("parses");
        assert_eq!(article.title, "Mosul falls");
        assert_eq!(article.published, None);
    }

    #[test]
    fn unclosed_front_matter_names_line_one() {
        let error = parse_markdown(Path::new(PATH), "---\ntitle: x\nbody").expect_err("malformed");
        assert_eq!(
            error.to_string(),
            "data/fox.md:1: malformed front matter: the opening `---` has no closing `---`"
        );
    }

    #[test]
    fn a_line_without_a_colon_names_its_line() {
        let error =
            parse_markdown(Path::new(PATH), "---\ntitle: x\njust words\n---\nbody").expect_err("malformed");
        assert_eq!(error.location.as_deref(), Some("3"));
    }

    #[test]
    fn empty_body_is_an_error() {
        let error = parse_markdown(Path::new(PATH), "---\ntitle: x\n---\n \n").expect_err("empty");
        assert!(matches!(error.problem, IngestProblem::NoText(_)));
    }

    proptest! {
        #[test]
        fn never_panics(text in "(---\n)?([a-z:\" \n-]{0,40})(---\n)?\\PC{0,40}") {
            let _ = parse_markdown(Path::new(PATH), &text);
        }
    }
}
