//! How a command ends: the exit code, and the one error that is not an operational failure.

use std::fmt;
use std::process::ExitCode;

/// The outcome of a command that ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Nothing to report at error level.
    Clean,
    /// Findings at error level, or a request refused (exit 1).
    Findings,
    /// The tool could not do its job (exit 2).
    Failure,
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::Clean => 0,
            Exit::Findings => 1,
            Exit::Failure => 2,
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        ExitCode::from(exit.code())
    }
}

/// A request the tool declines, such as overwriting a file without `--force`: exit 1, unlike an
/// operational failure (exit 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal(pub String);

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refusal {}

/// The exit code for an error a command returned.
pub fn code_for(error: &anyhow::Error) -> Exit {
    if error.downcast_ref::<Refusal>().is_some() {
        Exit::Findings
    } else {
        Exit::Failure
    }
}
