//! Words damaged by OCR: Swedish letters read as other characters (`Féredragande`,
//! `6vergripande`, `I6per`) or stripped of their marks (`Lanschefsnatverket`). Repairs come from a
//! lexicon (the shipped Swedish word list and the repository's own vocabulary) and from the
//! confusions OCR makes, never from a list of known damaged words.

use std::collections::HashSet;
use std::sync::LazyLock;

pub mod frequency;
mod lexicon;
pub mod repair;
mod scan;
mod vocabulary;

pub use lexicon::Lexicon;
pub use scan::{Damage, find_damage};
pub use vocabulary::Vocabulary;
use vocabulary::{COMMON_WITH_MARKS, FORMAT_WORDS};

/// A word with `å`, `ä` → `a` and `ö` → `o`, in lower case: what OCR leaves of it.
pub fn skeleton(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            other => other,
        })
        .collect()
}

fn has_marks(word: &str) -> bool {
    word.chars()
        .any(|c| matches!(c, 'å' | 'ä' | 'ö' | 'Å' | 'Ä' | 'Ö'))
}

/// What a skeleton restores to.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Restore {
    One(Box<str>),
    Ambiguous,
}

static TWINS: &str = include_str!("../data/sv-twins.txt");

static TWIN_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| TWINS.lines().filter(|w| !w.is_empty()).collect());

/// Whether a word without marks is a real word even though a word with marks has its spelling
/// (`for`, `har`, `man`).
pub fn is_twin(lower: &str) -> bool {
    TWIN_SET.contains(lower)
}

/// The tokens of a text: runs of letters, digits and `|`, with their byte offsets.
pub fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut i = 0usize;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let (inside, _, len) = classify(text, bytes, i);
            if !inside {
                i += len;
                continue;
            }
            let start = i;
            let mut letters = false;
            while i < bytes.len() {
                let (inside, letter, len) = classify(text, bytes, i);
                if !inside {
                    break;
                }
                letters |= letter;
                i += len;
            }
            if letters {
                let token = &text[start..i];
                let trimmed = token.trim_start_matches('|');
                let offset = start + (token.len() - trimmed.len());
                return Some((offset, trimmed.trim_end_matches('|')));
            }
        }
        None
    })
}

/// Whether the character at byte `at` belongs to a token, whether it is a letter, and its
/// length. ASCII and the Latin-1 letters (å, ä, ö, é, ...) are decided without a table lookup.
#[inline]
fn classify(text: &str, bytes: &[u8], at: usize) -> (bool, bool, usize) {
    let b = bytes[at];
    if b < 0x80 {
        let letter = b.is_ascii_alphabetic();
        return (letter || b.is_ascii_digit() || b == b'|', letter, 1);
    }
    if b == 0xC3
        && let Some(&next) = bytes.get(at + 1)
    {
        // U+00C0..U+00FF: letters, except × (0x97) and ÷ (0xB7).
        let letter = next != 0x97 && next != 0xB7;
        return (letter, letter, 2);
    }
    let c = text.get(at..).and_then(|rest| rest.chars().next()).unwrap_or(' ');
    (c.is_alphanumeric(), c.is_alphabetic(), c.len_utf8().max(1))
}

/// Gives the repaired word the case of the damaged one.
pub fn apply_case(original: &str, repaired: &str) -> String {
    let letters: Vec<char> = original.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return repaired.to_uppercase();
    }
    if original.chars().next().is_some_and(char::is_uppercase) {
        let mut chars = repaired.chars();
        return match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        };
    }
    repaired.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeletons() {
        assert_eq!(skeleton("Länschefsnätverket"), "lanschefsnatverket");
        assert_eq!(skeleton("Överenskommelse"), "overenskommelse");
    }

    #[test]
    fn case_is_kept() {
        assert_eq!(apply_case("LANS", "läns"), "LÄNS");
        assert_eq!(apply_case("Lans", "läns"), "Läns");
        assert_eq!(apply_case("lans", "läns"), "läns");
    }
}
