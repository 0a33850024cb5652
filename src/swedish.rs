//! The Swedish calendar words the documents use: month and weekday names.

use chrono::{Datelike, NaiveDate, Weekday};

pub const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

/// The Swedish name of a date's weekday, in lower case.
pub fn weekday(date: NaiveDate) -> &'static str {
    match date.weekday() {
        Weekday::Mon => "måndag",
        Weekday::Tue => "tisdag",
        Weekday::Wed => "onsdag",
        Weekday::Thu => "torsdag",
        Weekday::Fri => "fredag",
        Weekday::Sat => "lördag",
        Weekday::Sun => "söndag",
    }
}

/// The Swedish name of a date's month, in lower case.
pub fn month(date: NaiveDate) -> &'static str {
    MONTHS.get(date.month0() as usize).copied().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        let date = NaiveDate::from_ymd_opt(2026, 1, 29);
        assert_eq!(date.map(weekday), Some("torsdag"));
        assert_eq!(date.map(month), Some("januari"));
    }
}
