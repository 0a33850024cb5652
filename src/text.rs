//! Comparing names as people type them: without case, accents or extra spaces, and finding the
//! nearest known name for a "did you mean".

/// Folds text for comparison: lower case, letters without their marks (`Rättvik` → `rattvik`),
/// runs of whitespace as one space.
pub fn fold(text: &str) -> String {
    let text = nfc(text);
    let mut out = String::with_capacity(text.len());
    // Word by word: the transliteration drops tabs and other control characters.
    for word in text.split_whitespace() {
        for part in deunicode::deunicode(word).split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.extend(part.chars().flat_map(char::to_lowercase));
        }
    }
    out
}

/// Lower case with whitespace collapsed, but marks kept: `Rattvik` and `Rättvik` differ.
pub fn fold_case(text: &str) -> String {
    latin_fold_case(text).unwrap_or_else(|| any_fold_case(text))
}

/// [`fold_case`] of the usual name or title, single-spaced letters of the Latin blocks
/// (U+00C0..U+024F are all composed already, so no normalisation can change them), in one
/// pass; `None` for any other text.
fn latin_fold_case(text: &str) -> Option<String> {
    if !is_collapsed(text) {
        return None;
    }
    if text.is_ascii() {
        return Some(text.to_ascii_lowercase());
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if ('\u{C0}'..='\u{DE}').contains(&c) && c != '\u{D7}' {
            // Latin-1's capitals lie 32 below their small letters (`Å` U+00C5, `å` U+00E5).
            out.push(char::from_u32(u32::from(c) + 32).unwrap_or(c));
        } else if ('\u{DF}'..='\u{FF}').contains(&c) {
            out.push(c);
        } else if ('\u{100}'..='\u{24F}').contains(&c) {
            out.extend(c.to_lowercase());
        } else {
            return None;
        }
    }
    Some(out)
}

fn any_fold_case(text: &str) -> String {
    let text = nfc(text);
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        // ASCII needs no table lookup, and most letters of a Swedish title are ASCII.
        for c in word.chars() {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        }
    }
    out
}

/// Whether a text is already one line with single spaces: no space at its ends, no two in a
/// row, no other whitespace. A byte that may start a space from outside ASCII (a no-break
/// space, an en space) sends the text the long way.
pub fn is_collapsed(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    // Sixteen bytes at a time: every paragraph and clause of every file is tested.
    let mut chunks = bytes.chunks_exact(16);
    let mut space_before = false;
    for chunk in &mut chunks {
        let mut lanes = [0u8; 16];
        lanes.copy_from_slice(chunk);
        let lanes = wide::u8x16::new(lanes);
        let splat = wide::u8x16::splat;
        // `\t \n 0x0B 0x0C \r` are 9..=13; `0xE1..=0xE3` start the spaces of U+1680..U+3000.
        let other_space = (lanes - splat(9)).simd_lt(splat(5))
            | lanes.simd_eq(splat(0xC2))
            | (lanes - splat(0xE1)).simd_lt(splat(3));
        if other_space.to_bitmask() != 0 {
            return false;
        }
        let spaces = lanes.simd_eq(splat(b' ')).to_bitmask();
        if spaces & (spaces >> 1) != 0 || (space_before && spaces & 1 != 0) {
            return false;
        }
        space_before = spaces & 0x8000 != 0;
    }
    let mut space = space_before;
    for &b in chunks.remainder() {
        match b {
            b' ' if space => return false,
            b' ' => space = true,
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | 0xC2 | 0xE1 | 0xE2 | 0xE3 => return false,
            _ => space = false,
        }
    }
    true
}

/// The lines of a text with their `\n`, as `str::split_inclusive('\n')` gives them, each end
/// found by `memchr`: every paragraph of every file is read line by line.
pub fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> + '_ {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |i| i + 1);
        let (line, after) = rest.split_at(end);
        rest = after;
        Some(line)
    })
}

/// The lines of a text as `str::lines` gives them (without `\n` or `\r\n`), found as
/// [`lines_inclusive`] finds them.
pub fn lines(text: &str) -> impl Iterator<Item = &str> + '_ {
    lines_inclusive(text).map(|line| match line.strip_suffix('\n') {
        Some(line) => line.strip_suffix('\r').unwrap_or(line),
        None => line,
    })
}

/// The first line of a text, as `str::lines` gives it (empty for an empty text).
pub fn first_line(text: &str) -> &str {
    lines(text).next().unwrap_or("")
}

