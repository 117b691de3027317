//! Generated name lists: places (countries, capitals, cities of 100,000 people
//! or more, US states, continents), first names, surnames and common English
//! words.
//!
//! The files under `src/entities/data/` are written by
//! `scripts/gazetteers/generate.py` from openly licensed PyPI packages (see
//! `data/SOURCES.md`): one lowercase entry per line. They are compiled in and
//! indexed once, on first use.

use super::fasthash::FastSet;
use std::sync::OnceLock;

const PLACES: &str = include_str!("data/places.txt");
const FIRST_NAMES: &str = include_str!("data/first_names.txt");
const COUNTRIES: &str = include_str!("data/countries.txt");
const SURNAMES: &str = include_str!("data/surnames.txt");
const COMMON_WORDS: &str = include_str!("data/common_words.txt");

/// One indexed list.
struct List(OnceLock<FastSet<&'static str>>, &'static str);

impl List {
    fn contains(&self, lower: &str) -> bool {
        self.0
            .get_or_init(|| self.1.lines().filter(|l| !l.is_empty()).collect())
            .contains(lower)
    }
}

static PLACE_LIST: List = List(OnceLock::new(), PLACES);
static FIRST_NAME_LIST: List = List(OnceLock::new(), FIRST_NAMES);
static COUNTRY_LIST: List = List(OnceLock::new(), COUNTRIES);
static SURNAME_LIST: List = List(OnceLock::new(), SURNAMES);
static COMMON_WORD_LIST: List = List(OnceLock::new(), COMMON_WORDS);

/// Whether `lower` (a lowercased name, words separated by one space) is a
/// known place: a country, capital, large city, US state or continent.
pub fn is_place(lower: &str) -> bool {
    PLACE_LIST.contains(lower)
}

/// Whether `lower` is a country's name.
pub fn is_country(lower: &str) -> bool {
    COUNTRY_LIST.contains(lower)
}

/// Whether `lower` is a common first name.
pub fn is_first_name(lower: &str) -> bool {
    FIRST_NAME_LIST.contains(lower)
}

/// Whether `lower` is a common surname.
pub fn is_surname(lower: &str) -> bool {
    SURNAME_LIST.contains(lower)
}

/// Whether `lower` is a common English word (written in lowercase in a
/// dictionary): a capitalized one is a name only with other evidence.
pub fn is_common_word(lower: &str) -> bool {
    COMMON_WORD_LIST.contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        assert!(is_place("kyiv"));
        assert!(is_place("abu dhabi"));
        assert!(is_first_name("michelle"));
        assert!(is_surname("smith"));
        assert!(!is_place("trump"));
    }
}
