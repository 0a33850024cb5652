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

/// Runs a parsed command line and says how it ended.
/// Reports an argument the parser refused: a value that is not what the option takes, in the
/// environment's language; help, version and every other kind as clap writes them.
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
            let _ = writeln!(err, "{}", msg!("error-prefix", error = format!("{error:#}")));
            exit::code_for(&error)
        }
    }
}
