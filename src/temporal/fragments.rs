//! Regex fragments (`patterns.toml`): named pieces that rule patterns reference as `{name}`
//! or `{name:tag}`, each backed by a regex or by the words of a normalisation table.

use std::collections::HashMap;

use serde::Deserialize;

use super::normalise::Tables;
use super::rules::RuleError;

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum FragmentSpec {
    Regex(String),
    Table { table: String, regex: Option<String> },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PatternsFile {
    fragments: HashMap<String, FragmentSpec>,
}

/// A regex fragment that rule patterns reference as `{name}` or `{name:tag}`.
#[derive(Debug)]
pub struct Fragment {
    pub regex: String,
    /// The normalisation table for what it captures, if any.
    pub table: Option<String>,
}

pub fn parse_fragments(
    file: &str,
    text: &str,
    tables: &Tables,
) -> Result<HashMap<String, Fragment>, RuleError> {
    let raw: PatternsFile = toml::from_str(text).map_err(|e| RuleError::toml(file, text, &e))?;
    let mut fragments = HashMap::new();
    for (name, spec) in raw.fragments {
        let fragment = match spec {
            FragmentSpec::Regex(regex) => Fragment { regex, table: None },
            FragmentSpec::Table { table, regex } => {
                let Some(words) = tables.words(&table) else {
                    return Err(RuleError::at(
                        file,
                        text,
                        &name,
                        format!("fragment `{name}`: no table `{table}`"),
                    ));
                };
                let regex = regex.unwrap_or_else(|| {
                    let words: Vec<String> = words
                        .iter()
                        .map(|w| {
                            regex::escape(w)
                                .replace(' ', r"[\s-]+")
                                .replace('\'', "(?:'|(?u:\u{2019}))")
                        })
                        .collect();
                    words.join("|")
                });
                Fragment {
                    regex,
                    table: Some(table),
                }
            }
        };
        fragments.insert(name, fragment);
    }
    Ok(fragments)
}

/// Expands `{name}` / `{name:tag}` into named groups; returns the regex and group → fragment.
pub fn expand_pattern(
    pattern: &str,
    fragments: &HashMap<String, Fragment>,
) -> Result<(String, HashMap<String, String>), String> {
    let mut out = String::new();
    let mut captures = HashMap::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        let Some(close) = after.find('}') else {
            return Err("unclosed `{`".into());
        };
        let reference = &after[1..close];
        // A regex repetition like `{2}` or `{1,3}` is not a fragment.
        if reference.chars().all(|c| c.is_ascii_digit() || c == ',') {
            out.push_str(&after[..=close]);
            rest = &after[close + 1..];
            continue;
        }
        let (name, tag) = reference.split_once(':').unwrap_or((reference, ""));
        let fragment = fragments
            .get(name)
            .ok_or_else(|| format!("unknown fragment `{{{name}}}`"))?;
        let group = if tag.is_empty() {
            name.to_owned()
        } else {
            format!("{name}__{tag}")
        };
        if captures.insert(group.clone(), name.to_owned()).is_some() {
            return Err(format!(
                "fragment `{{{reference}}}` used twice; tag one, e.g. `{{{name}:b}}`"
            ));
        }
        out.push_str(&format!("(?P<{group}>{})", fragment.regex));
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Ok((out, captures))
}

/// One `{day}` fragment, for tests of pattern expansion and rule compilation.
#[cfg(test)]
pub fn test_fragments() -> HashMap<String, Fragment> {
    HashMap::from([(
        "day".to_owned(),
        Fragment {
            regex: r"\d{1,2}".into(),
            table: None,
        },
    )])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_expand_to_named_groups_and_repetitions_stay() {
        let (regex, captures) = expand_pattern(r"{day}-{day:b} \d{2}", &test_fragments()).expect("expands");
        assert_eq!(regex, r"(?P<day>\d{1,2})-(?P<day__b>\d{1,2}) \d{2}");
        assert_eq!(captures.get("day__b").map(String::as_str), Some("day"));
    }
}
