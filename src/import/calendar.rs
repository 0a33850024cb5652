//! A meeting calendar written as a table in the document (`Torsdag 29 januari kl. 09.30-12.00
//! Myntgatan 2 ...`), one row a meeting, continuation lines belonging to the row above.

use super::dates;
use super::lines::{Line, join};
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

static ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)\s+)?(?:den\s+)?(\d{1,2})\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b\.?\s*(?:(\d{4})\b\s*)?(.*)$")
        .unwrap_or_else(|_| unreachable!())
});
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(20\d{2})\b").unwrap_or_else(|_| unreachable!()));

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub date: NaiveDate,
    /// The date as written (`Torsdag 29 januari`).
    pub date_written: String,
    pub weekday: Option<String>,
    pub time: Option<String>,
    /// Place and notes, as written.
    pub rest: String,
    pub line: usize,
    /// Something that does not add up, for the report.
    pub problem: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub header: Option<String>,
    pub rows: Vec<Row>,
}

/// The parts of a row line: weekday, day, month, year and the rest.
pub type RowParts = (Option<String>, u32, u32, Option<i32>, String);

/// The parts of a row line, when the line starts a row.
pub fn row(text: &str) -> Option<RowParts> {
    let caps = ROW.captures(text.trim())?;
    let day: u32 = caps.get(2)?.as_str().parse().ok()?;
    let month = dates::month(caps.get(3)?.as_str())?;
    let year = caps.get(4).and_then(|y| y.as_str().parse().ok());
    Some((
        caps.get(1).map(|w| w.as_str().to_owned()),
        day,
        month,
        year,
        caps.get(5).map(|m| m.as_str().to_owned()).unwrap_or_default(),
    ))
}

/// A year named in a text (`Kalendarium för 2026`).
pub fn year_in(text: &str) -> Option<i32> {
    YEAR.captures(text).and_then(|c| c[1].parse().ok())
}

/// Reads the table that starts at line `start`. `structural` says whether a line starts
/// something else (a decision, a heading). `None` when there are fewer than two rows.
pub fn read(
    lines: &[Line],
    start: usize,
    year: i32,
    structural: &dyn Fn(&str) -> bool,
) -> Option<(Table, usize)> {
    let mut table = Table::default();
    let mut end = start;
    let mut j = start;
    while j < lines.len() {
        let text = lines[j].text.replace('\t', " ");
        let text = text.trim();
        if text.is_empty() {
            j += 1;
            continue;
        }
        if structural(text) {
            break;
        }
        if let Some((weekday, day, month, row_year, rest)) = row(text) {
            let Some(date) = NaiveDate::from_ymd_opt(row_year.unwrap_or(year), month, day) else {
                break;
            };
            let (time, rest) = match dates::find_time(&rest) {
                Some((time, written)) => {
                    let rest = rest.replacen(&written, " ", 1);
                    (Some(written.trim().to_owned()).filter(|_| !time.is_empty()), rest)
                }
                None => (None, rest),
            };
            let date_written = text
                .split_whitespace()
                .take(if weekday.is_some() { 3 } else { 2 })
                .collect::<Vec<_>>()
                .join(" ");
            let problem = weekday.as_ref().and_then(|w| {
                let actual = crate::network::calendar::swedish_weekday(date);
                (!w.eq_ignore_ascii_case(actual)).then(|| {
                    crate::msg!(
                        "import-calendar-weekday",
                        written = date_written.clone(),
                        said = w.clone(),
                        date = dates::iso(date),
                        actual = actual
                    )
                })
            });
            let date_written = if weekday.is_some() {
                // The weekday stays in its own column; only day and month become the date.
                text.split_whitespace()
                    .skip(1)
                    .take(2)
                    .collect::<Vec<_>>()
                    .join(" ")
            } else {
                date_written
            };
            table.rows.push(Row {
                date,
                date_written,
                weekday: weekday.map(|w| w.to_lowercase()),
                time,
                rest: rest.split_whitespace().collect::<Vec<_>>().join(" "),
                line: lines[j].number,
                problem,
            });
            end = j + 1;
            j += 1;
            continue;
        }
        let words = text.split_whitespace().count();
        let prose = words > 8 || (text.ends_with('.') && words > 4);
        match table.rows.last_mut() {
            Some(last) if !prose => {
                last.rest = join(&[last.rest.as_str(), text]);
                end = j + 1;
                j += 1;
            }
            _ => break,
        }
    }
    (table.rows.len() >= 2).then_some((table, end))
}

/// The table in Markdown.
pub fn render(table: &Table) -> String {
    let cell = |t: &str| t.replace('|', "\\|");
    let mut out = String::from("| Datum | Dag | Tid | Plats och info |\n| --- | --- | --- | --- |\n");
    for row in &table.rows {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            dates::iso(row.date),
            cell(row.weekday.as_deref().unwrap_or("")),
            cell(row.time.as_deref().unwrap_or("")),
            cell(&row.rest)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Line> {
        super::super::lines::split(text)
    }

    #[test]
    fn rows_continuations_and_weekdays() {
        let text = "Onsdag 4 februari kl. 09.00-11.00 Torget 1, Sal A\nandra våningen\n\n\
                    Torsdag 6 mars 13.00-15.00 Digitalt\n\n3 april heldag Plats ej bestämd\n\nLNV beslutade";
        let lines = lines(text);
        let (table, end) = read(&lines, 0, 2026, &|t: &str| t.starts_with("LNV")).unwrap_or_default();
        assert_eq!(table.rows.len(), 3);
        assert_eq!(
            table.rows[0].date,
            NaiveDate::from_ymd_opt(2026, 2, 4).unwrap_or_default()
        );
        assert_eq!(table.rows[0].rest, "Torget 1, Sal A andra våningen");
        assert_eq!(table.rows[0].time.as_deref(), Some("kl. 09.00-11.00"));
        assert_eq!(table.rows[2].time.as_deref(), Some("heldag"));
        assert!(table.rows[0].problem.is_none());
        assert!(
            table.rows[1]
                .problem
                .as_deref()
                .is_some_and(|p| p.contains("fredag"))
        );
        let after = lines[end..]
            .iter()
            .find(|l| !l.text.is_empty())
            .map(|l| l.text.as_str());
        assert_eq!(after, Some("LNV beslutade"));
        assert!(render(&table).contains("| 2026-04-03 |  | heldag | Plats ej bestämd |"));
    }
}
