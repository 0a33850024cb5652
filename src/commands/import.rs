//! `lchnv import FILE`: bring an old agenda or minutes (text exported from Word or a PDF, or a
//! `.docx`) into the repository as `meetings/DATE/agenda.md` or `minutes.md`, and report what
//! was recognised, repaired and left as it was.

use crate::cli::Global;
use crate::diagnostic::Severity;
use crate::exit::{Exit, Refusal};
use crate::format::dates;
use crate::import::report::CheckSummary;
use crate::import::{self, Options, Setting, input};
use crate::model::Kind;
use crate::repo::{LoadOptions, Repository};
use crate::write::Transaction;
use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum KindArg {
    Agenda,
    Minutes,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ReportFormat {
    #[default]
    #[value(help = crate::msg!("cli-import-format-human"))]
    Human,
    #[value(help = crate::msg!("cli-import-format-json"))]
    Json,
}

#[derive(Debug, clap::Args)]
#[command(after_help = crate::msg!("cli-import-examples"))]
pub struct ImportArgs {
    #[arg(help = crate::msg!("cli-import-file"))]
    pub file: PathBuf,
    #[arg(long, value_enum)]
    #[arg(help = crate::msg!("cli-import-kind"))]
    pub kind: Option<KindArg>,
    #[arg(long, value_name = "DATE")]
    #[arg(help = crate::msg!("cli-import-date"))]
    pub date: Option<String>,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-import-dry-run"))]
    pub dry_run: bool,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-import-force"))]
    pub force: bool,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-import-add-to-calendar"))]
    pub add_to_calendar: bool,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-import-add-members"))]
    pub add_members: bool,
    #[arg(long, value_enum, default_value_t)]
    #[arg(help = crate::msg!("cli-import-format"))]
    pub format: ReportFormat,
}

pub fn run(args: &ImportArgs, global: &Global, out: &mut dyn Write) -> Result<Exit> {
    let date = match &args.date {
        Some(text) => Some(crate::schema::parse_date(text).map_err(|why| {
            anyhow::anyhow!(
                "{}",
                crate::msg!(
                    "import-date-invalid",
                    text = text.clone(),
                    why = crate::i18n::date_why(why)
                )
            )
        })?),
        None => None,
    };
    let options = Options {
        kind: args.kind.map(|k| match k {
            KindArg::Agenda => Kind::Agenda,
            KindArg::Minutes => Kind::Minutes,
        }),
        date,
    };
    let root = global.meetings_root()?;
    // Import reads the other meetings only for their words and dates: one it cannot read is
    // left out with a warning, not a reason to stop.
    let load = Repository::load(
        &root,
        LoadOptions {
            include_drafts: true,
            replacing: None,
            lenient: true,
            keep_prose: false,
            use_cache: false,
            need: crate::extract::Need::Whole,
        },
    )?;
    for left_out in &load.left_out {
        eprintln!("{}", crate::msg!("import-left-out", file = left_out.clone()));
    }
    let repo = &load.repo;
    let mut texts: Vec<String> = Vec::new();
    for name in [
        crate::network::MEMBERS_FILE,
        crate::network::CALENDAR_FILE,
        crate::network::MATTERS_FILE,
        crate::network::STANDARD_ITEMS_FILE,
    ] {
        if let Ok(file) = crate::read::text(
            &crate::repo::join(&root, Path::new(name)),
            crate::read::SMALL_FILE_LIMIT,
        ) {
            texts.push(file.text);
        }
    }
    for path in &load.files {
        if let Ok(file) = crate::read::text(path, repo.config.max_file_bytes) {
            texts.push(file.text);
        }
    }
    let words = import::repository_words(texts);
    let setting = Setting {
        network: &repo.network,
        config: &repo.config,
        words: &words,
        minutes_dates: repo.all_minutes().filter_map(|m| m.date()).collect(),
        meetings: &repo.meetings,
    };

    let document = input::read(&args.file)?;
    let source = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| args.file.display().to_string());
    let imported = import::import(&document, &source, &options, &setting)
        .with_context(|| crate::msg!("import-failed", path = args.file.display().to_string()))?;
    let mut report = imported.report.clone();
    let target = repo.meeting_dir(imported.date).join(imported.kind.file_name());
    report.output = target.display().to_string();
    if !args.dry_run && !args.force && std::fs::symlink_metadata(&target).is_ok() {
        return Err(Refusal(crate::msg!(
            "import-refusal-exists",
            path = target.display().to_string()
        ))
        .into());
    }

    // The calendar.
    let in_calendar = repo.network.calendar.get(imported.date).is_some();
    let add_date = !in_calendar && args.add_to_calendar;
    if in_calendar {
        report.calendar.push(crate::msg!(
            "import-calendar-present",
            date = imported.date.to_string()
        ));
    } else if args.add_to_calendar {
        report.calendar.push(if args.dry_run {
            crate::msg!("import-calendar-would-add", date = imported.date.to_string())
        } else {
            crate::msg!("import-calendar-added", date = imported.date.to_string())
        });
    } else {
        report.calendar.push(crate::msg!(
            "import-calendar-missing",
            date = imported.date.to_string()
        ));
    }

    if args.dry_run {
        report.written = false;
        if args.add_members && !imported.new_people.is_empty() {
            report.calendar.push(format!(
                "--add-members would add {} people to members.yaml",
                imported.new_people.len()
            ));
        }
        match args.format {
            ReportFormat::Human => {
                out.write_all(imported.markdown.as_bytes())?;
                writeln!(out, "\n----")?;
                report.write_human(out)?;
            }
            ReportFormat::Json => {
                let value = serde_json::json!({ "report": report, "content": imported.markdown });
                writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
            }
        }
        return Ok(Exit::Clean);
    }

    // The document first, then the calendar and the members, under one lock: a failure undoes
    // them all.
    let mut transaction = Transaction::begin(&root)?;
    transaction.create(&target, &imported.markdown, args.force)?;
    if add_date {
        let calendar = crate::repo::join(&root, Path::new(crate::network::CALENDAR_FILE));
        transaction.update(&calendar, |text| add_to_calendar(&calendar, text, imported.date))?;
    }
    let add_members = args.add_members && !imported.new_people.is_empty();
    if add_members {
        let members = crate::repo::join(&root, Path::new(crate::network::MEMBERS_FILE));
        transaction.update(&members, |text| {
            import::members_file::add_people(&members, text, &imported.new_people)
        })?;
    }
    transaction.commit();
    report.members_added = add_members;
    report.written = true;
    let outcome = crate::lint::check_paths(std::slice::from_ref(&target), &crate::lint::Options::default());
    let mut summary = CheckSummary::default();
    for d in &outcome.diagnostics {
        match d.severity {
            Severity::Error => {
                summary.errors += 1;
                summary.error_findings.push(format!(
                    "{}:{}: {} [{}]",
                    d.pos.line,
                    d.pos.column,
                    d.message,
                    d.rule.name()
                ));
            }
            _ => summary.warnings += 1,
        }
        *summary.by_rule.entry(d.rule.name().to_owned()).or_default() += 1;
    }
    let errors = summary.errors + outcome.failures.len();
    report.check = Some(summary);
    match args.format {
        ReportFormat::Human => report.write_human(out)?,
        ReportFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?,
    }
    Ok(if errors > 0 { Exit::Findings } else { Exit::Clean })
}

