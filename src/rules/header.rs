//! Front matter against the folder, the file name, the calendar and the members file.

use super::FileContext;
use crate::findings::Findings;
use crate::model::{Attendee, attachment_key};
use crate::msg;
use crate::network::Party;
use crate::rule::Rule;
use crate::text::{Suggester, did_you_mean};
use std::collections::HashSet;

pub fn check(ctx: &FileContext, diags: &mut Findings) {
    let meeting = ctx.meeting;
    let header = &meeting.header;
    let file = ctx.file;
    if !meeting.has_header {
        return;
    }

    match (meeting.file_kind, &header.kind) {
        (Some(file_kind), Some(kind)) if file_kind != kind.value => {
            diags.push(
                file.diag(
                    Rule::KindFileMismatch,
                    kind.pos,
                    msg!(
                        "kind-file-mismatch",
                        kind = kind.value.as_str(),
                        file = file_kind.file_name()
                    ),
                )
                .with_len(kind.len)
                .with_help(msg!(
                    "kind-file-mismatch-help",
                    kind = file_kind.as_str(),
                    file = kind.value.file_name()
                )),
            );
        }
        (None, Some(kind)) => {
            let name = file
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            diags.push(
                file.diag(Rule::FileName, kind.pos, msg!("file-name-wrong", name = name))
                    .with_help(msg!("file-name-wrong-help", file = kind.value.file_name())),
            );
        }
        _ => {}
    }

    if let (Some(folder), Some(date)) = (meeting.folder_date, &header.date)
        && folder != date.value
    {
        diags.push(
            file.diag(
                Rule::DateFolderMismatch,
                date.pos,
                msg!(
                    "date-folder-mismatch",
                    date = date.value.to_string(),
                    folder = folder.to_string()
                ),
            )
            .with_len(date.len)
            .with_help(msg!(
                "date-folder-mismatch-help",
                date = date.value.to_string(),
                folder = folder.to_string()
            )),
        );
    }

    if let Some(date) = meeting.date()
        && ctx.network.calendar.get(date).is_none()
    {
        let nearest: Vec<String> = ctx
            .network
            .calendar
            .nearest(date)
            .iter()
            .map(|d| d.to_string())
            .collect();
        let help = if nearest.is_empty() {
            msg!("not-in-calendar-add")
        } else {
            msg!(
                "not-in-calendar-nearest",
                nearest = nearest.join(&msg!("list-and")),
                date = date.to_string()
            )
        };
        let pos = header.date.as_ref().map(|d| d.pos).unwrap_or(header.pos);
        diags.push(
            file.diag(
                Rule::NotInCalendar,
                pos,
                msg!("not-in-calendar", date = date.to_string()),
            )
            .with_len(header.date.as_ref().map(|d| d.len).unwrap_or(1))
            .with_help(help),
        );
    }

    if let Some(previous) = &header.previous_minutes {
        let archived = ctx
            .network
            .calendar
            .get(previous.value)
            .is_some_and(|e| e.archived);
        if !ctx.minutes_dates.contains(&previous.value) && !archived {
            diags.push(
                file.diag(
                    Rule::PreviousMinutesMissing,
                    previous.pos,
                    msg!("previous-minutes-missing", date = previous.value.to_string()),
                )
                .with_len(previous.len)
                .with_help(msg!(
                    "previous-minutes-missing-help",
                    date = previous.value.to_string()
                )),
            );
        }
    }

    let mut seen = HashSet::new();
    for attachment in &header.attachments {
        if !seen.insert(attachment_key(&attachment.id.value)) {
            diags.push(
                file.diag(
                    Rule::DuplicateEntry,
                    attachment.id.pos,
                    msg!("attachment-twice", id = attachment.id.value.as_str()),
                )
                .with_len(attachment.id.len),
            );
        }
        if let Some(name) = &attachment.file {
            let dir = file.path.parent().unwrap_or(ctx.root);
            if !dir.join(&name.value).is_file() {
                diags.push(
                    file.diag(
                        Rule::AttachmentFileMissing,
                        name.pos,
                        msg!(
                            "attachment-file-missing",
                            id = attachment.id.value.as_str(),
                            file = name.value.as_str()
                        ),
                    )
                    .with_len(name.len)
                    .with_help(msg!("attachment-file-missing-help")),
                );
            }
        }
    }

    let members = &ctx.network.members;
    for role in [&header.chair, &header.note_taker].into_iter().flatten() {
        if members.person(&role.value).is_none() {
            diags.push(
                file.diag(
                    Rule::PersonUnknown,
                    role.pos,
                    msg!("person-unknown", name = role.value.as_str()),
                )
                .with_len(role.len)
                .with_help(person_help(ctx, &role.value)),
            );
        }
    }
    let mut people = Suggester::new(
        ctx.network.members.people.iter().map(|p| p.name.as_str()),
        crate::lint::CAP,
    );
    let mut organisations = Suggester::new(
        ctx.network.members.organisations.iter().map(|o| o.name.as_str()),
        crate::lint::CAP,
    );
    for person in header.attendees.iter().chain(&header.absentees) {
        check_person(ctx, person, &mut people, &mut organisations, diags);
    }
}

fn person_help(ctx: &FileContext, name: &str) -> String {
    let people = ctx.network.members.people.iter().map(|p| p.name.as_str());
    did_you_mean(name, people).unwrap_or_else(|| msg!("person-unknown-help"))
}

fn person_help_with(people: &mut Suggester, name: &str) -> String {
    people
        .did_you_mean(name)
        .unwrap_or_else(|| msg!("person-unknown-help"))
}

fn check_person(
    ctx: &FileContext,
    person: &Attendee,
    people: &mut Suggester,
    organisations: &mut Suggester,
    diags: &mut Findings,
) {
    let members = &ctx.network.members;
    let file = ctx.file;
    if members.person(&person.name.value).is_none() {
        diags.push(
            file.diag(
                Rule::PersonUnknown,
                person.name.pos,
                msg!("person-unknown", name = person.name.value.as_str()),
            )
            .with_len(person.name.len)
            .with_help(person_help_with(people, &person.name.value)),
        );
    }
    if let Some(org) = &person.organisation
        && !matches!(members.resolve(&org.value), Some(Party::Organisation(_)))
    {
        let help = organisations
            .did_you_mean(&org.value)
            .unwrap_or_else(|| msg!("organisation-unknown-help"));
        diags.push(
            file.diag(
                Rule::OrganisationUnknown,
                org.pos,
                msg!("organisation-unknown", name = org.value.as_str()),
            )
            .with_len(org.len)
            .with_help(help),
        );
    }
    if let Some(stand_in) = &person.substitute_for
        && members.person(&stand_in.value).is_none()
    {
        diags.push(
            file.diag(
                Rule::PersonUnknown,
                stand_in.pos,
                msg!("person-unknown", name = stand_in.value.as_str()),
            )
            .with_len(stand_in.len)
            .with_help(person_help_with(people, &stand_in.value)),
        );
    }
}
