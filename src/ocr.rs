//! Words damaged by OCR: Swedish letters read as other characters (`Féredragande`,
//! `6vergripande`, `I6per`) or stripped of their marks (`Lanschefsnatverket`). Repairs come from a
//! lexicon (the shipped Swedish word list and the repository's own vocabulary) and from the
//! confusions OCR makes, never from a list of known damaged words.

use rustc_hash::{FxHashMap, FxHashSet, FxHasher};
use std::collections::HashSet;
use std::hash::Hasher;
use std::io::Read;
use std::sync::LazyLock;

pub mod frequency;
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

/// A word with marks of the file being checked: where it first stands, or that two different
/// words share its skeleton.
#[derive(Debug, Clone, Copy)]
enum Local {
    At(usize, usize),
    Ambiguous,
}

/// Whether two words are the same but for case.
fn same_word(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// What a skeleton restores to.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Restore {
    One(Box<str>),
    Ambiguous,
}

/// A hash of a word's skeleton, computed without building the skeleton.
fn skeleton_hash(word: &str) -> u64 {
    let mut hasher = FxHasher::default();
    for c in word.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            other => other,
        };
        hasher.write_u32(u32::from(c));
    }
    hasher.finish()
}

/// The same hash for an ASCII word, byte by byte (equal to `skeleton_hash` on ASCII).
fn ascii_hash(word: &[u8]) -> u64 {
    let mut hasher = FxHasher::default();
    for b in word {
        hasher.write_u32(u32::from(b.to_ascii_lowercase()));
    }
    hasher.finish()
}

/// Words with marks by the hash of their skeleton: the repository's own vocabulary, small and
/// fast. A hit is confirmed by comparing skeletons.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    map: FxHashMap<u64, Restore>,
}

fn insert_restore(map: &mut FxHashMap<u64, Restore>, word: &str) {
    let entry = map
        .entry(skeleton_hash(word))
        .or_insert_with(|| Restore::One(word.into()));
    if matches!(entry, Restore::One(existing) if &**existing != word) {
        *entry = Restore::Ambiguous;
    }
}

/// Words of the format itself and common words of meeting documents, so that damage is found even
/// in a repository with few meetings.
const FORMAT_WORDS: &[&str] = &[
    // `Val av justerare`: the standard item, not `väl`.
    "val",
    "justerare",
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
    "länet",
    "länets",
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

/// The most common words of Swedish prose that are also words without their marks (`är`/`ar`,
/// `för`/`for`): in a document that lost its marks, what they most likely were. Counted twice,
/// as the repository's evidence must be.
pub(crate) const COMMON_WITH_MARKS: &[&str] = &[
    "är",
    "för",
    "på",
    "så",
    "när",
    "då",
    "där",
    "två",
    "få",
    "fått",
    "gå",
    "gått",
    "åt",
    "än",
    "även",
    "både",
    "gäller",
    "gälla",
    "gällande",
    "hålla",
    "håller",
    "hålls",
    "ställa",
    "ställer",
    "stöd",
    "läge",
    "läget",
    "rör",
    "säga",
    "sätts",
    "mål",
    "nämnd",
    "nämnden",
    "huvudmännen",
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
                insert_restore(&mut self.map, &token.to_lowercase());
            }
        }
    }

    fn restore(&self, key: &str) -> Option<&Restore> {
        self.map.get(&skeleton_hash(key)).filter(|r| match r {
            Restore::One(word) => skeleton(word) == skeleton(key),
            Restore::Ambiguous => true,
        })
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// The shipped Swedish word list: every form, sorted, in one string. Lookups are binary
/// searches; restoring marks walks the a/o positions of a skeleton, pruned by prefix, so the list
/// costs two allocations and loads in milliseconds.
#[derive(Debug, Default)]
pub struct Lexicon {
    text: String,
    /// Start of each word in `text`; each word ends at the next `\n`.
    starts: Vec<u32>,
}

static WORDS_GZ: &[u8] = include_bytes!("../data/sv-words.txt.gz");
static TWINS: &str = include_str!("../data/sv-twins.txt");

static BUILTIN: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut text = String::new();
    if flate2::read::GzDecoder::new(WORDS_GZ)
        .read_to_string(&mut text)
        .is_err()
    {
        text.clear();
    }
    Lexicon::from_sorted(text)
});

