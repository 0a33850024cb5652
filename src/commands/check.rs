//! `lchnv check [PATH...]`: lint meeting files and network files.

use crate::cli::Global;
use crate::exit::Exit;
use crate::fix;
use crate::lint;
use crate::report::{Format, Summary};
use anyhow::Result;
use chrono::NaiveDate;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(after_help = crate::msg!("cli-check-examples"))]
pub struct CheckArgs {
    #[arg(help = crate::msg!("cli-check-paths"))]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t)]
    #[arg(help = crate::msg!("cli-check-format"))]
    pub format: Format,
    #[arg(long, value_name = "DATE", env = "LCHNV_TODAY", value_parser = crate::registers::parse_date_arg)]
    #[arg(help = crate::msg!("cli-check-today"))]
    pub today: Option<NaiveDate>,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-check-fix"))]
    pub fix: bool,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-check-diff"))]
    pub diff: bool,
}

pub fn run(args: &CheckArgs, global: &Global, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit> {
    let targets = if args.paths.is_empty() {
        vec![global.meetings_root()?]
    } else {
        args.paths.clone()
    };
    let mut options = lint::Options {
        use_cache: global.use_cache(),
        ..lint::Options::default()
    };
    if let Some(today) = args.today {
        options.today = today;
    }
    if args.diff {
        return preview(&targets, &options, global, out, err);
    }
    let plan = if args.fix {
        let plan = fix::fixer::plan(&targets, &options);
        fix::write::write(&plan)?;
        // People read what was fixed before what is left; a machine format keeps standard
        // output to itself.
        match args.format {
            Format::Human | Format::Concise => fix::report::fixed(out, &plan, "fixed")?,
            _ => fix::report::fixed(err, &plan, "fixed")?,
        }
        fix::report::refused(err, &plan)?;
        Some(plan)
    } else {
        None
    };
    let outcome = lint::check_paths(&targets, &options);
    let report = args.format.report(outcome.docs_url.as_deref());
    let summary = Summary::new(outcome.files, &outcome.diagnostics);
    report.findings(out, &outcome.diagnostics, &summary)?;
    for failure in &outcome.failures {
        writeln!(
            err,
            "{}",
            crate::msg!("error-prefix", error = failure.to_string())
        )?;
    }
    // After a failure a summary such as "no findings" would mislead.
    if outcome.failures.is_empty() && !global.quiet {
        if let Some(plan) = &plan {
            writeln!(err, "{}", fix::report::summary(plan, false))?;
        }
        report.summary(err, &summary)?;
    }
    Ok(outcome.exit())
}

/// `--diff`: the diff on standard output, nothing written; the exit code is that of the check,
/// since every finding is still there.
fn preview(
    targets: &[PathBuf],
    options: &lint::Options,
    global: &Global,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Exit> {
    let plan = fix::fixer::plan(targets, options);
    out.write_all(fix::diff::unified(&plan).as_bytes())?;
    fix::report::refused(err, &plan)?;
    if !global.quiet {
        writeln!(err, "{}", fix::report::summary(&plan, true))?;
    }
    let outcome = lint::check_paths(targets, options);
    Ok(outcome.exit())
}
