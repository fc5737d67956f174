//! Normalisation tables (`normalisation.toml`): words to numbers and codes, by table name.

use std::collections::HashMap;

use super::rules::RuleError;

/// `table name → (lower-case word → normalised value)`.
#[derive(Debug, Default)]
pub struct Tables {
    tables: HashMap<String, HashMap<String, String>>,
}

impl Tables {
    pub fn parse(file: &str, text: &str) -> Result<Self, RuleError> {
        let raw: HashMap<String, HashMap<String, toml::Value>> =
            toml::from_str(text).map_err(|e| RuleError::toml(file, text, &e))?;
        let mut tables = HashMap::new();
        for (name, entries) in raw {
            let mut table = HashMap::new();
            for (word, value) in entries {
                let value = match value {
                    toml::Value::String(s) => s,
                    toml::Value::Integer(i) => i.to_string(),
                    other => {
                        return Err(RuleError::at(
                            file,
                            text,
                            &word,
                            format!("table `{name}`: `{word}` must map to a string or integer, not {other}"),
                        ));
                    }
                };
                table.insert(word.to_lowercase(), value);
            }
            tables.insert(name, table);
        }
        Ok(Self { tables })
    }

    /// The words of a table, longest first (so an alternation prefers "september" to "sep").
    pub fn words(&self, table: &str) -> Option<Vec<&str>> {
        let mut words: Vec<&str> = self.tables.get(table)?.keys().map(String::as_str).collect();
        words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        Some(words)
    }

    pub fn has(&self, table: &str) -> bool {
        self.tables.contains_key(table)
    }

    /// Looks a word up, ignoring case, a trailing period and inner hyphens/spaces variants.
    pub fn lookup(&self, table: &str, word: &str) -> Option<String> {
        let entries = self.tables.get(table)?;
        let key = word
            .trim()
            .trim_end_matches('.')
            .to_lowercase()
            .replace('\u{2019}', "'");
        if let Some(value) = entries.get(&key).or_else(|| entries.get(&key.replace('-', " "))) {
            return Some(value.clone());
        }
        // Compound numerals: "twenty four", "twenty-four" → the sum of their parts.
        let parts: Vec<&str> = key.split([' ', '-']).filter(|p| !p.is_empty()).collect();
        if parts.len() < 2 {
            return None;
        }
        let sum = parts
            .iter()
            .map(|p| entries.get(*p)?.parse::<i64>().ok())
            .sum::<Option<i64>>()?;
        Some(sum.to_string())
    }
}
