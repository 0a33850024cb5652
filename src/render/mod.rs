//! A meeting as the document members read: one format-neutral [`document::Document`] built from
//! the meeting file and the network, written as Word ([`docx`]), PDF ([`pdf`]) or HTML
//! ([`html`]). The words come from [`crate::format::rendered`].

pub mod document;
pub mod docx;
pub mod html;
pub mod markdown;
pub mod pdf;

use crate::model::Kind;
use anyhow::Result;
use chrono::NaiveDate;
use document::Document;
use std::path::{Path, PathBuf};

/// A document format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Target {
    #[value(help = crate::msg!("cli-render-to-docx"))]
    Docx,
    #[value(help = crate::msg!("cli-render-to-pdf"))]
    Pdf,
    #[value(help = crate::msg!("cli-render-to-html"))]
    Html,
}

impl Target {
    pub fn extension(self) -> &'static str {
        match self {
            Target::Docx => "docx",
            Target::Pdf => "pdf",
            Target::Html => "html",
        }
    }

    /// The document in this format.
    pub fn write(self, doc: &Document) -> Result<Vec<u8>> {
        match self {
            Target::Docx => docx::write(doc),
            Target::Pdf => pdf::write(doc),
            Target::Html => Ok(html::page(doc).into_bytes()),
        }
    }
}

/// The folder documents go to: `out/`, beside the meetings folder (never inside a meeting's
/// folder, beside its attachments).
pub const OUT_DIR: &str = "out";

/// `2025-11-21-minutes.pdf`
pub fn file_name(date: NaiveDate, kind: Kind, target: Target) -> String {
    format!(
        "{}-{}.{}",
        date.format("%Y-%m-%d"),
        kind.as_str(),
        target.extension()
    )
}

/// Where a document goes by default: `out/2025-11-21-minutes.pdf` beside the meetings folder.
pub fn default_path(root: &Path, date: NaiveDate, kind: Kind, target: Target) -> PathBuf {
    crate::repo::clean(&root.join("..").join(OUT_DIR).join(file_name(date, kind, target)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_go_beside_the_meetings_folder() {
        let date = NaiveDate::from_ymd_opt(2025, 11, 21).unwrap_or_default();
        assert_eq!(
            default_path(Path::new("meetings"), date, Kind::Minutes, Target::Pdf),
            PathBuf::from("out/2025-11-21-minutes.pdf")
        );
        assert_eq!(
            default_path(Path::new("a/meetings"), date, Kind::Agenda, Target::Docx),
            PathBuf::from("a/out/2025-11-21-agenda.docx")
        );
    }
}