static TWIN_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| TWINS.lines().filter(|w| !w.is_empty()).collect());

/// Whether a word without marks is a real word even though a word with marks has its spelling
/// (`for`, `har`, `man`).
pub fn is_twin(lower: &str) -> bool {
    TWIN_SET.contains(lower)
}

/// The most spellings a skeleton may stand for before a restore gives up.
const MAX_RESTORE_STEPS: usize = 20_000;

impl Lexicon {
    /// The shipped word list (read on first use).
    pub fn builtin() -> &'static Lexicon {
        &BUILTIN
    }

    /// A lexicon from lower-case words, one per line, sorted.
    pub fn from_sorted(mut text: String) -> Lexicon {
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        let mut starts = Vec::with_capacity(text.len() / 12);
        let mut start = 0usize;
        for end in memchr::memchr_iter(b'\n', text.as_bytes()) {
            if end > start
                && let Ok(s) = u32::try_from(start)
            {
                starts.push(s);
            }
            start = end + 1;
        }
        Lexicon { text, starts }
    }

    fn word(&self, index: usize) -> &str {
        let start = self.starts[index] as usize;
        let rest = &self.text[start..];
        &rest[..rest.find('\n').unwrap_or(rest.len())]
    }

    /// Index of the first word not less than `key`.
    fn lower_bound(&self, key: &str) -> usize {
        self.starts.partition_point(|&s| {
            let rest = &self.text[s as usize..];
            let word = &rest[..rest.find('\n').unwrap_or(rest.len())];
            word < key
        })
    }

    pub fn contains(&self, lower: &str) -> bool {
        let i = self.lower_bound(lower);
        i < self.starts.len() && self.word(i) == lower
    }

    fn has_prefix(&self, prefix: &str) -> bool {
        let i = self.lower_bound(prefix);
        i < self.starts.len() && self.word(i).starts_with(prefix)
    }

    pub fn len(&self) -> usize {
        self.starts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// The word with marks that a skeleton stands for: one, several, or none.
    fn restore(&self, skeleton: &str) -> Option<Restore> {
        let chars: Vec<char> = skeleton.chars().collect();
        let mut found: Vec<String> = Vec::new();
        let mut steps = 0usize;
        let mut prefix = String::with_capacity(skeleton.len() + 8);
        self.walk(&chars, &mut prefix, &mut found, &mut steps);
        match found.len() {
            0 => None,
            1 => found.pop().map(|w| Restore::One(w.into_boxed_str())),
            _ => Some(Restore::Ambiguous),
        }
    }

    fn walk(&self, rest: &[char], prefix: &mut String, found: &mut Vec<String>, steps: &mut usize) {
        *steps += 1;
        if found.len() > 1 || *steps > MAX_RESTORE_STEPS {
            return;
        }
        let Some((&c, tail)) = rest.split_first() else {
            if has_marks(prefix) && self.contains(prefix) {
                found.push(prefix.clone());
            }
            return;
        };
        let options: &[char] = match c {
            'a' => &['a', 'å', 'ä'],
            'o' => &['o', 'ö'],
            _ => std::slice::from_ref(&c),
        };
        for option in options {
            let len = prefix.len();
            prefix.push(*option);
            if self.has_prefix(prefix) {
                self.walk(tail, prefix, found, steps);
            }
            prefix.truncate(len);
        }
    }
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
    // The file's own words with marks, by skeleton hash: where the first one stands.
    let mut local: FxHashMap<u64, Local> = FxHashMap::default();
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    let mut plain: Vec<(usize, &str)> = Vec::new();
    let mut suspicious: Vec<(usize, &str)> = Vec::new();
    // One pass over the bytes that sorts every token as it reads it; this runs on every byte of
    // every file `check` reads, so it avoids decoding characters it need not.
    let bytes = text.as_bytes();
    let mut i = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 && !(b.is_ascii_alphanumeric() || b == b'|') {
            i += 1;
            continue;
        }
        let start = i;
        let (mut letters, mut lower_ascii, mut only_letters, mut marked) = (false, false, true, false);
        let mut chars = 0usize;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if b.is_ascii_alphabetic() {
                    letters = true;
                    lower_ascii |= b.is_ascii_lowercase();
                } else if b.is_ascii_digit() || b == b'|' {
                    only_letters = false;
                } else {
                    break;
                }
                i += 1;
            } else if b == 0xC3 && i + 1 < bytes.len() {
                let next = bytes[i + 1];
                if next == 0x97 || next == 0xB7 {
                    break;
                }
                letters = true;
                // å ä ö Å Ä Ö
                if matches!(next, 0xA5 | 0xA4 | 0xB6 | 0x85 | 0x84 | 0x96) {
                    marked = true;
                } else {
                    only_letters = false;
                }
                i += 2;
            } else {
                let c = text.get(i..).and_then(|rest| rest.chars().next()).unwrap_or(' ');
                if !c.is_alphanumeric() {
                    break;
                }
                letters |= c.is_alphabetic();
                only_letters = false;
                i += c.len_utf8();
            }
            chars += 1;
        }
        if i == start {
            // A byte that starts no token (an invalid position cannot occur in a `str`).
            i += 1;
            continue;
        }
        if !letters {
            continue;
        }
        let token = &text[start..i];
        if only_letters && !marked {
            if token.len() >= 4 && lower_ascii {
                plain.push((start, token));
            }
        } else if only_letters {
            // Only words as long as the plain ones checked below can teach anything.
            if chars >= 4 && seen.insert(token) {
                local
                    .entry(skeleton_hash(token))
                    .and_modify(|known| {
                        if let Local::At(s, e) = *known
                            && !same_word(&text[s..e], token)
                        {
                            *known = Local::Ambiguous;
                        }
                    })
                    .or_insert(Local::At(start, i));
            }
        } else {
            let trimmed = token.trim_start_matches('|');
            let offset = start + (token.len() - trimmed.len());
            let trimmed = trimmed.trim_end_matches('|');
            if is_suspicious(trimmed) {
                suspicious.push((offset, trimmed));
            }
        }
    }
    let mut found = Vec::new();
    for (offset, token) in plain {
        let hash = ascii_hash(token.as_bytes());
        let word: Option<String> = match vocabulary.map.get(&hash) {
            Some(Restore::One(word)) => Some(word.to_string()),
            Some(Restore::Ambiguous) => None,
            None => match local.get(&hash) {
                Some(Local::At(s, e)) => Some(text[*s..*e].to_lowercase()),
                _ => None,
            },
        };
        let Some(word) = word else { continue };
        let lower = token.to_ascii_lowercase();
        // A hash hit is confirmed by the skeletons themselves.
        if skeleton(&word) == lower && !is_twin(&lower) {
            found.push(Damage {
                offset,
                word: token.to_owned(),
                repaired: apply_case(token, &word),
            });
        }
    }
    if !suspicious.is_empty() {
        let lexicon = Lexicon::builtin();
        // Most tokens with an OCR character are real words (`idé`); only the rest need the
        // file's vocabulary.
        suspicious.retain(|(_, token)| !lexicon.contains(&token.to_lowercase()));
        if suspicious.is_empty() {
            found.sort_by_key(|d| d.offset);
            return found;
        }
        let mut own = Vocabulary::default();
        for place in local.values() {
            if let Local::At(s, e) = place {
                insert_restore(&mut own.map, &text[*s..*e].to_lowercase());
            }
        }
        let local = own;
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
                    Some(Restore::One(w)) => Some(w.into_string()),
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
