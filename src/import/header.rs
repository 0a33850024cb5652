//! The lines before the first item: the title, date, time, place and room, the chair, the
//! note-taker and the adjusters (*justerare*), and the attendance lists, in the forms Swedish
//! minutes and agendas write them: `Datum: 12/2 2026`, `Datum och tid: onsdag 25 mars 2026 kl.
//! 13–15.30`, `Plats: Rådhuset, Gävle, lokal Gavlesalen`, `Ordförande: Name, Organisation`, a
//! protocol's `Plats och tid` and `Utses att justera` in two columns, and its signature lines
//! (`Sekreterare ........` with the name below). What is not recognised stays as prose under the
//! title.

use super::attendees::{PeopleLine, Section};
use super::dates;
use super::lines::{Line, join};
use super::names::Names;
use super::recognise::Conversion;
use crate::model::Kind;
use crate::text::fold;
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

/// What a header label gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Date,
    DateTime,
    Time,
    Place,
    PlaceTime,
    Room,
    Chair,
    NoteTaker,
    Adjusters,
    People(Section),
    /// Organisations that sent nobody (`Ej representerade: Grästorp`): not attendees.
    Unrepresented,
}

/// The labels, folded (no case, no marks), longest first where one begins another.
const LABELS: &[(&str, Field)] = &[
    ("datum och tid", Field::DateTime),
    ("dag och tid", Field::DateTime),
    ("tid och datum", Field::DateTime),
    ("sammantradesdatum", Field::Date),
    ("motesdatum", Field::Date),
    ("datum", Field::Date),
    ("plats och tid", Field::PlaceTime),
    ("tid och plats", Field::PlaceTime),
    ("motestid", Field::Time),
    ("tid", Field::Time),
    ("klockan", Field::Time),
    ("motesplats", Field::Place),
    ("plats", Field::Place),
    ("lokal", Field::Room),
    ("rum", Field::Room),
    ("nar", Field::DateTime),
    ("var", Field::Place),
    ("motesledare", Field::Chair),
    ("motesordforande", Field::Chair),
    ("ordforande", Field::Chair),
    ("ordf", Field::Chair),
    ("ant", Field::NoteTaker),
    ("just", Field::Adjusters),
    ("sekreterare/antecknare", Field::NoteTaker),
    ("motessekreterare", Field::NoteTaker),
    ("sekreterare", Field::NoteTaker),
    ("antecknare", Field::NoteTaker),
    ("protokollforare", Field::NoteTaker),
    ("vid protokollet", Field::NoteTaker),
    ("vid anteckningarna", Field::NoteTaker),
    ("minnesanteckningar", Field::NoteTaker),
    ("antecknat av", Field::NoteTaker),
    ("anteckningar", Field::NoteTaker),
    ("ledde motet", Field::Chair),
    ("motet leddes av", Field::Chair),
    ("forde anteckningar", Field::NoteTaker),
    ("anteckningar forda av", Field::NoteTaker),
    ("anteckningarna fordes av", Field::NoteTaker),
    ("antecknades av", Field::NoteTaker),
    ("protokollet fordes av", Field::NoteTaker),
    ("forde protokollet", Field::NoteTaker),
    ("anteckningarna justeras av", Field::Adjusters),
    ("protokollet justeras av", Field::Adjusters),
    ("utses att justera", Field::Adjusters),
    ("justerare", Field::Adjusters),
    ("justerande", Field::Adjusters),
    ("justeras av", Field::Adjusters),
    ("justerat", Field::Adjusters),
    ("justering", Field::Adjusters),
    ("justerat av", Field::Adjusters),
    ("vid pennan", Field::NoteTaker),
    ("ej tjanstgorande ersattare", Field::People(Section::Present)),
    ("tjanstgorande ersattare", Field::People(Section::Present)),
    ("narvarande ersattare", Field::People(Section::Present)),
    ("ovriga ersattare", Field::People(Section::Present)),
    ("beslutande ledamoter", Field::People(Section::Present)),
    ("narvarande ledamoter", Field::People(Section::Present)),
    ("tjanstgorande ledamoter", Field::People(Section::Present)),
    ("ersattare som inte tjanstgor", Field::People(Section::Present)),
    ("med pa motet", Field::People(Section::Present)),
    ("pa plats", Field::People(Section::Present)),
    ("med pa plats", Field::People(Section::Present)),
    ("med via teams", Field::People(Section::Present)),
    ("via teams", Field::People(Section::Present)),
    ("pa distans", Field::People(Section::Present)),
    ("deltog pa distans", Field::People(Section::Present)),
    ("med pa traffen", Field::People(Section::Present)),
    ("ordinarie ledamoter", Field::People(Section::Present)),
    ("ledamoter", Field::People(Section::Present)),
    ("tjansteman", Field::People(Section::Present)),
    ("ovriga tjansteman", Field::People(Section::Present)),
    ("ovriga narvarande", Field::People(Section::Present)),
    ("ovriga", Field::People(Section::Present)),
    ("ovriga deltagare", Field::People(Section::Present)),
    ("ovriga deltagande", Field::People(Section::Present)),
    ("tjanstepersoner", Field::People(Section::Present)),
    ("narvarolista", Field::People(Section::Present)),
    ("narvaro", Field::People(Section::Present)),
    ("narvarande", Field::People(Section::Present)),
    ("deltagare", Field::People(Section::Present)),
    ("beslutande", Field::People(Section::Present)),
    ("ersattare", Field::People(Section::Present)),
    ("adjungerade", Field::People(Section::Present)),
    ("inbjudna", Field::People(Section::Present)),
    ("gaster", Field::People(Section::Present)),
    ("franvarande ledamoter", Field::People(Section::Absent)),
    ("franvarande", Field::People(Section::Absent)),
    ("anmalt forhinder", Field::People(Section::Absent)),
    ("lamnat aterbud", Field::People(Section::Absent)),
    ("anmald franvaro", Field::People(Section::Absent)),
    ("anmalt franvaro", Field::People(Section::Absent)),
    ("forhinder", Field::People(Section::Absent)),
    ("forhinder hade", Field::People(Section::Absent)),
    ("franvarande var", Field::People(Section::Absent)),
    ("ej narvarande", Field::People(Section::Absent)),
    ("ej representerade", Field::Unrepresented),
    ("ej representerad", Field::Unrepresented),
];

/// Labels that are also common words or a document's title (`När`, `Var`, `Minnesanteckningar`):
/// labels only with a colon and a value.
const COLON_ONLY: &[&str] = &[
    "nar",
    "var",
    "minnesanteckningar",
    "anteckningar",
    "rum",
    "klockan",
    "justerat",
    "justering",
    "ordf",
    "ant",
    "just",
];

/// The words of a title that say what the document is, folded.
static TITLE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(dagordning|foredragningslista|kallelse|minnesanteckningar|motesanteckningar|sammantradesprotokoll|protokoll)\b|^(anteckningar) fran\b")
        .unwrap_or_else(|_| unreachable!())
});
static ROOM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:,\s*|\s+[–—-]\s+|\s+)(?:lokal|rum|sal|sammanträdesrum|sammanträdeslokal|sammanträdessal|konferensrum|mötesrum)(?:met|en)?\s+")
            .unwrap_or_else(|_| unreachable!())
});
/// A day and month without the year, first in a value (`20/10 kl. 13.15`, `tisdag 20/10`).
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\p{L}+dag(?:en)?\s+)?(\d{1,2})/(\d{1,2})\b(?:[^/]|$)").unwrap_or_else(|_| unreachable!())
});
/// A weekday and a day and month without the year, anywhere in a line: `torsdag 27/4`.
static WEEKDAY_DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+\d{1,2}/\d{1,2}\b")
        .unwrap_or_else(|_| unreachable!())
});
/// The start of a sentence saying when and where the meeting was: `Mötet hölls …`.
static MEETING_HELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:mötet|sammanträdet|träffen)\s+(?:hölls|ägde\s+rum|genomfördes)\s")
        .unwrap_or_else(|_| unreachable!())
});
/// The line of an e-mail's header that says when it was sent: `Skickat: den 19 mars 2027 14:32`.
static EMAIL_SENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i:skickat|sent|skickades)\s*:").unwrap_or_else(|_| unreachable!()));
/// The lines of an e-mail's header that name its sender and readers: `Från: Eva Ek <…>`.
static EMAIL_FIELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i:från|from|till|to|kopia|cc)\s*:").unwrap_or_else(|_| unreachable!()));
/// The label of an e-mail's subject: `Ämne: Anteckningar från …`.
static EMAIL_SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i:ämne|subject)\s*:\s*").unwrap_or_else(|_| unreachable!()));
/// A signature line's blank: dots or underscores.
static SIGNATURE_BLANK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[.…_\s]{5,}$").unwrap_or_else(|_| unreachable!()));

