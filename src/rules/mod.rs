//! The checks behind `lchnv check`. Rules that need one file run while files are read, in
//! parallel; rules across files run once on the whole repository. Each finding names its
//! [`Rule`](crate::rule::Rule).

mod assignments;
mod coverage;
mod header;
pub mod index;
mod items;
mod network_files;
mod references;
mod roles;
mod structure;
mod text;

pub use text::network_vocabulary;

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::model::Meeting;
use crate::network::Network;
use crate::source::SourceFile;
use chrono::NaiveDate;
use std::collections::HashSet;
use std::path::Path;

/// What a one-file rule sees.
pub struct FileContext<'a> {
    pub file: &'a SourceFile,
    pub meeting: &'a Meeting,
    pub network: &'a Network,
    pub config: &'a Config,
    pub root: &'a Path,
    /// Dates that have a `minutes.md`.
    pub minutes_dates: &'a HashSet<NaiveDate>,
    /// The network's words, for OCR damage.
    pub vocabulary: &'a crate::ocr::Vocabulary,
    /// The day date-dependent rules count from.
    pub today: NaiveDate,
}

/// Runs every one-file rule.
pub fn check_file(ctx: &FileContext, diags: &mut crate::findings::Findings) {
    header::check(ctx, diags);
    structure::check(ctx, diags);
    items::check(ctx, diags);
    assignments::check(ctx, diags);
    roles::check(ctx, diags);
    text::check(ctx, diags);
}

/// Rules on the network files themselves.
pub fn check_network(root: &Path, network: &Network, diags: &mut Vec<Diagnostic>) {
    network_files::check(root, network, diags);
}

/// Rules that compare files, on their indexes.
pub fn check_across_files(network: &Network, files: &[index::FileIndex], diags: &mut Vec<Diagnostic>) {
    let indexed = index::Indexed::new(files);
    references::check(network, &indexed, diags);
    coverage::check(&indexed, diags);
}
