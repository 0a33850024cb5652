//! When a follow-up is due, as minutes write it: `senast 2026-10-15`, `senast 261015`,
//! `senast den 4 maj`, `15/6`; `till nästa möte` and `till mötet i september` (a meeting in
//! `calendar.yaml`); and times that are no date (`vecka 12`, `v. 36`, `under våren`, `i
//! december`, `Ht 2026`, `i samband med årsbokslutet`), which are kept as words.

use super::dates;
use crate::text::fold;
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

/// A due date found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Due {
    /// A date the document writes.
    Date { date: NaiveDate, written: String },
    /// A date found from the calendar (`till nästa möte`).
    Derived {
        date: NaiveDate,
        written: String,
        /// How, in the file's words: `nästa möte`.
        how: String,
    },
    /// A time that is no date, as written.
    Vague { written: String },
}

impl Due {
    pub fn date(&self) -> Option<NaiveDate> {
        match self {
            Due::Date { date, .. } | Due::Derived { date, .. } => Some(*date),
            Due::Vague { .. } => None,
        }
    }

    pub fn written(&self) -> &str {
        match self {
            Due::Date { written, .. } | Due::Derived { written, .. } | Due::Vague { written } => written,
        }
    }
}

/// What the due date of a meeting's follow-ups is read against.
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    /// The meeting's date.
    pub meeting: NaiveDate,
    /// Every meeting date of `calendar.yaml`, sorted.
    pub dates: Vec<NaiveDate>,
    /// The genitives that name the network itself, folded (`natverkets`, `namndens`): a meeting
    /// of another body (`vid rådets nästa möte`) is not in `calendar.yaml`. Empty: any.
    pub own: Vec<String>,
}

impl Calendar {
    fn next_meeting(&self) -> Option<NaiveDate> {
        self.dates.iter().copied().find(|d| *d > self.meeting)
    }

    /// Whether a meeting named with a genitive (`nätverkets möte`) is the network's own.
    fn is_own(&self, genitive: Option<regex::Match>) -> bool {
        genitive.is_none_or(|g| {
            self.own.is_empty() || g.as_str() == "dess" || self.own.iter().any(|o| o == g.as_str())
        })
    }

    fn meeting_in(&self, month: u32) -> Option<NaiveDate> {
        self.dates
            .iter()
            .copied()
            .find(|d| *d > self.meeting && d.month() == month)
    }

    /// A day and month without a year: the first such date from the meeting on.
    fn day_month(&self, day: u32, month: u32) -> Option<NaiveDate> {
        let year = self.meeting.year();
        let date = NaiveDate::from_ymd_opt(year, month, day)?;
        if date >= self.meeting {
            Some(date)
        } else {
            NaiveDate::from_ymd_opt(year + 1, month, day)
        }
    }
}

/// The words for a body that a name may end with (`Vård- och omsorgsnämnden` is also
/// `nämnden`), folded.
const BODY_WORDS: &[&str] = &[
    "natverket",
    "gruppen",
    "namnden",
    "radet",
    "utskottet",
    "styrelsen",
    "kommitten",
];

/// The genitives that name the network, from its names (`called`, `short`, `name`): each
/// name's last word and the word for a body it ends with, folded, with an `s`
/// (`omsorgsnamndens`, `namndens`).
pub fn own_genitives(names: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in names {
        let Some(last) = fold(name).split_whitespace().last().map(str::to_owned) else {
            continue;
        };
        let body = BODY_WORDS
            .iter()
            .find(|w| last.ends_with(*w))
            .map(|w| (*w).to_owned());
        for word in std::iter::once(last).chain(body) {
            let genitive = format!("{}s", word.trim_end_matches('s'));
            if !out.contains(&genitive) {
                out.push(genitive);
            }
        }
    }
    out
}

const MONTH: &str = r"(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\.?";

