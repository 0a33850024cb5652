use super::{Report, Summary};
use crate::diagnostic::{Diagnostic, Severity};
use std::io::{self, Write};

/// GitHub Actions workflow commands: `::error file=...,line=...,col=...::message`.
pub struct Github;

/// Escapes a command's message.
fn data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a command's property value.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

impl Report for Github {
    fn findings(&self, out: &mut dyn Write, diagnostics: &[Diagnostic], _: &Summary) -> io::Result<()> {
        for d in diagnostics {
            let level = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let mut message = d.message.clone();
            if let Some(help) = &d.help {
                message.push_str("\nhelp: ");
                message.push_str(help);
            }
            writeln!(
                out,
                "::{level} file={},line={},col={},endColumn={},title={}::{}",
                property(&d.file.display().to_string()),
                d.pos.line,
                d.pos.column,
                d.pos.column + d.len,
                property(&format!("{} {}", d.rule.code(), d.rule.name())),
                data(&message)
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(data("50% klart\nhelp"), "50%25 klart%0Ahelp");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
