//! A meeting file: an agenda or minutes, its front matter and its items.

use crate::model::item::Item;
use crate::model::reference::{ItemNumber, Reference};
use crate::span::{Pos, Spanned};
use crate::suppress::Suppressions;
use chrono::NaiveDate;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Kind {
    Agenda,
    Minutes,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Agenda => "agenda",
            Kind::Minutes => "minutes",
        }
    }

    pub fn file_name(self) -> &'static str {
        match self {
            Kind::Agenda => "agenda.md",
            Kind::Minutes => "minutes.md",
        }
    }

    pub fn from_file_name(name: &str) -> Option<Kind> {
        match name {
            "agenda.md" => Some(Kind::Agenda),
            "minutes.md" => Some(Kind::Minutes),
            _ => None,
        }
    }

    pub fn parse(text: &str) -> Option<Kind> {
        match text {
            "agenda" => Some(Kind::Agenda),
            "minutes" => Some(Kind::Minutes),
            _ => None,
        }
    }
}

/// An attendee or absentee.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Attendee {
    pub name: Spanned<String>,
    pub organisation: Option<Spanned<String>>,
    pub role: Option<String>,
    pub substitute_for: Option<Spanned<String>>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Attachment {
    pub id: Spanned<String>,
    pub title: String,
    pub file: Option<Spanned<String>>,
}

/// Compares attachment ids as the documents write them: `3 B` = `3b`.
pub fn attachment_key(id: &str) -> String {
    id.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// `status:` of a meeting file: a draft is not yet the network's record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Status {
    Draft,
    /// The default when the front matter says nothing.
    #[default]
    Final,
}

impl Status {
    pub fn parse(text: &str) -> Option<Status> {
        match text {
            "draft" => Some(Status::Draft),
            "final" => Some(Status::Final),
            _ => None,
        }
    }
}

/// The front matter.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Header {
    /// Where the front matter starts (its first `---`), for findings about the file as a whole.
    pub pos: Pos,
    pub kind: Option<Spanned<Kind>>,
    /// `status:`; final when absent.
    pub status: Option<Spanned<Status>>,
    pub date: Option<Spanned<NaiveDate>>,
    pub time: Option<Spanned<String>>,
    pub place: Option<Spanned<String>>,
    pub room: Option<Spanned<String>>,
    pub note: Option<Spanned<String>>,
    pub chair: Option<Spanned<String>>,
    pub note_taker: Option<Spanned<String>>,
    /// `adjusters`: who checks and signs the minutes (*justerare*).
    pub adjusters: Vec<Spanned<String>>,
    pub attendees: Vec<Attendee>,
    pub absentees: Vec<Attendee>,
    pub previous_minutes: Option<Spanned<NaiveDate>>,
    pub attachments: Vec<Attachment>,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Meeting {
    pub path: PathBuf,
    /// The date the folder is named by.
    pub folder_date: Option<NaiveDate>,
    /// The kind the file name says.
    pub file_kind: Option<Kind>,
    pub header: Header,
    /// Whether a front matter was found and read.
    pub has_header: bool,
    /// The level-1 heading.
    pub title: Option<String>,
    /// Items and sub-items in document order.
    pub items: Vec<Item>,
    pub suppressions: Suppressions,
}

impl Meeting {
    /// The kind: the front matter's, else the file name's.
    pub fn kind(&self) -> Option<Kind> {
        self.header.kind.as_ref().map(|k| k.value).or(self.file_kind)
    }

    /// The date: the folder's, else the front matter's.
    pub fn date(&self) -> Option<NaiveDate> {
        self.folder_date.or(self.header.date.as_ref().map(|d| d.value))
    }

    /// Whether the file says it is a draft (`status: draft`).
    pub fn is_draft(&self) -> bool {
        self.header
            .status
            .as_ref()
            .is_some_and(|s| s.value == Status::Draft)
    }

    pub fn is_minutes(&self) -> bool {
        self.kind() == Some(Kind::Minutes)
    }

    pub fn item(&self, number: ItemNumber) -> Option<&Item> {
        self.items.iter().find(|item| item.number == number)
    }

    pub fn children(&self, index: usize) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(move |item| item.parent == Some(index))
    }

    /// The item's reference, when the meeting has a date.
    pub fn reference(&self, item: &Item) -> Option<Reference> {
        self.date().map(|date| Reference::item(date, item.number))
    }

    /// Gives back the room its lists grew into while it was parsed: a register keeps every
    /// meeting of the archive, where that room would be a third of its memory.
    pub fn shrink_to_fit(&mut self) {
        let header = &mut self.header;
        header.adjusters.shrink_to_fit();
        header.attendees.shrink_to_fit();
        header.absentees.shrink_to_fit();
        header.attachments.shrink_to_fit();
        header.notes.shrink_to_fit();
        for item in &mut self.items {
            item.shrink_to_fit();
        }
        self.items.shrink_to_fit();
    }

    /// The parent's title for a sub-item: the section it stands in.
    pub fn section_of(&self, item: &Item) -> Option<&str> {
        item.parent
            .and_then(|p| self.items.get(p))
            .map(|p| p.title.as_str())
    }
}
