//! Tables that hold the items themselves, as Word's text export writes them: minutes written as
//! a two-column table `Punkt | Anteckning` (each row `4. Title<TAB>first paragraph`, the cell's
//! further paragraphs on lines of their own), a table of contents (`Innehåll` over the item
//! headings with their page numbers), and a decision log (`Punkt | Beslut`, one `att` clause a
//! row) whose rows belong to the items they name. Each is turned into the plain layout the
//! recogniser reads: headings on lines of their own, the contents set apart (to be kept as prose
//! under the title), and the log's clauses moved under their items.

use super::headings::{self, Heading, Number};
use super::lines::{Line, blank};
use crate::text::fold;

/// The heading of a table's item column.
const ITEM_COLUMN: &[&str] = &["punkt", "nr", "arende", "dagordningspunkt", "amne", "rubrik"];
/// The heading of a column of notes, in minutes written as a table.
const NOTE_COLUMN: &[&str] = &[
    "anteckning",
    "anteckningar",
    "notering",
    "noteringar",
    "kommentar",
    "kommentarer",
    "diskussion",
    "minnesanteckningar",
];
/// The heading of a decision log's decision column.
const DECISION_COLUMN: &[&str] = &["beslut", "beslutet", "beslutsformulering"];
/// A table of contents' heading.
const CONTENTS: &[&str] = &["innehall", "innehallsforteckning", "innehall:"];

/// The two cells of a heading row whose first cell heads an item column and whose second is
/// one of `second`.
fn is_heading_row(text: &str, second: &[&str]) -> bool {
    let cells: Vec<&str> = text
        .split('\t')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    matches!(cells.as_slice(), [item, other]
        if ITEM_COLUMN.contains(&fold(item).as_str()) && second.contains(&fold(other).as_str()))
}

/// A row of minutes written as a table: the heading cell and the note (empty for a heading row
/// with an empty note cell).
fn item_row(text: &str) -> Option<(&str, &str)> {
    let (first, note) = text.split_once('\t').unwrap_or((text, ""));
    let heading = headings::parse(first)?;
    (!heading.title.is_empty() && heading.extra.is_empty()).then_some((first.trim(), note.trim()))
}

/// Minutes written as a `Punkt | Anteckning` table: from the heading row on, a row that starts
/// with an item heading becomes the heading and its note on two lines. The heading row itself
/// is taken out and returned.
pub fn note_table(lines: Vec<Line>) -> (Vec<Line>, Option<Line>) {
    let Some(start) = lines.iter().position(|l| is_heading_row(&l.text, NOTE_COLUMN)) else {
        return (lines, None);
    };
    let mut out = Vec::with_capacity(lines.len() + 16);
    let mut heading_row = None;
    for (i, line) in lines.into_iter().enumerate() {
        if i == start {
            heading_row = Some(line);
            continue;
        }
        let split = (i > start && line.text.contains('\t'))
            .then(|| item_row(&line.text))
            .flatten()
            .map(|(heading, note)| (heading.to_owned(), note.to_owned()));
        match split {
            Some((heading, note)) => {
                let number = line.number;
                out.push(Line {
                    text: heading,
                    ..line
                });
                if !note.is_empty() {
                    out.push(Line {
                        number,
                        text: note,
                        page_break_before: false,
                    });
                }
            }
            None => out.push(line),
        }
    }
    (out, heading_row)
}

/// Whether a line is an entry of a table of contents: an item heading followed by a page
/// number in a column of its own (`3. Gemensam rutin<TAB>1`).
fn contents_entry(text: &str) -> bool {
    let Some((heading, page)) = text.rsplit_once('\t') else {
        return false;
    };
    page.trim().chars().all(|c| c.is_ascii_digit())
        && !page.trim().is_empty()
        && headings::parse(heading).is_some_and(|h| !h.title.is_empty())
}

/// A table of contents (`Innehåll` alone on a line over entries with page numbers) is taken
/// out of the lines and returned: the same headings come again where the items begin.
pub fn contents(lines: Vec<Line>) -> (Vec<Line>, Vec<Line>) {
    let Some(start) = lines
        .iter()
        .position(|l| CONTENTS.contains(&fold(l.text.trim()).as_str()))
    else {
        return (lines, Vec::new());
    };
    let entries = lines[start + 1..]
        .iter()
        .take_while(|l| contents_entry(&l.text))
        .count();
    if entries < 2 {
        return (lines, Vec::new());
    }
    let mut out = lines;
    let taken = out.drain(start..=start + entries).collect();
    (out, taken)
}

/// A row of a decision log: the item it names and its clause.
fn log_row(text: &str) -> Option<(String, String)> {
    let (item, clause) = text.split_once('\t')?;
    let item = item.trim().trim_end_matches('.').trim();
    let clause = clause.trim();
    let numbered = !item.is_empty() && item.chars().all(|c| c.is_ascii_digit() || c == '.');
    (numbered && clause.starts_with("att ")).then(|| (item.to_owned(), clause.to_owned()))
}

/// The label an item heading's number gives (`4`, `5.2`).
fn label(heading: &Heading) -> Option<String> {
    match heading.number {
        Number::Top(n) => Some(n.to_string()),
        Number::Sub(n, m) => Some(format!("{n}.{m}")),
        _ => None,
    }
}

