//! `lchnv decisions`: the decision register.

use crate::cli::Global;
use crate::exit::Exit;
use anyhow::{Result, bail};
use std::io::Write;

#[derive(Debug, clap::Args)]
pub struct DecisionsArgs {}

pub fn run(_args: &DecisionsArgs, _global: &Global, _out: &mut dyn Write) -> Result<Exit> {
    bail!("decisions is not available yet")
}
