//! Words damaged by OCR: Swedish letters read as other characters (`Féredragande`,
//! `6vergripande`, `I6per`) or stripped of their marks (`Lanschefsnatverket`). Repairs come from a
//! lexicon (the shipped Swedish word list and the repository's own vocabulary) and from the
//! confusions OCR makes, never from a list of known damaged words.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::sync::LazyLock;

pub mod repair;

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

fn insert_restore(map: &mut HashMap<Box<str>, Restore>, skeleton: String, word: &str) {
    let entry = map
        .entry(skeleton.into_boxed_str())
        .or_insert_with(|| Restore::One(word.into()));
    if matches!(entry, Restore::One(existing) if &**existing != word) {
        *entry = Restore::Ambiguous;
    }
}

/// Words with marks by their skeleton: the repository's own vocabulary, small and fast.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    map: HashMap<Box<str>, Restore>,
}

/// Words of the format itself and common words of meeting documents, so that damage is found even
/// in a repository with few meetings.
const FORMAT_WORDS: &[&str] = &[
    "föredragande",
    "förslag",
    "förslaget",
    "förslagen",
    "återrapport",
    "återrapportering",
    "återrapporteras",
    "återkommer",
    "återkoppling",
    "ärende",
    "ärendet",
    "ärenden",
    "ärendena",
    "från",
    "utgår",
    "bordlägges",
    "möte",
    "mötet",
    "mötets",
    "möten",
    "mötena",
    "öppnande",
    "öppna",
    "godkännande",
    "godkänna",
    "föregående",
    "övriga",
    "frågor",
    "frågan",
    "fråga",
    "också",
    "även",
    "både",
    "många",
    "måste",
    "därför",
    "efter",
    "förutsättningar",
    "överenskommelse",
    "överenskommelsen",
    "övergripande",
    "länsövergripande",
    "länsgemensam",
    "länsgemensamma",
    "hälso",
    "sjukvård",
    "sjukvården",
    "omsorg",
    "välfärd",
    "vård",
    "vården",
    "kommunerna",
    "styrgruppen",
    "beslutar",
    "närvarande",
    "frånvarande",
    "ersättare",
    "ordförande",
    "ordföranden",
    "minnesanteckningar",
    "minnesanteckningarna",
    "lägga",
    "lägges",
    "handlingarna",
    "uppföljning",
    "behöver",
    "behövs",
    "ansvar",
    "ansvarar",
    "samverkan",
    "hjälpmedel",
    "hjälpmedlen",
    "läge",
    "läget",
    "lägesbild",
    "förvaltningschef",
    "förvaltning",
    "möjlighet",
    "möjligheter",
    "stöd",
    "därmed",
    "nästa",
    "närmare",
    "tydliggöra",
    "lämnas",
    "lämna",
    "önskemål",
    "önskar",
    "kännedom",
    "nödvändig",
    "nödvändigt",
    "genomföra",
    "genomföras",
    "genomförande",
    "förslagen",
    "påverkan",
    "återstår",
    "fördelning",
    "ställning",
    "ställningstagande",
    "tillsätta",
    "tillsätts",
    "slutenvård",
    "slutenvården",
    "primärvård",
    "primärvården",
    "arbetssätt",
    "arbetsgrupp",
    "arbetsgruppen",
    "kompetensförsörjning",
    "förväntas",
    "förankring",
    "förankra",
    "förbättra",
    "företrädare",
];

impl Vocabulary {
    /// The format's own words.
    pub fn with_format_words() -> Vocabulary {
        let mut vocabulary = Vocabulary::default();
        for word in FORMAT_WORDS {
            vocabulary.add_text(word);
        }
        vocabulary
    }

    /// Adds every word with marks in a text (names, titles) to the vocabulary.
    pub fn add_text(&mut self, text: &str) {
        for (_, token) in tokens(text) {
            if is_plain_word(token) && has_marks(token) {
                let lower = token.to_lowercase();
                insert_restore(&mut self.map, skeleton(&lower), &lower);
            }
        }
    }

    fn restore(&self, skeleton: &str) -> Option<&Restore> {
        self.map.get(skeleton)
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// The shipped Swedish word list: every form, and the forms with marks by skeleton.
#[derive(Debug, Default)]
pub struct Lexicon {
    words: HashSet<Box<str>>,
    by_skeleton: HashMap<Box<str>, Restore>,
}

static WORDS_GZ: &[u8] = include_bytes!("../data/sv-words.txt.gz");
static TWINS: &str = include_str!("../data/sv-twins.txt");

static BUILTIN: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut text = String::new();
    let mut lexicon = Lexicon::default();
    if flate2::read::GzDecoder::new(WORDS_GZ)
        .read_to_string(&mut text)
        .is_ok()
    {
        for word in text.lines().filter(|w| !w.is_empty()) {
            lexicon.add(word);
        }
    }
    lexicon
});

