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
        let minutes_titles: Vec<String> = minutes.items.iter().map(|i| fold_case(&i.title)).collect();
        for item in &agenda.items {
            if covered(item, &minutes.items, &minutes_titles) {
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

fn covered(wanted: &IndexedItem, items: &[IndexedItem], titles: &[String]) -> bool {
    let wanted_title = fold_case(&wanted.title);
    items.iter().zip(titles).any(|(item, title)| {
        (wanted.matter.is_some() && wanted.matter == item.matter)
            || (wanted.standard.is_some() && wanted.standard == item.standard)
            || *title == wanted_title
    })
}
