//! A minutes skeleton from a meeting's agenda: the same items, numbers, presenters, attachments,
//! matters and references; each proposal as a decision to confirm; the open assignments to tick
//! or keep; the network's delegates as attendees to prune. What the note-taker still has to
//! write is marked with `[[...]]` placeholders, which `lchnv check` lists as warnings.

use crate::cycle::Draft;
use crate::cycle::template::{self, Compiled, Which, map};
use crate::cycle::text::{LineStyle, assignment_line, long_date};
use crate::exit::Refusal;
use crate::ledger::Ledger;
use crate::model::{Assignment, Item, Kind, Meeting};
use crate::network::Party;
use crate::repo::Repository;
use anyhow::{Result, bail};
use chrono::NaiveDate;
use minijinja::value::Value;
use std::path::PathBuf;

/// What `lchnv new-minutes` was asked for.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub date: NaiveDate,
    pub note_taker: Option<String>,
    pub template: Option<PathBuf>,
}

/// Writes the minutes skeleton of `request.date` from that date's agenda.
pub fn draft(mut repo: Repository, request: &Request) -> Result<Draft> {
    let date = request.date;
    let Some(agenda) = repo.agenda(date).cloned() else {
        let path = repo.meeting_dir(date).join(Kind::Agenda.file_name());
        let dates: Vec<String> = repo
            .meetings
            .iter()
            .filter(|m| m.kind() == Some(Kind::Agenda))
            .filter_map(Meeting::date)
            .map(|d| d.format("%Y-%m-%d").to_string())
            .collect();
        let have = if dates.is_empty() {
            "no meeting has an agenda yet".to_owned()
        } else {
            format!("agendas exist for {}", dates.join(", "))
        };
        return Err(Refusal(format!(
            "there is no agenda for {date} ({} not found), so there is nothing to start the minutes from; {have}. Write one first with `lchnv new-agenda {date}`",
            path.display()
        ))
        .into());
    };
    if let Some(name) = &request.note_taker
        && repo.network.members.person(name).is_none()
    {
        let help =
            crate::text::did_you_mean(name, repo.network.members.people.iter().map(|p| p.name.as_str()))
                .map(|h| format!("; {h}"))
                .unwrap_or_default();
        bail!(
            "--note-taker `{name}` is not a person in {}{help}",
            repo.root.join(crate::network::MEMBERS_FILE).display()
        );
    }
    // Assignments stand as the minutes before this meeting left them.
    repo.meetings.retain(|m| m.date().is_some_and(|d| d < date));
    let ledger = Ledger::new(&repo);

    let source = template::find(Which::Minutes, request.template.as_deref(), &repo.root)?;
    let compiled = Compiled::new(&source)?;
    let context = context(&repo, &ledger, &agenda, date, request.note_taker.as_deref());
    let text = compiled.render(context)?;
    Ok(Draft {
        path: repo.meeting_dir(date).join(Kind::Minutes.file_name()),
        text,
    })
}

fn text(value: Option<&str>) -> Value {
    Value::from(value.map(str::to_owned))
}

fn context(
    repo: &Repository,
    ledger: &Ledger,
    agenda: &Meeting,
    date: NaiveDate,
    note_taker: Option<&str>,
) -> Value {
    let names = &repo.network.members.network;
    let header = &agenda.header;
    let chair = header.chair.as_ref().map(|c| c.value.as_str());
    let attachments: Vec<Value> = header
        .attachments
        .iter()
        .map(|a| {
            map([
                ("id", Value::from(a.id.value.clone())),
                ("title", Value::from(a.title.clone())),
                ("file", Value::from(a.file.as_ref().map(|f| f.value.clone()))),
            ])
        })
        .collect();
    let items: Vec<Value> = agenda
        .items
        .iter()
        .enumerate()
        .filter(|(_, item)| item.parent.is_none())
        .map(|(index, item)| {
            let sub_items: Vec<Value> = agenda
                .children(index)
                .map(|sub| item_value(repo, ledger, sub, date, Vec::new()))
                .collect();
            item_value(repo, ledger, item, date, sub_items)
        })
        .collect();
    map([
        (
            "network",
            map([
                ("name", Value::from(names.name.clone())),
                ("short", text(names.short.as_deref())),
                ("called", Value::from(names.called.clone())),
            ]),
        ),
        ("kind", Value::from("minutes")),
        ("date", Value::from(date.format("%Y-%m-%d").to_string())),
        ("date_long", Value::from(long_date(date))),
        (
            "weekday",
            Value::from(crate::network::calendar::swedish_weekday(date)),
        ),
        ("time", text(header.time.as_ref().map(|t| t.value.as_str()))),
        ("place", text(header.place.as_ref().map(|t| t.value.as_str()))),
        ("room", text(header.room.as_ref().map(|t| t.value.as_str()))),
        ("note", text(header.note.as_ref().map(|t| t.value.as_str()))),
        ("chair", text(chair)),
        ("note_taker", text(note_taker)),
        (
            "previous_minutes",
            Value::from(
                header
                    .previous_minutes
                    .as_ref()
                    .map(|d| d.value.format("%Y-%m-%d").to_string()),
            ),
        ),
        ("attachments", Value::from(attachments)),
        ("attendees", Value::from(attendees(repo, chair))),
        ("items", Value::from(items)),
    ])
}