static TWIN_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| TWINS.lines().filter(|w| !w.is_empty()).collect());

/// Whether a word without marks is a real word even though a word with marks has its spelling
/// (`for`, `har`, `man`).
pub fn is_twin(lower: &str) -> bool {
    TWIN_SET.contains(lower)
}

impl Lexicon {
    /// The shipped word list (read on first use).
    pub fn builtin() -> &'static Lexicon {
        &BUILTIN
    }

    pub fn add(&mut self, word: &str) {
        let lower = word.to_lowercase();
        if has_marks(&lower) {
            insert_restore(&mut self.by_skeleton, skeleton(&lower), &lower);
        }
        self.words.insert(lower.into_boxed_str());
    }

    pub fn contains(&self, lower: &str) -> bool {
        self.words.contains(lower)
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    fn restore(&self, skeleton: &str) -> Option<&Restore> {
        self.by_skeleton.get(skeleton)
    }
}

/// The tokens of a text: runs of letters, digits and `|`, with their byte offsets.
pub fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().chain(std::iter::once((text.len(), ' ')));
    std::iter::from_fn(move || {
        for (i, c) in chars.by_ref() {
            let part = c.is_alphanumeric() || c == '|';
            match (start, part) {
                (None, true) => start = Some(i),
                (Some(s), false) => {
                    start = None;
                    let token = &text[s..i];
                    if token.chars().any(char::is_alphabetic) {
                        return Some((s, token.trim_matches('|')));
                    }
                }
                _ => {}
            }
        }
        None
    })
}

fn is_plain_word(token: &str) -> bool {
    token
        .chars()
        .all(|c| c.is_ascii_alphabetic() || matches!(c, 'å' | 'ä' | 'ö' | 'Å' | 'Ä' | 'Ö'))
}

/// Whether a token holds a character OCR puts in place of a Swedish letter.
fn is_suspicious(token: &str) -> bool {
    let letters = token.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 {
        return false;
    }
    let mut chars = token.chars().peekable();
    let mut first = true;
    while let Some(c) = chars.next() {
        match c {
            'é' | 'è' | 'ë' | '|' => return true,
            '6' | '0' | '1' if letters >= 3 => return true,
            'I' if first
                && chars
                    .peek()
                    .is_some_and(|n| n.is_lowercase() && !"aeiouyåäö".contains(*n)) =>
            {
                return true;
            }
            _ => {}
        }
        first = false;
    }
    false
}

/// The spellings OCR may have meant for a damaged token (lower case).
fn candidates(lower: &str, original: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let initial_i = original.starts_with('I');
    for (i, c) in lower.chars().enumerate() {
        let options: &[&str] = match c {
            'é' | 'è' | 'ë' => &["ö", "ä", "e", ""],
            '6' => &["ö"],
            '0' => &["o", "ö"],
            '1' | '|' => &["l"],
            'i' if i == 0 && initial_i => &["l", "i"],
            _ => &[],
        };
        if options.is_empty() {
            for s in &mut out {
                s.push(c);
            }
            continue;
        }
        let mut next = Vec::with_capacity(out.len() * options.len());
        for s in &out {
            for option in options {
                next.push(format!("{s}{option}"));
            }
        }
        out = next;
        if out.len() > 256 {
            return Vec::new();
        }
    }
    out
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

/// A repair the text needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damage {
    pub offset: usize,
    pub word: String,
    pub repaired: String,
}

