//! `lchnv man [COMMAND]`: the manual page in roff, generated from the command line's own
//! definition (the `--help` texts and their examples).

use crate::exit::Exit;
use anyhow::{Result, bail};
use std::io::Write;

#[derive(Debug, clap::Args)]
#[command(after_help = crate::msg!("cli-man-examples"))]
pub struct ManArgs {
    #[arg(value_name = "COMMAND")]
    #[arg(help = crate::msg!("cli-man-command"))]
    pub command: Option<String>,
}

pub fn run(args: &ManArgs, out: &mut dyn Write) -> Result<Exit> {
    out.write_all(&page(args.command.as_deref())?)?;
    Ok(Exit::Clean)
}

/// The commands that have a page of their own, as `lchnv man COMMAND` names them.
pub fn commands() -> Vec<String> {
    built()
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(|c| c.get_name().to_owned())
        .collect()
}

/// The page of lchnv, or of one of its commands, as `docs/man/` ships it.
pub fn page(command: Option<&str>) -> Result<Vec<u8>> {
    let top = built();
    let cmd = match command {
        None => top,
        Some(name) => match top.find_subcommand(name) {
            Some(sub) => sub.clone(),
            None => bail!(
                "{}",
                crate::msg!(
                    "man-command-unknown",
                    name = name,
                    commands = commands().join(", ")
                )
            ),
        },
    };
    let mut buffer = Vec::new();
    clap_mangen::Man::new(cmd).render(&mut buffer)?;
    Ok(crate::i18n::parser::man_page(&String::from_utf8(buffer)?).into_bytes())
}

/// The command line built as the pages show it: subcommands named `lchnv-check`, no `help`
/// command of its own.
fn built() -> clap::Command {
    let mut cmd = crate::cli::command().disable_help_subcommand(true);
    cmd.build();
    cmd
}

/// The file name of a page: `lchnv.1`, `lchnv-check.1`.
pub fn file_name(command: Option<&str>) -> String {
    match command {
        None => "lchnv.1".to_owned(),
        Some(name) => format!("lchnv-{name}.1"),
    }
}
