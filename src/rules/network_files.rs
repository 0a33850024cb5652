//! Rules on the network files: the calendar's weekdays.

use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::network::CALENDAR_FILE;
use crate::network::Network;
use crate::network::calendar::swedish_weekday;
use crate::rule::Rule;
use std::path::Path;

pub fn check(root: &Path, network: &Network, diags: &mut Vec<Diagnostic>) {
    let path = crate::repo::join(root, Path::new(CALENDAR_FILE));
    for entry in &network.calendar.entries {
        let Some(weekday) = &entry.weekday else { continue };
        let actual = swedish_weekday(entry.date.value);
        if crate::text::fold_case(&weekday.value) != actual {
            diags.push(
                Diagnostic::new(
                    Rule::WeekdayMismatch,
                    &path,
                    weekday.pos,
                    msg!(
                        "weekday-mismatch",
                        date = entry.date.value.to_string(),
                        actual = actual,
                        written = weekday.value.as_str()
                    ),
                )
                .with_len(weekday.len)
                .with_help(msg!("weekday-mismatch-help", actual = actual)),
            );
        }
    }
}
