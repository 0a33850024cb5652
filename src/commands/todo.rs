//! `lchnv todo`: outstanding assignments.

use crate::cli::Global;
use crate::exit::Exit;
use crate::extract::Need;
use crate::ledger::Ledger;
use crate::msg;
use crate::network::MEMBERS_FILE;
use crate::output::{self, Cell, Format, Table};
use crate::registers::{self, todo};
use anstyle::{AnsiColor, Style};
use anyhow::{Result, bail};
use chrono::NaiveDate;
use serde::Serialize;
use std::io::Write;

#[derive(Debug, clap::Args)]
#[command(after_help = crate::msg!("cli-todo-examples"))]
pub struct TodoArgs {
    #[arg(long, value_name = "NAME")]
    #[arg(help = crate::msg!("cli-todo-owner"))]
    pub owner: Option<String>,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-todo-overdue"))]
    pub overdue: bool,
    #[arg(long, value_name = "DATE", value_parser = registers::parse_date_arg)]
    #[arg(help = crate::msg!("cli-todo-due-before"))]
    pub due_before: Option<NaiveDate>,
    #[arg(long, value_name = "DATE", value_parser = registers::parse_date_arg)]
    #[arg(help = crate::msg!("cli-todo-meeting"))]
    pub meeting: Option<NaiveDate>,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-todo-all"))]
    pub all: bool,
    #[arg(long, value_name = "DATE", value_parser = registers::parse_date_arg)]
    #[arg(help = crate::msg!("cli-todo-today"))]
    pub today: Option<NaiveDate>,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-include-drafts"))]
    pub include_drafts: bool,
    #[arg(long, value_enum, default_value_t)]
    #[arg(help = crate::msg!("cli-todo-format"))]
    pub format: Format,
    #[arg(long, value_name = "N")]
    #[arg(help = crate::msg!("cli-width-table"))]
    pub width: Option<usize>,
}

/// The JSON document `lchnv todo --format json` writes.
#[derive(Serialize)]
struct Document<'a> {
    #[serde(serialize_with = "output::date::iso")]
    today: NaiveDate,
    assignments: &'a [todo::Row],
}

