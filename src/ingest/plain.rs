//! Plain text articles: the text as it is, the first line as the title.

use std::path::Path;

use crate::model::{Article, ArticleId, SourceFormat};

/// A first line longer than this is a paragraph, not a headline (news headlines rarely pass
/// 120 characters).
const MAX_TITLE_CHARS: usize = 150;

/// Length of a title cut from a first paragraph that is too long to be a headline.
const CUT_TITLE_CHARS: usize = 80;

/// The first non-blank line if it reads like a title; else the start of that paragraph, cut
/// at a word boundary; else the file stem.
pub fn title_from_text(text: &str, path: &Path) -> String {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty());
    match first {
        Some(line) if line.chars().count() <= MAX_TITLE_CHARS && !line.ends_with([',', ';', ':']) => {
            line.to_owned()
        }
        Some(line) => {
            let cut: String = line.chars().take(CUT_TITLE_CHARS).collect();
            let at_word = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
            format!("{}…", at_word.trim_end_matches([',', ';', ':']))
        }
        None => path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
    }
}

pub fn parse_plain(path: &Path, text: String) -> Article {
    Article {
        id: ArticleId::from_content(text.as_bytes()),
        path: path.to_owned(),
        format: SourceFormat::Text,
        title: title_from_text(&text, path),
        source: None,
        url: None,
        author: None,
        published: None,
        text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_line_is_the_title_unless_it_is_a_paragraph() {
        let path = Path::new("dir/mosul-falls.txt");
        let article = parse_plain(path, "\n  ISIS takes Mosul \n\nBody text.".into());
        assert_eq!(article.title, "ISIS takes Mosul");
        assert_eq!(article.text, "\n  ISIS takes Mosul \n\nBody text.");
        let long = "word ".repeat(100);
        let title = parse_plain(path, long).title;
        assert!(
            title.starts_with("word word") && title.ends_with("word…"),
            "{title}"
        );
        assert!(title.chars().count() <= CUT_TITLE_CHARS + 1);
    }
}
