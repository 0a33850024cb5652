//! The command line: global options and one subcommand per job.

use crate::commands;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// A memory for a network's meetings: agendas and minutes as Markdown files, linted, queried
/// and carried forward from meeting to meeting.
#[derive(Debug, Parser)]
#[command(name = "lchnv", version, propagate_version = true, max_term_width = 100)]
#[command(after_help = "\
Examples:
  lchnv check                          lint the meetings folder found from here upwards
  lchnv new-agenda 2026-01-29          the next agenda, with everything still open
  lchnv todo --owner \"Region Dalarna\"  who owes what
  lchnv remind -o out/påminnelser      an e-mail draft to each owner
  lchnv help new-agenda                a command's options, with examples")]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes, shown under one heading in every `--help`.
#[derive(Debug, Clone, Default, clap::Args)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// The meetings folder (the one holding members.yaml) [default: found from the current
    /// folder upwards, as `meetings/` or the folder itself]
    #[arg(long, global = true, value_name = "DIR", env = "LCHNV_MEETINGS")]
    pub meetings: Option<PathBuf>,
    /// When to colour the output (NO_COLOR is honoured by `auto`)
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// Print no notes or summaries on standard error (errors and warnings still show)
    #[arg(long, short, global = true)]
    pub quiet: bool,
}

impl Global {
    /// The meetings folder: `--meetings` (or `LCHNV_MEETINGS`), else found by walking up from
    /// the current folder.
    pub fn meetings_root(&self) -> anyhow::Result<PathBuf> {
        crate::repo::locate(self.meetings.as_deref())
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// Colour on a terminal, unless NO_COLOR is set
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Lint the meeting files and network files
    Check(commands::check::CheckArgs),
    /// List the lint rules, or print their documentation
    Rules(commands::rules::RulesArgs),
    /// Write the next agenda from the calendar and the matters still open
    NewAgenda(commands::new_agenda::NewAgendaArgs),
    /// Write a minutes skeleton from a meeting's agenda
    NewMinutes(commands::new_minutes::NewMinutesArgs),
    /// List outstanding assignments
    Todo(commands::todo::TodoArgs),
    /// The decision register
    Decisions(commands::decisions::DecisionsArgs),
    /// One matter across meetings, or all matters
    History(commands::history::HistoryArgs),
    /// Who came: attendance per organisation and meeting
    Attendance(commands::attendance::AttendanceArgs),
    /// Bring an old agenda or minutes (text, Word) into the repository
    Import(commands::import::ImportArgs),
    /// A meeting's agenda or minutes as a Word, PDF or HTML document
    Render(commands::render::RenderArgs),
    /// The archive as a static website: meetings, decisions, assignments, matters, attendance
    Site(commands::site::SiteArgs),
    /// The network's meetings for people's calendars (iCalendar), as a table or JSON
    Calendar(commands::calendar::CalendarArgs),
    /// Start a repository for a new network: network files, templates, CI
    Init(commands::init::InitArgs),
    /// Write reminder e-mails (.eml) to the owners of open assignments
    Remind(commands::remind::RemindArgs),
    /// Print the shell completion script for bash, zsh, fish, PowerShell or Elvish
    Completions(commands::completions::CompletionsArgs),
    /// Print the manual page, or write one per command to a folder
    Man(commands::man::ManArgs),
    /// Print the JSON Schema of a file lchnv reads, for an editor
    Schema(commands::schema::SchemaArgs),
}
