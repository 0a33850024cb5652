//! The decision register: every decision clause in the minutes, with its item and reference.

use crate::model::{ItemNumber, Reference, Target};
use crate::output::date;
use crate::repo::Repository;
use crate::text::fold;
use chrono::NaiveDate;
use serde::Serialize;

/// Which decisions to list.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    /// Only decisions under items of this matter.
    pub matter: Option<String>,
    /// Only decisions whose text or item title holds this, compared without case or marks.
    pub grep: Option<String>,
}

/// One decision clause. Serialised as one element of `decisions` in the JSON output.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub reference: Reference,
    #[serde(serialize_with = "date::iso")]
    pub date: NaiveDate,
    pub item: ItemNumber,
    pub item_title: String,
    /// The item's type as written (`Beslut`, `Information/Dialog`).
    pub item_type: Option<String>,
    pub matter: Option<String>,
    /// The clause as written, on one line.
    pub text: String,
}

/// The decisions the filter asks for, in meeting and item order.
pub fn rows(repo: &Repository, filter: &Filter) -> Vec<Row> {
    let needle = filter.grep.as_deref().map(fold).filter(|n| !n.is_empty());
    let mut rows = Vec::new();
    for meeting in repo.all_minutes() {
        let Some(day) = meeting.date() else { continue };
        if !super::within(day, filter.since, filter.until) {
            continue;
        }
        for item in &meeting.items {
            if filter
                .matter
                .as_deref()
                .is_some_and(|wanted| item.matter_id() != Some(wanted))
            {
                continue;
            }
            let title_matches = needle.as_deref().is_some_and(|n| fold(&item.title).contains(n));
            for clause in &item.decisions {
                if let Some(n) = needle.as_deref()
                    && !title_matches
                    && !fold(&clause.text).contains(n)
                {
                    continue;
                }
                rows.push(Row {
                    reference: Reference::item(day, item.number)
                        .with_target(Target::Decision(clause.position)),
                    date: day,
                    item: item.number,
                    item_title: item.title.clone(),
                    item_type: item.type_label().map(str::to_owned),
                    matter: item.matter_id().map(str::to_owned),
                    text: clause.text.clone(),
                });
            }
        }
    }
    rows
}
