use super::{Report, Summary, location};
use crate::diagnostic::{Diagnostic, Severity};
use quick_xml::escape::escape;
use std::io::{self, Write};

/// JUnit XML, as GitLab's test report reads it: one test suite per file with findings, one test
/// case per finding, failed when the finding is an error; a check without findings is one
/// passed test case.
pub struct Junit;

impl Report for Junit {
    fn findings(&self, out: &mut dyn Write, diagnostics: &[Diagnostic], summary: &Summary) -> io::Result<()> {
        writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
        let tests = diagnostics.len().max(1);
        writeln!(
            out,
            r#"<testsuites name="lchnv check" tests="{tests}" failures="{}">"#,
            summary.errors
        )?;
        if diagnostics.is_empty() {
            writeln!(
                out,
                r#"  <testsuite name="lchnv check" tests="1" failures="0" errors="0" skipped="0">"#
            )?;
            writeln!(
                out,
                r#"    <testcase classname="lchnv check" name="{} checked, no findings"/>"#,
                summary.files
            )?;
            writeln!(out, "  </testsuite>")?;
        }
        let mut files: Vec<&std::path::Path> = diagnostics.iter().map(|d| d.file.as_path()).collect();
        files.dedup();
        for file in files {
            let found: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.file == file).collect();
            let failures = found.iter().filter(|d| d.severity == Severity::Error).count();
            let name = escape(file.to_string_lossy().into_owned());
            writeln!(
                out,
                r#"  <testsuite name="{name}" tests="{}" failures="{failures}" errors="0" skipped="0">"#,
                found.len()
            )?;
            for d in found {
                let case = escape(format!(
                    "{} {} at {}:{}",
                    d.rule.code(),
                    d.rule.name(),
                    d.pos.line,
                    d.pos.column
                ));
                let mut text = format!(
                    "{}: {}[{}] {}",
                    location(d),
                    d.severity.as_str(),
                    d.rule.code(),
                    d.message
                );
                if let Some(help) = &d.help {
                    text.push_str("\nhelp: ");
                    text.push_str(help);
                }
                write!(
                    out,
                    r#"    <testcase classname="{name}" name="{case}" file="{name}" line="{}">"#,
                    d.pos.line
                )?;
                match d.severity {
                    Severity::Error => write!(
                        out,
                        r#"<failure type="{}" message="{}">{}</failure>"#,
                        d.rule.code(),
                        escape(d.message.as_str()),
                        escape(text.as_str())
                    )?,
                    Severity::Warning => write!(out, "<system-out>{}</system-out>", escape(text.as_str()))?,
                }
                writeln!(out, "</testcase>")?;
            }
            writeln!(out, "  </testsuite>")?;
        }
        writeln!(out, "</testsuites>")
    }
}