/// What the lines before the first item said.
#[derive(Debug, Clone, Default)]
pub struct Header {
    pub title: Option<String>,
    pub kind: Option<(Kind, String)>,
    pub date: Option<(NaiveDate, String)>,
    pub time: Option<String>,
    pub place: Option<String>,
    pub room: Option<String>,
    pub chair: Option<Named>,
    pub note_taker: Option<Named>,
    pub adjusters: Vec<Named>,
    pub preamble: Vec<String>,
    pub people: Vec<PeopleLine>,
    pub conversions: Vec<Conversion>,
}

/// A person named by a header line (`Ordförande: Helena Wikström, Sandvikens kommun`): the name,
/// and what followed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    pub rest: Option<String>,
    pub line: usize,
}

/// The label a line starts with, and its value: `Tid: 9–15`, `Plats och tid<TAB>…`,
/// `Övriga närvarande, socialförvaltningen`, `Närvarande`. The longest label wins.
/// `för mötet: Lena Ask` after a person's label: the qualifier (up to the colon) and the value.
fn qualified(field: Field, rest: &str) -> Option<(&str, &str)> {
    // `På plats i Norrby:` over its list: a list's label may be qualified and stand alone.
    let people = matches!(field, Field::People(_));
    if !matches!(field, Field::Chair | Field::NoteTaker | Field::Adjusters) && !people {
        return None;
    }
    let (qualifier, value) = rest.split_once(':')?;
    let words = qualifier.split_whitespace().count();
    let lower = qualifier.trim().chars().next().is_some_and(char::is_lowercase);
    ((1..=3).contains(&words) && lower && (people || !value.trim().is_empty())).then_some((qualifier, value))
}

/// A header line whose label has no colon (`Datum 17 september 2026`, `Plats Rådhuset, Ronneby`,
/// `Ordförande Annelie Broberg, Karlskrona kommun`): the value, when it reads as one: a date for
/// a date's label, else a short value that starts with a capital and is no sentence.
fn without_colon(field: Field, rest: &str) -> Option<&str> {
    if !rest.starts_with(' ') {
        return None;
    }
    let value = rest.trim();
    match field {
        Field::Date | Field::DateTime => dates::find_date(value).filter(|d| d.start == 0).map(|_| value),
        // `Tid 9.00–11.30`: a time first.
        Field::Time => dates::find_time(value)
            .filter(|(_, written)| value.starts_with(written.as_str()) || value.starts_with("kl"))
            .map(|_| value),
        Field::Place | Field::Chair | Field::NoteTaker | Field::Adjusters => {
            let short = value.split_whitespace().count() <= 8 && !value.ends_with(['.', ':']);
            (short && value.starts_with(char::is_uppercase)).then_some(value)
        }
        _ => None,
    }
}

const NOT_THERE: Field = Field::People(Section::Absent);

/// A label, with a colon, that says who was not there in other words than the list above:
/// a negation and being there or taking part (`Ej anslutna:`, `Kunde inte komma:`, `Deltog
/// inte:`).
fn says_not_there(folded: &str, rest: &str) -> bool {
    let words: Vec<&str> = folded.split_whitespace().collect();
    let negated = words.iter().any(|w| matches!(*w, "ej" | "inte" | "icke"));
    let there = words.iter().any(|w| {
        ["narvar", "anslut", "anslot", "deltog", "deltar", "deltag", "kom"]
            .iter()
            .any(|stem| w.starts_with(stem))
    });
    negated && there && words.len() <= 4 && rest.trim_start_matches(' ').starts_with(':')
}

const THERE: Field = Field::People(Section::Present);

/// A label, with a colon, naming those who came for a side (`Kommunens representanter:`,
/// `Föreningarnas ledamöter:`): present.
fn names_a_side(folded: &str, rest: &str) -> bool {
    let words: Vec<&str> = folded.split_whitespace().collect();
    let side = words
        .last()
        .is_some_and(|w| matches!(*w, "representanter" | "ledamoter" | "foretradare"));
    side && (2..=3).contains(&words.len()) && rest.trim_start_matches(' ').starts_with(':')
}

fn label_of(text: &str) -> Option<(Field, &str, &str)> {
    // Where each of the first words ends.
    let mut ends = Vec::new();
    let mut in_word = false;
    for (i, c) in text.char_indices() {
        let part = c.is_alphabetic() || c == '/';
        if in_word && !part {
            ends.push(i);
            if ends.len() == 4 {
                break;
            }
        }
        in_word = part;
    }
    if in_word && ends.len() < 4 {
        ends.push(text.len());
    }
    for &end in ends.iter().rev() {
        let written = &text[..end];
        let folded = fold(written);
        let Some(field) = LABELS
            .iter()
            .find(|(label, _)| *label == folded)
            .map(|(_, field)| field)
            .or_else(|| says_not_there(&folded, &text[end..]).then_some(&NOT_THERE))
            .or_else(|| names_a_side(&folded, &text[end..]).then_some(&THERE))
        else {
            continue;
        };
        let mut end = end;
        // `Övriga närvarande (tjänstepersoner)`: a qualifier in parentheses belongs to the label.
        if matches!(field, Field::People(_))
            && text[end..].trim_start().starts_with('(')
            && let Some(close) = text[end..].find(')')
        {
            end += close + 1;
        }
        let written = &text[..end];
        let rest = &text[end..];
        // `Ordf.:` an abbreviated label's full stop before the colon.
        let colon = rest.trim_start_matches(' ');
        let colon = colon
            .strip_prefix('.')
            .filter(|r| r.starts_with(':'))
            .unwrap_or(colon);
        // `Datum ........ 15.3.2028`: a leader of dots does what the colon does.
        let leader = colon
            .strip_prefix("..")
            .or_else(|| colon.strip_prefix('…'))
            .map(|r| r.trim_start_matches(['.', '…']))
            .filter(|r| r.starts_with(' '));
        let value = if let Some(v) = colon.strip_prefix(':').or(leader) {
            if COLON_ONLY.contains(&folded.as_str()) && v.trim().is_empty() {
                continue;
            }
            v
        } else if COLON_ONLY.contains(&folded.as_str()) && (!rest.starts_with('\t') || rest.trim().is_empty())
        {
            // In a label column (`Anteckningar<TAB>Name`) the tab does what the colon does.
            continue;
        } else if rest.trim().is_empty() || rest.starts_with([',', '\t']) {
            rest.trim_start().trim_start_matches(',')
        } else if let Some((qualifier, value)) = qualified(*field, rest) {
            // `Ordförande för mötet: Lena Ask`: the qualifier belongs to the label.
            let written = &text[..end + qualifier.len()];
            return Some((*field, written, value.trim()));
        } else if folded.ends_with(" av") && rest.starts_with(' ') && !rest.trim().is_empty() {
            // `Anteckningarna justeras av Eva Ek, Norrby.`: a sentence whose end is the value.
            rest.trim()
        } else if let Some(value) = without_colon(*field, rest) {
            // `Datum 17 september 2026 kl 13.00-16.00`, `Plats Rådhuset, Ronneby`.
            value
        } else if matches!(field, Field::People(_))
            && (fold(rest).starts_with(" fran ") || fold(rest).starts_with("fran "))
            && rest
                .split(':')
                .next()
                .is_some_and(|h| h.split_whitespace().count() <= 5)
            && rest.contains(':')
        {
            // `Övriga deltagare från socialförvaltningen: …`: the organisation is read later.
            rest.trim()
        } else {
            continue;
        };
        return Some((*field, written, value.trim()));
    }
    None
}

