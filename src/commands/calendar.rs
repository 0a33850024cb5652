//! `lchnv calendar`: the network's meetings, for people's calendars (`--format ics`), as a table
//! or as JSON.

use crate::cli::Global;
use crate::exit::Exit;
use crate::extract::Need;
use crate::ics;
use crate::msg;
use crate::output::{self, Table};
use crate::registers;
use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum CalendarFormat {
    #[default]
    #[value(help = crate::msg!("cli-calendar-format-table"))]
    Table,
    #[value(help = crate::msg!("cli-calendar-format-json"))]
    Json,
    #[value(help = crate::msg!("cli-calendar-format-ics"))]
    Ics,
}

#[derive(Debug, clap::Args)]
#[command(after_help = crate::msg!("cli-calendar-examples"))]
pub struct CalendarArgs {
    #[arg(long, value_enum, default_value_t)]
    #[arg(help = crate::msg!("cli-calendar-format"))]
    pub format: CalendarFormat,
    #[arg(long, value_name = "YYYY")]
    #[arg(help = crate::msg!("cli-calendar-year"))]
    pub year: Option<i32>,
    #[arg(long, value_name = "URL", env = "LCHNV_SITE_URL")]
    #[arg(help = crate::msg!("cli-calendar-site-url"))]
    pub site_url: Option<String>,
}

/// One meeting of the calendar, in JSON.
#[derive(Serialize)]
struct Row {
    #[serde(serialize_with = "output::date::iso")]
    date: NaiveDate,
    weekday: &'static str,
    time: Option<String>,
    all_day: bool,
    place: Option<String>,
    room: Option<String>,
    note: Option<String>,
    uid: String,
    agenda: bool,
    minutes: bool,
}

#[derive(Serialize)]
struct Document {
    meetings: Vec<Row>,
}

pub fn run(args: &CalendarArgs, global: &Global, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit> {
    let load = registers::load(global, false, false, Need::Whole)?;
    let repo = &load.repo;
    match args.format {
        CalendarFormat::Ics => {
            let base = args
                .site_url
                .as_deref()
                .map(|u| u.trim_end_matches('/').to_owned());
            let url = |date: NaiveDate| {
                base.as_ref()
                    .map(|b| format!("{b}/{}", crate::site::meeting_path(date)))
            };
            out.write_all(ics::calendar(repo, args.year, &url).as_bytes())?;
        }
        format => {
            let name = &repo.network.members.network.name;
            let rows: Vec<Row> = repo
                .network
                .calendar
                .entries
                .iter()
                .filter(|e| {
                    args.year
                        .is_none_or(|y| chrono::Datelike::year(&e.date.value) == y)
                })
                .map(|e| {
                    let date = e.date.value;
                    Row {
                        date,
                        weekday: crate::format::dates::weekday(date),
                        time: e.time.clone(),
                        all_day: ics::hours(e.time.as_deref()) == ics::Hours::AllDay,
                        place: e.place.clone(),
                        room: e.room.clone(),
                        note: e.note.clone(),
                        uid: ics::uid(date, name),
                        agenda: repo.agenda(date).is_some(),
                        minutes: repo.minutes(date).is_some(),
                    }
                })
                .collect();
            if format == CalendarFormat::Json {
                output::write_json(out, &Document { meetings: rows })?;
            } else {
                let headers = [
                    msg!("column-date"),
                    msg!("column-weekday"),
                    msg!("column-time"),
                    msg!("column-place"),
                    msg!("column-room"),
                    msg!("column-note"),
                    msg!("column-agenda"),
                    msg!("column-minutes"),
                ];
                let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
                let mut table = Table::new(&headers).wrapping(headers[5]);
                let yes_word = msg!("calendar-yes");
                let yes = |b: bool| if b { yes_word.clone() } else { String::new() };
                for row in &rows {
                    table.push(vec![
                        row.date.format("%Y-%m-%d").to_string().into(),
                        row.weekday.into(),
                        row.time.clone().unwrap_or_default().into(),
                        row.place.clone().unwrap_or_default().into(),
                        row.room.clone().unwrap_or_default().into(),
                        row.note.clone().unwrap_or_default().into(),
                        yes(row.agenda).into(),
                        yes(row.minutes).into(),
                    ]);
                }
                table.write_text(out, output::resolve_width(None))?;
            }
        }
    }
    load.notes(err)?;
    Ok(Exit::Clean)
}
