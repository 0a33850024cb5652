//! Writing the recognised meeting as a meeting file in the format of `docs/format.md`: a YAML
//! front matter, a level-1 title, items as `## N.` and `### Na.` headings with their labelled
//! lines, prose, proposals and decisions as lists of `att` clauses, and assignments.

use super::attendees::Person;
use super::calendar;
use super::due::Due;
use super::recognise::{Block, ClauseKind, Item};
use crate::format::dates::iso;
use crate::format::labels::{self, Label};
use crate::format::phrases::DecisionPhrases;
use crate::format::{assignment, escape, wrap};
use crate::model::Kind;
use chrono::NaiveDate;

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
    pub adjusters: &'a [String],
    pub attendees: &'a [Person],
    pub absentees: &'a [Person],
    pub previous_minutes: Option<NaiveDate>,
    pub attachments: Vec<(String, String)>,
    pub notes: Vec<String>,
    pub title: String,
    pub preamble: &'a [String],
    pub items: &'a [Item],
    /// The network's decision phrases (to mark a decision kept in running text).
    pub phrases: &'a DecisionPhrases,
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
    if !meeting.adjusters.is_empty() {
        out.push_str("adjusters:\n");
        for name in meeting.adjusters {
            out.push_str(&format!("  - {}\n", yaml(name)));
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
            // An organisation members.yaml does not know is said in the note, where `check`
            // does not require it to be known.
            let note: Vec<String> = person
                .other_organisation
                .iter()
                .map(|o| format!("{o} (organisationen finns inte i members.yaml)"))
                .chain(person.note.iter().cloned())
                .collect();
            if !note.is_empty() {
                out.push_str(&format!("    note: {}\n", yaml(&note.join("; "))));
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
        item_text(&mut out, item, meeting.phrases);
    }
    // Minutes with a question left for a person are not yet the record.
    if meeting.kind == Kind::Minutes && out.contains("[[") {
        let kind_line = format!("kind: {}\n", meeting.kind.as_str());
        out = out.replacen(&kind_line, &format!("{kind_line}status: draft\n"), 1);
    }
    out
}

fn item_text(out: &mut String, item: &Item, phrases: &DecisionPhrases) {
    let hashes = if item.letter.is_some() { "###" } else { "##" };
    let title = match &item.type_text {
        Some(kind) => format!("{kind}: {}", item.title),
        None => item.title.clone(),
    };
    out.push_str(&format!("{hashes} {}. {}\n", item.number_text(), title));
    let mut labels = Vec::new();
    if let Some(matter) = &item.matter {
        labels.push(Label::Matter.line(matter));
    }
    for presenters in &item.presenters {
        labels.push(Label::Presenters.line(&presenters.join("; ")));
    }
    if !item.attachments.is_empty() {
        // `Bilaga` or `Bilagor` as the document wrote it.
        let label = item
            .attachment_label
            .as_deref()
            .and_then(|l| Label::find(&[Label::Attachment, Label::Attachments], l))
            .unwrap_or(Label::for_attachments(item.attachments.len()));
        labels.push(label.line(&item.attachments.join(", ")));
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
                    paragraph = mark_inline_decision(&paragraph, phrases);
                }
                out.push_str(&paragraph);
                out.push('\n');
                previous_list = false;
            }
            Block::Bullets { items, .. } => {
                let marker = if previous_list { "*" } else { "-" };
                for bullet in items {
                    push_list_item(out, marker, &escape::paragraph_start(bullet));
                }
                previous_list = true;
            }
            Block::Clauses {
                kind, intro, clauses, ..
            } => {
                match kind {
                    // `check` reads a decision's heading only on a line of its own.
                    ClauseKind::Decision => out.push_str(intro),
                    ClauseKind::Proposal => out.push_str(&wrap::paragraph(intro)),
                }
                out.push_str("\n\n");
                for clause in clauses {
                    push_list_item(out, "-", &clause.text);
                }
                previous_list = true;
            }
            Block::Calendar(table) => {
                out.push_str(&calendar::render(table));
                previous_list = false;
            }
            Block::Assignments(list) => {
                out.push_str(&format!("{}:\n\n", labels::ASSIGNMENTS));
                for a in list {
                    let mut line = assignment::head(a.owners.iter().map(String::as_str), &a.task);
                    if let Some(to) = &a.report_to {
                        assignment::push_field(&mut line, Label::ReportTo, to);
                    }
                    match &a.due {
                        Some(Due::Date { date, .. }) => {
                            assignment::push_field(&mut line, Label::Due, &iso(*date))
                        }
                        Some(Due::Derived { date, how, .. }) => assignment::push_field(
                            &mut line,
                            Label::Due,
                            &assignment::derived_due(*date, how),
                        ),
                        _ => {}
                    }
                    push_list_item(out, assignment::marker(false), &line);
                }
                previous_list = true;
            }
            Block::Heading { text, .. } => {
                out.push_str(&format!("#### {text}\n"));
                previous_list = false;
            }
        }
    }
}

/// A list item, wrapped, and its line break.
fn push_list_item(out: &mut String, marker: &str, text: &str) {
    out.push_str(&wrap::list_item(marker, text));
    out.push('\n');
}

/// A paragraph of prose, wrapped, its start escaped where Markdown or the format would read it
/// as something else.
fn paragraph_text(text: &str) -> String {
    let paragraph = wrap::paragraph(&escape::paragraph_start(&escape::inline(text)));
    // `Föredragande beskrev …`: prose that starts with a label's word is marked as prose.
    if escape::starts_with_label_word(&paragraph) {
        let mut lines: Vec<String> = paragraph.lines().map(str::to_owned).collect();
        if let Some(first) = lines.first_mut() {
            first.push_str(" <!-- lchnv-disable-line label-unknown -->");
        }
        return lines.join("\n");
    }
    paragraph
}

/// Appends `lchnv-disable-line decision-not-listed` to the line where the decision in running
/// text starts, the line `check` reports it on.
fn mark_inline_decision(paragraph: &str, phrases: &DecisionPhrases) -> String {
    let Some(found) = phrases.find_inline(paragraph) else {
        return paragraph.to_owned();
    };
    // The match may start with the character before the name.
    let lead = found.as_str().len()
        - found
            .as_str()
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .len();
    let line = paragraph[..found.start() + lead].matches('\n').count();
    let lines: Vec<String> = paragraph
        .lines()
        .enumerate()
        .map(|(i, text)| {
            if i == line {
                format!("{text} <!-- lchnv-disable-line decision-not-listed -->")
            } else {
                text.to_owned()
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
    fn yaml_values_are_quoted_where_yaml_would_misread_them() {
        assert_eq!(yaml("Region Dalarna"), "Region Dalarna");
        assert_eq!(yaml("Tf. Chef: RSS"), "\"Tf. Chef: RSS\"");
        assert_eq!(yaml("[[bekräfta]]"), "\"[[bekräfta]]\"");
        assert_eq!(yaml("no"), "\"no\"");
    }

    #[test]
    fn an_inline_decision_is_marked_on_the_line_where_it_starts() {
        let phrases = DecisionPhrases::new(&["Länsnätverket".to_owned()]);
        let paragraph = format!(
            "{}\nLänsnätverket\nbeslutade att anta avtalet.",
            "ord ".repeat(20).trim()
        );
        let marked = mark_inline_decision(&paragraph, &phrases);
        assert_eq!(
            marked.lines().nth(1),
            Some("Länsnätverket <!-- lchnv-disable-line decision-not-listed -->")
        );
    }
}
