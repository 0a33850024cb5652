//! An item (`## 5.`) or sub-item (`### 5e.`) of an agenda or minutes.

use crate::model::assignment::Assignment;
use crate::model::clause::Clause;
use crate::model::reference::{ItemNumber, Reference};
use crate::span::{Pos, Spanned};
use chrono::NaiveDate;

/// `Status:` of an item in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ItemStatus {
    /// Bordlagd: postponed to a later meeting.
    Postponed,
    /// Utgår: withdrawn.
    Withdrawn,
}

/// `Återkommer:` of an item in minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Returns {
    Yes,
    No,
    From(NaiveDate),
}

#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Item {
    pub number: ItemNumber,
    /// Index of the parent item in the meeting's item list, for sub-items.
    pub parent: Option<usize>,
    pub has_children: bool,
    pub heading: Pos,
    pub heading_len: u32,
    /// The title without number and type.
    pub title: String,
    /// The type prefix as written (`Information/Dialog`), with its position.
    pub type_text: Option<Spanned<String>>,
    /// The type's parts, normalised (`Information`, `Dialog`), when all are known.
    pub types: Vec<String>,
    pub matter: Option<Spanned<String>>,
    pub presenters: Vec<String>,
    /// Where the (first) `Föredragande:` value starts.
    pub presenters_pos: Option<Pos>,
    pub attachments: Vec<Spanned<String>>,
    /// `Från:` as written, and the reference when it reads as one.
    pub from: Option<Spanned<String>>,
    pub from_ref: Option<Reference>,
    /// `Återkommer:`: the value, or the text when it is not a valid value.
    pub returns: Option<Spanned<Result<Returns, String>>>,
    /// `Status:`: the value, or the text when it is not a valid value.
    pub status: Option<Spanned<Result<ItemStatus, String>>>,
    /// `Avslutar:` references, as written and as read.
    pub closes: Vec<Spanned<Result<Reference, String>>>,
    pub proposal: Vec<Clause>,
    pub decisions: Vec<Clause>,
    pub assignments: Vec<Assignment>,
    /// Prose under the item, as Markdown, paragraphs separated by blank lines.
    pub prose: String,
}

impl Item {
    pub fn is_decision_item(&self) -> bool {
        self.types.iter().any(|t| t == "Beslut")
    }

    pub fn type_label(&self) -> Option<&str> {
        self.type_text.as_ref().map(|t| t.value.as_str())
    }

    /// `Beslut: Kalendarium 2026`, or the bare title.
    pub fn full_title(&self) -> String {
        match self.type_label() {
            Some(kind) => format!("{kind}: {}", self.title),
            None => self.title.clone(),
        }
    }

    pub fn status(&self) -> Option<ItemStatus> {
        self.status.as_ref().and_then(|s| s.value.as_ref().ok().copied())
    }

    pub fn returns(&self) -> Option<Returns> {
        self.returns.as_ref().and_then(|s| s.value.as_ref().ok().copied())
    }

    pub fn matter_id(&self) -> Option<&str> {
        self.matter.as_ref().map(|m| m.value.as_str())
    }

    /// Gives back the room its lists and texts grew into while the item was parsed.
    pub fn shrink_to_fit(&mut self) {
        self.title.shrink_to_fit();
        self.types.shrink_to_fit();
        self.presenters.shrink_to_fit();
        self.attachments.shrink_to_fit();
        self.closes.shrink_to_fit();
        self.prose.shrink_to_fit();
        for clause in self.proposal.iter_mut().chain(self.decisions.iter_mut()) {
            clause.text.shrink_to_fit();
        }
        self.proposal.shrink_to_fit();
        self.decisions.shrink_to_fit();
        for assignment in &mut self.assignments {
            assignment.owners.shrink_to_fit();
            assignment.task.shrink_to_fit();
        }
        self.assignments.shrink_to_fit();
    }
}