/// A date after `senast` (folded text): ISO, YYMMDD, `3.3.2027`, `4 maj [2026]`, `15/6 [2026]`.
static SENAST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:senast|klart|klar|fore|innan|till och med|deadline|till\s+den)\s+(?:den\s+|pa\s+|i\s+)?(?:(?:man|tis|ons|tors|fre|lor|son)dag(?:en)?\s+(?:den\s+)?)?(\d{{4}}-\d{{2}}-\d{{2}}|\d{{6}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|\d{{1,2}}(?::[ae])?\s+{MONTH}(?:\s+\d{{4}})?|\d{{1,2}}/\d{{1,2}}(?:\s+\d{{4}})?)\b"
    ))
    .unwrap_or_else(|_| unreachable!())
});
/// A full date standing in a task without `senast` (`återrapporteras till styrgruppen
/// 2026-10-01`), unless a word before it makes it a start (`från`, `sedan`, `efter`).
static BARE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?:(fran|sedan|efter|mellan|fr\.o\.m\.?)\s+)?(?:den\s+)?(\d{4}-\d{2}-\d{2})\b")
        .unwrap_or_else(|_| unreachable!())
});
static NEXT_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?:till|vid|infor|fore|pa|senast)\s+(?:(\w+s)\s+)?)?nasta\s+(?:\w*mote|sammantrade|traff|moten)\b")
        .unwrap_or_else(|_| unreachable!())
});
/// `återkommer till arbetsutskottet i mars`: back to the network itself, by a word its names end
/// with, in a month: its meeting that month (`redovisa för nätverket i mars` says only the month).
static OWN_BODY_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b(?:till|vid)\s+(\w+)\s+i\s+{MONTH}")).unwrap_or_else(|_| unreachable!())
});
/// `på marsmötet`, `Till majmötet`, `okt-mötet`: the network's meeting in that month, as one
/// word (the month may be shortened, with a hyphen after it).
static MONTH_MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?:till|vid|infor|pa|fore|senast)\s+)?(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)-)(?:motet|sammantradet|traffen)\b")
        .unwrap_or_else(|_| unreachable!())
});
static MEETING_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:till|vid|infor|pa)\s+(?:(\w+s)\s+)?\w*(?:motet|mote|sammantradet|sammantrade|traffen)\s+i\s+{MONTH}"
    ))
    .unwrap_or_else(|_| unreachable!())
});
/// A later meeting named by its day: `till mötet 12 november`, `till styrgruppens möte den 27
/// november`.
static MEETING_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:till|vid|infor|pa)\s+(?:(\w+s)\s+)?\w*(?:motet|mote|sammantradet|sammantrade|traffen)\s+(?:den\s+)?(\d{{1,2}}(?::[ae])?\s+{MONTH}(?:\s+\d{{4}})?)"
    ))
    .unwrap_or_else(|_| unreachable!())
});
/// A weekday of a week: `tisdag v. 46`, `klart fredag vecka 12`.
static WEEKDAY_OF_WEEK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:(?:senast|klart|klar|till|deadline)\s+)?(?:pa\s+)?(man|tis|ons|tors|fre|lor|son)dag(?:en)?\s+(?:i\s+)?(?:vecka|v\.?)\s*(\d{1,2})\b")
        .unwrap_or_else(|_| unreachable!())
});
/// A day named with `den` in a task (`… vid samrådet den 19 november`): when it is to be done,
/// unless a word before it makes it a start.
static ON_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|\s)(?:(fran|sedan|efter|mellan|fr\.o\.m\.?)\s+)?den\s+(\d{{1,2}}(?::[ae])?\s+{MONTH}(?:\s+\d{{4}})?)\b"
    ))
    .unwrap_or_else(|_| unreachable!())
});
static VAGUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:(?:senast|klart|under|fore|till)\s+)?(?:vecka|v\.?)\s*\d{{1,2}}\b|\b(?:under|senast|fore|till|i)\s+(?:varen|hosten|sommaren|vintern|aret|forsta halvaret|andra halvaret)(?:\s+\d{{4}})?\b|\b(?:i|under|till|senast i|fore|innan|i borjan av|i slutet av|i mitten av)\s+{MONTH}(?:\s+\d{{4}})?\b|\b(?:ht|vt)\s*-?\s*\d{{2,4}}\b|\bi\s+samband\s+med\s+\S+|\b(?:fore|till|vid|innan)\s+(?:sommaren|jul|julen|arsskiftet|semestern|sommarsemestern)\b|\b(?:i\s+)?(?:borjan|slutet|mitten)\s+av\s+\S+|\binom\s+(?:en|ett|\d+|\w+)\s+(?:veckor|vecka|manader|manad|dagar)\b"
    ))
    .unwrap_or_else(|_| unreachable!())
});
static CELL_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:(?:under|i|senast|till)\s+)?{MONTH}(?:\s+\d{{4}})?$"
    ))
    .unwrap_or_else(|_| unreachable!())
});