/// `Helena Wikström, Sandvikens kommun`, `Roger Sundberg (S)`: the name before a comma or a
/// parenthesis.
fn named(value: &str, line: usize) -> Option<Named> {
    let value = value.trim().trim_end_matches('.').trim();
    let cut = value.find([',', '(']).unwrap_or(value.len());
    let name = value[..cut].trim();
    let looks_like_name = (2..=5).contains(&name.split_whitespace().count())
        && name
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    if !looks_like_name {
        return None;
    }
    let rest = value[cut..]
        .trim_start_matches(',')
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim();
    Some(Named {
        name: name.to_owned(),
        rest: (!rest.is_empty()).then(|| rest.to_owned()),
        line,
    })
}

/// Several people in one value: `Kent Ahlberg (M) och Anna Ek (S)`.
fn several(value: &str, line: usize) -> Vec<Named> {
    value
        .split([';'])
        .flat_map(|part| part.split(" och "))
        .filter_map(|part| named(part, line))
        .collect()
}

/// `Rådhuset, Drottninggatan 22, Gävle, lokal Gavlesalen`: the place and the room.
fn place_and_room(value: &str) -> (Option<String>, Option<String>) {
    let value = value.trim().trim_end_matches([',', '.']).trim();
    // `FoU Klarälven, Karlstad (rum Alster)`: the room in a parenthesis at the end.
    if let Some(inner) = value.strip_suffix(')')
        && let Some((place, room)) = inner.rsplit_once('(')
        && !place.trim().is_empty()
        && let (_, Some(room)) = place_and_room(&format!("x, {}", room.trim()))
    {
        return (
            Some(place.trim().trim_end_matches(',').trim().to_owned()),
            Some(room),
        );
    }
    match ROOM.find(value) {
        Some(m) => {
            let room = value[m.end()..].split(',').next().unwrap_or("").trim();
            let place = value[..m.start()].trim().trim_end_matches(',').trim();
            (
                (!place.is_empty()).then(|| place.to_owned()),
                (!room.is_empty()).then(|| room.to_owned()),
            )
        }
        // `Stadshuset, Värnamo, Sessionssalen`: a last part that is one word naming a hall or a
        // room is the room.
        None => match value.rsplit_once(',') {
            Some((place, last)) if is_room_word(last.trim()) => {
                (Some(place.trim().to_owned()), Some(last.trim().to_owned()))
            }
            _ => ((!value.is_empty()).then(|| value.to_owned()), None),
        },
    }
}

/// One word that names a hall or a room (`Sessionssalen`, `Sammanträdesrummet`).
fn is_room_word(text: &str) -> bool {
    let folded = fold(text);
    !text.contains(' ')
        && text.starts_with(char::is_uppercase)
        && ["salen", "rummet"]
            .iter()
            .any(|end| folded.len() > end.len() + 2 && folded.ends_with(end))
}

/// `Lokal: Sessionssalen, Stadshuset i Trelleborg`: the room, then where it is.
fn room_and_place(value: &str) -> (String, Option<String>) {
    let value = value.trim().trim_end_matches('.');
    match value.split_once(',') {
        Some((room, place)) if !place.trim().is_empty() => {
            (room.trim().to_owned(), Some(place.trim().to_owned()))
        }
        _ => (value.to_owned(), None),
    }
}

/// The function an attendance label names for the people under it: `Tjänstgörande ersättare`
/// (serving in a member's place), and the substitutes of `Ersättare`, `Övriga ersättare` and `Ej
/// tjänstgörande ersättare`.
fn section_role(label: &str) -> Option<String> {
    let folded = fold(label);
    if folded == "tjanstgorande ersattare" {
        return Some(label.to_lowercase());
    }
    let last = label.split_whitespace().last()?;
    (folded.ends_with("ersattare") && folded != "narvarande ersattare").then(|| last.to_lowercase())
}

