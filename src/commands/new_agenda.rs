//! `lchnv new-agenda DATE`: the next agenda, from the calendar and the matters still open.

use crate::cli::Global;
use crate::exit::Exit;
use anyhow::{Result, bail};
use std::io::Write;

#[derive(Debug, clap::Args)]
pub struct NewAgendaArgs {
    /// The meeting date, YYYY-MM-DD
    pub date: String,
}

pub fn run(_args: &NewAgendaArgs, _global: &Global, _out: &mut dyn Write) -> Result<Exit> {
    bail!("new-agenda is not available yet")
}
