//! Writes the files in `docs/` that lchnv generates: `docs/rules.md`, the manual pages in
//! `docs/man/` and the shell completion scripts in `docs/completions/`.
//!
//! ```text
//! cargo run --example gen_docs
//! ```
//!
//! Run it after changing a rule, a command or an option; `cargo test` fails until then.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let top = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = match lchnv::docs::generated() {
        Ok(files) => files,
        Err(error) => {
            eprintln!("error: {error:#}");
            return ExitCode::FAILURE;
        }
    };
    for folder in ["docs/man", "docs/completions", "docs/schema"] {
        // Pages of commands that no longer exist go with the folder.
        let _ = std::fs::remove_dir_all(top.join(folder));
        if let Err(error) = std::fs::create_dir_all(top.join(folder)) {
            eprintln!("error: cannot create {folder}: {error}");
            return ExitCode::FAILURE;
        }
    }
    for (path, bytes) in files {
        if let Err(error) = std::fs::write(top.join(&path), bytes) {
            eprintln!("error: cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
        println!("{}", path.display());
    }
    ExitCode::SUCCESS
}
