use super::{Report, Summary};
use crate::diagnostic::{Diagnostic, Severity};
use serde::Serialize;
use std::io::{self, Write};

/// A JSON document: `{"version":1,"summary":{...},"diagnostics":[...]}`.
pub struct Json;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    summary: &'a Summary,
    diagnostics: Vec<Entry<'a>>,
}

#[derive(Serialize)]
struct Entry<'a> {
    code: &'static str,
    rule: &'static str,
    severity: Severity,
    file: String,
    line: u32,
    column: u32,
    end_column: u32,
    message: &'a str,
    help: Option<&'a str>,
    /// Whether `check --fix` repairs the finding.
    fixable: bool,
}

impl Report for Json {
    fn findings(&self, out: &mut dyn Write, diagnostics: &[Diagnostic], summary: &Summary) -> io::Result<()> {
        let document = Document {
            version: 1,
            summary,
            diagnostics: diagnostics
                .iter()
                .map(|d| Entry {
                    code: d.rule.code(),
                    rule: d.rule.name(),
                    severity: d.severity,
                    file: d.file.display().to_string(),
                    line: d.pos.line,
                    column: d.pos.column,
                    end_column: d.pos.column + d.len,
                    message: &d.message,
                    help: d.help.as_deref(),
                    fixable: d.fix.is_some(),
                })
                .collect(),
        };
        serde_json::to_writer_pretty(&mut *out, &document)?;
        writeln!(out)
    }
}