/// A hash of [`fold_case`]'s text: equal for texts equal by it (and, rarely, for others).
pub fn folded_key(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = rustc_hash::FxHasher::default();
    fold_case(text).hash(&mut hasher);
    hasher.finish()
}

/// Text in Unicode's composed form (NFC): `Ra\u{308}ttvik` as typed on some systems is then the
/// same name as `Rättvik`. Text already composed (nearly all) is returned without a copy's cost.
pub fn nfc(text: &str) -> std::borrow::Cow<'_, str> {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => std::borrow::Cow::Borrowed(text),
        _ => std::borrow::Cow::Owned(text.nfc().collect()),
    }
}

/// The candidate closest to `needle`, if one is close enough to be a likely typo.
pub fn nearest<'a, I>(needle: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let folded = fold(needle);
    let folded_candidates: Vec<(&'a str, String)> = candidates.into_iter().map(|c| (c, fold(c))).collect();
    nearest_folded(&folded, folded_candidates.iter().map(|(c, f)| (*c, f.as_str())))
}

/// [`nearest`] on names already folded: `(name, folded)`.
fn nearest_folded<'a, 'f, I>(folded: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = (&'a str, &'f str)>,
{
    if folded.is_empty() {
        return None;
    }
    let mut best: Option<(f64, &'a str)> = None;
    for (candidate, other) in candidates {
        let distance = strsim::damerau_levenshtein(folded, other);
        let longest = folded.chars().count().max(other.chars().count()).max(1);
        let allowed = (longest / 4).max(1);
        let score = if distance <= allowed {
            1.0 - distance as f64 / longest as f64
        } else {
            let jw = strsim::jaro_winkler(folded, other);
            if jw >= 0.9 { jw - 0.1 } else { continue }
        };
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, candidate));
        }
    }
    best.map(|(_, name)| name)
}

/// "did you mean `X`?", when there is an X.
pub fn did_you_mean<'a, I>(needle: &str, candidates: I) -> Option<String>
where
    I: IntoIterator<Item = &'a str>,
{
    nearest(needle, candidates).map(|name| crate::msg!("did-you-mean", name = name))
}

/// "did you mean" for many names in one file: each distinct name is looked up once, the known
/// names are folded once, on the first lookup (most files need none), and after `budget` lookups
/// no more are made (findings beyond the report's cap are not shown with their help anyway), so
/// a file of many unknown names costs no more than a few.
pub struct Suggester<'a> {
    names: Vec<&'a str>,
    known: Option<Vec<(&'a str, String)>>,
    memo: std::collections::HashMap<String, Option<String>>,
    budget: usize,
}

impl<'a> Suggester<'a> {
    pub fn new<I: IntoIterator<Item = &'a str>>(names: I, budget: usize) -> Suggester<'a> {
        Suggester {
            names: names.into_iter().collect(),
            known: None,
            memo: std::collections::HashMap::new(),
            budget,
        }
    }

    pub fn did_you_mean(&mut self, needle: &str) -> Option<String> {
        if let Some(found) = self.memo.get(needle) {
            return found.clone();
        }
        if self.budget == 0 {
            return None;
        }
        self.budget -= 1;
        let names = &self.names;
        let known = self
            .known
            .get_or_insert_with(|| names.iter().map(|n| (*n, fold(n))).collect());
        let folded = fold(needle);
        let found = nearest_folded(&folded, known.iter().map(|(n, f)| (*n, f.as_str())))
            .map(|name| crate::msg!("did-you-mean", name = name));
        self.memo.insert(needle.to_owned(), found.clone());
        found
    }
}

