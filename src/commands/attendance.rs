//! `lchnv attendance`: attendance per organisation.

use crate::cli::Global;
use crate::exit::Exit;
use anyhow::{Result, bail};
use std::io::Write;

#[derive(Debug, clap::Args)]
pub struct AttendanceArgs {}

pub fn run(_args: &AttendanceArgs, _global: &Global, _out: &mut dyn Write) -> Result<Exit> {
    bail!("attendance is not available yet")
}
