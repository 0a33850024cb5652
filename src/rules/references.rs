//! References between meetings: `Från:` on items and assignments, `Avslutar:` on items.

use super::index::{FileIndex, Indexed, ReferenceUse, Use};
use crate::diagnostic::Diagnostic;
use crate::model::{Kind, Target};
use crate::network::Network;
use crate::rule::Rule;

pub fn check(network: &Network, indexed: &Indexed, diags: &mut Vec<Diagnostic>) {
    for file in indexed.files {
        for reference_use in &file.uses {
            check_use(network, indexed, file, reference_use, diags);
        }
    }
}

fn check_use(
    network: &Network,
    indexed: &Indexed,
    file: &FileIndex,
    used: &ReferenceUse,
    diags: &mut Vec<Diagnostic>,
) {
    let reference = used.reference;
    let report = |message: String, help: String| {
        Diagnostic::new(Rule::ReferenceUnresolved, &file.path, used.pos, message)
            .with_len(used.len)
            .with_help(help)
    };
    let wants_assignment = matches!(used.kind, Use::Closes | Use::AssignmentFrom);
    if wants_assignment && !matches!(reference.target, Target::Assignment(_)) {
        let (label, help) = match used.kind {
            Use::Closes => (
                "Avslutar",
                "name the assignment with its position: `2025-11-21#6b.u1`",
            ),
            _ => (
                "Från",
                "name the assignment it carries forward: `2025-11-21#6b.u1`",
            ),
        };
        diags.push(report(
            format!("`{label}: {reference}` does not name an assignment"),
            help.to_owned(),
        ));
        return;
    }
    if let Some(date) = file.date
        && reference.date >= date
    {
        diags.push(report(
            format!("`{reference}` is not an earlier meeting"),
            "references name items and assignments of earlier minutes".to_owned(),
        ));
        return;
    }
    let Some(minutes) = indexed.get(reference.date, Kind::Minutes) else {
        let archived = network.calendar.get(reference.date).is_some_and(|e| e.archived);
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
        Target::Assignment(n) if n > item.assignments => diags.push(report(
            format!(
                "item {} of {} has {} assignment(s), so `{reference}` names none",
                reference.item, reference.date, item.assignments
            ),
            "assignments are counted from 1 in the order they stand in the item".to_owned(),
        )),
        Target::Decision(n) if n > item.decisions => diags.push(report(
            format!(
                "item {} of {} has {} decision clause(s), so `{reference}` names none",
                reference.item, reference.date, item.decisions
            ),
            "decision clauses are counted from 1 in the order they stand in the item".to_owned(),
        )),
        _ => {}
    }
}
