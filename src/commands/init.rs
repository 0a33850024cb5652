//! `lchnv init [DIR]`: a repository for a new network, which `lchnv check` passes at once.

use crate::cli::Global;
use crate::exit::{Exit, Refusal};
use crate::scaffold::{self, NewNetwork};
use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
#[command(after_help = crate::msg!("cli-init-examples"))]
pub struct InitArgs {
    #[arg(value_name = "DIR", default_value = ".")]
    #[arg(help = crate::msg!("cli-init-dir"))]
    pub dir: PathBuf,
    #[arg(long, value_name = "NAME")]
    #[arg(help = crate::msg!("cli-init-network"))]
    pub network: String,
    #[arg(long, value_name = "SHORT")]
    #[arg(help = crate::msg!("cli-init-short"))]
    pub short: Option<String>,
    #[arg(long, value_name = "NAME")]
    #[arg(help = crate::msg!("cli-init-called"))]
    pub called: Option<String>,
    #[arg(long, value_name = "ADDRESS")]
    #[arg(help = crate::msg!("cli-init-email"))]
    pub email: Option<String>,
    #[arg(long, value_name = "DATE", value_parser = crate::registers::parse_date_arg)]
    #[arg(help = crate::msg!("cli-init-first-meeting"))]
    pub first_meeting: Option<NaiveDate>,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-init-force"))]
    pub force: bool,
}

pub fn run(args: &InitArgs, global: &Global, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit> {
    let network = new_network(args)?;
    let files = scaffold::files(&network)?;
    let top = crate::repo::clean(&args.dir);
    if !args.force {
        refuse_existing(&top, &files)?;
    }
    if !top.exists() {
        std::fs::create_dir_all(&top)
            .with_context(|| crate::msg!("folder-create-failed", path = top.display().to_string()))?;
    }
    let mut transaction = crate::write::Transaction::begin(&top)?;
    let mut written = Vec::new();
    for file in &files {
        let path = crate::repo::join(&top, &file.path);
        // An empty file (a `.gitignore` just made) holds nothing to lose.
        let replace = args.force || is_empty_file(&path);
        transaction.create(&path, &file.text, replace)?;
        written.push(path);
    }
    transaction.commit();
    for path in &written {
        writeln!(out, "{}", path.display())?;
    }
    if !global.quiet {
        let meetings = crate::repo::join(&top, Path::new(crate::repo::DEFAULT_ROOT));
        let started = crate::msg!(
            "init-started",
            network = network.name.as_str(),
            members = meetings.join(crate::network::MEMBERS_FILE).display().to_string(),
            date = crate::format::dates::iso(network.first_meeting)
        );
        writeln!(err, "{started}")?;
        let address = crate::msg!("init-fill-in-address", placeholder = scaffold::GIT_PLACEHOLDER);
        writeln!(err, "{address}")?;
    }
    Ok(Exit::Clean)
}

/// The network as the options give it, each name checked.
fn new_network(args: &InitArgs) -> Result<NewNetwork> {
    let name = args.network.trim();
    if name.is_empty() {
        bail!("{}", crate::msg!("init-network-empty"));
    }
    let called = match &args.called {
        Some(called) if called.trim().is_empty() => {
            bail!("{}", crate::msg!("argument-empty", arg = "--called"))
        }
        Some(called) => called.trim().to_owned(),
        None => scaffold::called_from(name),
    };
    let short = match &args.short {
        Some(short) if short.trim().is_empty() => bail!("{}", crate::msg!("argument-empty", arg = "--short")),
        other => other.as_ref().map(|s| s.trim().to_owned()),
    };
    if let Some(email) = &args.email
        && !crate::network::members::is_plausible_email(email.trim())
    {
        bail!(
            "{}",
            crate::msg!("argument-not-email", arg = "--email", value = email.clone())
        );
    }
    let today = chrono::Local::now().date_naive();
    Ok(NewNetwork {
        name: name.to_owned(),
        short,
        called,
        email: args.email.as_ref().map(|e| e.trim().to_owned()),
        first_meeting: args
            .first_meeting
            .unwrap_or_else(|| scaffold::example_meeting(today)),
    })
}

/// Refuses a folder that already holds a network, or files with content that would be replaced.
fn refuse_existing(top: &Path, files: &[scaffold::File]) -> Result<()> {
    let meetings = crate::repo::join(top, Path::new(crate::repo::DEFAULT_ROOT));
    if std::fs::symlink_metadata(&meetings).is_ok() {
        return Err(Refusal(crate::msg!(
            "init-refusal-network",
            path = meetings.display().to_string()
        ))
        .into());
    }
    let taken: Vec<String> = files
        .iter()
        .map(|f| crate::repo::join(top, &f.path))
        .filter(|path| std::fs::symlink_metadata(path).is_ok() && !is_empty_file(path))
        .map(|path| path.display().to_string())
        .collect();
    if !taken.is_empty() {
        return Err(Refusal(crate::msg!(
            "init-refusal-files",
            files = taken.join(", "),
            count = taken.len()
        ))
        .into());
    }
    Ok(())
}

fn is_empty_file(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file() && m.len() == 0)
}
