//! Attendance written as a table (name, organisation and function columns in any order, with or
//! without a header row, two tables side by side that text extraction interleaved) or as a list
//! (`Närvarande: A (Org) ordförande, B, Org, C …`, grouped by organisation `Skövde: A, B.
//! Lidköping: C.`, or `Vara (Mats Ingvarsson)`). Each piece of text is read as a person's name, an
//! organisation, a function or a reference to an item (`punkt 6.2`, `§ 26`); people need not be
//! in the members file.

use crate::network::Members;
use crate::text::fold;
use regex::Regex;
use std::sync::LazyLock;

/// What a piece of attendance text is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// A person: the index in the members file when they are there.
    Name(String, Option<usize>),
    /// An organisation: the index in the members file when it is there, and the text.
    Org(Option<usize>, String),
    Role(String),
    /// `punkt 6.2`, `§ 26`: which item the person came for.
    Reference(String),
}

/// A person read from a table row or a list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub member: Option<usize>,
    pub org: Option<(Option<usize>, String)>,
    pub roles: Vec<String>,
    pub references: Vec<String>,
    /// The presence column's cell (`Ja`, `Nej`, `Förhinder`), when the table has one.
    pub presence: Option<String>,
}

/// Words that make a piece of text an organisation (`Samverkansenheten`, `Barnahus Skaraborg`):
/// the ends of Swedish organisation names.
const ORG_ENDINGS: &[&str] = &[
    "kommun",
    "kommunen",
    "region",
    "regionen",
    "forvaltning",
    "forvaltningen",
    "kansli",
    "kansliet",
    "enhet",
    "enheten",
    "barnahus",
    "polisen",
    "lansstyrelsen",
    "forbund",
    "forbundet",
    "stiftelse",
    "namnd",
    "namnden",
    "college",
    "centrum",
    "center",
    "mottagning",
    "mottagningen",
    "vardcentral",
    "socialtjansten",
    "primarvarden",
    "narsjukvarden",
    "sjukhus",
    "sjukhuset",
    "skolan",
    "gymnasiet",
    "universitet",
    "universitetet",
    "myndigheten",
    "verket",
    "bolaget",
    "avdelningen",
    "omsorgen",
    "lan",
];

/// Ends of words that name a function (`Verksamhetschef`, `utvecklingsledare`).
const ROLE_ENDINGS: &[&str] = &[
    "chef",
    "ledare",
    "ordforande",
    "ordf",
    "sekreterare",
    "samordnare",
    "handlaggare",
    "direktor",
    "strateg",
    "controller",
    "ansvarig",
    "skoterska",
    "lakare",
    "kurator",
    "psykolog",
    "representant",
    "ersattare",
    "ledamot",
    "specialist",
    "utvecklare",
    "radgivare",
    "konsult",
    "expert",
    "forestandare",
    "rektor",
    "inspektor",
    "utredare",
    "administrator",
    "koordinator",
    "projektledare",
];

/// Column headings of an attendance table.
const HEADINGS: &[(&str, Column)] = &[
    ("namn", Column::Name),
    ("deltagare", Column::Name),
    ("ledamot", Column::Name),
    ("organisation", Column::Org),
    ("org", Column::Org),
    ("kommun", Column::Org),
    ("kommun/region", Column::Org),
    ("representerar", Column::Org),
    ("verksamhet", Column::Org),
    ("forvaltning", Column::Org),
    ("parti", Column::Org),
    ("funktion", Column::Role),
    ("roll", Column::Role),
    ("titel", Column::Role),
    ("befattning", Column::Role),
    ("uppdrag", Column::Role),
    ("ledamoter", Column::Name),
    ("namn/funktion", Column::Name),
    ("narvaro", Column::Presence),
    ("narvarande", Column::Presence),
    ("deltog", Column::Presence),
    ("deltar", Column::Presence),
    ("narvarande ja/nej", Column::Presence),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Name,
    Org,
    Role,
    /// `Närvaro`, `Deltog`: `Ja`, `Nej`, `Förhinder`.
    Presence,
}

impl Entry {
    /// Whether a presence column said the person was not there.
    pub fn absent(&self) -> bool {
        self.presence.as_deref().is_some_and(says_absent)
    }
}

/// Whether a cell names a seat in the body rather than a function: `Ledamot`, `Ersättare`,
/// `Adjungerad`.
fn is_seat(cell: &str) -> bool {
    matches!(
        fold(cell.trim().trim_end_matches('.')).as_str(),
        "ledamot"
            | "ordinarie ledamot"
            | "ordinarie"
            | "ersattare"
            | "suppleant"
            | "adjungerad"
            | "adjungerande"
            | "gast"
            | "narvarande"
    )
}

/// Whether a presence cell says the person was not there (`Nej`, `Förhinder`, `Frånvarande`).
fn says_absent(cell: &str) -> bool {
    matches!(
        fold(cell.trim().trim_end_matches('.')).as_str(),
        "nej"
            | "n"
            | "forhinder"
            | "franvarande"
            | "franvaro"
            | "anmalt forhinder"
            | "ej narvarande"
            | "-"
            | "–"
    )
}

