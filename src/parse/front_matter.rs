//! Splits a meeting file into front matter and body, and reads the front matter.

use crate::diagnostic::Diagnostic;
use crate::model::{Attachment, Attendee, Header, Kind, Status};
use crate::msg;
use crate::network::calendar::is_time;
use crate::rule::Rule;
use crate::schema::{Fields, Reader};
use crate::source::SourceFile;
use crate::span::Spanned;
use crate::yaml::{self, Node, Value};

/// Where the parts of a meeting file are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split {
    /// The YAML between the `---` lines.
    pub yaml: (usize, usize),
    /// Where the body starts.
    pub body: usize,
}

/// Finds the front matter, or says why there is none.
pub fn split(file: &SourceFile) -> Result<Split, Box<Diagnostic>> {
    let text = &file.text;
    if text.trim().is_empty() {
        return Err(Box::new(
            file.diag_at(Rule::FrontMatterMissing, 0, msg!("file-empty"))
                .with_help(msg!("file-empty-help")),
        ));
    }
    let first = text.split('\n').next().unwrap_or("");
    if first.trim_end() != "---" {
        return Err(Box::new(
            file.diag_at(Rule::FrontMatterMissing, 0, msg!("front-matter-missing"))
                .with_help(msg!("front-matter-missing-help")),
        ));
    }
    let yaml_start = first.len() + 1;
    let mut offset = yaml_start;
    for line in crate::text::lines_inclusive(text.get(yaml_start..).unwrap_or("")) {
        let bare = line.trim_end();
        if bare == "---" || bare == "..." {
            return Ok(Split {
                yaml: (yaml_start.min(text.len()), offset),
                body: (offset + line.len()).min(text.len()),
            });
        }
        offset += line.len();
    }
    Err(Box::new(
        file.diag_at(Rule::FrontMatterUnclosed, 0, msg!("front-matter-unclosed"))
            .with_help(msg!("front-matter-unclosed-help")),
    ))
}

pub(crate) const FRONT: &[&str] = &[
    "kind",
    "status",
    "date",
    "time",
    "place",
    "room",
    "note",
    "chair",
    "note_taker",
    "adjusters",
    "attendees",
    "absentees",
    "previous_minutes",
    "attachments",
    "notes",
];
pub(crate) const PERSON: &[&str] = &["name", "organisation", "role", "substitute_for", "note"];
pub(crate) const ATTACHMENT: &[&str] = &["id", "title", "file"];

/// Reads the front matter YAML into a header; `None` when the YAML itself cannot be read.
pub fn read(file: &SourceFile, split: Split, diags: &mut Vec<Diagnostic>) -> Option<Header> {
    let root = match yaml::parse(file, split.yaml.0, split.yaml.1) {
        Ok(root) => root,
        Err(diag) => {
            diags.push(*diag);
            return None;
        }
    };
    let mut header = Header {
        pos: file.pos(0),
        ..Header::default()
    };
    let empty = Node {
        value: Value::Map(Vec::new()),
        pos: file.pos(0),
        len: 3,
    };
    let root = if matches!(root.value, Value::Null) {
        &empty
    } else {
        &root
    };
    let mut r = Reader::new(file, diags);
    let fields = r.map(root, "the front matter", FRONT)?;
    if let Some(node) = r.require(&fields, "kind", "the front matter")
        && let Some(kind) = r.text(node, "kind")
    {
        match Kind::parse(&kind.value) {
            Some(k) => header.kind = Some(kind.map(|_| k)),
            None => r.invalid(
                Rule::InvalidValue,
                node,
                msg!("kind-invalid", text = kind.value.as_str()),
                Some(msg!("kind-invalid-help")),
            ),
        }
    }
    if let Some(node) = fields.get("status")
        && let Some(status) = r.text(node, "status")
    {
        match Status::parse(&status.value) {
            Some(s) => header.status = Some(status.map(|_| s)),
            None => r.invalid(
                Rule::InvalidValue,
                node,
                msg!("status-key-invalid", text = status.value.as_str()),
                Some(msg!("status-key-invalid-help")),
            ),
        }
    }
    header.date = r
        .require(&fields, "date", "the front matter")
        .and_then(|node| r.date(node, "date"));
    header.time = r.opt_text(&fields, "time");
    if let Some(time) = &header.time
        && !is_time(&time.value)
        && let Some(node) = fields.get("time")
    {
        r.invalid(
            Rule::InvalidValue,
            node,
            msg!("time-invalid", text = time.value.as_str()),
            Some(msg!("time-invalid-help")),
        );
    }
    header.place = r.opt_text(&fields, "place");
    header.room = r.opt_text(&fields, "room");
    header.note = r.opt_text(&fields, "note");
    header.chair = r.opt_text(&fields, "chair");
    header.note_taker = r.opt_text(&fields, "note_taker");
    header.adjusters = r.text_list(&fields, "adjusters");
    header.attendees = people(&mut r, &fields, "attendees");
    header.absentees = people(&mut r, &fields, "absentees");
    header.previous_minutes = r.opt_date(&fields, "previous_minutes");
    header.attachments = attachments(&mut r, &fields);
    header.notes = r
        .text_list(&fields, "notes")
        .into_iter()
        .map(|n| n.value)
        .collect();
    Some(header)
}

