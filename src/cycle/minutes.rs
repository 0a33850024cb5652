//! A minutes skeleton from a meeting's agenda: the same items, numbers, presenters, attachments,
//! matters and references; each proposal as a decision to confirm; the open assignments to tick
//! or keep; the network's delegates as attendees to prune. What the note-taker still has to
//! write is marked with `[[...]]` placeholders, which `lchnv check` lists as warnings.

use crate::cycle::Draft;
use crate::cycle::template::{self, Compiled, Which};
use crate::exit::Refusal;
use crate::format::assignment::{self, LineStyle};
use crate::format::context::{
    AssignmentContext, AttachmentContext, AttendeeContext, ItemContext, MeetingContext, MinutesContext,
    MinutesItem,
};
use crate::format::dates;
use crate::ledger::Ledger;
use crate::model::{Assignment, Item, Kind, Meeting};
use crate::msg;
use crate::network::Party;
use crate::repo::Repository;
use anyhow::Result;
use chrono::NaiveDate;
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
            .map(dates::iso)
            .collect();
        let have = if dates.is_empty() {
            msg!("new-minutes-no-agendas")
        } else {
            msg!("new-minutes-agendas-exist", dates = dates.join(", "))
        };
        return Err(Refusal(msg!(
            "new-minutes-no-agenda",
            date = date.to_string(),
            path = path.display().to_string(),
            have = have
        ))
        .into());
    };
    if let Some(name) = &request.note_taker
        && repo.network.members.person(name).is_none()
    {
        return Err(super::not_a_person("--note-taker", name, &repo));
    }
    // Assignments stand as the minutes before this meeting left them.
    repo.meetings.retain(|m| m.date().is_some_and(|d| d < date));
    let ledger = Ledger::new(&repo);

    let source = template::find(Which::Minutes, request.template.as_deref(), &repo.root)?;
    let compiled = Compiled::new(&source)?;
    let context = context(&repo, &ledger, &agenda, date, request.note_taker.as_deref());
    let text = compiled.render(&context)?;
    Ok(Draft {
        path: repo.meeting_dir(date).join(Kind::Minutes.file_name()),
        text,
    })
}

fn context(
    repo: &Repository,
    ledger: &Ledger,
    agenda: &Meeting,
    date: NaiveDate,
    note_taker: Option<&str>,
) -> MinutesContext {
    let header = &agenda.header;
    let value = |v: &Option<crate::span::Spanned<String>>| v.as_ref().map(|t| t.value.clone());
    let mut meeting = MeetingContext::new(&repo.network.members.network, Kind::Minutes, date);
    meeting.time = value(&header.time);
    meeting.place = value(&header.place);
    meeting.room = value(&header.room);
    meeting.note = value(&header.note);
    // The agenda's chair wins; else whoever chairs on the meeting's date.
    meeting.chair = value(&header.chair).or_else(|| {
        let members = &repo.network.members;
        members.chair_on(date).map(|i| members.people[i].name.clone())
    });
    meeting.previous_minutes = header.previous_minutes.as_ref().map(|d| dates::iso(d.value));
    meeting.attachments = header
        .attachments
        .iter()
        .map(|a| AttachmentContext {
            id: a.id.value.clone(),
            title: a.title.clone(),
            file: a.file.as_ref().map(|f| f.value.clone()),
        })
        .collect();
    let items = agenda
        .items
        .iter()
        .enumerate()
        .filter(|(_, item)| item.parent.is_none())
        .map(|(index, item)| {
            let mut context = item_context(repo, ledger, item, date);
            context.sub_items = agenda
                .children(index)
                .map(|sub| item_context(repo, ledger, sub, date))
                .collect();
            context
        })
        .collect();
    let attendees = attendees(repo, meeting.chair.as_deref());
    MinutesContext {
        meeting,
        note_taker: note_taker.map(str::to_owned),
        attendees,
        items,
    }
}

/// The network's delegates, with their organisations, the chair first when not one of them.
fn attendees(repo: &Repository, chair: Option<&str>) -> Vec<AttendeeContext> {
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
            AttendeeContext {
                name: person.name.clone(),
                organisation,
            }
        })
        .collect()
}

/// An agenda item as the minutes template sees it: each proposal a decision to confirm, each
/// listed assignment to tick or keep.
fn item_context(
    repo: &Repository,
    ledger: &Ledger,
    item: &Item,
    date: NaiveDate,
) -> ItemContext<MinutesItem> {
    let mut context = ItemContext::new(item.number.to_string(), item.full_title(), item.title.clone());
    context.kind = item.type_label().map(str::to_owned);
    context.standard = item.parent.is_none() && repo.network.standard_items.is_standard(&item.title);
    context.section = item.has_children;
    context.matter = item.matter_id().map(str::to_owned);
    context.presenters = item.presenters.clone();
    context.attachments = item.attachments.iter().map(|a| a.value.clone()).collect();
    context.from = item.from.as_ref().map(|f| f.value.clone());
    let decisions: Vec<String> = item.proposal.iter().map(|c| c.text.clone()).collect();
    context.extra = MinutesItem {
        assignments: item
            .assignments
            .iter()
            .filter_map(|a| assignment_context(ledger, a, date))
            .collect(),
        decision_needed: item.is_decision_item() && decisions.is_empty() && item.status().is_none(),
        decisions,
    };
    context.with_labelled_lines()
}

/// An assignment the agenda lists: as the minutes before the meeting left it when its `Från:`
/// names one (and left out if those minutes closed it), else as the agenda writes it.
fn assignment_context(ledger: &Ledger, a: &Assignment, date: NaiveDate) -> Option<AssignmentContext> {
    let tracked = a.from_ref.and_then(|r| ledger.get(r));
    let (line, done) = match tracked {
        Some(t) if t.done => return None,
        Some(t) => (
            assignment::line(t.latest, Some(t.latest_reference), date, LineStyle::Minutes),
            false,
        ),
        None => (assignment::line(a, a.from_ref, date, LineStyle::Minutes), a.done),
    };
    Some(AssignmentContext { line, done })
}
