//! The files in `docs/` that lchnv generates from its own definitions: the rules' documentation,
//! the manual pages, the shell completion scripts and the JSON Schemas of the files it reads. `cargo run --example gen_docs` writes
//! them; a test keeps them equal to what this version generates.

use crate::commands::{completions, man, rules};
use anyhow::Result;
use clap::ValueEnum;
use clap_complete::Shell;
use std::path::PathBuf;

/// Every generated file, by its path from the repository's top folder.
pub fn generated() -> Result<Vec<(PathBuf, Vec<u8>)>> {
    // The shipped pages and scripts are in English, whatever the environment says.
    crate::i18n::set(crate::i18n::Language::English);
    let mut files = vec![(PathBuf::from("docs/rules.md"), rules::markdown().into_bytes())];
    let pages = std::iter::once(None).chain(man::commands().into_iter().map(Some));
    for command in pages {
        let path = PathBuf::from("docs/man").join(man::file_name(command.as_deref()));
        files.push((path, man::page(command.as_deref())?));
    }
    for shell in Shell::value_variants() {
        let path = PathBuf::from("docs/completions").join(completions::file_name(*shell));
        files.push((path, completions::script(*shell)));
    }
    for (name, _, schema) in crate::json_schema::all() {
        let mut text = serde_json::to_string_pretty(&schema)?;
        text.push('\n');
        files.push((PathBuf::from("docs/schema").join(name), text.into_bytes()));
    }
    Ok(files)
}