/// The network's delegates, with their organisations, the chair first when not one of them.
fn attendees(repo: &Repository, chair: Option<&str>) -> Vec<Value> {
    let members = &repo.network.members;
    let mut people: Vec<usize> = Vec::new();
    if let Some(Party::Person(i)) = chair.and_then(|c| members.resolve(c))
        && members.people.get(i).is_some_and(|p| !p.delegate)
    {
        people.push(i);
    }
    people.extend(
        members
            .people
            .iter()
            .enumerate()
            .filter(|(_, p)| p.delegate)
            .map(|(i, _)| i),
    );
    people
        .into_iter()
        .filter_map(|i| members.people.get(i))
        .map(|person| {
            let organisation = person
                .organisation
                .and_then(|o| members.organisations.get(o))
                .map(|o| o.name.clone());
            map([
                ("name", Value::from(person.name.clone())),
                ("organisation", Value::from(organisation)),
            ])
        })
        .collect()
}

/// An agenda item as the minutes template sees it: `number`, `heading`, `title`, `type`,
/// `standard`, `section`, `matter`, `presenters`, `attachments`, `from`, `assignments` (each
/// with `line` and `done`), `decisions` (the proposal's clauses), `decision_needed` (a decision
/// item without a proposal) and `sub_items`.
fn item_value(
    repo: &Repository,
    ledger: &Ledger,
    item: &Item,
    date: NaiveDate,
    sub_items: Vec<Value>,
) -> Value {
    let standard = item.parent.is_none() && repo.network.standard_items.is_standard(&item.title);
    let section = item.has_children;
    let assignments: Vec<Value> = item
        .assignments
        .iter()
        .filter_map(|a| assignment_value(ledger, a, date))
        .collect();
    let decisions: Vec<String> = item.proposal.iter().map(|c| c.text.clone()).collect();
    let decision_needed = item.is_decision_item() && decisions.is_empty() && item.status().is_none();
    map([
        ("number", Value::from(item.number.to_string())),
        ("heading", Value::from(item.full_title())),
        ("title", Value::from(item.title.clone())),
        ("type", Value::from(item.type_label().map(str::to_owned))),
        ("standard", Value::from(standard)),
        ("section", Value::from(section)),
        ("matter", Value::from(item.matter_id().map(str::to_owned))),
        ("presenters", Value::from(item.presenters.clone())),
        (
            "attachments",
            Value::from(
                item.attachments
                    .iter()
                    .map(|a| a.value.clone())
                    .collect::<Vec<_>>(),
            ),
        ),
        ("from", Value::from(item.from.as_ref().map(|f| f.value.clone()))),
        ("assignments", Value::from(assignments)),
        ("decisions", Value::from(decisions)),
        ("decision_needed", Value::from(decision_needed)),
        ("sub_items", Value::from(sub_items)),
    ])
}

/// An assignment the agenda lists: as the minutes before the meeting left it when its `Från:`
/// names one (and left out if those minutes closed it), else as the agenda writes it.
fn assignment_value(ledger: &Ledger, assignment: &Assignment, date: NaiveDate) -> Option<Value> {
    let tracked = assignment.from_ref.and_then(|r| ledger.get(r));
    let (line, done) = match tracked {
        Some(t) if t.done => return None,
        Some(t) => (
            assignment_line(t.latest, Some(t.latest_reference), date, LineStyle::Minutes),
            false,
        ),
        None => (
            assignment_line(assignment, assignment.from_ref, date, LineStyle::Minutes),
            assignment.done,
        ),
    };
    Some(map([("line", Value::from(line)), ("done", Value::from(done))]))
}
