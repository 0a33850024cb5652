//! `numbering`: items and sub-items numbered 1, 2, 3 and a, b, c in the order they stand, in
//! agendas and draft minutes. Final minutes are the record others refer to; their numbers stay.
//! Renumbered items of draft minutes are [`Move`]s: references to them (`2026-01-29#5e.u1`,
//! `2026-01-29 punkt 5e`, `Från mötet 29 januari 2026, punkt 5e`) follow, in every file.

use super::{Edit, Fix, Move};
use crate::format::{dates, references};
use crate::model::{ItemNumber, Kind, Meeting};
use crate::source::SourceFile;
use std::collections::{HashMap, HashSet};

/// The renumbering of a whole file, or `None` when it keeps its numbers: final minutes, a
/// number written twice (a reference to it names two items), or nothing to change.
pub fn plan(file: &SourceFile, meeting: &Meeting) -> Option<Fix> {
    let renumbers = match meeting.kind()? {
        Kind::Agenda => true,
        Kind::Minutes => meeting.is_draft(),
    };
    if !renumbers {
        return None;
    }
    let mut seen = HashSet::new();
    if !meeting.items.iter().all(|item| seen.insert(item.number)) {
        return None;
    }
    let mut new_numbers: Vec<ItemNumber> = Vec::with_capacity(meeting.items.len());
    let mut top = 0u32;
    let mut letters: HashMap<usize, char> = HashMap::new();
    for item in &meeting.items {
        let number = match item.parent {
            None => {
                top += 1;
                ItemNumber::new(top, None)
            }
            Some(parent) => {
                let parent_number = new_numbers.get(parent)?.number;
                let letter = letters.entry(parent).or_insert('a');
                let this = *letter;
                if !this.is_ascii_lowercase() {
                    return None;
                }
                *letter = char::from_u32(u32::from(this) + 1)?;
                ItemNumber::new(parent_number, Some(this))
            }
        };
        new_numbers.push(number);
    }
    let mut edits = Vec::new();
    let mut moves = Vec::new();
    for (item, new) in meeting.items.iter().zip(&new_numbers) {
        if item.number == *new {
            continue;
        }
        edits.push(number_edit(file, item.heading.offset, item.number, *new)?);
        // References name minutes; an agenda's numbers are named by no one.
        if meeting.is_minutes() {
            moves.push(Move {
                date: meeting.date()?,
                from: item.number,
                to: *new,
            });
        }
    }
    (!edits.is_empty()).then_some(Fix { edits, moves })
}

/// The edit of the number in a heading that starts at `start`: `### 5e. Titel`.
fn number_edit(file: &SourceFile, start: usize, old: ItemNumber, new: ItemNumber) -> Option<Edit> {
    let rest = file.text.get(start..)?;
    let after_marks = rest.trim_start_matches(' ').trim_start_matches('#');
    let at_number = after_marks.trim_start_matches([' ', '\t']);
    let written = old.to_string();
    let follows = at_number.get(written.len()..)?.chars().next();
    if !at_number.starts_with(&written) || follows.is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    let offset = start + (rest.len() - at_number.len());
    Some(Edit::at(file, offset..offset + written.len(), new.to_string()))
}

/// The edits that make the references in `text` to moved items name them by their new numbers.
pub fn reference_edits(text: &str, moves: &[Move]) -> Vec<Edit> {
    let mut edits = Vec::new();
    let mut dates_seen = HashSet::new();
    for date in moves.iter().map(|m| m.date) {
        if !dates_seen.insert(date) {
            continue;
        }
        let map: HashMap<ItemNumber, ItemNumber> = moves
            .iter()
            .filter(|m| m.date == date)
            .map(|m| (m.from, m.to))
            .collect();
        let iso = dates::iso(date);
        let word = references::ITEM_WORD;
        for prefix in [
            format!("{iso}#"),
            format!("{iso} {word} "),
            format!("{}, {word} ", dates::in_words(date)),
        ] {
            for at in memchr::memmem::find_iter(text.as_bytes(), prefix.as_bytes()) {
                let start = at + prefix.len();
                if let Some((old, len)) = number_at(&text[start..])
                    && let Some(new) = map.get(&old)
                {
                    edits.push(Edit {
                        range: start..start + len,
                        replacement: new.to_string(),
                        region: None,
                    });
                }
            }
        }
    }
    edits.sort_by_key(|e| e.range.start);
    edits
}

/// The item number at the start of a text (`5`, `5e`) and its length, when nothing but
/// punctuation or space follows it.
fn number_at(text: &str) -> Option<(ItemNumber, usize)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let number: u32 = text[..digits].parse().ok()?;
    let letter = text[digits..].chars().next().filter(char::is_ascii_lowercase);
    let len = digits + usize::from(letter.is_some());
    if text[len..].chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some((ItemNumber::new(number, letter), len))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn moves() -> Vec<Move> {
        let date = NaiveDate::from_ymd_opt(2026, 1, 29).unwrap_or_default();
        vec![
            Move {
                date,
                from: ItemNumber::new(5, Some('e')),
                to: ItemNumber::new(5, Some('d')),
            },
            Move {
                date,
                from: ItemNumber::new(6, None),
                to: ItemNumber::new(5, None),
            },
        ]
    }

    #[test]
    fn references_in_every_form_follow_their_items() {
        let text = "Från: 2026-01-29#5e.u1.\nFrån: 2026-01-29 punkt 6\nFrån mötet 29 januari 2026, punkt 5e.\nstarts: 2026-01-29#6\n2026-01-29#5ea 2026-01-29#55 2025-01-29#6\n";
        let edits = reference_edits(text, &moves());
        let refs: Vec<&Edit> = edits.iter().collect();
        assert_eq!(
            super::super::edit::apply(text, &refs).as_deref(),
            Some(
                "Från: 2026-01-29#5d.u1.\nFrån: 2026-01-29 punkt 5\nFrån mötet 29 januari 2026, punkt 5d.\nstarts: 2026-01-29#5\n2026-01-29#5ea 2026-01-29#55 2025-01-29#6\n"
            )
        );
    }
}
