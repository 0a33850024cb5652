use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    lchnv::run(lchnv::cli::Cli::parse()).into()
}
