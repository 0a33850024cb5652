//! References that name an item, a decision clause or an assignment of a meeting:
//! `2025-11-21#5e`, `2025-11-21#5e.b2`, `2025-11-21#5e.u1` (or `2025-11-21 punkt 5e`).

use chrono::NaiveDate;
use serde::Serialize;
use std::fmt;

/// An item's number: `5` or `5e`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct ItemNumber {
    pub number: u32,
    pub letter: Option<char>,
}

impl ItemNumber {
    pub fn new(number: u32, letter: Option<char>) -> Self {
        ItemNumber { number, letter }
    }

    pub fn parse(text: &str) -> Option<ItemNumber> {
        let text = text.trim();
        let digits = text.chars().take_while(char::is_ascii_digit).count();
        let number = text.get(..digits)?.parse().ok()?;
        let rest = &text[digits..];
        let mut chars = rest.chars();
        let letter = match (chars.next(), chars.next()) {
            (None, _) => None,
            (Some(c), None) if c.is_ascii_lowercase() => Some(c),
            _ => return None,
        };
        Some(ItemNumber { number, letter })
    }
}

impl fmt::Display for ItemNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.number)?;
        if let Some(letter) = self.letter {
            write!(f, "{letter}")?;
        }
        Ok(())
    }
}

// Text (`5e`) in the JSON output; its fields in the cache, which needs no parsing back.
impl Serialize for ItemNumber {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.collect_str(self)
        } else {
            (self.number, self.letter).serialize(s)
        }
    }
}

impl<'de> serde::Deserialize<'de> for ItemNumber {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if d.is_human_readable() {
            let text = String::deserialize(d)?;
            ItemNumber::parse(&text)
                .ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not an item number")))
        } else {
            let (number, letter) = <(u32, Option<char>)>::deserialize(d)?;
            Ok(ItemNumber { number, letter })
        }
    }
}

/// What in an item a reference names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
pub enum Target {
    Item,
    /// The n-th decision clause (1-based).
    Decision(u32),
    /// The n-th assignment (1-based).
    Assignment(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reference {
    pub date: NaiveDate,
    pub item: ItemNumber,
    pub target: Target,
}

impl Reference {
    pub fn item(date: NaiveDate, item: ItemNumber) -> Self {
        Reference {
            date,
            item,
            target: Target::Item,
        }
    }

    pub fn with_target(self, target: Target) -> Self {
        Reference { target, ..self }
    }

    /// The item this reference is in.
    pub fn item_reference(self) -> Reference {
        self.with_target(Target::Item)
    }

    /// Parses a reference, saying what is wrong with it if it cannot.
    pub fn parse(text: &str) -> Result<Reference, String> {
        let text = text.trim().trim_end_matches('.');
        let not_a_reference = || {
            format!(
                "`{text}` is not a reference; write `2025-11-21#5e`, `2025-11-21#5e.u1` or `2025-11-21 punkt 5e`"
            )
        };
        let date_text = text.get(..10).ok_or_else(not_a_reference)?;
        let rest = &text[10..];
        let rest = match rest.strip_prefix('#') {
            Some(rest) => rest,
            None => {
                let spaced = rest.trim_start();
                let after = spaced
                    .strip_prefix(crate::format::references::ITEM_WORD)
                    .filter(|_| spaced.len() < rest.len())
                    .ok_or_else(not_a_reference)?;
                let item = after.trim_start();
                if item.len() == after.len() {
                    return Err(not_a_reference());
                }
                item
            }
        };
        let date = crate::schema::parse_date(date_text)
            .map_err(|why| format!("`{date_text}` in `{text}` is not a real date {why}"))?;
        let (item_text, target_text) = match rest.split_once('.') {
            Some((item, target)) => (item, Some(target)),
            None => (rest, None),
        };
        let digits = item_text.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=4).contains(&digits) {
            return Err(not_a_reference());
        }
        let item = ItemNumber::parse(item_text).ok_or_else(not_a_reference)?;
        let target = match target_text {
            None => Target::Item,
            Some(target) => {
                let (kind, n) = target.split_at(target.len().min(1));
                if !(1..=4).contains(&n.len()) || !n.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(not_a_reference());
                }
                let n: u32 = n
                    .parse()
                    .map_err(|_| format!("`{text}` has a position out of range"))?;
                if n == 0 {
                    return Err(format!("positions in `{text}` count from 1"));
                }
                match kind {
                    crate::format::references::DECISION_MARK => Target::Decision(n),
                    crate::format::references::ASSIGNMENT_MARK => Target::Assignment(n),
                    _ => return Err(not_a_reference()),
                }
            }
        };
        Ok(Reference { date, item, target })
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::format::references::write(self, f)
    }
}

// Text (`2025-11-21#5e`) in the JSON output; its fields in the cache.
impl Serialize for Reference {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.collect_str(self)
        } else {
            (self.date, self.item, self.target).serialize(s)
        }
    }
}

impl<'de> serde::Deserialize<'de> for Reference {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if d.is_human_readable() {
            let text = String::deserialize(d)?;
            Reference::parse(&text).map_err(serde::de::Error::custom)
        } else {
            let (date, item, target) = <(NaiveDate, ItemNumber, Target)>::deserialize(d)?;
            Ok(Reference { date, item, target })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        for text in ["2025-11-21#5e", "2025-11-21#5e.u1", "2025-11-21#12.b3"] {
            assert_eq!(Reference::parse(text).map(|r| r.to_string()), Ok(text.to_owned()));
        }
        assert_eq!(
            Reference::parse("2025-11-21 punkt 5e").map(|r| r.to_string()),
            Ok("2025-11-21#5e".to_owned())
        );
    }

    #[test]
    fn bad_references_say_why() {
        assert!(Reference::parse("2025-02-30#1").is_err_and(|e| e.contains("not a real date")));
        assert!(Reference::parse("punkt 5").is_err());
        assert!(Reference::parse("2025-11-21#5e.u0").is_err());
        assert!(Reference::parse("2025-11-21#99999999999999999999").is_err());
        for bad in [
            "2025-11-21#5e.x1",
            "2025-11-21#5E",
            "2025-11-21punkt 5",
            "2025-11-21 #5",
            "2025-11-21#5.u",
            "2025-11-21#5.u12345",
            "2025-11-21#",
        ] {
            assert!(Reference::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            Reference::parse("2025-11-21#5e.").map(|r| r.to_string()),
            Ok("2025-11-21#5e".to_owned())
        );
    }
}
