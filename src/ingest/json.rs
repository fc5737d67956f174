//! JSON articles: one object or an array of objects (`.json`), or one object per line
//! (`.jsonl`). A bad item or line is reported and the others still load.

use std::path::Path;

use serde_json::Value;

use super::fields::{AUTHOR_KEYS, DATE_KEYS, Fields, SOURCE_KEYS, TITLE_KEYS, URL_KEYS};
use super::plain::title_from_text;
use super::{FileOutcome, IngestError, IngestProblem};
use crate::model::SourceFormat;

/// Field names accepted for the article text, first match wins.
const TEXT_KEYS: [&str; 5] = ["text", "body", "content", "articleBody", "article"];

/// A string, a number, an object's `name`, or the names in an array, joined.
fn value_as_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Object(map) => map.get("name").and_then(value_as_text),
        Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(value_as_text).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

/// Turns one record into an article (and maybe a date warning).
fn parse_record(
    path: &Path,
    record: &Value,
    format: SourceFormat,
    location: String,
    outcome: &mut FileOutcome,
) {
    let Value::Object(map) = record else {
        outcome.errors.push(
            IngestError::new(path, IngestProblem::Json("expected an article object".into())).at(location),
        );
        return;
    };
    let text = TEXT_KEYS.iter().find_map(|k| map.get(*k).and_then(Value::as_str));
    let Some(text) = text.filter(|t| !t.trim().is_empty()) else {
        let message = format!("no `text` field (expected one of {})", TEXT_KEYS.join(", "));
        outcome
            .errors
            .push(IngestError::new(path, IngestProblem::NoText(message)).at(location));
        return;
    };
    let mut fields = Fields::default();
    for key in TITLE_KEYS
        .iter()
        .chain(&DATE_KEYS)
        .chain(&SOURCE_KEYS)
        .chain(&URL_KEYS)
        .chain(&AUTHOR_KEYS)
    {
        if let Some(value) = map.get(*key).and_then(value_as_text) {
            fields.set(key, value);
        }
    }
    let (article, warning) = fields.into_article(path, format, text.to_owned(), |t| title_from_text(t, path));
    outcome.articles.push(article);
    outcome.errors.extend(warning.map(|w| w.at(location)));
}

pub fn parse_json(path: &Path, text: &str) -> FileOutcome {
    let mut outcome = FileOutcome::default();
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) if items.is_empty() => {
            outcome.errors.push(IngestError::new(
                path,
                IngestProblem::NoText("the JSON array is empty".into()),
            ));
        }
        Ok(Value::Array(items)) => {
            for (index, item) in items.iter().enumerate() {
                parse_record(
                    path,
                    item,
                    SourceFormat::Json,
                    format!("item {index}"),
                    &mut outcome,
                );
            }
        }
        Ok(record) => {
            let mut single = FileOutcome::default();
            parse_record(path, &record, SourceFormat::Json, String::new(), &mut single);
            // A single record has no location worth naming.
            single.errors.iter_mut().for_each(|e| e.location = None);
            outcome = single;
        }
        Err(error) => outcome.errors.push(
            IngestError::new(path, IngestProblem::Json(error.to_string())).at(error.line().to_string()),
        ),
    }
    outcome
}

pub fn parse_json_lines(path: &Path, text: &str) -> FileOutcome {
    let mut outcome = FileOutcome::default();
    for (index, line) in text.lines().enumerate() {
        let line_number = (index + 1).to_string();
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(record) => parse_record(path, &record, SourceFormat::JsonLines, line_number, &mut outcome),
            Err(error) => outcome
                .errors
                .push(IngestError::new(path, IngestProblem::Json(error.to_string())).at(line_number)),
        }
    }
    if outcome.articles.is_empty() && outcome.errors.is_empty() {
        outcome.errors.push(IngestError::new(path, IngestProblem::Empty));
    }
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn single_object_with_aliases() {
        let json = r#"{"headline": "Amerli", "body": "The siege was broken.", "publishedAt": "2014-09-10",
                       "publisher": {"name": "Newsmax"}, "author": [{"name": "A"}, {"name": "B"}]}"#;
        let outcome = parse_json(Path::new("a.json"), json);
        assert_eq!(outcome.errors, vec![]);
        let article = &outcome.articles[0];
        assert_eq!(article.title, "Amerli");
        assert_eq!(article.source.as_deref(), Some("Newsmax"));
        assert_eq!(article.author.as_deref(), Some("A, B"));
        assert_eq!(article.text, "The siege was broken.");
    }

    #[test]
    fn array_reports_bad_items_and_keeps_good_ones() {
        let json = r#"[{"text": "One."}, {"title": "no text"}, 7, {"content": "Three."}]"#;
        let outcome = parse_json(Path::new("a.json"), json);
        assert_eq!(outcome.articles.len(), 2);
        let messages: Vec<String> = outcome.errors.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 2);
        assert!(
            messages[0].starts_with("a.json:item 1: no article text"),
            "{messages:?}"
        );
        assert!(
            messages[1].starts_with("a.json:item 2: malformed JSON"),
            "{messages:?}"
        );
    }

    #[test]
    fn malformed_json_names_the_line() {
        let outcome = parse_json(Path::new("a.json"), "{\n\"text\": \"x\",\n}");
        assert_eq!(outcome.articles, vec![]);
        assert_eq!(outcome.errors[0].location.as_deref(), Some("3"));
    }

    #[test]
    fn jsonl_bad_line_is_reported_with_its_number() {
        let jsonl = "{\"text\": \"One.\"}\n\n{oops\n{\"text\": \"Two.\", \"date\": \"2014-06-10\"}\n";
        let outcome = parse_json_lines(Path::new("b.jsonl"), jsonl);
        assert_eq!(outcome.articles.len(), 2);
        assert_eq!(outcome.errors.len(), 1);
        assert_eq!(outcome.errors[0].location.as_deref(), Some("3"));
        assert_eq!(
            outcome.articles[1]
                .published
                .as_ref()
                .map(|p| p.value.to_iso())
                .as_deref(),
            Some("2014-06-10")
        );
    }

    proptest! {
        #[test]
        fn never_panic(text in "[\\[\\]{}\",:a-z0-9 \n]{0,60}") {
            let _ = parse_json(Path::new("p.json"), &text);
            let _ = parse_json_lines(Path::new("p.jsonl"), &text);
        }
    }
}
