//! The words of what members read: the documents `lchnv render` writes (Word, PDF, HTML), the
//! archive site and the calendar. Until the network's language can be chosen, they are Swedish.

use crate::format::dates;
use crate::format::references::ITEM_WORD;
use crate::model::{ItemStatus, Reference, Returns};
use chrono::NaiveDate;

/// The facts under a document's title.
pub const DATE: &str = "Datum";
pub const TIME: &str = "Tid";
pub const PLACE: &str = "Plats";
pub const ROOM: &str = "Lokal";
pub const NOTE: &str = "Observera";
pub const CHAIR: &str = "Ordförande";
pub const NOTE_TAKER: &str = "Antecknare";

/// Headings of a document's parts.
pub const PRESENT: &str = "Närvarande";
pub const ABSENT: &str = "Frånvarande";
pub const ITEMS: &str = "Punkter";
pub const ATTACHMENTS: &str = "Bilagor";
pub const OPEN_ASSIGNMENTS_AFTER: &str = "Öppna uppdrag efter mötet";
pub const REMARKS: &str = "Anmärkningar";
/// Attendees the minutes name without an organisation.
pub const OTHERS: &str = "Övriga";

/// Columns of the assignments table.
pub const OWNER: &str = "Ansvarig";
pub const TASK: &str = "Uppdrag";
pub const DUE: &str = "Senast";
pub const REPORT_TO: &str = "Återrapport till";
pub const ITEM: &str = "Punkt";
/// An assignment ticked as done.
pub const DONE: &str = "Klart";

/// `lokal Stångslet`: a room after its place.
pub fn room(room: &str) -> String {
    format!("lokal {room}")
}

/// `Myntgatan 2, Falun, lokal Stångslet`: where a meeting is, on one line.
pub fn place_and_room(place: &str, room_name: &str) -> String {
    format!("{place}, {}", room(room_name))
}

/// A substitute: `Anna Berg (ersättare för Karin Ek)`.
pub fn substitute(name: &str, stands_in_for: &str) -> String {
    format!("{name} (ersättare för {stands_in_for})")
}

/// The `Status:` of an item, in words.
pub fn status(status: ItemStatus) -> &'static str {
    match status {
        ItemStatus::Postponed => "Bordlagd",
        ItemStatus::Withdrawn => "Utgår",
    }
}

/// `Återkommer:` of an item, as a sentence.
pub fn returns(returns: Returns) -> String {
    match returns {
        Returns::Yes => "Ärendet återkommer.".to_owned(),
        Returns::No => "Ärendet återkommer inte.".to_owned(),
        Returns::From(date) => format!("Ärendet återkommer {}.", dates::in_words(date)),
    }
}

/// An assignment an item closes: `Avslutar uppdrag 1 från mötet 21 november 2025, punkt 5e`.
pub fn closes(reference: Reference) -> String {
    let what = match reference.target {
        crate::model::Target::Assignment(n) => format!("uppdrag {n}"),
        crate::model::Target::Decision(n) => format!("beslut {n}"),
        crate::model::Target::Item => ITEM_WORD.to_owned(),
    };
    format!(
        "Avslutar {what} från mötet {}, {ITEM_WORD} {}",
        dates::in_words(reference.date),
        reference.item
    )
}

/// `21 november 2025, punkt 5e`: a reference as a link's text.
pub fn reference(reference: Reference) -> String {
    format!(
        "{}, {ITEM_WORD} {}",
        dates::in_words(reference.date),
        reference.item
    )
}

/// A due date as people read it: `20 mars 2026`, or the text as written.
pub fn due(date: Option<NaiveDate>, written: &str) -> String {
    match date {
        Some(date) => dates::in_words(date),
        None => written.to_owned(),
    }
}

/// What stands in place of an e-mail address on the site.
pub const EMAIL_WITHHELD: &str = "[e-postadress]";

/// The site's words.
pub mod site {
    pub const ARCHIVE: &str = "Arkiv";
    pub const START: &str = "Start";
    pub const MEETINGS: &str = "Möten";
    pub const MEETING: &str = "Mötet";
    pub const DECISIONS: &str = "Beslut";
    pub const ASSIGNMENTS: &str = "Uppdrag";
    pub const MATTERS: &str = "Ärenden";
    pub const ATTENDANCE: &str = "Närvaro";
    pub const NEXT_MEETING: &str = "Nästa möte";
    pub const CALENDAR: &str = "Mötesdagar";
    pub const LATEST_MINUTES: &str = "Senaste minnesanteckningarna";
    pub const OPEN_PER_ORGANISATION: &str = "Öppna uppdrag per organisation";
    pub const NO_AGENDA_YET: &str = "Dagordningen är inte klar än.";
    pub const NO_NEXT_MEETING: &str = "Inget kommande möte finns i kalendern.";
    pub const ADD_TO_CALENDAR: &str = "Lägg till mötena i din kalender";
    pub const AGENDA: &str = "Dagordning";
    pub const MINUTES: &str = "Minnesanteckningar";
    pub const DOWNLOAD: &str = "Ladda ner";
    pub const SEARCH: &str = "Sök i beslutens text";
    pub const MATTER: &str = "Ärende";
    pub const YEAR: &str = "År";
    pub const ALL: &str = "Alla";
    pub const SHOWN: &str = "visas";
    pub const OPEN: &str = "Öppna";
    pub const DONE: &str = "Avklarade";
    pub const PER_ORGANISATION: &str = "Per organisation";
    pub const PER_GROUP: &str = "Per grupp";
    pub const PER_PERSON: &str = "Per person";
    pub const STATE_OPEN: &str = "Pågår";
    pub const STATE_CLOSED: &str = "Avslutat";
    pub const STATE_NO_MINUTES: &str = "Inga minnesanteckningar";
    pub const PRESENT: &str = "Närvarande";
    pub const BY_SUBSTITUTE: &str = "Ersättare";
    pub const ABSENT: &str = "Frånvarande";
    pub const NOT_RECORDED: &str = "Ej noterat";
    pub const RATE: &str = "Närvaro";
    pub const ORGANISATION: &str = "Organisation";
    pub const HISTORY: &str = "Historik";
    pub const PROPOSED: &str = "Förslag";
    pub const DECIDED: &str = "Beslut";
    pub const SKIP: &str = "Till innehållet";
    pub const NONE: &str = "Inga.";
    pub const WEEKDAY: &str = "Dag";
    pub const GIVEN: &str = "Givet vid";
    pub const OTHER_OWNERS: &str = "Övriga ansvariga";
    pub const DESCRIPTION: &str = "Beskrivning";
    pub const STATE: &str = "Läge";
    pub const FIRST: &str = "Först";
    pub const LATEST: &str = "Senast";
    pub const NUMBER_OF_MEETINGS: &str = "Möten";
    pub const OPEN_COUNT: &str = "Öppna uppdrag";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_and_closes_in_words() {
        let r = Reference::parse("2025-11-21#5e.u1").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(reference(r), "21 november 2025, punkt 5e");
        assert_eq!(
            closes(r),
            "Avslutar uppdrag 1 från mötet 21 november 2025, punkt 5e"
        );
        assert_eq!(substitute("A", "B"), "A (ersättare för B)");
        assert_eq!(returns(Returns::Yes), "Ärendet återkommer.");
    }
}
