use clap::FromArgMatches;
use std::process::ExitCode;

// Parsing thousands of files allocates many small strings on every thread; mimalloc's per-thread
// heaps make that markedly cheaper than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    lchnv::choose_language_before_parsing(&args);
    // As `Cli::try_parse_from`, from the command line in the chosen language.
    let parsed = lchnv::cli::command()
        .try_get_matches_from(&args)
        .and_then(|mut matches| {
            lchnv::cli::Cli::from_arg_matches_mut(&mut matches)
                .map_err(|error| error.format(&mut lchnv::cli::command()))
        });
    match parsed {
        Ok(cli) => lchnv::run(cli).into(),
        Err(error) => lchnv::usage_error(&error).into(),
    }
}
