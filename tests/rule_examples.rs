//! Every example of every temporal rule is a test. They run together so that one failure
//! lists all failing rule ids at once.

use chrono::NaiveDate;
use dateline::temporal::{DEFAULT_EXAMPLE_DCT, Tagger};

#[test]
fn every_rule_example_tags_as_documented() {
    let tagger = match Tagger::english() {
        Ok(tagger) => tagger,
        Err(error) => panic!("rules do not compile: {error}"),
    };
    let mut failures = Vec::new();
    let mut checked = 0;
    for rule in tagger.rules() {
        for example in &rule.examples {
            checked += 1;
            let dct_text = example.dct.as_deref().unwrap_or(DEFAULT_EXAMPLE_DCT);
            let Ok(dct) = NaiveDate::parse_from_str(dct_text, "%Y-%m-%d") else {
                failures.push(format!("{} ({}): bad dct `{dct_text}`", rule.id, rule.location));
                continue;
            };
            if example.absent {
                let wrong: Vec<String> = tagger
                    .tag(&example.text, dct)
                    .into_iter()
                    .filter(|t| t.rule == rule.id)
                    .map(|t| example.text[t.start_byte..t.end_byte].to_owned())
                    .collect();
                if !wrong.is_empty() {
                    failures.push(format!(
                        "{} ({}): `{}` must not match, matched {wrong:?}",
                        rule.id, rule.location, example.text
                    ));
                }
                continue;
            }
            let expected_text = example.matched.as_deref().unwrap_or(&example.text);
            let expected_type = example.kind.as_deref().unwrap_or(rule.kind.name());
            let timexes = tagger.tag(&example.text, dct);
            let found = timexes
                .iter()
                .find(|t| &example.text[t.start_byte..t.end_byte] == expected_text);
            match found {
                Some(t) if t.value == example.value && t.kind.name() == expected_type => {}
                Some(t) => failures.push(format!(
                    "{} ({}): `{}` → {} {} by rule {}, expected {expected_type} {}",
                    rule.id,
                    rule.location,
                    example.text,
                    t.kind.name(),
                    t.value,
                    t.rule,
                    example.value
                )),
                None => failures.push(format!(
                    "{} ({}): `{}` → no timex `{expected_text}`; found {:?}",
                    rule.id,
                    rule.location,
                    example.text,
                    timexes
                        .iter()
                        .map(|t| (&example.text[t.start_byte..t.end_byte], &t.value, &t.rule))
                        .collect::<Vec<_>>()
                )),
            }
        }
    }
    assert!(checked > 0, "no examples found");
    assert!(
        failures.is_empty(),
        "{} of {checked} rule examples fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
