//! The gazetteers (places, actors, named periods) loaded from `assets/gazetteers/en/` and
//! compiled into one phrase index: every name, matched case-sensitively on word boundaries,
//! leftmost-longest.

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, MatchKind};
use chrono::NaiveDate;
use serde::Deserialize;

use crate::temporal::RuleError;

const PLACES_FILE: (&str, &str) = (
    "assets/gazetteers/en/places.toml",
    include_str!("../../assets/gazetteers/en/places.toml"),
);
const ACTORS_FILE: (&str, &str) = (
    "assets/gazetteers/en/actors.toml",
    include_str!("../../assets/gazetteers/en/actors.toml"),
);
const TEMPONYMS_FILE: (&str, &str) = (
    "assets/gazetteers/en/temponyms.toml",
    include_str!("../../assets/gazetteers/en/temponyms.toml"),
);

/// What a named period is, which decides what a mention of it says about dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TemponymKind {
    /// A happening: a battle, a fall, a vote. Dates the sentence that names it.
    Event,
    /// A war, an operation, an era. Dates the sentence that names it.
    Period,
    /// Someone holding a title: a mention with the title puts the text inside the term.
    Office,
}

/// A named event or period with its dates.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Temponym {
    pub id: String,
    pub kind: TemponymKind,
    pub names: Vec<String>,
    /// Word alternatives (`"captured|fell"`) that, all present in one sentence, name it too.
    #[serde(default)]
    pub together: Vec<String>,
    pub from: NaiveDate,
    /// `None`: still going on.
    pub to: Option<NaiveDate>,
    pub source: String,
}

/// A whole-sentence example from the temponym file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemponymExample {
    pub text: String,
    /// A temponym id, or `none`.
    pub expect: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TemponymsFile {
    entries: Vec<Temponym>,
    examples: Vec<TemponymExample>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlacesFile {
    countries: Vec<String>,
    cities: Vec<String>,
    day_ahead_countries: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorsFile {
    organisations: Vec<String>,
    person_titles: Vec<String>,
    organisation_heads: Vec<String>,
}

/// What a gazetteer phrase names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Named {
    /// A place, by canonical name; `adjective` for "Iraqi", "Tehran's".
    Place {
        canonical: String,
        adjective: bool,
    },
    Organisation {
        canonical: String,
    },
    /// A title before a person's name ("Maj. Gen.").
    PersonTitle,
    /// Index into [`Gazetteer::temponyms`].
    Temponym(usize),
}

/// A phrase found in a text: its byte range and what it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhraseMatch {
    pub start: usize,
    pub end: usize,
    pub named: Named,
}

/// All gazetteers, compiled.
pub struct Gazetteer {
    index: AhoCorasick,
    /// The same phrases without the temponyms: the places, organisations and titles inside a
    /// temponym's name ("Lt. Gen. Steve Townsend").
    entity_index: AhoCorasick,
    /// Pattern `i` of `entity_index` is pattern `entity_patterns[i]` of `index`.
    entity_patterns: Vec<usize>,
    /// What each pattern of `index` names.
    targets: Vec<Named>,
    /// The phrases, in pattern order (for tests and error messages).
    phrases: Vec<String>,
    pub temponyms: Vec<Temponym>,
    pub temponym_examples: Vec<TemponymExample>,
    organisation_heads: Vec<String>,
    /// Each city's country, by canonical names (a city without one is not here).
    country_of_city: HashMap<String, String>,
    /// Canonical names of the countries whose local day runs ahead of Western publication
    /// dates (`day_ahead_countries` in `places.toml`).
    day_ahead_countries: HashSet<String>,
}

fn parse<T: serde::de::DeserializeOwned>((file, text): (&str, &str)) -> Result<T, RuleError> {
    toml::from_str(text).map_err(|e| RuleError::toml(file, text, &e))
}

