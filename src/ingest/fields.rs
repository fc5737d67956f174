//! Article metadata fields shared by Markdown front matter and JSON records.

use std::path::Path;

use super::meta_date::parse_metadata_date;
use super::{IngestError, IngestProblem};
use crate::model::{Article, ArticleId, PublicationDate, SourceFormat};

/// Metadata as found in the file, before validation.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Fields {
    pub title: Option<String>,
    /// The date as written, and the name of the field it came from.
    pub date: Option<(String, String)>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
}

/// Field names accepted for each role, first match wins.
pub const TITLE_KEYS: [&str; 2] = ["title", "headline"];
pub const DATE_KEYS: [&str; 7] = [
    "date",
    "published",
    "published_at",
    "publishedAt",
    "datePublished",
    "pubdate",
    "published_date",
];
pub const SOURCE_KEYS: [&str; 5] = ["source", "outlet", "site", "site_name", "publisher"];
pub const URL_KEYS: [&str; 3] = ["url", "link", "canonical_url"];
pub const AUTHOR_KEYS: [&str; 3] = ["author", "byline", "authors"];

impl Fields {
    /// Stores `value` under the role that `key` names, if any (the first value wins).
    pub fn set(&mut self, key: &str, value: String) {
        let value = value.trim().to_owned();
        if value.is_empty() {
            return;
        }
        let slot = if TITLE_KEYS.contains(&key) {
            &mut self.title
        } else if SOURCE_KEYS.contains(&key) {
            &mut self.source
        } else if URL_KEYS.contains(&key) {
            &mut self.url
        } else if AUTHOR_KEYS.contains(&key) {
            &mut self.author
        } else {
            if DATE_KEYS.contains(&key) && self.date.is_none() {
                self.date = Some((value, key.to_owned()));
            }
            return;
        };
        slot.get_or_insert(value);
    }

    /// Builds the article. A date that cannot be read does not lose the article: it loads
    /// undated (its date will be inferred) and the returned warning says why.
    pub fn into_article(
        self,
        path: &Path,
        format: SourceFormat,
        text: String,
        fallback_title: impl FnOnce(&str) -> String,
    ) -> (Article, Option<IngestError>) {
        let mut warning = None;
        let published = self.date.and_then(|(written, field)| {
            let parsed = parse_metadata_date(&written);
            if parsed.is_none() {
                warning = Some(IngestError::new(
                    path,
                    IngestProblem::BadDate {
                        field: field.clone(),
                        written: written.clone(),
                    },
                ));
            }
            parsed.map(|value| PublicationDate::from_metadata(value, &field))
        });
        let id_key = format!(
            "{}\u{0}{}\u{0}{}",
            self.title.as_deref().unwrap_or_default(),
            self.url.as_deref().unwrap_or_default(),
            text
        );
        let title = self.title.unwrap_or_else(|| fallback_title(&text));
        let article = Article {
            id: ArticleId::from_content(id_key.as_bytes()),
            path: path.to_owned(),
            format,
            title,
            source: self.source,
            url: self.url,
            author: self.author,
            published,
            text,
        };
        (article, warning)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_map_to_roles_and_first_value_wins() {
        let mut fields = Fields::default();
        fields.set("headline", "A".into());
        fields.set("title", "B".into());
        fields.set("outlet", " Fox News ".into());
        fields.set("publishedAt", "2016-10-27".into());
        fields.set("date", "2000-01-01".into());
        fields.set("color", "red".into());
        assert_eq!(fields.title.as_deref(), Some("A"));
        assert_eq!(fields.source.as_deref(), Some("Fox News"));
        assert_eq!(fields.date, Some(("2016-10-27".into(), "publishedAt".into())));
    }

    #[test]
    fn unreadable_date_keeps_the_article_and_warns() {
        let mut fields = Fields::default();
        fields.set("date", "sometime soon".into());
        let (article, warning) =
            fields.into_article(Path::new("a.md"), SourceFormat::Markdown, "Text".into(), |_| {
                "T".into()
            });
        assert_eq!(article.published, None);
        assert_eq!(article.title, "T");
        let warning = warning.expect("a warning");
        assert!(warning.to_string().contains("sometime soon"), "{warning}");
    }
}