/// A whole cell that is a time without a date: a season, a week, a half-year (`Hösten 2026`,
/// `V. 36`, `Vt 2027`).
static CELL_VAGUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:under|till|senast|fore|i)\s+)?(?:(?:varen|hosten|sommaren|vintern|var|host|ht|vt)\s*-?\s*(?:\d{2}|\d{4})?|(?:vecka|v\.?)\s*\d{1,2}(?:\s+\d{4})?)$")
        .unwrap_or_else(|_| unreachable!())
});

/// Whether a piece of a table row is a due date in any form (a date, `nästa möte`, a month,
/// week or season): for telling where a cell that ran into the next one ends.
pub fn is_due_cell(text: &str) -> bool {
    let folded = day_numbers(&fold(text.trim()));
    if folded.is_empty() {
        return false;
    }
    let far_past = Calendar {
        meeting: NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or_default(),
        dates: Vec::new(),
        own: Vec::new(),
    };
    // `Senast 10/3`, `Före 31/3`: the word before the date says it is a deadline.
    let dated = folded
        .split_once(' ')
        .filter(|(first, _)| matches!(*first, "senast" | "fore" | "innan" | "klart" | "klar"))
        .map_or(folded.as_str(), |(_, rest)| rest);
    date_of(&folded, &far_past).is_some()
        || date_of(dated, &far_past).is_some()
        || matches!(
            folded.as_str(),
            "snarast" | "omgaende" | "snarast mojligt" | "sa snart som mojligt"
        )
        || CELL_VAGUE.is_match(&folded)
        || MONTH_MEETING
            .find(&folded)
            .is_some_and(|m| m.start() == 0 && m.end() == folded.len())
        || CELL_MONTH.is_match(&folded)
        || NEXT_MEETING
            .find(&folded)
            .is_some_and(|m| m.start() == 0 && m.end() == folded.len())
}

/// The words `start..end` of `folded` (a folded form of `original`) in the original's spelling.
fn original_words(original: &str, folded: &str, start: usize, end: usize) -> String {
    let before = folded[..start].split_whitespace().count();
    let count = folded[start..end].split_whitespace().count();
    original
        .split_whitespace()
        .skip(before)
        .take(count)
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(['.', ',', ';'])
        .to_owned()
}

/// The days of a month as ordinal words, folded: `forsta` is the 1st.
const ORDINALS: [&str; 31] = [
    "forsta",
    "andra",
    "tredje",
    "fjarde",
    "femte",
    "sjatte",
    "sjunde",
    "attonde",
    "nionde",
    "tionde",
    "elfte",
    "tolfte",
    "trettonde",
    "fjortonde",
    "femtonde",
    "sextonde",
    "sjuttonde",
    "artonde",
    "nittonde",
    "tjugonde",
    "tjugoforsta",
    "tjugoandra",
    "tjugotredje",
    "tjugofjarde",
    "tjugofemte",
    "tjugosjatte",
    "tjugosjunde",
    "tjugoattonde",
    "tjugonionde",
    "trettionde",
    "trettioforsta",
];

/// Folded text with a day written as an ordinal word before a month in digits (`den sjunde
/// april` → `den 7 april`), one word for one so that the words still line up with the text.
fn day_numbers(folded: &str) -> String {
    let words: Vec<&str> = folded.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (k, word) in words.iter().enumerate() {
        let before_month = words
            .get(k + 1)
            .is_some_and(|next| dates::month(next.trim_end_matches([',', '.', ';'])).is_some());
        match ORDINALS.iter().position(|o| o == word) {
            Some(day) if before_month => out.push((day + 1).to_string()),
            _ => out.push((*word).to_owned()),
        }
    }
    out.join(" ")
}

