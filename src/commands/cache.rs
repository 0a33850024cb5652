//! `lchnv cache`: where the cache of unchanged files' results is, and removing it.

use crate::cli::Global;
use crate::exit::Exit;
use anyhow::Result;
use std::io::Write;

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  lchnv cache clean
  lchnv cache dir
  LCHNV_CACHE_DIR=/var/cache/lchnv lchnv check      keep the cache elsewhere
  lchnv check --no-cache                            read every file again")]
pub struct CacheArgs {
    #[command(subcommand)]
    pub action: CacheAction,
}

#[derive(Debug, clap::Subcommand)]
pub enum CacheAction {
    /// Remove the cache folder (.lchnv-cache/ at the top of the repository, or LCHNV_CACHE_DIR)
    Clean,
    /// Print the cache folder's path
    Dir,
}

pub fn run(args: &CacheArgs, global: &Global, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit> {
    let root = global.meetings_root()?;
    match args.action {
        CacheAction::Clean => match crate::cache::clean(&root)? {
            Some(dir) if !global.quiet => writeln!(err, "removed {}", dir.display())?,
            None if !global.quiet => writeln!(err, "no cache to remove")?,
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
