//! References as the documents write them: `2025-11-21#5e`, `2025-11-21#5e.b2` (a decision
//! clause), `2025-11-21#5e.u1` (an assignment), `2025-11-21 punkt 5e` (an item, on a `Från:`
//! line), and `Från mötet 21 november 2025, punkt 5e` for people.

use crate::format::dates;
use crate::model::{Reference, Target};
use std::fmt;

/// The word between a date and an item number: `2025-11-21 punkt 5e`.
pub const ITEM_WORD: &str = "punkt";
/// What stands before a decision clause's position: `.b2`.
pub const DECISION_MARK: &str = "b";
/// What stands before an assignment's position: `.u1`.
pub const ASSIGNMENT_MARK: &str = "u";

/// Writes `2025-11-21#5e`, `2025-11-21#5e.b2` or `2025-11-21#5e.u1`.
pub fn write(reference: &Reference, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    write!(f, "{}#{}", dates::iso(reference.date), reference.item)?;
    match reference.target {
        Target::Item => Ok(()),
        Target::Decision(n) => write!(f, ".{DECISION_MARK}{n}"),
        Target::Assignment(n) => write!(f, ".{ASSIGNMENT_MARK}{n}"),
    }
}

/// `2025-11-21 punkt 5e`: the item a reference is in, as a `Från:` line names it.
pub fn item(reference: Reference) -> String {
    format!("{} {ITEM_WORD} {}", dates::iso(reference.date), reference.item)
}

/// `Från mötet 21 november 2025, punkt 5e`: where an item comes from, for people reading a
/// rendered document.
pub fn origin_in_words(reference: Reference) -> String {
    format!(
        "Från mötet {}, {ITEM_WORD} {}",
        dates::in_words(reference.date),
        reference.item
    )
}

/// Reads an origin in words back: `Från mötet 21 november 2025, punkt 5e` (a full stop after
/// it allowed). The words form is what the agenda and minutes write, so a person reads it and
/// the tool knows the reference.
pub fn parse_origin_in_words(line: &str) -> Option<Reference> {
    let rest = line.trim().trim_end_matches('.').strip_prefix("Från mötet ")?;
    let (when, item) = rest.split_once(&format!(", {ITEM_WORD} "))?;
    let mut words = when.split_whitespace();
    let day: u32 = words.next()?.parse().ok()?;
    let month = words.next()?.to_lowercase();
    let year: i32 = words.next()?.parse().ok()?;
    if words.next().is_some() {
        return None;
    }
    let month = crate::swedish::MONTHS.iter().position(|m| *m == month)? as u32 + 1;
    let date = chrono::NaiveDate::from_ymd_opt(year, month, day)?;
    Reference::parse(&format!("{} {ITEM_WORD} {}", dates::iso(date), item.trim())).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(text: &str) -> Reference {
        Reference::parse(text).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn references_in_figures_and_in_words() {
        let r = reference("2025-11-21#5e.u1");
        assert_eq!(r.to_string(), "2025-11-21#5e.u1");
        assert_eq!(reference("2025-11-21#5e.b2").to_string(), "2025-11-21#5e.b2");
        assert_eq!(item(r), "2025-11-21 punkt 5e");
        assert_eq!(Reference::parse(&item(r)), Ok(r.item_reference()));
        assert_eq!(origin_in_words(r), "Från mötet 21 november 2025, punkt 5e");
        assert_eq!(
            origin_in_words(reference("2026-03-02#4")),
            "Från mötet 2 mars 2026, punkt 4"
        );
        assert_eq!(
            parse_origin_in_words("Från mötet 21 november 2025, punkt 5e."),
            Some(r.item_reference())
        );
        assert_eq!(
            parse_origin_in_words("Från mötet 31 november 2025, punkt 5e"),
            None
        );
        assert_eq!(parse_origin_in_words("Från mötet i november fick vi veta"), None);
    }
}
