//! Saved news pages: the article's main text (boilerplate removed by `rs-trafilatura`, the best
//! Rust extractor on the ScrapingHub article benchmark) and the page's metadata.

use std::path::Path;

use dom_query::Document;

use super::html_depth::{MAX_ELEMENT_DEPTH, limit_depth};
use super::html_meta::read_metadata;
use super::{IngestError, IngestProblem};
use crate::model::{Article, SourceFormat};

/// Bytes of the page searched for a `charset` declaration, as browsers do (HTML spec: 1024).
const CHARSET_SNIFF_BYTES: usize = 1024;

/// The encoding label a page declares in its first bytes (`<meta charset=…>` or
/// `content="text/html; charset=…"`).
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(CHARSET_SNIFF_BYTES)]).to_ascii_lowercase();
    let after = &head[head.find("charset=")? + "charset=".len()..];
    let label: String = after
        .trim_start_matches(['"', '\''])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    (!label.is_empty()).then_some(label)
}

/// Collapses the extractor's runs of blank lines so paragraphs are separated by one blank line.
fn tidy_paragraphs(text: &str) -> String {
    let paragraphs: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    paragraphs.join("\n\n")
}

pub fn parse_html(path: &Path, html: &str) -> Result<(Article, Option<IngestError>), IngestError> {
    // Parsers and the extractor recurse over the tree: its depth is bounded first.
    let html = limit_depth(html, MAX_ELEMENT_DEPTH);
    let document = Document::from(html.as_ref());
    let mut fields = read_metadata(&document);
    let extracted = rs_trafilatura::extract(&html).map_err(|e| {
        IngestError::new(
            path,
            IngestProblem::NoText(format!("no article text found in the page ({e})")),
        )
    })?;
    let mut text = tidy_paragraphs(&extracted.content_text);
    // The extractor repeats the text of nested blocks that hold nothing else, once per level
    // (up to the depth limit): text longer than the page's own is such a repetition, and
    // the page's text is used instead.
    let page_text = document.select("body").text();
    if text.len() > page_text.len() {
        text = tidy_paragraphs(&page_text);
    }
    if text.is_empty() {
        return Err(IngestError::new(
            path,
            IngestProblem::NoText("no article text found in the page".into()),
        ));
    }
    let metadata = extracted.metadata;
    if let Some(title) = metadata.title {
        fields.set("title", title);
    }
    if let Some(site) = metadata.sitename.or(metadata.hostname) {
        fields.set("site_name", site);
    }
    if let Some(author) = metadata.author {
        fields.set("author", author);
    }
    if fields.date.is_none()
        && let Some(date) = metadata.date
    {
        fields.date = Some((date.to_rfc3339(), "page date".to_owned()));
    }
    Ok(fields.into_article(path, SourceFormat::Html, text, |_| String::new()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const PAGE: &str = r#"<!doctype html><html><head><meta charset="utf-8">
        <title>Iran sends forces | Newsmax</title>
        <meta property="og:site_name" content="Newsmax">
        <meta property="article:published_time" content="2014-09-10T08:00:00-04:00">
        </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
        <article><h1>Iran sends forces into Iraq</h1>
        <p>Iran has sent forces into Iraq to fight the Islamic State, officials said on Wednesday, in a move that
        complicates the coalition President Barack Obama is building against the militants.</p>
        <p>The siege of Amerli was broken last week after Iraqi troops and Shiite militias, backed by U.S. air
        strikes, pushed the militants back from the town in northern Iraq.</p>
        <p>The Pentagon said 1,192 American troops were now in the country, most of them advisers.</p>
        </article>
        <aside class="related"><h3>Related</h3><a href="/a">Ten things you missed</a></aside>
        <script>var ad = "buy now";</script>
        <footer>Copyright Newsmax Media. All rights reserved.</footer></body></html>"#;

    #[test]
    fn main_text_without_boilerplate_and_metadata() {
        let (article, warning) = parse_html(Path::new("p.html"), PAGE).expect("parses");
        assert_eq!(warning, None);
        assert!(
            article.text.contains("The siege of Amerli was broken"),
            "{}",
            article.text
        );
        assert!(article.text.contains("1,192 American troops"));
        for boilerplate in ["Home", "Ten things you missed", "buy now", "Copyright"] {
            assert!(
                !article.text.contains(boilerplate),
                "{boilerplate} in {}",
                article.text
            );
        }
        assert_eq!(article.source.as_deref(), Some("Newsmax"));
        assert_eq!(
            article.published.map(|p| p.value.to_iso()).as_deref(),
            Some("2014-09-10T08:00")
        );
    }

    #[test]
    fn charset_declarations_are_found() {
        assert_eq!(
            declared_charset(br#"<meta charset="ISO-8859-1">"#).as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(
            declared_charset(
                br#"<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">"#
            )
            .as_deref(),
            Some("windows-1251")
        );
        assert_eq!(declared_charset(b"<html>"), None);
    }

    #[test]
    fn a_page_without_text_is_an_error() {
        let error = parse_html(Path::new("e.html"), "<html><body><nav>Home</nav></body></html>")
            .expect_err("no text");
        assert!(matches!(error.problem, IngestProblem::NoText(_)), "{error}");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn never_panics(text in "(<[a-z]{1,6}( [a-z]+=\"[^\"]{0,8}\")?>|</[a-z]{1,6}>|[^<]{0,20}){0,30}") {
            let _ = parse_html(Path::new("p.html"), &text);
        }
    }

    #[test]
    fn deeply_nested_blocks_give_their_text_once() {
        let page = format!(
            "<html><body>{}On March 3, 2015, troops entered Mosul.{}</body></html>",
            "<div>".repeat(2_000),
            "</div>".repeat(2_000)
        );
        let (article, _) = parse_html(Path::new("deep.html"), &page).expect("parses");
        assert_eq!(article.text, "On March 3, 2015, troops entered Mosul.");
        let unclosed = format!("<html><body>{}", "<div><p>On March 3, 2015, x. ".repeat(2_000));
        let (article, _) = parse_html(Path::new("unclosed.html"), &unclosed).expect("parses");
        assert_eq!(article.text.matches("On March 3, 2015").count(), 2_000);
    }
}
