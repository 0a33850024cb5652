//! The reminder e-mail (`lchnv remind`) in the network's language, Swedish: its subject, and a
//! plain-text body with one block per open assignment and the next meeting.

use crate::format::dates::{in_words, iso, long};
use crate::format::labels::Label;
use crate::format::references::origin_in_words;
use crate::format::wrap::fill;
use crate::model::Reference;
use chrono::NaiveDate;
use std::fmt::Write as _;

/// The widest line of the message, as mail programs show plain text.
const WIDTH: usize = 76;

/// One open assignment as the reminder lists it.
#[derive(Debug, Clone)]
pub struct Task {
    pub reference: Reference,
    pub task: String,
    /// The owners as the minutes name them, shown when they are not just the one written to.
    pub owners: Option<String>,
    /// The group whose task this is, for an organisation that owes it as one of its members.
    pub as_member_of: Option<String>,
    pub due_date: Option<NaiveDate>,
    /// A due date written as text, not a date.
    pub due_text: Option<String>,
    pub overdue_days: Option<i64>,
    /// `None` when not stated.
    pub report_to: Option<String>,
    pub item_title: String,
}

/// The next meeting, from the calendar.
#[derive(Debug, Clone)]
pub struct Meeting {
    pub date: NaiveDate,
    pub time: Option<String>,
    pub place: Option<String>,
    pub room: Option<String>,
    pub note: Option<String>,
}

/// Everything one reminder says.
#[derive(Debug, Clone)]
pub struct Reminder {
    /// The network's full name, who the reminder is from.
    pub network: String,
    /// The short name the subject opens with (`SCHNV`).
    pub short: String,
    /// Whom it reminds: a person, an organisation, a group.
    pub owner: String,
    pub tasks: Vec<Task>,
    pub next_meeting: Option<Meeting>,
}

/// `SCHNV: påminnelse om 2 öppna uppdrag inför mötet 5 januari 2027`.
pub fn subject(reminder: &Reminder) -> String {
    let count = reminder.tasks.len();
    let mut subject = format!(
        "{}: påminnelse om {count} {}",
        reminder.short,
        if count == 1 {
            "öppet uppdrag"
        } else {
            "öppna uppdrag"
        }
    );
    if let Some(meeting) = &reminder.next_meeting {
        let _ = write!(subject, " inför mötet {}", in_words(meeting.date));
    }
    subject
}

/// The text of the message.
pub fn body(reminder: &Reminder) -> String {
    let mut text = String::new();
    let count = reminder.tasks.len();
    let intro = format!(
        "Det här är en påminnelse från {} om {} som {} har kvar enligt minnesanteckningarna:",
        reminder.network,
        if count == 1 { "det uppdrag" } else { "de uppdrag" },
        reminder.owner
    );
    let _ = writeln!(text, "Hej!\n\n{}", fill(&intro, "", "", WIDTH));
    for (n, task) in reminder.tasks.iter().enumerate() {
        let marker = format!("{}. ", n + 1);
        let indent = " ".repeat(marker.len());
        let _ = write!(text, "\n{}\n", fill(&task.task, &marker, &indent, WIDTH));
        let mut fields = vec![format!("Referens: {}", task.reference)];
        if let Some(owners) = &task.owners {
            fields.push(format!("Ägare: {owners}"));
        }
        if let Some(group) = &task.as_member_of {
            fields.push(format!("Som medlem i {group}"));
        }
        fields.push(format!("{}: {}", Label::Due, due(task)));
        let report_to = task
            .report_to
            .as_deref()
            .unwrap_or(crate::format::labels::NOT_STATED);
        fields.push(format!("{}: {report_to}", Label::ReportTo));
        fields.push(format!(
            "{}: {}",
            origin_in_words(task.reference),
            task.item_title
        ));
        for field in fields {
            let _ = writeln!(text, "{}", fill(&field, &indent, &indent, WIDTH));
        }
    }
    text.push('\n');
    match &reminder.next_meeting {
        Some(meeting) => {
            let line = format!("Nästa möte: {}", next_meeting(meeting));
            let _ = writeln!(text, "{}", fill(&line, "", "", WIDTH));
        }
        None => text.push_str("Inget kommande möte finns i kalendern.\n"),
    }
    let _ = write!(
        text,
        "\nÄr något redan gjort, svara gärna, så förs det in i minnesanteckningarna.\n\nHälsningar\n{}\n",
        reminder.network
    );
    text
}

