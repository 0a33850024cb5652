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
        // Folding titles costs more than the rest of the rule: only done when an item is not
        // matched by its matter or standard item.
        let mut minutes_titles: Option<Vec<String>> = None;
        for item in &agenda.items {
            if covered_by_id(item, &minutes.items) {
                continue;
            }
            let titles = minutes_titles
                .get_or_insert_with(|| minutes.items.iter().map(|i| fold_case(&i.title)).collect());
            let wanted_title = fold_case(&item.title);
            if titles.contains(&wanted_title) {
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
