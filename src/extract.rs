//! What a command needs of each meeting file. A register keeps the whole archive in memory, so
//! each meeting is cut down to what that register reads as soon as the file is parsed: its
//! memory then grows with what it answers, not with everything the files say.

use crate::model::{Item, ItemNumber, Meeting};
use chrono::NaiveDate;
use std::collections::HashSet;

/// What a command reads of the meetings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Need {
    /// Whole meetings (rendering, the site, reminders, the calendar).
    #[default]
    Whole,
    /// The items of the minutes that give or close assignments (`todo`).
    Assignments,
    /// The items of the minutes that decide something (`decisions`).
    Decisions,
    /// The items that belong to a matter or begin one, and those that give or close
    /// assignments (`history`).
    Matters,
    /// Who came and who did not, from the front matter of the minutes (`attendance`).
    Attendance,
    /// The agenda or minutes of a meeting on this date: its own files whole, the minutes before
    /// it as `history` reads them, nothing of the agendas before it (`new-agenda`, `new-minutes`;
    /// [`crate::repo::Repository::load`] reads again the few agendas a postponed item needs).
    Cycle(NaiveDate),
}

/// The items where matters begin (`starts:` in matters.yaml), which [`Need::Matters`] keeps
/// whatever they say.
pub type Starts = HashSet<(NaiveDate, ItemNumber)>;

/// Cuts `meeting` down to what `need` reads. The items kept stay in document order; their
/// `parent` index would no longer point at the right item, so it is cleared.
pub fn reduce(meeting: &mut Meeting, need: Need, starts: &Starts) {
    let minutes = meeting.is_minutes();
    let date = meeting.date();
    let follows = |item: &Item| minutes && (!item.assignments.is_empty() || !item.closes.is_empty());
    match need {
        Need::Whole => return,
        Need::Cycle(day) if date == Some(day) => return,
        Need::Attendance => meeting.items = Vec::new(),
        Need::Assignments => meeting.items.retain(follows),
        Need::Decisions => meeting.items.retain(|item| minutes && !item.decisions.is_empty()),
        Need::Matters => meeting.items.retain(|item| {
            item.matter.is_some() || follows(item) || date.is_some_and(|d| starts.contains(&(d, item.number)))
        }),
        Need::Cycle(day) => {
            if minutes && date.is_some_and(|d| d < day) {
                meeting
                    .items
                    .retain(|item| item.matter.is_some() || follows(item));
            } else {
                meeting.items = Vec::new();
            }
        }
    }
    let cycle = matches!(need, Need::Cycle(_));
    let tells = need == Need::Matters || cycle;
    for item in &mut meeting.items {
        item.parent = None;
        item.has_children = false;
        item.prose = String::new();
        item.attachments = Vec::new();
        item.from = None;
        if !cycle {
            item.types = Vec::new();
        }
        if need == Need::Assignments {
            item.type_text = None;
        }
        if !tells {
            item.presenters = Vec::new();
            item.proposal = Vec::new();
        }
        if !matches!(need, Need::Decisions | Need::Matters) {
            item.decisions = Vec::new();
        }
        if need == Need::Decisions {
            item.assignments = Vec::new();
            item.closes = Vec::new();
        }
    }
    meeting.items.shrink_to_fit();
    let header = &mut meeting.header;
    if need != Need::Attendance {
        header.attendees = Vec::new();
        header.absentees = Vec::new();
    }
    for text in [
        &mut header.time,
        &mut header.place,
        &mut header.room,
        &mut header.note,
        &mut header.chair,
        &mut header.note_taker,
    ] {
        *text = None;
    }
    header.adjusters = Vec::new();
    header.attachments = Vec::new();
    header.notes = Vec::new();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Assignment, Clause, Kind};
    use crate::span::Pos;

    fn item(number: u32, matter: Option<&str>, decides: bool, assigns: bool) -> Item {
        Item {
            number: ItemNumber::new(number, None),
            matter: matter.map(|m| crate::span::Spanned::new(m.to_owned(), Pos::START, 1)),
            decisions: if decides {
                vec![Clause {
                    text: "att godkänna".into(),
                    pos: Pos::START,
                    position: 1,
                }]
            } else {
                Vec::new()
            },
            assignments: if assigns {
                vec![Assignment {
                    done: false,
                    owners: Vec::new(),
                    task: "skriva".into(),
                    due: None,
                    due_date: None,
                    report_to: None,
                    from: None,
                    from_ref: None,
                    pos: Pos::START,
                    position: 1,
                }]
            } else {
                Vec::new()
            },
            parent: Some(0),
            ..Item::default()
        }
    }

    fn minutes() -> Meeting {
        Meeting {
            folder_date: NaiveDate::from_ymd_opt(2025, 3, 14),
            file_kind: Some(Kind::Minutes),
            items: vec![
                item(1, None, false, false),
                item(2, Some("ekonomi"), true, false),
                item(3, None, false, true),
                item(4, None, false, false),
            ],
            ..Meeting::default()
        }
    }

    fn numbers(meeting: &Meeting) -> Vec<u32> {
        meeting.items.iter().map(|i| i.number.number).collect()
    }

    #[test]
    fn each_register_keeps_the_items_it_reads() {
        let starts: Starts = [(
            NaiveDate::from_ymd_opt(2025, 3, 14).unwrap_or_default(),
            ItemNumber::new(4, None),
        )]
        .into_iter()
        .collect();
        let cases = [
            (Need::Whole, vec![1, 2, 3, 4]),
            (Need::Assignments, vec![3]),
            (Need::Decisions, vec![2]),
            (Need::Matters, vec![2, 3, 4]),
            (Need::Attendance, vec![]),
        ];
        for (need, kept) in cases {
            let mut meeting = minutes();
            reduce(&mut meeting, need, &starts);
            assert_eq!(numbers(&meeting), kept, "{need:?}");
        }
    }

    #[test]
    fn an_agenda_gives_no_assignments_nor_decisions() {
        let mut agenda = minutes();
        agenda.file_kind = Some(Kind::Agenda);
        reduce(&mut agenda, Need::Assignments, &Starts::new());
        assert!(agenda.items.is_empty());
        let mut agenda = minutes();
        agenda.file_kind = Some(Kind::Agenda);
        reduce(&mut agenda, Need::Matters, &Starts::new());
        assert_eq!(numbers(&agenda), vec![2]);
    }

    #[test]
    fn the_cycle_keeps_its_own_date_whole_and_nothing_after_it() {
        let day = NaiveDate::from_ymd_opt(2025, 3, 14).unwrap_or_default();
        let mut own = minutes();
        reduce(&mut own, Need::Cycle(day), &Starts::new());
        assert_eq!(numbers(&own), vec![1, 2, 3, 4]);
        assert_eq!(own.items[0].parent, Some(0));
        let mut before = minutes();
        reduce(
            &mut before,
            Need::Cycle(day.succ_opt().unwrap_or_default()),
            &Starts::new(),
        );
        assert_eq!(numbers(&before), vec![2, 3]);
        let mut after = minutes();
        reduce(
            &mut after,
            Need::Cycle(day.pred_opt().unwrap_or_default()),
            &Starts::new(),
        );
        assert!(after.items.is_empty());
    }
}
