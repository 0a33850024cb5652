//! Each item: its type, proposal or decision, clauses, matter, attachments and labelled lines.

use super::FileContext;
use crate::findings::Findings;
use crate::model::{Item, Kind, attachment_key};
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
                format!("item {} has no type", item.number),
            )
            .with_len(item.heading_len)
            .with_help(format!(
                "start the title with its type: `{}. Information: {}` (types: {})",
                item.number,
                item.title,
                ctx.config.item_types.join(", ")
            )),
        ),
        None => {}
        Some(text) => {
            for part in text.value.split('/') {
                if ctx.config.item_type(part).is_none() {
                    let help = did_you_mean(part.trim(), ctx.config.item_types.iter().map(String::as_str))
                        .unwrap_or_else(|| format!("the types are {}", ctx.config.item_types.join(", ")));
                    diags.push(
                        file.diag(
                            Rule::ItemTypeUnknown,
                            text.pos,
                            format!("`{}` is not an item type", part.trim()),
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
                    format!("decision item {} has no proposal", item.number),
                )
                .with_len(item.heading_len)
                .with_help("add `Förslag till beslut:` and under it the clauses: `- att ...`"),
            ),
            Some(Kind::Minutes) if item.decisions.is_empty() => {
                let called = &ctx.network.members.network.called;
                diags.push(
                    file.diag(Rule::DecisionMissing, item.heading, format!("decision item {} has no decision", item.number))
                        .with_len(item.heading_len)
                        .with_help(format!(
                            "add `{called} beslutade` and under it the clauses: `- att ...`, or `Status: bordlagd`"
                        )),
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
                        format!("write it as `att {}`", rest.trim_start())
                    }
                    _ => format!("write it as `att {}`", lowercase_first(&clause.text)),
                },
                None => "start it with `att` and a verb, saying what the network does: \
                         `att anta …`, `att ge … i uppdrag att …`"
                    .to_owned(),
            };
            diags.push(
                file.diag(
                    Rule::ClauseWithoutAtt,
                    clause.pos,
                    "the clause does not start with `att`",
                )
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
                format!("item {} names no matter", item.number),
            )
            .with_len(item.heading_len)
            .with_help(format!(
                "add a line `Ärende: {}` (declared in matters.yaml) to link it to other meetings",
                suggest_id(&item.title)
            )),
        ),
        None => {}
        Some(matter) => {
            if !is_matter_id(&matter.value) {
                diags.push(
                    file.diag(
                        Rule::InvalidValue,
                        matter.pos,
                        format!("`{}` is not a valid matter id", matter.value),
                    )
                    .with_len(matter.len)
                    .with_help(format!(
                        "use lower-case letters a–z, digits and hyphens, e.g. `{}`",
                        suggest_id(&matter.value)
                    )),
                );
            } else if ctx.network.matters.get(&matter.value).is_none() {
                let help = did_you_mean(&matter.value, ctx.network.matters.ids())
                    .unwrap_or_else(|| format!("declare `{}` in matters.yaml", matter.value));
                diags.push(
                    file.diag(
                        Rule::MatterUnknown,
                        matter.pos,
                        format!("matter `{}` is not in matters.yaml", matter.value),
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
                "list it under `attachments:` in the front matter".to_owned()
            } else {
                format!("the front matter lists {}; add it there", listed.join(", "))
            };
            diags.push(
                file.diag(
                    Rule::AttachmentUnknown,
                    id.pos,
                    format!("attachment `{}` is not in the front matter", id.value),
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
                format!("`Status: {text}` is not a status"),
            )
            .with_len(status.len)
            .with_help("write `Status: bordlagd` (postponed) or `Status: utgår` (withdrawn)"),
        );
    }
    if let Some(returns) = &item.returns
        && let Err(text) = &returns.value
    {
        diags.push(
            file.diag(
                Rule::InvalidValue,
                returns.pos,
                format!("`Återkommer: {text}` is neither ja, nej nor a date"),
            )
            .with_len(returns.len)
            .with_help("write `Återkommer: ja`, `Återkommer: nej` or `Återkommer: 2026-03-20`"),
        );
    }
    if let Some(from) = &item.from
        && item.from_ref.is_none()
    {
        diags.push(
            file.diag(
                Rule::ReferenceUnresolved,
                from.pos,
                format!("`Från: {}` is not a reference", from.value),
            )
            .with_len(from.len)
            .with_help("write `Från: 2025-11-21 punkt 5e`"),
        );
    }
    for close in &item.closes {
        if let Err(text) = &close.value {
            diags.push(
                file.diag(
                    Rule::ReferenceUnresolved,
                    close.pos,
                    format!("`{text}` is not a reference"),
                )
                .with_len(close.len)
                .with_help("name assignments like `2025-11-21#6b.u1`"),
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
