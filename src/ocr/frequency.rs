//! How common a Swedish word form is, for the forms OCR confuses once å, ä and ö lose their
//! marks (`for`/`för`, `lagga`/`lägga`, `första`/`förstå`): `data/sv-frequencies.txt.gz`, derived
//! from wordfreq's Swedish list (see `data/README.md`). In centibels: a form of frequency
//! 10^(-cb/100); fewer is more common.

use std::sync::LazyLock;

static FREQUENCIES_FST: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/sv-frequencies.fst"));

/// The map the build script wrote; one that cannot be opened is an empty one.
static BUILTIN: LazyLock<Option<fst::Map<&'static [u8]>>> =
    LazyLock::new(|| fst::Map::new(FREQUENCIES_FST).ok());

/// How much more common one reading must be than another to be taken without other evidence:
/// 50 centibels, about three times as common (a scan keeps a word's marks now and then, so the
/// form as written has some weight of its own).
pub const MARGIN: u16 = 50;

/// What a form not in the list counts as: rarer than any listed form.
const RARE: u16 = 800;

/// The form's frequency in centibels (lower case), `None` when the list does not have it.
pub fn centibels(lower: &str) -> Option<u16> {
    BUILTIN.as_ref()?.get(lower).and_then(|cb| u16::try_from(cb).ok())
}

/// The form's frequency in centibels, a form the list does not have counting as rare.
pub fn centibels_or_rare(lower: &str) -> u16 {
    centibels(lower).unwrap_or(RARE)
}

/// Of several readings (lower case), the one that is at least [`MARGIN`] more common than every
/// other; `None` when no reading stands out or none is in the list.
pub fn dominant<'r>(readings: &[&'r str]) -> Option<&'r str> {
    let mut ranked: Vec<(u16, &str)> = readings.iter().map(|r| (centibels_or_rare(r), *r)).collect();
    ranked.sort();
    ranked.dedup_by(|a, b| a.1 == b.1);
    match ranked.as_slice() {
        [(best, word)] if *best < RARE => Some(word),
        [(best, word), (second, _), ..] if *best < RARE && second - best >= MARGIN => Some(word),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_readings_stand_out() {
        assert!(centibels("för").is_some());
        assert_eq!(dominant(&["första", "förstå"]), Some("första"));
        assert_eq!(dominant(&["gång", "gäng"]), Some("gång"));
        // `hört` and `hårt` are about as common: neither is taken.
        assert_eq!(dominant(&["hört", "hårt"]), None);
        assert_eq!(dominant(&["xyzzyå"]), None);
    }
}
