//! Minutes cover every item of the same date's agenda.

use super::index::{Indexed, IndexedItem};
use crate::diagnostic::Diagnostic;
use crate::model::Kind;
use crate::msg;
use crate::rule::Rule;
use crate::text::fold_case;

pub fn check(indexed: &Indexed, diags: &mut Vec<Diagnostic>) {
    for agenda in indexed.files.iter().filter(|f| f.kind == Some(Kind::Agenda)) {
        let Some(date) = agenda.date else { continue };
        let Some(minutes) = indexed.get(date, Kind::Minutes) else {
            continue;
        };
        for item in &agenda.items {
            if covered_by_id(item, &minutes.items) || same_title(item, &minutes.items) {
                continue;
            }
            let pos = minutes
                .item(item.number)
                .map(|i| i.heading)
                .unwrap_or(minutes.header_pos);
            diags.push(
                Diagnostic::new(
                    Rule::AgendaItemNotCovered,
                    &minutes.path,
                    pos,
                    msg!(
                        "agenda-item-not-covered",
                        item = item.number.to_string(),
                        title = &*item.title,
                        place = format!("{}:{}", agenda.path.display(), item.heading.line)
                    ),
                )
                .with_help(msg!("agenda-item-not-covered-help")),
            );
        }
    }
}

fn covered_by_id(wanted: &IndexedItem, items: &[IndexedItem]) -> bool {
    items.iter().any(|item| {
        (wanted.matter.is_some() && wanted.matter == item.matter)
            || (wanted.standard.is_some() && wanted.standard == item.standard)
    })
}

/// Whether an item of the minutes has the same title, compared without case: folded only when
/// the keys of the folded titles are the same.
fn same_title(wanted: &IndexedItem, items: &[IndexedItem]) -> bool {
    items
        .iter()
        .any(|item| item.title_key == wanted.title_key && fold_case(&item.title) == fold_case(&wanted.title))
}