/// Appends a meeting to the text of `calendar.yaml`, in the file's own indentation, and makes
/// sure the file still reads with the date in it. A date already there (another import added
/// it meanwhile) leaves the text as it is.
fn add_to_calendar(path: &Path, text: &str, date: NaiveDate) -> Result<String> {
    let already = {
        let file = crate::source::SourceFile::new(path, text.to_owned());
        crate::yaml::parse(&file, 0, file.text.len())
            .ok()
            .is_some_and(|node| {
                crate::network::Calendar::read(&file, &node, &mut Vec::new())
                    .get(date)
                    .is_some()
            })
    };
    if already {
        return Ok(text.to_owned());
    }
    let indent = text
        .lines()
        .find_map(|l| {
            let trimmed = l.trim_start();
            trimmed
                .starts_with("- date:")
                .then(|| l[..l.len() - trimmed.len()].to_owned())
        })
        .unwrap_or_else(|| "  ".to_owned());
    let mut updated = text.to_owned();
    if !updated.ends_with('\n') {
        updated.push('\n');
    }
    if !text.lines().any(|l| l.trim_start().starts_with("- date:")) && !text.contains("meetings:") {
        updated.push_str("meetings:\n");
    }
    updated.push_str(&format!(
        "{indent}- date: {}\n{indent}  weekday: {}\n",
        dates::iso(date),
        dates::weekday(date)
    ));
    let file = crate::source::SourceFile::new(path, updated.clone());
    let node = crate::yaml::parse(&file, 0, file.text.len()).map_err(|d| anyhow::anyhow!("{}", d.message))?;
    let mut diags = Vec::new();
    let calendar = crate::network::Calendar::read(&file, &node, &mut diags);
    if calendar.get(date).is_none() {
        bail!(
            "{}",
            crate::msg!(
                "import-calendar-not-a-list",
                date = date.to_string(),
                path = path.display().to_string()
            )
        );
    }
    Ok(updated)
}
