//! `lchnv history`: a matter across meetings.

use crate::cli::Global;
use crate::exit::Exit;
use anyhow::{Result, bail};
use std::io::Write;

#[derive(Debug, clap::Args)]
pub struct HistoryArgs {}

pub fn run(_args: &HistoryArgs, _global: &Global, _out: &mut dyn Write) -> Result<Exit> {
    bail!("history is not available yet")
}