/// A size in bytes as people read it: `20.0 MiB`, `13.4 KiB`, `512 bytes`.
pub fn human_size(bytes: u64) -> String {
    if bytes >= 1 << 20 {
        format!("{:.1} MiB", bytes as f64 / f64::from(1 << 20))
    } else if bytes >= 1 << 10 {
        format!("{:.1} KiB", bytes as f64 / 1024.0)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`is_collapsed`] one byte at a time.
    fn is_collapsed_slowly(text: &str) -> bool {
        let bytes = text.as_bytes();
        if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
            return false;
        }
        !bytes.windows(2).any(|w| w == b"  ")
            && !bytes
                .iter()
                .any(|b| matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | 0xC2 | 0xE1 | 0xE2 | 0xE3))
    }

    #[test]
    fn lines_are_split_as_the_standard_library_splits_them() {
        let pieces = ["a", "\n", "\r", "\r\n", "ö", " ", "\n\n"];
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..10_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let text: String = (0..(state % 12))
                .map(|i| pieces[((state >> (i * 3)) % pieces.len() as u64) as usize])
                .collect();
            assert_eq!(
                lines(&text).collect::<Vec<_>>(),
                text.lines().collect::<Vec<_>>(),
                "{text:?}"
            );
            assert_eq!(
                lines_inclusive(&text).collect::<Vec<_>>(),
                text.split_inclusive('\n').collect::<Vec<_>>(),
                "{text:?}"
            );
            assert_eq!(first_line(&text), text.lines().next().unwrap_or(""), "{text:?}");
        }
    }

    #[test]
    fn collapsed_is_judged_alike_sixteen_bytes_at_a_time() {
        let pieces = [
            "a", "ö", " ", "  ", "\t", "\n", "\r", "\u{a0}", "\u{2003}", "–", "x", "\u{3000}", "é",
        ];
        let mut state = 0x853C_49E6_748F_EA9Bu64;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let text: String = (0..(state % 40))
                .map(|i| pieces[((state >> (i % 50)) as usize ^ i as usize) % pieces.len()])
                .collect();
            assert_eq!(is_collapsed(&text), is_collapsed_slowly(&text), "{text:?}");
        }
        // Two spaces on either side of the edge of sixteen bytes, and one at each end of a chunk.
        for at in 10..40 {
            let text = format!("{}  {}", "x".repeat(at), "y".repeat(20));
            assert!(!is_collapsed(&text), "{text:?}");
            let text = format!("{} {}", "x".repeat(at), "y".repeat(20));
            assert!(is_collapsed(&text), "{text:?}");
        }
    }

    #[test]
    fn fold_ignores_case_marks_and_spacing() {
        assert_eq!(fold("  Rättvik  kommun"), "rattvik kommun");
        assert_eq!(fold("ÄLVDALEN"), "alvdalen");
    }

    #[test]
    fn decomposed_and_composed_names_are_one_name() {
        assert_eq!(fold_case("Ra\u{308}ttvik"), fold_case("Rättvik"));
        assert_eq!(fold("Ra\u{308}ttvik"), "rattvik");
    }

    #[test]
    fn fold_case_lowers_and_collapses_spaces() {
        for (text, folded) in [
            ("Region Dalarna", "region dalarna"),
            ("", ""),
            (" Region  Dalarna\t", "region dalarna"),
            ("a\x0Bb", "a b"),
            ("a\rb\n", "a b"),
            ("Rättvik  KOMMUN", "rättvik kommun"),
            ("a\u{A0}B", "a b"),
            ("Öppna Uppdrag", "öppna uppdrag"),
            ("Ra\u{308}ttvik", "rättvik"),
        ] {
            assert_eq!(fold_case(text), folded, "{text:?}");
        }
        // The one pass gives what the long way gives, wherever it is taken.
        for text in [
            "Rättvik Kommun",
            "ÅÄÖ éÉ",
            "İzmir",
            "ǅemal Ǆ",
            "x × ÷ y",
            "Mora",
            "Ab\u{300}c",
            "a\u{2003}b",
        ] {
            if let Some(folded) = latin_fold_case(text) {
                assert_eq!(folded, any_fold_case(text), "{text:?}");
            }
        }
        assert!(latin_fold_case("Rättvik Kommun").is_some());
        assert!(latin_fold_case("Ab\u{300}c").is_none());
        // Every letter of the Latin blocks, one at a time.
        for c in ('\u{C0}'..='\u{24F}').filter(|c| c.is_alphabetic()) {
            let text = format!("x{c}y");
            assert_eq!(latin_fold_case(&text), Some(any_fold_case(&text)), "{c:?}");
        }
    }

    #[test]
    fn nearest_finds_typos_and_not_strangers() {
        let names = ["Region Dalarna", "RSS Dalarna", "Rättvik", "Styrgruppen"];
        assert_eq!(nearest("Region Dalrna", names), Some("Region Dalarna"));
        assert_eq!(nearest("Regon Dalarna", names), Some("Region Dalarna"));
        assert_eq!(nearest("rattvik", names), Some("Rättvik"));
        assert_eq!(nearest("styrgrupen", names), Some("Styrgruppen"));
        assert_eq!(nearest("Kalle Anka", names), None);
        assert_eq!(nearest("", names), None);
    }
}
