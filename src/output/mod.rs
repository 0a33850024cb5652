//! Output of the registers (`todo`, `decisions`, `history`, `attendance`): one choice of format,
//! a grid of cells that renders as an aligned text table fitting a width, as CSV or as a
//! Markdown table, and word wrapping for the text views.

pub mod table;
pub mod wrap;

pub use table::{Cell, Table};
pub use wrap::{wrap, write_wrapped};

use serde::Serialize;
use std::io::{self, Write};

/// The output formats of the registers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    #[value(help = crate::msg!("cli-register-format-table"))]
    Table,
    #[value(help = crate::msg!("cli-register-format-json"))]
    Json,
    #[value(help = crate::msg!("cli-register-format-csv"))]
    Csv,
    #[value(help = crate::msg!("cli-register-format-markdown"))]
    Markdown,
}

/// The width text output may take: `--width` (0: no limit), else the `COLUMNS` environment
/// variable, else the terminal's width when standard output is a terminal, else no limit.
pub fn resolve_width(requested: Option<usize>) -> Option<usize> {
    match requested {
        Some(0) => None,
        Some(width) => Some(width),
        None => std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|&c| c > 0)
            .or_else(|| terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)))
            .filter(|&c| c > 0),
    }
}

/// Writes a value as pretty-printed JSON followed by a newline.
pub fn write_json<T: Serialize>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    // As an I/O error, so that a closed pipe is recognised as one.
    serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::from)?;
    writeln!(out)
}

/// Serialises dates as `YYYY-MM-DD` (chrono is built without its serde feature).
pub mod date {
    use chrono::NaiveDate;
    use serde::Serializer;

    pub fn iso<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&date.format("%Y-%m-%d"))
    }

    pub fn iso_opt<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => s.collect_str(&date.format("%Y-%m-%d")),
            None => s.serialize_none(),
        }
    }

    pub fn iso_list<S: Serializer>(dates: &[NaiveDate], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(dates.iter().map(|d| d.format("%Y-%m-%d").to_string()))
    }
}
