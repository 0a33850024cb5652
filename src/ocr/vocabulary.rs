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
/// One step of the hash (FxHash's): eight bytes of a skeleton into the running hash.
#[inline]
fn mix(hash: u64, word: u64) -> u64 {
    (hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// A hash of a skeleton's bytes taken eight at a time (a word of eight bytes is one step, where
/// a byte at a time made every word of a text cost a chain of multiplications), then its length.
#[derive(Debug, Default, Clone, Copy)]
struct SkeletonHasher {
    hash: u64,
    /// The bytes since the last step, the first in the lowest byte.
    word: u64,
    filled: u32,
    length: u64,
}

impl SkeletonHasher {
    #[inline]
    fn push(&mut self, byte: u8) {
        self.word |= u64::from(byte) << (8 * self.filled);
        self.filled += 1;
        self.length += 1;
        if self.filled == 8 {
            self.hash = mix(self.hash, self.word);
            self.word = 0;
            self.filled = 0;
        }
    }

    #[inline]
    fn finish(self) -> u64 {
        let hash = if self.filled > 0 {
            mix(self.hash, self.word)
        } else {
            self.hash
        };
        mix(hash, self.length)
    }
}

/// A hash of a word's skeleton (the bytes of [`skeleton`]), without building the skeleton.
pub(super) fn skeleton_hash(word: &str) -> u64 {
    let mut hasher = SkeletonHasher::default();
    for c in word.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            other => other,
        };
        let mut buffer = [0u8; 4];
        for &b in c.encode_utf8(&mut buffer).as_bytes() {
            hasher.push(b);
        }
    }
    hasher.finish()
}

/// Bit 0x20 in every byte: lowers eight ASCII letters at once.
const LOWER_EIGHT: u64 = 0x2020_2020_2020_2020;

/// The same hash for a token of ASCII letters only, from its bytes, eight at a time.
#[inline]
pub(super) fn letters_skeleton_hash(token: &[u8]) -> u64 {
    let mut hash = 0;
    let mut chunks = token.chunks_exact(8);
    for chunk in &mut chunks {
        hash = mix(hash, eight_bytes(chunk) | LOWER_EIGHT);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // Only the bytes of the word are lowered; the rest of the word of eight stays zero.
        let filled = u64::MAX >> (64 - 8 * rest.len());
        hash = mix(hash, (eight_bytes(rest) | LOWER_EIGHT) & filled);
    }
    mix(hash, token.len() as u64)
}

/// Up to eight bytes as one little-endian word, zero above them; assembled byte by byte, as a
/// copy of a length known only at run time would be a call to `memcpy` for every word.
#[inline]
fn eight_bytes(bytes: &[u8]) -> u64 {
    if let Some(eight) = bytes.first_chunk::<8>() {
        return u64::from_le_bytes(*eight);
    }
    let mut word = 0;
    for (i, &b) in bytes.iter().enumerate() {
        word |= u64::from(b) << (8 * i);
    }
    word
}

/// The longest word with marks whose skeleton is built on the stack.
const SHORT_WORD: usize = 64;

/// The same hash for a token of ASCII letters and `å ä ö Å Ä Ö` only, from its bytes.
#[inline]
pub(super) fn token_skeleton_hash(token: &[u8]) -> u64 {
    if token.is_ascii() {
        return letters_skeleton_hash(token);
    }
    if token.len() > SHORT_WORD {
        let mut hasher = SkeletonHasher::default();
        for b in skeleton_bytes(token) {
            hasher.push(b);
        }
        return hasher.finish();
    }
    // The skeleton laid out without a branch per byte (every word with marks of every file
    // comes here): each byte is written, and `0xC3` is written over by the byte after it, so the
    // bytes past the skeleton stay zero, as the hash of eight at a time pads them.
    let mut skeleton = [0u8; SHORT_WORD];
    let mut length = 0;
    for &b in token {
        let letter = if b < 0x80 {
            b | 0x20
        } else if b | 0x20 == 0xB6 {
            b'o'
        } else {
            b'a'
        };
        skeleton[length % SHORT_WORD] = letter;
        length += usize::from(b != 0xC3);
    }
    let mut hash = 0;
    for chunk in skeleton.chunks_exact(8).take(length.div_ceil(8)) {
        hash = mix(hash, eight_bytes(chunk));
    }
    mix(hash, length as u64)
}

