//! Assignments: owners, due dates, report-back.

use super::FileContext;
use crate::findings::Findings;
use crate::model::Assignment;
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
            file.diag(Rule::OwnerMissing, assignment.pos, "the assignment has no owner")
                .with_len(3)
                .with_help("name the owner in bold before a colon: `- [ ] **Region Dalarna**: ...`"),
        );
    }
    for owner in &assignment.owners {
        if crate::format::labels::is_not_stated(&owner.value) {
            // Where the task was given; an agenda lists it again only for information.
            if !ctx.meeting.is_minutes() {
                continue;
            }
            diags.push(
                file.diag(
                    Rule::OwnerNotStated,
                    owner.pos,
                    "the minutes name no owner for this task",
                )
                .with_len(owner.len)
                .with_help("find out who does it and write the owner in place of `ej angiven`"),
            );
            continue;
        }
        if members.resolve(&owner.value).is_none() {
            let help = suggest.did_you_mean(&owner.value).unwrap_or_else(|| {
                "owners are the network, an organisation, a person or a group in members.yaml".to_owned()
            });
            diags.push(
                file.diag(
                    Rule::OwnerUnknown,
                    owner.pos,
                    format!("`{}` is not in members.yaml", owner.value),
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
                    Some((_, line)) => format!("write `{line}`"),
                    None => "write the due date as YYYY-MM-DD, e.g. `Senast: 2026-01-29`".to_owned(),
                };
                diags.push(
                    file.diag(
                        Rule::DueDateInvalid,
                        due.pos,
                        format!("`Senast: {}` is not a date", due.value),
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
                            format!("the assignment is due {date}, before the meeting of {meeting}"),
                        )
                        .with_len(due.len)
                        .with_help("check the year and month of the due date"),
                    );
                }
            }
        }
    }
    if let Some(report_to) = &assignment.report_to
        && !crate::format::labels::is_not_stated(&report_to.value)
        && members.resolve(&report_to.value).is_none()
    {
        let help = suggest.did_you_mean(&report_to.value).unwrap_or_else(|| {
            "report back to the network, a group, an organisation or a person in members.yaml".to_owned()
        });
        diags.push(
            file.diag(
                Rule::ReportToUnknown,
                report_to.pos,
                format!("`Återrapport: {}` names no one in members.yaml", report_to.value),
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
                format!("`Från: {}` is not a reference", from.value),
            )
            .with_len(from.len)
            .with_help("name the assignment like `2025-11-21#6b.u1`"),
        );
    }
}
