//! What the rules across files need of each meeting file, and no more: `check` keeps this small
//! index instead of whole meetings, so its memory does not grow with the prose it reads.

use crate::model::{ItemNumber, Kind, Meeting, Reference, Target};
use crate::network::StandardItems;
use crate::span::Pos;
use crate::suppress::Suppressions;
use chrono::NaiveDate;
use std::collections::HashMap;
use std::path::PathBuf;

/// An item, as other files see it.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct IndexedItem {
    pub number: ItemNumber,
    pub heading: Pos,
    pub title: Box<str>,
    /// A hash of the title as [`crate::text::fold_case`] gives it: titles whose keys differ
    /// differ, so the rules across files fold only titles whose keys are the same.
    pub title_key: u64,
    pub matter: Option<Box<str>>,
    /// Which standard item it is (opening then closing), for top-level items.
    pub standard: Option<u16>,
    pub decisions: u32,
    pub assignments: u32,
}

/// Where a file names something in another file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Use {
    /// `Från:` on an item.
    ItemFrom,
    /// `Avslutar:` on an item.
    Closes,
    /// `Från:` on an assignment.
    AssignmentFrom,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct ReferenceUse {
    pub kind: Use,
    pub reference: Reference,
    pub pos: Pos,
    pub len: u32,
}

/// One meeting file, indexed.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct FileIndex {
    pub path: PathBuf,
    pub date: Option<NaiveDate>,
    pub kind: Option<Kind>,
    pub header_pos: Pos,
    pub items: Vec<IndexedItem>,
    pub uses: Vec<ReferenceUse>,
    pub suppressions: Suppressions,
}

impl FileIndex {
    pub fn new(meeting: &Meeting, standard: &StandardItems) -> FileIndex {
        let standard_index = |title: &str| {
            standard
                .opening
                .iter()
                .chain(&standard.closing)
                .position(|s| StandardItems::matches(s, title))
                .and_then(|i| u16::try_from(i).ok())
        };
        let mut uses = Vec::new();
        let mut items = Vec::with_capacity(meeting.items.len());
        for item in &meeting.items {
            items.push(IndexedItem {
                number: item.number,
                heading: item.heading,
                title: item.title.as_str().into(),
                title_key: crate::text::folded_key(&item.title),
                matter: item.matter_id().map(Into::into),
                standard: if item.parent.is_none() {
                    standard_index(&item.title)
                } else {
                    None
                },
                decisions: u32::try_from(item.decisions.len()).unwrap_or(u32::MAX),
                assignments: u32::try_from(item.assignments.len()).unwrap_or(u32::MAX),
            });
            if let (Some(from), Some(reference)) = (&item.from, item.from_ref) {
                uses.push(ReferenceUse {
                    kind: Use::ItemFrom,
                    reference,
                    pos: from.pos,
                    len: from.len,
                });
            }
            for close in &item.closes {
                if let Ok(reference) = close.value {
                    uses.push(ReferenceUse {
                        kind: Use::Closes,
                        reference,
                        pos: close.pos,
                        len: close.len,
                    });
                }
            }
            for assignment in &item.assignments {
                if let (Some(from), Some(reference)) = (&assignment.from, assignment.from_ref) {
                    uses.push(ReferenceUse {
                        kind: Use::AssignmentFrom,
                        reference,
                        pos: from.pos,
                        len: from.len,
                    });
                }
            }
        }
        FileIndex {
            path: meeting.path.clone(),
            date: meeting.date(),
            kind: meeting.kind(),
            header_pos: meeting.header.pos,
            items,
            uses,
            suppressions: meeting.suppressions.clone(),
        }
    }

    pub fn item(&self, number: ItemNumber) -> Option<&IndexedItem> {
        self.items.iter().find(|i| i.number == number)
    }
}

/// The indexed files of a repository, found by date and kind.
pub struct Indexed<'a> {
    pub files: &'a [FileIndex],
    by_date: HashMap<(NaiveDate, Kind), usize>,
}

impl<'a> Indexed<'a> {
    pub fn new(files: &'a [FileIndex]) -> Indexed<'a> {
        let by_date = files
            .iter()
            .enumerate()
            .filter_map(|(i, f)| Some(((f.date?, f.kind?), i)))
            .collect();
        Indexed { files, by_date }
    }

    pub fn get(&self, date: NaiveDate, kind: Kind) -> Option<&'a FileIndex> {
        self.by_date.get(&(date, kind)).and_then(|i| self.files.get(*i))
    }
}

/// Whether a target exists in an item.
pub fn has_target(item: &IndexedItem, target: Target) -> bool {
    match target {
        Target::Item => true,
        Target::Decision(n) => n <= item.decisions,
        Target::Assignment(n) => n <= item.assignments,
    }
}
