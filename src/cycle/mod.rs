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

use crate::model::Kind;
use crate::msg;
use crate::repo::{Load, LoadOptions, Repository};
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
        Err(why) => bail!(
            "{}",
            msg!(
                "meeting-date-invalid",
                text = text,
                why = crate::i18n::date_why(why)
            )
        ),
    }
}

/// The error for a person given by `option` (`--chair`) whom members.yaml does not know, with
/// the nearest name.
fn not_a_person(option: &str, name: &str, repo: &Repository) -> anyhow::Error {
    let help = crate::text::did_you_mean(name, repo.network.members.people.iter().map(|p| p.name.as_str()))
        .map(|h| format!("; {h}"))
        .unwrap_or_default();
    anyhow::anyhow!(
        "{}",
        crate::msg!(
            "person-arg-unknown",
            option = option,
            name = name,
            file = repo.root.join(crate::network::MEMBERS_FILE).display().to_string(),
            help = help
        )
    )
}

/// Reads the meetings folder, stopping on files that cannot be read or understood: a draft
/// written without them could forget what they say. `target` is the file the command writes:
/// when it exists, that is a refusal unless `force` (then it is not read: it is replaced).
/// `use_cache`: read unchanged files from the cache. `date`: the meeting's; of the other
/// meetings only what the cycle reads is kept.
pub fn load(
    root: &Path,
    target: &Path,
    date: NaiveDate,
    include_drafts: bool,
    force: bool,
    dry_run: bool,
    use_cache: bool,
) -> Result<Load> {
    let exists = std::fs::symlink_metadata(target).is_ok();
    if exists && !force && !dry_run {
        return Err(crate::write::already_exists(target));
    }
    Repository::load(
        root,
        LoadOptions {
            include_drafts,
            replacing: (exists && force).then(|| target.to_path_buf()),
            lenient: false,
            keep_prose: false,
            use_cache,
            need: crate::extract::Need::Cycle(date),
        },
    )
}

/// Where the file of a date and kind goes in the meetings folder `root`.
pub fn target(root: &Path, date: NaiveDate, kind: Kind) -> PathBuf {
    crate::repo::join(
        root,
        &Path::new(&date.format("%Y-%m-%d").to_string()).join(kind.file_name()),
    )
}

/// Prints a draft (`dry_run`) or writes it, never over an existing file unless `force`, and
/// prints the path written.
pub fn deliver(
    root: &Path,
    draft: &Draft,
    dry_run: bool,
    force: bool,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    if dry_run {
        out.write_all(draft.text.as_bytes())?;
        return Ok(());
    }
    crate::write::write_new(root, &draft.path, &draft.text, force)?;
    writeln!(out, "{}", draft.path.display())?;
    Ok(())
}