/// A date written in one of the forms, in folded text.
fn date_of(value: &str, calendar: &Calendar) -> Option<NaiveDate> {
    let value = value.trim();
    if let Some(found) = dates::find_date(value) {
        return Some(found.date);
    }
    // `15/6`, `4 maj`: no year.
    if let Some((d, m)) = value.split_once('/') {
        let d: u32 = d.trim().parse().ok()?;
        let m: u32 = m.split_whitespace().next()?.parse().ok()?;
        return calendar.day_month(d, m);
    }
    let mut words = value.split_whitespace();
    // `3:e december`: the ordinal's ending is no part of the day.
    let d: u32 = words.next()?.split(':').next()?.parse().ok()?;
    let m = dates::month(words.next()?)?;
    calendar.day_month(d, m)
}

/// A date a match gives (`whole` the words, `value` the date in them), when it is not before the
/// meeting.
fn date_match(
    text: &str,
    folded: &str,
    calendar: &Calendar,
    whole: Option<regex::Match>,
    value: Option<regex::Match>,
) -> Option<Due> {
    let (whole, value) = (whole?, value?);
    let date = date_of(value.as_str(), calendar).filter(|d| *d >= calendar.meeting)?;
    Some(Due::Date {
        date,
        written: original_words(text, folded, whole.start(), whole.end()),
    })
}

/// The due date a sentence gives, if any: a time it states as one, else a day named with
/// `den` (`… vid samrådet den 19 november`), the day the task is for.
pub fn find(text: &str, calendar: &Calendar) -> Option<Due> {
    stated(text, calendar).or_else(|| {
        let folded = day_numbers(&fold(text));
        let on_day = ON_DAY.captures(&folded).filter(|caps| caps.get(1).is_none())?;
        date_match(text, &folded, calendar, on_day.get(0), on_day.get(2))
    })
}

/// A time a sentence states as a due time (`senast …`, `till nästa möte`, `under våren`): what
/// makes a sentence in the present a task. A day alone (`den 3 december`) may only say when
/// something happens.
pub fn stated(text: &str, calendar: &Calendar) -> Option<Due> {
    let folded = day_numbers(&fold(text));
    let senast = SENAST.captures(&folded);
    let bare = BARE_DATE.captures(&folded).filter(|caps| caps.get(1).is_none());
    let meeting_on = MEETING_ON.captures(&folded);
    // Another body's meeting (`vid beredningens möte i november`) is a time, but no date.
    let others = [
        MEETING_ON.captures(&folded),
        MEETING_IN.captures(&folded),
        NEXT_MEETING.captures(&folded),
    ]
    .into_iter()
    .flatten()
    .find(|caps| !calendar.is_own(caps.get(1)));
    if let Some(whole) = others.and_then(|caps| caps.get(0)) {
        return Some(Due::Vague {
            written: original_words(text, &folded, whole.start(), whole.end()),
        });
    }
    // `senast …`, then a full date alone, then a meeting named by its day (`till mötet 12
    // november`).
    let dated = [(senast, 1), (bare, 2), (meeting_on, 2)]
        .into_iter()
        .find_map(|(caps, group)| {
            let caps = caps?;
            date_match(text, &folded, calendar, caps.get(0), caps.get(group))
        });
    if dated.is_some() {
        return dated;
    }
    if let Some(caps) = WEEKDAY_OF_WEEK.captures(&folded)
        && let (Some(whole), Some(day), Some(week)) = (caps.get(0), caps.get(1), caps.get(2))
        && let Some(date) = weekday_of_week(calendar, day.as_str(), week.as_str())
    {
        return Some(Due::Date {
            date,
            written: original_words(text, &folded, whole.start(), whole.end()),
        });
    }
    if let Some(m) = MEETING_IN.captures(&folded)
        && let (Some(whole), Some(month)) = (m.get(0), m.get(2))
        && let Some(month) = dates::month(month.as_str())
        && let Some(date) = calendar.meeting_in(month)
    {
        let written = original_words(text, &folded, whole.start(), whole.end());
        let how = written.split_whitespace().skip(1).collect::<Vec<_>>().join(" ");
        return Some(Due::Derived { date, written, how });
    }
    if let Some(m) = OWN_BODY_IN.captures(&folded)
        && let (Some(whole), Some(body), Some(month)) = (m.get(0), m.get(1), m.get(2))
        && calendar
            .own
            .iter()
            .any(|o| o.trim_end_matches('s') == body.as_str())
        && let Some(month) = dates::month(month.as_str())
        && let Some(date) = calendar.meeting_in(month)
    {
        let written = original_words(text, &folded, whole.start(), whole.end());
        let how = written.split_whitespace().skip(1).collect::<Vec<_>>().join(" ");
        return Some(Due::Derived { date, written, how });
    }
    if let Some(m) = MONTH_MEETING.captures(&folded)
        && let (Some(whole), Some(month)) = (m.get(0), m.get(1))
        && let Some(month) = dates::month(month.as_str().trim_end_matches('-'))
        && let Some(date) = calendar.meeting_in(month)
    {
        let written = original_words(text, &folded, whole.start(), whole.end());
        let how = written.split_whitespace().last().unwrap_or_default().to_owned();
        return Some(Due::Derived { date, written, how });
    }
    if let Some(m) = NEXT_MEETING.find(&folded)
        && let Some(date) = calendar.next_meeting()
    {
        let written = original_words(text, &folded, m.start(), m.end());
        return Some(Due::Derived {
            date,
            written,
            how: "nästa möte".to_owned(),
        });
    }
    VAGUE.find(&folded).map(|m| Due::Vague {
        written: original_words(text, &folded, m.start(), m.end()),
    })
}

