//! `lchnv new-minutes DATE`: a minutes skeleton from the agenda.

use crate::cli::Global;
use crate::cycle::{self, minutes};
use crate::exit::Exit;
use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  lchnv new-minutes 2026-01-29 --note-taker \"Lisa Karlsson\"
  lchnv new-minutes 2026-01-29 --dry-run")]
pub struct NewMinutesArgs {
    /// The meeting date, YYYY-MM-DD
    pub date: String,
    /// Print the minutes instead of writing them
    #[arg(long)]
    pub dry_run: bool,
    /// Replace minutes that already exist
    #[arg(long)]
    pub force: bool,
    /// The template to use [default: templates/minutes.md beside the meetings folder, else the
    /// built-in one]
    #[arg(long, value_name = "FILE")]
    pub template: Option<PathBuf>,
    /// Who takes the notes, a person in members.yaml
    #[arg(long, value_name = "NAME")]
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