static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:punkt|punkterna|p\.|§§?|paragraf|ärende|ärendena)\s*\d+[a-z]?(?:[.:]\d+)?(?:\s*(?:[-–,]|och)\s*\d+[a-z]?(?:[.:]\d+)?)*|\d+(?:\s*[-–]\s*\d+)?\s*§§?)$")
        .unwrap_or_else(|_| unreachable!())
});

/// `ombud (punkt 4)`: a function with the item the person came for, split.
pub fn function_and_reference(text: &str) -> Option<(String, String)> {
    let (function, rest) = text.trim().strip_suffix(')')?.split_once('(')?;
    let reference = rest.trim();
    (REFERENCE.is_match(reference) && !function.trim().is_empty())
        .then(|| (function.trim().to_owned(), reference.to_owned()))
}

/// The folded words of a text.
fn folded_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect()
}

/// The organisation of the members file a text names (its name or an alias, without regard to
/// case or marks).
pub fn member_org(text: &str, members: &Members) -> Option<usize> {
    let key = folded_words(text).join(" ");
    if key.is_empty() {
        return None;
    }
    members.organisations.iter().position(|o| {
        std::iter::once(&o.name)
            .chain(&o.aliases)
            .any(|n| folded_words(n).join(" ") == key)
    })
}

/// The person of the members file a text names.
pub fn member_person(text: &str, members: &Members) -> Option<usize> {
    let key = folded_words(text).join(" ");
    if key.is_empty() {
        return None;
    }
    members
        .people
        .iter()
        .position(|p| folded_words(&p.name).join(" ") == key)
}

fn is_org_like(text: &str) -> bool {
    let words = folded_words(text);
    words.iter().any(|w| {
        ORG_ENDINGS
            .iter()
            .any(|e| w == e || (w.len() > e.len() + 3 && w.ends_with(e)))
    })
}

pub fn is_role_word(word: &str) -> bool {
    let w = fold(word.trim_end_matches('.'));
    ROLE_ENDINGS.iter().any(|e| w == *e || w.ends_with(e))
}

/// Whether a word is a function in the definite form, the way a task names its owner by office
/// (`förvaltningschefen`, `verksamhetscheferna`, `samordnaren`, `handläggarna`).
pub fn is_definite_function(word: &str) -> bool {
    let w = fold(word.trim());
    if w.contains(' ') || !word.trim().starts_with(char::is_lowercase) {
        return false;
    }
    let stems = [
        w.strip_suffix("erna").map(str::to_owned),
        w.strip_suffix("en").map(str::to_owned),
        w.strip_suffix("na").map(|s| format!("{s}e")),
        w.strip_suffix('n').map(str::to_owned),
    ];
    stems
        .into_iter()
        .flatten()
        .any(|stem| stem.len() >= 4 && is_role_word(&stem))
}

/// Whether a text names an office as a task's owner: a function in the definite form, maybe
/// at a place (`förvaltningschefen`, `Förvaltningschefen i Torsby`).
pub fn is_office(text: &str) -> bool {
    let text = text.trim();
    let (first, rest) = text.split_once(' ').unwrap_or((text, ""));
    // A capital only where a sentence starts: `Förvaltningschefen i Torsby ombeds …`.
    if first.chars().skip(1).any(char::is_uppercase) {
        return false;
    }
    // `enhetschefen för daglig verksamhet (i Hudiksvall)`: the field the office heads.
    let rest = match rest.strip_prefix("för ") {
        Some(field) => {
            let (field, place) = field.split_once(" i ").map_or((field, ""), |(f, p)| (f, p));
            let words = field.split_whitespace().count();
            if !(1..=4).contains(&words) || field.chars().any(char::is_uppercase) {
                return false;
            }
            if place.is_empty() {
                String::new()
            } else {
                format!("i {place}")
            }
        }
        None => rest.to_owned(),
    };
    let at_place = rest.is_empty()
        || rest.strip_prefix("i ").is_some_and(|place| {
            (1..=3).contains(&place.split_whitespace().count())
                && place
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase))
        });
    at_place && is_definite_function(&first.to_lowercase())
}

/// Whether a text is written like a person's name: two to four words with capitals, no digits,
/// no acronym, no function word.
pub fn looks_like_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if !(2..=4).contains(&words.len()) {
        return false;
    }
    words.iter().all(|w| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2
            && w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
            && !letters.iter().all(|c| c.is_uppercase())
            && !is_role_word(w)
            && !crate::swedish::is_function_word(w)
    }) && !is_org_like(text)
}