/// The skeleton bytes of a token of ASCII letters and `å ä ö Å Ä Ö`, lower case.
fn skeleton_bytes(token: &[u8]) -> impl Iterator<Item = u8> + '_ {
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

/// A set of skeleton hashes kept as one bit each, by the hash's top bits: rules out most words
/// of a text that none of the set can be before any lookup (a word that passes may still not be
/// in the set).
#[derive(Debug, Clone)]
pub(super) struct HashFilter {
    bits: [u64; HashFilter::WORDS],
}

impl Default for HashFilter {
    fn default() -> Self {
        HashFilter {
            bits: [0; HashFilter::WORDS],
        }
    }
}

impl HashFilter {
    /// 2¹⁴ bits: a file's few hundred words with marks leave nearly all of them clear.
    const BITS: u32 = 14;
    const WORDS: usize = (1 << Self::BITS) / 64;

    #[inline]
    fn place(hash: u64) -> (usize, u64) {
        let index = (hash >> (64 - Self::BITS)) as usize;
        (index / 64, 1 << (index % 64))
    }

    #[inline]
    pub(super) fn insert(&mut self, hash: u64) {
        let (word, bit) = Self::place(hash);
        if let Some(word) = self.bits.get_mut(word) {
            *word |= bit;
        }
    }

    #[inline]
    pub(super) fn contains(&self, hash: u64) -> bool {
        let (word, bit) = Self::place(hash);
        self.bits.get(word).is_some_and(|word| word & bit != 0)
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
    fn the_hash_of_eight_bytes_at_a_time_is_the_hash_of_one_at_a_time() {
        // Words of every length around the steps of eight, in both cases, with and without marks.
        let letters = ["a", "B", "z", "Q", "å", "Ä", "ö", "O"];
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..5_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            // Past the longest word built on the stack too.
            let length = 1 + (state % 60) as usize;
            let word: String = (0..length)
                .map(|i| letters[((state >> (i % 60)) as usize + i) % letters.len()])
                .collect();
            assert_eq!(
                token_skeleton_hash(word.as_bytes()),
                skeleton_hash(&word),
                "{word}"
            );
            let plain: String = word.chars().filter(char::is_ascii).collect();
            if !plain.is_empty() {
                assert_eq!(
                    letters_skeleton_hash(plain.as_bytes()),
                    skeleton_hash(&plain),
                    "{plain}"
                );
            }
        }
        // The length is part of the hash: a word is not its own prefix.
        assert_ne!(skeleton_hash("mote"), skeleton_hash("motet"));
        assert_ne!(skeleton_hash("abcdefgh"), skeleton_hash("abcdefghi"));
    }

    #[test]
    fn prefixes_rule_words_out() {
        let mut vocabulary = Vocabulary::default();
        vocabulary.add_text("Länschefsnätverket och Älvmark på mötet");
        let of = |word: &str| prefix_index(skeleton(word).bytes()).unwrap_or(usize::MAX);
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
    fn a_hash_filter_holds_what_was_put_in_and_little_else() {
        let mut filter = HashFilter::default();
        let words: Vec<u64> = (0..300).map(|i| skeleton_hash(&format!("ord{i}"))).collect();
        for &hash in &words {
            filter.insert(hash);
        }
        assert!(words.iter().all(|&hash| filter.contains(hash)));
        let others = (0..10_000)
            .filter(|i| filter.contains(skeleton_hash(&format!("annat{i}"))))
            .count();
        // 300 of 16,384 bits set: about 2 % of other words pass.
        assert!(others < 500, "{others} of 10,000 passed");
    }

    #[test]
    fn skeletons_match_without_building_them() {
        assert!(skeleton_matches("länschefsnätverket", b"Lanschefsnatverket"));
        assert!(skeleton_matches("möte", b"MOTE"));
        assert!(!skeleton_matches("möte", b"motet"));
        assert!(!skeleton_matches("idé", b"ide"));
    }
}
