//! A grid of cells, written as aligned columns that fit a width, as CSV, or as a Markdown table.

use super::wrap::{wrap, write_wrapped};
use anstyle::Style;
use std::io::{self, Write};

/// The space between two columns.
const GAP: usize = 2;
/// The narrowest a wrapping column is made, unless its content is narrower.
const MIN_WRAPPED: usize = 8;
/// A wrapping column keeps room for its longest word up to this width; a longer word is cut.
const MAX_FLOOR: usize = 20;

/// One cell: its text and how to colour it on a terminal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub style: Style,
}

impl Cell {
    pub fn styled(text: impl Into<String>, style: Style) -> Cell {
        Cell {
            text: text.into(),
            style,
        }
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell {
            text,
            style: Style::new(),
        }
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::from(text.to_owned())
    }
}

/// Rows of cells under a header row.
#[derive(Debug, Clone, Default)]
pub struct Table {
    headers: Vec<String>,
    /// Columns that may wrap when the table is wider than it may be.
    wraps: Vec<bool>,
    /// How much of the room each wrapping column is given, relative to the others.
    weights: Vec<usize>,
    rows: Vec<Vec<Cell>>,
}

impl Table {
    pub fn new(headers: &[&str]) -> Table {
        Table {
            headers: headers.iter().map(|h| (*h).to_owned()).collect(),
            wraps: vec![false; headers.len()],
            weights: vec![1; headers.len()],
            rows: Vec::new(),
        }
    }

    /// Lets a column wrap (by the name of its header) when the table does not fit.
    pub fn wrapping(self, header: &str) -> Table {
        self.wrapping_with(header, 1)
    }

    /// Lets a column wrap, taking `weight` shares of the room the wrapping columns share.
    pub fn wrapping_with(mut self, header: &str, weight: usize) -> Table {
        if let Some(i) = self.headers.iter().position(|h| h == header) {
            self.wraps[i] = true;
            self.weights[i] = weight.max(1);
        }
        self
    }

