//! `lchnv import`: bring old documents into the repository.

use crate::cli::Global;
use crate::exit::Exit;
use anyhow::{Result, bail};
use std::io::Write;

#[derive(Debug, clap::Args)]
pub struct ImportArgs {}

pub fn run(_args: &ImportArgs, _global: &Global, _out: &mut dyn Write) -> Result<Exit> {
    bail!("import is not available yet")
}
