//! Generated name lists: places (countries, capitals, cities of 100,000 people
//! or more, US states, continents), first names, surnames and common English
//! words.
//!
//! The files under `src/entities/data/` are written by
//! `scripts/gazetteers/generate.py` from openly licensed PyPI packages (see
//! `data/SOURCES.md`): one lowercase entry per line. They are compiled in
//! (the four large ones front-coded by `build.rs`, decoded here) and indexed
//! once, on first use, in the word table of `lexicon`, each list as a word
//! class: one lookup of a word answers for every list.

use super::lexicon::{self, COMMON_WORD, COUNTRY, FIRST_NAME, PLACE};
use std::sync::OnceLock;

/// First names most often a woman's, a man's, or neither's that the census
/// can tell (unisex, or rare in the US).
pub(super) const FIRST_NAMES_FEMALE: &str = include_str!("data/first_names_female.txt");
pub(super) const FIRST_NAMES_MALE: &str = include_str!("data/first_names_male.txt");
pub(super) const COUNTRIES: &str = include_str!("data/countries.txt");

/// The larger lists as `build.rs` front-codes them (a digit, the bytes a
/// word shares with the one before, then the rest of it).
macro_rules! front_coded {
    ($stem:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $stem, ".fc"))
    };
}

/// The front-coded lists, decoded: one word per line.
pub(super) struct DecodedLists {
    pub places: String,
    pub surnames: String,
    /// First names of either sex (unisex, or rare in the census).
    pub first_names: String,
    pub common_words: String,
}

/// The front-coded lists, decoded once.
pub(super) fn decoded_lists() -> &'static DecodedLists {
    static DECODED: OnceLock<DecodedLists> = OnceLock::new();
    DECODED.get_or_init(|| DecodedLists {
        places: front_decode(front_coded!("places")),
        surnames: front_decode(front_coded!("surnames")),
        first_names: front_decode(front_coded!("first_names_ungendered")),
        common_words: front_decode(front_coded!("common_words")),
    })
}

/// The words of a front-coded list, one per line.
fn front_decode(coded: &str) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(coded.len() * 2);
    let mut previous = 0;
    for line in coded.lines() {
        let Some((&digit, rest)) = line.as_bytes().split_first() else {
            continue;
        };
        let shared = usize::from(digit.wrapping_sub(b'0')).min(out.len() - previous);
        let start = out.len();
        out.extend_from_within(previous..previous + shared);
        out.extend_from_slice(rest);
        out.push(b'\n');
        previous = start;
    }
    // Each prefix ends on a character boundary (build.rs cuts it so).
    String::from_utf8(out).expect("front-coded lists decode to UTF-8")
}

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

/// Who mostly bears a first name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameGender {
    /// Women, at least four times as often as men.
    Female,
    /// Men, at least four times as often as women.
    Male,
}

/// The gender `lower` (a lowercased first name) mostly goes with, if it is a
/// common first name that is not unisex. A hint for pronouns when the text
/// says nothing (no `he`, `she` or `Mrs.` about the person): the census is
/// American, and `Andrea` or `Jean` are men's names elsewhere.
pub(crate) fn given_name_gender(lower: &str) -> Option<NameGender> {
    if has_line(FIRST_NAMES_FEMALE, lower) {
        Some(NameGender::Female)
    } else if has_line(FIRST_NAMES_MALE, lower) {
        Some(NameGender::Male)
    } else {
        None
    }
}

/// The sex an honorific before a name speaks of (`Mr`, `Mrs`, `Ms`,
/// `Miss`), its period removed.
pub(crate) fn honorific_gender(word: &str) -> Option<NameGender> {
    match word {
        "Mr" => Some(NameGender::Male),
        "Mrs" | "Ms" | "Miss" => Some(NameGender::Female),
        _ => None,
    }
}

/// Whether the list `sorted` (lines sorted by byte value, each ended by a
/// newline) has the line `word`: a binary search over the text itself, so
/// the rare question needs no table.
fn has_line(sorted: &str, word: &str) -> bool {
    let bytes = sorted.as_bytes();
    let (mut low, mut high) = (0, bytes.len());
    while low < high {
        let middle = low + (high - low) / 2;
        // The line holding byte `middle`, from its start to its newline.
        let start = bytes[..middle]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let end = bytes[middle..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| middle + i);
        match sorted[start..end].cmp(word) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => low = end + 1,
            std::cmp::Ordering::Greater => high = start,
        }
    }
    false
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
    fn front_coded_lists_decode_to_the_lists() {
        let lists = decoded_lists();
        for (source, decoded) in [
            (include_str!("data/places.txt"), &lists.places),
            (include_str!("data/surnames.txt"), &lists.surnames),
            (
                include_str!("data/first_names_ungendered.txt"),
                &lists.first_names,
            ),
            (include_str!("data/common_words.txt"), &lists.common_words),
        ] {
            let words: Vec<&str> = source.lines().filter(|l| !l.is_empty()).collect();
            assert_eq!(decoded.lines().collect::<Vec<_>>(), words);
        }
    }

    #[test]
    fn lists_load() {
        assert!(is_place("kyiv"));
        assert!(is_place("abu dhabi"));
        assert!(is_first_name("michelle"));
        assert_ne!(lexicon::classes("smith") & lexicon::SURNAME, 0);
        assert!(!is_place("trump"));
    }

    #[test]
    fn first_names_have_genders_unless_unisex_or_rare() {
        assert_eq!(given_name_gender("celeste"), Some(NameGender::Female));
        assert_eq!(given_name_gender("lionel"), Some(NameGender::Male));
        // Unisex, and a Russian man's name rare in the American census.
        for either in ["leslie", "terry", "jamie", "yuri"] {
            assert!(is_first_name(either), "{either}");
            assert_eq!(given_name_gender(either), None, "{either}");
        }
        assert_eq!(given_name_gender("trump"), None);
    }

    #[test]
    fn line_search_finds_every_line_and_nothing_else() {
        for list in [
            FIRST_NAMES_FEMALE,
            FIRST_NAMES_MALE,
            &decoded_lists().first_names,
        ] {
            let lines: Vec<&str> = list.lines().collect();
            assert!(lines.windows(2).all(|w| w[0] < w[1]), "sorted and distinct");
            for line in &lines {
                assert!(has_line(list, line), "{line}");
                assert!(
                    !has_line(list, &format!("{line}x")) || lines.contains(&&*format!("{line}x"))
                );
            }
        }
        for absent in ["", "a", "zzzz", "\u{10FFFF}"] {
            assert!(!has_line(FIRST_NAMES_MALE, absent), "{absent:?}");
        }
        assert!(!has_line("", "x"));
        assert!(has_line("b\n", "b") && !has_line("b\n", "a") && !has_line("b\n", "c"));
    }
}
