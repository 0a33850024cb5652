//! `lchnv todo`: outstanding assignments.

use crate::cli::Global;
use crate::exit::Exit;
use anyhow::{Result, bail};
use std::io::Write;

#[derive(Debug, clap::Args)]
pub struct TodoArgs {}

pub fn run(_args: &TodoArgs, _global: &Global, _out: &mut dyn Write) -> Result<Exit> {
    bail!("todo is not available yet")
}