/// `20 mars 2026 (2026-03-20), FÖRSENAT sedan 21 dagar`, `ej angiven`.
fn due(task: &Task) -> String {
    match (task.due_date, &task.due_text) {
        (Some(date), _) => {
            let mut text = format!("{} ({})", in_words(date), iso(date));
            if let Some(days) = task.overdue_days {
                let _ = write!(
                    text,
                    ", FÖRSENAT sedan {days} {}",
                    if days == 1 { "dag" } else { "dagar" }
                );
            }
            text
        }
        (None, Some(text)) => text.clone(),
        (None, None) => crate::format::labels::NOT_STATED.to_owned(),
    }
}

/// `tisdag 5 januari 2027, 09.00–12.00, Teams, lokal Stora salen. Styrgruppen träffas innan.`
fn next_meeting(meeting: &Meeting) -> String {
    let mut text = long(meeting.date);
    for part in [&meeting.time, &meeting.place].into_iter().flatten() {
        let _ = write!(text, ", {part}");
    }
    if let Some(room) = &meeting.room {
        let _ = write!(text, ", lokal {room}");
    }
    text.push('.');
    if let Some(note) = &meeting.note {
        let _ = write!(text, " {}.", note.trim_end_matches('.'));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn reminder() -> Reminder {
        let reference = Reference::parse("2026-01-29#4a.u1").unwrap_or_else(|_| unreachable!());
        Reminder {
            network: "Chefsnätverket i Norrdal".to_owned(),
            short: "CNN".to_owned(),
            owner: "Berga".to_owned(),
            tasks: vec![Task {
                reference,
                task: "ta fram en plan.".to_owned(),
                owners: None,
                as_member_of: Some("Ledamöterna".to_owned()),
                due_date: Some(day(2026, 3, 20)),
                due_text: None,
                overdue_days: Some(1),
                report_to: None,
                item_title: "Beslut: Planen".to_owned(),
            }],
            next_meeting: Some(Meeting {
                date: day(2026, 5, 22),
                time: Some("09.30–12.00".to_owned()),
                place: Some("Teams".to_owned()),
                room: None,
                note: Some("Styrgruppen 1 h innan".to_owned()),
            }),
        }
    }

    #[test]
    fn the_subject_counts_and_names_the_next_meeting() {
        assert_eq!(
            subject(&reminder()),
            "CNN: påminnelse om 1 öppet uppdrag inför mötet 22 maj 2026"
        );
    }

    #[test]
    fn the_body_lists_each_assignment_and_the_next_meeting() {
        let body = body(&reminder());
        assert!(
            body.contains("\n1. ta fram en plan.\n   Referens: 2026-01-29#4a.u1\n"),
            "{body}"
        );
        assert!(body.contains("   Som medlem i Ledamöterna\n"), "{body}");
        assert!(
            body.contains("   Senast: 20 mars 2026 (2026-03-20), FÖRSENAT sedan 1 dag\n"),
            "{body}"
        );
        assert!(body.contains("   Återrapport: ej angiven\n"), "{body}");
        assert!(
            body.contains("   Från mötet 29 januari 2026, punkt 4a: Beslut: Planen\n"),
            "{body}"
        );
        assert!(
            body.contains("Nästa möte: fredag 22 maj 2026, 09.30–12.00, Teams. Styrgruppen 1 h innan.\n"),
            "{body}"
        );
    }
}