/// Reads one piece of attendance text.
pub fn piece(text: &str, members: &Members) -> Option<Piece> {
    let text = text.trim().trim_end_matches([',', ';']).trim();
    if text.is_empty() {
        return None;
    }
    if REFERENCE.is_match(text) {
        return Some(Piece::Reference(text.to_owned()));
    }
    if let Some(p) = member_person(text, members) {
        return Some(Piece::Name(members.people[p].name.clone(), Some(p)));
    }
    if let Some(o) = member_org(text, members) {
        return Some(Piece::Org(Some(o), text.to_owned()));
    }
    if looks_like_name(text) {
        return Some(Piece::Name(text.to_owned(), None));
    }
    let capitalised = text.chars().next().is_some_and(char::is_uppercase);
    let single_word = !text.contains(char::is_whitespace);
    let first_is_role = text.split_whitespace().next().is_some_and(is_role_word);
    if is_org_like(text) && !first_is_role {
        return Some(Piece::Org(None, text.to_owned()));
    }
    // A single capitalised word that is no function: a place (`Bollnäs`).
    if capitalised && single_word && !first_is_role && !text.chars().any(|c| c.is_ascii_digit()) {
        let acronym = text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        if !acronym || text.chars().count() >= 2 {
            return Some(Piece::Org(None, text.to_owned()));
        }
    }
    Some(Piece::Role(text.to_owned()))
}

/// The column a heading cell names.
fn heading(cell: &str) -> Option<Column> {
    let lookup = |f: &str| HEADINGS.iter().find(|(h, _)| *h == f).map(|(_, c)| *c);
    let f = fold(cell.trim().trim_end_matches(':'));
    if let Some(column) = lookup(&f) {
        return Some(column);
    }
    // `Roll i rådet`, `Funktion i nätverket`: a heading and where it applies.
    if let [first, preposition, _, ..] = f.split_whitespace().collect::<Vec<_>>().as_slice()
        && f.split_whitespace().count() <= 4
        && matches!(*preposition, "i" | "inom" | "for" | "pa" | "vid")
        && let Some(column) = lookup(first)
    {
        return Some(column);
    }
    // `Kommun/organisation`, `Närvarande/Frånvarande`: alternatives of one column.
    let mut parts = f.split('/').map(str::trim);
    let first = lookup(parts.next()?)?;
    let mut rest = parts.peekable();
    rest.peek()?;
    rest.all(|p| lookup(p) == Some(first) || (first == Column::Presence && says_absent(p)))
        .then_some(first)
}

/// Whether a cell is a column heading (`Namn`, `Funktion`, `Närvarande`).
pub fn is_heading_cell(cell: &str) -> bool {
    heading(cell).is_some()
}

/// A row of a table, when every cell is a column heading.
pub fn heading_row(cells: &[&str]) -> Option<Vec<Column>> {
    if cells.len() < 2 {
        return None;
    }
    cells.iter().map(|c| heading(c)).collect()
}

/// A name cell with a function after a comma: `Annika Bergqvist, ordf.`
fn split_name_cell(cell: &str, members: &Members) -> Option<(String, Option<usize>, Option<String>)> {
    let (head, tail) = match cell.split_once(',') {
        Some((h, t)) => (h.trim(), Some(t.trim())),
        None => (cell.trim(), None),
    };
    match piece(head, members)? {
        Piece::Name(name, member) => Some((name, member, tail.filter(|t| !t.is_empty()).map(str::to_owned))),
        _ => None,
    }
}

/// A name cell with the party or organisation in parentheses: `Eva Lindqvist (S), ordförande`.
/// Returns the cell without the parenthesis, and the organisation.
fn bracketed_org(cell: &str, members: &Members) -> Option<(String, (Option<usize>, String))> {
    let open = cell.find('(')?;
    let close = open + cell[open..].find(')')?;
    let inner = cell[open + 1..close].trim();
    let org = match piece(inner, members)? {
        Piece::Org(index, written) => (index, written),
        _ => return None,
    };
    let rest = format!("{}{}", cell[..open].trim_end(), &cell[close + 1..]);
    Some((rest, org))
}

