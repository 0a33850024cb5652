use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    lchnv::choose_language_before_parsing(&args);
    match lchnv::cli::Cli::try_parse_from(&args) {
        Ok(cli) => lchnv::run(cli).into(),
        Err(error) => lchnv::usage_error(&error).into(),
    }
}
