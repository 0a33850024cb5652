//! Words with marks by their skeleton: the network's own words and the format's, and a file's.
//! A word is found by a hash of its skeleton, computed byte by byte from the text without
//! building the skeleton, and a hit is confirmed by comparing skeletons.

use super::{Restore, has_marks, skeleton, tokens};
use rustc_hash::FxHashMap;

/// Words of the format itself and common words of meeting documents, so that damage is found even
/// in a repository with few meetings.
pub(super) const FORMAT_WORDS: &[&str] = &[
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
/// One step of the hash (FxHash's): a byte of a skeleton into the running hash.
#[inline]
fn mix(hash: u64, byte: u8) -> u64 {
    (hash.rotate_left(5) ^ u64::from(byte)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// A hash of a word's skeleton (the bytes of [`skeleton`]), without building the skeleton.
pub(super) fn skeleton_hash(word: &str) -> u64 {
    let mut hash = 0;
    for c in word.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            other => other,
        };
        let mut buffer = [0u8; 4];
        for &b in c.encode_utf8(&mut buffer).as_bytes() {
            hash = mix(hash, b);
        }
    }
    hash
}

/// The same hash for a token of ASCII letters and `å ä ö Å Ä Ö` only, from its bytes.
pub(super) fn token_skeleton_hash(token: &[u8]) -> u64 {
    token_skeleton(token).fold(0, mix)
}

/// Whether a word with marks (lower case) has the skeleton of an ASCII token, in any case.
pub(super) fn skeleton_matches(word: &str, token: &[u8]) -> bool {
    let mut letters = token.iter().map(u8::to_ascii_lowercase);
    for c in word.chars() {
        let c = match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            other => other,
        };
        if !c.is_ascii() || letters.next() != Some(c as u8) {
            return false;
        }
    }
    letters.next().is_none()
}

/// The first three letters of skeletons of `a`–`z`, as a set of numbers below 26³: most words
/// of a text are ruled out by one bit before their hash is computed.
#[derive(Debug, Clone, Default)]
pub(super) struct Prefixes {
    bits: Vec<u64>,
}

const PREFIXES: usize = 26 * 26 * 26;

impl Prefixes {
    pub(super) fn insert(&mut self, index: usize) {
        if self.bits.is_empty() {
            self.bits = vec![0; PREFIXES.div_ceil(64)];
        }
        if let Some(word) = self.bits.get_mut(index / 64) {
            *word |= 1 << (index % 64);
        }
    }

    #[inline]
    pub(super) fn contains(&self, index: usize) -> bool {
        self.bits
            .get(index / 64)
            .is_some_and(|word| word & (1 << (index % 64)) != 0)
    }
}

/// The prefix number of a skeleton given as lower-case bytes: `None` when its first three are
/// not all `a`–`z`.
#[inline]
pub(super) fn prefix_index(mut skeleton: impl Iterator<Item = u8>) -> Option<usize> {
    let mut index = 0;
    for _ in 0..3 {
        let b = skeleton.next()?;
        if !b.is_ascii_lowercase() {
            return None;
        }
        index = index * 26 + usize::from(b - b'a');
    }
    Some(index)
}

/// The skeleton bytes of a token of ASCII letters and `å ä ö Å Ä Ö`, lower case.
pub(super) fn token_skeleton(token: &[u8]) -> impl Iterator<Item = u8> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let b = *token.get(i)?;
        if b == 0xC3 {
            let second = token.get(i + 1).copied().unwrap_or(0);
            i += 2;
            Some(if second | 0x20 == 0xB6 { b'o' } else { b'a' })
        } else {
            i += 1;
            Some(b.to_ascii_lowercase())
        }
    })
}

/// Words with marks by the hash of their skeleton. Small and fast: the repository's own words.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    pub(super) map: FxHashMap<u64, Restore>,
    /// The prefixes of the words of four letters or more, all `a`–`z` in their skeleton: the
    /// only ones a word without marks of four letters or more can be.
    pub(super) prefixes: Prefixes,
}

impl Vocabulary {
    /// Adds a word with marks, in lower case.
    pub(super) fn insert(&mut self, word: &str) {
        let entry = self
            .map
            .entry(skeleton_hash(word))
            .or_insert_with(|| Restore::One(word.into()));
        if matches!(entry, Restore::One(existing) if &**existing != word) {
            *entry = Restore::Ambiguous;
        }
        if word.chars().count() >= 4
            && let Some(index) = prefix_index(skeleton(word).bytes())
        {
            self.prefixes.insert(index);
        }
    }

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
                self.insert(&token.to_lowercase());
            }
        }
    }

    /// The word a skeleton restores to, if the vocabulary knows it.
    pub(super) fn restore(&self, key: &str) -> Option<&Restore> {
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

/// Letters `a`–`z` and `å ä ö` in either case, nothing else.
pub(super) fn is_plain_word(token: &str) -> bool {
    token
        .chars()
        .all(|c| c.is_ascii_alphabetic() || matches!(c, 'å' | 'ä' | 'ö' | 'Å' | 'Ä' | 'Ö'))
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_byte_hash_is_the_skeleton_hash() {
        for word in ["Länschefsnätverket", "ÅTERRAPPORT", "mote", "Öppna", "idé"] {
            assert_eq!(skeleton_hash(word), skeleton_hash(&skeleton(word)), "{word}");
            if is_plain_word(word) {
                assert_eq!(
                    token_skeleton_hash(word.as_bytes()),
                    skeleton_hash(word),
                    "{word}"
                );
            }
        }
        assert_eq!(
            skeleton_hash("Lanschefsnatverket"),
            skeleton_hash("länschefsnätverket")
        );
    }

    #[test]
    fn prefixes_rule_words_out() {
        let mut vocabulary = Vocabulary::default();
        vocabulary.add_text("Länschefsnätverket och Älvmark på mötet");
        let of = |word: &str| prefix_index(token_skeleton(word.as_bytes())).unwrap_or(usize::MAX);
        assert!(vocabulary.prefixes.contains(of("lanschefsnatverket")));
        assert!(vocabulary.prefixes.contains(of("ALVMARK")));
        assert!(vocabulary.prefixes.contains(of("motet")));
        // `på` is too short to stand for a word of four letters.
        assert!(!vocabulary.prefixes.contains(of("pama")));
        assert!(!vocabulary.prefixes.contains(of("beslutade")));
        assert_eq!(prefix_index("a1c".bytes()), None);
        assert_eq!(prefix_index("zzz".bytes()), Some(PREFIXES - 1));
    }

    #[test]
    fn skeletons_match_without_building_them() {
        assert!(skeleton_matches("länschefsnätverket", b"Lanschefsnatverket"));
        assert!(skeleton_matches("möte", b"MOTE"));
        assert!(!skeleton_matches("möte", b"motet"));
        assert!(!skeleton_matches("idé", b"ide"));
    }
}
