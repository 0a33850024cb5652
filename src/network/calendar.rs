//! `calendar.yaml`: every meeting of the network, held or planned.

use crate::diagnostic::Diagnostic;
use crate::rule::Rule;
use crate::schema::Reader;
use crate::source::SourceFile;
use crate::span::Spanned;
use crate::yaml::Node;
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Clone)]
pub struct CalendarEntry {
    pub date: Spanned<NaiveDate>,
    pub weekday: Option<Spanned<String>>,
    pub time: Option<String>,
    pub place: Option<String>,
    pub room: Option<String>,
    pub note: Option<String>,
    /// Held before the repository started; its documents are kept elsewhere.
    pub archived: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Calendar {
    /// Sorted by date.
    pub entries: Vec<CalendarEntry>,
}

pub(crate) const TOP: &[&str] = &["meetings"];
pub(crate) const ENTRY: &[&str] = &["date", "weekday", "time", "place", "room", "note", "archived"];

impl Calendar {
    pub fn read(file: &SourceFile, root: &Node, diags: &mut Vec<Diagnostic>) -> Calendar {
        let mut r = Reader::new(file, diags);
        let mut entries: Vec<CalendarEntry> = Vec::new();
        let mut dates = std::collections::HashSet::new();
        let Some(top) = r.map(root, "calendar.yaml", TOP) else {
            return Calendar::default();
        };
        for node in r.opt_list(&top, "meetings") {
            let Some(fields) = r.map(node, "a calendar entry", ENTRY) else {
                continue;
            };
            let Some(date) = r
                .require(&fields, "date", "a calendar entry")
                .and_then(|n| r.date(n, "date"))
            else {
                continue;
            };
            if !dates.insert(date.value) {
                r.invalid(
                    Rule::DuplicateEntry,
                    node,
                    crate::msg!("calendar-date-twice", date = date.value.to_string()),
                    Some(crate::msg!("calendar-date-twice-help")),
                );
                continue;
            }
            let time = r.opt_text(&fields, "time");
            if let Some(time) = &time
                && !is_time(&time.value)
                && let Some(time_node) = fields.get("time")
            {
                r.invalid(
                    Rule::InvalidValue,
                    time_node,
                    crate::msg!("time-invalid", text = time.value.as_str()),
                    Some(crate::msg!("time-invalid-help")),
                );
            }
            entries.push(CalendarEntry {
                date,
                weekday: r.opt_text(&fields, "weekday"),
                time: time.map(|t| t.value),
                place: r.opt_text(&fields, "place").map(|s| s.value),
                room: r.opt_text(&fields, "room").map(|s| s.value),
                note: r.opt_text(&fields, "note").map(|s| s.value),
                archived: r.opt_bool(&fields, "archived"),
            });
        }
        entries.sort_by_key(|e| e.date.value);
        Calendar { entries }
    }

    pub fn get(&self, date: NaiveDate) -> Option<&CalendarEntry> {
        self.entries
            .binary_search_by_key(&date, |e| e.date.value)
            .ok()
            .map(|i| &self.entries[i])
    }

    /// The planned dates closest to `date`, at most one before and one after.
    pub fn nearest(&self, date: NaiveDate) -> Vec<NaiveDate> {
        let i = self.entries.partition_point(|e| e.date.value < date);
        let mut out = Vec::new();
        if i > 0 {
            out.push(self.entries[i - 1].date.value);
        }
        if let Some(next) = self.entries.get(i) {
            out.push(next.date.value);
        }
        out
    }
}

static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:heldag|halvdag)$|^\d{1,2}[.:]\d{2}(\s*[-–]\s*\d{1,2}[.:]\d{2})?$")
        .unwrap_or_else(|_| unreachable!())
});

/// `09.30–12.00`, `9.30-12`, `heldag`.
pub fn is_time(text: &str) -> bool {
    TIME.is_match(text.trim())
}

pub use crate::swedish::weekday as swedish_weekday;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times() {
        assert!(is_time("09.30–12.00"));
        assert!(is_time("08.00-10.00"));
        assert!(is_time("heldag"));
        assert!(!is_time("förmiddag"));
        assert!(!is_time("09.30 till 12"));
    }

    #[test]
    fn weekdays_are_swedish() {
        let date = NaiveDate::from_ymd_opt(2026, 1, 29);
        assert_eq!(date.map(swedish_weekday), Some("torsdag"));
    }
}
