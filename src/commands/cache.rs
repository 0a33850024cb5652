//! `lchnv cache`: where the cache of unchanged files' results is, and removing it.

use crate::cli::Global;
use crate::exit::Exit;
use anyhow::Result;
use std::io::Write;

#[derive(Debug, clap::Args)]
#[command(after_help = crate::msg!("cli-cache-examples"))]
pub struct CacheArgs {
    #[command(subcommand)]
    pub action: CacheAction,
}

#[derive(Debug, clap::Subcommand)]
pub enum CacheAction {
    #[command(about = crate::msg!("cli-cache-clean-about"))]
    Clean,
    #[command(about = crate::msg!("cli-cache-dir-about"))]
    Dir,
}

pub fn run(args: &CacheArgs, global: &Global, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit> {
    let root = global.meetings_root()?;
    match args.action {
        CacheAction::Clean => match crate::cache::clean(&root)? {
            Some(dir) if !global.quiet => writeln!(
                err,
                "{}",
                crate::msg!("cache-removed", path = dir.display().to_string())
            )?,
            None if !global.quiet => writeln!(err, "{}", crate::msg!("cache-none"))?,
            _ => {}
        },
        CacheAction::Dir => {
            if let Some(dir) = crate::cache::location(&root) {
                writeln!(out, "{}", dir.display())?;
            }
        }
    }
    Ok(Exit::Clean)
}
