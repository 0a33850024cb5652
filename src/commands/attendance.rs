//! `lchnv attendance`: attendance per organisation.

use crate::cli::Global;
use crate::exit::Exit;
use crate::extract::Need;
use crate::msg;
use crate::output::{self, Cell, Format, Table, write_wrapped};
use crate::registers::attendance::{Attendance, Organisation, Status};
use crate::registers::{self, attendance};
use anstyle::{AnsiColor, Style};
use anyhow::Result;
use chrono::NaiveDate;
use std::io::Write;

#[derive(Debug, clap::Args)]
#[command(after_help = crate::msg!("cli-attendance-examples"))]
pub struct AttendanceArgs {
    #[arg(long, value_name = "DATE", value_parser = registers::parse_date_arg)]
    #[arg(help = crate::msg!("cli-attendance-since"))]
    pub since: Option<NaiveDate>,
    #[arg(long, value_name = "DATE", value_parser = registers::parse_date_arg)]
    #[arg(help = crate::msg!("cli-attendance-until"))]
    pub until: Option<NaiveDate>,
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

pub fn run(args: &AttendanceArgs, global: &Global, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit> {
    let load = registers::load(global, args.include_drafts, false, Need::Attendance)?;
    let register = attendance::register(&load.repo, args.since, args.until);
    match args.format {
        Format::Json => output::write_json(out, &register)?,
        Format::Csv => csv_table(&register).write_csv(out)?,
        Format::Markdown => {
            if register.meetings.is_empty() {
                writeln!(out, "_{}_", msg!("attendance-none"))?;
            } else {
                matrix(&register, true).write_markdown(out)?;
                for paragraph in legend(&register) {
                    writeln!(out)?;
                    writeln!(out, "{paragraph}")?;
                }
            }
        }
        Format::Table => {
            if register.meetings.is_empty() {
                writeln!(out, "{}", msg!("attendance-none"))?;
            } else {
                let width = output::resolve_width(args.width);
                matrix(&register, false).write_text(out, width)?;
                writeln!(out)?;
                for paragraph in legend(&register) {
                    write_wrapped(out, &paragraph, width, ("", ""), Style::new())?;
                }
            }
        }
    }
    load.notes(err)?;
    Ok(Exit::Clean)
}

/// What a cell of the matrix says: who came, or that nobody did.
fn cell_text(at: &Attendance) -> String {
    match at.status {
        Status::Absent => msg!("attendance-absent"),
        Status::NotRecorded => msg!("attendance-not-recorded"),
        Status::Present | Status::Substitute => {
            let mut people: Vec<String> = at.present.clone();
            people.extend(at.substitutes.iter().map(|s| {
                msg!(
                    "attendance-substitute-for",
                    name = s.name.as_str(),
                    absent = s.stands_in_for.as_str()
                )
            }));
            people.join(", ")
        }
    }
}

fn cell_style(status: Status) -> Style {
    match status {
        Status::Present => Style::new(),
        Status::Substitute => Style::new().fg_color(Some(AnsiColor::BrightYellow.into())),
        Status::Absent => Style::new().fg_color(Some(AnsiColor::BrightRed.into())),
        Status::NotRecorded => Style::new().dimmed(),
    }
}

fn rate_text(org: &Organisation) -> String {
    match org.rate {
        Some(rate) => format!("{}/{} {:.0}%", org.attended, org.recorded, rate * 100.0),
        None => "–".to_owned(),
    }
}

/// One row per organisation, one column per meeting, then the rate and the substitutes.
fn matrix(register: &attendance::Register, markdown: bool) -> Table {
    let dates: Vec<String> = register.meetings.iter().map(|d| d.to_string()).collect();
    let organisation = msg!("column-organisation");
    let rest = [
        msg!("column-attended"),
        msg!("column-by-substitute"),
        msg!("column-people"),
    ];
    let mut headers: Vec<&str> = vec![&organisation];
    headers.extend(dates.iter().map(String::as_str));
    headers.extend(rest.iter().map(String::as_str));
    let mut table = Table::new(&headers);
    if !markdown {
        for date in &dates {
            table = table.wrapping(date);
        }
    }
    for org in &register.organisations {
        let mut row: Vec<Cell> = vec![org.name.clone().into()];
        for at in &org.meetings {
            row.push(Cell::styled(cell_text(at), cell_style(at.status)));
        }
        row.push(rate_text(org).into());
        row.push(org.by_substitute.to_string().into());
        row.push(org.representatives.len().to_string().into());
        table.push(row);
    }
    table
}

/// What the columns mean, and who was not counted.
fn legend(register: &attendance::Register) -> Vec<String> {
    let mut text = vec![msg!("attendance-legend")];
    if !register.unassigned.is_empty() {
        let names: Vec<String> = register
            .unassigned
            .iter()
            .map(|u| format!("{} ({})", u.name, u.date))
            .collect();
        text.push(msg!("attendance-not-counted", names = names.join(", ")));
    }
    text
}

/// One record per organisation and meeting.
fn csv_table(register: &attendance::Register) -> Table {
    let mut table = Table::new(&[
        "organisation",
        "member",
        "date",
        "status",
        "present",
        "substitutes",
        "absent",
    ]);
    for org in &register.organisations {
        for at in &org.meetings {
            let substitutes: Vec<String> = at
                .substitutes
                .iter()
                .map(|s| format!("{} (for {})", s.name, s.stands_in_for))
                .collect();
            table.push(vec![
                org.name.clone().into(),
                org.member.to_string().into(),
                at.date.to_string().into(),
                at.status.key().into(),
                at.present.join("; ").into(),
                substitutes.join("; ").into(),
                at.absent.join("; ").into(),
            ]);
        }
    }
    table
}
