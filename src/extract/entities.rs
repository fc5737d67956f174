//! Actors and places of a sentence: gazetteer names first, then persons introduced by a title
//! ("Maj. Gen. Qassem Suleimani") or by a speech verb, organisations by their last word
//! ("Security and Defense Committee"), and places after "town of", "city of"….

use super::gazetteer::{Gazetteer, Named, PhraseMatch};
use crate::temporal::Lexicon;

/// Capitalised words a person's name may have after its title ("Qassem Suleimani").
const MAX_NAME_WORDS: usize = 3;

/// The actors and places named in a sentence, deduplicated, in order of first mention.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Entities {
    pub actors: Vec<String>,
    pub places: Vec<String>,
}

fn push_unique(list: &mut Vec<String>, name: &str) {
    if !name.is_empty() && !list.iter().any(|n| n == name) {
        list.push(name.to_owned());
    }
}

/// The capitalised words right after byte `from`: a name's words, stopping at the first
/// lower-case word or punctuation.
fn capitalised_words_after(sentence: &str, from: usize, max_words: usize) -> Option<(usize, usize)> {
    let rest = &sentence[from..];
    let skipped = rest.len() - rest.trim_start().len();
    let start = from + skipped;
    let mut end = start;
    let mut words = 0;
    let mut cursor = start;
    for word in sentence[start..].split(' ') {
        let word_start = cursor;
        cursor += word.len() + 1;
        let possessive = word.find(['\'', '\u{2019}']).filter(|&i| i > 0);
        let word = possessive.map_or(word, |i| &word[..i]);
        let bare = word.trim_end_matches([',', '.', ';', ':', '"', '\u{201d}', ')']);
        let is_name_word = bare.chars().next().is_some_and(char::is_uppercase)
            && bare.chars().skip(1).any(char::is_lowercase)
            && words < max_words;
        let is_particle = matches!(bare, "al" | "bin" | "van" | "de" | "von") || bare.starts_with("al-");
        if !(is_name_word || (words > 0 && is_particle && words < max_words)) {
            break;
        }
        end = word_start + bare.len();
        words += 1;
        if bare.len() != word.len() || possessive.is_some() {
            break;
        }
    }
    (words > 0).then_some((start, end))
}

/// Actors and places of `sentence`, given its gazetteer matches.
pub fn entities_of(gazetteer: &Gazetteer, sentence: &str, matches: &[PhraseMatch]) -> Entities {
    let lexicon = Lexicon::english();
    let mut entities = Entities::default();
    for m in matches {
        match &m.named {
            Named::Place { canonical, adjective } => {
                let after = sentence[m.end..].trim_start().to_lowercase();
                let next_word = after.split(|c: char| !c.is_alphabetic()).find(|w| !w.is_empty());
                let is_force = next_word.is_some_and(|w| lexicon.force_nouns.contains(w))
                    || (*adjective && after.starts_with("ground "))
                    || (!adjective && m.start == 0);
                if is_force {
                    push_unique(&mut entities.actors, canonical);
                }
                push_unique(&mut entities.places, canonical);
            }
            Named::Organisation { canonical } => {
                if let Some((start, end)) = capitalised_words_after(sentence, m.end, MAX_NAME_WORDS)
                    && end - start > 0
                    && sentence[start..end].contains(' ')
                    && !is_known(matches, start)
                {
                    push_unique(&mut entities.actors, &sentence[start..end]);
                }
                push_unique(&mut entities.actors, canonical);
            }
            Named::PersonTitle => {
                if let Some((start, end)) = capitalised_words_after(sentence, m.end, MAX_NAME_WORDS)
                    && !is_known(matches, start)
                {
                    push_unique(&mut entities.actors, &sentence[start..end]);
                }
            }
            Named::Temponym(_) => {
                // An office holder's name holds a title and a person ("Lt. Gen. Steve Townsend").
                let inner = &sentence[m.start..m.end];
                let inner_matches = gazetteer.find_entities(inner);
                let inner_entities = entities_of(gazetteer, inner, &inner_matches);
                // Inside a name, a place is part of it ("Mosul offensive"), not an actor.
                for actor in inner_entities
                    .actors
                    .iter()
                    .filter(|a| !inner_entities.places.contains(a))
                {
                    push_unique(&mut entities.actors, actor);
                }
                for place in &inner_entities.places {
                    push_unique(&mut entities.places, place);
                }
            }
        }
    }
    find_unlisted_names(gazetteer, sentence, matches, &mut entities);
    entities
}

