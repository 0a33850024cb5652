use super::{Report, Summary, location};
use crate::diagnostic::Diagnostic;
use std::io::{self, Write};

/// One line per finding.
pub struct Concise;

impl Report for Concise {
    fn findings(&self, out: &mut dyn Write, diagnostics: &[Diagnostic], _: &Summary) -> io::Result<()> {
        for d in diagnostics {
            writeln!(
                out,
                "{}: {}[{}] {}",
                location(d),
                d.severity.as_str(),
                d.rule.code(),
                d.message
            )?;
        }
        Ok(())
    }
}
