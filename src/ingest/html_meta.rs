//! Metadata of a saved news page: Open Graph and article meta tags, JSON-LD, `<time>`,
//! `<title>`, canonical link. The first source that has a field wins, in the order below.

use dom_query::Document;
use serde_json::Value;

use super::fields::Fields;

/// `(selector, attribute, field key)`: meta tags in priority order. The field keys are the
/// ones [`Fields::set`] understands; the first value for a role wins.
const META_TAGS: [(&str, &str, &str); 12] = [
    (
        r#"meta[property="article:published_time"]"#,
        "content",
        "article:published_time",
    ),
    (r#"meta[property="og:title"]"#, "content", "title"),
    (r#"meta[property="og:site_name"]"#, "content", "site_name"),
    (r#"meta[property="og:url"]"#, "content", "url"),
    (r#"link[rel="canonical"]"#, "href", "url"),
    (r#"meta[name="author"]"#, "content", "author"),
    (r#"meta[property="article:author"]"#, "content", "author"),
    (r#"meta[itemprop="datePublished"]"#, "content", "datePublished"),
    (r#"meta[name="pubdate"]"#, "content", "pubdate"),
    (r#"meta[name="date"]"#, "content", "date"),
    (r#"meta[name="dc.date"]"#, "content", "dc.date"),
    (r#"meta[name="twitter:title"]"#, "content", "title"),
];

/// Date field keys that are not in [`super::fields::DATE_KEYS`] but mean the same.
const EXTRA_DATE_KEYS: [&str; 3] = ["article:published_time", "dc.date", "time datetime"];

/// Finds the first value for `key` anywhere in a JSON-LD tree (objects, arrays, `@graph`).
fn find_json_ld(value: &Value, key: &str) -> Option<String> {
    match value {
        Value::Object(map) => {
            if let Some(found) = map.get(key) {
                let text = match found {
                    Value::String(s) => Some(s.clone()),
                    Value::Object(inner) => inner.get("name").and_then(Value::as_str).map(str::to_owned),
                    Value::Array(items) => items.iter().find_map(|i| match i {
                        Value::String(s) => Some(s.clone()),
                        Value::Object(inner) => inner.get("name").and_then(Value::as_str).map(str::to_owned),
                        _ => None,
                    }),
                    _ => None,
                };
                if text.is_some() {
                    return text;
                }
            }
            map.values().find_map(|v| find_json_ld(v, key))
        }
        Value::Array(items) => items.iter().find_map(|v| find_json_ld(v, key)),
        _ => None,
    }
}

fn set_field(fields: &mut Fields, key: &str, value: String) {
    if EXTRA_DATE_KEYS.contains(&key) {
        if fields.date.is_none() && !value.trim().is_empty() {
            fields.date = Some((value.trim().to_owned(), key.to_owned()));
        }
    } else {
        fields.set(key, value);
    }
}

/// Reads the page's metadata. `document` is the parsed page.
pub fn read_metadata(document: &Document) -> Fields {
    let mut fields = Fields::default();
    for (selector, attribute, key) in META_TAGS {
        if let Some(value) = document.select(selector).first().attr(attribute) {
            set_field(&mut fields, key, value.to_string());
        }
    }
    for script in document.select(r#"script[type="application/ld+json"]"#).iter() {
        let Ok(json) = serde_json::from_str::<Value>(script.text().trim()) else {
            continue;
        };
        for (json_key, key) in [
            ("datePublished", "datePublished"),
            ("headline", "headline"),
            ("publisher", "publisher"),
            ("author", "author"),
            ("url", "url"),
        ] {
            if let Some(value) = find_json_ld(&json, json_key) {
                set_field(&mut fields, key, value);
            }
        }
    }
    if let Some(datetime) = document.select("time[datetime]").first().attr("datetime") {
        set_field(&mut fields, "time datetime", datetime.to_string());
    }
    let title = document.select("title").first().text();
    set_field(&mut fields, "title", title.trim().to_owned());
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_graph_beats_json_ld_beats_title() {
        let html = r#"<html><head><title>Page title | Site</title>
            <meta property="og:title" content="OG title">
            <meta property="article:published_time" content="2016-10-27T10:00:00Z">
            <script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "headline": "LD title",
                "datePublished": "2016-10-26", "publisher": {"@type": "Organization", "name": "Fox News"},
                "author": [{"name": "Benjamin Hall"}]}]}</script>
            </head><body><time datetime="2001-01-01">x</time></body></html>"#;
        let fields = read_metadata(&Document::from(html));
        assert_eq!(fields.title.as_deref(), Some("OG title"));
        assert_eq!(
            fields.date,
            Some(("2016-10-27T10:00:00Z".into(), "article:published_time".into()))
        );
        assert_eq!(fields.source.as_deref(), Some("Fox News"));
        assert_eq!(fields.author.as_deref(), Some("Benjamin Hall"));
    }

    #[test]
    fn falls_back_to_time_element_and_title_tag() {
        let html = r#"<html><head><title> Plain title </title></head>
            <body><time datetime="2014-09-10">Sept. 10</time></body></html>"#;
        let fields = read_metadata(&Document::from(html));
        assert_eq!(fields.title.as_deref(), Some("Plain title"));
        assert_eq!(fields.date, Some(("2014-09-10".into(), "time datetime".into())));
    }

    #[test]
    fn broken_json_ld_is_ignored() {
        let html = r#"<script type="application/ld+json">{not json</script><title>T</title>"#;
        assert_eq!(read_metadata(&Document::from(html)).title.as_deref(), Some("T"));
    }
}
