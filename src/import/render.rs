//! Writing the recognised meeting as a meeting file in the format of `docs/format.md`: a YAML
//! front matter, a level-1 title, items as `## N.` and `### Na.` headings with their labelled
//! lines, prose, proposals and decisions as lists of `att` clauses, and assignments.

use super::attendees::Person;
use super::calendar;
use super::dates::iso;
use super::recognise::{Block, ClauseKind, Item};
use crate::model::Kind;
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// Prose is wrapped at this width.
pub const WIDTH: usize = 100;

/// Everything the file says.
#[derive(Debug, Clone)]
pub struct Meeting<'a> {
    pub kind: Kind,
    pub date: NaiveDate,
    pub time: Option<String>,
    pub place: Option<String>,
    pub room: Option<String>,
    pub chair: Option<String>,
    pub note_taker: Option<String>,
    pub attendees: &'a [Person],
    pub absentees: &'a [Person],
    pub previous_minutes: Option<NaiveDate>,
    pub attachments: Vec<(String, String)>,
    pub notes: Vec<String>,
    pub title: String,
    pub preamble: &'a [String],
    pub items: &'a [Item],
    /// The network's names that open a decision (to mark a decision kept in running text).
    pub decision_names: &'a [String],
}

pub fn render(meeting: &Meeting) -> String {
    let mut out = String::from("---\n");
    out.push_str(&format!("kind: {}\n", meeting.kind.as_str()));
    out.push_str(&format!("date: {}\n", iso(meeting.date)));
    for (key, value) in [
        ("time", &meeting.time),
        ("place", &meeting.place),
        ("room", &meeting.room),
        ("chair", &meeting.chair),
        ("note_taker", &meeting.note_taker),
    ] {
        if let Some(value) = value {
            out.push_str(&format!("{key}: {}\n", yaml(value)));
        }
    }
    for (key, people) in [("attendees", meeting.attendees), ("absentees", meeting.absentees)] {
        if people.is_empty() {
            continue;
        }
        out.push_str(&format!("{key}:\n"));
        for person in people {
            out.push_str(&format!("  - name: {}\n", yaml(&person.name)));
            if let Some(org) = &person.organisation {
                out.push_str(&format!("    organisation: {}\n", yaml(org)));
            }
            if let Some(role) = &person.role {
                out.push_str(&format!("    role: {}\n", yaml(role)));
            }
            if let Some(note) = &person.note {
                out.push_str(&format!("    note: {}\n", yaml(note)));
            }
        }
    }
    if let Some(previous) = meeting.previous_minutes {
        out.push_str(&format!("previous_minutes: {}\n", iso(previous)));
    }
    if !meeting.attachments.is_empty() {
        out.push_str("attachments:\n");
        for (id, title) in &meeting.attachments {
            out.push_str(&format!("  - id: {}\n    title: {}\n", quoted(id), yaml(title)));
        }
    }
    if !meeting.notes.is_empty() {
        out.push_str("notes:\n");
        for note in &meeting.notes {
            out.push_str(&format!("  - {}\n", yaml(note)));
        }
    }
    out.push_str("---\n\n");
    out.push_str(&format!("# {}\n", meeting.title));
    for paragraph in meeting.preamble {
        out.push('\n');
        out.push_str(&paragraph_text(paragraph));
        out.push('\n');
    }
    for item in meeting.items {
        out.push('\n');
        item_text(&mut out, item, meeting.decision_names);
    }
    // Minutes with a question left for a person are not yet the record.
    if meeting.kind == Kind::Minutes && out.contains("[[") {
        let kind_line = format!("kind: {}\n", meeting.kind.as_str());
        out = out.replacen(&kind_line, &format!("{kind_line}status: draft\n"), 1);
    }
    out
}

fn item_text(out: &mut String, item: &Item, decision_names: &[String]) {
    let hashes = if item.letter.is_some() { "###" } else { "##" };
    let title = match &item.type_text {
        Some(kind) => format!("{kind}: {}", item.title),
        None => item.title.clone(),
    };
    out.push_str(&format!("{hashes} {}. {}\n", item.number_text(), title));
    let mut labels = Vec::new();
    if let Some(matter) = &item.matter {
        labels.push(format!("Ärende: {matter}"));
    }
    if !item.presenters.is_empty() {
        labels.push(format!("Föredragande: {}", item.presenters.join("; ")));
    }
    if !item.attachments.is_empty() {
        let label = item
            .attachment_label
            .as_deref()
            .unwrap_or(if item.attachments.len() > 1 {
                "Bilagor"
            } else {
                "Bilaga"
            });
        labels.push(format!("{label}: {}", item.attachments.join(", ")));
    }
    if !labels.is_empty() {
        out.push('\n');
        for label in labels {
            out.push_str(&label);
            out.push('\n');
        }
    }
    let mut previous_list = false;
    for block in &item.blocks {
        out.push('\n');
        match block {
            Block::Prose {
                text,
                inline_decision,
                ..
            } => {
                let mut paragraph = paragraph_text(text);
                if *inline_decision {
                    paragraph = mark_inline_decision(&paragraph, decision_names);
                }
                out.push_str(&paragraph);
                out.push('\n');
                previous_list = false;
            }
            Block::Bullets { items, .. } => {
                let marker = if previous_list { "*" } else { "-" };
                for bullet in items {
                    out.push_str(&list_item(marker, &escape_start(bullet)));
                }
                previous_list = true;
            }
            Block::Clauses {
                kind, intro, clauses, ..
            } => {
                match kind {
                    ClauseKind::Decision => out.push_str(intro),
                    ClauseKind::Proposal => out.push_str(&wrap(intro, WIDTH, "")),
                }
                out.push_str("\n\n");
                for clause in clauses {
                    out.push_str(&list_item("-", &clause.text));
                }
                previous_list = true;
            }
            Block::Calendar(table) => {
                out.push_str(&calendar::render(table));
                previous_list = false;
            }
            Block::Assignments(list) => {
                out.push_str("Uppdrag:\n\n");
                for assignment in list {
                    let owners: Vec<String> = assignment.owners.iter().map(|o| format!("**{o}**")).collect();
                    let mut line = format!(
                        "[ ] {}: {}.",
                        owners.join(", "),
                        assignment.task.trim_end_matches('.')
                    );
                    if let Some(to) = &assignment.report_to {
                        line.push_str(&format!(" Återrapport: {to}."));
                    }
                    out.push_str(&list_item("-", &line));
                }
                previous_list = true;
            }
        }
    }
}

