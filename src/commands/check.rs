//! `lchnv check [PATH...]`: lint meeting files and network files.

use crate::cli::Global;
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Severity};
use crate::exit::Exit;
use crate::repo::{self, Load, LoadOptions, Repository};
use crate::report::{Format, Summary};
use crate::source::{self, SourceFile};
use crate::suppress::Suppressions;
use anyhow::Result;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files or folders to check [default: the meetings folder]
    pub paths: Vec<PathBuf>,
    /// How to print the findings
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
}

/// What a check found, ready to report.
#[derive(Debug, Default)]
pub struct Outcome {
    pub diagnostics: Vec<Diagnostic>,
    pub failures: Vec<String>,
    pub files: usize,
}

impl Outcome {
    pub fn exit(&self) -> Exit {
        if !self.failures.is_empty() {
            Exit::Failure
        } else if self.diagnostics.iter().any(|d| d.severity == Severity::Error) {
            Exit::Findings
        } else {
            Exit::Clean
        }
    }
}

pub fn run(args: &CheckArgs, global: &Global, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit> {
    let targets = if args.paths.is_empty() {
        vec![global.meetings.clone()]
    } else {
        args.paths.clone()
    };
    let outcome = check_paths(&targets);
    let report = args.format.report();
    let summary = Summary::new(outcome.files, &outcome.diagnostics);
    report.findings(out, &outcome.diagnostics, &summary)?;
    for failure in &outcome.failures {
        writeln!(err, "error: {failure}")?;
    }
    // After a failure a summary such as "no findings" would mislead.
    if outcome.failures.is_empty() {
        report.summary(err, &summary)?;
    }
    Ok(outcome.exit())
}

/// Checks files and folders, each in the meetings folder it belongs to.
pub fn check_paths(targets: &[PathBuf]) -> Outcome {
    let mut outcome = Outcome::default();
    let mut roots: Vec<(PathBuf, Vec<PathBuf>)> = Vec::new();
    for target in targets {
        match repo::find_root(target) {
            Ok(root) => match roots.iter_mut().find(|(r, _)| *r == root) {
                Some((_, list)) => list.push(target.clone()),
                None => roots.push((root, vec![target.clone()])),
            },
            Err(error) => outcome.failures.push(format!("{error:#}")),
        }
    }
    for (root, targets) in roots {
        // A Markdown file named on the command line is read even if misnamed; network files
        // (YAML) are read anyway and only filter the findings.
        let extra: Vec<PathBuf> = targets
            .iter()
            .filter(|t| t.is_file() && t.extension().is_some_and(|e| e == "md"))
            .cloned()
            .collect();
        let load = match Repository::load_with(&root, &extra, LoadOptions { check: true }) {
            Ok(load) => load,
            Err(error) => {
                outcome.failures.push(format!("{error:#}"));
                continue;
            }
        };
        let whole = targets.iter().any(|t| same_path(t, &root));
        let wanted = |path: &Path| whole || targets.iter().any(|t| path.starts_with(t) || same_path(path, t));
        outcome.files += load.files.iter().filter(|f| wanted(f)).count();
        let diagnostics = finalize(&load, &load.repo.config, |d| wanted(&d.file));
        outcome.diagnostics.extend(diagnostics);
        outcome.failures.extend(load.failures);
    }
    outcome
}

fn same_path(a: &Path, b: &Path) -> bool {
    a == b
        || match (a.canonicalize(), b.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
}

/// Applies the configured severities and the inline suppressions, sorts, and fills in the source
/// lines that cross-file rules could not.
pub fn finalize(load: &Load, config: &Config, keep: impl Fn(&Diagnostic) -> bool) -> Vec<Diagnostic> {
    let mut suppressions: HashMap<&Path, &Suppressions> = load
        .suppressions
        .iter()
        .map(|(path, s)| (path.as_path(), s))
        .collect();
    for meeting in &load.repo.meetings {
        if !meeting.suppressions.is_empty() {
            suppressions.insert(meeting.path.as_path(), &meeting.suppressions);
        }
    }
    for file in &load.index {
        if !file.suppressions.is_empty() {
            suppressions.insert(file.path.as_path(), &file.suppressions);
        }
    }
    let mut out: Vec<Diagnostic> = load
        .diagnostics
        .iter()
        .filter(|d| keep(d))
        .filter_map(|d| {
            let severity = config.severity(d.rule)?;
            if suppressions
                .get(d.file.as_path())
                .is_some_and(|s| s.silences(d.rule, d.pos.line))
            {
                return None;
            }
            let mut d = d.clone();
            d.severity = severity;
            Some(d)
        })
        .collect();
    out.sort_by(|a, b| {
        a.sort_key()
            .cmp(&b.sort_key())
            .then_with(|| a.message.cmp(&b.message))
    });
    out.dedup();
    fill_source_lines(&mut out);
    out
}

fn fill_source_lines(diagnostics: &mut [Diagnostic]) {
    let mut files: HashMap<PathBuf, Option<SourceFile>> = HashMap::new();
    for d in diagnostics.iter_mut().filter(|d| d.source_line.is_none()) {
        let file = files.entry(d.file.clone()).or_insert_with(|| {
            let bytes = std::fs::read(&d.file).ok()?;
            let text = source::decode(bytes).ok()?;
            Some(SourceFile::new(d.file.clone(), text))
        });
        if let Some(file) = file
            && !(d.pos.line == 1 && d.pos.column == 1 && file.text.is_empty())
        {
            d.source_line = file.line_text(d.pos.line).map(str::to_owned);
        }
    }
}
