//! `lchnv render DATE --to docx|pdf|html`: a meeting's agenda or minutes as the document the
//! members read.

use crate::cli::Global;
use crate::exit::Exit;
use crate::model::Kind;
use crate::msg;
use crate::render::{self, Target, document};
use crate::repo::{LoadOptions, Repository};
use anyhow::{Result, bail};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum KindArg {
    Agenda,
    Minutes,
}

#[derive(Debug, clap::Args)]
#[command(after_help = crate::msg!("cli-render-examples"))]
pub struct RenderArgs {
    #[arg(help = crate::msg!("cli-meeting-date"))]
    pub date: String,
    #[arg(long, value_enum)]
    #[arg(help = crate::msg!("cli-render-kind"))]
    pub kind: Option<KindArg>,
    #[arg(long, value_enum)]
    #[arg(help = crate::msg!("cli-render-to"))]
    pub to: Target,
    #[arg(short, long, value_name = "FILE")]
    #[arg(help = crate::msg!("cli-render-output"))]
    pub output: Option<PathBuf>,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-render-force"))]
    pub force: bool,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-include-drafts"))]
    pub include_drafts: bool,
}

pub fn run(args: &RenderArgs, global: &Global, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit> {
    let date = crate::cycle::parse_date_arg(&args.date)?;
    let root = global.meetings_root()?;
    let load = Repository::load(
        &root,
        LoadOptions {
            include_drafts: args.include_drafts,
            keep_prose: true,
            ..LoadOptions::default()
        },
    )?;
    load.notes(err)?;
    let repo = &load.repo;
    let kind = match args.kind {
        Some(KindArg::Agenda) => Kind::Agenda,
        Some(KindArg::Minutes) => Kind::Minutes,
        None if repo.minutes(date).is_some() => Kind::Minutes,
        None => Kind::Agenda,
    };
    let Some(meeting) = repo.meeting(date, kind) else {
        let path = crate::cycle::target(&root, date, kind);
        if kind == Kind::Minutes && load.drafts_left_out.contains(&path) {
            bail!(
                "{}",
                msg!("render-draft-minutes", path = path.display().to_string())
            );
        }
        let path = path.display().to_string();
        let date = date.to_string();
        match kind {
            Kind::Agenda => bail!("{}", msg!("render-no-agenda", path = path, date = date)),
            Kind::Minutes => bail!("{}", msg!("render-no-minutes", path = path, date = date)),
        }
    };
    let path = match &args.output {
        Some(path) => path.clone(),
        None => render::default_path(&root, date, kind, args.to),
    };
    // Refused before the work; the write below refuses again should the file appear meanwhile.
    if std::fs::symlink_metadata(&path).is_ok() && !args.force {
        return Err(crate::write::already_exists(&path));
    }
    let doc = document::build(repo, meeting, document::Audience::Members);
    let bytes = args.to.write(&doc)?;
    let mut transaction = crate::write::Transaction::begin(&root)?;
    transaction.create_bytes(&path, &bytes, args.force)?;
    transaction.commit();
    writeln!(out, "{}", path.display())?;
    Ok(Exit::Clean)
}