fn is_known(matches: &[PhraseMatch], byte: usize) -> bool {
    matches.iter().any(|m| m.start <= byte && byte < m.end)
}

/// Capitalised phrases no gazetteer lists: organisations by their last word, places by what
/// introduces them, persons by a speech verb.
fn find_unlisted_names(
    gazetteer: &Gazetteer,
    sentence: &str,
    matches: &[PhraseMatch],
    entities: &mut Entities,
) {
    let lexicon = Lexicon::english();
    let mut at = 0;
    while at < sentence.len() {
        let Some((start, end)) = capitalised_words_after(sentence, at, 6) else {
            at = next_word_start(sentence, at);
            continue;
        };
        if start == 0 || is_known(matches, start) || is_known(matches, end.saturating_sub(1)) {
            at = end.max(next_word_start(sentence, at));
            continue;
        }
        let phrase = &sentence[start..end];
        let last_word = phrase.rsplit(' ').next().unwrap_or(phrase);
        let before = sentence[..start].trim_end().to_lowercase();
        let after = sentence[end..].trim_start();
        if gazetteer.is_organisation_head(last_word) && phrase.contains(' ') {
            push_unique(&mut entities.actors, phrase);
        } else if lexicon.place_introducers.iter().any(|p| before.ends_with(p)) {
            push_unique(&mut entities.places, phrase);
        } else if phrase.split(' ').count() >= 2
            && lexicon.reporting_verbs.iter().any(|v| after.starts_with(v))
        {
            push_unique(&mut entities.actors, phrase);
        }
        at = end.max(next_word_start(sentence, at));
    }
}

fn next_word_start(sentence: &str, from: usize) -> usize {
    let rest = &sentence[from..];
    match rest.find(' ') {
        Some(space) => from + space + 1,
        None => sentence.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entities(sentence: &str) -> Entities {
        let g = Gazetteer::english().unwrap_or_else(|e| panic!("gazetteers load: {e}"));
        entities_of(&g, sentence, &g.find(sentence))
    }

    #[test]
    fn titled_persons_and_listed_organisations() {
        let e = entities(
            "Foreign Policy points to a photo of Maj. Gen. Qassem Suleimani, head of Iran's Revolutionary Guard Corps' elite Quds Force, on the ground in the Iraqi town of Amerli.",
        );
        assert!(e.actors.contains(&"Qassem Suleimani".to_owned()), "{e:?}");
        assert!(e.actors.contains(&"Quds Force".to_owned()), "{e:?}");
        assert!(
            e.actors.contains(&"Islamic Revolutionary Guard Corps".to_owned()),
            "{e:?}"
        );
        assert!(e.places.contains(&"Amerli".to_owned()), "{e:?}");
        assert!(e.places.contains(&"Iraq".to_owned()), "{e:?}");
    }

    #[test]
    fn persons_by_speech_verb_and_organisations_by_head_word() {
        let e = entities("Later, Anna Kowalski said the Baltic Shipping Union would appeal.");
        assert_eq!(e.actors, ["Anna Kowalski", "Baltic Shipping Union"]);
    }

    #[test]
    fn nationality_with_forces_is_an_actor() {
        let e = entities("Analysts say Iranian forces crossed into Iraq.");
        assert_eq!(e.actors, ["Iran"]);
        assert_eq!(e.places, ["Iran", "Iraq"]);
    }

    #[test]
    fn unicode_and_odd_input_do_not_panic() {
        for text in ["", "É", "Town of ", "near Ünïcode", "Mr.", "said said"] {
            let _ = entities(text);
        }
    }
}
