//! Each item: its type, proposal or decision, clauses, matter, attachments and labelled lines.

use super::FileContext;
use crate::findings::Findings;
use crate::model::{Item, Kind, attachment_key};
use crate::msg;
use crate::network::matters::{is_matter_id, suggest_id};
use crate::rule::Rule;
use crate::text::did_you_mean;
use std::collections::HashSet;

pub fn check(ctx: &FileContext, diags: &mut Findings) {
    let attachments: HashSet<String> = ctx
        .meeting
        .header
        .attachments
        .iter()
        .map(|a| attachment_key(&a.id.value))
        .collect();
    for item in &ctx.meeting.items {
        check_item(ctx, item, &attachments, diags);
    }
}

fn check_item(ctx: &FileContext, item: &Item, attachments: &HashSet<String>, diags: &mut Findings) {
    let file = ctx.file;
    let standard = item.parent.is_none() && ctx.network.standard_items.is_standard(&item.title);
    let section = item.has_children;
    let kind = ctx.meeting.kind();

    match &item.type_text {
        None if !standard && !section => diags.push(
            file.diag(
                Rule::ItemTypeMissing,
                item.heading,
                msg!("item-type-missing", item = item.number.to_string()),
            )
            .with_len(item.heading_len)
            .with_help(msg!(
                "item-type-missing-help",
                item = item.number.to_string(),
                title = item.title.as_str(),
                types = ctx.config.item_types.join(", ")
            )),
        ),
        None => {}
        Some(text) => {
            for part in text.value.split('/') {
                if ctx.config.item_type(part).is_none() {
                    let help = did_you_mean(part.trim(), ctx.config.item_types.iter().map(String::as_str))
                        .unwrap_or_else(|| msg!("item-types-are", types = ctx.config.item_types.join(", ")));
                    diags.push(
                        file.diag(
                            Rule::ItemTypeUnknown,
                            text.pos,
                            msg!("item-type-unknown", text = part.trim()),
                        )
                        .with_len(text.len)
                        .with_help(help),
                    );
                }
            }
        }
    }

    let settled = item.status().is_some();
    if item.is_decision_item() && !settled {
        match kind {
            Some(Kind::Agenda) if item.proposal.is_empty() => diags.push(
                file.diag(
                    Rule::ProposalMissing,
                    item.heading,
                    msg!("proposal-missing", item = item.number.to_string()),
                )
                .with_len(item.heading_len)
                .with_help(msg!("proposal-missing-help")),
            ),
            Some(Kind::Minutes) if item.decisions.is_empty() => {
                let called = &ctx.network.members.network.called;
                diags.push(
                    file.diag(
                        Rule::DecisionMissing,
                        item.heading,
                        msg!("decision-missing", item = item.number.to_string()),
                    )
                    .with_len(item.heading_len)
                    .with_help(msg!("decision-missing-help", called = called.as_str())),
                );
            }
            _ => {}
        }
    }

    for clause in item.proposal.iter().chain(&item.decisions) {
        if !clause.starts_with_att() {
            let fix = crate::fix::hooks::clause_att(file, clause);
            // The clause itself shows the way only where `att` in front makes Swedish of it.
            let help = match fix {
                Some(_) => match clause.text.split_once(char::is_whitespace) {
                    // `att:` or `att,`: the mark goes.
                    Some((first, rest))
                        if first
                            .trim_end_matches([':', ',', '.', ';'])
                            .eq_ignore_ascii_case("att") =>
                    {
                        msg!("clause-write-as", clause = rest.trim_start())
                    }
                    _ => msg!("clause-write-as", clause = lowercase_first(&clause.text)),
                },
                None => msg!("clause-without-att-help"),
            };
            diags.push(
                file.diag(Rule::ClauseWithoutAtt, clause.pos, msg!("clause-without-att"))
                    .with_len(
                        clause
                            .text
                            .split_whitespace()
                            .next()
                            .map(|w| w.chars().count() as u32)
                            .unwrap_or(1),
                    )
                    .with_help(help)
                    .with_fix(fix),
            );
        }
    }

    match &item.matter {
        None if item.type_text.is_some() && !standard && !section => diags.push(
            file.diag(
                Rule::MatterMissing,
                item.heading,
                msg!("matter-missing", item = item.number.to_string()),
            )
            .with_len(item.heading_len)
            .with_help(msg!("matter-missing-help", id = suggest_id(&item.title))),
        ),
        None => {}
        Some(matter) => {
            if !is_matter_id(&matter.value) {
                diags.push(
                    file.diag(
                        Rule::InvalidValue,
                        matter.pos,
                        msg!("matter-id-invalid", id = matter.value.as_str()),
                    )
                    .with_len(matter.len)
                    .with_help(msg!("matter-id-help", id = suggest_id(&matter.value))),
                );
            } else if ctx.network.matters.get(&matter.value).is_none() {
                let help = did_you_mean(&matter.value, ctx.network.matters.ids())
                    .unwrap_or_else(|| msg!("matter-declare", id = matter.value.as_str()));
                diags.push(
                    file.diag(
                        Rule::MatterUnknown,
                        matter.pos,
                        msg!("matter-unknown", id = matter.value.as_str()),
                    )
                    .with_len(matter.len)
                    .with_help(help),
                );
            }
        }
    }

    // Without a readable front matter there is no list of attachments to compare with; the
    // front matter's own finding says why.
    for id in item.attachments.iter().filter(|_| ctx.meeting.has_header) {
        if !attachments.contains(&attachment_key(&id.value)) {
            let listed: Vec<&str> = ctx
                .meeting
                .header
                .attachments
                .iter()
                .map(|a| a.id.value.as_str())
                .collect();
            let help = if listed.is_empty() {
                msg!("attachment-list-it")
            } else {
                msg!("attachment-listed-add", listed = listed.join(", "))
            };
            diags.push(
                file.diag(
                    Rule::AttachmentUnknown,
                    id.pos,
                    msg!("attachment-unknown", id = id.value.as_str()),
                )
                .with_len(id.len)
                .with_help(help),
            );
        }
    }

    if let Some(status) = &item.status
        && let Err(text) = &status.value
    {
        diags.push(
            file.diag(
                Rule::InvalidValue,
                status.pos,
                msg!("status-invalid", text = text.as_str()),
            )
            .with_len(status.len)
            .with_help(msg!("status-invalid-help")),
        );
    }
    if let Some(returns) = &item.returns
        && let Err(text) = &returns.value
    {
        diags.push(
            file.diag(
                Rule::InvalidValue,
                returns.pos,
                msg!("returns-invalid", text = text.as_str()),
            )
            .with_len(returns.len)
            .with_help(msg!("returns-invalid-help")),
        );
    }
    if let Some(from) = &item.from
        && item.from_ref.is_none()
    {
        diags.push(
            file.diag(
                Rule::ReferenceUnresolved,
                from.pos,
                msg!("from-not-reference", text = from.value.as_str()),
            )
            .with_len(from.len)
            .with_help(msg!("from-item-help")),
        );
    }
    for close in &item.closes {
        if let Err(text) = &close.value {
            diags.push(
                file.diag(
                    Rule::ReferenceUnresolved,
                    close.pos,
                    msg!("closes-not-reference", text = text.as_str()),
                )
                .with_len(close.len)
                .with_help(msg!("closes-help")),
            );
        }
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
