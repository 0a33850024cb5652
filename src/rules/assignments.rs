//! Assignments: owners, due dates, report-back.

use super::FileContext;
use crate::findings::Findings;
use crate::model::Assignment;
use crate::msg;
use crate::rule::Rule;
use crate::text::Suggester;

pub fn check(ctx: &FileContext, diags: &mut Findings) {
    let mut suggest = Suggester::new(ctx.network.members.names(), crate::lint::CAP);
    for item in &ctx.meeting.items {
        for assignment in &item.assignments {
            check_assignment(ctx, assignment, &mut suggest, diags);
        }
    }
}

fn check_assignment(
    ctx: &FileContext,
    assignment: &Assignment,
    suggest: &mut Suggester,
    diags: &mut Findings,
) {
    let file = ctx.file;
    let members = &ctx.network.members;
    if assignment.owners.is_empty() {
        diags.push(
            file.diag(Rule::OwnerMissing, assignment.pos, msg!("owner-missing"))
                .with_len(3)
                .with_help(msg!("owner-missing-help")),
        );
    }
    for owner in &assignment.owners {
        if crate::format::labels::is_not_stated(&owner.value) {
            // Where the task was given; an agenda lists it again only for information.
            if !ctx.meeting.is_minutes() {
                continue;
            }
            diags.push(
                file.diag(Rule::OwnerNotStated, owner.pos, msg!("owner-not-stated"))
                    .with_len(owner.len)
                    .with_help(msg!("owner-not-stated-help")),
            );
            continue;
        }
        if members.resolve(&owner.value).is_none() {
            let help = suggest
                .did_you_mean(&owner.value)
                .unwrap_or_else(|| msg!("owner-unknown-help"));
            diags.push(
                file.diag(
                    Rule::OwnerUnknown,
                    owner.pos,
                    msg!("owner-unknown", name = owner.value.as_str()),
                )
                .with_len(owner.len)
                .with_help(help),
            );
        }
    }
    if let Some(due) = &assignment.due {
        match assignment.due_date {
            None => {
                let fixed = crate::fix::hooks::due_date(file, due);
                let help = match &fixed {
                    Some((_, line)) => msg!("write-this", text = line.as_str()),
                    None => msg!("due-date-invalid-help"),
                };
                diags.push(
                    file.diag(
                        Rule::DueDateInvalid,
                        due.pos,
                        msg!("due-date-invalid", text = due.value.as_str()),
                    )
                    .with_len(due.len)
                    .with_help(help)
                    .with_fix(fixed.map(|(fix, _)| fix)),
                );
            }
            Some(date) => {
                if let Some(meeting) = ctx.meeting.date()
                    && date < meeting
                {
                    diags.push(
                        file.diag(
                            Rule::DueBeforeMeeting,
                            due.pos,
                            msg!(
                                "due-before-meeting",
                                due = date.to_string(),
                                meeting = meeting.to_string()
                            ),
                        )
                        .with_len(due.len)
                        .with_help(msg!("due-before-meeting-help")),
                    );
                }
            }
        }
    }
    if let Some(report_to) = &assignment.report_to
        && !crate::format::labels::is_not_stated(&report_to.value)
        && members.resolve(&report_to.value).is_none()
    {
        let help = suggest
            .did_you_mean(&report_to.value)
            .unwrap_or_else(|| msg!("report-to-unknown-help"));
        diags.push(
            file.diag(
                Rule::ReportToUnknown,
                report_to.pos,
                msg!("report-to-unknown", name = report_to.value.as_str()),
            )
            .with_len(report_to.len)
            .with_help(help),
        );
    }
    if let Some(from) = &assignment.from
        && assignment.from_ref.is_none()
    {
        diags.push(
            file.diag(
                Rule::ReferenceUnresolved,
                from.pos,
                msg!("from-not-reference", text = from.value.as_str()),
            )
            .with_len(from.len)
            .with_help(msg!("from-assignment-help")),
        );
    }
}
