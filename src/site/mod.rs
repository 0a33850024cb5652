//! The archive site: static pages the members can browse offline or on GitHub or GitLab Pages.
//! A start page (the next meeting, the year's meetings, the latest minutes, open assignments per
//! organisation), a page per meeting with its documents, the decision register, the
//! assignments, the matters and the attendance. Every page is built from the registers and the
//! same documents as `lchnv render`; draft minutes never reach it and e-mail addresses are
//! withheld.
//!
//! The pages lie side by side in one folder (links need no `../`): `index.html`,
//! `mote-2025-11-21.html`, `beslut.html`, `uppdrag.html`, `arenden.html`,
//! `arende-voc.html`, `narvaro.html`, with `calendar.ics`, `stil.css`, `filter.js` and the
//! documents in `dokument/`.

mod assignments;
mod attendance;
mod decisions;
mod matters;
mod meetings;
mod page;
mod start;

use crate::ics;
use crate::model::{Kind, Reference};
use crate::msg;
use crate::render::{self, Target, document, html};
use crate::repo::Repository;
use anyhow::{Context, Result, bail};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// The file that marks a folder as a site lchnv wrote, so that it may be written again.
pub const MARKER: &str = ".lchnv-site";
/// The site's calendar.
pub const CALENDAR_FILE: &str = "calendar.ics";
/// Where the Word and PDF documents go.
pub const DOCUMENTS_DIR: &str = "dokument";

/// The page of a meeting.
pub fn meeting_path(date: NaiveDate) -> String {
    format!("mote-{}.html", date.format("%Y-%m-%d"))
}

/// The page of a matter.
pub fn matter_path(id: &str) -> String {
    format!("arende-{}.html", slug(id))
}

/// A document of a meeting, in the documents folder.
pub fn document_path(date: NaiveDate, kind: Kind, target: Target) -> String {
    format!("{DOCUMENTS_DIR}/{}", render::file_name(date, kind, target))
}

/// An anchor or file name made of letters, digits and dashes, as matter ids are.
pub fn slug(text: &str) -> String {
    crate::network::matters::suggest_id(text)
}

/// What the site is built from.
pub struct Site<'r> {
    pub repo: &'r Repository,
    /// The day the start page counts "next meeting" from.
    pub today: NaiveDate,
    /// The address the site is published at, for links in the calendar.
    pub url: Option<String>,
}

impl Site<'_> {
    /// Whether a meeting has a page: it has an agenda or minutes.
    pub fn has_page(&self, date: NaiveDate) -> bool {
        self.repo.agenda(date).is_some() || self.repo.minutes(date).is_some()
    }

    /// The prefix of a meeting's agenda anchors on its page: the minutes' anchors are plain.
    fn agenda_prefix(&self, date: NaiveDate) -> &'static str {
        if self.repo.minutes(date).is_some() {
            "dagordning-"
        } else {
            ""
        }
    }
}

impl html::Linker for Site<'_> {
    fn reference(&self, reference: Reference) -> Option<String> {
        let date = reference.date;
        // Decisions and assignments have anchors in minutes; in an agenda only items do.
        let anchor = if self.repo.minutes(date).is_some() {
            html::anchor(reference)
        } else if self.repo.agenda(date).is_some() {
            format!(
                "{}{}",
                self.agenda_prefix(date),
                html::anchor(reference.item_reference())
            )
        } else {
            return None;
        };
        Some(format!("{}#{anchor}", meeting_path(date)))
    }

    fn matter(&self, id: &str) -> Option<String> {
        Some(matter_path(id))
    }
}