pub fn run(args: &TodoArgs, global: &Global, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit> {
    let load = registers::load(global, args.include_drafts, false, Need::Assignments)?;
    let repo = &load.repo;
    let members = &repo.network.members;
    let owner = match &args.owner {
        Some(name) => Some(todo::resolve_owner(members, name, &repo.root.join(MEMBERS_FILE))?),
        None => None,
    };
    if let Some(day) = args.meeting
        && repo.minutes(day).is_none()
    {
        let dates: Vec<String> = repo
            .all_minutes()
            .filter_map(|m| m.date())
            .map(|d| d.to_string())
            .collect();
        let known = if dates.is_empty() {
            msg!("todo-no-minutes-yet")
        } else {
            msg!("todo-minutes-exist", dates = dates.join(", "))
        };
        bail!(
            "{}",
            msg!(
                "todo-no-minutes-dated",
                day = day.to_string(),
                folder = repo.root.display().to_string(),
                known = known
            )
        );
    }
    let today = args.today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let filter = todo::Filter {
        owner,
        overdue: args.overdue,
        due_before: args.due_before,
        meeting: args.meeting,
        all: args.all,
        today,
    };
    let ledger = Ledger::new(repo);
    let rows = todo::rows(&ledger, &filter);
    match args.format {
        Format::Json => output::write_json(
            out,
            &Document {
                today,
                assignments: &rows,
            },
        )?,
        Format::Csv => csv_table(&rows).write_csv(out)?,
        Format::Markdown => markdown_table(&rows, args.all, today).write_markdown(out)?,
        Format::Table => {
            if rows.is_empty() {
                let none = if args.all {
                    msg!("todo-none")
                } else {
                    msg!("todo-none-open")
                };
                writeln!(out, "{none}")?;
            } else {
                let width = output::resolve_width(args.width);
                let table = text_table(&rows, args.all, today, width.is_some());
                table.write_text(out, width)?;
                writeln!(out)?;
                writeln!(out, "{}", summary(&rows))?;
            }
        }
    }
    load.notes(err)?;
    Ok(Exit::Clean)
}

/// "3 open assignments, 1 overdue."
fn summary(rows: &[todo::Row]) -> String {
    let open = rows.iter().filter(|r| !r.done).count() as i64;
    let done = rows.len() as i64 - open;
    let overdue = rows.iter().filter(|r| r.overdue_days.is_some()).count();
    let mut parts = vec![msg!("todo-summary-open", count = open)];
    if done > 0 {
        parts.push(msg!("todo-summary-done", count = done));
    }
    if overdue > 0 {
        parts.push(msg!("todo-summary-overdue", count = overdue));
    }
    format!("{}.", parts.join(", "))
}

fn state(row: &todo::Row) -> String {
    if row.done {
        msg!("todo-state-done")
    } else {
        msg!("todo-state-open")
    }
}

/// The column headings of the table and of Markdown: reference, owner, task, due, report to.
fn headers() -> [String; 5] {
    [
        msg!("column-reference"),
        msg!("column-owner"),
        msg!("column-task"),
        msg!("column-due"),
        msg!("column-report-to"),
    ]
}

/// The table for a terminal; with `narrow`, the delay goes under the due date.
fn text_table(rows: &[todo::Row], all: bool, today: NaiveDate, narrow: bool) -> Table {
    let [reference, owner, task, due, report_to] = headers();
    let mut headers = vec![reference.as_str(), &owner, &task, &due, &report_to];
    let state_header = msg!("column-state");
    if all {
        headers.insert(0, &state_header);
    }
    let mut table = Table::new(&headers)
        .wrapping(&owner)
        .wrapping_with(&task, 2)
        .wrapping(&due)
        .wrapping(&report_to);
    let overdue = Style::new().fg_color(Some(AnsiColor::BrightRed.into())).bold();
    let dim = Style::new().dimmed();
    for row in rows {
        let due_style = if row.overdue_days.is_some() {
            overdue
        } else {
            Style::new()
        };
        let due = if narrow {
            row.due_text(today).replacen(" (", "\n(", 1)
        } else {
            row.due_text(today)
        };
        let mut cells: Vec<Cell> = vec![
            row.reference.to_string().into(),
            todo::shown(&row.owner_text(", ")).into(),
            row.task.clone().into(),
            Cell::styled(due, due_style),
            todo::shown(row.report_to.as_deref().unwrap_or_default()).into(),
        ];
        if all {
            let style = if row.done { dim } else { Style::new() };
            cells.insert(0, Cell::styled(state(row), style));
        }
        table.push(cells);
    }
    table
}

fn markdown_table(rows: &[todo::Row], all: bool, today: NaiveDate) -> Table {
    let columns = headers();
    let mut headers: Vec<&str> = columns.iter().map(String::as_str).collect();
    let done_header = msg!("column-done");
    if all {
        headers.insert(0, &done_header);
    }
    let mut table = Table::new(&headers);
    for row in rows {
        let mut cells: Vec<Cell> = vec![
            format!("`{}`", row.reference).into(),
            todo::shown(&row.owner_text(", ")).into(),
            row.task.clone().into(),
            row.due_text(today).into(),
            todo::shown(row.report_to.as_deref().unwrap_or_default()).into(),
        ];
        if all {
            cells.insert(0, if row.done { "[x]" } else { "[ ]" }.into());
        }
        table.push(cells);
    }
    table
}

fn csv_table(rows: &[todo::Row]) -> Table {
    let mut table = Table::new(&[
        "reference",
        "owners",
        "task",
        "due",
        "overdue_days",
        "report_to",
        "meeting",
        "item",
        "item_title",
        "matter",
        "latest_reference",
        "done",
    ]);
    for row in rows {
        table.push(vec![
            row.reference.to_string().into(),
            row.owner_text("; ").into(),
            row.task.clone().into(),
            row.due.clone().unwrap_or_default().into(),
            row.overdue_days.map(|d| d.to_string()).unwrap_or_default().into(),
            row.report_to.clone().unwrap_or_default().into(),
            row.meeting.to_string().into(),
            row.item.to_string().into(),
            row.item_title.clone().into(),
            row.matter.clone().unwrap_or_default().into(),
            row.latest_reference.to_string().into(),
            row.done.to_string().into(),
        ]);
    }
    table
}
