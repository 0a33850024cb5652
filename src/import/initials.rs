//! People named by their initials: an attendance that gives each person's initials in
//! parentheses (`Eva Ek (EE)`) so that the text can name them so (`EE och PL tar fram …`).

use super::lines::Line;
use regex::Regex;
use std::sync::LazyLock;

/// A name of two to four words and the initials after it: `Eva Ek (EE)`, `Per-Olof Lund (POL)`.
static NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,3})\s*\((\p{Lu}{2,4})\)")
        .unwrap_or_else(|_| unreachable!())
});

/// Party abbreviations, which a name may have in parentheses too.
const PARTIES: &[&str] = &["SD", "KD", "MP", "FI", "PP", "NYD"];

/// Whether `initials` are the first letters of the name's words (`Per-Olof Lund`: `POL` or `PL`).
fn are_initials_of(initials: &str, name: &str) -> bool {
    let words: Vec<&str> = name.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let every: String = words.iter().filter_map(|w| w.chars().next()).collect();
    let spaced: String = name.split(' ').filter_map(|w| w.chars().next()).collect();
    initials == every || initials == spaced
}

/// Whether the text uses `initials` as a word of its own.
fn used(initials: &str, text: &[Line]) -> bool {
    text.iter().any(|l| {
        l.text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == initials)
    })
}

/// Takes the initials out of the lines before the items, when the text after them names people
/// by them, and returns each `(initials, name)` and each parenthesis taken out (`(EE)`); the
/// lines keep the names. Nothing is taken when fewer than two people are given initials that
/// the text uses.
pub fn take(head: &mut [Line], rest: &[Line]) -> (Vec<(String, String)>, Vec<String>) {
    let mut found: Vec<(String, String)> = Vec::new();
    for line in head.iter() {
        for caps in NAMED.captures_iter(&line.text) {
            let (name, initials) = (&caps[1], &caps[2]);
            if are_initials_of(initials, name)
                && !PARTIES.contains(&initials)
                && used(initials, rest)
                && !found.iter().any(|(i, _)| i == initials)
            {
                found.push((initials.to_owned(), name.to_owned()));
            }
        }
    }
    // The same initials for two people name neither.
    if found.len() < 2 {
        return (Vec::new(), Vec::new());
    }
    let mut taken = Vec::new();
    for line in head.iter_mut() {
        for (initials, _) in &found {
            let written = format!("({initials})");
            while let Some(at) = line.text.find(&written) {
                let before = line.text[..at].trim_end().len();
                line.text = format!("{}{}", &line.text[..before], &line.text[at + written.len()..]);
                taken.push(written.clone());
            }
        }
    }
    (found, taken)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::lines::split;

    #[test]
    fn initials_the_text_uses_are_taken_out() {
        let mut head =
            split("Ordf.: Eva Ek (EE)\nPer-Olof Lund (POL)   kurator, Norrby\nOlle Berg (S)\nAnna Ny (AN)\n");
        let rest = split("EE öppnade mötet. POL och EE tar fram en plan.\n");
        let (found, taken) = take(&mut head, &rest);
        assert_eq!(taken, ["(EE)", "(POL)"]);
        assert_eq!(
            found,
            [
                ("EE".to_owned(), "Eva Ek".to_owned()),
                ("POL".to_owned(), "Per-Olof Lund".to_owned())
            ]
        );
        let texts: Vec<&str> = head.iter().map(|l| l.text.as_str()).collect();
        // `(AN)` is not used in the text and stays, as does a party.
        assert_eq!(
            texts,
            [
                "Ordf.: Eva Ek",
                "Per-Olof Lund\tkurator, Norrby",
                "Olle Berg (S)",
                "Anna Ny (AN)"
            ]
        );
    }

    #[test]
    fn one_person_with_initials_or_letters_that_are_no_initials_give_nothing() {
        let mut head = split("Eva Ek (EE)\nKarin Dahl (KD)\n");
        let rest = split("EE och KD tar fram en plan.\n");
        assert!(take(&mut head, &rest).0.is_empty());
        assert_eq!(head[0].text, "Eva Ek (EE)");
        let mut head = split("Eva Ek (PL)\nOla Ek (XY)\n");
        assert!(take(&mut head, &split("PL och XY.\n")).0.is_empty());
    }
}
