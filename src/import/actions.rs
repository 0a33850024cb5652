//! Follow-up tables (*åtgärdslista*, *uppföljningslista*): a heading row naming the columns
//! (`Punkt`, `Åtgärd`, `Ansvarig`, `Klart senast`, `Återrapport`, in any order and any subset
//! that has a task and an owner; other headings read by what their words mean) and one row per
//! follow-up, under an item or at the end of the minutes with the item in its `Punkt` column.
//! Follow-ups written otherwise are read as rows too: a block of labelled lines (`Åtgärd:`,
//! `Ansvar:` …), a list of who does what (`• Owners: task. Time. (p. n)`) and a task with its
//! owner after it (`… (ansvarig: X, klart 30/4)`, `… . Ansvarig: X.`).

use super::lines::Line;
use crate::text::fold;
use regex::Regex;
use std::sync::LazyLock;

/// A point of a list of who does what: `• Anders Bengtsson, Växjö: visa e-tjänsten. Till nästa
/// möte. (p. 7)`: a bullet, the owners before a colon, the task after it in lower case.
static OWNER_POINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[-–•*·▪→►]\s+([\p{Lu}][^:.;!?()]{1,80}):\s+(\p{Ll}.*)$").unwrap_or_else(|_| unreachable!())
});
/// The item a point names at its end: `(p. 7)`, `(punkt 7)`, `(ärende 5.1)`, `(§ 12)`.
static ITEM_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\(\s*(?:p\.?|punkt|pkt\.?|ärende|§)\s*(\d{1,2}(?:\.\d{1,2}|\s?[a-z])?)\s*\)\.?$")
        .unwrap_or_else(|_| unreachable!())
});

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Item,
    Task,
    Owner,
    Due,
    ReportTo,
    /// Whether the follow-up is done or still going (`Klar`, `Pågår`, `Ny`).
    Status,
    Other,
}

const HEADINGS: &[(&str, Column)] = &[
    ("punkt", Column::Item),
    ("p", Column::Item),
    ("nr", Column::Item),
    ("§", Column::Item),
    ("arende", Column::Item),
    ("atgard", Column::Task),
    ("atgarder", Column::Task),
    ("uppdrag", Column::Task),
    ("aktivitet", Column::Task),
    ("uppgift", Column::Task),
    ("vad", Column::Task),
    ("vad ska goras", Column::Task),
    ("vad ska vi gora", Column::Task),
    ("att gora", Column::Task),
    ("aktiviteter", Column::Task),
    ("uppdrag/atgard", Column::Task),
    ("vem ansvarar", Column::Owner),
    ("klart till", Column::Due),
    ("klart nar", Column::Due),
    ("aterrapport till", Column::ReportTo),
    ("till vem", Column::ReportTo),
    ("ansvarig", Column::Owner),
    ("ansvariga", Column::Owner),
    ("ansvar", Column::Owner),
    ("vem", Column::Owner),
    ("klart senast", Column::Due),
    ("senast", Column::Due),
    ("klart", Column::Due),
    ("klar", Column::Due),
    ("nar", Column::Due),
    ("tidpunkt", Column::Due),
    ("tidplan", Column::Due),
    ("deadline", Column::Due),
    ("aterrapport", Column::ReportTo),
    ("aterrapportering", Column::ReportTo),
    ("aterrapporteras till", Column::ReportTo),
    ("rapporteras till", Column::ReportTo),
    ("redovisas for", Column::ReportTo),
    ("redovisas till", Column::ReportTo),
    ("status", Column::Status),
    ("lage", Column::Status),
    ("fran mote", Column::Other),
    ("fran motet", Column::Other),
    ("kommentar", Column::Other),
];

/// One row: its cells by what they hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    pub line: usize,
    /// The row as written, cells separated by spaces.
    pub text: String,
    pub item: Option<String>,
    pub task: String,
    pub owners: String,
    pub due: String,
    pub report_to: String,
    /// The item reference as the document writes it, when it is more than the number
    /// (`(p. 7)`).
    pub item_written: Option<String>,
    pub status: String,
    /// Cells of columns the assignment does not carry (`Från möte`, `Status`).
    pub other: Vec<String>,
}

