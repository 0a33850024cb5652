//! An assignment as a task-list line: `- [ ] **Owner**, **Owner**: task. Återrapport: X.
//! Senast: D. Från: R.`

use crate::format::dates::iso;
use crate::format::labels::Label;
use crate::model::{Assignment, Reference};
use chrono::NaiveDate;

/// The task-list marker: `- [x]` for a done assignment, `- [ ]` for an open one.
pub fn marker(done: bool) -> &'static str {
    if done { "- [x]" } else { "- [ ]" }
}

/// `**Owner**, **Owner**: task.` — the owners in bold and the task as a sentence; the fields
/// follow with [`push_field`].
pub fn head<'a>(owners: impl IntoIterator<Item = &'a str>, task: &str) -> String {
    let owners: Vec<String> = owners.into_iter().map(|o| format!("**{}**", o.trim())).collect();
    let mut line = owners.join(", ");
    let task = sentence(task);
    if !task.is_empty() {
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&task);
    }
    line
}

/// Appends a field: ` Återrapport: LCHNV.`
pub fn push_field(line: &mut String, label: Label, value: &str) {
    if !line.is_empty() {
        line.push(' ');
    }
    line.push_str(&label.field(value));
}

/// The value of a `Senast:` field for a date the import derived from words such as `till
/// nästa möte`: the date, and how it was found in parentheses (`2026-03-20 (nästa möte)`).
pub fn derived_due(date: NaiveDate, how: &str) -> String {
    format!("{} ({how})", iso(date))
}

/// A time that is no date (`under våren`, `vecka 12`), written in the task: the assignment
/// gets no `Senast:` field.
pub fn vague_time(text: &str) -> String {
    format!("(Tidpunkt: {text}, inget exakt datum.)")
}

/// How an assignment line is written for a document of a given date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineStyle {
    /// In an agenda, for information: a due date that has passed is said in words, so that the
    /// agenda does not state a due date before its own meeting.
    Agenda,
    /// In minutes, to tick or keep: a due date that has passed becomes a placeholder asking for
    /// a new one.
    Minutes,
}

/// An assignment of earlier minutes as a line of a document of the meeting on `meeting`,
/// without its task-list marker: `**Owner**: task. Återrapport: X. Senast: D. Från: R.`
pub fn line(a: &Assignment, from: Option<Reference>, meeting: NaiveDate, style: LineStyle) -> String {
    let mut line = head(a.owners.iter().map(|o| o.value.as_str()), &a.task);
    let mut due_field = None;
    if let Some(due) = &a.due {
        let due_text = due.value.trim();
        match (a.due_date, style) {
            (Some(date), _) if date >= meeting => due_field = Some(iso(date)),
            (Some(date), LineStyle::Agenda) => {
                line.push_str(&format!(" (Försenat: skulle ha varit klart {}.)", iso(date)));
            }
            (Some(date), LineStyle::Minutes) => line.push_str(&format!(
                " [[försenat, skulle ha varit klart {}: ny tidpunkt eller bocka av]]",
                iso(date)
            )),
            (None, LineStyle::Agenda) if !due_text.is_empty() => {
                line.push_str(&format!(" (Tidpunkt enligt beslutet: {due_text}.)"));
            }
            (None, LineStyle::Minutes) if !due_text.is_empty() => {
                line.push_str(&format!(
                    " [[tidpunkt enligt beslutet: {due_text}; ange ett datum]]"
                ));
            }
            (None, _) => {}
        }
    }
    if let Some(report_to) = &a.report_to {
        push_field(&mut line, Label::ReportTo, report_to.value.trim());
    }
    if let Some(due) = due_field {
        push_field(&mut line, Label::Due, &due);
    }
    if let Some(from) = from {
        push_field(&mut line, Label::From, &from.to_string());
    }
    line
}

/// Text that ends like a sentence: with a full stop unless it already has an ending.
fn sentence(text: &str) -> String {
    let text = text.trim().trim_end_matches([',', ';', ':']).trim_end();
    if text.is_empty() || text.ends_with(['.', '!', '?']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    fn parse(raw: &str) -> Assignment {
        let file = SourceFile::new("m.md", raw.to_owned());
        crate::parse::assignment::parse_assignment(&file, raw, 0, 1)
    }

    fn date(text: &str) -> NaiveDate {
        crate::schema::parse_date(text).unwrap_or_default()
    }

    #[test]
    fn lines_round_trip_through_the_parser() {
        let a =
            parse("- [ ] **Region Dalarna**, **Falun**: göra det. Återrapport: LCHNV. Senast: 2026-03-20.");
        let reference = Reference::parse("2025-11-21#6b.u1").ok();
        let line = line(&a, reference, date("2026-01-29"), LineStyle::Agenda);
        assert_eq!(
            line,
            "**Region Dalarna**, **Falun**: göra det. Återrapport: LCHNV. Senast: 2026-03-20. Från: 2025-11-21#6b.u1."
        );
        let back = parse(&format!("{} {line}", marker(false)));
        assert_eq!(back.task, "göra det.");
        assert_eq!(back.owners.len(), 2);
        assert_eq!(back.due_date, Some(date("2026-03-20")));
        assert_eq!(back.report_to.map(|r| r.value), Some("LCHNV".to_owned()));
        assert_eq!(back.from_ref, reference);
        assert!(parse(&format!("{} {line}", marker(true))).done);
    }

    #[test]
    fn a_passed_due_date_is_not_a_field() {
        let a = parse("- [ ] **Falun**: göra det. Senast: 2026-01-15.");
        let agenda = line(&a, None, date("2026-01-29"), LineStyle::Agenda);
        assert_eq!(
            agenda,
            "**Falun**: göra det. (Försenat: skulle ha varit klart 2026-01-15.)"
        );
        assert!(parse(&format!("- [ ] {agenda}")).due.is_none());
        let minutes = line(&a, None, date("2026-01-29"), LineStyle::Minutes);
        assert!(minutes.contains("[[försenat, skulle ha varit klart 2026-01-15"));
        assert!(parse(&format!("- [ ] {minutes}")).due.is_none());
    }

    #[test]
    fn heads_make_a_sentence_of_the_task() {
        assert_eq!(head(["A", "B"], "göra det;"), "**A**, **B**: göra det.");
        assert_eq!(head(["A"], "klart?"), "**A**: klart?");
        assert_eq!(head([], "bara uppgiften"), "bara uppgiften.");
    }
}
