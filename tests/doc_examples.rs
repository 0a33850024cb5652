//! The console examples of README.md and docs/*.md are run, so they cannot go stale.
//!
//! Each document's ```console blocks run in order, with trycmd, in one copy of the shipped
//! repository (`meetings/`, `templates/`) with the fictional network of [`FIXTURES`] beside it,
//! so a block sees what the blocks before it wrote. A comment right before a block can change a
//! file first: `<!-- example: in FILE, "OLD" becomes "NEW" -->` (`\n` is a line end; several
//! such comments in a row make several changes). A block marked
//! ```console,ignore is not run (an install command, a shell redirection). After a deliberate
//! change, `TRYCMD=overwrite cargo test --test doc_examples` writes the new output into the
//! documents.

#[allow(dead_code)]
mod support;

use std::fs;
use std::path::{Path, PathBuf};

const DOCUMENTS: &[&str] = &[
    "README.md",
    "docs/cycle.md",
    "docs/publishing.md",
    "docs/registers.md",
    "docs/import.md",
    "docs/format.md",
];

/// Another (fictional) network beside the shipped one, for the examples that import: its
/// repository and a scanned set of its minutes, as (from, to in the work folder).
const FIXTURES: &[(&str, &str)] = &[
    ("tests/fixtures/import/repo", "vastmark/meetings"),
    (
        "tests/fixtures/import/minutes-2026-01-16-ocr.txt",
        "vastmark/minutes-2026-01-16-ocr.txt",
    ),
];

fn top() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A console block: where its lines are in the document, its indentation, its text without
/// it, and the change its comment asks for.
struct Block {
    first: usize,
    end: usize,
    indent: String,
    text: String,
    changes: Vec<Change>,
}

struct Change {
    file: String,
    old: String,
    new: String,
}

fn parse_change(line: &str) -> Option<Change> {
    let rest = line
        .trim()
        .strip_prefix("<!-- example: in ")?
        .strip_suffix("-->")?;
    let (file, quoted) = rest.split_once(", ")?;
    let parts: Vec<&str> = quoted.split('"').collect();
    // `"OLD" becomes "NEW" `: ["", OLD, " becomes ", NEW, " "]; `\n` in them is a line end.
    (parts.len() == 5 && parts[2] == " becomes ").then(|| Change {
        file: file.to_owned(),
        old: parts[1].replace("\\n", "\n"),
        new: parts[3].replace("\\n", "\n"),
    })
}

/// The changes asked for by the comments right before line `at`, first one first.
fn changes_before(lines: &[&str], at: usize) -> Vec<Change> {
    let mut found: Vec<Change> = lines[..at]
        .iter()
        .rev()
        .map_while(|line| parse_change(line))
        .collect();
    found.reverse();
    found
}

fn blocks(lines: &[&str]) -> Vec<Block> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let trimmed = lines[i].trim_start();
        let indent = &lines[i][..lines[i].len() - trimmed.len()];
        if trimmed.trim_end() == "```console" {
            let changes = changes_before(lines, i);
            let first = i + 1;
            let mut end = first;
            while end < lines.len() && lines[end].trim() != "```" {
                end += 1;
            }
            let text: Vec<&str> = lines[first..end]
                .iter()
                .map(|l| l.strip_prefix(indent).unwrap_or(l.trim_start()))
                .collect();
            found.push(Block {
                first,
                end,
                indent: indent.to_owned(),
                text: text.join("\n"),
                changes,
            });
            i = end;
        }
        i += 1;
    }
    found
}

fn run_document(name: &str) {
    let path = top().join(name);
    let source = fs::read_to_string(&path).expect("the document");
    let lines: Vec<&str> = source.lines().collect();
    let found = blocks(&lines);
    let scratch = tempfile::tempdir().expect("a folder");
    let work = scratch.path().join("work");
    support::copy_dir(&top().join("meetings"), &work.join("meetings"));
    support::copy_dir(&top().join("templates"), &work.join("templates"));
    for (from, to) in FIXTURES {
        let (from, to) = (top().join(from), work.join(to));
        if from.is_dir() {
            support::copy_dir(&from, &to);
        } else {
            fs::copy(&from, &to).expect("a fixture");
        }
    }
    let mut output = Vec::new();
    for (n, block) in found.iter().enumerate() {
        for change in &block.changes {
            let file = work.join(&change.file);
            let text = fs::read_to_string(&file).expect("the file the example changes");
            assert!(
                text.contains(&change.old),
                "{name}: `{}` is not in {}",
                change.old,
                change.file
            );
            fs::write(&file, text.replacen(&change.old, &change.new, 1)).expect("the change");
        }
        // trycmd runs a `X.md` in the folder `X.in` beside it: the work folder, moved there.
        let case = scratch.path().join(format!("block-{n}.md"));
        let here = case.with_extension("in");
        fs::write(&case, format!("```console\n{}\n```\n", block.text)).expect("the case");
        fs::rename(&work, &here).expect("the work folder");
        let cases = trycmd::TestCases::new();
        support::english(&cases);
        cases.env("NO_COLOR", "1").case(&case);
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| cases.run()));
        fs::rename(&here, &work).expect("the work folder back");
        if let Err(panic) = outcome {
            eprintln!(
                "{name}: the example at line {} does not give its output",
                block.first
            );
            std::panic::resume_unwind(panic);
        }
        let ran = fs::read_to_string(&case).expect("the case");
        output.push(ran);
    }
    if std::env::var("TRYCMD").is_ok_and(|v| v == "overwrite") {
        write_back(&path, &lines, &found, &output);
    }
}

/// Puts the output trycmd wrote into the blocks of the document.
fn write_back(path: &PathBuf, lines: &[&str], found: &[Block], output: &[String]) {
    let mut text = Vec::new();
    let mut at = 0;
    for (block, ran) in found.iter().zip(output) {
        text.extend(lines[at..block.first].iter().map(|l| (*l).to_owned()));
        let body = ran.trim_end().strip_prefix("```console\n").unwrap_or(ran);
        let body = body.strip_suffix("```").unwrap_or(body);
        // Only the fence's own line end: a blank line before it is the last output's newline.
        let body = body.strip_suffix('\n').unwrap_or(body);
        for line in body.split('\n') {
            text.push(if line.is_empty() {
                String::new()
            } else {
                format!("{}{line}", block.indent)
            });
        }
        at = block.end;
    }
    text.extend(lines[at..].iter().map(|l| (*l).to_owned()));
    fs::write(path, text.join("\n") + "\n").expect("the document");
}

#[test]
fn the_readme_examples_run() {
    run_document(DOCUMENTS[0]);
}

#[test]
fn the_cycle_examples_run() {
    run_document(DOCUMENTS[1]);
}

#[test]
fn the_publishing_examples_run() {
    run_document(DOCUMENTS[2]);
}

#[test]
fn the_register_examples_run() {
    run_document(DOCUMENTS[3]);
}

#[test]
fn the_import_and_format_examples_run() {
    run_document(DOCUMENTS[4]);
    run_document(DOCUMENTS[5]);
}

#[test]
fn every_console_block_that_is_not_run_says_why() {
    for name in DOCUMENTS {
        let text = fs::read_to_string(top().join(name)).expect("the document");
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if line.trim_start().starts_with("```console,ignore") {
                let before = if i > 0 { lines[i - 1].trim() } else { "" };
                assert!(
                    before.starts_with("<!-- not run:"),
                    "{name}:{}: a block that is not run needs `<!-- not run: why -->` before it",
                    i + 1
                );
            }
        }
    }
}
