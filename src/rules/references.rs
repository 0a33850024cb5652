//! References between meetings: `Från:` on items and assignments, `Avslutar:` on items.

use crate::diagnostic::Diagnostic;
use crate::model::{Meeting, Reference, Target};
use crate::repo::Repository;
use crate::rule::Rule;
use crate::span::Pos;

pub fn check(repo: &Repository, diags: &mut Vec<Diagnostic>) {
    for meeting in &repo.meetings {
        for item in &meeting.items {
            if let (Some(from), Some(reference)) = (&item.from, item.from_ref) {
                check_reference(repo, meeting, reference, from.pos, from.len, diags);
            }
            for close in &item.closes {
                if let Ok(reference) = close.value {
                    if !matches!(reference.target, Target::Assignment(_)) {
                        diags.push(
                            Diagnostic::new(
                                Rule::ReferenceUnresolved,
                                &meeting.path,
                                close.pos,
                                format!("`Avslutar: {reference}` does not name an assignment"),
                            )
                            .with_len(close.len)
                            .with_help("name the assignment with its position: `2025-11-21#6b.u1`"),
                        );
                        continue;
                    }
                    check_reference(repo, meeting, reference, close.pos, close.len, diags);
                }
            }
            for assignment in &item.assignments {
                if let (Some(from), Some(reference)) = (&assignment.from, assignment.from_ref) {
                    if !matches!(reference.target, Target::Assignment(_)) {
                        diags.push(
                            Diagnostic::new(
                                Rule::ReferenceUnresolved,
                                &meeting.path,
                                from.pos,
                                format!("`Från: {reference}` does not name an assignment"),
                            )
                            .with_len(from.len)
                            .with_help("name the assignment it carries forward: `2025-11-21#6b.u1`"),
                        );
                        continue;
                    }
                    check_reference(repo, meeting, reference, from.pos, from.len, diags);
                }
            }
        }
    }
}

fn check_reference(
    repo: &Repository,
    meeting: &Meeting,
    reference: Reference,
    pos: Pos,
    len: u32,
    diags: &mut Vec<Diagnostic>,
) {
    let report = |message: String, help: String| {
        Diagnostic::new(Rule::ReferenceUnresolved, &meeting.path, pos, message)
            .with_len(len)
            .with_help(help)
    };
    if let Some(date) = meeting.date()
        && reference.date >= date
    {
        diags.push(report(
            format!("`{reference}` is not an earlier meeting"),
            "references name items and assignments of earlier minutes".to_owned(),
        ));
        return;
    }
    let Some(minutes) = repo.minutes(reference.date) else {
        let archived = repo
            .network
            .calendar
            .get(reference.date)
            .is_some_and(|e| e.archived);
        let help = if archived {
            format!(
                "the minutes of {} are in the archive, not in this repository; import them with `lchnv import`",
                reference.date
            )
        } else {
            "check the date".to_owned()
        };
        diags.push(report(
            format!("there are no minutes of {} for `{reference}`", reference.date),
            help,
        ));
        return;
    };
    let Some(item) = minutes.item(reference.item) else {
        diags.push(report(
            format!(
                "the minutes of {} have no item {}",
                reference.date, reference.item
            ),
            "check the item number".to_owned(),
        ));
        return;
    };
    match reference.target {
        Target::Item => {}
        Target::Assignment(n) => {
            if item.assignments.len() < n as usize {
                diags.push(report(
                    format!(
                        "item {} of {} has {} assignment(s), so `{reference}` names none",
                        reference.item,
                        reference.date,
                        item.assignments.len()
                    ),
                    "assignments are counted from 1 in the order they stand in the item".to_owned(),
                ));
            }
        }
        Target::Decision(n) => {
            if item.decisions.len() < n as usize {
                diags.push(report(
                    format!(
                        "item {} of {} has {} decision clause(s), so `{reference}` names none",
                        reference.item,
                        reference.date,
                        item.decisions.len()
                    ),
                    "decision clauses are counted from 1 in the order they stand in the item".to_owned(),
                ));
            }
        }
    }
}
