//! References between meetings: `Från:` on items and assignments, `Avslutar:` on items.

use super::index::{FileIndex, Indexed, ReferenceUse, Use};
use crate::diagnostic::Diagnostic;
use crate::model::{Kind, Target};
use crate::msg;
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
            Use::Closes => ("Avslutar", msg!("closes-not-assignment-help")),
            _ => ("Från", msg!("from-not-assignment-help")),
        };
        diags.push(report(
            msg!(
                "reference-not-assignment",
                label = label,
                reference = reference.to_string()
            ),
            help,
        ));
        return;
    }
    if let Some(date) = file.date
        && reference.date >= date
    {
        diags.push(report(
            msg!("reference-not-earlier", reference = reference.to_string()),
            msg!("reference-not-earlier-help"),
        ));
        return;
    }
    let Some(minutes) = indexed.get(reference.date, Kind::Minutes) else {
        let archived = network.calendar.get(reference.date).is_some_and(|e| e.archived);
        let help = if archived {
            msg!("reference-archived-help", date = reference.date.to_string())
        } else {
            msg!("check-the-date")
        };
        diags.push(report(
            msg!(
                "reference-no-minutes",
                date = reference.date.to_string(),
                reference = reference.to_string()
            ),
            help,
        ));
        return;
    };
    let Some(item) = minutes.item(reference.item) else {
        diags.push(report(
            msg!(
                "reference-no-item",
                date = reference.date.to_string(),
                item = reference.item.to_string()
            ),
            msg!("reference-no-item-help"),
        ));
        return;
    };
    let too_few = match reference.target {
        Target::Assignment(n) if n > item.assignments => Some(("assignment", item.assignments)),
        Target::Decision(n) if n > item.decisions => Some(("decision", item.decisions)),
        _ => None,
    };
    if let Some((what, count)) = too_few {
        diags.push(report(
            msg!(
                "reference-too-few",
                what = what,
                item = reference.item.to_string(),
                date = reference.date.to_string(),
                count = count,
                reference = reference.to_string()
            ),
            msg!("reference-too-few-help", what = what),
        ));
    }
}
