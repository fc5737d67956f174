//! TimelineJS 3 JSON: `{"title", "events": [{"start_date", "end_date", "text", "group", "media",
//! "display_date"}]}`, which opens in TimelineJS unchanged. Dates carry only the fields their
//! precision knows (a year-only event has no month), and fuzzy dates get a `display_date`.

use std::collections::HashMap;

use chrono::{Datelike, Timelike};
use serde_json::{Map, Value, json};

use super::text_safety::{escape_html, web_link};
use crate::model::{Article, ArticleId, Event, Precision, Qualifier, TimeValue};

/// The date object of one bound: year always; month, day, hour, minute as precision allows.
fn date_object(value: &TimeValue, last: bool) -> Value {
    let secs = if last {
        value.end_secs() - 60
    } else {
        value.start_secs
    };
    let Some(datetime) = crate::model::datetime_from_secs(secs) else {
        return json!({});
    };
    let mut object = Map::new();
    object.insert("year".into(), json!(datetime.year().to_string()));
    if value.precision >= Precision::Month
        || matches!(
            value.precision,
            Precision::Half | Precision::Quarter | Precision::Season
        )
    {
        object.insert("month".into(), json!(datetime.month().to_string()));
    }
    if value.precision >= Precision::Day || value.precision == Precision::Week {
        object.insert("day".into(), json!(datetime.day().to_string()));
    }
    if value.precision.has_time_of_day() {
        object.insert("hour".into(), json!(datetime.hour().to_string()));
        object.insert("minute".into(), json!(datetime.minute().to_string()));
    }
    Value::Object(object)
}

/// "about 2014", "before June 2014", or the value itself when exact.
fn display_date(event: &Event) -> Option<String> {
    let span = &event.when;
    let coarse = span.precision() <= Precision::Year || span.precision() == Precision::Week;
    if !span.is_uncertain() && !coarse {
        return None;
    }
    let range = if span.first == span.last {
        span.first.to_iso()
    } else {
        format!("{} – {}", span.first.to_iso(), span.last.to_iso())
    };
    let prefix = match span.first.qualifier {
        Qualifier::Approximate => "about ",
        Qualifier::Before => "before ",
        Qualifier::After => "after ",
        Qualifier::Exact => "",
    };
    Some(format!("{prefix}{range}"))
}

/// The TimelineJS document for `events`; `title` names the whole timeline.
pub fn timelinejs_document(articles: &[Article], events: &[Event], title: &str) -> Value {
    let by_id: HashMap<&ArticleId, &Article> = articles.iter().map(|a| (&a.id, a)).collect();
    let slides: Vec<Value> = events
        .iter()
        .map(|event| {
            let first_source = event.evidence.first().and_then(|e| by_id.get(&e.article));
            let quotes: Vec<String> = event
                .evidence
                .iter()
                .map(|e| {
                    let source = by_id
                        .get(&e.article)
                        .map_or("Unknown source", |a| a.source_or_unknown());
                    format!("<p>“{}” — {}</p>", escape_html(&e.quote), escape_html(source))
                })
                .collect();
            let mut slide = json!({
                "start_date": date_object(&event.when.first, false),
                "end_date": date_object(&event.when.last, true),
                "text": {"headline": escape_html(&event.title), "text": quotes.concat()},
                "group": escape_html(first_source.map_or("Unknown source", |a| a.source_or_unknown())),
                "unique_id": event.id.0,
            });
            if let Some(display) = display_date(event) {
                slide["display_date"] = json!(display);
            }
            if let Some(article) = first_source {
                let mut media =
                    json!({"credit": escape_html(article.source_or_unknown()), "caption": escape_html(&article.title)});
                if let Some(url) = article.url.as_deref().and_then(web_link) {
                    media["url"] = json!(url);
                }
                slide["media"] = media;
            }
            slide
        })
        .collect();
    json!({"title": {"text": {"headline": escape_html(title), "text": ""}}, "events": slides})
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventId, Evidence, TimeSpan};

    fn event(first: TimeValue, last: TimeValue) -> Event {
        Event {
            id: EventId("e1".into()),
            title: "ISIS captures Mosul".into(),
            when: TimeSpan::between(first, last),
            actors: Vec::new(),
            places: Vec::new(),
            quantities: Vec::new(),
            evidence: vec![Evidence {
                article: ArticleId("a".into()),
                quote: "ISIS captured the city <b>".into(),
                start_char: 0,
                end_char: 10,
                timex: None,
                rule: None,
                when: TimeSpan::between(first, last),
            }],
            disputed: false,
        }
    }

    #[test]
    fn dates_carry_only_what_their_precision_knows() {
        let june = TimeValue::month(2014, 6)
            .expect("valid")
            .with_qualifier(Qualifier::Approximate);
        let document = timelinejs_document(&[], &[event(june, june)], "Mosul");
        let slide = &document["events"][0];
        assert_eq!(slide["start_date"], json!({"year": "2014", "month": "6"}));
        assert_eq!(slide["end_date"], json!({"year": "2014", "month": "6"}));
        assert_eq!(slide["display_date"], json!("about 2014-06"));
        assert_eq!(slide["text"]["headline"], json!("ISIS captures Mosul"));
        assert!(
            slide["text"]["text"]
                .as_str()
                .is_some_and(|t| t.contains("&lt;b&gt;"))
        );
        let minute = TimeValue::minute(2016, 10, 27, 9, 30).expect("valid");
        let slide = &timelinejs_document(&[], &[event(minute, minute)], "x")["events"][0];
        assert_eq!(
            slide["start_date"],
            json!({"year": "2016", "month": "10", "day": "27", "hour": "9", "minute": "30"})
        );
        assert!(slide.get("display_date").is_none());
        let bce = TimeValue::year(-332).expect("valid");
        assert_eq!(
            timelinejs_document(&[], &[event(bce, bce)], "x")["events"][0]["start_date"]["year"],
            json!("-332")
        );
    }

    fn hostile_article() -> Article {
        Article {
            id: ArticleId("a".into()),
            path: "i.md".into(),
            format: crate::model::SourceFormat::Markdown,
            title: "T".into(),
            source: Some("<img src=x onerror=alert(3)>".into()),
            url: Some("javascript:alert(4)".into()),
            author: None,
            published: None,
            text: String::new(),
        }
    }

    #[test]
    fn outlet_names_are_escaped_and_only_web_links_pass() {
        let day = TimeValue::day(2016, 10, 20).expect("valid");
        let document = timelinejs_document(&[hostile_article()], &[event(day, day)], "x");
        let slide = &document["events"][0];
        assert_eq!(slide["group"], json!("&lt;img src=x onerror=alert(3)&gt;"));
        assert_eq!(slide["media"]["credit"], slide["group"]);
        assert!(slide["media"].get("url").is_none(), "{slide}");
        let text = document.to_string();
        assert!(!text.contains("<img") && !text.contains("javascript:"), "{text}");
        let mut safe = hostile_article();
        safe.url = Some("https://example.com/story".into());
        let document = timelinejs_document(&[safe], &[event(day, day)], "x");
        assert_eq!(
            document["events"][0]["media"]["url"],
            json!("https://example.com/story")
        );
    }
}