    /// Adds a row; missing cells are empty, extra cells are dropped.
    pub fn push(&mut self, mut row: Vec<Cell>) {
        row.resize(self.headers.len(), Cell::default());
        self.rows.push(row);
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// The widths of the columns so that the table fits `width`, wrapping columns narrowed
    /// as evenly as they allow.
    /// `None` when the columns cannot fit without cutting words.
    fn widths(&self, width: Option<usize>) -> Option<Vec<usize>> {
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.chars().count()).collect();
        for row in &self.rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                let longest = cell
                    .text
                    .split('\n')
                    .map(|l| l.chars().count())
                    .max()
                    .unwrap_or(0);
                *w = (*w).max(longest);
            }
        }
        let Some(limit) = width else {
            return Some(widths);
        };
        let gaps = GAP * widths.len().saturating_sub(1);
        let total: usize = widths.iter().sum::<usize>() + gaps;
        if total <= limit {
            return Some(widths);
        }
        let fixed: usize = widths
            .iter()
            .zip(&self.wraps)
            .filter(|(_, wraps)| !**wraps)
            .map(|(w, _)| *w)
            .sum();
        let mut flexible: Vec<usize> = (0..widths.len()).filter(|&i| self.wraps[i]).collect();
        if flexible.is_empty() || fixed + gaps > limit {
            return None;
        }
        // Each wrapping column keeps room for its longest word (up to a limit), so that words
        // are cut only when nothing else fits.
        let floors: Vec<usize> = (0..widths.len())
            .map(|i| {
                let longest_word = self
                    .rows
                    .iter()
                    .filter_map(|row| row.get(i))
                    .flat_map(|cell| cell.text.split_whitespace())
                    .chain(self.headers.get(i).map(String::as_str))
                    .map(|w| w.chars().count())
                    .max()
                    .unwrap_or(0);
                widths[i].min(longest_word.clamp(MIN_WRAPPED, MAX_FLOOR))
            })
            .collect();
        let mut room = limit.saturating_sub(fixed + gaps);
        if flexible.iter().map(|&i| floors[i]).sum::<usize>() > room {
            // Columns this narrow would cut words: better one record after another.
            return None;
        }
        // Narrowest for its weight first: a column that needs less than its share leaves the
        // rest to the others.
        flexible.sort_by(|&a, &b| (widths[a] * self.weights[b]).cmp(&(widths[b] * self.weights[a])));
        let mut weights: usize = flexible.iter().map(|&i| self.weights[i]).sum();
        let mut reserved: usize = flexible.iter().map(|&i| floors[i]).sum();
        for i in flexible {
            reserved -= floors[i];
            let share = room * self.weights[i] / weights.max(1);
            let most = widths[i].min(room.saturating_sub(reserved));
            let mut given = share.min(most).max(floors[i]);
            // A column that nearly fits is given its full width: one wrapped word less.
            if given * 5 >= widths[i] * 4 && most >= widths[i] {
                given = widths[i];
            }
            widths[i] = given;
            room = room.saturating_sub(given);
            weights = weights.saturating_sub(self.weights[i]);
        }
        Some(widths)
    }

    /// Writes the table as aligned columns at most `width` characters wide, the wrapping
    /// columns wrapped; the header in bold and cells in their style (shown on a terminal only).
    /// When the columns cannot fit without cutting words, writes one record after another.
    pub fn write_text(&self, out: &mut dyn Write, width: Option<usize>) -> io::Result<()> {
        let Some(widths) = self.widths(width) else {
            return self.write_records(out, width);
        };
        let bold = Style::new().bold();
        let header: Vec<Cell> = self
            .headers
            .iter()
            .map(|h| Cell::styled(h.clone(), bold))
            .collect();
        self.write_row(out, &header, &widths)?;
        for row in &self.rows {
            self.write_row(out, row, &widths)?;
        }
        Ok(())
    }

    /// Each row as its first cell on a line of its own, then `Header: value` lines.
    fn write_records(&self, out: &mut dyn Write, width: Option<usize>) -> io::Result<()> {
        let bold = Style::new().bold();
        for (n, row) in self.rows.iter().enumerate() {
            if n > 0 {
                writeln!(out)?;
            }
            let Some((first, rest)) = row.split_first() else {
                continue;
            };
            let style = if first.style == Style::new() {
                bold
            } else {
                first.style
            };
            write_wrapped(out, &first.text.replace('\n', " "), width, ("", ""), style)?;
            for (header, cell) in self.headers.iter().skip(1).zip(rest) {
                if cell.text.trim().is_empty() {
                    continue;
                }
                let text = format!("{header}: {}", cell.text.replace('\n', " "));
                write_wrapped(out, &text, width, ("  ", "    "), cell.style)?;
            }
        }
        Ok(())
    }

    fn write_row(&self, out: &mut dyn Write, row: &[Cell], widths: &[usize]) -> io::Result<()> {
        let cells: Vec<Vec<String>> = row
            .iter()
            .enumerate()
            .map(|(i, cell)| {
                if self.wraps.get(i).copied().unwrap_or(false) {
                    wrap(&cell.text, widths.get(i).copied().unwrap_or(MIN_WRAPPED))
                } else {
                    cell.text.split('\n').map(str::to_owned).collect()
                }
            })
            .collect();
        let height = cells.iter().map(Vec::len).max().unwrap_or(1);
        let last = row.len().saturating_sub(1);
        for line in 0..height {
            let mut text = String::new();
            let mut pending = 0;
            for (i, (cell, lines)) in row.iter().zip(&cells).enumerate() {
                let part = lines.get(line).map(String::as_str).unwrap_or("");
                let width = widths.get(i).copied().unwrap_or(0);
                if !part.is_empty() {
                    text.push_str(&" ".repeat(pending));
                    pending = 0;
                    let style = cell.style;
                    text.push_str(&format!("{style}{part}{style:#}"));
                }
                if i < last {
                    pending += width.saturating_sub(part.chars().count()) + GAP;
                }
            }
            writeln!(out, "{text}")?;
        }
        Ok(())
    }

    /// Writes the table as CSV: a header row, then one record per row.
    pub fn write_csv(&self, out: &mut dyn Write) -> io::Result<()> {
        let mut writer = csv::Writer::from_writer(out);
        writer.write_record(&self.headers).map_err(csv_io)?;
        for row in &self.rows {
            writer
                .write_record(row.iter().map(|c| c.text.as_str()))
                .map_err(csv_io)?;
        }
        writer.flush()
    }

    /// Writes the table as a GitHub-flavoured Markdown table.
    pub fn write_markdown(&self, out: &mut dyn Write) -> io::Result<()> {
        let header: Vec<String> = self.headers.iter().map(|h| markdown_cell(h)).collect();
        writeln!(out, "| {} |", header.join(" | "))?;
        writeln!(out, "|{}", " --- |".repeat(self.headers.len()))?;
        for row in &self.rows {
            let cells: Vec<String> = row.iter().map(|c| markdown_cell(&c.text)).collect();
            writeln!(out, "| {} |", cells.join(" | "))?;
        }
        Ok(())
    }
}