/// A place value without a date and its weekday (`Onsdag 25 februari 2026, Stadshuset`), and
/// without parts left empty.
fn without_date(value: &str) -> String {
    let mut value = value.to_owned();
    if let Some(found) = dates::find_date(&value) {
        let before = value[..found.start].trim_end();
        // `Torsdagen den 24 september`: `den` and the weekday before the date.
        let before = before
            .strip_suffix(" den")
            .or_else(|| before.strip_suffix(" Den"))
            .unwrap_or(before);
        let weekday = before
            .rsplit(|c: char| c.is_whitespace() || c == ',')
            .next()
            .filter(|w| crate::swedish::is_weekday(w.strip_suffix("en").unwrap_or(w)))
            .map_or(0, str::len);
        value = format!("{}{}", &before[..before.len() - weekday], &value[found.end..]);
    }
    value
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty() && !matches!(fold(p).as_str(), "kl" | "kl." | "klockan"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether a line is about checking the minutes afterwards (`Justeringens plats och tid: …`,
/// `Protokollet justeras …`): its date is not the meeting's.
fn tells_adjustment(text: &str) -> bool {
    let f = fold(text);
    f.starts_with("justering") || f.contains("justeras") || f.contains("justerandes")
}

/// Whether a line holds a second sentence (`… kl. 13.30–16.45. Ajournering …`): a full stop,
/// a space and a capital.
fn second_sentence(text: &str) -> bool {
    text.match_indices(". ")
        .any(|(at, _)| text[at + 2..].starts_with(char::is_uppercase))
}

/// Functions a label column gives the people after it (`Vice ordförande<TAB>Bo Ek (S)`).
const GROUP_FUNCTIONS: &[&str] = &[
    "ordforande",
    "vice ordforande",
    "forste vice ordforande",
    "andre vice ordforande",
    "2:e vice ordforande",
];

/// Whether a line of a label column starts with another label than a group's (`Utses att
/// justera<TAB>Name`): it ends the attendance section above it.
fn labels_a_column(text: &str) -> bool {
    let Some((first, _)) = text.split_once('\t') else {
        return false;
    };
    matches!(label_of(first.trim()), Some((field, _, rest)) if rest.is_empty() && !matches!(field, Field::People(_) | Field::Chair | Field::NoteTaker))
}

/// Whether a labelled line is the heading row of an attendance table (`Ledamöter<TAB>Närvaro`).
fn value_is_column_heading(text: &str) -> bool {
    let cells: Vec<&str> = text
        .split('\t')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    super::roster::heading_row(&cells).is_some()
}

/// Whether a value only points elsewhere (`Se närvarolista`).
fn points_elsewhere(value: &str) -> bool {
    let f = fold(value);
    f.starts_with("se ") || f == "se"
}

/// The time and what is left of a place value when the time is cut out of it.
fn without_time(value: &str) -> (Option<String>, String) {
    match dates::find_time(value) {
        Some((time, written)) => {
            let rest = value.replacen(&written, "", 1);
            let rest = rest.trim().trim_end_matches([',', ' ']).trim().to_owned();
            (Some(time), rest)
        }
        None => (None, value.to_owned()),
    }
}

struct Reader<'a> {
    names: &'a Names<'a>,
    header: Header,
    preamble: Vec<String>,
    /// The attendance section being read: which list, its organisation and its function.
    section: Option<(Section, Option<String>, Option<String>)>,
    /// The section's lines may run over blank lines (a table under `Närvarande`).
    section_open: bool,
    table_started: bool,
    /// A signature line's label waiting for the name on the next line.
    signature: Option<Field>,
    /// A place value ending in a comma (`Plats och tid  Stadshuset, Motala,`): its line and
    /// label, waiting for the value's next line.
    wrapped: Option<(Field, String, String, String, usize)>,
    /// The document starts as an e-mail (`Från: … <address>`): its header lines are no facts.
    email: bool,
}

/// `Ordf: Eva Ek | Ant: Per Lund | Just: Ola Berg`: several labels on one line, split by bars;
/// each cell is read as a line of its own when every cell starts with a label.
fn labelled_cells(text: &str) -> Option<Vec<&str>> {
    let cells: Vec<&str> = text.split('|').map(str::trim).collect();
    (cells.len() >= 2 && cells.iter().all(|c| c.contains(':') && label_of(c).is_some())).then_some(cells)
}

/// Reads the lines before the first item.
pub fn read(lines: &[Line], names: &Names) -> Header {
    let mut r = Reader {
        names,
        header: Header::default(),
        preamble: Vec::new(),
        section: None,
        section_open: false,
        table_started: false,
        signature: None,
        wrapped: None,
        email: false,
    };
    for line in lines {
        match labelled_cells(&line.text) {
            Some(cells) => {
                for cell in cells {
                    r.line(&Line {
                        text: cell.to_owned(),
                        ..line.clone()
                    });
                }
            }
            None => r.line(line),
        }
    }
    if let Some((field, label, value, first, number)) = r.wrapped.take() {
        r.label(field, &label, &value, &first, number);
    }
    r.flush();
    r.header
}

impl Reader<'_> {
    fn flush(&mut self) {
        if !self.preamble.is_empty() {
            let refs: Vec<&str> = self.preamble.iter().map(String::as_str).collect();
            self.header.preamble.push(join(&refs));
            self.preamble.clear();
        }
    }

    fn convert(&mut self, from: &str, to: &str) {
        self.header.conversions.push(Conversion {
            from: from.to_owned(),
            to: to.to_owned(),
        });
    }

    fn line(&mut self, line: &Line) {
        let text = line.text.trim();
        if text.is_empty() {
            if let Some((field, label, value, first, number)) = self.wrapped.take() {
                self.label(field, &label, &value, &first, number);
            }
            self.flush();
            if !self.section_open {
                self.section = None;
            }
            return;
        }
        if let Some((field, label, value, first, number)) = self.wrapped.take() {
            // A value that ended in a comma goes on on this line; a place without its time
            // only when this line is the date or time and nothing more (no second sentence).
            // `Tid och plats<TAB>Torsdagen den 3 december 2026 kl. 9–12` over the place.
            let lacks_place = field == Field::PlaceTime && without_date(&without_time(&value).1).is_empty();
            let goes_on = value.ends_with(',')
                || ((dates::find_time(text).is_some() || dates::find_date(text).is_some() || lacks_place)
                    && !second_sentence(text));
            if label_of(text).is_none() && goes_on {
                // A line of its own is a part of its own (`…, lokal Muskö` / `Torsdagen den …`).
                let joiner = if value.ends_with(',') { " " } else { ", " };
                let value = format!("{value}{joiner}{}", text.replace('\t', " "));
                let both = format!("{first}\n{text}");
                self.label(field, &label, &value, &both, number);
                return;
            }
            self.label(field, &label, &value, &first, number);
        }
        if let Some(field) = self.signature.take() {
            let value = text.replace('\t', " ");
            if self.person_field(field, &value, line.number) {
                self.convert(text, "signature");
                return;
            }
        }
        // Under a heading (`BESLUTANDE`), a label column: `Vice ordförande<TAB>Name (S)`.
        if self.section.is_some() && self.labelled_group(text, line.number) {
            return;
        }
        // `Datum 2027-05-13 | Tid 9–12 | Plats Rådhuset`: fields side by side, each read alone.
        let cells: Vec<&str> = text
            .split('\t')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        if cells.len() >= 2
            && self.section.is_none()
            && cells
                .iter()
                .all(|c| label_of(c).is_some_and(|(_, _, value)| !value.is_empty()))
        {
            for cell in cells {
                self.line(&Line {
                    number: line.number,
                    text: cell.to_owned(),
                    page_break_before: false,
                });
            }
            if let Some((field, label, value, first, number)) = self.wrapped.take() {
                self.label(field, &label, &value, &first, number);
            }
            return;
        }
        // A table written one cell a line: `Närvarande` after `Namn`, `Funktion` is its column's
        // heading, not a label of its own.
        if let Some((section, org, role)) = self.section.clone()
            && super::roster::is_heading_cell(text)
            && self
                .header
                .people
                .last()
                .is_some_and(|p| p.line + 1 == line.number && super::roster::is_heading_cell(&p.text))
        {
            self.header.people.push(PeopleLine {
                line: line.number,
                text: text.to_owned(),
                section,
                org,
                role,
            });
            return;
        }
        // A table's row may start with a word that is also a label (`Ordförande, …<TAB>Name`).
        let row_of_table = text.contains('\t') && self.section.is_some() && !labels_a_column(text);
        if !row_of_table && let Some((field, label, value)) = label_of(text) {
            self.flush();
            let without_time = field == Field::PlaceTime
                && (dates::find_time(value).is_none() || without_date(&without_time(value).1).is_empty());
            if matches!(field, Field::PlaceTime | Field::Place | Field::DateTime)
                && (value.ends_with(',') || without_time)
            {
                self.wrapped = Some((
                    field,
                    label.to_owned(),
                    value.to_owned(),
                    text.to_owned(),
                    line.number,
                ));
                return;
            }
            self.label(field, label, value, text, line.number);
            return;
        }
        if let Some((section, org, role)) = self.section.clone() {
            if self.section_ends(text) {
                self.section = None;
            } else {
                self.header.people.push(PeopleLine {
                    line: line.number,
                    text: text.to_owned(),
                    section,
                    org,
                    role,
                });
                return;
            }
        }
        // An e-mail's header: when it was sent is not when the meeting was; its subject may be
        // the title.
        if let Some(m) = EMAIL_FIELD.find(text) {
            let label = fold(m.as_str().trim_end_matches([':', ' ']));
            self.email |= matches!(label.as_str(), "fran" | "from") && text.contains('@');
        }
        let email_field = self.email && EMAIL_FIELD.is_match(text);
        if EMAIL_SENT.is_match(text) || email_field {
            self.preamble.push(text.to_owned());
            self.flush();
            return;
        }
        let text = match EMAIL_SUBJECT.find(text) {
            Some(m) => {
                self.convert(m.as_str().trim(), "title");
                text[m.end()..].trim()
            }
            None => text,
        };
        if self.header.title.is_none()
            && let Some(m) = TITLE_WORD.find(&fold(text))
        {
            self.flush();
            let word = m.as_str().split_whitespace().next().unwrap_or_default();
            let kind = if matches!(word, "dagordning" | "foredragningslista" | "kallelse") {
                Kind::Agenda
            } else {
                Kind::Minutes
            };
            let written = text
                .split(|c: char| !c.is_alphanumeric())
                .find(|w| fold(w) == word)
                .unwrap_or(word);
            self.header.kind = Some((kind, written.to_owned()));
            self.header.title = Some(text.split_whitespace().collect::<Vec<_>>().join(" "));
            if self.header.date.is_none()
                && let Some(found) = dates::find_date(text)
            {
                self.header.date = Some((found.date, found.written.clone()));
                // `Anteckningar från möte onsdagen den 18:e november 2026, kl. 9–11.30`.
                if self.header.time.is_none() {
                    self.header.time = dates::find_time(&text[found.end..]).map(|t| t.0);
                }
            }
            return;
        }
        if self.header.date.is_none() && self.meeting_sentence(text) {
            self.flush();
            return;
        }
        let words = text.split_whitespace().count();
        if self.header.date.is_none()
            && words <= 8
            && !tells_adjustment(text)
            && let Some(found) = dates::find_date(text)
        {
            self.flush();
            self.header.date = Some((found.date, text.to_owned()));
            if self.header.time.is_none() {
                self.header.time = dates::find_time(text).map(|t| t.0);
            }
            self.convert(text, "date");
            return;
        }
        // The first line, or the one under the body's name.
        if self.header.date.is_none()
            && self.header.title.is_none()
            && self.header.preamble.is_empty()
            && self.preamble.len() <= 1
        {
            self.title_facts(text);
        }
        // Running prose that names someone (`Här kommer anteckningarna … Eva Ek ledde mötet.`)
        // is no list of people.
        let prose = words >= 15 && text.contains(". ") && text.matches(',').count() * 4 < words;
        let names_someone = !prose && super::attendees::names_people(text, self.names.members);
        if names_someone || (self.table_started && words <= 4) {
            self.flush();
            self.table_started = true;
            self.header.people.push(PeopleLine {
                line: line.number,
                text: text.to_owned(),
                section: Section::Table,
                org: None,
                role: None,
            });
            return;
        }
        self.preamble.push(text.to_owned());
    }

    /// `Mötet hölls tisdagen den 8 december 2026 kl. 13–16 på Rådhuset, Gävle, rum Valbo.`: the
    /// date, time, place and room a sentence about the meeting gives. Whether it was one.
    fn meeting_sentence(&mut self, text: &str) -> bool {
        let Some(held) = MEETING_HELD.find(text) else {
            return false;
        };
        let Some(found) = dates::find_date(&text[held.end()..]) else {
            return false;
        };
        let after_date = held.end() + found.end;
        let mut rest = &text[after_date..];
        if let Some((time, written)) = dates::find_time(rest) {
            self.header.time.get_or_insert(time);
            if let Some(at) = rest.find(written.as_str()) {
                rest = &rest[at + written.len()..];
            }
        }
        let rest = rest.trim_start_matches([',', ' ']);
        if let Some(value) = rest.strip_prefix("på ").or_else(|| rest.strip_prefix("i ")) {
            let (place, room) = place_and_room(value);
            self.header.place = place.or(self.header.place.take());
            self.header.room = room.or(self.header.room.take());
        }
        self.header.date = Some((found.date, text.to_owned()));
        self.convert(text, "date");
        true
    }

    /// `Länsnätverket – nätverksträff torsdag 16 september 2027 kl. 9–12, Stadshuset i Ronneby
    /// (sal Bräkne)`: the facts a first line gives, a date with its time and the place after
    /// them. The line stays where it is, as the document's title.
    fn title_facts(&mut self, text: &str) {
        // `möte 2/2028 – torsdag 27/4, kl 13–15.30 (Teams)`: a weekday and a day without the
        // year gives no date here (the year is read elsewhere), but the time and place after it.
        let (date, after) = match dates::find_date(text) {
            Some(found) => (Some(found.date), &text[found.end..]),
            None => match WEEKDAY_DAY_MONTH.find(text) {
                Some(m) => (None, &text[m.end()..]),
                None => return,
            },
        };
        let Some((time, written)) = dates::find_time(after) else {
            return;
        };
        if text.split_whitespace().count() > 30 {
            return;
        }
        if let Some(date) = date {
            self.header.date = Some((date, text.to_owned()));
        }
        self.header.time.get_or_insert(time);
        let Some(at) = after.find(written.as_str()) else {
            return;
        };
        let rest = after[at + written.len()..].trim_start();
        // `kl 13–15.30 (Teams)`: the place in brackets after the time.
        if let Some(inner) = rest.strip_prefix('(').and_then(|r| r.strip_suffix(')'))
            && inner.starts_with(char::is_uppercase)
            && inner.split_whitespace().count() <= 4
        {
            let (place, room) = place_and_room(inner);
            self.header.place = place.or(self.header.place.take());
            self.header.room = room.or(self.header.room.take());
            return;
        }
        let Some(rest) = rest.strip_prefix(',') else {
            return;
        };
        let rest = rest.trim_start();
        let rest = rest.strip_prefix("på ").unwrap_or(rest);
        if rest.starts_with(char::is_uppercase) {
            let (place, room) = place_and_room(rest);
            self.header.place = place.or(self.header.place.take());
            self.header.room = room.or(self.header.room.take());
        }
    }

    /// A line of a label column under an attendance heading whose label is a group of people
    /// (`Ledamöter`, `Tjänstgörande ersättare`, `Frånvarande`) or a function
    /// (`Vice ordförande`): the people after it, with that function, in that list. Whether it
    /// was one.
    fn labelled_group(&mut self, text: &str, number: usize) -> bool {
        let Some((label, value)) = text.split_once('\t') else {
            return false;
        };
        let (label, value) = (label.trim().trim_end_matches(':'), value.trim());
        if value.is_empty() || !super::attendees::names_people_loosely(value) {
            return false;
        }
        let (section, role) = match label_of(label) {
            Some((Field::People(section), written, "")) => (section, section_role(written)),
            _ if GROUP_FUNCTIONS.contains(&fold(label).as_str()) => (
                self.section.as_ref().map_or(Section::Present, |s| s.0),
                Some(label.to_lowercase()),
            ),
            _ => return false,
        };
        self.convert(label, "attendees");
        self.open_section(section, role, value, number);
        true
    }

    /// Opens an attendance section that goes on over the next lines, with its first line.
    fn open_section(&mut self, section: Section, role: Option<String>, text: &str, number: usize) {
        self.section = Some((section, None, role.clone()));
        self.section_open = true;
        self.header.people.push(PeopleLine {
            line: number,
            text: text.to_owned(),
            section,
            org: None,
            role,
        });
    }

    /// A line that ends an attendance section opened by a label alone: running prose.
    fn section_ends(&self, text: &str) -> bool {
        let words = text.split_whitespace().count();
        !text.contains('\t') && words >= 10 && text.ends_with(['.', '!', '?']) && !text.contains(',')
    }

    fn label(&mut self, field: Field, label: &str, value: &str, text: &str, number: usize) {
        self.section = None;
        self.section_open = false;
        if SIGNATURE_BLANK.is_match(value) && !value.is_empty() {
            self.signature = Some(field);
            self.convert(text, "signature");
            return;
        }
        let converted = match field {
            Field::Date | Field::DateTime => match dates::find_date(value) {
                Some(found) => {
                    if self.header.time.is_none() {
                        self.header.time = dates::find_time(value).map(|t| t.0);
                    }
                    if self.header.date.is_none() {
                        self.header.date = Some((found.date, text.to_owned()));
                    }
                    true
                }
                // `Datum och tid: 20/10 kl. 13.15–16.00` under a title that gives the year: the
                // day agrees with the title's date.
                None => match (&self.header.date, DAY_MONTH.captures(value)) {
                    (Some((date, _)), Some(caps))
                        if caps[1].parse() == Ok(date.day()) && caps[2].parse() == Ok(date.month()) =>
                    {
                        if self.header.time.is_none() {
                            self.header.time = dates::find_time(value).map(|t| t.0);
                        }
                        true
                    }
                    _ => false,
                },
            },
            Field::Time => match dates::find_time(value) {
                Some((time, _)) => {
                    self.header.time = Some(time);
                    true
                }
                None => false,
            },
            Field::PlaceTime => {
                if self.header.date.is_none()
                    && let Some(found) = dates::find_date(value)
                {
                    self.header.date = Some((found.date, text.to_owned()));
                }
                let (time, rest) = without_time(value);
                let rest = without_date(&rest);
                if let Some(time) = time {
                    self.header.time.get_or_insert(time);
                }
                let (place, room) = place_and_room(&rest);
                self.header.place = place.or(self.header.place.take());
                self.header.room = room.or(self.header.room.take());
                self.header.place.is_some()
            }
            Field::Place if !value.is_empty() => {
                let (place, room) = place_and_room(value);
                self.header.place = place;
                if room.is_some() {
                    self.header.room = room;
                }
                true
            }
            // `Lokal: Kompetenscentrum, Örebro, rum Svartån`: the place, then the room named.
            Field::Room if !value.is_empty() && ROOM.is_match(value) => {
                let (place, room) = place_and_room(value);
                self.header.room = room;
                if self.header.place.is_none() {
                    self.header.place = place;
                }
                true
            }
            Field::Room if !value.is_empty() => {
                let (room, place) = room_and_place(value);
                self.header.room = Some(room);
                if self.header.place.is_none() {
                    self.header.place = place;
                }
                true
            }
            Field::Chair | Field::NoteTaker | Field::Adjusters if !value.is_empty() => {
                self.person_field(field, value, number)
            }
            Field::People(section) if value_is_column_heading(text) => {
                // `Ledamöter<TAB>Närvaro`: the heading row of a table below.
                self.open_section(section, None, text, number);
                return;
            }
            Field::People(section) => {
                if points_elsewhere(value) {
                    false
                } else {
                    self.convert(label, "attendees");
                    let role = section_role(label);
                    // `Övriga deltagare från socialförvaltningen: A, B`: the organisation
                    // between the label and the colon.
                    // (`Närvarande: Skövde: A, B. Lidköping: C.` groups people by organisation:
                    // the list reads that.)
                    let from = value.split_once(':').and_then(|(head, rest)| {
                        Some((
                            head.trim(),
                            head.trim()
                                .strip_prefix("från ")
                                .or_else(|| head.trim().strip_prefix("fran "))?,
                            rest,
                        ))
                    });
                    let (value, org) = match from {
                        Some((head, org, rest)) => {
                            let org = org.trim();
                            if self.names.organisation_only(org) {
                                self.convert(head, "attendees' organisation");
                                (rest.trim(), Some(org.to_owned()))
                            } else {
                                (value, None)
                            }
                        }
                        None => (value, None),
                    };
                    // `Övriga närvarande, socialförvaltningen` with the people below.
                    let org_alone = org.is_none() && !value.is_empty() && self.names.organisation_only(value);
                    let org = org.or_else(|| org_alone.then(|| value.to_owned()));
                    self.section = Some((section, org.clone(), role.clone()));
                    if value.is_empty() || org_alone {
                        // The list follows on the next lines, maybe after a blank line.
                        self.section_open = true;
                        if let Some(org) = org {
                            self.convert(&org, "attendees' organisation");
                        }
                    } else {
                        self.header.people.push(PeopleLine {
                            line: number,
                            text: value.to_owned(),
                            section,
                            org,
                            role,
                        });
                    }
                    return;
                }
            }
            Field::Unrepresented => false,
            _ => false,
        };
        if converted {
            self.convert(text, &fold(label));
        } else {
            self.preamble.push(text.to_owned());
            self.flush();
        }
    }

    /// The chair, the note-taker or the adjusters from a value; whether it named someone.
    fn person_field(&mut self, field: Field, value: &str, number: usize) -> bool {
        match field {
            Field::Chair => match named(value, number) {
                Some(n) => {
                    self.header.chair.get_or_insert(n);
                    true
                }
                None => false,
            },
            Field::NoteTaker => match named(value, number) {
                Some(n) => {
                    self.header.note_taker.get_or_insert(n);
                    true
                }
                None => false,
            },
            Field::Adjusters => {
                let found = several(value, number);
                if found.is_empty() {
                    return false;
                }
                for n in found {
                    if !self.header.adjusters.iter().any(|a| a.name == n.name) {
                        self.header.adjusters.push(n);
                    }
                }
                true
            }
            _ => false,
        }
    }
}

/// The note-taker or adjusters a line after the items names (`Vid anteckningarna: Rebecca
/// Lilja`, or the label alone with the name on the next line): the field and the value, when
/// there is one.
pub fn closing_label(text: &str) -> Option<(ClosingRole, String)> {
    let (field, _, value) = label_of(text.trim())?;
    let role = match field {
        Field::NoteTaker => ClosingRole::NoteTaker,
        Field::Adjusters => ClosingRole::Adjuster,
        Field::Chair => ClosingRole::Chair,
        _ => return None,
    };
    Some((role, value.to_owned()))
}

/// Whether a line lists who attended or sent apologies (`Närvarande: Eva Ek (Norrby), …`,
/// `Anmält förhinder: …`): a label of people with names after it.
pub fn lists_people(text: &str) -> bool {
    label_of(text.trim())
        .is_some_and(|(field, _, value)| matches!(field, Field::People(_)) && !value.trim().is_empty())
}

/// The lines after the last item heading that list the attendance (`Närvarande: …` at the foot
/// of the notes), taken out of the items so that the header reads them; the other lines stay.
pub fn attendance_at_foot(rest: &[Line], is_heading: &dyn Fn(&str) -> bool) -> (Vec<Line>, Vec<Line>) {
    let last_heading = rest.iter().rposition(|l| is_heading(&l.text));
    let (mut kept, mut moved) = (Vec::new(), Vec::new());
    for (k, line) in rest.iter().enumerate() {
        let after = last_heading.is_some_and(|h| k > h);
        if after && lists_people(&line.text) {
            moved.push(line.clone());
        } else {
            kept.push(line.clone());
        }
    }
    (moved, kept)
}

/// `Justeras` alone on a line above the adjuster's name.
pub fn is_adjusted_line(text: &str) -> bool {
    matches!(
        fold(text.trim()).as_str(),
        "justeras" | "justerat" | "justerat av"
    )
}

/// Whom a closing line names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClosingRole {
    Chair,
    NoteTaker,
    Adjuster,
}

