//! Rules on the network files: the calendar's weekdays.

use crate::diagnostic::Diagnostic;
use crate::network::CALENDAR_FILE;
use crate::network::calendar::swedish_weekday;
use crate::repo::Repository;
use crate::rule::Rule;

pub fn check(repo: &Repository, diags: &mut Vec<Diagnostic>) {
    let path = repo.root.join(CALENDAR_FILE);
    for entry in &repo.network.calendar.entries {
        let Some(weekday) = &entry.weekday else { continue };
        let actual = swedish_weekday(entry.date.value);
        if crate::text::fold_case(&weekday.value) != actual {
            diags.push(
                Diagnostic::new(
                    Rule::WeekdayMismatch,
                    &path,
                    weekday.pos,
                    format!("{} is a {actual}, not a {}", entry.date.value, weekday.value),
                )
                .with_len(weekday.len)
                .with_help(format!("write `weekday: {actual}`, or correct the date")),
            );
        }
    }
}