fn people(r: &mut Reader, fields: &Fields, key: &str) -> Vec<Attendee> {
    let mut out = Vec::new();
    for node in r.opt_list(fields, key) {
        // A bare name is a person without details.
        if let Value::Str(name) = &node.value {
            out.push(Attendee {
                name: Spanned::new(name.trim().to_owned(), node.pos, node.len),
                organisation: None,
                role: None,
                substitute_for: None,
                note: None,
            });
            continue;
        }
        let Some(person) = r.map(node, key, PERSON) else {
            continue;
        };
        let Some(name) = r
            .require(&person, "name", "an attendee")
            .and_then(|n| r.name(n, "name"))
        else {
            continue;
        };
        out.push(Attendee {
            name,
            organisation: r.opt_text(&person, "organisation"),
            role: r.opt_text(&person, "role").map(|s| s.value),
            substitute_for: r.opt_text(&person, "substitute_for"),
            note: r.opt_text(&person, "note").map(|s| s.value),
        });
    }
    out
}

fn attachments(r: &mut Reader, fields: &Fields) -> Vec<Attachment> {
    let mut out = Vec::new();
    for node in r.opt_list(fields, "attachments") {
        let Some(a) = r.map(node, "an attachment", ATTACHMENT) else {
            continue;
        };
        let id = r.require(&a, "id", "an attachment").and_then(|n| r.text(n, "id"));
        let title = r
            .require(&a, "title", "an attachment")
            .and_then(|n| r.text(n, "title"));
        let Some(id) = id else { continue };
        out.push(Attachment {
            id,
            title: title.map(|t| t.value).unwrap_or_default(),
            file: r.opt_text(&a, "file"),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile::new("m.md", text.to_owned())
    }

    #[test]
    fn split_finds_yaml_and_body() {
        let f = file("---\nkind: agenda\n---\n# Dagordning\n");
        let split = split(&f).ok();
        assert_eq!(
            split,
            Some(Split {
                yaml: (4, 17),
                body: 21
            })
        );
    }

    #[test]
    fn missing_and_unclosed() {
        assert_eq!(
            split(&file("")).err().map(|d| d.rule),
            Some(Rule::FrontMatterMissing)
        );
        assert_eq!(
            split(&file("# Dagordning\n")).err().map(|d| d.rule),
            Some(Rule::FrontMatterMissing)
        );
        assert_eq!(
            split(&file("---\nkind: agenda\n")).err().map(|d| d.rule),
            Some(Rule::FrontMatterUnclosed)
        );
    }

    #[test]
    fn header_values_and_problems() {
        let f = file("---\nkind: agenda\ndate: 2026-02-30\nattendes: []\ntime: förmiddag\n---\n");
        let mut diags = Vec::new();
        let header = split(&f).ok().and_then(|s| read(&f, s, &mut diags));
        assert_eq!(header.and_then(|h| h.kind).map(|k| k.value), Some(Kind::Agenda));
        let rules: Vec<_> = diags.iter().map(|d| (d.rule, d.pos.line)).collect();
        assert_eq!(
            rules,
            vec![
                (Rule::UnknownKey, 4),
                (Rule::InvalidDate, 3),
                (Rule::InvalidValue, 5)
            ]
        );
    }
}