impl Row {
    /// A row a running list carries over from earlier meetings: its status says it is done or
    /// under way (`Klar`, `Pågår`), where one given at this meeting says `Ny` or nothing.
    pub fn carried_over(&self) -> bool {
        let status = fold(self.status.trim());
        [
            "klar",
            "avslutad",
            "genomford",
            "stangd",
            "gjord",
            "utford",
            "pagar",
            "pagaende",
            "paborjad",
            "vilande",
            "stryks",
            "struken",
            "fortsatter",
        ]
        .iter()
        .any(|word| status.starts_with(word))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActionTable {
    /// The line of the heading row.
    pub line: usize,
    pub heading: String,
    pub rows: Vec<Row>,
    /// Rows carried over from earlier meetings: no tasks of this one, kept as text.
    pub carried: Vec<Row>,
}

impl ActionTable {
    /// The text the table's assignments do not carry as written: the heading row, the item
    /// numbers, the owners (written by their names in the members file), the due dates and
    /// whom to report to (written as fields).
    pub fn conversions(&self) -> Vec<(String, String)> {
        let mut out = vec![(self.heading.clone(), "follow-up table heading".to_owned())];
        for row in &self.rows {
            for (cell, to) in [
                (
                    row.item_written.as_deref().or(row.item.as_deref()).unwrap_or(""),
                    "item",
                ),
                (row.owners.as_str(), "owners"),
                (row.due.as_str(), "Senast"),
                (row.report_to.as_str(), "Återrapport"),
                (row.other.join(" ").as_str(), "other column"),
            ] {
                if !cell.trim().is_empty() {
                    out.push((cell.to_owned(), to.to_owned()));
                }
            }
        }
        out
    }
}

fn heading(cell: &str) -> Option<Column> {
    let f = fold(cell.trim().trim_end_matches([':', '?']));
    HEADINGS
        .iter()
        .find(|(h, _)| *h == f)
        .map(|(_, c)| *c)
        .or_else(|| by_meaning(&f))
}

/// A column heading the list above does not hold, read by what its words mean (`Från punkt`,
/// `Rapport till`, `Ansvarig person`, `Klart datum`, `Beskrivning av uppdraget`): a short heading
/// whose words name one column's content and no other's.
fn by_meaning(folded: &str) -> Option<Column> {
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric() && c != '§')
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    let has = |stems: &[&str]| words.iter().any(|w| stems.iter().any(|s| w.starts_with(s)));
    // Short words only as themselves: `När`, not `Närvaro`.
    let is = |whole: &[&str]| words.iter().any(|w| whole.contains(w));
    // `Rapport till`, `Redovisas för`, `Återkoppling till`: to whom, before who (`Till vem`).
    let to_whom = words.contains(&"till") || words.contains(&"for") || words.len() == 1;
    let reporting = has(&["rapport", "redovis", "aterrapport", "aterkoppl", "aterredovis"]);
    let candidates = [
        (reporting && to_whom, Column::ReportTo),
        (
            has(&["klar", "senast", "deadline", "tidplan", "tidpunkt", "datum"]) || is(&["nar"]),
            Column::Due,
        ),
        (
            has(&["punkt", "arende", "dagordningspunkt"]) || is(&["nr", "§"]),
            Column::Item,
        ),
        (has(&["ansvar", "agare", "utfor"]) || is(&["vem"]), Column::Owner),
        (
            has(&["uppdrag", "atgard", "aktivitet", "uppgift", "beskrivning"]) || is(&["vad"]),
            Column::Task,
        ),
    ];
    let mut fits = candidates.iter().filter(|(fits, _)| *fits).map(|(_, c)| *c);
    let first = fits.next()?;
    // A heading that could be two columns (`Vem och när`) is none of them.
    fits.next().is_none().then_some(first)
}

/// The columns of a heading row, when it is one.
pub fn heading_row(text: &str) -> Option<Vec<Column>> {
    let cells: Vec<&str> = text
        .split('\t')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    if cells.len() < 2 {
        return None;
    }
    let columns: Vec<Column> = cells.iter().map(|c| heading(c)).collect::<Option<_>>()?;
    (columns.contains(&Column::Task) && columns.contains(&Column::Owner)).then_some(columns)
}

/// Reads the table whose heading row is line `start`; returns it and the index of the line after.
pub fn read(lines: &[Line], start: usize) -> Option<(ActionTable, usize)> {
    let columns = heading_row(&lines[start].text)?;
    let mut table = ActionTable {
        line: lines[start].number,
        heading: lines[start].text.replace('\t', " "),
        rows: Vec::new(),
        carried: Vec::new(),
    };
    let mut next = start + 1;
    while let Some(line) = lines.get(next) {
        if !line.text.contains('\t') {
            break;
        }
        let mut cells: Vec<&str> = line.text.split('\t').map(str::trim).collect();
        split_run_on(&mut cells, &columns);
        let mut row = Row {
            line: line.number,
            text: cells
                .iter()
                .filter(|c| !c.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" "),
            ..Row::default()
        };
        for (cell, column) in cells.iter().zip(&columns) {
            let cell = cell.trim();
            match column {
                Column::Item if !cell.is_empty() => row.item = Some(cell.to_owned()),
                Column::Task => row.task = cell.to_owned(),
                Column::Owner => row.owners = cell.to_owned(),
                Column::Due => row.due = cell.to_owned(),
                Column::ReportTo => row.report_to = cell.to_owned(),
                Column::Status => {
                    row.status = cell.to_owned();
                    row.other.push(cell.to_owned());
                }
                _ if !cell.is_empty() => row.other.push(cell.to_owned()),
                _ => {}
            }
        }
        if !row.task.is_empty() {
            table.rows.push(row);
        }
        next += 1;
    }
    let heading_cells: Vec<&str> = lines[start]
        .text
        .split('\t')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let numbers_rows = columns.iter().zip(&heading_cells).any(|(column, cell)| {
        *column == Column::Item && matches!(fold(cell).as_str(), "nr" | "#" | "rad" | "lopnr")
    });
    if numbers_rows && counts_rows(&table.rows) {
        // The number stays as written, among the table's conversions.
        for row in &mut table.rows {
            row.item_written = row.item.take();
        }
    }
    let (carried, rows) = table.rows.drain(..).partition(Row::carried_over);
    table.carried = carried;
    table.rows = rows;
    (!table.rows.is_empty()).then_some((table, next))
}

/// Whether the rows' `Nr` cells count the rows, 1, 2, 3 … in order (the rows' numbers, not
/// items'): two rows or more.
fn counts_rows(rows: &[Row]) -> bool {
    rows.len() >= 2
        && rows
            .iter()
            .enumerate()
            .all(|(i, row)| row.item.as_deref().map(str::trim) == Some((i + 1).to_string().as_str()))
}

/// A list of who does what, one point a follow-up: `• Owners: task. Time. (p. n)` (the time and
/// the item optional, in that order). `is_owner` says whether the text before the colon names
/// owners, so that a point such as `• Ekonomi: budgeten höll` stays a bullet. Read as a table
/// without a heading row; `None` unless the first line is such a point.
pub fn read_list(
    lines: &[Line],
    start: usize,
    is_owner: &dyn Fn(&str) -> bool,
) -> Option<(ActionTable, usize)> {
    let mut table = ActionTable {
        line: lines.get(start)?.number,
        heading: String::new(),
        rows: Vec::new(),
        carried: Vec::new(),
    };
    let mut next = start;
    while let Some(line) = lines.get(next) {
        if let Some((row, done)) = dashed_checkbox(line, is_owner) {
            if done {
                table.carried.push(row);
            } else {
                table.rows.push(row);
            }
            next += 1;
            continue;
        }
        let Some(row) = owner_point(line, is_owner) else {
            break;
        };
        table.rows.push(row);
        next += 1;
    }
    (!table.rows.is_empty()).then_some((table, next))
}

/// A checkbox with the task first and the owners and the time after dashes: `[ ] Boka lokal –
/// Norrby kommun – senast 15/4` (ticked, `[x]`, it is done).
static DASHED_CHECKBOX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\[([ xX])\]\s+(\S.*?)\s+[–-]\s+([^–]+?)(?:\s+[–-]\s+([^–]+?))?\.?$")
        .unwrap_or_else(|_| unreachable!())
});

