//! `lchnv new-agenda DATE`: the next agenda, from the calendar and the matters still open.

use crate::cli::Global;
use crate::cycle::{self, agenda};
use crate::exit::Exit;
use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  lchnv new-agenda 2026-01-29 --dry-run       print it, write nothing
  lchnv new-agenda 2026-01-29
  lchnv new-agenda 2026-02-12 --time 09.00–11.00 --place Teams
  lchnv new-agenda 2026-01-29 --force         replace the agenda written before")]
pub struct NewAgendaArgs {
    /// The meeting date, YYYY-MM-DD
    pub date: String,
    /// Print the agenda instead of writing it
    #[arg(long)]
    pub dry_run: bool,
    /// Replace an agenda that already exists
    #[arg(long)]
    pub force: bool,
    /// The template to use [default: templates/agenda.md beside the meetings folder, else the
    /// built-in one]
    #[arg(long, value_name = "FILE")]
    pub template: Option<PathBuf>,
    /// The time, e.g. 09.30–12.00 (with --place, for a date not in the calendar)
    #[arg(long)]
    pub time: Option<String>,
    /// The place (with --time, for a date not in the calendar)
    #[arg(long)]
    pub place: Option<String>,
    /// The room
    #[arg(long)]
    pub room: Option<String>,
    /// A note, e.g. that another group meets before
    #[arg(long)]
    pub note: Option<String>,
    /// The chair, a person in members.yaml
    #[arg(long, value_name = "NAME")]
    pub chair: Option<String>,
    /// Read draft minutes (`status: draft`) as if they were final
    #[arg(long)]
    pub include_drafts: bool,
}

pub fn run(args: &NewAgendaArgs, global: &Global, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit> {
    let date = cycle::parse_date_arg(&args.date)?;
    let root = global.meetings_root()?;
    let target = cycle::target(&root, date, crate::model::Kind::Agenda);
    let mut load = cycle::load(
        &root,
        &target,
        date,
        args.include_drafts,
        args.force,
        args.dry_run,
        global.use_cache(),
    )?;
    load.quiet = global.quiet;
    load.notes(err)?;
    let repo = load.repo;
    let request = agenda::Request {
        date,
        time: args.time.clone(),
        place: args.place.clone(),
        room: args.room.clone(),
        note: args.note.clone(),
        chair: args.chair.clone(),
        template: args.template.clone(),
    };
    let in_calendar = repo.network.calendar.get(date).is_some();
    let draft = agenda::draft(repo, &request)?;
    cycle::deliver(&root, &draft, args.dry_run, args.force, out)?;
    if !in_calendar && !global.quiet {
        let text = crate::msg!(
            "new-agenda-not-in-calendar",
            date = date.to_string(),
            calendar = crate::network::CALENDAR_FILE
        );
        writeln!(err, "{text}")?;
    }
    Ok(Exit::Clean)
}
