//! `lchnv new-minutes DATE`: a minutes skeleton from the agenda.

use crate::cli::Global;
use crate::cycle::{self, minutes};
use crate::exit::Exit;
use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(after_help = crate::msg!("cli-new-minutes-examples"))]
pub struct NewMinutesArgs {
    #[arg(help = crate::msg!("cli-meeting-date"))]
    pub date: String,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-new-minutes-dry-run"))]
    pub dry_run: bool,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-new-minutes-force"))]
    pub force: bool,
    #[arg(long, value_name = "FILE")]
    #[arg(help = crate::msg!("cli-new-minutes-template"))]
    pub template: Option<PathBuf>,
    #[arg(long, value_name = "NAME")]
    #[arg(help = crate::msg!("cli-new-minutes-note-taker"))]
    pub note_taker: Option<String>,
}

pub fn run(args: &NewMinutesArgs, global: &Global, out: &mut dyn Write) -> Result<Exit> {
    let date = cycle::parse_date_arg(&args.date)?;
    // Earlier drafts do not change the skeleton: it comes from this meeting's agenda.
    let root = global.meetings_root()?;
    let target = cycle::target(&root, date, crate::model::Kind::Minutes);
    let repo = cycle::load(
        &root,
        &target,
        date,
        true,
        args.force,
        args.dry_run,
        global.use_cache(),
    )?
    .repo;
    let request = minutes::Request {
        date,
        note_taker: args.note_taker.clone(),
        template: args.template.clone(),
    };
    let draft = minutes::draft(repo, &request)?;
    cycle::deliver(&root, &draft, args.dry_run, args.force, out)?;
    Ok(Exit::Clean)
}
