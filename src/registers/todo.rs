//! Open assignments across all minutes, each as it stands after the later minutes: who owes
//! what, by when, and to whom it reports back.

use crate::ledger::{Ledger, Tracked};
use crate::model::{ItemNumber, Reference};
use crate::msg;
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

impl Filter {
    /// Every assignment, done ones too, with overdue days counted from `today`.
    pub fn everything(today: NaiveDate) -> Filter {
        Filter {
            owner: None,
            overdue: false,
            due_before: None,
            meeting: None,
            all: true,
            today,
        }
    }
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
    /// `Återrapport:` (`not stated` where the minutes say `ej angiven`).
    pub report_to: Option<String>,
    /// The group the owner asked for owes this through, when the group acts per member
    /// (`Ledamöterna`, each for its organisation), and the organisation that owes it then.
    pub as_member_of: Option<String>,
    pub member: Option<String>,
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
            owners: latest.owners.iter().map(|o| stated(&o.value)).collect(),
            task: latest.task.clone(),
            due,
            due_date,
            overdue_days,
            report_to: latest.report_to.as_ref().map(|r| stated(&r.value)),
            as_member_of: None,
            member: None,
            meeting: tracked.reference.date,
            item: tracked.reference.item,
            item_title: tracked.origin.item.title.clone(),
            matter: tracked.matter().map(str::to_owned),
            latest_meeting: tracked.latest_reference.date,
            done: tracked.done,
            closed_by: tracked.closed_by,
        }
    }

    /// The owners as a table shows them: `Rättvik, as a member of Ledamöterna` for a task owed
    /// through a group that acts per member.
    pub fn owner_text(&self, separator: &str) -> String {
        match (&self.member, &self.as_member_of) {
            (Some(member), Some(group)) => msg!(
                "todo-owner-as-member",
                member = member.as_str(),
                group = group.as_str()
            ),
            _ => self.owners.join(separator),
        }
    }

    /// The due date as shown in a table: `2026-03-20 (overdue by 3 days)`.
    pub fn due_text(&self, today: NaiveDate) -> String {
        let Some(due) = &self.due else {
            return String::new();
        };
        match (self.overdue_days, self.due_date) {
            (Some(days), _) => msg!("todo-due-overdue", due = due.as_str(), days = days),
            (None, Some(day)) if day == today && !self.done => {
                msg!("todo-due-today", due = due.as_str())
            }
            _ => due.clone(),
        }
    }
}

/// What the registers show for a value the minutes give as `ej angiven`.
pub const NOT_STATED: &str = "not stated";

/// A value as a person reads it: [`NOT_STATED`] in the language of the messages.
pub fn shown(value: &str) -> String {
    if value == NOT_STATED {
        msg!("not-stated")
    } else {
        value.to_owned()
    }
}

fn stated(value: &str) -> String {
    if crate::format::labels::is_not_stated(value) {
        NOT_STATED.to_owned()
    } else {
        value.to_owned()
    }
}

/// What `--owner NAME` names: a person, organisation, group or the network, compared without
/// case or Swedish marks; a part of a name that fits one of them only (`Munters`, `Tommy`)
/// names that one. Several that fit, or none, is an error listing them or the nearest names.
pub fn resolve_owner(members: &Members, name: &str, members_file: &Path) -> Result<Party> {
    if let Some(party) = members.resolve_loose(name) {
        return Ok(party);
    }
    let wanted: Vec<String> = crate::text::fold(name)
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    if !wanted.is_empty() {
        let mut fits: Vec<(Party, &str)> = Vec::new();
        for known in members.names() {
            let words: Vec<String> = crate::text::fold(known)
                .split_whitespace()
                .map(str::to_owned)
                .collect();
            let all_found = wanted.iter().all(|w| words.iter().any(|k| k == w));
            if let Some(party) = members.resolve(known).filter(|_| all_found)
                && !fits.iter().any(|(p, _)| *p == party)
            {
                fits.push((party, known));
            }
        }
        match fits.as_slice() {
            [(party, _)] => return Ok(*party),
            [] => {}
            many => bail!(
                "{}",
                msg!(
                    "owner-arg-fits-several",
                    name = name,
                    count = many.len(),
                    file = members_file.display().to_string(),
                    names = many
                        .iter()
                        .map(|(_, n)| format!("`{n}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            ),
        }
    }
    // One suggestion per party, by its own name, not one per alias.
    let mut near: Vec<&str> = Vec::new();
    for candidate in super::nearest_names(name, members.names(), 6) {
        let own = members
            .resolve(candidate)
            .map_or(candidate, |p| members.name_of(p));
        if !near.contains(&own) && near.len() < 3 {
            near.push(own);
        }
    }
    bail!(
        "{}",
        msg!(
            "owner-arg-unknown",
            name = name,
            file = members_file.display().to_string(),
            suggestion = super::suggestion(&near, super::Known::Names)
        )
    )
}

/// How an owner as written stands for `wanted`: as itself (or one of its people when `wanted`
/// is an organisation), or through a group whose members each act for their own organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owes {
    Directly,
    AsMemberOf(usize),
}

/// Whether an owner as written is `wanted`, one of its people when `wanted` is an
/// organisation, or a per-member group that `wanted` (or its organisation) is a member of.
pub fn owner_matches(members: &Members, owner: &str, wanted: Party) -> Option<Owes> {
    let party = members.resolve_loose(owner)?;
    if party == wanted
        || matches!(wanted, Party::Organisation(org) if members.organisation_of(party) == Some(org))
    {
        return Some(Owes::Directly);
    }
    let Party::Group(group) = party else { return None };
    let organisation = members.organisation_of(wanted)?;
    members
        .per_member_organisations(group)
        .contains(&organisation)
        .then_some(Owes::AsMemberOf(group))
}

/// The assignments the filter asks for, by due date (none last), then meeting and item.
pub fn rows(ledger: &Ledger, filter: &Filter) -> Vec<Row> {
    let members = &ledger.repo.network.members;
    let mut rows: Vec<Row> = ledger
        .assignments
        .iter()
        .filter(|t| filter.all || !t.done)
        .filter_map(|t| {
            let Some(wanted) = filter.owner else {
                return Some((t, None));
            };
            let owes: Vec<Owes> = t
                .latest
                .owners
                .iter()
                .filter_map(|o| owner_matches(members, &o.value, wanted))
                .collect();
            if owes.contains(&Owes::Directly) {
                return Some((t, None));
            }
            owes.into_iter().find_map(|o| match o {
                Owes::AsMemberOf(group) => Some((t, Some(members.groups[group].name.clone()))),
                Owes::Directly => None,
            })
        })
        .filter(|(t, _)| {
            filter
                .meeting
                .is_none_or(|day| t.reference.date == day || t.latest_reference.date == day)
        })
        .map(|(t, through)| {
            let mut row = Row::new(t, filter.today);
            if through.is_some() {
                row.member = filter
                    .owner
                    .and_then(|w| members.organisation_of(w))
                    .map(|o| members.organisations[o].name.clone());
            }
            row.as_member_of = through;
            row
        })
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
