use super::{Report, Summary};
use crate::diagnostic::{Diagnostic, Severity};
use crate::msg;
use anstyle::{AnsiColor, Style};
use std::io::{self, Write};

/// rustc-like findings: header, location, the source line with a caret, and help.
pub struct Human;

const BLUE: Style = AnsiColor::BrightBlue.on_default().bold();
const BOLD: Style = Style::new().bold();

fn severity_style(severity: Severity) -> Style {
    match severity {
        Severity::Error => AnsiColor::BrightRed.on_default().bold(),
        Severity::Warning => AnsiColor::BrightYellow.on_default().bold(),
    }
}

/// Tabs shown as four spaces, so the caret lines up.
fn expand_tabs(line: &str) -> String {
    line.replace('\t', "    ")
}

/// The display column (0-based) of a 1-based character column.
fn display_column(line: &str, column: u32) -> usize {
    line.chars()
        .take(column.saturating_sub(1) as usize)
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

impl Report for Human {
    fn findings(&self, out: &mut dyn Write, diagnostics: &[Diagnostic], _: &Summary) -> io::Result<()> {
        for d in diagnostics {
            let style = severity_style(d.severity);
            writeln!(
                out,
                "{style}{}[{}]{style:#}{BOLD}: {}{BOLD:#}",
                severity_word(d.severity),
                d.rule.code(),
                d.message
            )?;
            let gutter = d.pos.line.to_string().len();
            let pad = " ".repeat(gutter);
            writeln!(
                out,
                "{pad}{BLUE}-->{BLUE:#} {}:{}:{}",
                d.file.display(),
                d.pos.line,
                d.pos.column
            )?;
            if let Some(snippet) = &d.snippet {
                let lead = if snippet.cut_before { "…" } else { "" };
                let tail = if snippet.cut_after { "…" } else { "" };
                let shown = format!("{lead}{}{tail}", expand_tabs(&snippet.text));
                let column = d.pos.column.saturating_sub(snippet.first_column) + 1;
                let start = display_column(&snippet.text, column) + lead.chars().count();
                let available = shown.chars().count().saturating_sub(start).max(1);
                let carets = "^".repeat((d.len as usize).clamp(1, available));
                writeln!(out, "{pad} {BLUE}|{BLUE:#}")?;
                writeln!(out, "{BLUE}{}{BLUE:#} {BLUE}|{BLUE:#} {shown}", d.pos.line)?;
                writeln!(
                    out,
                    "{pad} {BLUE}|{BLUE:#} {}{style}{carets} {}{style:#}",
                    " ".repeat(start),
                    d.rule.name()
                )?;
            }
            if let Some(help) = &d.help {
                if d.snippet.is_some() {
                    writeln!(out, "{pad} {BLUE}|{BLUE:#}")?;
                }
                let label = msg!("check-help");
                writeln!(out, "{pad} {BLUE}={BLUE:#} {BOLD}{label}{BOLD:#}: {help}")?;
            }
            writeln!(out)?;
        }
        Ok(())
    }

    fn summary(&self, err: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        if summary.errors == 0 && summary.warnings == 0 {
            let clean = msg!("check-summary-clean", files = summary.files);
            return writeln!(err, "{BOLD}{clean}{BOLD:#}");
        }
        let style = if summary.errors > 0 {
            severity_style(Severity::Error)
        } else {
            severity_style(Severity::Warning)
        };
        let text = msg!(
            "check-summary",
            files = summary.files,
            errors = summary.errors,
            warnings = summary.warnings
        );
        writeln!(err, "{style}{text}{style:#}")
    }
}

/// `error` or `warning` in the language of the messages.
pub fn severity_word(severity: Severity) -> String {
    match severity {
        Severity::Error => msg!("severity-error"),
        Severity::Warning => msg!("severity-warning"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rule::Rule;
    use crate::span::Pos;

    #[test]
    fn snippet_with_caret_and_help() {
        let d = Diagnostic::new(
            Rule::OwnerUnknown,
            "m/minutes.md",
            Pos {
                offset: 0,
                line: 12,
                column: 9,
            },
            "`Region Dalrna` is not in members.yaml",
        )
        .with_len(13)
        .with_help("did you mean `Region Dalarna`?")
        .with_source_line(Some("- [ ] **Region Dalrna**: ta fram"));
        let mut out = Vec::new();
        let summary = Summary::new(1, std::slice::from_ref(&d));
        assert!(Human.findings(&mut out, &[d], &summary).is_ok());
        let text = String::from_utf8_lossy(&out);
        let plain: String = anstream::adapter::strip_str(&text).to_string();
        assert_eq!(
            plain,
            "error[L402]: `Region Dalrna` is not in members.yaml\n  --> m/minutes.md:12:9\n   |\n12 | - [ ] **Region Dalrna**: ta fram\n   |         ^^^^^^^^^^^^^ owner-unknown\n   |\n   = help: did you mean `Region Dalarna`?\n\n"
        );
    }
}