/// A page or file of the site: its path in the folder and its contents.
pub struct File {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Every file of the site.
pub fn build(site: &Site) -> Result<Vec<File>> {
    let repo = site.repo;
    let mut files = vec![
        File {
            path: page::STYLE_FILE.to_owned(),
            bytes: page::style().into_bytes(),
        },
        File {
            path: page::SCRIPT_FILE.to_owned(),
            bytes: decisions::SCRIPT.as_bytes().to_vec(),
        },
    ];
    let base = site.url.as_deref().map(|u| u.trim_end_matches('/').to_owned());
    let agenda_url = |date: NaiveDate| base.as_ref().map(|base| format!("{base}/{}", meeting_path(date)));
    files.push(File {
        path: CALENDAR_FILE.to_owned(),
        bytes: ics::calendar(repo, None, &agenda_url).into_bytes(),
    });
    for meeting in &repo.meetings {
        let (Some(date), Some(kind)) = (meeting.date(), meeting.kind()) else {
            continue;
        };
        let doc = document::build(repo, meeting, document::Audience::Public);
        for target in [Target::Pdf, Target::Docx] {
            files.push(File {
                path: document_path(date, kind, target),
                bytes: target.write(&doc).with_context(|| {
                    msg!(
                        "site-document-failed",
                        kind = kind_name(kind),
                        date = date.to_string()
                    )
                })?,
            });
        }
    }
    let pages = [
        start::page(site),
        meetings::index(site),
        decisions::page(site),
        assignments::page(site),
        matters::index(site),
        attendance::page(site),
    ];
    files.extend(pages.into_iter().map(|(path, text)| File {
        path,
        bytes: text.into_bytes(),
    }));
    for (path, text) in meetings::pages(site).into_iter().chain(matters::pages(site)) {
        files.push(File {
            path,
            bytes: text.into_bytes(),
        });
    }
    Ok(files)
}

/// What the reader calls a kind of meeting document.
fn kind_name(kind: Kind) -> String {
    match kind {
        Kind::Agenda => msg!("kind-agenda"),
        Kind::Minutes => msg!("kind-minutes"),
    }
}

/// Writes the site into `dir`: a new folder, or one lchnv wrote before (it is emptied first).
/// Any other folder with something in it is refused unless `force`.
pub fn write(dir: &Path, files: &[File], force: bool) -> Result<()> {
    if dir.exists() {
        let ours = dir.join(MARKER).is_file();
        let empty = std::fs::read_dir(dir)
            .with_context(|| msg!("read-failed-at", path = dir.display().to_string()))?
            .next()
            .is_none();
        if !ours && !empty && !force {
            return Err(crate::exit::Refusal(crate::msg!(
                "site-refusal-not-empty",
                folder = dir.display().to_string()
            ))
            .into());
        }
        if ours {
            std::fs::remove_dir_all(dir)
                .with_context(|| msg!("folder-empty-failed", folder = dir.display().to_string()))?;
        }
    }
    std::fs::create_dir_all(dir)
        .with_context(|| msg!("folder-create-failed", path = dir.display().to_string()))?;
    std::fs::write(dir.join(MARKER), "")
        .with_context(|| msg!("folder-write-failed", folder = dir.display().to_string()))?;
    for file in files {
        if file.path.contains("..") || file.path.starts_with('/') {
            bail!("{}", msg!("site-outside", path = file.path.clone()));
        }
        let path: PathBuf = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| msg!("folder-create-failed", path = parent.display().to_string()))?;
        }
        std::fs::write(&path, &file.bytes).with_context(|| crate::write::write_failed(&path))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_paths() {
        assert_eq!(slug("Region Dalarna"), "region-dalarna");
        assert_eq!(slug("Älvdalen"), "alvdalen");
        assert_eq!(slug("LPO rehab-, habilitering"), "lpo-rehab-habilitering");
        let date = NaiveDate::from_ymd_opt(2025, 11, 21).unwrap_or_default();
        assert_eq!(meeting_path(date), "mote-2025-11-21.html");
        assert_eq!(
            document_path(date, Kind::Minutes, Target::Pdf),
            "dokument/2025-11-21-minutes.pdf"
        );
    }
}
