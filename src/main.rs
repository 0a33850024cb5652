use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    // The environment's language already for what the parser says about a wrong argument; the
    // run chooses again once it has read lchnv.yaml.
    lchnv::i18n::choose(None);
    match lchnv::cli::Cli::try_parse() {
        Ok(cli) => lchnv::run(cli).into(),
        Err(error) => lchnv::usage_error(&error).into(),
    }
}