/// Reads a table's rows (cells split at tabs). `columns`: the layout its heading row gave.
/// Returns the people with the row each is on, and the rows that named nobody.
pub fn table(
    rows: &[Vec<&str>],
    columns: Option<&[Column]>,
    members: &Members,
) -> (Vec<(usize, Entry)>, Vec<usize>) {
    let mut out = Vec::new();
    let mut nobody = Vec::new();
    // With two function columns (`Roll i rådet` and `Befattning`), one that says what seat a
    // person has (`Ledamot`, `Ersättare`, `Adjungerad`) says they were there, not what they do.
    let two_roles = columns.is_some_and(|c| c.iter().filter(|c| **c == Column::Role).count() > 1);
    for (r, cells) in rows.iter().enumerate() {
        if let Some(columns) = columns.filter(|c| c.len() == cells.len()) {
            let mut entry = Entry::default();
            for (cell, column) in cells.iter().zip(columns) {
                let cell = cell.trim();
                if cell.is_empty() {
                    continue;
                }
                match column {
                    Column::Name => {
                        let (cell, org) = match bracketed_org(cell, members) {
                            Some((rest, org)) => (rest, Some(org)),
                            None => (cell.to_owned(), None),
                        };
                        let cell = cell.as_str();
                        if org.is_some() {
                            entry.org = org;
                        }
                        if let Some((name, member, role)) = split_name_cell(cell, members) {
                            entry.name = name;
                            entry.member = member;
                            entry.roles.extend(role);
                        } else {
                            entry.name = cell.to_owned();
                        }
                    }
                    Column::Org => entry.org = Some((member_org(cell, members), cell.to_owned())),
                    // `MAS, punkt 5`: the item someone came for goes to the note.
                    // `Förhinder` in a function column: the person was not there.
                    Column::Role if says_absent(cell) || (two_roles && is_seat(cell)) => {
                        entry.presence = Some(cell.to_owned());
                    }
                    Column::Role => match cell.rsplit_once(',') {
                        Some((role, reference)) if REFERENCE.is_match(reference.trim()) => {
                            entry.roles.push(role.trim().to_owned());
                            entry.references.push(reference.trim().to_owned());
                        }
                        _ => entry.roles.push(cell.to_owned()),
                    },
                    Column::Presence => entry.presence = Some(cell.to_owned()),
                }
            }
            if entry.name.is_empty() {
                nobody.push(r);
            } else {
                out.push((r, entry));
            }
            continue;
        }
        let cells: Vec<&str> = cells.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
        let names: Vec<usize> = cells
            .iter()
            .enumerate()
            .filter(|(_, c)| split_name_cell(c, members).is_some())
            .map(|(i, _)| i)
            .collect();
        let Some(&first) = names.first() else {
            nobody.push(r);
            continue;
        };
        for (k, &at) in names.iter().enumerate() {
            let start = if k == 0 { 0 } else { at - first };
            let end = names.get(k + 1).map(|&n| n - first).unwrap_or(cells.len());
            let mut entry = Entry::default();
            for (i, cell) in cells.iter().enumerate().take(end.max(at + 1)).skip(start.min(at)) {
                if i == at {
                    if let Some((name, member, role)) = split_name_cell(cell, members) {
                        entry.name = name;
                        entry.member = member;
                        entry.roles.extend(role);
                    }
                    continue;
                }
                add_piece(&mut entry, piece(cell, members));
            }
            out.push((r, entry));
        }
    }
    (out, nobody)
}

fn add_piece(entry: &mut Entry, piece: Option<Piece>) {
    match piece {
        Some(Piece::Org(index, written)) if entry.org.is_none() => entry.org = Some((index, written)),
        // `Eva Ek (S), Norrby`: the place she sits for is her organisation, her party a note.
        Some(Piece::Org(index, written))
            if entry.org.as_ref().is_some_and(|(_, party)| is_party(party)) && !is_party(&written) =>
        {
            if let Some((_, party)) = entry.org.replace((index, written)) {
                entry.references.push(party);
            }
        }
        Some(Piece::Org(_, written)) => entry.roles.push(written),
        Some(Piece::Role(role)) => entry.roles.push(role),
        Some(Piece::Reference(r)) => entry.references.push(r),
        Some(Piece::Name(name, _)) => entry.roles.push(name),
        None => {}
    }
}

/// A party's letters (`S`, `KD`, `MP`).
fn is_party(text: &str) -> bool {
    let n = text.chars().count();
    (1..=3).contains(&n) && text.chars().all(|c| c.is_uppercase())
}

/// Splits a list at commas, semicolons and `och`, outside parentheses.
fn chunks(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        // `A och B`: two people; `barn och familj` in a function is one.
        let och = depth == 0
            && c == ' '
            && chars[i + 1..].starts_with(&['o', 'c', 'h', ' '])
            && chars.get(i + 5).is_some_and(|n| n.is_uppercase())
            && !current.trim().is_empty();
        if depth == 0 && (c == ',' || c == ';') || och {
            out.push(std::mem::take(&mut current));
            i += if och { 4 } else { 1 };
            continue;
        }
        current.push(c);
        i += 1;
    }
    out.push(current);
    out.into_iter()
        .map(|c| c.trim().trim_end_matches('.').trim().to_owned())
        .filter(|c| !c.is_empty())
        .collect()
}

/// `A (S) för B (S)`: A, and `för B (S)` (whom A serves for), when B is written like a name.
fn substitute(chunk: &str) -> Option<(String, String)> {
    let words: Vec<&str> = chunk.split(' ').collect();
    let at = words
        .iter()
        .enumerate()
        .skip(2)
        .find(|(k, w)| {
            fold(w) == "for"
                && words
                    .get(k + 1)
                    .is_some_and(|n| n.starts_with(char::is_uppercase))
        })
        .map(|(k, _)| k)?;
    let whom = words[at + 1..].join(" ");
    let name = whom.split('(').next().unwrap_or("").trim();
    looks_like_name(name).then(|| (words[..at].join(" "), format!("{} {whom}", words[at])))
}