/// The status of a row that is an open checkbox: a point of a list of the item it stands in,
/// where it stays.
pub const OPEN_BOX: &str = "[ ]";

/// A dashed checkbox line as a row, and whether it is ticked.
fn dashed_checkbox(line: &Line, is_owner: &dyn Fn(&str) -> bool) -> Option<(Row, bool)> {
    let text = line.text.trim();
    let caps = DASHED_CHECKBOX.captures(text)?;
    let owners = caps.get(3)?.as_str().trim();
    if !is_owner(owners) {
        return None;
    }
    let done = caps.get(1)?.as_str() != " ";
    let row = Row {
        line: line.number,
        text: text.to_owned(),
        task: caps.get(2)?.as_str().trim().to_owned(),
        owners: owners.to_owned(),
        due: caps.get(4).map_or("", |m| m.as_str()).trim().to_owned(),
        status: OPEN_BOX.to_owned(),
        ..Row::default()
    };
    Some((row, done))
}

fn owner_point(line: &Line, is_owner: &dyn Fn(&str) -> bool) -> Option<Row> {
    let text = line.text.trim();
    if let Some(row) = checkbox_point(line, is_owner) {
        return Some(row);
    }
    let caps = OWNER_POINT.captures(text)?;
    let owners = caps.get(1)?.as_str().trim();
    if !is_owner(owners) {
        return None;
    }
    let mut rest = caps.get(2)?.as_str().trim();
    // `- Linda: utskrivningar från sjukhus har ökat`: a noun first is what someone said, no task.
    let first = rest.split_whitespace().next().unwrap_or("").to_lowercase();
    if ["ning", "ningar", "ningen", "tion", "tioner", "het", "heter"]
        .iter()
        .any(|ending| first.ends_with(ending))
    {
        return None;
    }
    let mut row = Row {
        line: line.number,
        text: text.get(text.find(owners)?..)?.to_owned(),
        owners: owners.to_owned(),
        ..Row::default()
    };
    if let Some(reference) = ITEM_REFERENCE.captures(rest) {
        let whole = reference.get(0)?;
        row.item = Some(reference.get(1)?.as_str().to_owned());
        row.item_written = Some(whole.as_str().to_owned());
        rest = rest[..whole.start()].trim();
    }
    // The task is the first sentence; a later one that is a time is the due date.
    let sentences: Vec<&str> = rest.split(". ").map(|s| s.trim().trim_end_matches('.')).collect();
    let (task, later) = sentences.split_first()?;
    row.task = (*task).to_owned();
    for sentence in later {
        if row.due.is_empty() && super::due::is_due_cell(sentence) {
            row.due = (*sentence).to_owned();
        } else {
            // Anything else stays part of the task.
            row.task = format!("{}. {sentence}", row.task);
        }
    }
    Some(row)
}

