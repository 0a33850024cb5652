//! Item numbering and the standard items.

use super::FileContext;
use crate::diagnostic::Diagnostic;
use crate::findings::Findings;
use crate::model::{Item, ItemNumber};
use crate::network::StandardItems;
use crate::rule::Rule;
use std::collections::HashSet;

pub fn check(ctx: &FileContext, diags: &mut Findings) {
    numbering(ctx, diags);
    standard_items(ctx, diags);
}

fn numbering(ctx: &FileContext, diags: &mut Findings) {
    let mut found = Vec::new();
    numbering_findings(ctx, &mut found);
    // One renumbering repairs every gap of the file: it goes with the first finding.
    if let Some(d) = found.iter_mut().find(|d| d.rule == Rule::Numbering) {
        d.fix = crate::fix::renumber::plan(ctx.file, ctx.meeting);
    }
    diags.extend(found);
}

fn numbering_findings(ctx: &FileContext, diags: &mut Vec<Diagnostic>) {
    let file = ctx.file;
    let items = &ctx.meeting.items;
    let mut seen: HashSet<ItemNumber> = HashSet::new();
    let mut expected_number = 1u32;
    let mut expected_letter: Option<char> = None;
    let mut parent_number = 0u32;
    for item in items {
        if !seen.insert(item.number) {
            diags.push(
                file.diag(
                    Rule::DuplicateNumber,
                    item.heading,
                    format!("item {} is numbered twice", item.number),
                )
                .with_len(item.heading_len)
                .with_help("give every item its own number; renumber the items that follow"),
            );
            continue;
        }
        match item.number.letter {
            None => {
                if item.number.number != expected_number {
                    let message = if expected_number == 1 {
                        format!("the first item is numbered {}, not 1", item.number.number)
                    } else {
                        format!(
                            "item {} follows item {}; expected {}",
                            item.number.number,
                            expected_number - 1,
                            expected_number
                        )
                    };
                    diags.push(
                        file.diag(Rule::Numbering, item.heading, message)
                            .with_len(item.heading_len)
                            .with_help("number the items 1, 2, 3, … without gaps"),
                    );
                }
                parent_number = item.number.number;
                expected_number = item.number.number.saturating_add(1);
                expected_letter = Some('a');
            }
            Some(letter) => {
                if item.number.number != parent_number {
                    diags.push(
                        file.diag(
                            Rule::Numbering,
                            item.heading,
                            format!("sub-item {} stands under item {}", item.number, parent_number),
                        )
                        .with_len(item.heading_len)
                        .with_help(format!(
                            "number it {parent_number}{}",
                            expected_letter.unwrap_or('a')
                        )),
                    );
                } else if Some(letter) != expected_letter {
                    let want = expected_letter.unwrap_or('a');
                    diags.push(
                        file.diag(
                            Rule::Numbering,
                            item.heading,
                            format!(
                                "sub-item {} where {}{want} was expected",
                                item.number, parent_number
                            ),
                        )
                        .with_len(item.heading_len)
                        .with_help("letter the sub-items a, b, c, … without gaps"),
                    );
                }
                expected_letter = char::from_u32(u32::from(letter) + 1);
            }
        }
    }
}

fn standard_items(ctx: &FileContext, diags: &mut Findings) {
    let standard = &ctx.network.standard_items;
    if standard.opening.is_empty() && standard.closing.is_empty() {
        return;
    }
    let file = ctx.file;
    let top: Vec<&Item> = ctx.meeting.items.iter().filter(|i| i.parent.is_none()).collect();
    if top.is_empty() {
        if ctx.meeting.has_header {
            diags.push(
                file.diag(
                    Rule::StandardItems,
                    ctx.meeting.header.pos,
                    "the file has no items",
                )
                .with_help("a meeting file holds numbered items, opening with the standard items"),
            );
        }
        return;
    }
    for (i, want) in standard.opening.iter().enumerate() {
        match top.get(i) {
            Some(item) if StandardItems::matches(want, &item.title) => {}
            Some(item) => diags.push(
                file.diag(
                    Rule::StandardItems,
                    item.heading,
                    format!(
                        "item {} should be the standard item `{}`",
                        item.number, want.title
                    ),
                )
                .with_len(item.heading_len)
                .with_help(format!(
                    "open with the standard items in order: {}",
                    titles(&standard.opening)
                )),
            ),
            None => {
                let last = top[top.len() - 1];
                diags.push(
                    file.diag(
                        Rule::StandardItems,
                        last.heading,
                        format!("the standard item `{}` is missing", want.title),
                    )
                    .with_len(last.heading_len)
                    .with_help(format!(
                        "open with the standard items in order: {}",
                        titles(&standard.opening)
                    )),
                );
            }
        }
    }
    let closing = &standard.closing;
    if top.len() < standard.opening.len() + closing.len() {
        if !closing.is_empty() && top.len() > standard.opening.len() {
            let last = top[top.len() - 1];
            diags.push(
                file.diag(
                    Rule::StandardItems,
                    last.heading,
                    format!("the file does not close with `{}`", titles(closing)),
                )
                .with_len(last.heading_len),
            );
        }
        return;
    }
    let start = top.len() - closing.len();
    for (want, item) in closing.iter().zip(&top[start..]) {
        if !StandardItems::matches(want, &item.title) {
            diags.push(
                file.diag(
                    Rule::StandardItems,
                    item.heading,
                    format!(
                        "item {} should be the standard item `{}`",
                        item.number, want.title
                    ),
                )
                .with_len(item.heading_len)
                .with_help(format!(
                    "close with the standard items in order: {}",
                    titles(closing)
                )),
            );
        }
    }
}

fn titles(items: &[crate::network::StandardItem]) -> String {
    items
        .iter()
        .map(|i| format!("`{}`", i.title))
        .collect::<Vec<_>>()
        .join(", ")
}
