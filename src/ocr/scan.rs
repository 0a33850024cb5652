//! Finding OCR damage for `check`, on every word of every file: one pass over the bytes sorts
//! each token by what it holds (a block of bytes at a time), words that cannot be damaged are
//! dropped before any lookup (a word without `a` or `o` has no mark to lose), a word is looked up
//! only when the first letters of its skeleton or a one-bit filter of the file's own words say it
//! may be there, and what the word list says of a word with OCR characters is remembered per
//! thread, so a word common to many files is looked up once.

use super::vocabulary::{
    HashFilter, Vocabulary, letters_skeleton_hash, prefix_index, skeleton_matches, token_skeleton_hash,
};
use super::{Lexicon, Restore, apply_case, is_twin, skeleton};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use tokens::{A_OR_O, DIGIT, LETTER, LOWER, MARKED, OTHER, scan};

mod classes;
mod tokens;

/// A repair the text needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damage {
    pub offset: usize,
    pub word: String,
    pub repaired: String,
}

/// A word of the file with marks: where it first stands, or that two different words share its
/// skeleton.
#[derive(Debug, Clone, Copy)]
enum Local {
    At(usize, usize),
    Ambiguous,
}

/// Whether two words of letters and `å ä ö` are the same but for case: setting bit 0x20 lowers
/// ASCII letters and the second byte of `Å Ä Ö`, and changes `0xC3` alike in both.
fn same_but_case(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x | 0x20 == y | 0x20)
}

/// A word of the file with marks: where it stands, and the hash of its skeleton.
type Marked = (usize, usize, u64);

/// The file's own words with marks (in order), by skeleton hash.
fn local_words<'m>(text: &str, marked: impl Iterator<Item = &'m Marked>) -> FxHashMap<u64, Local> {
    let bytes = text.as_bytes();
    let mut local: FxHashMap<u64, Local> = FxHashMap::default();
    for &(start, end, hash) in marked {
        let word = &bytes[start..end];
        local
            .entry(hash)
            .and_modify(|known| {
                if let Local::At(s, e) = *known
                    && !same_but_case(&bytes[s..e], word)
                {
                    *known = Local::Ambiguous;
                }
            })
            .or_insert(Local::At(start, end));
    }
    local
}

/// The most distinct words with OCR characters that one file may send to repair: findings
/// beyond the report's cap are not shown anyway, and a hostile file stays cheap.
const MAX_REPAIRS: usize = 500;

/// The most entries of a thread's memory of real words before it starts over.
const MAX_REMEMBERED: usize = 100_000;

thread_local! {
    /// Tokens with OCR characters, as written, and whether the word list has them.
    static REAL_WORDS: RefCell<FxHashMap<Box<str>, bool>> = RefCell::new(FxHashMap::default());
}

/// Whether a token with OCR characters is a real word (`idé`), remembered per thread.
fn is_real_word(token: &str, lexicon: &Lexicon) -> bool {
    REAL_WORDS.with(|memory| {
        if let Some(&known) = memory.borrow().get(token) {
            return known;
        }
        let real = lexicon.contains(&token.to_lowercase());
        let mut memory = memory.borrow_mut();
        if memory.len() >= MAX_REMEMBERED {
            memory.clear();
        }
        memory.insert(token.into(), real);
        real
    })
}