/// An open checkbox with the owners tagged, as notes typed in a meeting write a task: `[ ] @Ulla
/// Forsberg + @Olof Sandlund: skriver ett utkast, till nästa möte` (a ticked `[x]` is done).
static CHECKBOX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\[\s\]\s+(@[^:]{1,100}?):\s+(\S.*)$").unwrap_or_else(|_| unreachable!()));

/// A checkbox line: the owners without their `@` (`+` between them is `och`), the task, and the
/// time after its last comma when that is one.
fn checkbox_point(line: &Line, is_owner: &dyn Fn(&str) -> bool) -> Option<Row> {
    let caps = CHECKBOX.captures(line.text.trim())?;
    let written = caps.get(1)?.as_str().trim();
    let owners = written
        .split('+')
        .map(|o| o.trim().trim_start_matches('@').trim())
        .collect::<Vec<_>>()
        .join(" och ");
    if owners.is_empty() || !is_owner(&owners) {
        return None;
    }
    let rest = caps.get(2)?.as_str().trim();
    let mut row = Row {
        line: line.number,
        text: rest.to_owned(),
        task: rest.to_owned(),
        owners,
        other: vec![written.to_owned()],
        ..Row::default()
    };
    if let Some((task, time)) = rest.rsplit_once(", ")
        && super::due::is_due_cell(time)
    {
        row.task = task.trim().to_owned();
        row.due = time.trim().to_owned();
    }
    Some(row)
}

/// A task with its owner in a parenthesis at its end: `- Ta fram en plan (ansvarig: Eva Ek,
/// klart 30/4)`, `Boka lokal [Ansvar: Kansliet]`.
static OWNER_IN_PARENTHESES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[-–•*·▪]\s+)?(\p{Lu}[^()\[\]]*?)[\s,.;]*[(\[]\s*((?i:ansvarig|ansvariga|ansvar|vem))\s*:?\s+([^,;()\[\]]+?)\s*(?:[,;]\s*([^()\[\]]+?))?\s*[)\]]\.?$")
        .unwrap_or_else(|_| unreachable!())
});
/// The same after the task's full stop: `- Ta fram en plan. Ansvarig: Eva Ek. Klart: 30/4.`
static OWNER_AFTER_TASK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[-–•*·▪]\s+)?(\p{Lu}[^()\[\]]*?)\.\s+((?i:ansvarig|ansvariga|ansvar))\s*:\s*([^.;:()]+?)\s*(?:[.;]\s*([^()]+?))?\s*\.?$")
        .unwrap_or_else(|_| unreachable!())
});
/// The word before a time in such a parenthesis: `klart 30/4`, `senast 30/4`, `deadline: maj`.
static TIME_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:(klart|klar|deadline|tidplan|när|tid)\s*:?\s+)").unwrap_or_else(|_| unreachable!())
});

/// A line that is a task with its owner in a parenthesis at its end (and maybe its time after
/// the owner): read as a table of one row. `is_owner` as for [`read_list`].
pub fn read_owned_line(
    lines: &[Line],
    start: usize,
    is_owner: &dyn Fn(&str) -> bool,
) -> Option<(ActionTable, usize)> {
    let line = lines.get(start)?;
    let text = line.text.trim();
    let caps = OWNER_IN_PARENTHESES
        .captures(text)
        .or_else(|| OWNER_AFTER_TASK.captures(text))?;
    let task = caps.get(1)?.as_str().trim();
    let label = caps.get(2)?.as_str();
    let owners = caps.get(3)?.as_str().trim();
    if !is_owner(owners) || task.split_whitespace().count() < 2 {
        return None;
    }
    let mut heading = label.to_owned();
    let mut due = String::new();
    if let Some(time) = caps.get(4).map(|m| m.as_str().trim()) {
        let value = match TIME_LABEL.captures(time) {
            Some(word) => {
                heading = format!("{heading} {}", word.get(1)?.as_str());
                &time[word.get(0)?.end()..]
            }
            None => time,
        };
        // Anything else in the parenthesis keeps the line as it is.
        if !super::due::is_due_cell(value) {
            return None;
        }
        due = value.to_owned();
    }
    let row = Row {
        line: line.number,
        text: text.to_owned(),
        task: task.to_owned(),
        owners: owners.to_owned(),
        due,
        ..Row::default()
    };
    let table = ActionTable {
        line: line.number,
        heading,
        rows: vec![row],
        carried: Vec::new(),
    };
    Some((table, start + 1))
}