/// Abbreviations a full stop ends inside a list (`Tf. socialchef`, `ordf.`).
const ABBREVIATIONS: &[&str] = &[
    "tf", "t.f", "ordf", "bitr", "fd", "f.d", "ca", "resp", "avd", "enh", "kl", "st", "nr", "jur", "leg",
    "verks",
];

/// An organisation as read: its index in the members file when it is there, and the text.
type Org = (Option<usize>, String);

/// What a group's heading says of the people under it: the function it names, or else the
/// heading as written (`Skola och elevhälsa`), kept in their note.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Under {
    Function(String),
    Heading(String),
}

/// A group of a list: the organisation before it, what its heading says, its text.
type Group = (Option<Org>, Option<Under>, String);

/// Whether a heading names people by their function, in the singular or the plural
/// (`Socialsekreterare`, `Enhetschefer ekonomiskt bistånd`).
fn names_function(heading: &str) -> bool {
    heading.split_whitespace().next().is_some_and(|first| {
        let f = fold(first);
        is_role_word(&f) || f.strip_suffix("er").is_some_and(is_role_word)
    })
}

/// A heading over a group of people that is no organisation (`Socialtjänst`, `Enhetschefer
/// ekonomiskt bistånd`, `Övriga`): a few words with a capital, no digits; the function it names,
/// if any.
fn group_heading(head: &str) -> Option<Under> {
    let head = head.trim();
    let words = head.split_whitespace().count();
    let label = (1..=5).contains(&words)
        && head.starts_with(char::is_uppercase)
        && !head.contains(|c: char| c.is_ascii_digit() || matches!(c, '(' | ',' | '.'))
        && !looks_like_name(head);
    label.then(|| {
        if names_function(head) {
            Under::Function(head.to_lowercase())
        } else {
            Under::Heading(head.to_owned())
        }
    })
}

/// Whether a single word over a group names a field of work or the rest, not a place
/// (`Socialtjänst`, `Processledning`, `Övriga`).
fn names_a_field(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "tjanst", "ning", "vard", "het", "else", "skap", "sektor", "omrade", "omsorg", "halsa", "stod",
        // People named by what they do (`Brukarföreträdare`).
        "are",
    ];
    let f = fold(word.trim());
    matches!(
        f.as_str(),
        "ovriga" | "ovrigt" | "gaster" | "politiker" | "tjanstepersoner"
    ) || ENDINGS.iter().any(|e| f.len() > e.len() + 2 && f.ends_with(e))
}

/// `Skövde: A, B. Lidköping: C.`, `Socialsekreterare: A (Org), B (Org)`: the groups of a list,
/// each with the organisation or the heading before it.
fn groups(text: &str, members: &Members) -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    // Sentences: a full stop and a space, not inside parentheses and not after an abbreviation.
    let mut sentences = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in bytes.iter().enumerate() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            '.' if depth == 0 && bytes.get(k + 1).is_some_and(|&(_, n)| n == ' ') => {
                let word = fold(text[start..i].rsplit([' ', '(']).next().unwrap_or(""));
                if !ABBREVIATIONS.contains(&word.as_str()) {
                    sentences.push(&text[start..i]);
                    start = i + 1;
                }
            }
            _ => {}
        }
    }
    sentences.push(&text[start..]);
    for sentence in sentences {
        let sentence = sentence.trim();
        if sentence.is_empty() {
            continue;
        }
        if let Some((head, rest)) = sentence.split_once(':')
            && !head.contains(['(', ','])
        {
            // `Skövde: …`; a single word that is no organisation's name is a heading
            // (`Socialtjänst: …`, `Övriga: …`).
            if let Some(Piece::Org(index, written)) = piece(head, members)
                && (index.is_some() || is_org_like(head) || !names_a_field(head))
            {
                out.push((Some((index, written)), None, rest.trim().to_owned()));
                continue;
            }
            // `Socialsekreterare: A (Org), B (Org)`: people grouped under a heading.
            if let Some(under) = group_heading(head)
                && !rest.trim().is_empty()
            {
                out.push((None, Some(under), rest.trim().to_owned()));
                continue;
            }
        }
        match out.last_mut() {
            // `Hällefors ej representerat.`: nobody, a sentence of its own.
            _ if unrepresented(sentence) => out.push((None, None, sentence.to_owned())),
            Some((None, None, text)) if !unrepresented(text) => {
                text.push_str(". ");
                text.push_str(sentence);
            }
            _ => out.push((None, None, sentence.to_owned())),
        }
    }
    out
}

/// `Hällefors ej representerat`: an organisation that sent nobody.
fn unrepresented(sentence: &str) -> bool {
    let f = fold(sentence);
    f.contains("ej representera") || f.contains("inte representera")
}

