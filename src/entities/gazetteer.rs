//! Generated name lists: places (countries, capitals, cities of 100,000 people
//! or more, US states, continents), first names, surnames and common English
//! words.
//!
//! The files under `src/entities/data/` are written by
//! `scripts/gazetteers/generate.py` from openly licensed PyPI packages (see
//! `data/SOURCES.md`): one lowercase entry per line. They are compiled in and
//! indexed once, on first use, in the word table of `lexicon`, each list as
//! a word class: one lookup of a word answers for every list.

use super::lexicon::{self, COMMON_WORD, COUNTRY, FIRST_NAME, PLACE};

pub(super) const PLACES: &str = include_str!("data/places.txt");
pub(super) const FIRST_NAMES: &str = include_str!("data/first_names.txt");
pub(super) const COUNTRIES: &str = include_str!("data/countries.txt");
pub(super) const SURNAMES: &str = include_str!("data/surnames.txt");
pub(super) const COMMON_WORDS: &str = include_str!("data/common_words.txt");

/// Whether `lower` (a lowercased name, words separated by one space) is a
/// known place: a country, capital, large city, US state or continent.
pub fn is_place(lower: &str) -> bool {
    lexicon::classes(lower) & PLACE != 0
}

/// Whether `lower` is a country's name.
pub fn is_country(lower: &str) -> bool {
    lexicon::classes(lower) & COUNTRY != 0
}

/// Whether `lower` is a common first name.
pub fn is_first_name(lower: &str) -> bool {
    lexicon::classes(lower) & FIRST_NAME != 0
}

/// Whether `lower` is a common English word (written in lowercase in a
/// dictionary): a capitalized one is a name only with other evidence.
pub fn is_common_word(lower: &str) -> bool {
    lexicon::classes(lower) & COMMON_WORD != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        assert!(is_place("kyiv"));
        assert!(is_place("abu dhabi"));
        assert!(is_first_name("michelle"));
        assert_ne!(lexicon::classes("smith") & lexicon::SURNAME, 0);
        assert!(!is_place("trump"));
    }
}
