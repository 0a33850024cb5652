//! Output formats for findings, behind one [`Report`] trait.

mod concise;
mod github;
mod human;
pub use human::severity_word;
mod json;
mod junit;
mod sarif;

use crate::diagnostic::{Diagnostic, Severity};
use std::io::{self, Write};

pub use concise::Concise;
pub use github::Github;
pub use human::Human;
pub use json::Json;
pub use junit::Junit;
pub use sarif::Sarif;

/// Counts shown after the findings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Summary {
    pub fn new(files: usize, diagnostics: &[Diagnostic]) -> Summary {
        let errors = diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        Summary {
            files,
            errors,
            warnings: diagnostics.len() - errors,
        }
    }
}

/// Writes findings in one format.
pub trait Report {
    /// Writes the findings to `out` (standard output).
    fn findings(&self, out: &mut dyn Write, diagnostics: &[Diagnostic], summary: &Summary) -> io::Result<()>;

    /// Writes the closing summary to `err` (standard error); most formats keep quiet.
    fn summary(&self, _err: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        Ok(())
    }
}

/// The output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    #[default]
    #[value(help = crate::msg!("cli-check-format-human"))]
    Human,
    #[value(help = crate::msg!("cli-check-format-concise"))]
    Concise,
    #[value(help = crate::msg!("cli-check-format-json"))]
    Json,
    #[value(help = crate::msg!("cli-check-format-github"))]
    Github,
    #[value(help = crate::msg!("cli-check-format-sarif"))]
    Sarif,
    #[value(help = crate::msg!("cli-check-format-junit"))]
    Junit,
}

impl Format {
    /// The report of this format; `docs_url` is where the rules' documentation is published.
    pub fn report(self, docs_url: Option<&str>) -> Box<dyn Report> {
        match self {
            Format::Human => Box::new(Human),
            Format::Concise => Box::new(Concise),
            Format::Json => Box::new(Json),
            Format::Github => Box::new(Github),
            Format::Sarif => Box::new(Sarif {
                docs_url: docs_url.map(str::to_owned),
            }),
            Format::Junit => Box::new(Junit),
        }
    }
}

/// `path:line:col` as shown to people.
pub fn location(d: &Diagnostic) -> String {
    format!("{}:{}:{}", d.file.display(), d.pos.line, d.pos.column)
}
