//! `lchnv new-minutes DATE`: a minutes skeleton from the agenda.

use crate::cli::Global;
use crate::exit::Exit;
use anyhow::{Result, bail};
use std::io::Write;

#[derive(Debug, clap::Args)]
pub struct NewMinutesArgs {
    /// The meeting date, YYYY-MM-DD
    pub date: String,
}

pub fn run(_args: &NewMinutesArgs, _global: &Global, _out: &mut dyn Write) -> Result<Exit> {
    bail!("new-minutes is not available yet")
}
