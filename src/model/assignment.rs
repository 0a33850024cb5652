//! An assignment: a GitHub task-list item with owners, a task and optional fields.

use crate::model::reference::Reference;
use crate::span::{Pos, Spanned};
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Assignment {
    pub done: bool,
    pub owners: Vec<Spanned<String>>,
    /// The task, without owners and fields.
    pub task: String,
    /// `Senast:` as written, and as a date when it is one.
    pub due: Option<Spanned<String>>,
    pub due_date: Option<NaiveDate>,
    /// `Återrapport:`
    pub report_to: Option<Spanned<String>>,
    /// `Från:` as written, and the reference when it reads as one.
    pub from: Option<Spanned<String>>,
    pub from_ref: Option<Reference>,
    /// Start of the task-list item.
    pub pos: Pos,
    /// 1-based position among the item's assignments.
    pub position: u32,
}
