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
        // Compound numerals: "twenty-four", "two hundred and fifty", "three thousand".
        let parts: Vec<&str> = key
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|p| !p.is_empty() && *p != "and")
            .collect();
        if parts.len() < 2 {
            return None;
        }
        let numbers = parts
            .iter()
            .map(|p| entries.get(*p)?.parse::<i64>().ok())
            .collect::<Option<Vec<i64>>>()?;
        compound_numeral(&numbers).map(|n| n.to_string())
    }
}

/// A word that multiplies what was said before it ("two *hundred*").
const HUNDRED: i64 = 100;
/// Words that close a group of three digits ("two hundred fifty *thousand*").
const GROUP_MULTIPLIERS: [i64; 2] = [1_000, 1_000_000];

/// The value of a numeral said word by word, each word already a number: tens and units add
/// ("twenty four" → 24), "hundred" multiplies the group so far, "thousand" and "million" close
/// it ("two thousand five hundred" → 2500). `None` on overflow.
fn compound_numeral(words: &[i64]) -> Option<i64> {
    let (mut total, mut group) = (0_i64, 0_i64);
    for &word in words {
        if word == HUNDRED {
            group = group.max(1).checked_mul(HUNDRED)?;
        } else if GROUP_MULTIPLIERS.contains(&word) {
            total = total.checked_add(group.max(1).checked_mul(word)?)?;
            group = 0;
        } else {
            group = group.checked_add(word)?;
        }
    }
    total.checked_add(group)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers() -> Tables {
        let text = "[number]\na = 1\none = 1\ntwo = 2\nthree = 3\nfive = 5\ntwenty = 20\nfifty = 50\n\
                    hundred = 100\nthousand = 1000\n";
        Tables::parse("numbers.toml", text).expect("the test table parses")
    }

    #[test]
    fn compound_numerals_add_tens_and_multiply_by_hundreds_and_thousands() {
        let tables = numbers();
        let value = |words: &str| tables.lookup("number", words);
        assert_eq!(value("twenty-five").as_deref(), Some("25"));
        assert_eq!(value("twenty five").as_deref(), Some("25"));
        assert_eq!(value("three hundred").as_deref(), Some("300"));
        assert_eq!(value("a hundred").as_deref(), Some("100"));
        assert_eq!(value("two hundred and fifty").as_deref(), Some("250"));
        assert_eq!(value("two thousand").as_deref(), Some("2000"));
        assert_eq!(value("two thousand five hundred").as_deref(), Some("2500"));
        assert_eq!(value("a thousand").as_deref(), Some("1000"));
        assert_eq!(value("two lots"), None);
    }
}
