//! `lchnv completions SHELL`: the shell's completion script, generated from the command line's
//! own definition so that it never lags behind it.

use crate::exit::Exit;
use anyhow::Result;
use clap_complete::Shell;
use std::io::Write;

#[derive(Debug, clap::Args)]
#[command(after_help = crate::msg!("cli-completions-examples"))]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    #[arg(help = crate::msg!("cli-completions-shell"))]
    pub shell: Shell,
}

pub fn run(args: &CompletionsArgs, out: &mut dyn Write) -> Result<Exit> {
    out.write_all(&script(args.shell))?;
    Ok(Exit::Clean)
}

/// The completion script for `shell`, as `docs/completions/` ships it.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut command = crate::cli::command();
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut command, "lchnv", &mut buffer);
    buffer
}

/// The file name a shell looks for the script under (`lchnv.bash`, `_lchnv`, `lchnv.fish`).
pub fn file_name(shell: Shell) -> String {
    use clap_complete::Generator;
    shell.file_name("lchnv")
}