/// A line that gives the owners of the task the text before it states, and maybe its time and
/// recipient: `→ Ansvar: Eva Ek och Per Lund, klart: v.12, återkoppling till styrgruppen`.
static OWNERS_OF_ABOVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[→>\-–•*·▪]\s*)?((?i:ansvar|ansvarig|ansvariga))\s*:\s*(\S.*?)\.?$")
        .unwrap_or_else(|_| unreachable!())
});
/// A part of such a line after the owners that gives the time: `klart: v.12`, `senast 15/4`.
static TIME_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?i:klart|klar|senast|deadline|tidplan|tid))\s*:?\s+(\S.*)$")
        .unwrap_or_else(|_| unreachable!())
});
/// A part that gives whom to report to: `återkoppling till styrgruppen`, `redovisas för AU`.
static REPORT_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((?i:återkoppling|återrapport|återrapportering|återrapporteras|redovisas|rapporteras)\s*:?\s*(?i:till|för)?)\s+(\S.*)$")
        .unwrap_or_else(|_| unreachable!())
});

/// A sentence followed by its owners in a parenthesis, the parts split by full stops:
/// `Eva Ek tar fram en plan. (Ansvar: Eva Ek. Klart: i maj. Återrapport: nätverket.)`. The text
/// before the parenthesis, and the parenthesis written as an owners line (`Ansvar: Eva Ek, Klart:
/// i maj, Återrapport: nätverket`).
pub fn owners_in_parenthesis(text: &str) -> Option<(&str, String)> {
    let inner = text.trim_end().strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let (before, inner) = (inner[..open].trim_end(), &inner[open + 1..]);
    if before.is_empty() || !OWNERS_OF_ABOVE.is_match(inner.trim()) {
        return None;
    }
    let parts: Vec<&str> = inner
        .split(". ")
        .map(|p| p.trim().trim_end_matches('.').trim())
        .filter(|p| !p.is_empty())
        .collect();
    Some((before, parts.join(", ")))
}

/// An owners line under the task it gives (`task` is the sentence above it): read as a table of
/// one row. `None` unless the owners are names (`is_owner`) and every other part is a time or a
/// recipient.
pub fn read_owners_line(line: &Line, task: &str, is_owner: &dyn Fn(&str) -> bool) -> Option<ActionTable> {
    let text = line.text.trim();
    let caps = OWNERS_OF_ABOVE.captures(text)?;
    let all: Vec<&str> = caps.get(2)?.as_str().split(", ").collect();
    // `Ansvar: A, B och C, klart: …`: the owners run up to the first time or recipient.
    let names = all
        .iter()
        .position(|p| {
            let p = p.trim();
            TIME_PART.is_match(p) || REPORT_PART.is_match(p) || !p.starts_with(char::is_uppercase)
        })
        .unwrap_or(all.len())
        .max(1);
    let owners = all[..names].join(", ");
    let owners = owners.trim();
    let parts = all[names..].iter();
    if !is_owner(owners) || task.trim().is_empty() {
        return None;
    }
    let mut heading = caps.get(1)?.as_str().to_owned();
    let (mut due, mut report_to) = (String::new(), String::new());
    for part in parts {
        if let Some(time) = TIME_PART.captures(part.trim()) {
            heading = format!("{heading} {}", time.get(1)?.as_str());
            due = time.get(2)?.as_str().to_owned();
        } else if let Some(to) = REPORT_PART.captures(part.trim()) {
            heading = format!("{heading} {}", to.get(1)?.as_str());
            report_to = to.get(2)?.as_str().to_owned();
        } else {
            return None;
        }
    }
    let row = Row {
        line: line.number,
        text: format!("{} {text}", task.trim()),
        task: task.trim().to_owned(),
        owners: owners.to_owned(),
        due,
        report_to,
        ..Row::default()
    };
    Some(ActionTable {
        line: line.number,
        heading,
        rows: vec![row],
        carried: Vec::new(),
    })
}

/// A labelled line `Ansvar: Ola Granberg`: what its label names as a column, and its value.
/// A field of a follow-up: its label before a colon, or in a label column before a tab.
fn labelled(text: &str) -> Option<(Column, &str, &str)> {
    [':', '\t'].iter().find_map(|sep| {
        let (label, value) = text.split_once(*sep)?;
        let column = heading(label)?;
        Some((column, label.trim(), value.trim()))
    })
}

/// `–` or `-`: a field a form leaves empty.
fn is_none_mark(value: &str) -> bool {
    matches!(value.trim(), "–" | "-" | "—")
}

/// A follow-up written as a block of labelled lines under an item, one field a line: `Åtgärd:`
/// (or another task label) first, then `Ansvar:`, `Tidplan:`, `Återrapport:` in any order.
/// Read as a table of one row; `None` unless the task and an owner are both given.
pub fn read_block(lines: &[Line], start: usize) -> Option<(ActionTable, usize)> {
    let (column, label, task) = labelled(lines[start].text.trim())?;
    if column != Column::Task || task.is_empty() || is_none_mark(task) {
        return None;
    }
    let mut labels = vec![format!("{label}:")];
    let mut row = Row {
        line: lines[start].number,
        text: task.to_owned(),
        task: task.to_owned(),
        ..Row::default()
    };
    let mut next = start + 1;
    while let Some((column, label, value)) = lines.get(next).and_then(|l| labelled(l.text.trim())) {
        let field = match column {
            Column::Owner => &mut row.owners,
            Column::Due => &mut row.due,
            Column::ReportTo => &mut row.report_to,
            _ => break,
        };
        if !field.is_empty() {
            break;
        }
        *field = value.to_owned();
        labels.push(format!("{label}:"));
        next += 1;
    }
    if row.owners.is_empty() {
        return None;
    }
    let table = ActionTable {
        line: row.line,
        heading: labels.join(" "),
        rows: vec![row],
        carried: Vec::new(),
    };
    Some((table, next))
}

