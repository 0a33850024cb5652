//! The meeting cycle: the first draft of the next agenda (from the calendar, the standard items
//! and whatever the minutes leave open) and the skeleton of a meeting's minutes (from its
//! agenda). Both are rendered through a template the network can edit.
//!
//! - [`agenda`] decides what comes back to the network and numbers the items;
//! - [`minutes`] turns an agenda into minutes with placeholders for the note-taker;
//! - [`template`] finds and renders the templates.
//!
//! What the documents say is written through [`crate::format`]: labels, phrases, assignment
//! lines, dates, references, wrapping and the templates' context.

pub mod agenda;
pub mod minutes;
pub mod template;

use crate::repo::{self, LoadOptions, Repository};
use anyhow::{Result, bail};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// A document ready to be written: where it goes and what it says.
#[derive(Debug, Clone)]
pub struct Draft {
    pub path: PathBuf,
    pub text: String,
}

/// Reads a meeting date given on the command line.
pub fn parse_date_arg(text: &str) -> Result<NaiveDate> {
    match crate::schema::parse_date(text.trim()) {
        Ok(date) => Ok(date),
        Err(why) => bail!("`{text}` is not a meeting date {why}; write it as YYYY-MM-DD, e.g. 2026-01-29"),
    }
}

/// Reads the meetings folder at (or above) `meetings`, stopping on files that cannot be read:
/// a draft written without them could forget what they say.
pub fn load(meetings: &Path) -> Result<Repository> {
    let root = repo::find_root(meetings)?;
    let load = Repository::load(&root, LoadOptions::default())?;
    if let Some(first) = load.failures.first() {
        let more = load.failures.len() - 1;
        if more > 0 {
            bail!("{first} (and {more} more file(s) that cannot be read)");
        }
        bail!("{first}");
    }
    Ok(load.repo)
}

/// Prints a draft (`dry_run`) or writes it, never over an existing file unless `force`, and
/// prints the path written.
pub fn deliver(draft: &Draft, dry_run: bool, force: bool, out: &mut dyn std::io::Write) -> Result<()> {
    if dry_run {
        out.write_all(draft.text.as_bytes())?;
        return Ok(());
    }
    crate::write::write_new(&draft.path, &draft.text, force)?;
    writeln!(out, "{}", draft.path.display())?;
    Ok(())
}
