//! Measuring `lchnv import` on the import corpus: documents of other networks and municipal
//! bodies, each with a truth file (`tests/fixtures/import-corpus/README.md`). Every document is
//! imported into a copy of its network folder, the written file read back with lchnv's own
//! parser and compared with the truth; a table per document and per folder is printed.

pub mod run;
pub mod score;
pub mod truth;

use score::Scores;
use std::path::{Path, PathBuf};

pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import-corpus")
}

/// How much of a folder's measurement is printed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Every document's row and every miss: for the sets the importer is tuned on.
    Misses,
    /// The folder's summed row only: for a set held apart, whose documents must not be studied.
    Aggregate,
}

/// Imports and scores every document of a folder (`tuning`, `held-out`, `held-out-2`, `held-out-3`);
/// prints the tables and the misses; returns the folder's summed scores.
pub fn measure(folder: &str) -> Scores {
    measure_with(folder, Detail::Misses)
}

/// Held-apart folders beyond those the importer has been tuned on (`held-out-4`, `held-out-5` …)
/// that are present, in order: each is scored against the targets when it exists and skipped when
/// it does not.
pub fn further_held_out_folders() -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(corpus()) else {
        return Vec::new();
    };
    let mut folders: Vec<String> = entries
        .flatten()
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .filter(|name| is_further_held_out(name))
        .collect();
    folders.sort();
    folders
}

/// `held-out-13` and later; `held-out` to `held-out-12` were each measured once and have tests
/// of their own.
pub fn is_further_held_out(name: &str) -> bool {
    name.strip_prefix("held-out-").is_some_and(|rest| {
        !rest.is_empty() && !["2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"].contains(&rest)
    })
}

/// [`measure`], printing as much as `detail` allows.
pub fn measure_with(folder: &str, detail: Detail) -> Scores {
    let documents = truth::documents(&corpus(), folder);
    assert!(!documents.is_empty(), "no documents in {folder}");
    let mut total = Scores::default();
    let mut rows = Vec::new();
    for document in &documents {
        let imported = run::import(document);
        let scores = score::score(document, &imported);
        rows.push((document.name.clone(), scores.clone()));
        total.add(&scores);
    }
    println!("\n== {folder}: {} documents", documents.len());
    println!("{}", header());
    if detail == Detail::Aggregate {
        println!("{}", row(&format!("{folder} (all)"), &total));
        return total;
    }
    for (name, scores) in &rows {
        println!("{}", row(name, scores));
    }
    println!("{}", row(&format!("{folder} (all)"), &total));
    println!();
    for (name, scores) in &rows {
        if scores.misses.is_empty() {
            continue;
        }
        println!("-- {name}");
        for miss in &scores.misses {
            println!("   {miss}");
        }
    }
    total
}

fn header() -> String {
    format!(
        "{:<64} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>5} {:>6} {:>6} {:>4}",
        "document",
        "items",
        "clsF1",
        "ownP",
        "ownR",
        "due",
        "rep",
        "attP",
        "attR",
        "org",
        "ocr",
        "ocrChg",
        "lost",
        "nonT",
        "front",
        "err"
    )
}

fn row(name: &str, s: &Scores) -> String {
    let pct = |v: f64| format!("{:.3}", v);
    format!(
        "{:<64} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>5} {:>6} {:>6} {:>4}",
        name,
        pct(s.items.value()),
        pct(s.clauses.f1()),
        pct(s.owners.precision()),
        pct(s.owners.recall()),
        pct(s.due.value()),
        pct(s.report_to.value()),
        pct(s.attendees.precision()),
        pct(s.attendees.recall()),
        pct(s.attendee_organisations.value()),
        if s.ocr_repaired.of == 0 {
            "-".to_owned()
        } else {
            pct(s.ocr_repaired.value())
        },
        if s.ocr_changed.of == 0 {
            "-".to_owned()
        } else {
            format!("{:.4}", s.ocr_changed.value())
        },
        s.words_lost,
        pct(s.non_tasks.value()),
        pct(s.front.value()),
        s.check_errors
    )
}
