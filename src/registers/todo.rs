//! Open assignments across all minutes, each as it stands after the later minutes: who owes
//! what, by when, and to whom it reports back.

use crate::ledger::{Ledger, Tracked};
use crate::model::{ItemNumber, Reference};
use crate::network::{Members, Party};
use crate::output::date;
use anyhow::{Result, bail};
use chrono::NaiveDate;
use serde::Serialize;
use std::path::Path;

/// Which assignments to list.
#[derive(Debug, Clone)]
pub struct Filter {
    /// Owned by this party; an organisation also owns its people's assignments.
    pub owner: Option<Party>,
    /// Only those whose due date has passed.
    pub overdue: bool,
    /// Only those due before this date.
    pub due_before: Option<NaiveDate>,
    /// Only those given or carried forward at this meeting.
    pub meeting: Option<NaiveDate>,
    /// Done ones too.
    pub all: bool,
    /// The day "overdue" is counted from.
    pub today: NaiveDate,
}

/// One assignment as the register shows it. Serialised as one element of `assignments` in the
/// JSON output (docs/registers.md).
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// Where it was first given; it keeps this reference when carried forward.
    pub reference: Reference,
    /// Its latest statement.
    pub latest_reference: Reference,
    pub owners: Vec<String>,
    pub task: String,
    /// `Senast:`: a date `YYYY-MM-DD`, or the text as written when it is not one.
    pub due: Option<String>,
    #[serde(skip)]
    pub due_date: Option<NaiveDate>,
    /// Days past the due date, for an assignment not done whose due date has passed.
    pub overdue_days: Option<i64>,
    /// `Återrapport:`
    pub report_to: Option<String>,
    /// The meeting and item where it was given.
    #[serde(serialize_with = "date::iso")]
    pub meeting: NaiveDate,
    pub item: ItemNumber,
    pub item_title: String,
    pub matter: Option<String>,
    /// The meeting of its latest statement.
    #[serde(serialize_with = "date::iso")]
    pub latest_meeting: NaiveDate,
    pub done: bool,
    /// The item whose `Avslutar:` closed it.
    pub closed_by: Option<Reference>,
}

impl Row {
    fn new(tracked: &Tracked, today: NaiveDate) -> Row {
        let latest = tracked.latest;
        let due_date = latest.due_date;
        let due = match (due_date, &latest.due) {
            (Some(day), _) => Some(day.format("%Y-%m-%d").to_string()),
            (None, Some(text)) => Some(text.value.clone()),
            (None, None) => None,
        };
        let overdue_days = due_date
            .filter(|due| !tracked.done && *due < today)
            .map(|due| (today - due).num_days());
        Row {
            reference: tracked.reference,
            latest_reference: tracked.latest_reference,
            owners: latest.owners.iter().map(|o| o.value.clone()).collect(),
            task: latest.task.clone(),
            due,
            due_date,
            overdue_days,
            report_to: latest.report_to.as_ref().map(|r| r.value.clone()),
            meeting: tracked.reference.date,
            item: tracked.reference.item,
            item_title: tracked.origin.item.title.clone(),
            matter: tracked.matter().map(str::to_owned),
            latest_meeting: tracked.latest_reference.date,
            done: tracked.done,
            closed_by: tracked.closed_by,
        }
    }

    /// The due date as shown in a table: `2026-03-20 (overdue by 3 days)`.
    pub fn due_text(&self, today: NaiveDate) -> String {
        let Some(due) = &self.due else {
            return String::new();
        };
        match (self.overdue_days, self.due_date) {
            (Some(days), _) => format!("{due} (overdue by {})", super::plural(days, "day", "days")),
            (None, Some(day)) if day == today && !self.done => format!("{due} (today)"),
            _ => due.clone(),
        }
    }
}

/// What `--owner NAME` names: a person, organisation, group or the network, compared without
/// case or Swedish marks. An unknown name is an error with the nearest known names.
pub fn resolve_owner(members: &Members, name: &str, members_file: &Path) -> Result<Party> {
    if let Some(party) = members.resolve_loose(name) {
        return Ok(party);
    }
    let near = super::nearest_names(name, members.names(), 3);
    bail!(
        "`{name}` is not a person, organisation or group in {}{}",
        members_file.display(),
        super::suggestion(&near, "names")
    )
}

/// Whether an owner as written is `wanted`, or one of its people when `wanted` is an
/// organisation.
pub fn owner_matches(members: &Members, owner: &str, wanted: Party) -> bool {
    let Some(party) = members.resolve_loose(owner) else {
        return false;
    };
    party == wanted
        || matches!(wanted, Party::Organisation(org) if members.organisation_of(party) == Some(org))
}

/// The assignments the filter asks for, by due date (none last), then meeting and item.
pub fn rows(ledger: &Ledger, filter: &Filter) -> Vec<Row> {
    let members = &ledger.repo.network.members;
    let mut rows: Vec<Row> = ledger
        .assignments
        .iter()
        .filter(|t| filter.all || !t.done)
        .filter(|t| {
            filter.owner.is_none_or(|wanted| {
                t.latest
                    .owners
                    .iter()
                    .any(|o| owner_matches(members, &o.value, wanted))
            })
        })
        .filter(|t| {
            filter
                .meeting
                .is_none_or(|day| t.reference.date == day || t.latest_reference.date == day)
        })
        .map(|t| Row::new(t, filter.today))
        .filter(|row| !filter.overdue || row.overdue_days.is_some())
        .filter(|row| {
            filter
                .due_before
                .is_none_or(|limit| row.due_date.is_some_and(|due| due < limit))
        })
        .collect();
    rows.sort_by(|a, b| {
        (a.due_date.is_none(), a.due_date, a.reference).cmp(&(b.due_date.is_none(), b.due_date, b.reference))
    });
    rows
}
