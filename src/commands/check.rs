//! `lchnv check [PATH...]`: lint meeting files and network files.

use crate::cli::Global;
use crate::exit::Exit;
use crate::lint;
use crate::report::{Format, Summary};
use anyhow::Result;
use chrono::NaiveDate;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  lchnv check                          every file in the meetings folder
  lchnv check meetings/2026-01-29      one meeting's files
  lchnv check --format concise         one line per finding
  lchnv check --format github          annotations on a GitHub pull request
  lchnv check --format sarif > lchnv.sarif")]
pub struct CheckArgs {
    /// Files or folders to check, relative to the current folder [default: the meetings folder]
    pub paths: Vec<PathBuf>,
    /// How to print the findings
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Judge dates from this day instead of today (a draft left too long)
    #[arg(long, value_name = "DATE", env = "LCHNV_TODAY", value_parser = crate::registers::parse_date_arg)]
    pub today: Option<NaiveDate>,
}

pub fn run(args: &CheckArgs, global: &Global, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit> {
    let targets = if args.paths.is_empty() {
        vec![global.meetings_root()?]
    } else {
        args.paths.clone()
    };
    let mut options = lint::Options::default();
    if let Some(today) = args.today {
        options.today = today;
    }
    let outcome = lint::check_paths(&targets, &options);
    let report = args.format.report(outcome.docs_url.as_deref());
    let summary = Summary::new(outcome.files, &outcome.diagnostics);
    report.findings(out, &outcome.diagnostics, &summary)?;
    for failure in &outcome.failures {
        writeln!(err, "error: {failure}")?;
    }
    // After a failure a summary such as "no findings" would mislead.
    if outcome.failures.is_empty() && !global.quiet {
        report.summary(err, &summary)?;
    }
    Ok(outcome.exit())
}