/// A person's name alone on a line (`Petra Sjölander`, `Roger Sundberg (S)`), for a closing
/// line's value.
pub fn name_alone(text: &str, line: usize) -> Option<Named> {
    let text = text.trim();
    if text.split_whitespace().count() > 6 || text.ends_with('.') && !text.ends_with(").") {
        return None;
    }
    named(text, line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_negated_presence_label_lists_absentees() {
        assert!(matches!(
            label_of("Ej anslutna: Elsa Wiik (Skinnskatteberg)"),
            Some((Field::People(Section::Absent), _, "Elsa Wiik (Skinnskatteberg)"))
        ));
        assert!(matches!(
            label_of("Kunde inte komma: Eva Ek"),
            Some((Field::People(Section::Absent), _, _))
        ));
        // Without a colon it is a sentence.
        assert!(label_of("Ej anslutna var två kommuner").is_none());
        assert_eq!(
            label_of("Regionens företrädare: Eva Ek (S), Olle Berg (M)").map(|l| (l.0, l.1)),
            Some((THERE, "Regionens företrädare"))
        );
        assert!(label_of("Kommunens representanter var nöjda").is_none());
    }
    use crate::import::testing::members;

    fn lines(text: &str) -> Vec<Line> {
        super::super::lines::split(text)
    }

    fn header_of(text: &str) -> Header {
        let members = members();
        read(&lines(text), &Names::new(&members))
    }

    #[test]
    fn time_and_place_in_a_title_line_without_the_year() {
        let h = header_of("Norrbynätverket\nAnteckningar, träff 3/2026 – onsdag 14/10, kl 9–11.30 (Zoom)\n");
        assert_eq!(h.time.as_deref(), Some("09.00–11.30"));
        assert_eq!(h.place.as_deref(), Some("Zoom"));
    }

    #[test]
    fn labels_side_by_side_between_bars() {
        let h = header_of(
            "Anteckningar\nDatum: 2026-09-03\nOrdf: Vera Lund  |  Ant: Olle Berg  |  Just: Eva Ek\n",
        );
        assert_eq!(h.chair.map(|c| c.name), Some("Vera Lund".to_owned()));
        assert_eq!(h.note_taker.map(|c| c.name), Some("Olle Berg".to_owned()));
        assert_eq!(
            h.adjusters.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(),
            vec!["Eva Ek"]
        );
        assert!(labelled_cells("Namn | Organisation").is_none());
    }

    #[test]
    fn labels_with_dotted_leaders_and_a_room_after_a_dash() {
        let h = header_of(
            "Anteckningar\nDatum ....... 3.9.2026\nKlockan ..... 10:00 – 11:30\nLokal ....... Folkets hus, Norrby – sal Ekan\nOrdförande .. Vera Lund (Region Västmark)\nJusterare ... Eva Ek\n",
        );
        assert_eq!(h.date.map(|d| d.0), NaiveDate::from_ymd_opt(2026, 9, 3));
        assert_eq!(h.time.as_deref(), Some("10.00–11.30"));
        assert_eq!(h.place.as_deref(), Some("Folkets hus, Norrby"));
        assert_eq!(h.room.as_deref(), Some("Ekan"));
        assert_eq!(h.chair.map(|c| c.name), Some("Vera Lund".to_owned()));
        assert_eq!(
            h.adjusters.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(),
            vec!["Eva Ek"]
        );
    }

    #[test]
    fn labels_in_their_common_forms() {
        let members = members();
        let names = Names::new(&members);
        let h = read(
            &lines(
                "Minnesanteckningar\nDatum: 12/2 2026\nTid: kl. 9.30–12\nPlats: Rådhuset, Norrby, lokal Salen\nOrdförande: Vera Lund, Region Västmark\nAntecknare: Olle Berg\nJusterare: Eva Ek, Norrby kommun\n",
            ),
            &names,
        );
        assert_eq!(h.date.map(|d| d.0), NaiveDate::from_ymd_opt(2026, 2, 12));
        assert_eq!(h.time.as_deref(), Some("09.30–12.00"));
        assert_eq!(h.place.as_deref(), Some("Rådhuset, Norrby"));
        assert_eq!(h.room.as_deref(), Some("Salen"));
        assert_eq!(h.chair.map(|c| c.name), Some("Vera Lund".to_owned()));
        assert_eq!(h.note_taker.map(|c| c.name), Some("Olle Berg".to_owned()));
        assert_eq!(
            h.adjusters.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(),
            vec!["Eva Ek"]
        );
    }

    #[test]
    fn fields_side_by_side_and_facts_in_the_first_line() {
        let h = header_of(
            "Anteckningar\nDatum 2027-05-12\tTid 9.00–11.30\tPlats Rådhuset, Norrby\nOrdförande Vera Lund\tSekreterare Olle Berg\n",
        );
        assert_eq!(h.time.as_deref(), Some("09.00–11.30"));
        assert_eq!(h.place.as_deref(), Some("Rådhuset, Norrby"));
        assert_eq!(h.chair.map(|c| c.name), Some("Vera Lund".to_owned()));
        assert_eq!(h.note_taker.map(|c| c.name), Some("Olle Berg".to_owned()));
        let h =
            header_of("Norrbynätverket – träff onsdag 12 maj 2027 kl. 9–12, Rådhuset i Norrby (sal Ängen)\n");
        assert_eq!(h.date.map(|d| d.0), NaiveDate::from_ymd_opt(2027, 5, 12));
        assert_eq!(h.time.as_deref(), Some("09.00–12.00"));
        assert_eq!(h.place.as_deref(), Some("Rådhuset i Norrby"));
        assert_eq!(h.room.as_deref(), Some("Ängen"));
        assert!(h.preamble.iter().any(|p| p.starts_with("Norrbynätverket")));
    }

    #[test]
    fn an_e_mails_header_and_opening_paragraph() {
        let h = header_of(
            "Från: Olle Berg <olle.berg@norrby.se>\nTill: Vera Lund\nSkickat: den 19 mars 2027 14:32\nÄmne: Anteckningar från nätverkets möte 17 mars 2027\n\nHej! Här kommer anteckningarna från mötet i Norrby där vi var många. Vera Lund ledde mötet och Eva Ek höll i tiden.\n",
        );
        assert_eq!(h.date.map(|d| d.0), NaiveDate::from_ymd_opt(2027, 3, 17));
        assert!(h.people.is_empty());
        assert!(h.preamble.iter().any(|p| p.contains("Vera Lund ledde mötet")));
    }

    #[test]
    fn a_table_one_cell_a_line_keeps_its_presence_heading() {
        let h =
            header_of("Anteckningar\nDeltagare\nNamn\nOrganisation\nNärvarande\nEva Ek\nNorrby kommun\nJa\n");
        let texts: Vec<&str> = h.people.iter().map(|p| p.text.trim()).collect();
        assert_eq!(
            texts,
            [
                "Namn",
                "Organisation",
                "Närvarande",
                "Eva Ek",
                "Norrby kommun",
                "Ja"
            ]
        );
    }

    #[test]
    fn lists_of_those_in_the_room_and_on_line() {
        let h = header_of(
            "Anteckningar\nPå plats i Ängen:\n  Eva Ek, Norrby kommun\nMed via Teams:\n  Olle Berg (Åsby kommun)\n",
        );
        let texts: Vec<&str> = h.people.iter().map(|p| p.text.trim()).collect();
        assert_eq!(texts, ["Eva Ek, Norrby kommun", "Olle Berg (Åsby kommun)"]);
    }

    #[test]
    fn abbreviated_and_closing_labels() {
        let h = header_of(
            "Anteckningar\nOrdf.: Vera Lund\nLokal: Kunskapscentrum, Norrby, sammanträdesrummet Ängen\nJustering\tEva Ek\n\nVid pennan: Olle Berg\n",
        );
        assert_eq!(h.chair.map(|c| c.name), Some("Vera Lund".to_owned()));
        assert_eq!(h.place.as_deref(), Some("Kunskapscentrum, Norrby"));
        assert_eq!(h.room.as_deref(), Some("Ängen"));
        assert_eq!(
            h.adjusters.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(),
            vec!["Eva Ek"]
        );
        assert_eq!(h.note_taker.map(|c| c.name), Some("Olle Berg".to_owned()));
        assert!(matches!(
            closing_label("Justerat: Eva Ek"),
            Some((ClosingRole::Adjuster, _))
        ));
        // Without its colon the word is a sentence's.
        assert!(label_of("Justering av protokollet sker i morgon").is_none());
    }

    #[test]
    fn attendance_under_the_last_item_is_read_with_the_header() {
        let rest = lines(
            "1. Ekonomi\nNärvarande: Eva Ek i rummet.\n2. Övrigt\nInget.\n\nNärvarande: Eva Ek (Norrby), Olle Berg (Region)\nAnmält förhinder: Vera Lund\n",
        );
        let is_heading = |t: &str| t.starts_with(|c: char| c.is_ascii_digit());
        let (moved, kept) = attendance_at_foot(&rest, &is_heading);
        assert_eq!(moved.len(), 2);
        assert!(moved[0].text.starts_with("Närvarande: Eva Ek (Norrby)"));
        assert_eq!(kept.len(), rest.len() - 2);
    }

    #[test]
    fn a_short_year_the_clock_and_a_separate_room() {
        let members = members();
        let names = Names::new(&members);
        let h = read(
            &lines(
                "Anteckningar\nDatum: tors 4/3-27\nMötestid: 9.00 till 11.30\nVar: Rådhuset, Norrby\nRum: Salen\n",
            ),
            &names,
        );
        assert_eq!(h.date.map(|d| d.0), NaiveDate::from_ymd_opt(2027, 3, 4));
        assert_eq!(h.time.as_deref(), Some("09.00–11.30"));
        assert_eq!(h.place.as_deref(), Some("Rådhuset, Norrby"));
        assert_eq!(h.room.as_deref(), Some("Salen"));
    }

    #[test]
    fn the_date_in_a_title_or_a_sentence() {
        let h = header_of(
            "NORRBY NÄTVERK\n\nAnteckningar från träff fredagen den 2:a oktober 2026, kl. 8–10.15\n",
        );
        assert_eq!(h.date.map(|d| d.0), NaiveDate::from_ymd_opt(2026, 10, 2));
        assert_eq!(h.time.as_deref(), Some("08.00–10.15"));
        let h = header_of(
            "Minnesanteckningar\nMötet hölls måndagen den 5 oktober 2026 kl. 9–12 på Kulturhuset, Norrby, rum Ekan.\n",
        );
        assert_eq!(h.date.map(|d| d.0), NaiveDate::from_ymd_opt(2026, 10, 5));
        assert_eq!(h.time.as_deref(), Some("09.00–12.00"));
        assert_eq!(h.place.as_deref(), Some("Kulturhuset, Norrby"));
        assert_eq!(h.room.as_deref(), Some("Ekan"));
        // A sentence that mentions a date but not the meeting's is prose.
        let h = header_of("Minnesanteckningar\nVi ses igen den 5 oktober 2026 i Norrby.\n");
        assert!(h.date.is_none());
    }

    #[test]
    fn labels_written_as_phrases_and_a_room_before_its_place() {
        let h = header_of(
            "Minnesanteckningar 12/2 2026\nLokal: Ekan, Kulturhuset i Norrby\nLedde mötet: Vera Lund\nFörde anteckningar: Olle Berg\nAnteckningarna justeras av Eva Ek, Norrby kommun.\n",
        );
        assert_eq!(h.room.as_deref(), Some("Ekan"));
        assert_eq!(h.place.as_deref(), Some("Kulturhuset i Norrby"));
        assert_eq!(h.chair.map(|c| c.name), Some("Vera Lund".to_owned()));
        assert_eq!(h.note_taker.map(|c| c.name), Some("Olle Berg".to_owned()));
        assert_eq!(
            h.adjusters.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(),
            ["Eva Ek"]
        );
        // The room in a parenthesis after the place; the note-taker `förda av`.
        let h = header_of(
            "Minnesanteckningar 12/2 2026\nVar: Stödteamet, Norrby (rum Ekan)\nAnteckningar förda av: Olle Berg\n",
        );
        assert_eq!(h.place.as_deref(), Some("Stödteamet, Norrby"));
        assert_eq!(h.room.as_deref(), Some("Ekan"));
        assert_eq!(h.note_taker.map(|c| c.name), Some("Olle Berg".to_owned()));
        let h = header_of("Minnesanteckningar 12/2 2026\nPlats: Kulturhuset (Norrby)\n");
        assert_eq!(h.place.as_deref(), Some("Kulturhuset (Norrby)"));
        assert_eq!(h.room, None);
        let h = header_of(
            "Protokoll\nPlats och tid: Rådhuset, Norrby, Fullmäktigesalen, måndag 9 mars 2026 kl. 9–12\n",
        );
        assert_eq!(h.place.as_deref(), Some("Rådhuset, Norrby"));
        assert_eq!(h.room.as_deref(), Some("Fullmäktigesalen"));
        // The date and time on the label's line, the place on the next.
        let h = header_of(
            "Protokoll\nTid och plats\tMåndagen den 9 mars 2026 klockan 09.00–12.00\n\tRådhuset, Norrby, sammanträdesrum Ekan\n",
        );
        assert_eq!(h.time.as_deref(), Some("09.00–12.00"));
        assert_eq!(h.place.as_deref(), Some("Rådhuset, Norrby"));
        assert_eq!(h.room.as_deref(), Some("Ekan"));
    }

    #[test]
    fn others_after_the_absent_are_present() {
        let h =
            header_of("Protokoll 2026-03-09\nFrånvarande\nEva Ek (S)\n\nÖvriga\nKalle Gäst, controller\n");
        let sections: Vec<(&str, Section)> = h.people.iter().map(|p| (p.text.as_str(), p.section)).collect();
        assert_eq!(
            sections,
            [
                ("Eva Ek (S)", Section::Absent),
                ("Kalle Gäst, controller", Section::Present)
            ]
        );
    }

    #[test]
    fn labels_without_a_colon_and_with_a_qualifier() {
        let members = members();
        let names = Names::new(&members);
        let h = read(
            &lines(
                "Kallelse\nDatum 17 september 2026 kl 13.00-16.00\nPlats Rådhuset, Norrby\nRum: Salen\nOrdförande för mötet: Vera Lund\nSekreterare Olle Berg, Norrby kommun\n",
            ),
            &names,
        );
        assert_eq!(h.date.map(|d| d.0), NaiveDate::from_ymd_opt(2026, 9, 17));
        assert_eq!(h.place.as_deref(), Some("Rådhuset, Norrby"));
        assert_eq!(h.room.as_deref(), Some("Salen"));
        assert_eq!(h.chair.map(|c| c.name), Some("Vera Lund".to_owned()));
        assert_eq!(h.note_taker.map(|c| c.name), Some("Olle Berg".to_owned()));
        // A sentence is no value: `Datum` must be followed by a date.
        let h = read(&lines("Datum och plats meddelas senare.\n"), &names);
        assert!(h.date.is_none());
    }

    #[test]
    fn a_label_column_and_a_date_line_without_the_year() {
        let members = members();
        let names = Names::new(&members);
        let h = read(
            &lines(
                "Anteckningar från mötet onsdagen den 12 februari 2026
Datum och tid: 12/2 kl. 13.00–15.00
Mötesledare\tVera Lund
Anteckningar\tOlle Berg

Närvaro
Namn\tNärvaro
Eva Ek\tDeltog
",
            ),
            &names,
        );
        assert_eq!(h.kind.map(|k| k.0), Some(Kind::Minutes));
        assert_eq!(h.date.map(|d| d.0), NaiveDate::from_ymd_opt(2026, 2, 12));
        assert_eq!(h.time.as_deref(), Some("13.00–15.00"));
        assert_eq!(h.chair.map(|c| c.name), Some("Vera Lund".to_owned()));
        assert_eq!(h.note_taker.map(|c| c.name), Some("Olle Berg".to_owned()));
        assert_eq!(h.people.len(), 2, "{:?}", h.people);
        assert!(h.preamble.is_empty(), "{:?}", h.preamble);
        // A day that is not the title's stays as it was written.
        let other = read(
            &lines(
                "Anteckningar från mötet 12 februari 2026
Datum och tid: 13/2 kl. 13.00
",
            ),
            &names,
        );
        assert_eq!(other.preamble, vec!["Datum och tid: 13/2 kl. 13.00"]);
    }

    #[test]
    fn a_place_with_its_date_and_time_on_the_next_line() {
        let members = members();
        let names = Names::new(&members);
        let h = read(
            &lines(
                "PROTOKOLL\n\nPlats och tid    Kommunhuset, Norrby, lokal Tinget\n                 Torsdagen den 24 september 2026 kl. 18.00–20.40\n\nJusterare:   Olle Berg\n",
            ),
            &names,
        );
        assert_eq!(h.place.as_deref(), Some("Kommunhuset, Norrby"));
        assert_eq!(h.room.as_deref(), Some("Tinget"));
        assert_eq!(h.time.as_deref(), Some("18.00–20.40"));
        assert_eq!(h.date.map(|d| d.0), NaiveDate::from_ymd_opt(2026, 9, 24));
        // A second sentence on that line stays as prose.
        let h = read(
            &lines(
                "PROTOKOLL\n\nPlats och tid    Kommunhuset, Norrby\n                 kl. 13.30–16.45. Ajournering kl. 15.05–15.20.\n",
            ),
            &names,
        );
        assert!(
            h.preamble.iter().any(|p| p.contains("Ajournering")),
            "{:?}",
            h.preamble
        );
    }

    #[test]
    fn protocol_columns_and_signatures() {
        let members = members();
        let names = Names::new(&members);
        let h = read(
            &lines(
                "SAMMANTRÄDESPROTOKOLL\n\nPlats och tid                  Kommunhuset, Norrby, lokal Tinget, kl. 13.00–16.10\nUtses att justera              Olle Berg (M)\n\nSekreterare                    ......................\n                               Hugo Dal\n",
            ),
            &names,
        );
        assert_eq!(h.place.as_deref(), Some("Kommunhuset, Norrby"));
        assert_eq!(h.room.as_deref(), Some("Tinget"));
        assert_eq!(h.time.as_deref(), Some("13.00–16.10"));
        assert_eq!(h.adjusters.first().map(|a| a.name.as_str()), Some("Olle Berg"));
        assert_eq!(h.note_taker.map(|a| a.name), Some("Hugo Dal".to_owned()));
    }

    #[test]
    fn attendance_sections() {
        let members = members();
        let names = Names::new(&members);
        let h = read(
            &lines(
                "Närvarande\n\nNamn\tOrganisation\nVera Lund\tRegion Västmark\n\nFörhinder: Olle Berg (Norrby)\nÖvriga närvarande, Norrby\nKalle Ek, controller\n",
            ),
            &names,
        );
        let sections: Vec<(Section, &str)> = h.people.iter().map(|p| (p.section, p.text.as_str())).collect();
        assert_eq!(
            sections,
            vec![
                (Section::Present, "Namn\tOrganisation"),
                (Section::Present, "Vera Lund\tRegion Västmark"),
                (Section::Absent, "Olle Berg (Norrby)"),
                (Section::Present, "Kalle Ek, controller"),
            ]
        );
        assert_eq!(h.people[3].org.as_deref(), Some("Norrby"));
    }
}
