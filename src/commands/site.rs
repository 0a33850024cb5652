//! `lchnv site`: the archive as a static website.

use crate::cli::Global;
use crate::exit::Exit;
use crate::extract::Need;
use crate::msg;
use crate::registers;
use crate::site::{self, Site};
use anyhow::Result;
use chrono::NaiveDate;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
#[command(after_help = crate::msg!("cli-site-examples"))]
pub struct SiteArgs {
    #[arg(short, long, value_name = "DIR", default_value = "site")]
    #[arg(help = crate::msg!("cli-site-output"))]
    pub output: PathBuf,
    #[arg(long, value_name = "URL", env = "LCHNV_SITE_URL")]
    #[arg(help = crate::msg!("cli-site-site-url"))]
    pub site_url: Option<String>,
    #[arg(long, value_name = "DATE", value_parser = registers::parse_date_arg)]
    #[arg(help = crate::msg!("cli-site-today"))]
    pub today: Option<NaiveDate>,
    #[arg(long)]
    #[arg(help = crate::msg!("cli-site-force"))]
    pub force: bool,
}

pub fn run(args: &SiteArgs, global: &Global, out: &mut dyn Write, err: &mut dyn Write) -> Result<Exit> {
    // Draft minutes are never published: there is no --include-drafts here.
    let load = registers::load(global, false, true, Need::Whole)?;
    let site = Site {
        repo: &load.repo,
        today: args.today.unwrap_or_else(|| chrono::Local::now().date_naive()),
        url: args.site_url.clone(),
    };
    let files = site::build(&site)?;
    site::write(&args.output, &files, args.force)?;
    load.notes(err)?;
    let summary = msg!(
        "site-summary",
        folder = args.output.display().to_string(),
        files = files.len(),
        pages = files.iter().filter(|f| f.path.ends_with(".html")).count()
    );
    writeln!(out, "{summary}")?;
    Ok(Exit::Clean)
}