impl Gazetteer {
    /// The English gazetteers compiled into the binary.
    pub fn english() -> Result<Self, RuleError> {
        let places: PlacesFile = parse(PLACES_FILE)?;
        let actors: ActorsFile = parse(ACTORS_FILE)?;
        let temponyms: TemponymsFile = parse(TEMPONYMS_FILE)?;
        let mut phrases = Vec::new();
        let mut targets = Vec::new();
        let mut add = |phrase: &str, named: Named| {
            if !phrase.trim().is_empty() {
                phrases.push(phrase.trim().to_owned());
                targets.push(named);
            }
        };
        for line in &places.countries {
            let mut names = line.split('|');
            let canonical = names.next().unwrap_or_default().trim().to_owned();
            add(
                &canonical,
                Named::Place {
                    canonical: canonical.clone(),
                    adjective: false,
                },
            );
            for other in names {
                let adjective = other.chars().next().is_some_and(char::is_uppercase)
                    && !other.contains(' ')
                    && (other.ends_with("n")
                        || other.ends_with("i")
                        || other.ends_with("'s")
                        || other.ends_with("ese")
                        || other.ends_with("sh")
                        || other.ends_with("ch"));
                add(
                    other,
                    Named::Place {
                        canonical: canonical.clone(),
                        adjective,
                    },
                );
            }
        }
        let mut country_of_city = HashMap::new();
        for line in &places.cities {
            let mut fields = line.split('|');
            let name = fields.next().unwrap_or_default().trim().to_owned();
            if let Some(country) = fields.next().map(str::trim).filter(|c| !c.is_empty()) {
                country_of_city.insert(name.clone(), country.to_owned());
            }
            add(
                &name,
                Named::Place {
                    canonical: name.clone(),
                    adjective: false,
                },
            );
        }
        for line in &actors.organisations {
            let mut names = line.split('|');
            let canonical = names.next().unwrap_or_default().trim().to_owned();
            add(
                &canonical,
                Named::Organisation {
                    canonical: canonical.clone(),
                },
            );
            for other in names {
                add(
                    other,
                    Named::Organisation {
                        canonical: canonical.clone(),
                    },
                );
            }
        }
        for title in &actors.person_titles {
            add(title, Named::PersonTitle);
        }
        for (index, temponym) in temponyms.entries.iter().enumerate() {
            if let Some(to) = temponym.to
                && to < temponym.from
            {
                return Err(RuleError::at(
                    TEMPONYMS_FILE.0,
                    TEMPONYMS_FILE.1,
                    &temponym.id,
                    format!("`{}` ends before it starts", temponym.id),
                ));
            }
            for name in &temponym.names {
                add(name, Named::Temponym(index));
            }
        }
        let build = |patterns: Vec<&String>| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .build(patterns)
                .map_err(|e| RuleError {
                    file: "assets/gazetteers/en".to_owned(),
                    line: 1,
                    message: e.to_string(),
                })
        };
        let index = build(phrases.iter().collect())?;
        let entity_patterns: Vec<usize> = (0..phrases.len())
            .filter(|&i| !matches!(targets[i], Named::Temponym(_)))
            .collect();
        let entity_index = build(entity_patterns.iter().map(|&i| &phrases[i]).collect())?;
        let day_ahead_countries = places.day_ahead_countries.into_iter().collect::<HashSet<_>>();
        if let Some(unknown) = day_ahead_countries.iter().find(|name| {
            !targets
                .iter()
                .any(|t| matches!(t, Named::Place { canonical, .. } if canonical == *name))
        }) {
            return Err(RuleError {
                file: PLACES_FILE.0.to_owned(),
                line: 1,
                message: format!("day_ahead_countries: `{unknown}` is not a country of the file"),
            });
        }
        Ok(Self {
            index,
            entity_index,
            entity_patterns,
            targets,
            phrases,
            temponyms: temponyms.entries,
            temponym_examples: temponyms.examples,
            organisation_heads: actors.organisation_heads,
            country_of_city,
            day_ahead_countries,
        })
    }

    /// Whether the place of canonical name `place` (a country, or a city by its country)
    /// keeps a local day that runs ahead of Western publication dates.
    pub fn runs_a_day_ahead(&self, place: &str) -> bool {
        let country = self.country_of_city.get(place).map_or(place, String::as_str);
        self.day_ahead_countries.contains(country)
    }

    /// Every phrase with what it names, for the entry tests.
    pub fn phrases(&self) -> impl Iterator<Item = (&str, &Named)> {
        self.phrases.iter().map(String::as_str).zip(&self.targets)
    }

    /// The gazetteer phrases in `text` that stand as whole words, leftmost-longest.
    pub fn find(&self, text: &str) -> Vec<PhraseMatch> {
        self.index
            .find_iter(text)
            .filter(|m| is_word_boundary(text, m.start()) && is_word_boundary(text, m.end()))
            .map(|m| PhraseMatch {
                start: m.start(),
                end: m.end(),
                named: self.targets[m.pattern().as_usize()].clone(),
            })
            .collect()
    }

    /// Like [`Self::find`] without the temponyms.
    pub fn find_entities(&self, text: &str) -> Vec<PhraseMatch> {
        self.entity_index
            .find_iter(text)
            .filter(|m| is_word_boundary(text, m.start()) && is_word_boundary(text, m.end()))
            .map(|m| PhraseMatch {
                start: m.start(),
                end: m.end(),
                named: self.targets[self.entity_patterns[m.pattern().as_usize()]].clone(),
            })
            .collect()
    }

    /// Whether `word` ends an organisation's name ("Committee", "Forces").
    pub fn is_organisation_head(&self, word: &str) -> bool {
        self.organisation_heads.iter().any(|h| h == word)
    }

    /// The temponyms a sentence names: by a name in `matches`, or by all of an entry's
    /// `together` word groups.
    pub fn temponyms_in(&self, sentence: &str, matches: &[PhraseMatch]) -> Vec<usize> {
        let mut found: Vec<usize> = matches
            .iter()
            .filter_map(|m| match m.named {
                Named::Temponym(i) => Some(i),
                _ => None,
            })
            .collect();
        for (index, temponym) in self.temponyms.iter().enumerate() {
            if !temponym.together.is_empty()
                && !found.contains(&index)
                && temponym
                    .together
                    .iter()
                    .all(|group| group.split('|').any(|word| contains_word(sentence, word)))
            {
                found.push(index);
            }
        }
        found
    }
}

