//! Roles on the meeting's date: the chair, presenters and attendees named in a role that
//! `members.yaml` says they do not hold then.

use super::FileContext;
use crate::findings::Findings;
use crate::msg;
use crate::network::Members;
use crate::rule::Rule;
use crate::text::fold_case;
use chrono::NaiveDate;

pub fn check(ctx: &FileContext, diags: &mut Findings) {
    let Some(date) = ctx.meeting.date() else { return };
    let members = &ctx.network.members;
    if let Some(chair) = &ctx.meeting.header.chair
        && let (Some(person), Some(function)) = (members.person(&chair.value), members.chair_function())
        && let Some(holder) = function.holder_on(date)
        && holder != person
    {
        diags.push(
            ctx.file
                .diag(
                    Rule::RoleNotHeld,
                    chair.pos,
                    msg!(
                        "chair-not-held",
                        name = chair.value.as_str(),
                        function = function.title.as_str(),
                        date = date.to_string(),
                        holder = members.people[holder].name.as_str()
                    ),
                )
                .with_len(chair.len)
                .with_help(msg!(
                    "chair-not-held-help",
                    holder = members.people[holder].name.as_str()
                )),
        );
    }
    for item in &ctx.meeting.items {
        let pos = item.presenters_pos.unwrap_or(item.heading);
        for presenter in &item.presenters {
            let mut parts = presenter.split(',').map(str::trim);
            let (Some(name), Some(role)) = (parts.next(), parts.next()) else {
                continue;
            };
            if let Some(message) = not_held(members, name, role, date) {
                diags.push(
                    ctx.file
                        .diag(Rule::RoleNotHeld, pos, message)
                        .with_help(msg!("role-not-held-help")),
                );
            }
        }
    }
    for attendee in ctx
        .meeting
        .header
        .attendees
        .iter()
        .chain(&ctx.meeting.header.absentees)
    {
        if let Some(role) = &attendee.role
            && let Some(message) = not_held(members, &attendee.name.value, role, date)
        {
            diags.push(
                ctx.file
                    .diag(Rule::RoleNotHeld, attendee.name.pos, message)
                    .with_len(attendee.name.len)
                    .with_help(msg!("role-not-held-help")),
            );
        }
    }
}

/// Why `name` does not hold `role` on `date`, when members.yaml says so.
fn not_held(members: &Members, name: &str, role: &str, date: NaiveDate) -> Option<String> {
    let person = members.person(name)?;
    if let Some(function) = members.function_named(role) {
        let holder = function.holder_on(date)?;
        if function.held_by(person, date) {
            return None;
        }
        return Some(msg!(
            "function-not-held",
            name = name,
            function = function.title.as_str(),
            date = date.to_string(),
            holder = members.people[holder].name.as_str()
        ));
    }
    let roles = &members.people[person].roles;
    let wanted = fold_case(role);
    let same: Vec<_> = roles.iter().filter(|r| fold_case(&r.title) == wanted).collect();
    if same.is_empty() || same.iter().any(|r| r.period.contains(date)) {
        return None;
    }
    let periods: Vec<String> = same.iter().map(|r| r.period.to_string()).collect();
    Some(msg!(
        "role-not-held",
        name = name,
        role = role,
        periods = periods.join(&msg!("list-and")),
        date = date.to_string()
    ))
}
