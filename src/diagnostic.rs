//! A finding about a file: data, not an error.

use crate::fix::Fix;
use crate::rule::Rule;
use crate::span::Pos;
use serde::Serialize;
use std::path::PathBuf;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Diagnostic {
    pub rule: Rule,
    pub severity: Severity,
    pub file: PathBuf,
    pub pos: Pos,
    /// Characters to underline from `pos` (at least one caret is drawn).
    pub len: u32,
    pub message: String,
    pub help: Option<String>,
    /// A window of the line at `pos`, for the snippet; filled in when the diagnostic is made.
    pub snippet: Option<Snippet>,
    /// The edits that repair the finding, when a machine can make them safely (`check --fix`).
    pub fix: Option<Fix>,
}

/// A window of a source line around a finding: never the whole of a long line, so a finding
/// costs the same whatever the line's length.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Snippet {
    pub text: String,
    /// The 1-based column of the window's first character in the line.
    pub first_column: u32,
    /// Whether the line goes on before or after the window.
    pub cut_before: bool,
    pub cut_after: bool,
}

/// Bytes of context kept before and after a finding's position.
const BEFORE: usize = 120;
const AFTER: usize = 240;

impl Snippet {
    /// The window of `line` around the byte offset `at` (within the line), whose 1-based
    /// character column is `column`.
    pub fn around(line: &str, at: usize, column: u32) -> Snippet {
        let at = floor_boundary(line, at.min(line.len()));
        let start = floor_boundary(line, at.saturating_sub(BEFORE));
        let end = floor_boundary(line, at.saturating_add(AFTER).min(line.len()));
        let skipped = line[start..at].chars().count();
        Snippet {
            text: line[start..end].to_owned(),
            first_column: column.saturating_sub(crate::source::to_u32(skipped)).max(1),
            cut_before: start > 0,
            cut_after: end < line.len(),
        }
    }
}

fn floor_boundary(text: &str, mut index: usize) -> usize {
    while index > 0 && !text.is_char_boundary(index) {
        index -= 1;
    }
    index
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
            snippet: None,
            fix: None,
        }
    }

    /// Attaches the fix, if there is one.
    pub fn with_fix(mut self, fix: Option<Fix>) -> Self {
        self.fix = fix;
        self
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

    /// Keeps a window of the line at the finding's column (the line as a whole, for a finding
    /// made without a byte offset into the file).
    pub fn with_source_line(mut self, line: Option<&str>) -> Self {
        self.snippet = line.map(|line| {
            let at = line
                .char_indices()
                .nth(self.pos.column.saturating_sub(1) as usize)
                .map_or(line.len(), |(i, _)| i);
            Snippet::around(line, at, self.pos.column)
        });
        self
    }

    pub fn with_snippet(mut self, snippet: Option<Snippet>) -> Self {
        self.snippet = snippet;
        self
    }

    /// Sort key: file, then position, then rule.
    pub fn sort_key(&self) -> (&PathBuf, u32, u32, &'static str) {
        (&self.file, self.pos.line, self.pos.column, self.rule.code())
    }
}
