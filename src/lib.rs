//! lchnv: a network's agendas and minutes as Markdown files, linted, queried and carried forward
//! from meeting to meeting.
//!
//! The binary parses its arguments into a [`cli::Cli`] and calls [`run`].

pub mod cache;
pub mod cli;
pub mod commands;
pub mod config;
pub mod cycle;
pub mod diagnostic;
pub mod docs;
pub mod exit;
pub mod extract;
pub mod findings;
pub mod fix;
pub mod format;
pub mod i18n;
pub mod ics;
pub mod import;
pub mod invisible;
pub mod json_schema;
pub mod ledger;
pub mod lint;
pub mod model;
pub mod network;
pub mod ocr;
pub mod output;
pub mod parse;
pub mod read;
pub mod registers;
pub mod remind;
pub mod render;
pub mod repo;
pub mod report;
pub mod rule;
pub mod rules;
pub mod scaffold;
pub mod schema;
pub mod site;
pub mod source;
pub mod span;
pub mod suppress;
pub mod swedish;
pub mod text;
pub mod write;
pub mod yaml;

use cli::{Cli, Color, Command};
use exit::Exit;
use std::io::Write;

/// The language `lchnv.yaml` sets, when a meetings folder is found and its configuration reads;
/// the command itself reports a configuration it cannot read.
fn configured_language(global: &cli::Global) -> Option<i18n::Language> {
    let root = global.meetings_root().ok()?;
    config::Config::load(&root).ok()?.language
}

/// Chooses the language before the arguments are parsed, so that `--help` and the parser's
/// errors speak it: `language:` in the lchnv.yaml of the folder `--meetings` (or
/// `LCHNV_MEETINGS`, or the search from the current folder) names, else the environment's.
pub fn choose_language_before_parsing(args: &[std::ffi::OsString]) {
    let meetings = meetings_argument(args).or_else(|| {
        std::env::var_os("LCHNV_MEETINGS")
            .filter(|v| !v.is_empty())
            .map(Into::into)
    });
    let global = cli::Global {
        meetings,
        ..cli::Global::default()
    };
    i18n::choose(configured_language(&global));
}

/// The value of `--meetings DIR` or `--meetings=DIR` among unparsed arguments.
fn meetings_argument(args: &[std::ffi::OsString]) -> Option<std::path::PathBuf> {
    let mut args = args.iter().skip(1).take_while(|a| *a != "--");
    while let Some(arg) = args.next() {
        if arg == "--meetings" {
            return args.next().map(Into::into);
        }
        if let Some(value) = arg.to_str().and_then(|a| a.strip_prefix("--meetings=")) {
            return Some(value.into());
        }
    }
    None
}

/// Reports an argument the parser refused, or prints the help or version it was asked for: a
/// value that is not what the option takes in the catalogue's words, every other kind as clap
/// writes it with clap's own words in the chosen language.
pub fn usage_error(error: &clap::Error) -> Exit {
    use clap::error::{ContextKind, ErrorKind};
    let invalid = (error.kind() == ErrorKind::ValueValidation)
        .then(|| {
            let arg = error.get(ContextKind::InvalidArg)?;
            let value = error.get(ContextKind::InvalidValue)?;
            let why = std::error::Error::source(error)?;
            Some((arg.to_string(), value.to_string(), why.to_string()))
        })
        .flatten();
    match invalid {
        Some((arg, value, why)) if i18n::current() != i18n::Language::English => {
            let text = msg!("argument-invalid", value = value, arg = arg, why = why);
            let _ = writeln!(std::io::stderr(), "{}", msg!("error-prefix", error = text));
            Exit::Failure
        }
        _ if i18n::current() != i18n::Language::English => {
            let text = i18n::parser::words(&error.render().ansi().to_string());
            let _ = if error.use_stderr() {
                write!(anstream::stderr(), "{text}")
            } else {
                write!(anstream::stdout(), "{text}")
            };
            if error.use_stderr() {
                Exit::Failure
            } else {
                Exit::Clean
            }
        }
        _ => {
            let _ = error.print();
            if error.use_stderr() {
                Exit::Failure
            } else {
                Exit::Clean
            }
        }
    }
}

pub fn run(cli: Cli) -> Exit {
    let choice = match cli.global.color {
        Color::Auto => anstream::ColorChoice::Auto,
        Color::Always => anstream::ColorChoice::Always,
        Color::Never => anstream::ColorChoice::Never,
    };
    choice.write_global();
    i18n::choose(configured_language(&cli.global));
    let mut out = anstream::stdout().lock();
    let mut err = anstream::stderr().lock();
    let global = &cli.global;
    let result = match &cli.command {
        Command::Check(args) => commands::check::run(args, global, &mut out, &mut err),
        Command::Rules(args) => commands::rules::run(args, &mut out),
        Command::NewAgenda(args) => commands::new_agenda::run(args, global, &mut out, &mut err),
        Command::NewMinutes(args) => commands::new_minutes::run(args, global, &mut out),
        Command::Todo(args) => commands::todo::run(args, global, &mut out, &mut err),
        Command::Decisions(args) => commands::decisions::run(args, global, &mut out, &mut err),
        Command::History(args) => commands::history::run(args, global, &mut out, &mut err),
        Command::Attendance(args) => commands::attendance::run(args, global, &mut out, &mut err),
        Command::Import(args) => commands::import::run(args, global, &mut out),
        Command::Render(args) => commands::render::run(args, global, &mut out, &mut err),
        Command::Site(args) => commands::site::run(args, global, &mut out, &mut err),
        Command::Calendar(args) => commands::calendar::run(args, global, &mut out, &mut err),
        Command::Init(args) => commands::init::run(args, global, &mut out, &mut err),
        Command::Remind(args) => commands::remind::run(args, global, &mut out, &mut err),
        Command::Completions(args) => commands::completions::run(args, &mut out),
        Command::Man(args) => commands::man::run(args, &mut out),
        Command::Schema(args) => commands::schema::run(args, &mut out),
        Command::Cache(args) => commands::cache::run(args, global, &mut out, &mut err),
    };
    let _ = out.flush();
    match result {
        Ok(exit) => exit,
        Err(error) => {
            // A closed pipe (`lchnv todo | head`) is not a failure worth a message.
            if error
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return Exit::Clean;
            }
            let _ = writeln!(err, "{}", msg!("error-prefix", error = error_chain(&error)));
            exit::code_for(&error)
        }
    }
}

/// An error and its causes, as `{:#}` writes them, with the system's reasons (permission
/// denied, a full disk) in the reader's language.
fn error_chain(error: &anyhow::Error) -> String {
    error
        .chain()
        .map(|cause| match cause.downcast_ref::<std::io::Error>() {
            Some(io) => read::io_reason(io),
            None => cause.to_string(),
        })
        .collect::<Vec<_>>()
        .join(": ")
}
