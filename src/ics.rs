//! The network's calendar as iCalendar (RFC 5545), through the icalendar crate: one event per
//! meeting of `calendar.yaml`, in Europe/Stockholm time with its VTIMEZONE (the crate writes
//! none), a UID made of the date and the network so that importing the file again updates the
//! events instead of adding them twice, the place and room as LOCATION, and the note and a link
//! to the agenda in the description.

use crate::format::{dates, rendered};
use crate::network::CalendarEntry;
use crate::repo::Repository;
use chrono::{NaiveDate, NaiveTime, Utc};
use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike};

/// The time zone every meeting is in.
pub const TZID: &str = "Europe/Stockholm";

/// Europe/Stockholm as the VTIMEZONE component: CET in winter, CEST from the last Sunday of
/// March to the last Sunday of October (the EU rule in force since 1996).
pub const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\n\
TZID:Europe/Stockholm\r\n\
X-LIC-LOCATION:Europe/Stockholm\r\n\
BEGIN:DAYLIGHT\r\n\
TZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0200\r\n\
TZNAME:CEST\r\n\
DTSTART:19700329T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\n\
BEGIN:STANDARD\r\n\
TZOFFSETFROM:+0200\r\n\
TZOFFSETTO:+0100\r\n\
TZNAME:CET\r\n\
DTSTART:19701025T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
END:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// When a meeting is held, as the calendar's `time` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hours {
    /// `09.30–12.00`; the end may be missing (`09.30`).
    Span(NaiveTime, Option<NaiveTime>),
    /// `heldag`, `halvdag`, or no time given: an all-day event.
    AllDay,
}

/// Reads `09.30–12.00`, `9.30-12`, `09:30`; anything else is all day.
pub fn hours(time: Option<&str>) -> Hours {
    let Some(text) = time.map(str::trim).filter(|t| !t.is_empty()) else {
        return Hours::AllDay;
    };
    let mut parts = text.split(['–', '-', '—']).map(str::trim);
    let start = parts.next().and_then(clock);
    let end = parts.next().and_then(clock);
    match start {
        Some(start) => Hours::Span(start, end.filter(|e| *e > start)),
        None => Hours::AllDay,
    }
}

fn clock(text: &str) -> Option<NaiveTime> {
    let (h, m) = match text.split_once(['.', ':']) {
        Some((h, m)) => (h, m),
        None => (text, "00"),
    };
    NaiveTime::from_hms_opt(h.trim().parse().ok()?, m.trim().parse().ok()?, 0)
}

/// A stable UID for the meeting of `date`: the same meeting keeps it from one export to the next.
pub fn uid(date: NaiveDate, network: &str) -> String {
    let slug = crate::network::matters::suggest_id(network);
    format!(
        "{}@{}.lchnv",
        dates::iso(date),
        if slug.is_empty() { "network" } else { &slug }
    )
}

/// `Myntgatan 2, Falun, lokal Stångslet`
pub fn location(place: Option<&str>, room: Option<&str>) -> Option<String> {
    match (place, room) {
        (Some(place), Some(room)) => Some(rendered::place_and_room(place, room)),
        (Some(place), None) => Some(place.to_owned()),
        (None, Some(room)) => Some(rendered::room(room)),
        (None, None) => None,
    }
}

/// The calendar: every meeting of `calendar.yaml` (those of `year` only, when given). `agenda_url`
/// gives the address of a meeting's agenda on the site, when it has one.
pub fn calendar(
    repo: &Repository,
    year: Option<i32>,
    agenda_url: &dyn Fn(NaiveDate) -> Option<String>,
) -> String {
    let network = &repo.network.members.network;
    let summary = match &network.short {
        Some(short) => format!("{} ({short})", network.name),
        None => network.name.clone(),
    };
    let mut calendar = Calendar::new();
    calendar.name(&summary).timezone(TZID);
    let now = Utc::now();
    for entry in &repo.network.calendar.entries {
        let date = entry.date.value;
        if year.is_some_and(|y| chrono::Datelike::year(&date) != y) {
            continue;
        }
        calendar.push(event(
            entry,
            &summary,
            &network.name,
            now,
            repo.agenda(date).map(|_| ()).and_then(|()| agenda_url(date)),
        ));
    }
    let text = calendar.done().to_string();
    with_timezone(&text)
}

fn event(
    entry: &CalendarEntry,
    summary: &str,
    network: &str,
    now: chrono::DateTime<Utc>,
    agenda: Option<String>,
) -> Event {
    let date = entry.date.value;
    let mut event = Event::new();
    event.uid(&uid(date, network)).summary(summary).timestamp(now);
    match hours(entry.time.as_deref()) {
        Hours::Span(start, end) => {
            let at = |time: NaiveTime| CalendarDateTime::WithTimezone {
                date_time: date.and_time(time),
                tzid: TZID.to_owned(),
            };
            event.starts(at(start));
            if let Some(end) = end {
                event.ends(at(end));
            }
        }
        Hours::AllDay => {
            // DTEND of a whole day is the next day: RFC 5545 ends are exclusive.
            event.starts(date);
            event.ends(date.succ_opt().unwrap_or(date));
        }
    }
    if let Some(location) = location(entry.place.as_deref(), entry.room.as_deref()) {
        event.location(&location);
    }
    let mut description = Vec::new();
    if let Some(time) = &entry.time
        && hours(Some(time)) == Hours::AllDay
    {
        description.push(format!("{}: {time}", rendered::TIME));
    }
    if let Some(note) = &entry.note {
        description.push(note.clone());
    }
    if let Some(url) = &agenda {
        description.push(format!("{}: {url}", rendered::site::AGENDA));
        event.url(url);
    }
    if !description.is_empty() {
        event.description(&description.join("\n"));
    }
    event.done()
}

/// The calendar text with the VTIMEZONE before its first event.
fn with_timezone(text: &str) -> String {
    match text.find("BEGIN:VEVENT") {
        Some(at) => format!("{}{VTIMEZONE}{}", &text[..at], &text[at..]),
        None => text.replace("END:VCALENDAR", &format!("{VTIMEZONE}END:VCALENDAR")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
    }

    #[test]
    fn meeting_hours() {
        assert_eq!(hours(Some("09.30–12.00")), Hours::Span(t(9, 30), Some(t(12, 0))));
        assert_eq!(hours(Some("9.30-12")), Hours::Span(t(9, 30), Some(t(12, 0))));
        assert_eq!(hours(Some("08:00")), Hours::Span(t(8, 0), None));
        assert_eq!(hours(Some("heldag")), Hours::AllDay);
        assert_eq!(hours(None), Hours::AllDay);
    }

    #[test]
    fn uids_are_stable_and_plain() {
        let date = NaiveDate::from_ymd_opt(2026, 1, 29).unwrap_or_default();
        assert_eq!(
            uid(date, "Länschefsnätverket i Dalarna"),
            "2026-01-29@lanschefsnatverket-i-dalarna.lchnv"
        );
        assert_eq!(
            location(Some("Myntgatan 2, Falun"), Some("Stångslet")).as_deref(),
            Some("Myntgatan 2, Falun, lokal Stångslet")
        );
    }
}
