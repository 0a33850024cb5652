//! Rules on the text itself: placeholders left to fill in, and OCR damage.

use super::FileContext;
use crate::findings::Findings;
use crate::msg;
use crate::ocr::{self, Vocabulary};
use crate::rule::Rule;

pub fn check(ctx: &FileContext, diags: &mut Findings) {
    placeholders(ctx, diags);
    stale_draft(ctx, diags);
    ocr_damage(ctx, diags);
}

/// Placeholders `[[…]]`: a warning in drafts and agendas, an error in final minutes. Each line is
/// read once from left to right, so a line of many `[[` costs no more than its length.
fn placeholders(ctx: &FileContext, diags: &mut Findings) {
    let text = &ctx.file.text;
    if memchr::memmem::find(text.as_bytes(), b"[[").is_none() {
        return;
    }
    let in_final = ctx.meeting.is_minutes() && !ctx.meeting.is_draft();
    let rule = if in_final {
        Rule::PlaceholderInFinal
    } else {
        Rule::Placeholder
    };
    let help = if in_final {
        msg!("placeholder-in-final-help")
    } else {
        msg!("placeholder-help")
    };
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let mut from = 0;
        while let Some(open) = memchr::memmem::find(&line.as_bytes()[from..], b"[[") {
            let open = from + open;
            let Some(close) = memchr::memmem::find(&line.as_bytes()[open + 2..], b"]]") else {
                break;
            };
            let close = open + 2 + close;
            let inner = line[open + 2..close].trim();
            let start = line_start + open;
            diags.push(
                ctx.file
                    .diag_at(rule, start, msg!("placeholder", text = inner))
                    .with_len(ctx.file.char_len(start, line_start + close + 2))
                    .with_help(help.as_str()),
            );
            from = close + 2;
        }
        line_start += line.len();
    }
}

/// Draft minutes more than 30 days after their meeting.
pub fn stale_draft(ctx: &FileContext, diags: &mut Findings) {
    let meeting = ctx.meeting;
    let (Some(date), Some(status)) = (meeting.date(), &meeting.header.status) else {
        return;
    };
    let age = (ctx.today - date).num_days();
    if meeting.is_draft() && meeting.is_minutes() && age > 30 {
        diags.push(
            ctx.file
                .diag(
                    Rule::DraftStale,
                    status.pos,
                    msg!("draft-stale", date = date.to_string(), days = age),
                )
                .with_len(status.len)
                .with_help(msg!("draft-stale-help")),
        );
    }
}

/// The words of the network files, with the format's own.
pub fn network_vocabulary(network: &crate::network::Network) -> Vocabulary {
    let mut v = Vocabulary::with_format_words();
    let m = &network.members;
    v.add_text(&m.network.name);
    v.add_text(&m.network.called);
    for org in &m.organisations {
        v.add_text(&org.name);
        org.aliases.iter().for_each(|a| v.add_text(a));
    }
    for person in &m.people {
        v.add_text(&person.name);
        person.unit.iter().chain(&person.role).for_each(|t| v.add_text(t));
    }
    for group in &m.groups {
        v.add_text(&group.name);
        group.aliases.iter().for_each(|a| v.add_text(a));
    }
    for matter in &network.matters.matters {
        v.add_text(&matter.title);
    }
    for item in network
        .standard_items
        .opening
        .iter()
        .chain(&network.standard_items.closing)
    {
        v.add_text(&item.title);
        item.proposal.iter().for_each(|p| v.add_text(p));
    }
    for entry in &network.calendar.entries {
        entry
            .place
            .iter()
            .chain(&entry.room)
            .chain(&entry.note)
            .for_each(|t| v.add_text(t));
    }
    v
}

fn ocr_damage(ctx: &FileContext, diags: &mut Findings) {
    // Matter ids are ASCII by design; they are not words.
    let ids: Vec<(usize, usize)> = ctx
        .meeting
        .items
        .iter()
        .filter_map(|item| item.matter.as_ref())
        .map(|m| (m.pos.offset, m.pos.offset + m.value.len()))
        .collect();
    let in_id = |offset: usize| ids.iter().any(|(start, end)| (*start..*end).contains(&offset));
    // Also on an `Ärende:` line the body parser did not read (a file whose front matter is
    // unclosed has no items).
    let on_matter_line = |offset: usize| {
        let before = ctx.file.text.get(..offset).unwrap_or("");
        let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
        // Only the line's first word is lowered: a long line costs no more than a short one.
        let first: String = line
            .trim_start_matches(['*', ' ', '\t'])
            .chars()
            .flat_map(char::to_lowercase)
            .take("ärende".chars().count())
            .collect();
        first == "ärende"
    };
    for damage in ocr::find_damage(&ctx.file.text, ctx.vocabulary) {
        if in_id(damage.offset) || on_matter_line(damage.offset) {
            continue;
        }
        diags.push(
            ctx.file
                .diag_at(
                    Rule::OcrDamage,
                    damage.offset,
                    msg!("ocr-damage", word = damage.word.as_str()),
                )
                .with_len(damage.word.chars().count() as u32)
                .with_help(msg!("write-this", text = damage.repaired.as_str()))
                .with_fix(crate::fix::hooks::ocr_damage(
                    ctx.file,
                    damage.offset,
                    &damage.word,
                    &damage.repaired,
                )),
        );
    }
}
