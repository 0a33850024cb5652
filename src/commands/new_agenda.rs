//! `lchnv new-agenda DATE`: the next agenda, from the calendar and the matters still open.

use crate::cli::Global;
use crate::cycle::{self, agenda};
use crate::exit::Exit;
use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(after_help = crate::msg!("cli-new-agenda-examples"))]
pub struct NewAgendaArgs {
    #[arg(help = crate::msg!("cli-meeting-date"))]
    pub date: String,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-new-agenda-dry-run"))]
    pub dry_run: bool,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-new-agenda-force"))]
    pub force: bool,
    #[arg(long, value_name = "FILE")]
    #[arg(help = crate::msg!("cli-new-agenda-template"))]
    pub template: Option<PathBuf>,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-new-agenda-time"))]
    pub time: Option<String>,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-new-agenda-place"))]
    pub place: Option<String>,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-new-agenda-room"))]
    pub room: Option<String>,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-new-agenda-note"))]
    pub note: Option<String>,
    #[arg(long, value_name = "NAME")]
    #[arg(help = crate::msg!("cli-new-agenda-chair"))]
    pub chair: Option<String>,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-include-drafts"))]
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
