//! `lchnv decisions`: the decision register.

use crate::cli::Global;
use crate::exit::Exit;
use crate::extract::Need;
use crate::msg;
use crate::output::{self, Format, Table};
use crate::registers::{self, decisions, history};
use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;
use std::io::Write;

#[derive(Debug, clap::Args)]
#[command(after_help = crate::msg!("cli-decisions-examples"))]
pub struct DecisionsArgs {
    #[arg(long, value_name = "DATE", value_parser = registers::parse_date_arg)]
    #[arg(help = crate::msg!("cli-decisions-since"))]
    pub since: Option<NaiveDate>,
    #[arg(long, value_name = "DATE", value_parser = registers::parse_date_arg)]
    #[arg(help = crate::msg!("cli-decisions-until"))]
    pub until: Option<NaiveDate>,
    #[arg(long, value_name = "ID")]
    #[arg(help = crate::msg!("cli-decisions-matter"))]
    pub matter: Option<String>,
    #[arg(long, value_name = "TEXT")]
    #[arg(help = crate::msg!("cli-decisions-grep"))]
    pub grep: Option<String>,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-include-drafts"))]
    pub include_drafts: bool,
    #[arg(long, value_enum, default_value_t)]
    #[arg(help = crate::msg!("cli-register-format"))]
    pub format: Format,
    #[arg(long, value_name = "N")]
    #[arg(help = crate::msg!("cli-width-table"))]
    pub width: Option<usize>,
}

/// The JSON document `lchnv decisions --format json` writes.
#[derive(Serialize)]
struct Document<'a> {
    decisions: &'a [decisions::Row],
}

pub fn run(args: &DecisionsArgs, global: &Global, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit> {
    let load = registers::load(global, args.include_drafts, false, Need::Decisions)?;
    let repo = &load.repo;
    let matter = match &args.matter {
        Some(id) => Some(history::resolve_matter(repo, id)?),
        None => None,
    };
    let filter = decisions::Filter {
        since: args.since,
        until: args.until,
        matter,
        grep: args.grep.clone(),
    };
    let rows = decisions::rows(repo, &filter);
    match args.format {
        Format::Json => output::write_json(out, &Document { decisions: &rows })?,
        Format::Csv => full_table(&rows, false).write_csv(out)?,
        Format::Markdown => full_table(&rows, true).write_markdown(out)?,
        Format::Table => {
            if rows.is_empty() {
                writeln!(out, "{}", msg!("decisions-none"))?;
            } else {
                let h = headers();
                let mut table = Table::new(&[&h[0], &h[1], &h[2], &h[3]])
                    .wrapping(&h[1])
                    .wrapping_with(&h[3], 2);
                for row in &rows {
                    table.push(vec![
                        row.reference.to_string().into(),
                        row.item_title.clone().into(),
                        row.matter.clone().unwrap_or_default().into(),
                        row.text.clone().into(),
                    ]);
                }
                table.write_text(out, output::resolve_width(args.width))?;
                writeln!(out)?;
                let mut dates: Vec<NaiveDate> = rows.iter().map(|r| r.date).collect();
                dates.dedup();
                let summary = msg!("decisions-summary", count = rows.len(), meetings = dates.len());
                writeln!(out, "{summary}")?;
            }
        }
    }
    load.notes(err)?;
    Ok(Exit::Clean)
}

/// The columns people read: reference, item, matter, decision.
fn headers() -> [String; 4] {
    [
        msg!("column-reference"),
        msg!("column-item"),
        msg!("column-matter"),
        msg!("column-decision"),
    ]
}

/// Every field, for CSV (plain) and Markdown (references as code).
fn full_table(rows: &[decisions::Row], markdown: bool) -> Table {
    let h = headers();
    let headers: &[&str] = if markdown {
        &[&h[0], &h[1], &h[2], &h[3]]
    } else {
        &[
            "reference",
            "date",
            "item",
            "item_title",
            "item_type",
            "matter",
            "text",
        ]
    };
    let mut table = Table::new(headers);
    for row in rows {
        if markdown {
            table.push(vec![
                format!("`{}`", row.reference).into(),
                format!("{} {}", row.item, row.item_title).into(),
                row.matter.clone().unwrap_or_default().into(),
                row.text.clone().into(),
            ]);
        } else {
            table.push(vec![
                row.reference.to_string().into(),
                row.date.to_string().into(),
                row.item.to_string().into(),
                row.item_title.clone().into(),
                row.item_type.clone().unwrap_or_default().into(),
                row.matter.clone().unwrap_or_default().into(),
                row.text.clone().into(),
            ]);
        }
    }
    table
}
