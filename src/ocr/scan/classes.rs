//! The bytes of a block of text sorted into classes sixteen at a time, one bit per byte, so that
//! the tokenizer finds where words end and what they hold without a branch per byte.

use wide::u8x16;

/// The bytes classified at once.
pub(super) const BLOCK: usize = 64;

/// What the bytes of a block are: bit `i` of each field says it of byte `i`.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Classes {
    /// ASCII letters.
    pub letter: u64,
    /// ASCII lower-case letters.
    pub lower: u64,
    /// `a`, `o`, `A`, `O`: what a lost mark leaves.
    pub a_or_o: u64,
    /// ASCII digits and `|`.
    pub digit: u64,
    /// Bytes outside ASCII.
    pub high: u64,
    /// `0xC3`, the first byte of U+00C0..U+00FF.
    pub latin: u64,
    /// Bytes that, second after `0xC3`, make `å ä ö Å Ä Ö`.
    pub mark: u64,
    /// Bytes that, second after `0xC3`, make `×` and `÷`.
    pub sign: u64,
}

impl Classes {
    /// Classifies one block.
    #[inline]
    pub(super) fn of(block: &[u8; BLOCK]) -> Self {
        let mut classes = Classes::default();
        for (k, chunk) in block.chunks_exact(16).enumerate() {
            let mut lanes = [0u8; 16];
            lanes.copy_from_slice(chunk);
            let bytes = u8x16::new(lanes);
            let shift = 16 * k;
            let bits = |mask: u8x16| u64::from(mask.to_bitmask()) << shift;
            // Setting bit 0x20 lowers an ASCII letter and leaves no other byte a letter.
            let folded = bytes | u8x16::splat(0x20);
            classes.letter |= bits(within(folded, b'a', 26));
            classes.lower |= bits(within(bytes, b'a', 26));
            classes.a_or_o |= bits(folded.simd_eq(u8x16::splat(b'a')) | folded.simd_eq(u8x16::splat(b'o')));
            classes.digit |= bits(within(bytes, b'0', 10) | bytes.simd_eq(u8x16::splat(b'|')));
            let high = bits(bytes);
            if high == 0 {
                continue;
            }
            classes.high |= high;
            classes.latin |= bits(bytes.simd_eq(u8x16::splat(0xC3)));
            // `0x85 0x84 0x96` (Å Ä Ö) with bit 0x20 set are `0xA5 0xA4 0xB6` (å ä ö).
            classes.mark |= bits(
                folded.simd_eq(u8x16::splat(0xA5))
                    | folded.simd_eq(u8x16::splat(0xA4))
                    | folded.simd_eq(u8x16::splat(0xB6)),
            );
            classes.sign |= bits(bytes.simd_eq(u8x16::splat(0x97)) | bytes.simd_eq(u8x16::splat(0xB7)));
        }
        classes
    }
}

/// The lanes whose byte is in `first..first + count`: the subtraction wraps the bytes below
/// `first` above the range.
#[inline]
fn within(bytes: u8x16, first: u8, count: u8) -> u8x16 {
    (bytes - u8x16::splat(first)).simd_lt(u8x16::splat(count))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The classes of one byte, the plain way.
    fn of_byte(b: u8) -> [bool; 8] {
        [
            b.is_ascii_alphabetic(),
            b.is_ascii_lowercase(),
            matches!(b, b'a' | b'o' | b'A' | b'O'),
            b.is_ascii_digit() || b == b'|',
            b >= 0x80,
            b == 0xC3,
            matches!(b, 0xA5 | 0xA4 | 0xB6 | 0x85 | 0x84 | 0x96),
            matches!(b, 0x97 | 0xB7),
        ]
    }

    fn fields(c: &Classes) -> [u64; 8] {
        [
            c.letter, c.lower, c.a_or_o, c.digit, c.high, c.latin, c.mark, c.sign,
        ]
    }

    #[test]
    fn every_byte_value_in_every_lane_is_classified_as_one_at_a_time() {
        for b in 0..=255u8 {
            for lane in 0..BLOCK {
                let mut block = [b' '; BLOCK];
                block[lane] = b;
                let classes = Classes::of(&block);
                let expected = of_byte(b);
                for (field, (mask, want)) in fields(&classes).iter().zip(expected).enumerate() {
                    assert_eq!(
                        mask >> lane & 1 == 1,
                        want,
                        "byte {b:#x}, lane {lane}, field {field}"
                    );
                    // The spaces around it are nothing.
                    assert_eq!(mask & !(1 << lane), 0, "byte {b:#x}, lane {lane}, field {field}");
                }
            }
        }
    }
}
