//! The command line: global options and one subcommand per job.

use crate::commands;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// The whole command line. Every text `--help` shows comes from the catalogues in `src/i18n/`,
/// in the language chosen before the arguments are parsed.
#[derive(Debug, Parser)]
#[command(name = "lchnv", version, propagate_version = true, max_term_width = 100)]
#[command(about = crate::msg!("cli-about"))]
#[command(after_help = crate::msg!("cli-examples"))]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes, shown under one heading in every `--help`.
#[derive(Debug, Clone, Default, clap::Args)]
#[command(next_help_heading = crate::msg!("cli-global-heading"))]
pub struct Global {
    #[arg(long, global = true, value_name = "DIR", env = "LCHNV_MEETINGS")]
    #[arg(help = crate::msg!("cli-global-meetings"))]
    pub meetings: Option<PathBuf>,
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    #[arg(help = crate::msg!("cli-global-color"))]
    pub color: Color,
    #[arg(long, short, global = true)]
    #[arg(help = crate::msg!("cli-global-quiet"))]
    pub quiet: bool,
    #[arg(long, global = true, env = "LCHNV_NO_CACHE", value_parser = clap::builder::BoolishValueParser::new())]
    #[arg(help = crate::msg!("cli-global-no-cache"))]
    pub no_cache: bool,
}

/// The command line as `--help`, the parser's errors, the manual and the completions show it:
/// as defined in English, and in Swedish with the values' placeholders (`<DATUM>`) in Swedish.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    let cmd = Cli::command();
    if crate::i18n::current() == crate::i18n::Language::English {
        return cmd;
    }
    with_value_names_translated(cmd)
}

fn with_value_names_translated(cmd: clap::Command) -> clap::Command {
    use crate::i18n::parser::value_name;
    let cmd = cmd.mut_args(|arg| {
        let names: Option<Vec<String>> = arg
            .get_value_names()
            .map(|names| names.iter().map(|n| value_name(n)).collect());
        match names {
            Some(names) => arg.value_names(names),
            None => arg,
        }
    });
    let cmd = if cmd.has_subcommands() {
        cmd.subcommand_value_name(value_name("COMMAND"))
    } else {
        cmd
    };
    cmd.mut_subcommands(with_value_names_translated)
}

impl Global {
    /// The meetings folder: `--meetings` (or `LCHNV_MEETINGS`), else found by walking up from
    /// the current folder.
    pub fn meetings_root(&self) -> anyhow::Result<PathBuf> {
        crate::repo::locate(self.meetings.as_deref())
    }

    pub fn use_cache(&self) -> bool {
        !self.no_cache
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Color {
    #[default]
    #[value(help = crate::msg!("cli-color-auto"))]
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(about = crate::msg!("cli-check-about"))]
    Check(commands::check::CheckArgs),
    #[command(about = crate::msg!("cli-rules-about"))]
    Rules(commands::rules::RulesArgs),
    #[command(about = crate::msg!("cli-new-agenda-about"))]
    NewAgenda(commands::new_agenda::NewAgendaArgs),
    #[command(about = crate::msg!("cli-new-minutes-about"))]
    NewMinutes(commands::new_minutes::NewMinutesArgs),
    #[command(about = crate::msg!("cli-todo-about"))]
    Todo(commands::todo::TodoArgs),
    #[command(about = crate::msg!("cli-decisions-about"))]
    Decisions(commands::decisions::DecisionsArgs),
    #[command(about = crate::msg!("cli-history-about"))]
    History(commands::history::HistoryArgs),
    #[command(about = crate::msg!("cli-attendance-about"))]
    Attendance(commands::attendance::AttendanceArgs),
    #[command(about = crate::msg!("cli-import-about"))]
    Import(commands::import::ImportArgs),
    #[command(about = crate::msg!("cli-render-about"))]
    Render(commands::render::RenderArgs),
    #[command(about = crate::msg!("cli-site-about"))]
    Site(commands::site::SiteArgs),
    #[command(about = crate::msg!("cli-calendar-about"))]
    Calendar(commands::calendar::CalendarArgs),
    #[command(about = crate::msg!("cli-init-about"))]
    Init(commands::init::InitArgs),
    #[command(about = crate::msg!("cli-remind-about"))]
    Remind(commands::remind::RemindArgs),
    #[command(about = crate::msg!("cli-completions-about"))]
    Completions(commands::completions::CompletionsArgs),
    #[command(about = crate::msg!("cli-man-about"))]
    Man(commands::man::ManArgs),
    #[command(about = crate::msg!("cli-schema-about"))]
    Schema(commands::schema::SchemaArgs),
    #[command(about = crate::msg!("cli-cache-about"))]
    Cache(commands::cache::CacheArgs),
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// A text the catalogue lacks comes out as its own key.
    fn is_key(text: &str) -> bool {
        text.starts_with("cli-") && !text.contains(' ')
    }

    fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        let about = cmd.get_about().map(ToString::to_string).unwrap_or_default();
        if about.is_empty() || is_key(&about) {
            missing.push(format!("{path}: about"));
        }
        for arg in cmd.get_arguments() {
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            if help.is_empty() || is_key(&help) {
                missing.push(format!("{path} {}", arg.get_id()));
            }
            for value in arg.get_possible_values() {
                if value.get_help().is_some_and(|h| is_key(&h.to_string())) {
                    missing.push(format!("{path} {} {}", arg.get_id(), value.get_name()));
                }
            }
        }
        if cmd.get_after_help().is_some_and(|h| is_key(&h.to_string())) {
            missing.push(format!("{path}: examples"));
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &format!("{path} {}", sub.get_name()), missing);
        }
    }

    #[test]
    fn every_command_argument_and_value_has_its_text_in_the_catalogue() {
        let mut missing = Vec::new();
        walk(&Cli::command(), "lchnv", &mut missing);
        assert!(missing.is_empty(), "no catalogue text for: {missing:#?}");
    }

    #[test]
    fn every_command_shows_examples() {
        let cmd = Cli::command();
        for sub in cmd.get_subcommands() {
            let examples = sub.get_after_help().map(ToString::to_string).unwrap_or_default();
            assert!(
                examples.starts_with("Examples:\n  lchnv "),
                "{}: {examples}",
                sub.get_name()
            );
        }
    }
}
