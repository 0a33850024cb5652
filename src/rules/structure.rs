//! Item numbering and the standard items.

use super::FileContext;
use crate::diagnostic::Diagnostic;
use crate::findings::Findings;
use crate::model::{Item, ItemNumber};
use crate::msg;
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
                    msg!("number-twice", item = item.number.to_string()),
                )
                .with_len(item.heading_len)
                .with_help(msg!("number-twice-help")),
            );
            continue;
        }
        match item.number.letter {
            None => {
                if item.number.number != expected_number {
                    let message = if expected_number == 1 {
                        msg!("numbering-first", number = item.number.number.to_string())
                    } else {
                        msg!(
                            "numbering-gap",
                            number = item.number.number.to_string(),
                            previous = (expected_number - 1).to_string(),
                            expected = expected_number.to_string()
                        )
                    };
                    diags.push(
                        file.diag(Rule::Numbering, item.heading, message)
                            .with_len(item.heading_len)
                            .with_help(msg!("numbering-help")),
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
                            msg!(
                                "sub-item-parent",
                                item = item.number.to_string(),
                                parent = parent_number.to_string()
                            ),
                        )
                        .with_len(item.heading_len)
                        .with_help(msg!(
                            "sub-item-parent-help",
                            item = format!("{parent_number}{}", expected_letter.unwrap_or('a'))
                        )),
                    );
                } else if Some(letter) != expected_letter {
                    let want = expected_letter.unwrap_or('a');
                    diags.push(
                        file.diag(
                            Rule::Numbering,
                            item.heading,
                            msg!(
                                "sub-item-letter",
                                item = item.number.to_string(),
                                expected = format!("{parent_number}{want}")
                            ),
                        )
                        .with_len(item.heading_len)
                        .with_help(msg!("sub-item-letter-help")),
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
                file.diag(Rule::StandardItems, ctx.meeting.header.pos, msg!("no-items"))
                    .with_help(msg!("no-items-help")),
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
                    msg!(
                        "standard-item-expected",
                        item = item.number.to_string(),
                        title = want.title.as_str()
                    ),
                )
                .with_len(item.heading_len)
                .with_help(msg!("standard-items-open", titles = titles(&standard.opening))),
            ),
            None => {
                let last = top[top.len() - 1];
                diags.push(
                    file.diag(
                        Rule::StandardItems,
                        last.heading,
                        msg!("standard-item-missing", title = want.title.as_str()),
                    )
                    .with_len(last.heading_len)
                    .with_help(msg!("standard-items-open", titles = titles(&standard.opening))),
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
                    msg!("standard-items-not-closing", titles = titles(closing)),
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
                    msg!(
                        "standard-item-expected",
                        item = item.number.to_string(),
                        title = want.title.as_str()
                    ),
                )
                .with_len(item.heading_len)
                .with_help(msg!("standard-items-close", titles = titles(closing))),
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