/// The day of an ISO week (`tis`, `46`): in the meeting's year, or the next when that is past.
fn weekday_of_week(calendar: &Calendar, day: &str, week: &str) -> Option<NaiveDate> {
    let weekday = match day {
        "man" => chrono::Weekday::Mon,
        "tis" => chrono::Weekday::Tue,
        "ons" => chrono::Weekday::Wed,
        "tors" => chrono::Weekday::Thu,
        "fre" => chrono::Weekday::Fri,
        "lor" => chrono::Weekday::Sat,
        _ => chrono::Weekday::Sun,
    };
    let week: u32 = week.parse().ok()?;
    let year = calendar.meeting.year();
    let date = NaiveDate::from_isoywd_opt(year, week, weekday)?;
    if date >= calendar.meeting {
        Some(date)
    } else {
        NaiveDate::from_isoywd_opt(year + 1, week, weekday)
    }
}

/// The due date a table's `Klart senast` cell gives: a date in any form, `nästa möte`, or
/// anything else as words.
pub fn cell(text: &str, calendar: &Calendar) -> Option<Due> {
    let text = text.trim();
    if text.is_empty() || text.chars().all(|c| matches!(c, '-' | '–' | '—' | '.')) {
        return None;
    }
    let folded = day_numbers(&fold(text));
    if let Some(date) = date_of(&folded, calendar).filter(|d| *d >= calendar.meeting) {
        return Some(Due::Date {
            date,
            written: text.to_owned(),
        });
    }
    if NEXT_MEETING.is_match(&folded)
        && let Some(date) = calendar.next_meeting()
    {
        return Some(Due::Derived {
            date,
            written: text.to_owned(),
            how: "nästa möte".to_owned(),
        });
    }
    // `Till mötet 12 november`, `till mötet i december`: the meeting's date.
    if let Some(found @ (Due::Date { .. } | Due::Derived { .. })) = find(text, calendar) {
        return Some(match found {
            Due::Date { date, .. } => Due::Date {
                date,
                written: text.to_owned(),
            },
            other => other,
        });
    }
    if CELL_MONTH.is_match(&folded) || !folded.is_empty() {
        return Some(Due::Vague {
            written: text.to_owned(),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn calendar() -> Calendar {
        Calendar {
            meeting: date(2026, 3, 18),
            dates: vec![
                date(2026, 1, 21),
                date(2026, 3, 18),
                date(2026, 4, 22),
                date(2026, 9, 17),
            ],
            own: Vec::new(),
        }
    }

    fn found(text: &str) -> Option<(Option<NaiveDate>, String)> {
        find(text, &calendar()).map(|d| (d.date(), d.written().to_owned()))
    }

    #[test]
    fn a_day_written_as_an_ordinal_word() {
        assert_eq!(day_numbers("klart den sjunde april"), "klart den 7 april");
        assert_eq!(day_numbers("den tjugoforsta maj."), "den 21 maj.");
        assert_eq!(day_numbers("den andra frågan"), "den andra frågan");
        let due = find("Eva Ek skickar listan senast den tjugonde april.", &calendar());
        assert_eq!(due.as_ref().and_then(Due::date), Some(date(2026, 4, 20)));
        assert_eq!(
            due.map(|d| d.written().to_owned()).as_deref(),
            Some("senast den tjugonde april")
        );
    }

    #[test]
    fn the_network_itself_and_a_month() {
        let own = Calendar {
            own: own_genitives(&["Arbetsutskottet".to_owned()]),
            ..calendar()
        };
        let due = find("Eva Ek återkommer till arbetsutskottet i april.", &own);
        assert_eq!(due.as_ref().and_then(Due::date), Some(date(2026, 4, 22)));
        assert!(matches!(due, Some(Due::Derived { .. })));
        assert!(
            find("Eva Ek redovisar för arbetsutskottet i april.", &own).is_none_or(|d| d.date().is_none())
        );
        // Another body's month is no meeting of the network's.
        assert!(find("Eva Ek återkommer till styrelsen i april.", &own).is_none_or(|d| d.date().is_none()));
    }

    #[test]
    fn a_meeting_named_by_its_month_in_one_word() {
        assert_eq!(
            found("X återkommer till rådet på aprilmötet."),
            Some((Some(date(2026, 4, 22)), "på aprilmötet".to_owned()))
        );
        assert_eq!(
            cell("Till septembermötet", &calendar()).and_then(|d| d.date()),
            Some(date(2026, 9, 17))
        );
        assert!(is_due_cell("Till aprilmötet"));
        assert_eq!(
            found("X återkommer till rådet till apr-mötet."),
            Some((Some(date(2026, 4, 22)), "till apr-mötet".to_owned()))
        );
        // A month without a meeting in the calendar gives no date.
        assert_eq!(found("på junimötet").and_then(|f| f.0), None);
    }

    #[test]
    fn dates_in_sentences() {
        let c = calendar();
        assert_eq!(
            found("undersöker möjligheten till mötet 14 oktober.").and_then(|d| d.0),
            Some(date(2026, 10, 14))
        );
        assert_eq!(
            cell("Till styrgruppens möte 27 november", &c).and_then(|d| d.date()),
            Some(date(2026, 11, 27))
        );
        assert_eq!(
            found("yttrandet expedieras senast 3.12.2026.").and_then(|d| d.0),
            Some(date(2026, 12, 3))
        );
        assert_eq!(
            found("ta fram en plan senast 2026-10-15.").and_then(|d| d.0),
            Some(date(2026, 10, 15))
        );
        assert_eq!(
            found("revidera senast 261015.").and_then(|d| d.0),
            Some(date(2026, 10, 15))
        );
        assert_eq!(
            found("Kansliet tar fram en sammanställning till den 2 mars 2027.").and_then(|d| d.0),
            Some(date(2027, 3, 2))
        );
        assert_eq!(
            found("Antalet per den 1 november mejlas till Eva senast tisdagen den 10 november.")
                .and_then(|d| d.0),
            Some(date(2026, 11, 10))
        );
        assert_eq!(
            found("Planen redovisas på nästa nämndmöte.").map(|d| d.1),
            Some("på nästa nämndmöte".to_owned())
        );
        assert_eq!(
            found("Listan mejlas ut senast den 9:e november.").and_then(|d| d.0),
            Some(date(2026, 11, 9))
        );
        assert_eq!(
            found("redovisas senast den 4 maj.").and_then(|d| d.0),
            Some(date(2026, 5, 4))
        );
        assert_eq!(
            found("återkommer till nästa möte").and_then(|d| d.0),
            Some(date(2026, 4, 22))
        );
        assert_eq!(
            found("återkommer med en uppföljning till mötet i september."),
            Some((Some(date(2026, 9, 17)), "till mötet i september".to_owned()))
        );
        assert_eq!(
            found("presentera dem vid nätverkets möte i september."),
            Some((
                Some(date(2026, 9, 17)),
                "vid nätverkets möte i september".to_owned()
            ))
        );
        assert_eq!(
            found("redovisas för styrgruppen vecka 12."),
            Some((None, "vecka 12".to_owned()))
        );
        assert_eq!(
            found("återkommer under våren med ett förslag"),
            Some((None, "under våren".to_owned()))
        );
        assert_eq!(
            found("återrapporteras till styrgruppen 2026-10-01"),
            Some((Some(date(2026, 10, 1)), "2026-10-01".to_owned()))
        );
        assert_eq!(found("gäller från 2026-10-01").map(|f| f.0), None);
        assert_eq!(
            found("sammanställer erfarenheterna till årsskiftet"),
            Some((None, "till årsskiftet".to_owned()))
        );
        assert_eq!(
            found("återkommer under våren med ett förslag"),
            Some((None, "under våren".to_owned()))
        );
        assert_eq!(
            found("redovisa resultatet i december."),
            Some((None, "i december".to_owned()))
        );
        assert_eq!(
            found("till nämnden i samband med årsbokslutet."),
            Some((None, "i samband med årsbokslutet".to_owned()))
        );
        assert_eq!(found("dela checklistan med övriga kommuner."), None);
        assert_eq!(
            found("skickar listan, klart onsdag v. 16."),
            Some((Some(date(2026, 4, 15)), "klart onsdag v. 16".to_owned()))
        );
        assert_eq!(
            found("justerar texten. Deadline den 3/4."),
            Some((Some(date(2026, 4, 3)), "Deadline den 3/4".to_owned()))
        );
        assert_eq!(
            found("sammanställer svaren inom två veckor."),
            Some((None, "inom två veckor".to_owned()))
        );
        assert_eq!(
            found("företräder nätverket vid konferensen den 20 april."),
            Some((Some(date(2026, 4, 20)), "den 20 april".to_owned()))
        );
        assert_eq!(found("gäller från den 20 april.").map(|f| f.0), None);
        assert_eq!(
            stated("företräder nätverket vid konferensen den 20 april.", &c),
            None
        );
        let own = Calendar {
            own: vec!["natverkets".to_owned()],
            ..c.clone()
        };
        let on = |text: &str| find(text, &own).map(|d| (d.date(), d.written().to_owned()));
        assert_eq!(
            on("informerar rådet vid rådets nästa möte."),
            Some((None, "vid rådets nästa möte".to_owned()))
        );
        assert_eq!(
            on("presenterar den vid beredningens möte i september."),
            Some((None, "vid beredningens möte i september".to_owned()))
        );
        assert_eq!(
            on("presenterar den vid nätverkets möte i september.").and_then(|d| d.0),
            Some(date(2026, 9, 17))
        );
        assert_eq!(
            on("Förslaget presenteras nästa möte.").and_then(|d| d.0),
            Some(date(2026, 4, 22))
        );
        assert_eq!(cell("15/6", &c).and_then(|d| d.date()), Some(date(2026, 6, 15)));
        assert_eq!(
            cell("Till nasta mote", &c).and_then(|d| d.date()),
            Some(date(2026, 4, 22))
        );
        assert_eq!(
            cell("Ht 2026", &c).map(|d| d.written().to_owned()),
            Some("Ht 2026".to_owned())
        );
        assert_eq!(cell("–", &c), None);
    }
}
