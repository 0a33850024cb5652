//! The Swedish calendar words the documents use: month and weekday names.

use chrono::{Datelike, NaiveDate};

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

/// The weekdays, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
];

/// The Swedish name of a date's weekday, in lower case.
pub fn weekday(date: NaiveDate) -> &'static str {
    WEEKDAYS[date.weekday().num_days_from_monday() as usize]
}

/// Whether a word is a weekday's name (`Onsdag`, `tisdag`), in any case.
pub fn is_weekday(word: &str) -> bool {
    WEEKDAYS.contains(&word.to_lowercase().as_str())
}

/// The Swedish name of a date's month, in lower case.
pub fn month(date: NaiveDate) -> &'static str {
    MONTHS.get(date.month0() as usize).copied().unwrap_or("")
}

/// Words that are never part of a person's or an organisation's name, folded (`enligt`, `för`,
/// `inom`): prepositions, conjunctions, pronouns and adverbs that can stand capitalised at the
/// start of a sentence (`Enligt Socialstyrelsens villkor ska …`).
const FUNCTION_WORDS: &[&str] = &[
    "av", "bland", "da", "darfor", "de", "dem", "den", "denna", "dessa", "det", "detta", "dar", "efter",
    "eftersom", "enligt", "ett", "for", "fore", "fran", "genom", "har", "hur", "i", "infor", "inom", "inte",
    "man", "med", "mellan", "mot", "nar", "nu", "om", "pa", "sa", "samt", "sedan", "som", "till", "trots",
    "under", "utan", "utifran", "vad", "vi", "vid", "vilka", "vilken", "aven",
];

/// Whether a word (any case, with or without marks) is a function word that no name holds.
pub fn is_function_word(word: &str) -> bool {
    let folded = crate::text::fold(word);
    FUNCTION_WORDS.contains(&folded.as_str())
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
