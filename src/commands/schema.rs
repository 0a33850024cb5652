//! `lchnv schema [FILE]`: the JSON Schemas of the files lchnv reads, for an editor.

use crate::exit::Exit;
use anyhow::{Result, bail};
use std::io::Write;

#[derive(Debug, clap::Args)]
#[command(after_help = crate::msg!("cli-schema-examples"))]
pub struct SchemaArgs {
    #[arg(help = crate::msg!("cli-schema-file"))]
    pub file: Option<String>,
}

pub fn run(args: &SchemaArgs, out: &mut dyn Write) -> Result<Exit> {
    let Some(name) = &args.file else {
        for (file, describes, _) in crate::json_schema::all() {
            writeln!(out, "{file:28} {describes}")?;
        }
        return Ok(Exit::Clean);
    };
    match crate::json_schema::named(name) {
        Some(schema) => {
            serde_json::to_writer_pretty(&mut *out, &schema)?;
            writeln!(out)?;
            Ok(Exit::Clean)
        }
        None => {
            let known: Vec<&str> = crate::json_schema::all().iter().map(|(_, d, _)| *d).collect();
            bail!(
                "{}",
                crate::msg!("schema-unknown", name = name, known = known.join(", "))
            )
        }
    }
}
