//! The tokens of a text (runs of letters, digits and `|`) with what they hold, found a block of
//! 64 bytes at a time: word ends come from bit masks, so a word costs a few instructions rather
//! than a branch per byte. A token with a character outside U+0000..U+00FF is read one character
//! at a time, as is one longer than a block.

use super::classes::{BLOCK, Classes};

// What a token holds, as bits.
pub(super) const LETTER: u8 = 1;
pub(super) const LOWER: u8 = 2;
/// `a` or `o` in either case: what a lost mark leaves.
pub(super) const A_OR_O: u8 = 4;
/// A digit or `|`.
pub(super) const DIGIT: u8 = 8;
/// `å ä ö` in either case.
pub(super) const MARKED: u8 = 16;
/// Any other character outside ASCII.
pub(super) const OTHER: u8 = 32;

/// The first byte of the characters U+00C0..U+00FF (`å`, `é`, `×`, ...).
const LATIN: u8 = 64;
/// Any other byte outside ASCII: decoded the slow way.
const WIDE: u8 = 128;

/// The bits of each byte, for reading a token one byte at a time; 0 for the ASCII bytes that
/// end a token.
static BYTES: [u8; 256] = byte_classes();

const fn byte_classes() -> [u8; 256] {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        let a_or_o = if matches!(c, b'a' | b'o' | b'A' | b'O') {
            A_OR_O
        } else {
            0
        };
        table[b] = if c.is_ascii_lowercase() {
            LETTER | LOWER | a_or_o
        } else if c.is_ascii_uppercase() {
            LETTER | a_or_o
        } else if c.is_ascii_digit() || c == b'|' {
            DIGIT
        } else if c == 0xC3 {
            LATIN
        } else if c >= 0x80 {
            WIDE
        } else {
            0
        };
        b += 1;
    }
    table
}

/// A token: a run of letters, digits and `|`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Token {
    pub start: usize,
    pub end: usize,
    pub bits: u8,
    /// How many of `å ä ö Å Ä Ö` it holds (two bytes each).
    pub marks: usize,
}

/// The tokens of a text, in order.
pub(super) fn scan(text: &str, mut visit: impl FnMut(Token)) {
    let bytes = text.as_bytes();
    let mut base = 0;
    while base < bytes.len() {
        let rest = &bytes[base..];
        let mut padded = [b' '; BLOCK];
        let block: &[u8; BLOCK] = match rest.first_chunk::<BLOCK>() {
            Some(block) => block,
            None => {
                padded[..rest.len()].copy_from_slice(rest);
                &padded
            }
        };
        base = scan_block(text, base, &Classes::of(block), &mut visit);
    }
}

/// Visits the tokens that start in the block at `base` and end inside it; returns where the next
/// block starts: at a token that may go on past this block, or after one read the slow way.
#[inline]
fn scan_block(text: &str, base: usize, classes: &Classes, visit: &mut impl FnMut(Token)) -> usize {
    let Classes {
        letter,
        lower,
        a_or_o,
        digit,
        high,
        latin,
        mark,
        sign,
    } = *classes;
    // Second bytes after `0xC3`; a `0xC3` in the last lane is in a token that waits for the next
    // block, so no second byte is lost between blocks.
    let second = latin << 1;
    let sign_pair = second & sign;
    let latin_letter = second & !sign;
    let marked = second & mark;
    let wide = high & !latin & !second;
    let mut tokens = letter | digit | (latin & !(sign_pair >> 1)) | latin_letter | wide;
    let mut next = base + BLOCK;
    if tokens >> (BLOCK - 1) == 1 {
        // The last token may go on in the next block: that block starts with it.
        let last = (!tokens).leading_zeros() as usize;
        if last == BLOCK {
            return read_slowly(text, base, visit);
        }
        tokens &= (1 << (BLOCK - last)) - 1;
        next = base + BLOCK - last;
    }
    while tokens != 0 {
        let start = tokens.trailing_zeros();
        let length = (!(tokens >> start)).trailing_zeros();
        // Below 64: the last lane is not in `tokens` here.
        let run = ((1u64 << length) - 1) << start;
        tokens &= !run;
        let start = base + start as usize;
        if run & wide != 0 {
            return read_slowly(text, start, visit);
        }
        let has = |mask: u64, bit: u8| if run & mask != 0 { bit } else { 0 };
        let bits = has(letter | latin_letter, LETTER)
            | has(lower, LOWER)
            | has(a_or_o, A_OR_O)
            | has(digit, DIGIT)
            | has(marked, MARKED)
            | has(latin_letter & !mark, OTHER);
        visit(Token {
            start,
            end: start + length as usize,
            bits,
            // Counted only when there are any: x86-64's baseline has no instruction for it.
            marks: if run & marked == 0 {
                0
            } else {
                (run & marked).count_ones() as usize
            },
        });
    }
    next
}

/// Reads the token at `start` one character at a time and visits it; returns where reading goes
/// on.
fn read_slowly(text: &str, start: usize, visit: &mut impl FnMut(Token)) -> usize {
    let (token, next) = token_at(text, start);
    if let Some(token) = token {
        visit(token);
    }
    next
}