/// In a table aligned by spaces, a cell as wide as its column runs into the next with one space
/// (`Karin Sjögren och Ebba Lundell Hösten 2026`): when the row has fewer cells than the heading,
/// the cell before the due column has a due date at its end, and the due column holds none, the
/// date is split off into a cell of its own.
fn split_run_on(cells: &mut Vec<&str>, columns: &[Column]) {
    if cells.len() >= columns.len() {
        return;
    }
    let Some(due) = columns.iter().position(|c| *c == Column::Due) else {
        return;
    };
    if due == 0 || cells.get(due).is_some_and(|c| super::due::is_due_cell(c)) {
        return;
    }
    let Some(cell) = cells.get(due - 1).copied() else {
        return;
    };
    // The due date's words: at most four (`till nästa möte`, `senast 15 juni 2026`).
    let starts: Vec<usize> = cell.match_indices(' ').map(|(i, _)| i + 1).collect();
    for &start in starts.iter().rev().take(4).rev() {
        let (head, tail) = (cell[..start].trim_end(), &cell[start..]);
        if !head.is_empty() && super::due::is_due_cell(tail) {
            cells[due - 1] = head;
            cells.insert(due, tail);
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_block_of_labelled_lines_is_a_row() {
        let lines = super::super::lines::split(
            "Åtgärd: Informera kommunerna\nAnsvar: Ola Granberg och Sanna Ekman\nTidplan: Senast 2026-10-16\nÅterrapport: –\nNästa stycke.",
        );
        let (table, next) = super::read_block(&lines, 0).unwrap_or_default();
        assert_eq!(next, 4);
        assert_eq!(table.heading, "Åtgärd: Ansvar: Tidplan: Återrapport:");
        assert_eq!(table.rows[0].owners, "Ola Granberg och Sanna Ekman");
        assert_eq!(table.rows[0].due, "Senast 2026-10-16");
        assert_eq!(table.rows[0].report_to, "–");
        // Without an owner it is no follow-up.
        let lines = super::super::lines::split("Åtgärd: Informera kommunerna\nTidplan: i höst");
        assert!(super::read_block(&lines, 0).is_none());
    }

    use super::*;

    #[test]
    fn checkboxes_with_the_owners_after_a_dash() {
        let lines = super::super::lines::split(
            "[ ] Boka lokal för hösten – Norrby kommun – senast 15/4\n[x] Skicka enkäten – Åsby kommun – gjort i mars\n[ ] Bjuda in regionen – Eva Ek\nNästa stycke.",
        );
        let yes = |o: &str| o.starts_with(char::is_uppercase);
        let (table, next) = read_list(&lines, 0, &yes).unwrap_or_default();
        assert_eq!(next, 3);
        assert_eq!(table.rows.len(), 2);
        assert_eq!(
            (
                table.rows[0].task.as_str(),
                table.rows[0].owners.as_str(),
                table.rows[0].due.as_str()
            ),
            ("Boka lokal för hösten", "Norrby kommun", "senast 15/4")
        );
        assert_eq!(table.rows[1].owners, "Eva Ek");
        assert_eq!(table.carried.len(), 1);
    }

    #[test]
    fn owners_in_a_parenthesis_after_the_sentence() {
        let (before, line) = owners_in_parenthesis(
            "Gruppen bokar lokalen. (Ansvar: Per Lund, Eva Ek och Ola Berg. Klart: i maj. Återrapport: nätverket.)",
        )
        .unwrap_or_else(|| unreachable!());
        assert_eq!(before, "Gruppen bokar lokalen.");
        assert_eq!(
            line,
            "Ansvar: Per Lund, Eva Ek och Ola Berg, Klart: i maj, Återrapport: nätverket"
        );
        let owners_line = Line {
            number: 3,
            text: line,
            page_break_before: false,
        };
        let table = read_owners_line(&owners_line, "Gruppen bokar lokalen.", &|_| true)
            .unwrap_or_else(|| unreachable!());
        assert_eq!(table.rows[0].owners, "Per Lund, Eva Ek och Ola Berg");
        assert_eq!(table.rows[0].due, "i maj");
        assert_eq!(table.rows[0].report_to, "nätverket");
        assert!(owners_in_parenthesis("Per Lund bokar lokalen (i Norrby).").is_none());
        assert!(owners_in_parenthesis("(Ansvar: Per Lund.)").is_none());
    }

    #[test]
    fn an_owners_line_under_its_task() {
        let line = Line {
            number: 9,
            text: "→ Ansvar: Eva Ek och Per Lund, klart: v.12, återkoppling till styrgruppen".into(),
            page_break_before: false,
        };
        let yes = |_: &str| true;
        let table = read_owners_line(&line, "Rutinen behöver uppdateras.", &yes).unwrap_or_default();
        let row = &table.rows[0];
        assert_eq!(
            (row.owners.as_str(), row.due.as_str(), row.report_to.as_str()),
            ("Eva Ek och Per Lund", "v.12", "styrgruppen")
        );
        assert_eq!(row.task, "Rutinen behöver uppdateras.");
        // A part that is neither a time nor a recipient keeps the line as it is.
        let odd = Line {
            text: "Ansvar: Eva Ek, om det behövs".into(),
            ..line.clone()
        };
        assert!(read_owners_line(&odd, "Rutinen behöver uppdateras.", &yes).is_none());
        assert!(read_owners_line(&line, "", &yes).is_none());
    }

    #[test]
    fn an_open_checkbox_with_tagged_owners_is_a_task() {
        let lines = super::super::lines::split(
            "[ ] @Ulla Forsberg + @Olof Sandlund: skriver ett utkast till checklista, till nästa möte\n[x] @Jonas Hedman: skicka ut presentationerna (klart 12/3)",
        );
        let (table, next) = read_list(&lines, 0, &|_| true).unwrap_or_default();
        assert_eq!(next, 1);
        assert_eq!(table.rows[0].owners, "Ulla Forsberg och Olof Sandlund");
        assert_eq!(table.rows[0].task, "skriver ett utkast till checklista");
        assert_eq!(table.rows[0].due, "till nästa möte");
        assert!(read_list(&lines, 1, &|_| true).is_none());
        // A speaker and what they said.
        let said = super::super::lines::split("- Linda: utskrivningar från sjukhus har ökat");
        assert!(read_list(&said, 0, &|_| true).is_none());
    }

    #[test]
    fn a_running_list_numbers_its_rows_and_carries_old_ones_over() {
        let lines = super::super::lines::split(
            "Nr\tUppdrag\tAnsvarig\tFrån möte\tKlart senast\tStatus\n1\tSammanställa statistik\tSKV\t2026-11-19\t2027-02-11\tKlar\n2\tBjuda in Kriminalvården\tKarin Åberg\t2027-02-11\t–\tPågår\n3\tSkicka inbjudan\tNiklas Boström\t2027-04-08\t29/4\tNy",
        );
        let (table, next) = read(&lines, 0).unwrap_or_default();
        assert_eq!(next, 4);
        assert_eq!(table.carried.len(), 2);
        assert_eq!(table.rows.len(), 1);
        // `Nr` counts the rows: no item, and the number stays among the conversions.
        assert_eq!(table.rows[0].item, None);
        assert_eq!(table.rows[0].item_written.as_deref(), Some("3"));
        assert!(
            table
                .conversions()
                .iter()
                .any(|(from, _)| from == "2027-04-08 Ny")
        );
        // Numbers that are not 1, 2, 3 … name items.
        let lines = super::super::lines::split("Nr\tVad\tVem\n5\tTa fram\tAnna Ek\n6\tBjuda in\tEva Ek");
        let (table, _) = read(&lines, 0).unwrap_or_default();
        assert_eq!(table.rows[0].item.as_deref(), Some("5"));
    }

    #[test]
    fn a_table_in_any_column_order() {
        let lines = super::super::lines::split(
            "Punkt\tÅtgärd\tAnsvarig\tKlart senast\tÅterrapport\n4\tTa fram en plan\tArbetsgruppen\t2026-06-05\tAU\n6\tBjuda in\tIngrid Svensk och Sara Vinberg\tHt 2026\t\nSlut.",
        );
        let (table, next) = read(&lines, 0).unwrap_or_default();
        assert_eq!(next, 3);
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[0].item.as_deref(), Some("4"));
        assert_eq!(table.rows[0].report_to, "AU");
        assert_eq!(table.rows[1].owners, "Ingrid Svensk och Sara Vinberg");
        assert_eq!(table.rows[1].due, "Ht 2026");
        assert!(heading_row("Namn\tOrganisation").is_none());
    }

    #[test]
    fn a_list_of_who_does_what() {
        let lines = super::super::lines::split(
            "• Anders Bengtsson, Växjö: visa e-tjänsten för ansökan. Till nästa möte. (p. 7)\n• Uppvidinge och Lessebo: jämföra rutinerna och rapportera till nätverket. Senast 10/3. (punkt 8)\n• Sara Lindkvist: boka lokal. Snarast.\n• Ekonomi: budgeten höll\nSlut.",
        );
        let known = |owners: &str| owners != "Ekonomi";
        let (table, next) = read_list(&lines, 0, &known).unwrap_or_default();
        assert_eq!(next, 3);
        assert_eq!(table.rows.len(), 3);
        assert_eq!(table.rows[0].owners, "Anders Bengtsson, Växjö");
        assert_eq!(table.rows[0].task, "visa e-tjänsten för ansökan");
        assert_eq!(table.rows[0].due, "Till nästa möte");
        assert_eq!(table.rows[0].item.as_deref(), Some("7"));
        assert_eq!(table.rows[0].item_written.as_deref(), Some("(p. 7)"));
        assert_eq!(table.rows[1].item.as_deref(), Some("8"));
        assert_eq!(table.rows[1].due, "Senast 10/3");
        assert_eq!(
            (table.rows[2].task.as_str(), table.rows[2].due.as_str()),
            ("boka lokal", "Snarast")
        );
        // A point whose words before the colon name nobody is no follow-up.
        assert!(read_list(&lines, 3, &known).is_none());
        assert!(read_list(&lines, 4, &known).is_none());
    }

    #[test]
    fn a_task_with_its_owner_in_parentheses() {
        let lines = super::super::lines::split(
            "- Ta fram en plan för introduktionen (ansvarig: Eva Ek, klart 30/4)\nBoka lokal till hösten [Ansvar: Kansliet]\nVi diskuterade frågan (ansvar: alla, se bilaga)\nEkonomin är god (vem: ingen)\n",
        );
        let known = |owners: &str| owners != "ingen";
        let after = super::super::lines::split(
            "- Ta fram en plan för introduktionen. Ansvarig: Eva Ek. Klart: 30/4.\nBoka lokal. Ansvar: Kansliet\nSkriv ett svar. Ansvar: Kansliet. Se bilaga 2.\n",
        );
        let (table, _) = read_owned_line(&after, 0, &known).unwrap_or_default();
        assert_eq!(
            (
                table.rows[0].task.as_str(),
                table.rows[0].owners.as_str(),
                table.rows[0].due.as_str()
            ),
            ("Ta fram en plan för introduktionen", "Eva Ek", "30/4")
        );
        let (table, _) = read_owned_line(&after, 1, &known).unwrap_or_default();
        assert_eq!(table.rows[0].owners, "Kansliet");
        assert!(read_owned_line(&after, 2, &known).is_none());
        let (table, next) = read_owned_line(&lines, 0, &known).unwrap_or_default();
        assert_eq!(next, 1);
        assert_eq!(table.rows[0].task, "Ta fram en plan för introduktionen");
        assert_eq!(table.rows[0].owners, "Eva Ek");
        assert_eq!(table.rows[0].due, "30/4");
        assert_eq!(table.heading, "ansvarig klart");
        let (table, _) = read_owned_line(&lines, 1, &known).unwrap_or_default();
        assert_eq!(
            (table.rows[0].owners.as_str(), table.rows[0].due.as_str()),
            ("Kansliet", "")
        );
        // Something else after the owner, or an owner nobody knows: no follow-up.
        assert!(read_owned_line(&lines, 2, &known).is_none());
        assert!(read_owned_line(&lines, 3, &known).is_none());
    }

    #[test]
    fn column_headings_by_what_they_mean() {
        for (cell, column) in [
            ("Från punkt", Column::Item),
            ("Punkt nr", Column::Item),
            ("Rapport till", Column::ReportTo),
            ("Redovisas för", Column::ReportTo),
            ("Återkoppling", Column::ReportTo),
            ("Till vem?", Column::ReportTo),
            ("Ansvarig person", Column::Owner),
            ("Vem gör", Column::Owner),
            ("Klart datum", Column::Due),
            ("Beskrivning av uppdraget", Column::Task),
        ] {
            assert_eq!(heading(cell), Some(column), "{cell}");
        }
        assert_eq!(heading("Vem och när"), None);
        assert_eq!(heading("Namn"), None);
        assert_eq!(heading("Närvaro"), None);
        assert_eq!(heading("Kommentarer till beslutet från mötet idag"), None);
        let lines = super::super::lines::split(
            "Till vem\tNär\tVem\tUppdrag\tFrån punkt\nLänsgruppen\t19 mars\tEva Ek\tSamla in listan\t6\n",
        );
        let (table, _) = read(&lines, 0).unwrap_or_default();
        assert_eq!(table.rows.len(), 1);
        assert_eq!(table.rows[0].item.as_deref(), Some("6"));
        assert_eq!(table.rows[0].owners, "Eva Ek");
        assert_eq!(table.rows[0].report_to, "Länsgruppen");
        assert_eq!(table.rows[0].due, "19 mars");
    }

    #[test]
    fn a_cell_run_into_the_due_date_is_split() {
        let lines = super::super::lines::split(
            "Punkt   Åtgärd        Ansvarig            Klart senast   Återrapport\n9       Skicka förslaget   Kansliet   15/6\n10      Sammanställa läget   Karin Sjögren och Ebba Lundell Hösten 2026   AU\n",
        );
        let (table, _) = read(&lines, 0).unwrap_or_default();
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[0].due, "15/6");
        assert_eq!(table.rows[0].report_to, "");
        assert_eq!(table.rows[1].owners, "Karin Sjögren och Ebba Lundell");
        assert_eq!(table.rows[1].due, "Hösten 2026");
        assert_eq!(table.rows[1].report_to, "AU");
    }
}
