//! Small pieces of the drafts: YAML scalars, dates in words, clause lists and assignment lines.

use crate::model::{Assignment, Reference};
use chrono::{Datelike, NaiveDate};

pub use crate::yaml::scalar as yaml_scalar;

/// `torsdag 29 januari 2026`.
pub fn long_date(date: NaiveDate) -> String {
    let month = crate::swedish::month(date);
    format!(
        "{} {} {month} {}",
        crate::network::calendar::swedish_weekday(date),
        date.day(),
        date.year()
    )
}

/// `2025-11-21 punkt 5e`: an item reference as the documents write it.
pub fn item_reference(reference: Reference) -> String {
    format!("{} punkt {}", reference.date.format("%Y-%m-%d"), reference.item)
}

/// Clauses as a list reads: each but the last ends with a comma, the last with a full stop.
pub fn punctuate_clauses(clauses: &[String]) -> Vec<String> {
    let count = clauses.len();
    clauses
        .iter()
        .enumerate()
        .map(|(i, clause)| {
            let bare = clause.trim().trim_end_matches(['.', ',', ';']).trim_end();
            let end = if i + 1 == count { '.' } else { ',' };
            format!("{bare}{end}")
        })
        .collect()
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

/// An assignment as a task-list line without its `- [ ] ` marker:
/// `**Owner**: task. Återrapport: X. Senast: D. Från: R.`
pub fn assignment_line(
    a: &Assignment,
    from: Option<Reference>,
    meeting: NaiveDate,
    style: LineStyle,
) -> String {
    let owners: Vec<String> = a.owners.iter().map(|o| format!("**{}**", o.value)).collect();
    let mut line = owners.join(", ");
    let task = sentence(&a.task);
    if !task.is_empty() {
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&task);
    }
    let mut due_field = None;
    if let Some(due) = &a.due {
        let due_text = due.value.trim();
        match (a.due_date, style) {
            (Some(date), _) if date >= meeting => due_field = Some(date.format("%Y-%m-%d").to_string()),
            (Some(date), LineStyle::Agenda) => {
                line.push_str(&format!(
                    " (Försenat: skulle ha varit klart {}.)",
                    date.format("%Y-%m-%d")
                ));
            }
            (Some(date), LineStyle::Minutes) => line.push_str(&format!(
                " [[försenat, skulle ha varit klart {}: ny tidpunkt eller bocka av]]",
                date.format("%Y-%m-%d")
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
        line.push_str(&format!(" Återrapport: {}.", report_to.value.trim()));
    }
    if let Some(due) = due_field {
        line.push_str(&format!(" Senast: {due}."));
    }
    if let Some(from) = from {
        line.push_str(&format!(" Från: {from}."));
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
    fn yaml_scalars_quote_what_yaml_would_misread() {
        assert_eq!(yaml_scalar("Myntgatan 2, Falun"), "Myntgatan 2, Falun");
        assert_eq!(yaml_scalar("09.30–12.00"), "09.30–12.00");
        assert_eq!(yaml_scalar("1"), "\"1\"");
        assert_eq!(yaml_scalar("ja"), "ja");
        assert_eq!(yaml_scalar("yes"), "\"yes\"");
        assert_eq!(yaml_scalar("Not: a key"), "\"Not: a key\"");
        assert_eq!(yaml_scalar("#1 \"x\""), "\"#1 \\\"x\\\"\"");
        assert_eq!(yaml_scalar("2026-01-29"), "\"2026-01-29\"");
        assert_eq!(yaml_scalar(""), "\"\"");
    }

    #[test]
    fn dates_in_words() {
        assert_eq!(long_date(date("2026-01-29")), "torsdag 29 januari 2026");
    }

    #[test]
    fn clauses_get_commas_and_a_full_stop() {
        let clauses = vec!["att a.".to_owned(), "att b".to_owned()];
        assert_eq!(punctuate_clauses(&clauses), vec!["att a,", "att b."]);
    }

    #[test]
    fn lines_round_trip_through_the_parser() {
        let a =
            parse("- [ ] **Region Dalarna**, **Falun**: göra det. Återrapport: LCHNV. Senast: 2026-03-20.");
        let reference = Reference::parse("2025-11-21#6b.u1").ok();
        let line = assignment_line(&a, reference, date("2026-01-29"), LineStyle::Agenda);
        assert_eq!(
            line,
            "**Region Dalarna**, **Falun**: göra det. Återrapport: LCHNV. Senast: 2026-03-20. Från: 2025-11-21#6b.u1."
        );
        let back = parse(&format!("- [ ] {line}"));
        assert_eq!(back.task, "göra det.");
        assert_eq!(back.owners.len(), 2);
        assert_eq!(back.due_date, Some(date("2026-03-20")));
        assert_eq!(back.report_to.map(|r| r.value), Some("LCHNV".to_owned()));
        assert_eq!(back.from_ref, reference);
    }

    #[test]
    fn a_passed_due_date_is_not_a_field() {
        let a = parse("- [ ] **Falun**: göra det. Senast: 2026-01-15.");
        let agenda = assignment_line(&a, None, date("2026-01-29"), LineStyle::Agenda);
        assert_eq!(
            agenda,
            "**Falun**: göra det. (Försenat: skulle ha varit klart 2026-01-15.)"
        );
        assert!(parse(&format!("- [ ] {agenda}")).due.is_none());
        let minutes = assignment_line(&a, None, date("2026-01-29"), LineStyle::Minutes);
        assert!(minutes.contains("[[försenat, skulle ha varit klart 2026-01-15"));
        assert!(parse(&format!("- [ ] {minutes}")).due.is_none());
    }
}