/// A decision log (`Punkt | Beslut` with `att` clauses): each item's rows are moved to the end
/// of that item, under a `Beslut:` line, so that they are read as its decision. Rows that name
/// no item of the document stay where they are. Returns the lines and, for the report, each
/// moved row's line and item.
pub fn decision_log(lines: Vec<Line>) -> (Vec<Line>, Vec<(usize, String)>) {
    let Some(start) = lines
        .iter()
        .position(|l| is_heading_row(&l.text, DECISION_COLUMN))
    else {
        return (lines, Vec::new());
    };
    let rows = lines[start + 1..]
        .iter()
        .take_while(|l| log_row(&l.text).is_some())
        .count();
    // Where each item heading before the log stands, by its label.
    let items: Vec<(usize, String)> = lines[..start]
        .iter()
        .enumerate()
        .filter_map(|(i, l)| Some((i, label(&headings::parse(&l.text)?)?)))
        .collect();
    let mut moved: Vec<(usize, Vec<Line>)> = Vec::new();
    let mut report = Vec::new();
    let mut kept_rows = Vec::new();
    let heading_row = &lines[start];
    for line in &lines[start + 1..=start + rows] {
        let Some((item, clause)) = log_row(&line.text) else {
            continue;
        };
        let Some(at) = items.iter().position(|(_, l)| *l == item) else {
            kept_rows.push(line.clone());
            continue;
        };
        // The item ends where the next heading begins, or where the log's own heading does.
        let end = items.get(at + 1).map_or(start, |(i, _)| *i);
        let end = lines[..end]
            .iter()
            .rposition(|l| !l.text.trim().is_empty() && !is_log_title(&l.text))
            .map_or(end, |i| i + 1);
        let clause_line = Line {
            number: line.number,
            text: clause,
            page_break_before: false,
        };
        match moved.iter_mut().find(|(e, _)| *e == end) {
            Some((_, group)) => group.push(clause_line),
            None => moved.push((
                end,
                vec![
                    Line {
                        number: heading_row.number,
                        text: "Beslut:".to_owned(),
                        page_break_before: false,
                    },
                    clause_line,
                ],
            )),
        }
        report.push((line.number, item));
    }
    if moved.is_empty() {
        return (lines, Vec::new());
    }
    let mut out = Vec::with_capacity(lines.len() + moved.len() * 2);
    for (i, line) in lines.into_iter().enumerate() {
        if let Some((_, group)) = moved.iter_mut().find(|(e, _)| *e == i) {
            out.push(blank(line.number));
            out.append(group);
            out.push(blank(line.number));
        }
        if i > start && i <= start + rows {
            continue;
        }
        let at_log = i == start;
        out.push(line);
        if at_log {
            out.append(&mut kept_rows);
        }
    }
    (out, report)
}

/// A log's title line over its table (`Beslutslogg`), which stays where it is.
fn is_log_title(text: &str) -> bool {
    let f = fold(text.trim().trim_end_matches(':'));
    f == "beslutslogg" || f == "beslutslista" || f == "beslut i sammandrag"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line> {
        super::super::lines::split(text)
    }

    fn texts(lines: &[Line]) -> Vec<&str> {
        lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn minutes_written_as_a_two_column_table() {
        let text = "Närvarande: Eva Ek\n\nPunkt\tAnteckning\n1. Öppnande\tEva Ek hälsade välkomna.\n2. Läget\tKarin berättade.\n\tNytt stycke i cellen.\n3. Rapporter\t\n3.1 Norr\tInget nytt.\n";
        let (out, heading) = note_table(lines(text));
        assert_eq!(
            texts(&out),
            [
                "Närvarande: Eva Ek",
                "",
                "1. Öppnande",
                "Eva Ek hälsade välkomna.",
                "2. Läget",
                "Karin berättade.",
                "Nytt stycke i cellen.",
                "3. Rapporter",
                "3.1 Norr",
                "Inget nytt."
            ]
        );
        assert_eq!(heading.map(|l| l.text), Some("Punkt\tAnteckning".to_owned()));
        // Without the heading row nothing is split.
        let (same, none) = note_table(lines("1. Öppnande\tEva Ek hälsade."));
        assert_eq!(texts(&same), ["1. Öppnande\tEva Ek hälsade."]);
        assert!(none.is_none());
    }

    #[test]
    fn a_table_of_contents_is_taken_out() {
        let text = "Minnesanteckningar\n\nInnehåll\n1. Öppnande\t1\n2. Budget\t1\n2.1 Prognos\t2\n\nDatum: 2026-03-04\n1. Öppnande\nText.\n";
        let (out, taken) = contents(lines(text));
        assert_eq!(
            texts(&out),
            [
                "Minnesanteckningar",
                "",
                "",
                "Datum: 2026-03-04",
                "1. Öppnande",
                "Text."
            ]
        );
        assert_eq!(taken.len(), 4);
        // A heading `Innehåll` over prose is no table of contents.
        let (kept, none) = contents(lines("Innehåll\nVi talade om budgeten.\n"));
        assert_eq!(kept.len(), 2);
        assert!(none.is_empty());
    }

    #[test]
    fn a_decision_log_goes_to_its_items() {
        let text = "1. Öppnande\nText.\n2. Budget\nKarin berättade.\n3. Övrigt\nInget.\n\nBeslutslogg\nPunkt\tBeslut\n2\tatt anta budgeten\n3\tatt avsluta mötet\n2\tatt skicka den vidare\n9\tatt göra något\n";
        let (out, moved) = decision_log(lines(text));
        assert_eq!(
            texts(&out),
            [
                "1. Öppnande",
                "Text.",
                "2. Budget",
                "Karin berättade.",
                "",
                "Beslut:",
                "att anta budgeten",
                "att skicka den vidare",
                "",
                "3. Övrigt",
                "Inget.",
                "",
                "Beslut:",
                "att avsluta mötet",
                "",
                "",
                "Beslutslogg",
                "Punkt\tBeslut",
                "9\tatt göra något"
            ]
        );
        assert_eq!(moved.len(), 3);
        assert_eq!(moved[1], (11, "3".to_owned()));
    }
}
