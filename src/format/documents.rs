//! What names a document: its title (`Dagordning Länschefsnätverket i Dalarna`), and the
//! previous minutes as the attachment an agenda or minutes approves them with.

use crate::format::dates::iso;
use crate::model::Kind;
use chrono::NaiveDate;

/// The word a document's title opens with.
pub fn title_word(kind: Kind) -> &'static str {
    match kind {
        Kind::Agenda => "Dagordning",
        Kind::Minutes => "Minnesanteckningar",
    }
}

/// `Dagordning Länschefsnätverket i Dalarna`: the level-1 heading of a meeting file.
pub fn title(kind: Kind, network_name: &str) -> String {
    format!("{} {network_name}", title_word(kind))
}

/// The attachment id under which the previous minutes are listed.
pub const PREVIOUS_MINUTES_ID: &str = "1";

/// `Minnesanteckningar 2025-11-21`: the previous minutes' title in the attachment list.
pub fn previous_minutes_title(date: NaiveDate) -> String {
    format!("{} {}", title_word(Kind::Minutes), iso(date))
}

/// `../2025-11-21/minutes.md`: the previous minutes' file, from a meeting folder.
pub fn previous_minutes_file(date: NaiveDate) -> String {
    format!("../{}/{}", iso(date), Kind::Minutes.file_name())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_the_previous_minutes() {
        assert_eq!(title(Kind::Agenda, "LNV"), "Dagordning LNV");
        let date = NaiveDate::from_ymd_opt(2025, 11, 21).unwrap_or_default();
        assert_eq!(previous_minutes_title(date), "Minnesanteckningar 2025-11-21");
        assert_eq!(previous_minutes_file(date), "../2025-11-21/minutes.md");
    }
}