/// A list item, wrapped, continuation lines indented by two spaces.
fn list_item(marker: &str, text: &str) -> String {
    let body = wrap(text, WIDTH - 2, "  ");
    format!("{marker} {body}\n")
}

/// A paragraph of prose, wrapped, its start escaped where Markdown or the format would read it
/// as something else.
fn paragraph_text(text: &str) -> String {
    wrap(&escape_start(&escape_inline(text)), WIDTH, "")
}

static FORMAT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(\**(?:ärende|föredragande|bilagor|bilaga|från|återkommer|status|avslutar|senast|återrapport)\**\s*):")
        .unwrap_or_else(|_| unreachable!())
});
static BLOCK_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[#>+*-]|\d{1,9}[.)](?:\s|$)|\[)").unwrap_or_else(|_| unreachable!()));

/// Escapes what would start a heading, list, quote, task or labelled line.
fn escape_start(text: &str) -> String {
    if let Some(caps) = FORMAT_LABEL.captures(text) {
        let label = caps.get(1).map(|m| m.as_str()).unwrap_or("");
        return format!("{label}\\:{}", &text[label.len() + 1..]);
    }
    if BLOCK_START.is_match(text) {
        let digits = text.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 {
            return format!("{}\\{}", &text[..digits], &text[digits..]);
        }
        return format!("\\{text}");
    }
    text.to_owned()
}

/// HTML and placeholders in running text are shown as written.
fn escape_inline(text: &str) -> String {
    text.replace('<', "&lt;").replace("[[", "[\\[")
}

/// Wraps text at `width`; continuation lines start with `indent`. A word that would open a
/// line as a list marker or heading stays on the line before.
pub fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let risky = BLOCK_START.is_match(word) || word.starts_with('|') || word.starts_with("<");
        let fits = current.chars().count() + 1 + word.chars().count() <= width;
        if current.is_empty() || fits || risky {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        } else {
            lines.push(std::mem::take(&mut current));
            current.push_str(word);
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines.join(&format!("\n{indent}"))
}

/// Appends `lchnv-disable-line decision-not-listed` to the line where a decision in running
/// text starts.
fn mark_inline_decision(paragraph: &str, names: &[String]) -> String {
    let mut done = false;
    let lines: Vec<String> = paragraph
        .lines()
        .map(|line| {
            let lower = line.to_lowercase();
            let here = !done
                && names.iter().any(|n| {
                    let n = n.to_lowercase();
                    lower.contains(&format!("{n} beslutade")) || lower.contains(&format!("{n} beslutar"))
                });
            if here {
                done = true;
                format!("{line} <!-- lchnv-disable-line decision-not-listed -->")
            } else {
                line.to_owned()
            }
        })
        .collect();
    lines.join("\n")
}

pub use crate::yaml::{quoted, scalar as yaml};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_never_opens_a_line_with_a_marker() {
        let text = format!("{} - 2. # x", "ord ".repeat(24));
        let wrapped = wrap(&text, 100, "");
        assert!(
            wrapped
                .lines()
                .all(|l| !l.starts_with('-') && !l.starts_with("2.") && !l.starts_with('#'))
        );
    }

    #[test]
    fn escapes() {
        assert_eq!(escape_start("- inte en lista"), "\\- inte en lista");
        assert_eq!(
            escape_start("Status: klart enligt ovan"),
            "Status\\: klart enligt ovan"
        );
        assert_eq!(escape_start("1. maj"), "1\\. maj");
        assert_eq!(yaml("Region Dalarna"), "Region Dalarna");
        assert_eq!(yaml("Tf. Chef: RSS"), "\"Tf. Chef: RSS\"");
        assert_eq!(yaml("[[bekräfta]]"), "\"[[bekräfta]]\"");
        assert_eq!(yaml("no"), "\"no\"");
    }
}