/// Finds damaged words in a text, for `check`. Precise rather than complete: a word is reported
/// only when exactly one repair fits the vocabulary (the network's words, the format's, the
/// file's own) or, for words with OCR characters, the shipped lexicon.
pub fn find_damage(text: &str, vocabulary: &Vocabulary) -> Vec<Damage> {
    let mut local = Vocabulary::default();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut plain: Vec<(usize, &str)> = Vec::new();
    let mut suspicious: Vec<(usize, &str)> = Vec::new();
    for (offset, token) in tokens(text) {
        if is_plain_word(token) {
            if has_marks(token) {
                // Only words as long as the plain ones checked below can teach anything.
                if token.chars().nth(3).is_some() && seen.insert(token) {
                    let lower = token.to_lowercase();
                    insert_restore(&mut local.map, skeleton(&lower), &lower);
                }
            } else if token.len() >= 4 && token.bytes().any(|b| b.is_ascii_lowercase()) {
                plain.push((offset, token));
            }
        } else if is_suspicious(token) {
            suspicious.push((offset, token));
        }
    }
    let mut found = Vec::new();
    for (offset, token) in plain {
        let lowered;
        let lower: &str = if token.bytes().all(|b| b.is_ascii_lowercase()) {
            token
        } else {
            lowered = token.to_ascii_lowercase();
            &lowered
        };
        let restore = vocabulary.restore(lower).or_else(|| local.restore(lower));
        if let Some(Restore::One(word)) = restore
            && !is_twin(lower)
        {
            found.push(Damage {
                offset,
                word: token.to_owned(),
                repaired: apply_case(token, word),
            });
        }
    }
    if !suspicious.is_empty() {
        let lexicon = Lexicon::builtin();
        for (offset, token) in suspicious {
            if let Some(repaired) = repair_suspicious(token, lexicon, &[vocabulary, &local]) {
                found.push(Damage {
                    offset,
                    word: token.to_owned(),
                    repaired,
                });
            }
        }
    }
    found.sort_by_key(|d| d.offset);
    found
}

/// The one repair of a token with OCR characters, if exactly one fits.
fn repair_suspicious(token: &str, lexicon: &Lexicon, vocabularies: &[&Vocabulary]) -> Option<String> {
    let lower = token.to_lowercase();
    if lexicon.contains(&lower) {
        return None;
    }
    let mut results: Vec<String> = Vec::new();
    for candidate in candidates(&lower, token) {
        if candidate.is_empty() {
            continue;
        }
        let restored = if lexicon.contains(&candidate) {
            Some(candidate.clone())
        } else {
            let key = skeleton(&candidate);
            vocabularies
                .iter()
                .find_map(|v| match v.restore(&key) {
                    Some(Restore::One(w)) => Some(w.to_string()),
                    _ => None,
                })
                .or_else(|| match lexicon.restore(&key) {
                    Some(Restore::One(w)) => Some(w.to_string()),
                    _ => None,
                })
        };
        if let Some(word) = restored
            && !results.contains(&word)
        {
            results.push(word);
        }
    }
    match results.as_slice() {
        // A capital `I` read for an `l` says nothing about case.
        [one] if *one != lower && token.starts_with('I') && one.starts_with('l') => {
            Some(apply_case(&token[1..], one))
        }
        [one] if *one != lower => Some(apply_case(token, one)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary() -> Vocabulary {
        let mut v = Vocabulary::with_format_words();
        v.add_text("Länschefsnätverket i Dalarna");
        v
    }

    fn repairs(text: &str) -> Vec<(String, String)> {
        find_damage(text, &vocabulary())
            .into_iter()
            .map(|d| (d.word, d.repaired))
            .collect()
    }

    #[test]
    fn skeletons() {
        assert_eq!(skeleton("Länschefsnätverket"), "lanschefsnatverket");
        assert_eq!(skeleton("Överenskommelse"), "overenskommelse");
    }

    #[test]
    fn finds_the_classic_damage() {
        assert_eq!(
            repairs(
                "Lanschefsnatverket beslutade. Féredragande: X. Det 6vergripande ansvaret; avtalet I6per ut."
            ),
            vec![
                ("Lanschefsnatverket".to_owned(), "Länschefsnätverket".to_owned()),
                ("Féredragande".to_owned(), "Föredragande".to_owned()),
                ("6vergripande".to_owned(), "övergripande".to_owned()),
                ("I6per".to_owned(), "löper".to_owned()),
            ]
        );
    }

    #[test]
    fn leaves_clean_text_and_real_words_alone() {
        assert!(
            repairs("Länschefsnätverket beslutade att lägga informationen till handlingarna för mötet.")
                .is_empty()
        );
        // Real words whose spelling a marked word shares.
        assert!(repairs("Han var där, man har gjort det för att vår plan ska gälla.").is_empty());
        // Names, acronyms, attachment ids, an idé.
        assert!(repairs("RSS Dalarna, SCHNV, Bilaga 3 B, 6a, idé, André, COVID-19, 2026-01-29.").is_empty());
    }

    #[test]
    fn a_files_own_words_teach_the_vocabulary() {
        assert_eq!(
            repairs("Vårdhygien är viktigt. Avtalet om vardhygien antogs."),
            vec![("vardhygien".to_owned(), "vårdhygien".to_owned())]
        );
    }

    #[test]
    fn case_is_kept() {
        assert_eq!(apply_case("LANS", "läns"), "LÄNS");
        assert_eq!(apply_case("Lans", "läns"), "Läns");
        assert_eq!(apply_case("lans", "läns"), "läns");
    }
}