/// The token that starts at `start` (a character boundary), read one character at a time, and
/// where the text goes on after it: after the token, or after the character at `start` when it
/// starts none.
fn token_at(text: &str, start: usize) -> (Option<Token>, usize) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = start;
    let mut bits = 0u8;
    let mut marks = 0usize;
    while i < n {
        let class = BYTES[bytes[i] as usize];
        if class == 0 {
            break;
        }
        if class < LATIN {
            bits |= class;
            i += 1;
        } else if class == LATIN && i + 1 < n {
            // U+00C0..U+00FF: letters, except × and ÷.
            let next = bytes[i + 1];
            if next == 0x97 || next == 0xB7 {
                break;
            }
            if matches!(next, 0xA5 | 0xA4 | 0xB6 | 0x85 | 0x84 | 0x96) {
                bits |= LETTER | MARKED;
                marks += 1;
            } else {
                bits |= LETTER | OTHER;
            }
            i += 2;
        } else {
            let c = text.get(i..).and_then(|rest| rest.chars().next()).unwrap_or(' ');
            if !c.is_alphanumeric() {
                break;
            }
            bits |= OTHER | if c.is_alphabetic() { LETTER } else { 0 };
            i += c.len_utf8();
        }
    }
    if i == start {
        // A character that starts no token: step over all of it.
        let width = text
            .get(i..)
            .and_then(|rest| rest.chars().next())
            .map_or(1, char::len_utf8);
        return (None, start + width);
    }
    let token = Token {
        start,
        end: i,
        bits,
        marks,
    };
    (Some(token), i)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens the slow way only: one character at a time over the whole text.
    fn scan_slowly(text: &str) -> Vec<Token> {
        let bytes = text.as_bytes();
        let mut tokens = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if BYTES[bytes[i] as usize] == 0 {
                i += 1;
                continue;
            }
            let (token, next) = token_at(text, i);
            tokens.extend(token);
            i = next;
        }
        tokens
    }

    fn scan_quickly(text: &str) -> Vec<Token> {
        let mut tokens = Vec::new();
        scan(text, |t| tokens.push(t));
        tokens
    }

    #[test]
    fn tokens_are_sorted_by_what_they_hold() {
        let seen: Vec<_> = scan_quickly("Mötet, 6a idé×2 AB – Åå")
            .into_iter()
            .map(|t| (t.start, t.end, t.bits, t.marks))
            .collect();
        assert_eq!(
            seen,
            vec![
                (0, 6, LETTER | LOWER | MARKED, 1),
                (8, 10, DIGIT | LETTER | LOWER | A_OR_O, 0),
                (11, 15, LETTER | LOWER | OTHER, 0),
                (17, 18, DIGIT, 0),
                (19, 21, LETTER | A_OR_O, 0),
                (26, 30, LETTER | MARKED, 2),
            ]
        );
    }

    /// Pieces that test every path: ASCII words, digits, `|`, marks in both cases, other
    /// letters of U+00C0..U+00FF, `×` and `÷`, characters beyond (a dash, quotes, `ł`, a digit
    /// of another script, an emoji), and separators.
    const PIECES: [&str; 31] = [
        "a",
        "o",
        "Ö",
        "ö",
        "å",
        "Ä",
        "é",
        "É",
        "ü",
        "×",
        "÷",
        "–",
        "”",
        "ł",
        "٣",
        "🙂",
        " ",
        "\n",
        ",",
        ".",
        "-",
        "|",
        "6",
        "0",
        "x",
        "Q",
        "ab",
        "Lanschefsnatverket",
        "\u{a0}",
        "ÿ",
        "À",
    ];

    /// A small generator of pseudo-random numbers (xorshift), so the cases are the same each run.
    fn numbers(mut state: u64) -> impl FnMut() -> u64 {
        move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        }
    }

    #[test]
    fn blocks_give_the_tokens_of_reading_one_character_at_a_time() {
        let mut next = numbers(0x9E37_79B9_7F4A_7C15);
        for case in 0..20_000 {
            let pieces = (next() % 120) as usize;
            let text: String = (0..pieces)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            assert_eq!(scan_quickly(&text), scan_slowly(&text), "case {case}: {text:?}");
        }
    }

    #[test]
    fn a_character_on_the_edge_of_a_block_is_read_whole() {
        // Each piece at every place around the first block's end, in a word and alone.
        for piece in PIECES {
            for before in 56..70 {
                for word in ["", "ord"] {
                    let text = format!("{}{word}{piece}{word} slut", "x".repeat(before));
                    assert_eq!(scan_quickly(&text), scan_slowly(&text), "{text:?}");
                    let text = format!("{} {word}{piece}{word} slut", "y ".repeat(before / 2));
                    assert_eq!(scan_quickly(&text), scan_slowly(&text), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn tokens_longer_than_a_block_are_read_whole() {
        for length in [63, 64, 65, 127, 128, 129, 300] {
            for filler in ["a", "ö", "é", "ł", "1"] {
                let text = format!("start {} slut", filler.repeat(length));
                assert_eq!(scan_quickly(&text), scan_slowly(&text), "{text:?}");
            }
        }
    }
}
