//! A finding about a file: data, not an error.

use crate::rule::Rule;
use crate::span::Pos;
use serde::Serialize;
use std::path::PathBuf;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One finding: which rule, where, what, and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub rule: Rule,
    pub severity: Severity,
    pub file: PathBuf,
    pub pos: Pos,
    /// Characters to underline from `pos` (at least one caret is drawn).
    pub len: u32,
    pub message: String,
    pub help: Option<String>,
    /// The text of the line at `pos`, for the snippet; filled in when the diagnostic is made.
    pub source_line: Option<String>,
}

impl Diagnostic {
    pub fn new(rule: Rule, file: impl Into<PathBuf>, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            rule,
            severity: rule.default_severity(),
            file: file.into(),
            pos,
            len: 1,
            message: message.into(),
            help: None,
            source_line: None,
        }
    }

    pub fn with_len(mut self, len: u32) -> Self {
        self.len = len.max(1);
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_help_opt(mut self, help: Option<String>) -> Self {
        self.help = help;
        self
    }

    pub fn with_source_line(mut self, line: Option<&str>) -> Self {
        self.source_line = line.map(str::to_owned);
        self
    }

    /// Sort key: file, then position, then rule.
    pub fn sort_key(&self) -> (&PathBuf, u32, u32, &'static str) {
        (&self.file, self.pos.line, self.pos.column, self.rule.code())
    }
}
