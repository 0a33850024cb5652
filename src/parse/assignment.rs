//! Reads one task-list item into an [`Assignment`]:
//! `- [ ] **Owner**, **Owner**: task. Senast: 2026-01-29. Återrapport: LCHNV. Från: 2025-11-21#6b.u1.`

use crate::format::labels::Label;
use crate::model::{Assignment, Reference};
use crate::parse::body::collapse;
use crate::source::SourceFile;
use crate::span::Spanned;

/// A field of an assignment: `Senast:`, `Återrapport:` or `Från:`.
struct Field {
    label: Label,
    /// Where the field starts (at the separator before its label, if any).
    start: usize,
    /// Where its value starts.
    value: usize,
}

/// The fields in `text`: a label (possibly in bold) after the start or one of ` .;,(`, then a
/// colon.
fn fields(text: &str) -> Vec<Field> {
    let mut found = Vec::new();
    for (colon, _) in text.match_indices(':') {
        let before = text[..colon].trim_end_matches(|c: char| c == '*' || c.is_whitespace());
        let word_start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map(|(i, _)| i)
            .unwrap_or(before.len());
        let word = &before[word_start..];
        let Some(label) = Label::find(Label::ASSIGNMENT, word) else {
            continue;
        };
        let lead = before[..word_start].trim_end_matches('*');
        let start = match lead.chars().next_back() {
            None => 0,
            Some(c) if c.is_whitespace() || matches!(c, '.' | ';' | ',' | '(') => lead.len() - c.len_utf8(),
            Some(_) => continue,
        };
        let after = &text[colon + 1..];
        let value = colon
            + 1
            + (after.len()
                - after
                    .trim_start_matches(|c: char| c == '*' || c.is_whitespace())
                    .len());
        found.push(Field { label, start, value });
    }
    found
}

/// Parses the raw text of a task-list item that starts at byte `start` of the file.
pub fn parse_assignment(file: &SourceFile, raw: &str, start: usize, position: u32) -> Assignment {
    let mut assignment = Assignment {
        done: false,
        owners: Vec::new(),
        task: String::new(),
        due: None,
        due_date: None,
        report_to: None,
        from: None,
        from_ref: None,
        pos: file.pos(start),
        position,
    };
    let Some((done, mut cursor)) = crate::parse::markers::task_box(raw, false) else {
        return assignment;
    };
    assignment.done = done;

    // Owners: `**A**, **B** och **C**:`
    loop {
        let rest = &raw[cursor..];
        let skipped = rest.len() - rest.trim_start().len();
        let rest = rest.trim_start();
        let Some(inner) = rest.strip_prefix("**") else {
            break;
        };
        let Some(close) = inner.find("**") else { break };
        let name_raw = &inner[..close];
        let name = name_raw.trim().trim_end_matches(':').trim();
        let name_offset = start + cursor + skipped + 2 + (name_raw.len() - name_raw.trim_start().len());
        if !name.is_empty() {
            assignment.owners.push(Spanned::new(
                collapse(name),
                file.pos(name_offset),
                file.char_len(name_offset, name_offset + name.len()),
            ));
        }
        cursor += skipped + 2 + close + 2;
        let ended_inside = name_raw.trim_end().ends_with(':');
        let after = &raw[cursor..];
        let after_trim = after.trim_start();
        if ended_inside {
            break;
        }
        if let Some(r) = after_trim.strip_prefix(':') {
            cursor += after.len() - r.len();
            break;
        }
        if let Some(r) = after_trim.strip_prefix(',') {
            cursor += after.len() - r.len();
            continue;
        }
        if let Some(r) = after_trim.strip_prefix("och ") {
            cursor += after.len() - r.len();
            continue;
        }
        break;
    }

    let rest = &raw[cursor..];
    let fields = fields(rest);
    let task_end = fields.first().map(|f| f.start).unwrap_or(rest.len());
    assignment.task = collapse(rest[..task_end].trim().trim_end_matches([';', ',']).trim());
    for (i, field) in fields.iter().enumerate() {
        let end = fields.get(i + 1).map(|f| f.start).unwrap_or(rest.len());
        let value_raw = &rest[field.value.min(end)..end];
        let value = value_raw
            .trim()
            .trim_end_matches(['.', ';', ',', ')', '*'])
            .trim();
        let offset = start + cursor + field.value;
        let spanned = Spanned::new(
            collapse(value),
            file.pos(offset),
            file.char_len(offset, offset + value.len()),
        );
        match field.label {
            Label::Due => {
                // `Senast: 2026-03-20 (nästa möte)`: a date the import derived, with how.
                let date = spanned.value.split(" (").next().unwrap_or("").trim();
                assignment.due_date = crate::schema::parse_date(date).ok();
                assignment.due = Some(spanned);
            }
            Label::ReportTo => assignment.report_to = Some(spanned),
            _ => {
                assignment.from_ref = Reference::parse(&spanned.value).ok();
                assignment.from = Some(spanned);
            }
        }
    }
    assignment
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(raw: &str) -> Assignment {
        let file = SourceFile::new("m.md", raw.to_owned());
        parse_assignment(&file, raw, 0, 1)
    }

    #[test]
    fn owners_task_and_fields() {
        let a = parse(
            "- [ ] **Johanna Munters**, **Tommy Berglund**: samordna arbetet och ta fram ett\n  förslag. Återrapport: LCHNV. Senast: 2026-03-20.",
        );
        let owners: Vec<_> = a.owners.iter().map(|o| o.value.as_str()).collect();
        assert_eq!(owners, vec!["Johanna Munters", "Tommy Berglund"]);
        assert_eq!(a.task, "samordna arbetet och ta fram ett förslag.");
        assert_eq!(a.report_to.map(|r| r.value), Some("LCHNV".to_owned()));
        assert_eq!(
            a.due.as_ref().map(|d| (d.value.as_str(), d.pos.line)),
            Some(("2026-03-20", 2))
        );
        assert!(a.due_date.is_some());
        assert!(!a.done);
        assert_eq!(a.owners[1].pos.column, 30);
    }

    #[test]
    fn a_derived_due_date_says_how_in_parentheses() {
        let a = parse("- [ ] **Region Dalarna**: redovisa fördelningen. Senast: 2026-04-16 (nästa möte).");
        assert_eq!(a.due_date, crate::schema::parse_date("2026-04-16").ok());
        assert_eq!(a.task, "redovisa fördelningen.");
        let b = parse("- [ ] **Region Dalarna**: redovisa. Senast: nästa möte (april).");
        assert!(b.due.is_some() && b.due_date.is_none());
    }

    #[test]
    fn done_with_from_and_och() {
        let a = parse("- [x] **Region Dalarna** och **Falun**: klart. Från: 2025-11-21#6b.u1.");
        assert!(a.done);
        assert_eq!(a.owners.len(), 2);
        assert_eq!(
            a.from_ref.map(|r| r.to_string()),
            Some("2025-11-21#6b.u1".to_owned())
        );
    }

    #[test]
    fn colon_inside_bold_and_missing_owner() {
        let a = parse("- [ ] **Styrgruppen:** ta fram en tidsplan");
        assert_eq!(a.owners.len(), 1);
        assert_eq!(a.task, "ta fram en tidsplan");
        let b = parse("- [ ] ta fram en tidsplan. Senast: vecka 48");
        assert!(b.owners.is_empty());
        assert_eq!(b.due.map(|d| d.value), Some("vecka 48".to_owned()));
        assert!(b.due_date.is_none());
    }
}
