//! Who chaired the meeting, took the notes or checks them, as a sentence of the notes says it:
//! `Eva Ek ledde mötet`, `Per Lund förde anteckningarna`, `Till justerare valdes Ola Berg`, `OB
//! valdes att justera anteckningarna`. Only what the sentence states: who opened the meeting is
//! not thereby its chair.

use super::header::{ClosingRole, Named};
use super::names::Names;
use super::roster;
use regex::Regex;
use std::sync::LazyLock;

/// The name first: `Eva Ek ledde mötet …`, `Eva Ek valdes till justerare`, `EE utsågs att
/// justera anteckningarna`.
static NAME_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+(ledde\s+(?:dagens\s+)?(?:mötet|träffen|sammanträdet)|var\s+(?:mötets|dagens)\s+ordförande|förde\s+(?:dagens\s+)?(?:anteckningar(?:na)?|protokollet)|(?:valdes|utsågs|utses|väljs)\s+(?:till\s+justerare|att\s+(?:jämte\s+ordföranden\s+)?justera))\b",
    )
    .unwrap_or_else(|_| unreachable!())
});
/// The role first: `Till justerare valdes Eva Ek`, `Att justera anteckningarna utsågs Eva Ek`,
/// `Mötet leddes av Eva Ek`.
static ROLE_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^((?i:till\s+justerare\s+(?:valdes|utsågs)|att\s+justera\s+(?:dagens\s+)?(?:anteckningarna|protokollet)\s+(?:valdes|utsågs)|(?:mötet|träffen|sammanträdet)\s+leddes\s+av|anteckningarna\s+fördes\s+av))\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})",
    )
    .unwrap_or_else(|_| unreachable!())
});

fn role_of(words: &str) -> ClosingRole {
    let words = words.to_lowercase();
    if words.contains("juster") {
        ClosingRole::Adjuster
    } else if words.contains("led") || words.contains("ordförande") {
        ClosingRole::Chair
    } else {
        ClosingRole::NoteTaker
    }
}

/// The role a sentence gives, and the words that name who has it (for the caller to resolve).
pub fn read(sentence: &str) -> Option<(ClosingRole, &str)> {
    let sentence = sentence.trim();
    if let Some(caps) = NAME_FIRST.captures(sentence) {
        return Some((role_of(caps.get(2)?.as_str()), caps.get(1)?.as_str()));
    }
    let caps = ROLE_FIRST.captures(sentence)?;
    Some((role_of(caps.get(1)?.as_str()), caps.get(2)?.as_str()))
}

/// The roles the sentences of a text state, each with the person it names: one the document's
/// names resolve to a person, or a full name the document does not otherwise give.
pub fn in_text(text: &str, names: &Names, line: usize) -> Vec<(ClosingRole, Named)> {
    let mut out = Vec::new();
    for sentence in super::followups::split_sentences(text) {
        for part in parts(&sentence) {
            let Some((role, who)) = read(part) else {
                continue;
            };
            let name = match names.only_names(who).as_deref() {
                Some(&[one]) if one.is_person() => names.name_of(one).to_owned(),
                Some(_) => continue,
                None if who.split_whitespace().count() >= 2 && roster::looks_like_name(who) => who.to_owned(),
                None => continue,
            };
            out.push((
                role,
                Named {
                    name,
                    rest: None,
                    line,
                },
            ));
        }
    }
    out
}

/// The sentence, and each part of it after `, ` or ` och ` that starts with a capital: `Eva Ek
/// ledde mötet och Per Lund förde anteckningar`.
fn parts(sentence: &str) -> Vec<&str> {
    let mut out = vec![sentence];
    for joiner in [", ", " och "] {
        for (at, _) in sentence.match_indices(joiner) {
            let rest = &sentence[at + joiner.len()..];
            if rest.starts_with(char::is_uppercase) {
                out.push(rest);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_a_sentence_states() {
        for (sentence, role, who) in [
            (
                "Eva Ek ledde mötet och hälsade alla välkomna.",
                ClosingRole::Chair,
                "Eva Ek",
            ),
            ("Eva Ek var mötets ordförande.", ClosingRole::Chair, "Eva Ek"),
            ("Mötet leddes av Eva Ek.", ClosingRole::Chair, "Eva Ek"),
            (
                "Per Lund förde anteckningarna.",
                ClosingRole::NoteTaker,
                "Per Lund",
            ),
            (
                "Till justerare valdes Ola Berg.",
                ClosingRole::Adjuster,
                "Ola Berg",
            ),
            (
                "OB valdes att justera anteckningarna.",
                ClosingRole::Adjuster,
                "OB",
            ),
            (
                "Eva Ek utses att jämte ordföranden justera dagens protokoll.",
                ClosingRole::Adjuster,
                "Eva Ek",
            ),
            (
                "Att justera anteckningarna utsågs Ola Berg.",
                ClosingRole::Adjuster,
                "Ola Berg",
            ),
        ] {
            assert_eq!(read(sentence), Some((role, who)), "{sentence}");
        }
    }

    #[test]
    fn roles_in_the_parts_of_a_sentence() {
        let found: Vec<(ClosingRole, &str)> = parts("Eva Ek ledde mötet och Per Lund förde anteckningar.")
            .into_iter()
            .filter_map(read)
            .collect();
        assert_eq!(
            found,
            [
                (ClosingRole::Chair, "Eva Ek"),
                (ClosingRole::NoteTaker, "Per Lund")
            ]
        );
    }

    #[test]
    fn opening_a_meeting_names_no_chair() {
        assert_eq!(read("Eva Ek öppnade mötet och hälsade välkommen."), None);
        assert_eq!(read("Frågan om justerare bordlades."), None);
        // Chair of something else.
        assert_eq!(read("Eva Ek var ordförande i styrelsen förra året."), None);
    }
}
