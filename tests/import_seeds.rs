//! The network's own two documents (the seeds, kept beside the project in `../shared/seeds/`)
//! still import as they did when the importer was built on them: nothing `check` calls an error,
//! 20 decision clauses and 9 assignments. The seeds are not part of the project; where the folder
//! is absent the test says so and passes, except in CI, where it must be there.

use lchnv::model::Kind;
use lchnv::repo::{LoadOptions, Repository};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_lchnv");

fn seeds() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if dir.join("agenda-2025-03-14.txt").is_file() && dir.join("minutes-2025-11-ocr.txt").is_file() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "the seed documents are missing from {} (CI is set, so they must be there)",
        dir.display()
    );
    println!(
        "note: the seed documents are not in {}; their import is not tested",
        dir.display()
    );
    None
}

/// Imports a document into `root` (a copy of the network files); returns the JSON report.
fn import(root: &Path, document: &Path, extra: &[&str]) -> Value {
    let output = Command::new(BIN)
        .current_dir(root)
        .env("NO_COLOR", "1")
        .env_remove("LCHNV_MEETINGS")
        .arg("import")
        .arg(document)
        .args(["--format", "json"])
        .args(extra)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}: {}",
        document.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{}: {e}", document.display()))
}

#[test]
fn the_seeds_import_check_clean_with_their_decisions_and_assignments() {
    let Some(seeds) = seeds() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let meetings = dir.path().join("meetings");
    fs::create_dir_all(&meetings).unwrap_or_else(|e| panic!("{e}"));
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("meetings");
    for name in [
        "members.yaml",
        "calendar.yaml",
        "matters.yaml",
        "standard-items.yaml",
    ] {
        fs::copy(shipped.join(name), meetings.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    let agenda = import(dir.path(), &seeds.join("agenda-2025-03-14.txt"), &[]);
    assert_eq!(agenda["kind"], "agenda");
    // The scan lost the first page, and with it the date.
    let minutes = import(
        dir.path(),
        &seeds.join("minutes-2025-11-ocr.txt"),
        &["--date", "2025-11-21"],
    );
    assert_eq!(minutes["kind"], "minutes");
    for report in [&agenda, &minutes] {
        assert_eq!(report["check"]["errors"], 0, "{}", report["check"]);
    }

    let repo = Repository::load(
        &meetings,
        LoadOptions {
            include_drafts: true,
            ..LoadOptions::default()
        },
    )
    .unwrap_or_else(|e| panic!("{e:#}"))
    .repo;
    let date = chrono::NaiveDate::from_ymd_opt(2025, 11, 21).unwrap_or_else(|| unreachable!());
    let meeting = repo
        .meeting(date, Kind::Minutes)
        .unwrap_or_else(|| panic!("no minutes of {date} after the import"));
    let decisions: usize = meeting.items.iter().map(|i| i.decisions.len()).sum();
    let assignments: usize = meeting.items.iter().map(|i| i.assignments.len()).sum();
    assert_eq!(decisions, 20, "decision clauses");
    assert_eq!(assignments, 9, "assignments");
    assert_eq!(minutes["counts"]["decision_clauses"], 20);
    assert_eq!(minutes["counts"]["assignments"], 9);
}