/// Finds damaged words in a text, for `check`. Precise rather than complete: a word is reported
/// only when exactly one repair fits the vocabulary (the network's words, the format's, the
/// file's own) or, for words with OCR characters, the shipped lexicon.
pub fn find_damage(text: &str, vocabulary: &Vocabulary) -> Vec<Damage> {
    let bytes = text.as_bytes();
    // Words without marks that may have lost them, and the file's own words with marks, of four
    // letters or more; tokens with OCR characters.
    // Room for what Swedish prose holds (about a word in 25 bytes of each kind), so that the
    // lists seldom grow.
    let mut plain: Vec<(usize, usize)> = Vec::with_capacity(text.len() / 16);
    let mut marked: Vec<Marked> = Vec::with_capacity(text.len() / 20);
    let mut suspicious: Vec<(usize, &str)> = Vec::new();
    // The skeletons of the file's own words with marks.
    let mut own = HashFilter::default();
    scan(text, |token| {
        let bits = token.bits;
        if bits & LETTER == 0 {
            return;
        }
        let length = token.end - token.start;
        if bits & (DIGIT | OTHER) == 0 && bits & MARKED == 0 {
            // Without `a` or `o` no mark can have been lost; short words and acronyms are not
            // judged.
            if length >= 4 && bits & LOWER != 0 && bits & A_OR_O != 0 {
                plain.push((token.start, token.end));
            }
        } else if bits & (DIGIT | OTHER) == 0 {
            // Only words as long as the plain ones judged can teach anything (a mark is two
            // bytes).
            if length - token.marks >= 4 {
                let hash = token_skeleton_hash(&bytes[token.start..token.end]);
                own.insert(hash);
                marked.push((token.start, token.end, hash));
            }
        } else {
            let token_text = &text[token.start..token.end];
            let trimmed = token_text.trim_start_matches('|');
            let offset = token.start + (token_text.len() - trimmed.len());
            let trimmed = trimmed.trim_end_matches('|');
            if is_suspicious(trimmed) {
                suspicious.push((offset, trimmed));
            }
        }
    });
    let mut found = Vec::new();
    // Words the vocabulary does not know that may be one of the file's own, and their hashes.
    let mut pending: Vec<(usize, usize, u64)> = Vec::new();
    let mut pending_hashes = HashFilter::default();
    for (start, end) in plain {
        let word = &bytes[start..end];
        let in_vocabulary = prefix_index(word.iter().map(u8::to_ascii_lowercase))
            .is_some_and(|prefix| vocabulary.prefixes.contains(prefix));
        let hash = letters_skeleton_hash(word);
        let in_file = own.contains(hash);
        if !in_vocabulary && !in_file {
            continue;
        }
        if in_vocabulary {
            match vocabulary.map.get(&hash) {
                Some(Restore::One(restored)) => {
                    found.extend(confirm(text, start, end, restored));
                    continue;
                }
                Some(Restore::Ambiguous) => continue,
                None => {}
            }
        }
        if in_file {
            pending.push((start, end, hash));
            pending_hashes.insert(hash);
        }
    }
    if !pending.is_empty() {
        // Only the file's words that may share a skeleton with one of them are indexed.
        let relevant = marked.iter().filter(|m| pending_hashes.contains(m.2));
        let local = local_words(text, relevant);
        for (start, end, hash) in pending {
            if let Some(Local::At(s, e)) = local.get(&hash) {
                found.extend(confirm(text, start, end, &text[*s..*e].to_lowercase()));
            }
        }
    }
    if !suspicious.is_empty() {
        repair_all(
            text,
            suspicious,
            vocabulary,
            || local_words(text, marked.iter()),
            &mut found,
        );
    }
    found.sort_by_key(|d| d.offset);
    found
}

/// The damage of an ASCII word whose skeleton hash matched `restored`, once the skeletons are
/// seen to be equal and the word is not a real word spelled like one with marks (`for`).
fn confirm(text: &str, start: usize, end: usize, restored: &str) -> Option<Damage> {
    let token = &text[start..end];
    if !skeleton_matches(restored, token.as_bytes()) || is_twin(&token.to_ascii_lowercase()) {
        return None;
    }
    Some(Damage {
        offset: start,
        word: token.to_owned(),
        repaired: apply_case(token, restored),
    })
}

/// Repairs the tokens with OCR characters that are not real words.
fn repair_all(
    text: &str,
    suspicious: Vec<(usize, &str)>,
    vocabulary: &Vocabulary,
    local: impl FnOnce() -> FxHashMap<u64, Local>,
    found: &mut Vec<Damage>,
) {
    let lexicon = Lexicon::builtin();
    // Most tokens with an OCR character are real words (`idé`); only the rest need the
    // file's vocabulary.
    let damaged: Vec<(usize, &str)> = suspicious
        .into_iter()
        .filter(|(_, token)| !is_real_word(token, lexicon))
        .collect();
    if damaged.is_empty() {
        return;
    }
    let mut own = Vocabulary::default();
    for place in local().values() {
        if let Local::At(s, e) = place {
            own.insert(&text[*s..*e].to_lowercase());
        }
    }
    // A damaged word repeated in the file is repaired once.
    let mut repairs: FxHashMap<&str, Option<String>> = FxHashMap::default();
    for (offset, token) in damaged {
        let repaired = match repairs.get(token) {
            Some(known) => known.clone(),
            None if repairs.len() < MAX_REPAIRS => {
                let repaired = repair_suspicious(token, lexicon, &[vocabulary, &own]);
                repairs.insert(token, repaired.clone());
                repaired
            }
            None => continue,
        };
        if let Some(repaired) = repaired {
            found.push(Damage {
                offset,
                word: token.to_owned(),
                repaired,
            });
        }
    }
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
        // In either order, and in any case.
        assert_eq!(
            repairs("Vardhygien först. Sedan VÅRDHYGIEN."),
            vec![("Vardhygien".to_owned(), "Vårdhygien".to_owned())]
        );
        // Two words with marks on one skeleton teach nothing.
        assert!(repairs("Mäla och måla; mala.").is_empty());
    }

    #[test]
    fn damage_is_found_the_same_on_a_second_pass() {
        // The second pass answers from the thread's memory.
        let text = "Féredragande och idé, Féredragande igen.";
        assert_eq!(repairs(text), repairs(text));
        assert_eq!(repairs(text).len(), 2);
    }

    #[test]
    fn many_damaged_words_stay_cheap() {
        let words: String = (0..10_000)
            .map(|i| format!("Fé{i}redragande{} ", "x".repeat(i % 7)))
            .collect();
        let started = std::time::Instant::now();
        let found = find_damage(&words, &vocabulary());
        assert!(found.len() <= MAX_REPAIRS);
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "{:?}",
            started.elapsed()
        );
    }
}
