//! `lchnv remind -o DIR`: one e-mail draft (`.eml`) per owner of open assignments, to send from
//! a mail program. Nothing is sent.

use crate::cli::Global;
use crate::exit::Exit;
use crate::extract::Need;
use crate::ledger::Ledger;
use crate::network::MEMBERS_FILE;
use crate::registers::{self, todo};
use crate::remind::message::{self, Sender};
use crate::remind::{self, Why};
use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
#[command(after_help = crate::msg!("cli-remind-examples"))]
pub struct RemindArgs {
    #[arg(short, long, value_name = "DIR")]
    #[arg(help = crate::msg!("cli-remind-output"))]
    pub output: PathBuf,
    #[arg(long, value_name = "DATE", value_parser = registers::parse_date_arg)]
    #[arg(help = crate::msg!("cli-remind-before"))]
    pub before: Option<NaiveDate>,
    #[arg(long, value_name = "NAME")]
    #[arg(help = crate::msg!("cli-remind-owner"))]
    pub owner: Vec<String>,
    #[arg(long, value_name = "ADDRESS")]
    #[arg(help = crate::msg!("cli-remind-from"))]
    pub from: Option<String>,
    #[arg(long, value_name = "DATE", value_parser = registers::parse_date_arg)]
    #[arg(help = crate::msg!("cli-remind-today"))]
    pub today: Option<NaiveDate>,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-include-drafts"))]
    pub include_drafts: bool,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-remind-force"))]
    pub force: bool,
}

pub fn run(args: &RemindArgs, global: &Global, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit> {
    let load = registers::load(global, args.include_drafts, false, Need::Whole)?;
    let repo = &load.repo;
    let members = &repo.network.members;
    let members_file = repo.root.join(MEMBERS_FILE);
    let sender = sender(args, members, &members_file)?;
    let owners = args
        .owner
        .iter()
        .map(|name| todo::resolve_owner(members, name, &members_file))
        .collect::<Result<Vec<_>>>()?;
    let today = args.today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let filter = todo::Filter {
        owner: None,
        overdue: false,
        due_before: args.before,
        meeting: None,
        all: false,
        today,
    };
    let ledger = Ledger::new(repo);
    let plan = remind::plan(
        &ledger,
        &filter,
        (!owners.is_empty()).then_some(owners.as_slice()),
    );
    let context = message::Context {
        members,
        sender: &sender,
        next_meeting: repo
            .network
            .calendar
            .entries
            .iter()
            .find(|e| e.date.value > today && !e.archived),
        sent: chrono::Utc::now(),
    };
    let mut drafts = Vec::new();
    for (n, reminder) in plan.reminders.iter().enumerate() {
        drafts.push((
            file_name(&reminder.owner_name, &drafts),
            message::build(reminder, &context, n + 1)?,
        ));
    }
    let written = write(&args.output, &drafts, args.force)?;
    for path in &written {
        writeln!(out, "{}", path.display())?;
    }
    for unreachable in &plan.unreachable {
        let text = unreachable_text(unreachable, &members_file);
        writeln!(err, "{}", crate::msg!("warning-prefix", warning = text))?;
    }
    load.notes(err)?;
    if !global.quiet {
        writeln!(err, "{}", summary(&plan, &args.output))?;
    }
    Ok(Exit::Clean)
}

/// `--from`, else the network's own address; without either there is no one to send from.
fn sender(args: &RemindArgs, members: &crate::network::Members, members_file: &Path) -> Result<Sender> {
    let name = members.network.name.clone();
    match &args.from {
        Some(address) if crate::network::members::is_plausible_email(address.trim()) => Ok(Sender {
            name,
            address: address.trim().to_owned(),
        }),
        Some(address) => bail!(
            "{}",
            crate::msg!("argument-not-email", arg = "--from", value = address.clone())
        ),
        None => match &members.network.email {
            Some(address) => Ok(Sender {
                name,
                address: address.clone(),
            }),
            None => bail!(
                "{}",
                crate::msg!("remind-no-sender", path = members_file.display().to_string())
            ),
        },
    }
}

/// `region-dalarna.eml`: the owner's name in ASCII, distinct from the names already taken.
fn file_name(owner: &str, taken: &[(String, String)]) -> String {
    let mut stem = String::new();
    for c in deunicode::deunicode(owner).chars() {
        if c.is_ascii_alphanumeric() {
            stem.push(c.to_ascii_lowercase());
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
    }
    let stem = match stem.trim_end_matches('-') {
        "" => "owner",
        stem => stem,
    }
    .to_owned();
    let mut name = format!("{stem}.eml");
    let mut n = 2;
    while taken.iter().any(|(t, _)| *t == name) {
        name = format!("{stem}-{n}.eml");
        n += 1;
    }
    name
}

/// Writes every draft or none; an existing draft is a refusal unless `force`.
fn write(folder: &Path, drafts: &[(String, String)], force: bool) -> Result<Vec<PathBuf>> {
    if drafts.is_empty() {
        return Ok(Vec::new());
    }
    std::fs::create_dir_all(folder)
        .with_context(|| crate::msg!("folder-create-failed", path = folder.display().to_string()))?;
    let mut transaction = crate::write::Transaction::begin(folder)?;
    let mut written = Vec::new();
    for (name, text) in drafts {
        let path = crate::repo::join(folder, Path::new(name));
        transaction.create(&path, text, force)?;
        written.push(path);
    }
    transaction.commit();
    Ok(written)
}

fn unreachable_text(unreachable: &remind::Unreachable, members_file: &Path) -> String {
    let count = unreachable.assignments;
    let owner = unreachable.owner.as_str();
    let file = members_file.display().to_string();
    match unreachable.why {
        Why::NoAddress => {
            let whom = match unreachable.party {
                Some(crate::network::Party::Organisation(_)) => "organisation",
                Some(crate::network::Party::Person(_)) => "person",
                _ => "other",
            };
            crate::msg!(
                "remind-no-address",
                owner = owner,
                count = count,
                file = file,
                whom = whom
            )
        }
        Why::Unknown => crate::msg!("remind-unknown", owner = owner, count = count, file = file),
        Why::NotStated => crate::msg!("remind-not-stated", owner = owner, count = count),
    }
}

/// `Wrote 3 reminders to 4 addresses in out/; 1 owner cannot be written to: Berga.`
fn summary(plan: &remind::Plan, folder: &Path) -> String {
    let addresses: usize = plan.reminders.iter().map(|r| r.recipients.len()).sum();
    let written = if plan.reminders.is_empty() {
        crate::msg!("remind-none-written")
    } else {
        crate::msg!(
            "remind-written",
            count = plan.reminders.len(),
            addresses = addresses,
            folder = folder.display().to_string()
        )
    };
    if plan.unreachable.is_empty() {
        return crate::msg!("remind-summary", written = written);
    }
    let owners: Vec<&str> = plan.unreachable.iter().map(|u| u.owner.as_str()).collect();
    crate::msg!(
        "remind-summary-unreachable",
        written = written,
        count = owners.len(),
        owners = owners.join(", ")
    )
}