/// A CSV error as the I/O error it almost always is (a closed pipe stays a closed pipe).
fn csv_io(error: csv::Error) -> io::Error {
    match error.into_kind() {
        csv::ErrorKind::Io(error) => error,
        other => io::Error::other(format!("cannot write CSV: {other:?}")),
    }
}

/// A cell's text made safe inside a Markdown table row.
pub fn markdown_cell(text: &str) -> String {
    text.trim().replace('|', "\\|").replace('\n', "<br>")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Table {
        let mut table = Table::new(&["Ref", "Task", "Due"]).wrapping("Task");
        table.push(vec![
            "a#1".into(),
            "skriva en lång text om saken".into(),
            "2026-01-29".into(),
        ]);
        table.push(vec!["b#2".into(), "kort".into()]);
        table
    }

    /// The text as a reader without colour sees it.
    fn text(table: &Table, width: Option<usize>) -> String {
        let mut out = Vec::new();
        table.write_text(&mut out, width).ok();
        anstream::adapter::strip_str(&String::from_utf8(out).unwrap_or_default()).to_string()
    }

    #[test]
    fn the_header_is_bold_for_a_terminal() {
        let mut out = Vec::new();
        sample().write_text(&mut out, None).ok();
        assert!(
            String::from_utf8(out)
                .unwrap_or_default()
                .starts_with("\x1b[1mRef\x1b[0m")
        );
    }

    #[test]
    fn columns_align_without_a_limit() {
        assert_eq!(
            text(&sample(), None),
            "Ref  Task                          Due\n\
             a#1  skriva en lång text om saken  2026-01-29\n\
             b#2  kort\n"
        );
    }

    #[test]
    fn the_wrapping_column_gives_way_to_the_width() {
        let shown = text(&sample(), Some(32));
        let expected = [
            "Ref  Task             Due",
            "a#1  skriva en lång   2026-01-29",
            "     text om saken",
            "b#2  kort",
        ];
        assert_eq!(shown.lines().collect::<Vec<_>>(), expected);
        assert!(shown.lines().all(|l| l.chars().count() <= 32));
    }

    #[test]
    fn narrow_tables_wrap_words_whole_or_become_records() {
        let mut table = Table::new(&["Ref", "Owner", "Task"])
            .wrapping("Owner")
            .wrapping_with("Task", 2);
        table.push(vec![
            "a#1".into(),
            "LPO rehab-, habilitering och försäkringsmedicin".into(),
            "bereda samverkansavtalet om första veckans hjälpmedel vidare".into(),
        ]);
        let shown = text(&table, Some(50));
        assert!(shown.lines().all(|l| l.chars().count() <= 50), "{shown}");
        assert!(shown.contains("samverkansavtalet"), "{shown}");
        assert!(shown.contains("försäkringsmedicin"), "{shown}");
        // Too narrow for columns: one record after another.
        let squeezed = text(&table, Some(30));
        let expected = [
            "a#1",
            "  Owner: LPO rehab-,",
            "    habilitering och",
            "    försäkringsmedicin",
            "  Task: bereda",
            "    samverkansavtalet om",
            "    första veckans hjälpmedel",
            "    vidare",
        ];
        assert_eq!(squeezed.lines().collect::<Vec<_>>(), expected);
    }

    #[test]
    fn csv_and_markdown_escape_what_they_must() {
        let mut table = Table::new(&["A", "B"]);
        table.push(vec!["x, y".into(), "p | q".into()]);
        let mut csv = Vec::new();
        table.write_csv(&mut csv).ok();
        assert_eq!(
            String::from_utf8(csv).unwrap_or_default(),
            "A,B\n\"x, y\",p | q\n"
        );
        let mut md = Vec::new();
        table.write_markdown(&mut md).ok();
        assert_eq!(
            String::from_utf8(md).unwrap_or_default(),
            "| A | B |\n| --- | --- |\n| x, y | p \\| q |\n"
        );
    }
}
