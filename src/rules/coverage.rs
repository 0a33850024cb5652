//! Minutes cover every item of the same date's agenda.

use crate::diagnostic::Diagnostic;
use crate::model::{Item, Kind, Meeting};
use crate::network::StandardItems;
use crate::repo::Repository;
use crate::rule::Rule;
use crate::text::fold_case;

pub fn check(repo: &Repository, diags: &mut Vec<Diagnostic>) {
    for agenda in repo.meetings.iter().filter(|m| m.kind() == Some(Kind::Agenda)) {
        let Some(date) = agenda.date() else { continue };
        let Some(minutes) = repo.minutes(date) else {
            continue;
        };
        for item in &agenda.items {
            if !covered(repo, item, minutes) {
                let pos = minutes
                    .item(item.number)
                    .map(|i| i.heading)
                    .unwrap_or(minutes.header.pos);
                diags.push(
                    Diagnostic::new(
                        Rule::AgendaItemNotCovered,
                        &minutes.path,
                        pos,
                        format!(
                            "the agenda's item {} `{}` ({}:{}) is not in the minutes",
                            item.number,
                            item.title,
                            agenda.path.display(),
                            item.heading.line
                        ),
                    )
                    .with_help(
                        "add the item to the minutes, or keep it with `Status: bordlagd` or `Status: utgår`",
                    ),
                );
            }
        }
    }
}

fn covered(repo: &Repository, wanted: &Item, minutes: &Meeting) -> bool {
    let standard = &repo.network.standard_items;
    let standard_index = |item: &Item| {
        if item.parent.is_some() {
            return None;
        }
        standard
            .opening
            .iter()
            .chain(&standard.closing)
            .position(|s| StandardItems::matches(s, &item.title))
    };
    let wanted_standard = standard_index(wanted);
    let wanted_title = fold_case(&wanted.title);
    minutes.items.iter().any(|item| {
        if let (Some(a), Some(b)) = (wanted.matter_id(), item.matter_id())
            && a == b
        {
            return true;
        }
        if wanted_standard.is_some() && wanted_standard == standard_index(item) {
            return true;
        }
        fold_case(&item.title) == wanted_title
    })
}
