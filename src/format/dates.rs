//! Dates as the documents write them: `2025-11-21` in the files, `21 november 2025` and
//! `fredag 21 november 2025` for people. The Swedish names are those of [`crate::swedish`].

use chrono::{Datelike, NaiveDate};

pub use crate::swedish::{month, weekday};

/// `2025-11-21`: every date in a meeting file, a folder name and a reference.
pub fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// `21 november 2025`.
pub fn in_words(date: NaiveDate) -> String {
    format!("{} {} {}", date.day(), month(date), date.year())
}

/// `fredag 21 november 2025`.
pub fn long(date: NaiveDate) -> String {
    format!("{} {}", weekday(date), in_words(date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_figures_and_words() {
        let date = NaiveDate::from_ymd_opt(2026, 1, 29).unwrap_or_default();
        assert_eq!(iso(date), "2026-01-29");
        assert_eq!(in_words(date), "29 januari 2026");
        assert_eq!(long(date), "torsdag 29 januari 2026");
    }
}