/// True when `text` has `word` as a whole word.
pub fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word)
        .any(|(at, _)| is_word_boundary(text, at) && is_word_boundary(text, at + word.len()))
}

/// True when a word cannot continue across `byte` (letters or digits on both sides do).
fn is_word_boundary(text: &str, byte: usize) -> bool {
    let before = text[..byte].chars().next_back();
    let after = text[byte..].chars().next();
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    !(is_word(before) && is_word(after))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gazetteer() -> Gazetteer {
        Gazetteer::english().unwrap_or_else(|e| panic!("gazetteers load: {e}"))
    }

    #[test]
    fn cities_run_a_day_ahead_by_their_country() {
        let g = gazetteer();
        assert!(g.runs_a_day_ahead("Tokyo"));
        assert!(g.runs_a_day_ahead("Singapore"));
        assert!(!g.runs_a_day_ahead("Paris"));
        assert!(
            !g.runs_a_day_ahead("Bangkok"),
            "seven hours ahead of UTC is not enough"
        );
    }

    #[test]
    fn an_unknown_key_in_the_places_file_is_an_error_naming_it() {
        let text = "countries = []\ncities = []\nday_ahead_countries = []\ntime_zones = []\n";
        let error = parse::<PlacesFile>(("places.toml", text))
            .err()
            .map(|e| e.to_string());
        assert!(
            error
                .as_deref()
                .is_some_and(|e| e.contains("places.toml") && e.contains("time_zones")),
            "{error:?}"
        );
    }

    #[test]
    fn finds_whole_words_only() {
        let g = gazetteer();
        let found = g.find("ISIS is in Iraq; Iraqis and IRAQ are not names here.");
        let names: Vec<&str> = found
            .iter()
            .map(|m| &"ISIS is in Iraq; Iraqis and IRAQ are not names here."[m.start..m.end])
            .collect();
        assert_eq!(names, ["ISIS", "Iraq"]);
    }

    #[test]
    fn longest_name_wins() {
        let g = gazetteer();
        let text = "The Islamic State of Iraq and Syria grew.";
        let found = g.find(text);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].named,
            Named::Organisation {
                canonical: "Islamic State".to_owned()
            }
        );
    }

    #[test]
    fn together_words_name_a_temponym() {
        let g = gazetteer();
        let text = "Fighters broke the siege at Amerli.";
        let ids: Vec<&str> = g
            .temponyms_in(text, &g.find(text))
            .into_iter()
            .map(|i| g.temponyms[i].id.as_str())
            .collect();
        assert_eq!(ids, ["siege-of-amerli"]);
    }
}
