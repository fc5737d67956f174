//! Every gazetteer entry and every example of the data files is a test: each name finds its
//! entry in a sentence, each temponym example names what it says, each anchoring example
//! anchors as it says.

use dateline::extract::{Anchoring, Gazetteer, Named};

fn gazetteer() -> Gazetteer {
    Gazetteer::english().unwrap_or_else(|e| panic!("gazetteers load: {e}"))
}

#[test]
fn every_name_finds_its_entry_in_a_sentence() {
    let g = gazetteer();
    let mut failures = Vec::new();
    let mut checked = 0;
    for (phrase, named) in g.phrases() {
        checked += 1;
        let sentence = format!("Reports mentioned {phrase} again on the radio.");
        let found = g.find(&sentence);
        let start = "Reports mentioned ".len();
        let hit = found.iter().find(|m| m.start == start);
        match hit {
            Some(m) if m.end == start + phrase.len() && &m.named == named => {}
            Some(m) if m.end > start + phrase.len() => {} // a longer name wins, by design
            other => failures.push(format!("`{phrase}` → {other:?}, expected {named:?}")),
        }
    }
    assert!(checked > 400, "only {checked} phrases");
    assert!(
        failures.is_empty(),
        "{} of {checked} names fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_temponym_has_a_source_and_sane_dates() {
    let g = gazetteer();
    let mut ids = std::collections::HashSet::new();
    for t in &g.temponyms {
        assert!(ids.insert(t.id.clone()), "duplicate id {}", t.id);
        assert!(t.source.starts_with("https://"), "{}: source", t.id);
        assert!(!t.names.is_empty(), "{}: no names", t.id);
        assert!(
            t.to.is_none_or(|to| to >= t.from),
            "{}: ends before it starts",
            t.id
        );
    }
}

#[test]
fn temponym_examples_name_what_they_say() {
    let g = gazetteer();
    assert!(!g.temponym_examples.is_empty());
    for example in &g.temponym_examples {
        let matches = g.find(&example.text);
        let found: Vec<&str> = g
            .temponyms_in(&example.text, &matches)
            .into_iter()
            .map(|i| g.temponyms[i].id.as_str())
            .collect();
        if example.expect == "none" {
            assert!(found.is_empty(), "`{}` names {found:?}", example.text);
        } else {
            assert_eq!(
                found.first().copied(),
                Some(example.expect.as_str()),
                "`{}`",
                example.text
            );
        }
    }
}

#[test]
fn anchoring_examples_anchor_as_documented() {
    let anchoring = Anchoring::english().unwrap_or_else(|e| panic!("anchoring loads: {e}"));
    assert!(!anchoring.examples.is_empty());
    let failures: Vec<String> = anchoring
        .examples
        .iter()
        .filter(|e| e.classify(&anchoring).name() != e.expect)
        .map(|e| {
            format!(
                "`{}`: {} (expected {})",
                e.text,
                e.classify(&anchoring).name(),
                e.expect
            )
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn body_opener_examples_open_the_body_as_documented() {
    let anchoring = Anchoring::english().unwrap_or_else(|e| panic!("anchoring loads: {e}"));
    assert!(anchoring.body_opener_examples.iter().any(|e| e.opens_body));
    assert!(anchoring.body_opener_examples.iter().any(|e| !e.opens_body));
    let failures: Vec<&str> = anchoring
        .body_opener_examples
        .iter()
        .filter(|e| anchoring.opens_body(&e.text) != e.opens_body)
        .map(|e| e.text.as_str())
        .collect();
    assert!(failures.is_empty(), "misread: {failures:?}");
}

#[test]
fn country_adjectives_name_their_country() {
    let g = gazetteer();
    let text = "Iranian and Iraqi officials met.";
    let places: Vec<Named> = g.find(text).into_iter().map(|m| m.named).collect();
    assert_eq!(
        places,
        [
            Named::Place {
                canonical: "Iran".to_owned(),
                adjective: true
            },
            Named::Place {
                canonical: "Iraq".to_owned(),
                adjective: true
            }
        ]
    );
}