/// A dash between spaces in a list line (`Eva Ek – socialchef, Norrby`).
static DASH_BETWEEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+[–—-]\s+").unwrap_or_else(|_| unreachable!()));

/// Reads a list of people. Returns the people and the pieces that named nobody (an organisation
/// that sent nobody, text that is no name).
pub fn list(text: &str, members: &Members) -> (Vec<Entry>, Vec<String>) {
    let mut out: Vec<Entry> = Vec::new();
    let mut leftover = Vec::new();
    // `Name – function, Organisation`: the dash separates as a comma does.
    let text = DASH_BETWEEN.replace_all(text, ", ");
    for (group_org, under, group) in groups(&text, members) {
        if unrepresented(&group) {
            leftover.push(group);
            continue;
        }
        let first_of_group = out.len();
        // Whether the last chunk was a person's name (an organisation after it is theirs).
        let mut after_name = false;
        for chunk in chunks(&group) {
            // `Amra Begovic (S) för Anders Holt (S)`: serving in another's place.
            let (chunk, instead) = match substitute(&chunk) {
                Some((who, whom)) => (who, Some(whom)),
                None => (chunk, None),
            };
            let (main, paren, tail) = match (chunk.find('('), chunk.rfind(')')) {
                (Some(open), Some(close)) if close > open => (
                    chunk[..open].trim().to_owned(),
                    Some(chunk[open + 1..close].trim().to_owned()),
                    chunk[close + 1..].trim().to_owned(),
                ),
                _ => (chunk.clone(), None, String::new()),
            };
            let main_piece = piece(&main, members);
            // `Lena Ask (Karlstads kommun, socialchef, ordförande)`: the organisation, then the
            // functions, each a piece of its own.
            let mut paren_pieces: Vec<Option<Piece>> = match paren.as_deref() {
                Some(p) if p.contains([',', ';']) => chunks(p).iter().map(|c| piece(c, members)).collect(),
                Some(p) => vec![piece(p, members)],
                None => Vec::new(),
            };
            let more_pieces = paren_pieces.split_off(paren_pieces.len().min(1));
            // `Eva Ek (C)`: party letters, also of a party the members file does not list.
            let paren_piece = match (paren_pieces.pop().flatten(), paren.as_deref()) {
                (Some(Piece::Role(_)), Some(p)) if is_party(p) => Some(Piece::Org(None, p.to_owned())),
                (piece, _) => piece,
            };
            match (main_piece, paren_piece) {
                (Some(Piece::Name(name, member)), paren) => {
                    let mut entry = Entry {
                        name,
                        member,
                        ..Entry::default()
                    };
                    add_piece(&mut entry, paren);
                    for more in more_pieces {
                        add_piece(&mut entry, more);
                    }
                    if !tail.is_empty() {
                        add_piece(&mut entry, piece(&tail, members));
                    }
                    entry.references.extend(instead.clone());
                    out.push(entry);
                    after_name = true;
                }
                // `Vara (Mats Ingvarsson)`: the organisation, then who came for it.
                (Some(Piece::Org(index, written)), Some(Piece::Name(name, member))) => {
                    out.push(Entry {
                        name,
                        member,
                        org: Some((index, written)),
                        ..Entry::default()
                    });
                    after_name = false;
                }
                (Some(Piece::Org(index, written)), paren) => {
                    let current = out
                        .last_mut()
                        .filter(|e| e.org.as_ref().is_none_or(|(_, w)| is_party(w)) && after_name);
                    match current {
                        Some(entry) => {
                            add_piece(entry, Some(Piece::Org(index, written)));
                            add_piece(entry, paren);
                        }
                        None => leftover.push(chunk.clone()),
                    }
                    after_name = false;
                }
                // `Eva Ek, controller (§§ 4–5)`: the function, and what the parenthesis says.
                (Some(Piece::Role(_) | Piece::Reference(_)), paren) if out.len() > first_of_group => {
                    if let Some(entry) = out.last_mut() {
                        match paren {
                            Some(Piece::Reference(_)) if tail.is_empty() && more_pieces.is_empty() => {
                                add_piece(entry, piece(&main, members));
                                add_piece(entry, paren);
                            }
                            _ => add_piece(entry, piece(&chunk, members)),
                        }
                        // `– tjänstgörande ersättare för Eva Ek (M)`: for whom, in the note.
                        entry.references.extend(instead.clone());
                    }
                }
                _ => leftover.push(chunk.clone()),
            }
        }
        if let Some(org) = group_org {
            for entry in out.iter_mut().skip(first_of_group) {
                entry.org.get_or_insert(org.clone());
            }
        }
        // The function a group's heading names is theirs who have none of their own; another
        // heading goes to their note.
        for entry in out.iter_mut().skip(first_of_group) {
            match &under {
                Some(Under::Function(role)) if entry.roles.is_empty() => entry.roles.push(role.clone()),
                Some(Under::Function(role) | Under::Heading(role)) => entry.references.push(role.clone()),
                None => {}
            }
        }
    }
    (out, leftover)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::testing::members;

    fn names(entries: &[Entry]) -> Vec<&str> {
        entries.iter().map(|e| e.name.as_str()).collect()
    }

    fn only(entries: Vec<(usize, Entry)>) -> Vec<Entry> {
        entries.into_iter().map(|e| e.1).collect()
    }

    #[test]
    fn lists_with_organisations_roles_and_references() {
        let members = members();
        let (entries, left) = list(
            "Vera Lund (Region Västmark) ordförande, Kalle Gäst (Norrby), Sara Nyman, Åsby, Olle Berg, Barnahus Västmark, punkt 6.2",
            &members,
        );
        assert_eq!(
            names(&entries),
            vec!["Vera Lund", "Kalle Gäst", "Sara Nyman", "Olle Berg"]
        );
        assert_eq!(entries[0].roles, vec!["ordförande"]);
        assert_eq!(entries[2].org.as_ref().map(|o| o.1.as_str()), Some("Åsby"));
        assert_eq!(
            entries[3].org.as_ref().map(|o| o.1.as_str()),
            Some("Barnahus Västmark")
        );
        assert_eq!(entries[3].references, vec!["punkt 6.2"]);
        assert!(left.is_empty(), "{left:?}");
    }

    #[test]
    fn organisation_and_functions_in_one_parenthesis() {
        let members = members();
        let (entries, left) = list(
            "Kalle Gäst (Norrby kommun, socialchef, ordförande), Eva Ek (Åsby, samordnare, punkt 6) och Anna Nyman (Åsby)",
            &members,
        );
        assert_eq!(names(&entries), vec!["Kalle Gäst", "Eva Ek", "Anna Nyman"]);
        assert_eq!(entries[0].org.as_ref().and_then(|o| o.0), Some(1));
        assert_eq!(entries[0].roles, vec!["socialchef", "ordförande"]);
        assert_eq!(entries[1].roles, vec!["samordnare"]);
        assert_eq!(entries[1].references, vec!["punkt 6"]);
        assert!(left.is_empty(), "{left:?}");
    }

    #[test]
    fn functions_in_the_definite_form() {
        for word in [
            "förvaltningschefen",
            "verksamhetscheferna",
            "samordnaren",
            "handläggarna",
        ] {
            assert!(is_definite_function(word), "{word}");
        }
        for word in ["förvaltningen", "Chefen", "rutinen", "kommunerna", "chef"] {
            assert!(!is_definite_function(word), "{word}");
        }
        assert!(is_office("Förvaltningschefen i Torsby"));
        assert!(is_office("socialchefen"));
        assert!(!is_office("socialchefen i samråd med kommunerna"));
        assert!(!is_office("Eva Ek"));
        assert!(is_office("enhetschefen för hemtjänst i Norrby"));
        assert!(is_office("verksamhetschefen för äldreomsorgen"));
        assert!(!is_office("enhetschefen för Region Västmark"));
    }

    #[test]
    fn grouped_under_headings_that_name_a_function_or_a_field() {
        let members = members();
        let (entries, left) = list(
            "Handläggare: Eva Ek (Norrby kommun), Kalle Ström (Åsby). Skola och fritid: Anna Nyman (rektor, Åsby), Per Lund (Norrby). Övriga: Olle Berg (Åsby)",
            &members,
        );
        assert_eq!(
            names(&entries),
            vec!["Eva Ek", "Kalle Ström", "Anna Nyman", "Per Lund", "Olle Berg"]
        );
        assert_eq!(entries[0].roles, vec!["handläggare"]);
        assert_eq!(entries[1].roles, vec!["handläggare"]);
        assert_eq!(entries[2].roles, vec!["rektor"]);
        assert_eq!(entries[2].references, vec!["Skola och fritid"]);
        assert!(entries[3].roles.is_empty());
        assert!(entries[4].roles.is_empty());
        assert_eq!(entries[4].references, vec!["Övriga"]);
        assert!(left.is_empty(), "{left:?}");
        let (plural, _) = list("Enhetschefer vuxen: Eva Ek (Åsby)", &members);
        assert_eq!(plural[0].roles, vec!["enhetschefer vuxen"]);
        let (after, _) = list(
            "Eva Ek, controller, 4–5 §§, Kalle Gäst, samordnare, ärende 6",
            &members,
        );
        assert_eq!(after[0].references, vec!["4–5 §§"]);
        assert_eq!(after[1].references, vec!["ärende 6"]);
        let (referred, _) = list("Eva Ek, controller (§§ 4–5)", &members);
        assert_eq!(referred[0].roles, vec!["controller"]);
        assert_eq!(referred[0].references, vec!["§§ 4–5"]);
        // A place the members file does not know is still an organisation.
        let (placed, _) = list("Bergby: Eva Ek, Kalle Ström", &members);
        assert_eq!(placed[1].org.as_ref().map(|o| o.1.as_str()), Some("Bergby"));
    }

    #[test]
    fn grouped_by_organisation_and_organisations_first() {
        let members = members();
        let (entries, left) = list(
            "Norrby: Eva Ek (ordförande), Kalle Ström. Åsby: Anna Nyman. Region Västmark (Vera Lund), Åsby.",
            &members,
        );
        assert_eq!(
            names(&entries),
            vec!["Eva Ek", "Kalle Ström", "Anna Nyman", "Vera Lund"]
        );
        assert_eq!(entries[1].org.as_ref().and_then(|o| o.0), Some(1));
        assert_eq!(entries[3].org.as_ref().and_then(|o| o.0), Some(0));
        assert_eq!(left, vec!["Åsby"]);
    }

    #[test]
    fn tables_in_any_column_order_and_side_by_side() {
        let members = members();
        let with_item = vec![vec!["Kalle Gäst", "Samordnare, punkt 4.2"]];
        let (entries, _) = table(&with_item, Some(&[Column::Name, Column::Role]), &members);
        let entries = only(entries);
        assert_eq!(entries[0].roles, vec!["Samordnare"]);
        assert_eq!(entries[0].references, vec!["punkt 4.2"]);
        // A seat in one function column and the function in another.
        let columns = heading_row(&["Roll i rådet", "Namn", "Befattning"]);
        assert_eq!(columns, Some(vec![Column::Role, Column::Name, Column::Role]));
        let rows = vec![
            vec!["Ledamot", "Kalle Gäst", "Socialchef"],
            vec!["Förhinder", "Anna Nyman", "Forskare"],
        ];
        let (entries, _) = table(&rows, columns.as_deref(), &members);
        let entries = only(entries);
        assert_eq!(entries[0].roles, vec!["Socialchef"]);
        assert!(!entries[0].absent());
        assert_eq!(entries[1].roles, vec!["Forskare"]);
        assert!(entries[1].absent());
        // With one function column, a seat is the function.
        let (entries, _) = table(
            &[vec!["Ersättare", "Kalle Gäst"]],
            Some(&[Column::Role, Column::Name]),
            &members,
        );
        assert_eq!(only(entries)[0].roles, vec!["Ersättare"]);
        let rows = vec![vec!["Socialchef", "Kalle Gäst", "Norrby kommun"]];
        let (entries, _) = table(&rows, Some(&[Column::Role, Column::Name, Column::Org]), &members);
        let entries = only(entries);
        assert_eq!(entries[0].org.as_ref().and_then(|o| o.0), Some(1));
        assert_eq!(entries[0].roles, vec!["Socialchef"]);
        let rows = vec![vec![
            "Vera Lund, ordf.",
            "Norrby",
            "Kalle Gäst",
            "Utvecklingsledare",
            "Åsby",
        ]];
        let (entries, _) = table(&rows, None, &members);
        let entries = only(entries);
        assert_eq!(names(&entries), vec!["Vera Lund", "Kalle Gäst"]);
        assert_eq!(entries[0].roles, vec!["ordf."]);
        assert_eq!(entries[1].org.as_ref().map(|o| o.1.as_str()), Some("Åsby"));
        assert_eq!(
            heading_row(&["Namn", "Funktion", "Organisation"]),
            Some(vec![Column::Name, Column::Role, Column::Org])
        );
        assert_eq!(
            heading_row(&["Namn", "Kommun/region", "Roll", "Närvaro/Förhinder"]),
            Some(vec![Column::Name, Column::Org, Column::Role, Column::Presence])
        );
        assert_eq!(heading_row(&["Namn", "Funktion/Ja"]), None);
        assert_eq!(
            function_and_reference("kurator (punkt 5)"),
            Some(("kurator".to_owned(), "punkt 5".to_owned()))
        );
        assert_eq!(function_and_reference("kurator (vikarie)"), None);
    }

    #[test]
    fn a_dash_after_the_name_and_a_party_before_the_place() {
        let members = members();
        let (entries, left) = list("Kalle Gäst – kurator, Norrby", &members);
        assert!(left.is_empty(), "{left:?}");
        assert_eq!(entries[0].roles, vec!["kurator"]);
        assert_eq!(entries[0].org.as_ref().map(|o| o.1.as_str()), Some("Norrby"));
        let (entries, _) = list("Kalle Gäst (KD), Norrby – ordförande", &members);
        assert_eq!(entries[0].org.as_ref().map(|o| o.1.as_str()), Some("Norrby"));
        assert_eq!(entries[0].references, vec!["KD"]);
        assert_eq!(entries[0].roles, vec!["ordförande"]);
        let (entries, _) = list(
            "Kalle Gäst (KD), Norrby – tjänstgörande ersättare för Eva Ek (M)",
            &members,
        );
        assert_eq!(entries[0].roles, vec!["tjänstgörande ersättare"]);
        assert_eq!(entries[0].references, vec!["KD", "för Eva Ek (M)"]);
    }
}
