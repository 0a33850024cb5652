//! Rules on the text itself: placeholders left to fill in, and OCR damage.

use super::FileContext;
use crate::diagnostic::Diagnostic;
use crate::ocr::{self, Vocabulary};
use crate::rule::Rule;

pub fn check(ctx: &FileContext, diags: &mut Vec<Diagnostic>) {
    placeholders(ctx, diags);
    ocr_damage(ctx, diags);
}

fn placeholders(ctx: &FileContext, diags: &mut Vec<Diagnostic>) {
    let text = &ctx.file.text;
    for start in memchr::memmem::find_iter(text.as_bytes(), "[[") {
        let Some(len) = text[start + 2..]
            .split('\n')
            .next()
            .and_then(|line| line.find("]]"))
        else {
            continue;
        };
        let inner = text[start + 2..start + 2 + len].trim();
        diags.push(
            ctx.file
                .diag_at(
                    Rule::Placeholder,
                    start,
                    format!("placeholder to fill in: {inner}"),
                )
                .with_len(ctx.file.char_len(start, start + len + 4))
                .with_help("replace the placeholder, brackets included, with the text"),
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

fn ocr_damage(ctx: &FileContext, diags: &mut Vec<Diagnostic>) {
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
        line.trim_start_matches(['*', ' ', '\t'])
            .to_lowercase()
            .starts_with("ärende")
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
                    format!("`{}` looks damaged by OCR", damage.word),
                )
                .with_len(damage.word.chars().count() as u32)
                .with_help(format!("write `{}`", damage.repaired)),
        );
    }
}
